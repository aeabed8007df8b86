import { daysInMonth } from '../cells/dates';
import type { CellValue } from '../cells/value';

/** A CSV text's rows, and where a quote opened a field that never closes (the rest of the file went into it). */
export interface CsvTable {
  readonly rows: string[][];
  readonly unclosedQuote?: { readonly row: number; readonly col: number };
}

/** Split CSV text into rows of fields (RFC 4180: quotes, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string, sep = ','): string[][] {
  return readCsv(text, sep).rows;
}

/**
 * As parseCsv, saying where a quote is left open. Fields are cut out of the text whole, never grown
 * a character at a time: a field of a hundred megabytes costs its own size once.
 */
export function readCsv(text: string, sep = ','): CsvTable {
  const rows: string[][] = [];
  let row: string[] = [];
  let unclosedQuote: CsvTable['unclosedQuote'];
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = s.length;
  const SEP = sep.charCodeAt(0);
  /** The end of unquoted text from `j`: the next separator or line break. */
  const plainEnd = (j: number) => {
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === SEP || c === 10 || c === 13) break;
      j++;
    }
    return j;
  };
  let i = 0;
  while (i < n) {
    let field: string;
    if (s.charCodeAt(i) === 34) {
      const parts: string[] = [];
      let j = i + 1;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q < 0) {
          parts.push(s.slice(j));
          unclosedQuote ??= { row: rows.length + 1, col: row.length + 1 };
          j = n;
          break;
        }
        parts.push(s.slice(j, q));
        if (s.charCodeAt(q + 1) !== 34) {
          j = q + 1;
          break;
        }
        parts.push('"');
        j = q + 2;
      }
      // Text after the closing quote belongs to the field, as spreadsheets read it.
      const end = plainEnd(j);
      field = parts.join('') + s.slice(j, end);
      i = end;
    } else {
      const end = plainEnd(i);
      field = s.slice(i, end);
      i = end;
    }
    if (i >= n) {
      // The text's last field; an empty one alone after the last line break is no row.
      if (field !== '' || row.length) row.push(field);
      break;
    }
    row.push(field);
    const c = s.charCodeAt(i++);
    if (c === SEP) {
      if (i === n) row.push('');
      continue;
    }
    rows.push(row);
    row = [];
    if (c === 13 && s.charCodeAt(i) === 10) i++;
  }
  if (row.length) rows.push(row);
  return unclosedQuote ? { rows, unclosedQuote } : { rows };
}

/**
 * Excel's "sep=;" first line, a directive naming the file's separator: Excel splits by it and hides the
 * line, so the table under it starts on row 1. The text without the line and the separator it names;
 * null when there is no such line.
 */
