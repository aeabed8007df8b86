import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../src/core/cells/value';
import { checkSheet } from '../../src/core/check/sheet';
import { capabilitiesFor, MIN_API_MINOR } from '../../src/workbook/office/capabilities';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { STRINGS } from '../../src/taskpane/i18n';
import { friendlyError } from '../../src/taskpane/errors';
import { fakeExcel, newSheet, type WorkbookModel } from '../helpers/fakeExcel';
import { goodRow, o16Rows, writeXlsx, type Row } from '../helpers/o16';
import { toOfficeRows } from '../helpers/officeValues';
import { tempDir } from '../helpers/tmp';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll } from 'vitest';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

function rowsWithGaps(n: number): Row[] {
  const data: Row[] = [];
  for (let i = 0; i < n; i++) {
    const r = goodRow(i);
    if (i % 500 === 7) r[5] = null; // an empty ราคากลาง now and then
    data.push(r);
  }
  return o16Rows(data, { titleRows: [['รายงาน'], []] });
}

const codesOf = (g: SheetGrid) => checkSheet(g).findings.map((f) => [f.code, f.cell]);

/**
 * The findings (code and cell) of `rows` in an .xlsx whose sheet `shape` has set up, read from the
 * file and again from ExcelJS's model (the pane without Excel after an edit), which must agree.
 */
async function fileCodes(name: string, rows: Row[], shape: (ws: ExcelJS.Worksheet) => void): Promise<string[][]> {
  const path = join(dir, name);
  await writeXlsx(path, { O16: rows });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  shape(wb.getWorksheet('O16')!);
  await wb.xlsx.writeFile(path);
  const file = await ExcelJsWorkbook.load(await readFile(path));
  const fromFile = codesOf(await file.readSheet('O16'));
  await file.excel();
  expect(codesOf(await file.readSheet('O16'))).toEqual(fromFile);
  return fromFile;
}

function wide(rows: number, cols: number): (string | number)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c % 2 ? r * c : `ข้อความ ${r}-${c}`)),
  );
}

