import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSheet, SheetCheck } from '../../src/core/check/sheet';
import { fixesFor } from '../../src/core/findings/fixes';
import { buildFindingsLayout } from '../../src/core/findings/sheet';
import { THAI_DATE_FORMAT } from '../../src/core/templates/layout';
import { capabilitiesFor, MIN_API_MINOR } from '../../src/workbook/office/capabilities';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { SheetProtected } from '../../src/workbook/port';
import { friendlyError } from '../../src/taskpane/errors';
import { CannotRead, TOO_LARGE, whyUnreadable } from '../../src/workbook/file/cannotRead';
import { STRINGS } from '../../src/taskpane/i18n';
import { fakeExcel, newSheet } from '../helpers/fakeExcel';
import { fixableRows, goodRow, o16Rows, readXlsx, writeXlsx, type Formula, type Row } from '../helpers/o16';
import { toOfficeRows } from '../helpers/officeValues';
import { tempDir } from '../helpers/tmp';
import { readFile, writeFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';

let dir: string;
let temps = 0;
/** Bytes written to a file of their own, for readXlsx. */
async function writeTemp(bytes: Uint8Array): Promise<string> {
  const path = join(dir, `saved-${temps++}.xlsx`);
  await writeFile(path, bytes);
  return path;
}
beforeAll(async () => {
  dir = await tempDir();
});

describe('applying suggested fixes', () => {
  it.each([20, MIN_API_MINOR])(
    'in Excel (ExcelApi 1.%i): one batch, text format before digits so they stay text, the money format where an amount goes into a text or date cell',
    async (api) => {
      const model = { sheets: [newSheet('O16', toOfficeRows(fixableRows()))], active: 0 };
      // The budget typed as text in a cell formatted as text, as pasted tables often are, and one
      // in a cell formatted as a date.
      model.sheets[0]!.cells.get('3,2')!.numberFormat = '@';
      model.sheets[0]!.cells.get('2,2')!.numberFormat = 'd/m/yyyy';
      const excel = fakeExcel(model, api);
      const wb = new OfficeWorkbook(excel.run, capabilitiesFor(api));
      const before = checkSheet(await wb.readSheet('O16'));
      const writes = fixesFor(before.findings);
      expect(writes.map((w) => w.cell).sort()).toEqual(['B2', 'B3', 'H2', 'K3']);
      excel.reset();
      expect(await wb.applyFixes('O16', writes)).toMatchObject({ written: 4, formulas: 0, locked: 0 });
      // One to see which cells are formatted as text, one to write.
      expect(excel.syncs).toBe(2);
      const sheet = model.sheets[0]!;
      expect(sheet.cells.get('2,8')).toMatchObject({ value: '0105536112014', numberFormat: '@' });
      // 50,000.00 as the other amounts show: not 50000, nor a day of 2036.
      expect(sheet.cells.get('2,2')).toMatchObject({ value: 50_000, numberFormat: '#,##0.00' });
      expect(sheet.cells.get('3,2')).toMatchObject({ value: 50_001, numberFormat: '#,##0.00' });
      expect(sheet.cells.get('3,11')).toMatchObject({ value: 45292, numberFormat: THAI_DATE_FORMAT });
      const after = checkSheet(await wb.readSheet('O16'));
      expect(after.findings).toEqual([]);
    },
  );

  it('in a workbook that counts dates from 1904 (made on a Mac): dates read as shown, a fixed date written as shown', async () => {
    // The same sheet as a workbook of the usual count, every date cell holding its serial 1462 lower.
    const sheetOf = (from1904: boolean) => {
      const sheet = newSheet('O16', toOfficeRows(fixableRows()));
      if (from1904)
        for (const cell of sheet.cells.values())
          if (typeof cell.value === 'number' && cell.numberFormat === 'd/m/yyyy') cell.value -= 1462;
      return sheet;
    };
    const usual = { sheets: [sheetOf(false)], active: 0 };
    const mac = { sheets: [sheetOf(true)], active: 0, date1904: true };
    const usualWb = new OfficeWorkbook(fakeExcel(usual, 20).run, capabilitiesFor(20));
    const excel = fakeExcel(mac, 20);
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const expected = checkSheet(await usualWb.readSheet('O16')).findings;
    expect(expected.map((f) => f.code)).not.toContain('date-out-of-year');
    excel.reset();
    const found = checkSheet(await wb.readSheet('O16')).findings;
    // Learned with the read's first sync: none of its own (one for the sheet's size, one for its cells).
    expect(excel.syncs).toBe(2);
    expect(found).toEqual(expected);
    // K3's date typed as text is written as a date this workbook shows as the same day.
    await wb.applyFixes('O16', fixesFor(found));
    await usualWb.applyFixes('O16', fixesFor(expected));
    expect(mac.sheets[0]!.cells.get('3,11')!.value).toBe((usual.sheets[0]!.cells.get('3,11')!.value as number) - 1462);
    expect(checkSheet(await wb.readSheet('O16')).findings).toEqual([]);
  });

  it('"fix all" of 20,000 numbers typed as text: every one fixed, in batches that stay under 5 MB', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => goodRow(i));
    for (const r of rows) r[1] = (r[1] as number).toLocaleString('en-US');
    const model = { sheets: [newSheet('O16', toOfficeRows(o16Rows(rows)))], active: 0 };
    const excel = fakeExcel(model, 20);
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const check = new SheetCheck(await wb.readSheet('O16'));
    // The report lists a thousand; the check keeps them all.
    expect(check.report.findings.filter((f) => f.code === 'number-as-text')).toHaveLength(1_000);
    const all = check.findingsOf('number-as-text');
    expect(all).toHaveLength(20_000);
    excel.reset();
    expect((await wb.applyFixes('O16', fixesFor(all))).written).toBe(20_000);
    expect(excel.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    // Ten batches of 2,000, each asked about and then written.
    expect(excel.syncs).toBe(20);
    const after = checkSheet(await wb.readSheet('O16'));
    expect(after.findings.filter((f) => f.code === 'number-as-text')).toEqual([]);
  });

  it('in Excel, a cell holding a formula is left as it is: a fix would replace the formula with its value', async () => {
    const rows = [goodRow(0), goodRow(1)];
    rows[0]![10] = '31/01/2024'; // K2: a CE year typed
    const model = { sheets: [newSheet('O16', toOfficeRows(o16Rows(rows)))], active: 0 };
    // K3 shows the same, but as the result of a link to another sheet.
    model.sheets[0]!.cells.set('3,11', { value: '31/01/2024', formula: '=ข้อมูล!A1' });
    const excel = fakeExcel(model, 20);
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
    expect(writes.map((w) => w.cell).sort()).toEqual(['K2', 'K3']);
    excel.reset();
    // The cell left is named, so that the pane does not tell it as changed.
    expect(await wb.applyFixes('O16', writes)).toEqual({ written: 1, formulas: 1, locked: 0, left: ['K3'] });
    expect(excel.syncs).toBe(2);
    expect(model.sheets[0]!.cells.get('2,11')).toMatchObject({ value: 45322 });
    expect(model.sheets[0]!.cells.get('3,11')).toEqual({ value: '31/01/2024', formula: '=ข้อมูล!A1' });
  });

  it('in Excel, a cell a dynamic array spills into is left too: a value there would stop the array (#SPILL!)', async () => {
    const rows = [goodRow(0), goodRow(1), goodRow(2)];
    rows[0]![10] = '31/01/2024'; // K2: a CE year typed
    const model = { sheets: [newSheet('O16', toOfficeRows(o16Rows(rows)))], active: 0 };
    // K3 holds a formula spilling into K3:K4; K4 shows its second value, a CE year as text.
    const sheet = model.sheets[0]!;
    sheet.cells.set('3,11', { value: '31/01/2024', formula: '=ข้อมูล!A1:A2' });
    sheet.cells.set('4,11', { value: '31/01/2024' });
    sheet.spills = [{ top: 3, left: 11, bottom: 4, right: 11 }];
    for (const api of [20, 11]) {
      const excel = fakeExcel(model, api);
      const wb = new OfficeWorkbook(excel.run, capabilitiesFor(api));
      const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
      expect(writes.map((w) => w.cell).sort(), `ExcelApi 1.${api}`).toEqual(
        api === 20 ? ['K2', 'K3', 'K4'] : ['K3', 'K4'],
      );
      // Before ExcelApi 1.12 Excel cannot say where a spill comes from: the cell is written.
      expect(await wb.applyFixes('O16', writes), `ExcelApi 1.${api}`).toMatchObject(
        api === 20 ? { written: 1, formulas: 2, locked: 0 } : { written: 1, formulas: 1, locked: 0 },
      );
      expect(sheet.cells.get('3,11')).toEqual({ value: '31/01/2024', formula: '=ข้อมูล!A1:A2' });
    }
  });

  it('on a protected sheet in Excel: nothing is written, and the user is told the sheet is protected', async () => {
    const model = { sheets: [newSheet('O16', toOfficeRows(fixableRows()))], active: 0 };
    model.sheets[0]!.protection = { protected: true };
    const wb = new OfficeWorkbook(fakeExcel(model, 20).run, capabilitiesFor(20));
    const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
    const before = JSON.stringify([...model.sheets[0]!.cells]);
    const error = await wb.applyFixes('O16', writes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetProtected);
    expect(JSON.stringify([...model.sheets[0]!.cells])).toBe(before);
    expect(friendlyError(error, STRINGS.th)).toContain('ถูกป้องกัน');
    // Excel's own refusal (marks on a protected sheet) says the same.
    expect(
      friendlyError({ code: 'AccessDenied', message: "You can't perform the requested operation." }, STRINGS.en),
    ).toContain('protected');
    // A sheet found damaged when read: said in the pane's language (its message alone is English).
    const damaged = new CannotRead({ code: 'damaged', th: 'แผ่นงานเสียหาย', en: 'sheet damaged' });
    expect(friendlyError(damaged, STRINGS.th)).toBe(STRINGS.th.cannotRead('แผ่นงานเสียหาย'));
    expect(friendlyError(damaged, STRINGS.en)).toBe(STRINGS.en.cannotRead('sheet damaged'));
    // A package that unpacks past the engine's longest text (a zip bomb): said as too large, in words.
    const tooLong = (() => {
      try {
        return 'x'.repeat(2 ** 30);
      } catch (e) {
        return e;
      }
    })();
    expect(whyUnreadable(tooLong)).toMatchObject({ code: 'too-large' });
    expect(friendlyError(tooLong, STRINGS.th)).toBe(STRINGS.th.cannotRead(TOO_LARGE.th));
    expect(whyUnreadable(new Error('a fault of ours'))).toBeNull();
  });

  it.each([false, true])(
    'on a protected sheet with cells left unlocked to fill in (formatting allowed: %s): those cells are fixed, the rest left and counted',
    async (allowFormatCells) => {
      const model = { sheets: [newSheet('O16', toOfficeRows(fixableRows()))], active: 0 };
      const sheet = model.sheets[0]!;
      sheet.protection = { protected: true, allowFormatCells };
      // The form's input cells are unlocked, but not B3.
      for (const key of ['2,2', '2,8', '3,11']) sheet.cells.get(key)!.locked = false;
      const wb = new OfficeWorkbook(fakeExcel(model, 20).run, capabilitiesFor(20));
      const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
      expect(writes.map((w) => w.cell).sort()).toEqual(['B2', 'B3', 'H2', 'K3']);
      const result = await wb.applyFixes('O16', writes);
      // B2 takes a number in a General cell; H2 (text format) and K3 (a date format) need a format,
      // which the protection allows or not.
      expect(result).toMatchObject(
        allowFormatCells ? { written: 3, formulas: 0, locked: 1 } : { written: 1, formulas: 0, locked: 3 },
      );
      expect(sheet.cells.get('2,2')!.value).toBe(50_000);
      expect(sheet.cells.get('3,2')!.value).toBe('50,001');
      expect(sheet.cells.get('2,8')!.value).toBe(allowFormatCells ? '0105536112014' : 105536112014);
      expect(STRINGS.th.lockedLeft(result.locked)).toContain(`ไม่ได้แก้ ${result.locked} เซลล์ที่ถูกล็อก`);
      expect(STRINGS.en.lockedLeft(1)).toContain('1 cell locked on this protected sheet left as it is');
    },
  );

  it('on a protected sheet that allows no formatting: an unlocked cell already formatted as text takes its fix', async () => {
    const model = { sheets: [newSheet('O16', toOfficeRows(fixableRows()))], active: 0 };
    const sheet = model.sheets[0]!;
    // Review > Protect Sheet with its default options (no "Format cells"); the form's cells unlocked.
    sheet.protection = { protected: true };
    for (const [key, cell] of sheet.cells) if (Number(key.split(',')[0]) > 1) cell.locked = false;
    // The tax id column was formatted as text before the id lost its leading 0.
    sheet.cells.get('2,8')!.numberFormat = '@';
    const wb = new OfficeWorkbook(fakeExcel(model, 20).run, capabilitiesFor(20));
    const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
    expect(writes.find((w) => w.cell === 'H2')).toMatchObject({ numberFormat: '@' });
    const result = await wb.applyFixes('O16', writes);
    // H2 needs no format of ours; K3 (a date in a General cell) does, which the protection refuses.
    expect(sheet.cells.get('2,8')).toMatchObject({ value: '0105536112014', numberFormat: '@' });
    expect(result).toMatchObject({ written: 3, formulas: 0, locked: 1 });
  });

  it('in a file: the same fixes, and the file reads back clean', async () => {
    const path = join(dir, 'fix.xlsx');
    await writeXlsx(path, { O16: fixableRows() });
    const wb = await ExcelJsWorkbook.load(await readFile(path));
    const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
    await wb.applyFixes('O16', writes);
    const again = await ExcelJsWorkbook.load(await wb.toBuffer());
    expect(checkSheet(await again.readSheet('O16')).findings).toEqual([]);
  });

  it('in a file: a fix shows in the next read at once, and is kept through marks, a new sheet and saving', async () => {
    const path = join(dir, 'fix-later.xlsx');
    await writeXlsx(path, { O16: fixableRows(), Other: [['x']] });
    const wb = await ExcelJsWorkbook.load(await readFile(path));
    const first = await wb.readSheet('O16');
    const writes = fixesFor(checkSheet(first).findings);
    const gone = await wb.applyFixes('Nope', writes).catch((e: unknown) => e);
    // Said in the pane's words, as Excel's own "not found" is, not as a raw English error.
    expect(friendlyError(gone, STRINGS.th)).toBe(STRINGS.th.noSheet);
    expect((await wb.applyFixes('O16', writes.slice(0, 2))).written).toBe(2);
    expect((await wb.applyFixes('O16', writes.slice(2))).written).toBe(2);
    // ExcelJS's model (seconds per hundred thousand rows) is not loaded for a fix: the pane's first
    // fix of a large file was 18 s.
    expect((wb as unknown as { model: unknown }).model).toBeNull();
    const fixed = await wb.readSheet('O16');
    expect(checkSheet(fixed).findings).toEqual([]);
    expect(fixed.values[2]![10]).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(fixed.values[1]![7]).toBe('0105536112014');
    // The grid read before the fix is left as it was (the pane still shows it until it reads again).
    expect(first.values[1]![1]).toBe('๕๐,๐๐๐');
    expect(await wb.readSheet('Other')).toMatchObject({ values: [['x']] });
    // Marks and a new sheet need ExcelJS's model: it takes the fixes first.
    await wb.markFindings('O16', { cells: { error: ['A2'], warning: [] }, notes: [] });
    await wb.insertTemplate(buildFindingsLayout([], 'ผลการตรวจ', 'th'));
    expect(checkSheet(await wb.readSheet('O16')).findings).toEqual([]);
    const saved = await ExcelJsWorkbook.load(await wb.toBuffer());
    expect(checkSheet(await saved.readSheet('O16')).findings).toEqual([]);
  });

  it('in a file: two saves asked for at once, with a fix between them, both keep every fix', async () => {
    const path = join(dir, 'fix-twice.xlsx');
    await writeXlsx(path, { O16: fixableRows() });
    const wb = await ExcelJsWorkbook.load(await readFile(path));
    const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
    await wb.applyFixes('O16', writes.slice(0, 2));
    const first = wb.toBuffer();
    await wb.applyFixes('O16', writes.slice(2));
    const second = wb.toBuffer();
    for (const bytes of await Promise.all([first, second])) {
      const saved = await ExcelJsWorkbook.load(bytes);
      expect(checkSheet(await saved.readSheet('O16')).findings).toEqual([]);
    }
  });

  it('in a file, as in Excel: a cell holding a formula is left as it is, and the user is told', async () => {
    const rows = [goodRow(0), goodRow(1)];
    rows[0]![10] = '31/01/2024'; // K2: a CE year typed
    const path = join(dir, 'fix-formula.xlsx');
    // K3 shows the same, but as the result of a link to another sheet.
    const sheetRows = o16Rows(rows) as (Row[number] | Formula)[][];
    sheetRows[2]![10] = { formula: 'ข้อมูล!A1', result: '31/01/2024' };
    await writeXlsx(path, { O16: sheetRows, ข้อมูล: [['31/01/2024']] });
    for (const model of [false, true]) {
      const wb = await ExcelJsWorkbook.load(await readFile(path));
      // Held in ExcelJS's model once a sheet is added: the fix is written there at once.
      if (model) await wb.insertTemplate(buildFindingsLayout([], 'ผลการตรวจ', 'th'));
      const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
      expect(writes.map((w) => w.cell).sort()).toEqual(['K2', 'K3']);
      expect(await wb.applyFixes('O16', writes), `model ${model}`).toMatchObject({
        written: 1,
        formulas: 1,
        locked: 0,
      });
      const saved = (await readXlsx(await writeTemp(await wb.toBuffer()))).getWorksheet('O16')!;
      expect(saved.getCell('K2').value).toEqual(new Date(Date.UTC(2024, 0, 31)));
      expect((saved.getCell('K3').model as { formula?: string }).formula).toBe('ข้อมูล!A1');
    }
  });

  it('in a file: no cell an array formula fills is written, nor a formula written after a line break', async () => {
    const rows = [goodRow(0), goodRow(1), goodRow(2)];
    const path = join(dir, 'fix-array.xlsx');
    const sheetRows = o16Rows(rows) as (Row[number] | Formula)[][];
    // K2:K3 filled by one array formula (K3 holds only its value), each showing a CE year as text.
    sheetRows[1]![10] = { formula: 'ข้อมูล!A1:A2', result: '31/01/2024', shareType: 'array', ref: 'K2:K3' };
    sheetRows[2]![10] = '31/01/2024';
    sheetRows[3]![10] = { formula: 'ข้อมูล!A1', result: '31/01/2024' };
    await writeXlsx(path, { O16: sheetRows, ข้อมูล: [['31/01/2024'], ['31/01/2024']] });
    // K4's formula after a line break inside its cell, as some writers indent.
    const zip = unzipSync(await readFile(path));
    const part = Object.keys(zip).find((k) => /worksheets\/sheet1\.xml$/.test(k))!;
    zip[part] = strToU8(strFromU8(zip[part]!).replace(/(<c r="K4"[^>]*>)<f>/, '$1\n  <f>'));
    await writeFile(path, zipSync(zip));
    for (const model of [false, true]) {
      const wb = await ExcelJsWorkbook.load(await readFile(path));
      if (model) await wb.insertTemplate(buildFindingsLayout([], 'ผลการตรวจ', 'th'));
      const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
      expect(writes.map((w) => w.cell).sort()).toEqual(['K2', 'K3', 'K4']);
      expect(await wb.applyFixes('O16', writes), `model ${model}`).toMatchObject({
        written: 0,
        formulas: 3,
        locked: 0,
      });
      const saved = (await readXlsx(await writeTemp(await wb.toBuffer()))).getWorksheet('O16')!;
      expect(saved.getCell('K3').value, `model ${model}`).toBe('31/01/2024');
    }
  });

  it('in a file: fixes alone are saved with the file', async () => {
    const path = join(dir, 'fix-saved.xlsx');
    await writeXlsx(path, { O16: fixableRows() });
    const wb = await ExcelJsWorkbook.load(await readFile(path));
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    const saved = await ExcelJsWorkbook.load(await wb.toBuffer());
    const grid = await saved.readSheet('O16');
    expect(checkSheet(grid).findings).toEqual([]);
    expect(grid.values[2]![10]).toEqual(new Date(Date.UTC(2024, 0, 1)));
  });
});

