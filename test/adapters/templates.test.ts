import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check/sheet';
import { buildFindingsLayout } from '../../src/core/findings/sheet';
import type { Finding } from '../../src/core/findings/types';
import { insertables, layoutFor } from '../../src/core/templates/catalog';
import { areaAddress, parseAreas } from '../../src/core/cells/address';
import type { CellRange } from '../../src/core/cells/value';
import { buildLayout } from '../../src/core/templates/layout';
import { getTemplate } from '../../src/core/templates/registry';
import { capabilitiesFor, MIN_API_MINOR } from '../../src/workbook/office/capabilities';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { cellText, columnLetter, fakeExcel, newSheet } from '../helpers/fakeExcel';
import { REAL } from '../helpers/shared';
import { goodRow, O16_HEADERS } from '../helpers/o16';
import { buildSummaryLayout } from '../../src/core/report/byMethod';
import { buildMonthlyLayout, monthlyView } from '../../src/core/report/monthly';
import { procurementData } from '../../src/core/report/procurementData';
import { packageParts } from '../helpers/package';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importEgp } from '../../src/core/import/egp';
import { CsvWorkbook } from '../../src/workbook/file/csvWorkbook';

const layout = buildLayout(getTemplate('ita2567-o16')!);

describe('inserting the ita2567-o16 template with Office.js', () => {
  it('adds a new sheet holding an Excel table with the 12 headers, in 3 syncs, and brings it to the front (on the web too)', async () => {
    // Excel on the web leaves a sheet activated in the batch that adds it behind.
    const model = { sheets: [newSheet('Sheet1', [['ข้อมูลเดิม']])], active: 0, web: true };
    const excel = fakeExcel(model);
    const name = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).insertTemplate(layout);
    expect(name).toBe('O16-O17 2567');
    expect(model.active).toBe(1);
    expect(excel.syncs).toBe(3);
    const ws = model.sheets[1]!;
    expect(ws.tables).toHaveLength(1);
    expect(ws.tables[0]!.address).toBe(`${name}!A3:L4`);
    expect(O16_HEADERS.map((_, i) => cellText(ws, `${String.fromCharCode(65 + i)}3`))).toEqual(O16_HEADERS);
    expect(ws.frozenRows).toBe(3);
    // Money as #,##0.00, ids and project numbers as text.
    expect(ws.cells.get('4,2')?.numberFormat).toBe('#,##0.00');
    expect(ws.cells.get('4,8')?.numberFormat).toBe('@');
    expect(ws.cells.get('4,10')?.numberFormat).toBe('@');
    expect(ws.cells.get('4,4')?.validation?.rule).toEqual({
      list: { inCellDropDown: true, source: 'อยู่ระหว่างระยะสัญญา,สิ้นสุดระยะสัญญา,ยังไม่ได้ลงนามในสัญญา,ยกเลิกการดำเนินการ' },
    });
    expect(ws.cells.get('5,1')?.font?.name).toBe('TH Sarabun New');
    expect(ws.cells.get('3,1')?.font?.bold).toBe(true);
    // As the ExcelJS writer: a status refused outside its list, a method only warned of, ids by their
    // length as a warning, a hint on entry; formats down to the last of the 200 body rows.
    expect(ws.cells.get('4,4')?.validation?.errorAlert).toMatchObject({ style: 'Stop' });
    expect(ws.cells.get('4,5')?.validation?.errorAlert).toMatchObject({ style: 'Warning' });
    expect(ws.cells.get('4,8')?.validation).toMatchObject({
      rule: { textLength: { formula1: 13, operator: 'EqualTo' } },
      errorAlert: { style: 'Warning' },
      prompt: { showPrompt: true },
    });
    expect(ws.cells.get('4,10')?.validation?.rule).toEqual({ textLength: { formula1: 11, operator: 'EqualTo' } });
    expect(ws.cells.get('4,11')?.validation).toMatchObject({
      rule: { custom: { formula: '=TRUE' } },
      prompt: { showPrompt: true },
    });
    expect(ws.cells.get('203,11')?.numberFormat).toBe('[$-107041E]d mmm yyyy');
    expect(ws.cells.get('204,11')?.numberFormat).toBeUndefined();
    // Printed as it is published: A4 landscape, one page wide, the header row on every page.
    expect(ws.page).toEqual({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(ws.printTitleRows).toBe('$3:$3');
    // The first sheet is exactly as it was.
    expect([...model.sheets[0]!.cells.entries()]).toEqual([['1,1', { value: 'ข้อมูลเดิม' }]]);
  });

  it('never overwrites an existing sheet: a second insert gets a new name and table name', async () => {
    const model = { sheets: [newSheet('O16-O17 2567', [['ของผู้ใช้']])], active: 0 };
    const excel = fakeExcel(model);
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    expect(await wb.insertTemplate(layout)).toBe('O16-O17 2567 (2)');
    expect(await wb.insertTemplate(layout)).toBe('O16-O17 2567 (3)');
    expect(cellText(model.sheets[0]!, 'A1')).toBe('ของผู้ใช้');
    expect(model.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual(['tbl_ita2567_o16', 'tbl_ita2567_o16_2']);
  });

  it("takes another table name where the workbook has a defined name of the template's", async () => {
    const model = { sheets: [newSheet('Sheet1')], active: 0, names: ['TBL_ITA2567_O16'] };
    const wb = new OfficeWorkbook(fakeExcel(model).run, capabilitiesFor(20));
    await wb.insertTemplate(layout);
    expect(model.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual(['tbl_ita2567_o16_2']);
  });

  it('works on the declared minimum (ExcelApi 1.1), leaving out what that Excel lacks', async () => {
    const model = { sheets: [newSheet('Sheet1')], active: 0 };
    const excel = fakeExcel(model, MIN_API_MINOR);
    const name = await new OfficeWorkbook(excel.run, capabilitiesFor(MIN_API_MINOR)).insertTemplate(layout);
    const ws = model.sheets.find((s) => s.name === name)!;
    expect(ws.tables).toHaveLength(1);
    expect(ws.cells.get('4,4')?.validation).toBeUndefined();
    expect(ws.frozenRows).toBe(0);
    expect(ws.page).toBeUndefined();
  });

  it('produces a sheet the checker recognises as the same form', async () => {
    const model = { sheets: [newSheet('Sheet1')], active: 0 };
    const excel = fakeExcel(model);
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const name = await wb.insertTemplate(layout);
    const report = checkSheet(await wb.readSheet(name));
    expect(report).toMatchObject({ template: 'ita2567-o16', headerRow: 3, rows: 0, findings: [] });
  });
});

describe('writing the ita2567-o16 template with ExcelJS', () => {
  it('round-trips through a real .xlsx: table, headers, formats, dropdowns, frozen header', async () => {
    const file = await ExcelJsWorkbook.create();
    const name = await file.insertTemplate(layout);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await file.toBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(name)!;
    expect(ws.getRow(3).values).toEqual([undefined, ...O16_HEADERS]);
    expect(ws.getCell('B4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('H4').numFmt).toBe('@');
    expect(ws.getCell('D10').dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringContaining('สิ้นสุดระยะสัญญา')],
    });
    // A status outside the list is refused; a method or a budget source typed otherwise only warned of
    // (the checker reads their variants), with the source's hint shown on entry.
    expect(ws.getCell('D4').dataValidation).toMatchObject({ errorStyle: 'stop' });
    expect(ws.getCell('E4').dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning' });
    expect(ws.getCell('C4').dataValidation).toMatchObject({ errorStyle: 'warning', showInputMessage: true });
    // Ids: 13 digits, project numbers 11, a warning only (a joint venture's D-code has other lengths).
    expect(ws.getCell('H4').dataValidation).toMatchObject({
      type: 'textLength',
      formulae: [13],
      errorStyle: 'warning',
    });
    expect(ws.getCell('J4').dataValidation).toMatchObject({
      type: 'textLength',
      formulae: [11],
      errorStyle: 'warning',
    });
    // A date column has no rule, only its hint on entry.
    expect(ws.getCell('K4').dataValidation).toMatchObject({ type: 'custom', showInputMessage: true });
    expect(ws.getCell('A3').font).toMatchObject({ name: 'TH Sarabun New', bold: true });
    expect(ws.getCell('A4').font).toMatchObject({ name: 'TH Sarabun New', size: 14 });
    // Formats reach the last of the 200 body rows, and past them the column's own style; rules reach
    // row 5,003 (a year of more contracts), and no further.
    expect(ws.getCell('K203')).toMatchObject({ numFmt: '[$-107041E]d mmm yyyy', font: { name: 'TH Sarabun New' } });
    expect(ws.getColumn('K').numFmt).toBe('[$-107041E]d mmm yyyy');
    expect(ws.getColumn('H').numFmt).toBe('@');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    expect(ws.getCell('K5003').dataValidation).toMatchObject({ type: 'custom' });
    expect(ws.getCell('K5004').dataValidation).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(['tbl_ita2567_o16']);
    const again = await ExcelJsWorkbook.load(await file.toBuffer());
    expect(checkSheet(await again.readSheet(name))).toMatchObject({
      template: 'ita2567-o16',
      headerRow: 3,
      findings: [],
    });
  });

  it('types O17’s problems and suggestions in the form’s Thai font, not Calibri', async () => {
    const file = await ExcelJsWorkbook.create();
    const o17 = buildLayout(getTemplate('ita2567-o17-summary')!);
    const name = await file.insertTemplate(o17);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await file.toBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(name)!;
    const labels: number[] = [];
    ws.eachRow((row, n) => {
      if (o17.notes.includes(String(row.getCell(1).value))) labels.push(n);
    });
    expect(labels).toHaveLength(2);
    for (const n of labels) {
      expect(ws.getCell(n, 1).font).toMatchObject({ name: 'TH Sarabun New', bold: true });
      expect(ws.getCell(n + 1, 1).font).toMatchObject({ name: 'TH Sarabun New', size: 14 });
    }
  });

  it("takes another table name in a workbook with a defined name of the template's (Excel would repair the file)", async () => {
    const user = new ExcelJS.Workbook();
    user.addWorksheet('งบ').getCell('A1').value = 1;
    user.definedNames.add("'งบ'!$A$1", 'tbl_ita2567_o16');
    const file = await ExcelJsWorkbook.load(new Uint8Array(await user.xlsx.writeBuffer()));
    const name = await file.insertTemplate(layout);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await file.toBuffer()) as unknown as ArrayBuffer);
    expect(Object.keys((wb.getWorksheet(name) as unknown as { tables: object }).tables)).toEqual(['tbl_ita2567_o16_2']);
    expect(wb.definedNames.model.map((d) => d.name)).toContain('tbl_ita2567_o16');
  });
});

describe('inserting the OIT checklist with Office.js', () => {
  it('writes a findings sheet whose ids and project numbers keep every digit, leading zeros included', async () => {
    const model = { sheets: [newSheet('O16')], active: 0 };
    const excel = fakeExcel(model);
    const findings = checkSheet({
      name: 'O16',
      values: [O16_HEADERS, ['ซื้อวัสดุ', 1000, null, null, null, null, null, '0105536112015', null, '6701952400']],
    }).findings;
    const layout = buildFindingsLayout(findings, 'ผลการตรวจสอบ: O16');
    const name = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).insertTemplate(layout);
    const ws = model.sheets.find((x) => x.name === name)!;
    const found = [...ws.cells.entries()].filter(([k]) => k.endsWith(',6')).map(([, c]) => c.value);
    expect(found).toEqual(expect.arrayContaining(['0105536112015', '6701952400']));
  });

  it('writes a findings sheet of 20,000 findings in requests Excel on the web accepts (under 5 MB each)', async () => {
    const model = { sheets: [newSheet('O16')], active: 0 };
    const excel = fakeExcel(model);
    const findings: Finding[] = Array.from({ length: 20_000 }, (_, i) => ({
      code: 'tax-id-checksum',
      severity: 'error',
      sheet: 'O16',
      cell: `H${i + 2}`,
      row: i + 2,
      column: 'เลขประจำตัวผู้เสียภาษี',
      message: {
        th: `แถว ${i + 2}: เลขประจำตัวผู้เสียภาษี 010553611xxxx หลักตรวจสอบไม่ถูกต้อง ตรวจเลขกับเอกสารอีกครั้ง`,
        en: `Row ${i + 2}: the tax id 010553611xxxx fails the check digit; check it against the documents`,
      },
      value: '010553611xxxx',
    }));
    const layout = buildFindingsLayout(findings, 'ผลการตรวจสอบ: O16');
    const name = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).insertTemplate(layout);
    expect(excel.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    const ws = model.sheets.find((x) => x.name === name)!;
    // Every finding has its row, the last one included.
    expect(cellText(ws, `D${layout.headerRow + 20_000}`)).toBe('tax-id-checksum');
    expect(cellText(ws, `D${layout.headerRow + 20_001}`)).toBeUndefined();
  });

  it('inserts an e-GP export of 40,000 rows into O16 in requests Excel on the web accepts, number formats counted', async () => {
    // The real DGA rows, repeated with project numbers of their own (repeats would be left out).
    const csv = await new CsvWorkbook(
      new Uint8Array(await readFile(join(REAL, 'praciller_dga-egp-contract-2568-250.csv'))),
      'egp.csv',
    ).readSheet();
    const body = csv.values.slice(1);
    const values = [
      csv.values[0]!,
      ...Array.from({ length: 40_000 }, (_, i) => {
        const r = [...body[i % body.length]!];
        r[1] = String(67_000_000_000 + i);
        return r;
      }),
    ];
    const { layout, rowsWritten } = importEgp({ ...csv, values }, 'ita2567-o16');
    expect(rowsWritten).toBe(40_000);
    const model = { sheets: [newSheet('e-GP')], active: 0, web: true };
    const excel = fakeExcel(model);
    const name = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).insertTemplate(layout);
    expect(excel.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    const ws = model.sheets.find((x) => x.name === name)!;
    // The last row has its project number, kept as text in its text-formatted cell.
    const col = layout.columns.findIndex((c) => c.header === 'เลขที่โครงการ') + 1;
    const row = layout.headerRow + 40_000;
    expect(cellText(ws, `${columnLetter(col)}${row}`)).toBe(String(67_000_000_000 + 39_999));
    expect(ws.cells.get(`${row},${col}`)?.numberFormat).toBe('@');
  });

  it('keeps text that starts with -, + or = as text (Excel would take it for a formula and show #NAME?)', async () => {
    const model = { sheets: [newSheet('O16')], active: 0 };
    const excel = fakeExcel(model);
    const rows = [['-จ้างซ่อมแซมถนน คสล. หมู่ 3', 100_000, 'พ.ร.บ. งบประมาณรายจ่าย', '+ค่าขนส่ง', 'วิธีเฉพาะเจาะจง']];
    const layout = { ...buildLayout(getTemplate('ita2567-o14')!), rows };
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const name = await wb.insertTemplate(layout);
    const grid = await wb.readSheet(name);
    expect(grid.values[layout.headerRow]!.slice(0, 4)).toEqual([
      '-จ้างซ่อมแซมถนน คสล. หมู่ 3',
      100_000,
      'พ.ร.บ. งบประมาณรายจ่าย',
      '+ค่าขนส่ง',
    ]);
    // A findings sheet quoting a formula never calculated writes it as the text it is.
    const findings = [
      { ...checkSheet({ name: 'O16', values: [O16_HEADERS, ['ซื้อวัสดุ']] }).findings[0]!, value: '=SUM(B2:B3)' },
    ];
    const sheet = await wb.insertTemplate(buildFindingsLayout(findings, 'ผลการตรวจสอบ: O16'));
    expect((await wb.readSheet(sheet)).values.flat()).toContain('=SUM(B2:B3)');
  });

  it('keeps text that Excel would read as a number, a date or TRUE as the text it is', async () => {
    const model = { sheets: [newSheet('O16')], active: 0 };
    const wb = new OfficeWorkbook(fakeExcel(model).run, capabilitiesFor(20));
    // Item names and a delivery period as imported: "12/2567" typed into Excel is December 2567.
    const rows = [
      ['12/2567', 100_000, '1,000', 'TRUE', 'วิธีเฉพาะเจาะจง'],
      ['10%', 50_000, '(500)', 'เงินรายได้', 'วิธีเฉพาะเจาะจง'],
    ];
    const layout = { ...buildLayout(getTemplate('ita2567-o14')!), rows };
    const grid = await wb.readSheet(await wb.insertTemplate(layout));
    expect(grid.values.slice(layout.headerRow, layout.headerRow + 2).map((r) => r.slice(0, 4))).toEqual([
      ['12/2567', 100_000, '1,000', 'TRUE'],
      ['10%', 50_000, '(500)', 'เงินรายได้'],
    ]);
  });

  it('writes every component row and the score formulas, in 3 syncs', async () => {
    const model = { sheets: [newSheet('Sheet1')], active: 0 };
    const excel = fakeExcel(model);
    const layout = layoutFor('oit-2567')!;
    const name = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).insertTemplate(layout);
    expect(excel.syncs).toBe(3);
    const ws = model.sheets.find((s) => s.name === name)!;
    expect(cellText(ws, 'A4')).toBe('O1');
    expect(cellText(ws, `A${3 + layout.rows!.length}`)).toBe('O35');
    // Seven columns and, for 2567, how each item is to be done (วิธีดำเนินการ).
    expect(ws.tables[0]!.address).toBe(`${name}!A3:H${3 + layout.rows!.length}`);
    // The per-item summary, under the rows its formulas count.
    const item = layout.blocks![0]!.top + 1;
    expect(ws.cells.get(`${item},10`)?.value).toBe('O1');
    expect(ws.cells.get(`${item},14`)?.formula).toMatch(
      new RegExp(`^=IF\\(COUNTIFS\\(\\$A\\$4:\\$A\\$\\d+,\\$J${item}\\)<2,\\d+,COUNTIFS\\(`),
    );
    expect([...ws.cells.values()].filter((c) => c.formula).length).toBeGreaterThan(35 * 5);
    expect(ws.cells.get('4,5')?.validation?.rule).toEqual({
      list: { inCellDropDown: true, source: 'ดำเนินการแล้ว,ยังไม่ได้ดำเนินการ,ไม่เกี่ยวข้อง' },
    });
  });
});

