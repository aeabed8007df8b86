import { cellAt, type SheetGrid } from '../cells/value';
import { fiscalYearOf } from '../cells/dates';
import { thaiDigitsToArabic } from '../text/thai';
import type { Day } from '../text/format';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';

const TITLE_FY = /ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4})|fiscal year\s*(\d{4})/i;

/** Where a title names its fiscal year: the cell, its text and where in the text the year's digits are. */
export interface TitleYear {
  readonly year: number;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** Index of the year's four digits in `text`; they are in พ.ศ. unless `ce`. */
  readonly at: number;
  readonly ce: boolean;
}

/** The fiscal year named in the title rows above the header ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"), with its cell. */
export function titleYear(grid: SheetGrid, headerRow: number): TitleYear | null {
  for (let r = 1; r < headerRow; r++) {
    const row = grid.values[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const v = cellAt(grid, r, c);
      if (typeof v !== 'string') continue;
      // One digit for one digit: an index in the converted text is one in the cell's.
      const m = TITLE_FY.exec(thaiDigitsToArabic(v));
      const digits = m ? (m[1] ?? m[2])! : '';
      const y = Number(digits);
      const at = m ? m.index + m[0].length - 4 : 0;
      if (y >= 2400 && y < 2800) return { year: y, row: r, col: c, text: v, at, ce: false };
      if (y >= 1900 && y < 2200) return { year: y + 543, row: r, col: c, text: v, at, ce: true };
    }
  }
  return null;
}

/** A fiscal year named in the title rows above the header. */
export function fiscalYearFromTitle(grid: SheetGrid, headerRow: number): number | null {
  return titleYear(grid, headerRow)?.year ?? null;
}

/** The title's text with its year made `year` (BE), in the digits and era it was written in. */
export function titleWithYear(t: TitleYear, year: number): string {
  const old = t.text.slice(t.at, t.at + 4);
  let digits = String(t.ce ? year - 543 : year);
  if (/[๐-๙]/.test(old)) digits = digits.replace(/[0-9]/g, (d) => String.fromCharCode(0xe50 + Number(d)));
  return t.text.slice(0, t.at) + digits + t.text.slice(t.at + 4);
}

/** The fiscal year most signing dates fall in, when at least half agree. */
export function fiscalYearFromDates(days: readonly Day[]): number | null {
  return mostOf(days.map(fiscalYearOf));
}

/** The year most rows give (an e-GP export's ปีงบประมาณ column), when at least half agree. */
export function mostOf(years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const counts = new Map<number, number>();
  for (const fy of years) counts.set(fy, (counts.get(fy) ?? 0) + 1);
  let best = 0;
  let year: number | null = null;
  for (const [fy, n] of counts) if (n > best || (n === best && year !== null && fy > year)) [best, year] = [n, fy];
  return best * 2 >= years.length ? year : null;
}

/**
 * A title whose fiscal year most rows' own years (the 2568 layout's ปีงบประมาณ column) do not share:
 * the title, copied from last year's file, is then the odd one out, and it is said once, at the title,
 * rather than as every row being of another year. Rows split evenly between years say nothing.
 */
export function titleYearOff(sheet: string, title: TitleYear, rowYears: readonly number[]): Finding | null {
  const year = mostOf(rowYears);
  if (year === null || year === title.year) return null;
  let n = 0;
  for (const y of rowYears) if (y === year) n++;
  if (n * 2 <= rowYears.length) return null;
  const fixed = titleWithYear(title, year);
  const all = n === rowYears.length;
  return makeFinding(
    'title-year-mismatch',
    { sheet, row: title.row, col: title.col },
    {
      th: `ชื่อตารางระบุปีงบประมาณ ${title.year} แต่${all ? 'ทุกรายการ' : ` ${n} จาก ${rowYears.length} รายการ`}เป็นของปีงบประมาณ ${year}: แก้ปีในชื่อตารางเป็น ${year}`,
      en: `The title names fiscal year ${title.year} but ${all ? 'every row is' : `${n} of the ${rowYears.length} rows are`} of fiscal year ${year}: make the title's year ${year}`,
    },
    { value: title.text, suggestion: { value: fixed, display: fixed, kind: 'text' } },
  );
}
