import { a1, columnLetter } from '../cells/address';
import {
  cellAt,
  displayValue,
  isBlank,
  isBlankOrNone,
  isBlankText,
  isNoneText,
  mergedCellReader,
  textAbove,
  type CellRange,
  type CellValue,
  type SheetGrid,
} from '../cells/value';
import { FindingLimit } from '../findings/limit';
import { colName, makeFinding, UNIT_NAMES } from '../findings/make';
import type { Finding } from '../findings/types';
import type { HeldFinding } from '../findings/held';
import { judgeCell, typeCode } from '../rules/cells';
import { CANCELLED, endedWithoutDeal, withinSmallAmount } from '../rules/cellText';
import { inYears, report } from '../rules/context';
import type { RuleContext } from '../rules/context';
import {
  asOfTitle,
  fiscalYearFromDates,
  monthBefore,
  monthOfName,
  monthTitle,
  monthTitleEarlyRows,
  monthTitleOff,
  mostOf,
  nameMonthOff,
  titleCeYear,
  titleOffByDates,
  titleYear,
  titleYearOff,
} from '../rules/fiscalYear';
import { newScratchRow, resetScratchRow, type ParsedRow } from '../rules/parsedRow';
import { NONE, ParsedRows } from '../rules/parsedRows';
import { judgeRedFlags, NO_CONTRACT } from '../rules/redFlags';
import { judgeCount, judgeEveryRow } from '../rules/rowRules';
import { judgeTable } from '../rules/tableRules';
import { contractParts, recogniseHeader, type ColumnMatch, type HeaderMatch } from '../sheet/header';
import { allTemplates, isMonthlyForm } from '../templates/registry';
import { sectionFindings } from './sections';
import { judgeTotalLines, NOT_A_SUM, nearSum } from './totalLines';
import { headingsYearBehind, monthEndOf, monthEndsByRow, monthHeadings, monthsMissing } from './monthHeadings';
import { severalAgencies } from './oneAgency';
import { asOfWords, monthWords, o16Cutoff, titleCutoffOff, type Cutoff } from './titleCutoff';
import { namedItem } from '../report/sources';
import {
  biddersAt,
  blankOutside,
  CONTINUATION,
  DATA,
  goesOn,
  goingOnAt,
  OTHER_TABLE,
  onlyBidderLine,
  onlyGoingOnCells,
  RowKinds,
  TOTAL_ROW,
  type BiddersAt,
  type GoingOn,
} from '../sheet/rows';
import type { ColumnId, RequiredUnless, TemplateColumn } from '../templates/types';
import { dayFromTime, formatDayTh, formatMoney, formatMonthEn, thaiMonth, type Day } from '../text/format';
import { collapseSpaces, foldForMatch, plainText } from '../text/thai';
import { isForeignName } from '../cells/taxId';
import { dotMayGroupThousands, parseMoney, parseMoneyInUnit } from '../cells/money';
import { matchList } from '../cells/lists';
import { NO_METHOD, parseMethod } from '../cells/methods';
import { dayNumber, findDateInText, fiscalYearOf, parseDateText, slashOrder } from '../cells/dates';

export interface TableCheck {
  /** Data rows judged (blank, total, footer and repeated-header rows excluded). */
  readonly rows: number;
  /** The fiscal year (BE) dates were judged against: from the title, the signing dates, or the form. */
  readonly fiscalYear: number | null;
  readonly findings: Finding[];
  /**
   * What each data row says, for summaries built on a checked sheet: built when first asked for, from
   * the table as it is then (read it before the table is updated again).
   */
  readonly parsed: readonly ParsedRow[];
  /** The sheet rows of the table's totals rows ("รวม", "ยอดยกไป" …), as judged; the same caveat. */
  readonly totalRows: readonly number[];
}

/** Findings about the header itself: missing, repeated and loosely matched columns. */
export function headerFindings(grid: SheetGrid, match: HeaderMatch): Finding[] {
  const { name: sheet, merges = [] } = grid;
  const out: Finding[] = [];
  const firstCol = Math.min(...match.columns.map((c) => c.col), 1);
  const form = match.template.forms.join('/');
  for (const c of match.missing) {
    const n = colName(c);
    out.push(
      makeFinding(
        'missing-column',
        { sheet, row: match.headerRow, col: firstCol, column: c },
        {
          th: `ไม่พบคอลัมน์ ${n.th} ในแถวหัวตาราง (แถว ${match.headerRow}) ต้องมีตามแบบ ${form}`,
          en: `Column ${n.en} (${c.header}) is missing from the header (row ${match.headerRow}); the ${form} form requires it`,
        },
      ),
    );
  }
  const headerRow = match.headerRow + match.headerRows - 1;
  for (const d of match.duplicates) {
    const n = colName(d.column);
    const first = match.columns.find((c) => c.column.id === d.column.id);
    out.push(
      makeFinding(
        'duplicate-column',
        { sheet, row: headerRow, col: d.col, column: d.column },
        {
          th: `คอลัมน์ ${n.th} ซ้ำ: พบทั้งคอลัมน์นี้และคอลัมน์ที่ ${first?.col ?? '?'} ให้เหลือคอลัมน์เดียว`,
          en: `Column ${n.en} appears twice (here and in column ${first?.col ?? '?'}); keep one`,
        },
        { value: d.header },
      ),
    );
  }
  // A merge across columns of the row that names them hides every header but the first.
  const cols = match.columns.map((c) => c.col);
  const [left, right] = [Math.min(...cols), Math.max(...cols)];
  for (const m of merges) {
    if (m.right === m.left || m.top > headerRow || m.bottom < headerRow || m.right < left || m.left > right) continue;
    const range = `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
    out.push(
      makeFinding(
        'merged-header',
        { sheet, row: m.top, col: m.left },
        {
          th: `หัวคอลัมน์ ${range} ผสานเซลล์ไว้ จึงเห็นชื่อหัวคอลัมน์เดียวแทน ${m.right - m.left + 1} คอลัมน์ และแปลงเป็นตาราง Excel หรือกรองไม่ได้ ยกเลิกการผสานแล้วใส่ชื่อทุกคอลัมน์`,
          en: `Header cells ${range} are merged: one header stands for ${m.right - m.left + 1} columns, and Excel cannot make a table of it or filter it; unmerge and name every column`,
        },
      ),
    );
  }
  for (const m of match.columns) {
    if (m.score >= 1) continue;
    const n = colName(m.column);
    const seen = cellHeader(grid, match, m.col, m.header);
    // Amounts in another unit: the form's wording (บาท) alone would mislabel them, so no fix writes it.
    if (m.column.scale) {
      out.push(
        makeFinding(
          'header-variant',
          { sheet, row: headerRow, col: m.col, column: m.column },
          {
            th: `หัวคอลัมน์ "${seen}" ถือเป็น ${n.th} จึงอ่านจำนวนเงินในหน่วยนั้น แบบใช้ "${m.column.header}" ถ้าจะใช้ชื่อตามแบบ ต้องแปลงจำนวนเงินเป็นบาทด้วย`,
            en: `Header "${seen}" was taken as ${n.en}, and its amounts are read in that unit; the form's wording is "${m.column.header}": to use it, write the amounts in baht too`,
          },
          { value: seen },
        ),
      );
      continue;
    }
    out.push(
      makeFinding(
        'header-variant',
        { sheet, row: headerRow, col: m.col, column: m.column },
        {
          th: `หัวคอลัมน์ "${seen}" ถือเป็น ${n.th} ควรใช้ชื่อตามแบบ`,
          en: `Header "${seen}" was taken as ${n.en}; the form's wording is "${m.column.header}"`,
        },
        { value: seen, suggestion: { value: m.column.header, display: m.column.header, kind: 'text' } },
      ),
    );
  }
  return out;
}

/**
 * A header as its cell holds it: the text matched may be the cell's without a note in brackets at its
 * end ("ช่วงเวลาที่คาดว่าจะเริ่มดำเนินการ (เดือน/ปี)"), which a message quoting it must not leave out.
 */
function cellHeader(grid: SheetGrid, match: HeaderMatch, col: number, matched: string): string {
  for (let r = match.headerRow; r < match.headerRow + match.headerRows; r++) {
    const v = cellAt(grid, r, col);
    if (typeof v !== 'string') continue;
    const t = collapseSpaces(v);
    if (t !== matched && t.startsWith(matched)) return t;
  }
  return matched;
}

/** A merged area under the header, and its finding (kept only if the area covers a data row). */
interface MergedArea {
  readonly top: number;
  readonly bottom: number;
  readonly finding: Finding;
}

