import type ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check/sheet';
import { getFramework } from '../../src/core/checklist/framework';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { runCli } from '../helpers/cli';
import { computedByLibreOffice, editedByLibreOffice, shown } from '../helpers/libreoffice';
import { readXlsx } from '../helpers/o16';
import { packageParts } from '../helpers/package';
import { tempDir } from '../helpers/tmp';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

/** A cell of the sheet LibreOffice computed, by 1-based row and column. */
const at = (grid: string[][], row: number, col: number) => shown(grid[row - 1]?.[col - 1]);

/** The rows of an item in the checklist template (its code in column A, under the header on row 3). */
function itemRows(ws: ExcelJS.Worksheet, code: string): number[] {
  const out: number[] = [];
  ws.eachRow((row, n) => {
    if (n > 3 && row.getCell(1).value === code) out.push(n);
  });
  return out;
}

describe('the OIT checklist keeps its scores in formulas that LibreOffice computes like the core', () => {
  it('agrees per item, per indicator, overall and on the projected OIT score', async () => {
    const path = join(dir, 'oit-2567.xlsx');
    expect((await runCli(['template', 'oit-2567', '-o', path])).code).toBe(0);
    const wb = await readXlsx(path);
    const ws = wb.getWorksheet('OIT 2567')!;
    // Fill it in as an officer would: statuses, URLs, one item moved to indicator 10.
    const rowsOf = (code: string) => itemRows(ws, code);
    for (const r of rowsOf('O1')) ws.getCell(r, 5).value = 'ดำเนินการแล้ว';
    ws.getCell(rowsOf('O1')[0]!, 6).value = 'https://www.example.go.th/structure';
    rowsOf('O2').forEach((r, i) => (ws.getCell(r, 5).value = i % 2 ? 'ดำเนินการแล้ว' : 'ยังไม่ได้ดำเนินการ'));
    for (const r of rowsOf('O3')) ws.getCell(r, 5).value = 'ไม่เกี่ยวข้อง';
    for (const r of rowsOf('O26')) ws.getCell(r, 5).value = 'ดำเนินการแล้ว';
    rowsOf('O30').forEach((r, i) => (ws.getCell(r, 5).value = i < 3 ? 'ดำเนินการแล้ว' : 'ไม่เกี่ยวข้อง'));
    // The item summary (column J on) holds the indicator mapping; move O20 to indicator 10.
    let o20 = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(10).value === 'O20') o20 = n;
    });
    ws.getCell(o20, 12).value = 10;
    const filled = join(dir, 'oit-2567-filled.xlsx');
    await writeFile(filled, new Uint8Array(await wb.xlsx.writeBuffer()));

    const core = checkSheet(
      await (await ExcelJsWorkbook.load(await readFile(filled))).readSheet('OIT 2567'),
    ).checklist!;
    expect(core.perItem.find((p) => p.code === 'O20')!.indicator).toBe(10);

    const lo = await computedByLibreOffice(filled, dir);
    // Item rows of the summary: code in J (10), percent in Q (17), score in R (18).
    let checkedItems = 0;
    lo.forEach((row, i) => {
      const code = row[9];
      if (i < 3 || !code || !/^O\d+$/.test(code)) return;
      const p = core.perItem.find((x) => x.code === code)!;
      expect(at(lo, i + 1, 17), code).toBe(p.percent);
      expect(at(lo, i + 1, 18), code).toBe(p.score);
      checkedItems++;
    });
    expect(checkedItems).toBe(35);
    // Indicator rows and the total: label in J, completeness in M (13), projected score in N (14).
    const rowOf = (pred: (label: string) => boolean) => lo.findIndex((r) => pred((r[9] ?? '').trim())) + 1;
    for (const id of ['9', '10']) {
      const n = rowOf((l) => l.startsWith(`ตัวชี้วัดที่ ${id} `));
      expect(at(lo, n, 13), `indicator ${id}`).toBe(core.byIndicator[id]);
      expect(at(lo, n, 14), `indicator ${id}`).toBe(core.projected.byIndicator[id]);
    }
    const total = rowOf((l) => l === 'รวมทุกข้อ');
    expect(at(lo, total, 13)).toBe(core.percent);
    expect(at(lo, total, 14)).toBe(core.projected.oit);
    expect(core.projected.oit).toBeGreaterThan(0);
    // The same two figures above the table, where filtering the table by status cannot hide them.
    expect([at(lo, 2, 2), at(lo, 2, 3), at(lo, 2, 4), at(lo, 2, 5)]).toEqual([
      'ร้อยละความครบถ้วนรวม',
      core.percent,
      'คะแนน OIT คาดการณ์',
      core.projected.oit,
    ]);
  });
});

