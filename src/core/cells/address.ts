import type { CellRange } from './value';
/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "'My sheet'!$F$2" → "$F$2": an address without its sheet (Office.js gives addresses with it). */
export function withoutSheet(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}

/** "AB12" → { row: 12, col: 28 }; null when not a single-cell A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Excel's last row and column: a whole row or column ("$1:$50", "$A:$L") reaches them. */
const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * The areas of a reference as Excel writes one ("'O16'!$A$1:$L$50,'O16'!$A$60:$L$70", "A1", "$1:$50",
 * "$A:$L"), 1-based and inclusive, with any sheet name dropped (one may hold a comma when quoted). Parts
 * that are no reference are passed over.
 */
export function parseAreas(reference: string): CellRange[] {
  const parts: string[] = [];
  let part = '';
  let quoted = false;
  for (const ch of reference) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(part);
      part = '';
    } else part += ch;
  }
  parts.push(part);
  const out: CellRange[] = [];
  for (const p of parts) {
    const ref = withoutSheet(p).trim();
    const cells = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref);
    const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
    const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(ref);
    if (cells) {
      const [top, left] = [Number(cells[2]), columnNumber(cells[1]!)];
      out.push({
        top,
        left,
        bottom: cells[4] ? Number(cells[4]) : top,
        right: cells[3] ? columnNumber(cells[3]) : left,
      });
    } else if (rows) out.push({ top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: LAST_COL });
    else if (cols) out.push({ top: 1, left: columnNumber(cols[1]!), bottom: LAST_ROW, right: columnNumber(cols[2]!) });
  }
  return out;
}

/** An area as Excel writes it (parseAreas' inverse, without $): "A1", "A1:L50", whole rows "3:3", whole columns "A:B". */
export function areaAddress(a: CellRange): string {
  if (a.left === 1 && a.right === LAST_COL) return `${a.top}:${a.bottom}`;
  if (a.top === 1 && a.bottom === LAST_ROW) return `${columnLetter(a.left)}:${columnLetter(a.right)}`;
  if (a.top === a.bottom && a.left === a.right) return a1(a.top, a.left);
  return `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}

/**
 * What is printed of a sheet whose print area is `area` (see SheetGrid.printArea): its areas, and the
 * rows and columns of `titles` printed on every page; nothing when no print area is set.
 */
export function printedAreas(
  area: string | null | undefined,
  titles: readonly (string | null | undefined)[],
): CellRange[] {
  const areas = parseAreas(area ?? '');
  return areas.length ? [...areas, ...titles.flatMap((t) => parseAreas(t ?? ''))] : [];
}

/** Ascending rows as runs of consecutive rows (first and last row of each), or null when there are none. */
export function runsOf(rows: Iterable<number>): [number, number][] | null {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs.length ? runs : null;
}

/**
 * Cells ("B5", "B6", "D9") as the fewest column blocks ("B5:B6", "D9"), column by column and top down:
 * a column of findings is marked by one rule, not one per cell.
 */
export function columnBlocks(cells: readonly string[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const at = parseA1(c);
    if (!at) continue;
    const rows = byCol.get(at.col) ?? [];
    byCol.set(at.col, rows);
    rows.push(at.row);
  }
  const out: string[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    for (const [top, bottom] of runsOf(sorted) ?? [])
      out.push(top === bottom ? a1(top, col) : `${a1(top, col)}:${a1(bottom, col)}`);
  }
  return out;
}

/** Whether cell (row, col) lies in area `a`. */
export function inArea(a: CellRange, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}
