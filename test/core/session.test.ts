import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../../src/core/cells/value';
import { checkSheet, SheetCheck } from '../../src/core/check/sheet';
import { RUNS, cellArb } from '../helpers/arbitraries';
import { goodRow, o16Rows, taxId } from '../helpers/o16';
import { getTemplate } from '../../src/core/templates/registry';

const grid = (): SheetGrid => ({
  name: 'O16',
  values: o16Rows(
    Array.from({ length: 30 }, (_, i) => goodRow(i)),
    { titleRows: [['ประจำปีงบประมาณ พ.ศ. 2567'], []] },
  ) as CellValue[][],
});

function patched(g: SheetGrid, top: number, rows: CellValue[][]): SheetGrid {
  const values = g.values.map((r) => [...r]);
  rows.forEach((r, i) => (values[top - 1 + i] = r));
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  while (values.length && values[values.length - 1]!.length === 0) values.pop();
  return { ...g, values };
}

describe('re-checking after an edit', () => {
  it('judges the changed rows again and gives what a full check would', () => {
    const g = grid();
    const session = new SheetCheck(g);
    expect(session.report.findings).toEqual([]);
    const bad = goodRow(5);
    bad[1] = 'ห้าหมื่น';
    bad[7] = '3100600445636';
    let report = session.update(9, [bad as CellValue[]]);
    expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['not-a-number@B9', 'tax-id-checksum@H9']);
    // Fixed again: the findings go.
    report = session.update(9, [goodRow(5) as CellValue[]]);
    expect(report.findings).toEqual([]);
    // A copy of another row: a rule across rows sees it.
    report = session.update(10, [goodRow(1) as CellValue[]]);
    expect(report.findings.map((f) => f.code)).toEqual(['duplicate-row']);
  });

  it('sees a split purchase come and go as an item is edited', () => {
    const buy = (i: number, item: string): CellValue[] => {
      const r = goodRow(i) as CellValue[];
      r[0] = item;
      [r[1], r[5], r[6]] = [300_000, 300_000, 290_000];
      [r[7], r[8]] = [taxId(77), 'หจก. วัสดุดี'];
      return r;
    };
    let g = patched(grid(), 9, [buy(5, 'ซื้อวัสดุก่อสร้าง ครั้งที่ 1'), buy(6, 'ซื้อวัสดุก่อสร้าง ครั้งที่ 2')]);
    const session = new SheetCheck(g);
    const splits = () => session.report.findings.filter((f) => f.code === 'flag-split-purchase').map((f) => f.row);
    expect(splits()).toEqual([9, 10]);
    // The second buy becomes something else: no split; then the same thing again: the split is back.
    for (const [item, flagged] of [
      ['จ้างซ่อมแซมรถยนต์ส่วนกลาง', []],
      ['ซื้อวัสดุก่อสร้าง ครั้งที่ 3', [9, 10]],
    ] as const) {
      g = patched(g, 10, [buy(6, item)]);
      session.update(10, [buy(6, item)]);
      expect(splits()).toEqual(flagged);
      expect(session.report).toEqual(checkSheet(g));
    }
  });

  it('starts again when the header is edited', () => {
    const session = new SheetCheck(grid());
    const report = session.update(3, [['ชื่อรายการ', 'อื่น ๆ']]);
    expect(report.template).toBeNull();
  });

  it('looks for the header again when rows near the top change, even below the header it found', () => {
    // Found by `npm run fuzz`: a weak header at row 2, then a better one typed at row 4.
    let g = grid();
    const session = new SheetCheck(g);
    // (Since a header must name enough of its form's own columns, the weak one names two of e-GP's.)
    const edits: [number, CellValue[][]][] = [
      [1, [[], ['project_id', 'project_name'], []]],
      [4, [['ลำดับ', 'project_id', 'project_name', 'dept_sub_name']]],
    ];
    for (const [top, rows] of edits) {
      g = patched(g, top, rows);
      session.update(top, rows);
    }
    expect(session.report.headerRow).toBe(4);
    expect(session.report).toEqual(checkSheet(g));
  });

  it('always agrees with a full check of the edited sheet', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 40 }),
            fc.array(fc.array(cellArb, { maxLength: 13 }), { minLength: 1, maxLength: 3 }),
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (edits) => {
          let g = grid();
          const session = new SheetCheck(g);
          for (const [top, rows] of edits) {
            g = patched(g, top, rows);
            session.update(top, rows);
          }
          expect(session.report).toEqual(checkSheet(g));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('re-checking a สขร.1 whose bidders are on rows of their own', () => {
  it('counts a bidder added, removed or made a procurement on its own row for the procurement above', () => {
    const header = getTemplate('skr1')!.columns.map((c) => c.header);
    const road: CellValue[] = [
      1,
      'จ้างก่อสร้างถนน คสล.',
      2_000_000,
      1_990_000,
      'e-bidding',
      '1. หจก.ก / 1,800,000',
      'หจก.ก / 1,800,000',
      'ราคาต่ำสุด',
      '5/2567 ลว. 20 ต.ค. 66',
    ];
    const alone = (bidder: string): CellValue[] => [null, null, null, null, null, bidder];
    let g: SheetGrid = { name: 'ต.ค.66', values: [header, road, alone('2. หจก.ข / 1,850,000'), alone('3. หจก.ค')] };
    const session = new SheetCheck(g);
    const edit = (row: number, values: CellValue[]) => {
      g = patched(g, row, [values]);
      session.update(row, [values]);
      // What a check of the whole sheet gives.
      expect(session.report).toEqual(checkSheet(g));
    };
    const few = () => session.report.findings.filter((f) => f.code === 'flag-few-bidders').map((f) => f.message.en);
    expect(few()).toEqual([]);
    // The third bidder's row emptied: two left, said on the procurement's row.
    edit(4, []);
    expect(few()).toEqual(['Row 2: 2 bidder(s), fewer than 3, for Electronic bidding (e-bidding)']);
    // Typed back: three again.
    edit(4, alone('3. หจก.ค'));
    expect(few()).toEqual([]);
    expect(session.report.rows).toBe(1);
    // The second bidder's row gets an item and an amount: a procurement of its own, no bidder of the first.
    edit(3, [2, 'จัดซื้อวัสดุ', 5_000, 5_000, 'เฉพาะเจาะจง', 'ร้าน ข / 5,000', 'ร้าน ข / 5,000', 'ราคาต่ำสุด', '-']);
    expect(session.report.rows).toBe(2);
    expect(few()).toEqual(['Row 2: 1 bidder(s), fewer than 3, for Electronic bidding (e-bidding)']);
  });
});
