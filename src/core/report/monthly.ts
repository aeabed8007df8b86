import { THAI_FONT, type LayoutBlock, type LayoutCell, type SheetLayout } from '../templates/layout';
import { THAI_MONTHS_SHORT, type Day } from '../text/format';
import { round } from '../text/round';
import { mainFiscalYear, type ProcurementData } from './procurementData';

export interface Totals {
  readonly label: string;
  /** Of a month's line: the month's first day (its label is in Thai; a UI may word it otherwise). */
  readonly start?: Day;
  readonly count: number;
  readonly budget: number;
  readonly agreed: number;
}

export interface MonthlyView {
  readonly fiscalYear: number | null;
  /** ต.ค. … ก.ย. of the fiscal year, then rows with no signing date. */
  readonly byMonth: readonly Totals[];
  readonly byMethod: readonly Totals[];
  readonly bySource: readonly Totals[];
  readonly total: Totals;
}

const NO_DATE = 'ไม่ระบุวันที่ลงนาม';
const NO_METHOD = 'ไม่ระบุวิธี';
const NO_SOURCE = 'ไม่ระบุแหล่งงบประมาณ';

interface Sum {
  label: string;
  start?: Day;
  count: number;
  budget: number;
  agreed: number;
}

function add(map: Map<string | number, Sum>, key: string | number, label: string, budget: number, agreed: number) {
  const t = map.get(key) ?? { label, count: 0, budget: 0, agreed: 0 };
  t.count++;
  t.budget += budget;
  t.agreed += agreed;
  map.set(key, t);
}

const finish = (sums: Iterable<Sum>): Totals[] =>
  [...sums].map((t) => ({
    label: t.label,
    ...(t.start ? { start: t.start } : {}),
    count: t.count,
    budget: round(t.budget),
    agreed: round(t.agreed),
  }));

/** Month index (CE year × 12 + month − 1) and its Thai label, "ต.ค. 2566". */
const monthKey = (y: number, m: number) => y * 12 + m - 1;
const monthLabel = (key: number) => `${THAI_MONTHS_SHORT[key % 12]} ${Math.floor(key / 12) + 543}`;
const monthStart = (key: number): Day => ({ y: Math.floor(key / 12), m: (key % 12) + 1, d: 1 });

/**
 * Totals per month of signing (an undated row: the month it is reported under), per method and per
 * budget source over a year of sheets (the monthly สขร.1 / O21 sheets, or O16): what finance reads
 * before publishing. Every month of the fiscal year
 * is listed, empty ones too; rows signed outside it keep their own months, in order.
 */
export function monthlyView(sheets: readonly ProcurementData[]): MonthlyView {
  const fiscalYear = mainFiscalYear(sheets);
  const byMonth = new Map<string | number, Sum>();
  if (fiscalYear !== null) {
    // Fiscal year B.E. N runs from October of N−1 to September of N.
    const start = monthKey(fiscalYear - 543 - 1, 10);
    for (let k = start; k < start + 12; k++)
      byMonth.set(k, { label: monthLabel(k), start: monthStart(k), count: 0, budget: 0, agreed: 0 });
  }
  const byMethod = new Map<string | number, Sum>();
  const bySource = new Map<string | number, Sum>();
  let [count, budget, agreed] = [0, 0, 0];
  for (const s of sheets)
    for (const p of s.rows) {
      const [b, a] = [p.budget ?? 0, p.agreedPrice ?? 0];
      // An undated row counts in the month its heading or its sheet's title reports it under.
      const d = p.signDate ?? s.reportedMonth.get(p.row);
      const key = d ? monthKey(d.y, d.m) : NO_DATE;
      add(byMonth, key, typeof key === 'number' ? monthLabel(key) : key, b, a);
      if (typeof key === 'number') byMonth.get(key)!.start ??= monthStart(key);
      add(byMethod, p.method?.canonical ?? NO_METHOD, p.method?.canonical ?? NO_METHOD, b, a);
      add(bySource, p.budgetSource ?? NO_SOURCE, p.budgetSource ?? NO_SOURCE, b, a);
      count++;
      budget += b;
      agreed += a;
    }
  const months = [...byMonth.keys()].filter((k): k is number => typeof k === 'number').sort((x, y) => x - y);
  // Largest first, the rows that say nothing last.
  const ordered = (m: Map<string | number, Sum>, none: string) => [
    ...[...m.values()]
      .filter((t) => t.label !== none)
      .sort((x, y) => y.budget - x.budget || x.label.localeCompare(y.label)),
    ...(m.has(none) ? [m.get(none)!] : []),
  ];
  return {
    fiscalYear,
    byMonth: finish([...months.map((k) => byMonth.get(k)!), ...(byMonth.has(NO_DATE) ? [byMonth.get(NO_DATE)!] : [])]),
    byMethod: finish(ordered(byMethod, NO_METHOD)),
    bySource: finish(ordered(bySource, NO_SOURCE)),
    total: { label: 'รวม', count, budget: round(budget), agreed: round(agreed) },
  };
}