/** Cells hidden under a merged area of the table body read as their area's top-left value. */
function mergedBody(grid: SheetGrid, match: HeaderMatch, sheet: string, out: MergedArea[]) {
  const first = Math.min(...match.columns.map((c) => c.col));
  const last = Math.max(...match.columns.map((c) => c.col));
  const body: CellRange[] = [];
  for (const m of grid.merges ?? []) {
    // Only merges inside the table's body matter; an empty merged area below the data does not.
    if (m.bottom < match.firstDataRow || m.top > grid.values.length || m.right < first || m.left > last) continue;
    body.push(m);
    out.push({
      top: Math.max(m.top, match.firstDataRow),
      bottom: m.bottom,
      finding: makeFinding(
        'merged-cell',
        { sheet, row: m.top, col: m.left },
        {
          th: `เซลล์ผสาน ${m.top === m.bottom ? '' : `แถว ${m.top}–${m.bottom} `}ในตาราง ทำให้เรียงลำดับ กรอง และนำเข้าข้อมูลไม่ได้ ควรยกเลิกการผสานและใส่ค่าทุกแถว`,
          en: `Merged cells ${m.top === m.bottom ? '' : `(rows ${m.top}–${m.bottom}) `}in the table break sorting, filtering and import; unmerge and fill every row`,
        },
      ),
    });
  }
  return mergedCellReader(grid, body, match.firstDataRow);
}

/**
 * Which part of a split contract reference (0 for the first) is its date: the one whose label names a
 * date ("วันที่" beside "เลขที่"), where exactly one does.
 */
function datePart(m: ColumnMatch): number | undefined {
  const dated = contractParts(m.parts ?? []).flatMap((kind, i) => (kind === 'date' ? [i] : []));
  return dated.length === 1 ? dated[0] : undefined;
}

/**
 * Which part of a split contract reference is its number, its date's being part `date`: the first
 * labelled a number, else the first other than the date ("วันที่ | เลขที่" puts it second).
 */
function numberPart(m: ColumnMatch, date: number): number {
  const parts = contractParts(m.parts ?? []);
  const named = parts.findIndex((kind, i) => i !== date && kind === 'number');
  if (named >= 0) return named;
  return date === 0 && parts.length > 1 ? 1 : 0;
}

/**
 * The sheet columns of a split contract reference's parts that say when it ends ("เลขที่ | ลงวันที่ |
 * ครบกำหนด"): no form with such a reference has an end date, and the reference is its number and date.
 */
function endParts(match: HeaderMatch): ReadonlySet<number> {
  const m = match.columns.find((c) => c.column.type === 'contractRef');
  return new Set(contractParts(m?.parts ?? []).flatMap((kind, i) => (kind === 'end' ? [m!.col + i] : [])));
}

/** Types of the columns a form writes as one text that a sheet may split into parts under their header. */
const SPLIT_TYPES: ReadonlySet<string> = new Set(['contractRef', 'winnerPrice', 'bidders']);

const exempting = new WeakMap<RequiredUnless, ReadonlySet<string>>();

/**
 * The folded values of another column (`other`, when the sheet has it) that make a column optional,
 * with the other spellings of them that the other column knows ("ยกเลิก"), folded once per column.
 */
function exemptingValues(u: RequiredUnless, other: TemplateColumn | undefined): ReadonlySet<string> {
  let set = exempting.get(u);
  if (!set) {
    const aliases = Object.entries(other?.aliases ?? {}).flatMap(([k, v]) => (u.values.includes(v) ? [k] : []));
    exempting.set(u, (set = new Set([...u.values, ...aliases].map(foldForMatch))));
  }
  return set;
}

/** What an id cell of a winner registered abroad with no Thai id may say (a note FOREIGN_NOTE knows). */
const FOREIGN_NO_ID = 'ไม่มีเลขประจำตัวผู้เสียภาษี (นิติบุคคลต่างประเทศ)';

/**
 * A required cell left blank. A function of its own: a message function written inside the loop over
 * cells would make every row allocate the variables it captures.
 */
function requiredValue(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  none: string | null,
  status: string | null = null,
): void {
  report(
    ctx,
    'required-value',
    row,
    c,
    () => {
      const n = colName(c);
      const m =
        none === null
          ? { th: `แถว ${row}: ต้องกรอก ${n.th}`, en: `Row ${row}: ${n.en} is required` }
          : {
              th: `แถว ${row}: ต้องกรอก ${n.th} ใส่ไว้เพียง "${none.trim()}" ซึ่งไม่ใช่ค่า`,
              en: `Row ${row}: ${n.en} is required; "${none.trim()}" is not a value`,
            };
      // A winner registered abroad may have no Thai id: what to write then is said. The name alone
      // cannot tell (Thai firms trade under English names), so the Thai id is asked for first.
      const winner = c.type === 'taxId' ? ctx.valueAt(row, 'supplierName') : null;
      if (typeof winner === 'string' && isForeignName(winner.trim()))
        return {
          th: `${m.th}: ผู้ได้รับการคัดเลือก "${winner.trim()}" อาจเป็นนิติบุคคลที่จดทะเบียนในต่างประเทศ ให้ใส่เลขประจำตัวผู้เสียภาษี 13 หลักของไทย เฉพาะเมื่อไม่มีเลขนั้นจริง ๆ ให้เขียนว่า "${FOREIGN_NO_ID}" (ต่อด้วยเลขทะเบียนนิติบุคคลในประเทศของตนได้)`,
          en: `${m.en}: the winner "${winner.trim()}" may be registered abroad; give its 13-digit Thai tax id, and only if it truly has none write "${FOREIGN_NO_ID}" (no Thai tax id, foreign juristic person), its registration abroad after it if wished`,
        };
      // What signing brings is missing under a status that says it was signed: the status may be the
      // mistake, unless the row's dates say it was signed ("-" or ไม่มี in a date cell says nothing).
      const exempt = c.requiredUnless?.values[0];
      const dated = (['signDate', 'endDate'] as const).some((id) => {
        const v = ctx.valueAt(row, id);
        return !isBlankOrNone(v);
      });
      return status && exempt && !dated
        ? {
            th: `${m.th} เพราะสถานะเป็น "${status}" (ถ้ายังไม่ได้ลงนาม ให้แก้สถานะเป็น "${exempt}")`,
            en: `${m.en}, as the status is "${status}" (if it is not signed yet, make the status "${exempt}")`,
          }
        : m;
    },
    none === null ? undefined : { value: none.trim() },
  );
}

/**
 * What a cell holds, as text: two cells give the same text exactly when they hold the same value
 * (text compared trimmed, every kind of blank alike, dates by their moment, errors by their code).
 */
function cellKey(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    // A copy typed again may differ in spacing, digits, or in holding text for a number or a date.
    const t = collapseSpaces(plainText(v));
    if (t === '') return '';
    const money = parseMoney(t);
    if (money.kind === 'ok') return `n${money.value}`;
    const d = parseDateText(t);
    return d ? `d${Date.UTC(d.day.y, d.day.m - 1, d.day.d)}` : `s${t}`;
  }
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return `b${v}`;
  if (v instanceof Date) return `d${Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate())}`;
  return `e${v.error}`;
}

/**
 * A procurement table being checked. Cells are judged row by row and kept, so that after an edit only
 * the changed rows are judged again; the rules across rows (fiscal year, duplicates, red flags) are
 * cheap and run over the kept rows each time.
 */
export class ProcurementTable {
  private readonly header: readonly Finding[];
  private readonly merged: MergedArea[] = [];
  /** What each judged data row says (blank, total and footer rows have nothing). */
  private readonly parsed: ParsedRows;
  /** The cell findings of the rows that have any. */
  private findingsAt = new Map<number, readonly HeldFinding[]>();
  private read: (row: number, col: number) => CellValue;
  private ctx: RuleContext;
  /** Row kinds from the first data row down (0 data, 1 blank …), as last judged. */
  private kinds: Uint8Array = new Uint8Array(0);
  /** How the rows were told apart, as last judged (whether a table below is this form reordered). */
  private rowKinds: RowKinds | null = null;
  /** The rows' signing dates while result() runs (see signingDays), not kept past it. */
  private signing: readonly Day[] | undefined = undefined;
  /** The contract reference's parts that say when it ends, left out of reading it (see endParts). */
  private readonly contractEnds: ReadonlySet<number>;

  constructor(
    private grid: SheetGrid,
    private readonly match: HeaderMatch,
  ) {
    this.header = headerFindings(grid, match);
    this.contractEnds = endParts(match);
    this.read = mergedBody(grid, match, grid.name, this.merged);
    this.ctx = this.context();
    // Sized at once for the rows under the header (RowKinds counts the same), so judging starts without a resize.
    this.parsed = new ParsedRows(match.firstDataRow, Math.max(0, grid.values.length - match.firstDataRow + 1));
    this.judgeRows(null);
  }

