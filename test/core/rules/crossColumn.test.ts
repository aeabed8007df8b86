import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet } from '../../../src/core/check/sheet';
import { getTemplate } from '../../../src/core/templates/registry';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/core/text/csv';
import { checkRows, row, utc } from '../../helpers/findings';
import { O16_HEADERS } from '../../helpers/o16';
import { skr1Row } from '../../helpers/skr1';

const headersOf = (id: string) => getTemplate(id)!.columns.map((c) => c.header);
const codesAt = (values: CellValue[][]) => checkSheet({ name: 'S', values }).findings.map((f) => `${f.code}@${f.cell}`);

describe('one mistake, one finding', () => {
  const unsigned = {
    agreedPrice: null,
    supplierId: null,
    supplierName: null,
    signDate: null,
    endDate: null,
  };

  it.each([
    ['a status mistyped', 'ยังไม่ลงนามในสัญญาครับ'],
    ['no status', null],
  ])('%s on a row with nothing signed is said once, on the status', (_, status) => {
    const fs = checkRows([row({ ...unsigned, status })]).findings.filter((f) => f.severity !== 'info');
    expect(fs.map((f) => f.cell)).toEqual(['D4']);
  });

  it('"ยังไม่ได้ลงนาม" is the form\'s "ยังไม่ได้ลงนามในสัญญา" in other words', () => {
    const fs = checkRows([row({ ...unsigned, status: 'ยังไม่ได้ลงนาม' })]).findings;
    expect(fs.map((f) => f.code)).toEqual(['list-wording']);
    expect(fs[0]!.suggestion).toMatchObject({ value: 'ยังไม่ได้ลงนามในสัญญา' });
  });

  it('a signed status with no dates says the status may be the mistake', () => {
    const fs = checkRows([row({ status: 'อยู่ระหว่างระยะสัญญา', signDate: null, endDate: null })]).findings;
    expect(fs.map((f) => `${f.code}@${f.cell}`)).toEqual(['required-value@K4', 'required-value@L4']);
    expect(fs[0]!.message.th).toContain('เพราะสถานะเป็น "อยู่ระหว่างระยะสัญญา"');
    expect(fs[0]!.message.en).toContain('make the status "ยังไม่ได้ลงนามในสัญญา"');
  });

  it('a buy of 5,000 baht or less may have no e-GP project number (such buys need not go through e-GP)', () => {
    const small = (budget: number, projectNumber: CellValue) =>
      codes([row({ budget, referencePrice: budget, agreedPrice: budget, projectNumber })]);
    const codes = (rows: ReturnType<typeof row>[]) => checkRows(rows).findings.map((f) => `${f.code}@${f.cell}`);
    expect(small(4_815, null)).toEqual([]);
    expect(small(5_000, '-')).toEqual([]);
    expect(small(5_000.01, null)).toContain('required-value@J4');
    // A budget of 4,950 beside a ราคากลาง of 4,950,000 is a slip, not a small buy.
    expect(
      codes([row({ budget: 4_950, referencePrice: 4_950_000, agreedPrice: 4_900_000, projectNumber: null })]),
    ).toContain('required-value@J4');
    // One given is judged as any.
    expect(small(4_815, '6701')).toContain('project-number-format@J4');
    // The year's budget line typed in each row: the buy's own ราคากลาง and price are small.
    const line = (projectNumber: CellValue, agreedPrice = 1_480) =>
      codes([row({ budget: 300_000, referencePrice: agreedPrice, agreedPrice, projectNumber })]);
    expect(line('-')).toEqual([]);
    expect(line('-', 12_000)).toContain('required-value@J4');
    // "ไม่มีเลขที่โครงการ" says there is none, as "ไม่มี" does.
    expect(small(4_815, 'ไม่มีเลขที่โครงการ')).toEqual([]);
    expect(small(50_000, 'ไม่มีเลขที่โครงการ')).toContain('required-value@J4');
  });

  it('a signed row missing its supplier still says what is missing', () => {
    const codes = checkRows([row({ status: null, supplierName: null })]).findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes).toEqual(expect.arrayContaining(['required-value@D4', 'required-value@I4']));
  });

  it('a price over a budget no lower than ราคากลาง is one error, not also a warning', () => {
    const codes = checkRows([row({ budget: 510_000, referencePrice: 510_000, agreedPrice: 520_000 })]).findings.map(
      (f) => f.code,
    );
    expect(codes).toContain('price-over-budget');
    expect(codes).not.toContain('price-over-reference');
    // Under the budget but over ราคากลาง: the warning stands.
    const under = checkRows([row({ budget: 600_000, referencePrice: 510_000, agreedPrice: 520_000 })]).findings;
    expect(under.map((f) => f.code)).toContain('price-over-reference');
  });

  it('a budget in ล้านบาท is compared in baht with the prices beside it, and with the thresholds', () => {
    const headers = O16_HEADERS.map((h, k) => (k === 1 ? h.replace('(บาท)', '(ล้านบาท)') : h));
    const check = (changes: Parameters<typeof row>[0]) =>
      checkSheet({ name: 'O16', values: [headers, row(changes)] as CellValue[][] }).findings.filter(
        (f) => f.severity !== 'info',
      );
    const bidding = { method: 'e-bidding', referencePrice: 2_500_000, agreedPrice: 2_400_000 };
    expect(check({ ...bidding, budget: 2.5 })).toEqual([]);
    const over = check({ ...bidding, budget: 2.3 });
    expect(over.map((f) => `${f.code}@${f.cell}`).sort()).toEqual(['price-over-budget@G2', 'reference-over-budget@F2']);
    expect(over.find((f) => f.code === 'price-over-budget')!.message.en).toBe(
      'Row 2: agreed price 2,400,000 exceeds the budget 2,300,000 (by 100,000 baht)',
    );
    // 0.3 million is over ม.56(2)(ข)'s 500,000 no more than 300,000 baht is.
    expect(check({ budget: 0.3, referencePrice: 300_000, agreedPrice: 290_000 })).toEqual([]);
  });

  const inUnit = (k: number, header: string, ...rows: Parameters<typeof row>[0][]) =>
    checkSheet({
      name: 'O16',
      values: [O16_HEADERS.map((h, j) => (j === k ? header : h)), ...rows.map((r, k) => row(r, k))] as CellValue[][],
    }).findings.filter((f) => f.severity !== 'info');

  it('an amount whose own text says บาท, under a header in ล้านบาท, is baht: fixed only to the same amount', () => {
    const header = 'ราคาที่ตกลงซื้อหรือจ้าง (ล้านบาท)';
    const small = { budget: 45_000, referencePrice: 45_000 };
    const fs = inUnit(6, header, { ...small, agreedPrice: '44,000 บาท' });
    // Not a 44,000-million buy by a method for up to 500,000 baht, nor a fix writing 44,000 millions.
    expect(fs.map((f) => `${f.code}@${f.cell}`)).toEqual(['unit-mismatch@G2']);
    expect(fs[0]!.message.en).toBe(
      'Row 2: "Agreed price (million baht)" is written in baht ("44,000 บาท"), but its header says million baht; should be 0.044 (million baht)',
    );
    expect(fs[0]!.suggestion).toMatchObject({ value: 0.044, kind: 'number' });
    // Still compared in baht: over the budget by 5,000 baht.
    expect(inUnit(6, header, { ...small, agreedPrice: '50,000 บาท' }).map((f) => f.code)).toContain(
      'price-over-budget',
    );
    // Not exact in ล้านบาท (fractions of a satang): said, with no fix.
    const odd = inUnit(6, header, { ...small, agreedPrice: '44,000.1234 บาท' });
    expect(odd.map((f) => f.code)).toEqual(['unit-mismatch']);
    expect(odd[0]!.suggestion).toBeUndefined();
  });

  it('amounts typed in baht under a header in ล้านบาท are said once at the header, not as wrong figures by row', () => {
    const fs = inUnit(
      6,
      'ราคาที่ตกลงซื้อหรือจ้าง (ล้านบาท)',
      { budget: 45_000, referencePrice: 45_000, agreedPrice: 44_000 },
      { budget: 120_000, referencePrice: 120_000, agreedPrice: 118_000 },
    );
    expect(fs.map((f) => `${f.code}@${f.cell}`)).toEqual(['unit-mismatch@G1']);
    expect(fs[0]!.message.en).toContain('so its amounts are read in million baht, but 2 of 2 are 1,000 million baht');
    expect(fs[0]!.message.en).toContain(
      '(row 2: 44,000 million baht = 44,000,000,000 baht, beside 45,000 baht in "Allocated budget (baht)"), which looks like baht',
    );
  });

  const inMillions = (...rows: Parameters<typeof row>[0][]) =>
    checkSheet({
      name: 'O16',
      values: [
        O16_HEADERS.map((h, k) => ([1, 5, 6].includes(k) ? h.replace('(บาท)', '(ล้านบาท)') : h)),
        ...rows.map((r, k) => row({ method: 'e-bidding', ...r }, k)),
      ] as CellValue[][],
    }).findings.filter((f) => f.severity !== 'info');

  it("a department's contracts of a billion baht or more in ล้านบาท are read in millions, and compared", () => {
    // A highway department's list: 1,500 and 2,300 million are real contracts, the price over its budget an error.
    const fs = inMillions(
      { budget: 1_500, referencePrice: 1_500, agreedPrice: 1_600 },
      { budget: 2_300, referencePrice: 2_300, agreedPrice: 2_250 },
      { budget: 980, referencePrice: 980, agreedPrice: 950 },
    );
    expect(fs.map((f) => `${f.code}@${f.cell}`)).toEqual(['price-over-budget@G2']);
    expect(fs[0]!.message.en).toContain('agreed price 1,600,000,000 exceeds the budget 1,500,000,000');
    expect(inMillions({ budget: 1_500, referencePrice: 1_500, agreedPrice: 1_450 })).toEqual([]);
  });

  it('baht typed under every header in ล้านบาท is still said, by an amount no one procurement could be', () => {
    const fs = inMillions(
      { budget: 45_000, referencePrice: 45_000, agreedPrice: 44_000 },
      { budget: 120_000, referencePrice: 120_000, agreedPrice: 118_000 },
    );
    expect(fs.map((f) => `${f.code}@${f.cell}`)).toEqual(['unit-mismatch@B1', 'unit-mismatch@F1', 'unit-mismatch@G1']);
    expect(fs[0]!.message.en).toContain(
      '(row 3: 120,000 million baht = 120,000,000,000 baht, more than any one procurement), which looks like baht',
    );
  });

  it('a header\'s own "(บาท)" wins over ล้านบาท in a rule quoted after it', () => {
    const header = 'วงเงินงบประมาณที่ได้รับจัดสรร (บาท) (e-bidding เมื่อเกิน 5 แสน ไม่เกิน 5 ล้านบาท)';
    const fs = inUnit(1, header, { budget: 45_000, referencePrice: 45_000, agreedPrice: 50_000 });
    expect(fs.map((f) => f.code)).toContain('price-over-budget');
    expect(fs.find((f) => f.code === 'price-over-budget')!.message.en).toContain('exceeds the budget 45,000');
  });
});

