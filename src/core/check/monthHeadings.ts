import { dayNumber } from '../cells/dates';
import { cellAt, type SheetGrid } from '../cells/value';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { MonthEnd } from '../rules/context';
import { monthOfHeading } from '../rules/fiscalYear';
import { HEADING } from '../sheet/rows';
import type { Template } from '../templates/types';
import { formatMonthEn, THAI_MONTHS_LONG, type Day } from '../text/format';

/** A month named by a heading row inside a table ("เดือน ตุลาคม 2565"): the rows under it are of that month. */
export interface MonthHeading {
  readonly row: number;
  readonly year: number;
  readonly month: string;
  readonly start: Day;
}

/** The month's last day, for "signed after the month" (`month` as the form writes it). */
export function monthEndOf(start: Day, month: string, heading?: number, byName = false): MonthEnd {
  const { y, m } = start;
  // The day before the next month's first.
  const day = { y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() };
  if (byName) return { day, dayNumber: dayNumber(day), month, byName };
  return heading === undefined
    ? { day, dayNumber: dayNumber(day), month }
    : { day, dayNumber: dayNumber(day), month, heading };
}

/** The month headings among a table's rows (kinds as rows.ts gives them, slot `i` the row `first + i`). */
export function monthHeadings(grid: SheetGrid, kinds: ArrayLike<number>, first: number): MonthHeading[] {
  const out: MonthHeading[] = [];
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== HEADING) continue;
    const row = first + i;
    const width = grid.values[row - 1]?.length ?? 0;
    for (let c = 1; c <= width; c++) {
      const v = cellAt(grid, row, c);
      const m = typeof v === 'string' ? monthOfHeading(v) : null;
      if (m) {
        out.push({ row, ...m });
        break;
      }
    }
  }
  return out;
}

/**
 * For each slot, the end of the month its heading names (undefined above the first heading): a
 * six-month O21 lists each month's contracts under that month's heading.
 */
export function monthEndsByRow(
  headings: readonly MonthHeading[],
  first: number,
): (row: number) => MonthEnd | undefined {
  const ends = headings.map((h) => monthEndOf(h.start, h.month, h.row));
  const rows = headings.map((h) => h.row);
  return (row) => {
    // Headings are in row order and few: the last one above the row.
    let k = rows.length - 1;
    while (k >= 0 && rows[k]! >= row) k--;
    return k >= 0 && row >= first ? ends[k] : undefined;
  };
}

export const thaiMonth = (d: Day) => `${THAI_MONTHS_LONG[d.m - 1]} ${d.y + 543}`;

/**
 * A form reporting month by month over part of the year (O21: the first six months, seed 000 "เป็นข้อมูล
 * แบบรายเดือน ที่มีข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรก"), laid out with a heading per month: the months of that
 * part with neither a heading nor a contract signed in them are said, once. A sheet with one month's
 * heading (a sheet per month) or a title naming a quarter is not judged: it reports less on purpose.
 */
export function monthsMissing(input: {
  readonly sheet: string;
  readonly template: Template;
  readonly headings: readonly MonthHeading[];
  readonly signed: readonly Day[];
  readonly fiscalYear: number | null;
  readonly headerRow: number;
  readonly titleText: string;
}): Finding | null {
  const span = input.template.reportsMonths;
  const { headings, fiscalYear } = input;
  if (!span || fiscalYear === null || new Set(headings.map((h) => h.start.y * 12 + h.start.m)).size < 2) return null;
  if (/ไตรมาส|quarter/i.test(input.titleText)) return null;
  // The fiscal year N (BE) starts in October of N − 1 (BE), that is N − 544 (CE).
  const expected: Day[] = [];
  for (let k = 0; k < span.months; k++) {
    const index = (fiscalYear - 544) * 12 + (span.fromMonth - 1) + (span.fromMonth >= 10 ? 0 : 12) + k;
    expected.push({ y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 });
  }
  const seen = new Set([...headings.map((h) => h.start), ...input.signed].map((d) => d.y * 12 + d.m));
  const missing = expected.filter((d) => !seen.has(d.y * 12 + d.m));
  if (!missing.length) return null;
  const [from, to] = [expected[0]!, expected[expected.length - 1]!];
  return makeFinding(
    'months-missing',
    { sheet: input.sheet, row: input.headerRow, col: 1 },
    {
      th: `แบบนี้รายงานรายเดือนครบ ${span.months} เดือน (${thaiMonth(from)} – ${thaiMonth(to)}) แต่ไม่มีหัวเดือนหรือรายการของเดือน ${missing.map(thaiMonth).join(', ')}: เพิ่มหัวเดือนนั้น และเขียน "ไม่มีการจัดซื้อจัดจ้าง" ใต้หัวเดือนที่ไม่มีรายการ`,
      en: `This form reports month by month over ${span.months} months (${formatMonthEn(from)} – ${formatMonthEn(to)}), but has no heading or row for ${missing.map(formatMonthEn).join(', ')}: add the month's heading, with "ไม่มีการจัดซื้อจัดจ้าง" (nothing bought) under a month without purchases`,
    },
    { value: missing.map(thaiMonth).join(', ') },
  );
}