for (const apiMinor of [20, MIN_API_MINOR]) {
  describe(`Office adapter reading, ExcelApi 1.${apiMinor}`, () => {
    const caps = capabilitiesFor(apiMinor);

    it('checks a 5,000-row sheet in at most 3 syncs', async () => {
      const excel = fakeExcel({ sheets: [newSheet('O16', toOfficeRows(rowsWithGaps(5000)))], active: 0 }, apiMinor);
      const wb = new OfficeWorkbook(excel.run, caps);
      const grid = await wb.readSheet(await wb.activeSheetName());
      excel.reset();
      await wb.readSheet('O16');
      expect(excel.syncs).toBeLessThanOrEqual(3);
      const report = checkSheet(grid);
      expect(report.rows).toBe(5000);
      expect(report.findings.filter((f) => f.code === 'required-value')).toHaveLength(10);
    });

    it('reads 10,000 rows × 20 columns in at most 3 syncs, each under 5 MB', async () => {
      const excel = fakeExcel({ sheets: [newSheet('W', wide(10_000, 20))], active: 0 }, apiMinor);
      const grid = await new OfficeWorkbook(excel.run, caps).readSheet('W');
      expect(grid.values).toHaveLength(10_000);
      expect(grid.values[9_999]![19]).toBe(9_999 * 19);
      expect(excel.syncs).toBeLessThanOrEqual(3);
      expect(excel.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    });

    it('retries a block Excel refuses, in halves', async () => {
      const rows = wide(4000, 10);
      const excel = fakeExcel({ sheets: [newSheet('W', rows)], active: 0 }, apiMinor, 400_000);
      const grid = await new OfficeWorkbook(excel.run, caps).readSheet('W');
      expect(grid.values).toEqual(rows);
      expect(excel.syncs).toBeGreaterThan(3);
      expect(excel.maxPayloadBytes).toBeGreaterThan(400_000); // the refused attempt
    });

    it('retries in halves where older Excel on the web calls a block too large a GeneralException', async () => {
      const rows = wide(4000, 10);
      const excel = fakeExcel({ sheets: [newSheet('W', rows)], active: 0, payloadAsGeneral: true }, apiMinor, 400_000);
      const wb = new OfficeWorkbook(excel.run, caps);
      expect((await wb.readSheet('W')).values).toEqual(rows);
      expect(await wb.readRows('W', 1, 4000)).toEqual(rows);
      // Not a size the block could be cause of: said, not asked for again and again.
      const tiny = fakeExcel({ sheets: [newSheet('W', rows)], active: 0, payloadAsGeneral: true }, apiMinor, 100);
      await expect(new OfficeWorkbook(tiny.run, caps).readSheet('W')).rejects.toMatchObject({
        code: 'GeneralException',
      });
      expect(tiny.syncs).toBeLessThan(8);
    });

    it('gives the same findings as the file adapter for the same sheet', async () => {
      const rows = rowsWithGaps(300);
      rows[2]![9] = null; // เลขที่โครงการ header gone
      rows[10]![0] = { error: '#N/A' };
      const path = join(dir, `same-${apiMinor}.xlsx`);
      await writeXlsx(path, { O16: rows });
      const file = await ExcelJsWorkbook.load(await readFile(path));
      const excel = fakeExcel({ sheets: [newSheet('O16', toOfficeRows(rows))], active: 0 }, apiMinor);
      const office = new OfficeWorkbook(excel.run, caps);
      const a = checkSheet(await file.readSheet('O16'));
      const b = checkSheet(await office.readSheet('O16'));
      expect(b.findings).toEqual(a.findings);
      expect(a.findings.length).toBeGreaterThan(0);
    });

    it('tells a chart sheet in front from a cell being edited when asking which sheet is active', async () => {
      const model: WorkbookModel = { sheets: [newSheet('O16', [['x']])], active: 0, chartSheetActive: true };
      const wb = new OfficeWorkbook(fakeExcel(model, apiMinor).run, caps);
      const chart = await wb.activeSheetName().catch((e: unknown) => e);
      expect(friendlyError(chart, STRINGS.en)).toContain('chart sheet');
      model.chartSheetActive = false;
      model.cellEditMode = true;
      const editing = await wb.activeSheetName().catch((e: unknown) => e);
      expect(friendlyError(editing, STRINGS.en)).toBe(STRINGS.en.editMode);
      model.cellEditMode = false;
      expect(await wb.activeSheetName()).toBe('O16');
    });

    it('takes the user to a cell', async () => {
      const model = { sheets: [newSheet('A'), newSheet('O16', [['x']])], active: 0 };
      const excel = fakeExcel(model, apiMinor);
      await new OfficeWorkbook(excel.run, caps).selectCell('O16', 'F7');
      expect(model.active).toBe(1);
      expect(model.sheets[1]!.selection).toBe('F7');
      expect(excel.syncs).toBe(1);
    });
  });
}

describe('reading big sheets in blocks', () => {
  for (const n of [5_000, 50_000, 200_000]) {
    it(`${n.toLocaleString('en')} rows: at most 3 + one sync per block of 5,000 rows, every request under 5 MB`, async () => {
      const rows = o16Rows(Array.from({ length: n }, (_, i) => goodRow(i)));
      const excel = fakeExcel({ sheets: [newSheet('O16', toOfficeRows(rows))], active: 0 });
      const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).readSheet('O16');
      expect(grid.values).toHaveLength(n + 1);
      expect(excel.syncs).toBeLessThanOrEqual(3 + Math.ceil(n / 5000));
      expect(excel.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
      expect(excel.maxPayloadBytes).toBeGreaterThan(100_000);
    }, 120_000);
  }
});

describe('merged cells as Excel lists them', () => {
  it('reads a sheet of more merged areas than Excel will list (512) rather than fail: values whole, merges dropped', async () => {
    const rows = o16Rows(Array.from({ length: 600 }, (_, i) => goodRow(i)));
    const sheet = newSheet('O16', toOfficeRows(rows));
    // The item of every row merged over two columns, as a pasted PDF table often is.
    for (let r = 2; r <= 601; r++) sheet.merges.push({ top: r, left: 13, bottom: r, right: 14 });
    const excel = fakeExcel({ sheets: [sheet], active: 0 });
    const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).readSheet('O16');
    expect(grid.values).toHaveLength(601);
    expect(checkSheet(grid).rows).toBe(600);
  });

  it('lists a merge crossing two blocks once', async () => {
    const rows = o16Rows(Array.from({ length: 12_000 }, (_, i) => goodRow(i)));
    const sheet = newSheet('O16', toOfficeRows(rows));
    sheet.merges.push({ top: 5_000, left: 1, bottom: 7_000, right: 1 });
    const excel = fakeExcel({ sheets: [sheet], active: 0 });
    const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).readSheet('O16');
    expect(grid.merges).toEqual([{ top: 5_000, left: 1, bottom: 7_000, right: 1 }]);
  });
});

