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
const CITIZEN_IDS = /(?<![0-9๐-๙０-９])[1-8๑-๘１-８][0-9๐-๙０-９]{12}(?![0-9๐-๙０-９])/g;

function maskCitizenIds(text: string): string {
  return text.replace(CITIZEN_IDS, (id) => maskId(id));
}

/** Thirteen digits in a row anywhere in `s` (in one pass: every finding shown is looked at). */
function longDigitRun(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digit = (c >= 48 && c <= 57) || (c >= 0xe50 && c <= 0xe59) || (c >= 0xff10 && c <= 0xff19);
    if (!digit) run = 0;
    else if (++run === 13) return true;
  }
  return false;
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
  // A finding about a cell quotes it as its value, and its messages quote the same: the value (short) is
  // looked at, digit by digit (the messages, a hundred characters each, would cost a check some per cent).
  if (extra?.value !== undefined && longDigitRun(extra.value)) {
    f.message = { th: maskCitizenIds(message.th), en: maskCitizenIds(message.en) };
    if (f.value !== undefined) f.value = maskCitizenIds(f.value);
  }
  if (f.value !== undefined && f.value.length > QUOTE_MAX) {
    f.value = `${f.value.slice(0, QUOTE_MAX)}…`;
    f.message = { th: cutQuotes(f.message.th), en: cutQuotes(f.message.en) };
  }
  if (extra?.suggestion) f.suggestion = extra.suggestion;
  if (extra?.notListed !== undefined) f.notListed = extra.notListed;
  return f;
}

/** Past this many characters a value quoted in a finding is cut: a megabyte pasted into a cell is not repeated in every report. */
const QUOTE_MAX = 200;
const LONG_QUOTE = new RegExp(`"([^"]{${QUOTE_MAX + 1},})"`, 'g');

/** A message with each long quoted value cut as the value is, and at most a few thousand characters whatever it quotes. */
function cutQuotes(text: string): string {
  const cut = text.replace(LONG_QUOTE, (_, q: string) => `"${q.slice(0, QUOTE_MAX)}…"`);
  return cut.length > 20 * QUOTE_MAX ? `${cut.slice(0, 20 * QUOTE_MAX)}…` : cut;
}

/** «ราคากลาง (บาท)» / "Reference price (baht)" for messages; in the sheet's unit where it is another. */
export function colName(c: TemplateColumn): Bilingual {
  const unit = c.scale === undefined ? undefined : UNIT_NAMES.get(c.scale);
  if (!unit) return { th: `«${c.header}»`, en: `"${c.en}"` };
  const [th, en] = [/\s*\(บาท\)\s*$/, /\s*\(baht\)\s*$/i];
  return {
    th: `«${th.test(c.header) ? c.header.replace(th, ` (${unit.th})`) : `${c.header} (${unit.th})`}»`,
    en: `"${en.test(c.en) ? c.en.replace(en, ` (${unit.en})`) : `${c.en} (${unit.en})`}"`,
  };
}

/** The units a sheet's header may give its amounts in (TemplateColumn.scale), by baht in one of them. */
export const UNIT_NAMES: ReadonlyMap<number, Bilingual> = new Map([
  [1_000_000, { th: 'ล้านบาท', en: 'million baht' }],
  [1_000, { th: 'พันบาท', en: 'thousand baht' }],
]);