describe('a row typed twice is found however the copy was typed', () => {
  it("e-GP's ลำดับ is a record's own number: two records of one project are two contracts, not a copy", () => {
    const [header, first] = parseCsv(
      readFileSync(
        new URL('../../fixtures/shared/real/praciller_dga-egp-contract-2568-250.csv', import.meta.url),
        'utf8',
      ),
    );
    const second = [...first!];
    second[0] = String(Number(first![0]) + 1);
    const codes = checkSheet({ name: 'e-GP', values: [header!, first!, second] }).findings.map((f) => f.code);
    expect(codes).toContain('duplicate-project-number');
    expect(codes).not.toContain('duplicate-row');
  });

  const o14 = (changes: Partial<Record<'item' | 'budget', CellValue>> = {}) => [
    changes.item ?? 'ก่อสร้างถนน คสล.',
    changes.budget ?? 100_000,
    'พ.ร.บ. งบประมาณรายจ่าย',
    'วิธีเฉพาะเจาะจง',
    'ต.ค. 2566',
  ];
  const title = ['แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'];
  it.each([
    ['a space after the item', { item: 'ก่อสร้างถนน คสล. ' }],
    ['two spaces inside it', { item: 'ก่อสร้างถนน  คสล.' }],
    ['the budget in Thai digits', { budget: '๑๐๐,๐๐๐' }],
  ])('O14, %s', (_, changes) => {
    expect(codesAt([title, headersOf('ita2567-o14'), o14(), o14(changes)])).toContain('duplicate-row@A4');
  });

  it('สขร.1 renumbered in ลำดับที่', () => {
    const s = (n: number) => skr1Row(n, 'ใบสั่งซื้อ 1/2567 ลว. 3 ม.ค. 2567', 'ซื้อวัสดุสำนักงาน');
    const codes = codesAt([['แบบ สขร.1 ประจำปีงบประมาณ 2567'], headersOf('skr1'), s(1), s(2)]);
    expect(codes).toContain('duplicate-row@B4');
  });

  it('สขร.1 with its contract split into number | date: alike in every part, not in the first alone', () => {
    const s = (n: number, number: string, date: string) => [...skr1Row(n, number, 'ซื้อวัสดุสำนักงาน'), date];
    const codes = (parts: CellValue[], rows: CellValue[][]) =>
      checkSheet({
        name: 'ม.ค.67',
        values: [
          ['แบบ สขร.1 ประจำเดือน มกราคม 2567'],
          [...headersOf('skr1'), null],
          [null, null, null, null, null, null, null, null, ...parts],
          ...rows,
        ],
        merges: [
          ...[1, 2, 3, 4, 5, 6, 7, 8].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
          { top: 2, left: 9, bottom: 2, right: 10 },
        ],
      }).findings.map((f) => `${f.code}@${f.cell}`);
    const numberFirst = ['เลขที่', 'วันที่'];
    expect(codes(numberFirst, [s(1, '1/2567', '3 ม.ค. 2567'), s(2, '1/2567', '3 ม.ค. 2567')])).toContain(
      'duplicate-row@B5',
    );
    // Another date, or another number with the date first, is another contract.
    expect(codes(numberFirst, [s(1, '1/2567', '3 ม.ค. 2567'), s(2, '1/2567', '4 ม.ค. 2567')])).not.toContain(
      'duplicate-row@B5',
    );
    expect(codes(['วันที่', 'เลขที่'], [s(1, '3 ม.ค. 2567', '1/2567'), s(2, '3 ม.ค. 2567', '2/2567')])).not.toContain(
      'duplicate-row@B5',
    );
  });

  it('O16 with its signing date typed as text in the copy', () => {
    const r = checkRows([row(), row({ signDate: '1/01/2567' })]);
    const codes = r.findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes).toContain('duplicate-row@A5');
    expect(codes).not.toContain('duplicate-project-number@J5');
    // Another day is another contract of the project.
    const other = checkRows([row(), row({ signDate: utc(2024, 1, 2) })]).findings.map((f) => f.code);
    expect(other).not.toContain('duplicate-row');
  });
});