export function excelSepLine(text: string): { text: string; sep: string } | null {
  const m = /^\uFEFF?sep=([^\r\n"])[ \t]*(?:\r\n|\r|\n|$)/i.exec(text);
  return m ? { text: text.slice(m[0].length), sep: m[1]! } : null;
}

/**
 * The separator of a CSV text: a comma, or the semicolon or tab Excel writes where the comma is a
 * decimal mark, or in its "Unicode Text" (tab-separated UTF-16). Told by the rows of the table: the one
 * with the highest median count over the first fifty lines, then the one that splits the most of them
 * into the same number of fields. A title or blank line over the header may hold none; a line's own
 * text may hold commas or semicolons, and amounts commas, but not as many as most lines of a table
 * hold separators; rows that leave their last cells out hold fewer than the header.
 */
export function csvSeparator(text: string): ',' | ';' | '\t' {
  const lines = text
    .slice(0, 65_536)
    .replace(/"[^"]*"/g, '')
    .split(/\r\n|\r|\n/, 50)
    .filter((line) => line.trim() !== '');
  const score = (c: string) => {
    const counts = lines.map((line) => line.split(c).length - 1);
    const middle = [...counts].sort((a, b) => a - b)[Math.floor(counts.length / 2)] ?? 0;
    const times = new Map<number, number>();
    for (const n of counts) if (n > 0) times.set(n, (times.get(n) ?? 0) + 1);
    // The most lines of one count, then the larger count.
    let [most, width] = [0, 0];
    for (const [n, k] of times) if (k > most || (k === most && n > width)) [most, width] = [k, n];
    return middle * 1e8 + most * 100_000 + width;
  };
  const [comma, semi, tab] = [score(','), score(';'), score('\t')];
  return tab > comma && tab >= semi ? '\t' : semi > comma ? ';' : ',';
}

const MONTH_FIRST = /^\s*(\d{1,2})\/(\d{1,2})\/((?:19|20|21)\d\d)\s*$/;

/**
 * Dates written month first, as Excel under US regional settings saves them ("12/20/2023" for 20 Dec):
 * in a file where none is past 12 in the first place, and two or more and a quarter or more of them are
 * in the middle place (a day past the 12th, as most days are), every such date is read month first,
 * into a date, as Excel there opens the file. Otherwise "11/5/2023" would pass as 11 May, a wrong day
 * in silence. One date past 12 in the middle of day-first ones is a typo, not a proof. Dates written
 * day first stay text, for the rules to read.
 */
export function readMonthFirstDates(rows: CellValue[][]): void {
  let [dates, monthFirst] = [0, 0];
  for (const row of rows)
    for (const v of row) {
      const m = typeof v === 'string' ? MONTH_FIRST.exec(v) : null;
      if (!m) continue;
      if (Number(m[1]) > 12) return;
      dates++;
      if (Number(m[2]) > 12) monthFirst++;
    }
  if (monthFirst < 2 || monthFirst * 4 < dates) return;
  for (const row of rows)
    row.forEach((v, c) => {
      const m = typeof v === 'string' ? MONTH_FIRST.exec(v) : null;
      if (!m) return;
      const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (month >= 1 && day >= 1 && day <= daysInMonth(year, month)) row[c] = new Date(Date.UTC(year, month - 1, day));
    });
}

/** An amount with a decimal comma, its thousands grouped by dots or not: "1480,00", "1.480,5", "-5000,00". */
const DECIMAL_COMMA = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})$/;
/** Thousands grouped by dots and no decimals: "1.480", "1.480.000". */
const DOT_GROUPED = /^(-?)(\d{1,3}(?:\.\d{3})+)$/;
/** The same within a text ("ร้าน ก / 15.500,00"): a decimal comma with two digits. */
const DECIMAL_COMMA_IN_TEXT = /(\d{1,3}(?:\.\d{3})+|\d+),(\d{2})(?![\d.,])/g;

/** "12.500,50": dots group thousands, a comma marks decimals; no reading of it is a Thai form's. */
const SURELY_DECIMAL_COMMA = /^-?\d{1,3}(?:\.\d{3})+,\d{1,2}$/;
/** "12,500.50": the other way round. */
const SURELY_DECIMAL_DOT = /^-?\d{1,3}(?:,\d{3})+\.\d{1,2}$/;

/**
 * Whether a comma-separated file writes its amounts with decimal commas, quoted ("12.500,50", as
 * Google Sheets saves a CSV under a locale that groups thousands with dots): some amount can be read no
 * other way and none says the opposite. Then its "1.500" is 1,500, as in a semicolon CSV.
 */
export function writesDecimalCommas(rows: readonly (readonly CellValue[])[]): boolean {
  let comma = false;
  for (const row of rows)
    for (const v of row) {
      if (typeof v !== 'string') continue;
      const t = v.trim();
      if (SURELY_DECIMAL_DOT.test(t)) return false;
      comma ||= SURELY_DECIMAL_COMMA.test(t);
    }
  return comma;
}

/**
 * Amounts in a semicolon-separated CSV, as Excel writes one where the comma is the decimal mark and
 * the dot groups thousands ("1.480,00" for 1,480.00, "1.480" for 1,480), read as a Thai form writes
 * them: alone in a cell, or in a text ("ร้าน ก / 15.500,00"). "1,480" could be either and stays as it is.
 */
export function readDecimalCommas(rows: CellValue[][]): void {
  for (const row of rows)
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const t = v.trim();
      const m = DECIMAL_COMMA.exec(t) ?? DOT_GROUPED.exec(t);
      if (m) row[c] = `${m[1]}${m[2]!.replace(/\./g, '')}${m[3] === undefined ? '' : `.${m[3]}`}`;
      else if (/\d,\d\d/.test(t))
        row[c] = v.replace(
          DECIMAL_COMMA_IN_TEXT,
          (_, whole: string, cents: string) => `${whole.replace(/\./g, '')}.${cents}`,
        );
    }
}
