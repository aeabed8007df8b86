import { columnLetter, parseAreas, printedAreas } from '../../core/cells/address';
import { isDateFormat, serialToDate } from '../../core/cells/dates';
import { errorFromText, type CellLink, type CellRange, type CellValue, type SheetGrid } from '../../core/cells/value';
import { ReadCancelled, type ReadOptions } from '../port';
import type { Capabilities } from './capabilities';
import { DateSystem } from './dateSystem';

/** Cells per request at most, whatever the shape. */
export const MAX_BLOCK_CELLS = 100_000;
/** Excel on the web refuses a request or response over 5 MB; aim well under it. */
export const TARGET_BLOCK_BYTES = 3_500_000;
/** A stray cell at XFD1 must not make us read 16,384 columns. */
export const MAX_READ_COLUMNS = 512;
/**
 * Where cells link is asked only of a sheet this small: a checklist (a few hundred rows), where a
 * location cell may name a page and link to it. Each cell's properties cost bytes of their own.
 */
export const MAX_LINK_CELLS = 20_000;

/** Rough size of a block of values as JSON on the wire (Thai letters are three bytes in UTF-8). */
export function estimateBytes(values: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 3;
    for (const v of row) {
      if (typeof v === 'string') {
        bytes += 3 + v.length;
        for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 0x7f) bytes += 2;
      } else bytes += 1 + String(v).length;
    }
  }
  return bytes;
}

export function isPayloadTooLarge(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  const code = err?.code ?? '';
  return /PayloadSizeLimitExceeded/i.test(code) || /payload size/i.test(err?.message ?? '');
}

/** Rows down to which a block refused with Excel's GeneralException is asked for in halves. */
const GENERAL_HALVING_FLOOR = 500;

/**
 * Whether a block of `rows` Excel refused is to be asked for in halves: one too large, as Excel says,
 * or Excel on the web's older word for it, GeneralException (office-js issue 1314), while the block
 * is large enough that its size may be the cause.
 */
export function askInHalves(e: unknown, rows: number): boolean {
  if (isPayloadTooLarge(e)) return rows > 1;
  return (e as { code?: string } | null)?.code === 'GeneralException' && rows > GENERAL_HALVING_FLOOR;
}

const dateFormats = new Map<string, boolean>();

/** Whether a cell's number format shows a date (asked per cell: a few distinct formats, remembered). */
function showsDate(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General') return false;
  let d = dateFormats.get(format);
  if (d === undefined) dateFormats.set(format, (d = isDateFormat(format)));
  return d;
}

/**
 * Office.js values → core values: "" is empty, "#N/A" is an error, and a number in a cell formatted
 * as a date is the date (Office.js gives its serial, a file reader gives the date: both must agree,
 * or a date typed into a money column would be read as 45,422 baht).
 */
export function convertRow(row: readonly unknown[], formats?: readonly unknown[], date1904 = false): CellValue[] {
  const out: CellValue[] = new Array(row.length);
  let last = -1;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    let c: CellValue = null;
    if (typeof v === 'number')
      c = !Number.isFinite(v) ? null : formats && showsDate(formats[i]) ? serialToDate(v, date1904) : v;
    else if (typeof v === 'boolean') c = v;
    else if (typeof v === 'string') c = v === '' ? null : (errorFromText(v) ?? v);
    out[i] = c;
    if (c !== null) last = i;
  }
  out.length = last + 1;
  return out;
}

/**
 * Read a worksheet's values in a handful of syncs: one for its size, then one per block of rows,
 * each block sized to stay under Excel on the web's payload limit and halved if Excel refuses it.
 */