describe('contract references and methods', () => {
  /** An O21 buy of `budget` won as `winner` (the bidders' cell alike), its contract cell as given. */
  const o21Buy = (budget: number, contract: CellValue, winner: string): CellValue[] => [
    'ซื้อวัสดุ',
    budget,
    budget,
    'วิธีเฉพาะเจาะจง',
    winner,
    winner,
    'ราคาต่ำสุด',
    contract,
  ];

  it('a contract dated in a CE year (O21, สขร.1) is offered in BE, the number left as it is', () => {
    const o21 = [
      'ซื้อวัสดุ',
      12_000,
      12_000,
      'วิธีเฉพาะเจาะจง',
      'ร้าน ก 11,500 บาท',
      'ร้าน ก 11,500 บาท',
      'ราคาต่ำสุด',
      'ใบสั่งซื้อ 1/2566 ลว. 3/1/2023',
    ];
    const f = checkSheet({ name: 'O21', values: [headersOf('ita2566-o21'), o21] }).findings.find(
      (x) => x.code === 'ce-year',
    )!;
    expect(f.cell).toBe('H2');
    expect(f.suggestion).toMatchObject({ value: 'ใบสั่งซื้อ 1/2566 ลว. 3/1/2566' });
  });

  it("the BE fix of a contract date leaves the contract's own number alone", () => {
    const ref = (text: string) =>
      checkSheet({
        name: 'O21',
        values: [
          headersOf('ita2566-o21'),
          ['ซื้อวัสดุ', 12_000, 12_000, 'วิธีเฉพาะเจาะจง', 'ร้าน ก 11,500 บาท', 'ร้าน ก 11,500 บาท', 'ราคาต่ำสุด', text],
        ],
      }).findings.find((x) => x.code === 'ce-year')?.suggestion?.value;
    expect(ref('สัญญาเลขที่ 2105/2566 ลว. 3/1/2023')).toBe('สัญญาเลขที่ 2105/2566 ลว. 3/1/2566');
    expect(ref('ใบสั่งซื้อ กค 1905/66 ลว. 3 ม.ค. 2023')).toBe('ใบสั่งซื้อ กค 1905/66 ลว. 3 ม.ค. 2566');
  });

  it('over 100,000 baht a contract cell with a date and no number asks for the number', () => {
    const o21 = (budget: number, contract: CellValue) => o21Buy(budget, contract, 'ร้าน ก 249,000 บาท');
    const found = (budget: number, contract: CellValue) =>
      checkSheet({ name: 'O21', values: [headersOf('ita2566-o21'), o21(budget, contract)] }).findings.filter(
        (f) => f.cell === 'H2',
      );
    // As typed, as a real date, and as import-egp writes the 2568 export's (the e-GP project's number is no contract's).
    for (const contract of [
      'ลว. 3 ม.ค. 2567',
      '3 ม.ค. 2567',
      'ใบสั่งซื้อ ลงวันที่ 3 ม.ค. 2567',
      new Date(Date.UTC(2024, 0, 3)),
      'ลว. 3 ม.ค. 2567 (เลขที่โครงการ e-GP 67119257386)',
      'บันทึกตกลงซื้อ ลว. 3 ม.ค. 2567',
      '3 ม.ค. 2567 - 2 ก.พ. 2567',
      // A kind of contract, or a number said to be missing, is no number either.
      'สัญญาจ้าง ลว. 3 ม.ค. 2567',
      'สัญญาจ้างเหมา ลว. 3 ม.ค. 2567',
      'สัญญาซื้อขาย ลว. 3 ม.ค. 2567',
      'ตามใบสั่งซื้อ ลว. 3 ม.ค. 2567',
      'สัญญาเลขที่ - ลว. 3 ม.ค. 2567',
      'ไม่มีเลขที่ ลว. 3 ม.ค. 2567',
      'ลงนาม 3 ม.ค. 2567',
      '03/01/2567-02/02/2567',
      // A bracket naming the project holds no number either.
      'ลว. 3 ม.ค. 2567 (โครงการซ่อมแซมถนน)',
    ])
      expect(
        found(250_000, contract).map((f) => f.code),
        String(contract),
      ).toEqual(['required-value']);
    expect(found(250_000, 'ลว. 3 ม.ค. 2567')[0]!.message.th).toContain('มีเฉพาะวันที่ ("ลว. 3 ม.ค. 2567") ไม่มีเลขที่');
    // With a number, or within 100,000 baht (ม.96: no written contract due), nothing is asked.
    for (const contract of [
      '5/2567 ลว. 3 ม.ค. 2567',
      'สัญญาเลขที่ 5/2567 ลว. 3 ม.ค. 2567',
      'ใบสั่งซื้อ กค 1905/67 3 ม.ค. 2567',
      'สัญญาจ้าง ที่ 5/2567 ลว. 3 ม.ค. 2567',
      // The number in a bracket that also names the project.
      'ลว. 3 ม.ค. 2567 (สัญญาเลขที่ 12/2567 โครงการซ่อมถนน)',
      '3 ม.ค. 2567 (ใบสั่งจ้าง 12/2567 ตามโครงการซ่อมถนน)',
      // The number and the date joined by a dash.
      '05/2567-03/01/2567',
      'สัญญาเลขที่ 05/2567-03/01/2567',
    ])
      expect(found(250_000, contract), contract).toEqual([]);
    expect(found(100_000, 'ลว. 3 ม.ค. 2567')).toEqual([]);
    // The example is of the sheet's own year (the title's 2568), not of the form's (O21 of ITA 2566).
    const titled = checkSheet({
      name: 'O21',
      values: [
        ['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568'],
        headersOf('ita2566-o21'),
        o21(250_000, 'ใบสั่งซื้อ 12/2568'),
      ],
    }).findings.find((f) => f.code === 'required-value')!;
    expect(titled.message.th).toContain('เช่น 12/2568 ลว. 1 ต.ค. 2567');
  });

  it('up to 100,000 baht (ม.96) a contract cell with no date, a purchase order or a note that there is none, is no error', () => {
    const o21 = (budget: number, contract: string) => o21Buy(budget, contract, 'ร้าน ก 4,900 บาท');
    const at = (budget: number, contract: string) =>
      codesAt([headersOf('ita2566-o21'), o21(budget, contract)]).filter((c) => c.endsWith('@H2'));
    expect(at(5_000, 'ไม่ได้ทำสัญญา (ม.96 วรรคสอง)')).toEqual([]);
    expect(at(100_000, 'ใบสั่งซื้อ 12/2566')).toEqual([]);
    // Over it a written contract is due: its date is asked for.
    expect(at(100_001, 'ใบสั่งซื้อ 12/2566')).toEqual(['required-value@H2']);
    // A date that does not exist is said whatever the amount.
    expect(at(5_000, 'ใบสั่งซื้อ 12/2566 ลว. 31 เม.ย. 2566')).toEqual(['not-a-date@H2']);
    // The budget left empty: the price agreed (in the winner's cell) tells the purchase is small.
    const noBudget = (price: string, contract: string) => {
      const r = o21(0, contract);
      r[1] = null as unknown as number;
      r[5] = `ร้าน ก ${price} บาท`;
      return codesAt([headersOf('ita2566-o21'), r]).filter((c) => c.endsWith('@H2'));
    };
    expect(noBudget('89,000', '')).toEqual([]);
    expect(noBudget('89,000', 'ใบสั่งซื้อ 12/2566')).toEqual([]);
    expect(noBudget('189,000', '')).toEqual(['required-value@H2']);
  });

  it('a method with nothing close to it lists the methods of the act', () => {
    const f = checkRows([row({ method: 'EB' })]).findings.find((x) => x.code === 'unknown-method')!;
    expect(f.message.th).toContain('วิธีเฉพาะเจาะจง');
    expect(f.message.en).toContain(
      'use one of: "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)" (Electronic bidding (e-bidding)) / "ตลาดอิเล็กทรอนิกส์ (e-market)" (Electronic market (e-market)) / "สอบราคา" (Price inquiry) / "วิธีประกาศเชิญชวนทั่วไป"',
    );
    // The forms' dropdowns offer the group label too; no old method is offered.
    expect(f.message.th).toContain('วิธีประกาศเชิญชวนทั่วไป');
    expect(f.message.th).not.toContain('สอบราคา (');
    expect(f.message.th).not.toContain('ตกลงราคา');
  });
});