function block(top: number, title: string, lines: readonly Totals[], total: Totals): LayoutBlock {
  const c = (v: LayoutCell['v'], extra: Partial<LayoutCell> = {}): LayoutCell => ({ v, ...extra });
  const money = '#,##0.00';
  return {
    top,
    left: 1,
    widths: [30, 14, 20, 20],
    cells: [
      [
        c(title, { head: true }),
        c('จำนวนรายการ', { head: true }),
        c('วงเงิน (บาท)', { head: true }),
        c('ราคาที่ตกลง (บาท)', { head: true }),
      ],
      ...[...lines, total].map((l) => [
        c(l.label, { bold: l === total }),
        c(l.count, { bold: l === total }),
        c(l.budget, { numberFormat: money, bold: l === total }),
        c(l.agreed, { numberFormat: money, bold: l === total }),
      ]),
    ],
  };
}

/** The monthly view as a sheet of three tables and a chart of budget by month. */
export function buildMonthlyLayout(view: MonthlyView): SheetLayout {
  const monthsTop = 3;
  const methodTop = monthsTop + view.byMonth.length + 3;
  const sourceTop = methodTop + view.byMethod.length + 3;
  return {
    templateId: 'monthly',
    sheetName: `สรุปรายเดือน${view.fiscalYear ? ` ${view.fiscalYear}` : ''}`,
    title: `สรุปผลการจัดซื้อจัดจ้างรายเดือน${view.fiscalYear ? ` ปีงบประมาณ พ.ศ. ${view.fiscalYear}` : ''}`,
    titleRow: 1,
    groupRow: null,
    groups: [],
    headerRow: 0,
    tableName: '',
    bodyRows: 0,
    columns: [],
    notes: [],
    font: THAI_FONT,
    blocks: [
      // Numbers, not formulas (months and sources are read from dates and words no formula reads alike).
      {
        top: 2,
        left: 1,
        cells: [
          [
            {
              v: 'ตัวเลข ณ เวลาที่สร้าง ไม่เปลี่ยนตามการแก้ไขแผ่นงานต้นทาง เมื่อแก้แล้วให้สร้างสรุปใหม่',
            },
          ],
        ],
      },
      block(monthsTop, 'เดือนที่ลงนาม', view.byMonth, view.total),
      block(methodTop, 'วิธีการจัดซื้อจัดจ้าง', view.byMethod, view.total),
      block(sourceTop, 'แหล่งที่มาของงบประมาณ', view.bySource, view.total),
    ],
    charts: [
      {
        type: 'column',
        title: 'วงเงินจัดซื้อจัดจ้างรายเดือน (บาท)',
        categories: `A${monthsTop + 1}:A${monthsTop + view.byMonth.length}`,
        series: [{ name: 'วงเงิน (บาท)', values: `C${monthsTop + 1}:C${monthsTop + view.byMonth.length}` }],
        anchor: { col: 6, row: monthsTop, width: 9, height: 18 },
      },
    ],
  };
}
