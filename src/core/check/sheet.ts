import { gridWidth, isBlank, misdecodedGrid, type CellValue, type SheetGrid } from '../cells/value';
import { makeFinding } from '../findings/make';
import { withinOneLimit } from '../findings/limit';
import type { Finding } from '../findings/types';
import { HEADER_SEARCH_ROWS, recogniseHeader } from '../sheet/header';
import { LIST_SHEET_NAME } from '../templates/layout';
import { allTemplates, getTemplate, isMonthlyForm } from '../templates/registry';
import type { SheetKind } from '../templates/types';
import type { Day } from '../text/format';
import { checkChecklist } from '../checklist/read';
import type { ChecklistScore } from '../checklist/score';
import { allFrameworks } from '../checklist/framework';
import { checkMeasures, measuresBelow } from '../measures/check';
import type { ItaScore } from '../score/ita';
import { readScoreSheet } from '../score/sheet';
import { assessmentYear } from '../rules/fiscalYear';
import type { HeaderMatch } from '../sheet/header';
import { ProcurementTable } from './procurement';
import { summaryAgainstLists } from './summaryAgainst';
import { againstOtherSheets } from './acrossSheets';
import { noTableFinding, sheetFindings } from './sheetFacts';
import { listsResults, procurementDataOf, type ProcurementData } from '../report/procurementData';

export interface SheetReport {
  readonly name: string;
  readonly kind: SheetKind;
  readonly template: string | null;
  /** 0..1, how well the header fits the template; null when no template fits. */
  readonly confidence: number | null;
  readonly headerRow: number | null;
  readonly rows: number;
  /** Fiscal year (BE) the dates were judged against, for procurement sheets. */
  readonly fiscalYear?: number | null;
  /** Completeness of an OIT checklist sheet. */
  readonly checklist?: ChecklistScore | null;
  /** Items the checklist's own score formulas count otherwise, so that it shows another score (see checkChecklist). */
  readonly countedOtherwise?: readonly string[];
  /** The ITA score of an ita-score sheet (its latest complete year). */
  readonly score?: ItaScore | null;
  /** Every year of an ita-score sheet with all ten indicators, oldest first. */
  readonly history?: readonly ItaScore[];
  readonly findings: readonly Finding[];
}

export interface CheckOptions {
  /** Judge the sheet by this template (or OIT framework, e.g. "oit-2567") instead of the one that fits best. */
  readonly templateId?: string;
}

function isEmptySheet(grid: SheetGrid): boolean {
  return !grid.values.some((r) => r.some((v) => !isBlank(v)));
}

