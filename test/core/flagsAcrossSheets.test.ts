import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../../src/core/cells/value';
import { SheetCheck, checkSheet } from '../../src/core/check/sheet';
import { splitGroups, splitRows, type SplitGroup } from '../../src/core/check/splitGroups';
import { ownFlags, yearOf } from '../../src/core/check/yearFlags';
import type { Finding } from '../../src/core/findings/types';
import { procurementData } from '../../src/core/report/procurementData';
import { RUNS } from '../helpers/arbitraries';
import { row, utc } from '../helpers/findings';
import { O16_HEADERS, taxId } from '../helpers/o16';
import { SKR1_HEADERS } from '../helpers/skr1';
import { getTemplate } from '../../src/core/templates/registry';

// The red flags of a year of month sheets together (split purchases, repeat winners), where each
// month's sheet alone raises none.

/** One buy on a month's สขร.1: its item, amount (budget, reference and agreed price), day and winner. */
interface Buy {
  readonly item: string;
  readonly amount: number;
  /** Its signing day, as the contract cell writes it ("25 ต.ค. 2566"). */
  readonly day: string;
  readonly winner?: string;
  /** The price agreed, where it is not the amount. */
  readonly price?: number;
}

const AGENCY = 'องค์การบริหารส่วนตำบลพะวงาด';
const MONTHS: Record<string, string> = {
  'ต.ค.66': 'ตุลาคม พ.ศ. 2566',
  'พ.ย.66': 'พฤศจิกายน พ.ศ. 2566',
  'ธ.ค.66': 'ธันวาคม พ.ศ. 2566',
};

/** A month's สขร.1 sheet (title, agency, header on row 4, data from row 5) listing `buys`. */
function month(name: string, buys: readonly Buy[], agency = AGENCY): SheetGrid {
  return {
    name,
    values: [
      ['แบบ สขร.1'],
      [`สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${MONTHS[name]}`],
      [agency],
      SKR1_HEADERS,
      ...buys.map((b, i) => {
        const won = `${b.winner ?? 'หจก.ช่างโคราช'} ${(b.price ?? b.amount).toLocaleString('en-US')} บาท`;
        return [
          i + 1,
          b.item,
          b.amount,
          b.amount,
          'เฉพาะเจาะจง',
          won,
          won,
          'ราคาต่ำสุด',
          `บส.${i + 1}/2567 ลว. ${b.day}`,
        ];
      }),
    ] as CellValue[][],
  };
}

const road = (n: number, amount: number, day: string): Buy => ({
  item: `ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ ${n}`,
  amount,
  day,
});
/** /tmp splitx: two buys a month, each month's pair under 500,000, the four 965,000 within 12 days. */
const OCT = [road(3, 250_000, '25 ต.ค. 2566'), road(4, 240_000, '30 ต.ค. 2566')];
const NOV = [road(6, 245_000, '3 พ.ย. 2566'), road(8, 230_000, '6 พ.ย. 2566')];
const office = (day: string, winner: string): Buy => ({ item: 'ซื้อวัสดุสำนักงาน', amount: 8_500, day, winner });

/** Each sheet's findings of `codes` ("cell code"), every sheet checked beside the others. */
function flags(sheets: readonly SheetGrid[], codes = ['flag-split-purchase', 'flag-repeat-winner']) {
  return Object.fromEntries(
    found(sheets).map(([name, fs]) => [
      name,
      fs.filter((f) => codes.includes(f.code)).map((f) => `${f.cell} ${f.code}`),
    ]),
  );
}

function found(sheets: readonly SheetGrid[]): [string, Finding[]][] {
  const lists = sheets.flatMap((s) => procurementData(s) ?? []);
  return sheets.map((s) => [s.name, [...new SheetCheck(s).compareWith(lists).findings]]);
}

const split = (sheets: readonly SheetGrid[]) => flags(sheets, ['flag-split-purchase']);