export async function readGrid(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  caps: Capabilities,
  options: ReadOptions = {},
  dates: DateSystem = new DateSystem(),
): Promise<SheetGrid> {
  const used = caps.valuesOnlyUsedRange ? ws.getUsedRange(true) : ws.getUsedRange();
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  ws.load('name');
  const learned = dates.ask(ctx, caps);
  await ctx.sync();
  learned();
  const from1904 = dates.offset > 0;
  const lastRow = used.rowIndex + used.rowCount;
  const usedLastCol = used.columnIndex + used.columnCount;
  const lastCol = Math.min(usedLastCol, MAX_READ_COLUMNS);
  const letter = columnLetter(lastCol);
  const values: CellValue[][] = [];
  let merges: CellRange[] = [];
  // Facts about the sheet, asked for with the first block (no sync of their own).
  let facts: ReturnType<typeof sheetFacts> | null = null;
  let hiddenColumns: number[] = [];
  let strayCell: { row: number; col: number } | null = null;
  let printArea: CellRange[] = [];
  // Even blocks: 10,003 rows of 12 columns are two blocks of 5,002, not three.
  const widest = Math.max(1, Math.floor(MAX_BLOCK_CELLS / lastCol));
  let blockRows = Math.max(1, Math.ceil(lastRow / Math.ceil(lastRow / widest)));
  let start = 1;
  // Excel fails to list more than 512 merged areas of a range: the rest of the sheet is then read
  // without them (its values matter more than its merges).
  let askMerges = caps.mergedAreas;
  const askLinks = caps.cellLinks && lastRow * lastCol <= MAX_LINK_CELLS;
  const links: CellLink[] = [];
  // Blocks where Excel says some or all rows are hidden (ExcelApi 1.2): asked about row by row after.
  const askHidden = caps.apiMinor >= 2;
  const withHidden: { top: number; bottom: number }[] = [];
  while (start <= lastRow) {
    if (options.signal?.aborted) throw new ReadCancelled();
    const end = Math.min(lastRow, start + blockRows - 1);
    const range = ws.getRange(`A${start}:${letter}${end}`);
    // Number formats too: they tell a date from a number (Office.js gives both as numbers).
    range.load((askLinks ? 'values,numberFormat,formulas' : 'values,numberFormat') + (askHidden ? ',rowHidden' : ''));
    const props = askLinks ? range.getCellProperties({ hyperlink: true }) : null;
    let areas: Excel.RangeAreas | null = null;
    if (askMerges) {
      areas = range.getMergedAreasOrNullObject();
      areas.load('address');
    }
    const asking = start === 1 ? sheetFacts(ws, caps, lastCol, usedLastCol) : null;
    try {
      await ctx.sync();
      if (asking) facts = asking;
    } catch (e) {
      if (askInHalves(e, end - start + 1)) {
        blockRows = Math.max(1, Math.ceil((end - start + 1) / 2));
        continue;
      }
      if (areas && !isPayloadTooLarge(e)) {
        askMerges = false;
        continue;
      }
      throw e;
    }
    if (areas && !areas.isNullObject) merges = merges.concat(parseAreas(areas.address));
    const block = range.values;
    const formats = range.numberFormat;
    for (let i = 0; i < block.length; i++) values[start - 1 + i] = convertRow(block[i]!, formats[i], from1904);
    if (props) links.push(...linksOf(props.value, range.formulas, start));
    if (askHidden && range.rowHidden !== false) withHidden.push({ top: start, bottom: end });
    // Size the next block from what this one weighed.
    const perRow = (estimateBytes(block) + estimateBytes(formats)) / block.length;
    const fit = Math.floor(TARGET_BLOCK_BYTES / Math.max(1, perRow));
    blockRows = Math.max(1, Math.min(blockRows, widest, fit));
    start = end + 1;
    options.onProgress?.({ rowsRead: end, totalRows: lastRow });
  }
  if (facts) {
    hiddenColumns = facts.hidden.filter((h) => h.range.columnHidden).map((h) => h.col);
    const { area, titleRows, titleColumns } = facts.printed ?? {};
    // A null object (nothing set) has no address to read.
    const address = (r: { isNullObject: boolean; address: string } | undefined) =>
      r && !r.isNullObject ? r.address : null;
    printArea = printedAreas(address(area), [address(titleRows), address(titleColumns)]);
    if (usedLastCol > MAX_READ_COLUMNS)
      strayCell = {
        row: facts.far && !facts.far.isNullObject ? facts.far.rowIndex + 1 : used.rowIndex + 1,
        col: usedLastCol,
      };
  }
  const hiddenRows = withHidden.length ? await hiddenRowsIn(ctx, ws, withHidden) : [];
  // Trailing empty rows carry nothing.
  while (values.length && values[values.length - 1]!.length === 0) values.pop();
  return {
    name: ws.name,
    values,
    ...(merges.length ? { merges } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(printArea.length ? { printArea } : {}),
    ...(strayCell ? { strayCell } : {}),
    ...(links.length ? { links } : {}),
  };
}

/** Ranges asked about at once in finding hidden rows: well inside a request's 5 MB. */
const MAX_HIDDEN_PROBES = 5_000;

/**
 * The rows hidden among `ranges` (each holding a hidden row): each range is halved and its halves
 * asked whether all, none or some of their rows are hidden, until every hidden row is found. A
 * sync per halving, not per row: a filter that hides 1,000 rows of 5,000 takes about 13.
 */
async function hiddenRowsIn(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  ranges: readonly { top: number; bottom: number }[],
): Promise<number[]> {
  const out: number[] = [];
  let ask = [...ranges];
  while (ask.length) {
    const some: { top: number; bottom: number }[] = [];
    for (let i = 0; i < ask.length; i += MAX_HIDDEN_PROBES / 2) {
      const probes = ask.slice(i, i + MAX_HIDDEN_PROBES / 2).flatMap(({ top, bottom }) => {
        const mid = Math.floor((top + bottom) / 2);
        return top === bottom
          ? [{ top, bottom }]
          : [
              { top, bottom: mid },
              { top: mid + 1, bottom },
            ];
      });
      const asked = probes.map((p) => ({ ...p, range: ws.getRange(`A${p.top}:A${p.bottom}`).load('rowHidden') }));
      await ctx.sync();
      for (const p of asked) {
        const hidden = p.range.rowHidden;
        if (hidden === true) for (let r = p.top; r <= p.bottom; r++) out.push(r);
        else if (hidden === null) some.push(p);
      }
    }
    ask = some;
  }
  return out.sort((a, b) => a - b);
}

/** Inserted links (a web address, or a place in the workbook as "#Sheet!A1") and HYPERLINK formulas. */
function linksOf(props: Excel.CellProperties[][], formulas: unknown[][], top: number): CellLink[] {
  const out: CellLink[] = [];
  for (let i = 0; i < props.length; i++)
    for (let j = 0; j < props[i]!.length; j++) {
      const h = props[i]![j]!.hyperlink;
      const f = formulas[i]?.[j];
      const target = h?.address
        ? h.address
        : h?.documentReference
          ? `#${h.documentReference}`
          : typeof f === 'string'
            ? /^=\s*HYPERLINK\(\s*"([^"]*)"/i.exec(f)?.[1]
            : undefined;
      if (target !== undefined) out.push({ row: top + i, col: j + 1, target });
    }
  return out;
}