function sortFindings(f: Finding[]): Finding[] {
  const colNum = (cell: string) => {
    let n = 0;
    for (const ch of cell) {
      const c = ch.charCodeAt(0);
      if (c < 65 || c > 90) break;
      n = n * 26 + c - 64;
    }
    return n;
  };
  return f.sort(
    (a, b) => a.row - b.row || colNum(a.cell) - colNum(b.cell) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** Recognise one sheet and judge it by the rules of its kind. */
export function checkSheet(grid: SheetGrid, options: CheckOptions = {}): SheetReport {
  return new SheetCheck(grid, options).report;
}

/**
 * A sheet being checked, kept so that after an edit only the changed rows are judged again (the
 * pane's re-check on edit). A change to the header or above it means a new check from the start.
 */
export class SheetCheck {
  report: SheetReport;
  private match: HeaderMatch | null = null;
  private table: ProcurementTable | null = null;
  /** The workbook's lists of results, which an O17 summary or a month's sheet is judged against. */
  private lists: readonly ProcurementData[] = [];
  /** The month its file's name gives ("สขร1 ธ.ค.66.xlsx"), for a month sheet whose title and name give none. */
  private fileMonth: Day | null = null;
  /** The months the workbook's sheets (or the folder's files) are named for, hidden or unread ones too. */
  private named: readonly Day[] = [];

  constructor(
    private grid: SheetGrid,
    private readonly options: CheckOptions = {},
  ) {
    this.report = this.full();
  }

  /** The report of the sheet's kind, with the findings about the sheet as a whole added. */
  private full(): SheetReport {
    return this.withSheetFacts(this.byKind());
  }

  private withSheetFacts(r: SheetReport): SheetReport {
    const header = this.match ? this.match.headerRow + this.match.headerRows - 1 : null;
    const extra = sheetFindings(this.grid, header, r.kind, this.match?.headerRow ?? null);
    return extra.length ? { ...r, findings: sortFindings([...r.findings, ...extra]) } : r;
  }

  /** The header of the sheet as it is now, by the form asked for or the one that fits best. */
  private recognise(): HeaderMatch | null {
    const { templateId } = this.options;
    const frameworkId = templateId && !getTemplate(templateId) ? templateId : undefined;
    const forced = frameworkId ? getTemplate('oit-checklist') : templateId ? getTemplate(templateId) : undefined;
    return recogniseHeader(this.grid, forced ? [forced] : allTemplates());
  }

  private byKind(): SheetReport {
    const { grid, options } = this;
    const frameworkId = options.templateId && !getTemplate(options.templateId) ? options.templateId : undefined;
    const match = this.recognise();
    this.match = match;
    this.table = null;
    // The hidden sheet of long dropdown lists that an inserted template writes: the add-in's own.
    if (!match && grid.name === LIST_SHEET_NAME)
      return {
        name: grid.name,
        kind: 'report',
        template: null,
        confidence: null,
        headerRow: null,
        rows: 0,
        findings: [],
      };
    if (!match) return unrecognised(grid);
    const base = {
      name: grid.name,
      kind: match.template.kind,
      template: match.template.id,
      confidence: match.confidence,
      headerRow: match.headerRow,
    };
    // The add-in's own report holds no procurements of its own to judge.
    if (match.template.kind === 'report') return { ...base, rows: 0, findings: [] };
    if (match.template.kind !== 'procurement') return checkOther(grid, match, base, frameworkId);
    this.table = new ProcurementTable(grid, match);
    return this.procurementReport();
  }

  /**
   * Judge the sheet against the workbook's other lists of results: an O17 summary against the lists
   * (summaryAgainst.ts), a month's sheet against the year's list and the other months (acrossSheets.ts).
   * The pane reads the other sheets only for such a sheet (`comparesWithOthers`). Returns the new report.
   */
  compareWith(
    lists: readonly ProcurementData[],
    fileMonth: Day | null = null,
    named: readonly Day[] = [],
  ): SheetReport {
    this.lists = lists;
    this.fileMonth = fileMonth;
    this.named = named;
    if (this.table) this.report = this.withSheetFacts(this.procurementReport());
    return this.report;
  }

  /** Whether the sheet is a summary of totals (O17's by method) that lists can be compared with. */
  get isSummary(): boolean {
    return !!this.match?.template.rowsAreTotals;
  }

  /** Whether other sheets' lists tell something of this one: an O17 summary, or a month's disclosures. */
  get comparesWithOthers(): boolean {
    return this.isSummary || (!!this.match && isMonthlyForm(this.match.template));
  }

  private procurementReport(): SheetReport {
    const result = this.table!.result();
    const { rows, fiscalYear } = result;
    const m = this.match!;
    const across = () => {
      const data = m.template.rowsAreTotals ? null : procurementDataOf(this.grid, m, result);
      const self =
        data && !data.month && this.fileMonth && isMonthlyForm(m.template) ? { ...data, month: this.fileMonth } : data;
      return self
        ? againstOtherSheets(self, this.lists, this.named, !!this.grid.hidden)
        : summaryAgainstLists(this.grid, this.lists);
    };
    // O17's problems and suggestions written under its list need not be under the summary too.
    const elsewhere = new Set(
      m.template.rowsAreTotals
        ? this.lists.filter((l) => l.fiscalYear === null || l.fiscalYear === fiscalYear).flatMap((l) => l.sections)
        : [],
    );
    const own = result.findings.filter((f) => !(f.code === 'missing-section' && elsewhere.has(f.value ?? '')));
    // One limit per code for the sheet's own findings and those against the others (flags across sheets).
    const findings = this.lists.length ? withinOneLimit(own, across(), this.grid.name, m.headerRow) : own;
    return {
      name: this.grid.name,
      kind: m.template.kind,
      template: m.template.id,
      confidence: m.confidence,
      headerRow: m.headerRow,
      rows,
      fiscalYear,
      findings: sortFindings(findings),
    };
  }

  /**
   * Every finding of `code` on the sheet, past the thousand a report lists: "fix all" fixes them all.
   * Only a procurement table keeps its cell findings; of a rule across rows (a date after the title's
   * "ณ วันที่"), and on other sheets, those the report lists.
   */
  findingsOf(code: string): Finding[] {
    const listed = this.report.findings.filter((f) => f.code === code);
    if (!this.table) return listed;
    const cells = this.table.cellFindings(code);
    const kept = new Set(cells.map((f) => f.cell));
    return [...cells, ...listed.filter((f) => !kept.has(f.cell))];
  }

  /** The checked procurement sheet's rows, for summaries; null for other kinds of sheet, totals and plans. */
  procurement(): ProcurementData | null {
    if (!this.table || !this.match || !listsResults(this.match.template)) return null;
    return procurementDataOf(this.grid, this.match, this.table.result());
  }

  /** Rows `top`..`bottom` now hold `values` (as read again from the workbook); returns the new report. */
  update(top: number, values: readonly (readonly CellValue[])[], bottom = top + values.length - 1): SheetReport {
    const rows: (readonly CellValue[])[] = this.grid.values.slice();
    // Rows past those given, to `bottom`, are empty now (a reader leaves out rows past the last used).
    const end = Math.max(top + values.length - 1, Math.min(bottom, rows.length));
    for (let r = top; r <= end; r++) rows[r - 1] = [...(values[r - top] ?? [])];
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    this.grid = { ...this.grid, values: rows };
    const m = this.match;
    // Rows near the top can make a better header than the one found (or spoil it): look again.
    const headerSame = top > HEADER_SEARCH_ROWS + 1 || (m !== null && sameHeader(m, this.recognise()));
    if (this.table && m && top >= m.firstDataRow && headerSame) {
      this.table.update(this.grid, top, end - top + 1);
      this.report = this.withSheetFacts(this.procurementReport());
    } else this.report = this.full();
    return this.report;
  }
}

function sameHeader(a: HeaderMatch, b: HeaderMatch | null): boolean {
  const key = (m: HeaderMatch) =>
    JSON.stringify([
      m.template.id,
      m.headerRow,
      m.headerRows,
      m.columns.map((c) => [c.column.id, c.col, c.score, c.column.scale ?? 1]),
    ]);
  return b !== null && key(a) === key(b);
}

/** What to do with Thai read in the wrong encoding (a UTF-8 CSV opened in Excel as Windows-874 and saved). */
export const MISDECODED = {
  th: 'ข้อความภาษาไทยในแผ่นงานนี้อ่านผิดรหัส (เช่น "เธฅเธณเธ”เธฑเธš" แทน "ลำดับ"): ไฟล์ CSV แบบ UTF-8 ถูกเปิดใน Excel ด้วยรหัสภาษาไทยของ Windows แล้วบันทึก เปิดไฟล์ CSV เดิมใหม่ด้วย ข้อมูล > จากข้อความ/CSV เลือก 65001: Unicode (UTF-8) แล้วบันทึกอีกครั้ง หรือตรวจไฟล์ CSV เดิมโดยตรง',
  en: 'The Thai text of this sheet was read in the wrong encoding ("เธฅเธณเธ”เธฑเธš" for "ลำดับ"): a UTF-8 CSV was opened in Excel as Thai Windows text and saved. Open the original CSV again with Data > From Text/CSV, choose 65001: Unicode (UTF-8), and save; or check the original CSV itself',
} as const;

function unrecognised(grid: SheetGrid): SheetReport {
  const findings: Finding[] = [];
  if (grid.chartSheet || isEmptySheet(grid)) findings.push(noTableFinding(grid));
  else {
    findings.push(
      makeFinding(
        'unrecognised-sheet',
        { sheet: grid.name, row: 1, col: 1 },
        misdecodedGrid(grid)
          ? MISDECODED
          : {
              th: `ไม่พบหัวตารางของแบบฟอร์มที่รู้จักใน ${Math.min(30, grid.values.length)} แถวแรก (ตรวจ ${gridWidth(grid)} คอลัมน์) จึงยังไม่ได้ตรวจแผ่นงานนี้`,
              en: `No header of a known form in the first ${Math.min(30, grid.values.length)} rows, so this sheet was not checked`,
            },
      ),
    );
  }
  return { name: grid.name, kind: 'unknown', template: null, confidence: null, headerRow: null, rows: 0, findings };
}

function checkOther(
  grid: SheetGrid,
  match: HeaderMatch,
  base: Pick<SheetReport, 'name' | 'kind' | 'template' | 'confidence' | 'headerRow'>,
  frameworkId: string | undefined,
): SheetReport {
  if (match.template.kind === 'checklist') {
    const r = checkChecklist(grid, match, frameworkId);
    return {
      ...base,
      template: r.framework?.id ?? base.template,
      rows: r.rows,
      checklist: r.checklist,
      ...(r.countedOtherwise ? { countedOtherwise: r.countedOtherwise } : {}),
      findings: sortFindings(r.findings),
    };
  }
  if (match.template.kind === 'ita-score') {
    const year = assessmentYear(grid, match.headerRow) ?? Math.max(...allFrameworks().map((f) => f.year));
    const r = readScoreSheet(grid, match, year);
    const history = r.years.flatMap((y) => (y.score ? [y.score] : [])).sort((a, b) => a.year - b.year);
    // The measures printed under the scores (seed 004's order) are checked too, their findings the sheet's.
    const measures = measuresBelow(grid, match.firstDataRow);
    const more = measures ? checkMeasures(grid, measures).findings : [];
    return { ...base, rows: r.rows, score: r.score, history, findings: sortFindings([...r.findings, ...more]) };
  }
  const r = checkMeasures(grid, match);
  return { ...base, rows: r.rows, findings: sortFindings(r.findings) };
}
