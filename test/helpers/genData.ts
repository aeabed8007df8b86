import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest's global setup: src/data/index.generated.ts made again as `npm run gen` makes it, so that a
 * data file just added is tested, not silently left out (it is only written when it changes).
 */
export function setup(): void {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'gen-data-index.mjs')]);
}
