import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check/sheet';
import { fixesFor, type CellWrite } from '../../src/core/findings/fixes';
import { NOTE_HEAD } from '../../src/core/findings/marks';
import { layoutFor } from '../../src/core/templates/catalog';
import { THAI_DATE_FORMAT } from '../../src/core/templates/layout';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { computedByLibreOffice, resavedByLibreOffice, savedAsByLibreOffice } from '../helpers/libreoffice';
import { fixableRows, goodRow, O16_HEADERS, o16Rows, writeXlsx, type Formula, type Row } from '../helpers/o16';
import { tempDir } from '../helpers/tmp';
import {
  asXlsm,
  chartedO16,
  inUtf16,
  packageParts,
  respelled,
  SPELLINGS,
  strictXmlErrors,
  VBA_PROJECT,
  withCharacterReferences,
  withThread,
} from '../helpers/package';
import { RUNS } from '../helpers/arbitraries';
import { a1 } from '../../src/core/cells/address';
import { buildFindingsLayout } from '../../src/core/findings/sheet';
import { buildSummaryLayout } from '../../src/core/report/byMethod';
import { procurementData } from '../../src/core/report/procurementData';

const findingsLayout = () => buildFindingsLayout([], 'ผลการตรวจ O16');

/** An .xlsx of `rows` written by ExcelJS, after `shape` has set what a test needs on its workbook and sheet. */
async function xlsxOf(
  rows: readonly (readonly unknown[])[],
  shape: (model: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void = () => {},
): Promise<Uint8Array> {
  const model = new ExcelJS.Workbook();
  const ws = model.addWorksheet('O16');
  rows.forEach((row, r) =>
    row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
  );
  shape(model, ws);
  return new Uint8Array(await model.xlsx.writeBuffer());
}

/**
 * The parts whose contents differ between a package and its copy, sorted; throws if the copy has
 * other parts than the package (added, dropped or reordered).
 */
async function changedParts(bytes: Uint8Array, copy: Uint8Array): Promise<string[]> {
  const [before, after] = [await packageParts(bytes), await packageParts(copy)];
  expect([...after.keys()]).toEqual([...before.keys()]);
  return [...after.keys()].filter((n) => !after.get(n)!.equals(before.get(n)!)).sort();
}

/** The parts a package's relationships or content types name that it lacks (Excel repairs such a file). */
async function missingParts(bytes: Uint8Array): Promise<string[]> {
  const parts = await packageParts(bytes);
  const named = [
    ...parts
      .get('[Content_Types].xml')!
      .toString()
      .matchAll(/PartName="\/([^"]+)"/g),
  ].map((m) => m[1]!);
  for (const [name, xml] of parts) {
    if (!name.endsWith('.rels')) continue;
    const base = posix.dirname(posix.dirname(name));
    for (const [tag, target] of xml.toString().matchAll(/<Relationship\b[^>]*\bTarget="([^"]+)"[^>]*>/g))
      if (!/TargetMode="External"/.test(tag))
        named.push(target!.startsWith('/') ? target!.slice(1) : posix.normalize(posix.join(base, target!)));
  }
  return named.filter((n) => !parts.has(n));
}

/**
 * The parts a fix of O16 changes in `original` and the packages made from it: the sheet, the styles,
 * and the O17 summary, whose formulas read O16 and so lose their stored results.
 */
const FIXED_PARTS = ['xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'];

let dir: string;
/** The user's workbook: an O16 with cells to fix, styled, and a summary sheet with a chart. */
let original: Uint8Array;

beforeAll(async () => {
  dir = await tempDir();
  const wb = await chartedO16(dir);
  const model = await wb.excel();
  // The user's own formatting on cells that will be fixed.
  for (const ref of ['B3', 'H2', 'K3'])
    model.getWorksheet('O16')!.getCell(ref).font = { name: 'TH SarabunPSK', bold: true };
  // The amount typed in Thai digits sits in a cell formatted as a date (Excel guesses so on paste).
  model.getWorksheet('O16')!.getCell('B2').numFmt = 'd/m/yyyy';
  original = await wb.toBuffer();
});