  private context(): RuleContext {
    const columnOf = new Map<ColumnId, number>(this.match.columns.map((m) => [m.column.id, m.col]));
    const matched = new Map<ColumnId, TemplateColumn>(this.match.columns.map((m) => [m.column.id, m.column]));
    // A contract reference split into "เลขที่ | วันที่": its date is a column of its own, so that what
    // is said of the date (and a fix) goes to the date's cell, not the number's.
    const split = this.match.columns.find((m) => m.column.type === 'contractRef' && (m.span ?? 1) > 1);
    const date = split && datePart(split);
    if (split && date !== undefined) {
      columnOf.set('contractDate', split.col + date);
      matched.set('contractDate', { ...split.column, id: 'contractDate' });
      // The reference itself (its number, or the whole typed in one cell) is the number's cell, in
      // either order: "no number" is asked there, and read from there.
      columnOf.set('contractRef', split.col + numberPart(split, date));
    }
    return {
      sheet: this.grid.name,
      template: this.match.template,
      importSource: !!this.match.template.importOnly,
      textOnly: !!this.grid.textOnly,
      monthFirst: this.monthFirst(),
      columnOf,
      matched,
      valueAt: (row, id) => {
        const c = columnOf.get(id);
        return c === undefined ? null : this.read(row, c);
      },
      // Every key from the start, so the context keeps one shape as a check sets them, and result()'s
      // copy with its rules' keys set has that shape too: the rules then meet one shape of context.
      out: [],
      held: undefined,
      limit: undefined,
      noFix: false,
      datedInOwnCell: new Set<number>(),
      exampleYear: undefined,
      lateOrders: undefined,
      asOf: undefined,
      monthEnd: undefined,
      years: undefined,
    };
  }

  /**
   * Whether the table's CE text dates are written month first: enough name a 13th or later "month", and
   * none a 13th or later day. Its other such dates (11/05/2023) are then 5 November, not 11 May.
   */
  private monthFirst(): boolean {
    // Array.from, not .map: see RowKinds.cols.
    const cols = Array.from(
      this.match.columns.filter((m) => m.column.type === 'date'),
      (m) => m.col,
    );
    let [dates, monthFirst] = [0, 0];
    for (let r = this.match.firstDataRow; r <= this.grid.values.length; r++)
      for (const c of cols) {
        const order = slashOrder(this.read(r, c));
        if (order === 'dmy') return false;
        if (order === 'mdy') monthFirst++;
        if (order !== null) dates++;
      }
    // As a CSV's dates are read (csv.ts): two or more, and a quarter or more of them (a day past the 12th,
    // as most days are); one among day-first ones is a slip, not a proof.
    return monthFirst >= 2 && monthFirst * 4 >= dates;
  }

  /** Judge the data rows in `only` (all when null); rows that are no longer data are dropped. */
  private judgeRows(only: { top: number; bottom: number } | null): void {
    const { grid, match, ctx } = this;
    const rowKinds = new RowKinds(grid, match);
    const kinds = new Uint8Array(rowKinds.count);
    this.kinds = kinds;
    this.rowKinds = rowKinds;
    const parsed = this.parsed;
    // Every data row is judged below when `only` is null: no old findings can stay.
    if (!only) this.findingsAt.clear();
    for (let i = kinds.length; i < parsed.slots; i++)
      if (parsed.present[i]) this.findingsAt.delete(match.firstDataRow + i);
    parsed.resize(kinds.length);
    // Each matched column's template column, type and sheet column, looked up once per check.
    // Array.from, not .map, for what the rows' loop reads: see RowKinds.cols.
    const columns = Array.from(match.columns, (m) => m.column);
    const types = Int8Array.from(columns, (c) => typeCode(c.type));
    const exempted = columns.filter((c) => c.requiredUnless);
    const formHas = new Set(match.template.columns.map((c) => c.id));
    // A column the monthly forms write as one text, split under its header into parts (the contract's
    // number and date; the winner and the price agreed; the bidders and their prices), is read as one.
    const spans = Int32Array.from(match.columns, (m) => (SPLIT_TYPES.has(m.column.type) ? (m.span ?? 1) : 1));
    const at = Int32Array.from(match.columns, (m) => m.col);
    const totals = !!match.template.rowsAreTotals;
    // The contract's number and date split apart are judged in the cell the date is in (see contractCell).
    const contractIndex = match.columns.findIndex((m) => m.column.type === 'contractRef');
    const contractDate = ctx.matched.get('contractDate');
    const contractDateAt = ctx.columnOf.get('contractDate');
    const contractAt = ctx.columnOf.get('contractRef');
    const bidders = biddersAt(match);
    // What a procurement's lines under it carry on (a PDF's second lines, bidders on rows of their own), by
    // column: 1 a line each (the bidders, the winner and price), 2 words going on (the item, the contract).
    const goingOn = goingOnAt(match);
    const goOn = Int8Array.from(match.columns, (m) =>
      m.column.type === 'bidders' || m.column.type === 'winnerPrice'
        ? 1
        : m.column.type === 'contractRef' || m.column.id === 'item'
          ? 2
          : 0,
    );
    const direct = !grid.merges?.length;
    const exemptBy = (c: TemplateColumn, row: number): boolean => {
      if (c.optionalUpTo && withinSmallAmount(ctx, row, c.optionalUpTo)) return true;
      const u = c.requiredUnless;
      if (!u) return false;
      // A form without a status column (สขร.1, O21): the winner's or the bidders' cell may say the
      // procurement was cancelled.
      if (!formHas.has(u.column))
        return (
          ctx.matched.has('winnerAndPrice') &&
          endedWithoutDeal(ctx.valueAt(row, 'winnerAndPrice'), ctx.valueAt(row, 'bidders')) &&
          exemptingValues(u, undefined).has(foldForMatch(CANCELLED))
        );
      const v = ctx.valueAt(row, u.column);
      if (!isBlank(v) && exemptingValues(u, ctx.matched.get(u.column)).has(foldForMatch(displayValue(v)))) return true;
      // A status left out or mistyped on a row with none of what signing brings (price, supplier,
      // dates): the status is the one mistake, said once on its cell, not once per empty cell.
      const status = ctx.matched.get(u.column);
      return (
        (isBlank(v) || (status !== undefined && matchList(status, displayValue(v)).kind === 'unknown')) &&
        exempted.every((x) => x.requiredUnless?.column !== u.column || isBlank(ctx.valueAt(row, x.id)))
      );
    };
    /** The status a required cell is exempt under, when the row has another (a signed one): to name it. */
    const statusOf = (c: TemplateColumn, row: number): string | null => {
      const u = c.requiredUnless;
      const v = u ? ctx.valueAt(row, u.column) : null;
      const status = u && ctx.matched.get(u.column);
      if (!status || isBlank(v)) return null;
      const r = matchList(status, displayValue(v));
      return r.kind === 'unknown' ? null : r.value;
    };
    // Each row's cell findings are held, their messages unwritten until a report shows them.
    let held: HeldFinding[] = [];
    ctx.held = held;
    // One row object, reused: what it says is kept column by column in `parsed`.
    const p = newScratchRow();
    // Each row is classified and, if it is data, judged at once: its cells are read while cached.
    for (let i = 0; i < kinds.length; i++) {
      const row = match.firstDataRow + i;
      const kind = (kinds[i] = rowKinds.next());
      if (kind !== 0) {
        if (parsed.present[i]) {
          parsed.clear(i);
          this.findingsAt.delete(row);
        }
        continue;
      }
      if (only && (row < only.top || row > only.bottom) && parsed.present[i]) continue;
      const values = grid.values[row - 1] ?? [];
      resetScratchRow(p, row);
      // On a line of totals (O17's by method), dashes throughout its counts and sums: nothing bought, 0.
      const nothing = totals && this.dashedThroughout(row, columns, at);
      const end = bidders || goingOn ? this.goesOnTo(row, bidders, goingOn) : row;
      for (let k = 0; k < columns.length; k++) {
        let c = columns[k]!;
        let v: CellValue;
        let noFix = false;
        if (k === contractIndex && spans[k]! > 1) {
          const cell = this.contractCell(row, at[k]!, spans[k]!, contractDateAt, contractAt ?? at[k]!);
          v = cell === 0 ? this.joined(row, at[k]!, spans[k]!) : this.read(row, cell);
          // Kept for the row rules, which name the date's cell; a row edited since may no longer be so.
          if (cell !== 0 && cell === contractDateAt) {
            c = contractDate!;
            ctx.datedInOwnCell?.add(row);
          } else ctx.datedInOwnCell?.delete(row);
          // Parts joined, or a cell hidden under a merge, are no cell's own value: no fix may write them.
          noFix = cell === 0 || (isBlank(cellAt(grid, row, cell)) && !isBlank(v));
        } else
          v =
            spans[k]! > 1
              ? this.joined(row, at[k]!, spans[k]!)
              : direct
                ? (values[at[k]! - 1] ?? null)
                : this.read(row, at[k]!);
        if (end > row && goOn[k] !== 0) {
          const lines = this.linesBelow(row, end, at[k]!, spans[k]!);
          if (lines.length > 0) {
            // The contract's number and its date on the line below are one reference, read whole.
            if (k === contractIndex && spans[k]! > 1) {
              v = this.joined(row, at[k]!, spans[k]!);
              c = columns[k]!;
              ctx.datedInOwnCell?.delete(row);
            }
            v = (isBlank(v) ? lines : [displayValue(v), ...lines]).join(goOn[k] === 1 ? '\n' : ' ');
            // Lines of several rows are no one cell's value: no fix may write them (bidders have none to offer).
            noFix = columns[k]!.type !== 'bidders';
          }
        }
        // A lone dash or ไม่มี is how forms say "none": blank, but the message says what was typed.
        if (v === null || (typeof v === 'string' && (isBlankText(v) || isNoneText(v)))) {
          const nil = nothing && v !== null && !isBlankText(v) && (c.type === 'integer' || c.type === 'money');
          if (nil && c.id === 'count') p.count = 0;
          if (c.required && !nil && !exemptBy(c, row))
            requiredValue(ctx, row, c, v === null || isBlankText(v) ? null : v, statusOf(c, row));
          continue;
        }
        // ctx.noFix is false but while such a cell is judged: written only then (twice a cell adds up).
        if (noFix) {
          ctx.noFix = true;
          judgeCell(ctx, row, c, types[k]!, v, p);
          ctx.noFix = false;
        } else judgeCell(ctx, row, c, types[k]!, v, p);
      }
      judgeCount(ctx, p);
      parsed.set(i, p);
      // The row's findings are kept as they are, and the next row starts a new list (cutting a list
      // short is a slow call in V8).
      if (held.length > 0) {
        this.findingsAt.set(row, held);
        ctx.held = held = [];
      } else if (only) this.findingsAt.delete(row);
    }
    parsed.settle();
  }