describe('the OIT checklist keeps its summary whole when an officer deletes whole rows', () => {
  it('deleting component rows (the sheet rows, as Ctrl+- does) leaves every item in the summary and the headline computed', async () => {
    const path = join(dir, 'oit-rows.xlsx');
    expect((await runCli(['template', 'oit-2567', '-o', path])).code).toBe(0);
    const wb = await readXlsx(path);
    const ws = wb.getWorksheet('OIT 2567')!;
    const rowsOf = (code: string) => itemRows(ws, code);
    for (const code of ['O1', 'O2', 'O9', 'O10']) for (const r of rowsOf(code)) ws.getCell(r, 5).value = 'ดำเนินการแล้ว';
    const filled = join(dir, 'oit-rows-filled.xlsx');
    await writeFile(filled, new Uint8Array(await wb.xlsx.writeBuffer()));
    // A component of O2 and of O9, and O10's first row, the lowest first so the others keep their numbers.
    const gone = [rowsOf('O10')[0]!, rowsOf('O9').at(-1)!, rowsOf('O2').at(-1)!];
    const deleted = await editedByLibreOffice(
      filled,
      dir,
      'OIT 2567',
      gone.map((row) => ({ delete: row })),
    );

    const core = checkSheet(await (await ExcelJsWorkbook.load(await readFile(deleted))).readSheet('OIT 2567'));
    const c = core.checklist!;
    expect(c.perItem.filter((p) => ['O1', 'O2', 'O9', 'O10'].includes(p.code)).map((p) => p.score)).toEqual([
      100, 100, 100, 100,
    ]);
    const lo = await computedByLibreOffice(deleted, dir);
    // Every item still in the summary, with the core's score.
    const items = lo.flatMap((row, i) => (i > 2 && /^O\d+$/.test(row[9] ?? '') ? [[row[9], at(lo, i + 1, 18)]] : []));
    expect(items).toHaveLength(35);
    for (const [code, score] of items)
      expect(score, code as string).toBe(c.perItem.find((p) => p.code === code)!.score);
    expect([at(lo, 2, 3), at(lo, 2, 5)]).toEqual([c.percent, c.projected.oit]);
    // The headline still says where the summary is, now three rows higher.
    const top = lo.findIndex((r) => r[9] === 'ข้อ') + 1;
    expect(at(lo, 2, 6)).toBe(`สรุปรายข้อและรายตัวชี้วัด: คอลัมน์ J แถว ${top} ลงไป`);
    expect(top).toBe(3 + getFramework('oit-2567')!.items.flatMap((i) => i.components).length + 200 + 2 - 3);
  });
});

