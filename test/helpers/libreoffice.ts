import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parseCsv } from '../../src/core/text/csv';

const run = promisify(execFile);

async function convert(path: string, outDir: string, filter: string): Promise<string> {
  const out = await mkdtemp(join(outDir, 'lo-'));
  const profile = await mkdtemp(join(outDir, 'lo-profile-'));
  await run(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--calc', '--convert-to', filter, '--outdir', out, path],
    {
      timeout: 120_000,
    },
  );
  const ext = filter.split(':')[0]!;
  return join(out, basename(path).replace(/\.xlsx$/i, `.${ext}`));
}

/** The workbook saved by LibreOffice in another format ("xls": a real old-format Excel file). */
export async function savedAsByLibreOffice(
  path: string,
  outDir: string,
  format: 'xls' | 'xlsx' | 'ods',
): Promise<string> {
  return convert(path, outDir, format);
}

/**
 * Open a workbook in LibreOffice Calc (headless), which computes every formula, and return the first
 * sheet as the user would see it (displayed text, UTF-8 CSV). Files go under `outDir`.
 */
export async function computedByLibreOffice(path: string, outDir: string): Promise<string[][]> {
  const csv = await convert(path, outDir, 'csv:Text - txt - csv (StarCalc):44,34,76,1');
  return parseCsv(await readFile(csv, 'utf8'));
}

/** Open and save again as .xlsx with LibreOffice: what survives a round trip (lists, formats). */
export async function resavedByLibreOffice(path: string, outDir: string): Promise<string> {
  return convert(path, outDir, 'xlsx');
}

/** A displayed value as the core would hold it: a number where it reads as one, else the text or null. */
export function shown(text: string | undefined): number | string | null {
  if (text === undefined || text === '') return null;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : text;
}