  /** Whether every count and amount of a row is a dash, ไม่มี or 0 (`at`: each column's sheet column). */
  private dashedThroughout(row: number, columns: readonly TemplateColumn[], at: Int32Array): boolean {
    let dashes = 0;
    for (let k = 0; k < columns.length; k++) {
      if (columns[k]!.type !== 'integer' && columns[k]!.type !== 'money') continue;
      const v = this.read(row, at[k]!);
      if (v === null || (typeof v === 'string' && isBlankText(v))) continue;
      if (typeof v === 'string' && isNoneText(v)) dashes++;
      else if (!(v === 0 || (typeof v === 'string' && /^\s*0+(\.0+)?\s*$/.test(v)))) return false;
    }
    return dashes > 0;
  }

  /**
   * The cell a contract reference split into parts (`span` cells from `col`) is judged in: the date's
   * own (`dateAt`) when filled; else the number's (`numberAt`, the first part unless the date comes
   * first) when no other part is (it may hold the number and date typed in one cell); else 0, and its
   * parts are read joined.
   */
  private contractCell(row: number, col: number, span: number, dateAt: number | undefined, numberAt: number): number {
    // A dash or ไม่มี in a part is nothing there; a number cell with a date of its own ("2/2567 ลว. 5 พ.ย.
    // 2566") is the whole reference, typed in one cell, whatever the date cell repeats.
    const filled = (c: number) => {
      const v = this.read(row, c);
      return !isBlankOrNone(v);
    };
    const number = this.read(row, numberAt);
    if (dateAt !== undefined && dateAt !== numberAt && typeof number === 'string' && findDateInText(number))
      return numberAt;
    if (dateAt !== undefined && filled(dateAt)) return dateAt;
    for (let c = col; c < col + span; c++)
      if (c !== dateAt && c !== numberAt && !this.contractEnds.has(c) && filled(c)) return 0;
    return numberAt;
  }

  /**
   * The cells of a split column as one text ("12/2567" and a date → "12/2567 3 ต.ค. 2566"), or null; a
   * contract's end is none of its reference.
   */
  private joined(row: number, col: number, span: number): CellValue {
    const parts: string[] = [];
    for (let c = col; c < col + span; c++) {
      const v = this.read(row, c);
      if (isBlank(v) || this.contractEnds.has(c)) continue;
      parts.push(v instanceof Date ? formatDayTh(dayFromTime(v.getTime())) : displayValue(v));
    }
    return parts.length ? parts.join(' ') : null;
  }

  /**
   * The last of the rows under a procurement's (`row`) that only go on with it (CONTINUATION rows, as
   * RowKinds tells them: bidders on rows of their own, a PDF's second lines); `row` when none follow.
   */
  private goesOnTo(row: number, bidders: BiddersAt | null, goingOn: GoingOn | null): number {
    const { values } = this.grid;
    const owner = values[row - 1] ?? [];
    let end = row;
    for (let r = row + 1; r <= values.length; r++) {
      const next = values[r - 1];
      if (
        !next ||
        !(onlyBidderLine(next, bidders) || (goingOn !== null && goesOn(next, owner, goingOn, values[r - 2] ?? [])))
      )
        break;
      end = r;
    }
    return end;
  }

  /**
   * The texts the rows after `row` to `end` hold in a column (its `span` parts joined), as typed: a cell
   * merged down over them is the procurement's own, not a line of theirs.
   */
  private linesBelow(row: number, end: number, col: number, span: number): string[] {
    const lines: string[] = [];
    for (let r = row + 1; r <= end; r++) {
      const parts: string[] = [];
      for (let c = col; c < col + span; c++) {
        const v = cellAt(this.grid, r, c);
        if (isBlankOrNone(v)) continue;
        parts.push(v instanceof Date ? formatDayTh(dayFromTime(v.getTime())) : displayValue(v));
      }
      if (parts.length) lines.push(parts.join(' '));
    }
    return lines;
  }

  /** The sheet now reads `grid`, changed in `count` rows from `top`: judge those again (and only them). */
  update(grid: SheetGrid, top: number, count: number): void {
    this.grid = grid;
    this.read = mergedBody(grid, this.match, grid.name, []);
    this.ctx = this.context();
    // Bidders on rows of their own, as they were or are now, count for the procurement above them:
    // judged again from there.
    const first = this.match.firstDataRow;
    const bidders = biddersAt(this.match);
    const goingOn = goingOnAt(this.match);
    let from = top;
    while (from > first && this.mayGoOn(grid.values[from - 1] ?? [], this.kinds[from - first], bidders, goingOn))
      from--;
    this.judgeRows({ top: from, bottom: top + count - 1 });
  }

  /** Whether a row was, or may now be, a line going on with the procurement above it (judged again with it). */
  private mayGoOn(
    values: readonly CellValue[],
    kind: number | undefined,
    bidders: BiddersAt | null,
    goingOn: GoingOn | null,
  ) {
    return (
      kind === CONTINUATION ||
      onlyBidderLine(values, bidders) ||
      (goingOn !== null && onlyGoingOnCells(values, goingOn))
    );
  }

  /** Another form's table under this one (O17's list under its summary): said, as it is not checked here. */
  private otherTable(out: Finding[]): void {
    const at = this.kinds.indexOf(OTHER_TABLE);
    if (at < 0) return;
    const row = this.match.firstDataRow + at;
    out.push(
      makeFinding(
        'other-table',
        { sheet: this.grid.name, row, col: 1 },
        this.rowKinds?.reordered
          ? {
              th: `แถว ${row} เริ่มตารางอีกตารางหนึ่งของแบบเดียวกันที่เรียงคอลัมน์ต่างจากตารางบน จึงไม่ได้ตรวจในแผ่นงานนี้: ย้ายไปไว้แผ่นงานของตัวเอง หรือเรียงคอลัมน์ให้ตรงกับตารางบน`,
              en: `Row ${row} starts another table of the same form with its columns in another order, which is not checked in this sheet: move it to a sheet of its own, or put its columns in the order of the table above`,
            }
          : {
              th: `แถว ${row} เริ่มตารางของอีกแบบหนึ่ง ซึ่งไม่ได้ตรวจในแผ่นงานนี้: ย้ายไปไว้แผ่นงานของตัวเองเพื่อให้ตรวจได้`,
              en: `Row ${row} starts a table of another form, which is not checked in this sheet: move it to a sheet of its own to have it checked`,
            },
      ),
    );
  }

