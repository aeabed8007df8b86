import { columnLetter } from '../cells/address';
import { NO_METHOD } from '../cells/methods';
import { METHODS } from '../settings/data';
import { buildLayout, sheetRef, type LayoutValue, type SheetLayout } from '../templates/layout';
import { o17SummaryTemplate } from '../templates/registry';
import type { Template } from '../templates/types';
import { round } from '../text/round';
import { mainFiscalYear, type ProcurementData } from './procurementData';

export interface MethodLine {
  /** Canonical name (วิธีเฉพาะเจาะจง …), or NO_METHOD for rows whose method is missing or unknown. */
  readonly method: string;
  readonly en: string;
  readonly count: number;
  readonly budget: number;
  readonly agreed: number;
}

export interface MethodSummary {
  readonly lines: readonly MethodLine[];
  readonly total: { readonly count: number; readonly budget: number; readonly agreed: number };
}

export { NO_METHOD };

/** The O17 summary form for the procurements of `fiscalYear` (see o17SummaryTemplate); none is a broken install. */
function summaryTemplate(fiscalYear: number | null): Template {
  const t = o17SummaryTemplate(fiscalYear);
  if (!t) throw new Error('No O17 summary template (rowsAreTotals, forms ["O17"]) in src/data/templates');
  return t;
}

/** The methods the O17 summary always lists: the form's dropdown, in its order. */
export function summaryMethods(fiscalYear: number | null = null): readonly string[] {
  return summaryTemplate(fiscalYear).columns.find((c) => c.type === 'method')?.values ?? [];
}

/**
 * Count, budget and agreed price per method (O17 components ๑–๒; O22 in 2566): the form's methods,
 * then any other method the sheets offer or use, then rows with no method we know. Several sheets add up.
 * `asFormulas`: the amounts as Excel's SUMIFS adds them, without those typed as text.
 */
export function summariseByMethod(sheets: readonly ProcurementData[], asFormulas = false): MethodSummary {
  // Also the methods the sheets' dropdowns offer, used or not: a row changed to one of them later
  // must find its line in the summary's formulas, not drop out of the totals.
  const listed = new Set<string | undefined>([
    ...sheets.flatMap((s) => s.rows.map((p) => p.method?.canonical)),
    ...sheets.flatMap((s) => s.match.template.columns.find((c) => c.type === 'method')?.values ?? []),
  ]);
  const own = summaryMethods(mainFiscalYear(sheets));
  const names = [...own, ...METHODS.methods.map((m) => m.canonical).filter((m) => listed.has(m) && !own.includes(m))];
  const lines = names.map((m) => ({
    method: m,
    en: METHODS.methods.find((x) => x.canonical === m)?.en ?? m,
    count: 0,
    budget: 0,
    agreed: 0,
  }));
  const other = { method: NO_METHOD.th, en: NO_METHOD.en, count: 0, budget: 0, agreed: 0 };
  const byName = new Map(lines.map((l) => [l.method, l]));
  for (const s of sheets) {
    const skipped = asFormulas ? s.textAmounts : { budget: new Set(), agreed: new Set() };
    for (const p of s.rows) {
      const line = (p.method && byName.get(p.method.canonical)) || other;
      line.count++;
      if (!skipped.budget.has(p.row)) line.budget += p.budget ?? 0;
      if (!skipped.agreed.has(p.row)) line.agreed += p.agreedPrice ?? 0;
    }
  }
  const all = other.count ? [...lines, other] : lines;
  return {
    lines: all.map((l) => ({ ...l, budget: round(l.budget), agreed: round(l.agreed) })),
    total: {
      count: all.reduce((s, l) => s + l.count, 0),
      budget: round(all.reduce((s, l) => s + l.budget, 0)),
      agreed: round(all.reduce((s, l) => s + l.agreed, 0)),
    },
  };
}

