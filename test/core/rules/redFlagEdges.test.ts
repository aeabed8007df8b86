import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { isDateFormat } from '../../../src/core/cells/dates';
import { checkSheet } from '../../../src/core/check/sheet';
import { getTemplate } from '../../../src/core/templates/registry';
import { checkRows, codes, row, utc } from '../../helpers/findings';
import { taxId } from '../../helpers/o16';

const flagsOf = (rows: CellValue[][]) => codes(rows).filter((c) => c.startsWith('flag-'));
const buy = (i: number, o: Record<string, unknown> = {}) =>
  row(
    {
      item: 'ซื้อวัสดุก่อสร้าง',
      supplierId: taxId(7),
      supplierName: 'บริษัท วัสดุดี จำกัด',
      budget: 300_000,
      referencePrice: 300_000,
      agreedPrice: 290_000,
      signDate: utc(2024, 3, 1 + i),
      endDate: utc(2024, 5, 30),
      ...o,
    },
    i,
  );

const SKR = getTemplate('skr1')!.columns.map((c) => c.header);
const skr = (rows: CellValue[][], fy = 2567) =>
  checkSheet(
    { name: 'S', values: [[`แบบ สขร.1 ปีงบประมาณ พ.ศ. ${fy}`], SKR, ...rows] as CellValue[][] },
    { templateId: 'skr1' },
  ).findings.map((f) => f.code);
const skrLine = (
  n: number,
  method: string,
  bidders: string,
  winner: string,
  ref: string,
  item = 'ซื้อวัสดุก่อสร้าง',
  amt = 300_000,
) => [n, item, amt, amt, method, bidders, winner, 'ราคาต่ำสุด', ref];

