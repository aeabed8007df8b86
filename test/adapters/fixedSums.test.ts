import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check/sheet';
import { fixesFor } from '../../src/core/findings/fixes';
import { layoutFor } from '../../src/core/templates/catalog';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { movedFormula, sumFormula } from '../../src/workbook/file/sums';
import { goodRow, O16_HEADERS } from '../helpers/o16';

/**
 * An O16 whose second budget and agreed price are typed as text ("50,001"), under a "รวม" line of SUM
 * formulas (G's shared from B's) with results as Excel stored them: without the text amounts.
 */
async function withTotals(): Promise<Uint8Array> {
  const model = new ExcelJS.Workbook();
  const ws = model.addWorksheet('O16');
  const rows = [goodRow(0), goodRow(1), goodRow(2)];
  rows[1]![1] = '50,001';
  rows[1]![6] = '48,001';
  [O16_HEADERS, ...rows].forEach((row, r) =>
    row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
  );
  ws.getCell('A5').value = 'รวม';
  ws.getCell('B5').value = { formula: 'SUM(B2:B4)', result: 50_000 + 50_002 };
  ws.getCell('G5').value = { sharedFormula: 'B5', result: 48_000 + 48_002 } as ExcelJS.CellValue;
  return new Uint8Array(await model.xlsx.writeBuffer());
}

/** The "รวม" line's amounts and the findings of the sheet, as the pane reads it after the fixes. */
async function afterFixes(wb: ExcelJsWorkbook) {
  const before = checkSheet(await wb.readSheet('O16')).findings;
  expect(before.filter((f) => f.row === 3 && f.suggestion).map((f) => f.cell)).toEqual(['B3', 'G3']);
  await wb.applyFixes('O16', fixesFor(before));
  const grid = await wb.readSheet('O16');
  return { total: [grid.values[4]![1], grid.values[4]![6]], codes: checkSheet(grid).findings.map((f) => f.code) };
}

describe('a "รวม" formula over fixed cells, in a copy fixed without Excel (the pane in a browser)', () => {
  it('shows the sum of the fixed rows, as Excel will on opening the copy, not its stored result', async () => {
    const wb = await ExcelJsWorkbook.load(await withTotals());
    const { total, codes } = await afterFixes(wb);
    expect(total).toEqual([150_003, 144_003]);
    expect(codes).not.toContain('total-mismatch');
  });

  it('does so too once the workbook is held whole (after a sheet is added)', async () => {
    const wb = await ExcelJsWorkbook.load(await withTotals());
    await wb.insertTemplate(layoutFor('ita2567-o16')!);
    const { total, codes } = await afterFixes(wb);
    expect(total).toEqual([150_003, 144_003]);
    expect(codes).not.toContain('total-mismatch');
  });

  it("leaves out the months' SUBTOTALs from a grand SUBTOTAL, as Excel's Data › Subtotal means it", async () => {
    const model = new ExcelJS.Workbook();
    const ws = model.addWorksheet('O16');
    const rows = [goodRow(0), goodRow(1), goodRow(2), goodRow(3)];
    rows[1]![1] = '50,001';
    const put = (r: number, row: readonly unknown[]) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r, c + 1).value = v as ExcelJS.CellValue));
    put(1, O16_HEADERS);
    put(2, rows[0]!);
    put(3, rows[1]!);
    put(4, ['รวมเดือนมกราคม 2567', { formula: 'SUBTOTAL(9,B2:B3)', result: 50_000 }]);
    put(5, rows[2]!);
    put(6, rows[3]!);
    put(7, ['รวมเดือนกุมภาพันธ์ 2567', { formula: 'SUBTOTAL(9,B5:B6)', result: 100_005 }]);
    put(8, ['รวมทั้งสิ้น', { formula: 'SUBTOTAL(9,B2:B7)', result: 150_005 }]);
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await model.xlsx.writeBuffer()));
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    const grid = await wb.readSheet('O16');
    expect([grid.values[3]![1], grid.values[6]![1], grid.values[7]![1]]).toEqual([100_001, 100_005, 200_006]);
    expect(checkSheet(grid).findings.map((f) => f.code)).not.toContain('total-mismatch');
  });

  it('reads only plain sums of the sheet, and moves a shared formula as Excel does', () => {
    expect(sumFormula('SUM(B2:B4)', 5, 2)?.areas).toEqual([{ top: 2, bottom: 4, left: 2, right: 2 }]);
    expect(sumFormula('SUBTOTAL(9,C4:C15,C20)', 21, 3)?.areas).toHaveLength(2);
    for (const other of ['SUM(O16!B2:B4)', 'SUM(B2:B4)*2', 'SUMIF(E2:E4,"x",B2:B4)', 'SUBTOTAL(1,B2:B4)', 'B2+B3'])
      expect(sumFormula(other, 5, 2), other).toBeNull();
    expect(movedFormula('SUM(B2:B4)', 0, 5)).toBe('SUM(G2:G4)');
    expect(movedFormula('SUM($B2:B$4)', 1, 1)).toBe('SUM($B3:C$4)');
  });
});
