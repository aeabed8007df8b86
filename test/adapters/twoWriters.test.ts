import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/cells/address';
import { insertables } from '../../src/core/templates/catalog';
import { capabilitiesFor } from '../../src/workbook/office/capabilities';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { charsToPoints } from '../../src/workbook/office/writeLayout';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { fakeExcel, newSheet } from '../helpers/fakeExcel';

/** A list source as both writers spell it: Office "a,b" or "='S'!$A$2:$A$9"; ExcelJS "\"a,b\"" or "'S'!$A$2:$A$9". */
const listSource = (s: unknown) =>
  String(s ?? '')
    .replace(/^=/, '')
    .replace(/^"(.*)"$/, '$1');

describe('one template definition, two writers (Office.js and ExcelJS) that agree', () => {
  for (const t of insertables()) {
    it(t.id, async () => {
      const layout = t.build();
      const model = { sheets: [newSheet('Sheet1')], active: 0 };
      const name = await new OfficeWorkbook(fakeExcel(model).run, capabilitiesFor(20)).insertTemplate(layout);
      const office = model.sheets.find((s) => s.name === name)!;

      const file = await ExcelJsWorkbook.create();
      const fileName = await file.insertTemplate(layout);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await file.toBuffer()) as unknown as ArrayBuffer);
      const xl = wb.getWorksheet(fileName)!;

      expect(fileName).toBe(name);
      expect(office.cells.get(`${layout.titleRow},1`)?.value).toBe(xl.getCell(layout.titleRow, 1).value);
      const h = layout.headerRow;
      const body = h + 1;
      layout.columns.forEach((c, i) => {
        const col = i + 1;
        const letter = columnLetter(col);
        expect(office.cells.get(`${h},${col}`)?.value, `${t.id} header ${letter}`).toBe(xl.getCell(h, col).value);
        const officeFmt = office.cells.get(`${body},${col}`)?.numberFormat ?? null;
        expect(officeFmt, `${t.id} format ${letter}`).toBe(c.numberFormat);
        expect(xl.getCell(body, col).numFmt ?? null, `${t.id} format ${letter}`).toBe(c.numberFormat);
        const officeRule = office.cells.get(`${body},${col}`)?.validation?.rule as
          { list?: { source: string } } | undefined;
        const xlRule = xl.getCell(body, col).dataValidation;
        expect(listSource(officeRule?.list?.source), `${t.id} list ${letter}`).toBe(
          xlRule?.type === 'list' ? listSource(xlRule.formulae[0]) : '',
        );
        expect(office.columnWidths.get(col), `${t.id} width ${letter}`).toBe(charsToPoints(xl.getColumn(col).width!));
        expect(office.cells.get(`${body},${col}`)?.font?.name).toBe(xl.getCell(body, col).font?.name);
      });
      expect(office.cells.get(`${h},1`)?.fill, `${t.id} header fill`).toBe(
        `#${String((xl.getCell(h, 1).fill as ExcelJS.FillPattern).fgColor?.argb).slice(2)}`,
      );
      expect(office.rowHeights.get(h), `${t.id} header height`).toBe(xl.getRow(h).height);
      // Every cell either writer put a value in outside the table (summaries, notes) has the Thai font.
      xl.eachRow((row, r) =>
        row.eachCell((cell, col) => {
          if (cell.value === null || r === layout.titleRow) return;
          const font = office.cells.get(`${r},${col}`)?.font;
          expect([font?.name, font?.size], `${t.id} font ${cell.address}`).toEqual([cell.font?.name, cell.font?.size]);
        }),
      );
      expect(office.frozenRows).toBe((xl.views[0] as { ySplit?: number }).ySplit);
      expect(office.tables[0]!.address.split('!')[1]).toBe(
        (xl.getTables()[0] as unknown as { table: { tableRef: string } }).table.tableRef,
      );
    });
  }
});
