import { cellAt, type CellValue, type SheetGrid } from '../cells/value';
import type { Template } from '../templates/types';

/** Two cell values that read as the same text (dates by their moment, errors by their code). */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || b instanceof Date) return false;
  return a.error === b.error;
}

/** The merged areas that can reach the rows a header search looks at, as one text. */
export function mergesNear(grid: SheetGrid, lastRow: number): string {
  let key = '';
  for (const m of grid.merges ?? []) if (m.top <= lastRow) key += `${m.top},${m.left},${m.bottom},${m.right};`;
  return key;
}

/** One finished header search: what it was given, every cell it read, and what it found. */
interface Search<T> {
  readonly templates: readonly Template[];
  /** The sheet's height (capped), width and merges as the search saw them. */
  readonly shape: string;
  readonly cells: readonly { readonly row: number; readonly col: number; readonly value: CellValue }[];
  readonly found: T;
}

/**
 * The last few header searches. The pane checks a sheet again after every edit and the CLI checks
 * folders of files laid out alike: when every cell a search read still holds the same value (and the
 * sheet's shape near the top is the same), the search would find the same header, so its answer is
 * given again without scoring texts against every template.
 */
export class HeaderMemo<T> {
  private searches: Search<T>[] = [];

  constructor(private readonly size: number) {}

  find(grid: SheetGrid, templates: readonly Template[], shape: string): T | undefined {
    for (const s of this.searches) {
      if (s.shape !== shape || s.templates.length !== templates.length) continue;
      if (!s.templates.every((t, i) => t === templates[i])) continue;
      if (s.cells.every((c) => sameValue(c.value, cellAt(grid, c.row, c.col)))) return s.found;
    }
    return undefined;
  }

  keep(search: Search<T>): void {
    this.searches = [search, ...this.searches.slice(0, this.size - 1)];
  }
}
