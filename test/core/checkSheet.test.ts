import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/cells/value';
import { checkSheet } from '../../src/core/check/sheet';
import { parseAreas } from '../../src/core/cells/address';
import { O16_HEADERS, goodRow, o16Rows, type Row } from '../helpers/o16';

const check = (rows: Row[]) => checkSheet({ name: 'O16', values: rows as CellValue[][] });

describe('checkSheet on ita2567-o16', () => {
  it('passes a correct sheet with no findings', () => {
    const r = check(o16Rows([goodRow(0), goodRow(1)]));
    expect(r).toMatchObject({ kind: 'procurement', template: 'ita2567-o16', headerRow: 1, rows: 2 });
    expect(r.findings).toEqual([]);
  });

  it('reports a missing column at the first cell of the header row', () => {
    const rows = o16Rows([goodRow()], { titleRows: [['ชื่อหน่วยงาน'], []] }).map((r) => r.filter((_, i) => i !== 5));
    const r = check(rows);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: 'missing-column',
      severity: 'error',
      cell: 'A3',
      row: 3,
      column: 'ราคากลาง (บาท)',
    });
    expect(r.findings[0]!.message.th).toContain('ราคากลาง');
    expect(r.findings[0]!.message.en).toContain('Reference price');
  });

  it('reports every empty required cell with its address', () => {
    const a = goodRow(0);
    a[5] = null; // ราคากลาง
    const b = goodRow(1);
    b[0] = '   '; // only spaces
    const r = check(o16Rows([a, b]));
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ['required-value', 'F2'],
      ['required-value', 'A3'],
    ]);
  });

  it('does not ask for a supplier or dates before the contract is signed', () => {
    const row = goodRow();
    row[3] = 'ยังไม่ได้ลงนามในสัญญา';
    row[6] = row[7] = row[8] = row[10] = row[11] = null;
    expect(check(o16Rows([row])).findings).toEqual([]);
  });

  it('skips blank rows, a totals row and a signature block, and says where a blank row splits the table', () => {
    const total: Row = ['รวม', 100_001, null, null, null, 100_001, 96_001];
    const rows = o16Rows([
      goodRow(0),
      [],
      goodRow(1),
      total,
      [],
      ['ลงชื่อ..................ผู้รายงาน'],
      ['(นายสมชาย ใจดี)'],
    ]);
    const r = check(rows);
    expect(r.rows).toBe(2);
    // The blank row between two procurements is worth a word; the one before the signature is not.
    expect(r.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['blank-rows', 'A3', 'info']]);
    expect(r.findings[0]!.message.th).toContain('แถว 3 ว่างอยู่กลางตาราง');
  });

  it('says which rows holding data are hidden, in one finding, and passes over hidden empty rows', () => {
    const rows = o16Rows([0, 1, 2, 3, 4, 5, 6, 7].map(goodRow), { titleRows: [['รายงาน'], []] });
    rows.push([], []);
    const r = checkSheet({ name: 'O16', values: rows as CellValue[][], hiddenRows: [2, 5, 6, 8, 12] });
    const hidden = r.findings.filter((f) => f.code === 'hidden-rows');
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ severity: 'warning', cell: 'A5', row: 5 });
    // Row 2 (blank, above the header) and row 12 (past the table) hide nothing.
    expect(hidden[0]!.message.en).toContain('3 rows holding data are hidden (rows 5–6, 8)');
    expect(hidden[0]!.message.th).toContain('3 แถว (แถว 5–6, 8)');
    // The hidden rows are judged like the others.
    expect(r.rows).toBe(8);
    // Five runs are named, the rest counted.
    const long = o16Rows(Array.from({ length: 14 }, (_, i) => goodRow(i)));
    const many = checkSheet({ name: 'O16', values: long as CellValue[][], hiddenRows: [2, 4, 6, 8, 10, 12, 14] });
    expect(many.findings.find((f) => f.code === 'hidden-rows')!.message.en).toContain(
      '7 rows holding data are hidden (rows 2, 4, 6, 8, 10 and 2 more runs)',
    );
  });

  it('says which rows of the table hold data outside the print area, and leaves notes beside the table alone', () => {
    const rows = o16Rows([0, 1, 2, 3, 4, 5].map(goodRow), { titleRows: [['รายงาน'], []] });
    // A working note beside the table, outside the print area on purpose.
    rows[3]![13] = 'ตรวจแล้ว';
    // The print area as Excel writes it (parseAreas has tests of its own).
    const grid = (printArea: string) =>
      checkSheet({ name: 'O16', values: rows as CellValue[][], printArea: parseAreas(printArea) }).findings.filter(
        (f) => f.code === 'outside-print-area',
      );
    // Set when the table had three rows: the three added since are not printed.
    const short = grid('A1:L6');
    expect(short).toHaveLength(1);
    expect(short[0]).toMatchObject({ severity: 'warning', cell: 'A7' });
    expect(short[0]!.message.en).toContain('3 rows (rows 7–9) hold data outside the print area (A1:L6)');
    expect(short[0]!.message.th).toContain('นอกพื้นที่พิมพ์ (A1:L6) 3 แถว (แถว 7–9)');
    // The last column left out: every row of the table, from its header.
    const narrow = grid('A1:K9');
    expect(narrow[0]).toMatchObject({ cell: 'L3' });
    expect(narrow[0]!.message.en).toContain('7 rows (rows 3–9)');
    // The header printed as a title on every page, the print area holding the rows under it.
    expect(grid('A4:L9,3:3')).toEqual([]);
    // Titles are named as Excel names them.
    expect(grid('A4:L6,3:3')[0]!.message.en).toContain('outside the print area (A4:L6, 3:3)');
    // Two areas covering the table, or none set: nothing to say.
    expect(grid('A1:L6,A7:L9')).toEqual([]);
    expect(grid('')).toEqual([]);
  });

  it('skips a header repeated on a later page', () => {
    const r = check(o16Rows([goodRow(0), O16_HEADERS, goodRow(1)]));
    expect(r.rows).toBe(2);
    expect(r.findings).toEqual([]);
  });

  it('says so when no known form is found, and says plainly that an empty sheet is empty', () => {
    expect(check([['สวัสดี'], ['ข้อความ']]).findings.map((f) => f.code)).toEqual(['unrecognised-sheet']);
    expect(check([]).findings.map((f) => [f.code, f.severity])).toEqual([['empty-sheet', 'info']]);
    expect(check([]).kind).toBe('unknown');
  });
});