/** A COUNTIFS criterion matching the text exactly (Excel reads * ? ~ as wildcards); `not`: any other text. */
const criterion = (s: string, not = false) => `"${not ? '<>' : ''}${s.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;

/** More totals rows naming a method than this, and the sums are values: the formulas would grow long. */
const MAX_TOTAL_LABELS = 20;

/** The texts COUNTIFS should take as one method in a sheet: one per spelling (it ignores case), none two methods claim. */
function methodTexts(data: ProcurementData): (method: string) => string[] {
  const candidates = (m: string) => {
    const entry = METHODS.methods.find((x) => x.canonical === m);
    return entry ? [entry.canonical, ...entry.variants, ...(data.spellings.get(m) ?? [])] : [];
  };
  const claims = new Map<string, Set<string>>();
  for (const m of METHODS.methods)
    for (const t of candidates(m.canonical))
      claims.set(t.toLowerCase(), (claims.get(t.toLowerCase()) ?? new Set()).add(m.canonical));
  return (m) => {
    const seen = new Map<string, string>();
    for (const t of candidates(m)) if (claims.get(t.toLowerCase())!.size === 1 || t === m) seen.set(t.toLowerCase(), t);
    return [...seen.values()];
  };
}

/**
 * Formulas for one summary line over every source sheet: count, budget, agreed; an amount no formula
 * can sum (a sheet without its column: สขร.1 and O21 give the agreed price in the winner's text) is null.
 */
function lineFormulas(
  sheets: readonly ProcurementData[],
  method: string,
): [string, string | null, string | null] | 'too-long' | null {
  const terms: [string[], string[], string[]] = [[], [], []];
  let [noBudget, noAgreed] = [false, false];
  for (const data of sheets) {
    // From the header's last row, whose texts no criterion matches, so a row inserted right under it
    // falls inside the range; to the last row Excel has, so rows added at the end count too.
    const first = data.match.firstDataRow - 1;
    const range = (id: string) => {
      const c = data.match.columns.find((m) => m.column.id === id)?.col;
      return c ? sheetRef(data.sheet, `$${columnLetter(c)}$${first}:$${columnLetter(c)}$1048576`) : null;
    };
    const [m, b, a] = [range('method'), range('budget'), range('agreedPrice')];
    if (!m || data.totalLabels.length > MAX_TOTAL_LABELS) return null;
    const texts = methodTexts(data)(method);
    // Excel takes no text of over 255 characters in a formula (a ground with its reason can be longer).
    if (texts.some((t) => criterion(t).replace(/""/g, '"').length - 2 > MAX_TEXT)) return 'too-long';
    const any = `{${texts.map((t) => criterion(t)).join(',')}}`;
    // Totals rows that name a method ("รวม" beside "เฉพาะเจาะจง") are left out, as the check leaves them.
    const notTotals = data.totalLabels
      .map((l) => {
        const c = columnLetter(l.col);
        return `,${sheetRef(data.sheet, `$${c}$${first}:$${c}$1048576`)},${criterion(l.text, true)}`;
      })
      .join('');
    terms[0].push(`SUM(COUNTIFS(${m},${any}${notTotals}))`);
    // A column in ล้านบาท or พันบาท is summed in baht, as the summary's other figures are.
    const inBaht = (id: string) => {
      const scale = data.match.columns.find((m) => m.column.id === id)?.column.scale;
      return scale ? `*${scale}` : '';
    };
    if (b) terms[1].push(`SUM(SUMIFS(${b},${m},${any}${notTotals}))${inBaht('budget')}`);
    else noBudget = true;
    if (a) terms[2].push(`SUM(SUMIFS(${a},${m},${any}${notTotals}))${inBaht('agreedPrice')}`);
    else noAgreed = true;
  }
  const out: [string, string | null, string | null] = [
    terms[0].join('+'),
    noBudget ? null : terms[1].join('+'),
    noAgreed ? null : terms[2].join('+'),
  ];
  // Excel takes a formula of at most 8,192 characters (twelve month sheets and many spellings pass it):
  // beyond, the line keeps the figures of the moment.
  return out.some((f) => f !== null && f.length > MAX_FORMULA) ? 'too-long' : out;
}

/** The longest text a formula may hold (Excel's limit). */
const MAX_TEXT = 255;

/** The longest formula written, under Excel's 8,192 characters with room for its "=". */
const MAX_FORMULA = 8000;

/**
 * The O17 summary as a new sheet, with a native bar chart of budget by method. With `formulas`, its
 * numbers are formulas over the source sheets' columns (so the summary follows later edits), each
 * holding the value the core computed as its cached result; a row counts for a method when its cell
 * holds one of the texts the sheet uses for it or a known spelling. Without (sources in other files),
 * the numbers are values.
 */
export function buildSummaryLayout(sheets: readonly ProcurementData[], formulas = true): SheetLayout {
  const template = summaryTemplate(mainFiscalYear(sheets));
  const summary = summariseByMethod(sheets);
  const base = buildLayout(template, summary.lines.length + 1);
  const year = mainFiscalYear(sheets) ?? template.year;
  const headerRow = base.headerRow;
  // Each sum holds as its result what the formula gives (SUMIFS leaves amounts typed as text out), so
  // the file never shows a result its formula denies; over an Excel error (#N/A) the result is that
  // error, left for Excel or LibreOffice to compute.
  const bySumifs = summariseByMethod(sheets, true).lines;
  const errors = sheets.some((d) => d.moneyErrors > 0);
  const sum = (f: string, v: number) => (errors ? { f } : { f, v });
  const shown: number[][] = [];
  // Lines whose formulas Excel could not take: figures, said beside them.
  const asFigures: number[] = [];
  const rows: LayoutValue[][] = summary.lines.map((l, i) => {
    // The "no method" line has nothing to match on: it keeps the numbers the core counted.
    const made =
      formulas && METHODS.methods.some((m) => m.canonical === l.method) ? lineFormulas(sheets, l.method) : null;
    if (made === 'too-long') asFigures.push(i);
    const f = made === 'too-long' ? null : made;
    const [budget, agreed] = f ? [bySumifs[i]!.budget, bySumifs[i]!.agreed] : [l.budget, l.agreed];
    shown.push([f?.[1] ? budget : l.budget, f?.[2] ? agreed : l.agreed]);
    if (!f) return [l.method, l.count, l.budget, l.agreed];
    return [
      l.method,
      { f: f[0], v: l.count },
      f[1] ? sum(f[1], budget) : l.budget,
      f[2] ? sum(f[2], agreed) : l.agreed,
    ];
  });
  const top = headerRow + 1;
  const end = headerRow + rows.length;
  const total = (i: number) => round(shown.reduce((s, r) => s + r[i]!, 0));
  rows.push([
    'รวม',
    { f: `SUM(B${top}:B${end})`, v: summary.total.count },
    sum(`SUM(C${top}:C${end})`, total(0)),
    sum(`SUM(D${top}:D${end})`, total(1)),
  ]);
  // The "no method" line's numbers are the core's, not formulas: said beside it, as a method put right
  // in the source later moves its row to its method's line, while this line keeps counting it.
  const noMethod = summary.lines.findIndex((l) => l.method === NO_METHOD.th);
  const blocks =
    formulas && noMethod >= 0
      ? [
          {
            top: top + noMethod,
            left: 5,
            cells: [
              [
                {
                  v: 'ตัวเลข ณ เวลาที่สร้าง: เมื่อใส่วิธีในแผ่นงานต้นทางแล้ว ให้สร้างสรุปใหม่',
                },
              ],
            ],
          },
        ]
      : [];
  for (const i of asFigures)
    blocks.push({
      top: top + i,
      left: 5,
      cells: [
        [
          {
            v: 'ตัวเลข ณ เวลาที่สร้าง: สูตรของบรรทัดนี้ยาวเกินที่ Excel รับได้ เมื่อแก้แผ่นงานต้นทางแล้ว ให้สร้างสรุปใหม่',
          },
        ],
      ],
    });
  return {
    ...base,
    blocks: [...(base.blocks ?? []), ...blocks],
    title: base.title.replace(/25\d\d/, String(year)),
    sheetName: base.sheetName.replace(/25\d\d/, String(year)),
    rows,
    charts: [
      {
        type: 'bar',
        title: 'งบประมาณที่ใช้ จำแนกตามวิธีการจัดซื้อจัดจ้าง (บาท)',
        categories: `A${top}:A${end}`,
        series: [{ name: 'งบประมาณ (บาท)', values: `C${top}:C${end}` }],
        anchor: { col: 6, row: headerRow, width: 8, height: 16 },
      },
    ],
  };
}
