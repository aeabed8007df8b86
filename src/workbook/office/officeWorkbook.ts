import { columnLetter, parseAreas, withoutSheet } from '../../core/cells/address';
import type { CellValue, SheetGrid } from '../../core/cells/value';
import { formatWritten, ownFormat, type CellWrite } from '../../core/findings/fixes';
import type { MarkPlan } from '../../core/findings/marks';
import type { SheetLayout } from '../../core/templates/layout';
import {
  NotSupported,
  NoWorksheetActive,
  SheetProtected,
  type Features,
  type FixResult,
  type ReadOptions,
  type SheetChange,
  type WorkbookPort,
} from '../port';
import { addMarks, areaSeparator, removeMarks } from './marks';
import { detectCapabilities, type Capabilities } from './capabilities';
import {
  askInHalves,
  convertRow,
  estimateBytes,
  MAX_BLOCK_CELLS,
  MAX_READ_COLUMNS,
  readGrid,
  TARGET_BLOCK_BYTES,
} from './readGrid';
import { writeLayout } from './writeLayout';
import { DateSystem } from './dateSystem';

/**
 * Fixes per batch. Office.js sends each object a batch asks of (a cell's range, its spill parent, its
 * format's protection) and each question as JSON of some hundred bytes: near 1 KB a cell, so 2,000
 * cells stay well under Excel on the web's 5 MB where 5,000 would come near it.
 */
const FIXES_PER_SYNC = 2_000;

/** Excel.run, or a stand-in with the same shape (the tests' fake). */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The workbook open in Excel, through Office.js. The only place that calls Excel.run. */
export class OfficeWorkbook implements WorkbookPort {
  readonly mode = 'excel' as const;
  readonly features: Features;
  /** What getRanges takes between areas in this Excel, once learned (see areaSeparator). */
  private separator: string | null = null;
  /** The workbook's date count (from 1900 or 1904), learned with the first read or fix. */
  private readonly dates = new DateSystem();

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
      try {
        await ctx.sync();
      } catch (e) {
        // A chart sheet in front fails it (office-js issue 2444) with an error no more telling than
        // these; a cell being edited, Excel busy and the rest are told as themselves.
        if (NO_WORKSHEET_CODES.has((e as { code?: string } | null)?.code ?? '')) throw new NoWorksheetActive();
        throw e;
      }
      return ws.name;
    });
  }

  readSheet(name: string, options?: ReadOptions): Promise<SheetGrid> {
    return this.run((ctx) => readGrid(ctx, ctx.workbook.worksheets.getItem(name), this.caps, options, this.dates));
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
    return this.run(async (ctx) => {
      if (this.caps.apiMinor >= 9) this.separator ??= await areaSeparator(ctx, sheet);
      return addMarks(ctx, sheet, plan, this.caps, this.separator ?? ',');
    });
  }

  clearMarks(sheet: string): Promise<number> {
    return this.run((ctx) => removeMarks(ctx, sheet, this.caps));
  }

  readRows(sheet: string, top: number, bottom: number): Promise<CellValue[][]> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const used = ws.getUsedRange(this.caps.valuesOnlyUsedRange ? true : undefined);
      used.load('rowIndex,rowCount,columnIndex,columnCount');
      const learned = this.dates.ask(ctx, this.caps);
      await ctx.sync();
      learned();
      // No further down than the sheet is used: clearing rows 2 to the end reports a million rows.
      bottom = Math.min(bottom, used.rowIndex + used.rowCount);
      // As a whole sheet is read: no further right than the checker reads, and in blocks that stay
      // under Excel on the web's 5 MB (a paste of thousands of rows is one edit).
      const lastCol = Math.min(Math.max(1, used.columnIndex + used.columnCount), MAX_READ_COLUMNS);
      const last = columnLetter(lastCol);
      let blockRows = Math.max(1, Math.floor(MAX_BLOCK_CELLS / lastCol));
      const out: CellValue[][] = [];
      let start = top;
      while (start <= bottom) {
        const end = Math.min(bottom, start + blockRows - 1);
        const range = ws.getRange(`A${start}:${last}${end}`);
        range.load('values,numberFormat');
        try {
          await ctx.sync();
        } catch (e) {
          // Long texts: Excel refused the block, so it is asked for in halves.
          if (!askInHalves(e, end - start + 1)) throw e;
          blockRows = Math.ceil((end - start + 1) / 2);
          continue;
        }
        range.values.forEach((row, i) => out.push(convertRow(row, range.numberFormat[i], this.dates.offset > 0)));
        // The next block sized from what this one weighed, as readGrid does.
        const perRow = (estimateBytes(range.values) + estimateBytes(range.numberFormat)) / range.values.length;
        blockRows = Math.max(1, Math.min(blockRows, Math.floor(TARGET_BLOCK_BYTES / Math.max(1, perRow))));
        start = end + 1;
      }
      return out;
    });
  }

  /** Excel tells us which cells the user changed (ExcelApi 1.7); we pass on the rows. */
  async watchChanges(sheet: string, onChange: (change: SheetChange) => void): Promise<() => Promise<void>> {
    if (!this.caps.changeEvents) throw new NotSupported('events');
    const handle = await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const h = ws.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
        // The add-in's own writes (fixes) are followed by a check of their own (ExcelApi 1.14 says so).
        if ((e as { triggerSource?: string }).triggerSource === 'ThisLocalAddin') return;
        const change = changeOf(e.address, e.changeType);
        if (change) onChange(change);
      });
      await ctx.sync();
      return h;
    });
    return async () => {
      handle.remove();
      await handle.context.sync();
    };
  }

  applyFixes(sheet: string, writes: readonly CellWrite[]): Promise<FixResult> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      // A protected sheet is told first: Excel would refuse a write part way and keep those before
      // it. There, only unlocked cells are written, and only where no format must change unless the
      // protection allows formatting (agencies' forms often protect all but the cells to fill in).
      const protection = this.caps.apiMinor >= 2 ? ws.protection.load('protected,options') : null;
      // Learned with the first batch: the protection when it is on, else null.
      let guarded: Excel.WorksheetProtection | null | undefined = protection ? undefined : null;
      // A date is written as the workbook counts it (a fix is written after a read, which learned it).
      const learned = this.dates.ask(ctx, this.caps);
      const result = { written: 0, formulas: 0, locked: 0, left: [] as string[] };
      // In batches, so that a request stays under Excel on the web's 5 MB ("fix all" on a pasted sheet).
      for (let start = 0; start < writes.length; start += FIXES_PER_SYNC) {
        const batch = writes.slice(start, start + FIXES_PER_SYNC);
        // One range per cell, every question asked of it: fewer objects in a request of 5,000 fixes.
        const cells = batch.map((w) => ws.getRange(w.cell));
        // A number typed as text often sits in a cell formatted as text (@), where a number written
        // stays text, or as a date, where it shows as a day; a date keeps a format that shows its พ.ศ.
        // year: the formats of such cells are told first (in the sync that asks for the protection),
        // and each write gives its cell the format formatWritten says.
        // A fix that brings a format (text for an id) is read too: a cell already so formatted needs
        // no format written, which a protected sheet may not allow.
        const asks = (w: CellWrite) => w.kind !== 'text' || w.numberFormat !== null;
        // A value written over a formula replaces it (a link to another sheet, lost): such cells are
        // left, to be corrected at the formula or its source.
        cells.forEach((r, i) => r.load(asks(batch[i]!) ? 'formulas,numberFormat' : 'formulas'));
        // A value written into a dynamic array's spill stops it (#SPILL!): such cells are the formula's.
        const spills =
          this.caps.apiMinor >= 12 ? cells.map((r) => r.getSpillParentOrNullObject().load('address')) : null;
        const locks = guarded !== null ? cells.map((r) => r.format.protection.load('locked')) : null;
        await ctx.sync();
        learned();
        if (guarded === undefined) guarded = protection!.protected ? protection : null;
        // The format each write gives its cell, or null where the cell keeps its own or has it already.
        const formats = batch.map((w, i) => {
          const own = asks(w) ? String(cells[i]!.numberFormat[0]?.[0] ?? '') : null;
          const format = formatWritten(w, ownFormat(own));
          return format === own ? null : format;
        });
        const computed = new Set(
          batch
            .filter((_, i) => isFormula(cells[i]!.formulas[0]?.[0]) || (spills && !spills[i]!.isNullObject))
            .map((w) => w.cell),
        );
        const formatAllowed = !guarded || guarded.options.allowFormatCells;
        const barred = new Set(
          guarded
            ? batch
                .filter((_, i) => locks![i]!.locked !== false || (formats[i] !== null && !formatAllowed))
                .map((w) => w.cell)
            : [],
        );
        for (const [i, w] of batch.entries()) {
          if (computed.has(w.cell)) {
            result.formulas++;
            result.left.push(w.cell);
          } else if (barred.has(w.cell)) {
            result.locked++;
            result.left.push(w.cell);
          } else {
            const r = cells[i]!;
            // The format first: digits written into a General cell would turn back into a number.
            const format = formats[i];
            if (format) r.numberFormat = [[format]];
            r.values = [[w.kind === 'date' ? Number(w.value) - this.dates.offset : w.value]];
            result.written++;
          }
        }
        await ctx.sync();
      }
      // Nothing could be written for the protection (nothing was): said plainly, with what to do.
      if (result.written === 0 && result.locked > 0) throw new SheetProtected(sheet);
      return result;
    });
  }
}