describe('the 2568 layout, each row with its own fiscal year', () => {
  it('a row whose own year is off is named at that cell, not at its right signing date', () => {
    const t = getTemplate('ita2568-procurement')!;
    const byId = (o: Record<string, CellValue>) => t.columns.map((c) => o[c.id] ?? null);
    const base: Record<string, CellValue> = {
      fiscalYear: 2568,
      agencyType: 'เทศบาล',
      ministry: 'กระทรวงมหาดไทย',
      agency: 'เทศบาลตำบลแม่ริม',
      district: 'แม่ริม',
      province: 'เชียงใหม่',
      item: 'ซื้อวัสดุสำนักงาน',
      budget: 50_000,
      budgetSource: 'พ.ร.บ. งบประมาณรายจ่าย',
      status: 'สิ้นสุดระยะสัญญา',
      method: 'วิธีเฉพาะเจาะจง',
      referencePrice: 50_000,
      agreedPrice: 49_500,
      supplierName: 'บริษัท ก จำกัด',
      supplierId: '0105536112014',
      projectNumber: '68019524001',
      signDate: new Date(Date.UTC(2025, 0, 10)),
      endDate: new Date(Date.UTC(2025, 1, 10)),
    };
    const values = [
      ['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568'],
      [],
      t.columns.map((c) => c.header),
      byId(base),
      byId({ ...base, fiscalYear: 2567, item: 'ซื้อหมึกพิมพ์', projectNumber: '68019524002' }),
      // Its date is in neither year: the date is what is off.
      byId({ ...base, item: 'จ้างซ่อมรถ', projectNumber: '68019524003', signDate: new Date(Date.UTC(2025, 9, 1)) }),
      // A row of 2567 altogether, its date too: not this table's year.
      byId({
        ...base,
        fiscalYear: 2567,
        item: 'ซื้อกระดาษ',
        projectNumber: '67119524004',
        signDate: new Date(Date.UTC(2023, 10, 5)),
        endDate: new Date(Date.UTC(2023, 11, 5)),
      }),
    ];
    const off = checkSheet({ name: 'ITA 2568', values }).findings.filter((f) => f.code === 'date-out-of-year');
    const signCol = String.fromCharCode(65 + t.columns.findIndex((c) => c.id === 'signDate'));
    expect(off.map((f) => f.cell)).toEqual(['A5', `${signCol}6`, 'A7']);
    expect(off[0]!.message.en).toContain("the row's fiscal year 2567 differs from the table's 2568");
    expect(off[2]!.message.en).toContain("an item of fiscal year 2567, not the table's 2568");
    // Not where the rows themselves are split across years, or all disagree with the title (the title is
    // then the odd one out, said once: below), or in an
    // e-GP export (it spans years): no year is the table's to judge the others by.
    const ofYear = (fy: number, k: number) =>
      byId({
        ...base,
        fiscalYear: fy,
        item: `รายการ ${fy}-${k}`,
        projectNumber: `${fy - 2500}01952${String(k).padStart(4, '0')}`,
        signDate: new Date(Date.UTC(fy - 544, 10, 5)),
        endDate: new Date(Date.UTC(fy - 544, 11, 5)),
      });
    const split = [
      [],
      [],
      t.columns.map((c) => c.header),
      ...[2569, 2568, 2567].flatMap((fy) => [1, 2].map((k) => ofYear(fy, k))),
    ];
    const titled = [
      ['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'],
      [],
      t.columns.map((c) => c.header),
      ofYear(2568, 1),
      ofYear(2568, 2),
    ];
    for (const [name, rows] of [
      ['split', split],
      ['titled', titled],
    ] as const) {
      const found = checkSheet({ name: 'ITA 2568', values: rows as CellValue[][] }).findings;
      expect(
        found.filter((f) => f.message.en.includes('an item of fiscal year')),
        name,
      ).toEqual([]);
    }
    const egp = getTemplate('egp-contract')!;
    const exported = [
      egp.columns.map((c) => c.header),
      ...[2568, 2568, 2567].map((fy, k) => {
        const v: Record<string, CellValue> = {
          projectNumber: `${fy - 2500}11952400${k}`,
          item: `รายการ ${k}`,
          method: 'เฉพาะเจาะจง',
          budget: 50_000,
          fiscalYear: fy,
          signDate: `5 พ.ย. ${(fy - 1) % 100}`,
        };
        return egp.columns.map((c) => v[c.id] ?? null);
      }),
    ];
    const inExport = checkSheet({ name: 'egp', values: exported });
    expect(inExport.template).toBe('egp-contract');
    expect(inExport.findings.filter((f) => f.code === 'date-out-of-year')).toEqual([]);

    // The year written with words, in Thai digits or as text is read, and the number offered as the fix.
    const worded = [
      ...values.slice(0, 3),
      ...['พ.ศ. 2568', 'ปีงบประมาณ 2568', '๒๕๖๘', '2568'].map((y) => byId({ ...base, fiscalYear: y })),
    ];
    const found = checkSheet({ name: 'ITA 2568', values: worded }).findings.filter((f) => /^A\d+$/.test(f.cell));
    expect(found.map((f) => [f.cell, f.code, f.severity, f.suggestion?.value])).toEqual([
      ['A4', 'number-as-text', 'info', 2568],
      ['A5', 'number-as-text', 'info', 2568],
      ['A6', 'thai-digits', 'info', 2568],
      // Digits stored as text, as money typed as text is: a note with the number.
      ['A7', 'number-as-text', 'info', 2568],
    ]);
    expect(found[3]!.message.en).toContain('is text ("2568"), not a number');
    // Read as 2568: no row is of another year.
    expect(checkSheet({ name: 'ITA 2568', values: worded }).findings.map((f) => f.code)).not.toContain(
      'date-out-of-year',
    );
  });

  it("a title whose year most rows' own years do not share is named once, at the title, with the fix", () => {
    const t = getTemplate('ita2568-procurement')!;
    const signCol = String.fromCharCode(65 + t.columns.findIndex((c) => c.id === 'signDate'));
    // A row of fiscal year `fy` (none: its year cell left empty), signed in fiscal year `signed`.
    const ofYear = (fy: number | null, k: number, signed = fy ?? 2568) => {
      const v: Record<string, CellValue> = {
        fiscalYear: fy,
        item: `รายการ ${k}`,
        budget: 50_000,
        method: 'วิธีเฉพาะเจาะจง',
        projectNumber: `${signed - 2500}01952${String(k).padStart(4, '0')}`,
        signDate: new Date(Date.UTC(signed - 544, 10, 5)),
      };
      return t.columns.map((c) => v[c.id] ?? null);
    };
    const sheet = (title: string, rows: CellValue[][]) =>
      checkSheet({
        name: 'ITA 2568',
        values: [[null, title], [], t.columns.map((c) => c.header), ...rows],
      }).findings.filter((f) => f.code === 'title-year-mismatch' || f.code === 'date-out-of-year');
    const years = (...fys: number[]) => fys.map((fy, k) => ofYear(fy, k));

    // Last year's file with this year's rows: every row is 2568, the title says 2567.
    const all = sheet('ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ต่อ)', years(2568, 2568, 2568));
    expect(all.map((f) => [f.code, f.severity, f.cell])).toEqual([['title-year-mismatch', 'warning', 'B1']]);
    expect(all[0]!.message.th).toContain('ชื่อตารางระบุปีงบประมาณ 2567 แต่ทุกรายการเป็นของปีงบประมาณ 2568');
    expect(all[0]!.message.en).toContain("make the title's year 2568");
    expect(all[0]!.suggestion).toEqual({
      value: 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568 (ต่อ)',
      display: 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568 (ต่อ)',
      kind: 'text',
    });
    // Every year in the title moves with it, each as it was written: Thai digits, ค.ศ., the period.
    const fixed = (title: string) => sheet(title, years(2568, 2568))[0]!.suggestion?.value;
    expect(fixed('ประจำปีงบประมาณ ๒๕๖๗')).toBe('ประจำปีงบประมาณ ๒๕๖๘');
    expect(fixed('Fiscal year 2024')).toBe('Fiscal year 2025');
    expect(fixed('ปีงบประมาณ 2024 (พ.ศ. 2567)')).toBe('ปีงบประมาณ 2025 (พ.ศ. 2568)');
    expect(fixed('ประจำปีงบประมาณ พ.ศ. 2567 (1 ต.ค. 2566 - 30 ก.ย. 2567)')).toBe(
      'ประจำปีงบประมาณ พ.ศ. 2568 (1 ต.ค. 2567 - 30 ก.ย. 2568)',
    );
    // Other numbers stay: a law's year, a telephone's four digits, an amount.
    expect(fixed('ตาม พ.ร.บ. การจัดซื้อจัดจ้างฯ พ.ศ. 2560 ปีงบประมาณ 2567 โทร 0-2590-2100 งบ 2000 บาท')).toBe(
      'ตาม พ.ร.บ. การจัดซื้อจัดจ้างฯ พ.ศ. 2560 ปีงบประมาณ 2568 โทร 0-2590-2100 งบ 2000 บาท',
    );
    // A year in two digits cannot be moved with certainty: the title is named, no text offered.
    const short = sheet('ประจำปีงบประมาณ 2567 (ต.ค. 66 - ก.ย. 67)', years(2568, 2568));
    expect(short.map((f) => f.code)).toEqual(['title-year-mismatch']);
    expect(short[0]!.suggestion).toBeUndefined();
    // A title spanning years covers them, the second written whole or short.
    for (const span of ['2567-2568', '2567-68', '๒๕๖๗–๖๘', '2567 ถึง 2568'])
      expect(sheet(`ผลการจัดซื้อจัดจ้าง ปีงบประมาณ ${span}`, years(2568, 2568)), span).toEqual([]);
    // A number after the year that is not one is no span.
    for (const after of ['- 12 เดือน', 'ถึง 31 มีนาคม 2567', '– 30 ก.ย. 2567', '/12'])
      expect(
        sheet(`ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567 ${after}`, years(2568, 2568)).map((f) => f.code),
        after,
      ).toEqual(['title-year-mismatch']);

    // Most rows, not all: how many is said, and the rows are judged by their year, the odd one named.
    const most = sheet('ประจำปีงบประมาณ 2567', years(2568, 2568, 2567));
    expect(most.map((f) => [f.code, f.cell])).toEqual([
      ['title-year-mismatch', 'B1'],
      ['date-out-of-year', 'A6'],
    ]);
    expect(most[0]!.message.en).toContain('2 of the 3 rows are of fiscal year 2568');
    // A row of the rows' year signed in the title's: its date is the odd one out, not its year.
    const signedOff = sheet('ประจำปีงบประมาณ 2567', [...years(2568, 2568, 2568), ofYear(2568, 3, 2567)]);
    expect(signedOff.map((f) => [f.code, f.cell])).toEqual([
      ['title-year-mismatch', 'B1'],
      ['date-out-of-year', `${signCol}7`],
    ]);
    // Rows split between other years: named, with no year to offer.
    const split = sheet('ประจำปีงบประมาณ 2567', years(2568, 2568, 2569, 2569, 2567));
    expect(split.map((f) => f.code)).toEqual(['title-year-mismatch']);
    expect(split[0]!.message.en).toContain('4 of the 5 rows are of other years (2568, 2569)');
    expect(split[0]!.suggestion).toBeUndefined();
    // A row with no year of its own counts by its date: here most rows are of the title's year.
    const blanks = sheet('ประจำปีงบประมาณ 2567', [
      ...years(2568, 2568),
      ...Array.from({ length: 8 }, (_, k) => ofYear(null, k + 2, 2567)),
    ]);
    expect(blanks.filter((f) => f.code === 'title-year-mismatch')).toEqual([]);
    // The year column filled down from last year's file, the title and the dates (and project numbers)
    // of this year: the column is what is said, at each row; the title stands.
    const filledDown = sheet(
      'ประจำปีงบประมาณ 2568',
      [0, 1, 2].map((k) => ofYear(2567, k, 2568)),
    );
    expect(filledDown.map((f) => [f.code, f.cell])).toEqual([
      ['date-out-of-year', 'A4'],
      ['date-out-of-year', 'A5'],
      ['date-out-of-year', 'A6'],
    ]);
    expect(filledDown[0]!.message.en).toContain("the row's fiscal year 2567 differs from the table's 2568");
    // Rows split evenly, or agreeing with the title: nothing at the title.
    expect(sheet('ประจำปีงบประมาณ 2567', years(2568, 2567))).toEqual([]);
    expect(sheet('ประจำปีงบประมาณ 2568', years(2568, 2568))).toEqual([]);
  });
});

