import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkProcurementTable } from '../../../src/core/check/procurement';
import { checkSheet } from '../../../src/core/check/sheet';
import { recogniseHeader } from '../../../src/core/sheet/header';
import { getTemplate } from '../../../src/core/templates/registry';
import { checkRows, codes, row, utc } from '../../helpers/findings';
import { O16_HEADERS } from '../../helpers/o16';
import { SKR1_HEADERS, skr1Row } from '../../helpers/skr1';

/** Each rule: a passing and a failing case at its boundary (data row 4 is the first). */
describe('money rules', () => {
  it('price-over-budget: 500,000 passes, 500,000.01 fails', () => {
    const base = { budget: 500_000, referencePrice: 600_000 };
    expect(codes([row({ ...base, agreedPrice: 500_000 })])).not.toContain('price-over-budget');
    const f = checkRows([row({ ...base, agreedPrice: 500_000.01 })]).findings.find(
      (x) => x.code === 'price-over-budget',
    );
    expect(f).toMatchObject({ severity: 'error', cell: 'G4' });
    expect(f!.message.th).toContain('ราคาที่ตกลง 500,000.01 เกินวงเงินงบประมาณ 500,000');
  });

  it('price-over-reference: equal passes, a satang more warns', () => {
    const base = { budget: 900_000, referencePrice: 500_000 };
    expect(codes([row({ ...base, agreedPrice: 500_000 })])).not.toContain('price-over-reference');
    expect(codes([row({ ...base, agreedPrice: 500_000.01 })])).toContain('price-over-reference');
  });

  it('reference-over-budget: equal passes, a satang more warns', () => {
    expect(codes([row({ budget: 500_000, referencePrice: 500_000, agreedPrice: 400_000 })])).not.toContain(
      'reference-over-budget',
    );
    expect(codes([row({ budget: 500_000, referencePrice: 500_000.01, agreedPrice: 400_000 })])).toContain(
      'reference-over-budget',
    );
  });

  it('negative-amount: 0 passes, -0.01 fails', () => {
    expect(codes([row({ agreedPrice: 0 })])).not.toContain('negative-amount');
    expect(codes([row({ agreedPrice: -0.01 })])).toContain('negative-amount');
    expect(codes([row({ agreedPrice: '(100)' })])).toContain('negative-amount');
    // A budget written "(5,000)": the one error, not also prices "over" it by 54,000 baht.
    expect(codes([row({ budget: '(5,000)', referencePrice: 50_000, agreedPrice: 49_000 })])).toEqual([
      'negative-amount',
    ]);
  });

  it('not-a-number for words and Excel errors; text numbers and Thai digits get a fix', () => {
    expect(codes([row({ budget: 'ห้าหมื่นบาท' })])).toContain('not-a-number');
    expect(codes([row({ budget: { error: '#N/A' } })])).toContain('excel-error');
    const text = checkRows([row({ budget: '50,000.00' })]).findings.find((f) => f.code === 'number-as-text');
    expect(text).toMatchObject({ severity: 'info', value: '50,000.00', suggestion: { value: 50000, kind: 'number' } });
    const thai = checkRows([row({ budget: '๕๐,๐๐๐' })]).findings.find((f) => f.code === 'thai-digits');
    expect(thai).toMatchObject({ suggestion: { value: 50000, display: '50,000' } });
  });

  it('a text number with more than two decimals is offered as it will be written, not rounded', () => {
    const f = checkRows([row({ referencePrice: '49,999.9951' })]).findings.find((x) => x.code === 'number-as-text');
    // Shown, where the cell's own format would hide it, as the column's other amounts are.
    expect(f!.suggestion).toEqual({
      value: 49999.9951,
      display: '49,999.9951',
      kind: 'number',
      numberFormat: '#,##0.00',
    });
    expect(f!.message.th).toContain('ควรเป็น 49,999.9951');
    const thai = checkRows([row({ budget: '๑,๒๓๔,๕๖๗.๘๙๑๒' })]).findings.find((x) => x.code === 'thai-digits');
    expect(thai!.suggestion!.display).toBe('1,234,567.8912');
  });

  it('"12.000" may be 12 or 12,000 (a dot grouping thousands): said, with no one-click fix', () => {
    for (const [typed, code] of [
      ['12.000', 'number-as-text'],
      ['๑๒.๐๐๐', 'thai-digits'],
      ['12.000 บาท', 'number-as-text'],
    ] as const) {
      const f = checkRows([row({ agreedPrice: typed })]).findings.find((x) => x.code === code);
      expect(f, typed).toBeDefined();
      expect(f!.suggestion, typed).toBeUndefined();
      expect(f!.message.en).toContain('it may mean 12 or 12,000 (a dot grouping thousands)');
      if (code === 'thai-digits') expect(f!.message.en).toContain('typed in Thai digits');
    }
    // Which reading is a guess: the amount is not judged against the budget (12 would be "over" 11,500).
    expect(codes([row({ budget: '12.000', referencePrice: 12_000, agreedPrice: 11_500 })])).not.toContain(
      'price-over-budget',
    );
    // Three decimals after grouped thousands: 1,200 or 1,200,000 typed with a dot (baht has two).
    const slip = checkRows([row({ budget: '1,200.000', referencePrice: 48_000, agreedPrice: 48_000 })]).findings;
    expect(slip.find((x) => x.code === 'number-as-text')!.message.en).toContain('it may mean 1,200 or 1,200,000');
    expect(slip.map((x) => x.code)).not.toContain('price-over-budget');
    // Under the budget by one reading, the agreed price is not judged at all (no "99.9 % below" flag).
    const under = codes([row({ budget: 450_000, referencePrice: 450_000, agreedPrice: '448.000' })]);
    expect(under).not.toContain('flag-deep-discount');
    expect(under).not.toContain('price-over-budget');
    // An agreed price over the budget by either reading is said.
    expect(codes([row({ budget: 1_000, referencePrice: 1_000, agreedPrice: '1,200.000' })])).toContain(
      'price-over-budget',
    );
    // Two decimals, or four, are no such doubt.
    for (const typed of ['12.00', '12,000.00', '1.5', '12,000.0001'])
      expect(
        checkRows([row({ agreedPrice: typed })]).findings.find((x) => x.code === 'number-as-text')!.suggestion,
        typed,
      ).toBeDefined();
  });
});

