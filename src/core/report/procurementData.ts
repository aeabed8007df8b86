import { a1 } from '../cells/address';
import { fiscalYearOf } from '../cells/dates';
import type { Finding } from '../findings/types';
import { isBlank, isCellError, textAbove, type CellValue, type SheetGrid } from '../cells/value';
import { ProcurementTable } from '../check/procurement';
import type { ParsedRow } from '../rules/parsedRow';
import { recogniseHeader, type HeaderMatch } from '../sheet/header';
import { headingBase, isTotalText } from '../sheet/rows';
import { allTemplates, isMonthlyForm } from '../templates/registry';
import { monthOfHeading, monthOfName, monthTitle } from '../rules/fiscalYear';
import type { Day } from '../text/format';
import { foldForMatch } from '../text/thai';
import type { Template } from '../templates/types';

export interface ProcurementData {
  readonly sheet: string;
  /** The file the sheet is in, where it is another file than the one being checked (a folder's). */
  readonly file?: string;
  /** The texts above the header (the title: "… (ITA O16) ข้อมูล ณ วันที่ 31 มีนาคม 2567"), joined. */
  readonly title: string;
  /**
   * Of the rows with no signing date, the month they are reported under (its first day): a monthly
   * form's month heading above them ("เดือน ตุลาคม 2565") or the month its title names.
   */
  readonly reportedMonth: ReadonlyMap<number, Day>;
  /**
   * The sections a form asks for written under this list (O17's ปัญหา/อุปสรรค, ข้อเสนอแนะ: their Thai
   * labels): an O17 summary beside it need not hold them again.
   */
  readonly sections: readonly string[];
  /** The one month a monthly form's title names ("ประจำเดือน ตุลาคม 2566"), its first day; null for none. */
  readonly month: Day | null;
  readonly match: HeaderMatch;
  readonly rows: readonly ParsedRow[];
  readonly fiscalYear: number | null;
  /** Per canonical method, the texts its cells hold in this sheet ("e-bidding", "เฉพาะเจาะจง" …). */
  readonly spellings: ReadonlyMap<string, ReadonlySet<string>>;
  /** Money cells holding text that reads as a number: Excel's SUMIFS skips them (none in a CSV: all is text). */
  readonly moneyAsText: number;
  /** The rows whose budget, and whose agreed price, are such text (what a sum by formula leaves out). */
  readonly textAmounts: { readonly budget: ReadonlySet<number>; readonly agreed: ReadonlySet<number> };
  /** Money cells holding an Excel error (#N/A …): Excel's SUMIFS over them shows the error as the total. */
  readonly moneyErrors: number;
  /**
   * Cells of the rows holding a formula never calculated (a file another program wrote): their values
   * are unknown here, so figures made from the rows would be wrong. Their addresses, in row order.
   */
  readonly uncalculated: readonly string[];
  /**
   * The labels of the totals rows that name a method ("รวม" beside "เฉพาะเจาะจง"), each with its column:
   * a sum by formula over the method column must leave those rows out, as the check does.
   */
  readonly totalLabels: readonly { readonly col: number; readonly text: string }[];
  /**
   * The rows the check says are of another fiscal year than the table's (date-out-of-year: last year's
   * rows left in a copied file): a summary of whole sheets counts them, so it says so.
   */
  readonly otherYearRows: readonly number[];
  /** The rows the check says repeat another row in every column (duplicate-row): a summary counts both. */
  readonly copiedRows: readonly number[];
}

/**
 * Whether a form's rows are procurements done, one each, which summaries of results count: not a
 * summary of totals (O17's by method), whose rows would count procurements twice, nor a plan (O14).
 */
export function listsResults(template: Template): boolean {
  return template.kind === 'procurement' && !template.rowsAreTotals && !template.rowsArePlans;
}

/** What a procurement sheet says, row by row, for summaries; null when its rows are not results. */
export function procurementData(grid: SheetGrid): ProcurementData | null {
  const match = recogniseHeader(grid, allTemplates());
  if (!match || !listsResults(match.template)) return null;
  return procurementDataOf(grid, match, new ProcurementTable(grid, match).result());
}

/** Whether column `col` of a row holds a formula without its value (the adapters give "=…" as its error). */
function uncalculatedAt(cells: readonly CellValue[], col: number): boolean {
  const v = cells[col - 1];
  return isCellError(v) && v.error.startsWith('=');
}

