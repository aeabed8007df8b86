import { dayToSerial, isDateFormat, monthFromName, showsBeYear } from '../cells/dates';
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
 * "ตัวเลข 10,185", and digits to be kept as text "ข้อความ …", or the fix would read as changing nothing.
 */
export function fixText(code: string, s: Suggestion, lang: 'th' | 'en'): string {
  const text = suggestionText(s, lang);
  // Digits written as text (an id or project number kept as a number, its zero lost): "ข้อความ 0105…",
  // as "67019524006 → 67019524006" would read as changing nothing.
  if (s.kind === 'text' && /^[\d\s-]+$/.test(text)) return lang === 'th' ? `ข้อความ ${text}` : `the text ${text}`;
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
  /** '@' so that a text Excel would read as a value (digits, a date) stays text; null: see formatWritten. */
  readonly numberFormat: string | null;
  /** For a number or a date: the format it takes in a cell whose own would not show it (see formatWritten). */
  readonly shownAs?: string;
}

export function writeFor(cell: string, s: Suggestion): CellWrite {
  if (s.kind === 'date' && typeof s.value === 'string') {
    const [y, m, d] = s.value.split('-').map(Number);
    const value = dayToSerial({ y: y!, m: m!, d: d! });
    return { cell, value, kind: 'date', numberFormat: null, shownAs: THAI_DATE_FORMAT };
  }
  if (s.kind === 'number' || typeof s.value === 'number') {
    const shownAs = s.numberFormat && !hidesNumber(s.numberFormat) ? s.numberFormat : 'General';
    return { cell, value: Number(s.value), kind: 'number', numberFormat: null, shownAs };
  }
  const text = String(s.value);
  return { cell, value: text, kind: 'text', numberFormat: readAsValue(text) ? '@' : null };
}

/**
 * Whether Excel would take `text`, typed into a cell of General format, for something other than text:
 * a number (0105536112014, 1,234.50, 12%, (500)), a date or a time (15/01/2567, 15 ม.ค. 2567, 10:30), a
 * logical value, or a formula (=, +, -). A fix writing such a text formats its cell as text, or it turns
 * into a value when the cell is next edited (in Excel, as soon as it is written).
 */
export function readAsValue(text: string): boolean {
  const t = text.trim();
  if (/^[=+\-@]/.test(t) || /^(?:true|false)$/i.test(t)) return true;
  if (!/\d/.test(t) || !/^[\d\s,./:%()$฿+A-Za-z\u0E01-\u0E4E-]+$/.test(t)) return false;
  // Beside the digits, only what numbers, dates and times are written with: a month's name, AM or PM, E.
  const words = t.match(/[A-Za-z\u0E01-\u0E4E][A-Za-z\u0E01-\u0E4E.]*/g) ?? [];
  return words.every((w) => /^(?:e|am|pm|a|p)$/i.test(w) || monthFromName(w) !== null);
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

/** What a cell's own number format does to a value written into it (see formatWritten). */
export interface OwnFormat {
  /** It would not show a number as one (see hidesNumber). */
  readonly hidesNumber: boolean;
  /** It shows a day with its year in พ.ศ. (see showsBeYear). */
  readonly showsBeYear: boolean;
}

/** What number format `code` does to a value written into its cell (General when there is none). */
export function ownFormat(code: string | null | undefined): OwnFormat {
  return { hidesNumber: hidesNumber(code), showsBeYear: showsBeYear(code) };
}

/**
 * The format write `w` gives a cell whose own format is `own`; null keeps the cell's. A number keeps it
 * unless it would hide the number, a date unless it shows no พ.ศ. year (d mmm yy beside the column's
 * other days stays so), a text unless Excel would read it as a value (see readAsValue).
 */
export function formatWritten(w: CellWrite, own: OwnFormat): string | null {
  if (w.numberFormat !== null) return w.numberFormat;
  if (w.kind === 'number') return own.hidesNumber ? (w.shownAs ?? 'General') : null;
  if (w.kind === 'date') return own.showsBeYear ? null : (w.shownAs ?? THAI_DATE_FORMAT);
  return null;
}
