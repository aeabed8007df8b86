import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/cells/value';
import { SheetCheck } from '../../src/core/check/sheet';
import { procurementData, type ProcurementData } from '../../src/core/report/procurementData';
import { row, utc } from '../helpers/findings';
import { O16_HEADERS } from '../helpers/o16';
import { SKR1_HEADERS, skr1Row } from '../helpers/skr1';
import { monthOfName } from '../../src/core/rules/fiscalYear';
import { getTemplate } from '../../src/core/templates/registry';

/** A contract: its item, amount and signing day (Dec 2023 … ), as O17 and a month's สขร.1 give it. */
interface Buy {
  readonly item: string;
  readonly amount: number;
  readonly day: Date;
}

const THAI_MONTH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const LONG = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม'];
const thaiDay = (d: Date) => `${d.getUTCDate()} ${THAI_MONTH[d.getUTCMonth()]} ${(d.getUTCFullYear() + 543) % 100}`;

const o17 = (buys: readonly Buy[], name = 'O17', wording = 'จัดซื้อ', title = 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567') =>
  procurementData({
    name,
    values: [
      [title],
      [],
      O16_HEADERS,
      // O17 words its items its own way ("จัดซื้อ…"): the budget and the day still tell the contract.
      ...buys.map((b, i) =>
        row(
          {
            item: `${wording}${b.item}`,
            budget: b.amount,
            referencePrice: b.amount,
            agreedPrice: b.amount,
            signDate: b.day,
            endDate: utc(2024, 9, 1),
          },
          i,
        ),
      ),
    ] as CellValue[][],
  })!;

/** A month's สขร.1 sheet (month 1–3 of 2567) listing `buys`. */
const monthSheet = (name: string, month: number, buys: readonly Buy[]) => ({
  name,
  values: [
    [`แบบ สขร.1 ประจำเดือน ${LONG[month - 1]} 2567`],
    SKR1_HEADERS,
    ...buys.map((b, i) => skr1Row(i + 1, `${i + 1}/2567 ลว. ${thaiDay(b.day)}`, b.item, b.amount)),
  ] as CellValue[][],
});

/** The findings of one month's sheet, checked beside the workbook's other lists. */
function across(sheet: ReturnType<typeof monthSheet>, others: readonly ProcurementData[]) {
  return new SheetCheck(sheet)
    .compareWith(others)
    .findings.filter((f) => ['not-in-year-list', 'listed-in-two-months'].includes(f.code))
    .map((f) => `${f.cell} ${f.code}`);
}

const jan = [
  { item: 'วัสดุสำนักงาน', amount: 5_000, day: utc(2024, 1, 5) },
  { item: 'น้ำมันเชื้อเพลิง', amount: 8_000, day: utc(2024, 1, 19) },
];
const feb = [
  { item: 'วัสดุไฟฟ้า', amount: 12_000, day: utc(2024, 2, 2) },
  { item: 'วัสดุคอมพิวเตอร์', amount: 9_500, day: utc(2024, 2, 14) },
];
const forgotten = { item: 'ซ่อมรถยนต์ส่วนกลาง', amount: 7_300, day: utc(2024, 2, 10) };

describe("a month's sheet against the year's list and the other months", () => {
  it("says a month's contract the O17 list lacks, at the month sheet's row", () => {
    const year = o17([...jan, ...feb]);
    const janSheet = monthSheet('ม.ค. 67', 1, jan);
    const febSheet = monthSheet('ก.พ. 67', 2, [...feb, forgotten]);
    const lists = [year, procurementData(janSheet)!, procurementData(febSheet)!];
    expect(across(janSheet, lists)).toEqual([]);
    expect(across(febSheet, lists)).toEqual(['B5 not-in-year-list']);
    const f = new SheetCheck(febSheet).compareWith(lists).findings.find((x) => x.code === 'not-in-year-list')!;
    expect(f.message.th).toBe(
      'แถว 5: ไม่พบสัญญานี้ (ลงนาม 10 ก.พ. 2567) ในแผ่นงาน "O17" ซึ่งรวมผลการจัดซื้อจัดจ้างทั้งปี: เพิ่มในรายการของปี หรือแก้ชื่องาน วงเงิน และวันที่ให้ตรงกัน',
    );
    expect(f.message.en).toContain('is not on sheet "O17", the year\'s results');
    // Beside many lists of the year (a province's folder), three are named and the rest counted.
    const many = [1, 2, 3, 4, 5].map((n) => o17([...jan, ...feb], `O17 (${n})`));
    const said = new SheetCheck(febSheet).compareWith([...many, procurementData(janSheet)!]).findings;
    expect(said.find((x) => x.code === 'not-in-year-list')!.message.en).toContain(
      'is not on sheet "O17 (1)", "O17 (2)", "O17 (3)" and 2 more, the year\'s results',
    );
    // A whole month left out of O17, the other months in it: each of its contracts is said.
    const janOnly = o17(feb);
    expect(across(janSheet, [janOnly, procurementData(monthSheet('ก.พ. 67', 2, feb))!])).toEqual([
      'B3 not-in-year-list',
      'B4 not-in-year-list',
    ]);
  });

  it("holds the months against an O17 whose title cites the NACC's or another office's form, not another agency", () => {
    const agency = 'องค์การบริหารส่วนตำบลหนองบัว';
    // The months' titles name the agency (p1_pacc): O17's cites the office whose form it is.
    const titled = (name: string, month: number, buys: readonly Buy[]) => {
      const sheet = monthSheet(name, month, buys);
      return { ...sheet, values: [[`${sheet.values[0]![0]} ${agency}`], ...sheet.values.slice(1)] };
    };
    const febSheet = titled('ก.พ. 67', 2, [...feb, forgotten]);
    const year = 'ผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. 2567';
    for (const cites of [
      '(ตามแบบที่สำนักงาน ป.ป.ช. กำหนด)',
      'ตามหลักเกณฑ์ของสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ',
      'ตามแบบของสำนักงาน ป.ป.ท.',
      'ตามแนวทางของสำนักงานการตรวจเงินแผ่นดิน (สตง.)',
      'ตามหนังสือคณะกรรมการวินิจฉัยปัญหาการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ',
      'ตามแบบที่กรมบัญชีกลางกำหนด',
    ]) {
      const list = o17([...jan, ...feb], 'O17', 'จัดซื้อ', `แบบ O17 ${year} ${cites}`);
      const lists = [list, procurementData(titled('ม.ค. 67', 1, jan))!, procurementData(febSheet)!];
      expect(across(febSheet, lists), cites).toEqual(['B5 not-in-year-list']);
    }
  });

  it('judges only the days the O17 list reaches, and only a list holding the months one by one', () => {
    const febSheet = monthSheet('ก.พ. 67', 2, [...feb, forgotten]);
    // O17 made at the end of January: February is not in it yet.
    expect(across(febSheet, [o17(jan), procurementData(monthSheet('ม.ค. 67', 1, jan))!])).toEqual([]);
    // A list of other contracts (the works, the big buys) holds none of the months' rows: no measure.
    const works = o17([{ item: 'ก่อสร้างถนน คสล.', amount: 1_500_000, day: utc(2024, 3, 1) }]);
    expect(across(febSheet, [works])).toEqual([]);
    // Under O16 (to 31 March), not O17: nothing, O16 is not the whole year.
    expect(across(febSheet, [o17([...jan, ...feb], 'O16')])).toEqual([]);
  });

  it('is not fooled by a round amount: another 9,000 of the month, or the same hire of other months', () => {
    const hire = (m: number) => ({ item: 'จ้างเหมาบริการคนงานทั่วไป', amount: 9_000, day: utc(2024, m, 1) });
    const repair = { item: 'ซ่อมเครื่องปรับอากาศ', amount: 9_000, day: utc(2024, 2, 10) };
    const others = [...jan, feb[0]!];
    // O17 holds January's and February's hires but not February's 9,000 repair.
    const year = o17([...others, hire(1), hire(2), feb[1]!]);
    const febSheet = monthSheet('ก.พ. 67', 2, [feb[0]!, hire(2), repair, feb[1]!]);
    const lists = [year, procurementData(monthSheet('ม.ค. 67', 1, [...jan, hire(1)]))!];
    expect(across(febSheet, lists)).toEqual(['B5 not-in-year-list']);
    // O17 lacks February's hire, holding January's (same item, same amount): said.
    const noFebHire = o17([...others, hire(1), feb[1]!, repair]);
    expect(across(febSheet, [noFebHire, lists[1]!])).toEqual(['B4 not-in-year-list']);
  });

  it("holds a list reaching into a month to that month whole: a buy of the 27th after O17's last of the 14th", () => {
    const late = { item: 'วัสดุคอมพิวเตอร์ (สิ้นปี)', amount: 48_500, day: utc(2024, 2, 27) };
    const febSheet = monthSheet('ก.พ. 67', 2, [...feb, late]);
    expect(across(febSheet, [o17([...jan, ...feb]), procurementData(monthSheet('ม.ค. 67', 1, jan))!])).toEqual([
      'B5 not-in-year-list',
    ]);
  });

  it("says a contract left from last month's sheet on this month's, not on the month it was signed in", () => {
    const janSheet = monthSheet('ม.ค. 67', 1, jan);
    // February's sheet started from a copy of January's: one row left in.
    const febSheet = monthSheet('ก.พ. 67', 2, [...feb, jan[1]!]);
    const lists = [procurementData(janSheet)!, procurementData(febSheet)!];
    expect(across(febSheet, lists)).toEqual(['B5 listed-in-two-months']);
    expect(across(janSheet, lists)).toEqual([]);
    const f = new SheetCheck(febSheet).compareWith(lists).findings.find((x) => x.code === 'listed-in-two-months')!;
    expect(f.message.th).toBe(
      'แถว 5: สัญญานี้ (ลงนาม 19 ม.ค. 2567) อยู่ในแผ่นงาน "ม.ค. 67" แถว 4 ด้วย: รายงานครั้งเดียวในเดือนที่ลงนาม ลบแถวที่ซ้ำ',
    );
    // Titled as the form's own title is, naming no month: the sheets' names tell the months.
    const untitled = (sheet: ReturnType<typeof monthSheet>) => ({
      ...sheet,
      values: [['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1)'], ...sheet.values.slice(1)],
    });
    const [janU, febU] = [untitled(janSheet), untitled(febSheet)];
    expect(across(febU, [procurementData(janU)!, procurementData(febU)!])).toEqual(['B5 listed-in-two-months']);
    // Across the year's end: September's row left on October's sheet (another fiscal year).
    const sheetOf = (title: string, rows: CellValue[][]) => ({ name: title, values: [[title], SKR1_HEADERS, ...rows] });
    const sep = sheetOf('แบบ สขร.1 ประจำเดือน กันยายน 2567', [
      skr1Row(1, '9/2567 ลว. 20 ก.ย. 67', 'ซื้อน้ำมันเชื้อเพลิง', 8_000),
    ]);
    const oct = sheetOf('แบบ สขร.1 ประจำเดือน ตุลาคม 2567', [
      skr1Row(1, '1/2568 ลว. 3 ต.ค. 67', 'ซื้อวัสดุสำนักงาน', 5_000),
      skr1Row(2, '9/2567 ลว. 20 ก.ย. 67', 'ซื้อน้ำมันเชื้อเพลิง', 8_000),
    ]);
    expect(across(oct, [procurementData(sep)!, procurementData(oct)!])).toEqual(['B4 listed-in-two-months']);
    expect(across(sep, [procurementData(sep)!, procurementData(oct)!])).toEqual([]);
    // The same item for the same amount bought again on another day is another contract.
    const again = monthSheet('ก.พ. 67', 2, [...feb, { ...jan[1]!, day: utc(2024, 2, 19) }]);
    expect(across(again, [procurementData(janSheet)!])).toEqual([]);
  });
});

describe("a month's amount against the year's list", () => {
  const said = (sheet: ReturnType<typeof monthSheet>, others: readonly ProcurementData[]) =>
    new SheetCheck(sheet).compareWith(others).findings.filter((f) => f.code === 'year-list-amount-mismatch');

  it('says a contract O17 lists under another amount, at the month row, naming both amounts', () => {
    // O17 words the items as the months do; January's office supplies typed 5,010 on its sheet.
    const year = o17([...jan, ...feb], 'O17', '');
    const janSheet = monthSheet('ม.ค. 67', 1, [{ ...jan[0]!, amount: 5_010 }, jan[1]!]);
    const f = said(janSheet, [year]);
    expect(f.map((x) => `${x.cell} ${x.severity}`)).toEqual(['G3 warning']);
    expect(f[0]!.message.th).toBe(
      'แถว 3: ราคาที่ตกลง 5,010 บาท ไม่ตรงกับแผ่นงาน "O17" แถว 4 (5,000 บาท) ซึ่งเป็นงานเดียวกัน: แก้ให้ตรงกัน หรือถ้าเป็นอีกสัญญา เพิ่มในรายการของปี',
    );
    expect(f[0]!.message.en).toContain('the agreed price 5,010 baht differs from sheet "O17", row 4 (5,000 baht)');
    // Nor is it said missing: it is there, under another amount.
    expect(across(janSheet, [year])).toEqual([]);
    // Amounts agreeing: nothing.
    expect(said(monthSheet('ม.ค. 67', 1, jan), [year])).toEqual([]);
  });

  it('pairs the buys of one item on one day one to one, and names the O17 row left over', () => {
    const fuel = (amount: number) => ({ item: 'น้ำมันเชื้อเพลิง', amount, day: utc(2024, 1, 19) });
    // O17's second fuel line mistyped 2,430.50 for 2,340.50: that line is named, not the first.
    const year = o17([jan[0]!, fuel(1_500), fuel(2_430.5), fuel(3_000)], 'O17', '');
    const f = said(monthSheet('ม.ค. 67', 1, [jan[0]!, fuel(1_500), fuel(2_340.5), fuel(3_000)]), [year]);
    expect(f.map((x) => x.cell)).toEqual(['G5']);
    expect(f[0]!.message.en).toContain('differs from sheet "O17", row 6 (2,430.50 baht)');
    // Two equal buys on the month's sheet, O17 holding one of them and a mistyped other: said.
    const two = o17([jan[0]!, fuel(1_500), fuel(1_050)], 'O17', '');
    const dup = said(monthSheet('ม.ค. 67', 1, [jan[0]!, fuel(1_500), fuel(1_500)]), [two]);
    expect(dup.map((x) => x.message.en)).toEqual([expect.stringContaining('row 6 (1,050 baht)')]);
  });

  it('compares agreed prices only: not a budget where either side gives no agreed price', () => {
    const year = o17(jan, 'O17', '');
    const sheet = monthSheet('ม.ค. 67', 1, [{ ...jan[0]!, amount: 5_010 }, jan[1]!]);
    // The winner's cell without its price: the month row has a budget, no agreed price.
    sheet.values[2]![6] = 'ร้าน ก';
    expect(said(sheet, [year])).toEqual([]);
  });

  it('is quiet where another row of that item and day agrees, and where the item is worded otherwise', () => {
    const fuel = (amount: number) => ({ item: 'น้ำมันเชื้อเพลิง', amount, day: utc(2024, 1, 19) });
    // Two fuel buys on one day, both in O17: each month row agrees with one of them.
    const year = o17([jan[0]!, fuel(8_000), fuel(3_000)], 'O17', '');
    expect(said(monthSheet('ม.ค. 67', 1, [jan[0]!, fuel(3_000), fuel(8_000)]), [year])).toEqual([]);
    // O17 words its items its own way: the day and the item do not name one contract; the amount is
    // then what finds it, and a row found by nothing is said missing instead.
    const worded = o17(jan);
    const janSheet = monthSheet('ม.ค. 67', 1, [{ ...jan[0]!, amount: 5_010 }, jan[1]!]);
    expect(said(janSheet, [worded])).toEqual([]);
    expect(across(janSheet, [worded])).toEqual(['B3 not-in-year-list']);
  });
});

describe("a month sheet's month from its name", () => {
  it('reads the month a name ends with, not the end of a span of months nor a name of the whole year', () => {
    const of = (n: string) => monthOfName(n)?.start ?? null;
    expect(of('ธ.ค.66')).toEqual({ y: 2023, m: 12, d: 1 });
    expect(of('สขร1 01-ต.ค.66.xlsx')).toEqual({ y: 2023, m: 10, d: 1 });
    expect(of('สขร.1 มกราคม 2567')).toEqual({ y: 2024, m: 1, d: 1 });
    // Run on after the agency's name, with no space before it.
    expect(of('อบต.หนองบัวต.ค.66.xlsx')).toEqual({ y: 2023, m: 10, d: 1 });
    expect(of('สขร1_อบต.หนองบัวพย66.xlsx')).toEqual({ y: 2023, m: 11, d: 1 });
    expect(of('อบต.หนองบัวมี.ค.67')).toEqual({ y: 2024, m: 3, d: 1 });
    expect(of('อบต.หนองบัวตุลาคม2566.xlsx')).toEqual({ y: 2023, m: 10, d: 1 });
    for (const n of [
      'สขร1 รวมทั้งปี ต.ค.66-ก.ย.67.xlsx',
      'ต.ค. 66 ถึง มี.ค. 67',
      'Sheet1',
      'O17 2567',
      'จัดซื้อหนังสือเรียน 2567',
    ])
      expect(of(n), n).toBeNull();
  });
});

describe('a year of month sheets with a month left out', () => {
  const mar = [{ item: 'วัสดุงานบ้านงานครัว', amount: 4_000, day: utc(2024, 3, 8) }];
  const missing = (sheet: ReturnType<typeof monthSheet>, others: readonly ProcurementData[]) =>
    new SheetCheck(sheet).compareWith(others).findings.filter((f) => f.code === 'months-missing');
  const [janSheet, marSheet] = [monthSheet('ม.ค. 67', 1, jan), monthSheet('มี.ค. 67', 3, mar)];

  it("says the month between two months' sheets that has none, at the sheet after it", () => {
    const lists = [procurementData(janSheet)!, procurementData(marSheet)!];
    const said = missing(marSheet, lists);
    expect(said.map((f) => [f.cell, f.severity, f.value])).toEqual([['A2', 'warning', 'กุมภาพันธ์ 2567']]);
    expect(said[0]!.message.th).toBe(
      'ไม่มีแผ่นงานของเดือน กุมภาพันธ์ 2567 ระหว่างแผ่นงาน "ม.ค. 67" กับแผ่นงานนี้: เพิ่มแผ่นงานของเดือนนั้น ถ้าเดือนนั้นไม่มีการจัดซื้อจัดจ้าง ให้เขียน "ไม่มีการจัดซื้อจัดจ้าง" ไว้ในแผ่นงาน',
    );
    expect(said[0]!.message.en).toContain('No sheet for Feb 2024 (BE 2567) between sheet "ม.ค. 67" and this one');
    // Once: not at the sheet before the gap, nor for the months before the year's first sheet (another file's).
    expect(missing(janSheet, lists)).toEqual([]);
  });

  it('takes a month of nothing bought as reported, and a sheet of another year as no month before', () => {
    const none = {
      name: 'ก.พ. 67',
      values: [['แบบ สขร.1 ประจำเดือน กุมภาพันธ์ 2567'], SKR1_HEADERS, ['ไม่มีการจัดซื้อจัดจ้าง']] as CellValue[][],
    };
    const febNone = procurementData(none)!;
    expect(febNone.rows).toHaveLength(0);
    expect(missing(marSheet, [procurementData(janSheet)!, febNone, procurementData(marSheet)!])).toEqual([]);
    // A sheet of another fiscal year is no month before this one's.
    const sep66 = {
      name: 'ก.ย. 66',
      values: [
        ['แบบ สขร.1 ประจำเดือน กันยายน 2566'],
        SKR1_HEADERS,
        skr1Row(1, '9/2566 ลว. 20 ก.ย. 66', 'ซื้อน้ำมันเชื้อเพลิง', 8_000),
      ] as CellValue[][],
    };
    expect(missing(janSheet, [procurementData(sep66)!, procurementData(janSheet)!])).toEqual([]);
  });

  it("takes a month a sheet is named for (hidden, or not a list), or an O21 spans, as reported; a quarter's name is no month", () => {
    const lists = [procurementData(janSheet)!, procurementData(marSheet)!];
    const named = (names: string[]) =>
      new SheetCheck(marSheet)
        .compareWith(
          lists,
          null,
          names.flatMap((n) => monthOfName(n)?.start ?? []),
        )
        .findings.filter((f) => f.code === 'months-missing');
    expect(named(['ม.ค. 67', 'มี.ค. 67'])).toHaveLength(1);
    expect(named(['ม.ค. 67', 'ก.พ. 67', 'มี.ค. 67'])).toEqual([]);
    // An O21 of the first six months, its February heading saying nothing was bought: rows in January and March.
    const o21 = procurementData({
      name: 'O21',
      values: [
        ['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2567'],
        getTemplate('ita2566-o21')!.columns.map((c) => c.header),
        ['เดือน มกราคม 2567'],
        ['ซื้อวัสดุสำนักงาน', 5_000, 5_000, 'เฉพาะเจาะจง', 'ร้าน ก 5,000', 'ร้าน ก 5,000', 'ราคาต่ำสุด', '1/2567 ลว. 5 ม.ค. 67'],
        ['เดือน กุมภาพันธ์ 2567 ไม่มีการจัดซื้อจัดจ้าง'],
        ['เดือน มีนาคม 2567'],
        ['ซื้อวัสดุไฟฟ้า', 4_000, 4_000, 'เฉพาะเจาะจง', 'ร้าน ข 4,000', 'ร้าน ข 4,000', 'ราคาต่ำสุด', '2/2567 ลว. 8 มี.ค. 67'],
      ] as CellValue[][],
    })!;
    expect(missing(marSheet, [...lists, o21])).toEqual([]);
    // A sheet of a quarter or of two months names no one month (not its last).
    for (const name of ['ต.ค.-ธ.ค.66', 'มิ.ย.-ก.ค.67', 'ม.ค. ถึง มี.ค. 67']) expect(monthOfName(name), name).toBeNull();
    expect(monthOfName('ธ.ค.66')?.start).toEqual({ y: 2023, m: 12, d: 1 });
  });
});