  /**
   * A form's header on the header row right of this table (a second table pasted beside the first):
   * said, as its rows are not checked here.
   */
  private tableBeside(out: Finding[]): void {
    const { grid, match } = this;
    const last = Math.max(...match.columns.map((c) => c.col));
    const rest = (grid.values[match.headerRow - 1] ?? []).slice(last);
    if (rest.filter((v) => typeof v === 'string' && v.trim() !== '').length < 3) return;
    const m = recogniseHeader({ name: grid.name, values: [rest] }, allTemplates());
    if (!m || m.confidence < 0.8 || m.columns.length < 3) return;
    const col = last + Math.min(...m.columns.map((c) => c.col));
    const letter = columnLetter(col);
    out.push(
      makeFinding(
        'other-table',
        { sheet: grid.name, row: match.headerRow, col },
        {
          th: `คอลัมน์ ${letter} เริ่มตารางอีกตารางหนึ่งข้างตารางนี้ ซึ่งไม่ได้ตรวจในแผ่นงานนี้: ย้ายไปไว้แผ่นงานของตัวเองเพื่อให้ตรวจได้`,
          en: `Column ${letter} starts another table beside this one, which is not checked in this sheet: move it to a sheet of its own to have it checked`,
        },
      ),
    );
  }

  /** The table's last row: of its last procurement or total, else its header's. */
  private lastRow(): number {
    for (let i = this.kinds.length - 1; i >= 0; i--)
      if (this.kinds[i] === DATA || this.kinds[i] === TOTAL_ROW || this.kinds[i] === CONTINUATION)
        return this.match.firstDataRow + i;
    return this.match.headerRow + this.match.headerRows - 1;
  }

  /**
   * In a table of totals (O17's summary by method) with one total row, under all its lines: a column of
   * the total that is not the lines' sum. A group method's line (วิธีประกาศเชิญชวนทั่วไป) may be a line of
   * its own or the subtotal of its members beside it: a total that is the sum either way passes. Nothing
   * is judged where a line's label names no method (it may head a part and carry its subtotal) or where
   * a line's amount cannot be read: in parts with subtotals, a different total cannot be told from a
   * wrong one. A method on several lines is parts (by ground, by quarter), or one of them the subtotal of
   * the others where it is their sum: a total with or without it passes.
   */
  private totalsAddUp(out: Finding[]): void {
    const first = this.match.firstDataRow;
    const totals: number[] = [];
    for (let i = 0; i < this.kinds.length; i++) if (this.kinds[i] === TOTAL_ROW) totals.push(i);
    const at = totals[0];
    if (at === undefined || totals.length > 1 || this.kinds.indexOf(DATA, at) >= 0) return;
    const lines: number[] = [];
    for (let i = 0; i < at; i++) if (this.kinds[i] === DATA) lines.push(first + i);
    const methodCol = this.match.columns.find((m) => m.column.id === 'method')?.col;
    // Each line names one method (or is the add-in's line of rows with none): any other label may head
    // a part and carry its subtotal.
    const methodOf = (row: number) => {
      const v = methodCol === undefined ? null : this.read(row, methodCol);
      if (v === NO_METHOD.th) return null;
      const m = typeof v === 'string' ? parseMethod(v) : null;
      return m?.kind === 'ok' ? m.method : undefined;
    };
    const methods = lines.map(methodOf);
    if (!lines.length || methods.some((m) => m === undefined)) return;
    const groups = lines.filter((_, k) => !!methods[k]?.group);
    // A method on several lines: parts (by ground, by quarter), or one the subtotal of the others.
    const same = new Map<string, number[]>();
    methods.forEach((m, k) => m && same.set(m.canonical, [...(same.get(m.canonical) ?? []), k]));
    const row = first + at;
    // A row of percentages or averages under the lines is no sum of them.
    if ((this.grid.values[row - 1] ?? []).some((v) => typeof v === 'string' && NOT_A_SUM.test(v))) return;
    for (const m of this.match.columns) {
      if (m.column.type !== 'money' && (m.column.type !== 'integer' || m.column.id === 'ordinal')) continue;
      const total = parseMoneyInUnit(this.read(row, m.col), m.column.scale);
      if (total.kind !== 'ok') continue;
      const cells = lines.map((r) => this.read(r, m.col));
      const parsed = cells.map((v) => parseMoneyInUnit(v, m.column.scale));
      // An amount unread, or read two ways ("1.234": 1.234 or 1,234, said at its cell): the sum is unknown.
      const ambiguous = cells.some((v) => typeof v === 'string' && dotMayGroupThousands(v));
      if (ambiguous || parsed.some((v) => v.kind !== 'ok' && v.kind !== 'blank')) continue;
      const values = parsed.map((v) => (v.kind === 'ok' ? v.value : 0));
      const sumOf = (ks: readonly number[]) => ks.reduce((a, k) => a + values[k]!, 0);
      const sum = sumOf(values.map((_, k) => k));
      const groupSum = sumOf(lines.flatMap((r, k) => (groups.includes(r) ? [k] : [])));
      const near = (a: number, b: number) => nearSum(a, b, lines.length);
      // Of a method's lines, the first that is the sum of the others (เฉพาะเจาะจง over ม.56(2)(ก) and (ข)).
      const subtotals = [...same.values()].flatMap((ks) => {
        if (ks.length < 2) return [];
        const k = ks.find((k) => {
          const rest = sumOf(ks) - values[k]!;
          return rest > 0 && near(values[k]!, rest);
        });
        return k === undefined ? [] : [k];
      });
      const subSum = sumOf(subtotals);
      if ([sum, sum - groupSum, sum - subSum, sum - groupSum - subSum].some((s) => near(total.value, s))) continue;
      const name = colName(m.column);
      const span = lines.length === 1 ? `${lines[0]}` : `${lines[0]}–${lines[lines.length - 1]}`;
      const parts = [...new Set([...groups, ...subtotals.map((k) => lines[k]!)])].sort((a, b) => a - b);
      // Another reading only where it gives another figure (the usual 0 line of a group changes nothing).
      const other = subtotals.length ? sum - groupSum - subSum : sum - groupSum;
      const without =
        !parts.length || near(other, sum)
          ? { th: '', en: '' }
          : subtotals.length
            ? {
                th: ` (หรือ ${formatMoney(sum - groupSum - subSum)} หากแถว ${parts.join(', ')} เป็นยอดรวมย่อย)`,
                en: ` (or ${formatMoney(sum - groupSum - subSum)} if row${parts.length > 1 ? 's' : ''} ${parts.join(', ')} ${parts.length > 1 ? 'are subtotals' : 'is a subtotal'})`,
              }
            : {
                th: ` (หรือ ${formatMoney(sum - groupSum)} หากแถว ${groups.join(', ')} เป็นยอดรวมย่อยของวิธีในกลุ่ม)`,
                en: ` (or ${formatMoney(sum - groupSum)} if row${groups.length > 1 ? 's' : ''} ${groups.join(', ')} ${groups.length > 1 ? 'are subtotals' : 'is the subtotal'} of the methods in the group)`,
              };
      out.push(
        makeFinding(
          'total-mismatch',
          { sheet: this.grid.name, row, col: m.col, column: m.column },
          {
            th: `แถว ${row}: ${name.th} ในแถวรวมเป็น ${formatMoney(total.value)} แต่รายการแถว ${span} รวมกันได้ ${formatMoney(sum)}${without.th}`,
            en: `Row ${row}: the total's ${name.en} is ${formatMoney(total.value)}, but rows ${span} add up to ${formatMoney(sum)}${without.en}`,
          },
          { value: formatMoney(total.value) },
        ),
      );
    }
  }

  /** A procurement table's "รวม" lines against its rows (totalLines.ts). */
  private totalLines(): Finding[] {
    const { parsed, ctx } = this;
    const noContract = parsed.labels.map((l) => NO_CONTRACT.has(l));
    const winner = ctx.matched.has('winnerAndPrice');
    return judgeTotalLines({
      sheet: this.grid.name,
      kinds: this.kinds,
      first: this.match.firstDataRow,
      columns: this.match.columns,
      read: this.read,
      rowValues: (row) => this.grid.values[row - 1] ?? [],
      ...(this.grid.hiddenRows?.length ? { hidden: new Set(this.grid.hiddenRows) } : {}),
      noDeal: (row) => {
        const status = parsed.status[row - parsed.first] ?? -1;
        if (status >= 0 && noContract[status]) return true;
        return winner && endedWithoutDeal(ctx.valueAt(row, 'winnerAndPrice'), ctx.valueAt(row, 'bidders'));
      },
    });
  }

