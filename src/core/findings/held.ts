import type { Bilingual, TemplateColumn } from '../templates/types';
import type { FindingCode } from './codes';
import { makeFinding } from './make';
import type { Finding, Suggestion } from './types';

/**
 * A finding a check keeps before anyone reads it: its message is written only when the finding is
 * shown. A check keeps every row's cell findings (an edit re-judges only its rows), while a report
 * shows the first thousand of each code: on a large sheet most are only ever counted.
 */
export class HeldFinding {
  private finding: Finding | undefined;

  constructor(
    readonly code: FindingCode,
    private readonly sheet: string,
    private readonly row: number,
    private readonly col: number,
    private readonly column: TemplateColumn | null,
    private readonly message: Bilingual | (() => Bilingual),
    private readonly extra: { value?: string; suggestion?: Suggestion } | undefined,
  ) {}

  /** The finding, written on first use and the same object after. */
  shown(): Finding {
    if (!this.finding) {
      const text = typeof this.message === 'function' ? this.message() : this.message;
      const at = { sheet: this.sheet, row: this.row, col: this.col, column: this.column };
      this.finding = makeFinding(this.code, at, text, this.extra);
    }
    return this.finding;
  }
}
