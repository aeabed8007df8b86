import ExcelJS from 'exceljs';
import JSZip from 'jszip';

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { checkSheet } from '../../src/core/check/sheet';
import { MARK_TAG, NOTE_HEAD, planMarks } from '../../src/core/findings/marks';
import { buildFindingsLayout } from '../../src/core/findings/sheet';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { buildSummaryLayout } from '../../src/core/report/byMethod';
import { procurementData } from '../../src/core/report/procurementData';
import { openFile, openPane, paneInChromium } from '../helpers/browser';
import { goodRow, o16Rows, writeXlsx, readXlsx } from '../helpers/o16';
import { SKR1_HEADERS, skr1Row } from '../helpers/skr1';
import { tempDir } from '../helpers/tmp';
import { REAL } from '../helpers/shared';
import { asXlsm, VBA_PROJECT } from '../helpers/package';

const pane = paneInChromium();

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  const rows = [goodRow(0), goodRow(1), goodRow(2), goodRow(3)];
  rows[1]![5] = null; // required-value
  rows[2]![7] = '3100600445636'; // tax-id-checksum
  rows[3]![10] = '31/01/2024'; // ce-year (a warning)
  await writeXlsx(join(dir, 'agency.xlsx'), { ข้อมูล: [['หมายเหตุ', 'ของหน่วยงาน']], O16: o16Rows(rows) });
});

/** A pane with file `name` (in the test folder) open and its sheet O16 checked. */
async function checkedInPane(name: string): Promise<Page> {
  const page = await openPane(pane.browser, pane.url);
  await openFile(page, join(dir, name));
  await page.getByTestId('sheet-select').selectOption('O16');
  await page.getByTestId('check').click();
  await page.getByTestId('report').waitFor();
  return page;
}

function values(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) =>
      out.push([cell.address, cell.value instanceof Date ? cell.value.toISOString() : cell.value]),
    ),
  );
  return out;
}