describe('what the Office adapter notices about a sheet, in the same syncs', () => {
  it('a hidden column with data and a stray cell far right give the same findings as the same file', async () => {
    const rows = o16Rows([goodRow(0), goodRow(1)], { titleRows: [['รายงาน'], []] });
    const sheet = newSheet('O16', toOfficeRows(rows));
    sheet.hiddenColumns = [8];
    sheet.cells.set('2,600', { value: 'x' });
    const excel = fakeExcel({ sheets: [sheet], active: 0 });
    const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).readSheet('O16');
    expect(excel.syncs).toBeLessThanOrEqual(2);
    expect(grid.hiddenColumns).toEqual([8]);
    expect(grid.strayCell).toEqual({ row: 2, col: 600 });
    expect(grid.values.every((r) => r.length <= 512)).toBe(true);

    const path = join(dir, 'hidden.xlsx');
    await writeXlsx(path, { O16: rows });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.getWorksheet('O16')!.getColumn(8).hidden = true;
    wb.getWorksheet('O16')!.getCell(2, 600).value = 'x';
    await wb.xlsx.writeFile(path);
    const file = await (await ExcelJsWorkbook.load(await readFile(path))).readSheet('O16');
    const codes = (g: typeof grid) => checkSheet(g).findings.map((f) => [f.code, f.cell]);
    expect(codes(grid)).toEqual(codes(file));
    expect(codes(grid)).toEqual(
      expect.arrayContaining([
        ['hidden-column', 'H3'],
        ['sheet-truncated', 'WB2'],
      ]),
    );
  });

  it('rows hidden by a filter give the same findings as the same file, in a sync per halving of a block', async () => {
    const rows = o16Rows([0, 1, 2, 3, 4].map(goodRow), { titleRows: [['รายงาน'], []] });
    const sheet = newSheet('O16', toOfficeRows(rows));
    sheet.hiddenRows = [5, 7];
    const excel = fakeExcel({ sheets: [sheet], active: 0 });
    const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).readSheet('O16');
    expect(grid.hiddenRows).toEqual([5, 7]);
    // The used range, its one block, and three halvings of its 8 rows.
    expect(excel.syncs).toBeLessThanOrEqual(5);

    const file = await fileCodes('filtered.xlsx', rows, (ws) => {
      ws.autoFilter = 'A3:L8';
      for (const r of [5, 7]) ws.getRow(r).hidden = true;
    });
    expect(codesOf(grid)).toEqual(file);
    expect(codesOf(grid)).toEqual([['hidden-rows', 'A5']]);
  });

  it('a print area set before rows were added gives the same finding as the same file, in the same syncs', async () => {
    const rows = o16Rows([0, 1, 2, 3, 4].map(goodRow), { titleRows: [['รายงาน'], []] });
    const sheet = newSheet('O16', toOfficeRows(rows));
    sheet.printArea = 'A1:L6';
    const excel = fakeExcel({ sheets: [sheet], active: 0 });
    const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).readSheet('O16');
    expect(grid.printArea).toEqual([{ top: 1, left: 1, bottom: 6, right: 12 }]);
    expect(excel.syncs).toBeLessThanOrEqual(2);

    const file = await fileCodes('print-area.xlsx', rows, (ws) => {
      ws.pageSetup.printArea = 'A1:L6';
    });
    expect(codesOf(grid)).toEqual(file);
    expect(codesOf(grid)).toEqual([['outside-print-area', 'A7']]);
    // The header printed as a title on every page is printed, though outside the print area.
    sheet.printArea = 'A4:L8';
    sheet.printTitleRows = '$3:$3';
    const titled = await new OfficeWorkbook(
      fakeExcel({ sheets: [sheet], active: 0 }).run,
      capabilitiesFor(20),
    ).readSheet('O16');
    expect(codesOf(titled)).toEqual([]);
    const titledFile = await fileCodes('print-titles.xlsx', rows, (ws) => {
      ws.pageSetup.printArea = 'A4:L8';
      ws.pageSetup.printTitlesRow = '3:3';
    });
    expect(titledFile).toEqual([]);
    // Without the title row, the header is not printed.
    const untitled = { ...titled, printArea: titled.printArea!.slice(0, 1) };
    expect(codesOf(untitled)).toEqual([['outside-print-area', 'A3']]);
    // Before ExcelApi 1.9 Excel cannot say: nothing is said.
    const old = fakeExcel({ sheets: [sheet], active: 0 }, 8);
    expect((await new OfficeWorkbook(old.run, capabilitiesFor(8)).readSheet('O16')).printArea).toBeUndefined();
  });

  it('finds every hidden row of a long filtered sheet in a few syncs, each under 5 MB', async () => {
    const sheet = newSheet('W', wide(10_000, 12));
    sheet.hiddenRows = Array.from({ length: 1_000 }, (_, i) => 3 + i * 10);
    const excel = fakeExcel({ sheets: [sheet], active: 0 });
    const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).readSheet('W');
    expect(grid.hiddenRows).toEqual(sheet.hiddenRows);
    // Two blocks of 5,000 rows, halved 13 times.
    expect(excel.syncs).toBeLessThanOrEqual(3 + 13);
    expect(excel.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('in Excel 2016 (ExcelApi 1.1) still reads, without knowing what is hidden', async () => {
    const sheet = newSheet('O16', toOfficeRows(o16Rows([goodRow(0)])));
    sheet.hiddenColumns = [8];
    sheet.hiddenRows = [2];
    const excel = fakeExcel({ sheets: [sheet], active: 0 }, MIN_API_MINOR);
    const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(MIN_API_MINOR)).readSheet('O16');
    expect(grid.hiddenColumns).toBeUndefined();
    expect(grid.hiddenRows).toBeUndefined();
    expect(checkSheet(grid).template).toBe('ita2567-o16');
  });
});

