import { attr, decodeXml } from './xml';

/** A formula cell: its start tag, its formula (empty or with text), and its stored result. */
const FORMULA_CELL = /(<c\b[^>]*>\s*(<f\b[^>]*?)(?:\/>|>([^<]*)<\/f>))\s*<v>[^<]*<\/v>/g;

/**
 * Passes a worksheet part through in pieces without the stored results of the formulas that may read
 * a fixed cell: those on a fixed sheet (`all`), and elsewhere those `readers` finds in (naming a fixed
 * sheet, a defined name over one, or one of its tables: see readersOf).
 * A total keeps the result it had when the amount was text until it is computed again: Excel computes
 * every formula of a copy marked so (calcPr fullCalcOnLoad), LibreOffice only those with no result.
 */
export class FormulaResults {
  private held = '';
  /** Shared formulas (by si) whose first cell dropped its result: the cells sharing it drop theirs. */
  private readonly shared = new Set<string>();

  constructor(
    private readonly emit: (text: string) => void,
    private readonly readers: RegExp,
    private readonly all: boolean,
    /** Turns a formula's XML text citing a renamed table column into one citing its new name. */
    private readonly rewrite?: (formulaXml: string) => string,
  ) {}

  push(text: string): void {
    this.held += text;
    // Up to the last cell's end every cell is whole (cells do not nest).
    const end = this.held.lastIndexOf('</c>');
    if (end < 0) return;
    this.emit(this.turned(this.dropped(this.held.slice(0, end + 4))));
    this.held = this.held.slice(end + 4);
  }

  finish(): void {
    this.emit(this.turned(this.dropped(this.held)));
    this.held = '';
  }

  private turned(xml: string): string {
    const rewrite = this.rewrite;
    return rewrite
      ? xml.replace(/(<f\b[^>]*>)([^<]*)(<\/f>)/g, (_, a: string, f: string, b: string) => a + rewrite(f) + b)
      : xml;
  }

  private dropped(xml: string): string {
    return xml.replace(FORMULA_CELL, (whole, kept: string, tag: string, formula: string | undefined) => {
      const si = attr(tag, 'si');
      const reads = formula ? this.all || this.reads(decodeXml(formula)) : si !== null && this.shared.has(si);
      if (!reads) return whole;
      if (formula && si !== null && attr(tag, 't') === 'shared') this.shared.add(si);
      return kept;
    });
  }

  private reads(formula: string): boolean {
    this.readers.lastIndex = 0;
    return this.readers.test(formula);
  }
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a formula or a part's text names a sheet of `sheets` by (Sheet!, 'Sheet'!, as XML may escape the quotes). */
function sheetRefs(sheets: readonly string[]): string {
  return `(?:${sheets.map((s) => escaped(s).replace(/'/g, "(?:'|&apos;|&#39;)+")).join('|')})(?:'|&apos;|&#39;)?!`;
}

/** A pattern finding a reference to one of `sheets` in a formula or a part's text (looked for in pieces). */
export function namesAny(sheets: readonly string[]): RegExp {
  return new RegExp(sheetRefs(sheets), 'gu');
}

/**
 * A pattern finding, in a formula or a part's text, what reads a cell of `sheets`: a reference to one of
 * them, a defined name of `names` (whose definitions refer to one: =SUM(Budgets)), or a table of
 * `tables` (on one of them: =SUM(tblO16[ราคา])).
 */
export function readersOf(sheets: readonly string[], names: readonly string[], tables: readonly string[]): RegExp {
  // A name stands alone: not part of a longer name, a function's name, a sheet's name or a cell.
  const word = '[\\p{L}\\p{M}\\p{N}_.\\\\]';
  const alone = names.length ? `|(?<!${word})(?:${names.map(escaped).join('|')})(?!${word}|\\(|!)` : '';
  const table = tables.length ? `|(?<!${word})(?:${tables.map(escaped).join('|')})\\[` : '';
  return new RegExp(`${sheetRefs(sheets)}${alone}${table}`, 'giu');
}
