import type { Bilingual } from '../../core/templates/types';

/** Why a file cannot be read: words a user can act on, and a stable code (the CLI's JSON gives it). */
export interface Unreadable extends Bilingual {
  readonly code:
    | 'not-found'
    | 'permission-denied'
    | 'directory'
    | 'read-error'
    | 'empty-file'
    | 'password-protected'
    | 'old-xls'
    | 'opendocument'
    | 'xlsb'
    | 'web-page'
    | 'excel-named-csv'
    | 'xlsx-named-xls'
    | 'text-table-named-excel'
    | 'damaged'
    | 'too-large'
    | 'sheet-name'
    | 'not-a-workbook';
}

/** A file the add-in cannot read, with why in words a user can act on. */
export class CannotRead extends Error {
  constructor(readonly why: Unreadable) {
    super(why.en);
    this.name = 'CannotRead';
  }
}

export const TOO_LARGE: Unreadable = {
  code: 'too-large',
  th: 'ไฟล์ใหญ่เกินกว่าจะอ่านได้ (เมื่อคลายออกมีข้อมูลเกินที่อ่านได้) หรือเสียหาย: ลบแถวและคอลัมน์ที่ไม่ใช้ หรือแยกเป็นหลายไฟล์',
  en: 'too large to read (it unpacks to more than can be held), or damaged: delete unused rows and columns, or split it into several files',
};

