import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check/sheet';
import { MARK_TAG, planMarks } from '../../src/core/findings/marks';
import { capabilitiesFor, MIN_API_MINOR } from '../../src/workbook/office/capabilities';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { XlsxFile } from '../../src/workbook/file/xlsx/xlsxFile';
import { NotSupported } from '../../src/workbook/port';
import { fakeExcel, newSheet, type SheetModel } from '../helpers/fakeExcel';
import { goodRow, o16Rows } from '../helpers/o16';
import { toOfficeRows } from '../helpers/officeValues';

function rowsWithProblems() {
  const a = goodRow(0);
  a[5] = null; // required-value: error
  const b = goodRow(1);
  b[6] = 60_000; // agreed over budget: error; over reference: warning (same cell)
  const c = goodRow(2);
  c[9] = '6701952400'; // project-number-format: error
  const d = goodRow(3);
  d[7] = 105536112014; // lost leading zero
  d[11] = new Date(Date.UTC(2024, 5, 1)); // fine
  const e = goodRow(4);
  e[1] = '50,004'; // number-as-text: info, not marked
  return o16Rows([a, b, c, d, e]);
}

/** Everything a user could have set on a sheet, in a form we can compare before and after. */
function snapshot(s: SheetModel) {
  return JSON.stringify({
    cells: [...s.cells.entries()].sort(),
    cfs: s.conditionalFormats.map(({ type, rects, formula, format }) => ({ type, rects, formula, format })),
    merges: s.merges,
    tables: s.tables,
  });
}

for (const apiMinor of [20, 8]) {
  describe(`marks in Excel (ExcelApi 1.${apiMinor})`, () => {
    it('marks errors and warnings differently, and clearing leaves the sheet exactly as it was', async () => {
      const sheet = newSheet('O16', toOfficeRows(rowsWithProblems()));
      // The user's own formatting, and a conditional format of their own.
      sheet.cells.get('2,1')!.font = { bold: true, color: '#112233' };
      sheet.cells.get('3,2')!.numberFormat = '#,##0';
      sheet.cells.get('3,2')!.fill = '#EEEEEE';
      sheet.conditionalFormats.push({
        id: 999,
        type: 'Custom',
        rects: [{ top: 2, left: 2, bottom: 6, right: 2 }],
        formula: '=B2>100000',
        format: { fill: '#00FF00' },
      });
      const model = { sheets: [sheet], active: 0 };
      const excel = fakeExcel(model, apiMinor);
      const wb = new OfficeWorkbook(excel.run, capabilitiesFor(apiMinor));
      const before = snapshot(sheet);

      const report = checkSheet(await wb.readSheet('O16'));
      const plan = planMarks(report.findings);
      expect([...plan.cells.error].sort()).toEqual(['F2', 'G3', 'H5', 'J4'].sort());
      excel.reset();
      const { marked } = await wb.markFindings('O16', plan);
      expect(marked).toBe(4);
      expect(excel.syncs).toBe(1);
      const ours = sheet.conditionalFormats.filter((cf) => cf.formula?.includes(MARK_TAG));
      expect(ours.length).toBeGreaterThan(0);
      const error = ours.find((cf) => cf.formula!.includes(':error'))!;
      expect(error.format.font).toMatchObject({ bold: true, underline: 'Single' });
      expect(sheet.conditionalFormats.find((cf) => cf.id === 999)).toBeDefined();
      // The user's values and formats are untouched by marking.
      expect(sheet.cells.get('3,2')).toMatchObject({ numberFormat: '#,##0', fill: '#EEEEEE' });

      expect(await wb.clearMarks('O16')).toBe(ours.length);
      expect(snapshot(sheet)).toBe(before);
    });
  });
}

describe('marks where Excel is too old (ExcelApi 1.1)', () => {
  it('says plainly that marking is not available, and changes nothing', async () => {
    const sheet = newSheet('O16', toOfficeRows(rowsWithProblems()));
    const before = snapshot(sheet);
    const wb = new OfficeWorkbook(
      fakeExcel({ sheets: [sheet], active: 0 }, MIN_API_MINOR).run,
      capabilitiesFor(MIN_API_MINOR),
    );
    const plan = planMarks(checkSheet(await wb.readSheet('O16')).findings);
    await expect(wb.markFindings('O16', plan)).rejects.toBeInstanceOf(NotSupported);
    expect(snapshot(sheet)).toBe(before);
  });
});

describe('marks in an .xlsx file', () => {
  it('round-trips: mark, save, open, clear, save — every original value, style, note and rule is back', async () => {
    const wb0 = new ExcelJS.Workbook();
    const ws0 = wb0.addWorksheet('O16');
    rowsWithProblems().forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws0.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    ws0.getCell('A2').font = { bold: true, color: { argb: 'FF112233' } };
    ws0.getCell('B3').numFmt = '#,##0';
    ws0.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    ws0.getCell('G3').note = 'โน้ตของผู้ใช้';
    ws0.addConditionalFormatting({
      ref: 'B2:B6',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['B2>100000'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00FF00' } } },
        },
      ],
    });
    const original = await ExcelJsWorkbook.load(new Uint8Array(await wb0.xlsx.writeBuffer()));
    const models = async (w: ExcelJsWorkbook) => {
      const ws = (await w.excel()).getWorksheet('O16')!;
      const cells: unknown[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => cells.push([cell.address, cell.value, cell.style, cell.note ?? null])),
      );
      return JSON.stringify({
        cells,
        cfs: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
      });
    };
    const before = await models(original);

    const plan = planMarks(checkSheet(await original.readSheet('O16')).findings);
    const { marked, notes } = await original.markFindings('O16', plan);
    expect(marked).toBe(4);
    expect(notes).toBe(3); // G3 keeps the user's own note
    const marked1 = await ExcelJsWorkbook.load(await original.toBuffer());
    const ws1 = (await marked1.excel()).getWorksheet('O16')!;
    expect(ws1.getCell('J4').note).toContain('[ITA-CHECK]');
    expect(ws1.getCell('G3').note).toBe('โน้ตของผู้ใช้');

    await marked1.clearMarks('O16');
    const cleared = await ExcelJsWorkbook.load(await marked1.toBuffer());
    expect(await models(cleared)).toBe(before);
  });
});

describe('what ExcelJS would drop', () => {
  it('keeps a note on a cell with no value in the copy (ExcelJS drops those when it reads)', async () => {
    const wb0 = new ExcelJS.Workbook();
    const ws0 = wb0.addWorksheet('O16');
    ws0.getCell('A1').value = 'ข้อมูล';
    ws0.getCell('C5').note = 'ยังไม่ได้กรอก รอข้อมูลจากกองช่าง';
    const original = await ExcelJsWorkbook.load(new Uint8Array(await wb0.xlsx.writeBuffer()));
    expect((await original.excel()).getWorksheet('O16')!.getCell('C5').note).toBe('ยังไม่ได้กรอก รอข้อมูลจากกองช่าง');
    const copy = await XlsxFile.open(await original.toBuffer());
    expect((await copy.notes()).get('O16')?.get('C5')).toBe('ยังไม่ได้กรอก รอข้อมูลจากกองช่าง');
    expect(copy.facts.hasDrawings).toBe(false);
  });
});
