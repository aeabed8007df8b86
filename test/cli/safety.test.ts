import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { chmod, copyFile, link, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli';
import { goodRow, o16Rows, writeXlsx, type Row } from '../helpers/o16';
import { tempDir } from '../helpers/tmp';
import { REAL } from '../helpers/shared';

let dir: string;
const f = (n: string) => join(dir, n);

/** Two sheets of O16: the one published, and a hidden old copy with prices over budget. */
async function withHiddenCopy(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const put = (name: string, rows: Row[], state?: 'hidden') => {
    const ws = wb.addWorksheet(name, state ? { state } : {});
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
  };
  put('O16', o16Rows([goodRow(0), goodRow(1)]));
  const stale = goodRow(2);
  stale[6] = 1_000_000;
  put('O16 (เก่า)', o16Rows([stale]), 'hidden');
  await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

beforeAll(async () => {
  dir = await tempDir();
  await writeXlsx(f('O16.xlsx'), { O16: o16Rows([goodRow(0)]) });
  await writeXlsx(f('mine.xlsx'), { งานของฉัน: [['ข้อมูลสำคัญของผู้ใช้']] });
  await withHiddenCopy(f('hidden.xlsx'));
});

describe('--output never writes over a workbook of the user', () => {
  it('refuses a workbook that is not a report of ita-check, and writes it with --force', async () => {
    const before = await readFile(f('mine.xlsx'));
    const r = await runCli(['--output', f('mine.xlsx'), f('O16.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('อยู่แล้ว และไม่ใช่รายงานของ ita-check');
    expect(await readFile(f('mine.xlsx'))).toEqual(before);
    expect((await runCli(['--output', f('mine.xlsx'), '--force', f('O16.xlsx')])).code).toBe(0);
    expect(await readFile(f('mine.xlsx'))).not.toEqual(before);
    // An auditor's own workbook whose sheets are named as a report's is still the auditor's.
    for (const names of [
      ['Summary', 'Findings'],
      ['สรุป', 'ผลการตรวจสอบ'],
    ]) {
      const path = f(`audit-${names[0]}.xlsx`);
      await writeXlsx(path, { [names[0]!]: [['บันทึกของผู้ตรวจ']], [names[1]!]: [['ข้อสังเกต']] });
      const own = await readFile(path);
      expect((await runCli(['--output', path, f('O16.xlsx')])).code, names[0]).toBe(2);
      expect(await readFile(path)).toEqual(own);
    }
  });

  it('refuses a link to a file being checked, and writes last run’s report again', async () => {
    await symlink(f('O16.xlsx'), f('link.xlsx'));
    const before = await readFile(f('O16.xlsx'));
    // With --force, only following the link tells it is the input.
    const r = await runCli(['--output', f('link.xlsx'), '--force', f('O16.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output จะเขียนทับไฟล์ที่กำลังตรวจ');
    expect(await readFile(f('O16.xlsx'))).toEqual(before);
    // A hard link is the input under another name: no path resolves to it.
    await link(f('O16.xlsx'), f('hard.xlsx'));
    const hard = await runCli(['--output', f('hard.xlsx'), '--force', f('O16.xlsx')]);
    expect(hard.code).toBe(2);
    expect(hard.stderr).toContain('--output จะเขียนทับไฟล์ที่กำลังตรวจ');
    expect(await readFile(f('O16.xlsx'))).toEqual(before);
    expect((await runCli(['--output', f('report.xlsx'), f('O16.xlsx')])).code).toBe(0);
    expect((await runCli(['--output', f('report.xlsx'), f('O16.xlsx')])).code).toBe(0);
    // A report written in English (sheets Summary, Findings) is last run's report too.
    expect((await runCli(['--lang', 'en', '--output', f('report-en.xlsx'), f('O16.xlsx')])).code).toBe(0);
    expect((await runCli(['--lang', 'en', '--output', f('report-en.xlsx'), f('O16.xlsx')])).code).toBe(0);
  });

  it('writes no report when no file could be checked, and only to an .xlsx name', async () => {
    const r = await runCli(['--output', f('none.xlsx'), f('missing.xlsx')]);
    expect(r.code).toBe(2);
    await expect(readFile(f('none.xlsx'))).rejects.toThrow();
    const csv = await runCli(['--lang', 'en', '--output', f('report.csv'), f('O16.xlsx')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('name it .xlsx');
  });

  it('says in the user’s words why a file cannot be written, or an option’s value is refused', async () => {
    const missing = await runCli(['template', 'oit-2567', '-o', f('no-such-folder/OIT.xlsx'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot write');
    expect(missing.stderr).toContain('no such folder');
    expect(missing.stderr).not.toContain('ENOENT');
    const csv = join(REAL, 'praciller_dga-egp-contract-2568-250.csv');
    const top = await runCli(['import-egp', csv, '-o', f('top.xlsx'), '--top', '-5', '--lang', 'en']);
    expect(top.code).toBe(2);
    expect(top.stderr).toContain('--top must be a whole number above 0');
  });

  it('an option before a command is the command’s: --lang en template … writes the template', async () => {
    const r = await runCli(['--lang', 'en', 'template', 'oit-2567', '-o', f('OIT.xlsx')]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(f('OIT.xlsx'))) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.name).toBe('OIT 2567');
  });
});

describe('hidden sheets', () => {
  it('are checked and said to be hidden, and left out of the summaries', async () => {
    const r = await runCli(['--format', 'json', '--output', f('hidden-report.xlsx'), f('hidden.xlsx')]);
    const sheets = JSON.parse(r.stdout).files[0].sheets as { name: string; findings: { code: string }[] }[];
    const stale = sheets.find((s) => s.name === 'O16 (เก่า)')!;
    expect(stale.findings.map((x) => x.code)).toContain('hidden-sheet');
    expect(stale.findings.map((x) => x.code)).toContain('price-over-budget');
    expect(sheets.find((s) => s.name === 'O16')!.findings.map((x) => x.code)).not.toContain('hidden-sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(f('hidden-report.xlsx'))) as unknown as ArrayBuffer);
    const summary = wb.worksheets.find((w) => w.name.startsWith('O17 สรุป'))!;
    let specific: unknown = null;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'วิธีเฉพาะเจาะจง') specific = row.getCell(2).value;
    });
    // Two procurements published; the hidden copy's one is not counted.
    expect(specific).toBe(2);
  });

  it('the summary command leaves them out unless named with --sheet', async () => {
    const r = await runCli(['summary', f('hidden.xlsx'), '-o', f('summary.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"O16"');
    expect(r.stdout).not.toContain('เก่า');
  });
});

describe('files found in folders', () => {
  it('names what it skips: an .xls, Excel’s lock file, a macOS resource fork; an .xlsm is checked', async () => {
    const d = f('mixed');
    await mkdir(d);
    await copyFile(f('O16.xlsx'), join(d, 'book.xlsm'));
    await writeFile(join(d, 'ผลการจัดซื้อ.xls'), 'old');
    await writeFile(join(d, '~$book.xlsx'), 'lock');
    await writeFile(join(d, '._book.xlsx'), 'fork');
    await writeFile(join(d, 'ผลการจัดซื้อ.ods'), 'calc');
    await writeFile(join(d, 'ผลการจัดซื้อ.numbers'), 'numbers');
    const r = await runCli(['--lang', 'en', d]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('book.xlsm');
    expect(r.stderr).toContain('ผลการจัดซื้อ.xls: skipped (not .xlsx');
    expect(r.stderr).toContain('ผลการจัดซื้อ.ods: skipped (not .xlsx');
    expect(r.stderr).toContain('ผลการจัดซื้อ.numbers: skipped (not .xlsx');
    expect(r.stderr).toContain("~$book.xlsx: skipped (Excel's lock file");
    expect(r.stderr).toContain('._book.xlsx: skipped (a macOS resource fork');
    expect(r.stderr).not.toContain('damaged');
    // Named one by one (as a shell's *.xlsx does), the lock file is skipped alike.
    const named = await runCli(['--lang', 'en', join(d, '~$book.xlsx'), join(d, 'book.xlsm')]);
    expect(named.code).toBe(0);
  });

  it('a folder with nothing to check is no success', async () => {
    const d = f('nothing');
    await mkdir(d);
    await writeFile(join(d, 'old.xls'), 'old');
    const r = await runCli(['--lang', 'en', d]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no .xlsx or .csv file found');
  });

  it('follows a link to a folder, checks a file reached twice once, and lists what it skipped in the JSON', async () => {
    const d = f('linked');
    await mkdir(join(d, 'own'), { recursive: true });
    await mkdir(f('elsewhere'));
    await copyFile(f('O16.xlsx'), join(d, 'own', 'a.xlsx'));
    await copyFile(f('O16.xlsx'), f('elsewhere/b.xlsx'));
    await symlink(f('elsewhere'), join(d, 'shared'));
    await symlink(d, join(d, 'own', 'loop')); // a link back up: each folder once
    await writeFile(join(d, 'old.xls'), 'old');
    const r = await runCli(['--format', 'json', d, join(d, 'own', 'a.xlsx'), `${d}/./own/a.xlsx`]);
    const out = JSON.parse(r.stdout) as { files: { file: string }[]; skipped: { file: string; reason: string }[] };
    expect(out.files.map((x) => x.file.replace(`${d}/`, ''))).toEqual(['own/a.xlsx', 'shared/b.xlsx']);
    expect(out.skipped).toEqual([{ file: join(d, 'old.xls'), reason: expect.stringContaining('ข้าม') }]);
    // Nothing to check: still a JSON report, and no success.
    await mkdir(f('nothing-json'));
    const none = await runCli(['--format', 'json', f('nothing-json')]);
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout)).toMatchObject({ files: [], summary: { files: 0 } });
  });

  // Root reads any folder (CI runs as root): there, files.test.ts has readdir refuse instead.
  it.skipIf(process.getuid?.() === 0)(
    'an unreadable folder is named, and every other file is still checked',
    async () => {
      const d = f('locked-tree');
      await mkdir(join(d, 'locked'), { recursive: true });
      await copyFile(f('O16.xlsx'), join(d, 'a.xlsx'));
      await chmod(join(d, 'locked'), 0o000);
      const r = spawnSync(process.execPath, [BIN, '--format', 'json', '--lang', 'en', d]);
      await chmod(join(d, 'locked'), 0o755);
      expect(r.status).toBe(2);
      const out = JSON.parse(r.stdout.toString()) as { files: { file: string; errorCode?: string }[] };
      expect(out.files.map((x) => [x.file.replace(`${d}/`, ''), x.errorCode ?? null])).toEqual([
        ['locked', 'permission-denied'],
        ['a.xlsx', null],
      ]);
    },
  );

  it('a real .xls named so is called an old Excel workbook, not a renamed one', async () => {
    await writeFile(f('real.xls'), 'old');
    const r = await runCli(['--lang', 'en', f('real.xls')]);
    expect(r.stderr).toContain('an old Excel (.xls) workbook: open it in Excel and save it as .xlsx');
  });
});

describe('as a program', () => {
  it('stops quietly when its reader stops early (| head)', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => {
      const r = goodRow(i);
      r[4] = 'ซื้อเอง';
      return r;
    });
    await writeXlsx(f('many.xlsx'), { O16: o16Rows(rows) });
    const r = spawnSync('bash', [
      '-c',
      `"${process.execPath}" "${BIN}" "${f('many.xlsx')}" | head -1; exit \${PIPESTATUS[0]}`,
    ]);
    expect(r.stderr.toString()).not.toContain('EPIPE');
    expect(r.status).toBe(1); // the exit status says there were errors, as without the pipe
  });

  it('a command asked for --help gives the usage', async () => {
    for (const command of ['template', 'summary', 'import-egp', 'score']) {
      const r = await runCli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toContain('วิธีใช้: ita-check');
      expect((await runCli([command, '--help', '--lang', 'en'])).stdout).toContain('Usage: ita-check');
    }
  });

  it('runs from its bundle as from bin/', () => {
    const r = spawnSync(process.execPath, [join(BIN, '../../dist/cli/ita-check.mjs'), '--help']);
    expect(r.stdout.toString()).toContain('วิธีใช้: ita-check');
  });
});
