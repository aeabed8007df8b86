// One size of the core benchmark, in its own process so that its peak memory is its own.
import { checkSheet } from '../src/core/check/sheet';
import { bareScan } from './bareScan';
import { generateO16 } from './generate';
import { zodCheck } from './zodRules';

function best(times: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min / 1000;
}

const rows = Number(process.argv[2]);
const grid = generateO16(rows);
// Small sizes run often enough for the JIT to have compiled both validators before the best is taken.
const runs = rows >= 1_000_000 ? 1 : rows >= 100_000 ? 5 : rows >= 10_000 ? 10 : 50;
if (rows < 1_000_000) checkSheet(grid); // warm up
const bare = best(runs * 3, () => bareScan(grid));
const seconds = best(runs, () => checkSheet(grid));
// Peak memory of generating the rows and checking them, before the zod run adds its own.
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
const zod = best(runs, () => zodCheck(grid, 4));
const findings = checkSheet(grid).findings.length;
const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;
process.stdout.write(
  JSON.stringify({
    seconds: round(seconds),
    rowsPerSecond: Math.round(rows / seconds),
    peakMB,
    ratioToBareScan: round(seconds / bare, 1),
    ratioToZod: round(seconds / zod, 2),
    bareScanSeconds: round(bare, 4),
    zodSeconds: round(zod),
    findings,
  }),
);
