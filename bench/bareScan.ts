import type { SheetGrid } from '../src/core/cells/value';

/**
 * The baseline: one pass that reads every cell once and does the least any reader must (look at
 * its type and take its number, text length or date), folding the result so it is not optimised away.
 */
export function bareScan(grid: SheetGrid): number {
  let acc = 0;
  for (const row of grid.values) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v === 'number') acc += v;
      else if (typeof v === 'string') acc += v.length;
      else if (v instanceof Date) acc += v.getTime() % 1000;
      else if (v) acc += 1;
    }
  }
  return acc;
}