describe('a corrected copy of a file (the pane without Excel)', () => {
  it('is the file itself with only the fixed cells changed: charts and every other part kept byte for byte', async () => {
    const wb = await ExcelJsWorkbook.load(original);
    expect(wb.facts?.hasDrawings).toBe(true);
    const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
    expect(writes.map((w) => w.cell).sort()).toEqual(['B2', 'B3', 'H2', 'K3']);
    await wb.applyFixes('O16', writes);
    expect(wb.copyKeepsFile).toBe(true);
    const copy = await wb.toBuffer();

    expect(await changedParts(original, copy)).toEqual(FIXED_PARTS);
    expect([...(await packageParts(copy)).keys()].filter((n) => n.startsWith('xl/charts/'))).not.toEqual([]);

    const again = await ExcelJsWorkbook.load(copy);
    const grid = await again.readSheet('O16');
    expect(checkSheet(grid).findings).toEqual([]);
    expect(grid.values[1]![1]).toBe(50_000);
    expect(grid.values[1]![7]).toBe('0105536112014');
    expect(grid.values[2]![10]).toEqual(new Date(Date.UTC(2024, 0, 1)));

    // Excel's view of the cells: the fix's number format, and the user's font kept.
    const model = new ExcelJS.Workbook();
    await model.xlsx.load(copy as unknown as ArrayBuffer);
    const ws = model.getWorksheet('O16')!;
    expect(ws.getCell('K3')).toMatchObject({ numFmt: THAI_DATE_FORMAT, font: { name: 'TH SarabunPSK', bold: true } });
    expect(ws.getCell('H2')).toMatchObject({ numFmt: '@', font: { name: 'TH SarabunPSK', bold: true } });
    expect(ws.getCell('B3').font).toMatchObject({ name: 'TH SarabunPSK', bold: true });
    // The amount fixed in a cell formatted as a date shows as the other amounts do, not as 19 Nov 2036.
    expect(ws.getCell('B2').numFmt).toBe('#,##0.00');
  });

  it("renames an Excel table's column with its fixed header cell, so Excel need not repair the copy", async () => {
    // The add-in's own O16 template (an Excel table), a header typed wrong in its cell and its table alike.
    const made = await ExcelJsWorkbook.create();
    await made.insertTemplate(layoutFor('ita2567-o16')!);
    const sheet = (await made.sheetNames())[0]!;
    const [right, typo] = [O16_HEADERS[4]!, 'วิธีการจัดซื้อจัดจ้ง'];
    const files = unzipSync(await made.toBuffer());
    const tablePart = Object.keys(files).find((n) => /^xl\/tables\/table\d+\.xml$/.test(n))!;
    files[tablePart] = strToU8(Buffer.from(files[tablePart]!).toString().replace(`name="${right}"`, `name="${typo}"`));
    const typed = await ExcelJsWorkbook.load(zipSync(files));
    await typed.applyFixes(sheet, [{ cell: 'E3', value: typo, kind: 'text', numberFormat: null }]);
    const before = await typed.toBuffer();
    const columnsOf = async (bytes: Uint8Array) =>
      [
        ...(await packageParts(bytes))
          .get(tablePart)!
          .toString()
          .matchAll(/<tableColumn\b[^>]*\bname="([^"]*)"/g),
      ].map((m) => m[1]);
    expect((await columnsOf(before))[4]).toBe(typo);
    // The check offers the form's header; the copy has the cell and the table's column alike.
    const wb = await ExcelJsWorkbook.load(before);
    const fix = fixesFor(checkSheet(await wb.readSheet(sheet)).findings).filter((w) => w.cell === 'E3');
    expect(fix).toEqual([expect.objectContaining({ value: right })]);
    await wb.applyFixes(sheet, fix);
    const copy = await wb.toBuffer();
    expect(await columnsOf(copy)).toEqual(O16_HEADERS);
    expect((await (await ExcelJsWorkbook.load(copy)).readSheet(sheet)).values[2]![4]).toBe(right);

    // A total on another sheet citing the column by its old name cites it by the new one.
    const model = new ExcelJS.Workbook();
    await model.xlsx.load(before as unknown as ArrayBuffer);
    const table = Object.keys((model.getWorksheet(sheet) as unknown as { tables: object }).tables)[0]!;
    model.addWorksheet('สรุป').getCell('A1').value = { formula: `COUNTA(${table}[${typo}])`, result: 0 };
    const cited = await ExcelJsWorkbook.load(new Uint8Array(await model.xlsx.writeBuffer()));
    await cited.applyFixes(sheet, fix);
    const after = await packageParts(await cited.toBuffer());
    expect(await columnsOf(await cited.toBuffer())).toEqual(O16_HEADERS);
    const formulas = [...after.values()].flatMap((x) =>
      [...x.toString().matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]),
    );
    expect(formulas).toEqual([`COUNTA(${table}[${right}])`]);
  });

  it("renames a fixed header's table column beside another table of the same column, and leaves quoted text", async () => {
    // Last year's sheet and this year's, made from the template, both with the header typed wrong.
    const made = await ExcelJsWorkbook.create();
    const first = await made.insertTemplate(layoutFor('ita2567-o16')!);
    const second = await made.insertTemplate(layoutFor('ita2567-o16')!);
    const [right, typo] = [O16_HEADERS[4]!, 'วิธีการจัดซื้อจัดจ้ง'];
    const files = unzipSync(await made.toBuffer());
    const tableParts = Object.keys(files)
      .filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))
      .sort();
    for (const t of tableParts)
      files[t] = strToU8(Buffer.from(files[t]!).toString().replace(`name="${right}"`, `name="${typo}"`));
    const typed = await ExcelJsWorkbook.load(zipSync(files));
    for (const sheet of [first, second])
      await typed.applyFixes(sheet, [{ cell: 'E3', value: typo, kind: 'text', numberFormat: null }]);
    const model = new ExcelJS.Workbook();
    await model.xlsx.load((await typed.toBuffer()) as unknown as ArrayBuffer);
    const [t1, t2] = [first, second].map(
      (n) => Object.keys((model.getWorksheet(n) as unknown as { tables: object }).tables)[0]!,
    );
    const note = `"ดูคอลัมน์ [${typo}] ในตาราง"`;
    const totals = model.addWorksheet('สรุป');
    totals.getCell('A1').value = { formula: `COUNTA(${t1!}[${typo}])`, result: 0 };
    totals.getCell('A2').value = { formula: `COUNTA(${t2!}[${typo}])`, result: 0 };
    totals.getCell('A3').value = { formula: note, result: note.slice(1, -1) };
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await model.xlsx.writeBuffer()));
    // This year's header fixed; last year's left as it is.
    await wb.applyFixes(first, [{ cell: 'E3', value: right, kind: 'text', numberFormat: null }]);
    const parts = await packageParts(await wb.toBuffer());
    const columns = (t: string) =>
      [
        ...parts
          .get(t)!
          .toString()
          .matchAll(/<tableColumn\b[^>]*\bname="([^"]*)"/g),
      ].map((m) => m[1]);
    expect(tableParts.map((t) => columns(t)[4])).toEqual([right, typo]);
    const formulas = [...parts.values()].flatMap((x) =>
      [...x.toString().matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]),
    );
    // ExcelJS wrote the quotes as &quot;: the text in them is the user's, left as it is.
    expect(formulas).toEqual([
      `COUNTA(${t1!}[${right}])`,
      `COUNTA(${t2!}[${typo}])`,
      `&quot;ดูคอลัมน์ [${typo}] ในตาราง&quot;`,
    ]);
    expect(wb.copyKeepsFile).toBe(true);
  });

  it('opens in LibreOffice with the fixed values, the date shown in พ.ศ.', async () => {
    const wb = await ExcelJsWorkbook.load(original);
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    const path = join(dir, 'fixed.xlsx');
    await writeFile(path, await wb.toBuffer());
    const shown = await computedByLibreOffice(path, dir);
    // B2 was formatted as a date: the amount takes the money format of its column.
    expect(shown[1]![1]).toBe('50,000.00');
    expect(shown[1]![7]).toBe('0105536112014');
    expect(shown[2]![1]).toMatch(/^50,?001$/);
    expect(shown[2]![10]).toBe('1 ม.ค. 2567');
  });

  it('a file saved by LibreOffice (another writer, its own styles) is corrected in place too', async () => {
    const path = join(dir, 'by-lo.xlsx');
    await writeXlsx(path, { O16: fixableRows() });
    const bytes = new Uint8Array(await readFile(await savedAsByLibreOffice(path, dir, 'xlsx')));
    const wb = await ExcelJsWorkbook.load(bytes);
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    const copy = await wb.toBuffer();
    expect(await changedParts(bytes, copy)).toEqual(['xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(checkSheet(await (await ExcelJsWorkbook.load(copy)).readSheet('O16')).findings).toEqual([]);
    await writeFile(join(dir, 'by-lo-fixed.xlsx'), copy);
    const shown = await computedByLibreOffice(join(dir, 'by-lo-fixed.xlsx'), dir);
    expect(shown[1]![7]).toBe('0105536112014');
    expect(shown[2]![10]).toBe('1 ม.ค. 2567');
  });

  it('of a file saved by LibreOffice (no theme), written whole once a sheet is added, names no part it lacks', async () => {
    const path = join(dir, 'by-lo-added.xlsx');
    await writeXlsx(path, { O16: fixableRows() });
    const bytes = new Uint8Array(await readFile(await savedAsByLibreOffice(path, dir, 'xlsx')));
    expect([...(await packageParts(bytes)).keys()].filter((n) => n.startsWith('xl/theme/'))).toEqual([]);
    const wb = await ExcelJsWorkbook.load(bytes);
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    await wb.insertTemplate(layoutFor('ita2567-o17-summary')!);
    const copy = await wb.toBuffer();
    expect(wb.copyKeepsFile).toBe(false);
    // ExcelJS names theme/theme1.xml whatever the file had (exceljs#425): Excel would offer to repair it.
    expect(await missingParts(copy)).toEqual([]);
    expect(checkSheet(await (await ExcelJsWorkbook.load(copy)).readSheet('O16')).findings).toEqual([]);
  });

  it('shows the totals over a fixed amount computed again, in Excel and in LibreOffice as installed', async () => {
    // Saved as Excel saves: each formula with its result, which left out the amount typed as text.
    const rows: (Row[number] | Formula)[][] = o16Rows([goodRow(0), goodRow(1)]);
    rows[1]![1] = '50,000';
    rows[1]![12] = { formula: 'B2*2', result: 0 };
    const total = { formula: "SUM('O16'!B2:B3)", result: 50_001 };
    const path = join(dir, 'totals.xlsx');
    await writeXlsx(path, { O16: rows, สรุป: [[total], [{ formula: '1+1', result: 2 }]] });
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await readFile(path)));
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    const copy = await wb.toBuffer();
    const fixed = join(dir, 'totals-fixed.xlsx');
    await writeFile(fixed, copy);
    // LibreOffice shows a stored result; a formula without one it computes.
    expect((await computedByLibreOffice(path, dir, 2, false))[0]).toEqual(['50001']);
    expect((await computedByLibreOffice(fixed, dir, 2, false)).map((r) => r[0])).toEqual(['100001', '2']);
    expect((await computedByLibreOffice(fixed, dir, 1, false))[1]![12]).toBe('100000');
    // Excel computes every formula on opening; a formula reading no fixed sheet keeps its result.
    const parts = await packageParts(copy);
    expect(parts.get('xl/workbook.xml')!.toString()).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    expect(parts.get('xl/worksheets/sheet2.xml')!.toString()).toMatch(/<f>1\+1<\/f><v>2<\/v>/);
  });

  it('the same once a sheet is added (the copy then written whole): the totals over fixed amounts are computed again', async () => {
    const rows: (Row[number] | Formula)[][] = o16Rows([goodRow(0), goodRow(1)]);
    rows[1]![1] = '50,000';
    rows[1]![12] = { formula: 'B2*2', result: 0 };
    const path = join(dir, 'totals-added.xlsx');
    await writeXlsx(path, {
      O16: rows,
      สรุป: [[{ formula: "SUM('O16'!B2:B3)", result: 50_001 }], [{ formula: '1+1', result: 2 }]],
    });
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await readFile(path)));
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    await wb.insertTemplate(layoutFor('ita2567-o17-summary')!);
    expect(wb.copyKeepsFile).toBe(false);
    const fixed = join(dir, 'totals-added-fixed.xlsx');
    await writeFile(fixed, await wb.toBuffer());
    expect((await computedByLibreOffice(fixed, dir, 2, false)).map((r) => r[0])).toEqual(['100001', '2']);
    expect((await computedByLibreOffice(fixed, dir, 1, false))[1]![12]).toBe('100000');
    // The workbook in the pane keeps reading the results it had (the copy is not the model).
    expect((await wb.readSheet('สรุป')).values[1]![0]).toBe(2);
  });

  it.each([
    ['in place', false],
    ['written whole once a sheet is added', true],
  ])(
    'shows again, in LibreOffice, totals reading a fixed amount through the table or a defined name (over the sheet, the table or another name): %s',
    async (_, added) => {
      // The O16 rows as an Excel table, the second budget typed as text; totals as Excel saved them.
      const model = new ExcelJS.Workbook();
      const o16 = model.addWorksheet('O16');
      const data = [goodRow(0), goodRow(1)].map((r) => r.map((v) => v ?? ''));
      data[1]![1] = '50,000';
      o16.addTable({
        name: 'tblO16',
        ref: 'A1',
        columns: O16_HEADERS.map((name) => ({ name })),
        rows: data as ExcelJS.CellValue[][],
      });
      model.definedNames.add("'O16'!$B$2:$B$3", 'Budgets');
      const totals = model.addWorksheet('สรุป');
      const sums = ['SUM(Budgets)', `SUM(tblO16[${O16_HEADERS[1]}])`, 'SUM(ราคาตกลง)', 'SUM(AllBudgets)'];
      sums.forEach((formula, i) => (totals.getCell(i + 1, 1).value = { formula, result: 50_000 }));
      totals.getCell('A5').value = { formula: 'SUM(BudgetsElsewhere)', result: 7 };
      // Names ExcelJS cannot write: over the table's column, and over another name.
      const files = unzipSync(new Uint8Array(await model.xlsx.writeBuffer()));
      files['xl/workbook.xml'] = strToU8(
        Buffer.from(files['xl/workbook.xml']!)
          .toString()
          .replace(
            '</definedNames>',
            `<definedName name="ราคาตกลง">tblO16[${O16_HEADERS[1]}]</definedName><definedName name="AllBudgets">Budgets</definedName></definedNames>`,
          ),
      );
      const path = join(dir, `by-name-${added ? 'added' : 'in-place'}.xlsx`);
      await writeFile(path, zipSync(files));
      const wb = await ExcelJsWorkbook.load(new Uint8Array(await readFile(path)));
      await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
      if (added) await wb.insertTemplate(layoutFor('ita2567-o17-summary')!);
      expect(wb.copyKeepsFile).toBe(!added);
      const fixed = join(dir, `by-name-${added ? 'added' : 'in-place'}-fixed.xlsx`);
      await writeFile(fixed, await wb.toBuffer());
      // 50,000 + 50,000 once the text is a number, by each way; a name reading nothing fixed keeps its result.
      const shown = (await computedByLibreOffice(fixed, dir, 2, false)).map((r) => r[0]);
      expect(shown.slice(0, 4)).toEqual(['100000', '100000', '100000', '100000']);
      expect((await packageParts(await readFile(fixed))).get('xl/worksheets/sheet2.xml')!.toString()).toMatch(
        /<f>SUM\(BudgetsElsewhere\)<\/f><v>7<\/v>/,
      );
    },
  );

  it('shows again, in LibreOffice, a total reading a fixed sheet whose name holds "&" (written &amp; in the file)', async () => {
    const sheet = 'O16&O17 2567';
    const rows: (Row[number] | Formula)[][] = o16Rows([goodRow(0), goodRow(1)]);
    rows[1]![1] = '50,000';
    const path = join(dir, 'ampersand.xlsx');
    await writeXlsx(path, { [sheet]: rows, สรุป: [[{ formula: `SUM('${sheet}'!B2:B3)`, result: 50_001 }]] });
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await readFile(path)));
    await wb.applyFixes(sheet, fixesFor(checkSheet(await wb.readSheet(sheet)).findings));
    expect(wb.copyKeepsFile).toBe(true);
    const fixed = join(dir, 'ampersand-fixed.xlsx');
    await writeFile(fixed, await wb.toBuffer());
    expect((await computedByLibreOffice(fixed, dir, 2, false))[0]).toEqual(['100001']);
  });

  it('shows again, in LibreOffice, a total reading a fixed sheet whose Thai name the file writes as &#NNNN; (openpyxl)', async () => {
    const sheet = 'ผลการจัดซื้อ 2567';
    const rows: (Row[number] | Formula)[][] = o16Rows([goodRow(0), goodRow(1)]);
    rows[1]![1] = '50,000';
    const path = join(dir, 'references.xlsx');
    await writeXlsx(path, { [sheet]: rows, สรุป: [[{ formula: `SUM('${sheet}'!B2:B3)`, result: 50_001 }]] });
    const bytes = await withCharacterReferences(await readFile(path));
    expect((await packageParts(bytes)).get('xl/worksheets/sheet2.xml')!.toString()).toContain('<f>SUM(&apos;&#3612;');
    const wb = await ExcelJsWorkbook.load(bytes);
    await wb.applyFixes(sheet, fixesFor(checkSheet(await wb.readSheet(sheet)).findings));
    expect(wb.copyKeepsFile).toBe(true);
    const fixed = join(dir, 'references-fixed.xlsx');
    await writeFile(fixed, await wb.toBuffer());
    expect((await computedByLibreOffice(fixed, dir, 2, false))[0]).toEqual(['100001']);
  });

  it.each([
    ['in place', false],
    ['written whole once a sheet is added', true],
  ])(
    "keeps the results of the fixed sheet's formulas that read no fixed cell, so the copy checks with none never calculated: %s",
    async (_, added) => {
      // An O16 table (third budget typed as text) whose amounts are formulas as Excel saved them, and
      // beside it totals over its columns and formulas over the amount to fix.
      const model = new ExcelJS.Workbook();
      const o16 = model.addWorksheet('O16');
      const data: unknown[][] = [0, 1, 2, 3].map((i) => goodRow(i).map((v) => v ?? ''));
      data[0]![1] = { formula: 'BudgetElsewhere', result: 50_000 };
      data[1]![1] = { formula: "'ข้อมูล'!B1", result: 50_001 };
      data[2]![1] = '50,002';
      data[3]![1] = { formula: '50000+3', result: 50_003 };
      data[3]![6] = { formula: 'ROUND(48003/VAT*VAT,0)', result: 48_003 };
      o16.addTable({
        name: 'tblO16',
        ref: 'A1',
        columns: O16_HEADERS.map((name) => ({ name })),
        rows: data as ExcelJS.CellValue[][],
      });
      const beside: [string, string, number][] = [
        ['N2', `SUM(tblO16[${O16_HEADERS[1]}])`, 150_004],
        ['N3', `SUM(tblO16[${O16_HEADERS[6]}])`, 192_006],
        ['N4', 'B4*2', 100_004],
        ['N5', 'N4+1', 100_005],
        ['N6', 'SUM(A:A)', 0],
        ['N7', 'SUM($B$2:$B$3)', 100_001],
      ];
      for (const [ref, formula, result] of beside) o16.getCell(ref).value = { formula, result };
      const other = model.addWorksheet('ข้อมูล');
      other.getCell('B1').value = 50_001;
      other.getCell('B2').value = 50_000;
      model.definedNames.add("'ข้อมูล'!$B$2", 'BudgetElsewhere');
      // A name over a constant, which ExcelJS cannot write.
      const files = unzipSync(new Uint8Array(await model.xlsx.writeBuffer()));
      files['xl/workbook.xml'] = strToU8(
        Buffer.from(files['xl/workbook.xml']!)
          .toString()
          .replace('</definedNames>', '<definedName name="VAT">1.07</definedName></definedNames>'),
      );
      const wb = await ExcelJsWorkbook.load(zipSync(files));
      const fixes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
      expect(fixes.map((w) => w.cell)).toEqual(['B4']);
      await wb.applyFixes('O16', fixes);
      if (added) await wb.insertTemplate(layoutFor('ita2567-o17-summary')!);
      expect(wb.copyKeepsFile).toBe(!added);
      const copy = await wb.toBuffer();
      const sheet = (await packageParts(copy)).get('xl/worksheets/sheet1.xml')!.toString();
      const withResult = (ref: string) => new RegExp(`<c r="${ref}"[^>]*>\\s*<f>[^<]*</f>\\s*<v>`).test(sheet);
      // Kept: a name over another sheet, another sheet, figures, a name over a figure, the total of a
      // column with no fixed cell, ranges missing B4. Dropped: what reads B4, and what reads that.
      expect(['B2', 'B3', 'B5', 'G5', 'N3', 'N6', 'N7'].filter((ref) => !withResult(ref))).toEqual([]);
      expect(['N2', 'N4', 'N5'].filter(withResult)).toEqual([]);
      const again = checkSheet(await (await ExcelJsWorkbook.load(copy)).readSheet('O16')).findings;
      expect(again.filter((f) => f.code === 'formula-no-result')).toEqual([]);
    },
  );

  it.each([
    ['in place', false],
    ['written whole once a sheet is added', true],
  ])(
    'drops the result of a formula reading a dropped one whatever their order, on its sheet or another fixed one, so LibreOffice shows one grand total: %s',
    async (_, added) => {
      // Two O16 sheets, each with a budget typed as text (B4), as Excel saved them: a total row (B6),
      // above it a grand total reading that row (N1) and a chain going up (N2 = N3+1, N3 = B4*2); the
      // second sheet's N1 reads the first one's total row.
      const model = new ExcelJS.Workbook();
      for (const name of ['O16', 'O16 (2)']) {
        const ws = model.addWorksheet(name);
        ws.addRow(O16_HEADERS);
        for (const i of [0, 1, 2, 3]) ws.addRow(goodRow(i));
        ws.getCell('B4').value = '50,002';
        ws.getCell('A6').value = 'รวม';
        ws.getCell('B6').value = { formula: 'SUM(B2:B5)', result: 150_004 };
        ws.getCell('N2').value = { formula: 'N3+1', result: 1 };
        ws.getCell('N3').value = { formula: 'B4*2', result: 0 };
      }
      model.getWorksheet('O16')!.getCell('N1').value = { formula: 'B6', result: 150_004 };
      model.getWorksheet('O16 (2)')!.getCell('N1').value = { formula: "'O16'!B6", result: 150_004 };
      const wb = await ExcelJsWorkbook.load(new Uint8Array(await model.xlsx.writeBuffer()));
      for (const name of ['O16', 'O16 (2)']) {
        const fixes = fixesFor(checkSheet(await wb.readSheet(name)).findings);
        expect(fixes.map((w) => w.cell)).toEqual(['B4']);
        await wb.applyFixes(name, fixes);
      }
      if (added) await wb.insertTemplate(layoutFor('ita2567-o17-summary')!);
      expect(wb.copyKeepsFile).toBe(!added);
      const copy = await wb.toBuffer();
      const parts = await packageParts(copy);
      const kept = (part: string) =>
        ['N1', 'N2', 'N3', 'B6'].filter((ref) =>
          new RegExp(`<c r="${ref}"[^>]*>\\s*<f>[^<]*</f>\\s*<v>`).test(parts.get(part)!.toString()),
        );
      expect([kept('xl/worksheets/sheet1.xml'), kept('xl/worksheets/sheet2.xml')]).toEqual([[], []]);
      // LibreOffice as installed shows the stored results and computes the others: one grand total.
      const path = join(dir, `grand-total-${added ? 'added' : 'in-place'}-fixed.xlsx`);
      await writeFile(path, copy);
      for (const sheet of [1, 2]) {
        const shown = await computedByLibreOffice(path, dir, sheet, false);
        expect([shown[0]![13], shown[5]![1], shown[1]![13]], `sheet ${sheet}`).toEqual(['200006', '200006', '100005']);
      }
    },
  );

  it.each(Object.entries(SPELLINGS))(
    "of a file whose attributes are written %s is corrected in place too, each part well-formed, the user's fonts kept",
    async (_, spell) => {
      const source = await respelled(original, spell);
      const wb = await ExcelJsWorkbook.load(source);
      await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
      await wb.markFindings('O16', {
        cells: { error: ['A2'], warning: [] },
        notes: [{ cell: 'A2', text: `${NOTE_HEAD} x` }],
      });
      const copy = await wb.toBuffer();
      const [before, after] = [await packageParts(source), await packageParts(copy)];
      expect(wb.copyKeepsFile).toBe(true);
      expect([...before.keys()].filter((n) => !after.get(n)!.equals(before.get(n)!)).sort()).toEqual([
        '[Content_Types].xml',
        'xl/styles.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
      ]);
      // An attribute added beside its old self written another way (numFmtId, count) is a file Excel repairs.
      for (const [name, part] of after)
        if (/\.(xml|rels|vml)$/.test(name)) expect(XMLValidator.validate(part.toString('utf8')), name).toBe(true);
      const again = await ExcelJsWorkbook.load(copy);
      expect(checkSheet(await again.readSheet('O16')).findings).toEqual([]);
      const ws = (await again.excel()).getWorksheet('O16')!;
      expect(ws.getCell('K3')).toMatchObject({ numFmt: THAI_DATE_FORMAT, font: { name: 'TH SarabunPSK', bold: true } });
      expect(ws.getCell('A2').note).toBe(`${NOTE_HEAD} x`);
    },
  );

  it('of a file whose XML parts are in UTF-16 is corrected and marked in place, and opens in LibreOffice', async () => {
    const source = await inUtf16(original);
    const wb = await ExcelJsWorkbook.load(source);
    expect(await wb.sheetNames()).toEqual(['O16', 'O17 สรุป 2567']);
    const grid = await wb.readSheet('O16');
    expect(grid).toEqual(await (await ExcelJsWorkbook.load(original)).readSheet('O16'));
    await wb.applyFixes('O16', fixesFor(checkSheet(grid).findings));
    await wb.markFindings('O16', {
      cells: { error: ['A2'], warning: [] },
      notes: [{ cell: 'A2', text: `${NOTE_HEAD} x` }],
    });
    const copy = await wb.toBuffer();
    expect(wb.copyKeepsFile).toBe(true);
    // The parts changed are written in UTF-8, and say so; the others are kept as they were.
    const parts = await packageParts(copy);
    for (const name of ['xl/styles.xml', 'xl/worksheets/sheet1.xml', '[Content_Types].xml']) {
      const text = parts.get(name)!.toString('utf8');
      expect(text, name).toMatch(/^<\?xml [^>]*encoding="UTF-8"/);
      expect(XMLValidator.validate(text), name).toBe(true);
    }
    expect(parts.get('xl/workbook.xml')!.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(checkSheet(await (await ExcelJsWorkbook.load(copy)).readSheet('O16')).findings).toEqual([]);
    const path = join(dir, 'utf16-fixed.xlsx');
    await writeFile(path, copy);
    const shown = await computedByLibreOffice(path, dir);
    expect(shown[1]![7]).toBe('0105536112014');
    expect(shown[2]![10]).toBe('1 ม.ค. 2567');
    // A new sheet needs ExcelJS, which reads only UTF-8: it is handed the parts so.
    const withSheet = await ExcelJsWorkbook.load(source);
    await withSheet.insertTemplate(layoutFor('measures')!);
    const again = await ExcelJsWorkbook.load(await withSheet.toBuffer());
    expect(await again.sheetNames()).toContain('มาตรการ');
    expect((await again.readSheet('O16')).values).toEqual(grid.values);
  });

  it('with marks too, is still the file with only the marked sheet and the styles changed, and the notes added', async () => {
    const wb = await ExcelJsWorkbook.load(original);
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    await wb.markFindings('O16', {
      cells: { error: ['A2'], warning: [] },
      notes: [{ cell: 'A2', text: `${NOTE_HEAD} x` }],
    });
    expect(wb.copyKeepsFile).toBe(true);
    const copy = await wb.toBuffer();
    const [before, after] = [await packageParts(original), await packageParts(copy)];
    expect([...before.keys()].filter((n) => !after.get(n)!.equals(before.get(n)!)).sort()).toEqual([
      '[Content_Types].xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect([...after.keys()].filter((n) => !before.has(n)).sort()).toEqual([
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/worksheets/_rels/sheet1.xml.rels',
    ]);
    const model = new ExcelJS.Workbook();
    await model.xlsx.load(copy as unknown as ArrayBuffer);
    expect(model.getWorksheet('O16')!.getCell('A2').note).toBe(`${NOTE_HEAD} x`);
    expect(checkSheet(await (await ExcelJsWorkbook.load(copy)).readSheet('O16')).findings).toEqual([]);
  });

  it('after a new sheet the copy is written by ExcelJS (the pane then says what it loses), with every fix and no other cell changed', async () => {
    const wb = await ExcelJsWorkbook.load(original);
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    await wb.insertTemplate(layoutFor('measures')!);
    expect(wb.copyKeepsFile).toBe(false);
    const again = await ExcelJsWorkbook.load(await wb.toBuffer());
    const grid = await again.readSheet('O16');
    // B3 shares its style with the date fixed in K3: giving K3 a date format must not make B3 a date.
    expect(grid.values[2]![1]).toBe(50_001);
    // B2 was formatted as a date: its amount is shown as one.
    expect(grid.values[1]![1]).toBe(50_000);
    expect(checkSheet(grid).findings).toEqual([]);
  });

  // ExcelJS neither reads nor writes a sheet's Excel 2010 extensions, and writes a print area's rows
  // without their $: the copy lost the method's dropdown (its list on a hidden sheet), unsaid.
  it("after a new sheet, keeps the dropdowns and sparklines of Excel 2010's extensions, and the print area as it was", async () => {
    const rows: (Row[number] | Formula)[][] = o16Rows([goodRow(0), goodRow(1)]);
    rows[2]![1] = '50,001';
    const path = join(dir, 'x14.xlsx');
    await writeXlsx(path, { O16: rows, รายการ: [['วิธีเฉพาะเจาะจง'], ['วิธีคัดเลือก'], ['วิธีประกาศเชิญชวนทั่วไป']] });
    const x14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"';
    const xm = 'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
    const dropdown =
      `<ext ${x14} uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations ${xm} count="1">` +
      '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1>' +
      '<xm:f>รายการ!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E2:E3</xm:sqref></x14:dataValidation></x14:dataValidations></ext>';
    const sparklines =
      `<ext ${x14} uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups ${xm}><x14:sparklineGroup>` +
      '<x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>O16!B2:B3</xm:f><xm:sqref>M2</xm:sqref>' +
      '</x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>';
    const printArea = `<definedName name="_xlnm.Print_Area" localSheetId="0">'O16'!$A$1:$L$21</definedName>`;
    const files = unzipSync(await readFile(path));
    const edit = (part: string, from: string, to: string) =>
      (files[part] = strToU8(Buffer.from(files[part]!).toString().replace(from, to)));
    edit('xl/worksheets/sheet1.xml', '</worksheet>', `<extLst>${dropdown}${sparklines}</extLst></worksheet>`);
    edit('xl/workbook.xml', '</sheets>', `</sheets><definedNames>${printArea}</definedNames>`);
    const wb = await ExcelJsWorkbook.load(zipSync(files));
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    await wb.insertTemplate(buildSummaryLayout([procurementData(await wb.readSheet('O16'))!]));
    expect(wb.copyKeepsFile).toBe(false);
    // Nothing this file holds is lost by the copy: the pane says nothing of a loss.
    expect(wb.facts?.lostByRewrite).toBe(false);
    const copyPath = join(dir, 'x14-summary.xlsx');
    await writeFile(copyPath, await wb.toBuffer());
    const parts = await packageParts(await readFile(copyPath));
    const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheet).toContain(`<extLst>${dropdown}${sparklines}</extLst></worksheet>`);
    expect(parts.get('xl/workbook.xml')!.toString()).toContain(printArea);
    expect(strictXmlErrors(copyPath)).toEqual([]);
    // LibreOffice reads the dropdown and the sparklines from the copy: saved again, both are there.
    const resaved = (await packageParts(await readFile(await resavedByLibreOffice(copyPath, dir))))
      .get('xl/worksheets/sheet1.xml')!
      .toString();
    expect(resaved).toMatch(/<dataValidation [^>]*sqref="E2:E3"[^>]*>\s*<formula1>\$?รายการ!\$A\$1:\$A\$3<\/formula1>/);
    expect(resaved).toContain('<xm:sqref>M2</xm:sqref>');
  });

  // ExcelJS writes a table's column without its formulas: the summary copy lost the calculated column's
  // formula (Excel fills a new row with it) and left a custom total without its own, unsaid.
  it("after a new sheet, keeps a table's calculated column and custom total, citing a column renamed by a fix", async () => {
    const [price, agreed, margin] = [O16_HEADERS[5]!, O16_HEADERS[6]!, 'ส่วนต่าง'];
    const typo = 'ราคาที่ตกลงซื้อ/จ้าง (บาท)';
    const calculated = (agreedName: string) => `tblO16[[#This Row],[${price}]]-tblO16[[#This Row],[${agreedName}]]`;
    const total = (agreedName: string) => `SUBTOTAL(109,tblO16[${agreedName}])+SUBTOTAL(109,tblO16[${margin}])`;
    const model = new ExcelJS.Workbook();
    model.addWorksheet('O16').addTable({
      name: 'tblO16',
      ref: 'A1',
      totalsRow: true,
      columns: [
        ...O16_HEADERS.map((name) => ({ name: name === agreed ? typo : name })),
        { name: margin, totalsRowFunction: 'custom', totalsRowFormula: total(typo) },
      ],
      rows: [goodRow(0), goodRow(1)].map((r) => [...r, { formula: calculated(typo), result: 2000 }]),
    });
    // The formulas of the column as Excel writes them in the table part.
    const files = unzipSync(new Uint8Array(await model.xlsx.writeBuffer()));
    const tablePart = Object.keys(files).find((n) => /^xl\/tables\/table\d+\.xml$/.test(n))!;
    const formulas = (agreedName: string) =>
      `<calculatedColumnFormula>${calculated(agreedName)}</calculatedColumnFormula>` +
      `<totalsRowFormula>${total(agreedName)}</totalsRowFormula>`;
    files[tablePart] = strToU8(
      Buffer.from(files[tablePart]!)
        .toString()
        .replace(/(<tableColumn id="13"[^>]*?)\s*\/>/, (_, open: string) => `${open}>${formulas(typo)}</tableColumn>`),
    );
    expect(Buffer.from(files[tablePart]!).toString()).toContain(formulas(typo));
    const wb = await ExcelJsWorkbook.load(zipSync(files));
    const fix = fixesFor(checkSheet(await wb.readSheet('O16')).findings).filter((w) => w.cell === 'G1');
    expect(fix).toEqual([expect.objectContaining({ value: agreed })]);
    await wb.applyFixes('O16', fix);
    await wb.insertTemplate(buildSummaryLayout([procurementData(await wb.readSheet('O16'))!]));
    expect(wb.copyKeepsFile).toBe(false);
    const copyPath = join(dir, 'calculated-summary.xlsx');
    await writeFile(copyPath, await wb.toBuffer());
    const parts = await packageParts(await readFile(copyPath));
    const table = [...parts].find(([n, b]) => /^xl\/tables\//.test(n) && b.toString().includes('"tblO16"'))![1];
    expect(table.toString()).toContain(`totalsRowFunction="custom">${formulas(agreed)}</tableColumn>`);
    expect(strictXmlErrors(copyPath)).toEqual([]);
    // LibreOffice computes the column and the total: 50,000 − 48,000, and 96,001 + 4,000.
    const shown = await computedByLibreOffice(copyPath, dir);
    expect(shown.slice(1, 4).map((r) => r[12])).toEqual(['2000', '2000', '100001']);
  });

  // An O16 table (tblO16, A1:M4) whose first column ลำดับ is calculated, with a custom total on the price
  // agreed (named `typo`, which a fix renames), and a sheet สรุป summing that column.
  const [agreed, serial, typo] = [O16_HEADERS[6]!, 'ลำดับ', 'ราคาที่ตกลงซื้อ/จ้าง (บาท)'];
  const calculated = 'ROW()-ROW(tblO16[#Headers])';
  const total = (agreedName: string) => `SUBTOTAL(109,tblO16[${agreedName}])`;
  const names = (agreedName: string) => [serial, ...O16_HEADERS.map((n) => (n === agreed ? agreedName : n))];
  /** That workbook, the table's filter as `filter` writes it (from its ref). */
  async function calculatedFirst(filter: (ref: string) => string): Promise<Uint8Array> {
    const model = new ExcelJS.Workbook();
    model.addWorksheet('O16').addTable({
      name: 'tblO16',
      ref: 'A1',
      totalsRow: true,
      columns: names(typo).map((name) =>
        name === typo ? { name, totalsRowFunction: 'custom', totalsRowFormula: total(typo) } : { name },
      ),
      rows: [goodRow(0), goodRow(1)].map((r, i) => [{ formula: calculated, result: i + 1 }, ...r]),
    });
    model.addWorksheet('สรุป').getCell('A1').value = { formula: `SUM(tblO16[${typo}])`, result: 96_001 };
    // The columns' formulas as Excel writes them in the table part.
    const files = unzipSync(new Uint8Array(await model.xlsx.writeBuffer()));
    const tablePart = Object.keys(files).find((n) => /^xl\/tables\/table\d+\.xml$/.test(n))!;
    files[tablePart] = strToU8(
      Buffer.from(files[tablePart]!)
        .toString()
        .replace(/<autoFilter ref="([^"]*)">[\s\S]*?<\/autoFilter>/, (_, ref: string) => filter(ref))
        .replace(
          /(<tableColumn id="1"[^>]*?)\s*\/>/,
          `$1><calculatedColumnFormula>${calculated}</calculatedColumnFormula></tableColumn>`,
        )
        .replace(
          /(<tableColumn id="8"[^>]*?)\s*\/>/,
          (_, open: string) => `${open}><totalsRowFormula>${total(typo)}</totalsRowFormula></tableColumn>`,
        ),
    );
    return zipSync(files);
  }

  // ExcelJS stops reading a table's columns at the first with a formula: the copy's table kept A1:M4
  // with only its first column (Excel repairs it; a formula citing a lost column reads nothing), unsaid.
  it("after a new sheet, keeps every column of a table whose first column is calculated, a custom total's renamed", async () => {
    // Its filter unused, as Excel writes one (no button hidden).
    const wb = await ExcelJsWorkbook.load(await calculatedFirst((ref) => `<autoFilter ref="${ref}"/>`));
    const fix = fixesFor(checkSheet(await wb.readSheet('O16')).findings).filter((w) => w.cell === 'H1');
    expect(fix).toEqual([expect.objectContaining({ value: agreed })]);
    await wb.applyFixes('O16', fix);
    await wb.insertTemplate(buildSummaryLayout([procurementData(await wb.readSheet('O16'))!]));
    expect(wb.copyKeepsFile).toBe(false);
    const copyPath = join(dir, 'calculated-first-summary.xlsx');
    await writeFile(copyPath, await wb.toBuffer());
    const parts = await packageParts(await readFile(copyPath));
    const table = [...parts].find(([n, b]) => /^xl\/tables\//.test(n) && b.toString().includes('"tblO16"'))![1];
    const columns = [...table.toString().matchAll(/<tableColumn id="(\d+)" name="([^"]*)"/g)];
    expect(columns.map(([, id, name]) => [Number(id), name])).toEqual(names(agreed).map((n, i) => [i + 1, n]));
    expect(table.toString()).toMatch(/ref="A1:M4"[\s\S]*<tableColumns count="13">/);
    expect(table.toString()).toContain(
      `totalsRowLabel="Total"><calculatedColumnFormula>${calculated}</calculatedColumnFormula></tableColumn>`,
    );
    expect(table.toString()).toContain(
      `name="${agreed}" totalsRowFunction="custom"><totalsRowFormula>${total(agreed)}</totalsRowFormula></tableColumn>`,
    );
    expect(strictXmlErrors(copyPath)).toEqual([]);
    // LibreOffice computes the total and the other sheet's sum over the renamed column: 48,000 + 48,001.
    const shown = await computedByLibreOffice(copyPath, dir);
    expect(shown[3]![7]).toBe('96001');
    expect((await computedByLibreOffice(copyPath, dir, 2))[0]).toEqual(['96001']);
  });

  // ExcelJS reads a table's filter against the columns it read: a filter on two columns after the
  // calculated first one made it fail to load the file ("Cannot set properties of undefined"), so no
  // copy with a new sheet could be written at all.
  it('after a new sheet, writes the copy of a table filtered on columns after its calculated first one, the filter kept', async () => {
    const filtered = (ref: string) =>
      `<autoFilter ref="${ref}"><filterColumn colId="4"><filters><filter val="สิ้นสุดระยะสัญญา"/></filters></filterColumn>` +
      '<filterColumn colId="5"><filters><filter val="วิธีเฉพาะเจาะจง"/></filters></filterColumn></autoFilter>';
    const wb = await ExcelJsWorkbook.load(await calculatedFirst(filtered));
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    await wb.insertTemplate(buildSummaryLayout([procurementData(await wb.readSheet('O16'))!]));
    const copyPath = join(dir, 'calculated-first-filtered.xlsx');
    await writeFile(copyPath, await wb.toBuffer());
    const parts = await packageParts(await readFile(copyPath));
    const table = [...parts].find(([n, b]) => /^xl\/tables\//.test(n) && b.toString().includes('"tblO16"'))![1];
    const columns = [...table.toString().matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map(([, name]) => name);
    expect(columns).toEqual(names(agreed));
    expect(table.toString()).toContain(`${filtered('A1:M3')}<tableColumns count="13">`);
    expect(table.toString()).toContain(`<calculatedColumnFormula>${calculated}</calculatedColumnFormula>`);
    expect(strictXmlErrors(copyPath)).toEqual([]);
  });

  // Excel leaves out a table's headerRowCount (1, its default), and ExcelJS reads a table without it as one
  // without a header row: the copy's table said so, its header cells data, tblO16[#Headers] an error.
  it('after a new sheet, keeps the header row of a table written as Excel writes it', async () => {
    const model = new ExcelJS.Workbook();
    const columns = O16_HEADERS.map((name) => ({ name }));
    model.addWorksheet('O16').addTable({ name: 'tblO16', ref: 'A1', columns, rows: [goodRow(0), goodRow(1)] });
    const count = { formula: `ROWS(tblO16[${agreed}])&"/"&tblO16[[#Headers],[${agreed}]]`, result: `2/${agreed}` };
    model.addWorksheet('สรุป').getCell('A1').value = count;
    const files = unzipSync(new Uint8Array(await model.xlsx.writeBuffer()));
    const tablePart = Object.keys(files).find((n) => /^xl\/tables\/table\d+\.xml$/.test(n))!;
    files[tablePart] = strToU8(Buffer.from(files[tablePart]!).toString().replace(' headerRowCount="1"', ''));
    const wb = await ExcelJsWorkbook.load(zipSync(files));
    await wb.insertTemplate(buildSummaryLayout([procurementData(await wb.readSheet('O16'))!]));
    const copyPath = join(dir, 'excel-table-summary.xlsx');
    await writeFile(copyPath, await wb.toBuffer());
    const parts = await packageParts(await readFile(copyPath));
    const table = [...parts].find(([n, b]) => /^xl\/tables\//.test(n) && b.toString().includes('"tblO16"'))![1];
    expect(/<table\b[^>]*>/.exec(table.toString())![0]).not.toContain('headerRowCount="0"');
    // LibreOffice computes the formula over the table: two rows under its header.
    expect((await computedByLibreOffice(copyPath, dir, 2))[0]).toEqual([`2/${agreed}`]);
  });

  it('of a macro-enabled workbook keeps its macros and is named .xlsm; one ExcelJS writes is an .xlsx without them', async () => {
    const xlsm = await asXlsm(original);
    const wb = await ExcelJsWorkbook.load(xlsm);
    expect(wb.facts?.hasMacros).toBe(true);
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    const copy = await wb.toBuffer();
    expect(await changedParts(xlsm, copy)).toEqual(FIXED_PARTS);
    expect(new Uint8Array((await packageParts(copy)).get('xl/vbaProject.bin')!)).toEqual(VBA_PROJECT);
    // Excel opens a macro-enabled package only under the name .xlsm.
    expect(await wb.copyExtension(copy)).toBe('xlsm');
    const marked = await wb.markedCopy('O16', { cells: { error: [], warning: ['K3'] }, notes: [] }, findingsLayout());
    expect([marked.keptFile, await wb.copyExtension(marked.bytes)]).toEqual([true, 'xlsm']);

    // After a new sheet ExcelJS writes the copy: no macros, so an .xlsx (the pane says what it lost).
    await wb.insertTemplate(layoutFor('measures')!);
    const rewritten = await wb.toBuffer();
    const parts = await packageParts(rewritten);
    expect(parts.has('xl/vbaProject.bin')).toBe(false);
    expect(parts.get('[Content_Types].xml')!.toString()).not.toContain('macroEnabled');
    expect(await wb.copyExtension(rewritten)).toBe('xlsx');
    expect(checkSheet(await (await ExcelJsWorkbook.load(rewritten)).readSheet('O16')).findings).toEqual([]);
    // An .xlsx is an .xlsx.
    expect(await wb.copyExtension(original)).toBe('xlsx');
  });

  it("keeps an Excel 365 comment thread in place; a copy ExcelJS writes lacks it, and the file's facts say so", async () => {
    const threaded = await withThread(original);
    const wb = await ExcelJsWorkbook.load(threaded);
    expect(wb.facts).toMatchObject({ hasThreads: true, lostByRewrite: true });
    await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
    const copy = await wb.toBuffer();
    expect(await changedParts(threaded, copy)).toEqual(FIXED_PARTS);
    // After a new sheet ExcelJS writes the copy, without the thread: the pane says what is lost.
    await wb.insertTemplate(layoutFor('measures')!);
    expect(wb.copyKeepsFile).toBe(false);
    const parts = await packageParts(await wb.toBuffer());
    expect([...parts.keys()].some((n) => n.includes('threadedComment'))).toBe(false);
    // A file without any of what a rewrite loses says so too.
    const plain = await ExcelJsWorkbook.load(await xlsxOf(fixableRows()));
    expect(plain.facts).toMatchObject({ hasThreads: false, hasMacros: false, lostByRewrite: false });
  });

  it('a cell that holds a formula is left, as in Excel, and its finding stays; the rest is patched in place', async () => {
    const bytes = await xlsxOf(fixableRows(), (_, ws) => {
      ws.getCell('B3').value = { formula: '"50,001"', result: '50,001' };
    });
    const wb = await ExcelJsWorkbook.load(bytes);
    const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
    expect(writes.map((w) => w.cell)).toContain('B3');
    expect(await wb.applyFixes('O16', writes)).toEqual({
      written: writes.length - 1,
      formulas: 1,
      locked: 0,
      left: ['B3'],
    });
    const saved = await wb.toBuffer();
    const parts = await packageParts(saved);
    expect(new TextDecoder().decode(parts.get('xl/worksheets/sheet1.xml'))).toMatch(/<c r="B3"[^>]*><f>/);
    // Every other fix is in (the formula's result is left for Excel to compute on opening).
    const grid = await (await ExcelJsWorkbook.load(saved)).readSheet('O16');
    expect(checkSheet(grid).findings.filter((f) => f.cell !== 'B3')).toEqual([]);
  });

  it('of a sheet whose rows and cells leave out their address (r, optional in the format) is written, every cell in its place', async () => {
    const bytes = await xlsxOf(fixableRows());
    const parts = await packageParts(bytes);
    const sheet = new TextDecoder().decode(parts.get('xl/worksheets/sheet1.xml'));
    const bare = sheet.replace(/(<(?:row|c)\b[^>]*?)\sr="[^"]*"/g, '$1');
    expect(bare).not.toMatch(/\sr="/);
    const zip = unzipSync(bytes);
    zip['xl/worksheets/sheet1.xml'] = strToU8(bare);
    const wb = await ExcelJsWorkbook.load(zipSync(zip));
    const before = await wb.readSheet('O16');
    const writes = fixesFor(checkSheet(before).findings);
    expect(writes.length).toBeGreaterThan(0);
    await wb.applyFixes('O16', writes);
    const copy = await ExcelJsWorkbook.load(await wb.toBuffer());
    const after = await copy.readSheet('O16');
    expect(checkSheet(after).findings).toEqual([]);
    // Every cell not fixed is where it was.
    const fixed = new Set(writes.map((w) => w.cell));
    before.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!fixed.has(a1(r + 1, c + 1))) expect(after.values[r]?.[c] ?? null, a1(r + 1, c + 1)).toEqual(v);
      }),
    );
  });

  it('scores written as fractions in cells formatted as percentages are fixed to numbers out of 100, shown as numbers', async () => {
    const header = ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', '2567'];
    const rows = [
      ['คะแนน ITA'],
      [],
      header,
      ...Array.from({ length: 10 }, (_, i) => [i + 1, `ตัวชี้วัด ${i + 1}`, '', 0.9]),
    ];
    const bytes = await xlsxOf(rows, (_, ws) => {
      for (let r = 4; r <= 13; r++) ws.getCell(`D${r}`).numFmt = r % 2 ? '0%' : '0.00%';
    });
    const wb = await ExcelJsWorkbook.load(bytes);
    const writes = fixesFor(checkSheet(await wb.readSheet('O16')).findings);
    expect(writes).toHaveLength(10);
    await wb.applyFixes('O16', writes);
    const model = new ExcelJS.Workbook();
    await model.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    const ws = model.getWorksheet('O16')!;
    // 90, not 9000%.
    expect([4, 5].map((r) => [ws.getCell(`D${r}`).value, ws.getCell(`D${r}`).numFmt ?? 'General'])).toEqual([
      [90, 'General'],
      [90, 'General'],
    ]);
  });

  it('in a workbook counting days from 1904, a fixed date is the same day', async () => {
    const bytes = await xlsxOf(fixableRows(), (model) => {
      model.properties.date1904 = true;
    });
    const wb = await ExcelJsWorkbook.load(bytes);
    const date: CellWrite = fixesFor(checkSheet(await wb.readSheet('O16')).findings).find((w) => w.cell === 'K3')!;
    await wb.applyFixes('O16', [date]);
    const copy = await wb.toBuffer();
    // 1 January 2024 is day 45292 counted from 1900, day 43830 from 1904.
    const xml = new TextDecoder().decode((await packageParts(copy)).get('xl/worksheets/sheet1.xml'));
    expect(xml).toMatch(/<c r="K3" s="\d+"><v>43830<\/v><\/c>/);
    const again = await ExcelJsWorkbook.load(copy);
    expect((await again.readSheet('O16')).values[2]![10]).toEqual(new Date(Date.UTC(2024, 0, 1)));
    const seen = new ExcelJS.Workbook();
    await seen.xlsx.load(copy as unknown as ArrayBuffer);
    expect(seen.getWorksheet('O16')!.getCell('K3').value).toEqual(new Date(Date.UTC(2024, 0, 1)));
  });
});

