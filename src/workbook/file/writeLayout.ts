import type ExcelJS from 'exceljs';
import { columnLetter } from '../../core/cells/address';
import {
  inlineListFormula,
  LIST_SHEET_NAME,
  sheetRef,
  type LayoutBlock,
  type LayoutColumn,
  type LayoutValue,
  type SheetLayout,
} from '../../core/templates/layout';
import { uniqueSheetName } from '../../core/sheet/names';
import { getTemplate } from '../../core/templates/registry';

const HEADER_FILL = 'FFD9E2F3';
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function validationFor(c: LayoutColumn, listRef: string | null): ExcelJS.DataValidation | null {
  const prompt = c.hint ? { showInputMessage: true, promptTitle: c.hint.title, prompt: c.hint.text } : {};
  if (c.list && listRef) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [listRef],
      showErrorMessage: !c.quietList,
      errorStyle: c.strictList ? 'stop' : 'warning',
      errorTitle: 'ค่าไม่อยู่ในรายการ',
      error: 'กรุณาเลือกจากรายการ',
      ...prompt,
    };
  }
  if (c.type === 'taxId' || c.type === 'projectNumber') {
    return {
      type: 'textLength',
      operator: 'equal',
      allowBlank: true,
      formulae: [c.type === 'taxId' ? 13 : 11],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'จำนวนหลักไม่ถูกต้อง',
      error: c.type === 'taxId' ? 'เลขประจำตัวต้องมี 13 หลัก' : 'เลขที่โครงการ e-GP มี 11 หลัก',
      ...prompt,
    };
  }
  if (c.hint) return { type: 'custom', allowBlank: true, formulae: ['TRUE'], ...prompt };
  return null;
}

const INPUT_FILL = 'FFFFF2CC';

function writeBlock(ws: ExcelJS.Worksheet, block: LayoutBlock, font: Partial<ExcelJS.Font>): void {
  block.cells.forEach((row, i) =>
    row.forEach((c, j) => {
      const cell = ws.getCell(block.top + i, block.left + j);
      if (c.f) cell.value = c.v !== undefined && c.v !== null ? { formula: c.f, result: c.v } : { formula: c.f };
      else if (c.v !== undefined && c.v !== null) cell.value = c.v;
      cell.font = { ...font, bold: !!(c.bold || c.head) };
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      if (c.head) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      }
      if (c.input) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
      cell.border = BORDER;
    }),
  );
  block.widths?.forEach((w, j) => {
    ws.getColumn(block.left + j).width = w;
  });
  if (block.hidden) block.cells.forEach((_, i) => (ws.getRow(block.top + i).hidden = true));
}

/** A layout value as ExcelJS writes it: a formula keeps the value the core computed as its result. */
function cellValue(v: LayoutValue): ExcelJS.CellValue {
  if (v === null || typeof v !== 'object') return v;
  return v.v === undefined ? { formula: v.f } : ({ formula: v.f, result: v.v } as ExcelJS.CellFormulaValue);
}