describe('the OIT checklist formulas count an item as the core does when its rows are cut', () => {
  it('an item with its rows deleted counts as not done; one row left stands for all its components', async () => {
    const path = join(dir, 'oit-cut.xlsx');
    expect((await runCli(['template', 'oit-2567', '-o', path])).code).toBe(0);
    const wb = await readXlsx(path);
    const ws = wb.getWorksheet('OIT 2567')!;
    const rowsOf = (code: string) => itemRows(ws, code);
    // The officer deletes O35 (thinking it does not apply) and keeps one row of O2, ticked done.
    const o2 = rowsOf('O2');
    const lastRow = Math.max(...rowsOf('O35'));
    for (const r of [...rowsOf('O35'), ...o2.slice(1)]) for (let c = 1; c <= 7; c++) ws.getCell(r, c).value = null;
    ws.getCell(o2[0]!, 5).value = 'ดำเนินการแล้ว';
    ws.getCell(o2[0]!, 6).value = 'https://www.example.go.th/o2';
    for (const r of rowsOf('O1')) ws.getCell(r, 5).value = 'ดำเนินการแล้ว';
    // Two rows kept of an item of three components or more: two components, one done.
    const two = ['O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10'].find((c) => rowsOf(c).length >= 3)!;
    for (const r of rowsOf(two).slice(2)) for (let c = 1; c <= 7; c++) ws.getCell(r, c).value = null;
    ws.getCell(rowsOf(two)[0]!, 5).value = 'ดำเนินการแล้ว';
    // A component the officer adds under the last row of the table counts too.
    const below = lastRow + 1;
    ws.getCell(below, 1).value = 'O34';
    ws.getCell(below, 4).value = 'ข้อมูลเพิ่มเติมที่หน่วยงานเผยแพร่';
    ws.getCell(below, 5).value = 'ดำเนินการแล้ว';
    // And one typed in the blank row just above the summary, the last before it.
    let summaryTop = 0;
    ws.eachRow((row, n) => {
      if (!summaryTop && n > 3 && row.getCell(10).value === 'ข้อ') summaryTop = n;
    });
    ws.getCell(summaryTop - 1, 1).value = 'O33';
    ws.getCell(summaryTop - 1, 3).value = 'ข้อมูลเพิ่มเติมที่หน่วยงานเผยแพร่';
    ws.getCell(summaryTop - 1, 5).value = 'ยังไม่ได้ดำเนินการ';
    const filled = join(dir, 'oit-cut-filled.xlsx');
    await writeFile(filled, new Uint8Array(await wb.xlsx.writeBuffer()));
    const core = checkSheet(
      await (await ExcelJsWorkbook.load(await readFile(filled))).readSheet('OIT 2567'),
    ).checklist!;
    expect(core.perItem.find((p) => p.code === 'O2')!.done).toBeGreaterThan(1);
    expect(core.missing).toContain('O35');
    expect(core.perItem.find((p) => p.code === two)).toMatchObject({ components: 2, done: 1 });
    const o34 = core.perItem.find((p) => p.code === 'O34')!;
    expect(o34.components).toBe(rowsOf('O34').length);
    expect(core.perItem.find((p) => p.code === 'O33')!.components).toBe(rowsOf('O33').length);

    const lo = await computedByLibreOffice(filled, dir);
    for (const code of ['O1', 'O2', 'O35', two, 'O34', 'O33']) {
      const i = lo.findIndex((r, k) => k >= 3 && r[9] === code);
      const p = core.perItem.find((x) => x.code === code)!;
      expect([at(lo, i + 1, 14), at(lo, i + 1, 15), at(lo, i + 1, 17), at(lo, i + 1, 18)], code).toEqual([
        p.components,
        p.done,
        p.percent,
        p.score,
      ]);
    }
    const total = lo.findIndex((r) => (r[9] ?? '').trim() === 'รวมทุกข้อ') + 1;
    expect([at(lo, total, 13), at(lo, total, 14)]).toEqual([core.percent, core.projected.oit]);
  });
});

/** The ita-score template for 2563–2567, written by the CLI to `name` and read back. */
async function scoreTemplate(name: string) {
  const path = join(dir, name);
  expect((await runCli(['template', 'ita-score', '--year', '2567', '-o', path])).code).toBe(0);
  const wb = await readXlsx(path);
  return { wb, ws: wb.getWorksheet('คะแนน ITA')! };
}

