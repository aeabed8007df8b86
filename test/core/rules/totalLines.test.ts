import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet } from '../../../src/core/check/sheet';
import { getTemplate } from '../../../src/core/templates/registry';
import { checkRows, row, utc } from '../../helpers/findings';
import { O16_HEADERS, taxId, type Row } from '../../helpers/o16';

// O16 rows from sheet row 4 (title, blank, header above). Budget B, reference price F, agreed price G.
const buy = (i: number, budget: number, agreed = budget - 1_000) =>
  row({ budget, referencePrice: budget, agreedPrice: agreed }, i);
const total = (label: string, budget: CellValue, agreed: CellValue): Row => [
  label,
  budget,
  null,
  null,
  null,
  budget,
  agreed,
];
const mismatches = (rows: Row[]) => checkRows(rows).findings.filter((f) => f.code === 'total-mismatch');

describe('a procurement table\'s "รวม" lines', () => {
  it('says a grand total that is not the sum of the rows above, column by column, with the sum', () => {
    const rows = [buy(0, 50_000), buy(1, 120_000), buy(2, 30_500.5)];
    // Typed 200,500.50 for 200,500.50 in the budget, but 190,000 for 197,500.50 agreed.
    const found = mismatches([...rows, total('รวมทั้งสิ้น', 200_500.5, 190_000)]);
    expect(found.map((f) => [f.cell, f.severity, f.column, f.value])).toEqual([
      ['G7', 'warning', 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)', '190,000'],
    ]);
    expect(found[0]!.message.th).toBe(
      'แถว 7: «ราคาที่ตกลงซื้อหรือจ้าง (บาท)» ในแถวรวมเป็น 190,000 แต่รายการแถว 4–6 รวมกันได้ 197,500.50',
    );
    expect(found[0]!.message.en).toContain('rows 4–6 add up to 197,500.50');
    // The right sums (in whole baht, rounded) pass.
    expect(mismatches([...rows, total('รวมทั้งสิ้น', 200_500, 197_500)])).toEqual([]);
    expect(mismatches([...rows, total('รวมทั้งสิ้น', 200_500.5, 197_500.5)])).toEqual([]);
  });

  it('reads an amount that says บาท under a header in ล้านบาท as baht, as its unit-mismatch does', () => {
    const headers = O16_HEADERS.map((h, k) => (k === 1 ? h.replace('(บาท)', '(ล้านบาท)') : h));
    const sheet = (sum: number) =>
      checkSheet({
        name: 'O16',
        values: [
          headers,
          row({ budget: 0.5, referencePrice: 500_000, agreedPrice: 480_000 }, 0),
          row({ budget: '44,000 บาท', referencePrice: 44_000, agreedPrice: 43_500 }, 1),
          ['รวม', sum, null, null, null, 544_000, 523_500],
        ] as CellValue[][],
      }).findings.filter((f) => f.severity !== 'info');
    // 0.5 million and 44,000 baht are 0.544 million: only the cell in baht is said, not the total.
    expect(sheet(0.544).map((f) => `${f.code}@${f.cell}`)).toEqual(['unit-mismatch@B3']);
    const wrong = sheet(0.6).find((f) => f.code === 'total-mismatch');
    expect(wrong?.message.en).toBe(
      'Row 4: the total\'s "Allocated budget (million baht)" is 0.60, but rows 2–3 add up to 0.54',
    );
  });

  it("says where a SUM's total leaves out amounts typed as text: those cells are the fix, not the total", () => {
    const rows = [buy(0, 50_000), row({ budget: '120,000.00', referencePrice: 120_000, agreedPrice: 119_000 }, 1)];
    // Excel's SUM of the budget column: 50,000 (the text "120,000.00" left out).
    const [found] = mismatches([...rows, total('รวม', 50_000, 168_000)]);
    expect(found!.cell).toBe('B6');
    expect(found!.message.th).toContain(
      'รวมกันได้ 170,000: ยอดรวมไม่นับจำนวนเงินที่พิมพ์เป็นข้อความ (แถว 5) แก้เซลล์เหล่านั้นให้เป็นตัวเลข แล้วยอดรวมจะถูกต้อง',
    );
    expect(found!.message.en).toContain('leaves out the amounts typed as text (row 5)');
    // A total wrong for another reason says nothing of the text.
    expect(mismatches([...rows, total('รวม', 60_000, 168_000)])[0]!.message.en).not.toContain('typed as text');
  });

  it('lets a total leave out a cancelled procurement, and not judge a column it cannot add up', () => {
    const cancelled = row({ status: 'ยกเลิกการดำเนินการ', budget: 80_000, referencePrice: 80_000 }, 1);
    for (const k of [6, 7, 8, 10, 11]) cancelled[k] = null;
    const rows = [buy(0, 50_000), cancelled, buy(2, 30_000)];
    expect(mismatches([...rows, total('รวม', 160_000, 78_000)])).toEqual([]);
    expect(mismatches([...rows, total('รวม', 80_000, 78_000)])).toEqual([]);
    expect(mismatches([...rows, total('รวม', 100_000, 78_000)]).map((f) => f.cell)).toEqual(['B7', 'F7']);
    // A budget typed in words cannot be added up: the total's budget is left alone (the cell has its finding).
    const words = buy(1, 80_000);
    words[1] = 'แปดหมื่นบาท';
    expect(mismatches([buy(0, 50_000), words, total('รวม', 1, 128_000)]).map((f) => f.cell)).toEqual(['F6']);
    // A row of percentages under the table is not a sum.
    expect(mismatches([buy(0, 50_000), total('รวม (ร้อยละ)', 100, 98)])).toEqual([]);
  });

  it('judges monthly subtotals against their own rows, and a grand total against the rows or the subtotals', () => {
    const oct = [buy(0, 10_000), buy(1, 20_000)];
    const nov = [buy(2, 5_000), buy(3, 7_000)];
    const right = [
      ...oct,
      total('รวมเดือนตุลาคม', 30_000, 28_000),
      ...nov,
      total('รวมเดือนพฤศจิกายน', 12_000, 10_000),
      total('รวมทั้งสิ้น', 42_000, 38_000),
    ];
    expect(mismatches(right)).toEqual([]);
    // November's subtotal typed 13,000: said against rows 7–8, with all rows' sum beside.
    const wrong = right.slice();
    wrong[5] = total('รวมเดือนพฤศจิกายน', 13_000, 10_000);
    const found = mismatches(wrong);
    expect(found.map((f) => f.cell)).toEqual(['B9', 'F9']);
    expect(found[0]!.message.th).toContain('แต่รายการแถว 7–8 รวมกันได้ 12,000 (ทุกรายการตั้งแต่แถว 4 รวมกันได้ 42,000)');
    expect(found[0]!.message.en).toContain('rows 7–8 add up to 12,000 (all rows from row 4 add up to 42,000)');
    // A grand total of 44,000 is neither the rows' sum (42,000) nor the subtotals' (43,000).
    wrong[6] = total('รวมทั้งสิ้น', 44_000, 38_000);
    expect(mismatches(wrong).map((f) => [f.cell, f.message.en.split(': ')[1]])).toEqual([
      [
        'B9',
        'the total\'s "Allocated budget (baht)" is 13,000, but rows 7–8 add up to 12,000 (all rows from row 4 add up to 42,000)',
      ],
      ['F9', expect.any(String)],
      ['B10', 'the total\'s "Allocated budget (baht)" is 44,000, but rows 4–8 add up to 42,000'],
      ['F10', expect.any(String)],
    ]);
  });

  it('takes a table split into งานซื้อ and งานจ้าง, with their subtotals, as agencies split O17', () => {
    for (const [buying, hiring] of [
      ['งานซื้อ', 'งานจ้าง'],
      ['๑. งานซื้อ', '๒. งานจ้าง'],
      ['ก. การจัดซื้อ', 'ข. การจัดจ้าง'],
      ['งานซื้อ (วัสดุ ครุภัณฑ์)', 'งานจ้างเหมาบริการ'],
    ]) {
      const rows: Row[] = [
        [buying!],
        buy(0, 10_000),
        buy(1, 20_000),
        total('รวมงานซื้อ', 30_000, 28_000),
        [hiring!],
        buy(2, 5_000, 4_900),
        total(`รวม${hiring!.replace(/^\S+\.\s*/, '')} (1 รายการ)`, 5_000, 4_900),
        total('รวมทั้งสิ้น', 35_000, 32_900),
      ];
      const r = checkRows(rows);
      // Three procurements, no heading or subtotal judged as one, the totals right.
      expect([buying, r.rows, r.findings.map((f) => f.code)]).toEqual([buying, 3, []]);
    }
  });

  it("takes a row of sums with no label (an Excel table's total row) as a total; a row missing only its item is still a procurement", () => {
    const rows = [buy(0, 50_000), buy(1, 120_000), buy(2, 30_500.5)];
    const sums = total('', 200_500.5, 197_500.5);
    const r = checkRows([...rows, [null, ...sums.slice(1)]]);
    expect([r.rows, r.findings.map((f) => f.code)]).toEqual([3, []]);
    // Amounts that are no sum of the rows above: a procurement whose item was left blank.
    const blank = checkRows([...rows, [null, ...total('', 40_000, 39_000).slice(1)]]);
    expect([
      blank.rows,
      blank.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.cell}`),
    ]).toEqual([4, expect.arrayContaining(['required-value@A7'])]);
  });

  it("says where a filtered table's total (SUBTOTAL 109) leaves out the hidden rows: the filter is the cause, not an amount", () => {
    const rows = [buy(0, 50_000), buy(1, 120_000), buy(2, 30_000), buy(3, 8_000), total('รวม', 58_000, 56_000)];
    // Rows 5 and 6 (120,000 and 30,000) filtered out; the totals row adds the rows shown.
    const values = [['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'], [], O16_HEADERS, ...rows] as CellValue[][];
    const found = checkSheet({ name: 'O16', values, hiddenRows: [5, 6] }).findings.filter(
      (f) => f.code === 'total-mismatch',
    );
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      ['B8', 'warning'],
      ['F8', 'warning'],
      ['G8', 'warning'],
    ]);
    expect(found[0]!.message.en).toBe(
      'Row 8: the total\'s "Allocated budget (baht)" is 58,000, but rows 4–7 add up to 208,000: the total counts only the rows shown and leaves out the hidden rows 5–6, as SUBTOTAL in a filtered table\'s totals row does; clear the filter or unhide them, then check again',
    );
    expect(found[0]!.message.th).toContain('ไม่นับแถวที่ซ่อนไว้ (แถว 5–6)');
    // A total wrong for another reason, or with no row hidden, says nothing of hidden rows.
    const other = checkSheet({ name: 'O16', values, hiddenRows: [5] }).findings.find(
      (f) => f.code === 'total-mismatch',
    );
    expect(other!.message.en).not.toContain('hidden');
    expect(mismatches(rows)[0]!.message.en).not.toContain('hidden');
  });

  it('follows a total carried to the next page ("ยอดยกไป" / "ยอดยกมา")', () => {
    const rows = [
      buy(0, 10_000),
      buy(1, 20_000),
      total('ยอดยกไป', 30_000, 28_000),
      total('ยอดยกมา', 30_000, 28_000),
      buy(2, 5_000),
      total('รวมทั้งสิ้น', 35_000, 32_000),
    ];
    expect(mismatches(rows)).toEqual([]);
    rows[5] = total('รวมทั้งสิ้น', 36_000, 32_000);
    expect(mismatches(rows).map((f) => f.cell)).toEqual(['B9', 'F9']);
  });

  it('checks a สขร.1 total of its amounts', () => {
    const headers = getTemplate('skr1')!.columns.map((c) => c.header);
    const line = (n: number, amount: number): CellValue[] => [
      n,
      'จัดซื้อวัสดุสำนักงาน',
      amount,
      amount,
      'เฉพาะเจาะจง',
      `ร้านสมใจ / ${amount}`,
      `ร้านสมใจ / ${amount}`,
      'ราคาต่ำสุด',
      `${n}/2567 ลว. 3 ต.ค. 66`,
    ];
    const sheet = (sum: number) =>
      checkSheet({
        name: 'ต.ค.',
        values: [
          ['แบบ สขร.1 ปีงบประมาณ พ.ศ. 2567'],
          headers,
          line(1, 9_000),
          line(2, 4_500),
          [null, 'รวม', sum, 13_500],
        ],
      }).findings.filter((f) => f.code === 'total-mismatch');
    expect(sheet(13_500)).toEqual([]);
    expect(sheet(15_000).map((f) => [f.cell, f.message.th])).toEqual([
      ['C5', 'แถว 5: «วงเงินที่จะซื้อหรือจ้าง (บาท)» ในแถวรวมเป็น 15,000 แต่รายการแถว 3–4 รวมกันได้ 13,500'],
    ]);
  });

  it('reads subtotals as agencies label them (by method, by page, carried): a right grand total passes', () => {
    const a = [buy(0, 10_000), buy(1, 20_000)];
    const b = [buy(2, 5_000)];
    for (const [sub, carried] of [
      ['รวมวิธีเฉพาะเจาะจง', 'รวมวิธีคัดเลือก'],
      ['รวมหน้า 1', 'รวมหน้า 2'],
      ['รวมเดือนตุลาคม พ.ศ. 2566', 'รวมเดือนพฤศจิกายน พ.ศ. 2566'],
    ])
      expect(
        mismatches([
          ...a,
          total(sub!, 30_000, 28_000),
          ...b,
          total(carried!, 5_000, 4_000),
          total('รวมทั้งสิ้น', 35_000, 32_000),
        ]),
        sub,
      ).toEqual([]);
    // Carried forward and brought forward, as some write it.
    const carried = [...a, total('ยกยอดไป', 30_000, 28_000), total('ยกยอดมา', 30_000, 28_000), ...b];
    expect(mismatches([...carried, total('รวมทั้งสิ้น', 35_000, 32_000)])).toEqual([]);
    expect(
      mismatches([...a, total('รวมยอดยกไป', 30_000, 28_000), ...b, total('ยอดยกไปหน้า 2', 35_000, 32_000)]),
    ).toEqual([]);
  });

  it('judges an item named "รวมค่าใช้จ่าย…" as the procurement it is, not as a subtotal', () => {
    const named = buy(1, 50_000);
    named[0] = 'รวมค่าใช้จ่ายจัดงานวันเด็ก (จ้างเหมาเวที)';
    const r = checkRows([buy(0, 20_000), named, total('รวมทั้งสิ้น', 70_000, 68_000)]);
    expect(r.rows).toBe(2);
    expect(r.findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
  });
});

describe('a total row of the 2568 layout, with the agency columns filled down to it', () => {
  const t = getTemplate('ita2568-procurement')!;
  // The agency's identity, as the layout repeats it on every row (DOMAIN §3.1).
  const AGENCY = ['2568', 'องค์กรปกครองส่วนท้องถิ่น', 'กระทรวงมหาดไทย', 'องค์การบริหารส่วนตำบลยาง', 'ศีขรภูมิ', 'สุรินทร์'];
  const buy = (i: number, budget: number, agreed: number): CellValue[] => [
    ...AGENCY,
    `ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ ${i + 1}`,
    budget,
    'พ.ร.บ. งบประมาณรายจ่าย',
    'สิ้นสุดระยะสัญญา',
    'วิธีเฉพาะเจาะจง',
    budget,
    agreed,
    `หจก.สุรินทร์ค้าวัสดุ ${i + 1}`,
    taxId(i),
    String(67119666666 + i),
    utc(2024, 11, 5 + i),
    utc(2024, 12, 5 + i),
  ];
  /** The rows, then a total of `lead` (the agency columns as filled on it), `label` and the amounts. */
  const sheet = (lead: CellValue[], label: CellValue, budget: number) =>
    checkSheet({
      name: 'ITA 2568',
      values: [
        ['ข้อมูลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. 2568'],
        t.columns.map((c) => c.header),
        buy(0, 250_000, 249_000),
        buy(1, 260_000, 258_000),
        [...lead, label, budget, null, null, null, 510_000, 507_000],
      ],
    });
  const found = (r: ReturnType<typeof sheet>) =>
    r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);
  const blanks = [null, null, null, null, null];

  it.each([
    ['filled down', AGENCY],
    ['its year alone', ['2568', ...blanks]],
    ['its year as a number', [2568, ...blanks]],
    ['its name alone', [null, null, null, 'องค์การบริหารส่วนตำบลยาง', null, null]],
    ['blank', [null, ...blanks]],
  ])('the agency columns %s: the total is no procurement, its sums judged', (_, lead) => {
    const right = sheet(lead, 'รวม', 510_000);
    expect([right.rows, found(right)]).toEqual([2, []]);
    const wrong = sheet(lead, 'รวมทั้งสิ้น', 610_000);
    expect([wrong.rows, found(wrong)]).toEqual([2, ['total-mismatch@H5']]);
  });

  it("Data › Subtotal's row, its label in the method column, the agency columns filled down to it, is a total", () => {
    const sub = [...AGENCY, null, 510_000, null, null, 'ผลรวม วิธีเฉพาะเจาะจง', 510_000, 507_000];
    const r = checkSheet({
      name: 'ITA 2568',
      values: [t.columns.map((c) => c.header), buy(0, 250_000, 249_000), buy(1, 260_000, 258_000), sub],
    });
    expect([r.rows, found(r)]).toEqual([2, []]);
  });

  it('a total typed in the year column, the amounts under their own, is still one', () => {
    const r = sheet(['รวมทั้งสิ้น', ...blanks], null, 610_000);
    expect([r.rows, found(r)]).toEqual([2, ['total-mismatch@H5']]);
  });

  it('the agency columns filled down past the procurements, nothing else on those rows, are empty rows', () => {
    const r = checkSheet({
      name: 'ITA 2568',
      values: [
        t.columns.map((c) => c.header),
        buy(0, 250_000, 249_000),
        buy(1, 260_000, 258_000),
        ...Array.from({ length: 4 }, () => [...AGENCY]),
      ],
    });
    expect([r.rows, r.findings.filter((f) => f.row > 3).map((f) => `${f.code}@${f.cell}`)]).toEqual([2, []]);
  });

  it('the agency columns and a list value filled down with them (the budget source, the status) are empty rows too', () => {
    const source = (...lists: CellValue[]) => [...AGENCY, null, null, ...lists];
    for (const filled of [
      source('พ.ร.บ. งบประมาณรายจ่าย'),
      source('พ.ร.บ. งบประมาณรายจ่าย', 'สิ้นสุดระยะสัญญา'),
      source(null, 'สิ้นสุดระยะสัญญา'),
    ]) {
      const r = checkSheet({
        name: 'ITA 2568',
        values: [t.columns.map((c) => c.header), buy(0, 250_000, 249_000), buy(1, 260_000, 258_000), filled, filled],
      });
      const at = r.findings.filter((f) => f.row > 3).map((f) => `${f.code}@${f.cell}`);
      expect([JSON.stringify(filled), r.rows, at]).toEqual([JSON.stringify(filled), 2, []]);
    }
    // A value of its own (not the one above), or another cell beside it: a procurement missing its cells.
    for (const own of [source('เงินนอกงบประมาณ'), source('พ.ร.บ. งบประมาณรายจ่าย', 'อยู่ระหว่างระยะสัญญา')]) {
      const r = checkSheet({
        name: 'ITA 2568',
        values: [t.columns.map((c) => c.header), buy(0, 250_000, 249_000), own],
      });
      expect([JSON.stringify(own), r.rows], JSON.stringify(own)).toEqual([JSON.stringify(own), 2]);
    }
    const priced = [...AGENCY, null, 5_000, 'พ.ร.บ. งบประมาณรายจ่าย'];
    const r = checkSheet({
      name: 'ITA 2568',
      values: [t.columns.map((c) => c.header), buy(0, 250_000, 249_000), priced],
    });
    expect(r.rows).toBe(2);
  });
});
