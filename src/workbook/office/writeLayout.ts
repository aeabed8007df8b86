import { columnLetter } from '../../core/cells/address';
import { uniqueSheetName, uniqueTableName } from '../../core/sheet/names';
import {
  inlineListFormula,
  LIST_SHEET_NAME,
  sheetRef,
  type LayoutBlock,
  type LayoutChart,
  type LayoutColumn,
  type LayoutValue,
  type SheetLayout,
} from '../../core/templates/layout';
import type { Capabilities } from './capabilities';
import { estimateBytes } from './readGrid';

const HEADER_FILL = '#D9E2F3';
/** What one request carries of a table's body at most (Excel on the web refuses one over 5 MB). */
const WRITE_BLOCK_BYTES = 2_000_000;
/** The header row's height in points, as the .xlsx writer sets it: two lines of wrapped Thai text. */
const HEADER_ROW_POINTS = 48;

/**
 * A text as Range.values must be given it to stay text: Excel takes one that starts with =, + or - as
 * a formula ("-จ้างซ่อมถนน" would become #NAME?), and in a cell not formatted as text (`textCell`) one
 * that reads as a number, a date or a logical value as that; a leading apostrophe keeps it as typed,
 * and is not part of the value.
 */
export function asTyped<T>(v: T, textCell = false): T | string {
  if (typeof v !== 'string') return v;
  return /^[=+\-@]/.test(v) || (!textCell && READ_AS_OTHER.test(v)) ? `'${v}` : v;
}

/**
 * Text Excel reads as something else when it is written into a cell not formatted as text, as it reads
 * what is typed: a number ("1,000", "10%", "(500)"), a date ("12/2567", "5-10-2566") or TRUE / FALSE.
 */
const READ_AS_OTHER = /^\s*\(?[\d.,]+\s*%?\)?\s*$|^\s*\d{1,4}[/-]\d{1,4}([/-]\d{1,4})?\s*$|^\s*(true|false)\s*$/i;

/** Excel's column width in characters → the points Office.js expects. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function column2D<T>(value: T, rows: number): T[][] {
  return Array.from({ length: rows }, () => [value]);
}

function applyValidation(range: Excel.Range, c: LayoutColumn, source: string | null): void {
  const dv = range.dataValidation;
  if (c.list && source) {
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.errorAlert = {
      showAlert: !c.quietList,
      style: c.strictList ? 'Stop' : 'Warning',
      title: 'ค่าไม่อยู่ในรายการ',
      message: 'กรุณาเลือกจากรายการ',
    };
  } else if (c.type === 'taxId' || c.type === 'projectNumber') {
    dv.rule = {
      textLength: { formula1: c.type === 'taxId' ? 13 : 11, operator: 'EqualTo' },
    };
    dv.errorAlert = {
      showAlert: true,
      style: 'Warning',
      title: 'จำนวนหลักไม่ถูกต้อง',
      message: c.type === 'taxId' ? 'เลขประจำตัวต้องมี 13 หลัก' : 'เลขที่โครงการ e-GP มี 11 หลัก',
    };
  } else if (c.hint) {
    dv.rule = { custom: { formula: '=TRUE' } };
  } else return;
  if (c.hint) dv.prompt = { showPrompt: true, title: c.hint.title, message: c.hint.text };
}

const INPUT_FILL = '#FFF2CC';

/** A block of values and formulas in one request; styles by run of cells. */
function writeBlock(ws: Excel.Worksheet, block: LayoutBlock, layout: SheetLayout, caps: Capabilities): void {
  const rows = block.cells.length;
  const cols = Math.max(...block.cells.map((r) => r.length));
  const range = ws.getRange(
    `${columnLetter(block.left)}${block.top}:${columnLetter(block.left + cols - 1)}${block.top + rows - 1}`,
  );
  // The sheet's Thai font, as the table's (a block lies outside the table's range).
  range.format.font.name = layout.font.name;
  range.format.font.size = layout.font.size;
  range.formulas = block.cells.map((r) =>
    Array.from({ length: cols }, (_, j) => {
      const c = r[j];
      return c?.f ? `=${c.f}` : asTyped(c?.v ?? '');
    }),
  );
  range.numberFormat = block.cells.map((r) => Array.from({ length: cols }, (_, j) => r[j]?.numberFormat ?? 'General'));
  block.cells.forEach((r, i) =>
    r.forEach((c, j) => {
      if (!c.head && !c.input && !c.bold) return;
      const cell = ws.getRange(`${columnLetter(block.left + j)}${block.top + i}`);
      if (c.head || c.bold) cell.format.font.bold = true;
      if (c.head) {
        cell.format.fill.color = HEADER_FILL;
        cell.format.wrapText = true;
      }
      if (c.input) cell.format.fill.color = INPUT_FILL;
    }),
  );
  if (caps.columnWidth)
    block.widths?.forEach((w, j) => {
      const L = columnLetter(block.left + j);
      ws.getRange(`${L}:${L}`).format.columnWidth = charsToPoints(w);
    });
  // Hidden only where the chart can still plot them (Chart.plotVisibleOnly, ExcelApi 1.8).
  if (block.hidden && caps.apiMinor >= 8) range.rowHidden = true;
}