function isFormula(f: unknown): boolean {
  return typeof f === 'string' && f.startsWith('=');
}

/** The errors of getActiveWorksheet that say no more than that Excel has no worksheet in front to give. */
const NO_WORKSHEET_CODES = new Set([
  'GeneralException',
  'ItemNotFound',
  'InvalidOperation',
  'InvalidArgument',
  'InvalidSelection',
]);

/**
 * The rows an onChanged event covers: every area of it ("B5,D9:D12" after Ctrl+Enter), whole rows
 * ("5:7"); a whole column, or rows or cells inserted or deleted, move rows: all is to be read again.
 */
export function changeOf(address: string, changeType: string): SheetChange | null {
  const refs = address.split(',').map((p) => withoutSheet(p).trim());
  if (changeType !== 'RangeEdited' || refs.some((r) => /^\$?[A-Z]+:\$?[A-Z]+$/i.test(r)))
    return { top: 1, bottom: 1, all: true };
  let top = Infinity;
  let bottom = 0;
  for (const r of refs) {
    for (const a of parseAreas(r)) {
      top = Math.min(top, a.top);
      bottom = Math.max(bottom, a.bottom);
    }
  }
  return bottom ? { top, bottom } : null;
}

/** The adapter for the Excel the pane runs in: its Excel.run and the requirement sets it reports. */
export function officeWorkbookInExcel(): OfficeWorkbook {
  const caps = detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
  return new OfficeWorkbook((batch) => Excel.run(batch), caps);
}