describe('summary sheets and charts with Office.js', () => {
  // Dates as the serials Excel holds (January 2024).
  const rows = [O16_HEADERS, ...[0, 1, 2].map((i) => goodRow(i).map((v) => (v instanceof Date ? 45300 + i : v)))];
  const source = newSheet('O16', rows as (string | number)[][]);
  const data = () => procurementData({ name: 'O16', values: rows as (string | number)[][] })!;

  it('writes the O17 summary as formulas over the source sheet, and a bar chart of budget by method', async () => {
    const model = { sheets: [source, newSheet('อื่น')], active: 0 };
    const excel = fakeExcel(model);
    const layout = buildSummaryLayout([data()]);
    const name = await new OfficeWorkbook(excel.run, capabilitiesFor(20)).insertTemplate(layout);
    const ws = model.sheets.find((s) => s.name === name)!;
    const specific = 4 + layout.rows!.findIndex((r) => r[0] === 'วิธีเฉพาะเจาะจง');
    expect(ws.cells.get(`${specific},2`)?.formula).toBe(
      `=SUM(COUNTIFS('O16'!$E$1:$E$1048576,{"วิธีเฉพาะเจาะจง","เฉพาะเจาะจง"}))`,
    );
    expect(ws.cells.get(`${specific},1`)?.value).toBe('วิธีเฉพาะเจาะจง');
    const end = 3 + layout.rows!.length - 1;
    expect(ws.charts).toEqual([
      expect.objectContaining({
        type: 'BarClustered',
        title: 'งบประมาณที่ใช้ จำแนกตามวิธีการจัดซื้อจัดจ้าง (บาท)',
        series: [{ name: 'งบประมาณ (บาท)', values: `${name}!C4:C${end}`, categories: `${name}!A4:A${end}` }],
        showValue: true,
      }),
    ]);
    // The source is untouched.
    expect(model.sheets[0]).toBe(source);
    expect(excel.syncs).toBe(3);
  });

  it('draws O17’s boxes for problems and suggestions as the .xlsx writer does: bordered, wrapped from the top', async () => {
    const model = { sheets: [newSheet('อื่น')], active: 0 };
    const layout = layoutFor('ita2567-o17-summary')!;
    const name = await new OfficeWorkbook(fakeExcel(model).run, capabilitiesFor(20)).insertTemplate(layout);
    const ws = model.sheets.find((s) => s.name === name)!;
    const labels = [...ws.cells].filter(([, c]) => layout.notes.includes(String(c.value)));
    expect(labels.map(([, c]) => c.value)).toEqual(layout.notes);
    const right = layout.columns.length;
    for (const [at] of labels) {
      const top = Number(at.split(',')[0]) + 1;
      const cell = (r: number, c: number) => ws.cells.get(`${r},${c}`)!;
      expect(cell(top, 1).border).toEqual({ top: 'Continuous', left: 'Continuous' });
      expect(cell(top + 2, right).border).toEqual({ bottom: 'Continuous', right: 'Continuous' });
      expect(cell(top + 1, 2).border).toBeUndefined();
      expect([cell(top, 1).wrapText, cell(top, 1).vAlign]).toEqual([true, 'Top']);
    }
  });

  it('in Excel 2016 (below ExcelApi 1.7) writes the numbers without the chart, and does not fail', async () => {
    const model = { sheets: [source], active: 0 };
    const excel = fakeExcel(model, 6);
    const name = await new OfficeWorkbook(excel.run, capabilitiesFor(6)).insertTemplate(buildSummaryLayout([data()]));
    const ws = model.sheets.find((s) => s.name === name)!;
    expect(ws.charts).toEqual([]);
    expect(ws.cells.get('4,2')?.formula).toMatch(/^=SUM\(COUNTIFS\(/);
  });

  it('writes the monthly view (blocks, no table) and the ITA score sheet with its four-series line chart', async () => {
    const model = { sheets: [source], active: 0 };
    const excel = fakeExcel(model);
    const port = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const monthly = await port.insertTemplate(buildMonthlyLayout(monthlyView([data()])));
    const m = model.sheets.find((s) => s.name === monthly)!;
    expect(m.tables).toEqual([]);
    expect(cellText(m, 'A4')).toBe('ต.ค. 2566');
    expect(m.charts[0]).toMatchObject({ type: 'ColumnClustered', series: [{ values: `${monthly}!C4:C15` }] });

    const score = await port.insertTemplate(layoutFor('ita-score')!);
    const sheet = model.sheets.find((s) => s.name === score)!;
    const chart = sheet.charts[0]!;
    expect(chart.type).toBe('LineMarkers');
    expect(chart.series.map((x) => x.name)).toEqual(['IIT', 'EIT', 'OIT', 'รวม']);
    // It plots hidden rows that give #N/A for a year not yet scored (Excel plots the summary's "" as 0).
    const row = (ref: string) => Number(/!D(\d+):/.exec(ref)![1]);
    const plotted = chart.series.map((x) => row(x.values));
    expect(sheet.hiddenRows).toEqual(plotted);
    expect(chart.plotVisibleOnly).toBe(false);
    const total = [...sheet.cells].find(([at, c]) => at.endsWith(',1') && c.value === 'รวม')!;
    expect(sheet.cells.get(`${plotted[3]},4`)?.formula).toBe(
      `=IF(ISNUMBER(D${total[0].split(',')[0]}),D${total[0].split(',')[0]},NA())`,
    );
    // Excel 2019 (ExcelApi 1.7) cannot plot hidden rows: they stay in sight, and the chart plots them.
    const older = { sheets: [newSheet('อื่น')], active: 0 };
    await new OfficeWorkbook(fakeExcel(older, 7).run, capabilitiesFor(7)).insertTemplate(layoutFor('ita-score')!);
    expect(older.sheets[1]!.hiddenRows).toEqual([]);
    expect(older.sheets[1]!.charts[0]!.series.map((x) => row(x.values))).toEqual(plotted);
  });
});

/** Each worksheet part's data validations: the ranges each one covers. */
async function validationAreas(bytes: Uint8Array): Promise<Map<string, CellRange[][]>> {
  const out = new Map<string, CellRange[][]>();
  for (const [name, body] of await packageParts(bytes)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const sqrefs = [...body.toString('utf8').matchAll(/<dataValidation\b[^>]*\ssqref="([^"]*)"/g)];
    out.set(
      name,
      sqrefs.map((m) => parseAreas(m[1]!.replace(/ /g, ','))),
    );
  }
  return out;
}

/** The pairs of validations (by index) whose ranges share a cell. */
function overlaps(validations: readonly CellRange[][]): string[] {
  const meet = (a: CellRange, b: CellRange) =>
    a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  const out: string[] = [];
  validations.forEach((a, i) =>
    validations.slice(i + 1).forEach((b, k) => {
      if (a.some((x) => b.some((y) => meet(x, y)))) out.push(`${i} and ${i + k + 1}`);
    }),
  );
  return out;
}

describe('data validations in the .xlsx written', () => {
  // ExcelJS grew each column's rule down from "C10" (text order) and again from "C4": two rules on
  // C10:C203, which Excel may call a problem in the file and repair away.
  it('no template’s rules overlap; O16 has one per column, from the first body row to the last', async () => {
    for (const t of insertables(2569)) {
      const file = await ExcelJsWorkbook.create();
      await file.insertTemplate(t.build());
      const areas = [...(await validationAreas(await file.toBuffer())).values()];
      for (const sheet of areas) expect(overlaps(sheet), t.id).toEqual([]);
      expect(
        areas.some((sheet) => sheet.length > 0),
        t.id,
      ).toBe(true);
    }
    const file = await ExcelJsWorkbook.create();
    await file.insertTemplate(layout);
    const [o16] = [...(await validationAreas(await file.toBuffer())).values()];
    expect(o16!.map((v) => v.map(areaAddress).join(' '))).toEqual(
      ['C', 'D', 'E', 'H', 'J', 'K', 'L'].map((c) => `${c}4:${c}5003`),
    );
  });

  it("the ITA score sheet's prompts stay on its indicators' rows, not on the formulas under them", async () => {
    const file = await ExcelJsWorkbook.create();
    await file.insertTemplate(layoutFor('ita-score')!);
    const [score] = [...(await validationAreas(await file.toBuffer())).values()];
    const bottoms = score!.flat().map((a) => a.bottom);
    expect(bottoms.length).toBeGreaterThan(0);
    expect(Math.max(...bottoms)).toBe(13);
  });

  it('the measures report’s result column offers its list but takes a result in words without a word', async () => {
    const measures = layoutFor('measures')!;
    const col = measures.columns.findIndex((c) => c.header === 'ผลการดำเนินการ') + 1;
    const file = await ExcelJsWorkbook.create();
    const name = await file.insertTemplate(measures);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await file.toBuffer()) as unknown as ArrayBuffer);
    const dv = wb.getWorksheet(name)!.getCell(4, col).dataValidation;
    expect(dv).toMatchObject({ type: 'list', showInputMessage: true });
    expect(dv.showErrorMessage).toBeFalsy();
    // The same in Excel itself.
    const model = { sheets: [newSheet('Sheet1')], active: 0 };
    await new OfficeWorkbook(fakeExcel(model).run, capabilitiesFor(20)).insertTemplate(measures);
    expect(model.sheets[1]!.cells.get(`4,${col}`)?.validation?.errorAlert).toMatchObject({ showAlert: false });
  });

  it('a user’s own rules come back as they were when a sheet is added to their file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ของเดิม');
    const list = { type: 'list' as const, allowBlank: true, formulae: ['"ก,ข"'] };
    for (let r = 2; r <= 120; r++) ws.getCell(r, 2).dataValidation = list;
    for (let r = 5; r <= 15; r++) for (const c of [4, 5]) ws.getCell(r, c).dataValidation = list;
    ws.getCell('G9').dataValidation = { type: 'whole', operator: 'between', formulae: [1, 9] };
    const file = await ExcelJsWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    await file.insertTemplate(layout);
    const [own] = [...(await validationAreas(await file.toBuffer())).values()];
    expect(overlaps(own!)).toEqual([]);
    expect(own!.map((v) => v.map(areaAddress).join(' ')).sort()).toEqual(['B2:B120', 'D5:E15', 'G9']);
  });
});
