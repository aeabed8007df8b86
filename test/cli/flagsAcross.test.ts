import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { readXlsx, writeXlsx, type Row } from '../helpers/o16';
import { SKR1_HEADERS } from '../helpers/skr1';
import { tempDir } from '../helpers/tmp';

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});

/**
 * A month's สขร.1 (header on row 5): two buys of road materials from one partnership, each month's
 * pair under 500,000 baht, the four of October and November 965,000 within 12 days.
 */
function month(title: string, buys: readonly [string, number, string][], agency = 'องค์การบริหารส่วนตำบลพะวงาด'): Row[] {
  return [
    ['แบบ สขร.1'],
    [`สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${title}`],
    [agency],
    [],
    SKR1_HEADERS,
    ...buys.map(([item, amount, day], i) => {
      const won = `หจก.ช่างโคราช ${amount.toLocaleString('en-US')} บาท`;
      return [i + 1, item, amount, amount, 'เฉพาะเจาะจง', won, won, 'ราคาต่ำสุด', `บส.${i + 1}/2567 ลว. ${day}`];
    }),
  ];
}

const OCT_BUYS: [string, number, string][] = [
  ['ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 3', 250_000, '25 ต.ค. 2566'],
  ['ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 4', 240_000, '30 ต.ค. 2566'],
];
const NOV_BUYS: [string, number, string][] = [
  ['ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 6', 245_000, '3 พ.ย. 2566'],
  ['ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 8', 230_000, '6 พ.ย. 2566'],
];
const OCT = month('ตุลาคม พ.ศ. 2566', OCT_BUYS);
const NOV = month('พฤศจิกายน พ.ศ. 2566', NOV_BUYS);

interface Report {
  files: { file: string; sheets: { name: string; findings: { code: string; cell: string; severity: string }[] }[] }[];
}

/** Of each file's each sheet, its red flags ("cell code severity"). */
function flags(stdout: string): Record<string, string[]> {
  const report = JSON.parse(stdout) as Report;
  return Object.fromEntries(
    report.files.flatMap((f) =>
      f.sheets.map((s) => [
        `${f.file.split('/').pop()} ${s.name}`,
        s.findings.filter((x) => x.code.startsWith('flag-')).map((x) => `${x.cell} ${x.code} ${x.severity}`),
      ]),
    ),
  );
}

const FLAGGED = [
  'B6 flag-split-purchase info',
  'G6 flag-repeat-winner info',
  'B7 flag-split-purchase info',
  'G7 flag-repeat-winner info',
];

