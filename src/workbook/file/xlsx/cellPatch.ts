import { parseA1 } from '../../../core/cells/address';
import { formatWritten, ownFormat, type CellWrite } from '../../../core/findings/fixes';
import type { StyleBook } from './styleBook';
import { attr, escapeCellText } from './xml';

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
  return locateBy(xml, `"${ref}"`) ?? locateBy(xml, `'${ref}'`);
}

/** As `locate`, for the reference in quotes as `quoted` has it. */
function locateBy(xml: string, quoted: string): Located {
  for (let i = xml.indexOf(quoted); i >= 0; i = xml.indexOf(quoted, i + 1)) {
    // Only the r attribute of a <c> start tag (r="A1", r='A1', r = "A1"): not text in a cell, not
    // another attribute's value.
    let j = i - 1;
    while (xml.charCodeAt(j) <= 32) j--;
    if (xml.charCodeAt(j) !== 61) continue;
    j--;
    while (xml.charCodeAt(j) <= 32) j--;
    if (xml.charCodeAt(j) !== 114 || !(xml.charCodeAt(j - 1) <= 32)) continue;
    const start = xml.lastIndexOf('<', j);
    if (start < 0 || !/^<c\s/.test(xml.slice(start, start + 3))) continue;
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
    // A number or date keeps no quotePrefix, which has Excel turn it to text when next edited.
    if (write.kind !== 'text') style = this.styles?.unquoted(style) ?? style;
    const format = formatWritten(write, this.styles?.ownFormat(style) ?? ownFormat(null));
    if (format !== null) {
      const s = this.styles?.withFormat(style, format);
      if (s === null || s === undefined) return null;
      style = s;
    }
    const s = style ? ` s="${style}"` : '';
    const value =
      write.kind === 'text'
        ? ` t="inlineStr"><is><t xml:space="preserve">${escapeCellText(String(write.value))}</t></is>`
        : `><v>${Number(write.value) - (write.kind === 'date' && this.date1904 ? 1462 : 0)}</v>`;
    return `<c r="${write.cell}"${s}${value}</c>`;
  }
}