/** O16 rows signed on `signed`, each with its project number of its signing month, so only the year is judged. */
const rowsSigned = (signed: readonly Date[]) =>
  signed.map((d, k) => {
    const r = row({ signDate: d, endDate: utc(d.getUTCFullYear() + 1, 1, 1) }, k);
    r[9] = `${(d.getUTCFullYear() + 543) % 100}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(k + 1).padStart(7, '0')}`;
    return r;
  });

describe('a title naming two fiscal years', () => {
  const o16 = (title: string, ...signed: Date[]) => [[title], [], headersOf('ita2567-o16'), ...rowsSigned(signed)];

  it("judges each O16 row by the year its date is in, when the title's span holds it", () => {
    // Two rows of 2566, two of 2567: none is out of the table's years.
    const both = o16(
      'ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2566 - 2567',
      utc(2022, 11, 1),
      utc(2023, 3, 1),
      utc(2023, 11, 1),
      utc(2024, 3, 1),
    );
    expect(codesAt(both as CellValue[][])).toEqual([]);
    // A row of 2565 is out of both, and the message names the span.
    const fs = checkSheet({
      name: 'S',
      values: o16('ปีงบประมาณ 2566-67', utc(2022, 11, 1), utc(2022, 9, 1)) as CellValue[][],
    }).findings;
    expect(fs.map((f) => `${f.code}@${f.cell}`)).toEqual(['date-out-of-year@K5']);
    expect(fs[0]!.message.th).toContain('ไม่อยู่ในปีงบประมาณ 2566–2567 (1 ต.ค. 2565 – 30 ก.ย. 2567)');
    expect(fs[0]!.message.en).toContain('outside fiscal years 2566–2567 (1 Oct 2022 – 30 Sep 2024)');
  });
});

