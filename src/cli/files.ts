import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

const WORKBOOK = /\.(xlsx|xlsm|csv)$/i;
/** Spreadsheets of other formats: said to be skipped, never silently passed over. */
const OTHER_SPREADSHEET = /\.(xls|xlsb|ods|numbers)$/i;
/** Excel's lock file of an open workbook (~$…), and the resource forks macOS leaves on shared drives (._…). */
const NOT_A_WORKBOOK = /^(~\$|\._)/;

export interface Collected {
  readonly files: string[];
  readonly missing: string[];
  /** Lock files, macOS resource forks, and spreadsheets in a format not read (.xls, .ods). */
  readonly skipped: string[];
}

/** Every .xlsx, .xlsm or .csv named or found under a named directory, in a stable order. */
export async function collectFiles(paths: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (NOT_A_WORKBOOK.test(e.name)) {
        if (WORKBOOK.test(e.name)) skipped.push(p);
      } else if (WORKBOOK.test(e.name)) files.push(p);
      else if (OTHER_SPREADSHEET.test(e.name)) skipped.push(p);
    }
  }
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) missing.push(p);
    else if (s.isDirectory()) await walk(p);
    else if (NOT_A_WORKBOOK.test(basename(p))) skipped.push(p);
    else files.push(p);
  }
  return { files, missing, skipped };
}
