import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFile, formatText } from '../../src/cli/formatText';
import { itaScore } from '../../src/core/score/ita';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('ita-check score', () => {
  it('gives seed 004’s result: 93.09, pass', async () => {
    const r = await runCli([
      'score',
      '--year',
      '2567',
      '--indicators',
      '97.90,97.90,99.12,94.21,98.95,97.70,96.35,85.37,79.29,100',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      iit: 97.62,
      eit: 93.14,
      oit: 89.65,
      total: 93.09,
      pass: true,
      level: 'ผ่านดี',
      weakest: [9, 8, 4],
    });
    // --format json, as the check takes it, gives the same JSON; another format is refused.
    const args = [
      'score',
      '--year',
      '2567',
      '--indicators',
      '97.90,97.90,99.12,94.21,98.95,97.70,96.35,85.37,79.29,100',
    ];
    const json = await runCli([...args, '--format', 'json']);
    expect([json.code, json.stdout]).toEqual([0, r.stdout]);
    const text = await runCli([...args, '--format', 'text']);
    expect([text.code, text.stderr]).toEqual([2, expect.stringContaining('score เขียนผลเป็น JSON')]);
    // --lang, which every command takes, is taken here too (before or after the command).
    for (const lang of [
      ['--lang', 'en', 'score'],
      ['score', '--lang', 'en'],
    ]) {
      const en = await runCli([
        ...lang,
        '--year',
        '2567',
        '--indicators',
        '97.90,97.90,99.12,94.21,98.95,97.70,96.35,85.37,79.29,100',
      ]);
      expect([en.code, JSON.parse(en.stdout).levelEn]).toEqual([0, 'Good pass']);
    }
  });

  it('gives seed 003’s result: 85.15, level A', async () => {
    const r = await runCli([
      'score',
      '--year',
      '๒๕๖๕',
      '--indicators',
      '83.26,75.86,74.98,74.21,70.86,100,100,100,74.48,87.50',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      iit: 75.83,
      eit: 100,
      oit: 80.99,
      total: 85.15,
      pass: true,
      level: 'A',
    });
  });

  it('rounds a total of exactly 84.995 up to 85.00, a pass, as Excel does', async () => {
    // 0.3·88.77 + 0.3·82.88 + 0.4·83.75 is 84.995; in binary floating point it comes out just under.
    const r = await runCli([
      'score',
      '--year',
      '2567',
      '--indicators',
      '98.79,90.55,97.53,81.12,75.85,81.47,88.32,78.86,85.58,81.91',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({ iit: 88.77, eit: 82.88, oit: 83.75, total: 85, pass: true });
  });

  it('refuses a wrong number of scores, a blank score or a CE year', async () => {
    expect((await runCli(['score', '--year', '2567', '--indicators', '1,2,3'])).code).toBe(2);
    const blank = await runCli([
      'score',
      '--year',
      '2567',
      '--indicators',
      '97.90,97.90,99.12,94.21,98.95,97.70,96.35,85.37,79.29,',
    ]);
    expect(blank.code).toBe(2);
    expect((await runCli(['score', '--year', '2024', '--indicators', '1,2,3,4,5,6,7,8,9,10'])).stderr).toContain(
      'พ.ศ.',
    );
    // Percentages as fractions (0.83 for 83 %) would give a total near 0 and level F: refused, saying why.
    const fractions = await runCli([
      'score',
      '--year',
      '2567',
      '--indicators',
      '97.90,97.90,99.12,94.21,98.95,97.70,96.35,85.37,0.7929,1',
    ]);
    expect(fractions.code).toBe(2);
    expect(fractions.stdout).toBe('');
    expect(fractions.stderr).toContain('คะแนนตัวชี้วัดที่ 9 ต่ำกว่า 1 จึงน่าจะเป็นสัดส่วน เช่น 0.7929 ควรเป็น 79.29');
    // Zero and 1 are scores out of 100 (an indicator can score 0).
    expect((await runCli(['score', '--year', '2567', '--indicators', '0,1,90,90,90,90,90,90,90,90'])).code).toBe(0);
    // A negative score, hexadecimal or exponent: the scores' own message, not the option parser's.
    for (const first of ['-1', '0x10', '1e2']) {
      const r = await runCli(['score', '--year', '2567', '--indicators', `${first},2,3,4,5,6,7,8,9,10`]);
      expect(r.code, first).toBe(2);
      expect(r.stderr, first).toContain('ค่าละ 0–100');
    }
  });
});

describe('ita-check template', () => {
  it('lists the templates, writes one, and never overwrites a file', async () => {
    const list = await runCli(['template']);
    for (const id of ['ita2567-o16', 'oit-2567', 'oit-2566', 'ita-score', 'measures', 'skr1'])
      expect(list.stdout).toContain(id);
    const path = join(dir, 'oit.xlsx');
    expect((await runCli(['template', 'oit-2567', '-o', path])).code).toBe(0);
    const again = await runCli(['template', 'oit-2567', '-o', path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('อยู่แล้ว');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('OIT 2567')!;
    expect(ws.getRow(3).values).toEqual(
      expect.arrayContaining(['ข้อ', 'ข้อมูล', 'องค์ประกอบ', 'ผู้รับผิดชอบ', 'สถานะ', 'ตำแหน่งข้อมูลบนเว็บไซต์ (URL)', 'หมายเหตุ']),
    );
    expect(ws.getCell('E4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"ดำเนินการแล้ว,ยังไม่ได้ดำเนินการ,ไม่เกี่ยวข้อง"'],
    });
    expect(ws.getCell('A4').value).toBe('O1');
    // How each item is to be done, as seed 004 gives it for 2567, after the columns the formulas read.
    expect(ws.getCell('H3').value).toBe('วิธีดำเนินการ');
    expect(ws.getCell('H4').value).toBe('- ตรวจสอบความถูกต้องแผนผังโครงสร้าง');
    // 2566's framework gives no method: no empty column for it.
    const y2566 = join(dir, 'oit-2566.xlsx');
    expect((await runCli(['template', 'oit-2566', '-o', y2566])).code).toBe(0);
    const wb66 = new ExcelJS.Workbook();
    await wb66.xlsx.load((await readFile(y2566)) as unknown as ArrayBuffer);
    expect(wb66.getWorksheet('OIT 2566')!.getCell('H3').value).toBeNull();
  });

  it('writes the ITA score sheet up to the assessment under way, or up to the year asked for', async () => {
    const headers = async (args: string[], name: string) => {
      const path = join(dir, name);
      const r = await runCli(['template', 'ita-score', '-o', path, ...args]);
      expect(r.code, r.stderr).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
      return (wb.getWorksheet('คะแนน ITA')!.getRow(3).values as unknown[]).slice(4);
    };
    expect(await headers(['--year', '๒๕๖๗'], 'score-2567.xlsx')).toEqual(['2563', '2564', '2565', '2566', '2567']);
    // ITA N is assessed in fiscal year N, from 1 October of the year before.
    const now = new Date();
    const underWay = now.getFullYear() + 543 + (now.getMonth() >= 9 ? 1 : 0);
    expect((await headers([], 'score-now.xlsx')).at(-1)).toBe(String(underWay));
    const other = await runCli(['template', 'oit-2567', '--year', '2569', '-o', join(dir, 'oit-year.xlsx')]);
    expect([other.code, other.stderr]).toEqual([2, expect.stringContaining('ita-score')]);
    const bad = await runCli(['template', 'ita-score', '--year', '2024', '-o', join(dir, 'score-ce.xlsx')]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('พ.ศ.')]);
  });

  it('titles the measures report for its fiscal year, by which its periods are judged', async () => {
    const path = join(dir, 'measures-2569.xlsx');
    const made = await runCli(['template', 'measures', '--year', '2569', '-o', path]);
    expect(made.code, made.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('มาตรการ')!;
    expect(ws.getCell('A1').value).toBe(
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน และผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. 2569',
    );
    // A measure filled in with last year's period: told, as the title names 2569.
    const header = Array.from(ws.getRow(3).values as unknown[], (v) => String(v ?? ''));
    const at = (h: string) => header.findIndex((x) => x.startsWith(h));
    const row = ws.getRow(4);
    row.getCell(at('มาตรการ')).value = 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน';
    row.getCell(at('ผู้รับผิดชอบ')).value = 'กองคลัง';
    row.getCell(at('ระยะเวลา')).value = 'ต.ค. 2566 - ก.ย. 2567';
    row.getCell(at('ผลการดำเนินการ')).value = 'เผยแพร่ครบ 12 เดือน';
    await wb.xlsx.writeFile(path);
    const r = await runCli(['--format', 'json', path]);
    const codes = JSON.parse(r.stdout).files[0].sheets[0].findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('measure-period');
    // The default is the assessment under way.
    const now = new Date();
    const underWay = now.getFullYear() + 543 + (now.getMonth() >= 9 ? 1 : 0);
    const plain = join(dir, 'measures-now.xlsx');
    expect((await runCli(['template', 'measures', '-o', plain])).code).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load((await readFile(plain)) as unknown as ArrayBuffer);
    expect(String(wb2.getWorksheet('มาตรการ')!.getCell('A1').value)).toMatch(new RegExp(`พ.ศ. ${underWay}$`));
  });

  it('writes only the templates it lists, and only to an .xlsx name', async () => {
    // Layouts it only recognises (the bare checklist, e-GP's export, its own reports) would check badly.
    for (const id of ['oit-checklist', 'egp-contract', 'monthly-report']) {
      const r = await runCli(['template', id, '-o', join(dir, `${id}.xlsx`)]);
      expect([r.code, r.stderr.includes(`ไม่มีแม่แบบ "${id}"`)], id).toEqual([2, true]);
    }
    const csv = await runCli(['template', 'ita2567-o16', '-o', join(dir, 'o16.csv')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('FILE.xlsx');
    await expect(readFile(join(dir, 'o16.csv'))).rejects.toThrow();
  });

  it('checks a freshly written template clean, its hidden sheet of long dropdown lists included (O17: its boxes to fill in)', async () => {
    for (const id of ['ita2568-procurement', 'ita2567-o17-summary', 'ita2567-o16']) {
      const path = join(dir, `${id}.xlsx`);
      expect((await runCli(['template', id, '-o', path])).code).toBe(0);
      const r = await runCli(['--format', 'json', path]);
      expect(r.code, id).toBe(0);
      const sheets = JSON.parse(r.stdout).files[0].sheets as { template: string | null; findings: unknown[] }[];
      // O17's: each named at the first cell of its box, under its heading.
      expect(
        sheets.flatMap((x) => (x.findings as { code: string; cell: string }[]).map((f) => `${f.code}@${f.cell}`)),
        id,
      ).toEqual(id === 'ita2567-o17-summary' ? ['empty-section@A14', 'empty-section@A19'] : []);
      expect(sheets[0]!.template).toBe(id);
    }
  });

  it('reports a checklist in the JSON with its completeness', async () => {
    const path = join(dir, 'oit.xlsx');
    const r = await runCli(['--format', 'json', path]);
    const sheet = JSON.parse(r.stdout).files[0].sheets[0];
    expect(sheet).toMatchObject({ kind: 'checklist', template: 'oit-2567', headerRow: 3 });
    expect(sheet.checklist).toMatchObject({
      framework: 'oit-2567',
      items: 35,
      itemsDone: 0,
      componentsDone: 0,
      percent: 0,
      byIndicator: { '9': 0, '10': 0 },
    });
    expect(sheet.checklist.missing).toHaveLength(35);
  });
});

describe('the text report of a score and of totals', () => {
  const sheet = (score: ReturnType<typeof itaScore>) => ({
    file: 'ita.xlsx',
    error: null,
    sheets: [
      {
        name: 'ITA',
        kind: 'ita-score' as const,
        template: 'ita-score',
        confidence: 1,
        headerRow: 3,
        rows: 10,
        score,
        findings: [],
      },
    ],
  });
  it('says a level once ("ผ่านดี", not "ผ่านดี (ผ่าน)"); a letter band with pass or not beside it', () => {
    const seed004 = itaScore(2567, [97.9, 97.9, 99.12, 94.21, 98.95, 97.7, 96.35, 85.37, 79.29, 100]);
    expect(formatFile(sheet(seed004), 'th')).toContain('คะแนน ITA ปี 2567: 93.09 ผ่านดี\n');
    expect(formatFile(sheet(seed004), 'en')).toContain('ITA 2567: 93.09 Good pass\n');
    const seed003 = itaScore(2565, [83.26, 75.86, 74.98, 74.21, 70.86, 100, 100, 100, 74.48, 87.5]);
    expect(formatFile(sheet(seed003), 'th')).toContain('85.15 A (ผ่าน)');
    expect(formatFile(sheet(seed003), 'en')).toContain('85.15 A (pass)');
  });

  it('says "excellent" at 95 and over where the level\'s name does not (2566 on), not beside AA', () => {
    const all = (y: number, v: number) =>
      itaScore(
        y,
        Array.from({ length: 10 }, () => v),
      );
    expect(formatFile(sheet(all(2567, 96)), 'th')).toContain('96.00 ผ่านดี ระดับดีเยี่ยม (95 คะแนนขึ้นไป)\n');
    expect(formatFile(sheet(all(2567, 96)), 'en')).toContain('96.00 Good pass, excellent (95 or more)\n');
    expect(formatFile(sheet(all(2567, 94.99)), 'en')).toContain('94.99 Good pass\n');
    expect(formatFile(sheet(all(2565, 96)), 'en')).toContain('96.00 AA (pass)\n');
  });

  it('writes counts with thousands separators', () => {
    const report = { version: 1 as const, files: [], summary: { files: 1200, errors: 1250, warnings: 0, infos: 3 } };
    expect(formatText(report, 'th')).toContain('รวม 1,200 ไฟล์: ข้อผิดพลาด 1,250, คำเตือน 0, ข้อสังเกต 3');
    expect(formatText(report, 'en')).toContain('Total 1,200 file(s): 1,250 error(s)');
  });
});
