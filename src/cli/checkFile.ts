import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkSheet } from '../core/check/sheet';
import type { FileReport } from '../core/check/report';
import { CsvWorkbook } from '../workbook/file/csvWorkbook';
import { ExcelJsWorkbook } from '../workbook/file/exceljsWorkbook';
import type { WorkbookPort } from '../workbook/port';

/** Why a file could not be read, in one line a finance officer can act on. */
export function describeReadError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/ENOENT/.test(msg)) return 'file not found';
  if (/EACCES|EPERM/.test(msg)) return 'permission denied';
  if (/EISDIR/.test(msg)) return 'is a directory';
  if (/end of central directory|zip|signature|Corrupted|invalid/i.test(msg))
    return 'not a readable .xlsx workbook (damaged, password-protected, or another format renamed .xlsx)';
  return `cannot be read (${msg.split('\n')[0]})`;
}

export async function checkFile(path: string): Promise<FileReport> {
  let wb: WorkbookPort;
  try {
    const data = await readFile(path);
    if (data.length === 0) return { file: path, error: 'empty file (0 bytes)', sheets: [] };
    wb = /\.csv$/i.test(path) ? new CsvWorkbook(data, basename(path)) : await ExcelJsWorkbook.load(data);
  } catch (e) {
    return { file: path, error: describeReadError(e), sheets: [] };
  }
  const sheets = [];
  for (const name of await wb.sheetNames()) sheets.push(checkSheet(await wb.readSheet(name)));
  return { file: path, error: null, sheets };
}
