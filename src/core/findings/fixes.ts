import { dayToSerial, isDateFormat } from '../cells/dates';
import { THAI_DATE_FORMAT } from '../templates/layout';
import { dayOf, formatDayEn } from '../text/format';
import type { Finding, Suggestion } from './types';

/** A suggestion as the user reads it: its display (in พ.ศ. for a date), a date in English when asked. */
export function suggestionText(s: Suggestion, lang: 'th' | 'en'): string {
  if (lang === 'en' && s.kind === 'date' && typeof s.value === 'string') {
    const [y, m, d] = s.value.split('-').map(Number);
    return formatDayEn(dayOf(y!, m!, d!));
  }
  return s.display;
}

/**
 * What a fix writes, as its button and its note say it: a number typed as text ("10,185") becomes
 * "ตัวเลข 10,185", or the fix would read as changing nothing.
 */
export function fixText(code: string, s: Suggestion, lang: 'th' | 'en'): string {
  const text = suggestionText(s, lang);
  if (s.kind !== 'number' || (code !== 'number-as-text' && code !== 'thai-digits')) return text;
  return lang === 'th' ? `ตัวเลข ${text}` : `the number ${text}`;
}

/**
 * A finding's value as seen, for a note: a date cell (kept as an ISO day) as it was typed, day/month/
 * year with its year as stored ("5/10/2566" for a BE year typed into a date, which a BE format would
 * show as 3109).
 */
export function seenText(value: string | undefined, code?: string): string {
  // A date typed as text ("2023-11-15") is quoted as typed.
  const m = code === 'date-as-text' ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : (value ?? '');
}

/** What to write into a cell to apply a suggestion: the value, and the format that keeps it right. */
export interface CellWrite {
  readonly cell: string;
  /** A number, a text, or a date as an Excel serial. */
  readonly value: string | number;
  readonly kind: 'number' | 'text' | 'date';
  /** '@' so that digits stay text; a พ.ศ. date format for dates; null keeps the cell's format. */
  readonly numberFormat: string | null;
  /** For a number: the format it takes in a cell whose own would hide it (see hidesNumber). */
  readonly shownAs?: string;
}

export function writeFor(cell: string, s: Suggestion): CellWrite {
  if (s.kind === 'date' && typeof s.value === 'string') {
    const [y, m, d] = s.value.split('-').map(Number);
    return { cell, value: dayToSerial({ y: y!, m: m!, d: d! }), kind: 'date', numberFormat: THAI_DATE_FORMAT };
  }
  if (s.kind === 'number' || typeof s.value === 'number') {
    const shownAs = s.numberFormat && !hidesNumber(s.numberFormat) ? s.numberFormat : 'General';
    return { cell, value: Number(s.value), kind: 'number', numberFormat: null, shownAs };
  }
  return { cell, value: String(s.value), kind: 'text', numberFormat: '@' };
}

/** The writes for every finding that carries a suggestion (one per cell: the first wins). */
export function fixesFor(findings: readonly Finding[]): CellWrite[] {
  const seen = new Set<string>();
  const out: CellWrite[] = [];
  for (const f of findings) {
    if (!f.suggestion || seen.has(f.cell)) continue;
    seen.add(f.cell);
    out.push(writeFor(f.cell, f.suggestion));
  }
  return out;
}

/**
 * Whether a cell in number format `format` would not show a number written into it as a number: text
 * (@) turns it to text when next edited, a date format shows an amount as a day, a percentage 90 as
 * 9000%. Such a cell takes its column's format (10,185.00 among the other amounts), or General, when
 * a fix writes a number into it.
 */
export function hidesNumber(format: string | null | undefined): boolean {
  if (format === '@') return true;
  if (!format || format === 'General') return false;
  // A % outside quotes and escapes makes a percentage.
  return isDateFormat(format) || /%/.test(format.replace(/"[^"]*"|\\./g, ''));
}

/** The format write `w` gives a cell whose own format is `hides` a number or not; null keeps it. */
export function formatWritten(w: CellWrite, hides: boolean): string | null {
  return w.numberFormat ?? (w.kind === 'number' && hides ? (w.shownAs ?? 'General') : null);
}
