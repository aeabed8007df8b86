import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet } from '../../../src/core/check/sheet';
import { O16_HEADERS, goodRow } from '../../helpers/o16';

const check = (values: CellValue[][], merges?: { top: number; left: number; bottom: number; right: number }[]) =>
  checkSheet({ name: 'S', values, ...(merges ? { merges } : {}) });

describe('the shape of the table', () => {
  it('duplicate-column: a column typed twice', () => {
    const headers = [...O16_HEADERS, 'ราคากลาง (บาท)'];
    const r = check([headers, [...goodRow(0), 50_000]] as CellValue[][]);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'duplicate-column', severity: 'error', cell: 'M1', column: 'ราคากลาง (บาท)' }),
    ]);
  });

  it('header-variant: a header with a typo is still read, and the form wording offered', () => {
    const headers = [...O16_HEADERS];
    headers[5] = 'ราคากลง (บาท)';
    const r = check([headers, goodRow(0)] as CellValue[][]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: 'header-variant',
        severity: 'info',
        cell: 'F1',
        suggestion: expect.objectContaining({ value: 'ราคากลาง (บาท)' }),
      }),
    ]);
  });

  it('header-variant: quotes the header as its cell holds it, with its note in brackets', () => {
    const headers = [...O16_HEADERS];
    headers[6] = 'ราคาที่ตกลงซื้อ/จ้าง (บาท)';
    const f = check([headers, goodRow(0)] as CellValue[][]).findings.find((x) => x.code === 'header-variant')!;
    expect(f.value).toBe('ราคาที่ตกลงซื้อ/จ้าง (บาท)');
    expect(f.message.en).toContain('Header "ราคาที่ตกลงซื้อ/จ้าง (บาท)" was taken as');
  });

  it('merged-cell: merged cells in the body warn once, and the value counts for every row it covers', () => {
    const a = goodRow(0);
    const b = goodRow(1);
    b[2] = null; // under the merged แหล่งที่มาของงบประมาณ of row 2
    const r = check([O16_HEADERS, a, b] as CellValue[][], [{ top: 2, left: 3, bottom: 3, right: 3 }]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['merged-cell', 'C2']]);
  });

  it('notes under the table and a "รวมทั้งสิ้น" line are not procurements', () => {
    const r = check([
      O16_HEADERS,
      goodRow(0),
      ['รวมทั้งสิ้น 1 รายการ', 50_000],
      [],
      ['หมายเหตุ ข้อมูล ณ วันที่ 31 มีนาคม 2567'],
      ['ลงชื่อ ............................ เจ้าหน้าที่พัสดุ'],
    ] as CellValue[][]);
    expect(r.rows).toBe(1);
    expect(r.findings).toEqual([]);
  });

  it('says how sure it is of the form', () => {
    const headers = O16_HEADERS.slice(0, 10);
    const r = check([headers, goodRow(0).slice(0, 10)] as CellValue[][]);
    expect(r.template).toBe('ita2567-o16');
    expect(r.confidence).toBeCloseTo(10 / 12, 2);
  });
});
