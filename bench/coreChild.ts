// One size of the core benchmark, in its own process so that its peak memory is its own.
import { checkSheet } from '../src/core/check/sheet';
import { recogniseHeader } from '../src/core/sheet/header';
import { allTemplates } from '../src/core/templates/registry';
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

/** Runs `fn` `times` times untimed; returns how long the first run took (the cold figure). */
function warmUp(times: number, fn: () => void): number {
  const t = performance.now();
  fn();
  const first = (performance.now() - t) / 1000;
  for (let i = 1; i < times; i++) fn();
  return first;
}

const rows = Number(process.argv[2]);
const grid = generateO16(rows);
const runs = rows >= 1_000_000 ? 1 : rows >= 100_000 ? 5 : rows >= 10_000 ? 10 : 50;
// Both validators are warmed up alike before they are timed: each first runs untimed over at least
// 300,000 rows, so that the best of the timed runs is compiled code for both (the JIT takes longer to
// settle on the checker's many rule paths than on one zod schema). A million rows run once, cold.
const warmRuns = rows >= 1_000_000 ? 0 : Math.ceil(300_000 / rows);
const firstSeconds = warmRuns ? warmUp(warmRuns, () => checkSheet(grid)) : null;
const bare = best(runs * 3, () => bareScan(grid));
const seconds = best(runs, () => checkSheet(grid));
// Finding the header costs the same at any size (zod is handed it): the floor of a small sheet's time.
const header = best(runs, () => recogniseHeader(grid, allTemplates()));
// Peak memory of generating the rows and checking them, before the zod run adds its own.
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
const zodFirstSeconds = warmRuns ? warmUp(warmRuns, () => zodCheck(grid, 4)) : null;
const zod = best(runs, () => zodCheck(grid, 4));
const findings = checkSheet(grid).findings.length;
const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
// Times to three significant figures: a thousand rows' bare pass takes well under a millisecond.
const time = (s: number) => Number(s.toPrecision(3));
process.stdout.write(
  JSON.stringify({
    seconds: time(seconds),
    rowsPerSecond: Math.round(rows / seconds),
    peakMB,
    ratioToBareScan: round(seconds / bare, 1),
    ratioToZod: round(seconds / zod, 2),
    bareScanSeconds: time(bare),
    zodSeconds: time(zod),
    headerSeconds: time(header),
    // The first, cold run of each (before warming up), for comparison: absent for a million rows,
    // whose one timed run is cold.
    ...(firstSeconds !== null && zodFirstSeconds !== null
      ? { firstRunSeconds: time(firstSeconds), zodFirstRunSeconds: time(zodFirstSeconds) }
      : {}),
    findings,
  }),
);
