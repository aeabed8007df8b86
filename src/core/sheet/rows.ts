import { cellAt, displayValue, isBlank, isBlankText, type SheetGrid } from '../cells/value';
import { collapseSpaces, foldForMatch, thaiDigitsToArabic } from '../text/thai';
import type { HeaderMatch } from './header';

export type RowKind = 'data' | 'blank' | 'total' | 'repeated-header' | 'footer' | 'heading';

/** Row kinds as small numbers, one byte per row of a large sheet. */
export const ROW_KINDS: readonly RowKind[] = ['data', 'blank', 'total', 'repeated-header', 'footer', 'heading'];
const DATA = 0;
const BLANK = 1;
const TOTAL_ROW = 2;
const REPEATED = 3;
const FOOTER_ROW = 4;
const HEADING = 5;

// "รวม", "ยอดรวมทั้งสิ้น", "รวมเป็นเงินทั้งสิ้น", "รวมทั้งสิ้น (5 รายการ)", "รวมทั้งสิ้น จำนวน 5 รายการ".
const TOTAL =
  /^(ยอด)?(รวม(เป็นเงิน|เงิน|ยอด)?(ทั้งสิ้น|ทั้งหมด)?|grand ?total|total|sum)\s*[:：]?\s*(\(?\s*(จำนวน)?\s*\d+\s*(รายการ|โครงการ)\s*\)?)?$/i;
const TOTAL_START = /^\s*(รวม|ยอด|total|sum|grand)/i;
// Notes and signature blocks typed under a table.
const FOOTER =
  /^(\(?ลง(ชื่อ|นาม)|ผู้(จัดทำ|รายงาน|ตรวจสอบ|อนุมัติ|รับรอง)|หมายเหตุ|ตำแหน่ง|ข้อมูล ณ|ที่มา|แหล่งที่มา|สรุป|note|source|prepared by|\.{3,}|…)/i;
const NAME_IN_BRACKETS = /^\(\s*(นาย|นาง|นางสาว|น\.ส\.|ว่าที่|mr|mrs|ms)[^)]*\)$/i;
// A monthly summary's headings (O21, สขร.1): "เดือนตุลาคม 2565", "ประจำเดือน ต.ค. 65", and the line an
// office writes for a month with nothing bought, "ไม่มีการจัดซื้อจัดจ้าง".
const MONTH =
  '(?:ม\\.?ค\\.?|ก\\.?พ\\.?|มี\\.?ค\\.?|เม\\.?ย\\.?|พ\\.?ค\\.?|มิ\\.?ย\\.?|ก\\.?ค\\.?|ส\\.?ค\\.?|ก\\.?ย\\.?|ต\\.?ค\\.?|พ\\.?ย\\.?|ธ\\.?ค\\.?|[\\u0E01-\\u0E4E]+(?:คม|ยน|พันธ์))';
const HEADING_TEXT = new RegExp(
  `^((ประจำ)?เดือน\\s*${MONTH}\\.?\\s*(พ\\.?\\s?ศ\\.?\\s*)?[0-9๐-๙]{2,4}|-?\\s*ไม่มี(การ)?(จัดซื้อ|จัดจ้าง|ซื้อ|จ้าง)[^0-9]*)$`,
);

/** A column number as forms write it: 3, "3", "(3)", "(๓)", "๓.", else NaN. */
function ordinal(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v.length > 8) return NaN;
  const m = /^\s*\(?\s*(\d{1,2})\s*[).]?\s*$/.exec(thaiDigitsToArabic(v));
  return m ? Number(m[1]) : NaN;
}

/**
 * Which rows under the header hold procurements. Blank rows, totals, a header repeated on a later
 * page, and notes or signatures under the table are recognised and left unjudged.
 */
export function classifyRows(grid: SheetGrid, match: HeaderMatch): { row: number; kind: RowKind }[] {
  const kinds = rowKinds(grid, match);
  return Array.from(kinds, (k, i) => ({ row: match.firstDataRow + i, kind: ROW_KINDS[k]! }));
}

/** The kind of every row from the first data row down, as ROW_KINDS indexes (0 = data). */
export function rowKinds(grid: SheetGrid, match: HeaderMatch): Uint8Array {
  const kinds = new RowKinds(grid, match);
  const out = new Uint8Array(kinds.count);
  for (let i = 0; i < out.length; i++) out[i] = kinds.next();
  return out;
}

/**
 * Row kinds read one row at a time, from the first data row down: a check judges each data row as
 * soon as it is known to be one, while its cells are still in the processor's cache. A row's kind
 * depends on the rows above it (a signature starts the footer; a repeated header ends it).
 */
