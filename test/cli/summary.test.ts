import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_METHOD, summariseByMethod, type MethodSummary } from '../../src/core/report/byMethod';
import { procurementData } from '../../src/core/report/procurementData';
import { getTemplate } from '../../src/core/templates/registry';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { runCli } from '../helpers/cli';
import { NOV_66, OCT_66, SKR1_HEADERS, skr1Row } from '../helpers/skr1';
import { computedByLibreOffice, editedByLibreOffice, resavedByLibreOffice, shown } from '../helpers/libreoffice';
import { FISCAL_2567_MONTHS, goodRow, O16_HEADERS, o16Rows, writeXlsx, type Row } from '../helpers/o16';
import { tempDir } from '../helpers/tmp';
import { asXlsm, withMainPrefix } from '../helpers/package';
import { REAL } from '../helpers/shared';
import { BAD } from '../helpers/badCorpus';
import { CsvWorkbook } from '../../src/workbook/file/csvWorkbook';

let dir: string;
const f = (n: string) => join(dir, n);
const SUMMARY = 'O17 สรุป 2567';
const MONTHLY = 'สรุปรายเดือน 2567';

/** 30 rows of an agency's O16 sheet: mostly เฉพาะเจาะจง, spelt several ways, one method unknown. */
function agencyRows(): Row[] {
  const rows = Array.from({ length: 30 }, (_, i) => goodRow(i));
  rows[3]![4] = 'e-bidding';
  rows[3]![1] = 600_000;
  rows[4]![4] = 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)';
  rows[5]![4] = 'เฉพาะเจาะจง';
  rows[6]![4] = 'วิธีประกาศเชิญชวนทั่วไป';
  rows[7]![4] = 'ไม่ทราบวิธี';
  rows[8]![10] = new Date(Date.UTC(2023, 10, 5));
  return rows;
}

/** What the core says the summary of a workbook's O16 sheet is. */
async function coreSummary(path: string): Promise<MethodSummary> {
  const wb = await ExcelJsWorkbook.load(await readFile(path));
  return summariseByMethod([procurementData(await wb.readSheet('O16'))!]);
}

/** The summary rows as numbers: [method, count, budget, agreed]. */
const asRows = (s: MethodSummary) => [
  ...s.lines.map((l) => [l.method, l.count, l.budget, l.agreed]),
  ['รวม', s.total.count, s.total.budget, s.total.agreed],
];

async function zipText(path: string, part: string | RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const names = Object.keys(zip.files).filter((n) => (typeof part === 'string' ? n === part : part.test(n)));
  return Promise.all(names.sort().map((n) => zip.file(n)!.async('string')));
}

beforeAll(async () => {
  dir = await tempDir();
  await writeXlsx(f('agency.xlsx'), {
    ปก: [['รายงานผลการจัดซื้อจัดจ้าง']],
    O16: o16Rows(agencyRows(), { titleRows: [['ข้อมูลผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567'], []] }),
  });
});

