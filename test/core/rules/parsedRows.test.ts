import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/cells/dates';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet, SheetCheck } from '../../../src/core/check/sheet';
import { newParsedRow, type ParsedRow } from '../../../src/core/rules/parsedRow';
import { Interner, ParsedRows } from '../../../src/core/rules/parsedRows';
import { METHODS } from '../../../src/core/settings/data';
import { dayFromTime, dayOf } from '../../../src/core/text/format';
import { goodRow, o16Rows, taxId } from '../../helpers/o16';

describe('the rows of a check, kept column by column', () => {
  it('gives back what each row said, and nothing for a row that said nothing', () => {
    const rows = new ParsedRows(5, 3);
    const full: ParsedRow = {
      ...newParsedRow(6),
      item: 'ซื้อวัสดุ',
      budget: 500_000.01,
      referencePrice: 0,
      agreedPrice: 480_000,
      method: METHODS.methods[0]!,
      genericMethodOnly: true,
      status: 'สิ้นสุดระยะสัญญา',
      budgetSource: 'เงินอุดหนุน',
      signDate: dayOf(2024, 3, 31),
      endDate: dayOf(2024, 4, 30),
      fiscalYear: 2567,
      projectYear: 2567,
      projectMonth: 3,
      projectNumber: '67039524001',
      supplierKey: taxId(1),
      supplierName: 'บริษัท ก จำกัด',
      bidders: 0,
    };
    rows.set(1, full);
    rows.set(2, newParsedRow(7));
    expect(rows.row(1)).toEqual(full);
    expect(rows.row(2)).toEqual(newParsedRow(7));
    // The sheet shrinks by a row, then grows again: what is kept stays.
    rows.resize(2);
    rows.resize(4);
    expect(rows.row(1)).toEqual(full);
    expect(rows.present[2]).toBe(0);
  });

  it('gives back project numbers exactly: leading zeros, and text that is not digits at all', () => {
    const rows = new ParsedRows(2, 4);
    const numbers = ['00123', '67039524001', 'ไม่มีเลขที่ (e-GP)', '123456789012345678'];
    numbers.forEach((n, i) => rows.set(i, { ...newParsedRow(2 + i), projectNumber: n }));
    expect(numbers.map((_, i) => rows.row(i).projectNumber)).toEqual(numbers);
    // A slot judged again without one has none, and slots cut off by a shrinking sheet keep nothing.
    rows.set(2, newParsedRow(4));
    rows.resize(3);
    rows.resize(4);
    rows.set(3, newParsedRow(5));
    expect([0, 1, 2, 3].map((i) => rows.row(i).projectNumber)).toEqual(['00123', '67039524001', undefined, undefined]);
  });

  it('gives each supplier one number, also past the first table size and for names', () => {
    const ids = new Interner();
    const got = Array.from({ length: 5000 }, (_, i) => ids.id(taxId(i)));
    expect(new Set(got).size).toBe(5000);
    expect(Array.from({ length: 5000 }, (_, i) => ids.id(taxId(i)))).toEqual(got);
    expect(ids.id('0123')).not.toBe(ids.id('123'));
    const name = ids.id('บริษัทกจำกัด');
    expect(ids.id('บริษัทกจำกัด')).toBe(name);
    expect(ids.keys[got[4321]!]).toBe(taxId(4321));
  });

  it('reads days by arithmetic as Date does', () => {
    for (let ms = Date.UTC(1850, 0, 1); ms < Date.UTC(2450, 0, 1); ms += 86_400_000 * 13.7) {
      const d = new Date(ms);
      const day = dayFromTime(ms);
      expect([day.y, day.m, day.d]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
      expect(dayNumber(day)).toBe(Math.floor(ms / 86_400_000));
    }
  });

  it('finds a repeated project number and a copied row among thousands of rows', () => {
    const data = Array.from({ length: 3000 }, (_, i) => goodRow(i));
    data[2500]![9] = data[10]![9]!; // the same project, another contract
    data[2900] = [...data[1200]!]; // a copy
    const codes = checkSheet({ name: 'O16', values: o16Rows(data) as CellValue[][] })
      .findings.filter((f) => f.code.startsWith('duplicate'))
      .map((f) => `${f.code}@${f.cell}`);
    expect(codes).toEqual(['duplicate-project-number@J2502', 'duplicate-row@A2902']);
  });

  it('finds repeated project numbers and copied rows among tens of thousands of rows, also when every row has the same number', () => {
    // Enough rows for the numbers to be searched in several parts.
    const data = Array.from({ length: 20_000 }, (_, i) => goodRow(i));
    data[15_000]![9] = data[7]![9]!;
    data[19_999]![9] = data[12_345]![9]!;
    const found = (rows: typeof data) =>
      checkSheet({ name: 'O16', values: o16Rows(rows) as CellValue[][] }).findings.filter(
        (f) => f.code === 'duplicate-project-number' || f.value === 'duplicate-project-number',
      );
    expect(found(data).map((f) => f.cell)).toEqual(['J15002', 'J20001']);
    const same = Array.from({ length: 10_000 }, (_, i) => goodRow(i));
    for (const r of same) r[9] = '67019524001';
    same[9000] = [...same[4000]!];
    same[9001] = [...same[4000]!];
    same[9001]![0] = ` ${String(same[9001]![0])} `; // the same text, spaced
    const all = found(same);
    const copies = checkSheet({ name: 'O16', values: o16Rows(same) as CellValue[][] }).findings.filter(
      (f) => f.code === 'duplicate-row',
    );
    expect(copies.map((f) => [f.cell, f.message.en])).toEqual([
      ['A9002', 'Row 9002 repeats row 4002 in every column; delete the copy'],
      ['A9003', 'Row 9003 repeats row 4002 in every column; delete the copy'],
    ]);
    expect(all.filter((f) => f.code === 'duplicate-project-number')).toHaveLength(1000);
    expect(all.find((f) => f.code === 'duplicate-project-number')!.cell).toBe('J3');
    expect(all.find((f) => f.code === 'findings-truncated')?.message.en).toMatch(/^8,997 more/);
  });

  it('judges a sheet of over 200,000 rows (kept in plain arrays) as it judges a small one', () => {
    const n = 210_000;
    const data = Array.from({ length: n }, (_, i) => goodRow(i));
    const bad = (i: number) => data[i - 2]!; // sheet row i (the header is row 1)
    bad(205_000)[7] = '3100600445636'; // check digit off
    bad(206_000)[9] = data[10]![9]!; // the project number of row 12
    bad(207_000)[5] = '1,000'; // a number as text
    bad(208_000)[6] = 9_999_999; // over the budget and the reference price
    const session = new SheetCheck({ name: 'O16', values: o16Rows(data) as CellValue[][] });
    const at = (codes: string[]) =>
      session.report.findings.filter((f) => codes.includes(f.code)).map((f) => `${f.code}@${f.cell}`);
    const codes = ['tax-id-checksum', 'duplicate-project-number', 'number-as-text', 'price-over-budget'];
    const expected = [
      'duplicate-project-number@J206000',
      'price-over-budget@G208000',
      'number-as-text@F207000',
      'tax-id-checksum@H205000',
    ];
    expect(at(codes).sort()).toEqual(expected.sort());
    // Rows added at the end (the kept columns grow) are judged like the rest.
    const more = goodRow(n);
    more[7] = '3100600445636';
    session.update(n + 2, [more as CellValue[]]);
    expect(at(['tax-id-checksum']).sort()).toEqual(['tax-id-checksum@H205000', `tax-id-checksum@H${n + 2}`]);
  });
});
