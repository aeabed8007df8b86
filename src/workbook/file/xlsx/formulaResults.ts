import { parseA1 } from '../../../core/cells/address';
import type { SheetReads } from '../fixedReads';
import { withFormulasTurned } from './columnRenames';
import { attr, decodeXml } from './xml';

/** A formula cell: its start tag, its formula (empty or with text), and its stored result. */
const FORMULA_CELL = /((<c\b[^>]*>)\s*(<f\b[^>]*?)(?:\/>|>([^<]*)<\/f>))\s*<v>[^<]*<\/v>/g;

/**
 * Passes a worksheet part through in pieces without the stored results of the formulas that may read
 * a fixed cell: on a fixed sheet those `fixed` drops (citing a fixed cell, or a cell whose result is
 * dropped: see SheetReads; its formulas told first by FormulaCells), and elsewhere those `readers` finds in (naming a fixed sheet, one of its
 * tables, or a defined name over either: see readersOf and namesReading).
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
    private readonly fixed: SheetReads | null,
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
    return this.rewrite ? withFormulasTurned(xml, this.rewrite) : xml;
  }

  private dropped(xml: string): string {
    return xml.replace(FORMULA_CELL, (whole, kept: string, cell: string, tag: string, formula: string | undefined) => {
      const si = attr(tag, 'si');
      const text = formula ? decodeXml(formula) : undefined;
      const reads = this.fixed
        ? this.fixed.drops(parseA1(attr(cell, 'r') ?? ''))
        : text
          ? this.reads(text)
          : si !== null && this.shared.has(si);
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

/**
 * Tells `sheet` the formulas with a stored result of a worksheet part passed in pieces, in its order, as
 * FormulaResults finds them: a formula's result can only be settled once the whole sheet is read.
 */
export class FormulaCells {
  private held = '';

  constructor(private readonly sheet: SheetReads) {}

  push(text: string): void {
    this.held += text;
    const end = this.held.lastIndexOf('</c>');
    if (end < 0) return;
    this.told(this.held.slice(0, end + 4));
    this.held = this.held.slice(end + 4);
  }

  finish(): void {
    this.told(this.held);
    this.held = '';
  }

  private told(xml: string): void {
    for (const [, , cell, tag, formula] of xml.matchAll(FORMULA_CELL))
      this.sheet.add(parseA1(attr(cell!, 'r') ?? ''), formula ? decodeXml(formula) : undefined, {
        t: attr(tag!, 't'),
        si: attr(tag!, 'si'),
        ref: attr(tag!, 'ref'),
      });
  }
}

/** How XML may write the characters it escapes: a part's text is looked in as it is written (&amp;). */
const IN_XML: Record<string, string> = {
  '&': '(?:&|&amp;|&#38;|&#x26;)',
  '<': '(?:<|&lt;|&#60;|&#x3[cC];)',
  '>': '(?:>|&gt;|&#62;|&#x3[eE];)',
  '"': '(?:"|&quot;|&#34;|&#x22;)',
  // Doubled in a quoted sheet name ('O''Brien'!A1).
  "'": "(?:'|&apos;|&#39;|&#x27;)+",
};

/** A character beyond ASCII as a part's text may write it: itself, or a reference (openpyxl writes Thai as &#3619;). */
function referenced(c: string): string {
  const code = c.codePointAt(0)!;
  return `(?:${c}|&#0*${code};|&#[xX]0*${code.toString(16)};)`;
}

/** A name as a pattern finding it in a formula, or in a part's text however XML escapes it. */
const escaped = (s: string) =>
  s.replace(/[.*+?^${}()|[\]\\&<>"']|[^\0-\x7f]/gu, (c) => IN_XML[c] ?? (c > '\x7f' ? referenced(c) : `\\${c}`));

/** What a formula or a part's text names a sheet of `sheets` by (Sheet!, 'Sheet'!, as XML may escape the quotes). */
function sheetRefs(sheets: readonly string[]): string {
  return `(?:${sheets.map(escaped).join('|')})(?:'|&apos;|&#39;|&#x27;)?!`;
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

/** The defined names of a workbook part (`xml`), each with its formula (decoded); not Excel's own (_xlnm.). */
export function definedNames(xml: string): [name: string, formula: string][] {
  const out: [string, string][] = [];
  for (const [, tag, text] of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\//g)) {
    const name = attr(tag!, 'name');
    if (name && !name.startsWith('_xlnm.')) out.push([name, decodeXml(text!)]);
  }
  return out;
}

/**
 * The names of `defined` (see definedNames) that read a cell of `sheets`: those citing one of them, a
 * table of `tables` (a name over a table's column), or a name that does (=PriceRange over O16!G4:G9).
 */
export function namesReading(
  defined: readonly (readonly [string, string])[],
  sheets: readonly string[],
  tables: readonly string[],
): string[] {
  const found = new Set<string>();
  // Each round finds the names over those found before it, until a round finds none.
  for (let grew = true; grew;) {
    grew = false;
    const reads = readersOf(sheets, [...found], tables);
    for (const [name, formula] of defined) {
      if (found.has(name)) continue;
      reads.lastIndex = 0;
      if (!reads.test(formula)) continue;
      found.add(name);
      grew = true;
    }
  }
  return [...found];
}
