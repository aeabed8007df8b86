import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CannotRead, diagnose, EMPTY_FILE } from '../workbook/file/cannotRead';
import { CsvWorkbook } from '../workbook/file/csvWorkbook';
import { ExcelJsWorkbook } from '../workbook/file/exceljsWorkbook';
import { TEXT_TABLE_FILE, type WorkbookPort } from '../workbook/port';

export { CannotRead };

/** Open an .xlsx, or a .csv (.tsv, .txt) for checking; a file that cannot be read says why, in one line. */
export async function openWorkbook(path: string): Promise<WorkbookPort> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new CannotRead({ code: 'not-found', th: 'ไม่พบไฟล์', en: 'file not found' });
    if (code === 'EACCES' || code === 'EPERM')
      throw new CannotRead({ code: 'permission-denied', th: 'ไม่มีสิทธิ์อ่านไฟล์', en: 'permission denied' });
    if (code === 'EISDIR') throw new CannotRead({ code: 'directory', th: 'เป็นโฟลเดอร์', en: 'is a directory' });
    throw new CannotRead({
      code: 'read-error',
      th: `อ่านไฟล์ไม่ได้ (${code ?? 'error'})`,
      en: `cannot be read (${code ?? 'error'})`,
    });
  }
  if (data.length === 0) throw new CannotRead(EMPTY_FILE);
  // An .xls is not read: what it is (old Excel, or a workbook or table named so) is said.
  if (/\.xls$/i.test(path)) throw new CannotRead(diagnose(data, path));
  if (TEXT_TABLE_FILE.test(path)) return new CsvWorkbook(data, basename(path));
  return ExcelJsWorkbook.load(data, basename(path));
}
