import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet } from '../../../src/core/check/sheet';
import { findDateInText, parsePeriod } from '../../../src/core/cells/dates';
import { countBidders, splitWinner } from '../../../src/core/rules/cellText';
import { recogniseHeader } from '../../../src/core/sheet/header';
import { classifyRows } from '../../../src/core/sheet/rows';
import { getTemplate } from '../../../src/core/templates/registry';
import { checkRows, codes, row, utc } from '../../helpers/findings';
import { AFTER_PRICE_NAMES, AFTER_PRICE_REMARKS } from '../../helpers/skr1';

/** How agencies really fill the forms: wordings that are right must pass, and gaps must not hide. */

/** A sheet of template `id`: a title naming fiscal year 2567, the form's headers, then `rows` by column id. */
function sheetOf(id: string, rows: Record<string, CellValue>[]) {
  const t = getTemplate(id)!;
  const values: CellValue[][] = [
    ['ประจำปีงบประมาณ พ.ศ. 2567'],
    t.columns.map((c) => c.header),
    ...rows.map((r) => t.columns.map((c) => r[c.id] ?? null)),
  ];
  return checkSheet({ name: id, values }, { templateId: id });
}

/** The O14 plan's header, and plan rows that differ only in their expected start. */
const O14_HEADER = [
  'งานที่ซื้อหรือจ้าง',
  'วงเงินงบประมาณที่ได้รับจัดสรร (บาท)',
  'แหล่งที่มาของงบประมาณ',
  'วิธีการที่จะดำเนินการจัดซื้อจัดจ้าง',
  'ช่วงเวลาที่คาดว่าจะเริ่มดำเนินการ',
];
const o14Rows = (starts: readonly CellValue[]): CellValue[][] =>
  starts.map((s, i) => [`ซื้อครุภัณฑ์ ${i + 1}`, 100_000, 'พ.ร.บ. งบประมาณรายจ่าย', 'วิธีเฉพาะเจาะจง', s]);