describe('red flags across the month sheets of one year', () => {
  it("flags a split purchase and a repeat winner over two months' sheets, at each row, naming the other sheet's rows", () => {
    const sheets = [month('ต.ค.66', OCT), month('พ.ย.66', NOV)];
    expect(flags(sheets)).toEqual({
      'ต.ค.66': ['B5 flag-split-purchase', 'G5 flag-repeat-winner', 'B6 flag-split-purchase', 'G6 flag-repeat-winner'],
      'พ.ย.66': ['B5 flag-split-purchase', 'G5 flag-repeat-winner', 'B6 flag-split-purchase', 'G6 flag-repeat-winner'],
    });
    const nov = found(sheets)[1]![1];
    const s = nov.find((f) => f.code === 'flag-split-purchase')!;
    expect(s.severity).toBe('info');
    expect(s.message.th).toBe(
      'แถว 5: ซื้อ/จ้างวิธีเฉพาะเจาะจงรายการคล้ายกันจากผู้ประกอบการเดียวกันภายใน 30 วัน ข้ามแผ่นงาน (แผ่นงานนี้ แถว 5, 6; แผ่นงาน "ต.ค.66" แถว 5, 6) วงเงินรวม 965,000 บาท เกิน 500,000 บาท อาจเป็นการแบ่งซื้อแบ่งจ้าง (ม.65)',
    );
    expect(s.message.en).toBe(
      'Row 5: similar specific-method buys from one supplier within 30 days, across sheets (this sheet, rows 5, 6; sheet "ต.ค.66", rows 5, 6): their budgets total 965,000 baht, over 500,000 baht: possible splitting (s.65)',
    );
    const w = nov.find((f) => f.code === 'flag-repeat-winner')!;
    expect([w.severity, w.message.en]).toEqual([
      'info',
      'Row 5: "หจก.ช่างโคราช" was selected in 4 of 4 procurements on the sheets of fiscal year 2567 together (this sheet, rows 5, 6; sheet "ต.ค.66", rows 5, 6)',
    ]);
    expect(w.message.th).toContain('ได้รับการคัดเลือก 4 จาก 4 รายการในแผ่นงานของปีงบประมาณ 2567 รวมกัน');
    // The same four rows on one sheet are flagged by the sheet itself, as they were.
    const one = month('ต.ค.66', [...OCT, ...NOV]);
    expect(new SheetCheck(one).report.findings.filter((f) => f.code.startsWith('flag-')).map((f) => f.cell)).toEqual([
      'B5',
      'G5',
      'B6',
      'G6',
      'B7',
      'G7',
      'B8',
      'G8',
    ]);
  });

  it('flags a group inside one sheet once, by that sheet; a row of another month joining it is flagged across', () => {
    const big = [road(3, 250_000, '25 ต.ค. 2566'), road(4, 260_000, '30 ต.ค. 2566')];
    const quiet = [office('3 พ.ย. 2566', 'ร้าน ข'), office('6 พ.ย. 2566', 'ร้าน ค')];
    expect(split([month('ต.ค.66', big), month('พ.ย.66', quiet)])).toEqual({
      'ต.ค.66': ['B5 flag-split-purchase', 'B6 flag-split-purchase'],
      'พ.ย.66': [],
    });
    const joined = [month('ต.ค.66', big), month('พ.ย.66', [...quiet, road(6, 45_000, '3 พ.ย. 2566')])];
    expect(split(joined)).toEqual({
      'ต.ค.66': ['B5 flag-split-purchase', 'B6 flag-split-purchase'],
      'พ.ย.66': ['B7 flag-split-purchase'],
    });
    // October's own rows say their own group, not the one across sheets.
    const oct = found(joined)[0]![1].filter((f) => f.code === 'flag-split-purchase');
    expect(oct.map((f) => f.message.en)).toEqual([
      expect.stringContaining('(rows 5, 6)'),
      expect.stringContaining('(rows 5, 6)'),
    ]);
    // A winner of many on its own sheet is flagged there once; its wins on another sheet across.
    const three = ['2', '9', '16'].map((d) => office(`${d} ต.ค. 2566`, 'ร้าน ก'));
    const nov = [office('3 พ.ย. 2566', 'ร้าน ก'), office('6 พ.ย. 2566', 'ร้าน ข')];
    expect(flags([month('ต.ค.66', three), month('พ.ย.66', nov)], ['flag-repeat-winner'])).toEqual({
      'ต.ค.66': ['G5 flag-repeat-winner', 'G6 flag-repeat-winner', 'G7 flag-repeat-winner'],
      'พ.ย.66': ['G5 flag-repeat-winner'],
    });
  });

  it("adds nothing on the months beside the year's O16 or O17 holding the same contracts: flagged there", () => {
    const months = [month('ต.ค.66', OCT), month('พ.ย.66', NOV)];
    const listed = (name: string) => ({
      name,
      values: [
        [`ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 ${AGENCY}`],
        [],
        O16_HEADERS,
        ...[...OCT, ...NOV].map((b, i) =>
          row(
            {
              item: b.item,
              budget: b.amount,
              referencePrice: b.amount,
              agreedPrice: b.amount,
              supplierId: taxId(0),
              supplierName: 'หจก.ช่างโคราช',
              signDate: [utc(2023, 10, 25), utc(2023, 10, 30), utc(2023, 11, 3), utc(2023, 11, 6)][i]!,
              endDate: utc(2024, 1, 31),
            },
            i,
          ),
        ),
      ] as CellValue[][],
    });
    for (const name of ['O16', 'O17']) {
      const got = flags([listed(name), ...months]);
      expect(got[name], name).toHaveLength(8);
      expect(got, name).toMatchObject({ 'ต.ค.66': [], 'พ.ย.66': [] });
    }
    // The months alone: flagged across them.
    expect(flags(months)['พ.ย.66']).toHaveLength(4);
  });

  it("flags the months' split beside an O17 that lists only the year's largest contracts", () => {
    const sheets = [month('ต.ค.66', [OCT[0]!]), month('พ.ย.66', [road(6, 260_000, '3 พ.ย. 2566')])];
    const both = { 'ต.ค.66': ['B5 flag-split-purchase'], 'พ.ย.66': ['B5 flag-split-purchase'] };
    expect(split(sheets)).toEqual(both);
    // The 2568 form lists the hundred largest: O17 holds two e-bidding contracts, not the months' small buys.
    const bid = (item: string, amount: number, signDate: Date, i: number) =>
      row(
        {
          item,
          budget: amount,
          method: 'วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
          referencePrice: amount,
          agreedPrice: amount - 100_000,
          supplierId: taxId(5),
          supplierName: 'หจก.รุ่งเรืองการโยธา',
          signDate,
          endDate: utc(2024, 4, 20),
        },
        i,
      );
    const o17: SheetGrid = {
      name: 'O17',
      values: [
        [`แบบ O17 สรุปผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2567 ${AGENCY}`],
        [],
        O16_HEADERS,
        bid('ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ 5', 2_500_000, utc(2023, 11, 15), 0),
        bid('ก่อสร้างรางระบายน้ำ หมู่ 2', 1_200_000, utc(2023, 12, 20), 1),
      ] as CellValue[][],
    };
    expect(split([...sheets, o17])).toEqual({ ...both, O17: [] });
    const nov = found([...sheets, o17])[1]![1].find((f) => f.code === 'flag-split-purchase')!;
    expect(nov.message.en).toContain('(this sheet, row 5; sheet "ต.ค.66", row 5): their budgets total 510,000 baht');
  });

  describe("counts once the months' contracts a list of several months holds again in its own words", () => {
    const buy = (item: string, amount: number, day: string, winner: string): Buy => ({ item, amount, day, winner });
    /** /tmp/s40 Q: three buys a month, a shop and a cleaner winning one each month (two wins each). */
    const oct = [
      road(3, 260_000, '25 ต.ค. 2566'),
      buy('ซื้อน้ำมันเชื้อเพลิง', 15_000, '5 ต.ค. 2566', 'หจก.ปั๊มทอง'),
      buy('จ้างเหมาทำความสะอาด', 8_000, '1 ต.ค. 2566', 'นางสมศรี ใจดี'),
    ];
    const nov = [
      buy('ซื้อวัสดุไฟฟ้า', 30_000, '3 พ.ย. 2566', 'ร้านไฟฟ้าเจริญ'),
      buy('ซื้อน้ำมันเชื้อเพลิง', 14_000, '6 พ.ย. 2566', 'หจก.ปั๊มทอง'),
      buy('จ้างเหมาทำความสะอาด', 8_000, '1 พ.ย. 2566', 'นางสมศรี ใจดี'),
    ];
    const months = () => [month('ต.ค.66', oct), month('พ.ย.66', nov)];
    /** The O21 of October to March: each month's buys, `cells` giving its item, amount and price cells. */
    const o21 = (cells: (b: Buy) => [string, number, number], buys = [oct, nov]): SheetGrid => ({
      name: 'สรุป ต.ค.-มี.ค.',
      values: [
        ['สรุปผลการจัดซื้อจัดจ้างรายเดือน (ต.ค. 2566 - มี.ค. 2567)'],
        [AGENCY],
        [],
        getTemplate('ita2566-o21')!.columns.map((c) => c.header),
        ...buys.flatMap((bs) =>
          bs.map((b, i) => {
            const [item, amount, price] = cells(b);
            const won = `${b.winner ?? 'หจก.ช่างโคราช'} ${price.toLocaleString('en-US')} บาท`;
            return [item, amount, amount, 'เฉพาะเจาะจง', won, won, 'ราคาต่ำสุด', `บส.${i + 1}/2567 ลว. ${b.day}`];
          }),
        ),
      ] as CellValue[][],
    });
    const none = (sheets: readonly SheetGrid[]) =>
      Object.fromEntries(sheets.map((s) => [s.name, []])) as Record<string, string[]>;

    it('an O21 wording the items its own way ("จัดซื้อ… จำนวน 1 รายการ")', () => {
      const sheets = [...months(), o21((b) => [`จัด${b.item} จำนวน 1 รายการ`, b.amount, b.amount])];
      expect(flags(sheets)).toEqual(none(sheets));
    });

    it('an O21 giving the agreed price where สขร.1 gives the amount to be bought', () => {
      const agreed = (b: Buy) => b.amount - 1_000;
      const priced = (bs: readonly Buy[]) => bs.map((b) => ({ ...b, price: agreed(b) }));
      const sheets = [
        month('ต.ค.66', priced(oct)),
        month('พ.ย.66', priced(nov)),
        o21((b) => [b.item, agreed(b), agreed(b)]),
      ];
      expect(flags(sheets)).toEqual(none(sheets));
    });

    it("and flags the months' split by their budgets where the O21 gives agreed prices that sum under the limit", () => {
      // /tmp/s41 s4: 260,000 and 250,000 to be bought (510,000), agreed at 255,000 and 240,000 (495,000).
      const [a, b] = [
        { ...road(3, 260_000, '25 ต.ค. 2566'), price: 255_000 },
        { ...road(6, 250_000, '3 พ.ย. 2566'), price: 240_000 },
      ];
      const sheets = [month('ต.ค.66', [a]), month('พ.ย.66', [b])];
      const both = { 'ต.ค.66': ['B5 flag-split-purchase'], 'พ.ย.66': ['B5 flag-split-purchase'] };
      expect(split(sheets)).toEqual(both);
      const list = o21((x) => [x.item, x.price!, x.price!], [[a], [b]]);
      expect(split([...sheets, list])).toEqual({ ...both, [list.name]: [] });
      const nov = found([...sheets, list])[1]![1].find((f) => f.code === 'flag-split-purchase')!;
      expect(nov.message.en).toContain('(this sheet, row 5; sheet "ต.ค.66", row 5): their budgets total 510,000 baht');
    });

    /** A year's list in O16's columns, named neither O16 nor O17, of `buys` with the budget `budget` gives. */
    const yearList = (buys: readonly Buy[], budget: (b: Buy) => number): SheetGrid => ({
      name: 'ผลการจัดซื้อจัดจ้าง',
      values: [
        [`ข้อมูลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 ${AGENCY}`],
        [],
        O16_HEADERS,
        ...buys.map((b, i) =>
          row(
            {
              item: b.item,
              budget: budget(b),
              method: 'วิธีเฉพาะเจาะจง',
              referencePrice: b.amount,
              agreedPrice: b.amount,
              supplierId: b.winner ? null : taxId(0),
              supplierName: b.winner ?? 'หจก.ช่างโคราช',
              projectNumber: null,
              signDate: utc(2023, b.day.includes('ต.ค.') ? 10 : 11, parseInt(b.day, 10)),
              endDate: utc(2024, 1, 31),
            },
            i,
          ),
        ),
      ] as CellValue[][],
    });

    it("a year's list giving the budget allotted, a year's line for the small buys", () => {
      const line: Record<string, number> = { ซื้อน้ำมันเชื้อเพลิง: 180_000, จ้างเหมาทำความสะอาด: 96_000 };
      const sheets = [...months(), yearList([...oct, ...nov], (b) => line[b.item] ?? b.amount + 40_000)];
      expect(flags(sheets)).toEqual(none(sheets));
    });

    it("and flags the months' split the year's list holds a part of, at the months' rows", () => {
      const sheets = [month('ต.ค.66', [OCT[0]!]), month('พ.ย.66', [road(6, 260_000, '3 พ.ย. 2566')])];
      const both = { 'ต.ค.66': ['B5 flag-split-purchase'], 'พ.ย.66': ['B5 flag-split-purchase'] };
      expect(split(sheets)).toEqual(both);
      // The list holds October's 250,000 (allotted 300,000): 510,000 together, not 810,000.
      const list = yearList([OCT[0]!], () => 300_000);
      expect(split([...sheets, list])).toEqual({ ...both, ผลการจัดซื้อจัดจ้าง: [] });
      const nov = found([...sheets, list])[1]![1].find((f) => f.code === 'flag-split-purchase')!;
      expect(nov.message.en).toContain('(this sheet, row 5; sheet "ต.ค.66", row 5): their budgets total 510,000 baht');
    });
  });

  it('says nothing across sheets at a hidden sheet (an old copy of a month), whose rows no other counts', () => {
    const oct = [road(3, 250_000, '25 ต.ค. 2566')];
    const sheets = [month('ต.ค.66', oct), month('พ.ย.66', [road(6, 240_000, '3 พ.ย. 2566')])];
    // The old copy still holds a buy since cancelled: 735,000 with November's, where the months hold 490,000.
    const draft = { ...month('ต.ค.66', [...oct, road(4, 245_000, '27 ต.ค. 2566')]), name: 'ต.ค.66 (เดิม)' };
    // As the CLI and the pane check it: beside the visible sheets' lists, not its own.
    const lists = sheets.flatMap((s) => procurementData(s) ?? []);
    const flagsAt = (grid: SheetGrid) =>
      new SheetCheck(grid).compareWith(lists).findings.filter((f) => f.code.startsWith('flag-'));
    expect(flagsAt(draft).map((f) => `${f.cell} ${f.code}`)).toEqual([
      'B5 flag-split-purchase',
      'G5 flag-repeat-winner',
      'B6 flag-split-purchase',
      'G6 flag-repeat-winner',
    ]);
    expect(flagsAt({ ...draft, hidden: true })).toEqual([]);
    expect(flags(sheets)).toEqual({ 'ต.ค.66': [], 'พ.ย.66': [] });
  });

  it('counts a hidden month no visible sheet reports (hidden after it was published) as usual', () => {
    // /tmp/s41 h2: October's sheet hidden, no visible sheet of October: its split with November is flagged there.
    const oct = month('ต.ค.66', [road(3, 260_000, '25 ต.ค. 2566')]);
    const lists = [month('พ.ย.66', [road(6, 250_000, '3 พ.ย. 2566')])].flatMap((s) => procurementData(s) ?? []);
    const findings = new SheetCheck({ ...oct, hidden: true }).compareWith(lists).findings;
    const got = findings.filter((f) => f.code.startsWith('flag-'));
    expect(got.map((f) => `${f.cell} ${f.code}`)).toEqual(['B5 flag-split-purchase']);
    expect(got[0]!.message.en).toContain('their budgets total 510,000 baht');
    // A hidden sheet naming no month whose contracts a visible month holds is an old copy of it.
    const copy = { ...month('ต.ค.66', [road(3, 260_000, '25 ต.ค. 2566')]), name: 'Sheet1 (2)', hidden: true };
    copy.values = [copy.values[0]!, ['สรุปผลการดำเนินการจัดซื้อจัดจ้าง'], ...copy.values.slice(2)];
    const withOct = [...lists, procurementData(oct)!];
    const flagsOf = (grid: SheetGrid, with_: typeof lists) =>
      new SheetCheck(grid).compareWith(with_).findings.filter((f) => f.code.startsWith('flag-'));
    expect(flagsOf({ ...copy, hidden: false }, lists).map((f) => f.cell)).toEqual(['B5']);
    expect(flagsOf(copy, withOct)).toEqual([]);
  });

  it("keeps one limit of findings per code for the sheet's own flags and those across sheets together", () => {
    // Shops told apart by Thai letters (a number in the name would read as the price).
    const shop = (i: number) =>
      `ร้าน${[...i.toString(20)].map((d) => 'กขคงจฉชซฌญฎฏฐฑฒณดตถท'[parseInt(d, 20)]).join('')}`;
    const at = (day: string, amount: number, i: number): Buy => ({ ...road(3, amount, day), winner: shop(i) });
    // 300 shops split within October (600 rows the sheet flags itself), 500 more across October and November.
    const own = Array.from({ length: 300 }, (_, i) => [at('20 ต.ค. 2566', 260_000, i), at('22 ต.ค. 2566', 250_000, i)]);
    const across = Array.from({ length: 500 }, (_, i) => at('25 ต.ค. 2566', 260_000, 300 + i));
    const nov = across.map((b) => ({ ...b, amount: 250_000, day: '3 พ.ย. 2566' }));
    const oct = found([month('ต.ค.66', [...own.flat(), ...across]), month('พ.ย.66', nov)])[0]![1];
    expect(oct.filter((f) => f.code === 'flag-split-purchase')).toHaveLength(1000);
    const more = oct.filter((f) => f.code === 'findings-truncated' && f.value === 'flag-split-purchase');
    expect(more.map((f) => f.notListed)).toEqual([100]);
  });

  describe('adds nothing where the months do not make one group', () => {
    const withNov = (buys: Buy[], agency?: string) => [month('ต.ค.66', OCT), month('พ.ย.66', buys, agency)];
    const none = { 'ต.ค.66': [], 'พ.ย.66': [] };

    it('of another supplier', () => {
      expect(split(withNov(NOV))['พ.ย.66']).toHaveLength(2);
      expect(split(withNov(NOV.map((b) => ({ ...b, winner: 'หจก.ทางหลวงโคราช' }))))).toEqual(none);
    });

    it('of items not alike: a hire, not materials', () => {
      expect(split(withNov(NOV))['พ.ย.66']).toHaveLength(2);
      expect(split(withNov(NOV.map((b) => ({ ...b, item: 'จ้างเหมาซ่อมรถยนต์ส่วนกลาง' }))))).toEqual(none);
    });

    it("more than 30 days apart: December's after October's last (30 Oct)", () => {
      expect(split(withNov(NOV))['พ.ย.66']).toHaveLength(2);
      const later = [road(6, 245_000, '1 ธ.ค. 2566'), road(8, 230_000, '4 ธ.ค. 2566')];
      expect(split([month('ต.ค.66', OCT), month('ธ.ค.66', later)])).toEqual({ 'ต.ค.66': [], 'ธ.ค.66': [] });
    });

    it("of another agency's sheet", () => {
      expect(flags(withNov(NOV))['พ.ย.66']).toHaveLength(4);
      expect(flags(withNov(NOV, 'องค์การบริหารส่วนตำบลหนองระเวียง'))).toEqual(none);
    });

    it('of two schools, health centres, hospitals or offices, named in titles or in the sheets’ names', () => {
      const pairs = [
        ['โรงเรียนบ้านหนองบัว สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครราชสีมา เขต 1', 'โรงเรียนบ้านโนนสูง'],
        ['รพ.สต.บ้านหนองบัว', 'โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสูง'],
        ['โรงพยาบาลศีขรภูมิ', 'โรงพยาบาลสังขะ'],
        ['สำนักงานสาธารณสุขจังหวัดสุรินทร์', 'สำนักงานสาธารณสุขอำเภอศีขรภูมิ'],
        ['กรมชลประทาน', 'กรมทางหลวงชนบท'],
        // The institution named first, the local government it is under after it (no สังกัด).
        [
          'โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว องค์การบริหารส่วนจังหวัดขอนแก่น',
          'โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสูง องค์การบริหารส่วนจังหวัดขอนแก่น',
        ],
        ['โรงเรียนบ้านหนองบัว อบจ.ขอนแก่น', 'โรงเรียนบ้านโนนสูง อบจ.ขอนแก่น'],
        // Each the title's subject, with its local government after it, run on or under สังกัด.
        ['ผลการจัดซื้อจัดจ้างโรงเรียนบ้านหนองบัว อบต.หนองบัว', 'ผลการจัดซื้อจัดจ้างโรงเรียนบ้านโนนสูง อบต.หนองบัว'],
        ['โรงเรียนบ้านหนองบัว สังกัด อบต.หนองบัว', 'โรงเรียนบ้านโนนสูง สังกัด อบต.หนองบัว'],
        // The department, ministry or province's office named first, the office itself after it.
        ['กรมส่งเสริมการเกษตร สำนักงานเกษตรอำเภอบ้านไผ่', 'กรมส่งเสริมการเกษตร สำนักงานเกษตรอำเภอบ้านแฮด'],
        ['กระทรวงมหาดไทย ที่ว่าการอำเภอบ้านไผ่', 'กระทรวงมหาดไทย ที่ว่าการอำเภอบ้านแฮด'],
        [
          'สำนักงานสาธารณสุขจังหวัดขอนแก่น สำนักงานสาธารณสุขอำเภอบ้านไผ่',
          'สำนักงานสาธารณสุขจังหวัดขอนแก่น สำนักงานสาธารณสุขอำเภอบ้านแฮด',
        ],
        // อำเภอเมือง of two provinces.
        ['สำนักงานเกษตรอำเภอเมือง จังหวัดขอนแก่น', 'สำนักงานเกษตรอำเภอเมือง จังหวัดสุรินทร์'],
        // Short forms: ร.ร., สนง., and สถานีอนามัย (a รพ.สต.'s former name).
        ['ร.ร.บ้านหนองบัว', 'ร.ร.บ้านโนนสูง'],
        ['สนง.เกษตรอำเภอเมืองขอนแก่น', 'สนง.เกษตรอำเภอเมืองสุรินทร์'],
        ['สถานีอนามัยบ้านหนองบัว', 'สถานีอนามัยบ้านโนนสูง'],
      ];
      for (const [a, b] of pairs)
        expect(flags([month('ต.ค.66', OCT, a!), month('พ.ย.66', NOV, b!)]), `${a} ${b}`).toEqual(none);
      // Titles naming no agency, under sheets named for two.
      const named = (name: string, buys: Buy[], sheet: string) => ({ ...month(name, buys, ''), name: sheet });
      const sheets = [named('ต.ค.66', OCT, 'อบต.หนองบัว ต.ค.66'), named('พ.ย.66', NOV, 'ทต.บ้านใหม่ พ.ย.66')];
      expect(flags(sheets)).toEqual({ 'อบต.หนองบัว ต.ค.66': [], 'ทต.บ้านใหม่ พ.ย.66': [] });
    });
  });

  it("flags one school's or health centre's months together, however its name is written, or where one title names it", () => {
    const pairs = [
      ['โรงเรียนบ้านหนองบัว', 'โรงเรียน บ้านหนองบัว สพป.นครราชสีมา เขต 1'],
      ['รพ.สต.บ้านหนองบัว', 'โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว อำเภอโนนสูง'],
      ['สำนักงานสาธารณสุขจังหวัดสุรินทร์', 'สำนักงานสาธารณสุข จ.สุรินทร์'],
      ['โรงเรียนบ้านหนองบัว', ''],
      ['โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว', 'สังกัดองค์การบริหารส่วนจังหวัดนครราชสีมา'],
      ['โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว องค์การบริหารส่วนจังหวัดขอนแก่น', 'รพ.สต.บ้านหนองบัว'],
      ['กรมส่งเสริมการเกษตร สำนักงานเกษตรอำเภอบ้านไผ่', 'สำนักงานเกษตรอำเภอบ้านไผ่'],
      ['สำนักงานเกษตรอำเภอเมือง จังหวัดขอนแก่น', 'สนง.เกษตร อ.เมือง จ.ขอนแก่น'],
      ['สำนักงานเกษตรอำเภอเมือง จังหวัดขอนแก่น', 'สำนักงานเกษตรอำเภอเมืองขอนแก่น'],
      ['สำนักงานเกษตรอำเภอเมือง', 'สำนักงานเกษตรอำเภอเมือง จังหวัดขอนแก่น'],
      ['ร.ร.บ้านหนองบัว', 'โรงเรียนบ้านหนองบัว'],
      ['สถานีอนามัยบ้านหนองบัว', 'รพ.สต.บ้านหนองบัว'],
    ];
    for (const [a, b] of pairs)
      expect(flags([month('ต.ค.66', OCT, a!), month('พ.ย.66', NOV, b!)])['พ.ย.66'], `${a} ${b}`).toHaveLength(4);
    // A sheet named for the agency its neighbour's title names.
    const sheets = [{ ...month('ต.ค.66', OCT, ''), name: 'อบต.พะวงาด ต.ค.66' }, month('พ.ย.66', NOV)];
    expect(flags(sheets)['พ.ย.66']).toHaveLength(4);
  });

  it("flags one อบต.'s months together where a title mentions a school it funds or a project for one", () => {
    const titles = [
      `${AGENCY} โครงการอาหารกลางวันโรงเรียนบ้านพะวงาด`,
      `${AGENCY} (รวมโครงการอาหารเสริม (นม) โรงเรียนบ้านพะวงาด และศูนย์พัฒนาเด็กเล็กบ้านพะวงาด)`,
      `(รวมโรงเรียนบ้านพะวงาด สังกัด อบต.) ${AGENCY}`,
      `${AGENCY} สำหรับโรงเรียนบ้านพะวงาด`,
    ];
    for (const title of titles)
      expect(flags([month('ต.ค.66', OCT), month('พ.ย.66', NOV, title)])['พ.ย.66'], title).toHaveLength(4);
    // The line above the agency's, as the อบต.'s November report has it.
    const nov = month('พ.ย.66', NOV);
    const lines = [...nov.values];
    lines.splice(2, 0, ['(รวมโรงเรียนบ้านพะวงาด สังกัด อบต.)']);
    expect(flags([month('ต.ค.66', OCT), { ...nov, values: lines }])['พ.ย.66']).toHaveLength(4);
  });

  it("counts a contract left on next month's sheet once, not twice into a split", () => {
    // November's sheet started from a copy of October's: a row of 300,000 left in (600,000 twice).
    const once = [road(3, 300_000, '28 ต.ค. 2566')];
    expect(split([month('ต.ค.66', once), month('พ.ย.66', once)])).toEqual({ 'ต.ค.66': [], 'พ.ย.66': [] });
    const oct = [road(3, 250_000, '25 ต.ค. 2566'), road(4, 200_000, '28 ต.ค. 2566')];
    const sheets = [month('ต.ค.66', oct), month('พ.ย.66', [oct[1]!, road(6, 100_000, '3 พ.ย. 2566')])];
    expect(split(sheets)).toEqual({
      'ต.ค.66': ['B5 flag-split-purchase', 'B6 flag-split-purchase'],
      'พ.ย.66': ['B6 flag-split-purchase'],
    });
    const nov = found(sheets)[1]![1].find((f) => f.code === 'flag-split-purchase')!;
    expect(nov.message.en).toBe(
      'Row 6: similar specific-method buys from one supplier within 30 days, across sheets (this sheet, row 6; sheet "ต.ค.66", rows 5, 6): their budgets total 550,000 baht, over 500,000 baht: possible splitting (s.65)',
    );
  });

  it("flags a shop that wins every month of the year at each month's row, by the year's share", () => {
    const sheets = ['ต.ค.66', 'พ.ย.66', 'ธ.ค.66'].map((name, k) =>
      month(
        name,
        [1, 2, 3, 4].map((j) =>
          office(`${j + 4} ${name.slice(0, -2)} 25${name.slice(-2)}`, j === 1 ? 'ร้านโคราชเครื่องเขียน' : `ร้านที่ ${k}${j}`),
        ),
      ),
    );
    // 3 of 12 (25 %): each month's one win (of 4) flagged across.
    expect(flags(sheets, ['flag-repeat-winner'])).toEqual({
      'ต.ค.66': ['G5 flag-repeat-winner'],
      'พ.ย.66': ['G5 flag-repeat-winner'],
      'ธ.ค.66': ['G5 flag-repeat-winner'],
    });
    const w = found(sheets)[2]![1].find((f) => f.code === 'flag-repeat-winner')!;
    expect(w.message.en).toBe(
      'Row 5: "ร้านโคราชเครื่องเขียน" was selected in 3 of 12 procurements on the sheets of fiscal year 2567 together (this sheet, row 5; sheet "ต.ค.66", row 5; sheet "พ.ย.66", row 5)',
    );
    // Two wins in the year are not many (repeatWinnerMinWins 3).
    expect(flags(sheets.slice(0, 2), ['flag-repeat-winner'])).toEqual({ 'ต.ค.66': [], 'พ.ย.66': [] });
  });
});

