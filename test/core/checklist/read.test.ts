import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { a1 } from '../../../src/core/cells/address';
import type { CellValue } from '../../../src/core/cells/value';
import { getFramework, type FrameworkItem } from '../../../src/core/checklist/framework';
import { isMarked, parseStatus, readStatus } from '../../../src/core/checklist/status';
import { layoutFor } from '../../../src/core/templates/catalog';
import { ExcelJsWorkbook } from '../../../src/workbook/file/exceljsWorkbook';
import { checkSheet } from '../../../src/core/check/sheet';
import { SEEDS } from '../../helpers/shared';

const THAI = '๐๑๒๓๔๕๖๗๘๙';
const thai = (n: number) =>
  String(n)
    .padStart(2, '0')
    .replace(/\d/g, (d) => THAI[Number(d)]!);

describe('status words as checklists write them', () => {
  it.each([
    ['ดำเนินการแล้ว', 'done'],
    ['✓', 'done'],
    ['☑', 'done'],
    ['✓ เปิดเผยแพร่ข้อมูลครบถ้วนตามองค์ประกอบที่กำหนดและเป็นไปตามหลักเกณฑ์ที่กำหนด', 'done'],
    ['☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ - จัดทำแผนและเผยแพร่', 'done'],
    ['☑ ยังไม่ได้ดำเนินการ ☐ ดำเนินการ', 'not-done'],
    ['ยังไม่ได้ดำเนินการ', 'not-done'],
    ['☐', 'not-done'],
    ['ไม่เกี่ยวข้อง', 'not-applicable'],
    ['ไม่มีภารกิจ', 'not-applicable'],
    ['อยู่ระหว่างดำเนินการ', 'not-done'],
    ['☐ ดำเนินการ ☑ ไม่ได้ดำเนินการ', 'not-done'],
    [null, 'blank'],
    [true, 'done'],
    ['/', 'done'],
    ['√', 'done'],
    ['มีแล้ว', 'done'],
    ['เสร็จแล้ว', 'done'],
    ['ไม่ดำเนินการ', 'not-done'],
    ['ไม่มี', 'not-done'],
    // A note after the answer does not change it (O24 of 2567: no complaint of corruption yet).
    ['ดำเนินการแล้ว ยังไม่มีเรื่องร้องเรียน', 'done'],
    ['☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ - เผยแพร่แล้ว ยังไม่มีเรื่องร้องเรียนการทุจริต', 'done'],
    ['ดำเนินการแล้วบางส่วน', 'not-done'],
    ['ดำเนินการแล้ว แต่ยังไม่ได้เผยแพร่บนเว็บไซต์', 'not-done'],
    ['เผยแพร่แล้ว แต่ยังไม่เป็นข้อมูลปี 2567', 'not-done'],
    // Word's filled box, and boxes typed as text.
    ['□ ยังไม่ได้ดำเนินการ ■ ดำเนินการ', 'done'],
    ['■ ยังไม่ได้ดำเนินการ □ ดำเนินการ', 'not-done'],
    ['[ ] ยังไม่ได้ดำเนินการ [/] ดำเนินการ', 'done'],
    ['[/] ยังไม่ได้ดำเนินการ [ ] ดำเนินการ', 'not-done'],
    ['เปิดเผยแล้ว', 'done'],
    ['เปิดเผยแล้ว แต่ยังไม่ครบ', 'not-done'],
    ['ทำแล้ว', 'done'],
    ['เรียบร้อยแล้ว', 'done'],
    ['no', 'not-done'],
    // Under way or still to come: not published yet, however it ends ("…ดำเนินการ" alone is done).
    ['กำลังดำเนินการ', 'not-done'],
    ['รอดำเนินการ', 'not-done'],
    ['จะดำเนินการ', 'not-done'],
    ['เตรียมดำเนินการ', 'not-done'],
    ['ต้องดำเนินการ', 'not-done'],
    ['ระหว่างดำเนินการ', 'not-done'],
    ['in progress', 'not-done'],
    ['รอเผยแพร่', 'not-done'],
    ['- กำลังดำเนินการ', 'not-done'],
    ['อยู่ในระหว่างดำเนินการ', 'not-done'],
    ['ดำเนินการอยู่', 'not-done'],
    ['จะดำเนินการแล้วเสร็จภายในเดือนมีนาคม', 'not-done'],
    ['ดำเนินการแล้วเสร็จ', 'done'],
    ['ต้องเผยแพร่ภายใน 31 มี.ค. เผยแพร่แล้วเสร็จ', 'done'],
    ['รอเผยแพร่ เผยแพร่แล้วเสร็จ 1 เม.ย.', 'done'],
    // Words that hold those syllables but say it is done.
    ['รอบ 6 เดือน ดำเนินการแล้ว', 'done'],
    ['✓ เผยแพร่ข้อมูลอัตรากำลังแล้ว', 'done'],
    ['เปิดเผยแพร่ข้อมูลกำลังพล', 'done'],
    ['เปิดเผยแพร่ข้อมูล ระหว่างเดือนตุลาคม 2566 ถึงมีนาคม 2567', 'done'],
    ['ต้องเผยแพร่ภายใน 31 มี.ค. ได้เผยแพร่แล้ว', 'done'],
    ['เตรียมข้อมูลเรียบร้อย เผยแพร่แล้ว', 'done'],
    ['รองนายกฯ ลงนามแล้ว เผยแพร่แล้ว', 'done'],
    ['☑ ดำเนินการแล้ว (กำลังปรับปรุงหน้าเว็บ)', 'done'],
    ['ดำเนินการ', 'done'],
    // ำ typed as ํ and า, which looks the same.
    ['ด\u0E4D\u0E32เนินการแล้ว', 'done'],
    // N/A as a word, not the "na" of an agency's address or name.
    ['N/A', 'not-applicable'],
    ['na', 'not-applicable'],
    ['n/a (ไม่มีภารกิจด้านนี้)', 'not-applicable'],
    ['N/A.', 'not-applicable'],
    ['-N/A-', 'not-applicable'],
    ['ดูที่ www.na.go.th', 'not-done'],
    ['ดำเนินการแล้ว ดูที่ https://www.banna.go.th/news', 'done'],
    ['ยังไม่ได้ดำเนินการ (รอ admin ของ banna)', 'not-done'],
    ['เผยแพร่แล้วที่ www.bangna.go.th', 'done'],
  ] as [CellValue, string][])('%j is %s', (v, s) => expect(parseStatus(v)).toBe(s));

  it('a lone "x" in a status column is a tick to some and a cross to others: asked, not counted done', () => {
    for (const v of ['x', 'X']) expect(readStatus(v), v).toBeNull();
    expect(readStatus('[x]')).toBe('done');
  });

  it('in a done / not-done column pair, a tick or any text marks a cell; an empty box alone does not', () => {
    for (const v of ['✓', 'x', 'ดำเนินการแล้ว', '☐ ☑', true]) expect(isMarked(v), String(v)).toBe(true);
    for (const v of ['☐', '[ ]', '', null, false]) expect(isMarked(v), String(v)).toBe(false);
    // What goes in the column that does not apply: a dash, a nought, a cross, "no".
    for (const v of ['-', '–', '0', 0, '✗', 'ไม่มี', 'ไม่']) expect(isMarked(v), String(v)).toBe(false);
    // In the not-done column, its own words are its mark.
    expect(isMarked('ยังไม่ได้ดำเนินการ')).toBe(true);
  });
});