describe('date rules', () => {
  it('signed-after-as-of: O16 "ลงนามในสัญญาแล้ว ณ วันที่ ๓๑ มีนาคม ๒๕๖๗" (seed 004): a contract signed in April is out of place', () => {
    const o16 = (title: string, ...signed: Date[]) => named('O16', title, ...signed);
    const named = (name: string, title: string, ...signed: Date[]) =>
      checkSheet({
        name,
        values: [[title], [], O16_HEADERS, ...signed.map((d, i) => row({ signDate: d, endDate: utc(2024, 9, 30) }, i))],
      }).findings.filter((f) => f.code === 'signed-after-as-of');
    const title = 'ความก้าวหน้าการจัดซื้อจัดจ้าง ที่ลงนามในสัญญาแล้ว ณ วันที่ ๓๑ มีนาคม ๒๕๖๗';
    const found = o16(title, utc(2024, 3, 31), utc(2024, 4, 1));
    expect(found.map((f) => [f.cell, f.severity])).toEqual([['K5', 'warning']]);
    expect(found[0]!.message.th).toContain('ณ วันที่ 31 มี.ค. 2567');
    // The formal "ณ วันที่ 31 เดือน มีนาคม พ.ศ. 2567" of official letters.
    expect(named('ผล', 'ข้อมูล ณ วันที่ 31 เดือน มีนาคม พ.ศ. 2567', utc(2024, 4, 1)).map((f) => f.cell)).toEqual(['K4']);
    // A title naming no day, of a sheet named O16 (or titled so): O16 lists the contracts to 31 March.
    const byName = o16('ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567', utc(2024, 3, 31), utc(2024, 4, 10));
    expect(byName.map((f) => f.cell)).toEqual(['K5']);
    expect(byName[0]!.message.en).toContain('but O16 lists the contracts signed by 31 March: this one belongs in O17');
    expect(named('ผล', 'ผลการจัดซื้อจัดจ้าง 2567 (ITA O16)', utc(2024, 4, 10)).map((f) => f.cell)).toEqual(['K4']);
    // Named neither, or both (the template's "O16/O17"): nothing to compare.
    expect(named('ผล', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567', utc(2024, 4, 1))).toEqual([]);
    expect(named('ผล', 'ผลการจัดซื้อจัดจ้าง 2567 (ITA O16/O17)', utc(2024, 4, 1))).toEqual([]);
    // Last year's day left in the title, every row after it: the title is said, once.
    const slip = o16('ผลการจัดซื้อจัดจ้าง ณ วันที่ 31 มีนาคม 2566', utc(2023, 11, 5), utc(2024, 1, 9), utc(2024, 2, 1));
    expect(slip.map((f) => [f.cell, f.value])).toEqual([['A1', 'ผลการจัดซื้อจัดจ้าง ณ วันที่ 31 มีนาคม 2566']]);
    // O16's own day with later contracts under it: the rows are the mistake, each said.
    const late = o16('ผลการจัดซื้อจัดจ้าง ณ วันที่ 31 มีนาคม 2567', utc(2024, 4, 5), utc(2024, 5, 9), utc(2024, 6, 1));
    expect(late.map((f) => f.cell)).toEqual(['K4', 'K5', 'K6']);
    expect(slip[0]!.message.th).toBe('ชื่อตารางระบุข้อมูล ณ วันที่ 31 มี.ค. 2566 แต่ทุกรายการลงนามหลังจากนั้น: ตรวจวันที่ในชื่อตาราง');
    // Titles that give O16's span other ways, on a sheet named neither: the span's last day, or its half year.
    for (const t of [
      'ผลการจัดซื้อจัดจ้าง ตั้งแต่วันที่ 1 ตุลาคม 2566 ถึงวันที่ 31 มีนาคม 2567',
      'ผลการจัดซื้อจัดจ้าง (1 ต.ค. 66 - 31 มี.ค. 67)',
      'ผลการจัดซื้อจัดจ้าง ๑ ต.ค. ๒๕๖๖ – ๓๑ มี.ค. ๒๕๖๗',
      'ผลการจัดซื้อจัดจ้าง รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2567',
      'ผลการจัดซื้อจัดจ้าง ครึ่งปีงบประมาณแรก 2567',
    ])
      expect(
        named('ผล', t, utc(2024, 3, 31), utc(2024, 4, 10)).map((f) => f.cell),
        t,
      ).toEqual(['K5']);
    // The second half is not O16; a span's start, or a date further on, is no cut-off.
    for (const t of [
      'ผลการจัดซื้อจัดจ้าง รอบ 6 เดือนหลัง ประจำปีงบประมาณ พ.ศ. 2567',
      'ผลการจัดซื้อจัดจ้าง ครึ่งปีหลัง (รอบ 6 เดือน ที่ 2) 2567',
      'ผลการจัดซื้อจัดจ้าง ไตรมาสที่ 1 - 4 (1 ตุลาคม 2566 - 30 กันยายน 2567)',
      'ผลการจัดซื้อจัดจ้าง พ.ศ. 2567 - 1 ตุลาคม 2566 ถึง 30 กันยายน 2567',
      'ผลการจัดซื้อจัดจ้าง รอบ 6 เดือน ถึง 31 มี.ค. 67 และทั้งปี ถึง 30 ก.ย. 67',
    ])
      expect(named('ผล', t, utc(2024, 4, 10), utc(2024, 8, 1)), t).toEqual([]);
    // A range's end later in the year moves the cut-off; a span of months alone names no day.
    expect(
      named('ผล', 'ผลการจัดซื้อจัดจ้าง 1 ต.ค. 2566 ถึง 30 มิ.ย. 2567', utc(2024, 4, 10), utc(2024, 7, 1)).map((f) => f.cell),
    ).toEqual(['K5']);
    expect(named('ผล', 'ผลการจัดซื้อจัดจ้าง ตุลาคม 2566 - มีนาคม 2567', utc(2024, 4, 10))).toEqual([]);
    // A contract of the next year is said as out of the year, not twice.
    const year = checkSheet({
      name: 'O16',
      values: [
        ['ผลการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2567 ณ วันที่ 31 มีนาคม 2567'],
        [],
        O16_HEADERS,
        row({ signDate: utc(2024, 11, 5), endDate: utc(2024, 12, 30) }),
      ],
    }).findings.map((f) => f.code);
    expect(year).toContain('date-out-of-year');
    expect(year).not.toContain('signed-after-as-of');
  });

  it("signed-after-month: last month's name on this month's sheet is said once, at the title", () => {
    const buy = (n: number, date: string) => skr1Row(n, `${n}/2567 ลว. ${date}`);
    const sheet = (...dates: string[]) =>
      checkSheet({
        name: 'ก.ย. 67',
        values: [['แบบ สขร.1 ประจำเดือน สิงหาคม 2567'], SKR1_HEADERS, ...dates.map((d, i) => buy(i + 1, d))],
      })
        .findings.filter((f) => f.code === 'signed-after-month')
        .map((f) => f.cell);
    expect(sheet('2 ก.ย. 67', '5 ก.ย. 67', '9 ก.ย. 67')).toEqual(['A1']);
    // One of three after the month: that row.
    expect(sheet('2 ส.ค. 67', '5 ส.ค. 67', '9 ก.ย. 67')).toEqual(['I5']);
    // The month's days in the title too: said once, as after the month.
    const both = checkSheet({
      name: 'ส.ค. 67',
      values: [
        ['แบบ สขร.1 ประจำเดือน สิงหาคม 2567 (1 - 31 ส.ค. 2567)'],
        SKR1_HEADERS,
        buy(1, '2 ส.ค. 67'),
        buy(2, '5 ส.ค. 67'),
        buy(3, '9 ก.ย. 67'),
      ],
    }).findings.filter((f) => f.cell === 'I5');
    expect(both.map((f) => f.code)).toEqual(['signed-after-month']);
  });

  it('ce-year: BE 2567 passes, CE 2024 warns with the BE date offered', () => {
    expect(codes([row({ signDate: '31/01/2567', endDate: utc(2024, 2, 28) })])).not.toContain('ce-year');
    const f = checkRows([row({ signDate: '31/01/2024', endDate: utc(2024, 2, 28) })]).findings.find(
      (x) => x.code === 'ce-year',
    );
    expect(f).toMatchObject({
      severity: 'warning',
      cell: 'K4',
      suggestion: { value: '2024-01-31', display: '31 ม.ค. 2567', kind: 'date' },
    });
    // What to type, in BE, in both languages (not the CE date the cell already holds).
    expect(f!.message.th).toContain('ควรเป็น 31 ม.ค. 2567');
    expect(f!.message.en).toContain('uses a CE year where the form uses BE; should be 31 Jan 2024 (BE 2567)');
  });

  it('ce-year: a BE year typed into an Excel date (2567 CE) warns and offers 2024', () => {
    const f = checkRows([row({ signDate: utc(2567, 1, 31) })]).findings.find((x) => x.code === 'ce-year');
    expect(f?.suggestion).toMatchObject({ value: '2024-01-31' });
  });

  it('a year typed wrong (2657 for 2567) is read as a BE date out of the fiscal year, not as no date', () => {
    const found = codes([row({ signDate: '31/01/2657' })]);
    expect(found).toContain('date-out-of-year');
    expect(found).not.toContain('not-a-date');
  });

  it('date-as-text: a date typed as text is read, and the real date offered', () => {
    const f = checkRows([row({ signDate: '15 ม.ค. 67' })]).findings.find((x) => x.code === 'date-as-text');
    expect(f).toMatchObject({ severity: 'info', suggestion: { value: '2024-01-15', display: '15 ม.ค. 2567' } });
  });

  it('date-as-number: a serial in a cell not formatted as a date (it shows 45306) warns and offers the date', () => {
    const f = checkRows([row({ signDate: 45306 })]).findings.find((x) => x.code === 'date-as-number');
    expect(f).toMatchObject({
      severity: 'warning',
      cell: 'K4',
      suggestion: { value: '2024-01-15', display: '15 ม.ค. 2567', kind: 'date' },
    });
    expect(f!.message.en).toContain('shows as the number 45306');
    // Read as that date all the same: no year or order finding besides.
    expect(codes([row({ signDate: 45306 })])).toEqual(['date-as-number']);
    expect(codes([row({ signDate: utc(2024, 1, 15) })])).toEqual([]);
    // A number far from any year of procurements is not offered as a date.
    expect(codes([row({ signDate: 67001 })])).not.toContain('date-as-number');
  });

  it('not-a-date: 31 Feb fails, 29 Feb 2567 (a leap year) passes', () => {
    expect(codes([row({ signDate: '31/02/2567' })])).toContain('not-a-date');
    expect(codes([row({ signDate: '29/02/2567', endDate: utc(2024, 3, 31) })])).not.toContain('not-a-date');
    // A month past 12 is said as such, not only "not a date".
    const f = checkRows([row({ signDate: '15/13/2567' })]).findings.find((x) => x.code === 'not-a-date')!;
    expect(f.message.th).toContain('ไม่มีเดือนที่ 13 (วัน/เดือน/ปี)');
    expect(f.message.en).toContain(
      'there is no month 13 (day/month/year); expected a date such as 31/03/2567 (31 March 2024 in BE)',
    );
    // The examples, typed as shown, are dates.
    for (const example of ['31/03/2567', '31 มี.ค. 2567'])
      expect(codes([row({ signDate: example, endDate: utc(2024, 4, 30) })]), example).not.toContain('not-a-date');
  });

  it("gives examples of the form's own year: a new year's form (the 2568 layout copied for 2569) shows 2569", () => {
    const t = { ...getTemplate('ita2568-procurement')!, id: 'ita2569-procurement', year: 2569 };
    const said = (o: Record<string, CellValue>) => {
      const grid = {
        name: 'ITA 2569',
        values: [
          ['ข้อมูลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569'],
          t.columns.map((c) => c.header),
          t.columns.map((c) => o[c.id] ?? null),
        ],
      };
      return checkProcurementTable(grid, recogniseHeader(grid, [t])!).findings;
    };
    const found = said({ fiscalYear: '69', item: 'ซื้อวัสดุ', budget: 5_000, signDate: '15/13/2569' });
    const date = found.find((f) => f.code === 'not-a-date')!;
    expect(date.message.th).toContain('ควรเป็นวันที่ เช่น 31 มี.ค. 2569');
    expect(date.message.en).toContain('expected a date such as 31/03/2569 (31 March 2026 in BE)');
    const year = found.find((f) => f.code === 'not-a-number')!;
    expect(year.message.th).toContain('ควรเป็นปี พ.ศ. 4 หลัก เช่น 2569');
    expect(year.message.en).toContain('a 4-digit BE year such as 2569');
    // Typed as shown, the examples pass the form's own check.
    const typed = said({ fiscalYear: 2569, item: 'ซื้อวัสดุ', budget: 5_000, signDate: '31/03/2569' });
    expect(typed.filter((f) => ['not-a-date', 'not-a-number', 'date-out-of-year'].includes(f.code))).toEqual([]);
  });

  it('date-out-of-year: 30 Sep 2567 is in fiscal year 2567, 1 Oct 2567 is not', () => {
    expect(codes([row({ signDate: utc(2024, 9, 30), endDate: utc(2024, 10, 30) })])).not.toContain('date-out-of-year');
    expect(codes([row({ signDate: utc(2024, 10, 1), endDate: utc(2024, 10, 30) })])).toContain('date-out-of-year');
    expect(codes([row({ signDate: utc(2023, 9, 30) })])).toContain('date-out-of-year');
  });

  it('contract-end-before-start: the same day passes, the day before fails', () => {
    expect(codes([row({ signDate: utc(2024, 1, 10), endDate: utc(2024, 1, 10) })])).not.toContain(
      'contract-end-before-start',
    );
    expect(codes([row({ signDate: utc(2024, 1, 10), endDate: utc(2024, 1, 9) })])).toContain(
      'contract-end-before-start',
    );
  });

  it('status-date-mismatch: not yet signed but a signing date given', () => {
    const notSigned = {
      status: 'ยังไม่ได้ลงนามในสัญญา',
      agreedPrice: null,
      supplierId: null,
      supplierName: null,
      endDate: null,
    };
    expect(codes([row({ ...notSigned, signDate: null })])).toEqual([]);
    expect(codes([row({ ...notSigned, signDate: utc(2024, 1, 10) })])).toContain('status-date-mismatch');
  });
});

describe('ids', () => {
  it('tax-id-checksum: the last digit off by one fails', () => {
    expect(codes([row({ supplierId: '3100600445635' })])).toEqual([]);
    const f = checkRows([row({ supplierId: '3100600445636' })]).findings[0];
    expect(f).toMatchObject({ code: 'tax-id-checksum', severity: 'error', cell: 'H4' });
    // A citizen id is personal data: messages show it masked.
    expect(f!.message.th).toContain('3-1006-xxxxx-xx-6');
    expect(f!.message.th).not.toContain('3100600445636');
  });

  it('tax-id-format: joint venture, placeholder, masked, lost leading zero', () => {
    for (const id of ['D888869001507', 'DUMMY00003765', '130990115xxxx'])
      expect(codes([row({ supplierId: id })])).toEqual(['tax-id-format']);
    const f = checkRows([row({ supplierId: 105536112014 })]).findings[0];
    expect(f).toMatchObject({ code: 'tax-id-format', suggestion: { value: '0105536112014', kind: 'text' } });
    // Under a 13-digit format the user sees the 0, so the message says it is the value that lacks it.
    expect(f!.message.en).toContain('stored as a 12-digit number');
    expect(f!.message.en).toContain("even where the cell's format shows a 0");
    expect(f!.message.th).toContain('แม้รูปแบบเซลล์จะแสดง 0');
  });

  it('a winner registered abroad with no Thai tax id is its own case, not a bad id nor an unsigned contract', () => {
    const foreign = { supplierName: 'China Harbour Engineering Co., Ltd.', status: 'อยู่ระหว่างระยะสัญญา' };
    // The cell's note that it has none is read as such (info), not as an id of the wrong length.
    const noted = checkRows([row({ ...foreign, supplierId: 'ไม่มีเลขประจำตัวผู้เสียภาษี (นิติบุคคลต่างประเทศ)' })]);
    expect(noted.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['tax-id-foreign', 'info', 'H4']]);
    // Blank or a dash beside such a name: what to write is said, and no status to unsign a signed contract.
    for (const supplierId of [null, '-']) {
      const f = checkRows([row({ ...foreign, supplierId })]).findings;
      expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(['required-value@H4']);
      expect(f[0]!.message.en).toContain(
        'the winner "China Harbour Engineering Co., Ltd." may be registered abroad; give its 13-digit Thai tax id, and only if it truly has none write "ไม่มีเลขประจำตัวผู้เสียภาษี (นิติบุคคลต่างประเทศ)"',
      );
      expect(f[0]!.message.en).not.toContain('make the status');
    }
    // So is a name in Latin letters with its country in Thai in brackets, in full or short.
    for (const supplierName of ['Hitachi Ltd. (ประเทศญี่ปุ่น)', 'Hitachi Ltd. (ญี่ปุ่น)', 'Microsoft Corporation (สหรัฐฯ)']) {
      const f = checkRows([row({ supplierName, supplierId: null })]).findings;
      expect(f[0]!.message.en, supplierName).toContain(`the winner "${supplierName}" may be registered abroad`);
    }
    // A Thai winner's id left blank on a row its dates say was signed: required, with no advice to unsign it.
    const thai = checkRows([row({ supplierId: null, status: 'อยู่ระหว่างระยะสัญญา' })]).findings;
    expect(thai.map((x) => x.message.en)).toEqual([
      'Row 4: "Tax id / citizen id of the selected supplier" is required',
    ]);
  });

  it('a Thai firm is never told it is foreign, and a foreign note beside its name stays an error', () => {
    // Thai legal forms written in English: the id is asked for, with no foreign note suggested.
    for (const supplierName of ['Chai Air Service Limited Partnership', 'Data Gateway (Thailand) Co., Ltd.']) {
      const f = checkRows([row({ supplierName, supplierId: null })]).findings;
      expect(f.map((x) => x.message.en)).toEqual(['Row 4: "Tax id / citizen id of the selected supplier" is required']);
    }
    // A note that the winner is foreign beside a name of a Thai legal form: an error saying a Thai firm has an id.
    for (const supplierName of ['บริษัท สมชายการค้า จำกัด', 'ห้างหุ้นส่วนจำกัด ชัยแอร์', 'Chai Air Service Limited Partnership']) {
      const f = checkRows([row({ supplierName, supplierId: 'ต่างประเทศ' })]).findings;
      expect(f.map((x) => [x.code, x.severity, x.message.en])).toEqual([
        [
          'tax-id-format',
          'error',
          `Row 4: "Tax id / citizen id of the selected supplier" "ต่างประเทศ" says the winner is foreign, but "${supplierName}" is a firm registered in Thailand, which has a 13-digit tax id: give that id`,
        ],
      ]);
    }
    // A firm named in Thai with its country abroad in brackets is foreign: จำกัด is only Thai for Limited.
    // Its short name alone in the bracket too.
    for (const supplierName of [
      'บริษัท ฮิตาชิ จำกัด (ประเทศญี่ปุ่น)',
      'บริษัท ซีเมนส์ เฮลท์แคร์ จำกัด (สหพันธ์สาธารณรัฐเยอรมนี)',
      'บริษัท ฮิตาชิ จำกัด (ญี่ปุ่น)',
      'บริษัท ไมโครซอฟท์ คอร์ปอเรชั่น จำกัด (สหรัฐฯ)',
      // Its country in English, as firms abroad write it.
      'บริษัท ฮิตาชิ จำกัด (Japan)',
      'บริษัท ซีเมนส์ เฮลท์แคร์ จำกัด (Germany)',
      'บริษัท ไมโครซอฟท์ คอร์ปอเรชั่น จำกัด (U.S.A.)',
      "บริษัท ไชน่า ฮาร์เบอร์ จำกัด (People's Republic of China)",
    ])
      expect(
        checkRows([row({ supplierName, supplierId: 'นิติบุคคลต่างประเทศ' })]).findings.map((f) => [f.code, f.severity]),
        supplierName,
      ).toEqual([['tax-id-foreign', 'info']]);
    // Its Thai branch is Thai, however spaced; so is a form only Thai law has, whatever its bracket says.
    for (const supplierName of [
      'บริษัท ฮิตาชิ (ประเทศไทย) จำกัด',
      'บริษัท ฮิตาชิ เอเชีย (ประเทศ ไทย) จำกัด',
      'ห้างหุ้นส่วนจำกัด สหรัฐการช่าง (สหรัฐก่อสร้าง)',
      'บริษัท จีนสยาม จำกัด (จีนสยามก่อสร้าง)',
      'บริษัท ซีอาร์ซี จำกัด (มหาชน) (สาธารณรัฐประชาชนจีน)',
      // A bracket in English that names no country, or names Thailand, leaves it Thai.
      'บริษัท ฮิตาชิ จำกัด (Thailand)',
      'บริษัท ยูเอส การช่าง จำกัด (US Engineering)',
      'บริษัท อินเดีย เทรดดิ้ง จำกัด (Head Office)',
      // Two letters alone may be a Thai firm's trade name ("ยูเอส", "ยูเค"): not read as a country.
      'บริษัท ยูเอส จำกัด (US)',
      'บริษัท ยูเค เทรดดิ้ง จำกัด (UK)',
    ]) {
      const f = checkRows([row({ supplierName, supplierId: 'ต่างประเทศ' })]).findings;
      expect(
        f.map((x) => x.code),
        supplierName,
      ).toEqual(['tax-id-format']);
    }
  });

  it('a dash or ไม่มี in the date cells is no sign of signing: the advice to make the status unsigned stays', () => {
    for (const none of ['-', '–', 'ไม่มี']) {
      const f = checkRows([
        row({ agreedPrice: null, signDate: none, endDate: none, status: 'อยู่ระหว่างระยะสัญญา' }),
      ]).findings.filter((x) => x.code === 'required-value');
      expect(f.map((x) => x.cell)).toEqual(['G4', 'K4', 'L4']);
      for (const x of f)
        expect(x.message.en).toContain(
          'as the status is "อยู่ระหว่างระยะสัญญา" (if it is not signed yet, make the status "ยังไม่ได้ลงนามในสัญญา")',
        );
    }
  });

  it('project-number-format: lost digits, a contract number, a wrong length', () => {
    // 67123400000: 6.71234E+10 (as Excel shows eleven digits) read back from a CSV: five digits lost.
    for (const v of ['6.71E+10', 67100000000, 67123400000, '593/2569', '6701952400'])
      expect(codes([row({ projectNumber: v })])).toContain('project-number-format');
    const f = checkRows([row({ projectNumber: 67019524001 })]).findings;
    expect(f.map((x) => x.code)).toEqual(['id-as-number']);
    expect(f[0]!.suggestion).toEqual({ value: '67019524001', display: '67019524001', kind: 'text' });
    expect(f[0]!.message.en).toContain(
      '67019524001 is stored as a number, which Excel may show as 6.70E+10 in a narrow column',
    );
  });

  it('project-number-year: created Jan 2568, signed 1 Dec 2567 passes (entered the month after), 30 Nov 2567 warns', () => {
    const p = { projectNumber: '68010000001', endDate: utc(2025, 3, 1) };
    expect(codes([row({ ...p, signDate: utc(2024, 12, 1) })], 4, 2568)).not.toContain('project-number-year');
    expect(codes([row({ ...p, signDate: utc(2024, 11, 30) })], 4, 2568)).toContain('project-number-year');
  });

  it('project-number-year: signed 24 months after the number was created passes, 25 months warns', () => {
    const p = { projectNumber: '68010000001', endDate: utc(2027, 3, 1) };
    expect(codes([row({ ...p, signDate: utc(2027, 1, 31) })], 4, 2570)).not.toContain('project-number-year');
    expect(codes([row({ ...p, signDate: utc(2027, 2, 1) })], 4, 2570)).toContain('project-number-year');
  });
});

describe('methods and lists', () => {
  it('unknown-method, with a suggestion when the text names a method', () => {
    expect(codes([row({ method: 'ประมูล' })])).toEqual(['unknown-method']);
    const f = checkRows([row({ method: 'เฉพาะเจาะจงตามหนังสือสั่งการ' })]).findings[0];
    expect(f).toMatchObject({ code: 'unknown-method', suggestion: { value: 'วิธีเฉพาะเจาะจง' } });
    expect(
      codes([row({ method: 'e-bidding', budget: 600_000, referencePrice: 600_000, agreedPrice: 550_000 })]),
    ).toEqual([]);
  });

  it('a method with its ground cited formally or in short is that method, with no error and no fix', () => {
    const m = (method: string) =>
      checkRows([row({ method, budget: 2_500_000, referencePrice: 2_500_000, agreedPrice: 2_400_000 })]).findings;
    // Grounds other than the amount (ค: an emergency, ฉ: a state body): not held to the 500,000 of (ข).
    for (const t of [
      'เฉพาะเจาะจง มาตรา 56(2)(ค) แห่ง พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560',
      'คัดเลือก ตามมาตรา 56 (1) (ค) แห่ง พ.ร.บ.การจัดซื้อจัดจ้างฯ',
      'เฉพาะเจาะจง ม.56 ว.1(2)(ค)',
      'วิธีคัดเลือก ม.56 ว.1 (1)(ค)',
      'วิธีเฉพาะเจาะจง [ม.56(2)(ค)]',
      'เฉพาะเจาะจง ตาม พ.ร.บ. ม.56(2)(ฉ)',
      'เฉพาะเจาะจง ม.56(2)(ค)-จำเป็นเร่งด่วน',
      'เฉพาะเจาะจง ม.56 (2)(ฉ)/รัฐวิสาหกิจ',
    ])
      expect(m(t), t).toEqual([]);
    // (ข) is the amount's ground, however cited: the limit holds.
    for (const t of ['เฉพาะเจาะจง มาตรา 56 (2) (ข) แห่ง พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560', 'เฉพาะเจาะจง ม.56 ว.1(2)(ข)'])
      expect(
        m(t).map((f) => f.code),
        t,
      ).toEqual(['method-threshold']);
  });

  it('a method suggested for a cell citing a ground keeps the ground, or none is offered', () => {
    const buy = { budget: 2_500_000, referencePrice: 2_500_000, agreedPrice: 2_400_000 };
    for (const [t, fix] of [
      ['เฉพาะเจาะจ ม.56(2)(ค)-จำเป็นเร่งด่วน', 'วิธีเฉพาะเจาะจง ม.56(2)(ค)-จำเป็นเร่งด่วน'],
      // Two grounds, the second the method's (คัดเลือก had no bidder): the fix keeps both.
      [
        'เฉพาะเจาะจง เนื่องจากคัดเลือก (ม.56(1)(ก)) ไม่มีผู้ยื่น จึงใช้ ม.56(2)(ก)',
        'วิธีเฉพาะเจาะจง (ม.56(1)(ก)) ไม่มีผู้ยื่น จึงใช้ ม.56(2)(ก)',
      ],
    ]) {
      const f = checkRows([row({ method: t!, ...buy })]).findings;
      expect(f, t).toMatchObject([{ code: 'unknown-method', suggestion: { value: fix } }]);
      // Taken, the fix leaves the row right: the ground still lifts the 500,000 limit, and one cited fits.
      expect(codes([row({ method: fix!, ...buy })]), fix).toEqual([]);
    }
    // A clause without its section, beside words no method is: no name to suggest that would keep it.
    const none = checkRows([row({ method: 'เฉพาะเจาะจงกรณี (2)(ค)', ...buy })]).findings;
    expect(none).toMatchObject([{ code: 'unknown-method' }]);
    expect(none[0]!.suggestion).toBeUndefined();
  });

  it('a ground cited as "ม 56", or before the method, keeps its method; a village number is no ground', () => {
    const big = { budget: 600_000, referencePrice: 600_000, agreedPrice: 590_000 };
    const found = (method: string) => checkRows([row({ method, ...big })]).findings;
    // No dot after ม: the method with its ground, held to the 500,000 of (ข) as "ม.56" is.
    expect(found('เฉพาะเจาะจง ม 56 (2)(ข)').map((f) => f.code)).toEqual(['method-threshold']);
    expect(found('เฉพาะเจาะจง ม56(2)(ค)')).toEqual([]);
    expect(found('เฉพาะเจาะ ม 56 (2)(ข)')).toMatchObject([
      { code: 'unknown-method', suggestion: { value: 'วิธีเฉพาะเจาะจง ม 56 (2)(ข)' } },
    ]);
    // The ground first: the method it grounds, then the ground as written.
    const first = found('ม.56(2)(ข) เฉพาะเจาะจง');
    expect(first).toMatchObject([{ code: 'unknown-method', suggestion: { value: 'วิธีเฉพาะเจาะจง ม.56(2)(ข)' } }]);
    expect(codes([row({ method: first[0]!.suggestion!.value as string, ...big })])).toEqual(['method-threshold']);
    // Words after a ground of เฉพาะเจาะจง naming another method may be its reason (คัดเลือก had no bidder).
    expect(found('ม.56(2)(ก) คัดเลือก')[0]!.suggestion).toBeUndefined();
    // "ม.3" after หมู่ที่ is a village: the method alone is suggested, as for any other words.
    expect(found('เฉพาะเจาะจง หมู่ที่ ม.3')).toMatchObject([
      { code: 'unknown-method', suggestion: { value: 'วิธีเฉพาะเจาะจง' } },
    ]);
  });

  it('a ground of ม.56 beside another method is asked about; the right pairs pass', () => {
    const big = { budget: 2_500_000, referencePrice: 2_500_000, agreedPrice: 2_400_000 };
    const found = (method: string) => checkRows([row({ method, ...big })]).findings;
    // (2) grounds เฉพาะเจาะจง, (1) คัดเลือก: e-bidding or คัดเลือก beside (2), เฉพาะเจาะจง beside (1), is one slip.
    for (const t of [
      'e-bidding ม.56(2)(ข)',
      'วิธีคัดเลือก ตามมาตรา 56 วรรคหนึ่ง (2) (ค)',
      'เฉพาะเจาะจง ม.56(1)(ก)',
      'e-bidding ม.56(1)(ก) และ (2)(ข)',
      // A method in brackets after the ground is part of it: the one before is the one written.
      'e-bidding ม.56(2)(ข) (เฉพาะเจาะจง)',
      // The ground first, then another method's whole name: the same slip, not a method unknown.
      'ม.56(1)(ข) เฉพาะเจาะจง',
      'ม.56(2)(ค) วิธีคัดเลือก',
      'ม.56(2)(ข) e-bidding',
    ]) {
      // The row is judged as the method written (เฉพาะเจาะจง at 2.5 million also gets its threshold warning).
      const f = found(t).filter((x) => x.code !== 'method-threshold');
      expect(
        f.map((x) => [x.code, x.severity, x.cell]),
        t,
      ).toEqual([['method-ground-mismatch', 'warning', 'E4']]);
      expect(f[0]!.suggestion, t).toBeUndefined();
    }
    expect(found('e-bidding ม.56(2)(ข)')[0]!.message.th).toContain('ของวิธีเฉพาะเจาะจง ไม่ใช่ของ ประกวดราคาอิเล็กทรอนิกส์');
    // A reason naming another method after the right ground is not the method used.
    for (const t of ['วิธีคัดเลือก ม.56(1)(ก)', 'เฉพาะเจาะจง ม.56(2)(ก) คัดเลือกไม่ได้ผล', 'e-bidding ม.55(1)'])
      expect(found(t), t).toEqual([]);
    // Two grounds cited, one the method's (คัดเลือก found no bidder, so (2)(ก)): no mismatch, and no 500,000 limit.
    for (const t of [
      'วิธีเฉพาะเจาะจง ตามมาตรา 56 (1) (ก) และ (2) (ก)',
      'วิธีเฉพาะเจาะจง ม.56(1)(ก) และ ม.56(2)(ก)',
      'วิธีเฉพาะเจาะจง ตามมาตรา ๕๖ วรรคหนึ่ง (๑) (ก), (๒) (ก)',
      'วิธีคัดเลือก ม.56(2)(ข) หรือ (1)(ข)',
    ])
      expect(found(t), t).toEqual([]);
  });

  it("a ground that fits one of the methods the cell names is no mismatch; an old name with the act's ground is legacy-method alone", () => {
    const found = (method: string) => checkRows([row({ method, budget: 50_000 })]).findings;
    // The old name in brackets glosses the act's method the ground is of: that method, as without the ground.
    for (const t of ['เฉพาะเจาะจง (ตกลงราคา) ม.56(2)(ข)', 'เฉพาะเจาะจง (ตกลงราคา)', 'เฉพาะเจาะจง ม.56(2)(ก) (คัดเลือก)'])
      expect(found(t), t).toEqual([]);
    // Two methods of the act named: the ground says which was used.
    expect(found('คัดเลือก (เฉพาะเจาะจง) ม.56(2)(ข)')).toEqual([]);
    // An old name the act replaced by the ground's method: one warning, which names that method with the ground.
    for (const [t, act] of [
      ['ตกลงราคา ม.56(2)(ข)', 'วิธีเฉพาะเจาะจง ม.56(2)(ข)'],
      ['วิธีตกลงราคา ตามมาตรา ๕๖ วรรคหนึ่ง (๒) (ข)', 'วิธีเฉพาะเจาะจง ตามมาตรา ๕๖ วรรคหนึ่ง (๒) (ข)'],
      // The ground first: the same method named, the ground as written.
      ['ม.56(2)(ข) ตกลงราคา', 'วิธีเฉพาะเจาะจง ม.56(2)(ข)'],
    ]) {
      const f = found(t!);
      expect(
        f.map((x) => x.code),
        t,
      ).toEqual(['legacy-method']);
      expect(f[0]!.message.th, t).toContain(`ใช้วิธีตาม พ.ร.บ.ฯ 2560 แทน เช่น "${act}"`);
      expect(f[0]!.message.en, t).toContain(`use a method of the 2560 act such as "${act}"`);
      // Named, not written, as legacy-method always does.
      expect(f[0]!.suggestion, t).toBeUndefined();
    }
    // An old name whose own successor is another method than the ground's: both are asked about.
    expect(found('ประกวดราคา ม.56(2)(ข)').map((x) => x.code)).toEqual(['legacy-method', 'method-ground-mismatch']);
  });

  it('a ground of ม.56 written alone, or with its reason, is offered the method the act grounds on it', () => {
    const big = { budget: 2_500_000, referencePrice: 2_500_000, agreedPrice: 2_400_000 };
    const found = (method: string) => checkRows([row({ method, ...big })]).findings;
    for (const [t, fix] of [
      ['ตามมาตรา 56 วรรคหนึ่ง (2) (ค)', 'วิธีเฉพาะเจาะจง ตามมาตรา 56 วรรคหนึ่ง (2) (ค)'],
      ['ม.56(1)(ค)', 'วิธีคัดเลือก ม.56(1)(ค)'],
      ['ม.56(2)(ค) จำเป็นเร่งด่วน', 'วิธีเฉพาะเจาะจง ม.56(2)(ค) จำเป็นเร่งด่วน'],
      ['ม.56(2)(ค) เฉพาะเจาะ', 'วิธีเฉพาะเจาะจง ม.56(2)(ค)'],
      // A piece of the ground's method's name is that name cut short, not a reason to keep.
      ['ม.56(2)(ค) เจาะจง', 'วิธีเฉพาะเจาะจง ม.56(2)(ค)'],
      ['ม.56(1)(ข) คัด', 'วิธีคัดเลือก ม.56(1)(ข)'],
      // Another method's name with more words is the reason: that method found no bidder.
      ['ม.56(1)(ก) e-bidding ไม่มีผู้ยื่น', 'วิธีคัดเลือก ม.56(1)(ก) e-bidding ไม่มีผู้ยื่น'],
      ['ม.56(2)(ก) คัดเลือกไม่ได้ผล', 'วิธีเฉพาะเจาะจง ม.56(2)(ก) คัดเลือกไม่ได้ผล'],
      // A verb alone after the ground says what was bought: no reason to keep.
      ['ม.56 (2)(ค) ซื้อ', 'วิธีเฉพาะเจาะจง ม.56 (2)(ค)'],
    ]) {
      expect(found(t!), t).toMatchObject([{ code: 'unknown-method', suggestion: { value: fix } }]);
      // Taken, the fix leaves the row right: a ground other than (ข) has no 500,000 limit.
      expect(codes([row({ method: fix!, ...big })]), fix).toEqual([]);
    }
    // (ข) at an amount under its limit, likewise.
    for (const t of [
      'ม.56(2)(ข) เจาะจง',
      'ม.56(2)(ข) เฉพาะ',
      'ม.56(2)(ข) ซื้อ',
      'ม.56(2)(ข) จัดจ้าง',
      'ม.56(2)(ข) ซื้อ/จ้าง',
      'ม.56(2)(ข) จ้างเหมา',
    ]) {
      expect(codes([row({ method: t })]), t).toEqual(['unknown-method']);
      const f = checkRows([row({ method: t })]).findings[0]!;
      expect(f.suggestion?.value, t).toBe('วิธีเฉพาะเจาะจง ม.56(2)(ข)');
      expect(codes([row({ method: f.suggestion!.value as string })]), t).toEqual([]);
    }
    // A section with no paragraph names no method.
    expect(found('ม.56')[0]!.suggestion).toBeUndefined();
    // Another method named after other words may be the one used: which, the officer says. So may the
    // ground's own method named before a reason that names another.
    for (const t of [
      'ม.56(2)(ข) ใช้วิธี e-market',
      'ม.56(2)(ข) โดย e-market',
      'ม.56(2)(ข) ผ่านระบบ e-market',
      'ม.56 (1) (ก) คัดเลือก เนื่องจาก e-bidding ไม่มีผู้ยื่น',
    ])
      expect(found(t)[0]!.suggestion, t).toBeUndefined();
  });

  it('suggests no method of the old rules: ประกวดราคา… is now e-bidding, another old name has no fix', () => {
    const big = { budget: 812_345_678.91, referencePrice: 812_000_000, agreedPrice: 745_000_000.55 };
    for (const method of ['ประกวดราคานานาชาติ', 'ประกวดราคาจ้างก่อสร้าง']) {
      const f = checkRows([row({ method, ...big })]).findings;
      expect(f, method).toMatchObject([
        { code: 'unknown-method', suggestion: { value: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)' } },
      ]);
      // Taken, the fix draws no legacy-method warning.
      expect(codes([row({ method: f[0]!.suggestion!.value as string, ...big })])).toEqual([]);
    }
    const old = checkRows([row({ method: 'ตกลงราคาแล้ว' })]).findings;
    expect(old).toMatchObject([{ code: 'unknown-method' }]);
    expect(old[0]!.suggestion).toBeUndefined();
    expect(old[0]!.message.en).toContain('use one of: "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"');
  });

  it('legacy-method: ตกลงราคา warns in fiscal year 2567, not in 2560', () => {
    expect(codes([row({ method: 'ตกลงราคา' })])).toContain('legacy-method');
    const old = row({
      method: 'ตกลงราคา',
      projectNumber: '59119524001',
      signDate: utc(2017, 1, 10),
      endDate: utc(2017, 2, 10),
    });
    expect(codes([old], 4, 2560)).not.toContain('legacy-method');
  });

  it('legacy-method: a plain "ประกวดราคา" in a current row names the act\'s method that replaced it; ตกลงราคา names none', () => {
    const said = (method: string) => checkRows([row({ method })]).findings.find((f) => f.code === 'legacy-method')!;
    const tender = said('ประกวดราคา');
    expect(tender.message.th).toContain('ใช้วิธีตาม พ.ร.บ.ฯ 2560 แทน เช่น "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"');
    expect(tender.message.en).toContain('use a method of the 2560 act such as "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"');
    // Named, not written: which method the procurement used is the officer's to say.
    expect(tender.suggestion).toBeUndefined();
    expect(said('ตกลงราคา').message.th).not.toContain('เช่น');
  });

  it('legacy-method: fiscal year 2560 is the last of the old rules, 2561 the first of the act', () => {
    const buy = (y: number) => row({ method: 'ตกลงราคา', signDate: utc(y, 1, 10), endDate: utc(y, 2, 10) });
    expect(codes([buy(2017)], 4, 2560)).not.toContain('legacy-method');
    expect(codes([buy(2018)], 4, 2561)).toContain('legacy-method');
  });

  it('unknown-list-value: an unknown status fails; a known other wording is noted with the fix', () => {
    expect(codes([row({ status: 'เสร็จแล้ว' })])).toEqual(['unknown-list-value']);
    const f = checkRows([row({ status: 'สิ้นสุดสัญญา' })]).findings[0];
    expect(f).toMatchObject({ code: 'list-wording', severity: 'info', suggestion: { value: 'สิ้นสุดระยะสัญญา' } });
    // The budget-source list is open: other sources are allowed.
    expect(codes([row({ budgetSource: 'เงินสะสม' })])).toEqual([]);
  });

  it('method-threshold: เฉพาะเจาะจง up to 500,000; e-bidding above it; สอบราคา up to 5,000,000', () => {
    const m = (method: string, budget: number) =>
      codes([row({ method, budget, referencePrice: budget, agreedPrice: budget * 0.97 })]);
    expect(m('วิธีเฉพาะเจาะจง', 500_000)).not.toContain('method-threshold');
    expect(m('วิธีเฉพาะเจาะจง', 500_000.01)).toContain('method-threshold');
    expect(m('e-bidding', 500_000)).toContain('method-threshold');
    expect(m('e-bidding', 500_000.01)).not.toContain('method-threshold');
    expect(m('สอบราคา', 5_000_000)).not.toContain('method-threshold');
    expect(m('สอบราคา', 5_000_000.01)).toContain('method-threshold');
    // The 500,000 limit is ม.56(2)(ข)'s: a cell stating another ground (no bidder, an emergency …) is
    // not held to it; one stating (ข), or none, is.
    expect(m('วิธีเฉพาะเจาะจง ตามมาตรา 56 (2) (ก)', 800_000)).not.toContain('method-threshold');
    expect(m('เฉพาะเจาะจง ม.๕๖(๒)(ค)', 800_000)).not.toContain('method-threshold');
    expect(m('เฉพาะเจาะจง ม.56(2)(ข)', 800_000)).toContain('method-threshold');
    // Still เฉพาะเจาะจง, for the red flags and the summary.
    expect(m('เฉพาะเจาะจง ม.56(2)(ก)', 800_000)).not.toContain('unknown-method');
    // Judged by the buy's own amount, and said by its name: the reference price where no budget is given;
    // not the year's budget line typed in each row beside a buy of 5,000.
    const said = (changes: Record<string, number | string | null>) =>
      checkRows([row({ method: 'วิธีเฉพาะเจาะจง', ...changes })]).findings.filter((f) => f.code === 'method-threshold');
    const noBudget = said({ budget: null, referencePrice: 600_000, agreedPrice: 590_000 });
    expect(noBudget[0]!.message.th).toContain('ราคากลาง 600,000 บาท กับ "วิธีเฉพาะเจาะจง"');
    expect(noBudget[0]!.message.th).toContain('(ราคากลาง เพราะไม่มีวงเงิน)');
    expect(noBudget[0]!.message.en).toContain('(the reference price: no budget is given)');
    expect(said({ budget: 600_000, referencePrice: 5_000, agreedPrice: 4_900 })).toEqual([]);
    // A ราคากลาง far under its budget but the price not: the law's limit is on the budget (วงเงิน).
    expect(said({ budget: 600_000, referencePrice: 110_000, agreedPrice: 108_000 })[0]!.message.th).toContain(
      'วงเงิน 600,000 บาท กับ',
    );
    // A ราคากลาง of 0 tells no budget line: a 700,000 buy under a budget of 8,000,000 is still judged by it.
    expect(said({ budget: 8_000_000, referencePrice: 0, agreedPrice: 700_000 })[0]!.message.th).toContain(
      'วงเงิน 8,000,000 บาท กับ',
    );
    // Nor does an agreed price far under the budget without one (e-bidding of 5,000,000 agreed at 450,000).
    const bidding = checkRows([
      row({ method: 'e-bidding', budget: 5_000_000, referencePrice: null, agreedPrice: 450_000 }),
    ]).findings.filter((f) => f.code === 'method-threshold');
    expect(bidding).toEqual([]);
    expect(said({ budget: 600_000, referencePrice: 600_000, agreedPrice: 590_000 })[0]!.message.th).toContain(
      'วงเงิน 600,000 บาท กับ',
    );
    // A procurement cancelled bought nothing: its 0 baht is no amount under e-bidding's bound.
    const cancelled = (method: string) =>
      codes([
        row({
          method,
          status: 'ยกเลิกการดำเนินการ',
          budget: 0,
          referencePrice: 0,
          agreedPrice: 0,
          supplierId: null,
          supplierName: null,
          signDate: null,
          endDate: null,
        }),
      ]);
    expect(cancelled('e-bidding')).not.toContain('method-threshold');
    expect(cancelled('สอบราคา')).not.toContain('method-threshold');
    // e-market has no bound in DOMAIN §3.4 (the act lets a buy of any amount use it).
    expect(m('e-market', 120_000)).not.toContain('method-threshold');
    // A negative budget is an error of its own, not a budget under e-bidding's bound.
    const negative = codes([row({ method: 'e-bidding', budget: -120_000 })]);
    expect(negative).toContain('negative-amount');
    expect(negative).not.toContain('method-threshold');
  });
});

describe('rows against rows', () => {
  it('duplicate-row for an identical row; duplicate-project-number for a shared number', () => {
    expect(checkRows([row({}, 0), row({}, 0)]).findings.map((f) => [f.code, f.row])).toEqual([['duplicate-row', 5]]);
    const shared = row({ projectNumber: '67019524001' }, 1);
    expect(checkRows([row({}, 0), shared]).findings.map((f) => [f.code, f.cell])).toEqual([
      ['duplicate-project-number', 'J5'],
    ]);
  });

  it('duplicate-row: a row with a value one cell to the left (the cell beside it empty) is another row', () => {
    const shifted = row({ budgetSource: 'สิ้นสุดระยะสัญญา', status: null }, 0);
    expect(codes([row({ budgetSource: null }, 0), shifted])).not.toContain('duplicate-row');
  });
});

describe('the fiscal year a sheet without one in its title is judged by', () => {
  const signed = (...days: Date[]) =>
    checkRows(
      days.map((d, i) => row({ signDate: d, endDate: utc(2026, 9, 30) }, i)),
      null,
    );

  it("is the year of at least half the signing dates, else the form's own", () => {
    // Two of four signed in FY2566, one each in 2565 and 2567: 2566, and the other two are out of it.
    const half = signed(utc(2023, 1, 15), utc(2023, 2, 15), utc(2022, 1, 15), utc(2024, 1, 15));
    expect(half.fiscalYear).toBe(2566);
    expect(half.findings.filter((f) => f.code === 'date-out-of-year').map((f) => f.row)).toEqual([4, 5]);
    // One of three each: no year has half; the form's (ITA 2567) is taken.
    expect(signed(utc(2023, 1, 15), utc(2022, 1, 15), utc(2021, 1, 15)).fiscalYear).toBe(2567);
  });

  it('of two years with half the dates each, is the later', () => {
    expect(signed(utc(2022, 1, 15), utc(2022, 2, 15), utc(2023, 1, 15), utc(2023, 2, 15)).fiscalYear).toBe(2566);
  });
});
