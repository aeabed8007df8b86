import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check/sheet';
import { MARK_TAG, markFormula, MAX_NOTES, planMarks } from '../../src/core/findings/marks';
import type { Finding } from '../../src/core/findings/types';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resavedByLibreOffice } from '../helpers/libreoffice';
import { tempDir } from '../helpers/tmp';
import { capabilitiesFor, MIN_API_MINOR } from '../../src/workbook/office/capabilities';
import { MAX_EXCEL_NOTES } from '../../src/workbook/office/marks';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { XlsxFile } from '../../src/workbook/file/xlsx/xlsxFile';
import { NotSupported, SheetProtected } from '../../src/workbook/port';
import { fakeExcel, newSheet, type SheetModel } from '../helpers/fakeExcel';
import { goodRow, o16Rows } from '../helpers/o16';
import { buildLayout } from '../../src/core/templates/layout';
import { getTemplate } from '../../src/core/templates/registry';
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
      const { marked, notes } = await wb.markFindings('O16', plan);
      expect(marked).toBe(4);
      // One sync learns the sheet's protection and what marks it carries, one more reads the formula of
      // the user's conditional format (it could be ours of before); where Excel has RangeAreas, the first
      // mark learns their separator (one sync).
      expect(excel.syncs).toBe(apiMinor >= 9 ? 4 : 3);
      expect(notes).toBe(apiMinor >= 18 ? plan.notes.length : 0);
      const ours = sheet.conditionalFormats.filter((cf) => cf.formula?.includes(MARK_TAG));
      expect(ours.length).toBeGreaterThan(0);
      const error = ours.find((cf) => cf.formula!.includes(':error'))!;
      expect(error.format.font).toMatchObject({ bold: true, underline: 'Single' });
      expect(sheet.conditionalFormats.find((cf) => cf.id === 999)).toBeDefined();
      // The user's values and formats are untouched by marking.
      expect(sheet.cells.get('3,2')).toMatchObject({ numberFormat: '#,##0', fill: '#EEEEEE' });

      expect(await wb.clearMarks('O16')).toBe(ours.length + notes);
      expect(snapshot(sheet)).toBe(before);
    });
  });
}

describe("marks in an Excel whose list separator is ';' (Windows in many locales)", () => {
  it('marks several areas at once all the same, learning the separator once', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => {
      const r = goodRow(i);
      // Every other row wrong: areas apart from each other, in two columns.
      if (i % 2) r[1] = -5;
      if (i % 2) r[7] = '3100600445636';
      return r;
    });
    for (const listSeparator of [',', ';'] as const) {
      const sheet = newSheet('O16', toOfficeRows(o16Rows(rows)));
      const before = snapshot(sheet);
      const excel = fakeExcel({ sheets: [sheet], active: 0, listSeparator }, 20);
      const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
      const plan = planMarks(checkSheet(await wb.readSheet('O16')).findings);
      expect(plan.cells.error.length).toBeGreaterThanOrEqual(6);
      await wb.markFindings('O16', plan);
      const ours = sheet.conditionalFormats.filter((cf) => cf.formula?.includes(MARK_TAG));
      // Every cell of the plan is under one of our rules.
      const covered = ours
        .flatMap((cf) => cf.rects)
        .reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
      expect(covered, listSeparator).toBe(plan.cells.error.length + plan.cells.warning.length);
      // Several areas in one rule: the separator was the one this Excel reads.
      expect(
        ours.some((cf) => cf.rects.length > 1),
        listSeparator,
      ).toBe(true);
      await wb.clearMarks('O16');
      excel.reset();
      await wb.markFindings('O16', plan);
      // Learned once: the second mark has only the sync that learns what the sheet carries, and its own.
      expect(excel.syncs, listSeparator).toBe(2);
      await wb.clearMarks('O16');
      expect(snapshot(sheet), listSeparator).toBe(before);
    }
  });
});

describe('marks in Excel 2019 (ExcelApi 1.8, no RangeAreas)', () => {
  it('a column of findings is marked by one rule per block of cells, not one per cell', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => {
      const r = goodRow(i);
      r[1] = -5;
      return r;
    });
    const sheet = newSheet('O16', toOfficeRows(o16Rows(rows)));
    const wb = new OfficeWorkbook(fakeExcel({ sheets: [sheet], active: 0 }, 8).run, capabilitiesFor(8));
    const plan = planMarks(checkSheet(await wb.readSheet('O16')).findings);
    expect(plan.cells.error.length).toBeGreaterThanOrEqual(200);
    await wb.markFindings('O16', plan);
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula?.includes(MARK_TAG));
    // One rule per column of findings, each covering rows 2 to 201.
    const columns = new Set([...plan.cells.error, ...plan.cells.warning].map((c) => c.replace(/\d+/, '')));
    expect(ours.length).toBe(columns.size);
    expect(ours.every((cf) => cf.rects.every((r) => r.top === 2 && r.bottom === 201))).toBe(true);
    expect(await wb.clearMarks('O16')).toBe(ours.length);
    expect(sheet.conditionalFormats).toEqual([]);
  });
});

