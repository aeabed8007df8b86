import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { countBySeverity } from '../../../src/core/check/report';
import { checkSheet } from '../../../src/core/check/sheet';
import { itemKeyGrams, similarItems } from '../../../src/core/rules/itemKey';
import { RED_FLAGS } from '../../../src/core/settings/data';
import { getTemplate } from '../../../src/core/templates/registry';
import { RUNS } from '../../helpers/arbitraries';
import { checkRows, codes, COL, row, utc } from '../../helpers/findings';
import { taxId } from '../../helpers/o16';
import { AFTER_PRICE_NAMES, AFTER_PRICE_REMARKS, SKR1_HEADERS } from '../../helpers/skr1';

/** A สขร.1 of one buy of `amount` per winner cell (the cell written as both the bidders' and the winner's). */
const winnersSheet = (winners: readonly string[], amount: number) =>
  checkSheet(
    {
      name: 'S',
      values: [
        SKR1_HEADERS,
        ...winners.map((w, i) => [
          i + 1,
          `ซื้อวัสดุสำนักงาน ชุดที่ ${i + 1}`,
          amount,
          amount,
          'เฉพาะเจาะจง',
          w,
          w,
          'ราคาต่ำสุด',
          `${i + 1}/2567 ลว. 3 ต.ค. 66`,
        ]),
      ] as CellValue[][],
    },
    { templateId: 'skr1' },
  );

const flags = (rows: Parameters<typeof codes>[0]) => codes(rows).filter((c) => c.startsWith('flag-'));

