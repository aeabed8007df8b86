import type { SheetGrid } from '../../core/cells/value';
import type { CellWrite } from '../../core/findings/fixes';
import type { SheetLayout } from '../../core/templates/layout';
import type { ReadOptions, WorkbookPort } from '../port';
import { detectCapabilities, type Capabilities } from './capabilities';
import { readGrid } from './readGrid';
import { writeLayout } from './writeLayout';

/** Excel.run, or a stand-in with the same shape (the tests' fake). */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The workbook open in Excel, through Office.js. The only place that calls Excel.run. */
export class OfficeWorkbook implements WorkbookPort {
  readonly mode = 'excel' as const;

  constructor(
    private readonly run: ExcelRun,
    readonly caps: Capabilities,
  ) {}

  sheetNames(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  activeSheetName(): Promise<string> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      await ctx.sync();
      return ws.name;
    });
  }

  readSheet(name: string, options?: ReadOptions): Promise<SheetGrid> {
    return this.run((ctx) => readGrid(ctx, ctx.workbook.worksheets.getItem(name), this.caps, options));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  insertTemplate(layout: SheetLayout): Promise<string> {
    return this.run((ctx) => writeLayout(ctx, layout, this.caps));
  }

  applyFixes(sheet: string, writes: readonly CellWrite[]): Promise<number> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const w of writes) {
        const r = ws.getRange(w.cell);
        // The format first: digits written into a General cell would turn back into a number.
        if (w.numberFormat) r.numberFormat = [[w.numberFormat]];
        r.values = [[w.value]];
      }
      await ctx.sync();
      return writes.length;
    });
  }
}

/** The adapter for the Excel the pane runs in: its Excel.run and the requirement sets it reports. */
export function officeWorkbookInExcel(): OfficeWorkbook {
  const caps = detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
  return new OfficeWorkbook((batch) => Excel.run(batch), caps);
}
