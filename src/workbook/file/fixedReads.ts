import type { CellRange } from '../../core/cells/value';

/** Excel's last row and column: a whole column (A:A) or row (1:1) reaches them. */
const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;

/** Cells of one sheet, asked whether an area holds one of them: rows kept sorted column by column. */
export class CellSet {
  private readonly byCol = new Map<number, number[]>();
  private readonly areas: CellRange[] = [];

  add(row: number, col: number): void {
    const rows = this.byCol.get(col) ?? [];
    if (!rows.length) this.byCol.set(col, rows);
    // Cells come in the sheet's order or against it (see FixedReads.settle): the place is searched.
    const at = firstAtOrBelow(rows, row);
    if (rows[at] !== row) rows.splice(at, 0, row);
  }

  addArea(a: CellRange): void {
    this.areas.push(a);
  }

  meets(a: CellRange): boolean {
    if (this.areas.some((b) => b.top <= a.bottom && a.top <= b.bottom && b.left <= a.right && a.left <= b.right))
      return true;
    for (const [col, rows] of this.byCol) {
      if (col < a.left || col > a.right) continue;
      const lo = firstAtOrBelow(rows, a.top);
      if (lo < rows.length && rows[lo]! <= a.bottom) return true;
    }
    return false;
  }
}

/** The index of the first of sorted `rows` at or below `row` (rows.length if none). */
function firstAtOrBelow(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]! < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An area a formula cites, with which of its edges are absolute ($): those stay where a shared formula moves. */
interface AreaRead {
  readonly kind: 'area';
  readonly sheet: string | null;
  readonly area: CellRange;
  readonly fixedRows: readonly [boolean, boolean];
  readonly fixedCols: readonly [boolean, boolean];
}

/** A table's columns a structured reference cites (tbl[ราคา], [@ราคา], tbl[[a]:[c]]); null: all of them. */
interface TableRead {
  readonly kind: 'table';
  readonly table: string | null;
  readonly columns: readonly (readonly [string, string])[] | null;
}

interface NameRead {
  readonly kind: 'name';
  readonly name: string;
}

/** What a formula reads, found once: a shared formula's cells move its areas. */
export type Read = AreaRead | TableRead | NameRead;

/**
 * Functions that read cells their arguments do not name (INDIRECT("B"&n), OFFSET(A1,5,0), CELL()
 * with no cell, a spill's anchor) or compute text as a formula: what they read cannot be told.
 */
const UNTOLD = new Set(['INDIRECT', 'OFFSET', 'CELL', 'ANCHORARRAY', 'EVALUATE', 'INFO']);
/** Excel's error values, as a formula may hold them. */
const ERROR =
  /#(?:REF!|N\/A|DIV\/0!|NAME\?|NULL!|NUM!|VALUE!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)/iy;