describe('the corrected copy, for any cells and fixes', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('ก & <ข> "ค"', ' ซ้าย', '_x0041_', '๑,๒๓๔', '0105536112014'),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.integer({ min: 0, max: 40_000 }).map((d) => new Date(Date.UTC(2000, 0, 1 + d))),
  );
  const write = fc.oneof(
    fc
      .double({ noNaN: true, noDefaultInfinity: true })
      // −0 is 0 to Excel (and no fix writes it).
      .map((value) => ({ value: value === 0 ? 0 : value, kind: 'number' as const, numberFormat: null })),
    // What fixes write as text: digits kept as text, names; with what XML must escape.
    fc
      .oneof(
        fc.stringMatching(/^[0-9a-zก-ฮ๐-๙]([0-9a-zก-ฮ๐-๙ ]{0,10}[0-9a-zก-ฮ๐-๙])?$/),
        fc.constantFrom('ก & <ข> "ค"', '_x0041_'),
      )
      .map((value) => ({ value, kind: 'text' as const, numberFormat: '@' })),
    // From March 1900: before it, readers (ExcelJS too) part from Excel over its phantom 29 Feb 1900.
    fc
      .integer({ min: 61, max: 80_000 })
      .map((value) => ({ value, kind: 'date' as const, numberFormat: THAI_DATE_FORMAT })),
  );

  it('holds what the pane showed after the fixes, and changes no part but the sheet and its styles', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), write), { minLength: 1, maxLength: 6 }),
        async (rows, picks) => {
          const filled = rows.flatMap((row, r) => row.flatMap((v, c) => (v === null ? [] : [a1(r + 1, c + 1)])));
          fc.pre(filled.length > 0);
          const bytes = await xlsxOf(rows);
          const wb = await ExcelJsWorkbook.load(bytes);
          const writes: CellWrite[] = picks.map(([i, w]) => ({ cell: filled[i % filled.length]!, ...w }));
          await wb.applyFixes('O16', writes);
          const shown = await wb.readSheet('O16');
          const copy = await wb.toBuffer();
          expect(await (await ExcelJsWorkbook.load(copy)).readSheet('O16')).toEqual(shown);
          // The same value written again leaves even the sheet as it was.
          const changed = await changedParts(bytes, copy);
          // The workbook part, when a value changed: formulas are computed on opening (calcPr).
          const own = ['xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'];
          expect(changed.filter((n) => !own.includes(n))).toEqual([]);
        },
      ),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });
});