/** Why a file could not be read, from what reading it threw; null for a fault of ours. */
export function whyUnreadable(e: unknown): Unreadable | null {
  if (e instanceof CannotRead) return e.why;
  // The same error from another copy of this module (a chunk loaded apart) is told by its shape.
  const why = (e as { why?: Partial<Unreadable> } | null)?.why;
  if (typeof why?.th === 'string' && typeof why.en === 'string' && typeof why.code === 'string')
    return why as Unreadable;
  // The engine's limit on one text or array: a package that unpacks to gigabytes (a zip bomb, a sheet of spaces).
  if (e instanceof RangeError && /invalid (string|array|typed array) length|allocation failed/i.test(e.message))
    return TOO_LARGE;
  return null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const starts = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

export const isZip = (b: Uint8Array) => starts(b, ZIP);

/** Bytes of an Excel workbook (.xlsx, or the old .xls), whatever the file is called. */
export const isExcelFile = (b: Uint8Array) => starts(b, ZIP) || starts(b, OLE);

/** A text file that holds no table: a .json, .xml, or a .txt of notes (a table saved as .txt has tabs). */
export const TEXT_NOT_A_TABLE: Unreadable = {
  code: 'not-a-workbook',
  th: 'เป็นไฟล์ข้อความ ไม่ใช่สมุดงาน Excel: ตรวจได้เฉพาะสมุดงาน .xlsx, .xlsm และตารางที่บันทึกเป็นข้อความ (.csv, .tsv หรือ .txt ที่คั่นด้วยแท็บ)',
  en: 'a text file, not an Excel workbook: only .xlsx and .xlsm workbooks and tables saved as text (.csv, .tsv, or .txt separated by tabs) can be checked',
};

export const EXCEL_NAMED_CSV: Unreadable = {
  code: 'excel-named-csv',
  th: 'เป็นไฟล์ Excel ที่ตั้งนามสกุลเป็น .csv: เปลี่ยนนามสกุลเป็น .xlsx แล้วเปิดอีกครั้ง',
  en: 'an Excel workbook named .csv: rename it to .xlsx and open it again',
};

/** Whether a file's text is a web page (HTML): a download that failed, or a page saved under a table's name. */
export function isWebPage(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  // Its tags closed too: a CSV's title "<table> ของ …" opens none.
  return head.startsWith('<') && /<(html|table|!doctype)/.test(head.slice(0, 512)) && /<\/[a-z]/.test(head);
}

/**
 * A web page named as a text table (`ext`: csv, tsv, txt): most often the error page of a download that
 * failed (a session timed out), or a page of a table saved from the browser, which Excel can open.
 */
export function webPageNamed(ext: string): Unreadable {
  return {
    code: 'web-page',
    th: `เป็นหน้าเว็บ (HTML) ที่ตั้งนามสกุลเป็น .${ext} ไม่ใช่ตารางข้อมูล: ถ้าได้มาจากการดาวน์โหลด (เช่น จาก e-GP) ให้เข้าสู่ระบบแล้วดาวน์โหลดใหม่ ถ้าเป็นหน้าเว็บที่มีตาราง ให้เปิดใน Excel แล้วบันทึกเป็น .xlsx`,
    en: `a web page (HTML) named .${ext}, not a table of data: if it was downloaded (from e-GP, say), log in and download it again; if it is a page holding a table, open it in Excel and save it as .xlsx`,
  };
}

/** Whether `needle` occurs in `hay` (a few bytes in 64 KB at the start or end of a file). */
function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The first entry of an OpenDocument spreadsheet (.ods): its media type, stored as it is. */
const ODS = new TextEncoder().encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');

/** The workbook part of an Excel binary workbook (.xlsb), named in the zip's directory at its end. */
const XLSB = new TextEncoder().encode('xl/workbook.bin');

/** A name as an OLE directory holds it: UTF-16, little-endian. */
const utf16 = (name: string) => new Uint8Array([...name].flatMap((c) => [c.charCodeAt(0), 0]));

/** The largest index of a sector; those above mark the end of a chain, a free sector, and the like. */
const MAX_SECTOR = 0xfffffffa;

/**
 * The names of the streams and storages at the top of an OLE file (a compound file: the old .xls and
 * .doc, an encrypted .xlsx), read from its directory; null where the directory cannot be read (a file
 * cut short). Only the top tells what the file is: a workbook's embedded Word document holds its own
 * "WordDocument" in a storage of its own, as a Word file's embedded sheet holds a "Workbook".
 */
function oleTopNames(b: Uint8Array): ReadonlySet<string> | null {
  if (!starts(b, OLE) || b.length < 512) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u32 = (at: number) => (at + 4 <= b.length ? view.getUint32(at, true) : 0xffffffff);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  // The header is the first sector; sector n follows it.
  const offset = (n: number) => (n + 1) * size;
  const fat = fatSectors(b, size, u32);
  const next = (n: number) => {
    const of = fat[Math.floor(n / (size / 4))];
    return of === undefined ? 0xffffffff : u32(offset(of) + (n % (size / 4)) * 4);
  };
  // The directory's sectors, by the FAT's chain (a chain that loops ends at the file's length).
  const dir: number[] = [];
  for (let n = u32(48); n <= MAX_SECTOR && offset(n) + size <= b.length && dir.length < b.length / size; n = next(n))
    dir.push(n);
  const perSector = size / 128;
  const entry = (i: number) => {
    const sector = dir[Math.floor(i / perSector)];
    if (sector === undefined) return null;
    const at = offset(sector) + (i % perSector) * 128;
    const length = Math.min(view.getUint16(at + 64, true), 64);
    const name = String.fromCharCode(
      ...Array.from({ length: Math.max(0, length / 2 - 1) }, (_, k) => view.getUint16(at + k * 2, true)),
    );
    return { name, left: u32(at + 68), right: u32(at + 72), child: u32(at + 76) };
  };
  const root = entry(0);
  if (!root) return null;
  // The root's children are a tree of siblings, by left and right (their own children are not the top's);
  // walked by a list, not by recursion, and each entry once (a damaged file's tree may loop).
  const names = new Set<string>();
  const seen = new Set<number>();
  for (const todo = [root.child]; todo.length;) {
    const i = todo.pop()!;
    const e = i > MAX_SECTOR || seen.has(i) ? null : entry(i);
    seen.add(i);
    if (!e) continue;
    names.add(e.name);
    todo.push(e.left, e.right);
  }
  return names;
}

/** The sectors of an OLE file's allocation table: the first 109 named in the header, the rest in a chain. */
function fatSectors(b: Uint8Array, size: number, u32: (at: number) => number): number[] {
  const count = u32(44);
  const out: number[] = [];
  for (let i = 0; i < 109 && out.length < count; i++) out.push(u32(76 + i * 4));
  // A chain that loops ends at as many steps as the file has sectors.
  let n = u32(68);
  for (let steps = 0; n <= MAX_SECTOR && out.length < count && (n + 2) * size <= b.length; steps++) {
    if (steps > b.length / size) break;
    const at = (n + 1) * size;
    for (let i = 0; i < size / 4 - 1 && out.length < count; i++) out.push(u32(at + i * 4));
    n = u32(at + size - 4);
  }
  return out;
}

/**
 * Whether an OLE file holds `name` at its top; where its directory cannot be read, whether the name is
 * in its first 64 KB, as a directory holds it.
 */
function oleHolds(b: Uint8Array, name: string): boolean {
  const top = oleTopNames(b);
  return top ? top.has(name) : contains(b.subarray(0, Math.min(b.length, 65_536)), utf16(name));
}

/** An OLE file whose top holds a workbook's stream: Excel's "Workbook", or "Book" of Excel 5 and 95. */
const isOleWorkbook = (b: Uint8Array) => oleHolds(b, 'Workbook') || oleHolds(b, 'Book');

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** The folders of a Word or PowerPoint package, named in the zip's directory. */
const WORD_PARTS = new TextEncoder().encode('word/document.xml');
const SLIDE_PARTS = new TextEncoder().encode('ppt/presentation.xml');

/**
 * A document of another kind (a PDF, Word, PowerPoint): often the published report picked by mistake, or the
 * table as it was sent on. Said by what it is, not as a damaged workbook.
 */
function otherDocument(kind: { th: string; en: string }): Unreadable {
  return {
    code: 'not-a-workbook',
    th: `เป็น${kind.th} ไม่ใช่สมุดงาน Excel: เปิดสมุดงาน .xlsx ที่ใช้ทำเอกสารนี้แทน หรือคัดลอกตารางไปวางใน Excel แล้วบันทึกเป็น .xlsx`,
    en: `${kind.en}, not an Excel workbook: open the .xlsx workbook this document was made from instead, or copy the table into Excel and save it as .xlsx`,
  };
}

/** What other document bytes are, by their signature or the parts their package names; else null. */
export function documentKind(b: Uint8Array): Unreadable | null {
  if (starts(b, PDF)) return otherDocument({ th: 'ไฟล์ PDF', en: 'a PDF file' });
  const head = b.subarray(0, Math.min(b.length, 65_536));
  const tail = b.subarray(Math.max(0, b.length - 65_536));
  // A workbook holding a Word document (a memo embedded in the sheet) is a workbook.
  if (starts(b, OLE) && !isOleWorkbook(b) && oleHolds(b, 'WordDocument'))
    return otherDocument({ th: 'เอกสาร Word (.doc)', en: 'a Word document (.doc)' });
  if (!starts(b, ZIP)) return null;
  if (contains(head, WORD_PARTS) || contains(tail, WORD_PARTS))
    return otherDocument({ th: 'เอกสาร Word (.docx)', en: 'a Word document (.docx)' });
  if (contains(head, SLIDE_PARTS) || contains(tail, SLIDE_PARTS))
    return otherDocument({ th: 'งานนำเสนอ PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' });
  return null;
}

export const EMPTY_FILE: Unreadable = { code: 'empty-file', th: 'ไฟล์ว่าง (0 ไบต์)', en: 'empty file (0 bytes)' };

const OLD_XLS: Unreadable = {
  code: 'old-xls',
  th: 'เป็นไฟล์ Excel รุ่นเก่า (.xls): เปิดใน Excel แล้วบันทึกเป็น .xlsx',
  en: 'an old Excel (.xls) workbook: open it in Excel and save it as .xlsx',
};

/** Whether bytes read as text (UTF-8, or Thai Windows' code page), not as a binary file's. */
function isText(b: Uint8Array): boolean {
  const head = b.subarray(0, 4096);
  if (head.includes(0)) return false;
  // A character cut at the end of the piece read is not a fault of the file (stream: it waits for more).
  const utf8 = new TextDecoder().decode(head, { stream: true });
  return !utf8.includes('\uFFFD') || !new TextDecoder('windows-874').decode(head).includes('\uFFFD');
}

/** Whether text reads as a table: a few lines with a separator in each (a CSV, a tab-separated table). */
function looksLikeTable(b: Uint8Array): boolean {
  const lines = new TextDecoder()
    .decode(b.subarray(0, 4096), { stream: true })
    .split(/\r?\n/)
    .filter((l) => l.trim());
  return lines.length >= 2 && lines.slice(0, 5).every((l) => /[,;\t]/.test(l));
}

/**
 * What is wrong with bytes that are not a readable .xlsx, told by their first bytes and the file's
 * `name` (an old .xls named so is not a renamed one).
 */
export function diagnose(b: Uint8Array, name = ''): Unreadable {
  if (b.length === 0) return EMPTY_FILE;
  const document = documentKind(b);
  if (document) return document;
  const xlsName = /\.xls$/i.test(name);
  // What it was renamed: a table's text name (.csv), else a workbook's.
  const renamed = /\.(csv|tsv|txt)$/i.exec(name)?.[1]?.toLowerCase() ?? 'xlsx';
  if (starts(b, OLE) && xlsName && !oleHolds(b, 'EncryptedPackage')) return OLD_XLS;
  if (starts(b, ZIP) && xlsName)
    return {
      code: 'xlsx-named-xls',
      th: 'เป็นสมุดงาน .xlsx ที่ตั้งนามสกุลเป็น .xls: เปลี่ยนนามสกุลเป็น .xlsx แล้วเปิดอีกครั้ง',
      en: 'an .xlsx workbook named .xls: rename it to .xlsx and open it again',
    };
  if (starts(b, OLE)) {
    // Encrypted .xlsx files are OLE containers with an "EncryptedPackage" stream.
    return oleHolds(b, 'EncryptedPackage')
      ? {
          code: 'password-protected',
          th: 'ไฟล์ถูกใส่รหัสผ่าน: เปิดใน Excel แล้วบันทึกสำเนาแบบไม่มีรหัสผ่านก่อน',
          en: 'the file is password-protected: open it in Excel and save a copy without a password',
        }
      : {
          code: 'old-xls',
          th: 'เป็นไฟล์ Excel รุ่นเก่า (.xls) ที่เปลี่ยนนามสกุล: เปิดใน Excel แล้วบันทึกเป็น .xlsx',
          en: `an old Excel (.xls) file renamed .${renamed}: open it in Excel and save it as .xlsx`,
        };
  }
  if (starts(b, ZIP) && contains(b.subarray(0, 256), ODS))
    return {
      code: 'opendocument',
      th: 'เป็นไฟล์ OpenDocument (.ods) ของ LibreOffice: เปิดใน LibreOffice แล้วบันทึกเป็น .xlsx (Excel 2007-365)',
      en: 'an OpenDocument spreadsheet (.ods): open it in LibreOffice and save it as .xlsx (Excel 2007-365)',
    };
  if (starts(b, ZIP) && contains(b.subarray(Math.max(0, b.length - 65_536)), XLSB))
    return {
      code: 'xlsb',
      th: 'เป็นสมุดงาน Excel แบบไบนารี (.xlsb): เปิดใน Excel แล้วบันทึกเป็น .xlsx (สมุดงาน Excel)',
      en: 'an Excel binary workbook (.xlsb): open it in Excel and save it as .xlsx (Excel Workbook)',
    };
  if (isWebPage(new TextDecoder().decode(b.subarray(0, 512))))
    return {
      code: 'web-page',
      th: 'เป็นหน้าเว็บ (HTML) ที่ตั้งนามสกุลเป็น Excel: เปิดใน Excel แล้วบันทึกเป็น .xlsx',
      en: 'a web page (HTML) named as an Excel file: open it in Excel and save it as .xlsx',
    };
  if (!starts(b, ZIP) && isText(b) && looksLikeTable(b))
    return {
      code: 'text-table-named-excel',
      th: 'เป็นตารางที่บันทึกเป็นข้อความ (CSV) แต่ตั้งนามสกุลเป็นไฟล์ Excel: เปลี่ยนนามสกุลเป็น .csv แล้วเปิดอีกครั้ง',
      en: 'a table saved as text (CSV) but named as an Excel file: rename it to .csv and open it again',
    };
  // Named .xls and nothing else: what its name says, which is not read.
  if (xlsName) return OLD_XLS;
  // Text (a .json or .xml file given by name): no workbook at all, not a damaged one.
  if (!starts(b, ZIP) && isText(b)) return TEXT_NOT_A_TABLE;
  return {
    code: 'damaged',
    th: 'ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ (อาจเสียหาย)',
    en: 'not a readable .xlsx workbook (it may be damaged)',
  };
}

/**
 * Excel's bytes named as a table of text (`name`: .csv, .tsv, .txt): an .xlsx to rename; else what they
 * are (an old .xls, a password, an .ods, an .xlsb), which no rename to .xlsx would open.
 */
export function excelNamedText(b: Uint8Array, name: string): Unreadable {
  const why = diagnose(b, name);
  return why.code === 'damaged' ? EXCEL_NAMED_CSV : why;
}

/**
 * A sheet name Excel forbids (a quote first or last, one of : \ / ? * [ ], or History) but other writers allow
 * (openpyxl): the copy is written by a library that refuses it, so the user is told which to rename.
 */
export function badSheetName(names: readonly string[]): Unreadable | null {
  const bad = names.find((n) => /^'|'$|[:\\/?*[\]]/.test(n) || n === 'History');
  if (bad === undefined) return null;
  return {
    code: 'sheet-name',
    th: `Excel ไม่อนุญาตชื่อแผ่นงาน "${bad}" (ขึ้นต้นหรือลงท้ายด้วย ' หรือมี : \\ / ? * [ ]): เปลี่ยนชื่อแผ่นงานแล้วลองอีกครั้ง`,
    en: `Excel does not allow the sheet name "${bad}" (a ' first or last, or one of : \\ / ? * [ ]): rename the sheet and try again`,
  };
}
