import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL, SEEDS } from '../helpers/shared';

/** Where the originals live next to the repo; a bare CI checkout has only the copies. */
const ORIGINALS = join(__dirname, '..', '..', '..', 'shared');
const pairs: [string, string][] = [
  [join(ORIGINALS, 'seeds'), SEEDS],
  [join(ORIGINALS, 'data', 'real'), REAL],
];

describe.skipIf(!existsSync(ORIGINALS))('the copies of the seeds and the real rows', () => {
  it.each(pairs)('%s is copied unchanged', (original, copy) => {
    const names = readdirSync(original).sort();
    expect(readdirSync(copy).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(copy, n)).equals(readFileSync(join(original, n))), n).toBe(true);
  });
});
