import { a1 } from '../cells/address';
import type { Bilingual, TemplateColumn } from '../templates/types';
import { severityOf, type FindingCode } from './codes';
import type { Finding, Suggestion } from './types';
import { maskId } from '../cells/taxId';

export interface Place {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly column?: TemplateColumn | null;
}

/**
 * Thirteen digits that could be a citizen id (starting 1–8), in ASCII, Thai or full-width digits: a
 * finding never shows one whole (PDPA), whatever column it was typed in. Project numbers have 11.
 */
const CITIZEN_ID = /(?<![0-9๐-๙０-９])[1-8๑-๘１-８][0-9๐-๙０-９]{12}(?![0-9๐-๙０-９])/;
const CITIZEN_IDS = new RegExp(CITIZEN_ID.source, 'g');

function maskCitizenIds(text: string): string {
  return text.replace(CITIZEN_IDS, (id) => maskId(id));
}

function maskBoth(m: Bilingual): Bilingual {
  return { th: maskCitizenIds(m.th), en: maskCitizenIds(m.en) };
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
    message: CITIZEN_ID.test(message.th) || CITIZEN_ID.test(message.en) ? maskBoth(message) : message,
  };
  if (extra?.value !== undefined) f.value = CITIZEN_ID.test(extra.value) ? maskCitizenIds(extra.value) : extra.value;
  if (extra?.suggestion) f.suggestion = extra.suggestion;
  if (extra?.notListed !== undefined) f.notListed = extra.notListed;
  return f;
}

/** «ราคากลาง (บาท)» / "Reference price (baht)" for messages. */
export function colName(c: TemplateColumn): Bilingual {
  return { th: `«${c.header}»`, en: `"${c.en}"` };
}
