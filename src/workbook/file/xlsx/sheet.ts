import type { CellLink, CellRange, CellValue } from '../../../core/cells/value';
import { isoToDate, serialToDate } from '../../../core/cells/dates';
import { errorFromText } from '../../../core/cells/value';
import { attr, attrValueAt, decodeXml, tags, textOf } from './xml';
import { parseAreas } from '../../../core/cells/address';
import { movedFormula, sumFormula, type SumFormula } from '../sums';

/** What a worksheet part says, as the core wants it. */
export interface SheetPart {
  readonly values: CellValue[][];
  readonly merges: CellRange[];
  /** 1-based columns the user hid. */
  readonly hiddenColumns: number[];
  /** 1-based rows hidden (by hand or by a filter), ascending. */
  readonly hiddenRows: number[];
  /** The first cell holding a value past the columns read, or null. */
  readonly strayCell: { readonly row: number; readonly col: number } | null;
  /** HYPERLINK formulas' targets, and inserted links with their relationship id (`rel:` + id) or place. */
  readonly links: CellLink[];
  /** Excel 2010's extensions ExcelJS cannot carry into a copy: conditional formats (rules citing other sheets). */
  readonly extensions: boolean;
  /** The cells read that hold a formula, each as formulaKey gives it, ascending: a fix is not written over one. */
  readonly formulas: Int32Array;
  /** The areas an array formula fills (its cells hold values, its formula only the first). */
  readonly arrays: CellRange[];
  /** The cells whose formula adds up cells of the sheet ("รวม"): worked out again after a fix. */
  readonly sums: SumFormula[];
}

/** Columns to a row in a formulaKey: as many as are ever read, few enough for a million rows in 31 bits. */
const KEY_COLUMNS = 1024;

/** A cell's place as one small integer (a sheet of a million rows of formulas keeps them in 4 bytes each). */
export function formulaKey(row: number, col: number): number {
  return (row - 1) * KEY_COLUMNS + col - 1;
}

/** Whether `key` is among `sorted` (ascending). */
export function hasKey(sorted: Int32Array, key: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === key) return true;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Excel 2010's conditional formats: a copy ExcelJS writes keeps the other extensions (see keptThroughRewrite). */
const EXTENSIONS = /<(?:\w+:)?conditionalFormattings\b/;

/** `=HYPERLINK("https://…", "ไปที่หน้า O1")`: the target, when written as a text. */
const HYPERLINK_FORMULA = /^\s*HYPERLINK\(\s*"([^"]*)"/i;

/** Inserted links with more cells than this are taken at their top-left cell only. */
const MAX_LINK_CELLS = 10_000;

export interface SheetContext {
  /** The shared strings as the cells that cite them hold them (read once, not once per cell). */
  readonly shared: readonly CellValue[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Columns past this are not kept (a stray cell at XFD1 must not make rows 16,384 wide). */
  readonly maxColumns: number;
  /** Told the rows read so far and the rows the sheet says it has. */
  readonly onRows?: (rowsRead: number, totalRows: number) => void;
}

function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n;
}

function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65) i++;
  return Number(ref.slice(i));
}

/**
 * A string as a cell holds it: empty is nothing, "#N/A" typed as text is the error, as in Excel.
 * The copy matters: a piece cut from a large text can keep the whole text alive in memory.
 */
const fromText = (s: string): CellValue => (s === '' ? null : (errorFromText(s) ?? (s + ' ').slice(0, -1)));

/** A cell's type (its t attribute), as cellTag reads it. */
const NUMBER = 0;
const SHARED = 1;
const STR = 2;
const INLINE = 3;
const BOOL = 4;
const ERROR = 5;
const DATE = 6;

/** The type written at xml[at..close): n (or one not known: read as a number), s, str, inlineStr, b, e, d. */
function typeAt(xml: string, at: number, close: number): number {
  const c = xml.charCodeAt(at);
  const length = close - at;
  if (length === 1) return c === 115 ? SHARED : c === 98 ? BOOL : c === 101 ? ERROR : c === 100 ? DATE : NUMBER;
  if (length === 3 && xml.startsWith('str', at)) return STR;
  return length === 9 && xml.startsWith('inlineStr', at) ? INLINE : NUMBER;
}

/** Dates read are shared between cells of one serial (a sheet has a few hundred days, in millions of cells). */
const MAX_SHARED_DATES = 100_000;