/** The same from a table already checked (the pane's session keeps one). */
export function procurementDataOf(
  grid: SheetGrid,
  match: HeaderMatch,
  r: {
    readonly parsed: readonly ParsedRow[];
    readonly fiscalYear: number | null;
    readonly totalRows: readonly number[];
    readonly findings: readonly Finding[];
  },
): ProcurementData {
  const col = (id: string) => match.columns.find((m) => m.column.id === id)?.col;
  const [method, budget, agreed] = [col('method'), col('budget'), col('agreedPrice')];
  const spellings = new Map<string, Set<string>>();
  const textAmounts = { budget: new Set<number>(), agreed: new Set<number>() };
  let moneyErrors = 0;
  const uncalculated: string[] = [];
  for (const p of r.parsed) {
    const cells = grid.values[p.row - 1] ?? [];
    const raw = method ? cells[method - 1] : undefined;
    if (p.method && !p.genericMethodOnly && typeof raw === 'string') {
      const set = spellings.get(p.method.canonical) ?? new Set<string>();
      spellings.set(p.method.canonical, set.add(raw));
    }
    // A CSV's cells are all text by nature, with no formulas over them to skip anything.
    const typed = !grid.textOnly;
    if (typed && budget && p.budget !== undefined && typeof cells[budget - 1] === 'string')
      textAmounts.budget.add(p.row);
    if (typed && agreed && p.agreedPrice !== undefined && typeof cells[agreed - 1] === 'string')
      textAmounts.agreed.add(p.row);
    for (const c of [budget, agreed]) if (c && isCellError(cells[c - 1]) && !uncalculatedAt(cells, c)) moneyErrors++;
    for (const m of match.columns) if (uncalculatedAt(cells, m.col)) uncalculated.push(a1(p.row, m.col));
  }
  const moneyAsText = textAmounts.budget.size + textAmounts.agreed.size;
  const totalLabels = new Map<string, { col: number; text: string }>();
  if (method) {
    // The totals rows the check found: told once, not again here.
    for (const row of r.totalRows) {
      const cells = grid.values[row - 1] ?? [];
      if (isBlank(cells[method - 1] ?? null)) continue;
      const at = cells.findIndex((v) => typeof v === 'string' && isTotalText(v));
      if (at >= 0) totalLabels.set(`${at + 1}:${cells[at]}`, { col: at + 1, text: cells[at] as string });
    }
  }
  const title = textAbove(grid, match.headerRow);
  // Not a row whose own year cell (2568 layout) is off while it was signed in the table's year.
  const signedIn = new Set(
    r.parsed.filter((p) => p.signDate && fiscalYearOf(p.signDate) === r.fiscalYear).map((p) => p.row),
  );
  const otherYearRows = [
    ...new Set(r.findings.filter((f) => f.code === 'date-out-of-year' && !signedIn.has(f.row)).map((f) => f.row)),
  ];
  return {
    sheet: grid.name,
    title,
    reportedMonth: reportedMonths(grid, match, r.parsed),
    sections: sectionsUnder(grid, r.parsed[r.parsed.length - 1]?.row ?? match.headerRow),
    // The title's month; else the sheet's name, where it is a month ("ธ.ค.66": the form's own title
    // "…ในรอบเดือน (แบบ สขร.1)" names none).
    month: isMonthlyForm(match.template)
      ? (monthTitle(grid, match.headerRow)?.start ?? monthOfName(grid.name)?.start ?? null)
      : null,
    match,
    rows: r.parsed,
    fiscalYear: r.fiscalYear,
    spellings,
    moneyAsText,
    textAmounts,
    moneyErrors,
    uncalculated,
    totalLabels: [...totalLabels.values()],
    otherYearRows,
    copiedRows: r.findings.filter((f) => f.code === 'duplicate-row').map((f) => f.row),
  };
}

/** The sections forms ask for (their labels and other wordings, folded), by their Thai label. */
let sectionWords: readonly { readonly label: string; readonly words: readonly string[] }[] | null = null;

/** The labels of the sections written in the rows under `last` (the last data row). */
function sectionsUnder(grid: SheetGrid, last: number): string[] {
  sectionWords ??= allTemplates().flatMap((t) =>
    (t.notes ?? []).map((n) => ({ label: n.label.th, words: [n.label.th, ...(n.variants ?? [])].map(foldForMatch) })),
  );
  const found = new Set<string>();
  for (let r = last + 1; r <= grid.values.length; r++)
    for (const v of grid.values[r - 1] ?? []) {
      if (typeof v !== 'string' || !v.trim()) continue;
      const f = foldForMatch(v);
      for (const s of sectionWords) if (s.words.some((w) => f.includes(w))) found.add(s.label);
    }
  return [...found];
}

/** The month each undated row of a monthly form is reported under (see ProcurementData.reportedMonth). */
function reportedMonths(grid: SheetGrid, match: HeaderMatch, rows: readonly ParsedRow[]): Map<number, Day> {
  const out = new Map<number, Day>();
  const undated = rows.filter((p) => !p.signDate);
  if (!undated.length || !isMonthlyForm(match.template)) return out;
  const data = new Set(rows.map((p) => p.row));
  // The title's month, else the sheet's name's ("ธ.ค.66" under the form's own title, which names none).
  let month = monthTitle(grid, match.headerRow)?.start ?? monthOfName(grid.name)?.start;
  const last = undated[undated.length - 1]!.row;
  const todo = new Set(undated.map((p) => p.row));
  for (let row = match.firstDataRow; row <= last; row++) {
    if (todo.has(row)) {
      if (month) out.set(row, month);
      continue;
    }
    if (data.has(row)) continue;
    // A heading: the first text of the row that names a month.
    for (const v of grid.values[row - 1] ?? []) {
      const m = typeof v === 'string' ? (monthOfHeading(v) ?? monthOfHeading(headingBase(v))) : null;
      if (m) {
        month = m.start;
        break;
      }
    }
  }
  return out;
}

/** The fiscal year most rows of the sheets belong to. */
export function mainFiscalYear(sheets: readonly ProcurementData[]): number | null {
  const votes = new Map<number, number>();
  for (const s of sheets)
    if (s.fiscalYear !== null) votes.set(s.fiscalYear, (votes.get(s.fiscalYear) ?? 0) + s.rows.length);
  return [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}