describe('the pane without Excel: a copy with the findings, the original untouched', () => {
  it('downloads a copy with marks and a findings sheet, every original value unchanged', async () => {
    const page = await checkedInPane('agency.xlsx');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-marked').click()]);
    const copyPath = join(dir, 'copy.xlsx');
    await download.saveAs(copyPath);
    expect(download.suggestedFilename()).toBe('agency (ผลการตรวจ).xlsx');

    const original = await readXlsx(join(dir, 'agency.xlsx'));
    const copy = await readXlsx(copyPath);
    expect(copy.worksheets.map((w) => w.name)).toEqual(['ข้อมูล', 'O16', 'ผลการตรวจสอบ']);
    for (const name of ['ข้อมูล', 'O16'])
      expect(values(copy.getWorksheet(name)!), name).toEqual(values(original.getWorksheet(name)!));
    const o16 = copy.getWorksheet('O16')! as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
    };
    const marks = o16.conditionalFormattings.filter((cf) => cf.rules.some((r) => r.formulae[0]!.includes(MARK_TAG)));
    expect(marks.map((m) => m.ref).sort()).toEqual(['F3 H4', 'K5']);
    expect(o16.getCell('H4').note).toContain('เลขประจำตัว');
    const sheet = copy.getWorksheet('ผลการตรวจสอบ')!;
    expect(sheet.getCell('A1').value).toBe('ผลการตรวจสอบ: O16');
    expect(sheet.getCell('B4').value).toMatchObject({ formula: expect.stringContaining("#'O16'!") });
    // The file the user opened is exactly as it was.
    expect(values((await readXlsx(join(dir, 'agency.xlsx'))).getWorksheet('O16')!)).toEqual(
      values(original.getWorksheet('O16')!),
    );
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('a copy of a file marked before shows only the findings left, not the marks of what was fixed since', async () => {
    // Last month's marked copy, opened again after the user fixed nothing yet.
    const marked = await ExcelJsWorkbook.load(new Uint8Array(await readFile(join(dir, 'agency.xlsx'))));
    await marked.markFindings('O16', planMarks(checkSheet(await marked.readSheet('O16')).findings));
    await writeFile(join(dir, 'marked-before.xlsx'), await marked.toBuffer());
    const page = await checkedInPane('marked-before.xlsx');
    // The CE year in K5 has a fix; apply it.
    await page.locator('[data-testid="finding-group"][data-code="ce-year"] [data-testid="fix"]').click();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-marked').click()]);
    const path = join(dir, 'marked-again.xlsx');
    await download.saveAs(path);
    const o16 = (await readXlsx(path)).getWorksheet('O16')! as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
    };
    const marks = o16.conditionalFormattings.filter((cf) => cf.rules.some((r) => r.formulae[0]!.includes(MARK_TAG)));
    expect(marks.map((m) => m.ref)).toEqual(['F3 H4']);
    expect(o16.getCell('K5').note ?? null).toBeNull();
    await page.close();
  });

  it('a copy with findings opened again: its marks are told of, and left out of the corrected copy on request', async () => {
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await readFile(join(dir, 'agency.xlsx'))));
    const found = checkSheet(await wb.readSheet('O16')).findings;
    const { bytes } = await wb.markedCopy('O16', planMarks(found), buildFindingsLayout(found, 'ผลการตรวจ O16'));
    await writeFile(join(dir, 'checked-last-month.xlsx'), bytes);
    // The check's rules and notes on O16.
    const ours = async (path: string) => {
      const o16 = (await readXlsx(path)).getWorksheet('O16')! as ExcelJS.Worksheet & {
        conditionalFormattings: { rules: { formulae?: string[] }[] }[];
      };
      const rules = o16.conditionalFormattings.filter((cf) =>
        cf.rules.some((r) => r.formulae?.[0]?.includes(MARK_TAG)),
      );
      const notes: unknown[] = [];
      o16.eachRow((row) =>
        row.eachCell((c) => void (JSON.stringify(c.note ?? '').includes(NOTE_HEAD) && notes.push(c))),
      );
      return [rules.length > 0, notes.length > 0];
    };
    expect(await ours(join(dir, 'checked-last-month.xlsx'))).toEqual([true, true]);
    const page = await checkedInPane('checked-last-month.xlsx');
    await page.getByTestId('clear-marks').click();
    await expect.poll(() => page.getByTestId('fixed').textContent()).toContain('จากการตรวจครั้งก่อน');
    // The findings sheet of that check is no mark: said to be still there, to delete before publishing.
    expect(await page.getByTestId('fixed').textContent()).toContain(
      'แต่แผ่นงาน "ผลการตรวจสอบ" ของการตรวจครั้งก่อนยังอยู่ในไฟล์: ลบแผ่นงานนั้นใน Excel ก่อนเผยแพร่',
    );
    expect(await page.getByTestId('clear-marks').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-copy').click()]);
    const path = join(dir, 'to-publish.xlsx');
    await download.saveAs(path);
    expect(await ours(path)).toEqual([false, false]);
    // A file never marked offers nothing to clear.
    const plain = await checkedInPane('agency.xlsx');
    expect(await plain.getByTestId('clear-marks').count()).toBe(0);
    await Promise.all([page.close(), plain.close()]);
  });

  it('opens a macro-enabled workbook (.xlsm) and downloads its corrected copy as an .xlsm with the macros kept', async () => {
    await writeFile(join(dir, 'agency.xlsm'), await asXlsm(new Uint8Array(await readFile(join(dir, 'agency.xlsx')))));
    const page = await checkedInPane('agency.xlsm');
    // The file's macros are named among what its copies keep.
    await expect
      .poll(() => page.getByText('สำเนาที่ดาวน์โหลดเก็บไว้ครบ', { exact: false }).textContent())
      .toContain('มาโคร');
    await page.locator('[data-testid="finding-group"][data-code="ce-year"] [data-testid="fix"]').click();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-copy').click()]);
    // Excel opens a macro-enabled workbook only under the name .xlsm.
    expect(download.suggestedFilename()).toBe('agency (แก้แล้ว).xlsm');
    const path = join(dir, 'agency-fixed.xlsm');
    await download.saveAs(path);
    const zip = await JSZip.loadAsync(await readFile(path), { checkCRC32: true });
    expect(await zip.file('xl/vbaProject.bin')!.async('uint8array')).toEqual(VBA_PROJECT);
    expect((await readXlsx(path)).getWorksheet('O16')!.getCell('K5').value).toEqual(new Date(Date.UTC(2024, 0, 31)));
    await page.close();
  });

  it('a corrected copy and a copy with the findings of a file with a chart both keep the chart, and the pane says so', async () => {
    // The agency's workbook with a summary sheet and its chart, as the pane or ita-check summary makes it.
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await readFile(join(dir, 'agency.xlsx'))));
    await wb.insertTemplate(buildSummaryLayout([procurementData(await wb.readSheet('O16'))!]));
    await writeFile(join(dir, 'charted.xlsx'), await wb.toBuffer());
    const page = await checkedInPane('charted.xlsx');
    await expect.poll(() => page.getByText('สำเนาที่ดาวน์โหลดเก็บไว้ครบ', { exact: false }).count()).toBe(1);
    // Adding a summary sheet would cost the copies the chart: said before the button is pressed.
    expect(await page.getByTestId('summary-costs-copy').textContent()).toContain(
      'การเพิ่มแผ่นงานสรุปทำให้สำเนาที่ดาวน์โหลดหลังจากนี้ไม่มีแผนภูมิ',
    );
    await page.locator('[data-testid="finding-group"][data-code="ce-year"] [data-testid="fix"]').click();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-copy').click()]);
    const path = join(dir, 'charted-fixed.xlsx');
    await download.saveAs(path);
    const zip = await JSZip.loadAsync(await readFile(path), { checkCRC32: true });
    const before = await JSZip.loadAsync(await readFile(join(dir, 'charted.xlsx')));
    expect(await zip.file('xl/charts/chart1.xml')?.async('string')).toBe(
      await before.file('xl/charts/chart1.xml')!.async('string'),
    );
    expect((await readXlsx(path)).getWorksheet('O16')!.getCell('K5').value).toEqual(new Date(Date.UTC(2024, 0, 31)));

    // The copy with the findings: the fixed value, marks on what is left, the findings sheet, and the chart.
    const [marked] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-marked').click()]);
    const markedPath = join(dir, 'charted-marked.xlsx');
    await marked.saveAs(markedPath);
    await expect
      .poll(() => page.getByTestId('fixed').textContent())
      .toMatch(/เพิ่มแผ่นงานผลการตรวจสอบ \(แผ่นงานอื่นให้ตรวจแล้วดาวน์โหลดแยก\) ไฟล์เดิมไม่ถูกแก้ไข$/);
    const markedZip = await JSZip.loadAsync(await readFile(markedPath), { checkCRC32: true });
    expect(await markedZip.file('xl/charts/chart1.xml')?.async('string')).toBe(
      await before.file('xl/charts/chart1.xml')!.async('string'),
    );
    const copy = await readXlsx(markedPath);
    expect(copy.worksheets.map((w) => w.name)).toEqual(['ข้อมูล', 'O16', 'O17 สรุป 2567', 'ผลการตรวจสอบ']);
    const o16 = copy.getWorksheet('O16')! as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
    };
    expect(o16.getCell('K5').value).toEqual(new Date(Date.UTC(2024, 0, 31)));
    const marks = o16.conditionalFormattings.filter((cf) => cf.rules.some((r) => r.formulae[0]!.includes(MARK_TAG)));
    expect(marks.map((m) => m.ref)).toEqual(['F3 H4']);
    expect(o16.getCell('H4').note).toContain('เลขประจำตัว');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("after a summary sheet, the corrected copy keeps the method's dropdown of Excel 2010's extensions (its list on another sheet)", async () => {
    // The method column's dropdown as Excel 2010 on saves one whose list is on another sheet.
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'agency.xlsx')));
    const part = 'xl/worksheets/sheet2.xml';
    const dropdown =
      '<extLst><ext xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}">' +
      '<x14:dataValidations xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="1"><x14:dataValidation type="list" allowBlank="1">' +
      '<x14:formula1><xm:f>ข้อมูล!$A$1:$B$1</xm:f></x14:formula1><xm:sqref>E2:E5</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    zip.file(part, (await zip.file(part)!.async('string')).replace('</worksheet>', `${dropdown}</worksheet>`));
    await writeFile(join(dir, 'x14-dropdown.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    const page = await checkedInPane('x14-dropdown.xlsx');
    await page.locator('[data-testid="finding-group"][data-code="ce-year"] [data-testid="fix"]').click();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(2);
    // A copy written whole keeps all this file holds: no warning before the summary, nor after the download.
    expect(await page.getByTestId('summary-costs-copy').count()).toBe(0);
    await page.getByTestId('insert-summary').click();
    await page.getByTestId('summary-done').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-copy').click()]);
    const path = join(dir, 'x14-dropdown-fixed.xlsx');
    await download.saveAs(path);
    await expect.poll(() => page.getByTestId('fixed').textContent()).toBe('ดาวน์โหลด x14-dropdown (แก้แล้ว).xlsx แล้ว');
    const copy = await JSZip.loadAsync(await readFile(path), { checkCRC32: true });
    expect(await copy.file(part)!.async('string')).toContain(dropdown);
    const model = await readXlsx(path);
    expect(model.worksheets.map((w) => w.name)).toEqual(['ข้อมูล', 'O16', 'O17 สรุป 2567']);
    expect(model.getWorksheet('O16')!.getCell('K5').value).toEqual(new Date(Date.UTC(2024, 0, 31)));
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('a copy that cannot keep the chart (a fixed cell holds rich data) says so when downloaded', async () => {
    const model = new ExcelJS.Workbook();
    const ws = model.addWorksheet('O16');
    ws.addRows(o16Rows([goodRow(0), goodRow(1)]));
    // A budget typed as text in a cell that also holds rich data (vm): only ExcelJS writes its fix.
    ws.getCell('B3').value = '50,001';
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await model.xlsx.writeBuffer()));
    await wb.insertTemplate(buildSummaryLayout([procurementData(await wb.readSheet('O16'))!]));
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const part = 'xl/worksheets/sheet1.xml';
    zip.file(part, (await zip.file(part)!.async('string')).replace('<c r="B3"', '<c r="B3" vm="1"'));
    await writeFile(join(dir, 'charted-rich.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    const page = await checkedInPane('charted-rich.xlsx');
    await page.locator('[data-testid="finding-group"][data-code="number-as-text"] [data-testid="fix"]').click();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(0);
    await Promise.all([page.waitForEvent('download'), page.getByTestId('download-copy').click()]);
    await expect.poll(() => page.getByTestId('fixed').textContent()).toMatch(/^ดาวน์โหลด .* แล้ว แต่สำเนานี้ไม่มีแผนภูมิ/);
    await page.close();
  });

  it("a copy with the findings that cannot keep the chart (a note holds the user's text and the check's) says so", async () => {
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await readFile(join(dir, 'agency.xlsx'))));
    await wb.insertTemplate(buildSummaryLayout([procurementData(await wb.readSheet('O16'))!]));
    const model = await wb.excel();
    // As the add-in in Excel leaves a note the user wrote first.
    model.getWorksheet('O16')!.getCell('H4').note = `ของผู้ใช้\n\n${NOTE_HEAD} เลขประจำตัวผิด`;
    await writeFile(join(dir, 'charted-mixed-note.xlsx'), await wb.toBuffer());
    const page = await checkedInPane('charted-mixed-note.xlsx');
    await Promise.all([page.waitForEvent('download'), page.getByTestId('download-marked').click()]);
    await expect
      .poll(() => page.getByTestId('fixed').textContent())
      .toMatch(/^ดาวน์โหลด .*: ทำเครื่องหมายเซลล์ที่พบในแผ่นงาน "O16" และเพิ่มแผ่นงานผลการตรวจสอบ แต่สำเนานี้ไม่มีแผนภูมิ/);
    await page.close();
  });

  it('imports an e-GP export (CSV) into the 2568 layout, keeping the 100 largest', async () => {
    const page = await openPane(pane.browser, pane.url);
    await openFile(page, join(REAL, 'praciller_dga-egp-contract-2568-250.csv'));
    await page.getByTestId('check').click();
    await page.getByTestId('import').waitFor();
    await page.getByTestId('import-target').selectOption('ita2568-procurement');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-do').click()]);
    expect(await page.getByTestId('import-note').textContent()).toContain('นำเข้า 100 จาก 250 รายการ');
    // data.go.th's file covers the whole country: an agency's form is its own rows.
    expect(await page.getByTestId('import-note').textContent()).toMatch(/ไฟล์นี้มีข้อมูลของ \d+ หน่วยงาน/);
    const path = join(dir, 'imported.xlsx');
    await download.saveAs(path);
    const ws = (await readXlsx(path)).worksheets[0]!;
    expect(ws.getCell('A3').value).toBe('ปีงบประมาณ');
    expect(ws.getCell('A4').value).toBe(2568);
    let rows = 0;
    ws.eachRow((_, n) => {
      if (n > 3) rows++;
    });
    expect(rows).toBe(100);
    await page.close();
  });

  it('says an O16 saved as CSV needs saving as .xlsx for its summaries, not that its amounts are text', async () => {
    const shown = (v: unknown) =>
      v instanceof Date ? `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear() + 543}` : String(v ?? '');
    const csv = o16Rows([goodRow(0), goodRow(1), goodRow(2)])
      .map((r) => r.map((v) => `"${shown(v)}"`).join(','))
      .join('\r\n');
    await writeFile(join(dir, 'o16-saved-as.csv'), csv);
    const page = await openPane(pane.browser, pane.url);
    await openFile(page, join(dir, 'o16-saved-as.csv'));
    await page.getByTestId('check').click();
    await page.getByTestId('summary-total').waitFor();
    expect(await page.getByTestId('summary-needs-xlsx').textContent()).toContain('บันทึกเป็น .xlsx');
    expect(await page.getByText('เซลล์ที่เก็บเป็นข้อความ').count()).toBe(0);
    await page.close();
  });

  it('says rows typed twice in a CSV count twice in the totals above, not in summary sheets a .csv cannot hold', async () => {
    const shown = (v: unknown) =>
      v instanceof Date ? `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear() + 543}` : String(v ?? '');
    const rows = [goodRow(0), goodRow(1), goodRow(2)];
    const csv = o16Rows([...rows, [...rows[1]!], [...rows[2]!]])
      .map((r) => r.map((v) => `"${shown(v)}"`).join(','))
      .join('\r\n');
    await writeFile(join(dir, 'o16-copied.csv'), csv);
    const page = await openPane(pane.browser, pane.url);
    await openFile(page, join(dir, 'o16-copied.csv'));
    await page.getByTestId('check').click();
    const warning = page.getByTestId('summary-copied-rows');
    expect(await warning.textContent()).toBe(
      'มี 2 แถวที่ซ้ำกับแถวอื่นของแผ่นงานนี้ทุกคอลัมน์ (แถว 5, 6) ยอดข้างบนนับรายการนั้นสองครั้ง ลบแถวที่ซ้ำออก',
    );
    await page.getByTestId('lang').click();
    expect(await warning.textContent()).toBe(
      '2 rows repeat another row of this sheet in every column (rows 5, 6); the totals above count them twice: delete the copies',
    );
    await page.close();
  });

  it('says an e-GP export of a header alone has nothing to import, and makes no empty form', async () => {
    const csv = await readFile(join(REAL, 'praciller_dga-egp-contract-2568-250.csv'), 'utf8');
    await writeFile(join(dir, 'header-only.csv'), csv.split(/\r?\n/)[0]! + '\n');
    const page = await openPane(pane.browser, pane.url);
    await openFile(page, join(dir, 'header-only.csv'));
    await page.getByTestId('check').click();
    await page.getByTestId('import').waitFor();
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByTestId('import-do').click();
    await expect.poll(() => page.getByTestId('import-note').textContent()).toContain('ไม่มีแถวข้อมูล');
    expect(downloads).toBe(0);
    await page.close();
  });

  it('a corrected file of the same name starts afresh: no report, note or form choice of the first', async () => {
    await mkdir(join(dir, 'first'), { recursive: true });
    await mkdir(join(dir, 'second'), { recursive: true });
    const rows = [goodRow(0), goodRow(1)];
    rows[0]![1] = '50,000'; // number-as-text, fixed below
    await writeXlsx(join(dir, 'first', 'same.xlsx'), { O16: o16Rows(rows) });
    await writeXlsx(join(dir, 'second', 'same.xlsx'), { แก้แล้ว: o16Rows([goodRow(0)]) });
    const page = await openPane(pane.browser, pane.url);
    await openFile(page, join(dir, 'first', 'same.xlsx'));
    await page.getByTestId('form-select').selectOption('ita2567-o16');
    await page.getByTestId('check').click();
    await page.locator('[data-testid=fix][data-cell=B2]').click();
    await page.getByTestId('fixed').waitFor();
    await page.getByTestId('file-input').setInputFiles(join(dir, 'second', 'same.xlsx'));
    // The fix of the first is not downloaded: opened on the user's word, asked of "a file of the same name".
    expect(await page.getByTestId('discard-unsaved').textContent()).toContain(
      'ไฟล์ "same.xlsx" มีการแก้ไขที่ยังไม่ได้ดาวน์โหลดสำเนา ถ้าเปิดไฟล์ชื่อเดียวกันอีกครั้ง การแก้ไขนั้นจะหายไป',
    );
    await page.getByTestId('discard-open').click();
    await expect.poll(() => page.getByTestId('sheet-select').locator('option').allTextContents()).toEqual(['แก้แล้ว']);
    const left = {
      report: await page.getByTestId('report').count(),
      note: await page.getByTestId('fixed').count(),
      form: await page.getByTestId('form-select').inputValue(),
    };
    expect(left).toEqual({ report: 0, note: 0, form: '' });
    await page.close();
  });

  it('opens again without a network once it has been loaded', async () => {
    const context = await pane.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
    await page.goto(`${pane.url}taskpane.html`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('tab', { name: 'ตรวจสอบ' }).waitFor({ timeout: 20_000 });
    await openFile(page, join(dir, 'agency.xlsx'));
    await page.getByTestId('sheet-select').selectOption('O16');
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    expect(await page.getByTestId('finding').count()).toBe(3);
    await context.close();
  });
});

