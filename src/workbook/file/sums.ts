import { columnLetter, inArea, parseA1 } from '../../core/cells/address';
import type { CellRange, CellValue } from '../../core/cells/value';

/**
 * A "รวม" cell's formula that adds up cells of its own sheet: =SUM(C4:C15), =SUBTOTAL(9,C4:C15).
 * Where the file is fixed without Excel (the pane in a browser), its stored result is out of date;
 * these are worked out again from the fixed cells, as Excel will when it opens the copy.
 */
export interface SumFormula {
  readonly row: number;
  readonly col: number;
  readonly areas: readonly CellRange[];
  /** SUBTOTAL: it leaves out the SUBTOTALs in its areas (Data › Subtotal's grand total over the months'). */
  readonly subtotal: boolean;
}

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\d(!])/gi;
const SUM = /^=?\s*(?:SUM\(|SUBTOTAL\(\s*(?:9|109)\s*,)([^()!'"]*)\)\s*$/i;
const AREA = /^\s*(\$?[A-Z]{1,3}\$?\d{1,7})(?::(\$?[A-Z]{1,3}\$?\d{1,7}))?\s*$/i;

/** A formula's areas when it is a plain sum of cells of its own sheet, else null. */
export function sumFormula(formula: string, row: number, col: number): SumFormula | null {
  const m = SUM.exec(formula);
  if (!m) return null;
  const areas: CellRange[] = [];
  for (const arg of m[1]!.split(',')) {
    const a = AREA.exec(arg);
    const [from, to] = a ? [parseA1(a[1]!), parseA1(a[2] ?? a[1]!)] : [null, null];
    if (!from || !to) return null;
    areas.push({
      top: Math.min(from.row, to.row),
      bottom: Math.max(from.row, to.row),
      left: Math.min(from.col, to.col),
      right: Math.max(from.col, to.col),
    });
  }
  return { row, col, areas, subtotal: /^=?\s*SUBTOTAL/i.test(formula) };
}

const columnOf = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A shared formula's text as it reads in a cell `rows` and `cols` from its first: relative references moved. */
export function movedFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(REF, (ref, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    const col = colAbs ? columnOf(letters) : columnOf(letters) + cols;
    const row = rowAbs ? Number(digits) : Number(digits) + rows;
    return col < 1 || row < 1 ? ref : `${colAbs}${columnLetter(col)}${rowAbs}${row}`;
  });
}

/**
 * `values` (rows to change copied in place by `writable`) with the sums that read a changed cell worked
 * out again, top to bottom (a grand total of subtotals after them), as Excel's SUM does: numbers only.
 */
export function withSumsRedone(
  values: CellValue[][],
  sums: readonly SumFormula[],
  changed: readonly { readonly row: number; readonly col: number }[],
  writable: (row: number) => CellValue[],
): void {
  const moved = [...changed];
  const reads = (s: SumFormula) => moved.some((c) => s.areas.some((a) => inArea(a, c.row, c.col)));
  const subtotals = new Set(sums.filter((s) => s.subtotal).map((s) => `${s.row},${s.col}`));
  for (const s of [...sums].sort((a, b) => a.row - b.row || a.col - b.col)) {
    if (!reads(s)) continue;
    let total = 0;
    for (const a of s.areas)
      for (let r = a.top; r <= Math.min(a.bottom, values.length); r++) {
        const line = values[r - 1] ?? [];
        for (let c = a.left; c <= Math.min(a.right, line.length); c++) {
          const v = line[c - 1];
          if (typeof v !== 'number' || (r === s.row && c === s.col)) continue;
          if (s.subtotal && subtotals.has(`${r},${c}`)) continue;
          total += v;
        }
      }
    // Rounded as Excel shows a sum of amounts in satang (0.1 + 0.2 is 0.3).
    writable(s.row)[s.col - 1] = Math.round(total * 1e6) / 1e6;
    moved.push({ row: s.row, col: s.col });
  }
}
