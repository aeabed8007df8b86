import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The bad-input corpus: each file named for what is wrong with it; expected.json says what it must produce. */
export const BAD = join(__dirname, '..', 'fixtures', 'bad');

export interface Expected {
  why: string;
  /** The one-line reason, for a file that cannot be read. */
  /** The one-line reason a file cannot be read, and its code in the CLI's JSON. */
  error?: { th: string; en: string; code: string };
  /** Per sheet: its form, data rows and findings as [code, cell], sorted. */
  sheets?: Record<string, { template: string | null; rows: number; findings: [string, string][] }>;
}

export async function expectations(): Promise<Record<string, Expected>> {
  return JSON.parse(await readFile(join(BAD, 'expected.json'), 'utf8'));
}

/** The corpus files, sorted. */
export async function corpusFiles(): Promise<string[]> {
  return (await readdir(BAD)).filter((n) => /\.(xlsx|csv)$/.test(n)).sort();
}

/** A file's SHA-256: the same before and after a check means nothing was written to it. */
export async function digest(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}