export class RowKinds {
  /** Rows from the first data row to the end of the sheet. */
  readonly count: number;
  private readonly cols: number[];
  /** Index (in match order) of the ลำดับที่ column, or −1. */
  private readonly ordinalIndex: number;
  /** The matched columns in sheet order: a row of column numbers counts along them. */
  private readonly sheetOrder: number[];
  private readonly headerFolds: string[];
  private readonly headerRaw: string[];
  private readonly repeatNeeded: number;
  /** The labels of the form's own blocks under the table (O17's ปัญหา/อุปสรรค, ข้อเสนอแนะ), folded. */
  private readonly noteLabels: string[];
  private row: number;
  private inFooter = false;

  constructor(
    private readonly grid: SheetGrid,
    match: HeaderMatch,
  ) {
    this.cols = match.columns.map((c) => c.col);
    this.sheetOrder = [...this.cols].sort((a, b) => a - b);
    this.ordinalIndex = match.columns.findIndex((c) => c.column.id === 'ordinal');
    this.headerFolds = match.columns.map((c) => foldForMatch(c.header));
    this.headerRaw = match.columns.map((c) => c.header);
    this.repeatNeeded = Math.max(2, Math.ceil(this.cols.length / 2));
    this.noteLabels = (match.template.notes ?? []).map((n) => foldForMatch(n.label.th)).filter((x) => x !== '');
    this.row = match.firstDataRow;
    this.count = Math.max(0, grid.values.length - match.firstDataRow + 1);
  }

  /** The kind of the next row. */
  next(): number {
    const { grid, cols } = this;
    const row = this.row++;
    const values = grid.values[row - 1];
    let count = 0;
    let first: unknown = null;
    let firstIndex = -1;
    if (values) {
      for (let i = 0; i < cols.length; i++) {
        const v = values[cols[i]! - 1];
        if (v === null || v === undefined || (typeof v === 'string' && isBlankText(v))) continue;
        if (count === 0) {
          first = v;
          firstIndex = i;
        }
        // Only none, one, two or more matter below: a full row is told by its first three cells.
        if (++count === 3) break;
      }
    }
    // A row numbered in advance (a number in ลำดับที่, nothing else) is still empty.
    if (count === 1 && firstIndex === this.ordinalIndex && ordinal(first) >= 1) count = 0;
    if (count === 0) {
      // A row empty in every matched column may still carry a note in another column.
      const other = values?.find((v) => !isBlank(v));
      if (other !== undefined && FOOTER.test(collapseSpaces(displayValue(other)))) this.inFooter = true;
      return BLANK;
    }
    // The forms' column numbers under the header ("(๑) … (๑๒)", or 1 … 12) are part of the header.
    if (count >= 2 && ordinal(first) >= 1 && this.isNumbering(values!)) return REPEATED;
    if (typeof first !== 'string') return this.inFooter ? FOOTER_ROW : DATA;
    // Only a row whose first text is itself a header can be a repeated header: fold the rest then.
    if (
      first.length <= this.headerRaw[firstIndex]!.length + 12 &&
      foldForMatch(first) === this.headerFolds[firstIndex]
    ) {
      let same = 0;
      for (let i = 0; i < cols.length; i++) {
        const v = cellAt(grid, row, cols[i]!);
        if (typeof v === 'string' && foldForMatch(v) === this.headerFolds[i]) same++;
      }
      if (same >= this.repeatNeeded) {
        this.inFooter = false; // a new page starts
        return REPEATED;
      }
    }
    if (first.length < 40 && TOTAL_START.test(first) && TOTAL.test(collapseSpaces(first))) return TOTAL_ROW;
    if (count <= 2) {
      const t = collapseSpaces(first);
      if (FOOTER.test(t) || NAME_IN_BRACKETS.test(t) || this.isNoteLabel(t)) this.inFooter = true;
      else if (t.length < 60 && HEADING_TEXT.test(t)) return HEADING;
    }
    return this.inFooter ? FOOTER_ROW : DATA;
  }

  /** Whether the matched columns, in sheet order, hold 1, 2, 3 … (the first may be where the numbers start). */
  private isNumbering(values: readonly unknown[]): boolean {
    const cols = this.sheetOrder;
    let start = 0;
    while (start < cols.length && ordinal(values[cols[start]! - 1]) !== 1) start++;
    if (cols.length - start < 2) return false;
    for (let i = start; i < cols.length; i++) if (ordinal(values[cols[i]! - 1]) !== i - start + 1) return false;
    return true;
  }

  private isNoteLabel(text: string): boolean {
    if (this.noteLabels.length === 0) return false;
    const f = foldForMatch(text);
    return this.noteLabels.some((label) => f.startsWith(label));
  }
}
