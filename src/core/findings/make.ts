import { a1 } from '../cells/address';
import type { Bilingual, TemplateColumn } from '../templates/types';
import { severityOf, type FindingCode } from './codes';
import type { Finding, Suggestion } from './types';

export interface Place {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly column?: TemplateColumn | null;
}

export function makeFinding(
  code: FindingCode,
  at: Place,
  message: Bilingual,
  extra?: { value?: string; suggestion?: Suggestion; notListed?: number },
): Finding {
  // Optional keys added one by one, not spread in: a spread costs a copy per finding.
  const f: { -readonly [K in keyof Finding]: Finding[K] } = {
    code,
    severity: severityOf(code),
    sheet: at.sheet,
    cell: a1(at.row, at.col),
    row: at.row,
    column: at.column ? at.column.header : null,
    message,
  };
  if (extra?.value !== undefined) f.value = extra.value;
  if (extra?.suggestion) f.suggestion = extra.suggestion;
  if (extra?.notListed !== undefined) f.notListed = extra.notListed;
  return f;
}

/** «ราคากลาง (บาท)» / "Reference price (baht)" for messages. */
export function colName(c: TemplateColumn): Bilingual {
  return { th: `«${c.header}»`, en: `"${c.en}"` };
}
