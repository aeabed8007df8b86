import type { CellValue, SheetGrid } from '../../core/cells/value';
import type { SheetLayout } from '../../core/templates/layout';
import { recogniseHeader } from '../../core/sheet/header';
import { allTemplates } from '../../core/templates/registry';
import {
  csvSeparator,
  excelSepLine,
  readCsv,
  readDecimalCommas,
  readMonthFirstDates,
  writesDecimalCommas,
  type CsvTable,
} from '../../core/text/csv';
import { NotSupported, type FixResult, type WorkbookPort } from '../port';
import {
  CannotRead,
  documentKind,
  EMPTY_FILE,
  excelNamedText,
  isExcelFile,
  isWebPage,
  TEXT_NOT_A_TABLE,
  webPageNamed,
} from './cannotRead';

export type CsvEncoding = 'utf-8' | 'windows-874' | 'utf-16le' | 'utf-16be';

/**
 * Thai CSV files come as UTF-8 (with or without a BOM), as TIS-620 / Windows-874 from older systems,
 * or as UTF-16 with its BOM (Excel's "Unicode Text"). A UTF-8 file with a stray byte or two is still
 * UTF-8: read as TIS-620, all its Thai would be noise.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const wide = utf16WithoutBom(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide };
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const bad = utf8.split('\uFFFD').length - 1;
  const thai = (utf8.match(/[\u0E00-\u0E7F]/g) ?? []).length;
  if (bad === 0 || bad * 20 < thai) return { text: utf8, encoding: 'utf-8' };
  return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
}

/**
 * UTF-16 saved without its BOM: the zero half of every ASCII character (digits, commas, line breaks)
 * falls on one side only. Text in UTF-8 or TIS-620 has no zero bytes.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65_536) & ~1;
  let [even, odd] = [0, 0];
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half / 10 && even * 100 < half) return 'utf-16le';
  if (even > half / 10 && odd * 100 < half) return 'utf-16be';
  return null;
}

const cell = (f: string): CellValue => (f === '' ? null : f);

/** Whether a form's header is among the first rows read with a separator. */
function showsForm(t: CsvTable): boolean {
  return recogniseHeader({ name: '', values: t.rows.slice(0, 40).map((r) => r.map(cell)) }, allTemplates()) !== null;
}

/**
 * The table of a CSV text, split by the separator a "sep=" first line names, or else by the one its
 * lines tell; where that shows no form's header (rows holding more commas of their own than the table
 * has separators), by one that does.
 */
function readTable(whole: string): CsvTable & { readonly separator: string } {
  // Excel's "sep=" line is dropped and its separator tried first; one the file's lines belie (a tab file
  // under "sep=,") gives way to one that shows a form, as a guess would.
  const named = excelSepLine(whole);
  const text = named ? named.text : whole;
  const asNamed = named && { ...readCsv(text, named.sep), separator: named.sep };
  if (asNamed && showsForm(asNamed)) return asNamed;
  const guess = csvSeparator(text);
  const table = readCsv(text, guess);
  if (showsForm(table)) return { ...table, separator: guess };
  for (const other of [',', ';', '\t'] as const) {
    if (other === guess) continue;
    const t = readCsv(text, other);
    if (showsForm(t)) return { ...t, separator: other };
  }
  return asNamed || { ...table, separator: guess };
}

/** A CSV file as a one-sheet, read-only workbook (e-GP exports arrive as CSV). */
export class CsvWorkbook implements WorkbookPort {
  readonly mode = 'file' as const;
  readonly features = { marks: false, events: false, fixes: false } as const;
  readonly encoding: CsvEncoding;
  private readonly grid: SheetGrid;

  constructor(bytes: Uint8Array, name = 'CSV') {
    // Nothing at all: an empty file, as a 0-byte .xlsx is said to be, not a sheet with nothing in it.
    if (!bytes.length) throw new CannotRead(EMPTY_FILE);
    // Read as text, a workbook's or a document's bytes would give one sheet of noise and no finding (a
    // PDF's, mostly text, would pass for a table): said by what they are, as for a file named .xlsx.
    const document = documentKind(bytes);
    if (document) throw new CannotRead(document);
    if (isExcelFile(bytes)) throw new CannotRead(excelNamedText(bytes, name));
    const { text, encoding } = decodeText(bytes);
    this.encoding = encoding;
    // Read as a table, a page's markup would pass as a sheet of no known form, and the check with it.
    if (isWebPage(text)) throw new CannotRead(webPageNamed(/\.(tsv|txt)$/i.exec(name)?.[1]?.toLowerCase() ?? 'csv'));
    // A .txt is a table as Excel saves one ("Unicode Text", tab-separated), or notes.
    if (/\.txt$/i.test(name) && !text.includes('\t')) throw new CannotRead(TEXT_NOT_A_TABLE);
    const { rows, unclosedQuote, separator } = readTable(text);
    const values: CellValue[][] = rows.map((r) => r.map(cell));
    readMonthFirstDates(values);
    // Semicolons separate where the comma is the decimal mark (a European-locale Excel's CSV); a
    // comma CSV may quote such amounts too.
    if (separator === ';' || writesDecimalCommas(values)) readDecimalCommas(values);
    this.grid = { name, values, textOnly: true, separator, ...(unclosedQuote ? { unclosedQuote } : {}) };
  }

  async sheetNames(): Promise<string[]> {
    return [this.grid.name];
  }

  async activeSheetName(): Promise<string> {
    return this.grid.name;
  }

  async readSheet(): Promise<SheetGrid> {
    return this.grid;
  }

  async selectCell(): Promise<void> {}

  async insertTemplate(_layout: SheetLayout): Promise<string> {
    throw new Error('A CSV file holds one table; open it in Excel or import it into a workbook first');
  }

  async applyFixes(): Promise<FixResult> {
    throw new NotSupported('fixes');
  }

  async markFindings(): Promise<{ marked: number; notes: number }> {
    throw new NotSupported('marks');
  }

  async clearMarks(): Promise<number> {
    return 0;
  }

  async readRows(_sheet: string, top: number, bottom: number): Promise<CellValue[][]> {
    return this.grid.values.slice(top - 1, bottom).map((r) => [...r]);
  }
}