/**
 * Insert a template layout as a new sheet, in two syncs: one to learn the names already taken,
 * one to write. Features above ExcelApi 1.1 are used only when the host has them.
 */
export async function writeLayout(ctx: Excel.RequestContext, layout: SheetLayout, caps: Capabilities): Promise<string> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const tables = ctx.workbook.tables;
  tables.load('items/name');
  // A table may not take the name of a defined name either (Excel refuses the table).
  const defined = ctx.workbook.names;
  defined.load('items/name');
  await ctx.sync();
  const names = sheets.items.map((s) => s.name);
  const sheetName = uniqueSheetName(layout.sheetName, names);
  const tableName = uniqueTableName(layout.tableName, [
    ...tables.items.map((t) => t.name),
    ...defined.items.map((d) => d.name),
  ]);

  const ws = sheets.add(sheetName);
  const n = layout.columns.length;
  const last = columnLetter(n);
  const h = layout.headerRow;
  const bodyEnd = h + layout.bodyRows;

  const all = ws.getRange(`A1:${columnLetter(Math.max(1, n))}${Math.max(1, bodyEnd)}`);
  all.format.font.name = layout.font.name;
  all.format.font.size = layout.font.size;

  const title = ws.getRange(`A${layout.titleRow}`);
  title.values = [[asTyped(layout.title)]];
  title.format.font.bold = true;
  title.format.font.size = layout.font.size + 4;

  if (layout.groupRow !== null) {
    for (const g of layout.groups) {
      const r = ws.getRange(
        `${columnLetter(g.from + 1)}${layout.groupRow}:${columnLetter(g.to + 1)}${layout.groupRow}`,
      );
      ws.getRange(`${columnLetter(g.from + 1)}${layout.groupRow}`).values = [[asTyped(g.header)]];
      if (g.to > g.from && caps.apiMinor >= 2) r.merge(false);
      r.format.font.bold = true;
      r.format.fill.color = HEADER_FILL;
      r.format.horizontalAlignment = 'Center';
      r.format.wrapText = true;
    }
  }

  if (n) await writeTable(ctx, ws, layout, { sheetName, tableName, names }, caps);

  for (const block of layout.blocks ?? []) writeBlock(ws, block, layout, caps);
  // Series ranges need ExcelApi 1.7 (Excel 2019 and later); older Excel gets the numbers without charts.
  if (caps.apiMinor >= 7) for (const chart of layout.charts ?? []) addChart(ws, chart, caps);

  let r = bodyEnd + 2;
  for (const label of layout.notes) {
    const box = ws.getRange(`A${r}:${last}${r + 3}`);
    box.format.font.name = layout.font.name;
    box.format.font.size = layout.font.size;
    const cell = ws.getRange(`A${r}`);
    cell.values = [[asTyped(label)]];
    cell.format.font.bold = true;
    // A box to write in, as the .xlsx writer draws it: bordered, text wrapped from its top.
    const space = ws.getRange(`A${r + 1}:${last}${r + 3}`);
    if (caps.apiMinor >= 2) space.merge(false);
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const)
      space.format.borders.getItem(edge).style = 'Continuous';
    space.format.wrapText = true;
    space.format.verticalAlignment = 'Top';
    r += 5;
  }

  if (caps.freezePanes && n) ws.freezePanes.freezeRows(h);
  // Page layout is ExcelApi 1.9 (Excel 2019 on): older Excel prints as it would anyway.
  if (layout.print && caps.apiMinor >= 9) {
    const [from, to] = layout.print.titleRows;
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.orientation = 'Landscape';
    // One page wide, as many tall as it takes.
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintTitleRows(`$${from}:$${to}`);
  }
  // Brought to the front once it exists: Excel on the web does not show a sheet activated in the
  // batch that adds it (office-js issue 930).
  await ctx.sync();
  ws.activate();
  ws.getRange(`A${h + 1}`).select();
  await ctx.sync();
  return sheetName;
}

/** A body value for Range.formulas: a formula gets its "=", the rest is written as it is. */
const asFormula = (v: LayoutValue): string | number =>
  v !== null && typeof v === 'object' ? `=${v.f}` : asTyped(v ?? '');

/**
 * The header, the Excel table with its values, number formats and dropdowns. A long body (a findings
 * sheet of thousands of rows) goes in blocks, a sync each, so that no request passes Excel on the
 * web's 5 MB.
 */
