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

/** Whether a formula in O16!E9 may read the fixed cell. */
const reads = (formula: string) =>
  fixed().on('O16').reads({ row: 9, col: 5 }, formula, { t: null, si: null, ref: null });

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
    expect(sheet.reads({ row: 2, col: 4 }, 'B2*2', shared)).toBe(false);
    expect(sheet.reads({ row: 3, col: 4 }, undefined, shared)).toBe(false);
    expect(sheet.reads({ row: 4, col: 4 }, undefined, shared)).toBe(true);
    expect(sheet.reads({ row: 5, col: 4 }, undefined, shared)).toBe(false);
    expect(sheet.reads({ row: 6, col: 4 }, 'SUM(D2:D3)', { t: null, si: null, ref: null })).toBe(false);
    expect(sheet.reads({ row: 7, col: 4 }, 'D4+1', { t: null, si: null, ref: null })).toBe(true);
    expect(sheet.reads({ row: 8, col: 4 }, 'D7+1', { t: null, si: null, ref: null })).toBe(true);
    // A cell of a shared formula whose first cell is not known.
    expect(sheet.reads({ row: 9, col: 4 }, undefined, { t: 'shared', si: '7', ref: null })).toBe(true);
  });
});