/**
 * Read a worksheet part from its text, given in pieces: rows are parsed as soon as they are whole,
 * so a sheet of a million rows is never one string. Values come out as the ExcelJS adapter gives
 * them: shared strings resolved, dates as Date, errors as errors, a formula with no value as "=…".
 */
export class SheetParser {
  private readonly values: CellValue[][] = [];
  private readonly hiddenColumns: number[] = [];
  private readonly hiddenRows: number[] = [];
  private merges: CellRange[] = [];
  private strayCell: { row: number; col: number } | null = null;
  private readonly links: CellLink[] = [];
  private formulas = new Int32Array(64);
  private formulaCount = 0;
  private formulasSorted = true;
  private readonly arrays: CellRange[] = [];
  private readonly sums: SumFormula[] = [];
  /** Each shared formula's first cell and text (by si): the cells sharing it hold no text of their own. */
  private readonly sharedFormulas = new Map<string, { row: number; col: number; text: string }>();
  private buffer = '';
  private phase: 'head' | 'rows' | 'tail' = 'head';
  private tail = '';
  private lastRow = 0;
  private readonly dates = new Map<number, Date>();
  /** What cellTag read from the current cell's start tag: column (0: none given), style (-1), type. */
  private tagColumn = 0;
  private tagStyle = -1;
  private tagType = NUMBER;
  private totalRows = 0;

  constructor(
    private readonly ctx: SheetContext,
    /** Elements written with a namespace prefix (<x:row>, as some .NET exporters do), or null. */
    private readonly prefix: RegExp | null = null,
  ) {}

  push(text: string): void {
    this.buffer += text;
    if (this.prefix) this.buffer = this.buffer.replace(this.prefix, '<$1');
    if (this.phase === 'head') {
      const at = this.buffer.indexOf('<sheetData');
      if (at < 0) return;
      this.head(this.buffer.slice(0, at));
      const end = this.buffer.indexOf('>', at);
      if (end < 0) return;
      const empty = this.buffer.charCodeAt(end - 1) === 47;
      this.buffer = this.buffer.slice(end + 1);
      this.phase = empty ? 'tail' : 'rows';
    }
    if (this.phase === 'rows') {
      const stop = this.buffer.indexOf('</sheetData>');
      const upTo = stop >= 0 ? stop : this.buffer.lastIndexOf('</row>') + 6;
      if (upTo < 6 && stop < 0) return;
      this.rows(this.buffer.slice(0, upTo));
      if (stop >= 0) {
        this.phase = 'tail';
        this.buffer = this.buffer.slice(stop + 12);
      } else this.buffer = this.buffer.slice(upTo);
      // A part without a <dimension> (streaming writers) tells no total: 0, and progress is shown as
      // going on, not as full from the start.
      this.ctx.onRows?.(this.lastRow, this.totalRows >= this.lastRow ? this.totalRows : 0);
    }
    if (this.phase === 'tail') {
      this.tail += this.buffer;
      this.buffer = '';
    }
  }

