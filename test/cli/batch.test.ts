import ExcelJS from 'exceljs';
import { copyFile, link, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { savedAsByLibreOffice } from '../helpers/libreoffice';
import { goodRow, o16Rows, writeXlsx } from '../helpers/o16';
import { tempDir } from '../helpers/tmp';
import { SKR1_HEADERS, skr1Row } from '../helpers/skr1';
import { getTemplate } from '../../src/core/templates/registry';
import { importTargetFor } from '../../src/core/import/egp';
import { REAL } from '../helpers/shared';

let dir: string;
const f = (n: string) => join(dir, n);

beforeAll(async () => {
  dir = await tempDir();
  const bad = goodRow(1);
  bad[7] = '3100600445636';
  await writeXlsx(f('agency.xlsx'), {
    ปก: [['รายงานประจำปี'], ['ส่วนนี้ไม่ใช่ตาราง']],
    O16: o16Rows([goodRow(0), bad]),
  });
  expect((await runCli(['template', 'oit-2567', '-o', f('oit.xlsx')])).code).toBe(0);
  await writeFile(f('empty.xlsx'), '');
  await writeFile(f('page.xlsx'), '<html><body><table><tr><td>รายงาน</td></tr></table></body></html>');
});

describe('batch checking', () => {
  it('recognises every sheet of a workbook by its kind', async () => {
    const r = await runCli(['--format', 'json', f('agency.xlsx'), f('oit.xlsx')]);
    const files = JSON.parse(r.stdout).files;
    expect(files[0].sheets.map((s: { name: string; kind: string }) => [s.name, s.kind])).toEqual([
      ['ปก', 'unknown'],
      ['O16', 'procurement'],
    ]);
    expect(files[1].sheets[0]).toMatchObject({ kind: 'checklist', template: 'oit-2567' });
  });

  it('gives a clear line for a zero-byte file, a web page named .xlsx and an old .xls renamed, and goes on', async () => {
    // A real .xls, made by LibreOffice, renamed .xlsx as users do.
    await copyFile(await savedAsByLibreOffice(f('agency.xlsx'), dir, 'xls'), f('old.xlsx'));
    const r = await runCli(['--lang', 'en', f('empty.xlsx'), f('page.xlsx'), f('old.xlsx'), f('agency.xlsx')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `ita-check: ${f('empty.xlsx')}: empty file (0 bytes)`,
      `ita-check: ${f('page.xlsx')}: a web page (HTML) named as an Excel file: open it in Excel and save it as .xlsx`,
      `ita-check: ${f('old.xlsx')}: an old Excel (.xls) file renamed .xlsx: open it in Excel and save it as .xlsx`,
    ]);
    expect(r.stdout).toContain('tax-id-checksum');
    const th = await runCli([f('empty.xlsx')]);
    expect(th.stderr).toContain('ไฟล์ว่าง');
  });

  it('refuses a web page saved as .csv (a failed e-GP download) as it refuses one named .xlsx: exit 2, not a pass', async () => {
    const page =
      '<!DOCTYPE html>\n<html lang="th"><head><title>ระบบการจัดซื้อจัดจ้างภาครัฐ</title></head><body><h1>ขออภัย ไม่สามารถดาวน์โหลดไฟล์ได้</h1>' +
      '<table><tr><td>ลำดับ</td><td>รหัสโครงการ</td></tr></table></body></html>\n';
    await writeFile(f('egp-page.csv'), page);
    const r = await runCli(['--lang', 'en', f('egp-page.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `ita-check: ${f('egp-page.csv')}: a web page (HTML) named .csv, not a table of data: if it was downloaded (from e-GP, say), log in and download it again; if it is a page holding a table, open it in Excel and save it as .xlsx`,
    );
    const json = JSON.parse((await runCli(['--format', 'json', f('egp-page.csv')])).stdout);
    expect(json.files[0]).toMatchObject({ errorCode: 'web-page', sheets: [] });
    expect(json.files[0].error).toContain('หน้าเว็บ (HTML)');
  });

  it('writes a findings workbook with --output: a summary per file and every finding', async () => {
    const out = f('report.xlsx');
    const r = await runCli(['--output', out, f('agency.xlsx'), f('oit.xlsx'), f('empty.xlsx')]);
    expect(r.code).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['สรุป', 'ผลการตรวจสอบ', 'O17 สรุป 2567', 'สรุปรายเดือน 2567']);
    const summary = wb.getWorksheet('สรุป')!;
    expect(summary.getRow(3).values).toEqual([
      undefined,
      'ไฟล์',
      'แผ่นงาน',
      'แถวข้อมูล',
      'ข้อผิดพลาด',
      'คำเตือน',
      'ข้อสังเกต',
      'ความครบถ้วน OIT (%)',
      'อ่านไฟล์ไม่ได้',
    ]);
    // agency.xlsx: 2 sheets, 2 data rows, 1 error (a check digit), 1 info (the cover sheet is no form).
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4'].map((a) => summary.getCell(a).value)).toEqual([
      f('agency.xlsx'),
      2,
      2,
      1,
      0,
      1,
    ]);
    expect(summary.getCell('G5').value).toBe(0); // the fresh checklist: 0 % complete
    expect(summary.getCell('H6').value).toBe('ไฟล์ว่าง (0 ไบต์)');
    const findings = wb.getWorksheet('ผลการตรวจสอบ')!;
    const codes: string[] = [];
    findings.eachRow((row, n) => {
      if (n > 3) codes.push(String(row.getCell(4).value));
    });
    expect(codes).toContain('tax-id-checksum');
    expect(codes.filter((c) => c === 'checklist-missing-item')).toEqual([]);
    // It never overwrites a file being checked.
    expect((await runCli(['--output', f('agency.xlsx'), f('agency.xlsx')])).code).toBe(2);
  });

  it('counts in the report as in the JSON, past the thousand findings of a code it lists', async () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => goodRow(i));
    for (const r of rows) r[1] = (r[1] as number).toLocaleString('en-US'); // pasted: every budget is text
    await writeXlsx(f('pasted.xlsx'), { O16: o16Rows(rows) });
    const out = f('pasted-report.xlsx');
    const r = await runCli(['--format', 'json', '--output', out, f('pasted.xlsx')]);
    const summary = JSON.parse(r.stdout).summary as { errors: number; warnings: number; infos: number };
    // Every budget typed as text, past the thousand listed; the notice that says so is no problem of its own.
    expect(summary.infos).toBe(1_500);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('สรุป')!;
    expect(['D4', 'E4', 'F4'].map((a) => sheet.getCell(a).value)).toEqual([
      summary.errors,
      summary.warnings,
      summary.infos,
    ]);
  });

  it("runs again with the report inside the folder it checks: last run's report is replaced, not checked", async () => {
    const folder = await tempDir();
    await copyFile(f('agency.xlsx'), join(folder, 'agency.xlsx'));
    const out = join(folder, 'report.xlsx');
    const first = await runCli(['--format', 'json', '--output', out, folder]);
    const second = await runCli(['--format', 'json', '--output', out, folder]);
    expect([first.code, second.code]).toEqual([1, 1]);
    expect(JSON.parse(second.stdout).files.map((x: { file: string }) => x.file)).toEqual([join(folder, 'agency.xlsx')]);
    // A workbook of the user's own in that folder is never written over.
    const before = await readFile(join(folder, 'agency.xlsx'));
    const refused = await runCli(['--output', join(folder, 'agency.xlsx'), folder]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--output จะเขียนทับไฟล์ที่กำลังตรวจ');
    expect((await readFile(join(folder, 'agency.xlsx'))).equals(before)).toBe(true);
  });

  it("counts each contract once across files: O16 kept in a file of its own beside O17's, not another agency's", async () => {
    const folder = await tempDir();
    const year = [goodRow(0), goodRow(1), goodRow(2), goodRow(3)];
    const titled = (t: string) => ({ titleRows: [[`ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA ${t})`], []] });
    await writeXlsx(join(folder, 'O17.xlsx'), { O17: o16Rows(year, titled('O17')) });
    await writeXlsx(join(folder, 'O16.xlsx'), { O16: o16Rows(year.slice(0, 2), titled('O16')) });
    // Another agency's O16 (other contracts) in the same folder still counts.
    const other = [goodRow(10), goodRow(11)].map((r) => r.map((v, i) => (i === 0 ? `${v} (อบต.อื่น)` : v)));
    await writeXlsx(join(folder, 'other-O16.xlsx'), { O16: o16Rows(other, titled('O16')) });
    const out = join(folder, 'report.xlsx');
    await runCli(['--output', out, folder]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('O17 สรุป 2567')!;
    const line = (label: string) => {
      let count: unknown = null;
      summary.eachRow((row) => {
        const v = row.getCell(2).value;
        // The total is a formula, with its result kept.
        if (row.getCell(1).value === label) count = v && typeof v === 'object' && 'result' in v ? v.result : v;
      });
      return count;
    };
    expect([line('วิธีเฉพาะเจาะจง'), line('รวม')]).toEqual([6, 6]);
  });

  it("counts once a small buy listed undated in October's file and dated in the O21's file", async () => {
    const folder = await tempDir();
    const oct = [
      skr1Row(1, '1/2567 ลว. 3 ต.ค. 66', 'ซื้อวัสดุสำนักงาน', 5_000),
      skr1Row(2, '2/2567 ลว. 10 ต.ค. 66', 'จ้างซ่อมรถยนต์', 7_300),
      skr1Row(3, '3/2567 ลว. 24 ต.ค. 66', 'ซื้อน้ำมันเชื้อเพลิง', 9_000),
    ];
    // Up to 100,000 baht a buy may be listed without its contract's number and date.
    const undated = oct.map((r) => [...r.slice(0, 8), '-']);
    await writeXlsx(join(folder, 'ต.ค.66.xlsx'), {
      Sheet1: [['แบบ สขร.1 ประจำเดือน ตุลาคม 2566'], SKR1_HEADERS, ...undated],
    });
    await writeXlsx(join(folder, 'O21.xlsx'), {
      O21: [
        ['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2567'],
        getTemplate('ita2566-o21')!.columns.map((c) => c.header),
        ...[...oct, skr1Row(4, '4/2567 ลว. 8 พ.ย. 66', 'จ้างเหมาทำความสะอาด', 8_000)].map((r) => r.slice(1)),
      ],
    });
    const out = join(folder, 'report.xlsx');
    await runCli(['--output', out, folder]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    let total: unknown = null;
    wb.getWorksheet('O17 สรุป 2567')!.eachRow((row) => {
      const v = row.getCell(2).value;
      if (row.getCell(1).value === 'รวม') total = v && typeof v === 'object' && 'result' in v ? v.result : v;
    });
    expect(total).toBe(4);
  });

  it('shows every finding even when the report cannot be written, and says why in Thai', async () => {
    const r = await runCli(['--output', join(dir, 'no-such-folder', 'R.xlsx'), f('agency.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('tax-id-checksum');
    expect(r.stderr).toContain(`เขียนไฟล์รายงาน ${join(dir, 'no-such-folder', 'R.xlsx')} ไม่ได้: ไม่มีโฟลเดอร์นั้น`);
    expect(r.stderr).not.toContain('ENOENT');
    // A folder named as the report: said before anything is checked, with or without --force.
    await mkdir(f('reports.xlsx'), { recursive: true });
    for (const force of [[], ['--force']]) {
      const folder = await runCli(['--output', f('reports.xlsx'), ...force, f('agency.xlsx'), '--lang', 'en']);
      expect([folder.code, folder.stdout], force.join()).toEqual([2, '']);
      expect(folder.stderr).toContain(`--output ${f('reports.xlsx')} is a folder; name the report file`);
    }
  });

  it('says where the report was written, and lists the files in the order given, the unreadable in their place', async () => {
    const out = f('said.xlsx');
    const r = await runCli(['--output', out, f('agency.xlsx')]);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`เขียนรายงานพร้อมสรุปตามวิธีและรายเดือนลง ${out} แล้ว`);
    const json = await runCli([
      '--format',
      'json',
      '--output',
      f('said-json.xlsx'),
      f('agency.xlsx'),
      f('missing.xlsx'),
    ]);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    const order = await runCli(['--format', 'json', f('missing.xlsx'), f('agency.xlsx'), f('also-missing.xlsx')]);
    expect(JSON.parse(order.stdout).files.map((x: { file: string }) => x.file)).toEqual([
      f('missing.xlsx'),
      f('agency.xlsx'),
      f('also-missing.xlsx'),
    ]);
  });
});

describe('ita-check import-egp on the real exports', () => {
  it.each([
    ['praciller_dga-egp-contract-2568-250.csv', 250],
    ['bangkoktor_govspending_2569-egp-contract-1_2rows.csv', 2],
    ['govspending_cgdcontract_api_sample_2560_20rows.csv', 20],
  ])(
    '%s → ita2567-o16: real dates, real methods, money as numbers, project numbers as text; no missing column',
    async (file, rows) => {
      const out = f(`imported-${rows}.xlsx`);
      const r = await runCli(['import-egp', join(REAL, file), '-o', out, '--template', 'ita2567-o16']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${rows} แถว`);
      const check = JSON.parse((await runCli(['--format', 'json', out])).stdout).files[0].sheets[0];
      expect(check).toMatchObject({ kind: 'procurement', template: 'ita2567-o16', rows });
      const codes = check.findings.map((x: { code: string }) => x.code);
      expect(codes).not.toContain('missing-column');
      expect(codes).not.toContain('unknown-method');
      expect(codes).not.toContain('not-a-date');
      expect(codes).not.toContain('not-a-number');
      expect(codes).not.toContain('date-as-text');
      expect(codes).not.toContain('number-as-text');
      expect(codes).not.toContain('id-as-number');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(typeof ws.getCell('B4').value).toBe('number');
      expect(typeof ws.getCell('J4').value).toBe('string');
      expect(ws.getCell('K4').value).toBeInstanceOf(Date);
    },
  );

  it("puts an export with no --template into the form of its own fiscal year, as the data's forms give it", async () => {
    for (const [file, year] of [
      ['praciller_dga-egp-contract-2568-250.csv', 2568],
      ['bangkoktor_govspending_2569-egp-contract-1_2rows.csv', 2569],
      ['govspending_cgdcontract_api_sample_2560_20rows.csv', 2560],
    ] as const) {
      // That year's form, else the newest before it; data older than every form, the oldest (O16 of 2567).
      const form = importTargetFor(year)!.id;
      const out = f(`by-year-${year}.xlsx`);
      const r = await runCli(['import-egp', join(REAL, file), '-o', out]);
      expect([r.code, r.stdout.split('\n')[0]], file).toEqual([0, expect.stringContaining(`(${form})`)]);
      const sheet = JSON.parse((await runCli(['--format', 'json', out])).stdout).files[0].sheets[0];
      expect(sheet.template, file).toBe(form);
    }
    expect(importTargetFor(2568)!.id).toBe('ita2568-procurement');
    expect(importTargetFor(2560)!.id).toBe('ita2567-o16');
  });

  it("refuses a sheet already in a form's layout, rather than import half its columns", async () => {
    await writeXlsx(f('o16-only.xlsx'), { O16: o16Rows([goodRow(0), goodRow(1)]) });
    const r = await runCli(['import-egp', f('o16-only.xlsx'), '-o', f('not-imported.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('อยู่ในรูปแบบ ita2567-o16 อยู่แล้ว');
    // What to do with it instead: check it as it is, or write its summaries.
    expect(r.stderr).toContain(`ita-check ${f('o16-only.xlsx')} หรือ`);
    expect(r.stderr).toContain(`ita-check --output REPORT.xlsx ${f('o16-only.xlsx')}`);
    const en = await runCli(['--lang', 'en', 'import-egp', f('o16-only.xlsx'), '-o', f('not-imported.xlsx')]);
    expect(en.stderr).toContain(`check it as it is with ita-check ${f('o16-only.xlsx')}`);
    // A Thai file name with spaces is quoted, so that the command can be copied as it is.
    await writeXlsx(f('ผล O16 ปี 67.xlsx'), { O16: o16Rows([goodRow(0), goodRow(1)]) });
    const spaced = await runCli(['import-egp', f('ผล O16 ปี 67.xlsx'), '-o', f('not-imported.xlsx')]);
    expect(spaced.stderr).toContain(`ita-check --output REPORT.xlsx "${f('ผล O16 ปี 67.xlsx')}"`);
    // An OIT checklist has no summaries by method and month to offer: it is checked as it is.
    expect((await runCli(['template', 'oit-2567', '-o', f('oit-not-egp.xlsx')])).code).toBe(0);
    const oit = await runCli(['import-egp', f('oit-not-egp.xlsx'), '-o', f('not-imported.xlsx')]);
    expect([oit.code, oit.stderr]).toEqual([
      2,
      `ita-check: ${f('oit-not-egp.xlsx')}: แผ่นงานนี้เป็นแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ไม่ใช่ข้อมูลสัญญาจาก e-GP จึงไม่มีอะไรต้องนำเข้า ตรวจได้เลยด้วย ita-check ${f('oit-not-egp.xlsx')}\n`,
    ]);
  });

  it('turns "29 พ.ย. 67" into a real date and the generic label into the real method', async () => {
    const out = f('dates.xlsx');
    await runCli([
      'import-egp',
      join(REAL, 'praciller_dga-egp-contract-2568-250.csv'),
      '-o',
      out,
      '--template',
      'ita2567-o16',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('K4').value).toEqual(new Date(Date.UTC(2024, 10, 29)));
    expect(ws.getCell('E4').value).toBe('วิธีเฉพาะเจาะจง');
    expect(ws.getCell('J4').value).toBe('67119524001');
  });

  it('offers the 2568 cut to the 100 largest, and makes it with --top 100', async () => {
    const full = await runCli([
      'import-egp',
      join(REAL, 'praciller_dga-egp-contract-2568-250.csv'),
      '-o',
      f('y2568.xlsx'),
      '--template',
      'ita2568-procurement',
    ]);
    expect(full.stdout).toContain('--top 100');
    // In English the form's columns are named in English; the export's own headers stay as written.
    const en = await runCli([
      'import-egp',
      join(REAL, 'praciller_dga-egp-contract-2568-250.csv'),
      '-o',
      f('y-en.xlsx'),
      '--lang',
      'en',
      '--template',
      'ita2567-o16',
    ]);
    expect(en.stdout).toContain('Imported: Item purchased or hired <- ชื่อโครงการ;');
    const r = await runCli([
      'import-egp',
      join(REAL, 'praciller_dga-egp-contract-2568-250.csv'),
      '-o',
      f('y2568-top.xlsx'),
      '--template',
      'ita2568-procurement',
      '--top',
      '100',
    ]);
    expect(r.stdout).toContain('100 แถว จาก 250');
    const sheet = JSON.parse((await runCli(['--format', 'json', f('y2568-top.xlsx')])).stdout).files[0].sheets[0];
    expect(sheet).toMatchObject({ template: 'ita2568-procurement', rows: 100 });
    expect(sheet.findings.map((x: { code: string }) => x.code)).not.toContain('missing-column');
    // Its summary says the list holds the 100 largest only, not the whole year.
    const sum = await runCli(['--lang', 'en', 'summary', f('y2568-top.xlsx'), '-o', f('y2568-sum.xlsx')]);
    expect(sum.stdout).toContain(
      'Note: sheet "จัดซื้อจัดจ้าง 2568" holds 100 rows, which this form uses for the 100 with the largest budget',
    );
    // All 250 kept (no --top): every one is counted, so nothing is said of the 100.
    const all = await runCli(['--lang', 'en', 'summary', f('y2568.xlsx'), '-o', f('y2568-all.xlsx')]);
    expect(all.stdout).toContain('Total: 250 item(s)');
    expect(all.stdout).not.toContain('holds 100 rows');
  });

  it('refuses a file that is not an e-GP export, and never overwrites', async () => {
    const r = await runCli(['import-egp', f('agency.xlsx'), '-o', f('x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('e-GP');
    const again = await runCli([
      'import-egp',
      join(REAL, 'bangkoktor_govspending_2569-egp-contract-1_2rows.csv'),
      '-o',
      f('agency.xlsx'),
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('อยู่แล้ว');
  });

  it('finds the export behind a cover sheet, says what it should of its rows, and refuses what is no form of contracts', async () => {
    const csv = (await readFile(join(REAL, 'praciller_dga-egp-contract-2568-250.csv'), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/).slice(0, 4);
    const rows = lines.map((l) => l.split(','));
    // A header of e-GP's and three rows, with a cover sheet in front.
    if (rows.some((r) => r.length !== rows[0]!.length)) throw new Error('the sample rows hold commas');
    await writeXlsx(f('covered.xlsx'), { ปก: [['ข้อมูลจาก e-GP']], egp: rows });
    const r = await runCli(['--lang', 'en', 'import-egp', f('covered.xlsx'), '-o', f('covered-o16.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 of 3 rows of the e-GP file');
    // The real rows are of several agencies (data.go.th's file covers the country).
    expect(r.stdout).toContain('Note: The export holds 2 agencies');
    for (const id of ['ita2567-o14', 'ita2567-o17-summary']) {
      const refused = await runCli(['import-egp', f('covered.xlsx'), '-o', f(`${id}.xlsx`), '--template', id]);
      expect([refused.code, refused.stderr.split('\n')[0]], id).toEqual([2, expect.stringContaining('ผลการจัดซื้อจัดจ้าง')]);
    }
    // A sheet of the header alone in front, the rows behind it, and more rows on a third sheet.
    await writeXlsx(f('three.xlsx'), { แบบ: rows.slice(0, 1), ข้อมูล: rows, เพิ่ม: rows.slice(0, 2) });
    const three = await runCli(['--lang', 'en', 'import-egp', f('three.xlsx'), '-o', f('three-o16.xlsx')]);
    expect(three.stdout).toContain('3 of 3 rows of the e-GP file (sheet "ข้อมูล")');
    expect(three.stdout).toContain('Note: sheet "เพิ่ม" also holds e-GP data, not imported');
    await writeXlsx(f('four.xlsx'), { ข้อมูล: rows, ก: rows.slice(0, 2), ข: rows.slice(0, 3) });
    const four = await runCli(['--lang', 'en', 'import-egp', f('four.xlsx'), '-o', f('four-o16.xlsx')]);
    expect(four.stdout).toContain('Note: sheets "ก" and "ข" also hold e-GP data, not imported');
    await writeXlsx(f('header-only.xlsx'), { egp: rows.slice(0, 1) });
    const empty = await runCli(['--lang', 'en', 'import-egp', f('header-only.xlsx'), '-o', f('empty-o16.xlsx')]);
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining('a header but no rows')]);
  });

  it('never writes over the export, not even through a hard link to it', async () => {
    const input = f('linked-export.csv');
    await copyFile(join(REAL, 'bangkoktor_govspending_2569-egp-contract-1_2rows.csv'), input);
    await link(input, f('linked-export.xlsx'));
    const before = await readFile(input);
    const r = await runCli(['import-egp', input, '-o', f('linked-export.xlsx'), '--force']);
    expect(r.code).toBe(2);
    expect(await readFile(input)).toEqual(before);
  });
});