describe('what agencies type', () => {
  it('a lone "-" in a required cell is reported as missing, naming the dash; a cancelled row may have it', () => {
    const dashes = { budget: '-', agreedPrice: '-', supplierId: '-', projectNumber: '-', signDate: '-' };
    const found = checkRows([row(dashes)]).findings.filter((f) => f.code === 'required-value');
    expect(found.map((f) => f.cell).sort()).toEqual(['B4', 'G4', 'H4', 'J4', 'K4']);
    expect(found[0]).toMatchObject({ value: '-' });
    expect(found[0]!.message.th).toContain('"-" ซึ่งไม่ใช่ค่า');
    const cancelled = { status: 'ยกเลิกการดำเนินการ', agreedPrice: '-', supplierId: '-', supplierName: '-' };
    expect(codes([row({ ...cancelled, signDate: '-', endDate: '-' })])).not.toContain('required-value');
  });

  it('"ไม่มี" is "none" as a dash is: reported as missing where required, passed where a cancelled row may leave it', () => {
    const found = checkRows([row({ agreedPrice: 'ไม่มี', supplierId: ' ไม่มี ', signDate: 'ไม่มี' })]).findings;
    expect(found.map((f) => `${f.code} ${f.cell}`).sort()).toEqual([
      'required-value G4',
      'required-value H4',
      'required-value K4',
    ]);
    expect(found[0]!.message.th).toContain('"ไม่มี" ซึ่งไม่ใช่ค่า');
    // However it arrives: after a zero-width space, in spaces, behind Excel's apostrophe.
    for (const v of ['ไม่\u200bมี', '  ไม่มี     ', "'ไม่มี", "'-", "'", '- บาท', '-.- บาท', '–.–'])
      expect(codes([row({ agreedPrice: v })]), JSON.stringify(v)).toEqual(['required-value']);
    const none = { agreedPrice: 'ไม่มี', supplierId: 'ไม่มี', supplierName: 'ไม่มี', signDate: 'ไม่มี', endDate: 'ไม่มี' };
    for (const status of ['ยกเลิกการดำเนินการ', 'ยังไม่ได้ลงนามในสัญญา'])
      expect(codes([row({ ...none, status })])).toEqual([]);
    // A money column's "- บาท" may stand where a cancelled row has no price.
    expect(codes([row({ ...none, agreedPrice: '- บาท', status: 'ยกเลิกการดำเนินการ' })])).toEqual([]);
  });

  it('the short wordings of a cancelled or unsigned status exempt the row as the form wording does', () => {
    const empty = { agreedPrice: null, supplierId: null, supplierName: null, signDate: null, endDate: null };
    for (const status of ['ยกเลิก', 'ยกเลิกโครงการ', 'ยังไม่ลงนามสัญญา']) {
      const found = codes([row({ ...empty, status })]);
      expect(found).not.toContain('required-value');
      expect(found).toContain('list-wording');
    }
    expect(codes([row({ ...empty, status: 'สิ้นสุดสัญญา' })])).toContain('required-value');
  });

  it('a two-digit BE year typed into an Excel date (stored as 1967) gets ce-year with 2024 offered', () => {
    const f = checkRows([row({ signDate: utc(1967, 1, 15), endDate: utc(2024, 2, 15) })]).findings;
    expect(f.find((x) => x.code === 'ce-year')).toMatchObject({
      cell: 'K4',
      value: '1967-01-15',
      suggestion: { value: '2024-01-15', display: '15 ม.ค. 2567' },
    });
    // Judged as the day it was meant to be: no date-out-of-year, no end-before-start.
    expect(f.map((x) => x.code)).toEqual(['ce-year']);
    // 2000 onwards is an ordinary date.
    expect(codes([row({ signDate: utc(2024, 1, 15) })])).toEqual([]);
  });

  it('an O17 summary line counting no procurements cannot have money against it', () => {
    const r = sheetOf('ita2567-o17-summary', [
      { method: 'วิธีเฉพาะเจาะจง', count: 12, budget: 450_000, agreedPrice: 440_000 },
      { method: 'ตลาดอิเล็กทรอนิกส์ (e-market)', count: 0, budget: 1_300_000, agreedPrice: 1_250_000 },
      { method: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', count: 0, budget: 0, agreedPrice: 0 },
      { method: 'วิธีคัดเลือก', count: '0', budget: null, agreedPrice: 0.01 },
    ]);
    const found = r.findings.filter((f) => f.code === 'count-zero-with-amount');
    expect(found.map((f) => f.cell)).toEqual(['B4', 'B6']);
    expect(found[0]!.message.th).toContain('เป็น 0 แต่มีวงเงินงบประมาณ 1,300,000 บาท');
  });

  it('an O17 summary line of nothing written with dashes throughout is 0, and a count with its unit is a number as text', () => {
    const r = sheetOf('ita2567-o17-summary', [
      { method: 'วิธีเฉพาะเจาะจง', count: '12 โครงการ', budget: 450_000, agreedPrice: 440_000 },
      { method: 'วิธีคัดเลือก', count: '-', budget: '-', agreedPrice: '-' },
      { method: 'ตลาดอิเล็กทรอนิกส์ (e-market)', count: '-', budget: 1_300_000, agreedPrice: 1_250_000 },
      { method: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', count: null, budget: 0, agreedPrice: 0 },
    ]);
    // A dash beside an amount is no 0: the count is asked for, as is a blank one.
    expect(r.findings.filter((f) => f.code !== 'missing-section').map((f) => `${f.code}@${f.cell}`)).toEqual([
      'number-as-text@B3',
      'required-value@B5',
      'required-value@B6',
    ]);
    expect(r.findings[0]!.suggestion?.value).toBe(12);
  });

  it('an O17 total row that is not the sum of the lines above it is told, column by column', () => {
    const lines = [
      { method: 'วิธีเฉพาะเจาะจง', count: 20, budget: 1_250_000.5, agreedPrice: 1_200_000 },
      { method: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', count: 6, budget: 8_000_000, agreedPrice: '7,600,000' },
    ];
    // Typed one short in the count; the budget rounded to the baht; the agreed total right.
    const wrong = sheetOf('ita2567-o17-summary', [
      ...lines,
      { method: 'รวม', count: 25, budget: 9_250_000, agreedPrice: 8_800_000 },
    ]);
    const found = wrong.findings.filter((f) => f.code === 'total-mismatch');
    expect(found.map((f) => [f.cell, f.severity, f.value])).toEqual([['B5', 'warning', '25']]);
    expect(found[0]!.message.th).toContain('แต่รายการแถว 3–4 รวมกันได้ 26');
    expect(found[0]!.message.en).toContain("the total's");
    // Right, and a total under a line whose amount cannot be read (left to its own finding): nothing.
    const right = sheetOf('ita2567-o17-summary', [...lines, { method: 'รวม', count: 26, budget: 9_250_000.5 }]);
    expect(right.findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
    const unread = sheetOf('ita2567-o17-summary', [
      { ...lines[0]!, count: 'ยี่สิบ' },
      lines[1]!,
      { method: 'รวม', count: 25 },
    ]);
    expect(unread.findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
  });

  it("an O17 total with a line of วิธีประกาศเชิญชวนทั่วไป is judged both ways: its own line or its members' subtotal", () => {
    const line = (method: string, count: number, budget: number) => ({ method, count, budget });
    const lines = [
      line('ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 3, 8_497_000),
      line('ตลาดอิเล็กทรอนิกส์ (e-market)', 2, 765_500),
      line('วิธีประกาศเชิญชวนทั่วไป', 1, 600_000),
      line('วิธีเฉพาะเจาะจง', 15, 1_646_000),
    ];
    const mismatches = (count: number, budget: number) =>
      sheetOf('ita2567-o17-summary', [...lines, line('รวม', count, budget)]).findings.filter(
        (f) => f.code === 'total-mismatch',
      );
    // Typed 25 for 21, 19,000,000 for 11,508,500: told, with the reading of row 5 as a subtotal.
    const found = mismatches(25, 19_000_000);
    expect(found.map((f) => f.cell)).toEqual(['B7', 'C7']);
    expect(found[0]!.message.th).toContain('แต่รายการแถว 3–6 รวมกันได้ 21 (หรือ 20 หากแถว 5 เป็นยอดรวมย่อยของวิธีในกลุ่ม)');
    expect(found[0]!.message.en).toContain('(or 20 if row 5 is the subtotal of the methods in the group)');
    // The group's line at 0 (as the template leaves it): no second reading of the same figure.
    const zero = sheetOf('ita2567-o17-summary', [
      ...lines.map((l) => (l.method === 'วิธีประกาศเชิญชวนทั่วไป' ? line(l.method, 0, 0) : l)),
      line('รวม', 25, 10_908_500),
    ]).findings.filter((f) => f.code === 'total-mismatch');
    expect(zero.map((f) => f.message.en)).toEqual([
      'Row 7: the total\'s "Number of procurements" is 25, but rows 3–6 add up to 20',
    ]);
    // An amount read two ways ("1.234") leaves the sum unknown: its own cell says so, the total says nothing.
    const twoWays = sheetOf('ita2567-o17-summary', [
      ...lines.map((l, i) => (i === 0 ? { ...l, budget: '1.234' } : l)),
      line('รวม', 21, 1_000),
    ]).findings.filter((f) => f.code === 'total-mismatch');
    expect(twoWays.map((f) => f.cell)).toEqual([]);
    // The sum with the group's line as a line of its own, and without it: nothing.
    expect(mismatches(21, 11_508_500)).toEqual([]);
    expect(mismatches(20, 10_908_500)).toEqual([]);
  });

  it('an O17 total over a method on several lines (by ground, by quarter) is judged, with or without its subtotal', () => {
    const line = (method: string, count: number) => ({ method, count });
    const told = (lines: Record<string, CellValue>[], total: number) =>
      sheetOf('ita2567-o17-summary', [...lines, line('รวม', total)])
        .findings.filter((f) => f.code === 'total-mismatch')
        .map((f) => f.message.en);
    const grounds = [line('วิธีคัดเลือก', 1), line('เฉพาะเจาะจง ม.56(2)(ข)', 12), line('เฉพาะเจาะจง ม.56(2)(ก)', 2)];
    const quarters = [1, 2].flatMap((q) => [line('วิธีเฉพาะเจาะจง', 5 * q), line('e-bidding', q)]);
    expect(told(grounds, 15)).toEqual([]);
    expect(told(grounds, 22)).toEqual([expect.stringContaining('rows 3–5 add up to 15')]);
    expect(told(quarters, 18)).toEqual([]);
    expect(told(quarters, 20)).toEqual([expect.stringContaining('rows 3–6 add up to 18')]);
    // The plain line over its grounds is their subtotal: the total without it passes, a wrong one is told.
    const over = [line('วิธีคัดเลือก', 1), line('วิธีเฉพาะเจาะจง', 14), ...grounds.slice(1)];
    expect(told(over, 15)).toEqual([]);
    expect(told(over, 19)).toEqual([expect.stringContaining('add up to 29 (or 15 if row 4 is a subtotal)')]);
  });

  it('an O17 total is not judged where its lines may hold subtotals, nor a row of percentages', () => {
    const mismatches = (rows: Record<string, CellValue>[]) =>
      sheetOf('ita2567-o17-summary', rows).findings.filter((f) => f.code === 'total-mismatch');
    const line = (method: string, count: number, budget: number) => ({ method, count, budget });
    const parts = (sub: string) => [
      line('วิธีเฉพาะเจาะจง', 40, 1_000_000),
      line('วิธีคัดเลือก', 1, 900_000),
      line(sub, 41, 1_900_000),
      line('วิธีเฉพาะเจาะจง', 37, 3_000_000),
      line('รวมทั้งสิ้น', 78, 4_900_000),
    ];
    // วิธีประกาศเชิญชวนทั่วไป over its members, its subtotal.
    const invitation = [
      line('วิธีประกาศเชิญชวนทั่วไป', 5, 9_262_500),
      line('ตลาดอิเล็กทรอนิกส์ (e-market)', 2, 765_500),
      line('ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 3, 8_497_000),
    ];
    const summaries: [string, Record<string, CellValue>[]][] = [
      [
        'the group of the 2560 act with its members under it, as agencies lay it out',
        [...invitation, line('วิธีเฉพาะเจาะจง', 185, 3_456_789.25), line('รวม', 190, 12_719_289.25)],
      ],
      // Parts with subtotals (labels the row reader takes as lines, or as totals), then the grand total.
      ['parts under a subtotal taken for a line', parts('รวมไตรมาสที่ 1 (ต.ค.-ธ.ค. 66)')],
      ['parts under a subtotal taken for a total', parts('รวม')],
      [
        "a part's heading that carries its subtotal, its lines under it",
        [
          line('ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2566)', 41, 1_900_000),
          line('วิธีเฉพาะเจาะจง', 40, 1_000_000),
          line('วิธีคัดเลือก', 1, 900_000),
          line('รวมทั้งสิ้น', 41, 1_900_000),
        ],
      ],
      [
        'a subtotal of its grounds over them, beside the group line over its members',
        [
          ...invitation,
          line('วิธีเฉพาะเจาะจง', 14, 3_666_000),
          line('เฉพาะเจาะจง ม.56(2)(ข)', 12, 1_666_000),
          line('เฉพาะเจาะจง ม.56(2)(ก)', 2, 2_000_000),
          line('รวม', 19, 12_928_500),
        ],
      ],
      [
        'a subtotal above its lines',
        [line('รวม', 41, 1_900_000), line('วิธีเฉพาะเจาะจง', 40, 1_000_000), line('วิธีคัดเลือก', 1, 900_000)],
      ],
      [
        'lines shown rounded to satang (100.254 as 100.25), the total typed from what is shown',
        [...[1, 2, 3].map(() => line('วิธีเฉพาะเจาะจง', 1, 100.254)), line('รวม', 3, 300.75)],
      ],
      ['a row of percentages', [line('วิธีเฉพาะเจาะจง', 1, 10), line('วิธีคัดเลือก', 1, 90), line('รวม (ร้อยละ)', 100, 100)]],
    ];
    for (const [why, rows] of summaries) expect(mismatches(rows), why).toEqual([]);
  });

  it('the O17 summary by method is totals: no per-purchase limit of a method applies to a row', () => {
    const r = sheetOf('ita2567-o17-summary', [
      { method: 'วิธีเฉพาะเจาะจง', count: 120, budget: 4_500_000, agreedPrice: 4_400_000 },
      { method: 'ตลาดอิเล็กทรอนิกส์ (e-market)', count: 0, budget: 0, agreedPrice: 0 },
    ]);
    expect(r.template).toBe('ita2567-o17-summary');
    expect(r.findings.map((f) => f.code)).not.toContain('method-threshold');
    // The same amount on one purchase of O16 is still worth the warning.
    expect(codes([row({ budget: 4_500_000, referencePrice: 4_500_000, agreedPrice: 4_400_000 })])).toContain(
      'method-threshold',
    );
  });

  it('a province written with จ. or จังหวัด, or Bangkok as กรุงเทพฯ, is known; an unknown one gets a short message', () => {
    const base = { item: 'ซื้อวัสดุ', budget: 10_000 };
    const known: [string, string][] = [
      ['จ.ขอนแก่น', 'ขอนแก่น'],
      ['จังหวัดขอนแก่น', 'ขอนแก่น'],
      ['กรุงเทพฯ', 'กรุงเทพมหานคร'],
    ];
    for (const [typed, meant] of known) {
      const f = sheetOf('ita2568-procurement', [{ ...base, province: typed }]).findings.find(
        (x) => x.column === 'จังหวัด',
      );
      expect(f).toMatchObject({ code: 'list-wording', severity: 'info', suggestion: { value: meant } });
    }
    const bad = sheetOf('ita2568-procurement', [{ ...base, province: 'เมืองพัทยา' }]).findings.find(
      (x) => x.column === 'จังหวัด',
    );
    expect(bad).toMatchObject({ code: 'unknown-list-value' });
    expect(bad!.message.th).toContain('(77 ค่า) เลือกจากรายการแบบเลื่อนลง');
    expect(bad!.message.th).not.toContain('ขอนแก่น');
  });

  it('a list value garbled by a PDF (ำ for า) is read, and its wording fixed; spaces alone are not worth a word', () => {
    const f = checkRows([row({ status: 'สิ้นสุดระยะสัญญำ', budgetSource: 'พ.ร.บ. งบประมำณรำยจ่ำย' })]).findings;
    expect(f.map((x) => [x.code, x.severity, x.suggestion?.value])).toEqual([
      ['list-wording', 'info', 'พ.ร.บ. งบประมาณรายจ่าย'],
      ['list-wording', 'info', 'สิ้นสุดระยะสัญญา'],
    ]);
    expect(f[1]!.message.th).toContain('"สิ้นสุดระยะสัญญำ" สะกดต่างจากคำในแบบ');
    expect(codes([row({ status: ' สิ้นสุดระยะสัญญา ', budgetSource: 'พ.ร.บ.  งบประมาณรายจ่าย\u200b' })])).toEqual([]);
    expect(codes([row({ status: 'สิ้นสุด ระยะสัญญา', budgetSource: 'พ.ร.บ.งบประมาณรายจ่าย' })])).toEqual([]);
    expect(codes([row({ budgetSource: 'พรบ.งบประมาณรายจ่าย' })])).toEqual([]);
  });

  it('an open list (budget source) takes any text; a known other wording is a note with the fix', () => {
    expect(codes([row({ budgetSource: 'เงินรายได้' })])).toEqual([]);
    const f = checkRows([row({ budgetSource: 'เงินงบประมาณ' })]).findings;
    expect(f).toMatchObject([
      { code: 'list-wording', severity: 'info', suggestion: { value: 'พ.ร.บ. งบประมาณรายจ่าย' } },
    ]);
  });
});

describe('personal data in messages (PDPA)', () => {
  it('never shows a whole citizen id, whatever is wrong with it', () => {
    for (const id of ['310060044563', '31006004456355', 'นาย ก 3100600445635', '3100600445636']) {
      const f = checkRows([row({ supplierId: id })]).findings.find((x) => x.column?.startsWith('เลขประจำตัว'));
      expect(f, id).toBeDefined();
      const shown = `${f!.message.th} ${f!.message.en} ${f!.value ?? ''}`;
      expect(shown, id).not.toMatch(/\d{9}/);
      expect(shown, id).toContain('3-1006-');
    }
  });
});

describe('สขร.1 and O21 cells that hold a name and a price', () => {
  it.each([
    'หจก. ก่อสร้างไทย ราคา 449,000.- บาท',
    'หจก. ก่อสร้างไทย 449,000.00 บาท (สี่แสนสี่หมื่นเก้าพันบาทถ้วน)',
    'หจก. ก่อสร้างไทย 449,000 บาท รวม VAT',
    'หจก. ก่อสร้างไทย 449,000 บ.',
    'หจก. ก่อสร้างไทย / 449,000',
    'หจก. ก่อสร้างไทย 449,000.00 (สี่แสนสี่หมื่นเก้าพันบาทถ้วน)',
    'หจก. ก่อสร้างไทย 449,000 THB',
    'หจก. ก่อสร้างไทย 449,000.00 (รวมภาษีมูลค่าเพิ่มแล้ว)',
    'หจก. ก่อสร้างไทย 449,000 (ราคาต่ำสุด)',
    // The price first on a line of its own under the name, then what was bought (a PDF's second line joined).
    'หจก. ก่อสร้างไทย\n449,000.00 วัสดุก่อสร้าง หินคลุก',
  ])('reads the winner and the agreed price of %j', (text) => {
    expect(splitWinner(text)).toEqual({ name: 'หจก. ก่อสร้างไทย', price: 449_000 });
  });

  it.each([
    'ร้าน ข ราคา 49,000.00 บาท (รวมภาษีมูลค่าเพิ่ม 7%)',
    'ร้าน ข 49,000 บาท (12 เดือน)',
    'ร้าน ข 49,000 บาท ระยะเวลา 30 วัน',
  ])('takes the amount in baht, not a number in the words after it: %j', (text) => {
    expect(splitWinner(text)).toEqual({ name: 'ร้าน ข', price: 49_000 });
  });

  it.each([
    ['1,480 บาท (ร้าน ก)', 'ร้าน ก'],
    ['๑,๔๘๐ บาท (ร้าน ก)', 'ร้าน ก'],
    ['1,480 (บริษัท ก จำกัด)', 'บริษัท ก จำกัด'],
    ['1,480.00 บาท ร้าน ก การค้า', 'ร้าน ก การค้า'],
    ['1,480 บาท / ร้าน ก', 'ร้าน ก'],
    ['1,480 บาท - นายสมชาย', 'นายสมชาย'],
    ['1,480.- ร้านเอบีซี', 'ร้านเอบีซี'],
    ['1,480 บาท\nร้าน ก', 'ร้าน ก'],
    ['1,480 บาท (รวมภาษีมูลค่าเพิ่ม) (บริษัท ก จำกัด (มหาชน))', 'บริษัท ก จำกัด (มหาชน)'],
    ['1,480 บาท (สมใจพาณิชย์)', 'สมใจพาณิชย์'],
    ['1,480 บาท (ABC Co., Ltd.)', 'ABC Co., Ltd.'],
    ['1,480 บาท หสม. ก', 'หสม. ก'],
    // An amount written as one first, with no unit, then the name.
    ['1,480.00 นายสมชาย ใจดี', 'นายสมชาย ใจดี'],
    ['1,480.00 / ร้าน ก', 'ร้าน ก'],
    ['1,480.00 สมชาย ใจดี', 'สมชาย ใจดี'],
    // Names by their form (a firm, a person's title or rank, a state body or enterprise, a trade's word), and
    // plain names that read as no remark ("สมชาย ใจดี", "ทรัพย์ทวีคูณ").
    ...AFTER_PRICE_NAMES.map((name) => [`1,480 บาท ${name}`, name]),
    ['1,480 บาท ต่อรองราคาแล้ว ร้าน ก', 'ร้าน ก'],
    ['1,480 บาท (วัสดุเกษตรทองดี)', 'วัสดุเกษตรทองดี'],
    ['1,480.00 บาท\nวัสดุสำนักงาน ทวีทรัพย์', 'วัสดุสำนักงาน ทวีทรัพย์'],
    // What was bought, in brackets after the name: not part of it.
    ['1,480 บาท บริษัท ก จำกัด (วัสดุคอมพิวเตอร์ หมึกพิมพ์)', 'บริษัท ก จำกัด'],
    ['1,480 บาท ร้าน ก (วัสดุก่อสร้าง หินคลุก)', 'ร้าน ก'],
    ['1,480 บาท หจก.ช่างดี (วัสดุก่อสร้าง ยางมะตอย)', 'หจก.ช่างดี'],
    ['1,480 บาท (วัสดุก่อสร้าง ป.รุ่งเรือง)', 'วัสดุก่อสร้าง ป.รุ่งเรือง'],
    ['1,480 บาท (วัสดุเชื้อเพลิง ปตท.บ้านนา)', 'วัสดุเชื้อเพลิง ปตท.บ้านนา'],
    ['1,480 บาท (วัสดุก่อสร้าง แม่ค้าสมศรี)', 'วัสดุก่อสร้าง แม่ค้าสมศรี'],
    ['1,480 บาท (วัสดุการเกษตร กลุ่มวิสาหกิจชุมชนบ้านนา)', 'วัสดุการเกษตร กลุ่มวิสาหกิจชุมชนบ้านนา'],
    ['1,480 บาท (วัสดุเชื้อเพลิง สถานีบริการน้ำมันบ้านนา)', 'วัสดุเชื้อเพลิง สถานีบริการน้ำมันบ้านนา'],
    ['1,480 บาท (วัสดุก่อสร้าง) (สมใจพาณิชย์)', 'สมใจพาณิชย์'],
    // A remark on a line of its own, or ending in แล้ว, before or after a plain name.
    ['1,480 บาท ต่อรองราคาแล้ว สมชาย ใจดี', 'สมชาย ใจดี'],
    ['1,480 บาท\nชำระเงินสด\nสมชาย ใจดี', 'สมชาย ใจดี'],
    ['1,480 บาท\nส่งมอบภายใน 7 วัน\nทรัพย์ทวีคูณ', 'ทรัพย์ทวีคูณ'],
    ['1,480 บาท\nสมชาย ใจดี\nต่อรองราคาแล้ว', 'สมชาย ใจดี'],
    // A bracket about the price with a figure of its own: the price is the one before it.
    ['1,480 บาท (ส่วนลด 20 บาท) ร้าน ก', 'ร้าน ก'],
    ['ร้าน ก 1,480 บาท (รวม VAT 96.82 บาท)', 'ร้าน ก'],
  ])('reads the name written after the price: %j, as the form asks for it (no "no name" error)', (text, name) => {
    expect(splitWinner(text)).toEqual({ name, price: 1_480 });
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const line = [1, 'ซื้อวัสดุไฟฟ้า', 1_480, 1_480, 'เฉพาะเจาะจง', text, text, 'ราคาต่ำสุด', '1/2567 ลว. 3 ต.ค. 66'];
    const r = checkSheet({ name: 'S', values: [skr1, line] }, { templateId: 'skr1' });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    // A total, or the price reduced to, in a bracket after a unit price or the price first asked: the price.
    ['นายสมชาย ใจดี 9,000 บาท/เดือน (รวม 12 เดือน 108,000 บาท)', 108_000],
    ['ร้าน ก 100 บาท x 50 ชุด (รวม 5,000 บาท)', 5_000],
    ['ร้าน ข 5,000 บาท (ลดเหลือ 4,500 บาท)', 4_500],
    // A total in brackets after a name holding a figure (a firm's, a list's number).
    ['หจก. 99 ก่อสร้าง (รวมเป็นเงิน 5,350 บาท)', 5_350],
    ['1. ร้าน ก (รวม 5,000 บาท)', 5_000],
  ])('reads the price a bracket totals or reduces to: %j', (text, price) => {
    expect(splitWinner(text).price).toBe(price);
  });

  it.each(['ร้านไฟฟ้าดี (87,000)', 'ร้านไฟฟ้าดี (ราคา 87,000 บาท)', 'ร้านไฟฟ้าดี (๘๗,๐๐๐.๐๐ บาท)'])(
    'reads a price in brackets after the name: %j',
    (text) => {
      expect(splitWinner(text)).toEqual({ name: 'ร้านไฟฟ้าดี', price: 87_000 });
    },
  );

  it.each([
    'หจก. ก่อสร้างไทย 44\u200b9,000 บาท',
    'หจก. ก่อสร้างไทย 449 000 บาท',
    'หจก. ก่อสร้างไทย ฿\u00a0４４９,０００',
    'หจก. ก่อสร้างไทย ๔๔๙,๐๐๐ บำท',
  ])('reads the price as pasted from a web page or a PDF: %j', (text) => {
    expect(splitWinner(text)).toEqual({ name: 'หจก. ก่อสร้างไทย', price: 449_000 });
  });

  it("says a price written in words as such, quoting the cell, and names สขร.1's own amount column", () => {
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const line = (winner: string) => [
      1,
      'ซื้อวัสดุไฟฟ้า',
      49_000,
      49_000,
      'เฉพาะเจาะจง',
      winner,
      winner,
      'ราคาต่ำสุด',
      '1/2567 ลว. 3 ต.ค. 66',
    ];
    const said = (winner: string, code: string) =>
      checkSheet({ name: 'S', values: [skr1, line(winner)] }, { templateId: 'skr1' }).findings.find(
        (f) => f.code === code,
      )!.message;
    expect(said('ร้านไฟฟ้า / สามหมื่นบาท', 'required-value').th).toContain(
      '"ร้านไฟฟ้า / สามหมื่นบาท" เขียนราคาที่ตกลงเป็นตัวอักษร ("สามหมื่นบาท") ให้เขียนเป็นตัวเลข',
    );
    expect(said('ร้านป้าย', 'required-value').en).toContain('"ร้านป้าย" has no agreed price');
    // A price with no name (as the 2568 e-GP export imports): who was selected is asked for.
    for (const text of ['1,480 บาท', '- / 1,480.00', 'ราคา 1,480 บาท', '๑,๔๘๐ บาท'])
      expect(said(text, 'required-value').th, text).toContain('มีราคาแต่ไม่มีชื่อผู้ได้รับการคัดเลือก');
    expect(said('1,480 บาท', 'required-value').en).toContain('"1,480 บาท" gives a price but not who was selected');
    const named = checkSheet({ name: 'S', values: [skr1, line('ร้าน ก / 1,480 บาท')] }, { templateId: 'skr1' });
    expect(named.findings.filter((f) => f.code === 'required-value')).toEqual([]);
    // A price of 0 names no one because no one was paid: not asked who was selected.
    for (const text of ['0.00', '- / 0.00']) {
      const zero = checkSheet({ name: 'S', values: [skr1, line(text)] }, { templateId: 'skr1' });
      expect(
        zero.findings.filter((f) => f.message.th.includes('ไม่มีชื่อผู้ได้รับ')),
        text,
      ).toEqual([]);
    }
    // Only words about the price after it (its amount in words, VAT, why it was chosen) name no one either.
    for (const text of ['449,000.00 บาท (สี่แสนสี่หมื่นเก้าพันบาทถ้วน)', '1,480 บาท รวม VAT', '1,480 บาท (ราคาต่ำสุด)'])
      expect(said(text, 'required-value').en, text).toContain('gives a price but not who was selected');
    // Nor do other remarks there (payment, delivery, negotiation, cancellation, a count, what was bought):
    // they are no one's name, so the missing name is still asked for.
    for (const text of [
      '1,480.00 บาท (เงินสด)',
      '1,480 บาท ต่อรองราคาแล้ว',
      '1,480 บาท ส่งมอบภายใน 7 วัน',
      '1,480 บาท (ยกเลิก)',
      '1,480 บาท (ไม่มีผู้เสนอราคา)',
      '1,480 บาท ค่าจ้างเหมา',
      '1,480 บาท จำนวน 1 ราย',
      '1,480 บาท\n(เงินสด)',
      '1,480.00 เงินสด',
      ...AFTER_PRICE_REMARKS.map((remark) => `1,480 บาท ${remark}`),
    ]) {
      expect(said(text, 'required-value').th, text).toContain('มีราคาแต่ไม่มีชื่อผู้ได้รับการคัดเลือก');
      expect(splitWinner(text).name, text).toBe('');
    }
    // A comma typed for the decimal point: no price of 0 taken from its "00", but an amount that cannot be read.
    expect(said('ร้านไฟฟ้าดี 1.500,00 บาท', 'not-a-number').th).toContain(
      'ราคา "1.500,00" อ่านเป็นจำนวนเงินไม่ได้: ใช้ , คั่นหลักพันและ . คั่นทศนิยม',
    );
    expect(said('ร้านคอมเซ็นเตอร์ 8,000,00 บาท', 'not-a-number').en).toContain(
      'the price "8,000,00" cannot be read as an amount',
    );
    expect(splitWinner('ร้านคอมเซ็นเตอร์ 8,000,00 บาท').price).toBeNull();
    expect(said('ร้านไฟฟ้าดี 1.500,00 (หนึ่งพันห้าร้อยบาทถ้วน)', 'not-a-number').en).toContain(
      'the price "1.500,00" cannot be read as an amount',
    );
    // A number in the name before words in brackets is no price: a tax id, a branch, a phone number.
    for (const text of [
      'บริษัท ก จำกัด เลขประจำตัวผู้เสียภาษี 0105536112014 (สำนักงานใหญ่)',
      'หจก. ข สาขา 2 (สาขาย่อย)',
      'ร้าน ก โทร 081-234-5678 (คุณสมชาย)',
    ])
      expect(splitWinner(text).price, text).toBeNull();
    // A date in the cell is no malformed price.
    expect(said('ร้าน ก (ใบสั่งซื้อ ลว. 2.10.66)', 'required-value').en).toContain('has no agreed price');
    const over = said('ร้านไฟฟ้า / 52,000', 'price-over-budget');
    expect(over.th).toContain('ราคาที่ตกลง 52,000 เกินวงเงินที่จะซื้อหรือจ้าง 49,000');
    expect(over.en).toContain('agreed price 52,000 exceeds the amount to be bought 49,000');
  });

  it('finds no price where words follow a number with no unit, rather than guess', () => {
    expect(splitWinner('หจก. ก่อสร้างไทย 449,000 ตามสัญญา').price).toBeNull();
    // First in the cell, only an amount written as one (grouped, or with satang) is taken for the price.
    expect(splitWinner('1480 ร้าน ก').price).toBeNull();
  });

  it('counts bidders by line, by ";", by numbering, and by commas between names', () => {
    expect(countBidders('ร้าน ก 1,000 บาท, ร้าน ข 1,200 บาท, ร้าน ค 1,300 บาท')).toBe(3);
    expect(countBidders('1. ร้าน ก 2. ร้าน ข')).toBe(2);
    expect(countBidders('ร้าน ก / 10,000\nร้าน ข / 12,000')).toBe(2);
    // A name wrapped onto the next line ("จำกัด", "(มหาชน)" under it) is still one bidder.
    expect(countBidders('บริษัท เอ\nจำกัด 2,300,000 บาท\nบริษัท บี จำกัด\n2,350,000 บาท')).toBe(2);
    // A price on a line or after a comma of its own is the bidder's before it.
    expect(countBidders('บริษัท ก จำกัด, ราคา 10,000 บาท')).toBe(1);
    expect(countBidders('บริษัท ก\n10,000 บาท\nบริษัท ข\n12,000')).toBe(2);
    expect(countBidders('1.บริษัท ก 5,000 บาท 2.บริษัท ข 5,200 บาท 3.บริษัท ค 5,300 บาท')).toBe(3);
    expect(countBidders('ร้าน ก 5,000.- ร้าน ข 5,200.- ร้าน ค 5,300.-')).toBe(3);
    expect(countBidders('ร้าน ก\nเสนอราคา 5,000 บาท')).toBe(1);
    // A line under a bidder's in brackets (the amount in words, a remark), or its tax id or address, is no bidder.
    expect(
      countBidders(
        'บริษัท ก จำกัด ราคา 1,800,000 บาท\n(หนึ่งล้านแปดแสนบาทถ้วน)\nบริษัท ข จำกัด ราคา 1,850,000 บาท\n(หนึ่งล้านแปดแสนห้าหมื่นบาทถ้วน)',
      ),
    ).toBe(2);
    expect(countBidders('ร้าน ก / 1,500\n(ผู้เสนอราคารายเดียว)')).toBe(1);
    expect(countBidders('ร้าน ก 1,500 บาท\n(ราคารวมภาษีมูลค่าเพิ่มแล้ว)')).toBe(1);
    expect(countBidders('บริษัท ก จำกัด\nเลขประจำตัวผู้เสียภาษี 0105536112014\n1,500 บาท')).toBe(1);
    // Names after a price, with a slash, "และ", "บ." or a bracket between them.
    expect(countBidders('บริษัท ก จำกัด 1,800,000 บาท / บริษัท ข จำกัด 1,850,000 บาท / บริษัท ค จำกัด 1,900,000 บาท')).toBe(3);
    expect(countBidders('หจก. ก 1,500,000 บาท และ หจก. ข 1,600,000 บาท')).toBe(2);
    expect(countBidders('ร้านก 1,500 บ. ร้านข 1,600 บ.')).toBe(2);
    expect(countBidders('ร้าน ก (1,500) ร้าน ข (1,600)')).toBe(2);
    // Listed in a document attached: not known here.
    expect(countBidders('ตามเอกสารแนบ')).toBeNaN();
    // A name in brackets is a bidder still.
    expect(countBidders('ร้าน ก 1,500 บาท\n(ร้าน ข 1,600 บาท)')).toBe(2);
  });

  it('takes the count where the cell writes it out, and none where it says there was none', () => {
    expect(countBidders('ผู้เสนอราคา 3 ราย (รายละเอียดตามเอกสารแนบ)')).toBe(3);
    expect(countBidders('มีผู้เสนอราคา ๒ ราย คือ ร้าน ก 5,000 บาท ร้าน ข 5,200 บาท')).toBe(2);
    expect(countBidders('ไม่มีผู้เสนอราคา')).toBe(0);
    expect(countBidders('ไม่มีผู้ยื่นข้อเสนอ')).toBe(0);
    // Items are not bidders, nor are those who only bought the documents.
    expect(countBidders('ร้าน ก 5 รายการ 5,000 บาท')).toBe(1);
    expect(countBidders('มีผู้ซื้อเอกสาร 8 ราย ผู้ยื่นข้อเสนอ 1 ราย คือ หจก. ก 880,000 บาท')).toBe(1);
    expect(countBidders('หจก. ก 880,000 บาท (ผู้รับเอกสาร 6 ราย)')).toBe(1);
    for (const written of [
      'ผู้เสนอราคาทั้งหมด 3 ราย (รายละเอียดตามเอกสารแนบ)',
      'ผู้เสนอราคา : 3 ราย (ตามเอกสารแนบ)',
      'มีผู้ยื่นเสนอราคา 3 ราย (ตามเอกสารแนบ)',
      'ผู้ประกอบการยื่นข้อเสนอ 3 ราย',
      'จำนวน 3 ราย (ตามเอกสารแนบ)',
      'ผู้ซื้อเอกสาร 8 ราย ผู้ยื่นซอง 3 ราย',
      'ผู้เสนอราคา 3 ราย',
      'ผู้เสนอราคา (รายละเอียดตามเอกสารแนบ) จำนวน 3 ราย',
      'ยื่นข้อเสนอพร้อมเอกสารครบถ้วน 3 ราย',
      'ผู้ยื่นซองเอกสารประกวดราคา 3 ราย',
    ])
      expect(countBidders(written), written).toBe(3);
    // However long the words about the documents, their buyers are not bidders.
    expect(countBidders('มีผู้ซื้อเอกสารประกวดราคาอิเล็กทรอนิกส์ 10 ราย ผู้ยื่นข้อเสนอ 1 ราย')).toBe(1);
    expect(countBidders('บริษัท ข จำกัด 1,500,000 บาท (ผู้ขอรับเอกสารประกวดราคาทั้งสิ้น 10 ราย)')).toBe(1);
    expect(countBidders('ผู้ซื้อเอกสารเสนอราคา 10 ราย ผู้ยื่นซอง 2 ราย')).toBe(2);
    expect(countBidders('ผู้ซื้อเอกสาร 5 ราย\n1. หจก. ก 880,000 บาท\n2. หจก. ข 890,000 บาท')).toBe(2);
    for (const [written, n] of [
      ['มีผู้มาซื้อเอกสาร 10 ราย ผู้ยื่นข้อเสนอ 3 ราย', 3],
      ['มีผู้ดาวน์โหลดเอกสาร 10 ราย ยื่นข้อเสนอ 1 ราย', 1],
      ['ผู้ซื้อ/ขอรับเอกสาร 10 ราย ผู้ยื่นซอง 3 ราย', 3],
      ['ผู้ประกอบการซื้อเอกสาร 10 ราย ยื่นซอง 3 ราย', 3],
      ['ผู้สนใจขอรับเอกสาร 12 ราย ผู้ยื่นข้อเสนอ 2 ราย', 2],
      ['ผู้ซื้อเอกสารและยื่นซองเสนอราคา 1 ราย', 1],
    ] as const)
      expect(countBidders(written), written).toBe(n);
    // The buyers alone say nothing of the bidders.
    expect(countBidders('มีผู้ซื้อเอกสารประกวดราคา จำนวน 10 ราย')).toBeNaN();
  });
});

describe('rows under the header that are not procurements', () => {
  it("the form's column numbers under the header, as (๑) … (๑๒) or 1 … 12, are part of the header", () => {
    const thai = ['(๑)', '(๒)', '(๓)', '(๔)', '(๕)', '(๖)', '(๗)', '(๘)', '(๙)', '(๑๐)', '(๑๑)', '(๑๒)'];
    const arabic = Array.from({ length: 12 }, (_, i) => i + 1);
    for (const numbers of [thai, arabic]) {
      const r = checkRows([numbers, row()]);
      expect(r.rows).toBe(1);
      expect(r.findings).toEqual([]);
    }
  });
});

/** One purchase as the monthly forms (O21, and สขร.1 after its ลำดับที่) write it. */
const BOUGHT: CellValue[] = [
  'ซื้อวัสดุสำนักงาน',
  5000,
  5000,
  'เฉพาะเจาะจง',
  'ร้าน ก 5,000 บาท',
  'ร้าน ก 5,000 บาท',
  'ราคาต่ำสุด',
  'ใบสั่งซื้อ 1/2566 ลว. 3 ต.ค. 2565',
];

describe('the monthly forms as offices keep them', () => {
  const o21 = getTemplate('ita2566-o21')!.columns.map((c) => c.header);
  const bought = BOUGHT;
  it('an e-GP project number column added to a สขร.1 or an O21 is read and judged; the forms stay as prescribed', () => {
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    for (const [id, headers, lead] of [
      ['skr1', skr1, [1]],
      ['ita2566-o21', o21, []],
    ] as const) {
      const values = [
        [...headers, 'เลขที่โครงการ (e-GP)'],
        [...lead, ...bought, 6.71e10],
        [...lead, ...bought, '65107123456'],
      ];
      const r = checkSheet({ name: 'S', values });
      expect(r.template, id).toBe(id);
      // Excel's 6.71E+10 is said; two rows alike but for their project numbers are two procurements.
      expect(
        r.findings.map((f) => `${f.code}@${f.cell}`),
        id,
      ).toEqual([`project-number-format@${lead.length ? 'J2' : 'I2'}`]);
    }
    // Not written by the template, not asked for where a sheet has none.
    expect(getTemplate('skr1')!.columns.map((c) => c.id)).not.toContain('projectNumber');
    expect(checkSheet({ name: 'S', values: [o21, bought] }).findings).toEqual([]);
  });

  it('month headings and the line for a month with nothing bought are not procurements', () => {
    const values = [
      ['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2566'],
      o21,
      ['เดือนตุลาคม 2565'],
      bought,
      ['ประจำเดือน พ.ย. 65'],
      ['- ไม่มีการจัดซื้อจัดจ้าง -'],
    ];
    const r = checkSheet({ name: 'O21', values }, { templateId: 'ita2566-o21' });
    expect(r.rows).toBe(1);
    // Nothing about the rows; the sheet's two months of O21's six are said (monthsMissing).
    expect(r.findings.map((f) => [f.code, f.value])).toEqual([
      ['months-missing', 'ธันวาคม 2565, มกราคม 2566, กุมภาพันธ์ 2566, มีนาคม 2566'],
    ]);
  });

  it('a month with nothing bought, however the office words it, is no procurement', () => {
    for (const nothing of [
      'ไม่มีรายการจัดซื้อจัดจ้าง',
      '- ไม่มี -',
      'ไม่มีการดำเนินการจัดซื้อจัดจ้าง',
      'ไม่มีผลการจัดซื้อจัดจ้าง',
      'เดือนพฤศจิกายน 2565 ไม่มีการจัดซื้อจัดจ้าง',
      'ในเดือนนี้ไม่มีการจัดซื้อจัดจ้าง',
      'ประจำเดือน พ.ย. 65 ไม่มีการจัดซื้อจัดจ้าง',
    ]) {
      // Alone in the item's column, or there with dashes in the others.
      for (const row of [[nothing], [nothing, '-', '-', '-', '-', '-', '-', '-']]) {
        const values = [['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2566'], o21, bought, row];
        const r = checkSheet({ name: 'O21', values }, { templateId: 'ita2566-o21' });
        expect(r.rows, nothing).toBe(1);
        expect(r.findings, nothing).toEqual([]);
      }
    }
    // An item after a month's "nothing bought", with an amount beside it: a procurement, its empty cells asked for.
    const after = ['เดือนพฤศจิกายน 2565 ไม่มีการจัดซื้อ จ้างเหมาขนขยะ', 12_000];
    const asked = checkSheet({ name: 'O21', values: [o21, bought, after] }, { templateId: 'ita2566-o21' });
    expect(asked.rows).toBe(2);
    expect(asked.findings.map((f) => f.code)).toContain('required-value');
    // An item that only mentions not buying is still a procurement, judged as one.
    const item = [
      'จ้างเหมาซ่อมแซมถนน (ไม่มีการจัดซื้อวัสดุ)',
      50_000,
      50_000,
      'เฉพาะเจาะจง',
      'ร้าน ก 49,000 บาท',
      'ร้าน ก 49,000 บาท',
      'ราคาต่ำสุด',
      '1/2566 ลว. 3 พ.ย. 2565',
    ];
    expect(checkSheet({ name: 'O21', values: [o21, bought, item] }, { templateId: 'ita2566-o21' }).rows).toBe(2);
  });

  it("a month's title of another fiscal year than most rows' dates is told once, at the title", () => {
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const signed = (date: string) => [1, ...bought.slice(0, -1), `ใบสั่งซื้อ 1/2567 ลว. ${date}`];
    const sheet = (title: string, ...dates: string[]) =>
      checkSheet({ name: 'S', values: [[title], skr1, ...dates.map(signed)] }, { templateId: 'skr1' });
    const told = (r: ReturnType<typeof sheet>) =>
      r.findings.filter((f) => !f.code.startsWith('flag-')).map((f) => `${f.code}@${f.cell}`);
    // October 2566 is in fiscal year 2567; dates of October 2565 (last year's left in, or the title's
    // year copied wrong): one finding, at the title; the rows keep the year their dates give.
    const r = sheet('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม ๒๕๖๖', '5 ต.ค. 65', '6 ต.ค. 65', '9 ต.ค. 66');
    expect(told(r)).toEqual(['title-year-mismatch@A1', 'date-out-of-year@I5']);
    expect(r.fiscalYear).toBe(2566);
    expect(r.findings[0]!.message.th).toContain('ตุลาคม 2566 (ปีงบประมาณ 2567) แต่ 2 จาก 3 รายการลงนามในปีงบประมาณ 2566');
    expect(r.findings[0]!.message.en).toContain('The title names Oct 2023 (BE 2566) (fiscal year 2567)');
    expect(r.findings[0]!.message.en).toContain("check the title's month and year, and the rows' dates");
    // Dates of the month, orders signed late in the month before, a report of the year so far under its
    // last month, data "as of" a month after the year closed, a range of months: nothing said of the title.
    const atTitle = (r: ReturnType<typeof sheet>) => told(r).filter((c) => c.startsWith('title-year-mismatch'));
    for (const r of [
      sheet('แบบ สขร.1 ประจำเดือน ต.ค. 66', '9 ต.ค. 66', '28 ก.ย. 66', '30 ก.ย. 66'),
      sheet('รายงานผลการจัดซื้อจัดจ้าง ประจำเดือนกันยายน 2566', '5 ต.ค. 65', '9 ม.ค. 66', '1 ก.ย. 66'),
      sheet('ข้อมูล ณ เดือนตุลาคม 2567', '5 ต.ค. 66', '9 ม.ค. 67', '1 ก.ย. 67'),
      sheet('ประจำเดือน ตุลาคม 2566 - มีนาคม 2567', '5 ต.ค. 66', '9 ม.ค. 67'),
    ])
      expect(atTitle(r)).toEqual([]);
    // A plan (O14) is no monthly form: its starts are months to come, not signing dates.
    const plan = [['แผนการจัดซื้อจัดจ้าง ประจำเดือน กันยายน 2566'], O14_HEADER, ...o14Rows(['ต.ค. 2566', 'ม.ค. 2567'])];
    expect(checkSheet({ name: 'O14', values: plan }).findings.map((f) => f.code)).not.toContain('title-year-mismatch');
    // One date mistyped a year back beside a small buy with no date (ม.96): the title stands, the date is
    // said at its row, and the sheet stays in the title's year (so do its rows in the summaries).
    const undated = [2, 'ซื้อน้ำดื่ม', 3_000, 3_000, 'เฉพาะเจาะจง', 'ร้าน ก / 3,000', 'ร้าน ก / 3,000', 'ราคาต่ำสุด', null];
    const typo = checkSheet(
      { name: 'ม.ค.66', values: [['แบบ สขร.1 ประจำเดือน มกราคม 2566'], skr1, signed('15 ม.ค. 65'), undated] },
      { templateId: 'skr1' },
    );
    expect(told(typo)).toEqual(['date-out-of-year@I3']);
    expect(typo.fiscalYear).toBe(2566);
  });

  it('rows numbered in advance (ลำดับที่ only) are empty rows, not procurements missing everything', () => {
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const values = [['แบบ สขร.1 ประจำเดือน ตุลาคม 2565'], skr1, [1, ...bought], [2], [3]];
    const r = checkSheet({ name: 'S', values }, { templateId: 'skr1' });
    expect(r.rows).toBe(1);
    expect(r.findings.map((f) => f.code)).not.toContain('required-value');
    // Numbered before the month began, and filled from the third row: the empty 1 and 2 above it are no gap.
    const third = checkSheet({ name: 'S', values: [skr1, [1], [2], [3, ...bought]] }, { templateId: 'skr1' });
    expect(third.rows).toBe(1);
    expect(third.findings).toEqual([]);
  });

  it('a small buy (up to 100,000 baht) may have no contract: "-" passes there, not above', () => {
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const buy = (budget: number) => [
      1,
      'ซ่อมเครื่องพิมพ์',
      budget,
      budget,
      'เฉพาะเจาะจง',
      `ร้าน ก ${budget} บาท`,
      `ร้าน ก ${budget} บาท`,
      'ราคาต่ำสุด',
      '-',
    ];
    const at = (budget: number) =>
      checkSheet({ name: 'S', values: [skr1, buy(budget)] }, { templateId: 'skr1' }).findings.map(
        (f) => `${f.code} ${f.cell}`,
      );
    expect(at(100_000)).toEqual([]);
    expect(at(100_000.01)).toContain('required-value I2');
    const monthly = checkSheet(
      { name: 'O21', values: [o21, [...buy(1_500).slice(1, 8), 'ไม่มี']] },
      { templateId: 'ita2566-o21' },
    );
    expect(monthly.findings).toEqual([]);
  });

  it("a cancelled สขร.1 row says so in the winner's cell, or the bidders': no winner, price or contract asked of it, no red flag", () => {
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const cancelled = (winner: string) => [
      1,
      'จ้างก่อสร้างถนน',
      900_000,
      900_000,
      'e-bidding',
      'ไม่มีผู้เสนอราคา',
      winner,
      'ไม่มีผู้ยื่นข้อเสนอ',
      '-',
    ];
    for (const winner of [
      'ยกเลิก',
      'ยกเลิกการจัดซื้อจัดจ้าง',
      'ไม่มีผู้ได้รับการคัดเลือก',
      'ยกเลิก เนื่องจากไม่มีร้านค้ามาเสนอราคา',
      'ยกเลิก (ไม่มีบริษัทยื่นข้อเสนอ)',
      'ยกเลิกตามคำสั่งนายกเทศมนตรี',
      'ยกเลิก เนื่องจากราคาที่เสนอเกินวงเงิน 2,000,000 บาท',
      'ยกเลิกตามคำสั่ง นายกเทศมนตรี เนื่องจากราคาที่เสนอเกินวงเงิน 2,100,000 บาท',
      'ยกเลิก (บริษัท ก จำกัด เสนอราคาสูงกว่าวงเงิน 2,100,000 บาท)',
      'ยกเลิก เนื่องจากผู้ชนะไม่มาทำสัญญากับหน่วยงาน',
      'ยกเลิกการทำสัญญากับ บริษัท ก จำกัด เนื่องจากไม่ส่งมอบงาน',
      'ยกเลิก เนื่องจากผู้ชนะไม่ได้ทำสัญญากับหน่วยงาน',
      'ยกเลิก เพราะผู้ชนะปฏิเสธการทำสัญญากับหน่วยงาน',
      'ยกเลิก เนื่องจากไม่สามารถตกลงกับผู้รับจ้างได้',
      'ยกเลิก อยู่ระหว่างจัดหาผู้รับจ้างรายใหม่',
      'ยกเลิก (ผู้ได้รับการคัดเลือก หจก. ก เสนอ 880,000 บาท ไม่มาทำสัญญา)',
      'ยกเลิก เนื่องจากผู้ได้รับการคัดเลือกเสนอราคาเกินวงเงิน 2,100,000 บาท',
      'ยกเลิก เนื่องจากเจรจาตกลงราคากับผู้เสนอราคาต่ำสุดแล้ว ยังสูงกว่าวงเงิน 2,100,000 บาท',
    ]) {
      const r = checkSheet({ name: 'S', values: [skr1, cancelled(winner)] }, { templateId: 'skr1' });
      expect(r.findings, winner).toEqual([]);
    }
    // Bidders and a reason for selecting left as "ไม่มี" on a cancelled row are no more asked for than its contract.
    const none = cancelled('ยกเลิก').map((v, i) => (i === 5 || i === 7 ? 'ไม่มี' : v));
    expect(checkSheet({ name: 'S', values: [skr1, none] }, { templateId: 'skr1' }).findings).toEqual([]);
    // A re-award after a cancellation names its winner and price: judged as any award.
    for (const reAward of [
      'ยกเลิกผู้ชนะรายเดิม (ทิ้งงาน) ทำสัญญากับ หจก. ข 990,000 บาท',
      'ยกเลิกผู้ชนะรายเดิม (ทิ้งงาน) ทำสัญญากับ หจก. ข 990,000.-',
      'ไม่มีผู้ยื่นข้อเสนอ จึงตกลงจ้างกับ ร้าน ข 990,000 บาท',
      'ยกเลิกผู้ชนะรายเดิม (ทิ้งงาน) ผู้ชนะรายใหม่ บริษัท ข จำกัด 990,000 บาท',
      'ยกเลิกผู้ชนะรายเดิม เรียกรายถัดไป บริษัท ข จำกัด ๙๙๐,๐๐๐ บาท',
    ]) {
      const again = checkSheet({ name: 'S', values: [skr1, cancelled(reAward)] }, { templateId: 'skr1' });
      expect(
        again.findings.map((f) => f.code),
        reAward,
      ).toContain('price-over-budget');
    }
    // Said in the bidders' cell, with the winner's left empty: the same.
    for (const [bidders, winner] of [
      ['ยกเลิก', '-'],
      ['ยกเลิก เนื่องจากไม่มีผู้มายื่นข้อเสนอ', null],
      ['ไม่มีผู้เสนอราคา', 'ไม่มี'],
    ] as const) {
      const row = cancelled('-').map((v, i) => (i === 5 ? bidders : i === 6 ? winner : i === 7 ? '-' : v));
      expect(checkSheet({ name: 'S', values: [skr1, row] }, { templateId: 'skr1' }).findings, bidders).toEqual([]);
    }
    // Cancelled, then bid again with a price: an award may have followed; the winner is asked for.
    for (const bidders of ['ยกเลิกครั้งที่ 1 ประกาศใหม่ หจก.ข / 290,000', 'ไม่มีผู้เสนอราคาครั้งที่ 1 ครั้งที่ 2 ร้าน ข 9500 บาท']) {
      const row = cancelled('-').map((v, i) => (i === 5 ? bidders : i === 6 ? null : v));
      expect(
        checkSheet({ name: 'S', values: [skr1, row] }, { templateId: 'skr1' }).findings.map(
          (f) => `${f.code} ${f.cell}`,
        ),
        bidders,
      ).toContain('required-value G2');
    }
    // Bidders named, the winner's cell empty: the winner is asked for.
    const unnamed = cancelled('-').map((v, i) => (i === 5 ? 'หจก. ก 880,000 บาท' : v));
    expect(
      checkSheet({ name: 'S', values: [skr1, unnamed] }, { templateId: 'skr1' }).findings.map(
        (f) => `${f.code} ${f.cell}`,
      ),
    ).toContain('required-value G2');
    // Without a winner column nothing says a row was cancelled: its empty contract is still asked for.
    const noWinner = skr1.filter((_, i) => i !== 6);
    const bare = [1, 'จ้างก่อสร้างถนน', 900_000, 900_000, 'e-bidding', 'หจก. ก 880,000 บาท', 'ราคาต่ำสุด', null];
    const missing = checkSheet({ name: 'S', values: [noWinner, bare] }, { templateId: 'skr1' }).findings;
    expect(missing.map((f) => `${f.code} ${f.cell}`)).toContain('required-value H2');
    // Signed, the same row must name its contract, and its lone bidder is worth a look.
    const signed = [
      1,
      'จ้างก่อสร้างถนน',
      900_000,
      900_000,
      'e-bidding',
      'หจก. ก 880,000 บาท',
      'หจก. ก 880,000 บาท',
      'ราคาต่ำสุด',
      '-',
    ];
    const r = checkSheet({ name: 'S', values: [skr1, signed] }, { templateId: 'skr1' });
    expect(r.findings.map((f) => `${f.code} ${f.cell}`).sort()).toEqual(['flag-few-bidders F2', 'required-value I2']);
  });

  it('a number in the contract column (a contract number typed alone) is not offered as a date to write over it', () => {
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const r = checkSheet({ name: 'S', values: [skr1, [1, ...BOUGHT.slice(0, 7), 44838]] }, { templateId: 'skr1' });
    expect(r.findings.map((f) => f.code)).not.toContain('date-as-number');
  });

  it('the October form takes its year from its month: late September orders pass, and so do its October rows', () => {
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const order = (n: number, dated: string): CellValue[] => [
      n,
      ...BOUGHT.slice(0, 7),
      `ใบสั่งซื้อ ${n}/2567 ลว. ${dated}`,
    ];
    const values = [
      ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม 2566 (แบบ สขร.1)'],
      skr1,
      order(1, '27 ก.ย. 2566'),
      order(2, '28 ก.ย. 2566'),
      order(3, '29 ก.ย. 2566'),
      order(4, '2 ต.ค. 2566'),
    ];
    // (One shop won all four: a red flag, beside the point here.)
    const said = (v: CellValue[][]) =>
      checkSheet({ name: 'ต.ค.66', values: v }, { templateId: 'skr1' }).findings.filter(
        (f) => !f.code.startsWith('flag-'),
      );
    expect(said(values)).toEqual([]);
    // An order of August is not one of the month before: out of the form's fiscal year, 2567.
    const august = said([...values, order(5, '30 ส.ค. 2566')]);
    expect(august.map((f) => `${f.code}@${f.cell}`)).toEqual(['date-out-of-year@I7']);
    expect(august[0]!.message.en).toContain('fiscal year 2567');
  });

  it('reads the contract date however it is written, and keeps a date given alone as the signing date', () => {
    for (const ref of ['PO 16/2566 ลว 3 ตค. 65', 'เลขที่ 3/2566 ลงวันที่ 1 ธค 2565', 'ส.4/2566 ลว. 1-12-2565']) {
      const values = [['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2566'], o21, [...bought.slice(0, 7), ref]];
      expect(checkSheet({ name: 'O21', values }, { templateId: 'ita2566-o21' }).findings, ref).toEqual([]);
    }
    const dated = [
      ['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2566'],
      o21,
      [...bought.slice(0, 7), new Date(Date.UTC(2019, 10, 5))],
    ];
    const f = checkSheet({ name: 'O21', values: dated }, { templateId: 'ita2566-o21' }).findings;
    expect(f.map((x) => x.code)).toEqual(['date-out-of-year']);
    // A number alone: a contract's, of a purchase over 100,000 baht, wants its date; a purchase order's
    // of 5,000 baht (ม.96: no written agreement needed) does not.
    const large = [bought[0]!, 150_000, 150_000, bought[3]!, 'ร้าน ก 150,000 บาท', 'ร้าน ก 150,000 บาท', bought[6]!];
    const numbered = (row: CellValue[]) => [['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2566'], o21, [...row, 12]];
    const codes = (row: CellValue[]) =>
      checkSheet({ name: 'O21', values: numbered(row) }, { templateId: 'ita2566-o21' }).findings.map((x) => x.code);
    expect(codes(large)).toEqual(['required-value']);
    expect(codes(bought.slice(0, 7))).toEqual([]);
    // Dated a day that does not exist: said so, not "no date".
    const april = [
      ['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2566'],
      o21,
      [...bought.slice(0, 7), 'บส.14/2566 ลว. 31 เม.ย. 2566'],
    ];
    const [bad] = checkSheet({ name: 'O21', values: april }, { templateId: 'ita2566-o21' }).findings;
    expect(bad).toMatchObject({ code: 'not-a-date', value: 'บส.14/2566 ลว. 31 เม.ย. 2566' });
    expect(bad!.message.th).toContain('เดือน เม.ย. มี 30 วัน');
    expect(bad!.message.en).toContain('is dated a day that does not exist: Apr has 30 days');
  });

  it('an O14 start typed "10/66" into an Excel date (stored as October 1966) gets ce-year with 2566 offered', () => {
    const values = [
      O14_HEADER,
      ['ซื้อครุภัณฑ์', 100_000, 'พ.ร.บ. งบประมาณรายจ่าย', 'วิธีเฉพาะเจาะจง', new Date(Date.UTC(1966, 9, 1))],
      ['ซื้อครุภัณฑ์อื่น', 90_000, 'พ.ร.บ. งบประมาณรายจ่าย', 'วิธีเฉพาะเจาะจง', new Date(Date.UTC(2023, 9, 1))],
    ];
    const f = checkSheet({ name: 'O14', values }).findings;
    expect(f.map((x) => [x.code, x.cell, x.suggestion?.display])).toEqual([['ce-year', 'E2', '1 ต.ค. 2566']]);
  });

  it("an O14 start outside the plan's fiscal year gets date-out-of-year; one inside it passes", () => {
    const plan = (...starts: CellValue[]) => [
      ['แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'],
      O14_HEADER,
      ...o14Rows(starts),
    ];
    // The first and last months of fiscal year 2567, a range that starts in it, a range across a new
    // year, a quarter (no year) and a real date: all inside.
    const inside = plan(
      'ต.ค. 2566',
      'ก.ย. 2567',
      'ต.ค. - ธ.ค. 2566',
      'ธ.ค. - ก.พ. 2567',
      'ไตรมาส 2',
      new Date(Date.UTC(2024, 0, 15)),
    );
    expect(checkSheet({ name: 'O14', values: inside }).findings.map((x) => x.code)).toEqual([]);
    // A month before and a month after, a range starting before, a plan copied from an old year.
    const outside = plan('ก.ย. 2566', 'ต.ค. 2567', 'ก.ย. - พ.ย. 2566', 'ต.ค. 2560');
    const f = checkSheet({ name: 'O14', values: outside }).findings;
    expect(f.map((x) => [x.code, x.cell])).toEqual([
      ['date-out-of-year', 'E3'],
      ['date-out-of-year', 'E4'],
      ['date-out-of-year', 'E5'],
      ['date-out-of-year', 'E6'],
    ]);
    expect(f[3]!.message.th).toContain('ต.ค. 2560');
    expect(f[3]!.message.th).toContain('ปีงบประมาณ 2567');
    // A quarter with its year is of the fiscal year (ไตรมาส 1 = ต.ค.–ธ.ค.), or of the months beside it.
    const quarters = plan(
      'ไตรมาสที่ 1 ปีงบประมาณ 2567',
      'ไตรมาส 4/2567',
      'ไตรมาส 1/2569',
      'ไตรมาสที่ 2 ปี 2565',
      'ไตรมาสที่ 3 (เม.ย.-มิ.ย. 2569)',
      'ไตรมาส 12',
    );
    expect(checkSheet({ name: 'O14', values: quarters }).findings.map((x) => [x.code, x.cell])).toEqual([
      ['date-out-of-year', 'E5'],
      ['date-out-of-year', 'E6'],
      ['date-out-of-year', 'E7'],
      ['not-a-date', 'E8'],
    ]);
  });

  it('a title written "พ.ศ.." still gives the plan its fiscal year; an ITA heading "ประจำปี" does not', () => {
    // Starts of fiscal year 2568 under a title for 2567: each is out of the title's year.
    const starts = ['ต.ค. 2567', 'มี.ค. 2568'];
    for (const title of [
      'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ.. 2567',
      'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ..2567',
      // The assessment's year above the plan's: the plan's is the one.
      'การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. 2569 : แผนการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ๒๕๖๗',
    ]) {
      const f = checkSheet({ name: 'O14', values: [[title], O14_HEADER, ...o14Rows(starts)] }).findings;
      expect(
        f.map((x) => [x.code, x.cell]),
        title,
      ).toEqual([
        ['date-out-of-year', 'E3'],
        ['date-out-of-year', 'E4'],
      ]);
      expect(f[0]!.message.th).toContain('ปีงบประมาณ 2567');
    }
    // "ประจำปี" alone names the ITA's year, which judges the year before it: the starts give the year.
    const ita = [['การประเมิน ITA ประจำปี พ.ศ. 2569'], ['O13 แผนการจัดซื้อจัดจ้าง'], O14_HEADER, ...o14Rows(starts)];
    expect(checkSheet({ name: 'O14', values: ita }).findings).toEqual([]);
  });

  it('an O14 start that is neither a month nor a quarter says both are what it may be', () => {
    const f = checkSheet({ name: 'O14', values: [O14_HEADER, ...o14Rows(['ไตรมาส 5'])] }).findings;
    expect(f.map((x) => [x.code, x.cell])).toEqual([['not-a-date', 'E2']]);
    expect(f[0]!.message.th).toContain('หรือไตรมาส 1–4');
    expect(f[0]!.message.en).toContain('or a quarter 1–4');
  });

  it('an O14 quarter with a CE year gets ce-year with the BE year offered; one in BE or with no year passes', () => {
    const f = checkSheet({
      name: 'O14',
      values: [
        O14_HEADER,
        // A year past this century is a slip to look at (out of the plan's year), not a CE year to turn into BE 2653.
        ...o14Rows(['Q1 2024', 'ไตรมาส 2/2024', 'ไตรมาส 1/2567', 'Q3', 'ไตรมาสที่ 2 (ม.ค.-มี.ค. 2567)', 'ไตรมาส 2 2110']),
      ],
    }).findings;
    expect(f.map((x) => [x.code, x.cell, x.suggestion?.value])).toEqual([
      ['ce-year', 'E2', 'Q1 2567'],
      ['ce-year', 'E3', 'ไตรมาส 2/2567'],
      ['date-out-of-year', 'E7', undefined],
    ]);
  });

  it('an O14 plan with no title takes its year from most of its starts', () => {
    const rows = o14Rows(['ต.ค. 2567', 'มี.ค. 2568', 'มิ.ย. 2568', 'ต.ค. 2560']);
    const f = checkSheet({ name: 'O14', values: [O14_HEADER, ...rows] }).findings;
    expect(f.map((x) => [x.code, x.cell])).toEqual([['date-out-of-year', 'E5']]);
    expect(f[0]!.message.th).toContain('ปีงบประมาณ 2568');
  });

  it('O14 headed "วิธีการจัดซื้อจัดจ้าง" has its method column', () => {
    const values = [
      [
        'งานที่ซื้อหรือจ้าง',
        'วงเงินงบประมาณที่ได้รับจัดสรร (บาท)',
        'แหล่งที่มาของงบประมาณ',
        'วิธีการจัดซื้อจัดจ้าง',
        'ช่วงเวลาที่คาดว่าจะเริ่มดำเนินการ',
      ],
      ['ซื้อครุภัณฑ์', 100_000, 'พ.ร.บ. งบประมาณรายจ่าย', 'ประมูล', 'ต.ค. 2566'],
    ];
    const r = checkSheet({ name: 'O14', values });
    expect(r.template).toBe('ita2567-o14');
    expect(r.findings.map((f) => f.code)).toEqual(['unknown-method']);
  });
});

describe('a สขร.1 header of two rows: the names merged down, the units under the amounts', () => {
  it('reads the units row as the header’s second row, not as a procurement', () => {
    const t = getTemplate('skr1')!;
    const names = t.columns.map((c) => c.header);
    const units = t.columns.map((c) => (c.type === 'money' ? '(บาท)' : null));
    const row = [1, ...BOUGHT];
    const merges = t.columns.flatMap((c, i) =>
      c.type === 'money' ? [] : [{ top: 3, left: i + 1, bottom: 4, right: i + 1 }],
    );
    const r = checkSheet({ name: 'S', values: [['แบบ สขร.1 ประจำเดือน ตุลาคม 2565'], [], names, units, row], merges });
    expect(r).toMatchObject({ template: 'skr1', headerRow: 3, rows: 1 });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('the 2568 layout lists at most 100 procurements', () => {
  it('notes a table of more, and says which to keep; 100 pass', () => {
    const row = (i: number) => ({ item: `ซื้อวัสดุ ${i}`, budget: 10_000 + i });
    const over = sheetOf(
      'ita2568-procurement',
      Array.from({ length: 101 }, (_, i) => row(i)),
    );
    expect(over.findings.filter((f) => f.code === 'rows-over-limit')).toMatchObject([
      { severity: 'info', message: { th: expect.stringContaining('เลือก 100 รายการที่วงเงินงบประมาณสูงสุด') } },
    ]);
    const full = sheetOf(
      'ita2568-procurement',
      Array.from({ length: 100 }, (_, i) => row(i)),
    );
    expect(full.findings.map((f) => f.code)).not.toContain('rows-over-limit');
  });
});

describe('what the readings above must not catch', () => {
  it('a total, a note or a month heading written in the ลำดับที่ column keeps its kind', () => {
    const t = getTemplate('skr1')!;
    const grid = {
      name: 'S',
      values: [
        ['แบบ สขร.1'],
        t.columns.map((c) => c.header),
        [1, ...BOUGHT],
        ['เดือนพฤศจิกายน 2565'],
        [2, ...BOUGHT],
        ['รวม', null, 10000, 10000],
        ['หมายเหตุ', 'ข้อมูลจากระบบ e-GP'],
      ] as CellValue[][],
    };
    const kinds = classifyRows(grid, recogniseHeader(grid, [t])!).map((r) => r.kind);
    expect(kinds).toEqual(['data', 'heading', 'data', 'total', 'footer']);
  });

  it('an O14 range with no spaces round its dash is still a range', () => {
    for (const p of ['ต.ค.66-ธ.ค.66', 'ต.ค.๖๕-ก.ย.๖๖', 'ม.ค.2567-มี.ค.2567'])
      expect(parsePeriod(p), p).toMatchObject({ kind: 'ok' });
  });

  it('an O14 start worded "by", "about" or "the whole year" is a period: its month, or the fiscal year\'s October', () => {
    const start = (p: string) => {
      const r = parsePeriod(p);
      return r.kind === 'ok' ? r.start && `${r.start.y}-${r.start.m}` : r.kind;
    };
    expect(start('ภายในเดือนมีนาคม 2567')).toBe('2024-3');
    expect(start('ภายใน มี.ค. 2567')).toBe('2024-3');
    expect(start('ประมาณเดือน มี.ค. 67')).toBe('2024-3');
    expect(start('ปีงบประมาณ 2567')).toBe('2023-10');
    expect(start('ตลอดปีงบประมาณ พ.ศ. 2567')).toBe('2023-10');
    expect(start('ตลอดปีงบประมาณ (2567)')).toBe('2023-10');
    expect(start('ตลอดปีงบประมาณ')).toBeNull();
    expect(start('ทั้งปี')).toBeNull();
    // Still no period: a month without its year, a bare "ปี", a quarter past 4.
    for (const p of ['มีนาคม', 'ปี', 'ไตรมาส 5', 'ภายใน']) expect(start(p), p).toBe('bad');
  });

  it('bidders on one line with prices written without a unit are each counted', () => {
    expect(countBidders('ร้าน ก/10,000 ร้าน ข/10,500 ร้าน ค/11,000')).toBe(3);
    expect(countBidders('บริษัท ก จำกัด 10,000.00 บริษัท ข จำกัด 12,000.00')).toBe(2);
  });

  it('words after a price are not another bidder, nor is a number inside a name', () => {
    for (const one of ['ร้าน ก ราคา 5,000.- บาท', 'บริษัท ก 5,000 บาท เป็นผู้เสนอราคาต่ำสุด', 'หจก. 2.บี คอนสตรัคชั่น'])
      expect(countBidders(one), one).toBe(1);
  });

  it('a section number in a reference ("ข้อ 3.1.12") is no date', () => {
    expect(findDateInText('ใบสั่งซื้อ ข้อ 3.1.12')).toBeNull();
  });

  it('an O16 header short of columns is still O16, not an O14 that would explain only part of it', () => {
    const values = [
      ['งานที่ซื้อหรือจ้าง', 'วงเงินงบประมาณที่ได้รับจัดสรร (บาท)', 'วิธีการจัดซื้อจัดจ้าง', 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)', 'วันที่ลงนามในสัญญา'],
    ];
    expect(checkSheet({ name: 'S', values }).template).toBe('ita2567-o16');
  });
});

describe('a two-row header with a note beside it', () => {
  it('stays where it is: the note does not push the header down over the first data row', () => {
    const t = getTemplate('skr1')!;
    const top: CellValue[] = [];
    const bottom: CellValue[] = [];
    const merges: { top: number; left: number; bottom: number; right: number }[] = [];
    t.columns.forEach((c, i) => {
      const g = t.headerGroups?.find((x) => i >= x.from && i <= x.to && x.to > x.from);
      if (g) {
        bottom[i] = c.header;
        if (i === g.from) {
          top[i] = g.header;
          merges.push({ top: 3, left: i + 1, bottom: 3, right: g.to + 1 });
        }
      } else {
        top[i] = c.header;
        merges.push({ top: 3, left: i + 1, bottom: 4, right: i + 1 });
      }
    });
    top.push(null, 'หน่วย : บาท');
    const values = [['แบบ สขร.1'], [], top, bottom, [1, ...BOUGHT], [2, ...BOUGHT], [3, ...BOUGHT]];
    const r = checkSheet({ name: 'S', values, merges });
    expect(r).toMatchObject({ template: 'skr1', headerRow: 3, rows: 3 });
  });
});

describe('the 2568 layout names its agency on every row', () => {
  /** The several-agencies findings of a 2568 sheet whose rows name these agencies, one each. */
  const found = (...agencies: string[]) =>
    sheetOf(
      'ita2568-procurement',
      agencies.map((agency) => ({ item: 'ซื้อวัสดุ', budget: 10_000, agency })),
    ).findings.filter((f) => f.code === 'several-agencies');

  it('says rows of several agencies once, at the column, and takes อบต. for องค์การบริหารส่วนตำบล', () => {
    const two = found('องค์การบริหารส่วนตำบลคลองไทร', 'อบต.คลองไทร', 'เทศบาลตำบลชุมพล', 'อบต. คลองห้า', 'อบต.บางพลี');
    expect(two.map((f) => [f.cell, f.severity])).toEqual([['D2', 'warning']]);
    expect(two[0]!.message.th).toContain(
      'ในตารางนี้มี 4 หน่วยงาน: "องค์การบริหารส่วนตำบลคลองไทร", "เทศบาลตำบลชุมพล", "อบต. คลองห้า" และอีก 1 หน่วยงาน',
    );
    expect(found('องค์การบริหารส่วนตำบลคลองไทร', 'อบต.คลองไทร', 'อบต. คลองไทร')).toEqual([]);
    // A department naming its own offices in brackets is one agency; another department beside it is not.
    const offices = [1, 2, 3].map((n) => `กรมชลประทาน (สำนักงานชลประทานที่ ${n})`);
    expect(found(...offices, 'กรมชลประทาน')).toEqual([]);
    expect(found(...offices, 'กรมทางหลวง (แขวงทางหลวงที่ 1)').map((f) => f.message.en)).toEqual([
      expect.stringContaining('names 2 agencies in this table: "กรมชลประทาน (สำนักงานชลประทานที่ 1)", "กรมทางหลวง'),
    ]);
    expect(found('เทศบาลตำบลบ้านใหม่ (กองคลัง)', 'เทศบาลตำบลบ้านใหม่', 'เทศบาลตำบลบ้านใหม่ (กองช่าง)')).toEqual([]);
    // Its short name or its procurement office in brackets is the same agency.
    for (const bracket of ['(รพ.สต.)', '(อบต.บ้านนา)', '(ฝ่ายพัสดุ)', '(เจ้าหน้าที่พัสดุ)', '(สพป.เชียงใหม่ เขต 1)'])
      expect(found(`องค์การบริหารส่วนตำบลบ้านนา ${bracket}`, 'องค์การบริหารส่วนตำบลบ้านนา'), bracket).toEqual([]);
    // A bracket that is part of the name is no office: two schools of one village's name are two agencies.
    expect(found('โรงเรียนบ้านหนองบัว (ประชาสามัคคี)', 'โรงเรียนบ้านหนองบัว (คุรุราษฎร์อุปถัมภ์)').map((f) => f.message.en)).toEqual([
      expect.stringContaining('names 2 agencies in this table'),
    ]);
  });

  it('takes a district or province in brackets after the name for where the agency is, and two places for two agencies', () => {
    const name = 'องค์การบริหารส่วนตำบลบ้านใหม่';
    for (const places of [
      ['', ' (อ.เมือง)', ' (อำเภอเมืองนครราชสีมา)', ' (นครราชสีมา)'],
      [' (อ. เมือง จ.นครราชสีมา)', ' (ต.บ้านใหม่ อำเภอ เมือง)', ' (จังหวัดนครราชสีมา)', ' (กองคลัง)'],
    ])
      expect(found(...places.map((p) => `${name}${p}`)), places.join()).toEqual([]);
    const maeRim = ['เทศบาลตำบลแม่ริม', 'ทต.แม่ริม', 'เทศบาลตำบลแม่ริม (เชียงใหม่)', 'เทศบาลตำบลแม่ริม (อำเภอแม่ริม)'];
    expect(found(...maeRim)).toEqual([]);
    // Two districts or two provinces are two agencies of one name, with or without a row naming neither.
    for (const [a, b] of [
      [' (อำเภอเมือง)', ' (อำเภอพิมาย)'],
      [' (อ.เมือง)', ' (อ.พิมาย)'],
      [' (จังหวัดเชียงใหม่)', ' (ลำพูน)'],
      // One district's name beginning another's.
      [' (อ.หนองบัว)', ' (อ.หนองบัวแดง)'],
    ])
      expect(
        found(name, `${name}${a}`, `${name}${b}`).map((f) => f.message.en),
        a,
      ).toEqual([expect.stringContaining('names 2 agencies in this table')]);
  });

  it('takes places written after the name without brackets for where the agency is, as in brackets', () => {
    const name = 'องค์การบริหารส่วนตำบลยาง';
    expect(found(name, `${name} อำเภอศีขรภูมิ`, `${name} จังหวัดสุรินทร์`, `${name} (อ.ศีขรภูมิ)`, 'อบต. ยาง')).toEqual([]);
    // As agencies' reports write their name (seed 000), and short, spaced, with a province's bare name.
    const klongSai = 'องค์การบริหารส่วนตำบลคลองไทร';
    for (const after of [' ตำบลคลองไทร อำเภอท่าฉาง จังหวัดสุราษฎร์ธานี', ' ต.คลองไทร อ. ท่าฉาง จ.สุราษฎร์ธานี', ' สุราษฎร์ธานี'])
      expect(found(klongSai, `${klongSai}${after}`, `อบต.คลองไทร${after}`), after).toEqual([]);
    // Of one name, two districts or provinces are two agencies, bracketed or not.
    for (const [a, b] of [
      [' อำเภอศีขรภูมิ', ' อำเภอเมืองสุรินทร์'],
      [' อ.ศีขรภูมิ', ' (อ.ปราสาท)'],
      [' จังหวัดสุรินทร์', ' บุรีรัมย์'],
    ])
      expect(
        found(name, `${name}${a}`, `${name}${b}`).map((f) => f.message.en),
        a,
      ).toEqual([expect.stringContaining('names 2 agencies in this table')]);
    // A province's name ending another agency's name is its own, and a place's word spaced off the name
    // that holds it ("เทศบาล ตำบลยาง") is still that name, however written beside it.
    expect(found('โรงพยาบาลธัญญารักษ์ เชียงใหม่', 'โรงพยาบาลธัญญารักษ์ สงขลา').map((f) => f.message.en)).toEqual([
      expect.stringContaining('names 2 agencies in this table'),
    ]);
    expect(found('โรงพยาบาลธัญญารักษ์ เชียงใหม่', 'โรงพยาบาลธัญญารักษ์เชียงใหม่')).toEqual([]);
    expect(
      found('เทศบาล ตำบลยาง', 'เทศบาลตำบลยาง', 'เทศบาลนคร จังหวัดสุรินทร์', 'เทศบาลนครจังหวัดสุรินทร์').map((f) => f.message.en),
    ).toEqual([expect.stringContaining('names 2 agencies in this table')]);
    expect(found('สำนักงานสาธารณสุข จังหวัดสุรินทร์', 'สำนักงานสาธารณสุขจังหวัดสุรินทร์')).toEqual([]);
  });

  it("reads places after an office of the state's name as its name: the province's office and a district's are two", () => {
    // สสจ. and สสอ. each publish their own ITA, typed with a space or not.
    const two = (f: ReturnType<typeof found>) => f.map((x) => x.message.en);
    const offices: [string, string][] = [
      ['สำนักงานสาธารณสุข จังหวัดสุรินทร์', 'สำนักงานสาธารณสุข อำเภอศีขรภูมิ จังหวัดสุรินทร์'],
      ['ที่ทำการปกครอง จังหวัดสุรินทร์', 'ที่ทำการปกครอง อำเภอศีขรภูมิ จังหวัดสุรินทร์'],
      ['สำนักงานเกษตร จังหวัดสุรินทร์', 'สำนักงานเกษตร อำเภอเมือง'],
      ['สำนักงานสาธารณสุข จังหวัดสุรินทร์', 'สำนักงานสาธารณสุข อำเภอศีขรภูมิ'],
      // In brackets too: an office's stem with a district is not the one with its province alone.
      ['สำนักงานเกษตร (จังหวัดสุรินทร์)', 'สำนักงานเกษตร (อำเภอเมือง)'],
      ['สำนักงานสาธารณสุข (จ.สุรินทร์)', 'สำนักงานสาธารณสุข (อ.ศีขรภูมิ จ.สุรินทร์)'],
    ];
    for (const [province, district] of offices)
      expect(two(found(province, province, district, district)), district).toEqual([
        expect.stringContaining('names 2 agencies in this table'),
      ]);
    expect(two(found('สำนักงานคลัง จังหวัดสุรินทร์', 'สำนักงานคลัง อำเภอเมือง', 'สำนักงานคลัง'))).toEqual([
      expect.stringContaining('names 3 agencies in this table'),
    ]);
    // One office named alike is one, its place spaced or not, or in brackets.
    const district = 'สำนักงานสาธารณสุขอำเภอศีขรภูมิ';
    expect(found(district, 'สำนักงานสาธารณสุข อำเภอศีขรภูมิ', `${district} (จังหวัดสุรินทร์)`)).toEqual([]);
    expect(found('สำนักงานเกษตร (อ.เมือง)', 'สำนักงานเกษตร (อำเภอเมือง จังหวัดสุรินทร์)')).toEqual([]);
    // A school or hospital named with its own name is still where the places after it say.
    for (const name of ['โรงเรียนบ้านหนองบัว', 'โรงพยาบาลศีขรภูมิ', 'โรงพยาบาลส่งเสริมสุขภาพตำบลยาง']) {
      expect(found(name, `${name} อำเภอศีขรภูมิ จังหวัดสุรินทร์`), name).toEqual([]);
      expect(two(found(name, `${name} อำเภอศีขรภูมิ`, `${name} อำเภอเมือง`)), name).toEqual([
        expect.stringContaining('names 2 agencies in this table'),
      ]);
    }
  });

  it('tells two schools of one name apart by the area office named in brackets after them', () => {
    const school = 'โรงเรียนบ้านหนองบัว';
    const [khonKaen, udon] = [`${school} (สพป.ขอนแก่น เขต 1)`, `${school} (สพป.อุดรธานี เขต 2)`];
    expect(found(khonKaen, khonKaen, udon, udon).map((f) => f.message.en)).toEqual([
      expect.stringContaining(`names 2 agencies in this table: "${khonKaen}", "${udon}"`),
    ]);
    expect(found(`${school} (สพม. เขต 1)`, `${school} (สพม. เขต 10)`)).toHaveLength(1);
    // One area office written short or in full, or left out, or with the school's district: one school.
    const one = [
      khonKaen,
      `${school} (สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1)`,
      `${school} (สพป. ขอนแก่น เขต1)`,
      school,
      `${school} (อ.เมือง) (สพป.ขอนแก่น เขต 1)`,
      `${school} (สพป.ขอนแก่น เขต 1 อ.เมือง)`,
      `${school} (สพป.ขก. เขต 1)`,
    ];
    expect(found(...one)).toEqual([]);
  });
});