describe('notes in Excel (ExcelApi 1.18)', () => {
  const notesOf = (s: SheetModel) =>
    Object.fromEntries([...s.cells.entries()].filter(([, c]) => c.note !== undefined).map(([k, c]) => [k, c.note]));

  it("says on each marked cell what is wrong, leaves the user's own note alone, and clearing removes ours only", async () => {
    const sheet = newSheet('O16', toOfficeRows(rowsWithProblems()));
    sheet.cells.get('3,7')!.note = 'รอราคาจากกองช่าง';
    const wb = new OfficeWorkbook(fakeExcel({ sheets: [sheet], active: 0 }, 18).run, capabilitiesFor(18));
    const plan = planMarks(checkSheet(await wb.readSheet('O16')).findings);
    const { notes } = await wb.markFindings('O16', plan);
    expect(notes).toBe(3);
    const written = notesOf(sheet);
    expect(written['2,6']).toMatch(/^\[ITA-CHECK\] .*ราคากลาง/);
    expect(written['3,7']).toBe('รอราคาจากกองช่าง');
    expect(Object.keys(written).sort()).toEqual(['2,6', '3,7', '4,10', '5,8']);

    await wb.clearMarks('O16');
    expect(notesOf(sheet)).toEqual({ '3,7': 'รอราคาจากกองช่าง' });
  });

  it('leaves a cell with a threaded comment its comment, without a note, and marks the rest', async () => {
    const sheet = newSheet('O16', toOfficeRows(rowsWithProblems()));
    // A colleague's comment thread on a cell that has a finding: Excel allows no note beside it.
    sheet.cells.get('3,7')!.comment = 'ราคานี้ยืนยันแล้วหรือยัง';
    const before = snapshot(sheet);
    const wb = new OfficeWorkbook(fakeExcel({ sheets: [sheet], active: 0 }, 18).run, capabilitiesFor(18));
    const plan = planMarks(checkSheet(await wb.readSheet('O16')).findings);
    expect(plan.notes.map((n) => n.cell)).toContain('G3');
    const { notes } = await wb.markFindings('O16', plan);
    expect(notes).toBe(3);
    expect(Object.keys(notesOf(sheet)).sort()).toEqual(['2,6', '4,10', '5,8']);
    expect(sheet.cells.get('3,7')!.comment).toBe('ราคานี้ยืนยันแล้วหรือยัง');
    // Its conditional format still marks it.
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula?.includes(MARK_TAG));
    expect(ours.some((cf) => cf.rects.some((r) => r.top === 3 && r.left === 7))).toBe(true);
    await wb.clearMarks('O16');
    expect(snapshot(sheet)).toBe(before);
  });

  it("marking again without clearing replaces our old note rather than failing on the cell's note", async () => {
    const sheet = newSheet('O16', toOfficeRows(rowsWithProblems()));
    const wb = new OfficeWorkbook(fakeExcel({ sheets: [sheet], active: 0 }, 20).run, capabilitiesFor(20));
    await wb.markFindings('O16', {
      cells: { error: ['F2'], warning: [] },
      notes: [{ cell: 'F2', text: '[ITA-CHECK] เก่า' }],
    });
    await wb.markFindings('O16', {
      cells: { error: ['F2'], warning: [] },
      notes: [{ cell: 'F2', text: '[ITA-CHECK] ใหม่' }],
    });
    expect(notesOf(sheet)).toEqual({ '2,6': '[ITA-CHECK] ใหม่' });
  });

  it('keeps what a user typed under our note, when clearing and when marking again', async () => {
    const sheet = newSheet('O16', toOfficeRows(rowsWithProblems()));
    const wb = new OfficeWorkbook(fakeExcel({ sheets: [sheet], active: 0 }, 18).run, capabilitiesFor(18));
    const plan = planMarks(checkSheet(await wb.readSheet('O16')).findings);
    await wb.markFindings('O16', plan);
    const f2 = sheet.cells.get('2,6')!;
    f2.note = `${f2.note!}\nรอเอกสารจากกองคลัง (สมชาย)`;
    await wb.markFindings('O16', plan);
    expect(f2.note).toMatch(/^รอเอกสารจากกองคลัง \(สมชาย\)\n\n\[ITA-CHECK\] .*ราคากลาง/s);
    expect(f2.note!.match(/\[ITA-CHECK\]/g)).toHaveLength(1);
    await wb.clearMarks('O16');
    expect(f2.note).toBe('รอเอกสารจากกองคลัง (สมชาย)');
  });

  it("marking again shows today's findings only: our rules and notes of before go, the user's stay", async () => {
    const sheet = newSheet('O16', toOfficeRows(rowsWithProblems()));
    sheet.cells.get('2,1')!.note = 'โน้ตของผู้ใช้';
    const before = snapshot(sheet);
    const wb = new OfficeWorkbook(fakeExcel({ sheets: [sheet], active: 0 }, 20).run, capabilitiesFor(20));
    const plan = planMarks(checkSheet(await wb.readSheet('O16')).findings);
    await wb.markFindings('O16', plan);
    const once = sheet.conditionalFormats.filter((cf) => cf.formula?.includes(MARK_TAG)).length;
    await wb.markFindings('O16', plan);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula?.includes(MARK_TAG))).toHaveLength(once);
    // The user adds a remark under our note on F2; then all but G3 is fixed.
    const f2 = sheet.cells.get('2,6')!;
    f2.note = `${f2.note!}\nรอเอกสารจากกองคลัง`;
    const today = { cells: { error: ['G3'], warning: [] }, notes: [{ cell: 'G3', text: '[ITA-CHECK] ใหม่' }] };
    expect(await wb.markFindings('O16', today)).toEqual({ marked: 1, notes: 1 });
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula?.includes(MARK_TAG));
    expect(ours.flatMap((cf) => cf.rects)).toEqual([{ top: 3, left: 7, bottom: 3, right: 7 }]);
    expect(notesOf(sheet)).toEqual({ '2,1': 'โน้ตของผู้ใช้', '2,6': 'รอเอกสารจากกองคลัง', '3,7': '[ITA-CHECK] ใหม่' });
    await wb.clearMarks('O16');
    // F2 is empty: with the user's remark taken away, the sheet is as it was.
    sheet.cells.delete('2,6');
    expect(snapshot(sheet)).toBe(before);
  });

  it(`writes at most ${MAX_EXCEL_NOTES} notes, top down, however many cells are marked`, async () => {
    const sheet = newSheet('Big', []);
    const excel = fakeExcel({ sheets: [sheet], active: 0 }, 20);
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const cells = Array.from({ length: MAX_EXCEL_NOTES + 500 }, (_, i) => `A${i + 1}`);
    const { marked, notes } = await wb.markFindings('Big', {
      cells: { error: cells, warning: [] },
      notes: cells.map((cell) => ({ cell, text: `[ITA-CHECK] ${cell}` })),
    });
    expect(marked).toBe(cells.length);
    expect(notes).toBe(MAX_EXCEL_NOTES);
    expect(notesOf(sheet)[`${MAX_EXCEL_NOTES},1`]).toBe(`[ITA-CHECK] A${MAX_EXCEL_NOTES}`);
    expect(notesOf(sheet)[`${MAX_EXCEL_NOTES + 1},1`]).toBeUndefined();
    expect(excel.maxPayloadBytes).toBeLessThan(5_000_000);
  });

  it(`a plan marks every cell found and notes the first ${MAX_NOTES} top down, in Excel and in a copy alike`, () => {
    // Found bottom up (a code listed after another), as the pane gathers every finding of a code.
    const findings: Finding[] = Array.from({ length: MAX_NOTES + 500 }, (_, i) => ({
      code: 'tax-id-checksum',
      severity: 'error',
      sheet: 'O16',
      cell: `H${MAX_NOTES + 501 - i}`,
      row: MAX_NOTES + 501 - i,
      column: null,
      message: { th: 'หลักตรวจสอบไม่ถูกต้อง', en: 'fails the check digit' },
    }));
    const plan = planMarks(findings);
    expect(plan.cells.error).toHaveLength(MAX_NOTES + 500);
    expect(plan.notes).toHaveLength(MAX_NOTES);
    const rows = plan.notes.map((n) => Number(n.cell.slice(1)));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    // A message is written only for a cell that gets a note (a pasted sheet may mark a million).
    let written = 0;
    const lazy = findings.map((f) => ({
      ...f,
      get message() {
        written++;
        return f.message;
      },
    }));
    planMarks(lazy);
    expect(written).toBe(MAX_NOTES);
  });
});