describe("the work of the year's split groups", () => {
  it("gathers none where every month's sheet flags all its buys itself (one shop winning every row)", () => {
    // Ten buys of 60,000 a month from one shop, 600,000 on each month's sheet: flagged there, each row.
    const sheets = ['ต.ค.66', 'พ.ย.66', 'ธ.ค.66'].map((name) =>
      month(
        name,
        [1, 4, 7, 10, 13, 16, 19, 22, 25, 28].map((d) =>
          road(3, 60_000, `${d} ${name.slice(0, -2)} 25${name.slice(-2)}`),
        ),
      ),
    );
    const lists = sheets.flatMap((s) => procurementData(s) ?? []);
    expect(lists.map((l) => ownFlags(l).split.size)).toEqual([10, 10, 10]);
    // Every window of the year is a group of rows flagged already: none is gathered, none said across.
    expect(yearOf(lists).flags.splits).toEqual([]);
    expect(Object.values(split(sheets)).map((cells) => cells.length)).toEqual([10, 10, 10]);
  });

  const buy = fc.record({
    supplier: fc.constantFrom('ร้าน ก', 'ร้าน ข'),
    day: fc.integer({ min: 0, max: 70 }),
    amount: fc.constantFrom(3_500, 60_000, 120_000, 250_000, 480_000, 500_000),
    item: fc.constantFrom(
      'ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 3',
      'ซื้อวัสดุก่อสร้าง (ปูนซีเมนต์)',
      'ซื้อวัสดุ ก่อสร้าง',
      'ซื้อวัสดุสำนักงาน',
      'ซื้อวัสดุสำนักงาน 2',
      'จ้างเหมาซ่อมรถยนต์ส่วนกลาง',
      undefined,
    ),
    wanted: fc.boolean(),
  });

  it('gathers, of those wanted, the groups holding a buy wanted; and marks the rows of all groups', () => {
    fc.assert(
      fc.property(fc.array(buy, { maxLength: 40 }), (bs) => {
        const buys = bs.map((b, at) => ({ ...b, at, byBudget: true }));
        const wanted = (b: { at: number }) => bs[b.at]!.wanted;
        const ats = (gs: SplitGroup<number>[]) => gs.map((g) => [g.sum, g.buys.map((b) => b.at)]);
        const all = splitGroups(buys);
        expect(ats(splitGroups(buys, wanted))).toEqual(ats(all.filter((g) => g.buys.some(wanted))));
        const rows = [...new Set(all.flatMap((g) => g.buys.map((b) => b.at)))];
        expect([...splitRows(buys)].sort((x, y) => x - y)).toEqual(rows.sort((x, y) => x - y));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("a sheet's own red flags, as the flags across sheets restate them", () => {
  /** One O16 row of a few suppliers (some rows naming them only), items, amounts, days and statuses. */
  const buy = fc.record({
    supplier: fc.integer({ min: 0, max: 2 }),
    byName: fc.boolean(),
    item: fc.constantFrom(
      'ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 3',
      'ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 8',
      'ซื้อวัสดุก่อสร้าง (ปูนซีเมนต์)',
      'ซื้อวัสดุสำนักงาน',
      'จ้างเหมาซ่อมรถยนต์ส่วนกลาง',
    ),
    amount: fc.constantFrom(30_000, 120_000, 250_000, 480_000, 650_000),
    // A budget of the year's line typed in each row (ten times the buy, or six times its reference
    // price of a fifth of the buy), or none.
    budget: fc.constantFrom('own', 'line', 'beside', 'none'),
    specific: fc.constantFrom(true, true, false),
    day: fc.integer({ min: 0, max: 45 }),
    status: fc.constantFrom('สิ้นสุดระยะสัญญา', 'สิ้นสุดระยะสัญญา', 'ยกเลิกการดำเนินการ'),
    copied: fc.boolean(),
  });

  it('marks the same rows as the sheet itself flags (split purchases, repeat winners)', () => {
    fc.assert(
      fc.property(fc.array(buy, { minLength: 2, maxLength: 24 }), (buys) => {
        const rows = buys.flatMap((b, i) => {
          const r = row(
            {
              item: b.item,
              budget: { none: null, line: b.amount * 10, beside: (b.amount * 6) / 5, own: b.amount }[b.budget],
              status: b.status,
              method: b.specific ? 'วิธีเฉพาะเจาะจง' : 'วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
              referencePrice: b.budget === 'beside' ? b.amount / 5 : b.amount,
              agreedPrice: b.amount,
              supplierId: b.byName ? null : taxId(b.supplier),
              supplierName: `ห้างหุ้นส่วนจำกัด ร้านที่ ${b.supplier}`,
              signDate: utc(2023, 10, 1 + b.day),
              endDate: utc(2024, 9, 1),
            },
            i,
          );
          return b.copied ? [r, [...r]] : [r];
        });
        const grid = {
          name: 'O16',
          values: [['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'], [], O16_HEADERS, ...rows] as CellValue[][],
        };
        const said = (code: string) =>
          [
            ...new Set(
              checkSheet(grid)
                .findings.filter((f) => f.code === code)
                .map((f) => f.row),
            ),
          ].sort();
        const own = ownFlags(procurementData(grid)!);
        expect([...own.split].sort()).toEqual(said('flag-split-purchase'));
        expect([...own.winners].sort()).toEqual(said('flag-repeat-winner'));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('two months checked apart, as one sheet of both', () => {
  const buy = fc.record({
    winner: fc.constantFrom('หจก.ช่างโคราช', 'ร้านโคราชเครื่องเขียน', 'บริษัท ทางหลวง จำกัด'),
    item: fc.constantFrom(
      'ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 3',
      'ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 8',
      'ซื้อวัสดุสำนักงาน',
      'จ้างเหมาซ่อมรถยนต์ส่วนกลาง',
    ),
    amount: fc.constantFrom(8_500, 120_000, 245_000, 480_000),
    // Days from 1 October 2566: October's and November's.
    day: fc.integer({ min: 0, max: 60 }),
  });
  const dayOf = (d: number) => (d < 31 ? `${d + 1} ต.ค. 2566` : `${d - 30} พ.ย. 2566`);

  it("flags across the months' sheets the split purchases one sheet of both flags, and its winners of many", () => {
    fc.assert(
      fc.property(fc.array(buy, { minLength: 2, maxLength: 16 }), (buys) => {
        const all = buys.map((b) => ({ ...b, day: dayOf(b.day), oct: b.day < 31 }));
        const [oct, nov] = [all.filter((b) => b.oct), all.filter((b) => !b.oct)];
        // The buys (their places in `all`) flagged `code`, of sheets each with its buys from row 5.
        const flagged = (sheets: [SheetGrid, readonly Buy[]][], code: string) =>
          found(sheets.map(([s]) => s))
            .flatMap(([, fs], k) =>
              fs.filter((f) => f.code === code).map((f) => all.indexOf(sheets[k]![1][f.row - 5] as (typeof all)[0])),
            )
            .sort((x, y) => x - y);
        const one: [SheetGrid, readonly Buy[]][] = [[month('ต.ค.66', all), all]];
        const two: [SheetGrid, readonly Buy[]][] = [
          [month('ต.ค.66', oct), oct],
          [month('พ.ย.66', nov), nov],
        ];
        expect([...new Set(flagged(two, 'flag-split-purchase'))]).toEqual(flagged(one, 'flag-split-purchase'));
        const winners = new Set(flagged(two, 'flag-repeat-winner'));
        expect(flagged(one, 'flag-repeat-winner').filter((x) => !winners.has(x))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