  /** Blank rows between data rows: Excel's filter, sort and table see the table end at the first. */
  private blankRuns(out: Finding[], limit: FindingLimit): void {
    const first = this.match.firstDataRow;
    let lastData = -1;
    let blank = -1;
    for (let i = 0; i < this.kinds.length; i++) {
      const k = this.kinds[i]!;
      if (k === 1) {
        if (blank < 0) blank = i;
        continue;
      }
      if (k === 0 && blank >= 0 && lastData >= 0 && limit.take('blank-rows')) {
        const [a, b] = [first + blank, first + i - 1];
        const rows = a === b ? `${a}` : `${a}–${b}`;
        out.push(
          makeFinding(
            'blank-rows',
            { sheet: this.grid.name, row: a, col: 1 },
            {
              th: `แถว ${rows} ว่างอยู่กลางตาราง: ตัวกรองและการเรียงลำดับของ Excel จะเห็นว่าตารางจบที่แถว ${a - 1} ลบแถวว่างออก`,
              en: `Row${a === b ? '' : 's'} ${rows} ${a === b ? 'is' : 'are'} blank inside the table: Excel's filter and sort see the table end at row ${a - 1}; delete ${a === b ? 'it' : 'them'}`,
            },
          ),
        );
      }
      // A blank row before a total, a note or a repeated header is layout, not a gap.
      blank = -1;
      if (k === 0) lastData = i;
    }
  }

  /** Every cell finding of `code`, listed or not (a report lists a thousand of a code), in sheet order. */
  cellFindings(code: string): Finding[] {
    const out: Finding[] = [];
    for (const row of Int32Array.from(this.findingsAt.keys()).sort())
      if (this.parsed.present[row - this.parsed.first])
        for (const x of this.findingsAt.get(row)!) if (x.code === code) out.push(x.shown());
    return out;
  }