/** Seed 004's layout: a two-row header with a done / not-done pair, code and title in one cell. */
function seed004Grid(change: (rows: CellValue[][]) => void = () => {}): CellValue[][] {
  const f = getFramework('oit-2567')!;
  const rows: CellValue[][] = f.items.map((it, i) => [
    `${thai(i + 1)} ${it.title}`,
    it.components.map((c) => `- ${c}`).join(' '),
    it.method,
    it.responsible,
    '✓ เปิดเผยแพร่ข้อมูลครบถ้วนตามองค์ประกอบที่กำหนด',
    null,
    `ไปที่หน้าแรก > ${it.title} https://www.example.go.th/front/menu/${i + 1}`,
  ]);
  change(rows);
  return [
    ['รายงานผลการดำเนินงานตามแบบวัดการเปิดเผยข้อมูลสาธารณะ ประจำปี ๒๕๖๗'],
    ['ตัวชี้วัดที่', 'องค์ประกอบ', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ดำเนินการเผยแพร่ข้อมูลบนเว็บไซต์', null, 'ตำแหน่งข้อมูลบนเว็บไซต์หน่วยงาน'],
    [null, null, null, null, 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ', null],
    ...rows,
  ];
}

/**
 * Seed 004's OIT table (its lines 89–206) pasted as it is, a line per row under its title, the HTML
 * tags dropped: each page's two header rows again, and the rows a page break cut.
 */
function seed004Pasted(change: (rows: CellValue[][]) => void = () => {}): CellValue[][] {
  const lines = readFileSync(join(SEEDS, '004_de29f01b1048dffc.txt'), 'utf8').split('\n').slice(88, 206);
  const rows = lines.map((l) =>
    l.split('\t').map((c) => {
      const v = c
        .replace(/<[^>]+>/g, ' ')
        .replace(/&gt;/g, '>')
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&')
        .trim();
      return v === '' ? null : v;
    }),
  );
  change(rows);
  return [
    ['ตารางสรุปผลดำเนินการตามมาตรการ/กิจกรรมที่ดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี ๒๕๖๗'],
    ...rows,
  ];
}

describe('reading seed 004’s layout', () => {
  it('seed 004 as pasted: the rows a page break cut (O9, O17, O34 go on with "(๓) …") are no components not done', () => {
    const r = checkSheet({ name: 'OIT 2567', values: seed004Pasted() });
    expect(r).toMatchObject({ kind: 'checklist', template: 'oit-2567' });
    expect(r.checklist).toMatchObject({ items: 35, itemsDone: 35, percent: 100, missing: [] });
    expect(r.checklist!.projected.oit).toBe(100);
    expect(r.findings).toEqual([]);
    // O8's second row after a page break is a component of its own, with its own ✓: counted.
    expect(r.checklist!.perItem.find((p) => p.code === 'O8')!.components).toBe(2);
  });

  it('seed 004 as pasted: a component of its own after a page break, or a row per point, still counts when not done', () => {
    // O8's second row (seed line 111) without its ✓: "- แสดงผลความก้าวหน้า…" starts a component, not done.
    const unmarked = seed004Pasted((rows) => {
      const row = rows.find((x) => String(x[1] ?? '').startsWith('- แสดงผลความก้าวหน้า'))!;
      row[4] = null;
    });
    expect(checkSheet({ name: 'OIT 2567', values: unmarked }).checklist!.missing).toEqual(['O8']);
    // O9's cut row with a mark of its own under not done: a component not done.
    const marked = seed004Pasted((rows) => {
      const row = rows.find((x) => String(x[1] ?? '').startsWith('(๓) ระยะเวลา'))!;
      row[5] = 'ยังไม่ได้ดำเนินการ';
    });
    expect(checkSheet({ name: 'OIT 2567', values: marked }).checklist!.missing).toEqual(['O9']);
    // O1 a row per point, "(1) …" then, past a page break, "(2) …" with no mark: that point is not done.
    const perPoint = seed004Grid((rows) => {
      rows[0]![1] = '(1) แผนผังโครงสร้าง';
      rows.splice(
        1,
        0,
        [null, null, null, null, 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ', null],
        [null, '(2) ตำแหน่งที่สำคัญ', null, null, null, null, null],
      );
    });
    expect(checkSheet({ name: 'OIT', values: perPoint }).checklist!.missing).toEqual(['O1']);
  });

  it('finds the 2567 framework, the done / not-done pair and every item', () => {
    const r = checkSheet({ name: 'OIT', values: seed004Grid(), merges: [{ top: 2, left: 5, bottom: 2, right: 6 }] });
    expect(r).toMatchObject({ kind: 'checklist', template: 'oit-2567', headerRow: 2 });
    expect(r.checklist).toMatchObject({ framework: 'oit-2567', items: 35, itemsDone: 35, percent: 100, missing: [] });
    expect(r.checklist!.components).toBe(getFramework('oit-2567')!.items.reduce((n, i) => n + i.components.length, 0));
    expect(r.findings).toEqual([]);
  });

  it("reads the pair's words as marks: a component row 'ยังไม่ได้ดำเนินการ' under not done, a note under done", () => {
    // O5's second component not yet done (seed 004 lines 90–91): O5 incomplete.
    const r = checkSheet({
      name: 'OIT',
      values: seed004Grid((rows) =>
        rows.splice(5, 0, [null, '- แสดง QR code แบบวัด EIT', null, null, null, 'ยังไม่ได้ดำเนินการ', null]),
      ),
    });
    expect(r.checklist!.itemsDone).toBe(34);
    expect(r.checklist!.perItem.find((p) => p.code === 'O5')!.score).toBeLessThan(100);
    // A note in the done column ("ยังไม่มีเรื่องร้องเรียน") is its mark: done.
    const noted = checkSheet({
      name: 'OIT',
      values: seed004Grid((rows) => (rows[23]![4] = 'ยังไม่มีเรื่องร้องเรียนการทุจริต')),
    });
    expect(noted.checklist!.itemsDone).toBe(35);
  });

  it('reads "-" or "✗" in the column of the pair that does not apply as no mark', () => {
    for (const none of ['-', '✗']) {
      // Every item done, the other column dashed: all done, not none.
      const done = checkSheet({ name: 'OIT', values: seed004Grid((rows) => rows.forEach((r) => (r[5] = none))) });
      expect([none, done.checklist?.itemsDone, done.checklist?.percent]).toEqual([none, 35, 100]);
      // Nothing ticked yet, the done column dashed: none done, not all.
      const todo = checkSheet({
        name: 'OIT',
        values: seed004Grid((rows) => rows.forEach((r) => ([r[4], r[5]] = [none, null]))),
      });
      expect([none, todo.checklist?.itemsDone, todo.checklist?.percent]).toEqual([none, 0, 0]);
    }
  });

  it.each(['ที่', 'ลำดับ'])('reads a checklist whose code column is headed "%s"', (head) => {
    const header = [head, 'ข้อมูล', 'องค์ประกอบด้านข้อมูล', 'ผู้รับผิดชอบ', 'สถานะ', 'URL'];
    const rows: CellValue[][] = [['การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567'], header];
    for (let i = 1; i <= 35; i++)
      rows.push([`O${i}`, `ข้อมูล ${i}`, 'องค์ประกอบ', 'สำนักปลัด', 'ดำเนินการแล้ว', `https://www.example.go.th/${i}`]);
    const r = checkSheet({ name: 'OIT', values: rows });
    expect([r.kind, r.checklist?.framework, r.checklist?.itemsDone]).toEqual(['checklist', 'oit-2567', 35]);
  });

  it('says nothing of rows folded away in groups (a checklist is not published), as a procurement table would', () => {
    const r = checkSheet({ name: 'OIT', values: seed004Grid(), hiddenRows: [5, 6, 7] });
    expect(r.kind).toBe('checklist');
    expect(r.findings.filter((f) => f.code === 'hidden-rows')).toEqual([]);
  });

  it('as printed over several pages: the header repeated, an item cut by a page break, a status merged down', () => {
    const values = seed004Grid((rows) => {
      // O9 runs over a page break: its text carries on in a row of its own, with no mark.
      rows.splice(9, 0, [null, 'ต่อจากหน้าก่อน รายละเอียดของแผน', null, null, null, null, null]);
      // The next page repeats the second header row, then goes on with O20.
      rows.splice(20, 0, [null, null, null, null, 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ', null]);
    });
    const r = checkSheet({ name: 'OIT', values });
    expect(r.checklist).toMatchObject({ items: 35, itemsDone: 35, percent: 100, missing: [] });
    // O1 laid out a row per component, its ✓ merged down over them.
    const perComponent = seed004Grid((rows) => {
      rows[0]![1] = '(1) แผนผังโครงสร้าง';
      rows.splice(1, 0, [null, '(2) ตำแหน่งที่สำคัญ', null, null, null, null, null]);
    });
    const merged = checkSheet({
      name: 'OIT',
      values: perComponent,
      merges: [{ top: 4, left: 5, bottom: 5, right: 5 }],
    });
    expect(merged.checklist).toMatchObject({ itemsDone: 35, missing: [] });
    const unmerged = checkSheet({ name: 'OIT', values: perComponent });
    expect(unmerged.checklist!.missing).toEqual(['O1']);
  });

  it('reports missing and unknown items, done items without a URL, bad URLs and items with no owner', () => {
    const values = seed004Grid((rows) => {
      rows[13]![4] = null; // O14 not yet done: the x is in the other column
      rows[13]![5] = 'x';
      rows[4]![6] = null; // O5 done, no URL
      rows[6]![6] = 'ไปที่หน้าแรก > ข่าวประชาสัมพันธ์'; // O7: no address
      rows[8]![3] = null; // O9: no one responsible
      rows.pop(); // O35 left out
      rows.push(['๓๖ ข้อที่ไม่มีในแบบ', 'x', null, 'นิติกร', '✓', null, 'https://example.go.th']);
    });
    const r = checkSheet({ name: 'OIT', values });
    const codes = r.findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'checklist-missing-item@A2',
        'checklist-unknown-item@A38',
        'checklist-no-url@G8',
        'checklist-bad-url@G10',
        'checklist-no-owner@D12',
      ]),
    );
    expect(r.findings).toHaveLength(5);
    expect(r.findings.find((f) => f.code === 'checklist-no-owner')!.suggestion?.value).toBe(
      getFramework('oit-2567')!.items[8]!.responsible,
    );
    expect(r.checklist!.missing).toEqual(['O14', 'O35']);
    expect(r.checklist!.itemsDone).toBe(33);
  });

  it('knows an item left out, the rest numbered on, where a name has its year after it ("๐๘ … ประจำปี ๒๕๖๖")', () => {
    const values = seed004Grid((rows) => {
      rows.splice(5, 1); // O6 (Q&A) left out
      rows.forEach((r, i) => (r[0] = String(r[0]).replace(/^\S+/, thai(i + 1))));
      rows[7]![0] = `${thai(8)} รายงานผลการดำเนินงานประจำปี ๒๕๖๖`; // 2567's O9, with its data's year
    });
    const r = checkSheet({ name: 'OIT', values });
    expect(r.checklist).toMatchObject({ itemsDone: 34, missing: ['O6'] });
    expect(r.findings.map((f) => [f.code, f.value])).toEqual([['checklist-missing-item', 'O6']]);
  });
});

describe('reading seed 000’s layout (one row per item, ☐/☑ progress, sub-indicator headings)', () => {
  it('scores 2566 by sub-indicator and indicator', () => {
    const f = getFramework('oit-2566')!;
    const values: CellValue[][] = [
      ['รายงานผลการดำเนินการ ITA ประจำปีงบประมาณ พ.ศ.๒๕๖๖'],
      ['ข้อ', 'ข้อมูล', 'องค์ประกอบด้านข้อมูล', 'ผู้รับผิดชอบ', 'ความก้าวหน้าผลการดำเนินการ'],
    ];
    let sub = '';
    f.items.forEach((it, i) => {
      if (it.subIndicator && it.subIndicator !== sub) {
        sub = it.subIndicator;
        values.push([`ตัวชี้วัดย่อยที่ ${sub}`]);
        values.push(['ข้อ', 'ข้อมูล', 'องค์ประกอบด้านข้อมูล', 'ผู้รับผิดชอบ', 'ความก้าวหน้าผลการดำเนินการ']);
      }
      const done = it.indicator === 10 || i % 2 === 0;
      values.push([
        `${i < 9 ? '๐' : ''}${thai(i + 1)}`,
        it.title,
        it.components.join(' '),
        it.responsible || 'สำนักปลัด',
        done ? '☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ' : '☑ ยังไม่ได้ดำเนินการ ☐ ดำเนินการ',
      ]);
    });
    const r = checkSheet({ name: 'OIT', values });
    expect(r.template).toBe('oit-2566');
    const c = r.checklist!;
    expect(c.projected.byIndicator['10']).toBe(100);
    expect(c.projected.byIndicator['9']).toBe(50); // items 1, 3, …, 29 of 30
    expect(c.projected.oit).toBe(75);
    expect(Object.keys(c.bySubIndicator)).toEqual(['9.1', '9.2', '9.3', '9.4', '10.1', '10.2']);
    expect(c.bySubIndicator['10.1']).toBe(100);
    // No URL column: done items are reported as such.
    expect(r.findings.every((x) => x.code === 'checklist-no-url')).toBe(true);
  });
});

/**
 * The 2567 checklist a row per component, each code on its item's first row only, all done but O16's last
 * 9 components; `at`, the index of O16's 6th row, where a page may break.
 */
function o16DoneToFifth(): { rows: CellValue[][]; at: number } {
  const rows: CellValue[][] = getFramework('oit-2567')!.items.flatMap((it) =>
    it.components.map((c, k) => {
      const done = it.code !== 'O16' || k < 5;
      return [
        k === 0 ? it.code : null,
        k === 0 ? it.title : null,
        c,
        it.responsible,
        done ? 'ดำเนินการแล้ว' : 'ยังไม่ได้ดำเนินการ',
        done ? 'https://www.example.go.th/' : '-',
      ];
    }),
  );
  return { rows, at: rows.findIndex((row) => row[0] === 'O16') + 5 };
}

describe('a checklist kept a status per component, the code on the first row only', () => {
  it('counts a component left blank as not yet done', () => {
    const f = getFramework('oit-2567')!;
    const rows: CellValue[][] = f.items.flatMap((it) =>
      it.components.map((c, k) => [
        k === 0 ? it.code : null,
        it.title,
        c,
        it.responsible,
        k === 0 ? 'ดำเนินการแล้ว' : null,
        'https://www.example.go.th/',
      ]),
    );
    const values = [['แบบตรวจ OIT ปี 2567'], ['ข้อ', 'ข้อมูล', 'องค์ประกอบ', 'ผู้รับผิดชอบ', 'สถานะ', 'URL'], ...rows];
    const r = checkSheet({ name: 'OIT', values });
    const many = f.items.filter((it) => it.components.length > 1).length;
    expect(r.checklist!.itemsDone).toBe(35 - many);
  });

  it("reads an item's rows past a page break, under the title again or a page's number, as its own", () => {
    // O16's 14 components, its code on the first row only, cut after the 5th by a page break: the title
    // again or a page's number, with the header again or not, then its last 9 rows, not yet done. They
    // are O16's: it is not done (every component must be published), not 35/35 with them dropped.
    const f = getFramework('oit-2567')!;
    const title = 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567';
    const header = ['ข้อ', 'ข้อมูล', 'องค์ประกอบ', 'ผู้รับผิดชอบ', 'สถานะ', 'URL'];
    const { rows, at } = o16DoneToFifth();
    const pages = [
      [[title], header],
      [['- 5 -'], header],
      [['หน้า ๕'], header],
      [[title], ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (ต่อ)'], header],
      [['- 5 -']],
      [[title]],
    ];
    for (const page of pages) {
      const values = [[title], header, ...rows.slice(0, at), ...page, ...rows.slice(at)];
      const r = checkSheet({ name: 'OIT', values });
      expect([page, r.checklist]).toMatchObject([page, { itemsDone: 34, missing: ['O16'] }]);
      expect(r.checklist!.perItem.find((p) => p.code === 'O16')).toMatchObject({ components: 14, done: 5 });
      expect(r.findings.map((x) => x.code)).toEqual([]);
    }
    // Seed 004's layout, O17 a row per component under the done / not-done pair, cut after its 8th by the
    // title (or a page's number) and both header rows again, its last 11 not done.
    const o17 = f.items.find((it) => it.code === 'O17')!;
    for (const heading of ['รายงานผลการดำเนินงานตามแบบวัดการเปิดเผยข้อมูลสาธารณะ ประจำปี ๒๕๖๗', '- ๗ -']) {
      const values = seed004Grid((rows) => {
        const perComponent = o17.components.map((c, k) => [
          k === 0 ? `๑๗ ${o17.title}` : null,
          `(${k + 1}) ${c}`,
          k === 0 ? o17.method : null,
          k === 0 ? o17.responsible : null,
          k < 8 ? '✓' : '-',
          k < 8 ? '-' : '✓',
          k === 0 ? 'https://www.example.go.th/front/menu/17' : null,
        ]);
        perComponent.splice(
          8,
          0,
          [heading],
          [
            'ตัวชี้วัดที่',
            'องค์ประกอบ',
            'วิธีดำเนินการ',
            'ผู้รับผิดชอบ',
            'ดำเนินการเผยแพร่ข้อมูลบนเว็บไซต์',
            null,
            'ตำแหน่งข้อมูลบนเว็บไซต์หน่วยงาน',
          ],
          [null, null, null, null, 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ', null],
        );
        rows.splice(16, 1, ...perComponent);
      });
      const r = checkSheet({ name: 'OIT', values });
      expect([heading, r.checklist]).toMatchObject([heading, { itemsDone: 34, missing: ['O17'] }]);
      expect(r.checklist!.perItem.find((p) => p.code === 'O17')).toMatchObject({ components: 19, done: 8 });
    }
  });

  it("reads a page's number in any column, alone on its row, as a page break inside an item, not a component", () => {
    // O16 cut after its 5th component by a page's number in the component's column ("- 5 -", the header
    // again under it or not) or the status's ("หน้า 5/12"), its last 9 rows not done: O16 has 14 rows, not
    // 15 with the page's number a component not done (or "หน้า 5/12" a status no checklist uses).
    const header = ['ข้อ', 'ข้อมูล', 'องค์ประกอบ', 'ผู้รับผิดชอบ', 'สถานะ', 'URL'];
    const { rows, at } = o16DoneToFifth();
    for (const page of [
      [[null, null, '- 5 -'], header],
      [[null, null, '- 5 -']],
      [[null, null, null, null, 'หน้า 5/12']],
      [[null, null, null, null, null, 'page 5 of 12']],
    ]) {
      const values = [['แบบตรวจ OIT ปี 2567'], header, ...rows.slice(0, at), ...page, ...rows.slice(at)];
      const r = checkSheet({ name: 'OIT', values });
      expect([page, r.checklist]).toMatchObject([page, { itemsDone: 34, missing: ['O16'] }]);
      expect(r.checklist!.perItem.find((p) => p.code === 'O16')).toMatchObject({ components: 14, done: 5 });
      expect([page, r.findings.map((x) => x.code)]).toEqual([page, []]);
    }
  });

  it('reads a numbered point carrying on the list above, past a page break, as that text cut, not a component', () => {
    const header = ['ข้อ', 'ข้อมูล', 'องค์ประกอบ', 'ผู้รับผิดชอบ', 'สถานะ', 'URL'];
    const rows: CellValue[][] = getFramework('oit-2567')!.items.map((it) => [
      it.code,
      it.title,
      it.components.join(' '),
      it.responsible,
      'ดำเนินการแล้ว',
      'https://www.example.go.th/',
    ]);
    // O9 as seed 004 words it, cut after its second point by a page break that repeats the header.
    rows[8]![2] = 'รายงานผลการดำเนินงานประจำปี ที่มีรายละเอียดอย่างน้อยประกอบด้วย (๑) ผลการดำเนินการ (๒) งบประมาณ';
    rows.splice(9, 0, header, [null, null, '(๓) ระยะเวลาในการดำเนินงาน (๔) ปัญหาอุปสรรค', null, null, null]);
    const r = checkSheet({ name: 'OIT', values: [['แบบตรวจ OIT ปี 2567'], header, ...rows] });
    expect(r.checklist).toMatchObject({ itemsDone: 35, missing: [] });
  });
});

describe('a checklist whose status column is headed otherwise', () => {
  const sheet = (heading: string, status: (code: string) => CellValue) => {
    const f = getFramework('oit-2567')!;
    const rows = f.items.map((it) => [
      it.code,
      it.title,
      it.responsible,
      status(it.code),
      'https://www.example.go.th/',
    ]);
    return checkSheet({
      name: 'OIT',
      values: [['แบบตรวจ OIT ปี 2567'], ['ข้อ', 'ข้อมูล', 'ผู้รับผิดชอบ', heading, 'URL'], ...rows],
    });
  };

  it('reads "การเผยแพร่", "Status", "เผยแพร่แล้ว" … as the status, O1 as the first item (not a second header row)', () => {
    for (const heading of ['การเผยแพร่', 'สถานะการเผยแพร่', 'Status', 'การดำเนินการ', 'เผยแพร่แล้ว'])
      for (const mark of ['ดำเนินการแล้ว', '✓']) {
        const r = sheet(heading, (code) => (code === 'O2' ? 'ยังไม่ได้ดำเนินการ' : mark));
        expect([r.rows, r.checklist!.itemsDone, r.findings.map((f) => f.code)], `${heading} ${mark}`).toEqual([
          35,
          34,
          [],
        ]);
      }
  });

  it('says so, at the header, when no column says what is done: every item then counts as not done', () => {
    const r = sheet('ความเห็น', () => '✓');
    expect(r.checklist!.itemsDone).toBe(0);
    const missing = r.findings.filter((f) => f.code === 'missing-column');
    expect(missing.map((f) => [f.cell, f.severity])).toEqual([['A2', 'error']]);
    expect(missing[0]!.message.th).toContain('ไม่พบคอลัมน์สถานะ');
  });
});

describe("the add-in's own checklist, filled in", () => {
  it('points out a status or code its summary formulas would not count, with the wording they do', async () => {
    const wb = await ExcelJsWorkbook.create();
    const name = await wb.insertTemplate(layoutFor('oit-2567')!);
    const grid = await wb.readSheet(name);
    const values = grid.values.map((r) => [...r]);
    values[3]![4] = '✓'; // O1's first component, row 4
    values[4]![4] = 'ดำเนินการแล้ว';
    values[5]![0] = 'O02'; // O2's first row
    values[6]![4] = true; // TRUE typed: a logical value, not the list's word
    values[13]![0] = 'O3 '; // O3, a space after it
    values[14]![4] = 'ไม่เกี่ยวข้องกับหน่วยงาน';
    // Not done in other words: the formulas count it as not done too, so nothing differs.
    values[15]![4] = 'กำลังดำเนินการ';
    values[16]![4] = 'ยังไม่ทำ';
    // COUNTIFS ignores case: "o4" is counted as O4, nothing to say.
    for (const i of values.flatMap((row, i) => (row[0] === 'O4' ? [i] : []))) values[i]![0] = 'o4';
    const r = checkSheet({ ...grid, values });
    const wording = r.findings.filter((f) => f.code === 'checklist-not-counted');
    expect(wording.map((f) => [f.cell, f.value, f.suggestion?.value])).toEqual([
      ['E4', '✓', 'ดำเนินการแล้ว'],
      ['A6', 'O02', 'O2'],
      ['E7', 'TRUE', 'ดำเนินการแล้ว'],
      ['A14', 'O3 ', 'O3'],
      ['E15', 'ไม่เกี่ยวข้องกับหน่วยงาน', 'ไม่เกี่ยวข้อง'],
    ]);
    expect(r.findings.filter((f) => f.cell === 'E16' || f.cell === 'E17')).toEqual([]);
    // A warning: the score the sheet shows is not the one checked.
    expect(new Set(wording.map((f) => f.severity))).toEqual(new Set(['warning']));
    // Read all the same: O1 is done.
    expect(r.checklist!.perItem.find((p) => p.code === 'O1')!.done).toBe(2);
    // A checklist of another layout (seed 004's) has no such formulas: its ✓ are as good as words.
    expect(checkSheet({ name: 'OIT', values: seed004Grid() }).findings).toEqual([]);
  });
  it('points out a component row cleared but for its code, which its formulas still count', async () => {
    const wb = await ExcelJsWorkbook.create();
    const grid = await wb.readSheet(await wb.insertTemplate(layoutFor('oit-2567')!));
    const values = grid.values.map((r) => [...r]);
    const o2 = values.flatMap((r, i) => (r[0] === 'O2' ? [i] : []));
    for (const i of o2) values[i]![4] = 'ดำเนินการแล้ว';
    // The officer clears the last component's cells (C:G), leaving the code and the item's title.
    const cleared = o2[o2.length - 1]!;
    for (let c = 2; c < 7; c++) values[cleared]![c] = null;
    const r = checkSheet({ ...grid, values });
    const f = r.findings.filter((x) => x.code === 'checklist-not-counted');
    expect(f.map((x) => [x.cell, x.value])).toEqual([[`A${cleared + 1}`, 'O2']]);
    expect(f[0]!.message.en).toContain('delete the row');
    // Read as the components left, all done.
    expect(r.checklist!.perItem.find((p) => p.code === 'O2')).toMatchObject({ done: o2.length - 1 });
  });

  it("says an item of the add-in's checklist with a component's row deleted has fewer than the year sets", async () => {
    const wb = await ExcelJsWorkbook.create();
    const grid = await wb.readSheet(await wb.insertTemplate(layoutFor('oit-2567')!));
    const values = grid.values.map((r) => [...r]);
    // O2's eight rows (6–13) all done, then its last row deleted, as Excel would (rows below move up).
    for (let r = 5; r < 13; r++) values[r]![4] = 'ดำเนินการแล้ว';
    values.splice(12, 1);
    const r = checkSheet({ ...grid, values });
    const f = r.findings.filter((x) => x.code === 'checklist-fewer-components');
    expect(f.map((x) => [x.cell, x.severity, x.value])).toEqual([['A6', 'warning', 'O2']]);
    expect(f[0]!.message.th).toContain('ข้อ O2 มี 7 แถวองค์ประกอบ แต่แบบตรวจ OIT ปี 2567 กำหนด 8 องค์ประกอบ');
    // O1 (rows 4–5) cut to one row: said too (one row is not the whole item here, as in an office's layout).
    const one = grid.values.map((r) => [...r]);
    one.splice(4, 1);
    expect(
      checkSheet({ ...grid, values: one })
        .findings.filter((x) => x.code === 'checklist-fewer-components')
        .map((x) => x.value),
    ).toEqual(['O1']);
    // The template as written: every item has its rows.
    expect(checkSheet(grid).findings.filter((x) => x.code === 'checklist-fewer-components')).toEqual([]);
  });

  it('says a status in words no checklist uses counts as not done, offering no guess', async () => {
    const wb = await ExcelJsWorkbook.create();
    const grid = await wb.readSheet(await wb.insertTemplate(layoutFor('oit-2567')!));
    const values = grid.values.map((r) => [...r]);
    values[3]![4] = 'ส่งให้หัวหน้าดูแล้วครับ';
    const r = checkSheet({ ...grid, values });
    const unknown = r.findings.filter((f) => f.code === 'checklist-unknown-status');
    expect(unknown.map((f) => [f.cell, f.severity, f.value, f.suggestion])).toEqual([
      ['E4', 'warning', 'ส่งให้หัวหน้าดูแล้วครับ', undefined],
    ]);
    // Not also told as a wording of "not done" (whose fix would write ยังไม่ได้ดำเนินการ over it).
    expect(r.findings.filter((f) => f.cell === 'E4')).toHaveLength(1);
    expect(r.checklist!.perItem.find((p) => p.code === 'O1')!.done).toBe(0);
  });

  it('points out an item whose code is merged down its rows or left off: its formulas would count it as done', async () => {
    const wb = await ExcelJsWorkbook.create();
    const name = await wb.insertTemplate(layoutFor('oit-2567')!);
    const grid = await wb.readSheet(name);
    const values = grid.values.map((r) => [...r]);
    expect(values.slice(5, 13).map((r) => r[0])).toEqual(Array(8).fill('O2'));
    // O2 (rows 6–13) merged down from row 6, only its first component done.
    for (let r = 6; r < 13; r++) values[r]![0] = null;
    values[5]![4] = 'ดำเนินการแล้ว';
    const merges = [...(grid.merges ?? []), { top: 6, left: 1, bottom: 13, right: 1 }];
    const merged = checkSheet({ ...grid, values, merges });
    expect(merged.findings.filter((f) => f.code === 'checklist-no-code').map((f) => [f.cell, f.value])).toEqual([
      ['A7', 'O2'],
    ]);
    expect(merged.findings.find((f) => f.code === 'checklist-no-code')!.message.th).toContain('แถว 7–13');
    expect(merged.checklist!.perItem.find((p) => p.code === 'O2')).toMatchObject({ done: 1, components: 8 });
    // The code left off one row: that row is named. An item of one row is one status for all (no finding).
    const blank = grid.values.map((r) => [...r]);
    blank[8]![0] = null;
    const one = checkSheet({ ...grid, values: blank }).findings.filter((f) => f.code === 'checklist-no-code');
    expect(one.map((f) => f.cell)).toEqual(['A9']);
    expect(one[0]!.message.en).toContain("row 9 lacks the item's code");
    expect(merged.findings.find((f) => f.code === 'checklist-no-code')!.message.en).toContain(
      "rows 7–13 lack the item's code",
    );
    expect(checkSheet(grid).findings.filter((f) => f.code === 'checklist-no-code')).toEqual([]);
  });

  it('points out an item whose indicator in the summary under the table the sheet’s formulas cannot count', async () => {
    const wb = await ExcelJsWorkbook.create();
    const grid = await wb.readSheet(await wb.insertTemplate(layoutFor('oit-2567')!));
    // The summary's header row (ข้อ … ตัวชี้วัด), then O25's line under it.
    const head = grid.values.findIndex((r, i) => i > 3 && r.includes('ข้อ') && r.includes('ตัวชี้วัด'));
    const codeCol = grid.values[head]!.indexOf('ข้อ');
    const line = grid.values.findIndex((r, i) => i > head && r[codeCol] === 'O25');
    const cell = a1(line + 1, codeCol + 3);
    expect(grid.values[line]![codeCol + 2]).toBe(9);
    const with25 = (v: CellValue) => {
      const values = grid.values.map((r) => [...r]);
      values[line]![codeCol + 2] = v;
      return checkSheet({ ...grid, values }).findings.filter((f) => f.code === 'checklist-not-counted');
    };
    expect(with25(9)).toEqual([]);
    for (const [typed, fix] of [
      [null, 9],
      ['10', 10],
      ['๑๐', 10],
      [11, 9],
    ] as const) {
      const found = with25(typed);
      expect(
        found.map((f) => [f.cell, f.severity, f.suggestion?.value]),
        String(typed),
      ).toEqual([[cell, 'warning', fix]]);
      expect(found[0]!.message.en).toContain('count the item under none');
    }
  });

  it('points out a status merged down an item’s rows: the sheet’s formulas see it on the first row only', async () => {
    const wb = await ExcelJsWorkbook.create();
    const name = await wb.insertTemplate(layoutFor('oit-2567')!);
    const grid = await wb.readSheet(name);
    // O2 (rows 6–13): "ดำเนินการแล้ว" typed once and merged down its eight rows, as offices often do.
    const values = grid.values.map((r) => [...r]);
    values[5]![4] = 'ดำเนินการแล้ว';
    const merges = [...(grid.merges ?? []), { top: 6, left: 5, bottom: 13, right: 5 }];
    const merged = checkSheet({ ...grid, values, merges });
    const found = merged.findings.filter((f) => f.code === 'checklist-merged-status');
    expect(found.map((f) => [f.cell, f.severity, f.value])).toEqual([['E7', 'warning', 'O2']]);
    expect(found[0]!.message.th).toContain('แถว 7–13');
    expect(found[0]!.message.en).toContain('unmerge');
    // Read as the user sees it; the finding says why the sheet's own score differs.
    expect(merged.checklist!.perItem.find((p) => p.code === 'O2')).toMatchObject({ done: 8, components: 8 });
    // The same status chosen on every row: nothing to say.
    for (let r = 5; r < 13; r++) values[r]![4] = 'ดำเนินการแล้ว';
    expect(checkSheet({ ...grid, values }).findings.filter((f) => f.code === 'checklist-merged-status')).toEqual([]);
  });

  it("says the sheet's formulas count an item otherwise only where they do, from its cells: one coded row's status is all its components'", async () => {
    const wb = await ExcelJsWorkbook.create();
    const grid = await wb.readSheet(await wb.insertTemplate(layoutFor('oit-2567')!));
    /** The template with every status done, then edited: O2 is rows 6–13, O4 rows 15–19; `merged` areas added. */
    const checked = (edit: (values: CellValue[][]) => void, merged: string[]) => {
      const values = grid.values.map((r) => [...r]);
      values.forEach((r, i) => i > 2 && /^O\d+$/.test(String(r[0] ?? '')) && (r[4] = 'ดำเนินการแล้ว'));
      edit(values);
      const merges = merged.map((m) => {
        const [, c, top, bottom] = /^([AE])(\d+):[AE](\d+)$/.exec(m)!;
        for (let r = Number(top) + 1; r <= Number(bottom); r++) values[r - 1]![c === 'A' ? 0 : 4] = null;
        return { top: Number(top), left: c === 'A' ? 1 : 5, bottom: Number(bottom), right: c === 'A' ? 1 : 5 };
      });
      const r = checkSheet({ ...grid, values, merges: [...(grid.merges ?? []), ...merges] });
      const said = (code: string) => r.findings.filter((f) => f.code === code).map((f) => [f.cell, f.message.en]);
      return { r, noCode: said('checklist-no-code'), mergedStatus: said('checklist-merged-status') };
    };
    // O4 coded on row 15 alone, its status merged down: the formulas take row 15's status for all five,
    // as the check reads them (LibreOffice shows 100 as the check does).
    const one = checked((v) => [16, 17, 18, 19].forEach((r) => (v[r - 1]![0] = null)), ['E15:E19']);
    expect(one.noCode).toEqual([
      ['A16', expect.stringContaining("counts this item's 5 components as checked here for now")],
    ]);
    expect(one.mergedStatus).toEqual([['E16', expect.stringContaining('counts this item as checked here for now')]]);
    expect(one.r.countedOtherwise).toBeUndefined();
    const both = checked(() => {}, ['A15:A19', 'E15:E19']);
    expect([...both.noCode, ...both.mergedStatus].map(([, m]) => m)).not.toContainEqual(
      expect.stringContaining('do not count'),
    );
    expect(both.r.countedOtherwise).toBeUndefined();
    // O2's code merged down over a last component not applicable: the formulas count it done, as row 6
    // is. The item's count differs (8 done, not 7 and 1), but not its share or score, nor the sheet's.
    const na = checked((v) => (v[12]![4] = 'ไม่เกี่ยวข้อง'), ['A6:A13']);
    expect(na.noCode).toEqual([['A7', expect.stringContaining("so they do not count this item's 8 components")]]);
    expect(na.r.countedOtherwise).toBeUndefined();
    // O2's status merged down with its code on every row: rows 7–13 count as blank (LibreOffice: 96.35).
    const status = checked(() => {}, ['E6:E13']);
    expect(status.mergedStatus).toEqual([
      ['E7', expect.stringContaining("so they do not count this item's components")],
    ]);
    expect(status.r.countedOtherwise).toEqual(['O2']);
    // Under O2's code on row 6 alone, a component not done: the formulas count all eight done.
    const mixed = checked((v) => (v[9]![4] = 'ยังไม่ได้ดำเนินการ'), ['A6:A13']);
    expect(mixed.noCode).toEqual([['A7', expect.stringContaining('so they do not count')]]);
    expect(mixed.r.countedOtherwise).toEqual(['O2']);
  });

  it('takes a link on a location cell as its address; a link to a file or a sheet is no web address', () => {
    const values = seed004Grid((rows) => {
      rows[6]![6] = 'ไปที่หน้าแรก > ข่าวประชาสัมพันธ์'; // O7 (row 10): linked to the page
      rows[7]![6] = 'ไปที่หน้าแรก > O8'; // O8 (row 11): linked to a file on the officer's own machine
      rows[8]![6] = 'ดูแผ่นงาน O9'; // O9 (row 12): linked to a place in the workbook
    });
    const links = [
      { row: 10, col: 7, target: 'https://www.chumponcity.go.th/front/news' },
      { row: 11, col: 7, target: 'file:///C:/Users/พัสดุ/O8.pdf' },
      { row: 12, col: 7, target: '#O9!A1' },
    ];
    const r = checkSheet({ name: 'OIT', values, links });
    const bad = r.findings.filter((f) => f.code === 'checklist-bad-url');
    expect(bad.map((f) => [f.cell, f.value])).toEqual([
      ['G11', 'file:///C:/Users/พัสดุ/O8.pdf'],
      ['G12', '#O9!A1'],
    ]);
    expect(bad[0]!.message.th).toContain('ลิงก์ไปที่ "file:///C:/Users/พัสดุ/O8.pdf"');
    // Without the links, the three texts are no addresses.
    expect(checkSheet({ name: 'OIT', values }).findings.filter((f) => f.code === 'checklist-bad-url')).toHaveLength(3);
  });

  it('takes "-" as the location of an item not published yet as no address, not a wrong one', () => {
    const values = seed004Grid((rows) => {
      rows[6]!.splice(4, 3, null, '✓', '-'); // O7: not done, nothing to link to
      rows[7]!.splice(6, 1, '-'); // O8: done, but no address
    });
    const r = checkSheet({ name: 'OIT', values });
    expect(
      r.findings
        .filter((f) => f.code.startsWith('checklist-') && f.code.endsWith('url'))
        .map((f) => `${f.cell} ${f.code}`),
    ).toEqual(['G11 checklist-no-url']);
  });
});

describe("last year's checklist copied and retitled", () => {
  type Listed = Pick<FrameworkItem, 'code' | 'title' | 'components'> & { readonly notDone?: boolean };
  /**
   * A checklist of `framework`'s items as `edit` lists them (renumbered, renamed), every component done
   * but those of items marked `notDone`, under a title naming `year` (or the title given).
   */
  const sheet = (
    framework: string,
    year: number | string,
    edit: (items: readonly Listed[]) => readonly Listed[] = (i) => i,
  ) => checkSheet({ name: 'OIT', values: table(framework, year, edit) });
  /** The title, header and rows of `sheet`. */
  const table = (
    framework: string,
    year: number | string,
    edit: (items: readonly Listed[]) => readonly Listed[] = (i) => i,
  ): CellValue[][] => [
    [typeof year === 'string' ? year : `การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ${year}`],
    ['ข้อ', 'ข้อมูล', 'องค์ประกอบ', 'ผู้รับผิดชอบ', 'สถานะ', 'ตำแหน่งข้อมูลบนเว็บไซต์ (URL)'],
    ...edit(getFramework(framework)!.items).flatMap((it) =>
      it.components.map((c) => [
        it.code,
        it.title,
        c,
        'สำนักปลัด',
        it.notDone ? 'ยังไม่ได้ดำเนินการ' : 'ดำเนินการแล้ว',
        `https://www.example.go.th/${it.code}`,
      ]),
    ),
  ];

  it("is checked as the year its items are, and the title's year is said", () => {
    const r = sheet('oit-2566', 2567);
    // Not 2567's 35 items "all done" from 2566's rows: 2566's own 43.
    expect(r.checklist).toMatchObject({ framework: 'oit-2566', items: 43, itemsDone: 43 });
    const said = r.findings.filter((f) => f.code === 'title-year-mismatch');
    expect(said.map((f) => [f.cell, f.severity])).toEqual([['A1', 'warning']]);
    expect(said[0]!.message.th).toContain('ชื่อตารางระบุปี 2567 แต่ชื่อข้อ');
    expect(said[0]!.message.th).toContain('เป็นของแบบตรวจ OIT ปี 2566');
    expect(r.findings.map((f) => f.code)).not.toContain('checklist-unknown-item');
  });

  it('says which year it is checked as when the title names a year with no checklist', () => {
    // No 2568 checklist to check it against: 2566's 43 items go by 2566's, 2567's 35 by 2567's, said at
    // the title with both years, not passed silently at 100 %.
    for (const [f, y] of [
      ['oit-2566', 2566],
      ['oit-2567', 2567],
    ] as const) {
      const r = sheet(f, 2568);
      expect([f, r.checklist?.framework, r.checklist?.percent]).toEqual([f, f, 100]);
      expect(r.findings.map((x) => [x.code, x.severity, x.cell])).toEqual([['title-year-mismatch', 'warning', 'A1']]);
      expect(r.findings[0]!.message.en).toContain(
        `The title names 2568, but there is no 2568 OIT checklist to check it against, so it is checked against the ${y} one`,
      );
      expect(r.findings[0]!.message.th).toContain(
        `ชื่อตารางระบุปี 2568 แต่ยังไม่มีแบบตรวจ OIT ปี 2568 ให้ตรวจเทียบ จึงตรวจตามแบบปี ${y}`,
      );
    }
  });

  it("does not advise inserting the title's year's checklist where there is none", () => {
    // 2566's first 35 items under a 2568 title: 2566's by their names, and no 2568 checklist to insert.
    const r = sheet('oit-2566', 2568, (items) => items.slice(0, 35));
    expect(r.checklist?.framework).toBe('oit-2566');
    const said = r.findings.filter((f) => f.code === 'title-year-mismatch');
    expect(said).toHaveLength(1);
    expect(said[0]!.message.en).toContain('are those of the 2566 OIT checklist, so it is checked as 2566');
    expect(said[0]!.message.en).toContain('there is no 2568 OIT checklist to insert');
    expect(said[0]!.message.en).not.toContain('insert the 2568 checklist');
    expect(said[0]!.message.th).toContain('ยังไม่มีแบบตรวจ OIT ปี 2568 ให้แทรก');
    expect(said[0]!.message.th).not.toContain('แทรกแบบตรวจของปี 2568');
  });

  it("takes the year the title names for the assessment, not its data's fiscal year beside it", () => {
    // ITA 2567 assesses the data of fiscal year 2566: the checklist is 2567's, as its items are.
    for (const title of [
      'ข้อมูลปีงบประมาณ 2566 สำหรับการประเมิน ITA 2567',
      'ข้อมูลปีงบประมาณ ๒๕๖๖ สำหรับการประเมินคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๗',
    ]) {
      const r = sheet('oit-2567', title);
      expect([title, r.checklist?.framework, r.findings]).toEqual([title, 'oit-2567', []]);
    }
    // And 2566's items under it are said to be 2566's, against 2567.
    const r = sheet('oit-2566', 'ข้อมูลปีงบประมาณ 2566 สำหรับการประเมิน ITA 2567');
    expect(r.findings.map((f) => f.code)).toEqual(['title-year-mismatch']);
    expect(r.findings[0]!.message.en).toContain('The title names 2567, but');
  });

  it("takes the title's year, not last year's result named beside it with ITA or OIT", () => {
    // Last year's result, in a note or a second title row, is not the year of the checklist.
    const titles = [
      'แบบตรวจการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. 2567 (ปรับปรุงตามผลการประเมิน ITA ปี 2566)',
      'แบบตรวจ OIT ประจำปี 2567 (ผลคะแนน OIT ปี 2566 = 89.65 คะแนน)',
      'แบบตรวจการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. 2567 (ปรับปรุงตาม ITA ปี 2566)',
    ];
    for (const title of titles) {
      const r = sheet('oit-2567', title);
      expect([title, r.checklist?.framework, r.findings]).toEqual([title, 'oit-2567', []]);
    }
    const twoRows = table('oit-2567', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. 2567');
    twoRows.splice(1, 0, ['(ผลคะแนน OIT ปี 2566 = 89.65 คะแนน)']);
    const r = checkSheet({ name: 'OIT', values: twoRows });
    expect([r.checklist?.framework, r.findings]).toEqual(['oit-2567', []]);
    // With no names to tell the year by, the title's alone decides: 2567's 35 items, not 35 of 2566's 43.
    const unnamed = table('oit-2567', titles[0]!).map((row, i) =>
      i < 2 ? row : row.map((v, c) => (c === 1 ? null : v)),
    );
    expect(checkSheet({ name: 'OIT', values: unnamed }).checklist).toMatchObject({
      framework: 'oit-2567',
      items: 35,
      itemsDone: 35,
    });
  });

  it("does not take last year's result, stated alone under a title naming no year, for the checklist's year", () => {
    // "แบบตรวจ OIT", then a line of last year's result and its score: the year assessed already, not the
    // checklist's. Its items tell its year, and nothing is said of the title's.
    for (const [f, line] of [
      ['oit-2567', 'ผลการประเมิน ITA ปี 2566 ได้ 93.09 คะแนน ผ่านดี'],
      ['oit-2567', 'ผลการประเมิน ITA ปี ๒๕๖๖ ได้ ๙๓.๐๙ คะแนน'],
      ['oit-2567', '(ผลคะแนน OIT ปี 2566 = 89.65 คะแนน)'],
      ['oit-2566', 'ผลการประเมิน ITA ปี 2565 ได้ 90.12 คะแนน'],
    ] as const) {
      const values = table(f, 'แบบตรวจ OIT');
      values.splice(1, 0, [line]);
      const r = checkSheet({ name: 'OIT', values });
      expect([line, r.checklist?.framework, r.findings]).toEqual([line, f, []]);
    }
  });

  it("takes the year of a title stating a date or a count after it for the checklist's, not a result stated", () => {
    // "ผลการประเมิน… ประจำปีงบประมาณ พ.ศ. 2567 ข้อมูล ณ วันที่: 30 เมษายน 2567": a date, not a score, after
    // the year. The title names 2567 (2566's items under it are said), 2568 (no checklist of it, said).
    const asOf = (y: number) =>
      `ผลการประเมินการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ${y} ข้อมูล ณ วันที่: 30 เมษายน ${y}`;
    for (const [f, title, said] of [
      ['oit-2566', asOf(2567), 'The title names 2567, but 40 item names (O4–O43) are those of the 2566 OIT checklist'],
      ['oit-2567', asOf(2568), 'The title names 2568, but there is no 2568 OIT checklist'],
      [
        'oit-2567',
        'แบบรายงานผลการประเมิน OIT ปี 2568 : 35 ข้อ',
        'The title names 2568, but there is no 2568 OIT checklist',
      ],
      // The year named "ประจำปีงบประมาณ" is the checklist's own, its self-assessed score after it too.
      ['oit-2567', 'ผลการประเมินตนเอง OIT ประจำปีงบประมาณ 2568 ได้ 85.50 คะแนน', 'The title names 2568, but there is no'],
    ] as const) {
      const r = sheet(f, title);
      expect([title, r.checklist?.framework, r.findings.map((x) => [x.code, x.cell])]).toEqual([
        title,
        f,
        [['title-year-mismatch', 'A1']],
      ]);
      expect(r.findings[0]!.message.en).toContain(said);
    }
    // With no names to tell the year by, the title's decides: 2566's 43 items, not 35 of 2567's.
    const unnamed = table('oit-2566', asOf(2566)).map((row, i) =>
      i < 2 ? row : row.map((v, c) => (c === 1 ? null : v)),
    );
    const r = checkSheet({ name: 'OIT', values: unnamed });
    expect([r.checklist?.framework, r.checklist?.items, r.findings]).toEqual(['oit-2566', 43, []]);
  });

  it("leaves a checklist of the title's own year as it is", () => {
    for (const [f, y] of [
      ['oit-2566', 2566],
      ['oit-2567', 2567],
    ] as const) {
      const r = sheet(f, y);
      expect([f, r.checklist?.framework, r.findings.map((x) => x.code)]).toEqual([f, f, []]);
    }
  });

  /** The items without `code`, the rest numbered on from where it was, as an office that skips one numbers them. */
  const without = (code: string) => (items: readonly Listed[]) =>
    items.filter((it) => it.code !== code).map((it, i) => ({ ...it, code: `O${i + 1}` }));

  it("counts this year's items renumbered after one left out as the items they are named, not another year's", () => {
    // 2567 without O29 (or O6), the items after it numbered on: several of their names are 2566's items
    // too, under other numbers (2567's O31 is 2566's O35), but word for word 2567's. Each counts as the
    // item it is named, and the one left out is missing, said with what its number holds instead.
    const f = getFramework('oit-2567')!;
    for (const [dropped, next] of [
      ['O29', 'O30'],
      ['O6', 'O7'],
    ] as const) {
      const r = sheet('oit-2567', 2567, without(dropped));
      expect([dropped, r.checklist]).toMatchObject([
        dropped,
        { framework: 'oit-2567', items: 35, itemsDone: 34, missing: [dropped] },
      ]);
      expect([dropped, r.findings.map((x) => [x.code, x.value])]).toEqual([
        dropped,
        [['checklist-missing-item', dropped]],
      ]);
      const title = f.items.find((i) => i.code === next)!.title;
      expect(r.findings[0]!.message.en).toContain(`: the sheet's ${dropped} is named as ${next} ("${title}")`);
      expect(r.findings[0]!.message.th).toContain(`ข้อ ${dropped} ในแผ่นงาน`);
    }
  });

  /** The items with those of `names` (code → name) renamed. */
  const renamed = (names: Readonly<Record<string, string>>) => (items: readonly Listed[]) =>
    items.map((it) => ({ ...it, title: names[it.code] ?? it.title }));
  const f2566 = getFramework('oit-2566')!;
  const named2566 = (...codes: string[]) =>
    Object.fromEntries(codes.map((c) => [c, f2566.items.find((i) => i.code === c)!.title]));

  it("does not count last year's item left under its number, though no item of this year bears its name", () => {
    // 2567's O26–O35 under the names 2566 gives those numbers, as last year's file had them. 2566's O26
    // (รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี) and O34 (การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ
    // ประจำปี) are no 2567 item word for word (2567 renamed them), yet nothing like its O26 (No Gift Policy)
    // or O34 (มาตรการส่งเสริมคุณธรรม): not counted as those.
    const codes = ['O26', 'O27', 'O28', 'O29', 'O30', 'O31', 'O32', 'O33', 'O34', 'O35'];
    const r = sheet('oit-2567', 2567, renamed(named2566(...codes)));
    expect(r.checklist).toMatchObject({ framework: 'oit-2567', itemsDone: 25, missing: codes });
    expect(r.findings.map((f) => f.code)).toEqual(codes.map(() => 'checklist-other-year-item'));
    const o26 = r.findings.find((f) => f.value === named2566('O26').O26)!;
    expect(o26.message.en).toContain("which is O26 of the 2566 OIT checklist, not 2567's O26");
  });

  it("counts last year's wording of an item under its number, not another year's item under another's", () => {
    // 2566's O34 is 2567's O30 in last year's words: counted there, as under O34 it is not. 2566's O41
    // (การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ), which 2567 dropped, is nothing like 2567's O29 nor any of its items.
    const { O34, O41 } = named2566('O34', 'O41');
    const r = sheet('oit-2567', 2567, renamed({ O30: O34!, O29: O41! }));
    expect(r.checklist).toMatchObject({ framework: 'oit-2567', itemsDone: 34, missing: ['O29'] });
    expect(r.findings.map((f) => [f.code, f.value])).toEqual([['checklist-other-year-item', O41]]);
    expect(r.findings[0]!.message.en).toContain("which is O41 of the 2566 OIT checklist, not 2567's O29");
  });

  /** An item of the office's own (no item of the checklist), of one component. */
  const own = (code: string, title: string): Listed => ({ code, title, components: [title] });
  /** The items with `item` put after the first `after`, those after it numbered on. */
  const inserted = (after: number, item: Listed) => (items: readonly Listed[]) => [
    ...items.slice(0, after),
    item,
    ...items.slice(after).map((it, i) => ({ ...it, code: `O${after + i + 2}` })),
  ];
  /**
   * 2567's checklist with an own item `extra` put after the first `after`, the rest numbered on, `code`
   * named `name`: every item done, none missing, only the own item and the last number told unknown.
   */
  const expectOwnItemPassed = (after: number, code: string, name: string, extra: string) => {
    const r = sheet('oit-2567', 2567, (items) =>
      inserted(after, own(`O${after + 1}`, extra))(renamed({ [code]: name })(items)),
    );
    expect([name, r.checklist]).toMatchObject([name, { itemsDone: 35, missing: [] }]);
    expect([name, r.findings.map((f) => [f.code, f.value])]).toEqual([
      name,
      [
        ['checklist-unknown-item', extra],
        ['checklist-unknown-item', 'O36'],
      ],
    ]);
  };
  /** The items, those of the names given marked not done. */
  const notDone =
    (...titles: string[]) =>
    (items: readonly Listed[]) =>
      items.map((it) => (titles.includes(it.title) ? { ...it, notDone: true } : it));
  const f2567 = getFramework('oit-2567')!;
  const title2567 = (code: string) => f2567.items.find((i) => i.code === code)!.title;

  it("counts a checklist renumbered around an item of the office's own as the items it names, the own item as none", () => {
    // O29 (or O6) left out, the rest numbered on, and the office's own item last as O35: the sheet's O34 is
    // 2567's O35 by its name, and the own row is no item. Not 35/35 with the own row as O35.
    const extra = own('O35', 'ข้อมูลอื่น ๆ ที่หน่วยงานเผยแพร่เพิ่มเติม');
    for (const dropped of ['O29', 'O6']) {
      const r = sheet('oit-2567', 2567, (items) => [...without(dropped)(items), extra]);
      expect([dropped, r.checklist]).toMatchObject([dropped, { itemsDone: 34, missing: [dropped] }]);
      expect([dropped, r.findings.map((f) => [f.code, f.value])]).toEqual([
        dropped,
        [
          ['checklist-missing-item', dropped],
          ['checklist-unknown-item', extra.title],
        ],
      ]);
      const said = r.findings.find((f) => f.code === 'checklist-unknown-item')!;
      // The own row last; the real O35 (typed O34) above it, a row per component.
      const row = 3 + f2567.items.filter((i) => i.code !== dropped).reduce((n, i) => n + i.components.length, 0);
      const o35 = row - f2567.items[34]!.components.length;
      expect(said.cell).toBe(`B${row}`);
      expect(said.message.en).toContain(
        `Row ${row}: O35 is named "${extra.title}", which is no item's name in the 2567 OIT checklist`,
      );
      expect(said.message.en).toContain(`2567's O35 ("${title2567('O35')}") is row ${o35}`);
      expect(said.message.th).toContain(`แถว ${row}: ข้อ O35 ชื่อ "${extra.title}" ซึ่งไม่ใช่ชื่อข้อใด`);
    }
    // 2566's O41 (which 2567 dropped) last instead: last year's item, and 2567's O35 is the row above it.
    const o41 = sheet('oit-2567', 2567, (items) => [...without('O29')(items), own('O35', named2566('O41').O41!)]);
    expect(o41.checklist).toMatchObject({ itemsDone: 34, missing: ['O29'] });
    const last = o41.findings.find((f) => f.code === 'checklist-other-year-item')!;
    const o35 = 3 + f2567.items.slice(0, 34).reduce((n, i) => n + i.components.length, 0) - 2;
    expect(o41.findings.map((f) => f.code).sort()).toEqual(['checklist-missing-item', 'checklist-other-year-item']);
    expect(last.message.en).toContain(`so its rows are not counted as O35: 2567's O35 is row ${o35}`);
    expect(last.message.th).toContain(`ข้อ O35 ของปี 2567 คือแถว ${o35}`);
    // As left out, with the real O35 (typed O34) not done: O35 is not done, not passed by the own row.
    const r = sheet('oit-2567', 2567, (items) => [...without('O29')(notDone(title2567('O35'))(items)), extra]);
    expect(r.checklist).toMatchObject({ itemsDone: 33, missing: ['O29', 'O35'] });
    // An own item put in after O10, the rest numbered on to O36, the real O35 (typed O36) not done.
    const put = sheet('oit-2567', 2567, (items) =>
      inserted(10, own('O11', 'คู่มือการปฏิบัติงานด้านพัสดุ'))(notDone(title2567('O35'))(items)),
    );
    expect(put.checklist).toMatchObject({ itemsDone: 34, missing: ['O35'] });
    expect(put.findings.map((f) => [f.code, f.value])).toEqual([
      ['checklist-unknown-item', 'คู่มือการปฏิบัติงานด้านพัสดุ'],
      ['checklist-unknown-item', 'O36'],
    ]);
  });

  it("does not credit this year's item, typed loosely under its number and not done, from last year's row of it below", () => {
    // Updated half-way: 2567's O1–O25, one typed loosely and not done, then 2566's O26–O43 left as they
    // were, done. 2566's O28 (O29) is 2567's O23 (O24) word for word, but 2567's is the row of its number:
    // not done. Nor is 2566's O33 (2567's O28 word for word) taken for 2567's O28 in turn.
    const half = (code: string, name: string) => (items: readonly Listed[]) => [
      ...renamed({ [code]: name })(notDone(title2567(code))(items)).slice(0, 25),
      ...f2566.items.slice(25),
    ];
    for (const [code, name] of [
      ['O23', 'แจ้งเบาะแสการทุจริต'],
      ['O24', 'สถิติการร้องเรียนการทุจริต'],
      ['O23', 'ช่องทางร้องเรียนการทุจริต'],
    ] as const) {
      const r = sheet('oit-2567', 2567, half(code, name));
      expect([name, r.checklist]).toMatchObject([
        name,
        { itemsDone: 24, missing: [code, ...f2567.items.slice(25).map((i) => i.code)] },
      ]);
      const said = r.findings.filter((f) => f.code === 'checklist-missing-item' || f.value === name);
      expect([name, said]).toEqual([name, []]);
    }
  });

  it("does not count the rest of last year's list, under numbers this year has not, as this year's items", () => {
    // 2567's O1–O25, then 2566's O26–O43 as last year's file had them (updated half-way): 2566's O36
    // (แผนปฏิบัติการป้องกันการทุจริต) is 2567's O32 word for word, but left under 2566's number.
    const r = sheet('oit-2567', 2567, (items) => [...items.slice(0, 25), ...f2566.items.slice(25)]);
    expect(r.checklist).toMatchObject({ itemsDone: 25, missing: f2567.items.slice(25).map((i) => i.code) });
  });

  it('knows an item by its name with a year or a note after it, or cut short, whatever its number', () => {
    // Names as offices type them: with the data's year ("… ประจำปี 2566", "(ปี 2567)") or a note after it,
    // cut short ("…ฯ", or its first words), or in last year's words (2566's O42 for 2567's O34). With O6
    // or O29 left out and the rest numbered on, each is still the item it names: the one left out is missing.
    const names = {
      O8: 'แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี 2567',
      O9: 'รายงานผลการดำเนินงานประจำปี 2566',
      O10: 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่ฯ',
      O11: 'คู่มือหรือแนวทางการให้บริการ',
      O12: 'ข้อมูลสถิติการให้บริการ (ปรับปรุง)',
      O14: 'รายงานการจัดซื้อจัดจ้างฯ',
      O30: 'การประเมินความเสี่ยงการทุจริตในประเด็นที่เกี่ยวข้องกับสินบน (ปี 2567)',
      O31: 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตฯ',
      O32: 'แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2567',
      O33: 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปี',
      O34: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      O35: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมฯ',
    };
    for (const dropped of ['O6', 'O29']) {
      const r = sheet('oit-2567', 2567, (items) => without(dropped)(renamed(names)(items)));
      expect([dropped, r.checklist]).toMatchObject([dropped, { itemsDone: 34, missing: [dropped] }]);
      expect([dropped, r.findings.map((f) => [f.code, f.value])]).toEqual([
        dropped,
        [['checklist-missing-item', dropped]],
      ]);
    }
    // Under their own numbers, as they are.
    const r = sheet('oit-2567', 2567, renamed(names));
    expect([r.checklist?.itemsDone, r.findings]).toEqual([35, []]);
    // A name in other words of its own item stays it, though nearer another's that shares a long phrase:
    // 2567's O18 (แผนการบริหารและพัฒนาทรัพยากรบุคคล) under 2566's O24 is 0.84 alike to 2566's O25.
    const other = sheet('oit-2566', 2566, renamed({ O24: 'แผนการบริหารและ พัฒนา ทรัพยากร บุคคล' }));
    expect([other.checklist?.itemsDone, other.findings]).toEqual([43, []]);
  });

  it('counts a row under its own number named close to its item as that item, whatever cutting its end would leave', () => {
    // Cutting "ประจำปี", a year or a bracket of words off these leaves another item's name (O14's, O32's,
    // O18's, O34's) or its first words; before cutting, each is close to its own item: that item.
    const names: [string, string][] = [
      ['O17', 'รายงานการจัดซื้อจัดจ้างประจำปี'],
      ['O17', 'รายงานการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี 2566'],
      ['O33', 'แผนปฏิบัติการป้องกันการทุจริต (รายงานการกำกับติดตาม)'],
      ['O19', 'แผนการบริหารและพัฒนาทรัพยากรบุคคล (รายงานผล)'],
      ['O35', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส (ผลการดำเนินการ)'],
    ];
    for (const [code, name] of names) {
      const r = sheet('oit-2567', 2567, renamed({ [code]: name }));
      expect([name, r.checklist?.itemsDone, r.findings]).toEqual([name, 35, []]);
    }
  });

  it("counts O17 of the add-in's checklist named short as O17, as its own formulas do", async () => {
    const wb = await ExcelJsWorkbook.create();
    const grid = await wb.readSheet(await wb.insertTemplate(layoutFor('oit-2567')!));
    const values = grid.values.map((row) => [...row]);
    for (const row of values.filter((row) => /^O\d+$/.test(String(row[0])))) row[4] = 'ดำเนินการแล้ว';
    for (const row of values.filter((row) => row[0] === 'O17')) row[1] = 'รายงานการจัดซื้อจัดจ้างประจำปี';
    const r = checkSheet({ ...grid, values });
    expect(r.checklist).toMatchObject({ itemsDone: 35, missing: [] });
    expect(r.findings.filter((f) => f.code.startsWith('checklist-') && f.code.endsWith('item'))).toEqual([]);
  });

  it("counts a row whose name holds this year's name of its number, beside another year's item", () => {
    // 2567's O6 "Q&A" with 2566's O9 "Social Network" beside it: too short to be alike by its letters, but
    // its name is there word for word.
    for (const name of ['Q&A และ Social Network', 'Q&A, Social Network', 'Social Network / Q&A']) {
      const r = sheet('oit-2567', 2567, renamed({ O6: name }));
      expect([name, r.checklist?.itemsDone, r.findings]).toEqual([name, 35, []]);
    }
    // But a name word for word another item is that item, though it holds the name of its number: 2566
    // without O10, its O24 (การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล) typed O23, whose name it holds.
    const r = sheet('oit-2566', 2566, without('O10'));
    expect(r.checklist).toMatchObject({ itemsDone: 42, missing: ['O10'] });
  });

  it('counts a row named loosely in a run of items renumbered as the item of its place in the run', () => {
    // An item of the office's own put in, the rest numbered on, one of them named in local words: between
    // rows named as the items before and after it, one place on, it is the item between them. The own
    // item counts as none; nothing is "not on the sheet".
    const extra = 'ข่าวกิจกรรมของหน่วยงาน';
    for (const [after, code, name] of [
      [5, 'O7', 'แผนพัฒนาท้องถิ่น'],
      [4, 'O6', 'ถาม-ตอบ (Q&A)'],
      [4, 'O6', 'ถาม-ตอบ'],
      [4, 'O13', 'บริการออนไลน์ (E-Service)'],
      [4, 'O13', 'ระบบ E-Service'],
      [3, 'O4', 'ติดต่อเรา'],
      [4, 'O11', 'คู่มือการให้บริการ'],
    ] as const) {
      expectOwnItemPassed(after, code, name, extra);
    }
    // O6 left out, the rest numbered on, 2567's O8 typed "แผนดำเนินงานประจำปี" (nearer O9's name): O8 by
    // its place; only O6 is missing.
    const r = sheet('oit-2567', 2567, (items) => without('O6')(renamed({ O8: 'แผนดำเนินงานประจำปี' })(items)));
    expect(r.checklist).toMatchObject({ itemsDone: 34, missing: ['O6'] });
    expect(r.findings.map((f) => [f.code, f.value])).toEqual([['checklist-missing-item', 'O6']]);
    // Right after the one left out, O7 typed "แผนพัฒนาท้องถิ่น" under O6, not done: by its place it is O6
    // (Q&A) or O7, and its name is nearer O7's. Not Q&A credited from it while O7 is "not on the sheet".
    const next = sheet('oit-2567', 2567, (items) =>
      without('O6')(renamed({ O7: 'แผนพัฒนาท้องถิ่น' })(notDone(title2567('O7'))(items))),
    );
    expect(next.checklist).toMatchObject({ itemsDone: 33, missing: ['O6', 'O7'] });
    expect(next.findings.map((f) => [f.code, f.value])).toEqual([['checklist-missing-item', 'O6']]);
    const row = 3 + f2567.items.slice(0, 5).reduce((n, i) => n + i.components.length, 0);
    expect(next.findings[0]!.message.en).toContain(
      `: the sheet's O6 ("แผนพัฒนาท้องถิ่น", row ${row}) is in the place of O7 ("${title2567('O7')}")`,
    );
    expect(next.findings[0]!.message.th).toContain('ชื่อ "แผนพัฒนาท้องถิ่น" อยู่ในลำดับของข้อ O7');
    // Where neither place nor name tells which row is the item (an own item put in after O10, O11 typed
    // "คู่มือบริการประชาชน" after it, not done), it is neither credited from the own row nor said missing.
    const untold = sheet('oit-2567', 2567, (items) =>
      inserted(10, own('O11', 'คู่มือพัสดุ'))(renamed({ O11: 'คู่มือบริการประชาชน' })(notDone(title2567('O11'))(items))),
    );
    expect(untold.checklist).toMatchObject({ itemsDone: 34, missing: ['O11'] });
    expect(untold.findings.map((f) => [f.code, f.value])).toEqual([
      ['checklist-missing-item', 'O11'],
      ['checklist-unknown-item', 'O36'],
    ]);
    expect(untold.findings[0]!.message.en).not.toContain('is not on the sheet');
    expect(untold.findings[0]!.message.en).toContain('but no name there tells which, so none is counted as O11');
    expect(untold.findings[0]!.message.th).toContain('แต่ชื่อไม่บอกว่าแถวใดเป็นข้อนี้');
  });

  it('counts a row named loosely under its own number, the item after it left out, as its own item', () => {
    // The rows before it at their own numbers, the one left out after it and the rest numbered on: its
    // place allows its own item or the next, its name shares a word with the next ("การให้บริการ",
    // "บุคลากร") but is not clearly it. Its number decides: the one left out is missing, not this one.
    for (const [code, name, dropped, next] of [
      ['O11', 'คู่มือการให้บริการประชาชน', 'O12', 'O13'],
      ['O8', 'แผนการดำเนินงานประจำปีและรายงานความก้าวหน้า', 'O9', 'O10'],
      ['O18', 'แผนพัฒนาบุคลากร', 'O19', 'O20'],
    ] as const) {
      const r = sheet('oit-2567', 2567, (items) => without(dropped)(renamed({ [code]: name })(items)));
      expect([name, r.checklist]).toMatchObject([name, { itemsDone: 34, missing: [dropped] }]);
      expect([name, r.findings.map((f) => [f.code, f.value])]).toEqual([name, [['checklist-missing-item', dropped]]]);
      expect(r.findings[0]!.message.en).toContain(`: the sheet's ${dropped} is named as ${next}`);
      const own = f2567.items.find((i) => i.code === code)!;
      expect(r.checklist!.perItem.find((p) => p.code === code)).toMatchObject({ components: own.components.length });
    }
  });

  it('counts a row between the items before one left out and those after it as the item its words alone share', () => {
    // Every item named in local words, O28 left out and the rest numbered on: the sheet's O28 "รายงานการรับ
    // ของขวัญ" stands where O28 or O29 may be, its name near neither (0.34, 0.3), but "การรับ" is O29's
    // alone. It is O29; only O28 is missing, not both "untold" (33/35).
    const loose: Readonly<Record<string, string>> = {
      O24: 'สถิติเรื่องร้องเรียนการทุจริต',
      O25: 'การมีส่วนร่วมของประชาชน',
      O26: 'ประกาศ No Gift Policy',
      O27: 'กิจกรรม No Gift Policy',
      O29: 'รายงานการรับของขวัญ',
      O30: 'การประเมินความเสี่ยงเรื่องสินบน',
      O31: 'การจัดการความเสี่ยงการทุจริต',
      O32: 'แผนป้องกันการทุจริต',
      O33: 'รายงานการติดตามการป้องกันการทุจริต',
      O34: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
      O35: 'รายงานผลมาตรการส่งเสริมคุณธรรม',
    };
    const r = sheet('oit-2567', 2567, (items) => without('O28')(renamed(loose)(items)));
    expect(r.checklist).toMatchObject({ itemsDone: 34, missing: ['O28'] });
    expect(r.findings.map((f) => [f.code, f.value])).toEqual([['checklist-missing-item', 'O28']]);
    expect(r.findings[0]!.message.en).toContain(`: the sheet's O28 ("รายงานการรับของขวัญ", row `);
    expect(r.findings[0]!.message.en).toContain(`) is in the place of O29 ("${title2567('O29')}")`);
  });

  it("counts the items after an office's own item, named loosely, as those of their places, the own item as none", () => {
    // An own item as O6, then 2567's O6 typed O7 holding "Q&A" among its words, the rest numbered on (one
    // of them O7 named in local words): the own row's place allows O6 too, but its name is nothing like
    // it and the next row's holds its name: that row is O6, and O7 the item left to the row after it.
    const extra = 'ข่าวกิจกรรมของ อบต.หนองบัว';
    const cases: Readonly<Record<string, string>>[] = [
      { O6: 'Q&A (ถาม-ตอบ)' },
      { O6: 'ถาม-ตอบ (Q&A)', O7: 'แผนพัฒนาท้องถิ่น' },
      { O6: 'Q&A (ถาม-ตอบ)', O7: 'แผนพัฒนาท้องถิ่น' },
    ];
    for (const names of cases) {
      const r = sheet('oit-2567', 2567, (items) => inserted(5, own('O6', extra))(renamed(names)(items)));
      expect([names, r.checklist]).toMatchObject([names, { itemsDone: 35, missing: [] }]);
      expect([names, r.findings.map((f) => [f.code, f.value])]).toEqual([
        names,
        [
          ['checklist-unknown-item', extra],
          ['checklist-unknown-item', 'O36'],
        ],
      ]);
    }
  });

  it("counts the row after an office's own item, named loosely and far more like the item both may be, as that item", () => {
    // An own item put in as O7 (or O11, O29), the rest numbered on, named in local words: the own row and
    // the next both stand where 2567's O7 may be, neither name near it (0.04 and 0.33), but the next's is
    // far nearer (MARGIN). It is O7, the own row none: no item is missing, not O7 "untold".
    const extra = 'ข่าวกิจกรรมของ อบต.หนองบัว';
    for (const [after, code, name] of [
      [6, 'O7', 'แผนพัฒนาท้องถิ่น'],
      [10, 'O11', 'คู่มือการให้บริการประชาชน'],
      [28, 'O29', 'รายงานการรับของขวัญ'],
    ] as const) {
      expectOwnItemPassed(after, code, name, extra);
    }
  });

  it('is checked as the year its title names, with an own item put in and the rest numbered on', () => {
    // An own item as O2, 2567's O2–O35 typed O3–O36: the sheet's O5 (2567's O4, ข้อมูลการติดต่อ) is 2566's
    // O5 too, which does not outweigh the title and 30 and more names of 2567's, nor make that row 2566's.
    const extra = own('O2', 'แผนอัตรากำลัง 3 ปี');
    const r = sheet('oit-2567', 2567, inserted(1, extra));
    expect(r.checklist).toMatchObject({ framework: 'oit-2567', itemsDone: 35, missing: [] });
    expect(r.findings.map((f) => [f.code, f.value])).toEqual([
      ['checklist-unknown-item', extra.title],
      ['checklist-unknown-item', 'O36'],
    ]);
  });

  it("reads on an item cut by a page break under a page's number or the title again, not a second checklist", () => {
    // O16's 14 rows split after its 7th by a page break: a page number, or the title again (same year),
    // then the header, then O16 going on. Not "items from O16 again" with O17–O35 dropped.
    for (const heading of ['- 2 -', 'การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567']) {
      const values = table('oit-2567', 2567);
      const at = values.findIndex((row) => row[0] === 'O16') + 7;
      values.splice(at, 0, [heading], values[1]!);
      const r = checkSheet({ name: 'OIT', values });
      expect([heading, r.checklist?.itemsDone, r.checklist?.missing, r.findings]).toEqual([heading, 35, [], []]);
      expect(r.checklist!.perItem.find((p) => p.code === 'O16')).toMatchObject({ components: 14, done: 14 });
    }
  });

  it("reads a department's section under the first, an item of the first's again in it, as more of its rows", () => {
    // ส่วนที่ 1 สำนักปลัด: every item but O14–O17, done; ส่วนที่ 2 กองคลัง under the header again: its
    // own row of O10, not done, then O14–O17, done. One item repeated under a section's heading is no
    // second checklist: O10 is not done (34/35), and O14–O17 are on the sheet.
    const procurement = ['O14', 'O15', 'O16', 'O17'];
    const values = table('oit-2567', 2567).filter((row) => !procurement.includes(String(row[0])));
    values.splice(1, 0, ['ส่วนที่ 1 สำนักปลัด']);
    const o10 = [
      'O10',
      title2567('O10'),
      'คู่มือการปฏิบัติงานของกองคลัง',
      'กองคลัง',
      'ยังไม่ได้ดำเนินการ',
      'https://www.example.go.th/O10',
    ];
    values.push(['ส่วนที่ 2 กองคลัง'], values[2]!, o10);
    values.push(...table('oit-2567', 2567).filter((row) => procurement.includes(String(row[0]))));
    const r = checkSheet({ name: 'OIT', values });
    expect(r.checklist).toMatchObject({ framework: 'oit-2567', itemsDone: 34, missing: ['O10'] });
    expect(r.findings).toEqual([]);
    // But the items from O1 again, most of them listed already, under a heading naming no year: a second
    // checklist, said at its heading.
    const twice = table('oit-2567', 2567);
    const again = twice.length + 1;
    twice.push(['ส่วนที่ 2 กองคลัง'], ...table('oit-2567', 2567, notDone(title2567('O3'))).slice(1));
    const second = checkSheet({ name: 'OIT', values: twice });
    expect(second.checklist).toMatchObject({ itemsDone: 35 });
    expect(second.findings.map((f) => [f.code, f.cell])).toEqual([['other-table', `A${again}`]]);
  });

  it('does not count a summary under the checklist, of items listed again, as more of their rows', () => {
    // O11, O24 and O35 not done, then under the table "สรุปรายการที่ยังไม่ได้ดำเนินการ", the header again and
    // those items once more, a row each (the last item's alone too): a recap of the table, which leaves its
    // score as it is (not 180 of 184 components with the recap's rows taken for theirs), said at its heading.
    const edit = notDone(title2567('O11'), title2567('O24'), title2567('O35'));
    const alone = checkSheet({ name: 'OIT', values: table('oit-2567', 2567, edit) });
    for (const [heading, codes] of [
      ['สรุปรายการที่ยังไม่ได้ดำเนินการ', ['O11', 'O24', 'O35']],
      ['ตารางสรุปข้อที่ยังไม่ผ่าน', ['O11', 'O24']],
      ['สรุปรายการที่ยังไม่ได้ดำเนินการ', ['O35']],
    ] as const) {
      const values = table('oit-2567', 2567, edit);
      const at = values.length + 2;
      const recap = codes.map((c) => [c, title2567(c), null, 'สำนักปลัด', 'ยังไม่ได้ดำเนินการ', '-']);
      values.push([], [heading], values[1]!, ...recap);
      const r = checkSheet({ name: 'OIT', values });
      expect([heading, codes, r.checklist]).toEqual([heading, codes, alone.checklist]);
      expect(r.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['other-table', 'info', `A${at}`]]);
      expect(r.findings[0]!.message.en).toContain(
        `Row ${at} starts a summary of items listed above (${codes.join(', ')})`,
      );
      expect(r.findings[0]!.message.th).toContain(`แถว ${at} เริ่มตารางสรุปข้อที่อยู่ในตารางบนแล้ว (${codes.join(', ')})`);
    }
  });

  it('does not count a line of totals under the checklist as a component of its last item', () => {
    // O11 and O24 not done, then under the table a line of the counts, its label in the code's column
    // ("สรุป", "รวม") or the name's, the counts in the status's or beside it: no component of O35 with a
    // status no checklist uses (O35 not done, 189 components), but nothing, the score the table's alone.
    const edit = notDone(title2567('O11'), title2567('O24'));
    const alone = checkSheet({ name: 'OIT', values: table('oit-2567', 2567, edit) });
    for (const line of [
      ['สรุป', null, null, null, 'มี 33 รายการ ไม่มี 2 รายการ'],
      ['รวม', null, null, null, 'มี 33 / ไม่มี 2'],
      [null, 'รวมทั้งสิ้น', '35 ข้อ', null, 'ดำเนินการแล้ว 33 ข้อ', 'ยังไม่ได้ดำเนินการ 2 ข้อ'],
      ['รวม', null, null, null, 33, 2],
    ]) {
      const values = [...table('oit-2567', 2567, edit), line];
      const r = checkSheet({ name: 'OIT', values });
      expect([line, r.checklist]).toEqual([line, alone.checklist]);
      expect([line, r.findings]).toEqual([line, []]);
    }
  });

  it('reads a checklist grouped by status, an item split between its sections, as the items of each section', () => {
    // The rows done under "รายการที่ดำเนินการแล้ว", then those not done under a heading such as
    // "รายการที่ยังไม่ได้ดำเนินการ": O16's last 9 components, then O24's 5, the code on an item's first row
    // only. However the heading is worded, its rows carry components not read yet: a section, not a
    // recap of the items above (not 183 components, O16 done 5 of 5 and O24 said not to be on the sheet).
    const f = getFramework('oit-2567')!;
    const rowsOf = (it: FrameworkItem, from: number, to: number, done: boolean): CellValue[][] =>
      it.components
        .slice(from, to)
        .map((c, k) => [
          k === 0 ? it.code : null,
          k === 0 ? it.title : null,
          c,
          'สำนักปลัด',
          done ? 'ดำเนินการแล้ว' : 'ยังไม่ได้ดำเนินการ',
          done ? 'https://www.example.go.th/' : '-',
        ]);
    const [o16, o24] = [f.items.find((it) => it.code === 'O16')!, f.items.find((it) => it.code === 'O24')!];
    const done = f.items.flatMap((it) => (it === o24 ? [] : rowsOf(it, 0, it === o16 ? 5 : Infinity, true)));
    for (const heading of ['รายการที่ยังไม่ได้ดำเนินการ', 'ส่วนที่ 2 ข้อที่ยังไม่ได้ดำเนินการ', 'สรุปรายการที่ยังไม่ได้ดำเนินการ']) {
      const values: CellValue[][] = [
        ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567'],
        ['ข้อ', 'ข้อมูล', 'องค์ประกอบ', 'ผู้รับผิดชอบ', 'สถานะ', 'URL'],
        ['รายการที่ดำเนินการแล้ว'],
        ...done,
        [heading],
        ...rowsOf(o16, 5, Infinity, false),
        ...rowsOf(o24, 0, Infinity, false),
      ];
      const r = checkSheet({ name: 'OIT', values });
      expect([heading, r.checklist]).toMatchObject([heading, { components: 192, missing: ['O16', 'O24'] }]);
      expect(r.checklist!.perItem.find((p) => p.code === 'O16')).toMatchObject({ components: 14, done: 5 });
      expect([heading, r.findings]).toEqual([heading, []]);
    }
  });

  it('says a second checklist under the first, which it does not merge into the first', () => {
    // 2566's checklist, every item done, then 2567's under its own title and header, items from O1 again,
    // O21 not done: not 2566's items done twice over, some not (28/43), but 2566's as it is, and the
    // second said at its title.
    const first = sheet('oit-2566', 2566).checklist;
    const above = [...table('oit-2566', 2566), []];
    const r = checkSheet({
      name: 'OIT',
      values: [...above, ...table('oit-2567', 2567, notDone(title2567('O21')))],
    });
    expect(r.checklist).toEqual(first);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['other-table', `A${above.length + 1}`]]);
    expect(r.findings[0]!.message.en).toContain(`Row ${above.length + 1} starts a second checklist, of 2567,`);
    expect(r.findings[0]!.message.th).toContain(`แถว ${above.length + 1} เริ่มแบบตรวจอีกชุดหนึ่ง ของปี 2567`);
  });

  it('says a second checklist under its own title with no header repeated, which it does not merge', () => {
    // 2566's checklist, a blank row, 2567's title, then 2567's items from O1, none done, no header: not
    // 2566's items with 2567's rows merged in (8/43), but 2566's as it is, the second said at its title.
    const first = sheet('oit-2566', 2566).checklist;
    const above = [...table('oit-2566', 2566), []];
    const [title, , ...rows] = table('oit-2567', 2567, (items) => items.map((it) => ({ ...it, notDone: true })));
    const r = checkSheet({ name: 'OIT', values: [...above, title!, ...rows] });
    expect(r.checklist).toEqual(first);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['other-table', `A${above.length + 1}`]]);
    expect(r.findings[0]!.message.en).toContain(`Row ${above.length + 1} starts a second checklist, of 2567,`);
  });

  it('does not count a row named as another item listed too as the item of its number', () => {
    // "E-Service" (2567's O13, listed as O13 too) typed under O25: O25 is not on the sheet, said at that row.
    const r = sheet('oit-2567', 2567, renamed({ O25: 'E-Service' }));
    expect(r.checklist).toMatchObject({ itemsDone: 34, missing: ['O25'] });
    expect(r.findings.map((f) => [f.code, f.value])).toEqual([['checklist-missing-item', 'O25']]);
    const row = 2 + f2567.items.slice(0, 24).reduce((n, it) => n + it.components.length, 0) + 1;
    const o13 = 2 + f2567.items.slice(0, 12).reduce((n, it) => n + it.components.length, 0) + 1;
    expect(r.findings[0]!.cell).toBe(`B${row}`);
    expect(r.findings[0]!.message.en).toContain(
      `: the sheet's O25 is named as O13 ("E-Service") at row ${row}, which row ${o13} is too, so it is not counted`,
    );
    expect(r.findings[0]!.message.th).toContain(`ซึ่งแถว ${o13} เป็นอยู่แล้ว จึงไม่นับแถวนี้`);
  });
});