async function writeTable(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  layout: SheetLayout,
  taken: { sheetName: string; tableName: string; names: readonly string[] },
  caps: Capabilities,
): Promise<void> {
  const { sheetName, tableName, names } = taken;
  const sheets = ctx.workbook.worksheets;
  const last = columnLetter(layout.columns.length);
  const h = layout.headerRow;
  const bodyEnd = h + layout.bodyRows;
  const header = ws.getRange(`A${h}:${last}${h}`);
  header.values = [layout.columns.map((c) => asTyped(c.header))];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  header.format.verticalAlignment = 'Center';
  header.format.horizontalAlignment = 'Center';
  if (caps.columnWidth) header.format.rowHeight = HEADER_ROW_POINTS;

  const bodyValues = layout.rows ?? [];
  const table = ws.tables.add(`A${h}:${last}${h + Math.max(1, bodyValues.length)}`, true);
  table.name = tableName;
  table.style = 'TableStyleLight9';
  // Plain values unless the layout holds formulas: text is then never read as a formula.
  const formulas = bodyValues.some((r) => r.some((v) => v !== null && typeof v === 'object'));
  const cells = bodyValues.map((r) =>
    formulas
      ? r.map(asFormula)
      : r.map((v, i) => asTyped((v as string | number | null) ?? '', layout.columns[i]?.numberFormat === '@')),
  );
  // A number format is sent once per cell: counted with the values of its block (an import of 40,000
  // rows has megabytes of them).
  const formatted = layout.columns.flatMap((c, i) => (c.numberFormat ? [[columnLetter(i + 1), c.numberFormat]] : []));
  const formatBytes = estimateBytes([formatted.map(([, f]) => f)]);
  for (let start = 0; start < layout.bodyRows;) {
    let end = start;
    let bytes = 0;
    while (end < layout.bodyRows && (end === start || bytes < WRITE_BLOCK_BYTES)) {
      bytes += formatBytes + (end < cells.length ? estimateBytes([cells[end]!]) : 0);
      end++;
    }
    // Number formats before any value: digits written into a General cell are read as a number
    // ("0105536112014" would lose its 0), into a text (@) cell they stay as written.
    for (const [letter, f] of formatted)
      ws.getRange(`${letter}${h + 1 + start}:${letter}${h + end}`).numberFormat = column2D(f, end - start);
    const valued = Math.min(end, cells.length);
    if (valued > start) {
      const block = ws.getRange(`A${h + 1 + start}:${last}${h + valued}`);
      if (formulas) block.formulas = cells.slice(start, valued);
      else block.values = cells.slice(start, valued);
    }
    start = end;
    if (start < layout.bodyRows) await ctx.sync();
  }

  let listSheet: Excel.Worksheet | null = null;
  let listName = '';
  let listCol = 0;
  layout.columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    const body = ws.getRange(`${letter}${h + 1}:${letter}${bodyEnd}`);
    if (c.type === 'text' || c.type === 'list' || c.type === 'method') body.format.wrapText = true;
    if (caps.columnWidth) ws.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(c.width);
    if (!caps.dropdowns) return;
    let source: string | null = null;
    if (c.list) {
      const inline = inlineListFormula(c.list);
      if (inline) source = inline.slice(1, -1);
      else {
        if (!listSheet) {
          listName = uniqueSheetName(LIST_SHEET_NAME, [...names, sheetName]);
          listSheet = sheets.add(listName);
          listSheet.visibility = 'Hidden';
        }
        listCol++;
        const lc = columnLetter(listCol);
        listSheet.getRange(`${lc}1:${lc}${c.list.length + 1}`).values = [
          [asTyped(c.header)],
          ...c.list.map((v) => [asTyped(v)]),
        ];
        source = `=${sheetRef(listName, `$${lc}$2:$${lc}$${c.list.length + 1}`)}`;
      }
    }
    applyValidation(body, c, source);
  });
}

const CHART_TYPE = { bar: 'BarClustered', column: 'ColumnClustered', line: 'LineMarkers' } as const;

/** A native chart with its series on the sheet's own ranges, numbers shown on every point. */
function addChart(ws: Excel.Worksheet, c: LayoutChart, caps: Capabilities): void {
  const [first, ...rest] = c.series;
  if (!first) return;
  const chart = ws.charts.add(CHART_TYPE[c.type], ws.getRange(first.values), 'Auto');
  chart.title.text = c.title;
  if (c.plotsHidden && caps.apiMinor >= 8) chart.plotVisibleOnly = false;
  const { col, row, width, height } = c.anchor;
  chart.setPosition(`${columnLetter(col)}${row}`, `${columnLetter(col + width - 1)}${row + height - 1}`);
  chart.legend.position = 'Bottom';
  chart.dataLabels.showValue = true;
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(ws.getRange(c.categories));
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(ws.getRange(s.values));
    series.setXAxisValues(ws.getRange(c.categories));
  }
}