// A sheet whose days show พ.ศ. in a format of its own (1 ม.ค. 67): a fixed day showed "15 ม.ค. 2567"
// beside them, and a method or a status fixed into a General cell came out formatted as text.
describe('the number format a fix leaves its cell', () => {
  const BE_SHORT = '[$-107041E]d mmm yy';
  /** K2 a CE year typed as text and K5 a BE year typed into a day (both in BE_SHORT), E3 a method misspelt, D4 a status in other words, H5 an id that lost its leading 0. */
  function rows(): Row[] {
    const data = [goodRow(0), goodRow(1), goodRow(2), goodRow(3)];
    data[0]![10] = '15/01/2024';
    data[1]![4] = 'e-biding';
    data[2]![3] = 'สิ้นสุดสัญญา';
    data[3]![7] = Number(data[3]![7]);
    data[3]![10] = new Date(Date.UTC(2567, 0, 12));
    return o16Rows(data);
  }
  const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
  /** Each fixed cell: its value (a day as its serial) and its number format. */
  const expected = {
    K2: [serial(2024, 1, 15), BE_SHORT],
    K5: [serial(2024, 1, 12), BE_SHORT],
    E3: ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'General'],
    D4: ['สิ้นสุดระยะสัญญา', 'General'],
    H5: [goodRow(3)[7], '@'],
  };

  it('in Excel: a day keeps a format showing its พ.ศ. year, a text Excel would not read as a value keeps General', async () => {
    const model = { sheets: [newSheet('O16', toOfficeRows(rows()))], active: 0 };
    const sheet = model.sheets[0]!;
    for (let r = 2; r <= 5; r++) for (const c of [11, 12]) sheet.cells.get(`${r},${c}`)!.numberFormat = BE_SHORT;
    const wb = new OfficeWorkbook(fakeExcel(model, 20).run, capabilitiesFor(20));
    const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
    expect(writes.map((w) => w.cell).sort()).toEqual(Object.keys(expected).sort());
    await wb.applyFixes('O16', writes);
    const shown = Object.keys(expected).map((ref) => {
      const cell = sheet.cells.get(`${ref.slice(1)},${ref.charCodeAt(0) - 64}`)!;
      return [ref, [cell.value, cell.numberFormat ?? 'General']];
    });
    expect(Object.fromEntries(shown)).toEqual(expected);
    // Nothing left to fix (e-bidding for so small a budget is said, but has no fix).
    expect(fixesFor(checkSheet(await wb.readSheet('O16')).findings)).toEqual([]);
  });

  it.each([
    ['in place', false],
    ['written whole once a sheet is added', true],
  ])('in a file (%s): the same formats', async (_, added) => {
    const model = new ExcelJS.Workbook();
    const ws = model.addWorksheet('O16');
    rows().forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as string)));
    for (let r = 2; r <= 5; r++) for (const c of [11, 12]) ws.getCell(r, c).numFmt = BE_SHORT;
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await model.xlsx.writeBuffer()));
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    if (added) await wb.insertTemplate(buildFindingsLayout([], 'ผลการตรวจ', 'th'));
    expect(wb.copyKeepsFile).toBe(!added);
    const saved = (await readXlsx(await writeTemp(await wb.toBuffer()))).getWorksheet('O16')!;
    const shown = Object.keys(expected).map((ref) => {
      const cell = saved.getCell(ref);
      const value = cell.value instanceof Date ? cell.value.getTime() / 86_400_000 + 25_569 : cell.value;
      return [ref, [value, cell.numFmt ?? 'General']];
    });
    expect(Object.fromEntries(shown)).toEqual(expected);
  });
});

describe('the counts a fix shows', () => {
  it('group thousands as the badges beside them do (1,539, not 1539)', () => {
    expect(STRINGS.th.fixAll(1539)).toBe('แก้ทั้งหมด (1,539)');
    expect(STRINGS.en.fixAll(1539)).toBe('Fix all (1,539)');
    expect(STRINGS.th.fixed(1539, 'B9')).toBe('แก้ไข 1,539 เซลล์แล้ว: B9');
    expect(STRINGS.en.fixed(1539, 'B9')).toBe('Changed 1,539 cells: B9');
  });
});
