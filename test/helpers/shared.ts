import { join } from 'node:path';

/**
 * Copies of ../shared/seeds and ../shared/data/real, kept in the repo so the tests run on a bare
 * CI checkout that has no sibling folder (test/fixtures/shared/README.md says where they came from).
 */
export const SHARED = join(__dirname, '..', 'fixtures', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const REAL = join(SHARED, 'real');
