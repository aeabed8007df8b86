import { parseA1 } from '../../../core/cells/address';
import { hidesNumber, type CellWrite } from '../../../core/findings/fixes';
import { builtinIsDate, customFormats } from './styles';
import { attr, encodeXml } from './xml';

/** Text as a cell's XML: entities, and Excel's _xHHHH_ for what XML cannot hold (and for "_x" itself). */
function escapeXml(s: string): string {
  return encodeXml(s.replace(/_x[0-9a-fA-F]{4}_/g, (m) => `_x005F${m}`)).replace(
    // The control characters XML 1.0 cannot hold: matching them is the point.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** Excel's built-in number formats by code: the ones fixes use. */
const BUILT_IN: Record<string, number> = { General: 0, '@': 49 };

/**
 * The cell styles of a styles part, to which styles can be added: a cell's own style with another
 * number format, so that a fixed cell keeps its font, fill and borders.
 */
export class StyleBook {
  private readonly formats = new Map<string, number>();
  /** The custom formats' codes by id. */
  private readonly codes: ReadonlyMap<number, string>;
  private readonly formatCount: number;
  private nextFormatId = 164;
  private readonly newFormats: string[] = [];
  private readonly xfs: string[] = [];
  private readonly added: string[] = [];
  private readonly made = new Map<string, number>();

  private constructor(private readonly xml: string) {
    const custom = customFormats(xml);
    this.codes = custom.codes;
    this.formatCount = custom.ids.length;
    for (const [id, code] of custom.codes) this.formats.set(code, id);
    for (const id of custom.ids) this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    const start = xml.indexOf('<cellXfs');
    const end = xml.indexOf('</cellXfs>', start);
    let p = xml.indexOf('>', start) + 1;
    for (;;) {
      const at = xml.indexOf('<xf', p);
      if (at < 0 || at >= end) break;
      const tagEnd = xml.indexOf('>', at);
      const close = xml[tagEnd - 1] === '/' ? tagEnd + 1 : xml.indexOf('</xf>', tagEnd) + 5;
      this.xfs.push(xml.slice(at, close));
      p = close;
    }
  }

  /** The styles of part `xml`, or null when it is not laid out as Excel lays it out (then nothing is patched). */
  static read(xml: string | null): StyleBook | null {
    if (!xml || !/<styleSheet[\s>]/.test(xml) || !/<cellXfs[\s>]/.test(xml) || /<cellXfs[^>]*\/>/.test(xml))
      return null;
    return new StyleBook(xml);
  }

  /** The index of a style like style `s` but showing numbers in format `code` ('@' for text). */
  withFormat(s: number, code: string): number | null {
    const base = this.xfs[s] ?? this.added[s - this.xfs.length];
    if (base === undefined) return null;
    const id = BUILT_IN[code] ?? this.formatId(code);
    if (this.formatOf(s) === id) return s;
    const key = `${s} ${id}`;
    let made = this.made.get(key);
    if (made === undefined) {
      const open = base.slice(0, base.indexOf('>') + 1);
      const rest = base.slice(open.length);
      let tag = open.replace(/\s(numFmtId|applyNumberFormat)="[^"]*"/g, '');
      tag = tag.replace(/^<xf/, `<xf numFmtId="${id}" applyNumberFormat="1"`);
      made = this.xfs.length + this.added.length;
      this.added.push(tag + rest);
      this.made.set(key, made);
    }
    return made;
  }

  /** The number format id of style `s`. */
  formatOf(s: number): number {
    const xf = this.xfs[s] ?? this.added[s - this.xfs.length] ?? '';
    return Number(attr(xf.slice(3, xf.indexOf('>')), 'numFmtId') ?? 0);
  }

  /** Whether style `s` would not show a number as a number (text, or a date): see hidesNumber. */
  hidesNumber(s: number): boolean {
    const id = this.formatOf(s);
    const code = this.codes.get(id);
    return code !== undefined ? hidesNumber(code) : id === BUILT_IN['@'] || builtinIsDate(id);
  }

  private formatId(code: string): number {
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  /** The styles part with the added styles, or null when nothing was added. */
  toXml(): string | null {
    if (!this.added.length) return null;
    let xml = this.xml;
    const end = xml.indexOf('</cellXfs>');
    xml = `${xml.slice(0, end)}${this.added.join('')}${xml.slice(end)}`;
    xml = xml.replace(/<cellXfs([^>]*?)\scount="\d+"/, `<cellXfs$1 count="${this.xfs.length + this.added.length}"`);
    if (!this.newFormats.length) return xml;
    const numFmts = /<numFmts([^>]*?)(\/?)>/.exec(xml);
    if (numFmts && numFmts[2] !== '/') {
      const close = xml.indexOf('</numFmts>');
      xml = `${xml.slice(0, close)}${this.newFormats.join('')}${xml.slice(close)}`;
      const count = this.formatCount + this.newFormats.length;
      return xml.replace(/<numFmts([^>]*?)\scount="\d+"/, `<numFmts$1 count="${count}"`);
    }
    // The formats come first in a styles part.
    const list = `<numFmts count="${this.newFormats.length}">${this.newFormats.join('')}</numFmts>`;
    if (numFmts) return xml.replace(numFmts[0], list);
    const root = xml.indexOf('>', xml.search(/<styleSheet[\s>]/)) + 1;
    return `${xml.slice(0, root)}${list}${xml.slice(root)}`;
  }
}

/** A write sorted into sheet order, with its row and column. */
interface Placed {
  readonly write: CellWrite;
  readonly row: number;
  readonly col: number;
}

/** Where a cell's element lies in a piece of text: found whole, begun but cut off, or not in it. */
type Located =
  { readonly start: number; readonly tagEnd: number; readonly end: number } | { readonly partFrom: number } | null;

/** The element of cell `ref` in `xml` (the text of part of a worksheet's sheetData). */
function locate(xml: string, ref: string): Located {
  const needle = `r="${ref}"`;
  for (let i = xml.indexOf(needle); i >= 0; i = xml.indexOf(needle, i + 1)) {
    const start = xml.lastIndexOf('<', i);
    const ws = xml.charCodeAt(i - 1);
    // Only the r attribute of a <c> start tag: not text in a cell, not another attribute's end.
    if (start < 0 || !/^<c\s/.test(xml.slice(start, start + 3)) || !(ws === 32 || ws === 9 || ws === 10 || ws === 13))
      continue;
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd < 0) return { partFrom: start };
    if (tagEnd < i) continue;
    if (xml[tagEnd - 1] === '/') return { start, tagEnd, end: tagEnd + 1 };
    const close = xml.indexOf('</c>', tagEnd);
    return close < 0 ? { partFrom: start } : { start, tagEnd, end: close + 4 };
  }
  return null;
}

/**
 * Changes the cells of `writes` in a worksheet part read in pieces: the part of a million rows can be
 * longer than the longest string JavaScript allows. The part, with the new cells, goes out piece by
 * piece to `emit`. Each cell takes its new value (a number, a date as a serial of the workbook's date
 * system, a text as an inline string) and keeps its style, or takes that style with the write's number
 * format from `styles`. A cell not written as expected (no such cell, a formula, rich data, a
 * namespace prefix) fails the whole: the caller then writes the copy another way.
 */
export class CellPatcher {
  private readonly placed: Placed[] = [];
  private next = 0;
  private buffer = '';
  private inData = false;
  private failed = false;

  constructor(
    writes: readonly CellWrite[],
    private readonly styles: StyleBook | null,
    private readonly date1904: boolean,
    private readonly emit: (text: string) => void,
  ) {
    // One write per cell, the last; in sheet order, the order of the part's rows and cells.
    const byCell = new Map<string, Placed>();
    for (const w of writes) {
      const at = parseA1(w.cell);
      if (at) byCell.set(w.cell, { write: w, ...at });
      else this.failed = true;
    }
    this.placed = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  push(text: string): void {
    if (this.failed) return;
    this.buffer += text;
    this.work(false);
  }

  /** Whether every cell was changed (the rest of the part has then gone out). */
  finish(): boolean {
    if (!this.failed) this.work(true);
    if (this.failed || this.next < this.placed.length) return false;
    this.out(this.buffer);
    return true;
  }

  private out(text: string): void {
    if (text) this.emit(text);
    this.buffer = this.buffer.slice(text.length);
  }

  private work(last: boolean): void {
    if (!this.inData) {
      if (this.buffer.length < 4096 && !last) return;
      const at = this.buffer.indexOf('<sheetData');
      if (!/<worksheet[\s>]/.test(this.buffer.slice(0, 4096))) this.failed = true;
      if (at < 0) this.failed ||= last;
      if (this.failed || at < 0) return;
      this.inData = true;
    }
    while (this.next < this.placed.length) {
      const write = this.placed[this.next]!.write;
      const found = locate(this.buffer, write.cell);
      if (found === null) {
        if (last) this.failed = true;
        // What lies before the last tag cannot hold the cell: it goes out, the rest waits for more.
        else this.out(this.buffer.slice(0, Math.max(0, this.buffer.lastIndexOf('<'))));
        return;
      }
      if ('partFrom' in found) {
        if (last) this.failed = true;
        else this.out(this.buffer.slice(0, found.partFrom));
        return;
      }
      const cell = this.cell(write, this.buffer.slice(found.start, found.end), found.tagEnd - found.start);
      if (cell === null) {
        this.failed = true;
        return;
      }
      this.emit(this.buffer.slice(0, found.start) + cell);
      this.buffer = this.buffer.slice(found.end);
      this.next++;
    }
    this.out(this.buffer);
  }

  /** The new element of a cell whose element is `element` (its start tag ending at `tagEnd`), or null. */
  private cell(write: CellWrite, element: string, tagEnd: number): string | null {
    const open = element.slice(0, tagEnd + 1);
    if (attr(open, 'vm') !== null || attr(open, 'cm') !== null || element.includes('<f', tagEnd)) return null;
    let style = Number(attr(open, 's') ?? 0);
    const format =
      write.numberFormat ?? (write.kind === 'number' && this.styles?.hidesNumber(style) ? 'General' : null);
    if (format !== null) {
      const s = this.styles?.withFormat(style, format);
      if (s === null || s === undefined) return null;
      style = s;
    }
    const s = style ? ` s="${style}"` : '';
    const value =
      write.kind === 'text'
        ? ` t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(write.value))}</t></is>`
        : `><v>${Number(write.value) - (write.kind === 'date' && this.date1904 ? 1462 : 0)}</v>`;
    return `<c r="${write.cell}"${s}${value}</c>`;
  }
}
