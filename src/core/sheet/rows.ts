import { cellAt, displayValue, isBlank, type SheetGrid } from '../cells/value';
import { collapseSpaces, foldForMatch } from '../text/thai';
import type { HeaderMatch } from './header';

export type RowKind = 'data' | 'blank' | 'total' | 'repeated-header' | 'footer';

const TOTAL =
  /^(รวม(ทั้งสิ้น|ทั้งหมด|เงิน|ยอด)?|ยอดรวม|รวมเป็นเงิน|grand ?total|total|sum)\s*[:：]?\s*(\d+\s*(รายการ|โครงการ))?$/i;
// Notes and signature blocks typed under a table.
const FOOTER =
  /^(\(?ลง(ชื่อ|นาม)|ผู้(จัดทำ|รายงาน|ตรวจสอบ|อนุมัติ|รับรอง)|หมายเหตุ|ตำแหน่ง|ข้อมูล ณ|ที่มา|แหล่งที่มา|สรุป|note|source|prepared by|\.{3,}|…)/i;
const NAME_IN_BRACKETS = /^\(\s*(นาย|นาง|นางสาว|น\.ส\.|ว่าที่|mr|mrs|ms)[^)]*\)$/i;

function rowTexts(grid: SheetGrid, row: number, cols: readonly number[]): string[] {
  const out: string[] = [];
  for (const c of cols) {
    const v = cellAt(grid, row, c);
    if (!isBlank(v)) out.push(collapseSpaces(displayValue(v)));
  }
  return out;
}

/**
 * Which rows under the header hold procurements. Blank rows, totals, a header repeated on a later
 * page, and notes or signatures under the table are recognised and left unjudged.
 */
export function classifyRows(grid: SheetGrid, match: HeaderMatch): { row: number; kind: RowKind }[] {
  const cols = match.columns.map((c) => c.col);
  const headerFolds = new Map(match.columns.map((c) => [c.col, foldForMatch(c.header)]));
  const out: { row: number; kind: RowKind }[] = [];
  let inFooter = false;
  for (let row = match.firstDataRow; row <= grid.values.length; row++) {
    const texts = rowTexts(grid, row, cols);
    if (texts.length === 0) {
      // A row empty in every matched column may still carry a note in another column.
      const wide = grid.values[row - 1] ?? [];
      const other = wide.find((v) => !isBlank(v));
      if (other !== undefined && FOOTER.test(collapseSpaces(displayValue(other)))) inFooter = true;
      out.push({ row, kind: 'blank' });
      continue;
    }
    let same = 0;
    for (const m of match.columns) {
      const v = cellAt(grid, row, m.col);
      if (!isBlank(v) && foldForMatch(displayValue(v)) === headerFolds.get(m.col)) same++;
    }
    if (same >= Math.max(2, Math.ceil(match.columns.length / 2))) {
      inFooter = false; // a new page starts
      out.push({ row, kind: 'repeated-header' });
      continue;
    }
    const first = texts[0]!;
    if (TOTAL.test(first)) {
      out.push({ row, kind: 'total' });
      continue;
    }
    if (texts.length <= 2 && (FOOTER.test(first) || NAME_IN_BRACKETS.test(first))) inFooter = true;
    out.push({ row, kind: inFooter ? 'footer' : 'data' });
  }
  return out;
}
