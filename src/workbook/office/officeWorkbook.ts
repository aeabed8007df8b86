import { columnLetter } from '../../core/cells/address';
import type { CellValue, SheetGrid } from '../../core/cells/value';
import type { CellWrite } from '../../core/findings/fixes';
import type { MarkPlan } from '../../core/findings/marks';
import type { SheetLayout } from '../../core/templates/layout';
import { NotSupported, type Features, type ReadOptions, type WorkbookPort } from '../port';
import { addMarks, removeMarks } from './marks';
import { detectCapabilities, type Capabilities } from './capabilities';
import { convertRow, parseAreas, readGrid } from './readGrid';
import { writeLayout } from './writeLayout';

/** Excel.run, or a stand-in with the same shape (the tests' fake). */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The workbook open in Excel, through Office.js. The only place that calls Excel.run. */
export class OfficeWorkbook implements WorkbookPort {
  readonly mode = 'excel' as const;
  readonly features: Features;

  constructor(
    private readonly run: ExcelRun,
    readonly caps: Capabilities,
  ) {
    this.features = { marks: caps.conditionalFormats, events: caps.changeEvents, fixes: true };
  }

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

  markFindings(sheet: string, plan: MarkPlan): Promise<{ marked: number; notes: number }> {
    return this.run(async (ctx) => ({ marked: await addMarks(ctx, sheet, plan, this.caps), notes: 0 }));
  }

  clearMarks(sheet: string): Promise<number> {
    return this.run((ctx) => removeMarks(ctx, sheet, this.caps));
  }

  readRows(sheet: string, top: number, bottom: number): Promise<CellValue[][]> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const used = ws.getUsedRange(this.caps.valuesOnlyUsedRange ? true : undefined);
      used.load('columnIndex,columnCount');
      await ctx.sync();
      const last = columnLetter(Math.max(1, used.columnIndex + used.columnCount));
      const range = ws.getRange(`A${top}:${last}${bottom}`);
      range.load('values');
      await ctx.sync();
      return range.values.map(convertRow);
    });
  }

  /** Excel tells us which cells the user changed (ExcelApi 1.7); we pass on the rows. */
  async watchChanges(
    sheet: string,
    onChange: (rows: { top: number; bottom: number }) => void,
  ): Promise<() => Promise<void>> {
    if (!this.caps.changeEvents) throw new NotSupported('events');
    const handle = await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const h = ws.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
        const area = parseAreas(e.address)[0];
        if (area) onChange({ top: area.top, bottom: area.bottom });
      });
      await ctx.sync();
      return h;
    });
    return async () => {
      handle.remove();
      await handle.context.sync();
    };
  }

  applyFixes(sheet: string, writes: readonly CellWrite[]): Promise<number> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      // A number typed as text often sits in a cell formatted as text (@), where a number written
      // stays text: such cells are told first (one more sync) and given the General format.
      const numbers = writes.filter((w) => w.kind === 'number' && !w.numberFormat);
      const formats = numbers.map((w) => ws.getRange(w.cell).load('numberFormat'));
      if (formats.length) await ctx.sync();
      const textCells = new Set(numbers.filter((_, i) => formats[i]!.numberFormat[0]?.[0] === '@').map((w) => w.cell));
      for (const w of writes) {
        const r = ws.getRange(w.cell);
        // The format first: digits written into a General cell would turn back into a number.
        if (w.numberFormat) r.numberFormat = [[w.numberFormat]];
        else if (textCells.has(w.cell)) r.numberFormat = [['General']];
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