  finish(): SheetPart {
    for (const tag of tags(this.tail, 'mergeCell')) {
      const ref = attr(tag, 'ref');
      if (!ref) continue;
      const [a, b = a] = ref.split(':') as [string, string?];
      this.merges.push({ top: rowOf(a), left: columnOf(a), bottom: rowOf(b!), right: columnOf(b!) });
    }
    // Only the top-left cell of a merged area has a value, as in Excel.
    for (const m of this.merges)
      for (let r = m.top; r <= m.bottom; r++) {
        const row = this.values[r - 1];
        if (!row) continue;
        for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && c <= row.length) row[c - 1] = null;
      }
    for (let i = 0; i < this.values.length; i++) {
      const row = this.values[i];
      if (!row) {
        this.values[i] = [];
        continue;
      }
      let last = row.length;
      while (last > 0 && (row[last - 1] === null || row[last - 1] === undefined)) last--;
      row.length = last;
      for (let c = 0; c < last; c++) if (row[c] === undefined) row[c] = null;
    }
    while (this.values.length && this.values[this.values.length - 1]!.length === 0) this.values.pop();
    this.insertedLinks();
    this.links.sort((a, b) => a.row - b.row || a.col - b.col);
    return {
      values: this.values,
      merges: this.merges,
      hiddenColumns: this.hiddenColumns,
      hiddenRows: this.hiddenRows,
      strayCell: this.strayCell,
      links: this.links,
      arrays: this.arrays,
      sums: this.sums,
      // A copy of just the keys (the rest of a grown array freed); sorted if rows came out of order.
      formulas: this.formulasSorted
        ? this.formulas.slice(0, this.formulaCount)
        : this.formulas.slice(0, this.formulaCount).sort(),
      extensions: this.tail.includes('extLst') && EXTENSIONS.test(this.tail.slice(this.tail.indexOf('extLst'))),
    };
  }

  /** <hyperlink ref="G5" r:id="rId1"/> (a web address, in the part's relationships) or location="O1!A1". */
  private insertedLinks(): void {
    for (const tag of tags(this.tail, 'hyperlink')) {
      const ref = attr(tag, 'ref');
      const id = attr(tag, 'r:id');
      const location = attr(tag, 'location');
      const target = id ? `rel:${id}` : location !== null ? `#${location}` : null;
      if (!ref || target === null) continue;
      const [a, b = a] = ref.split(':') as [string, string?];
      const [top, left, bottom, right] = [rowOf(a), columnOf(a), rowOf(b!), columnOf(b!)];
      const whole = (bottom - top + 1) * (right - left + 1) <= MAX_LINK_CELLS;
      for (let r = top; r <= (whole ? bottom : top); r++)
        for (let c = left; c <= (whole ? right : left); c++) this.links.push({ row: r, col: c, target });
    }
  }

  private head(xml: string): void {
    const dim = [...tags(xml, 'dimension')][0];
    // Its last row: 5 of "A1:D5".
    const last = dim === undefined ? null : /(\d+)\s*$/.exec(attr(dim, 'ref') ?? '');
    if (last) this.totalRows = Number(last[1]);
    for (const tag of tags(xml, 'col')) {
      const hidden = attr(tag, 'hidden');
      if (hidden !== '1' && hidden !== 'true') continue;
      const min = Number(attr(tag, 'min'));
      const max = Math.min(Number(attr(tag, 'max')), this.ctx.maxColumns);
      for (let c = min; c <= max; c++) this.hiddenColumns.push(c);
    }
  }

  private rows(xml: string): void {
    let p = 0;
    for (;;) {
      const start = xml.indexOf('<row', p);
      if (start < 0) return;
      const tagEnd = xml.indexOf('>', start);
      const at = attrValueAt(xml, 'r', start + 4, tagEnd);
      const rowNumber = at >= 0 ? numberAt(xml, at) : this.lastRow + 1;
      this.lastRow = rowNumber;
      const hidden = attrValueAt(xml, 'hidden', start + 4, tagEnd);
      if (hidden >= 0 && (xml.charCodeAt(hidden) === 49 || xml.startsWith('true', hidden)))
        this.hiddenRows.push(rowNumber);
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        p = tagEnd + 1;
        continue;
      }
      const end = xml.indexOf('</row>', tagEnd);
      this.cells(xml, tagEnd + 1, end, rowNumber);
      p = end + 6;
    }
  }

  /** The cells of one row, scanned in place: no piece of text is cut out unless it is a value. */
  private cells(xml: string, from: number, to: number, rowNumber: number): void {
    let row: CellValue[] | undefined;
    let col = 0;
    let p = from;
    while (p < to) {
      const start = xml.indexOf('<c', p);
      if (start < 0 || start >= to) break;
      const next = xml.charCodeAt(start + 2);
      const tagEnd = xml.indexOf('>', start);
      p = tagEnd + 1;
      // <c followed by a space, a line break, > or />: not <col or <cfRule.
      if (next > 32 && next !== 62 && next !== 47) continue;
      this.cellTag(xml, start + 2, tagEnd);
      col = this.tagColumn > 0 ? this.tagColumn : col + 1;
      if (xml.charCodeAt(tagEnd - 1) === 47) continue;
      const close = xml.indexOf('</c>', tagEnd);
      p = close + 4;
      const v = this.value(xml, tagEnd, close);
      if (v === null) continue;
      // A formula comes first in a cell (after any spaces): one look says whether there is one.
      let at = tagEnd + 1;
      while (xml.charCodeAt(at) <= 32) at++;
      const formula = xml.startsWith('<f', at);
      if (formula) {
        const text = this.formulaLink(xml, tagEnd, close, rowNumber, col);
        const f = xml.slice(at, xml.indexOf('>', at));
        if (attr(f, 't') === 'array') this.arrays.push(...parseAreas(attr(f, 'ref') ?? ''));
        this.formulaSum(f, text, rowNumber, col);
      }
      if (col > this.ctx.maxColumns) {
        this.strayCell ??= { row: rowNumber, col };
        continue;
      }
      if (formula) this.formulaAt(rowNumber, col);
      row ??= this.values[rowNumber - 1] ?? [];
      row[col - 1] = v;
    }
    // Grown a cell at a time, an array keeps spare room (16 slots for 12 cells); a copy holds just its
    // cells: 40 MB less for a million rows.
    if (row) this.values[rowNumber - 1] = row.slice();
  }

  private formulaAt(row: number, col: number): void {
    const key = formulaKey(row, col);
    if (this.formulaCount === this.formulas.length) {
      const grown = new Int32Array(this.formulas.length * 2);
      grown.set(this.formulas);
      this.formulas = grown;
    }
    if (this.formulaCount && this.formulas[this.formulaCount - 1]! >= key) this.formulasSorted = false;
    this.formulas[this.formulaCount++] = key;
  }

  /** A HYPERLINK formula's target taken as a link; returns the formula's text ('' for none). */
  private formulaLink(xml: string, tagEnd: number, close: number, row: number, col: number): string {
    const f = element(xml, tagEnd, close, '<f', '</f>');
    const text = f ? decodeXml(f) : '';
    const m = text ? HYPERLINK_FORMULA.exec(text) : null;
    if (m) this.links.push({ row, col, target: m[1]! });
    return text;
  }

  /** A cell's formula (its start tag `f`, its text) kept when it adds up cells of the sheet. */
  private formulaSum(f: string, text: string, row: number, col: number): void {
    let formula = text;
    if (attr(f, 't') === 'shared') {
      const si = attr(f, 'si') ?? '';
      const first = this.sharedFormulas.get(si);
      if (text) this.sharedFormulas.set(si, { row, col, text });
      else if (first) formula = movedFormula(first.text, row - first.row, col - first.col);
    }
    const sum = formula ? sumFormula(formula, row, col) : null;
    if (sum) this.sums.push(sum);
  }

  /**
   * The attributes reading needs from a cell's start tag (xml[from..end]: its reference, style and
   * type), in one pass over the tag: it runs on every cell.
   */
  private cellTag(xml: string, from: number, end: number): void {
    this.tagColumn = 0;
    this.tagStyle = -1;
    this.tagType = NUMBER;
    for (let i = from + 1; i < end; i++) {
      if (xml.charCodeAt(i) !== 61) continue; // "="
      // XML allows spaces around "=" and either quote.
      let at = i + 1;
      while (xml.charCodeAt(at) <= 32) at++;
      const quote = xml.charCodeAt(at++);
      if (quote !== 34 && quote !== 39) continue;
      const close = xml.indexOf(quote === 34 ? '"' : "'", at);
      if (close < 0 || close > end) return;
      let n = i - 1;
      while (xml.charCodeAt(n) <= 32) n--;
      // Only one-letter names matter (r, s, t): the character before the name is a space.
      if (xml.charCodeAt(n - 1) <= 32) {
        const name = xml.charCodeAt(n);
        if (name === 114) this.tagColumn = columnAt(xml, at);
        else if (name === 115) this.tagStyle = numberAt(xml, at);
        else if (name === 116) this.tagType = typeAt(xml, at, close);
      }
      i = close;
    }
  }

  /** The value of the cell whose start tag (read by cellTag) ends at tagEnd and whose content ends at `close`. */
  private value(xml: string, tagEnd: number, close: number): CellValue {
    const t = this.tagType;
    if (t === INLINE) return fromText(textOf(element(xml, tagEnd, close, '<is', '</is>') ?? ''));
    if (t === SHARED || t === NUMBER) {
      // Nearly every cell: a shared string's index or a plain number, read where it stands.
      const at = indexIn(xml, '<v>', tagEnd, close);
      const end = at < 0 ? -1 : xml.indexOf('</v>', at);
      const n = end < 0 || end > close ? NaN : plainNumberAt(xml, at + 3, end);
      if (n === n) {
        if (t === SHARED) return this.ctx.shared[n] ?? null;
        return this.tagStyle >= 0 && this.ctx.dateStyles[this.tagStyle] ? this.date(n) : n;
      }
    }
    const v = element(xml, tagEnd, close, '<v', '</v>');
    // No value, or an empty one (openpyxl writes <f>…</f><v></v> for a formula it cannot compute).
    if (v === null || (t !== STR && v.trim() === '')) {
      const f = element(xml, tagEnd, close, '<f', '</f>');
      return f === null ? null : { error: `=${decodeXml(f) || '…'}` };
    }
    switch (t) {
      case SHARED:
        return this.ctx.shared[Number(v)] ?? null;
      case STR:
        return fromText(decodeXml(v));
      case BOOL:
        return v.trim() === '1' || v.trim() === 'true';
      case ERROR:
        return { error: decodeXml(v) };
      case DATE: {
        return isoToDate(decodeXml(v)) ?? fromText(decodeXml(v));
      }
      default: {
        const n = Number(v);
        if (!Number.isFinite(n) || v.trim() === '') return null;
        if (this.tagStyle >= 0 && this.ctx.dateStyles[this.tagStyle]) return this.date(n);
        return n;
      }
    }
  }

  private date(serial: number): Date {
    let d = this.dates.get(serial);
    if (!d) {
      d = serialToDate(serial, this.ctx.date1904);
      if (this.dates.size < MAX_SHARED_DATES) this.dates.set(serial, d);
    }
    return d;
  }
}