describe("an O16's title left from last year's file, mistyped or in ค.ศ.", () => {
  // Rows of fiscal year 2567 (Jan 2024), each with its project number of that month.
  const o16 = (title: string, signed = [utc(2024, 1, 5), utc(2024, 1, 6), utc(2024, 2, 7)]) =>
    checkSheet({
      name: 'O16',
      values: [[title], [], headersOf('ita2567-o16'), ...rowsSigned(signed)] as CellValue[][],
    });
  const told = (r: ReturnType<typeof o16>) =>
    r.findings.filter((f) => !f.code.startsWith('flag-')).map((f) => [f.code, f.cell, f.suggestion?.value]);

  it('a title older than every row, or a year far from all, is said once, at the title; the rows keep their year', () => {
    // Last year's title over this year's rows, its own cut-off already this year's: only the year moves.
    const stale = o16('ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566 ที่ลงนามในสัญญาแล้ว ณ วันที่ 31 มีนาคม 2567');
    expect(told(stale)).toEqual([
      ['title-year-mismatch', 'A1', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 ที่ลงนามในสัญญาแล้ว ณ วันที่ 31 มีนาคม 2567'],
    ]);
    expect(stale.fiscalYear).toBe(2567);
    expect(stale.findings[0]!.message.en).toContain("every row is of fiscal year 2567: make the title's year 2567");
    // The period moves with the year; its last day is not said again.
    expect(told(o16('ปีงบประมาณ พ.ศ. 2566 (1 ต.ค. 2565 - 30 ก.ย. 2566)'))).toEqual([
      ['title-year-mismatch', 'A1', 'ปีงบประมาณ พ.ศ. 2567 (1 ต.ค. 2566 - 30 ก.ย. 2567)'],
    ]);
    // A slip of the keys, in either digits: the rows are not each "outside fiscal year 2657".
    for (const [title, fixed] of [
      ['ประจำปีงบประมาณ พ.ศ. 2657', 'ประจำปีงบประมาณ พ.ศ. 2567'],
      ['ประจำปีงบประมาณ พ.ศ. ๒๖๕๗', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗'],
      ['ประจำปีงบประมาณ พ.ศ. 2576', 'ประจำปีงบประมาณ พ.ศ. 2567'],
    ]) {
      const typo = o16(title!);
      expect(told(typo), title).toEqual([['title-year-mismatch', 'A1', fixed]]);
      expect(typo.fiscalYear).toBe(2567);
    }
    // The title stands where the rows are last year's (a retitled file whose rows were not replaced),
    // split between years, or one.
    const old = [utc(2023, 1, 5), utc(2023, 2, 6)];
    expect(told(o16('ประจำปีงบประมาณ 2567', old)).map((f) => f[0])).toEqual(['date-out-of-year', 'date-out-of-year']);
    expect(told(o16('ประจำปีงบประมาณ 2566', [utc(2023, 1, 5), utc(2024, 1, 6)])).map((f) => f[0])).toEqual([
      'date-out-of-year',
    ]);
    expect(told(o16('ประจำปีงบประมาณ 2566', [utc(2024, 1, 5)])).map((f) => f[0])).toEqual(['date-out-of-year']);
  });

  it('reads the short ways a title names its year ("ปีงบฯ", "ประจำปีงบ", "ปีงบประมาณ 66")', () => {
    for (const [title, fixed] of [
      ['ผลการจัดซื้อจัดจ้าง ปีงบฯ 2566', 'ผลการจัดซื้อจัดจ้าง ปีงบฯ 2567'],
      ['ผลการจัดซื้อจัดจ้าง ประจำปีงบ 2566', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบ 2567'],
      ['ผลการจัดซื้อจัดจ้าง ประจำปีงบฯ ๒๕๖๖', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบฯ ๒๕๖๗'],
      ['ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 66', 'ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 67'],
    ])
      expect(told(o16(title!)), title).toEqual([['title-year-mismatch', 'A1', fixed]]);
    // Read as this year's, the title judges a row of another (seed 001 writes "ประจำปีงบฯ ๒๕๖๘").
    const mixed = o16('ประจำปีงบฯ ๒๕๖๗', [utc(2024, 1, 5), utc(2024, 1, 6), utc(2023, 1, 7)]);
    expect([mixed.fiscalYear, told(mixed).map((f) => f.slice(0, 2))]).toEqual([2567, [['date-out-of-year', 'K6']]]);
    // A count after the words is no year.
    expect(o16('งบประมาณทั้งปีงบประมาณ 12 เดือน').fiscalYear).toBe(2567);
    expect(told(o16('งบประมาณทั้งปีงบประมาณ 12 เดือน'))).toEqual([]);
    // Nor a count of projects or items: no finding, and never a fix rewriting the count ("45 โครงการ" to
    // "67 โครงการ"); a year written in full beside it is the title's, and its fix moves that year alone.
    for (const title of [
      'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 45 โครงการ ปี พ.ศ. 2567',
      'ผลการจัดซื้อจัดจ้างฯ ตามแผนปีงบประมาณ 50 รายการ',
      'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 48 สัญญา',
      'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 45 แปลง ปี พ.ศ. 2567',
      // A higher number that a word follows, counting or not, beside a year in full.
      'ผลการจัดซื้อจัดจ้างตามแผนปีงบประมาณ 52 รายการครุภัณฑ์ ประจำปี พ.ศ. 2567',
      'โครงการอาหารเสริม(นม) ปีงบประมาณ 55 โรงเรียน ประจำปี พ.ศ. 2567',
      'ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 56 โครงการก่อสร้าง ปี พ.ศ. 2567',
      // A count beside only a budget act's year: that is the year.
      'ประจำปีงบประมาณ 45 รายการย่อย ตามข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2567',
    ])
      expect(told(o16(title)), title).toEqual([]);
    expect(told(o16('ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 45 โครงการ ปี พ.ศ. 2566'))).toEqual([
      ['title-year-mismatch', 'A1', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 45 โครงการ ปี พ.ศ. 2567'],
    ]);
    // With no dated rows the title alone gives the year (`summary` names its sheets by it), else the form's.
    expect(o16('ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 45 โครงการ ปี พ.ศ. 2566', []).fiscalYear).toBe(2566);
    expect(o16('ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 45 รายการ', []).fiscalYear).toBe(2567);
    // Counted by what is bought (plots, buildings, vehicles, metres of road), alone too.
    for (const title of ['ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 45 แปลง', 'ปีงบประมาณ 48 คัน', 'ปีงบประมาณ 43 ตร.ม.'])
      expect([o16(title, []).fiscalYear, told(o16(title))], title).toEqual([2567, []]);
    // A unit's name after the short year is no count: "66 งานพัสดุ" is the year 2566; nor a counting word
    // that begins a longer one ("หน่วยงาน", "โครงการก่อสร้าง", "ครั้งที่").
    for (const rest of ['งานพัสดุ', 'หน่วยงาน อบต.หนองบัว', 'โครงการก่อสร้างและซื้อวัสดุ', 'ครั้งที่ 2', 'ฉบับปรับปรุง'])
      expect(told(o16(`ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 66 ${rest}`)), rest).toEqual([
        ['title-year-mismatch', 'A1', `ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 67 ${rest}`],
      ]);
    // The year of the budget act the money came from is not the report's: the title's own 66 stands.
    const carried = 'ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 66 ตามข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2565';
    expect(told(o16(carried, [utc(2023, 1, 5), utc(2023, 1, 6)]))).toEqual([]);
    expect(o16(carried, []).fiscalYear).toBe(2566);
    const aside = 'ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 66 (เงินกันไว้เบิกเหลื่อมปี พ.ศ. 2565)';
    expect(o16(aside, []).fiscalYear).toBe(2566);
    // Nor other years named beside words that count nothing: a month's, last year's for comparison.
    for (const title of [
      'สรุปผลการดำเนินการจัดซื้อจัดจ้าง ปีงบประมาณ 67 เดือนตุลาคม ปี พ.ศ. 2566',
      'สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 67 ประจำเดือน ตุลาคม ประจำปี 2566',
      'รายงานผลการจัดซื้อจัดจ้าง ปีงบประมาณ 67 เงินกันเหลื่อมปี พ.ศ. 2566',
      'สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 67 ไตรมาสที่ 1 (ต.ค. - ธ.ค. ปี 2566)',
      'ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 67 ตั้งแต่ 1 ต.ค. 66 ถึง 31 มี.ค. 67 เทียบกับปี 2566',
      'สรุปผลการจัดซื้อจัดจ้าง ปีงบฯ 67 อบต.คลองไทร (ข้อมูลเปรียบเทียบปี 2566)',
    ])
      expect(o16(title, []).fiscalYear, title).toBe(2567);
  });

  it("a title's year in ค.ศ. is said at the title, with the พ.ศ. year offered where the rows agree", () => {
    expect(told(o16('ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2024'))).toEqual([
      ['ce-year', 'A1', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'],
    ]);
    const ce = o16('ปีงบประมาณ 2024 (1 ต.ค. 2023 - 30 ก.ย. 2024)');
    expect(told(ce)).toEqual([['ce-year', 'A1', 'ปีงบประมาณ 2567 (1 ต.ค. 2566 - 30 ก.ย. 2567)']]);
    expect(ce.findings[0]!.message.th).toBe('ชื่อตารางเขียนปี 2024 ซึ่งเป็นปี ค.ศ. แบบฟอร์มใช้ปี พ.ศ.: ควรเป็น 2567');
    // Both eras given, or an English title: as written.
    expect(told(o16('ปีงบประมาณ 2024 (พ.ศ. 2567)'))).toEqual([]);
    expect(told(o16('Procurement, fiscal year 2024'))).toEqual([]);
    // Last year's, in ค.ศ.: the year is said wrong with its fix, the era without one (two fixes of one cell).
    expect(told(o16('ปีงบประมาณ 2023'))).toEqual([
      ['ce-year', 'A1', undefined],
      ['title-year-mismatch', 'A1', 'ปีงบประมาณ 2024'],
    ]);
    // A month's title (สขร.1), and the 2568 layout's.
    const skr1 = checkSheet(
      {
        name: 'พ.ย.66',
        values: [
          ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน พฤศจิกายน 2023'],
          headersOf('skr1'),
          [
            1,
            'ซื้อวัสดุ',
            5_000,
            5_000,
            'เฉพาะเจาะจง',
            'ร้าน ก / 5,000',
            'ร้าน ก / 5,000',
            'ราคาต่ำสุด',
            'ใบสั่งซื้อ 1/2567 ลว. 9 พ.ย. 66',
          ],
        ],
      },
      { templateId: 'skr1' },
    );
    expect(skr1.findings.filter((f) => f.code === 'ce-year').map((f) => [f.cell, f.suggestion?.value])).toEqual([
      ['A1', 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน พฤศจิกายน 2566'],
    ]);
  });
});