  /** The fiscal years the data rows give in a column of their own (the 2568 layout, e-GP's export). */
  private rowYears(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.parsed.slots; i++) {
      const y = this.parsed.fiscalYear[i]!;
      if (this.parsed.present[i] && y !== NONE) out.push(y);
    }
    return out;
  }

  /** Each data row's fiscal year: its own (unless its date's is `otherwise`), else its date's, else `otherwise` (the title's). */
  private yearsBy(otherwise: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.parsed.slots; i++) {
      if (!this.parsed.present[i]) continue;
      const own = this.parsed.fiscalYear[i]!;
      const d = this.dateAt(i);
      // A row whose date is of the title's year sides with the title, whatever its own year cell says:
      // two against one (a ปีงบประมาณ column filled down from last year's file is then what is said).
      const dated = d ? fiscalYearOf(d) : null;
      out.push(own !== NONE && dated !== otherwise ? own : (dated ?? otherwise));
    }
    return out;
  }

  /** The date that says a row's year: its signing date; a plan's (O14) expected start, having none. */
  private dateAt(i: number): Day | undefined {
    return this.parsed.signDateAt(i) ?? this.parsed.plannedStartAt(i);
  }

  /**
   * The signing dates of the rows (not a plan's expected starts), gathered once for the rules of a
   * result() that ask (result() forgets them first: the rows may have changed since).
   */
  private signingDays(): readonly Day[] {
    return (this.signing ??= this.parsed.signDates());
  }

  /** The signing dates of the data rows (asked for only when the title names no fiscal year). */
  private signed(): Day[] {
    const out: Day[] = [];
    for (let i = 0; i < this.parsed.slots; i++) {
      const d = this.dateAt(i);
      if (d && this.parsed.present[i]) out.push(d);
    }
    return out;
  }

  /**
   * The merged areas' findings. Over one procurement and its bidders' rows, unmerging and filling every
   * row would make a copy of the procurement per bidder: the advice is to list them in one cell, said
   * once for the rows, however many columns are merged down over them.
   */
  private mergedFindings(merged: readonly MergedArea[]): Finding[] {
    const blocks = new Set<number>();
    const bidders = biddersAt(this.match);
    return merged.flatMap((m) => {
      const kinds = this.kinds.subarray(m.top - this.match.firstDataRow, m.bottom - this.match.firstDataRow + 1);
      const under = m.top - this.match.firstDataRow + 1;
      if (
        kinds.length < 2 ||
        kinds[0] !== DATA ||
        !kinds.subarray(1).every((_, j) => this.biddersAlone(under + j, bidders))
      )
        return [m.finding];
      if (blocks.has(m.top)) return [];
      blocks.add(m.top);
      return [this.bidderMerge(m)];
    });
  }

  private bidderMerge(m: MergedArea): Finding {
    return {
      ...m.finding,
      message: {
        th: `เซลล์ผสาน แถว ${m.top}–${m.bottom} ซึ่งแยกผู้เสนอราคาไว้แถวละราย ทำให้เรียงลำดับ กรอง และนำเข้าข้อมูลไม่ได้ ควรใส่ผู้เสนอราคาทุกรายในเซลล์เดียว บรรทัดละราย (Alt+Enter) แล้วลบแถวที่เหลือ`,
        en: `Merged cells (rows ${m.top}–${m.bottom}), with a bidder on each row, break sorting, filtering and import; list every bidder in one cell, a line each (Alt+Enter), and delete the other rows`,
      },
    };
  }

  /**
   * Bidders on rows of their own under a procurement, where no merged area (said already) joins them:
   * read as its bidders, which a forgotten procurement of one line would be too; said once a group.
   */
  private bidderRows(merged: readonly MergedArea[]): Finding[] {
    const out: Finding[] = [];
    const first = this.match.firstDataRow;
    const bidders = biddersAt(this.match);
    if (!bidders) return out;
    const col = bidders.col;
    // The procurement they go on with: the data row above them, past a PDF's second lines.
    let owner = 0;
    for (let i = 0; i < this.kinds.length; i++) {
      if (this.kinds[i] === DATA) owner = first + i;
      if (owner === 0 || !this.biddersAlone(i, bidders)) continue;
      let end = i;
      while (this.biddersAlone(end + 1, bidders)) end++;
      const [a, b] = [first + i, first + end];
      i = end;
      if (merged.some((m) => m.top <= owner && m.bottom >= b)) continue;
      const rows = a === b ? `${a}` : `${a}–${b}`;
      out.push(
        makeFinding(
          'bidder-rows',
          { sheet: this.grid.name, row: a, col },
          {
            th: `แถว ${rows} มีเพียงรายชื่อผู้เสนอราคา จึงนับเป็นผู้เสนอราคาของรายการแถว ${owner}: ถ้าเป็นรายการจัดซื้อจัดจ้างอีกรายการ ให้กรอกช่องอื่นให้ครบ ถ้าเป็นผู้เสนอราคา ควรใส่ไว้ในเซลล์เดียวกับแถว ${owner} บรรทัดละราย (Alt+Enter) เพื่อให้เรียงลำดับและกรองได้`,
            en: `Row${a === b ? '' : 's'} ${rows} hold${a === b ? 's' : ''} only bidders, so ${a === b ? 'it is' : 'they are'} read as bidders of the procurement in row ${owner}: if one is a procurement of its own, fill in its other cells; if they are bidders, list them in row ${owner}'s cell, a line each (Alt+Enter), so the table can be sorted and filtered`,
          },
        ),
      );
    }
    return out;
  }

  /** Whether the row in slot `i` goes on with the procurement above holding nothing but bidders. */
  private biddersAlone(i: number, bidders: BiddersAt | null): boolean {
    if (this.kinds[i] !== CONTINUATION || !bidders) return false;
    return blankOutside(this.grid.values[this.match.firstDataRow + i - 1] ?? [], bidders);
  }

  /** Findings for the whole table: the kept cell findings and the rules across rows. */
  result(): TableCheck {
    const { grid, match, parsed } = this;
    const limit = new FindingLimit();
    this.signing = undefined;
    // A merged area only in the notes under the table (O17's boxes to write in) is the form's layout.
    const merged = this.merged.filter((m) =>
      this.kinds.subarray(m.top - match.firstDataRow, m.bottom - match.firstDataRow + 1).includes(0),
    );
    const out: Finding[] = [...this.header, ...this.mergedFindings(merged), ...this.bidderRows(merged)];
    const rows = parsed.count();
    // Where the cell findings go, once the table's year (their examples') is known.
    const cellsAt = out.length;
    const rowsYear = mostOf(this.rowYears());
    const title = titleYear(grid, match.headerRow);
    // A title most rows disagree with, where rows carry their own year (the 2568 layout), is said to be
    // wrong, once, and the rows are judged by their year. Where only dates say it (O16), only every dated
    // row of one other year, or a title's year far from all (titleOffByDates).
    const monthly = isMonthlyForm(match.template);
    // Each row's month: its heading's inside the table (a six-month O21), else the title's.
    const found = monthly ? monthHeadings(grid, this.kinds, match.firstDataRow) : [];
    // Headings a year behind the rows and title (last year's left in): said once, and read a year on.
    const behind = found.length ? headingsYearBehind(grid.name, found, this.signingDays(), title?.year) : null;
    const headings = behind?.headings ?? found;
    // Month headings that all name another year than the title's are as telling as rows' own years:
    // with the rows' dates, they outvote a title copied from last year's file.
    const headingsYear =
      headings.length >= 2 && headings.every((h) => h.year === headings[0]!.year) ? headings[0]!.year : null;
    // A monthly form (สขร.1, O21: the forms with their bidders) names its month, often beside its fiscal
    // year: a month of another year than most rows' is said at it.
    const month = monthly ? monthTitle(grid, match.headerRow) : null;
    const monthOff = month && monthTitleOff(grid.name, month, this.signingDays(), rows);
    // Its month and most rows against the fiscal year the title names beside it ("ประจำเดือน ตุลาคม 2566
    // ปีงบประมาณ 2566"): the year is the slip, said once at the title, not at every row.
    const monthYear = month && !monthOff && month.year !== title?.year ? [month.year] : null;
    const titleOff =
      title && !match.template.importOnly && this.ctx.columnOf.has('fiscalYear')
        ? titleYearOff(grid.name, title, this.yearsBy(title.year))
        : title && headingsYear !== null && headingsYear !== title.year
          ? titleYearOff(grid.name, title, [...headings.map((h) => h.year), ...this.signed().map(fiscalYearOf)])
          : title && monthYear
            ? titleYearOff(grid.name, title, [...monthYear, ...this.signed().map(fiscalYearOf)])
            : // Not under a month's title or headings: they say which rows are out of place.
              title && !match.template.importOnly && !month && !headings.length
              ? titleOffByDates(grid.name, title, this.signingDays().map(fiscalYearOf), rows)
              : null;
    if (titleOff) out.push(titleOff.finding);
    if (monthOff) out.push(monthOff);
    if (behind) out.push(behind.finding);
    // A year in ค.ศ. in the title (or its month's), once a cell; its พ.ศ. offered where the year is not
    // said wrong besides.
    const ceTitle = title && titleCeYear(grid.name, title, !titleOff);
    const ceMonth =
      month &&
      !(title && title.row === month.row && title.col === month.col) &&
      titleCeYear(grid.name, month, !monthOff);
    for (const f of [ceTitle, ceMonth]) if (f) out.push(f);
    // A month the rows agree with sets the year: the October form, after September's rush, lists many
    // orders of late September, which are as they should be, and its October rows are in its year.
    // Else the sheet's name's ("ธ.ค.66" under the form's own title, which names none), where the rows agree.
    const ofName = monthly && !month ? monthOfName(grid.name) : null;
    const named = ofName && { ...ofName, row: 1, col: 1, text: grid.name, span: false };
    const byName = named && !monthTitleOff(grid.name, named, this.signingDays(), rows) ? named : null;
    const byMonth = month && !monthOff ? month : byName;
    // A title naming two years ("ปีงบประมาณ 2566 - 2567") is of the one most dated rows are in.
    const years = title?.span && title.last !== undefined ? { from: title.year, to: title.last } : undefined;
    const spanYear = years && fiscalYearFromDates(this.signed().filter((d) => inYears(years, fiscalYearOf(d))));
    const fiscalYear =
      titleOff?.year ??
      spanYear ??
      title?.year ??
      byMonth?.year ??
      rowsYear ??
      fiscalYearFromDates(this.signed()) ??
      // A summary of totals has no dates to tell its year by: unknown, not the form's.
      (match.template.rowsAreTotals ? null : match.template.year);
    // Cell messages are written when shown, from here: their examples take the table's year.
    this.ctx.exampleYear = fiscalYear;
    // The few rows with cell findings, in sheet order (after an update the map is not in row order).
    const cells: Finding[] = [];
    for (const row of Int32Array.from(this.findingsAt.keys()).sort())
      if (parsed.present[row - parsed.first])
        for (const x of this.findingsAt.get(row)!) if (limit.take(x.code)) cells.push(x.shown());
    out.splice(cellsAt, 0, ...cells);
    const lateOrders = byMonth ? monthBefore(byMonth) : undefined;
    // The last day the table lists: the title's "ณ วันที่ …"; O16's 31 March where only its name says
    // O16. A title's day most rows are after is the slip, said once at it.
    const asOfTitled = asOfTitle(grid, match.headerRow);
    const titleText = textAbove(grid, match.headerRow);
    let asOf: Cutoff | undefined = asOfTitled
      ? { day: asOfTitled.day, dayNumber: dayNumber(asOfTitled.day) }
      : this.ctx.columnOf.has('signDate') && fiscalYear !== null && namedItem(grid.name, titleText) === 'o16'
        ? o16Cutoff(fiscalYear)
        : undefined;
    // Only a day of another fiscal year than the table's is a slip: O16's own 31 March with later
    // contracts under it is the rows' mistake (they belong in O17), each said at its row.
    const asOfOff =
      asOfTitled &&
      asOf &&
      fiscalYear !== null &&
      fiscalYearOf(asOfTitled.day) !== fiscalYear &&
      titleCutoffOff(
        grid.name,
        asOfTitled,
        asOf.dayNumber,
        this.signingDays(),
        asOfWords(asOf.day),
        'signed-after-as-of',
      );
    if (asOfOff) {
      // Its day moves with the title's year where that is said wrong already (its fix moves the period).
      if (!titleOff) out.push(asOfOff);
      asOf = undefined;
    }
    let titleEnd = byMonth ? monthEndOf(byMonth.start, byMonth.month, undefined, !!byName) : undefined;
    const monthSlip =
      byMonth &&
      titleEnd &&
      titleCutoffOff(
        grid.name,
        byMonth,
        titleEnd.dayNumber,
        this.signingDays(),
        monthWords(byMonth.month, byMonth.start),
        'signed-after-month',
      );
    // A sheet's name is said wrong, and its month left unused, only where every dated row (two or more)
    // is after it: July's rows on a sheet named "มิ.ย.67" (a month's report is made after the month, so
    // rows before the name's month may be the month reported in).
    const signedDays = this.signingDays();
    // Undated rows (small buys) are reported under the name's month: where they are most, the name stands.
    const nameSlip =
      byName &&
      titleEnd &&
      signedDays.length >= 2 &&
      signedDays.length * 2 > rows &&
      signedDays.every((d) => dayNumber(d) > titleEnd!.dayNumber);
    const allRows =
      signedDays.length === rows
        ? { th: `ทุกรายการ (${rows} รายการ)`, en: `all ${rows} rows were` }
        : {
            th: `ทุกรายการที่ลงวันที่ (${signedDays.length} จาก ${rows} รายการ)`,
            en: `all ${signedDays.length} dated rows (of ${rows}) were`,
          };
    if (byName) {
      if (nameSlip) {
        out.push(
          makeFinding(
            'signed-after-month',
            { sheet: grid.name, row: 1, col: 1 },
            {
              th: `ชื่อแผ่นงาน "${grid.name}" ระบุเดือน ${thaiMonth(byName.start)} แต่${allRows.th} ลงนามหลังจากนั้น: ถ้าแผ่นงานนี้เป็นของเดือนอื่น ให้แก้ชื่อแผ่นงาน`,
              en: `The sheet's name "${grid.name}" names ${formatMonthEn(byName.start)}, but ${allRows.en} signed after it: if the sheet is of another month, rename it`,
            },
            { value: grid.name },
          ),
        );
        titleEnd = undefined;
      }
    } else if (monthSlip) {
      out.push(monthSlip);
      titleEnd = undefined;
    } else if (byMonth && !headings.length) {
      // Rows all of months before the month before (an earlier month's sheet copied), else a sheet's
      // name of another month than its title: once, at the title.
      const slip =
        monthTitleEarlyRows(grid.name, byMonth, signedDays, rows) ?? nameMonthOff(grid.name, byMonth, signedDays);
      if (slip) out.push(slip);
    }
    const byHeading = headings.length ? monthEndsByRow(headings, match.firstDataRow) : undefined;
    const monthEnd = byHeading ? (row: number) => byHeading(row) ?? titleEnd : titleEnd && (() => titleEnd);
    const missing = monthsMissing({
      sheet: grid.name,
      template: match.template,
      headings,
      signed: monthly ? this.signingDays() : [],
      fiscalYear,
      headerRow: match.headerRow,
      titleText,
    });
    if (missing) out.push(missing);
    const ctx: RuleContext = { ...this.ctx, out, held: undefined, limit, lateOrders, asOf, monthEnd, years };
    const judged = match.template.rowsAreTotals ? parsed : withoutBahtLike(grid.name, match, parsed, out);
    // The table's one year, where its rows say so themselves (not an export, which spans years, nor
    // under a title naming two).
    const oneYear = !match.template.importOnly && !years && rowsYear === fiscalYear ? fiscalYear : null;
    judgeEveryRow(ctx, judged, fiscalYear, oneYear);
    // A copy renumbered in ลำดับที่ is still a copy; in e-GP's export ลำดับ is a record's own number. A
    // column split into parts under its header is each of them: rows of two dates are two contracts.
    const cols = match.columns
      .filter((m) => m.column.id !== 'ordinal' || this.ctx.importSource)
      .flatMap((m) => Array.from({ length: m.span ?? 1 }, (_, i) => m.col + i));
    // Each cell's text with its length in front: no text can then pass for two cells.
    const copies = judgeTable(ctx, judged, (row) =>
      cols.map((c) => cellKey(this.read(row, c))).reduce((s, k) => `${s}${k.length}:${k}`, ''),
    );
    judgeRedFlags(ctx, judged, copies);
    this.blankRuns(out, limit);
    if (match.template.rowsAreTotals) this.totalsAddUp(out);
    else if (!match.template.importOnly) out.push(...this.totalLines());
    const agencies = severalAgencies(grid, match, this.kinds, match.firstDataRow);
    if (agencies) out.push(agencies);
    this.otherTable(out);
    this.tableBeside(out);
    out.push(...sectionFindings(grid, match, this.lastRow()));
    const max = match.template.maxRows;
    if (max !== undefined && rows > max)
      out.push(
        makeFinding(
          'rows-over-limit',
          { sheet: grid.name, row: match.headerRow, col: 1 },
          {
            th: `ตารางมี ${rows.toLocaleString('en-US')} รายการ แบบนี้แสดงไม่เกิน ${max} รายการ: เลือก ${max} รายการที่วงเงินงบประมาณสูงสุด`,
            en: `The table has ${rows.toLocaleString('en-US')} rows; this form lists at most ${max}: keep the ${max} with the largest budget`,
          },
        ),
      );
    out.push(...limit.summary(grid.name, match.headerRow));
    this.signing = undefined;
    return new CheckedTable(rows, fiscalYear, out, parsed, this.kinds, match.firstDataRow);
  }
}