describe('where cells link', () => {
  const rows = [
    ['ข้อ', 'ตำแหน่งข้อมูล'],
    ['O1', 'ไปที่หน้าแรก > O1'],
    ['O2', 'ดูแผ่นงาน O2'],
    ['O3', 'ไปที่ O3'],
    ['O4', 'https://www.example.go.th/o4'],
  ];
  function linkedSheet(extraRows = 0) {
    const sheet = newSheet('OIT', [...rows, ...Array.from({ length: extraRows }, (_, i) => [`แถว ${i}`, i])]);
    sheet.cells.get('2,2')!.hyperlink = { address: 'https://www.example.go.th/o1', textToDisplay: 'ไปที่หน้าแรก > O1' };
    sheet.cells.get('3,2')!.hyperlink = { documentReference: "'O2'!A1" };
    sheet.cells.set('4,2', { value: 'ไปที่ O3', formula: '=HYPERLINK("https://www.example.go.th/o3","ไปที่ O3")' });
    return sheet;
  }
  const expected = [
    { row: 2, col: 2, target: 'https://www.example.go.th/o1' },
    { row: 3, col: 2, target: "#'O2'!A1" },
    { row: 4, col: 2, target: 'https://www.example.go.th/o3' },
  ];

  it('reads inserted links and HYPERLINK formulas in the syncs of the values, as a file gives them', async () => {
    const excel = fakeExcel({ sheets: [linkedSheet()], active: 0 });
    const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).readSheet('OIT');
    expect(grid.links).toEqual(expected);
    expect(grid.values[3]![1]).toBe('ไปที่ O3');
    expect(excel.syncs).toBe(2);
    // The same cells in a file.
    const wb = new (await import('exceljs')).default.Workbook();
    const ws = wb.addWorksheet('OIT');
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
    ws.getCell('B2').value = { text: 'ไปที่หน้าแรก > O1', hyperlink: 'https://www.example.go.th/o1' };
    ws.getCell('B3').value = { text: 'ดูแผ่นงาน O2', hyperlink: "#'O2'!A1" };
    ws.getCell('B4').value = { formula: 'HYPERLINK("https://www.example.go.th/o3","ไปที่ O3")', result: 'ไปที่ O3' };
    const file = await ExcelJsWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect((await file.readSheet('OIT')).links).toEqual(expected);
  });

  it('does not ask before ExcelApi 1.9, nor of a sheet too large to be a checklist', async () => {
    for (const [apiMinor, extra] of [
      [8, 0],
      [20, 10_000],
    ] as const) {
      const excel = fakeExcel({ sheets: [linkedSheet(extra)], active: 0 }, apiMinor);
      const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(apiMinor)).readSheet('OIT');
      expect(grid.links, `ExcelApi 1.${apiMinor}, ${extra} more rows`).toBeUndefined();
      expect(grid.values[1]![1]).toBe('ไปที่หน้าแรก > O1');
    }
  });
});

