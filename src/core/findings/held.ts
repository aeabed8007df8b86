import type { Bilingual, TemplateColumn } from '../templates/types';
import type { FindingCode } from './codes';
import { makeFinding } from './make';
import type { Finding, Suggestion } from './types';

/** What a finding may carry besides its message: the value seen and a fix to offer. */
export interface Extra {
  value?: string;
  suggestion?: Suggestion;
}

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
    private readonly extra: Extra | (() => Extra) | undefined,
  ) {}

  /** The finding, written on first use and the same object after. */
  shown(): Finding {
    if (!this.finding) {
      const text = typeof this.message === 'function' ? this.message() : this.message;
      const at = { sheet: this.sheet, row: this.row, col: this.col, column: this.column };
      const extra = typeof this.extra === 'function' ? this.extra() : this.extra;
      this.finding = makeFinding(this.code, at, text, extra);
    }
    return this.finding;
  }
}