describe('an O17 summary typed beside its list, checked in the pane', () => {
  it('is held against the list in the same file, and the mismatch shown under its title', async () => {
    const path = join(dir, 'with-summary.xlsx');
    const headers = ['วิธีการจัดซื้อจัดจ้าง', 'จำนวนรายการจัดซื้อจัดจ้าง', 'งบประมาณที่ใช้ในการจัดซื้อจัดจ้าง (บาท)'];
    await writeXlsx(path, {
      O17: o16Rows([goodRow(0), goodRow(1), goodRow(2)], {
        titleRows: [['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O17)'], []],
      }),
      'O17 สรุป': [['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'], [], headers, ['วิธีเฉพาะเจาะจง', 5, 150_003]],
    });
    const page = await openPane(pane.browser, pane.url);
    await openFile(page, path);
    await page.getByTestId('sheet-select').selectOption('O17 สรุป');
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    await expect.poll(() => page.getByTestId('report').textContent()).toContain('สรุปไม่ตรงกับรายการในแฟ้ม');
    expect(await page.getByTestId('report').textContent()).toContain('แต่รายการในแผ่นงาน "O17" ได้ 3');
    await page.close();
  });

  it("a month's sheet is held against O17 and the other months: a row left from last month's sheet is said", async () => {
    const path = join(dir, 'with-months.xlsx');
    const year = [goodRow(0), goodRow(1)];
    const buy = (n: number, r: (typeof year)[number], date: string) =>
      skr1Row(n, `${n}/2567 ลว. ${date}`, r[0] as string, r[1] as number);
    await writeXlsx(path, {
      O17: o16Rows(year, { titleRows: [['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O17)'], []] }),
      'ม.ค. 67': [
        ['แบบ สขร.1 ประจำเดือน มกราคม 2567'],
        SKR1_HEADERS,
        buy(1, year[0]!, '1 ม.ค. 67'),
        buy(2, year[1]!, '2 ม.ค. 67'),
      ],
      'ก.พ. 67': [['แบบ สขร.1 ประจำเดือน กุมภาพันธ์ 2567'], SKR1_HEADERS, buy(1, year[1]!, '2 ม.ค. 67')],
    });
    const page = await openPane(pane.browser, pane.url);
    await openFile(page, path);
    await page.getByTestId('sheet-select').selectOption('ก.พ. 67');
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    await expect.poll(() => page.getByTestId('report').textContent()).toContain('สัญญาเดียวกันรายงานสองเดือน');
    expect(await page.getByTestId('report').textContent()).toContain('อยู่ในแผ่นงาน "ม.ค. 67" แถว 4 ด้วย');
    await page.close();
  });

  it("a month's sheet after a month with none is told of it; a sheet saying nothing was bought is that month", async () => {
    const month = (name: string, item: string) => [
      [`แบบ สขร.1 ประจำเดือน${name} 2567`],
      SKR1_HEADERS,
      skr1Row(1, '1/2567', item, 5_000),
    ];
    const none = [['แบบ สขร.1 ประจำเดือนกุมภาพันธ์ 2567'], SKR1_HEADERS, ['ไม่มีการจัดซื้อจัดจ้าง']];
    const said = async (sheets: Record<string, unknown[][]>) => {
      const path = join(dir, `months-${Object.keys(sheets).length}.xlsx`);
      await writeXlsx(path, sheets as Parameters<typeof writeXlsx>[1]);
      const page = await openPane(pane.browser, pane.url);
      await openFile(page, path);
      await page.getByTestId('sheet-select').selectOption('มี.ค. 67');
      await page.getByTestId('check').click();
      await page.getByTestId('report').waitFor();
      const text = (await page.getByTestId('report').textContent()) ?? '';
      await page.close();
      return text;
    };
    const [jan, mar] = [month('มกราคม', 'วัสดุสำนักงาน'), month('มีนาคม', 'วัสดุไฟฟ้า')];
    expect(await said({ 'ม.ค. 67': jan, 'มี.ค. 67': mar })).toContain(
      'ไม่มีแผ่นงานของเดือน กุมภาพันธ์ 2567 ระหว่างแผ่นงาน "ม.ค. 67" กับแผ่นงานนี้',
    );
    expect(await said({ 'ม.ค. 67': jan, 'ก.พ. 67': none, 'มี.ค. 67': mar })).not.toContain('ไม่มีแผ่นงานของเดือน');
  });
});
