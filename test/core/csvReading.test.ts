import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check/sheet';
import { CsvWorkbook } from '../../src/workbook/file/csvWorkbook';

const HEADER = [
  'ที่',
  'งานที่ซื้อหรือจ้าง',
  'วงเงินงบประมาณ (บาท)',
  'แหล่งที่มาของงบประมาณ',
  'วิธีการจัดซื้อจัดจ้าง',
  'ราคากลาง (บาท)',
  'ราคาที่ตกลงซื้อหรือจ้าง (บาท)',
  'เลขประจำตัวผู้เสียภาษี',
  'รายชื่อผู้ประกอบการที่ได้รับการคัดเลือก',
  'เลขที่โครงการ',
  'วันที่ลงนามในสัญญา',
  'วันสิ้นสุดสัญญา',
];
const ROW = ['1', 'ซื้อวัสดุสำนักงาน', '50,000.00', 'เงินงบประมาณ', 'วิธีเฉพาะเจาะจง', '50,000.00', '49,500.00'];

/** The O16 form as a CSV separated by `sep`, under the lines given (a title, a blank line). */
const csv = (sep: string, ...above: string[]) => {
  const line = (fields: string[]) => fields.map((f) => (f.includes(sep) ? `"${f}"` : f)).join(sep);
  return new TextEncoder().encode([...above, line(HEADER), line(ROW)].join('\r\n'));
};

describe('the separator of a CSV', () => {
  it.each([
    ['a title with no tab over a tab-separated table', '\t', ['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567']],
    ['a blank first line over a tab-separated table', '\t', ['']],
    ['a title with a comma of its own over a ";" table', ';', ['ผลการจัดซื้อจัดจ้าง, อบต.ตัวอย่าง']],
    ['a comma-separated table under a title', ',', ['ผลการจัดซื้อจัดจ้าง']],
  ])('%s: the form is found and its row read', async (_why, sep, above) => {
    const grid = await new CsvWorkbook(csv(sep, ...above), 'O16.csv').readSheet();
    const r = checkSheet(grid);
    expect([r.template, r.headerRow]).toEqual(['ita2567-o16', above.length + 1]);
    expect(grid.values[above.length + 1]!.slice(0, 3)).toEqual(['1', 'ซื้อวัสดุสำนักงาน', '50,000.00']);
  });
});

describe('dates of a CSV written month first (Excel under US regional settings)', () => {
  const dated = (dates: [string, string][]) => {
    const line = (fields: string[]) => fields.map((f) => (f.includes(',') ? `"${f}"` : f)).join(',');
    const row = (sign: string, end: string) => line([...ROW, '0105536112014', 'บริษัท ก จำกัด', '67019524001', sign, end]);
    return new TextEncoder().encode([line(HEADER), ...dates.map(([a, b]) => row(a, b))].join('\r\n'));
  };
  const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

  it('a file with a day past 12 in the middle place is read month first, every date of it', async () => {
    const grid = await new CsvWorkbook(
      dated([
        ['12/20/2023', '1/5/2024'],
        ['1/15/2024', '2/1/2024'],
      ]),
      'us.csv',
    ).readSheet();
    expect(grid.values.slice(1).map((r) => r.slice(10).map(day))).toEqual([
      ['2023-12-20', '2024-01-05'],
      ['2024-01-15', '2024-02-01'],
    ]);
    const codes = checkSheet(grid).findings.map((f) => f.code);
    expect(codes).not.toContain('not-a-date');
    expect(codes).not.toContain('contract-end-before-start');
  });

  it('day-first dates, and a file with days past 12 in both places, are left as they were typed', async () => {
    const grid = await new CsvWorkbook(
      dated([
        ['20/12/2566', '13/1/2024'],
        ['5/1/2567', '1/15/2024'],
      ]),
      'th.csv',
    ).readSheet();
    expect(grid.values.slice(1).map((r) => r.slice(10))).toEqual([
      ['20/12/2566', '13/1/2024'],
      ['5/1/2567', '1/15/2024'],
    ]);
  });
});