/** The header, the Excel table with its values, number formats and dropdowns. */
function writeTable(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  layout: SheetLayout,
  font: Partial<ExcelJS.Font>,
): void {
  ws.addTable({
    name: layout.tableName,
    displayName: layout.tableName,
    ref: `A${layout.headerRow}`,
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: layout.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: layout.rows?.length ? layout.rows.map((r) => r.map(cellValue)) : [layout.columns.map(() => null)],
  });

  // Lists too long for Excel's inline limit go to a hidden sheet.
  const listRefs = new Map<number, string>();
  let listSheet: ExcelJS.Worksheet | null = null;
  let listCol = 0;
  layout.columns.forEach((c, i) => {
    if (!c.list) return;
    const inline = inlineListFormula(c.list);
    if (inline) {
      listRefs.set(i, inline);
      return;
    }
    if (!listSheet) {
      const name = uniqueSheetName(
        LIST_SHEET_NAME,
        wb.worksheets.map((w) => w.name),
      );
      listSheet = wb.addWorksheet(name, { state: 'hidden' });
    }
    listCol++;
    listSheet.getCell(1, listCol).value = c.header;
    c.list.forEach((v, k) => {
      listSheet!.getCell(k + 2, listCol).value = v;
    });
    const letter = columnLetter(listCol);
    listRefs.set(i, sheetRef(listSheet.name, `$${letter}$2:$${letter}$${c.list.length + 1}`));
  });

  const template = getTemplate(layout.templateId);
  const listRunsOn = template?.kind === 'procurement' && !template.rowsAreTotals && !layout.blocks?.length;
  layout.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    const head = ws.getCell(layout.headerRow, i + 1);
    head.font = { ...font, bold: true };
    head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    head.border = BORDER;
    const dv = validationFor(c, listRefs.get(i) ?? null);
    const wrap = c.type === 'text' || c.type === 'list' || c.type === 'method';
    for (let r = layout.headerRow + 1; r <= layout.headerRow + layout.bodyRows; r++) {
      const cell = ws.getCell(r, i + 1);
      cell.font = font;
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      if (wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      if (dv) cell.dataValidation = dv;
    }
    // A list of procurements may run past the rows prepared (a year of more contracts): those rows take
    // the column's format too, by the column's own style, which a new cell takes in Excel and
    // LibreOffice (ids stay text, dates in พ.ศ.). Set on the column alone, not through its setters,
    // which would restyle the title above. Not a sheet with formulas under its table (the ITA score's).
    if (!listRunsOn) return;
    col.style = {
      ...col.style,
      font,
      ...(c.numberFormat ? { numFmt: c.numberFormat } : {}),
      ...(wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {}),
    };
    // And the dropdown, where no boxes to write in lie under the table.
    if (dv && !layout.notes.length) {
      const L = columnLetter(i + 1);
      const from = layout.headerRow + layout.bodyRows + 1;
      (
        ws as unknown as { dataValidations: { add(ref: string, rule: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${L}${from}:${L}${layout.headerRow + EXTENDED_ROWS}`, dv);
    }
  });
  ws.getRow(layout.headerRow).height = 48;
}

/** How far down a template's dropdowns reach past the rows it prepares (a large agency's year). */
const EXTENDED_ROWS = 5000;

/** Write a template layout as a new sheet of an ExcelJS workbook (the CLI and the pane's file mode). */
export function writeLayout(wb: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const font = { name: layout.font.name, size: layout.font.size };
  const n = layout.columns.length;
  const ws = wb.addWorksheet(
    layout.sheetName,
    n
      ? { views: [{ state: 'frozen', ySplit: layout.headerRow, xSplit: 0, activeCell: `A${layout.headerRow + 1}` }] }
      : {},
  );

  const title = ws.getCell(layout.titleRow, 1);
  title.value = layout.title;
  title.font = { ...font, size: layout.font.size + 4, bold: true };

  if (layout.groupRow !== null) {
    for (const g of layout.groups) {
      const cell = ws.getCell(layout.groupRow, g.from + 1);
      cell.value = g.header;
      if (g.to > g.from) ws.mergeCells(layout.groupRow, g.from + 1, layout.groupRow, g.to + 1);
      cell.font = { ...font, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.border = BORDER;
    }
  }

  if (n) writeTable(wb, ws, layout, font);
  if (layout.print) {
    const [from, to] = layout.print.titleRows;
    // A4 (9), landscape, one page wide and as many tall as it takes (0).
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${from}:${to}`,
    };
  }

  for (const block of layout.blocks ?? []) writeBlock(ws, block, font);

  let r = layout.headerRow + layout.bodyRows + 2;
  for (const label of layout.notes) {
    const cell = ws.getCell(r, 1);
    cell.value = label;
    cell.font = { ...font, bold: true };
    ws.mergeCells(r + 1, 1, r + 3, Math.max(1, n));
    // The box the officer types in: the form's font, as the Office.js writer gives it.
    ws.getCell(r + 1, 1).font = font;
    ws.getCell(r + 1, 1).border = BORDER;
    ws.getCell(r + 1, 1).alignment = { wrapText: true, vertical: 'top' };
    r += 5;
  }
  return ws;
}