/**
 * A list's amount of 1,000 ล้านบาท (a billion baht) or more is rare even for a ministry: the e-GP rows at
 * hand (250 buys of 2568) are at most 72,500 baht, and only the 20 largest contracts of a year in the
 * CGD's data (submarines, airports) reach 1,650–13,482 million. Most of a column at or over it may be baht.
 */
const BAHT_LIKE = 1_000_000_000;

/**
 * More than any one procurement: almost four times the largest contract of a year in the CGD's data (a
 * submarine, 13,482 million). A highway department's list of 1,500 and 2,300 million is real, but baht
 * typed under "(ล้านบาท)" reaches it with any buy of 50,000 baht or more. A list of baht all under it is
 * told only by the other sign; where every money column is so typed, they still compare in one unit.
 */
const NO_ONE_BUY = 50_000_000_000;
const OVER_ANY_BUY = { th: ' เกินกว่าที่การจัดซื้อจัดจ้างครั้งเดียวจะเป็นได้', en: ', more than any one procurement' };

/**
 * The rows as the rules across columns read them: without the amounts of a column in ล้านบาท (or
 * พันบาท) whose figures are mostly at or over BAHT_LIKE in baht and which shows baht by one more sign:
 * an amount at or over NO_ONE_BUY, or one typed as the figure in baht beside it in a column of another unit
 * (44,000 under "(ล้านบาท)" beside a budget of 45,000 in "(บาท)"). Said once at its header. Typed in baht,
 * they would make every row's comparison a figure a million times wrong. Still read in the header's unit
 * elsewhere (the summary's sums), as the finding says.
 */
function withoutBahtLike(sheet: string, match: HeaderMatch, parsed: ParsedRows, out: Finding[]): ParsedRows {
  const ids = ['budget', 'referencePrice', 'agreedPrice'] as const;
  let judged = parsed;
  for (const m of match.columns) {
    const id = ids.find((x) => x === m.column.id);
    const scale = m.column.scale;
    if (!id || !scale) continue;
    const amounts = parsed[id];
    // The money columns beside it in another unit, in baht.
    const others = match.columns.flatMap((o) => {
      const other = ids.find((x) => x === o.column.id);
      return other && other !== id && o.column.scale !== scale ? [{ column: o.column, amounts: parsed[other] }] : [];
    });
    // The figure typed as another column's baht on its row (within ten times of it), said as the sign.
    const beside = (i: number) => {
      const o = others.find((o) => o.amounts[i]! > 0 && Math.abs(Math.log10(amounts[i]! / scale / o.amounts[i]!)) < 1);
      if (!o) return undefined;
      const [name, shown] = [colName(o.column), formatMoney(o.amounts[i]!)];
      return { th: ` ขณะที่${name.th}ในแถวเดียวกันเป็น ${shown} บาท`, en: `, beside ${shown} baht in ${name.en}` };
    };
    let [given, large, first] = [0, 0, -1];
    let why: { th: string; en: string } | undefined;
    for (let i = 0; i < parsed.slots; i++) {
      if (!parsed.present[i] || !(amounts[i]! > 0)) continue;
      given++;
      if (amounts[i]! < BAHT_LIKE) continue;
      large++;
      if (why) continue;
      why = amounts[i]! >= NO_ONE_BUY ? OVER_ANY_BUY : beside(i);
      if (why) first = i;
    }
    if (large * 2 <= given || !why) continue;
    const n = colName(m.column);
    const unit = UNIT_NAMES.get(scale) ?? { th: `${scale} บาท`, en: `${scale} baht` };
    const [row, baht] = [parsed.first + first, amounts[first]!];
    const [figure, bound] = [formatMoney(baht / scale), formatMoney(BAHT_LIKE / scale)];
    out.push(
      makeFinding(
        'unit-mismatch',
        { sheet, row: match.headerRow + match.headerRows - 1, col: m.col, column: m.column },
        {
          th: `หัวคอลัมน์ ${n.th} ระบุหน่วยเป็น${unit.th} จึงอ่านจำนวนเงินในหน่วยนั้น แต่ ${large} จาก ${given} รายการมีค่าตั้งแต่ ${bound} ${unit.th} ขึ้นไป (แถว ${row}: ${figure} ${unit.th} = ${formatMoney(baht)} บาท${why.th}) ซึ่งดูเหมือนเขียนเป็นบาท: ถ้าเป็นบาท ให้แก้หน่วยในหัวคอลัมน์เป็น "(บาท)" ระหว่างนี้จึงไม่นำจำนวนเงินในคอลัมน์นี้ไปเทียบกับคอลัมน์อื่น`,
          en: `Header ${n.en} says ${unit.en}, so its amounts are read in ${unit.en}, but ${large} of ${given} are ${bound} ${unit.en} or more (row ${row}: ${figure} ${unit.en} = ${formatMoney(baht)} baht${why.en}), which looks like baht: if they are baht, make the header's unit "(บาท)"; until then its amounts are not compared with the other columns`,
        },
        { value: figure },
      ),
    );
    // The rules read through a copy whose column holds no amounts; the rows themselves keep theirs.
    if (judged === parsed) judged = Object.create(parsed) as ParsedRows;
    (judged as { -readonly [K in typeof id]: ParsedRows[K] })[id] = new Float64Array(parsed.slots).fill(NaN);
  }
  return judged;
}

/**
 * A table's check. Row objects are built only for those who ask (summaries): a check of a million
 * rows never builds them. A class, not an object literal with a getter: each such literal gets a
 * hidden class of its own, which lives in the old generation and keeps everything the getter holds
 * (every kept row) alive through minor collections, at a cost on every check.
 */
class CheckedTable implements TableCheck {
  private objects: ParsedRow[] | undefined;

  constructor(
    readonly rows: number,
    readonly fiscalYear: number | null,
    readonly findings: Finding[],
    private readonly source: ParsedRows,
    private readonly kinds: Uint8Array,
    private readonly firstDataRow: number,
  ) {}

  get parsed(): readonly ParsedRow[] {
    return (this.objects ??= this.source.rows());
  }

  get totalRows(): readonly number[] {
    const out: number[] = [];
    for (let i = 0; i < this.kinds.length; i++) if (this.kinds[i] === TOTAL_ROW) out.push(this.firstDataRow + i);
    return out;
  }
}

/** Judge every data row of a procurement table: each cell, each row, the table, the red flags. */
export function checkProcurementTable(grid: SheetGrid, match: HeaderMatch): TableCheck {
  return new ProcurementTable(grid, match).result();
}
