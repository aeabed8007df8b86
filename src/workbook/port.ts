import type { SheetGrid } from '../core/cells/value';
import type { CellWrite } from '../core/findings/fixes';
import type { SheetLayout } from '../core/templates/layout';

export interface ReadProgress {
  readonly rowsRead: number;
  readonly totalRows: number;
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ReadProgress) => void;
}

/**
 * The one small interface the task pane and the CLI use to reach a workbook. Office.js (a workbook
 * open in Excel) and ExcelJS (an .xlsx file) each implement it; nothing else touches either library.
 */
export interface WorkbookPort {
  /** 'excel': the workbook open in Excel; 'file': an .xlsx file held in memory. */
  readonly mode: 'excel' | 'file';
  sheetNames(): Promise<string[]>;
  /** The sheet the user is looking at, or the first sheet of a file. */
  activeSheetName(): Promise<string>;
  readSheet(name: string, options?: ReadOptions): Promise<SheetGrid>;
  /** Take the user to a cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Add the template as a new sheet (never touching existing sheets); returns its name. */
  insertTemplate(layout: SheetLayout): Promise<string>;
  /** Write suggested fixes into cells of a sheet, all in one batch; returns how many were written. */
  applyFixes(sheet: string, writes: readonly CellWrite[]): Promise<number>;
}

export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ReadCancelled';
  }
}

/** A workbook held as a file (outside Excel): it can also be saved as .xlsx bytes. */
export interface FileWorkbookPort extends WorkbookPort {
  toBuffer(): Promise<Uint8Array>;
}

/** How the pane reaches workbooks: the open one in Excel, or files the user opens. */
export interface Host {
  /** The workbook open in Excel, or null when the pane runs in a plain browser. */
  readonly excel: WorkbookPort | null;
  /** What Excel can do here, in words for the user; empty when everything works. */
  readonly limits: readonly string[];
  openFile(data: ArrayBuffer): Promise<FileWorkbookPort>;
  newFile(): Promise<FileWorkbookPort>;
}