describe('a marked copy opened in Excel (ExcelApi 1.18 notes)', () => {
  it("clearing removes the copy's notes too: ours go, the user's stay, and what a user wrote above ours stays", async () => {
    const sheet = newSheet('O16', toOfficeRows(rowsWithProblems()));
    sheet.cells.get('2,1')!.note = 'โน้ตของผู้ใช้';
    sheet.cells.set('2,6', { value: '', note: '[ITA-CHECK] แถว 2: ต้องกรอก «ราคากลาง (บาท)»' });
    sheet.cells.get('3,7')!.note = 'รอราคาจากกองช่าง\n\n[ITA-CHECK] แถว 3: ราคาที่ตกลงสูงกว่าวงเงิน';
    const wb = new OfficeWorkbook(fakeExcel({ sheets: [sheet], active: 0 }, 20).run, capabilitiesFor(20));
    expect(await wb.clearMarks('O16')).toBe(2);
    const notes = [...sheet.cells.entries()].filter(([, c]) => c.note !== undefined).map(([k, c]) => [k, c.note]);
    expect(notes).toEqual([
      ['2,1', 'โน้ตของผู้ใช้'],
      ['3,7', 'รอราคาจากกองช่าง'],
    ]);
  });
});

describe('marks on a protected sheet', () => {
  async function protectedSheet(protection: NonNullable<SheetModel['protection']>) {
    const sheet = newSheet('O16', toOfficeRows(rowsWithProblems()));
    const wb = new OfficeWorkbook(fakeExcel({ sheets: [sheet], active: 0 }, 18).run, capabilitiesFor(18));
    const plan = planMarks(checkSheet(await wb.readSheet('O16')).findings);
    sheet.protection = protection;
    return { sheet, wb, plan };
  }

  it('says the sheet is protected and changes nothing, where the protection allows no formats', async () => {
    const { sheet, wb, plan } = await protectedSheet({ protected: true });
    const before = snapshot(sheet);
    await expect(wb.markFindings('O16', plan)).rejects.toBeInstanceOf(SheetProtected);
    expect(snapshot(sheet)).toBe(before);
  });

  it('marks without notes where formats are allowed but objects are not, and clears only once unprotected', async () => {
    const { sheet, wb, plan } = await protectedSheet({ protected: true, allowFormatCells: true });
    const before = snapshot(sheet);
    expect(await wb.markFindings('O16', plan)).toEqual({ marked: 4, notes: 0 });
    expect(sheet.conditionalFormats.some((cf) => cf.formula?.includes(MARK_TAG))).toBe(true);
    expect(await wb.clearMarks('O16')).toBeGreaterThan(0);
    expect(snapshot(sheet)).toBe(before);
    // Marked with notes before the sheet was protected: clearing would leave the notes, so it waits.
    sheet.protection = undefined;
    await wb.markFindings('O16', plan);
    sheet.protection = { protected: true, allowFormatCells: true };
    const marked = snapshot(sheet);
    await expect(wb.clearMarks('O16')).rejects.toBeInstanceOf(SheetProtected);
    expect(snapshot(sheet)).toBe(marked);
    sheet.protection = undefined;
    await wb.clearMarks('O16');
    expect(snapshot(sheet)).toBe(before);
  });

  it('marks again only once unprotected, where notes of ours are there and objects may not be edited', async () => {
    const { sheet, wb, plan } = await protectedSheet({ protected: false });
    await wb.markFindings('O16', plan);
    sheet.protection = { protected: true, allowFormatCells: true };
    const marked = snapshot(sheet);
    // Today's rules beside yesterday's notes would be half a mark: nothing changes.
    await expect(wb.markFindings('O16', plan)).rejects.toBeInstanceOf(SheetProtected);
    expect(snapshot(sheet)).toBe(marked);
  });
});

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

    // The same without ExcelJS's model: the marks are taken out of the file's own parts.
    const markedBytes = await original.toBuffer();
    const inPlace = await ExcelJsWorkbook.load(markedBytes);
    const rules = (plan.cells.error.length ? 1 : 0) + (plan.cells.warning.length ? 1 : 0);
    expect(await inPlace.clearMarks('O16')).toBe(rules + 3); // a rule per severity marked, and our notes
    expect(inPlace.copyKeepsFile).toBe(true);
    expect(await models(await ExcelJsWorkbook.load(await inPlace.toBuffer()))).toBe(before);
  });

  it('marked and cleared again before saving, the copy is the file as it came, byte for byte', async () => {
    const wb0 = new ExcelJS.Workbook();
    const ws0 = wb0.addWorksheet('O16');
    rowsWithProblems().forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws0.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
    );
    const bytes = new Uint8Array(await wb0.xlsx.writeBuffer());
    const wb = await ExcelJsWorkbook.load(bytes);
    const plan = planMarks(checkSheet(await wb.readSheet('O16')).findings);
    await wb.markFindings('O16', plan);
    const rules = (plan.cells.error.length ? 1 : 0) + (plan.cells.warning.length ? 1 : 0);
    expect(await wb.clearMarks('O16')).toBe(rules + plan.notes.length);
    expect(Buffer.from(await wb.toBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('clearing marks from an .xlsx file leaves no trace', () => {
  /** F2 empty (required-value), G3 over budget: both errors, both noted. */
  async function markedFile(): Promise<ExcelJsWorkbook> {
    const a = goodRow(0);
    a[5] = null;
    const b = goodRow(1);
    b[6] = 60_000;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('O16');
    o16Rows([a, b, goodRow(2)]).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    const w = await ExcelJsWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    await w.markFindings('O16', planMarks(checkSheet(await w.readSheet('O16')).findings));
    return w;
  }
  const notesOf = async (bytes: Uint8Array) =>
    Object.fromEntries((await (await XlsxFile.open(bytes)).notes()).get('O16') ?? []);

  it('removes the note on an empty cell (a missing value is the commonest finding)', async () => {
    const w = await markedFile();
    expect(Object.keys(await notesOf(await w.toBuffer()))).toEqual(['F2', 'G3']);
    await w.clearMarks('O16');
    expect(await notesOf(await w.toBuffer())).toEqual({});
  });

  it('removes the notes of a marked copy saved again by LibreOffice (notes then come as formatted runs)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'marked.xlsx'), await (await markedFile()).toBuffer());
    const resaved = await ExcelJsWorkbook.load(
      new Uint8Array(await readFile(await resavedByLibreOffice(join(dir, 'marked.xlsx'), dir))),
    );
    await resaved.clearMarks('O16');
    expect(await notesOf(await resaved.toBuffer())).toEqual({});
  }, 60_000);

  it('keeps what a user wrote above our note, and gives a cell marked again only the new note', async () => {
    const w = await markedFile();
    const ws = (await w.excel()).getWorksheet('O16')!;
    ws.getCell('F2').note = `รอราคาจากกองช่าง\n\n${ws.getCell('F2').note as string}`;
    await w.clearMarks('O16');
    expect(await notesOf(await w.toBuffer())).toEqual({ F2: 'รอราคาจากกองช่าง' });
    // Marked twice without clearing: G3's note is today's, not two.
    const again = await markedFile();
    await again.markFindings('O16', {
      cells: { error: ['G3'], warning: [] },
      notes: [{ cell: 'G3', text: '[ITA-CHECK] ใหม่' }],
    });
    expect((await notesOf(await again.toBuffer())).G3).toBe('[ITA-CHECK] ใหม่');
  });

  it("marked again in ExcelJS's model (after a sheet is added), the copy carries today's marks only", async () => {
    const w = await markedFile();
    await w.insertTemplate(buildLayout(getTemplate('ita2567-o14')!));
    const ws = (await w.excel()).getWorksheet('O16')!;
    ws.getCell('F2').note = `${ws.getCell('F2').note as string}\nรอเอกสารจากกองคลัง`;
    const today = { cells: { error: ['G3'], warning: [] }, notes: [{ cell: 'G3', text: '[ITA-CHECK] ใหม่' }] };
    expect(await w.markFindings('O16', today)).toEqual({ marked: 1, notes: 1 });
    const copy = await w.toBuffer();
    expect(await notesOf(copy)).toEqual({ F2: 'รอเอกสารจากกองคลัง', G3: '[ITA-CHECK] ใหม่' });
    const rules = (
      (await (await ExcelJsWorkbook.load(copy)).excel()).getWorksheet('O16') as unknown as {
        conditionalFormattings: { ref: string; rules: unknown[] }[];
      }
    ).conditionalFormattings;
    expect(rules.map((cf) => [cf.ref, cf.rules.length])).toEqual([['G3', 1]]);
  });

  it("says how many notes a mark writes into a copy: today's beside what a user typed under our old note", async () => {
    const w = await markedFile();
    const ws = (await w.excel()).getWorksheet('O16')!;
    ws.getCell('G3').note = `${ws.getCell('G3').note as string}\nรอเอกสารจากกองคลัง`;
    const opened = await ExcelJsWorkbook.load(await w.toBuffer());
    const plan = planMarks(checkSheet(await opened.readSheet('O16')).findings);
    // Cleared and marked again before the copy is written: the user's remark stays, beside today's.
    await opened.clearMarks('O16');
    const { notes } = await opened.markFindings('O16', plan);
    const written = await notesOf(await opened.toBuffer());
    expect(written.G3).toMatch(/^รอเอกสารจากกองคลัง\n\n\[ITA-CHECK\] แถว 3/);
    expect(written.G3!.match(/\[ITA-CHECK\]/g)).toHaveLength(1);
    expect(notes).toBe(Object.values(written).filter((t) => t.includes('[ITA-CHECK]')).length);
  });

  it('keeps what a user typed under our note, in the copy and in the file saved again', async () => {
    const w = await markedFile();
    const ws = (await w.excel()).getWorksheet('O16')!;
    ws.getCell('F2').note = `${ws.getCell('F2').note as string}\nรอเอกสารจากกองคลัง`;
    const saved = await w.toBuffer();
    await w.clearMarks('O16');
    expect(await notesOf(await w.toBuffer())).toEqual({ F2: 'รอเอกสารจากกองคลัง' });
    // The file as the user saved it, opened again and cleared.
    const again = await ExcelJsWorkbook.load(saved);
    await again.clearMarks('O16');
    expect(await notesOf(await again.toBuffer())).toEqual({ F2: 'รอเอกสารจากกองคลัง' });
  });

  it("removes only our rule from a block that also holds the user's", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('O16');
    ws.getCell('G3').value = 60_000;
    ws.addConditionalFormatting({
      ref: 'G3',
      rules: [
        { type: 'expression', priority: 1, formulae: [markFormula('error')], style: {} },
        {
          type: 'expression',
          priority: 2,
          formulae: ['G3>55000'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00B0F0' } } },
        },
      ],
    });
    const w = await ExcelJsWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(await w.clearMarks('O16')).toBe(1);
    const cfs = (
      (await (await ExcelJsWorkbook.load(await w.toBuffer())).excel()).getWorksheet('O16') as unknown as {
        conditionalFormattings: { rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cfs.flatMap((cf) => cf.rules.map((r) => r.formulae[0]))).toEqual(['G3>55000']);
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
  it("writes a copy of a sheet with Excel 2010's extensions (a rule citing another sheet, sparklines), and says what it loses", async () => {
    const wb0 = new ExcelJS.Workbook();
    const ws0 = wb0.addWorksheet('O16');
    const a = goodRow(0);
    a[5] = null;
    o16Rows([a, goodRow(1)]).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws0.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    wb0.addWorksheet('Budget').getCell('A1').value = 49_000;
    const files = unzipSync(new Uint8Array(await wb0.xlsx.writeBuffer()));
    const x14 =
      '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
      '<x14:cfRule type="expression" priority="3" id="{00000000-0000-0000-0000-000000000001}"><xm:f>B2&gt;Budget!$A$1</xm:f>' +
      '<x14:dxf><fill><patternFill><bgColor rgb="FF92D050"/></patternFill></fill></x14:dxf></x14:cfRule><xm:sqref>B2:B3</xm:sqref>' +
      '</x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    files['xl/worksheets/sheet1.xml'] = strToU8(xml.replace('</worksheet>', `${x14}</worksheet>`));
    const w = await ExcelJsWorkbook.load(zipSync(files));
    expect(w.facts?.hasExtensions).toBe(false);
    const findings = checkSheet(await w.readSheet('O16')).findings;
    expect(w.facts?.hasExtensions).toBe(true);
    await w.markFindings('O16', planMarks(findings));
    const copy = await ExcelJsWorkbook.load(await w.toBuffer());
    expect(
      Object.keys(Object.fromEntries((await (await XlsxFile.open(await copy.toBuffer())).notes()).get('O16')!)),
    ).toEqual(['F2']);
    // A plain file says nothing of extensions.
    const plain = await ExcelJsWorkbook.load(new Uint8Array(await wb0.xlsx.writeBuffer()));
    await plain.readSheet('O16');
    expect(plain.facts?.hasExtensions).toBe(false);
  });
});
