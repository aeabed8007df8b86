import { attr } from './xml';

/** The elements of a worksheet that come after its conditional formats, in the schema's order. */
export const AFTER_CONDITIONAL_FORMATS = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

/** The elements of a worksheet that come after its legacy drawing (the notes' shapes). */
export const AFTER_LEGACY_DRAWING = AFTER_CONDITIONAL_FORMATS.slice(
  AFTER_CONDITIONAL_FORMATS.indexOf('legacyDrawing') + 1,
);

/**
 * `tail` with `xml` put before the first of the elements `before` among the worksheet's own, or before
 * the root's end. Only the worksheet's children count: a data bar's rule holds an extLst of its own.
 */
export function insertInTail(tail: string, xml: string, before: readonly string[]): string {
  const names = new Set(before);
  let depth = 0;
  for (const m of tail.matchAll(/<(\/?)(?:[\w.-]+:)?([\w.-]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, empty] = m;
    if (closing) {
      if (name === 'worksheet') return `${tail.slice(0, m.index)}${xml}${tail.slice(m.index)}`;
      // The tail starts at the cells' end tag: the one closing tag met at the top.
      depth = Math.max(0, depth - 1);
    } else {
      if (depth === 0 && names.has(name!)) return `${tail.slice(0, m.index)}${xml}${tail.slice(m.index)}`;
      if (!empty) depth++;
    }
  }
  return tail;
}

/**
 * Passes a worksheet part through in pieces, holding back its tail (from the end of its cells on:
 * conditional formats, page setup, drawings …) so that the tail can be changed once the part has
 * gone by. The cells, most of a large part, are never held.
 */
export class SheetTail {
  private held = '';
  private inTail = false;
  /** The part's first characters, where the root element and its namespaces are. */
  private head = '';

  constructor(private readonly emit: (text: string) => void) {}

  push(text: string): void {
    if (this.head.length < 4096) this.head += text.slice(0, 4096 - this.head.length);
    this.held += text;
    if (this.inTail) return;
    const at = this.held.search(/<\/sheetData>|<sheetData\s*\/>/);
    if (at >= 0) {
      this.inTail = true;
      this.out(at);
    } else this.out(Math.max(0, this.held.length - 16));
  }

  private out(end: number): void {
    if (end > 0) this.emit(this.held.slice(0, end));
    this.held = this.held.slice(end);
  }

  /** Whether the root element declares prefix r: for the relationships' namespace `rel`. */
  declaresR(rel: string): boolean {
    const root = /<worksheet\b[^>]*>/.exec(this.head)?.[0] ?? '';
    return attr(root, 'xmlns:r') === rel;
  }

  /** Sends the tail changed by `edit`; false (nothing sent) when there was no tail or `edit` gives null. */
  finish(edit: (tail: string) => string | null): boolean {
    if (!this.inTail) return false;
    const tail = edit(this.held);
    if (tail === null) return false;
    this.emit(tail);
    return true;
  }
}
