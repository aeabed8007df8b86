// `npm run fuzz [runs] [minutes]`: the property tests at length: 20,000 cases each by default (`npm
// test` runs 150), a property stopping after 10 minutes if it has not run them all by then.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '20000';
const minutes = process.argv[3] ?? '10';
if (!/^[1-9]\d*$/.test(runs) || !(Number(minutes) > 0)) {
  console.error('usage: npm run fuzz [cases, a whole number] [minutes per property]');
  process.exit(2);
}
const r = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    'test/core/properties.test.ts',
    'test/core/session.test.ts',
    'test/adapters/xlsxReader.test.ts',
    'test/adapters/fixedCopy.test.ts',
    'test/adapters/markedCopy.test.ts',
    '--testTimeout=0',
  ],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_MINUTES: minutes } },
);
process.exit(r.status ?? 1);
