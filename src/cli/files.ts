import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const WORKBOOK = /\.(xlsx|csv)$/i;

/** Every .xlsx or .csv named or found under a named directory, in a stable order; Excel's ~$ lock files skipped. */
export async function collectFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (WORKBOOK.test(e.name) && !e.name.startsWith('~$')) files.push(p);
    }
  }
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) missing.push(p);
    else if (s.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, missing };
}
