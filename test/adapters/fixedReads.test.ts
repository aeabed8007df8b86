import { describe, expect, it } from 'vitest';
import { FixedReads } from '../../src/workbook/file/fixedReads';

/** O16 with B4 fixed, its table tblO16 over A1:C6 (columns ชื่อ, งบ, ราคา), and the workbook's names. */
const fixed = () =>
  new FixedReads(
    new Map([['O16', [{ row: 4, col: 2 }]]]),
    [{ name: 'tblO16', sheet: 'O16', area: { top: 1, bottom: 6, left: 1, right: 3 }, columns: ['ชื่อ', 'งบ', 'ราคา'] }],
    [
      ['VAT', '1.07'],
      ['Budgets', "'O16'!$B$2:$B$5"],
      ['AllBudgets', 'Budgets'],
      ['Elsewhere', 'ข้อมูล!$B$2'],
      ['Moving', 'O16!B1'],
      ['Dynamic', 'OFFSET(ข้อมูล!$A$1,0,0,5)'],
    ],
  );

const PLAIN = { t: null, si: null, ref: null };

/** Whether a formula in O16!E9 may read the fixed cell. */
const reads = (formula: string) => {
  const sheet = fixed().on('O16');
  sheet.add({ row: 9, col: 5 }, formula, PLAIN);
  return sheet.drops({ row: 9, col: 5 });
};

describe('which formulas of a fixed sheet may read a fixed cell (their stored results are dropped)', () => {
  it('those citing it by a cell, a range, a whole column or row, its table column, or a name over it', () => {
    for (const f of [
      'B4*2',
      '$B$4',
      'SUM(B2:C9)',
      "SUM('O16'!B:B)",
      'o16!B4',
      'SUM(4:4)',
      'SUM(tblO16[งบ])',
      'SUM(tblO16[[#Data],[ชื่อ]:[ราคา]])',
      'SUM(TBLO16)',
      'SUM(Budgets)',
      'SUM(AllBudgets)',
      'Moving+1',
    ])
      expect(reads(f), f).toBe(true);
  });

  it('and those whose reading cannot be told', () => {
    for (const f of [
      'INDIRECT("B"&4)',
      'SUM(OFFSET(A1,3,1))',
      '_xlfn.ANCHORARRAY(A1)',
      'A1#',
      'SUM(A1:INDEX(B:B,9))',
      "SUM('Jan:Mar'!B4)",
      'SUM(Jan:Mar!B4)',
      '[1]O16!A1',
      'Unknown*2',
      'Dynamic',
      '_xlfn.LET(_xlpm.x,A1,_xlpm.x*2)',
      'SUM(B2:B3',
    ])
      expect(reads(f), f).toBe(true);
  });

  it('but not figures, other sheets, other columns of its table, or names over neither', () => {
    for (const f of [
      '100000*1.07',
      'SUM(2000000,100000)',
      "'ข้อมูล'!B1",
      "'O16 (2)'!B4",
      'ROUND(100000*VAT,2)',
      'Elsewhere',
      'SUM(tblO16[ราคา])',
      'SUM(tblO16[[#Totals],[ชื่อ]])',
      'SUM(otherTable[งบ])',
      'IF(TRUE,"B4",#N/A)',
      'SUM(B5:C9,A1:A4)',
      'SUM({1,2;3,4})',
      'SUM(C:C)+SUM(5:9)',
    ])
      expect(reads(f), f).toBe(false);
  });

  it('follows a shared formula moved to each cell, and the formulas reading one whose result went before', () => {
    const sheet = fixed().on('O16');
    const shared = { t: 'shared', si: '0', ref: 'D2:D5' };
    type Tag = { t: string | null; si: string | null; ref: string | null };
    const told: [number, string | undefined, Tag][] = [
      [2, 'B2*2', shared],
      [3, undefined, shared],
      [4, undefined, shared],
      [5, undefined, shared],
      [6, 'SUM(D2:D3)', PLAIN],
      [7, 'D4+1', PLAIN],
      [8, 'D7+1', PLAIN],
      // A cell of a shared formula whose first cell is not known.
      [9, undefined, { t: 'shared', si: '7', ref: null }],
    ];
    for (const [row, formula, f] of told) sheet.add({ row, col: 4 }, formula, f);
    expect(told.map(([row]) => sheet.drops({ row, col: 4 }))).toEqual([
      false,
      false,
      true,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('drops, whatever their order, the formulas reading a dropped one: above it, through a name, on another fixed sheet', () => {
    const reads = new FixedReads(
      new Map([
        ['O16', [{ row: 6, col: 2 }]],
        ['O12', [{ row: 2, col: 2 }]],
      ]),
      [],
      [['GrandTotal', "'O16'!$B$8"]],
    );
    const o16 = reads.on('O16');
    const o12 = reads.on('O12');
    // O12 is told first, and reads O16's total, told after it.
    o12.add({ row: 1, col: 5 }, "'O16'!B8", PLAIN);
    o12.add({ row: 1, col: 6 }, 'B3*2', PLAIN);
    // A grand total in the title area reading the total row below, and a chain going up the sheet.
    o16.add({ row: 1, col: 5 }, 'B8', PLAIN);
    o16.add({ row: 1, col: 6 }, 'GrandTotal/2', PLAIN);
    o16.add({ row: 2, col: 5 }, 'E3+1', PLAIN);
    o16.add({ row: 3, col: 5 }, 'E4+1', PLAIN);
    o16.add({ row: 4, col: 5 }, 'E1+1', PLAIN);
    o16.add({ row: 5, col: 5 }, 'B7', PLAIN);
    o16.add({ row: 8, col: 2 }, 'SUM(B4:B7)', PLAIN);
    const at = (row: number, col: number) => ({ row, col });
    expect([at(1, 5), at(1, 6), at(2, 5), at(3, 5), at(4, 5), at(8, 2)].map((c) => o16.drops(c))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    // What reads nothing fixed or dropped keeps its result.
    expect(o16.drops(at(5, 5))).toBe(false);
    expect([o12.drops(at(1, 5)), o12.drops(at(1, 6))]).toEqual([true, false]);
    // Told once asked, a formula would be kept unsettled.
    expect(() => o16.add(at(9, 9), 'B6', PLAIN)).toThrow();
  });
});
