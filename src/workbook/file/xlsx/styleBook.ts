import { hidesNumber, ownFormat, type OwnFormat } from '../../../core/findings/fixes';
import { builtinIsDate, builtinShowsBeYear, customFormats } from './styles';
import { attr, escapeCellText, withAttr, withoutAttr } from './xml';

/** Excel's built-in number formats by code: the ones fixes use. */
const BUILT_IN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '@': 49 };

/** The lists of a styles part that styles can be added to, besides the cell styles themselves. */
type StyleList = 'fonts' | 'fills' | 'borders' | 'dxfs';
const ITEM: Record<StyleList, string> = { fonts: 'font', fills: 'fill', borders: 'border', dxfs: 'dxf' };

/**
 * The cell styles of a styles part, to which styles can be added: a cell's own style with another
 * number format, so that a fixed cell keeps its font, fill and borders; fonts, fills, borders and
 * cell styles of an added sheet; and the differential styles of conditional formats (marks).
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
  /** Items added to the other lists, and how many each list held. */
  private readonly items = new Map<StyleList, { readonly before: number; readonly added: string[] }>();

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
    const id = this.formatId(code);
    if (this.formatOf(s) === id) return s;
    const key = `${s} ${id}`;
    let made = this.made.get(key);
    if (made === undefined) {
      const open = base.slice(0, base.indexOf('>') + 1);
      const rest = base.slice(open.length);
      const tag = withoutAttr(withoutAttr(open, 'numFmtId'), 'applyNumberFormat').replace(
        /^<xf/,
        `<xf numFmtId="${id}" applyNumberFormat="1"`,
      );
      made = this.addXf(tag + rest);
      this.made.set(key, made);
    }
    return made;
  }

  /**
   * The index of a style like style `s` but without quotePrefix (how Excel stores '52,000: a number
   * typed into the cell next is kept as text); `s` itself when it has none, null when there is no `s`.
   */
  unquoted(s: number): number | null {
    const base = this.xfs[s] ?? this.added[s - this.xfs.length];
    if (base === undefined) return null;
    const open = base.slice(0, base.indexOf('>') + 1);
    if (!['1', 'true'].includes(attr(open, 'quotePrefix') ?? '')) return s;
    const key = `${s} unquoted`;
    let made = this.made.get(key);
    if (made === undefined) {
      made = this.addXf(withoutAttr(open, 'quotePrefix') + base.slice(open.length));
      this.made.set(key, made);
    }
    return made;
  }

  /** The index of cell style `xf` (an <xf> element), added. */
  addXf(xf: string): number {
    this.added.push(xf);
    return this.xfs.length + this.added.length - 1;
  }

  /**
   * The index of `item` (a <font>, <fill>, <border> or <dxf> element) added to its list; null when the
   * part has no such list to add to (a part without dxfs gets one).
   */
  addItem(list: StyleList, item: string): number | null {
    let entry = this.items.get(list);
    if (!entry) {
      const inner = this.inner(list);
      if (inner === null && list !== 'dxfs') return null;
      const before = inner === null ? 0 : (inner.match(new RegExp(`<${ITEM[list]}[\\s>/]`, 'g')) ?? []).length;
      entry = { before, added: [] };
      this.items.set(list, entry);
    }
    entry.added.push(item);
    return entry.before + entry.added.length - 1;
  }

  /** The text inside list `list` ('' when it is empty), or null when the part has none. */
  private inner(list: string, xml = this.xml): string | null {
    const open = new RegExp(`<${list}(\\s[^>]*[^/>])?>`).exec(xml);
    if (!open) return new RegExp(`<${list}(\\s[^>]*)?/>`).test(xml) ? '' : null;
    const close = xml.indexOf(`</${list}>`, open.index);
    return close < 0 ? null : xml.slice(open.index + open[0].length, close);
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
    // Built-in 9 and 10 are the percentages 0% and 0.00%.
    return code !== undefined ? hidesNumber(code) : id === BUILT_IN['@'] || id === 9 || id === 10 || builtinIsDate(id);
  }

  /** What the number format of style `s` does to a value written into its cell (see formatWritten). */
  ownFormat(s: number): OwnFormat {
    const id = this.formatOf(s);
    const code = this.codes.get(id);
    if (code !== undefined) return ownFormat(code);
    return { hidesNumber: this.hidesNumber(s), showsBeYear: builtinShowsBeYear(id) };
  }

  /** The id of number format `code`, built in or custom (added when new). */
  formatId(code: string): number {
    let id = BUILT_IN[code] ?? this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeCellText(code)}"/>`);
    }
    return id;
  }

  /** The styles part with the added styles, or null when nothing was added. */
  toXml(): string | null {
    if (!this.added.length && !this.items.size) return null;
    let xml = this.xml;
    if (this.added.length) {
      xml = appendTo(xml, 'cellXfs', this.added.join(''), this.xfs.length + this.added.length);
    }
    for (const [list, { before, added }] of this.items) {
      if (this.inner(list, xml) !== null) xml = appendTo(xml, list, added.join(''), before + added.length);
      else {
        // The differential styles come after the cell styles, before table styles, colours and extensions.
        const at = xml.search(/<(tableStyles|colors|extLst)[\s>/]|<\/styleSheet>/);
        xml = `${xml.slice(0, at)}<${list} count="${added.length}">${added.join('')}</${list}>${xml.slice(at)}`;
      }
    }
    if (!this.newFormats.length) return xml;
    const numFmts = /<numFmts([^>]*?)(\/?)>/.exec(xml);
    if (numFmts && numFmts[2] !== '/') {
      const count = this.formatCount + this.newFormats.length;
      return appendTo(xml, 'numFmts', this.newFormats.join(''), count);
    }
    // The formats come first in a styles part.
    const list = `<numFmts count="${this.newFormats.length}">${this.newFormats.join('')}</numFmts>`;
    if (numFmts) return xml.replace(numFmts[0], () => list);
    const root = xml.indexOf('>', xml.search(/<styleSheet[\s>]/)) + 1;
    return `${xml.slice(0, root)}${list}${xml.slice(root)}`;
  }
}

/** `xml` with `items` at the end of list `list`, which then holds `count` (an empty <list/> opened). */
function appendTo(xml: string, list: string, items: string, count: number): string {
  const empty = new RegExp(`<${list}(\\s[^>]*?)?/>`).exec(xml);
  const open = new RegExp(`<${list}(\\s[^>]*[^/>])?>`).exec(xml);
  if (empty && (!open || empty.index <= open.index))
    return xml.replace(empty[0], () => `<${list} count="${count}">${items}</${list}>`);
  const close = xml.indexOf(`</${list}>`);
  xml = `${xml.slice(0, close)}${items}${xml.slice(close)}`;
  const tag = new RegExp(`<${list}(\\s[^>]*[^/>])?>`).exec(xml)!;
  return xml.replace(tag[0], () => withAttr(tag[0], 'count', String(count)));
}
