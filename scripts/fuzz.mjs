// `npm run fuzz [runs]`: the property tests at length (default 20,000 cases each; `npm test` runs 150).
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '20000';
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
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs } },
);
process.exit(r.status ?? 1);