/**
 * Queue loads for which columns are hidden (ExcelApi 1.2), where a stray far-right cell is (1.4) and
 * the sheet's print area (1.9).
 */
function sheetFacts(ws: Excel.Worksheet, caps: Capabilities, lastCol: number, usedLastCol: number) {
  const hidden: { col: number; range: Excel.Range }[] = [];
  if (caps.apiMinor >= 2)
    for (let col = 1; col <= lastCol; col++) {
      const L = columnLetter(col);
      const range = ws.getRange(`${L}:${L}`);
      range.load('columnHidden');
      hidden.push({ col, range });
    }
  let far: Excel.Range | null = null;
  if (usedLastCol > MAX_READ_COLUMNS && caps.apiMinor >= 4) {
    const L = columnLetter(usedLastCol);
    far = ws.getRange(`${L}:${L}`).getUsedRangeOrNullObject(true);
    far.load('rowIndex');
  }
  // What is printed: the print area, and the rows and columns printed as titles on every page.
  let printed: { area: Excel.RangeAreas; titleRows: Excel.Range; titleColumns: Excel.Range } | null = null;
  if (caps.apiMinor >= 9) {
    const layout = ws.pageLayout;
    printed = {
      area: layout.getPrintAreaOrNullObject().load('address'),
      titleRows: layout.getPrintTitleRowsOrNullObject().load('address'),
      titleColumns: layout.getPrintTitleColumnsOrNullObject().load('address'),
    };
  }
  return { hidden, far, printed };
}