describe('ita-check: red flags across month sheets', () => {
  it("flags a split purchase and a repeat winner over a workbook's two month sheets", async () => {
    const path = join(dir, 'two-months.xlsx');
    await writeXlsx(path, { 'ต.ค.66': OCT, 'พ.ย.66': NOV });
    const r = await runCli(['--format', 'json', path]);
    expect(flags(r.stdout)).toEqual({ 'two-months.xlsx ต.ค.66': FLAGGED, 'two-months.xlsx พ.ย.66': FLAGGED });
    // Information, never an error: exit 0.
    expect(r.code).toBe(0);
    const en = (await runCli(['--lang', 'en', path])).stdout;
    expect(en).toContain(
      'Row 6: similar specific-method buys from one supplier within 30 days, across sheets (this sheet, rows 6, 7; sheet "ต.ค.66", rows 6, 7): their budgets total 965,000 baht, over 500,000 baht: possible splitting (s.65)',
    );
  });

  it('says none at a hidden old copy of a month, whose rows the visible sheets leave out', async () => {
    const path = join(dir, 'hidden-copy.xlsx');
    const oct = ['ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 3', 250_000, '25 ต.ค. 2566'] as const;
    // The old copy still holds a buy since cancelled (245,000): 735,000 with November's, not 490,000.
    await writeXlsx(path, {
      'ต.ค.66 (เดิม)': month('ตุลาคม พ.ศ. 2566', [[...oct], ['ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 4', 245_000, '27 ต.ค. 2566']]),
      'ต.ค.66': month('ตุลาคม พ.ศ. 2566', [[...oct]]),
      'พ.ย.66': month('พฤศจิกายน พ.ศ. 2566', [['ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 6', 240_000, '3 พ.ย. 2566']]),
    });
    const wb = await readXlsx(path);
    wb.getWorksheet('ต.ค.66 (เดิม)')!.state = 'hidden';
    await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await runCli(['--format', 'json', path]);
    expect(flags(r.stdout)).toEqual({
      'hidden-copy.xlsx ต.ค.66 (เดิม)': [],
      'hidden-copy.xlsx ต.ค.66': [],
      'hidden-copy.xlsx พ.ย.66': [],
    });
  });

  it('flags a hidden month no visible sheet reports (hidden once published) with the others, as usual', async () => {
    const path = join(dir, 'hidden-month.xlsx');
    // /tmp/s41 h2: October hidden, no visible sheet of October; 260,000 and 250,000 from one shop.
    await writeXlsx(path, {
      'ต.ค.66': month('ตุลาคม พ.ศ. 2566', [['ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 3', 260_000, '25 ต.ค. 2566']]),
      'พ.ย.66': month('พฤศจิกายน พ.ศ. 2566', [['ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 6', 250_000, '3 พ.ย. 2566']]),
    });
    const wb = await readXlsx(path);
    wb.getWorksheet('ต.ค.66')!.state = 'hidden';
    await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await runCli(['--format', 'json', path]);
    expect(flags(r.stdout)).toEqual({
      'hidden-month.xlsx ต.ค.66': ['B6 flag-split-purchase info'],
      'hidden-month.xlsx พ.ย.66': ['B6 flag-split-purchase info'],
    });
  });

  it('flags them over a folder of two month files, naming the other file', async () => {
    const folder = join(dir, 'month-files');
    await mkdir(folder, { recursive: true });
    await writeXlsx(join(folder, 'สขร1 ต.ค.66.xlsx'), { Sheet1: OCT });
    await writeXlsx(join(folder, 'สขร1 พ.ย.66.xlsx'), { Sheet1: NOV });
    const r = await runCli(['--format', 'json', folder]);
    expect(flags(r.stdout)).toEqual({ 'สขร1 ต.ค.66.xlsx Sheet1': FLAGGED, 'สขร1 พ.ย.66.xlsx Sheet1': FLAGGED });
    const en = (await runCli(['--lang', 'en', folder])).stdout;
    expect(en).toContain(
      'Row 6: "หจก.ช่างโคราช" was selected in 4 of 4 procurements on the sheets of fiscal year 2567 together (this sheet, rows 6, 7; sheet "Sheet1" of file "สขร1 พ.ย.66.xlsx", rows 6, 7)',
    );
  });

  it("adds nothing over two agencies' month files in one folder, told apart by their names", async () => {
    const folder = join(dir, 'two-agencies');
    await mkdir(folder, { recursive: true });
    await writeXlsx(join(folder, 'อบต.หนองบัว ต.ค.66.xlsx'), { Sheet1: OCT });
    await writeXlsx(join(folder, 'ทต.บ้านใหม่ พ.ย.66.xlsx'), { Sheet1: NOV });
    const r = await runCli(['--format', 'json', folder]);
    expect(flags(r.stdout)).toEqual({ 'อบต.หนองบัว ต.ค.66.xlsx Sheet1': [], 'ทต.บ้านใหม่ พ.ย.66.xlsx Sheet1': [] });
  });

  it("adds nothing over two schools' or health centres' month files, told apart by their names or titles; one school's are flagged", async () => {
    const root = join(dir, 'institutions');
    const files: [string, string, Row[]][] = [
      ['schools', 'โรงเรียนบ้านหนองบัว ต.ค.66.xlsx', month('ตุลาคม พ.ศ. 2566', OCT_BUYS, 'โรงเรียนบ้านหนองบัว')],
      ['schools', 'โรงเรียนบ้านโนนสูง พ.ย.66.xlsx', month('พฤศจิกายน พ.ศ. 2566', NOV_BUYS, 'โรงเรียนบ้านโนนสูง')],
      ['centres', 'สขร1 ต.ค.66.xlsx', month('ตุลาคม พ.ศ. 2566', OCT_BUYS, 'รพ.สต.บ้านหนองบัว')],
      ['centres', 'สขร1 พ.ย.66.xlsx', month('พฤศจิกายน พ.ศ. 2566', NOV_BUYS, 'รพ.สต.บ้านโนนสูง')],
      ['school', 'โรงเรียนบ้านหนองบัวต.ค.66.xlsx', month('ตุลาคม พ.ศ. 2566', OCT_BUYS, 'โรงเรียนบ้านหนองบัว')],
      ['school', 'โรงเรียนบ้านหนองบัวพ.ย.66.xlsx', month('พฤศจิกายน พ.ศ. 2566', NOV_BUYS, '')],
      // Named short in the files' names only: ร.ร., สนง. (อำเภอเมือง of two provinces).
      ['dots', 'ร.ร.บ้านหนองบัว ต.ค.66.xlsx', month('ตุลาคม พ.ศ. 2566', OCT_BUYS, '')],
      ['dots', 'ร.ร.บ้านโนนสูง พ.ย.66.xlsx', month('พฤศจิกายน พ.ศ. 2566', NOV_BUYS, '')],
      ['offices', 'สนง.เกษตรอำเภอเมืองขอนแก่น ต.ค.66.xlsx', month('ตุลาคม พ.ศ. 2566', OCT_BUYS, '')],
      ['offices', 'สนง.เกษตรอำเภอเมืองสุรินทร์ พ.ย.66.xlsx', month('พฤศจิกายน พ.ศ. 2566', NOV_BUYS, '')],
    ];
    for (const [sub, name, rows] of files) {
      await mkdir(join(root, sub), { recursive: true });
      await writeXlsx(join(root, sub, name), { Sheet1: rows });
    }
    const r = await runCli(['--format', 'json', root]);
    expect(flags(r.stdout)).toEqual({
      'โรงเรียนบ้านหนองบัว ต.ค.66.xlsx Sheet1': [],
      'โรงเรียนบ้านโนนสูง พ.ย.66.xlsx Sheet1': [],
      'สขร1 ต.ค.66.xlsx Sheet1': [],
      'สขร1 พ.ย.66.xlsx Sheet1': [],
      'โรงเรียนบ้านหนองบัวต.ค.66.xlsx Sheet1': FLAGGED,
      'โรงเรียนบ้านหนองบัวพ.ย.66.xlsx Sheet1': FLAGGED,
      'ร.ร.บ้านหนองบัว ต.ค.66.xlsx Sheet1': [],
      'ร.ร.บ้านโนนสูง พ.ย.66.xlsx Sheet1': [],
      'สนง.เกษตรอำเภอเมืองขอนแก่น ต.ค.66.xlsx Sheet1': [],
      'สนง.เกษตรอำเภอเมืองสุรินทร์ พ.ย.66.xlsx Sheet1': [],
    });
  });
});
