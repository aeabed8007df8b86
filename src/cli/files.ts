import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Walked for in folders: workbooks and tables saved as text, not .txt (in a folder, mostly notes). */
const WORKBOOK = /\.(xlsx|xlsm|csv|tsv)$/i;
/** Spreadsheets of other formats: said to be skipped, never silently passed over. */
const OTHER_SPREADSHEET = /\.(xls|xlsb|ods|numbers)$/i;
/** Excel's lock file of an open workbook (~$…), and the resource forks macOS leaves on shared drives (._…). */
const NOT_A_WORKBOOK = /^(~\$|\._)/;

export interface Collected {
  readonly files: string[];
  readonly missing: string[];
  /** Lock files, macOS resource forks, and spreadsheets in a format not read (.xls, .ods). */
  readonly skipped: string[];
  /** Folders that could not be listed (no permission). */
  readonly unreadable: string[];
  /** Files, missing paths and unreadable folders in the order given (a folder's in name order). */
  readonly order: string[];
}

/**
 * Every file named, and every .xlsx, .xlsm, .csv or .tsv found under a named directory, in a stable
 * order, each once however it is reached (two names, a link). Links to folders are followed, each
 * folder once.
 */
export async function collectFiles(paths: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  const unreadable: string[] = [];
  const order: string[] = [];
  const seen = new Set<string>();
  const once = async (p: string) => {
    const real = await realpath(p).catch(() => p);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  async function walk(dir: string): Promise<void> {
    if (!(await once(dir))) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
    if (!entries) {
      unreadable.push(dir);
      order.push(dir);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      const isDir = e.isDirectory() || (e.isSymbolicLink() && (await stat(p).catch(() => null))?.isDirectory());
      if (isDir) await walk(p);
      else if (NOT_A_WORKBOOK.test(e.name)) {
        if (WORKBOOK.test(e.name)) skipped.push(p);
      } else if (WORKBOOK.test(e.name) || OTHER_SPREADSHEET.test(e.name)) {
        if (await once(p)) (WORKBOOK.test(e.name) ? files : skipped).push(p);
        if (WORKBOOK.test(e.name)) order.push(p);
      }
    }
  }
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) {
      missing.push(p);
      order.push(p);
    } else if (s.isDirectory()) await walk(p);
    else if (NOT_A_WORKBOOK.test(basename(p))) skipped.push(p);
    else if (await once(p)) {
      files.push(p);
      order.push(p);
    }
  }
  return { files, missing, skipped, unreadable, order };
}