describe('red flags are information, never errors (DOMAIN §3.8)', () => {
  it('flag-near-reference: within 1% of ราคากลาง in competitive bidding', () => {
    const bid = { method: 'e-bidding', budget: 1_000_000, referencePrice: 1_000_000 };
    expect(flags([row({ ...bid, agreedPrice: 990_000 })])).toEqual(['flag-near-reference']);
    expect(flags([row({ ...bid, agreedPrice: 989_999.99 })])).toEqual([]);
    const f = checkRows([row({ ...bid, agreedPrice: 995_000 })]).findings[0]!;
    expect(f.severity).toBe('info');
  });

  it('flag-near-reference: outside competitive bidding only when ราคากลาง is over 500,000', () => {
    const buy = { method: 'วิธีเฉพาะเจาะจง', budget: 600_000 };
    expect(flags([row({ ...buy, referencePrice: 500_000, agreedPrice: 499_000 })])).toEqual([]);
    expect(flags([row({ ...buy, referencePrice: 500_000.01, agreedPrice: 499_000 })])).toEqual(['flag-near-reference']);
  });

  it('flag-deep-discount: more than 15% below ราคากลาง', () => {
    const bid = { method: 'e-bidding', budget: 1_000_000, referencePrice: 1_000_000 };
    expect(flags([row({ ...bid, agreedPrice: 850_000 })])).toEqual([]);
    expect(flags([row({ ...bid, agreedPrice: 849_999.99 })])).toEqual(['flag-deep-discount']);
    // Just over 15% is said so, not rounded down to the bound ("15.0%" reads as no flag at all).
    const [just, far, hair] = [849_600, 700_000, 849_999.99].map((agreedPrice) =>
      checkRows([row({ ...bid, agreedPrice })]).findings.find((f) => f.code === 'flag-deep-discount')!,
    );
    expect(just!.message.en).toContain('is 15.04% below');
    expect(far!.message.th).toContain('ถึง 30.0%');
    // 849,999.99 is 15.000001% below: never shown as the bound itself.
    expect(hair!.message.en).toContain('is 15.000001% below');
  });

  it('no price flag where nothing was bought (cancelled, not yet signed) or the price is 0 or negative', () => {
    const bid = { method: 'e-bidding', budget: 1_000_000, referencePrice: 1_000_000 };
    for (const status of ['ยกเลิกการดำเนินการ', 'ยังไม่ได้ลงนามในสัญญา', 'ยกเลิก'])
      expect(flags([row({ ...bid, status, agreedPrice: 0 })]), status).toEqual([]);
    expect(flags([row({ ...bid, agreedPrice: 0 })])).toEqual([]);
    expect(flags([row({ ...bid, agreedPrice: '(95,000)' })])).toEqual([]);
    expect(codes([row({ ...bid, agreedPrice: '(95,000)' })])).toContain('negative-amount');
  });

  it('flag-year-end-specific: a specific buy over 100,000 signed in September', () => {
    const buy = { budget: 150_000, referencePrice: 150_000, agreedPrice: 145_000 };
    expect(flags([row({ ...buy, signDate: utc(2024, 8, 31), endDate: utc(2024, 9, 30) })])).toEqual([]);
    expect(flags([row({ ...buy, signDate: utc(2024, 9, 1), endDate: utc(2024, 9, 30) })])).toEqual([
      'flag-year-end-specific',
    ]);
    const september = {
      budget: 110_000,
      referencePrice: 110_000,
      signDate: utc(2024, 9, 1),
      endDate: utc(2024, 9, 30),
    };
    expect(flags([row({ ...september, agreedPrice: 100_000 })])).toEqual([]);
    expect(flags([row({ ...september, agreedPrice: 100_000.01 })])).toEqual(['flag-year-end-specific']);
  });

  it('flag-repeat-winner: one supplier in at least 3 rows and 10% of them', () => {
    const same = { supplierId: taxId(99), supplierName: 'บริษัท ประจำ จำกัด' };
    const rows = Array.from({ length: 10 }, (_, i) => row(i < 3 ? same : {}, i));
    expect(codes(rows).filter((c) => c === 'flag-repeat-winner')).toHaveLength(3);
    const two = Array.from({ length: 10 }, (_, i) => row(i < 2 ? same : {}, i));
    expect(codes(two)).not.toContain('flag-repeat-winner');
    // 3 of 30 rows is 10%, 3 of 31 is less.
    const share = (n: number) => codes(Array.from({ length: n }, (_, i) => row(i < 3 ? same : {}, i)));
    expect(share(30).filter((c) => c === 'flag-repeat-winner')).toHaveLength(3);
    expect(share(31)).not.toContain('flag-repeat-winner');
    const one = checkRows(rows).findings.find((f) => f.code === 'flag-repeat-winner')!;
    expect(one.message.th).toBe('แถว 4: "บริษัท ประจำ จำกัด" ได้รับการคัดเลือก 3 จาก 10 รายการในแผ่นงานนี้');
    // Rows naming no winner are not counted, and the total says so.
    const unnamed = [...rows, ...[10, 11].map((i) => row({ supplierId: null, supplierName: null }, i))];
    const ofNamed = checkRows(unnamed).findings.find((f) => f.code === 'flag-repeat-winner')!.message;
    expect(ofNamed.th).toBe('แถว 4: "บริษัท ประจำ จำกัด" ได้รับการคัดเลือก 3 จาก 10 รายการที่ระบุผู้ได้รับการคัดเลือกในแผ่นงานนี้');
    expect(ofNamed.en).toBe(
      'Row 4: "บริษัท ประจำ จำกัด" was selected in 3 of 10 procurements naming who was selected on this sheet',
    );
    // One tax id under several names (a shop, its owner) or none: the wins are the id's, said of the id,
    // with the row's own name beside it (no name is credited with the others' wins).
    const names = ['ร้านประจำ', 'นายประจำ ใจดี', null];
    const renamed = Array.from({ length: 10 }, (_, i) => row(i < 3 ? { ...same, supplierName: names[i]! } : {}, i));
    const said = checkRows(renamed).findings.filter((f) => f.code === 'flag-repeat-winner');
    const id = said[0]!.message.th.match(/เลขประจำตัว (\S+)/)![1]!;
    expect(said.map((f) => f.message.th)).toEqual([
      `แถว 4: ผู้ประกอบการเลขประจำตัว ${id} (แถวนี้ชื่อ "ร้านประจำ") ได้รับการคัดเลือก 3 จาก 10 รายการในแผ่นงานนี้`,
      `แถว 5: ผู้ประกอบการเลขประจำตัว ${id} (แถวนี้ชื่อ "นายประจำ ใจดี") ได้รับการคัดเลือก 3 จาก 10 รายการในแผ่นงานนี้`,
      `แถว 6: ผู้ประกอบการเลขประจำตัว ${id} ได้รับการคัดเลือก 3 จาก 10 รายการในแผ่นงานนี้`,
    ]);
    expect(said[2]!.message.en).toBe(
      `Row 6: the supplier with id ${id} was selected in 3 of 10 procurements on this sheet`,
    );
  });

  it('flag-repeat-winner: also a supplier of at least 3 rows and 20% of the agreed value (a department of many small buys)', () => {
    const jv = { supplierId: taxId(99), supplierName: 'กิจการร่วมค้า ชลประทาน', method: 'e-bidding' };
    const large = { ...jv, budget: 5_000_000, referencePrice: 5_000_000, agreedPrice: 4_500_000 };
    // 3 of 40 rows (7.5%), but 13.5 of 15.3 million baht.
    const sheet = (wins: number, won: typeof jv) =>
      Array.from({ length: 40 }, (_, i) => row(i < wins ? { ...won, projectNumber: String(67019524101 + i) } : {}, i));
    const flagged = checkRows(sheet(3, large)).findings.filter((f) => f.code === 'flag-repeat-winner');
    expect(flagged.map((f) => f.cell)).toEqual(['I4', 'I5', 'I6']);
    expect(flagged[0]!.message.en).toBe(
      'Row 4: "กิจการร่วมค้า ชลประทาน" was selected in 3 of 40 procurements on this sheet, worth 13,500,000 baht: 88.4% of their 15,276,777 baht',
    );
    expect(flagged[0]!.message.th).toContain('ร้อยละ 88.4 ของมูลค่าทั้งหมด 15,276,777 บาท');
    // Two such contracts are not a repeat; three small ones among 40 are neither by count nor by value.
    expect(codes(sheet(2, large))).not.toContain('flag-repeat-winner');
    expect(codes(sheet(3, { ...jv, method: 'วิธีเฉพาะเจาะจง' }))).not.toContain('flag-repeat-winner');
  });

  it('a row typed twice (duplicate-row) is one buy: it neither makes a repeat winner nor counts in the share', () => {
    const same = { supplierId: taxId(99), supplierName: 'บริษัท ประจำ จำกัด' };
    const rows = Array.from({ length: 10 }, (_, i) => row(i < 2 ? same : {}, i));
    const copied = [...rows, rows[1]!];
    expect(codes(copied)).toContain('duplicate-row');
    expect(codes(copied)).not.toContain('flag-repeat-winner');
    // Three real buys of 11 with a copy: "3 of 11", not "4 of 12".
    const three = Array.from({ length: 11 }, (_, i) => row(i < 3 ? same : {}, i));
    const flagged = checkRows([...three, three[2]!]).findings.filter((f) => f.code === 'flag-repeat-winner');
    // The three buys, not the copy.
    expect(flagged).toHaveLength(3);
    expect(flagged[0]!.message.en).toContain('in 3 of 11 procurements');
  });

  it('flag-split-purchase: similar specific buys from one supplier within 30 days, together over 500,000', () => {
    const buy = (i: number, signed: Date, item = 'ซื้อวัสดุก่อสร้าง ครั้งที่', agreedPrice = 290_000) =>
      row(
        {
          item: `${item} ${i + 1}`,
          supplierId: taxId(7),
          supplierName: 'หจก. วัสดุดี',
          budget: 300_000,
          referencePrice: 300_000,
          agreedPrice,
          signDate: signed,
          endDate: utc(2024, 5, 30),
        },
        i,
      );
    const split = codes([buy(0, utc(2024, 3, 1)), buy(1, utc(2024, 3, 31))]);
    expect(split.filter((c) => c === 'flag-split-purchase')).toHaveLength(2);
    // A group of 30 names its first 10 rows and counts the rest (each message listed all before).
    const many = checkRows(Array.from({ length: 30 }, (_, i) => buy(i, utc(2024, 3, 1 + i))));
    const flagged = many.findings.filter((f) => f.code === 'flag-split-purchase');
    expect(flagged).toHaveLength(30);
    expect(flagged[0]!.message.en).toContain('(rows 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 20 more)');
    expect(flagged[0]!.message.th).toContain('(แถว 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 และอีก 20 แถว)');
    // The budgets are what the threshold is on: 300,000 twice is over 500,000 though 250,000 twice is not.
    const cheaper = (i: number) => buy(i, utc(2024, 3, 1 + 9 * i), undefined, 250_000);
    const under = checkRows([cheaper(0), cheaper(1)]).findings.filter((f) => f.code === 'flag-split-purchase');
    expect(under.map((f) => f.message.en)).toEqual([
      expect.stringContaining('(rows 4, 5): their budgets total 600,000 baht, over 500,000 baht'),
      expect.stringContaining('(rows 4, 5): their budgets total 600,000 baht'),
    ]);
    // No budgets given: the agreed prices are summed, and the message says so.
    const unbudgeted = (i: number) => {
      const r = buy(i, utc(2024, 3, 1 + 9 * i));
      r[COL.budget!] = null;
      return r;
    };
    const noBudgets = checkRows([unbudgeted(0), unbudgeted(1)]).findings.filter(
      (f) => f.code === 'flag-split-purchase',
    );
    expect(noBudgets[0]!.message.en).toContain(
      'together (budgets, or the agreed price where a row has no budget of its own) they total 580,000 baht',
    );
    expect(noBudgets[0]!.message.th).toContain('รวมกัน (วงเงิน หรือราคาที่ตกลงของแถวที่ไม่มีวงเงินของตนเอง) 580,000 บาท');
    // The year's budget line typed in each row (300,000 beside buys of 5,000 and 6,000, each with its own
    // reference price): the buys' prices are what they are worth, 11,000 together; no flag.
    const line = (i: number, price: number) => {
      const r = buy(i, utc(2024, 3, 1 + 19 * i), undefined, price);
      r[5] = price; // ราคากลาง
      return r;
    };
    expect(codes([line(0, 5_000), line(1, 6_000)])).not.toContain('flag-split-purchase');
    // Each buy over a tenth of the line, but its own ราคากลาง under a fifth of it: still the line, 71,500 together.
    expect(codes([line(0, 35_000), line(1, 36_500)])).not.toContain('flag-split-purchase');
    // The same line beside buys whose ราคากลาง is a little over a fifth of it: the line on every row it is
    // typed in (62,000 + 64,000, not 600,000).
    expect(codes([line(0, 35_000), line(1, 62_000), line(2, 64_000)])).not.toContain('flag-split-purchase');
    // A line typed beside office supplies is not the budget of a road repair that happens to equal it at twice
    // its price: the repair's own (100,000 + 450,000, not 48,000 + 445,000), said as budgets throughout.
    const job = (i: number, item: string, budget: number, price: number, day: number) =>
      row(
        {
          item,
          supplierId: taxId(i === 0 ? 3 : 7),
          supplierName: i === 0 ? 'ร้านเครื่องเขียนดี' : 'หจก. ช่างดี',
          budget,
          referencePrice: price,
          agreedPrice: price,
          signDate: utc(2024, 1, day),
          endDate: utc(2024, 5, 30),
        },
        i,
      );
    const repairs = (last: number) =>
      checkRows([
        job(0, 'ซื้อวัสดุสำนักงาน', 100_000, 9_000, 3),
        job(1, 'จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ 3', 100_000, 48_000, 5),
        job(2, 'จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ 4', last, 445_000, 12),
      ]).findings.filter((f) => f.code === 'flag-split-purchase');
    expect(repairs(450_000).map((f) => [f.row, f.message.en])).toEqual([
      [5, expect.stringContaining('(rows 5, 6): their budgets total 550,000 baht')],
      [6, expect.stringContaining('(rows 5, 6): their budgets total 550,000 baht')],
    ]);
    expect(repairs(480_000)[0]!.message.en).toContain('their budgets total 580,000 baht');
    expect(repairs(480_000)[0]!.message.en).not.toContain('no budget of its own');
    // The same figure typed on two buys of one kind at twice their prices is the line on both, though a line of
    // another kind gave it first: a car repair's 300,000 line beside two road materials' buys (140,000 +
    // 145,000, not 600,000).
    const materials = checkRows([
      job(1, 'จ้างเหมาซ่อมแซมรถยนต์ส่วนกลาง กข 1234', 300_000, 20_000, 1),
      job(2, 'ซื้อวัสดุก่อสร้าง (หินคลุก) ซ่อมถนน หมู่ 2', 300_000, 140_000, 5),
      job(3, 'ซื้อวัสดุก่อสร้าง (ลูกรัง) ซ่อมถนน หมู่ 5', 300_000, 145_000, 12),
    ]).findings;
    expect(materials.map((f) => f.code)).not.toContain('flag-split-purchase');
    // A reference price near the budget says the budget is the job's own, however deep the discount.
    const deep = [buy(0, utc(2024, 3, 1), undefined, 29_000), buy(1, utc(2024, 3, 11), undefined, 29_500)];
    expect(codes(deep).filter((c) => c === 'flag-split-purchase')).toHaveLength(2);
    // 31 days apart, or different things: no flag.
    expect(codes([buy(0, utc(2024, 3, 1)), buy(1, utc(2024, 4, 1))])).not.toContain('flag-split-purchase');
    expect(codes([buy(0, utc(2024, 3, 1)), buy(1, utc(2024, 3, 5), 'จ้างซ่อมแซมรถยนต์ส่วนกลาง')])).not.toContain(
      'flag-split-purchase',
    );
    // Together not over the threshold: no flag.
    const priced = (i: number, price: number) =>
      row(
        {
          item: `ซื้อวัสดุก่อสร้าง ครั้งที่ ${i + 1}`,
          supplierId: taxId(7),
          budget: price,
          referencePrice: price,
          agreedPrice: price,
          signDate: utc(2024, 3, 1 + i),
        },
        i,
      );
    expect(codes([priced(0, 250_000), priced(1, 250_000)])).not.toContain('flag-split-purchase');
    // A buy of 500,000 is within the specific method's limit, so it counts; one of 500,000.01 is not.
    const pair = (first: number) => codes([priced(0, first), priced(1, 1_000)]);
    expect(pair(500_000).filter((c) => c === 'flag-split-purchase')).toHaveLength(2);
    expect(pair(500_000.01)).not.toContain('flag-split-purchase');
  });

  it('flag-split-purchase: rows out of date order are taken by date, then by row', () => {
    // One supplier's buys typed in no order (sheet rows 4–8), a second supplier's between them.
    const days = [utc(2024, 3, 20), utc(2024, 3, 1), utc(2024, 3, 20), utc(2024, 5, 15), utc(2024, 3, 10)];
    const buys = days.map((signDate, i) =>
      row(
        {
          item: `ซื้อวัสดุก่อสร้าง ครั้งที่ ${i + 1}`,
          supplierId: taxId(7),
          supplierName: 'หจก. วัสดุดี',
          budget: 200_000,
          referencePrice: 200_000,
          agreedPrice: 200_000,
          signDate,
          endDate: utc(2024, 6, 30),
        },
        i,
      ),
    );
    const other = row({ supplierId: taxId(8), signDate: utc(2024, 3, 2), endDate: utc(2024, 6, 30) }, 9);
    const found = checkRows([...buys.slice(0, 2), other, ...buys.slice(2)]).findings.filter(
      (f) => f.code === 'flag-split-purchase',
    );
    // Sheet rows: buys at 4, 5, 7, 8, 9 (the other supplier at 6). 15 May is 56 days after 20 March.
    expect(found.map((f) => f.row).sort()).toEqual([4, 5, 7, 9]);
    // The 1 March buy (row 5) opens the window: 1, 10, 20 and 20 March (rows 5, 9, 4, 7), 800,000.
    expect(found.find((f) => f.row === 5)!.message.en).toContain('(rows 5, 9, 4, 7): their budgets total 800,000 baht');
  });

  it('flag-split-purchase: each pair of different items is judged on its own, however often it meets', () => {
    // One supplier, five buys in five days: building material twice worded differently (similar),
    // car repairs in between (not similar to it). Each pair of wordings meets more than once.
    const buy = (i: number, item: string) =>
      row(
        {
          item,
          supplierId: taxId(7),
          supplierName: 'หจก. วัสดุดี',
          budget: 200_000,
          referencePrice: 200_000,
          agreedPrice: 200_000,
          signDate: utc(2024, 3, 1 + i),
          endDate: utc(2024, 6, 30),
        },
        i,
      );
    const items = [
      'ซื้อวัสดุก่อสร้าง ครั้งที่ 1',
      'จ้างซ่อมแซมรถยนต์ส่วนกลาง ครั้งที่ 1',
      'ซื้อวัสดุก่อสร้าง งวดที่ 1',
      'จ้างซ่อมแซมรถยนต์ส่วนกลาง ครั้งที่ 2',
      'ซื้อวัสดุก่อสร้าง งวดที่ 2',
    ];
    const found = checkRows(items.map((item, i) => buy(i, item))).findings.filter(
      (f) => f.code === 'flag-split-purchase',
    );
    // Building material (rows 4, 6, 8) is 600,000 together; the two repairs (rows 5, 7) only 400,000.
    expect(found.map((f) => f.row)).toEqual([4, 6, 8]);
    expect(found[0]!.message.en).toContain('(rows 4, 6, 8): their budgets total 600,000 baht');
  });

  it('flag-split-purchase: the rows flagged are those the rule names, read directly, on random buys', () => {
    // The rule read as written (DOMAIN §3.8): for each buy, the similar buys of its supplier from its
    // day to 30 days later (in date order, then row order), two or more, together over 500,000.
    const items = ['ซื้อวัสดุก่อสร้าง ครั้งที่ 1', 'ซื้อวัสดุก่อสร้าง งวดที่ 2', 'จ้างซ่อมแซมรถยนต์ส่วนกลาง', 'ซื้อน้ำมันเชื้อเพลิง'];
    const buyArb = fc.record({
      supplier: fc.integer({ min: 0, max: 2 }),
      item: fc.integer({ min: 0, max: items.length - 1 }),
      day: fc.integer({ min: 0, max: 80 }),
      amount: fc.integer({ min: 1_000, max: 450_000 }),
    });
    fc.assert(
      fc.property(fc.array(buyArb, { minLength: 2, maxLength: 14 }), (buys) => {
        const rows = buys.map((b, i) =>
          row(
            {
              item: items[b.item]!,
              supplierId: taxId(70 + b.supplier),
              budget: b.amount,
              referencePrice: b.amount,
              agreedPrice: b.amount,
              signDate: new Date(Date.UTC(2024, 0, 1 + b.day)),
              endDate: utc(2024, 6, 30),
            },
            i,
          ),
        );
        const similar = (a: number, b: number) => similarItems(itemKeyGrams(items[a]), itemKeyGrams(items[b]));
        const expected = new Set<number>();
        for (let s = 0; s < 3; s++) {
          const mine = buys.map((b, i) => ({ ...b, i })).filter((b) => b.supplier === s);
          if (mine.length < 2) continue;
          mine.sort((a, b) => a.day - b.day || a.i - b.i);
          mine.forEach((p, k) => {
            const window = mine.slice(k).filter((q) => q.day - p.day <= RED_FLAGS.splitWindowDays);
            const same = window.filter((q) => similar(p.item, q.item));
            const sum = same.reduce((t, q) => t + q.amount, 0);
            if (same.length >= 2 && sum > RED_FLAGS.splitThreshold) for (const q of same) expected.add(q.i + 4);
          });
        }
        const found = checkRows(rows)
          .findings.filter((f) => f.code === 'flag-split-purchase')
          .map((f) => f.row);
        expect(found.sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
      }),
      { numRuns: RUNS },
    );
  });

  it('flag-split-purchase: past the first thousand, every further flagged row is still counted', () => {
    // 1,100 suppliers, each with two buys of one item on one day: 2,200 flagged rows.
    const rows = Array.from({ length: 2_200 }, (_, i) =>
      row(
        {
          item: 'ซื้อวัสดุก่อสร้าง',
          supplierId: taxId(1_000 + (i >> 1)),
          budget: 300_000,
          referencePrice: 300_000,
          agreedPrice: 290_000,
          signDate: utc(2024, 3, 1),
          endDate: utc(2024, 6, 30),
        },
        i,
      ),
    );
    const findings = checkRows(rows).findings;
    expect(findings.filter((f) => f.code === 'flag-split-purchase')).toHaveLength(1_000);
    const more = findings.find((f) => f.code === 'findings-truncated' && f.value === 'flag-split-purchase');
    expect(more?.message.en).toMatch(/^1,200 more "Indicator: possible split purchase"/);
    expect(more?.notListed).toBe(1_200);
    // Counted all the same: 2,200 flags of information.
    expect(countBySeverity(findings).infos).toBe(2_200);
  });

  it('flag-few-bidders: fewer than 3 bidders in a สขร.1 for a competitive method', () => {
    const t = getTemplate('skr1')!;
    const headers = t.columns.map((c) => c.header);
    const line = (bidders: string, method = 'วิธีคัดเลือก') => [
      1,
      'จ้างก่อสร้างถนน คสล.',
      900_000,
      900_000,
      method,
      bidders,
      'หจก. ก่อสร้างดี / 850,000',
      'ราคาต่ำสุด',
      '12/2567 ลว. 15 ม.ค. 2567',
    ];
    const check = (r: CellValue[]) =>
      checkSheet({ name: 'S', values: [headers, r] as CellValue[][] }, { templateId: 'skr1' });
    const two = 'หจก. ก่อสร้างดี / 850,000\nบริษัท ถนนงาม จำกัด / 870,000';
    expect(check(line(two)).findings.map((f) => f.code)).toContain('flag-few-bidders');
    expect(check(line(`${two}\nหจก. สามพี่น้อง / 880,000`)).findings.map((f) => f.code)).not.toContain('flag-few-bidders');
    expect(check(line('หจก. ก่อสร้างดี / 850,000', 'วิธีเฉพาะเจาะจง')).findings.map((f) => f.code)).not.toContain(
      'flag-few-bidders',
    );
  });

  it('flag-repeat-winner: a สขร.1 winner named after the price is that winner, by that name', () => {
    const winners = ['4,800 บาท (ร้าน ก การค้า)', '5,200.- ร้าน ก การค้า', '3,900 บาท\nร้าน ก การค้า', 'ร้าน ข / 4,100 บาท'];
    const r = winnersSheet(winners, 6_000);
    const said = r.findings.filter((f) => f.code === 'flag-repeat-winner');
    expect(said.map((f) => f.row)).toEqual([2, 3, 4]);
    expect(said[0]!.message.th).toContain('"ร้าน ก การค้า" ได้รับการคัดเลือก 3 จาก 4 รายการ');
  });

  it('flag-repeat-winner: what was bought, in brackets after the winner, is no part of its name', () => {
    const winners = [
      '180,000.00 บาท บริษัท ไอทีพลัส จำกัด (วัสดุคอมพิวเตอร์ หมึกพิมพ์)',
      '170,000.00 บาท บริษัท ไอทีพลัส จำกัด (วัสดุคอมพิวเตอร์ เมาส์ คีย์บอร์ด)',
      '175,000.00 บาท บริษัท ไอทีพลัส จำกัด (ครุภัณฑ์คอมพิวเตอร์ จอภาพ)',
    ];
    const r = winnersSheet(winners, 180_000);
    expect(r.findings.filter((f) => f.code === 'flag-repeat-winner').map((f) => f.row)).toEqual([2, 3, 4]);
    expect(r.findings.filter((f) => f.code === 'flag-split-purchase').map((f) => f.row)).toEqual([2, 3, 4]);
  });

  it.each(AFTER_PRICE_NAMES)('flag-repeat-winner: a สขร.1 winner named after the price, %j, is counted', (name) => {
    const winners = [`4,800 บาท ${name}`, `5,200 บาท ${name}`, `3,900 บาท ${name}`, 'ร้าน ข / 4,100 บาท'];
    const r = winnersSheet(winners, 6_000);
    const said = r.findings.filter((f) => f.code === 'flag-repeat-winner');
    expect(said.map((f) => f.row)).toEqual([2, 3, 4]);
    expect(said[0]!.message.th).toContain(`"${name}" ได้รับการคัดเลือก 3 จาก 4 รายการ`);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('flag-repeat-winner: a remark after a สขร.1 price ("(เงินสด)", "ต่อรองราคาแล้ว") is no winner to count', () => {
    const winners = ['1,480 บาท (เงินสด)', '1,480 บาท (เงินสด)', '1,480 บาท (เงินสด)'];
    winners.push('1,200 บาท ต่อรองราคาแล้ว', '1,300 บาท ต่อรองราคาแล้ว', '1,400 บาท ต่อรองราคาแล้ว');
    // Each other remark three times too.
    for (const remark of AFTER_PRICE_REMARKS) winners.push(...[1_100, 1_200, 1_300].map((p) => `${p} บาท ${remark}`));
    const r = winnersSheet(winners, 1_480);
    expect(r.findings.filter((f) => f.code === 'flag-repeat-winner')).toEqual([]);
    // Each row is asked who was selected instead.
    const asked = r.findings.filter((f) => f.code === 'required-value' && f.message.th.includes('ไม่มีชื่อผู้ได้รับ'));
    expect(asked.map((f) => f.row)).toEqual(winners.map((_, i) => i + 2));
  });

  it('never raises a flag above information', () => {
    const bid = { method: 'e-bidding', budget: 1_000_000, referencePrice: 1_000_000, agreedPrice: 995_000 };
    for (const f of checkRows([row(bid)]).findings) if (f.code.startsWith('flag-')) expect(f.severity).toBe('info');
  });
});
