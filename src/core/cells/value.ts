import { misdecodedThai, plainText, withoutZeroWidth } from '../text/thai';

/**
 * An Excel error value such as #N/A or #VALUE!, kept apart from text so it is never taken as data.
 * An error starting with "=" is a formula the file holds without a value (nothing has calculated it).
 */
export interface CellError {
  readonly error: string;
}

/** What one cell holds once an adapter has read it. Both adapters produce exactly these shapes. */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangular block of a sheet: values[0][0] is cell A1. Rows may be ragged; a missing cell is empty. */
export interface SheetGrid {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Merged areas, 1-based and inclusive, when the adapter can tell. */
  readonly merges?: readonly CellRange[];
  /**
   * The source has no cell types (a CSV file): every value is text by nature, so findings about how
   * a value is stored (a number kept as text, a date as text) would say nothing useful.
   */
  readonly textOnly?: boolean;
  /** Columns (1-based) the user has hidden, when the adapter can tell. */
  readonly hiddenColumns?: readonly number[];
  /** Rows (1-based, ascending) hidden by hand or by a filter left on, when the adapter can tell. */
  readonly hiddenRows?: readonly number[];
  /**
   * What is printed of the sheet when it sets a print area (Page Layout > Print Area) and the adapter
   * can tell: the print area's areas, and the rows and columns printed as titles on every page.
   */
  readonly printArea?: readonly CellRange[];
  /** The first cell found holding a value beyond the columns read (a stray cell far to the right). */
  readonly strayCell?: { readonly row: number; readonly col: number };
  /** The character that separates a CSV's fields: a comma, a semicolon, a tab, or what a "sep=" line names. */
  readonly separator?: string;
  /** A CSV field whose quote never closes: the rest of the file was read into that one cell. */
  readonly unclosedQuote?: { readonly row: number; readonly col: number };
  /** A chart sheet: one chart and no cells. */
  readonly chartSheet?: boolean;
  /** A sheet the workbook hides (an old copy, a sheet of lists): readers of the file do not see it. */
  readonly hidden?: boolean;
  /**
   * Cells that link somewhere (an inserted hyperlink or a HYPERLINK formula), when the adapter can
   * tell: a checklist's "ไปที่หน้า O1" may link to the page its text does not spell out.
   */
  readonly links?: readonly CellLink[];
}

/** Where a cell links: a web address, a file, or "#Sheet!A1" for a place in the workbook. */
export interface CellLink {
  readonly row: number;
  readonly col: number;
  readonly target: string;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const ERROR_TEXT =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BLOCKED!|FIELD!|BUSY!|CONNECT!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string';
}

/** Office.js hands errors over as their text; recognise them so both adapters agree. */
export function errorFromText(text: string): CellError | null {
  // Asked of every text cell read: one look at the first character spares the pattern nearly always.
  return text.charCodeAt(0) === 35 && ERROR_TEXT.test(text) ? { error: text } : null;
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && isBlankText(v));
}

/**
 * Text of white space only (or none). A text that is not blank and does not start with a space is
 * told at its first character, without trimming: this runs on every cell of every row.
 */
export function isBlankText(s: string): boolean {
  if (s.length === 0) return true;
  const c = s.charCodeAt(0);
  // Zero-width spaces are no white space to trim(), but show as nothing.
  return (c <= 0x20 || c === 0xa0 || c >= 0x1680) && withoutZeroWidth(s).trim() === '';
}

/** Text that says something: not blank, and not a lone dash (an empty box). "ไม่มี" is an answer there. */
export function isFilledText(v: unknown): v is string {
  return typeof v === 'string' && !isBlankText(v) && !isDashText(v);
}

/** A lone dash ("-", "–", "—", spaces around it). */
export function isDashText(s: string): boolean {
  if (s.length > 5) return false;
  const t = s.trim();
  return t === '-' || t === '–' || t === '—';
}

/**
 * What Thai forms write in a cell for "none": a lone dash ("-", "-.-", "- บาท") or ไม่มี, read as the cell readers read
 * text (zero-width spaces, other dashes, a leading apostrophe); also an apostrophe alone. Every
 * reader of a cell's value takes these as nothing, so a required cell holding one is said to be empty.
 */
export function isNoneText(s: string): boolean {
  if (s.length > 40) return false;
  // Asked of every text cell: one that starts with a letter or digit is told at its first character.
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 122) || (c >= 0x0e01 && c <= 0x0e7f && c !== 0x0e44)) return false;
  return NONE_TEXT.test(plainText(s));
}

/** Nothing written, or what forms write for nothing (a lone "-", "ไม่มี"). */
export function isBlankOrNone(v: CellValue | undefined): boolean {
  return isBlank(v) || (typeof v === 'string' && isNoneText(v));
}

/**
 * "-", "-.-" and "- บาท" (a money column's none), ไม่มี and "- ไม่มี -", "ไม่มีเลขที่โครงการ" (a number's
 * column: none), or nothing left once read.
 */
const NONE_TEXT =
  /^(?:[-–—](?:\.-)?\s*(?:บาท|บ\.)?|(?:[-–—]\s*)?ไม่มี(?:\s*เลข(?:ที่)?\s*(?:โครงการ|สัญญา)?)?(?:\s*[-–—])?|)$/;

/** The value as a user would recognise it in a message. */
export function displayValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return v.error;
}

export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}

/**
 * A reader of the grid where each cell under a merged area reads as the area's top-left value, as
 * the user sees it (a status merged down an item's rows says the same of every row). `merges` are
 * the areas to follow (the sheet's, by default); rows above `fromRow` are never asked for.
 */
export function mergedCellReader(
  grid: SheetGrid,
  merges: readonly CellRange[] = grid.merges ?? [],
  fromRow = 1,
): (row: number, col: number) => CellValue {
  // Cell → the top-left of its area, looked up per row: a sheet may have thousands of merges.
  const master = new Map<number, Map<number, [number, number]>>();
  for (const m of merges)
    for (let r = Math.max(m.top, fromRow); r <= Math.min(m.bottom, grid.values.length); r++) {
      let row = master.get(r);
      if (!row) master.set(r, (row = new Map()));
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row.set(c, [m.top, m.left]);
    }
  if (master.size === 0) return (row, col) => cellAt(grid, row, col);
  return (row, col) => {
    const at = master.get(row)?.get(col);
    return at ? cellAt(grid, at[0], at[1]) : cellAt(grid, row, col);
  };
}

/** Whether the texts of a sheet's first rows are Thai read in the wrong encoding (see misdecodedThai). */
export function misdecodedGrid(grid: SheetGrid, rows = 30): boolean {
  const texts: string[] = [];
  for (const row of grid.values.slice(0, rows)) for (const v of row) if (typeof v === 'string') texts.push(v);
  return misdecodedThai(texts.join(' '));
}

/** The texts of the rows above `row` (a table's title, the sheet's heading lines), joined by spaces. */
export function textAbove(grid: SheetGrid, row: number): string {
  return grid.values
    .slice(0, row - 1)
    .flat()
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
}

export function gridWidth(grid: SheetGrid): number {
  let w = 0;
  for (const r of grid.values) if (r.length > w) w = r.length;
  return w;
}