describe('the ita-score sheet computes the seeds’ totals in LibreOffice as the core does', () => {
  it('2567 (seed 004): 93.09 ผ่านดี; 2565 (seed 003): 85.15 A; 85.00 passes as A, 84.99 fails as B; a year short of an indicator shows no total; the same with the rows sorted and the tool column retyped', async () => {
    const { wb, ws } = await scoreTemplate('score.xlsx');
    const header = ws.getRow(3).values as unknown[];
    const colOf = (y: number) => header.indexOf(String(y));
    const seed004 = [97.9, 97.9, 99.12, 94.21, 98.95, 97.7, 96.35, 85.37, 79.29, 100];
    const seed003 = [83.26, 75.86, 74.98, 74.21, 70.86, 100, 100, 100, 74.48, 87.5];
    seed004.forEach((s, i) => (ws.getCell(4 + i, colOf(2567)).value = s));
    seed003.forEach((s, i) => (ws.getCell(4 + i, colOf(2565)).value = s));
    // The level's edge in the sheet's own formula: 85.00 is A, 84.99 is B.
    for (const [y, s] of [
      [2564, 85],
      [2563, 84.99],
    ] as const)
      for (let i = 0; i < 10; i++) ws.getCell(4 + i, colOf(y)).value = s;
    // A year still being filled in (indicator 10 not yet given): no OIT, no total, no verdict.
    for (let i = 0; i < 9; i++) ws.getCell(4 + i, colOf(2566)).value = 90;
    // Sorted by the 2565 score, highest first, as the NACC's report lists them: the rows move, the
    // tools' averages must not.
    const width = header.length - 1;
    const rows = Array.from({ length: 10 }, (_, i) =>
      Array.from({ length: width }, (_, c) => ws.getCell(4 + i, c + 1).value),
    );
    rows.sort((a, b) => Number(b[colOf(2565) - 1]) - Number(a[colOf(2565) - 1]));
    rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(4 + i, c + 1).value = v)));
    expect(ws.getCell(4, 1).value).not.toBe(1);
    // The tool column is the reader's, not the formulas': retyped, it changes nothing.
    for (let r = 4; r <= 13; r++) ws.getCell(r, 3).value = `${String(ws.getCell(r, 3).value)} (แก้ไข) `;
    const filled = join(dir, 'score-filled.xlsx');
    await writeFile(filled, new Uint8Array(await wb.xlsx.writeBuffer()));

    const core = checkSheet(await (await ExcelJsWorkbook.load(await readFile(filled))).readSheet('คะแนน ITA'));
    expect(core.kind).toBe('ita-score');
    expect(core.score).toMatchObject({ year: 2567, total: 93.09, level: 'ผ่านดี', iit: 97.62, eit: 93.14, oit: 89.65 });

    const lo = await computedByLibreOffice(filled, dir);
    const rowOf = (label: string) => lo.findIndex((r) => r[0] === label) + 1;
    for (const [y, expected] of [
      [2567, { IIT: 97.62, EIT: 93.14, OIT: 89.65, รวม: 93.09, ระดับ: 'ผ่านดี' }],
      [2565, { IIT: 75.83, EIT: 100, OIT: 80.99, รวม: 85.15, ระดับ: 'A' }],
      [2564, { รวม: 85, ผ่านเกณฑ์: 'ผ่าน', ระดับ: 'A' }],
      [2563, { รวม: 84.99, ผ่านเกณฑ์: 'ไม่ผ่าน', ระดับ: 'B' }],
      [2566, { IIT: 90, EIT: 90, OIT: null, รวม: null, ผ่านเกณฑ์: null, ระดับ: null }],
    ] as const)
      for (const [label, value] of Object.entries(expected))
        expect(at(lo, rowOf(label), colOf(y)), `${y} ${label}`).toBe(value);
    // The chart's rows (hidden under the summary): the same figures, #N/A where a year has none, which a
    // line chart leaves out (the summary's "" it would plot as 0).
    const plotRow = (label: string) => lo.length - [...lo].reverse().findIndex((r) => r[0] === label);
    expect(plotRow('รวม')).toBeGreaterThan(rowOf('ระดับ'));
    for (const [label, y, value] of [
      ['IIT', 2566, 90],
      ['OIT', 2566, '#N/A'],
      ['รวม', 2566, '#N/A'],
      ['รวม', 2567, 93.09],
      ['EIT', 2565, 100],
    ] as const)
      expect(at(lo, plotRow(label), colOf(y)), `chart ${y} ${label}`).toBe(value);
    // As the template is written (the copy above, saved by ExcelJS, has no charts).
    const xml = await packageParts(new Uint8Array(await readFile(join(dir, 'score.xlsx'))));
    const sheetXml = [...xml]
      .find(([n, b]) => n.startsWith('xl/worksheets/') && b.toString().includes('NA()'))![1]
      .toString();
    const hidden = [...sheetXml.matchAll(/<row r="(\d+)"[^>]*hidden="1"/g)].map((m) => Number(m[1]));
    const chart = [...xml].find(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n))![1].toString();
    const series = [...chart.matchAll(/<c:val><c:numRef><c:f>[^<]*\$D\$(\d+):/g)].map((m) => Number(m[1]));
    expect(series).toEqual(['IIT', 'EIT', 'OIT', 'รวม'].map(plotRow));
    expect(hidden).toEqual(series);
    expect(chart).toContain('<c:plotVisOnly val="0"/>');
  });
});

