import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Bilingual } from '../core/templates/types';
import { CsvWorkbook } from '../workbook/file/csvWorkbook';
import { ExcelJsWorkbook } from '../workbook/file/exceljsWorkbook';
import type { WorkbookPort } from '../workbook/port';

export class CannotRead extends Error {
  constructor(readonly why: Bilingual) {
    super(why.en);
    this.name = 'CannotRead';
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** What is wrong with bytes that are not an .xlsx, told by their first bytes. */
function diagnose(b: Uint8Array): Bilingual {
  if (starts(b, OLE)) {
    // Encrypted .xlsx files are OLE containers with an "EncryptedPackage" stream (names in UTF-16).
    const encrypted = Buffer.from(b.subarray(0, Math.min(b.length, 65536))).includes(
      Buffer.from('EncryptedPackage', 'utf16le'),
    );
    return encrypted
      ? {
          th: 'ไฟล์ถูกใส่รหัสผ่าน: เปิดใน Excel แล้วบันทึกสำเนาแบบไม่มีรหัสผ่านก่อน',
          en: 'the file is password-protected: open it in Excel and save a copy without a password',
        }
      : {
          th: 'เป็นไฟล์ Excel รุ่นเก่า (.xls) ที่เปลี่ยนนามสกุล: เปิดใน Excel แล้วบันทึกเป็น .xlsx',
          en: 'an old Excel (.xls) file renamed .xlsx: open it in Excel and save it as .xlsx',
        };
  }
  const head = Buffer.from(b.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
  if (head.startsWith('<') && /<(html|table|!doctype)/.test(head))
    return {
      th: 'เป็นหน้าเว็บ (HTML) ที่ตั้งนามสกุลเป็น Excel: เปิดใน Excel แล้วบันทึกเป็น .xlsx',
      en: 'a web page (HTML) named as an Excel file: open it in Excel and save it as .xlsx',
    };
  return { th: 'ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ (อาจเสียหาย)', en: 'not a readable .xlsx workbook (it may be damaged)' };
}

/** Open an .xlsx or .csv for checking; a file that cannot be read says why, in one line. */
export async function openWorkbook(path: string): Promise<WorkbookPort> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new CannotRead({ th: 'ไม่พบไฟล์', en: 'file not found' });
    if (code === 'EACCES' || code === 'EPERM') throw new CannotRead({ th: 'ไม่มีสิทธิ์อ่านไฟล์', en: 'permission denied' });
    if (code === 'EISDIR') throw new CannotRead({ th: 'เป็นโฟลเดอร์', en: 'is a directory' });
    throw new CannotRead({ th: `อ่านไฟล์ไม่ได้ (${code ?? 'error'})`, en: `cannot be read (${code ?? 'error'})` });
  }
  if (data.length === 0) throw new CannotRead({ th: 'ไฟล์ว่าง (0 ไบต์)', en: 'empty file (0 bytes)' });
  if (/\.csv$/i.test(path)) return new CsvWorkbook(data, basename(path));
  if (!starts(data, ZIP)) throw new CannotRead(diagnose(data));
  try {
    return await ExcelJsWorkbook.load(data);
  } catch {
    throw new CannotRead(diagnose(data));
  }
}
