import { sheetRef } from '../../../core/templates/layout';
import { attr, decodeXml } from './xml';

/** A formula cell: its start tag, its formula (empty or with text), and its stored result. */
const FORMULA_CELL = /(<c\b[^>]*>\s*(<f\b[^>]*?)(?:\/>|>([^<]*)<\/f>))\s*<v>[^<]*<\/v>/g;

/**
 * Passes a worksheet part through in pieces without the stored results of the formulas that may read
 * a fixed cell: those on a fixed sheet (`all`), and elsewhere those naming one of the fixed sheets.
 * A total keeps the result it had when the amount was text until it is computed again: Excel computes
 * every formula of a copy marked so (calcPr fullCalcOnLoad), LibreOffice only those with no result.
 */
export class FormulaResults {
  private held = '';
  /** Shared formulas (by si) whose first cell dropped its result: the cells sharing it drop theirs. */
  private readonly shared = new Set<string>();

  constructor(
    private readonly emit: (text: string) => void,
    private readonly sheets: readonly string[],
    private readonly all: boolean,
  ) {}

  push(text: string): void {
    this.held += text;
    // Up to the last cell's end every cell is whole (cells do not nest).
    const end = this.held.lastIndexOf('</c>');
    if (end < 0) return;
    this.emit(this.dropped(this.held.slice(0, end + 4)));
    this.held = this.held.slice(end + 4);
  }

  finish(): void {
    this.emit(this.dropped(this.held));
    this.held = '';
  }

  private dropped(xml: string): string {
    return xml.replace(FORMULA_CELL, (whole, kept: string, tag: string, formula: string | undefined) => {
      const si = attr(tag, 'si');
      const reads = formula ? this.all || this.namesFixedSheet(decodeXml(formula)) : si !== null && this.shared.has(si);
      if (!reads) return whole;
      if (formula && si !== null && attr(tag, 't') === 'shared') this.shared.add(si);
      return kept;
    });
  }

  private namesFixedSheet(formula: string): boolean {
    return this.sheets.some((s) => formula.includes(`${s}!`) || formula.includes(sheetRef(s, '')));
  }
}

/** Whether a worksheet part's text may hold a formula naming one of `sheets` (looked for in pieces). */
export function namesAny(sheets: readonly string[]): RegExp {
  const escaped = sheets.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "(?:'|&apos;|&#39;)+"));
  return new RegExp(`(?:${escaped.join('|')})(?:'|&apos;|&#39;)?!`, 'g');
}