describe('red flags and row kinds at their edges (third-party audit)', () => {
  it('total rows with common labels are judged as data (flags + errors)', () => {
    for (const label of [
      'ยอดรวมทั้งสิ้น',
      'รวมเป็นเงินทั้งสิ้น',
      'รวมทั้งสิ้น (5 รายการ)',
      'รวมทั้งสิ้น จำนวน 5 รายการ',
      // The column's word before or after รวม.
      'วงเงินรวม',
      'รวมงบ',
      'รวมตกลง',
      'ราคารวมทั้งสิ้น',
      'รวมวงเงินงบประมาณ',
      'รวมราคาที่ตกลงซื้อหรือจ้าง',
      'รวมจำนวนเงิน',
      'ผลรวม',
    ]) {
      const total = [label, 1_000_000, null, null, null, 1_000_000, 800_000, null, null, null, null, null];
      // Its amounts are not the row's (its sum is judged in totalLines.test): only a total-mismatch may show.
      const found = codes([row({}, 0), total]).filter((c) => c !== 'total-mismatch');
      expect(found, label).toEqual([]); // got flag-deep-discount + 8 required-value
    }
  });

  it('a cancelled row is counted in a split purchase', () => {
    const f = flagsOf([buy(0), buy(1, { status: 'ยกเลิกการดำเนินการ' })]);
    expect(f).not.toContain('flag-split-purchase');
  });
  it('cancelled rows are counted as wins', () => {
    const same = { supplierId: taxId(99), supplierName: 'บริษัท ประจำ จำกัด' };
    const cancelled = { ...same, status: 'ยกเลิกการดำเนินการ', agreedPrice: null, signDate: null, endDate: null };
    const rows = [
      row(same, 0),
      row(cancelled, 1),
      row(cancelled, 2),
      ...Array.from({ length: 7 }, (_, i) => row({}, i + 3)),
    ];
    expect(flagsOf(rows)).not.toContain('flag-repeat-winner'); // got 3 × "ได้รับการคัดเลือก 3 จาก 10"
  });

  it('one supplier written "บริษัท … จำกัด" / "บจก." / bare name is three suppliers', () => {
    const c = skr([
      skrLine(1, 'เฉพาะเจาะจง', 'บริษัท วัสดุดี จำกัด / 290,000', 'บริษัท วัสดุดี จำกัด / 290,000', '1/2567 ลว. 1 มี.ค. 2567'),
      skrLine(2, 'เฉพาะเจาะจง', 'บจก. วัสดุดี / 290,000', 'บจก. วัสดุดี / 290,000', '2/2567 ลว. 5 มี.ค. 2567'),
      skrLine(3, 'เฉพาะเจาะจง', 'วัสดุดี / 290,000', 'วัสดุดี / 290,000', '3/2567 ลว. 9 มี.ค. 2567'),
    ]);
    expect(c).toContain('flag-split-purchase'); // same cells with identical names: split + repeat-winner fire
    expect(c).toContain('flag-repeat-winner');
  });
  it('a row keyed by tax id and a row keyed by the same name are different suppliers', () => {
    expect(flagsOf([buy(0), buy(1, { supplierId: null })])).toContain('flag-split-purchase');
  });

  it('different items judged "similar" by a shared generic prefix', () => {
    expect(flagsOf([buy(0, { item: 'ซื้อวัสดุสำนักงาน' }), buy(1, { item: 'ซื้อวัสดุก่อสร้าง' })])).not.toContain(
      'flag-split-purchase',
    );
    expect(flagsOf([buy(0, { item: 'จ้างเหมาซ่อมแซมถนน' }), buy(1, { item: 'จ้างเหมาซ่อมแซมรถยนต์' })])).not.toContain(
      'flag-split-purchase',
    );
  });

  it('few-bidders fires on one-quote legacy methods', () => {
    const c = skr(
      [
        skrLine(1, 'ตกลงราคา', 'ร้าน ก / 29,000', 'ร้าน ก / 29,000', '1/2560 ลว. 1 มี.ค. 2560', 'ซื้อวัสดุ', 30_000),
        skrLine(2, 'วิธีพิเศษ', 'ร้าน ข / 29,000', 'ร้าน ข / 29,000', '2/2560 ลว. 2 มี.ค. 2560', 'ซื้อวัสดุ', 30_000),
      ],
      2560,
    );
    expect(c).not.toContain('flag-few-bidders');
  });

  it('percentage boundaries depend on float rounding', () => {
    // exactly 1 % below: flagged at 1,000,000/990,000 but not here
    expect(
      flagsOf([row({ method: 'e-bidding', budget: 500_001, referencePrice: 500_001, agreedPrice: 495_000.99 })]),
    ).toEqual(['flag-near-reference']);
    // exactly 15 % below: not flagged at 1,000,000/850,000, but flagged here as "15.0%"
    expect(flagsOf([row({ budget: 10_002.6, referencePrice: 10_002.6, agreedPrice: 8_502.21 })])).toEqual([]);
  });

  it('near-reference says "lower than" when the price equals ราคากลาง', () => {
    const f = checkRows([
      row({ method: 'e-bidding', budget: 600_000, referencePrice: 600_000, agreedPrice: 600_000 }),
    ]).findings.find((x) => x.code === 'flag-near-reference')!;
    expect(f.message.th).not.toContain('ต่ำกว่าราคากลาง 600,000');
  });
  it('items of the same kind of thing still count as similar once the generic words are set aside', () => {
    // The classic split: one road, village by village, and the same supplies bought again.
    expect(
      flagsOf([buy(0, { item: 'จ้างก่อสร้างถนน คสล. หมู่ที่ 1' }), buy(1, { item: 'จ้างก่อสร้างถนน คสล. หมู่ที่ 2' })]),
    ).toContain('flag-split-purchase');
    expect(
      flagsOf([buy(0, { item: 'ซื้อวัสดุสำนักงาน (กระดาษ)' }), buy(1, { item: 'จัดซื้อวัสดุสำนักงาน กระดาษ A4' })]),
    ).toContain('flag-split-purchase');
    // One kind of material bought piece by piece, each piece named after it.
    for (const [a, b] of [
      ['ซื้อวัสดุก่อสร้าง (ปูนซีเมนต์)', 'ซื้อวัสดุก่อสร้าง (หินคลุก)'],
      ['ซื้อวัสดุสำนักงาน (กระดาษ A4)', 'ซื้อวัสดุสำนักงาน (หมึกพิมพ์)'],
      ['ซื้อวัสดุก่อสร้าง ปูนซีเมนต์ 200 ถุง', 'ซื้อวัสดุก่อสร้าง ทรายหยาบ 20 คิว'],
    ])
      expect(flagsOf([buy(0, { item: a }), buy(1, { item: b })]), `${a} / ${b}`).toContain('flag-split-purchase');
    // Not the leading words alone: "ซื้อวัสดุ" of the office and of electrics are other budget lines.
    expect(flagsOf([buy(0, { item: 'ซื้อวัสดุ สำนักงาน' }), buy(1, { item: 'ซื้อวัสดุ ไฟฟ้า' })])).not.toContain(
      'flag-split-purchase',
    );
  });
  it('buying a thing and having it repaired are different items; the same buy worded two ways is one', () => {
    for (const [a, b] of [
      ['ซื้อรถยนต์', 'จ้างซ่อมรถยนต์'],
      ['จ้างเหมาบริการทำความสะอาด', 'ซื้อวัสดุทำความสะอาด'],
      ['ซื้อวัสดุไฟฟ้า', 'จ้างซ่อมแซมไฟฟ้า'],
      ['ซื้อเครื่องปรับอากาศ', 'จ้างบำรุงรักษาเครื่องปรับอากาศ'],
    ])
      expect(flagsOf([buy(0, { item: a }), buy(1, { item: b })]), `${a} / ${b}`).not.toContain('flag-split-purchase');
    for (const [a, b] of [
      ['ซื้อวัสดุ', 'จัดซื้อวัสดุ'],
      ['จ้างเหมาบริการ', 'จ้างบริการ'],
    ])
      expect(flagsOf([buy(0, { item: a }), buy(1, { item: b })]), `${a} / ${b}`).toContain('flag-split-purchase');
  });

  it('an amount in a currency format with letters written as themselves is no date', () => {
    expect(isDateFormat('#,##0.00\\ \\b\\a\\h\\t')).toBe(false);
    expect(isDateFormat('#,##0.00 "baht"')).toBe(false);
    expect(isDateFormat('0 "days"')).toBe(false);
    expect(isDateFormat('#,##0.00_);[Red]\\(#,##0.00\\)')).toBe(false);
    expect(isDateFormat('[$-107041E]d mmm yyyy')).toBe(true);
    expect(isDateFormat('d/m/yyyy')).toBe(true);
    // A th-TH Excel's own date codes (built-in format 71), and its amounts with บาท unquoted.
    expect(isDateFormat('ว/ด/ปปปป')).toBe(true);
    expect(isDateFormat('[$-th-TH]ว ดดด ปปปป')).toBe(true);
    expect(isDateFormat('#,##0.00 บาท')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    // Codes in capitals, as Excel also takes them; E is scientific notation's.
    expect(isDateFormat('YYYY')).toBe(true);
    expect(isDateFormat('DD/MM/YYYY')).toBe(true);
    expect(isDateFormat('0.00E+00')).toBe(false);
  });
});
