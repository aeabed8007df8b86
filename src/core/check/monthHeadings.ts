import { dayNumber } from '../cells/dates';
import { cellAt, type SheetGrid } from '../cells/value';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { MonthEnd } from '../rules/context';
import { fiscalYearFromDates, monthOfHeading } from '../rules/fiscalYear';
import { HEADING, headingBase, saysNothingBought } from '../sheet/rows';
import type { Template } from '../templates/types';
import { formatMonthEn, thaiMonth, type Day } from '../text/format';

/** A month named by a heading row inside a table ("เดือน ตุลาคม 2565"): the rows under it are of that month. */
export interface MonthHeading {
  readonly row: number;
  readonly col: number;
  readonly year: number;
  readonly month: string;
  readonly start: Day;
  /**
   * The line says its month had nothing bought ("ไม่มีการจัดซื้อจัดจ้างในเดือนพฤศจิกายน 2566"): it speaks of
   * that month alone, and the rows under it are of none until the next heading.
   */
  readonly nothing: boolean;
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

/** Whether a row says its month had nothing bought, in the month's cell or beside it ("เดือนพฤศจิกายน 2566 | ไม่มี…"). */
function rowSaysNothing(grid: SheetGrid, row: number): boolean {
  return (grid.values[row - 1] ?? []).some((v) => typeof v === 'string' && saysNothingBought(v));
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
      if (typeof v !== 'string') continue;
      // "ตุลาคม 2566 (2 รายการ)": the month before its count.
      const m = monthOfHeading(v) ?? monthOfHeading(headingBase(v));
      if (m) {
        out.push({ row, col: c, ...m, nothing: rowSaysNothing(grid, row) });
        break;
      }
    }
  }
  return out;
}

/**
 * Month headings all of the fiscal year before the dated rows' (two or more; the title's too, where it
 * names one): last year's O21 copied, its rows and title changed and its headings not. Said once, at
 * the first heading, rather than every row as of a later month; the rows are then judged by the
 * headings' months a year on.
 */
export function headingsYearBehind(
  sheet: string,
  headings: readonly MonthHeading[],
  signed: readonly Day[],
  titleYear: number | undefined,
): { readonly finding: Finding; readonly headings: MonthHeading[] } | null {
  const year = signed.length >= 2 ? fiscalYearFromDates(signed) : null;
  if (headings.length < 2 || year === null || !headings.every((h) => h.year === year - 1)) return null;
  if (titleYear !== undefined && titleYear !== year) return null;
  const moved = headings.map((h) => {
    const start = { ...h.start, y: h.start.y + 1 };
    return { ...h, year, start, month: thaiMonth(start) };
  });
  const [first, last] = [headings[0]!, headings[headings.length - 1]!];
  const [from, to] = [moved[0]!, moved[moved.length - 1]!];
  const by =
    titleYear === undefined
      ? { th: 'รายการ', en: 'the rows are' }
      : { th: 'ชื่อตารางและรายการ', en: 'the title and rows are' };
  const finding = makeFinding(
    'month-mismatch',
    { sheet, row: first.row, col: first.col },
    {
      th: `หัวเดือนทั้ง ${headings.length} หัว (${first.month} – ${last.month}) เป็นของปีงบประมาณ ${year - 1} แต่${by.th}เป็นของปีงบประมาณ ${year}: หัวเดือนเป็นของปีที่แล้ว แก้ปีในหัวเดือนเป็น ${from.month} – ${to.month}`,
      en: `All ${headings.length} month headings (${formatMonthEn(first.start)} – ${formatMonthEn(last.start)}) are of fiscal year ${year - 1}, but ${by.en} of fiscal year ${year}: the headings are last year's; make them ${formatMonthEn(from.start)} – ${formatMonthEn(to.start)}`,
    },
    { value: first.month },
  );
  return { finding, headings: moved };
}

/**
 * For each slot, the end of the month its heading names (undefined above the first heading, and under a
 * line saying a month had nothing bought): a six-month O21 lists each month's contracts under that
 * month's heading.
 */
export function monthEndsByRow(
  headings: readonly MonthHeading[],
  first: number,
): (row: number) => MonthEnd | undefined {
  const ends = headings.map((h) => (h.nothing ? undefined : monthEndOf(h.start, h.month, h.row)));
  const rows = headings.map((h) => h.row);
  return (row) => {
    // Headings are in row order and few: the last one above the row.
    let k = rows.length - 1;
    while (k >= 0 && rows[k]! >= row) k--;
    return k >= 0 && row >= first ? ends[k] : undefined;
  };
}

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