/** The content of the element opened by `open` (e.g. "<v") in xml[from..to], '' if it is empty, or null. */
function element(xml: string, from: number, to: number, open: string, shut: string): string | null {
  const at = indexIn(xml, open, from, to);
  if (at < 0) return null;
  const end = xml.indexOf('>', at);
  if (xml.charCodeAt(end - 1) === 47) return '';
  const close = xml.indexOf(shut, end);
  return close < 0 || close > to ? null : xml.slice(end + 1, close);
}

/**
 * Where `name` starts in xml[from..to), or -1. Bounded, unlike indexOf: a cell without a style or a
 * value would otherwise send each search on through the rest of the piece (a wide sheet of numbers
 * took minutes).
 */
function indexIn(xml: string, name: string, from: number, to: number): number {
  const first = name.charCodeAt(0);
  for (let i = from, last = to - name.length; i <= last; i++)
    if (xml.charCodeAt(i) === first && xml.startsWith(name, i)) return i;
  return -1;
}

/** Powers of ten that a double holds exactly. */
const TENS = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The number written in xml[at..end) when it is plain: digits with an optional minus and point, 15 at
 * most; NaN for anything else (an exponent, more digits), which the caller reads with Number. Exact:
 * both the digits and the power of ten are exact doubles, so their quotient rounds as Number rounds.
 */
