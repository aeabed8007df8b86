// `npm run bench`: speed and memory figures, printed as one JSON object (the last thing printed).
// Figures, not pass/fail: the targets are in the issues, and the note says how they compare.
import type { SheetGrid } from '../src/core/cells/value';
import { checkSheet } from '../src/core/check/sheet';
import { generateO16 } from './generate';

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

function best(times: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min / 1000;
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function benchCore(rows: number) {
  const grid = generateO16(rows);
  checkSheet(grid); // warm up
  const runs = rows >= 100_000 ? 3 : 5;
  const bare = best(runs * 3, () => bareScan(grid));
  const seconds = best(runs, () => checkSheet(grid));
  const findings = checkSheet(grid).findings.length;
  return {
    seconds: round(seconds),
    rowsPerSecond: Math.round(rows / seconds),
    bareScanSeconds: round(bare, 4),
    ratioToBareScan: round(seconds / bare, 1),
    findings,
  };
}

async function main() {
  const core: Record<string, unknown> = {};
  for (const n of [10_000, 100_000]) {
    core[String(n)] = benchCore(n);
    console.error(`core ${n}: ${JSON.stringify(core[String(n)])}`);
  }
  console.log(JSON.stringify({ core }, null, 2));
}

void main();