describe('the ita-score sheet follows its year headers when an officer retypes them', () => {
  it('a sheet made for 2563–2567, its headers retyped 2564–2568, gives each column the level rules of the year its header says, as the check does', async () => {
    const { wb, ws } = await scoreTemplate('score-next.xlsx');
    // Reused the next year: every year header moved on by one (one typed "ปี 2568").
    for (let c = 4; c <= 8; c++)
      ws.getCell(3, c).value = c === 8 ? 'ปี 2568' : String(Number(ws.getCell(3, c).value) + 1);
    // Seed 003's scores (85.15) in the column made for 2565, now headed 2566: no longer level A but
    // ผ่านดี, the rules from 2566 on (DOMAIN §5).
    const seed003 = [83.26, 75.86, 74.98, 74.21, 70.86, 100, 100, 100, 74.48, 87.5];
    seed003.forEach((s, i) => (ws.getCell(4 + i, 6).value = s));
    // 2568's column: seed 004 (93.09).
    const seed004 = [97.9, 97.9, 99.12, 94.21, 98.95, 97.7, 96.35, 85.37, 79.29, 100];
    seed004.forEach((s, i) => (ws.getCell(4 + i, 8).value = s));
    const filled = join(dir, 'score-next-filled.xlsx');
    await writeFile(filled, new Uint8Array(await wb.xlsx.writeBuffer()));

    const core = checkSheet(await (await ExcelJsWorkbook.load(await readFile(filled))).readSheet('คะแนน ITA'));
    expect(core.history!.map((h) => [h.year, h.total, h.level])).toEqual([
      [2566, 85.15, 'ผ่านดี'],
      [2568, 93.09, 'ผ่านดี'],
    ]);

    const lo = await computedByLibreOffice(filled, dir);
    const rowOf = (label: string) => lo.findIndex((r) => r[0] === label) + 1;
    expect([4, 5, 6, 7, 8].map((c) => at(lo, rowOf('สรุปผล'), c))).toEqual([2564, 2565, 2566, 2567, 2568]);
    for (const h of core.history!) {
      const c = h.year - 2560;
      expect([at(lo, rowOf('รวม'), c), at(lo, rowOf('ผ่านเกณฑ์'), c), at(lo, rowOf('ระดับ'), c)], String(h.year)).toEqual([
        h.total,
        h.pass ? 'ผ่าน' : 'ไม่ผ่าน',
        h.level,
      ]);
    }
  });
});
