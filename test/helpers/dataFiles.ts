import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The JSON files of one folder of src/data, read from disk: what a test expects is derived from them,
 * so that a new year's file needs no test edit (docs/ADDING-A-YEAR.md).
 */
export function dataFiles<T = Record<string, unknown>>(group: 'templates' | 'frameworks' | 'lists' | 'bands'): T[] {
  const dir = join(__dirname, '..', '..', 'src', 'data', group);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
}

/** The newest OIT framework year among the data files. */
export function newestFrameworkYear(): number {
  return Math.max(...dataFiles<{ year: number }>('frameworks').map((f) => f.year));
}
