import type { CellValue, SheetGrid } from '../core/cells/value';
import type { CellWrite } from '../core/findings/fixes';
import type { MarkPlan } from '../core/findings/marks';
import type { SheetLayout } from '../core/templates/layout';

export interface ReadProgress {
  readonly rowsRead: number;
  readonly totalRows: number;
}

/**
 * What the user changed in a sheet: rows top..bottom were edited, or (`all`) rows or columns were
 * inserted or deleted, which moves every row below: the whole sheet must be read again.
 */
export interface SheetChange {
  readonly top: number;
  readonly bottom: number;
  readonly all?: boolean;
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ReadProgress) => void;
}

/**
 * The one small interface the task pane and the CLI use to reach a workbook. Office.js (a workbook
 * open in Excel) and ExcelJS (an .xlsx file) each implement it; nothing else touches either library.
 */
/** What a workbook can do here (an old Excel or a CSV file can do less). */
export interface Features {
  readonly marks: boolean;
  readonly events: boolean;
  readonly fixes: boolean;
}

export interface WorkbookPort {
  /** 'excel': the workbook open in Excel; 'file': an .xlsx file held in memory. */
  readonly mode: 'excel' | 'file';
  readonly features: Features;
  sheetNames(): Promise<string[]>;
  /** The sheet the user is looking at, or the first sheet of a file. */
  activeSheetName(): Promise<string>;
  readSheet(name: string, options?: ReadOptions): Promise<SheetGrid>;
  /** Take the user to a cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Add the template as a new sheet (never touching existing sheets); returns its name. */
  insertTemplate(layout: SheetLayout): Promise<string>;
  /** Write suggested fixes into cells of a sheet, all in one batch; says what was written and left. */
  applyFixes(sheet: string, writes: readonly CellWrite[]): Promise<FixResult>;
  /** Show findings in the sheet (conditional formats, and notes where the host has them), in place of this add-in's marks of before. */
  markFindings(sheet: string, plan: MarkPlan): Promise<{ marked: number; notes: number }>;
  /** Remove every mark this add-in made on the sheet, and nothing else; returns how many went. */
  clearMarks(sheet: string): Promise<number>;
  /**
   * Rows top..bottom (1-based) of a sheet, values only, as readSheet gives them; rows past the last
   * one the sheet uses are left out (they are empty).
   */
  readRows(sheet: string, top: number, bottom: number): Promise<CellValue[][]>;
  /** Call back with the rows the user edits; returns a function that stops it. Absent where the host has no events. */
  watchChanges?(sheet: string, onChange: (change: SheetChange) => void): Promise<() => Promise<void>>;
}

/** What a batch of fixes did. */
export interface FixResult {
  readonly written: number;
  /** Cells left because they hold a formula (written over, it would be lost). */
  readonly formulas: number;
  /** Cells left because they are locked on a protected sheet (or need a format it forbids). */
  readonly locked: number;
  /** The cells left, for either reason (A1 addresses). */
  readonly left?: readonly string[];
}

/** A feature this Excel does not have (an older requirement set): the pane says so plainly. */
export class NotSupported extends Error {
  constructor(readonly feature: 'marks' | 'events' | 'fixes' | 'notes') {
    super(`not supported in this Excel: ${feature}`);
    this.name = 'NotSupported';
  }
}

/** The sheet is protected: nothing was written (Excel would refuse part of a batch and keep the rest). */
export class SheetProtected extends Error {
  constructor(readonly sheet: string) {
    super(`sheet "${sheet}" is protected`);
    this.name = 'SheetProtected';
  }
}

/** The sheet in front is no worksheet (a chart sheet): Excel then has no active worksheet to give. */
export class NoWorksheetActive extends Error {
  constructor() {
    super('the active sheet is not a worksheet');
    this.name = 'NoWorksheetActive';
  }
}

/** The sheet asked for is not in the workbook (deleted or renamed since it was listed). */
export class NoSuchSheet extends Error {
  /** As Excel's own error for it, so that the pane words both alike. */
  readonly code = 'ItemNotFound';
  constructor(readonly sheet: string) {
    super(`No sheet named "${sheet}"`);
    this.name = 'NoSuchSheet';
  }
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
  /** Fixes or new sheets not yet in a copy written by toBuffer (downloaded): lost if the file is closed. */
  readonly unsaved?: boolean;
}

/**
 * A table saved as text, read as one read-only sheet: a CSV, or the tab-separated text Excel saves as
 * "Unicode Text" (.txt) and other tools as .tsv.
 */
export const TEXT_TABLE_FILE = /\.(csv|tsv|txt)$/i;

/** How the pane reaches workbooks: the open one in Excel, or files the user opens. */
export interface Host {
  /** The workbook open in Excel, or null when the pane runs in a plain browser. */
  readonly excel: WorkbookPort | null;
  /** What this Excel cannot do (older requirement sets); empty when everything works. */
  readonly limits: readonly ('dropdowns' | 'freeze' | 'marks' | 'events')[];
  /** An .xlsx, or a table saved as text (read-only, e.g. an e-GP export's .csv), by its name. */
  openFile(data: ArrayBuffer, name: string): Promise<WorkbookPort>;
  newFile(): Promise<FileWorkbookPort>;
}