const WORD = /[\p{L}\p{M}\p{N}_.\\$]+/uy;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/iy;
const ROWS = /\d{1,7}:\$?\d{1,7}(?![\p{L}\p{M}\p{N}_.([!])/uy;
const CELL = /^(\$?)([A-Z]{1,3})(\$?)(\d{1,7})$/i;
const COLUMN = /^(\$?)([A-Z]{1,3})$/i;
const ROW = /^(\$?)(\d{1,7})$/;

function matchAt(re: RegExp, s: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(s)?.[0] ?? null;
}

const columnNumber = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

interface End {
  readonly row: number | null;
  readonly col: number | null;
  /** Whether the row and the column are absolute ($, or the whole of them). */
  readonly abs: readonly [boolean, boolean];
}

/** One end of an area: a cell, a whole column or a whole row. */
function endOf(word: string, as: 'cell' | 'column' | 'row'): End | null {
  const m = (as === 'cell' ? CELL : as === 'column' ? COLUMN : ROW).exec(word);
  if (!m) return null;
  if (as === 'row') return Number(m[2]) ? { row: Number(m[2]), col: null, abs: [!!m[1], true] } : null;
  const col = columnNumber(m[2]!);
  if (col > LAST_COL) return null;
  return as === 'column' ? { row: null, col, abs: [true, !!m[1]] } : { row: Number(m[4]), col, abs: [!!m[3], !!m[1]] };
}

/** The area `from`:`to` (cells, columns or rows), or null when they are no two ends of one kind. */
function areaOf(sheet: string | null, from: string, to: string): AreaRead | null {
  for (const as of ['cell', 'column', 'row'] as const) {
    const [a, b] = [endOf(from, as), endOf(to, as)];
    if (!a || !b) continue;
    return {
      kind: 'area',
      sheet,
      area: {
        top: Math.min(a.row ?? 1, b.row ?? 1),
        bottom: Math.max(a.row ?? LAST_ROW, b.row ?? LAST_ROW),
        left: Math.min(a.col ?? 1, b.col ?? 1),
        right: Math.max(a.col ?? LAST_COL, b.col ?? LAST_COL),
      },
      fixedRows: [a.abs[0], b.abs[0]],
      fixedCols: [a.abs[1], b.abs[1]],
    };
  }
  return null;
}

/** An area as a part writes one ("B5", "B5:D9"), or null. */
export function areaWritten(ref: string): CellRange | null {
  const [from, to] = ref.split(':');
  return (from && areaOf(null, from, to ?? from)?.area) || null;
}

/** Where the quoted text starting at `at` ends (past its closing quote; doubled quotes stay in it), or -1. */
function pastQuoted(f: string, at: number, quote: string): number {
  for (let i = at + 1; i < f.length; i++) {
    if (f[i] !== quote) continue;
    if (f[i + 1] === quote) i++;
    else return i + 1;
  }
  return -1;
}

/** The columns a structured reference's brackets (`inner`, without the outer pair) cite; null: all. */
function columnsCited(inner: string): [string, string][] | null {
  const items: { text: string; joined: boolean }[] = [];
  const body = inner.trim().replace(/^@\s*/, '');
  if (!body.startsWith('[')) items.push({ text: body, joined: false });
  else
    for (let i = 0, joined = false; i < body.length;) {
      const ch = body[i]!;
      if (ch === '[') {
        let j = i + 1;
        while (j < body.length && body[j] !== ']') j += body[j] === "'" ? 2 : 1;
        items.push({ text: body.slice(i + 1, j), joined });
        joined = false;
        i = j + 1;
      } else {
        if (ch === ':') joined = true;
        i++;
      }
    }
  const out: [string, string][] = [];
  for (const { text, joined } of items) {
    // #All, #Data, #Headers, #Totals, #This Row: rows, and the table's rows are all taken anyway.
    if (text.trim().startsWith('#')) continue;
    const name = text.trim().replace(/^@\s*/, '').replace(/'(.)/g, '$1');
    if (!name) continue;
    const last = out[out.length - 1];
    if (joined && last) last[1] = name;
    else out.push([name, name]);
  }
  return out.length ? out : null;
}

/**
 * What formula `f` (as a cell holds it, without "=") reads: the areas it cites (with their sheet, or
 * none for its own), the tables' columns and the defined names. Null when that cannot be told: a
 * function reading cells its arguments do not name (INDIRECT, OFFSET), a 3D reference, another
 * workbook's, a range joining anything but two plain ends (A1:INDEX(…)), a spill (A1#), text not
 * understood.
 */
export function readsOf(f: string): Read[] | null {
  const out: Read[] = [];
  // An area or a name after its sheet's name (or none); the index past it, or -1.
  const reference = (at: number, sheet: string | null): number => {
    const first = matchAt(WORD, f, at);
    if (!first) {
      const error = sheet !== null ? matchAt(ERROR, f, at) : null;
      return error ? at + error.length : -1;
    }
    const past = at + first.length;
    if (f[past] === ':') {
      const second = matchAt(WORD, f, past + 1);
      const area = second && !/[([!:#]/.test(f[past + 1 + second.length] ?? '') ? areaOf(sheet, first, second) : null;
      if (!area) return -1;
      out.push(area);
      return past + 1 + second!.length;
    }
    if (CELL.test(first)) out.push(areaOf(sheet, first, first)!);
    else if (/^[\d$.]/.test(first)) return -1;
    else if (sheet !== null || !/^(?:TRUE|FALSE)$/i.test(first)) out.push({ kind: 'name', name: first });
    return past;
  };
  // A structured reference from its "[" (tbl[…], or […] in the formula's own table); the index past it, or -1.
  const structured = (at: number, table: string | null): number => {
    let depth = 0;
    for (let j = at; j < f.length; j++) {
      if (f[j] === "'") j++;
      else if (f[j] === '[') depth++;
      else if (f[j] === ']' && --depth === 0) {
        out.push({ kind: 'table', table, columns: columnsCited(f.slice(at + 1, j)) });
        return j + 1;
      }
    }
    return -1;
  };
  // Parentheses left open: text not understood.
  let open = 0;
  for (let i = 0; i < f.length;) {
    const ch = f[i]!;
    const word = matchAt(WORD, f, i);
    let next: number;
    if (ch === '"') next = pastQuoted(f, i, '"');
    else if (ch === "'") {
      const past = pastQuoted(f, i, "'");
      const sheet = f.slice(i + 1, past - 1).replace(/''/g, "'");
      // 'Jan:Mar'!B2 is 3D (a sheet's name holds no ":"), '[1]Sheet'!B2 another workbook's.
      next = past < 0 || f[past] !== '!' || /^\[|:/.test(sheet) ? -1 : reference(past + 1, sheet);
    } else if (ch === '#') {
      const error = matchAt(ERROR, f, i);
      next = error ? i + error.length : -1;
    } else if (ch === '[') next = /^\[\d+\]/.test(f.slice(i, i + 12)) ? -1 : structured(i, null);
    else if (ch === '{') {
      // An array of constants: numbers, texts, errors.
      let j = i + 1;
      while (j > 0 && j < f.length && f[j] !== '}') j = f[j] === '"' ? pastQuoted(f, j, '"') : j + 1;
      next = j > 0 && j < f.length ? j + 1 : -1;
    } else if (/\d/.test(ch) && matchAt(ROWS, f, i)) {
      const rows = matchAt(ROWS, f, i)!;
      const [from, to] = rows.split(':');
      const area = areaOf(null, from!, to!);
      if (area) out.push(area);
      next = area ? i + rows.length : -1;
    } else if (/[\d.]/.test(ch)) {
      const n = matchAt(NUMBER, f, i);
      next = n ? i + n.length : -1;
    } else if (word) {
      const past = i + word.length;
      const after = f[past];
      const following = matchAt(WORD, f, past + 1);
      if (after === '(') {
        const fn = word.toUpperCase().replace(/^(?:_XLFN\.|_XLWS\.|_XLL\.)+/, '');
        next = UNTOLD.has(fn) ? -1 : past + 1;
        open++;
      } else if (after === '!') next = reference(past + 1, word);
      else if (after === '[') next = structured(past, word);
      // Jan:Mar!B2, a 3D reference.
      else if (after === ':' && following && f[past + 1 + following.length] === '!') next = -1;
      else next = reference(i, null);
    } else if (ch === ':') next = -1;
    else {
      open += ch === '(' ? 1 : ch === ')' ? -1 : 0;
      next = open < 0 ? -1 : i + 1;
    }
    if (next < 0) return null;
    i = next;
  }
  return open ? null : out;
}

/** A table of a fixed sheet, as its part has it. */
export interface SheetTable {
  readonly name: string;
  readonly sheet: string;
  readonly area: CellRange;
  readonly columns: readonly string[];
}

const key = (name: string) => name.toUpperCase();

/**
 * Whether a formula may read a cell fixed in a copy (its stored result is then out of date), told from
 * the cells fixed, by sheet; the tables of the fixed sheets; and the workbook's defined names with
 * their formulas. Conservative: a formula whose reading cannot be told may read one. The formulas of
 * the fixed sheets are all told first (see on), then settled together: one reading a formula whose
 * result is dropped, on its sheet or another fixed one, above or below it, loses its own too.
 */
export class FixedReads {
  private readonly fixed = new Map<string, CellSet>();
  private readonly tables = new Map<string, SheetTable>();
  private readonly known = new Set<string>();
  private readonly reading = new Set<string>();
  private readonly names: (readonly [string, Read[] | null])[];
  private readonly sheets = new Map<string, SheetReads>();
  private settled = false;

  constructor(
    fixed: ReadonlyMap<string, readonly { readonly row: number; readonly col: number }[]>,
    tables: readonly SheetTable[],
    defined: readonly (readonly [string, string])[],
  ) {
    for (const [sheet, cells] of fixed) {
      const set = this.fixed.get(key(sheet)) ?? new CellSet();
      this.fixed.set(key(sheet), set);
      for (const c of cells) set.add(c.row, c.col);
    }
    for (const t of tables) this.tables.set(key(t.name), t);
    for (const [name] of defined) this.known.add(key(name));
    this.names = defined.map(([name, formula]) => [key(name), readsOf(formula.replace(/^=/, ''))] as const);
    this.namesGrown();
  }

  /** The formulas of sheet `sheet` (the same for each call): told with add, asked with drops. */
  on(sheet: string): SheetReads {
    const found = this.sheets.get(key(sheet));
    if (found) return found;
    const made = new SheetReads(this, sheet);
    this.sheets.set(key(sheet), made);
    return made;
  }

  /** Whether the formulas were settled (one was asked): none may be told after. */
  get isSettled(): boolean {
    return this.settled;
  }

  /**
   * Drops, on every sheet told, the results of the formulas that may read a fixed cell or a dropped one,
   * until none is left to drop. A total row below the cells reading it (a grand total in the title area
   * =B8) needs a round against the sheet's order: the rounds go down and up in turn, so a sheet is
   * settled in two or three rounds unless its formulas chain down and up again.
   */
  settle(): void {
    if (this.settled) return;
    this.settled = true;
    const all = [...this.sheets.values()].flatMap((s) => s.told);
    for (let grew = true, down = true; grew; down = !down) {
      grew = this.namesGrown();
      for (let n = 0; n < all.length; n++) {
        const f = all[down ? n : all.length - 1 - n]!;
        if (f.dropped || !(f.always || this.anyReads(f.reads, f.sheet.sheet, f.origin, f.shift))) continue;
        f.sheet.drop(f);
        grew = true;
      }
    }
  }

  /** Adds the names over a fixed or dropped cell, or over such a name; whether any was added. */
  private namesGrown(): boolean {
    let any = false;
    for (let grew = true; grew;) {
      grew = false;
      for (const [name, reads] of this.names) {
        if (this.reading.has(name) || !this.anyReads(reads, null, null)) continue;
        this.reading.add(name);
        grew = any = true;
      }
    }
    return any;
  }

  /**
   * Whether `reads` (null: not told) of a formula at `at` on sheet `home` may read a fixed cell, or one
   * whose result is dropped (so far); `at` null for a defined name's formula (no cell: its relative
   * ends may be anywhere), `shift` how far a shared formula's cell lies from its first.
   */
  anyReads(
    reads: readonly Read[] | null,
    home: string | null,
    at: { readonly row: number; readonly col: number } | null,
    shift: readonly [number, number] = [0, 0],
  ): boolean {
    if (!reads) return true;
    const meets = (sheet: string, a: CellRange) =>
      !!this.fixed.get(key(sheet))?.meets(a) || !!this.sheets.get(key(sheet))?.meets(a);
    for (const r of reads) {
      if (r.kind === 'area') {
        const sheet = r.sheet ?? home;
        // A workbook's name cites its sheet; one that does not cannot be placed.
        if (sheet === null) return true;
        const [dr, dc] = shift;
        const { top, bottom, left, right } = r.area;
        const area = {
          top: r.fixedRows[0] ? top : at ? top + dr : 1,
          bottom: r.fixedRows[1] ? bottom : at ? bottom + dr : LAST_ROW,
          left: r.fixedCols[0] ? left : at ? left + dc : 1,
          right: r.fixedCols[1] ? right : at ? right + dc : LAST_COL,
        };
        if (meets(sheet, area)) return true;
        continue;
      }
      if (r.kind === 'name' && !this.tables.has(key(r.name))) {
        // A name over a fixed cell, or one not defined (a LAMBDA's parameter, a table elsewhere).
        if (this.reading.has(key(r.name)) || !this.known.has(key(r.name))) return true;
        continue;
      }
      const named = r.kind === 'table' ? r.table : r.name;
      const row = at ? at.row + shift[0] : 0;
      const col = at ? at.col + shift[1] : 0;
      // A reference without the table's name is in the formula's own table.
      const table = named
        ? this.tables.get(key(named))
        : [...this.tables.values()].find(
            (t) =>
              home !== null &&
              key(t.sheet) === key(home) &&
              row >= t.area.top &&
              row <= t.area.bottom &&
              col >= t.area.left &&
              col <= t.area.right,
          );
      // A table not on a fixed sheet holds no fixed cell; a formula's own table not found cannot be told.
      if (!table) {
        if (named) continue;
        return true;
      }
      const upper = table.columns.map(key);
      const columns = r.kind === 'table' ? r.columns : null;
      for (const [from, to] of columns ?? [[table.columns[0] ?? '', table.columns[table.columns.length - 1] ?? '']]) {
        const [a, b] = [upper.indexOf(key(from)), upper.indexOf(key(to))];
        if (a < 0 || b < 0) return true;
        const area = { ...table.area, left: table.area.left + Math.min(a, b), right: table.area.left + Math.max(a, b) };
        if (meets(table.sheet, area)) return true;
      }
    }
    return false;
  }
}

/** A formula told to SheetReads: where it is, what it reads and from where (a shared one's first cell). */
interface Told {
  readonly sheet: SheetReads;
  readonly at: { readonly row: number; readonly col: number } | null;
  readonly reads: Read[] | null;
  readonly origin: { readonly row: number; readonly col: number } | null;
  readonly shift: readonly [number, number];
  /** Dropped whatever it reads: a data table's, a shared formula's cell whose first is not known. */
  readonly always: boolean;
  /** The area an array formula fills. */
  readonly filled: CellRange | null;
  dropped: boolean;
}

/**
 * The formulas of one fixed sheet: each told in the sheet's order (add), then, once those of every
 * fixed sheet are (see FixedReads.settle), asked whether its result is dropped (drops).
 */
export class SheetReads {
  readonly told: Told[] = [];
  private readonly dropped = new CellSet();
  /** The first cell of each shared formula (by si), with what it reads. */
  private readonly shared = new Map<string, { reads: Read[] | null; row: number; col: number }>();

  constructor(
    private readonly all: FixedReads,
    readonly sheet: string,
  ) {}

  /**
   * Tells the formula of the cell at `at` (null: its place not written): its text `formula` (absent in
   * a cell sharing another's), and its <f>'s t, si and ref (the area an array formula fills).
   */
  add(
    at: { readonly row: number; readonly col: number } | null,
    formula: string | undefined,
    f: { readonly t: string | null; readonly si: string | null; readonly ref: string | null },
  ): void {
    // Told after the sheets were settled, it would be kept unasked: a mistake of the caller.
    if (this.all.isSettled) throw new Error(`a formula of ${this.sheet} told after its results were settled`);
    const filled = f.t === 'array' && f.ref ? areaWritten(f.ref) : null;
    const told = { sheet: this, at, filled, dropped: false };
    if (formula === undefined) {
      // A cell sharing the formula of one before it, moved; else (a data table) it cannot be told.
      const first = f.t === 'shared' && f.si !== null ? this.shared.get(f.si) : undefined;
      const shift = first && at ? ([at.row - first.row, at.col - first.col] as const) : ([0, 0] as const);
      this.told.push({ ...told, reads: first?.reads ?? null, origin: first ?? null, shift, always: !first || !at });
      return;
    }
    const reads = readsOf(formula);
    if (f.t === 'shared' && f.si !== null && at) this.shared.set(f.si, { reads, ...at });
    this.told.push({ ...told, reads, origin: at, shift: [0, 0], always: f.t === 'dataTable' });
  }

  /**
   * Whether the result of the formula told at `at` is dropped: it may read a fixed cell, or a cell
   * whose result is dropped. One whose place is not written cannot be found, and is.
   */
  drops(at: { readonly row: number; readonly col: number } | null): boolean {
    this.all.settle();
    return !at || this.dropped.meets({ top: at.row, bottom: at.row, left: at.col, right: at.col });
  }

  /** Whether area `a` holds a cell whose result is dropped (so far, while settling). */
  meets(a: CellRange): boolean {
    return this.dropped.meets(a);
  }

  /** Drops the result of formula `f` (see FixedReads.settle). */
  drop(f: Told): void {
    f.dropped = true;
    if (f.at) this.dropped.add(f.at.row, f.at.col);
    if (f.filled) this.dropped.addArea(f.filled);
  }
}