describe('ita-check summary', () => {
  it('writes the O17 summary: one row per canonical method with its count, budget and agreed total as numbers', async () => {
    const before = await readFile(f('agency.xlsx'));
    const r = await runCli(['summary', f('agency.xlsx'), '-o', f('summary.xlsx')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`"${SUMMARY}"`);
    expect(r.stdout).toContain('วิธีเฉพาะเจาะจง: 26 รายการ');
    expect((await readFile(f('agency.xlsx'))).equals(before)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('summary.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['ปก', 'O16', SUMMARY, MONTHLY]);
    const ws = wb.getWorksheet(SUMMARY)!;
    expect(ws.getCell('A3').value).toBe('วิธีการจัดซื้อจัดจ้าง');
    const expected = asRows(await coreSummary(f('agency.xlsx')));
    // The results stored with the formulas, read from the sheet's XML (ExcelJS reads a cached 0 as nothing).
    const [xml] = await zipText(f('summary.xlsx'), 'xl/worksheets/sheet3.xml');
    const cached = (ref: string) =>
      Number(new RegExp(`<c r="${ref}"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>`).exec(xml!)?.[1]);
    const written = expected.map((_, i) => [
      ws.getCell(4 + i, 1).value,
      ...['B', 'C', 'D'].map((c) => cached(`${c}${4 + i}`)),
    ]);
    expect(written).toEqual(expected);
    expect(written.find((w) => w[0] === 'วิธีเฉพาะเจาะจง')).toEqual([
      'วิธีเฉพาะเจาะจง',
      26,
      expect.any(Number),
      expect.any(Number),
    ]);
    // Numbers are formulas over the O16 sheet, not pasted values.
    expect((ws.getCell('B8').value as ExcelJS.CellFormulaValue).formula).toContain(`COUNTIFS('O16'!$E$3:$E$1048576`);
    // The line of rows with no known method holds the core's numbers, not formulas: said beside it.
    const none = 4 + expected.findIndex((l) => l[0] === NO_METHOD.th);
    expect(typeof ws.getCell(none, 2).value).toBe('number');
    expect(String(ws.getCell(none, 5).value)).toContain('ให้สร้างสรุปใหม่');
  });

  it('computes the same numbers in LibreOffice, and follows a later edit of the source sheet', async () => {
    const computed = await computedByLibreOffice(f('summary.xlsx'), dir, 3);
    const expected = asRows(await coreSummary(f('agency.xlsx')));
    expect(computed.slice(3, 3 + expected.length).map((r) => [r[0], ...r.slice(1, 4).map(shown)])).toEqual(expected);

    // An officer corrects a method and a budget in the copy; the cached results are now stale.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('summary.xlsx'));
    const o16 = wb.getWorksheet('O16')!;
    o16.getCell('E11').value = 'วิธีคัดเลือก'; // the unknown method of data row 8
    o16.getCell('B7').value = 700_000; // the e-bidding row
    o16.getCell('F7').value = 700_000;
    await wb.xlsx.writeFile(f('edited.xlsx'));
    const after = asRows(await coreSummary(f('edited.xlsx')));
    expect(after).not.toEqual(expected);
    const recomputed = await computedByLibreOffice(f('edited.xlsx'), dir, 3);
    const byMethod = (rows: (string | number | null | undefined)[][]) =>
      Object.fromEntries(rows.map((r) => [r[0], r.slice(1)]));
    const lo = byMethod(recomputed.slice(3, 3 + expected.length).map((r) => [r[0], ...r.slice(1, 4).map(shown)]));
    const core = byMethod(after);
    for (const m of ['วิธีคัดเลือก', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'วิธีเฉพาะเจาะจง']) expect(lo[m]).toEqual(core[m]);
  });

  it('counts a row the officer inserts right under the header (a whole row, as Excel inserts one)', async () => {
    const expected = asRows(await coreSummary(f('agency.xlsx')));
    const inserted = await editedByLibreOffice(f('summary.xlsx'), dir, 'O16', [
      { insert: 4 },
      { cell: 'A4', value: 'ซื้อวัสดุสำนักงาน' },
      { cell: 'B4', value: 45_000 },
      { cell: 'E4', value: 'วิธีเฉพาะเจาะจง' },
      { cell: 'G4', value: 44_000 },
    ]);
    const lo = await computedByLibreOffice(inserted, dir, 3);
    const line = (rows: (string | number | null | undefined)[][], m: string) => rows.find((r) => r[0] === m)!;
    const before = line(expected, 'วิธีเฉพาะเจาะจง');
    const after = line(
      lo.map((r) => [r[0], ...r.slice(1, 4).map(shown)]),
      'วิธีเฉพาะเจาะจง',
    );
    expect(after).toEqual([
      'วิธีเฉพาะเจาะจง',
      Number(before[1]) + 1,
      Number(before[2]) + 45_000,
      Number(before[3]) + 44_000,
    ]);
  });

  it('keeps a row whose method is changed later to another the dropdown offers (วิธีประกาศเชิญชวนทั่วไป) in its totals', async () => {
    // Every procurement by วิธีเฉพาะเจาะจง when the summary is made.
    await writeXlsx(f('specific.xlsx'), { O16: o16Rows(Array.from({ length: 5 }, (_, i) => goodRow(i))) });
    expect((await runCli(['summary', f('specific.xlsx'), '-o', f('specific-summary.xlsx')])).code).toBe(0);
    const changed = await editedByLibreOffice(f('specific-summary.xlsx'), dir, 'O16', [
      { cell: 'E2', value: 'วิธีประกาศเชิญชวนทั่วไป' },
    ]);
    const lo = (await computedByLibreOffice(changed, dir, 2)).map((r) => [r[0], ...r.slice(1, 4).map(shown)]);
    const line = (m: string) => lo.find((r) => r[0] === m)?.slice(1, 3);
    expect(line('วิธีประกาศเชิญชวนทั่วไป')).toEqual([1, 50_000]);
    expect(line('วิธีเฉพาะเจาะจง')).toEqual([4, 50_001 + 50_002 + 50_003 + 50_004]);
    expect(line('รวม')).toEqual([5, 250_010]);
  });

  it('holds a native bar chart of the budget column against the method names, which LibreOffice opens', async () => {
    const sheetXml = await zipText(f('summary.xlsx'), /^xl\/worksheets\/sheet3\.xml$/);
    expect(sheetXml[0]).toMatch(/<drawing r:id="[^"]+"\/>/);
    const charts = await zipText(f('summary.xlsx'), /^xl\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(2);
    const bar = charts.find((c) => c.includes(`'${SUMMARY}'`))!;
    expect(bar).toContain('<c:barDir val="bar"/>');
    // The method lines, not the total, which would dwarf them.
    const end = 3 + (await coreSummary(f('agency.xlsx'))).lines.length;
    expect(bar).toContain(`<c:cat><c:strRef><c:f>'${SUMMARY}'!$A$4:$A$${end}</c:f>`);
    expect(bar).toContain(`<c:val><c:numRef><c:f>'${SUMMARY}'!$C$4:$C$${end}</c:f>`);
    const monthly = charts.find((c) => c.includes(`'${MONTHLY}'`))!;
    expect(monthly).toContain('<c:barDir val="col"/>');
    expect((await zipText(f('summary.xlsx'), '[Content_Types].xml'))[0]).toContain('drawingml.chart+xml');

    // LibreOffice reads the charts and writes them back with the same series.
    const resaved = await resavedByLibreOffice(f('summary.xlsx'), dir);
    const again = (await zipText(resaved, /^xl\/charts\/chart\d+\.xml$/)).join('\n').replace(/&apos;/g, "'");
    expect(again).toContain(`'${SUMMARY}'!$C$4:$C$${end}`);
    expect(again).toContain(`'${MONTHLY}'!$C$4:$C$15`);
  });

  it('writes the monthly view: every month of the fiscal year with its totals', async () => {
    const computed = await computedByLibreOffice(f('summary.xlsx'), dir, 4);
    expect(computed[2]!.slice(0, 4)).toEqual(['เดือนที่ลงนาม', 'จำนวนรายการ', 'วงเงิน (บาท)', 'ราคาที่ตกลง (บาท)']);
    expect(computed.slice(3, 15).map((r) => r[0])).toEqual(FISCAL_2567_MONTHS);
    // goodRow dates are all in January 2024; one row was moved to November 2023.
    expect(shown(computed[4]![1])).toBe(1);
    expect(shown(computed[6]![1])).toBe(29);
    expect(shown(computed[15]![1])).toBe(30);
  });

  it('reads its own summaries back as what they are: summarised again, each procurement counts once; checked, they are clean but for O17’s boxes to fill in', async () => {
    const again = await runCli(['summary', f('summary.xlsx'), '-o', f('summary2.xlsx')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('จาก "O16"\n');
    expect(again.stdout).toContain('วิธีเฉพาะเจาะจง: 26 รายการ');
    const checked = await runCli(['--format', 'json', f('summary.xlsx')]);
    const sheets = JSON.parse(checked.stdout).files[0].sheets as {
      name: string;
      template: string;
      findings: { code: string; cell: string }[];
    }[];
    const own = sheets.filter((x) => x.name === SUMMARY || x.name === MONTHLY);
    expect(own.map((x) => [x.name, x.template, x.findings.map((y) => `${y.code}@${y.cell}`)])).toEqual([
      [
        SUMMARY,
        'ita2567-o17-summary',
        [expect.stringMatching(/^empty-section@A\d+$/), expect.stringMatching(/^empty-section@A\d+$/)],
      ],
      [MONTHLY, 'monthly-report', []],
    ]);
  });

  it('leaves O14, the plan, out of the summary of results, and says so', async () => {
    const o14 = [
      [
        'งานที่ซื้อหรือจ้าง',
        'วงเงินงบประมาณที่ได้รับจัดสรร (บาท)',
        'แหล่งที่มาของงบประมาณ',
        'วิธีการที่จะดำเนินการจัดซื้อจัดจ้าง',
        'ช่วงเวลาที่คาดว่าจะเริ่มดำเนินการ',
      ],
      ['จ้างก่อสร้างถนน', 2_000_000, 'พ.ร.บ. งบประมาณรายจ่าย', 'e-bidding', 'ธ.ค. 2566'],
    ];
    await writeXlsx(f('plan.xlsx'), { O14: o14 });
    const alone = await runCli(['--lang', 'en', 'summary', f('plan.xlsx'), '-o', f('plan-summary.xlsx')]);
    expect([alone.code, alone.stderr]).toEqual([2, expect.stringContaining('"O14": the procurement plan (O14)')]);
    await writeXlsx(f('plan-and-results.xlsx'), { O14: o14, O16: o16Rows([goodRow(0)]) });
    const both = await runCli(['summary', f('plan-and-results.xlsx'), '-o', f('both-summary.xlsx')]);
    expect(both.code).toBe(0);
    expect(both.stdout).toContain('จาก "O16"\n');
    expect(both.stdout).toContain('แผ่นงาน "O14" เป็นแผนการจัดซื้อจัดจ้าง (O14) จึงไม่นับในสรุปผล');
  });

  it("summarises one fiscal year: next year's October sheet added at the end of the year's file is left out, and said", async () => {
    const month = (title: string, item: string, amount: number, date: string) => [
      [title],
      SKR1_HEADERS,
      skr1Row(1, `1/2567 ลว. ${date}`, item, amount),
    ];
    await writeXlsx(f('year-and-next-october.xlsx'), {
      'ต.ค.66': month('แบบ สขร.1 ประจำเดือน ตุลาคม 2566', 'ซื้อวัสดุสำนักงาน', 12_000, '3 ต.ค. 66'),
      'พ.ย.66': month('แบบ สขร.1 ประจำเดือน พฤศจิกายน 2566', 'จ้างซ่อมรถยนต์', 8_500, '9 พ.ย. 66'),
      'ต.ค.67': month('แบบ สขร.1 ประจำเดือน ตุลาคม 2567', 'ซื้อน้ำดื่ม', 3_000, '2 ต.ค. 67'),
    });
    const r = await runCli(['--lang', 'en', 'summary', f('year-and-next-october.xlsx'), '-o', f('one-year.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('from "ต.ค.66", "พ.ย.66"\n');
    expect(r.stdout).toContain('Total: 2 item(s), budget 20,500');
    expect(r.stdout).toContain('Left out: "ต.ค.67" (fiscal year 2568), as this summary is of fiscal year 2567');
    // Its formulas do not reach the other year's sheet either.
    const sheets = await zipText(f('one-year.xlsx'), /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(sheets.join('')).not.toContain('ต.ค.67');
  });

  it("summarises this year's rows under their year when the copied sheet's title was left at last year's", async () => {
    const lastYear = agencyRows()
      .slice(0, 7)
      .map((r) => {
        const row = [...r];
        row[9] = `66${String(row[9]).slice(2)}`;
        row[10] = new Date(Date.UTC(2023, 0, 15));
        row[11] = new Date(Date.UTC(2023, 1, 15));
        return row;
      });
    const title = [['ข้อมูลผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2566'], []];
    await writeXlsx(f('two-years-one-title.xlsx'), {
      'O16 2566': o16Rows(lastYear, { titleRows: title }),
      'O16 2567': o16Rows(agencyRows(), { titleRows: title }),
    });
    const r = await runCli(['--lang', 'en', 'summary', f('two-years-one-title.xlsx'), '-o', f('two-years.xlsx')]);
    expect(r.code).toBe(0);
    // Not the two years added up under "2566" (37 items): this year's 30, last year's sheet left out.
    expect(r.stdout).toContain(`"${SUMMARY}" and "${MONTHLY}" from "O16 2567"`);
    expect(r.stdout).toContain('Total: 30 item(s)');
    expect(r.stdout).toContain('Left out: "O16 2566" (fiscal year 2566), as this summary is of fiscal year 2567');
  });

  it("says how many rows of last year, left in this year's sheet, the summary counts, and where", async () => {
    const stale = agencyRows()
      .slice(0, 3)
      .map((r, i) => {
        const row = [...r];
        row[0] = `ซื้อวัสดุปีก่อน รายการที่ ${i + 1}`;
        row[10] = new Date(Date.UTC(2023, 0, 10 + i));
        row[11] = new Date(Date.UTC(2023, 1, 10 + i));
        return row;
      });
    const title = [['ข้อมูลผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567'], []];
    await writeXlsx(f('stale-rows.xlsx'), { O16: o16Rows([...agencyRows(), ...stale], { titleRows: title }) });
    const r = await runCli(['--lang', 'en', 'summary', f('stale-rows.xlsx'), '-o', f('stale-rows.sum.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Total: 33 item(s)');
    // Header on row 3, agencyRows on 4–33, last year's three on 34–36.
    expect(r.stdout).toContain(
      'Warning: 3 row(s) fall outside their sheet\'s fiscal year (sheet "O16", fiscal year 2567: rows 34, 35, 36), and this summary counts them',
    );
    const th = await runCli(['summary', f('stale-rows.xlsx'), '-o', f('stale-rows.th.xlsx')]);
    expect(th.stdout).toContain('มี 3 รายการที่ไม่อยู่ในปีงบประมาณของแผ่นงาน (แผ่นงาน "O16" ปีงบประมาณ 2567: แถว 34, 35, 36)');
    // A sheet of this year's rows alone says nothing of the kind.
    const clean = await runCli(['--lang', 'en', 'summary', f('agency.xlsx'), '-o', f('clean-year.sum.xlsx')]);
    expect(clean.stdout).not.toContain('outside their sheet');
  });

  it('groups the digits of its counts as it does those of money (1,001 items, not 1001)', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => goodRow(i));
    // One row of another year: "row" alone, as one row is named.
    rows[1000]![10] = new Date(Date.UTC(2023, 0, 10));
    rows[1000]![11] = new Date(Date.UTC(2023, 1, 10));
    await writeXlsx(f('thousand.xlsx'), { O16: o16Rows(rows) });
    const r = await runCli(['--lang', 'en', 'summary', f('thousand.xlsx'), '-o', f('thousand.sum.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Total: 1,001 item(s)');
    expect(r.stdout).toContain('(sheet "O16", fiscal year 2567: row 1002)');
    const th = await runCli(['summary', f('thousand.xlsx'), '-o', f('thousand.th.xlsx')]);
    expect(th.stdout).toContain('วิธีเฉพาะเจาะจง: 1,001 รายการ');
  });

  it('says which rows typed twice on one sheet the summary counts twice', async () => {
    const rows = agencyRows();
    await writeXlsx(f('copied-rows.xlsx'), { O16: o16Rows([...rows, [...rows[0]!], [...rows[4]!]]) });
    const r = await runCli(['--lang', 'en', 'summary', f('copied-rows.xlsx'), '-o', f('copied-rows.sum.xlsx')]);
    expect(r.code).toBe(0);
    // Header on row 1, agencyRows on 2–31, the copies of rows 2 and 6 on 32 and 33.
    expect(r.stdout).toContain(
      'Warning: 2 row(s) repeat another row of their sheet in every column (sheet "O16": rows 32, 33), so this summary counts them twice',
    );
    const th = await runCli(['summary', f('copied-rows.xlsx'), '-o', f('copied-rows.th.xlsx')]);
    expect(th.stdout).toContain('มี 2 แถวที่ซ้ำกับแถวอื่นในแผ่นงานเดียวกันทุกคอลัมน์ (แผ่นงาน "O16": แถว 32, 33)');
    const clean = await runCli(['--lang', 'en', 'summary', f('agency.xlsx'), '-o', f('clean-copies.sum.xlsx')]);
    expect(clean.stdout).not.toContain('repeat another row');
  });

  it('makes its copy of a workbook whose parts prefix the main namespace (<x:worksheet>), and keeps a protection LibreOffice wrote as "true"', async () => {
    const plain = new Uint8Array(await readFile(f('agency.xlsx')));
    await writeFile(f('prefixed.xlsx'), await withMainPrefix(plain));
    expect((await zipText(f('prefixed.xlsx'), 'xl/workbook.xml'))[0]).toContain('<x:workbook');
    const r = await runCli(['--lang', 'en', 'summary', f('prefixed.xlsx'), '-o', f('prefixed-summary.xlsx')]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('from "O16"');
    // Protected and fitted to one page wide, in LibreOffice's words.
    const zip = await JSZip.loadAsync(plain);
    const part = Object.keys(zip.files).find(
      (n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && n !== 'xl/worksheets/sheet1.xml',
    )!;
    const xml = (await zip.file(part)!.async('string'))
      .replace('<dimension', '<sheetPr><pageSetUpPr fitToPage="true"/></sheetPr><dimension')
      .replace('</sheetData>', '</sheetData><sheetProtection sheet="true" objects="true" scenarios="true"/>');
    expect(xml).toContain('sheet="true"');
    zip.file(part, xml);
    await writeFile(f('protected.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    expect((await runCli(['summary', f('protected.xlsx'), '-o', f('protected-summary.xlsx')])).code).toBe(0);
    const out = (await zipText(f('protected-summary.xlsx'), /^xl\/worksheets\/sheet\d+\.xml$/)).join('');
    expect(out).toMatch(/<sheetProtection[^>]*sheet="1"/);
    expect(out).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
  });

  it("carries into its copy the dropdowns of Excel 2010's extensions (a list on another sheet), naming nothing lost", async () => {
    const zip = await JSZip.loadAsync(await readFile(f('agency.xlsx')));
    const part = 'xl/worksheets/sheet2.xml';
    const x14 =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1">' +
      '<x14:formula1><xm:f>ปก!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E4:E200</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    zip.file(part, (await zip.file(part)!.async('string')).replace('</worksheet>', `${x14}</worksheet>`));
    await writeFile(f('x14-dropdown.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    const r = await runCli(['--lang', 'en', 'summary', f('x14-dropdown.xlsx'), '-o', f('x14-summary.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('not carried into the copy');
    expect((await zipText(f('x14-summary.xlsx'), part))[0]).toContain(x14);
  });

  it('gives a CSV one way forward: an O16 list to save as .xlsx or to summarise with --output, an e-GP export to import-egp', async () => {
    // O16 already in the form's layout: import-egp has nothing to import from it, so it is not pointed to.
    const o16 = [
      O16_HEADERS,
      ...[0, 1].map((i) => goodRow(i).map((v) => (v instanceof Date ? '15/01/2567' : String(v)))),
    ];
    await writeFile(f('o16.csv'), o16.map((r) => r.join(',')).join('\r\n'));
    for (const [lang, words] of [
      ['en', ['save it as .xlsx', `ita-check --output REPORT.xlsx ${f('o16.csv')}`]],
      ['th', ['บันทึกเป็น .xlsx', `ita-check --output REPORT.xlsx ${f('o16.csv')}`]],
    ] as const) {
      const r = await runCli(['--lang', lang, 'summary', f('o16.csv'), '-o', f('o16-summary.xlsx')]);
      expect(r.code).toBe(2);
      for (const w of words) expect(r.stderr, lang).toContain(w);
      expect(r.stderr, lang).not.toContain('import-egp');
    }
    // What it says does make the summaries.
    const report = await runCli(['--output', f('o16-report.xlsx'), f('o16.csv')]);
    expect(report.code).toBe(0);
    const wb = await ExcelJsWorkbook.load(await readFile(f('o16-report.xlsx')));
    expect(await wb.sheetNames()).toEqual(expect.arrayContaining([SUMMARY, MONTHLY]));
    // A real e-GP export: to import-egp first.
    const egp = await runCli([
      '--lang',
      'en',
      'summary',
      join(REAL, 'praciller_dga-egp-contract-2568-250.csv'),
      '-o',
      f('egp-summary.xlsx'),
    ]);
    expect([egp.code, egp.stderr]).toEqual([
      2,
      expect.stringContaining('an e-GP export: import it into an .xlsx workbook first with ita-check import-egp'),
    ]);
    // The command it gives works pasted: a name with spaces quoted.
    const spaced = f('ข้อมูล e-GP 2568.csv');
    await writeFile(spaced, await readFile(join(REAL, 'praciller_dga-egp-contract-2568-250.csv')));
    const quoted = await runCli(['summary', spaced, '-o', f('spaced-summary.xlsx')]);
    expect(quoted.stderr).toContain(`ita-check import-egp "${spaced}" -o O16.xlsx`);
  });

  it('makes no O17 of an e-GP export saved as .xlsx that holds several agencies’ contracts', async () => {
    const egp = await new CsvWorkbook(
      await readFile(join(REAL, 'praciller_dga-egp-contract-2568-250.csv')),
      'e.csv',
    ).readSheet();
    await writeXlsx(f('egp-all.xlsx'), { egp: egp.values.map((r) => [...r]) });
    const r = await runCli(['summary', f('egp-all.xlsx'), '-o', f('egp-all-summary.xlsx'), '--lang', 'en']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('sheet "egp" is an e-GP export holding 209 agencies\' contracts');
    expect(r.stderr).toContain(`ita-check import-egp ${f('egp-all.xlsx')} -o O16.xlsx`);
    // One agency's rows (the header and its own): summarised.
    const agency = egp.values[1]![egp.values[0]!.indexOf('ชื่อหน่วยงาน')];
    const own = egp.values.filter((row, i) => i === 0 || row[egp.values[0]!.indexOf('ชื่อหน่วยงาน')] === agency);
    await writeXlsx(f('egp-own.xlsx'), { egp: own.map((r) => [...r]) });
    const ok = await runCli(['summary', f('egp-own.xlsx'), '-o', f('egp-own-summary.xlsx')]);
    expect(ok.code, ok.stderr).toBe(0);
    // Its name written two ways (an office in brackets, a space) is still the one agency, as several-agencies takes it.
    const col = egp.values[0]!.indexOf('ชื่อหน่วยงาน');
    const respelled = own.map((row, i) =>
      row.map((v, c) =>
        c !== col || i < 2 ? v : i % 2 ? `${String(v)} (สำนักงานเขต 3)` : String(v).replace(/(.)$/, ' $1'),
      ),
    );
    await writeXlsx(f('egp-respelled.xlsx'), { egp: respelled });
    const one = await runCli(['summary', f('egp-respelled.xlsx'), '-o', f('egp-respelled-summary.xlsx')]);
    expect(one.code, one.stderr).toBe(0);
  });

  it('never overwrites, asks for an .xlsx, and says so when there is no procurement table', async () => {
    const again = await runCli(['summary', f('agency.xlsx'), '-o', f('summary.xlsx')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('อยู่แล้ว');
    await writeFile(f('table.csv'), 'a,b\n1,2\n');
    const table = await runCli(['summary', f('table.csv'), '-o', f('x.xlsx')]);
    expect([table.code, table.stderr]).toEqual([2, expect.stringContaining('ไม่พบตารางจัดซื้อจัดจ้าง')]);
    await writeXlsx(f('cover.xlsx'), { ปก: [['รายงาน']] });
    const none = await runCli(['summary', f('cover.xlsx'), '-o', f('y.xlsx')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('ไม่พบตารางจัดซื้อจัดจ้าง');
  });

  it('leaves out totals rows that name a method, in the formulas as in the check (LibreOffice recomputing them)', async () => {
    const rows: Row[] = [goodRow(0), goodRow(1)];
    rows[0]![4] = 'เฉพาะเจาะจง';
    rows[1]![4] = 'เฉพาะเจาะจง';
    const road = goodRow(2);
    road[4] = 'e-bidding';
    [road[1], road[5], road[6]] = [900_000, 900_000, 800_000];
    // A subtotal and a grand total typed with the method beside them, as some agencies do.
    const sub: Row = ['รวม', 100_001, null, null, 'เฉพาะเจาะจง', 100_001, 96_001];
    const grand: Row = ['รวมทั้งสิ้น', 1_000_001, null, null, 'e-bidding', 1_000_001, 896_001];
    await writeXlsx(f('totals.xlsx'), { O16: o16Rows([...rows, sub, road, grand]) });
    expect((await runCli(['summary', f('totals.xlsx'), '-o', f('totals-summary.xlsx')])).code).toBe(0);
    const computed = await computedByLibreOffice(f('totals-summary.xlsx'), dir, 2);
    const line = (m: string) =>
      computed
        .find((r) => r[0] === m)!
        .slice(1, 4)
        .map(shown);
    expect(line('วิธีเฉพาะเจาะจง')).toEqual([2, 100_001, 96_001]);
    expect(line('ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)')).toEqual([1, 900_000, 800_000]);
    expect(line('รวม')).toEqual([3, 1_000_001, 896_001]);
  });

  it('warns that Excel will not add up money typed as text', async () => {
    const rows = agencyRows();
    rows[0]![1] = '50,000.00';
    await writeXlsx(f('text-money.xlsx'), { O16: o16Rows(rows) });
    const r = await runCli(['summary', f('text-money.xlsx'), '-o', f('text-money-summary.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('เก็บเป็นข้อความ');
    // The file holds no result its formula would deny: the stored sums leave the text out, as the
    // warning says and as Excel and LibreOffice compute them (readers that do not compute see them too).
    const counted = Number(/รวม: \d+ รายการ, งบประมาณ ([\d,]+)/.exec(r.stdout)![1]!.replace(/,/g, ''));
    // The warning gives the figure the sheet will show.
    const warned = /จะแสดงงบประมาณ ([\d,]+)/.exec(r.stdout)?.[1];
    expect(Number(warned?.replace(/,/g, ''))).toBe(counted - 50_000);
    const model = new ExcelJS.Workbook();
    await model.xlsx.load((await readFile(f('text-money-summary.xlsx'))) as unknown as ArrayBuffer);
    const ws = model.getWorksheet(SUMMARY)!;
    const totalRow = ws.getColumn(1).values.indexOf('รวม');
    expect((ws.getCell(totalRow, 3).value as ExcelJS.CellFormulaValue).result).toBe(counted - 50_000);
    const seen = await computedByLibreOffice(f('text-money-summary.xlsx'), dir, 2, false);
    expect(shown(seen.find((row) => row[0] === 'รวม')![2])).toBe(counted - 50_000);
    // Nor does checking the summary find a sum never calculated.
    const check = JSON.parse((await runCli([f('text-money-summary.xlsx'), '--format', 'json'])).stdout) as {
      files: { sheets: { findings: { code: string }[] }[] }[];
    };
    const codes = check.files[0]!.sheets.flatMap((x) => x.findings.map((y) => y.code));
    expect(codes).not.toContain('formula-no-result');
  });

  it('refuses a workbook whose formulas were never calculated (written by another program, or a copy fixed without Excel), naming the cells, and writes nothing', async () => {
    // B5, a budget, is =SUM(…) with no stored result: its figure is unknown, the totals would be short.
    const r = await runCli(['summary', join(BAD, 'formula-cell.xlsx'), '-o', f('uncalculated.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1 cell(s) hold formulas never calculated (O16!B5)');
    // The officer who made the file with the pane's fixes is told it is that copy, and what to do.
    expect(r.stderr).toContain('or is a copy this tool fixed that Excel has not opened since');
    expect(r.stderr).toContain('Open it in Excel or LibreOffice, save it, and run summary again');
    expect(r.stdout).toBe('');
    await expect(readFile(f('uncalculated.xlsx'))).rejects.toThrow();
    // Once calculated (saved by LibreOffice), the summary is made.
    const saved = await resavedByLibreOffice(join(BAD, 'formula-cell.xlsx'), dir);
    expect((await runCli(['summary', saved, '-o', f('calculated.xlsx')])).code).toBe(0);
  });

  it('takes a macro-enabled workbook (.xlsm), and says that the new .xlsx does not carry its macros', async () => {
    await writeFile(f('agency.xlsm'), await asXlsm(new Uint8Array(await readFile(f('agency.xlsx')))));
    const r = await runCli(['summary', f('agency.xlsm'), '-o', f('from-xlsm.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('macros');
    expect(Object.keys((await JSZip.loadAsync(await readFile(f('from-xlsm.xlsx')))).files)).not.toContain(
      'xl/vbaProject.bin',
    );
    // A plain workbook gets no such note.
    expect((await runCli(['summary', f('agency.xlsx'), '-o', f('plain.xlsx'), '--lang', 'en'])).stdout).not.toContain(
      'not carried',
    );
  });

  it('warns that an Excel error in a money cell will show as the total in the workbook', async () => {
    const rows = agencyRows();
    rows[0]![6] = { error: '#N/A' };
    await writeXlsx(f('error-money.xlsx'), { O16: o16Rows(rows) });
    const r = await runCli(['summary', f('error-money.xlsx'), '-o', f('error-money-summary.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('คำเตือน: มีจำนวนเงิน 1 เซลล์ที่เป็นค่าผิดพลาดของ Excel');
  });
});

describe('what summary and import-egp never do', () => {
  it('overwrite the file they read, even with --force; nor count a sheet named twice twice', async () => {
    // An e-GP export saved as .xlsx, as Excel saves the .csv.
    const egp = await new CsvWorkbook(
      await readFile(join(REAL, 'praciller_dga-egp-contract-2568-250.csv')),
      'e.csv',
    ).readSheet();
    await writeXlsx(f('egp.xlsx'), { egp: egp.values.slice(0, 20).map((r) => [...r]) });
    const before = [await readFile(f('agency.xlsx')), await readFile(f('egp.xlsx'))];
    for (const args of [
      ['summary', f('agency.xlsx'), '-o', f('agency.xlsx'), '--force'],
      ['import-egp', f('egp.xlsx'), '-o', join(dir, '.', 'egp.xlsx'), '--force'],
    ]) {
      const r = await runCli([...args, '--lang', 'en']);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr, args[0]).toContain('is the file read');
    }
    expect((await readFile(f('agency.xlsx'))).equals(before[0]!)).toBe(true);
    expect((await readFile(f('egp.xlsx'))).equals(before[1]!)).toBe(true);
    const twice = await runCli([
      'summary',
      f('agency.xlsx'),
      '-o',
      f('twice.xlsx'),
      '--sheet',
      'O16',
      '--sheet',
      'O16',
    ]);
    expect(twice.stdout).toMatch(/รวม: 30 รายการ/);
    // Nor does a folder named like the file to write give a raw error.
    await mkdir(f('folder.xlsx'), { recursive: true });
    const folder = await runCli(['template', 'oit-2567', '-o', f('folder.xlsx'), '--force', '--lang', 'en']);
    expect(folder.stderr).toContain('it is a folder');
  });
});

describe('a sheet name Excel forbids (openpyxl writes a quote first and last)', () => {
  it('says which sheet to rename, in the language asked, instead of failing in English', async () => {
    const zip = await JSZip.loadAsync(await readFile(f('agency.xlsx')));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', book.replace('name="ปก"', `name="'ปก'"`));
    await writeFile(f('quoted.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    // Checking reads it as it is.
    expect((await runCli([f('quoted.xlsx')])).code).toBeLessThan(2);
    const th = await runCli(['summary', f('quoted.xlsx'), '-o', f('quoted-summary.xlsx')]);
    expect(th.code).toBe(2);
    expect(th.stderr).toContain(`Excel ไม่อนุญาตชื่อแผ่นงาน "'ปก'"`);
    const en = await runCli(['summary', f('quoted.xlsx'), '-o', f('quoted-summary.xlsx'), '--lang', 'en']);
    expect(en.stderr).toContain(`Excel does not allow the sheet name "'ปก'"`);
  });
});

describe('the --output report of a batch', () => {
  it('gains the summary by method and the monthly view of every procurement sheet checked', async () => {
    const r = await runCli(['--output', f('report.xlsx'), f('agency.xlsx')]);
    expect(r.code).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('report.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['สรุป', 'ผลการตรวจสอบ', SUMMARY, MONTHLY]);
    const ws = wb.getWorksheet(SUMMARY)!;
    const specific = [4, 5, 6, 7, 8, 9, 10].find((row) => ws.getCell(row, 1).value === 'วิธีเฉพาะเจาะจง')!;
    // Values: the sources are other files.
    expect(ws.getCell(specific, 2).value).toBe(26);
  });

  it('keeps each fiscal year apart when the folder holds tables of several years', async () => {
    const older = agencyRows().map((r) => {
      const row = [...r];
      row[9] = `66${String(row[9]).slice(2)}`; // project numbers of 2566
      row[10] = new Date(Date.UTC(2023, 0, 15));
      row[11] = new Date(Date.UTC(2023, 1, 15));
      return row;
    });
    await writeXlsx(f('agency-2566.xlsx'), {
      O16: o16Rows(older, { titleRows: [['ข้อมูลผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2566'], []] }),
    });
    const r = await runCli(['--output', f('years.xlsx'), f('agency.xlsx'), f('agency-2566.xlsx')]);
    expect(r.code).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('years.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'สรุป',
      'ผลการตรวจสอบ',
      'O17 สรุป 2566',
      'สรุปรายเดือน 2566',
      SUMMARY,
      MONTHLY,
    ]);
    const total = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      const row = [4, 5, 6, 7, 8, 9, 10, 11].find((n) => ws.getCell(n, 1).value === 'รวม')!;
      return (ws.getCell(row, 2).value as ExcelJS.CellFormulaValue).result;
    };
    expect([total('O17 สรุป 2566'), total(SUMMARY)]).toEqual([30, 30]);
  });
});

describe('templates with charts', () => {
  it('the OIT checklist and the ITA score sheet come with their charts', async () => {
    expect((await runCli(['template', 'oit-2567', '-o', f('oit.xlsx')])).code).toBe(0);
    expect((await runCli(['template', 'ita-score', '-o', f('score.xlsx')])).code).toBe(0);
    const [oit] = await zipText(f('oit.xlsx'), /^xl\/charts\/chart1\.xml$/);
    expect(oit).toContain('<c:barChart>');
    expect(oit).toMatch(/<c:val><c:numRef><c:f>'OIT 2567'!\$M\$\d+:\$M\$\d+<\/c:f>/);
    const [score] = await zipText(f('score.xlsx'), /^xl\/charts\/chart1\.xml$/);
    expect(score).toContain('<c:lineChart>');
    expect(score!.match(/<c:ser>/g)).toHaveLength(4);
  });
});

describe('a whole ITA workbook: O16, O17 and the months of the same contracts', () => {
  it('summarises each contract once, from O17, and says which sheets it left out; --sheet takes the choice', async () => {
    const path = f('whole-year.xlsx');
    const year = [goodRow(0), goodRow(1), goodRow(2)];
    await writeXlsx(path, {
      O16: o16Rows(year.slice(0, 2), { titleRows: [['ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567 (ITA O16)'], []] }),
      O17: o16Rows(year, { titleRows: [['ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567 (ITA O17)'], []] }),
      'ม.ค. 67': [
        ['แบบ สขร.1 ประจำเดือน มกราคม 2567'],
        SKR1_HEADERS,
        skr1Row(1, '1/2567 ลว. 1 ม.ค. 67', 'ซื้อวัสดุสำนักงาน', 50_000),
      ],
    });
    const r = await runCli(['--lang', 'en', 'summary', path, '-o', f('whole-year-sum.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`sheets "${SUMMARY}" and "${MONTHLY}" from "O17"`);
    expect(r.stdout).toContain('Total: 3 item(s), budget 150,003');
    expect(r.stdout).toContain(
      'Left out, so that no contract is counted twice: "O16" (a part of O17); "ม.ค. 67" (the same contracts month by month)',
    );
    const chosen = await runCli([
      '--lang',
      'en',
      'summary',
      path,
      '--sheet',
      'O16',
      '--sheet',
      'O17',
      '-o',
      f('both.xlsx'),
    ]);
    expect(chosen.stdout).toContain('Total: 5 item(s)');
    expect(chosen.stdout).not.toContain('Left out');
  });
});

describe('a year of month sheets, one with a row left from the month before', () => {
  it("counts that month's own contract, and says the row counted twice", async () => {
    const path = f('months.xlsx');
    const feb = skr1Row(1, '1/2567 ลว. 5 ก.พ. 67', 'ซ่อมรถยนต์ส่วนกลาง', 7_300);
    await writeXlsx(path, {
      'ก.พ. 67': [['แบบ สขร.1 ประจำเดือน กุมภาพันธ์ 2567'], SKR1_HEADERS, feb],
      'มี.ค. 67': [
        ['แบบ สขร.1 ประจำเดือน มีนาคม 2567'],
        SKR1_HEADERS,
        feb,
        skr1Row(2, '2/2567 ลว. 12 มี.ค. 67', 'จ้างซ่อมแซมอาคาร', 350_000),
      ],
    });
    const r = await runCli(['--lang', 'en', 'summary', path, '-o', f('months-sum.xlsx')]);
    expect(r.code).toBe(0);
    // March's sheet is not left out for the one row it shares with February's: its own contract counts.
    expect(r.stdout).toContain('from "ก.พ. 67", "มี.ค. 67"');
    expect(r.stdout).toContain('Total: 3 item(s), budget 364,600');
    expect(r.stdout).toContain(
      'Warning: sheet "มี.ค. 67", Row 3: this contract (signed 5 Feb 2024 (BE 2567)) is also on sheet "ก.พ. 67", row 3',
    );
    // How many, near the figures: the summary counts them twice until the copy is deleted.
    expect(r.stdout).toContain(
      'Warning: 1 row(s) are on two of the sheets counted, so this summary counts them twice until the copy is deleted from one',
    );
    // The check's report counts by the row: each contract once.
    await runCli(['--output', f('months-report.xlsx'), path]);
    expect(await reportCount(f('months-report.xlsx'))).toBe(2);
  });
});

/** The count of all procurements in the O17 summary of a report written with --output. */
async function reportCount(path: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  let count: unknown = null;
  wb.getWorksheet(SUMMARY)!.eachRow((row) => {
    const v = row.getCell(2).value;
    // The total is a formula, with its result kept.
    if (row.getCell(1).value === 'รวม') count = v && typeof v === 'object' && 'result' in v ? v.result : v;
  });
  return count;
}

describe('a year of month sheets beside the O21 compiled from them', () => {
  const O21_HEADERS = getTemplate('ita2566-o21')!.columns.map((c) => c.header);
  const [oct, nov] = [OCT_66, NOV_66];
  const o21 = (rows: Row[]) => [
    ['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2567'],
    O21_HEADERS,
    ...rows.map((r) => r.slice(1)),
  ];

  it('says how many rows of a month the O21 lacks, which the summary of whole sheets lacks; the report counts them', async () => {
    const path = f('o21-lacks.xlsx');
    await writeXlsx(path, {
      'ต.ค. 66': [['แบบ สขร.1 ประจำเดือน ตุลาคม 2566'], SKR1_HEADERS, ...oct],
      'พ.ย. 66': [['แบบ สขร.1 ประจำเดือน พฤศจิกายน 2566'], SKR1_HEADERS, ...nov],
      // November's last buy was never copied into the O21.
      O21: o21([...oct, ...nov.slice(0, 2)]),
    });
    const r = await runCli(['--lang', 'en', 'summary', path, '-o', f('o21-lacks-sum.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Total: 4 item(s)');
    expect(r.stdout).toContain(
      'Warning: sheet "พ.ย. 66" holds 1 row(s) that no sheet counted holds (its others are on "O21"), so this summary lacks them: add them to "O21", or choose the sheets with --sheet',
    );
    const th = await runCli(['summary', path, '-o', f('o21-lacks-sum-th.xlsx')]);
    expect(th.stdout).toContain('คำเตือน: แผ่นงาน "พ.ย. 66" มี 1 รายการที่ไม่มีในแผ่นงานที่นับ');
    await runCli(['--output', f('o21-lacks-report.xlsx'), path]);
    expect(await reportCount(f('o21-lacks-report.xlsx'))).toBe(5);
  });

  it("counts a small buy listed undated on October's sheet once beside the O21 that dates it", async () => {
    const path = f('oct-undated.xlsx');
    // Up to 100,000 baht a buy may be listed without its contract's number and date.
    const undated = oct.map((r) => [...r.slice(0, 8), '-']);
    await writeXlsx(path, {
      'ต.ค. 66': [['แบบ สขร.1 ประจำเดือน ตุลาคม 2566'], SKR1_HEADERS, ...undated],
      'พ.ย. 66': [['แบบ สขร.1 ประจำเดือน พฤศจิกายน 2566'], SKR1_HEADERS, ...nov],
      O21: o21([...oct, ...nov]),
    });
    const r = await runCli(['--lang', 'en', 'summary', path, '-o', f('oct-undated-sum.xlsx')]);
    expect(r.stdout).toContain('from "O21"');
    expect(r.stdout).toContain('Total: 5 item(s), budget 41,800');
    await runCli(['--output', f('oct-undated-report.xlsx'), path]);
    expect(await reportCount(f('oct-undated-report.xlsx'))).toBe(5);
  });
});