function plainNumberAt(xml: string, at: number, end: number): number {
  let i = at;
  const negative = xml.charCodeAt(i) === 45;
  if (negative) i++;
  if (end - i > 16 || end === i) return NaN;
  let n = 0;
  let scale = -1;
  let digits = 0;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + c - 48;
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) scale = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = scale > 0 ? n / TENS[scale]! : n;
  return negative ? -v : v;
}

/** The whole number written at xml[at..]. */
function numberAt(xml: string, at: number): number {
  let n = 0;
  for (let i = at; ; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return n;
    n = n * 10 + c - 48;
  }
}

/** The column of a cell reference written at xml[at..] ("AB12" → 28). */
function columnAt(xml: string, at: number): number {
  let n = 0;
  for (let i = at; ; i++) {
    const c = xml.charCodeAt(i);
    if (c < 65 || c > 90) return n;
    n = n * 26 + c - 64;
  }
}

/** The shared strings part, read in pieces: one value per <si>, as a cell citing it holds it. */
export class SharedStringsParser {
  readonly values: CellValue[] = [];
  private buffer = '';

  constructor(private readonly prefix: RegExp | null = null) {}

  push(text: string): void {
    this.buffer += text;
    if (this.prefix) this.buffer = this.buffer.replace(this.prefix, '<$1');
    let p = 0;
    for (;;) {
      const start = this.buffer.indexOf('<si', p);
      if (start < 0) break;
      const tagEnd = this.buffer.indexOf('>', start);
      if (tagEnd < 0) break;
      if (this.buffer.charCodeAt(tagEnd - 1) === 47) {
        this.values.push(null);
        p = tagEnd + 1;
        continue;
      }
      const close = this.buffer.indexOf('</si>', tagEnd);
      if (close < 0) break;
      this.values.push(fromText(textOf(this.buffer.slice(tagEnd + 1, close))));
      p = close + 5;
    }
    this.buffer = this.buffer.slice(p);
  }
}