describe('error values as Excel shows them', () => {
  it('reads every error Excel can show, #EXTERNAL! and #PYTHON! included, as an error, not as text', async () => {
    const rows = o16Rows([goodRow(0), goodRow(1), goodRow(2)]);
    const errors = ['#N/A', '#EXTERNAL!', '#PYTHON!'];
    errors.forEach((e, i) => (rows[i + 1]![1] = e));
    const excel = fakeExcel({ sheets: [newSheet('O16', toOfficeRows(rows))], active: 0 });
    const grid = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).readSheet('O16');
    expect(grid.values.slice(1).map((r) => r[1])).toEqual(errors.map((error) => ({ error })));
  });
});

describe('dates as Excel holds them (a serial number in a cell formatted as a date)', () => {
  it('reads a date typed into a money column as a date, as a file gives it, not as 45,422 baht', async () => {
    const a = goodRow(0);
    a[1] = new Date(Date.UTC(2024, 4, 10)); // "10/5" typed into วงเงินงบประมาณ: Excel made it a date
    const rows = o16Rows([a, goodRow(1)]);
    const sheet = newSheet('O16', toOfficeRows(rows));
    sheet.cells.get('2,2')!.numberFormat = 'd/m/yyyy';
    // The signing and end dates, as a template formats them.
    for (const r of [2, 3])
      for (const c of [11, 12]) sheet.cells.get(`${r},${c}`)!.numberFormat = '[$-107041E]d mmm yyyy';
    const excel = fakeExcel({ sheets: [sheet], active: 0 });
    const office = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const path = join(dir, 'date-in-money.xlsx');
    await writeXlsx(path, { O16: rows });
    const file = await ExcelJsWorkbook.load(await readFile(path));
    const codes = (g: Parameters<typeof checkSheet>[0]) => checkSheet(g).findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes(await file.readSheet('O16'))).toEqual(['not-a-number@B2']);
    expect(codes(await office.readSheet('O16'))).toEqual(['not-a-number@B2']);
    // Re-checking the edited rows reads them the same way.
    expect((await office.readRows('O16', 2, 2))[0]![1]).toEqual(new Date(Date.UTC(2024, 4, 10)));
  });
});
