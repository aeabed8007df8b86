import type { CellValue, SheetGrid } from '../../core/cells/value';
import type { SheetLayout } from '../../core/templates/layout';
import { parseCsv } from '../../core/text/csv';
import { NotSupported, type WorkbookPort } from '../port';
import { CannotRead, EXCEL_NAMED_CSV, isExcelFile } from './cannotRead';

/** Thai CSV files come as UTF-8 (with or without a BOM) or as TIS-620 / Windows-874 from older systems. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-874' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
}

/** A CSV file as a one-sheet, read-only workbook (e-GP exports arrive as CSV). */
export class CsvWorkbook implements WorkbookPort {
  readonly mode = 'file' as const;
  readonly features = { marks: false, events: false, fixes: false } as const;
  readonly encoding: 'utf-8' | 'windows-874';
  private readonly grid: SheetGrid;

  constructor(bytes: Uint8Array, name = 'CSV') {
    // Read as text, a workbook's bytes would give one sheet of noise and no finding.
    if (isExcelFile(bytes)) throw new CannotRead(EXCEL_NAMED_CSV);
    const { text, encoding } = decodeText(bytes);
    this.encoding = encoding;
    this.grid = { name, values: parseCsv(text).map((r) => r.map((f) => (f === '' ? null : f))), textOnly: true };
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

  async applyFixes(): Promise<number> {
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
