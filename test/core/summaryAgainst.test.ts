import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../../src/core/cells/value';
import { SheetCheck } from '../../src/core/check/sheet';
import { summaryAgainstLists } from '../../src/core/check/summaryAgainst';
import { procurementData } from '../../src/core/report/procurementData';
import { getTemplate } from '../../src/core/templates/registry';
import { row } from '../helpers/findings';
import { O16_HEADERS } from '../helpers/o16';
import { NOV_66, OCT_66, SKR1_HEADERS } from '../helpers/skr1';

// An O17 list of fiscal year 2567: three เฉพาะเจาะจง buys (one cancelled), one e-bidding.
const specific = (i: number, budget: number) => row({ budget, referencePrice: budget, agreedPrice: budget - 500 }, i);
const cancelled = (() => {
  const r = row({ status: 'ยกเลิกการดำเนินการ', budget: 40_000, referencePrice: 40_000 }, 2);
  for (const k of [6, 7, 8, 10, 11]) r[k] = null;
  return r;
})();
const bidding = row({ method: 'e-bidding', budget: 900_000, referencePrice: 900_000, agreedPrice: 880_000 }, 3);
// `back` years before 2567, its rows signed that many years earlier (a title alone over rows of 2567
// is read as left from another year's file).
const list = (name: string, title = 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567', back = 0): SheetGrid => ({
  name,
  values: [
    [title],
    [],
    O16_HEADERS,
    ...[specific(0, 45_000), specific(1, 120_000), cancelled, bidding].map((r) =>
      r.map((v) => (v instanceof Date ? new Date(Date.UTC(v.getUTCFullYear() - back, v.getUTCMonth(), 1)) : v)),
    ),
  ] as CellValue[][],
});

const SUMMARY = getTemplate('ita2567-o17-summary')!.columns.map((c) => c.header);
const TITLE = 'สรุปผลการจัดซื้อจัดจ้าง จำแนกตามวิธีการ ประจำปีงบประมาณ พ.ศ. 2567 (ITA O17)';
const summary = (lines: CellValue[][], title = TITLE): SheetGrid => ({
  name: 'O17 สรุป',
  values: [[title], [], SUMMARY, ...lines],
});

function judged(lines: CellValue[][], lists: SheetGrid[], title = TITLE) {
  return summaryAgainstLists(
    summary(lines, title),
    lists.map((g) => procurementData(g)!),
  );
}

describe('an O17 summary typed by hand, against the lists in the same workbook', () => {
  it('says a count or a budget the list does not give, with or without the cancelled', () => {
    const found = judged(
      [
        ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 1, 900_000],
        ['วิธีเฉพาะเจาะจง', 5, 205_000],
      ],
      [list('O17 2567')],
    );
    expect(found.map((f) => [f.code, f.severity, f.cell])).toEqual([['summary-mismatch', 'warning', 'B5']]);
    expect(found[0]!.message.th).toBe(
      'แถว 5: «จำนวนรายการจัดซื้อจัดจ้าง» ของ วิธีเฉพาะเจาะจง เป็น 5 แต่รายการในแผ่นงาน "O17 2567" ได้ 3 (ไม่นับที่ยกเลิกหรือยังไม่ลงนาม 2)',
    );
    // Right with the cancelled buy, or without it: nothing.
    const right = (n: number, budget: number) =>
      judged(
        [
          ['e-bidding', 1, 900_000],
          ['เฉพาะเจาะจง', n, budget],
        ],
        [list('O17 2567')],
      );
    expect(right(3, 205_000)).toEqual([]);
    expect(right(2, 165_000)).toEqual([]);
    expect(right(2, 205_000)).toEqual([]);
  });

  it('takes "ประจำปี พ.ศ. 2565" for the fiscal year (seed 000\'s O22), and a title with no year for the lists\' one', () => {
    const lines = [
      ['e-bidding', 1, 900_000],
      ['เฉพาะเจาะจง', 9, 205_000],
    ];
    const of2565 = list('สขร รวม', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2565', 2);
    const o22 = (title: string) => judged(lines, [of2565], title).map((f) => f.cell);
    expect(o22('รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕')).toEqual(['B5']);
    expect(o22('รายงานผลการจัดซื้อจัดจ้าง ประจำปี พ.ศ. ๒๕๖๕')).toEqual(['B5']);
    expect(o22('รายงานผลการจัดซื้อจัดจ้าง')).toEqual(['B5']);
    // Of another year than the lists': not judged against them.
    expect(o22('รายงานผลการจัดซื้อจัดจ้าง ประจำปี พ.ศ. 2566')).toEqual([]);
    // With no year, beside lists of two years, it cannot be told which it sums.
    expect(judged(lines, [of2565, list('O17 2567')], 'รายงานผลการจัดซื้อจัดจ้าง')).toEqual([]);
    // The assessment's year is not the fiscal year ("ITA ประจำปี 2567" judges 2566): not read as such.
    const ita = new SheetCheck(summary(lines, 'ผลการจัดซื้อจัดจ้าง สำหรับการประเมิน ITA ประจำปี 2567')).report;
    expect(ita.fiscalYear).toBeNull();
  });

  it("says a title left at last year's where the figures are this year's list's, not each figure against last year's", () => {
    const lines = [
      ['e-bidding', 1, 900_000],
      ['เฉพาะเจาะจง', 3, 205_000],
    ];
    const stale = 'สรุปผลการจัดซื้อจัดจ้าง จำแนกตามวิธีการ ประจำปีงบประมาณ พ.ศ. 2566 (ITA O17)';
    const lastYear = { ...list('O17 2566', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566', 1) };
    lastYear.values = lastYear.values.slice(0, 4);
    // Beside this year's list alone, and beside last year's too: one finding, at the title, with its fix.
    for (const lists of [[list('O17 2567')], [lastYear, list('O17 2567')]]) {
      const found = judged(lines, lists, stale);
      expect(found.map((f) => [f.code, f.cell, f.suggestion?.value])).toEqual([
        ['title-year-mismatch', 'A1', 'สรุปผลการจัดซื้อจัดจ้าง จำแนกตามวิธีการ ประจำปีงบประมาณ พ.ศ. 2567 (ITA O17)'],
      ]);
      expect(found[0]!.message.th).toBe(
        'ชื่อตารางระบุปีงบประมาณ 2566 แต่ตัวเลขในสรุปนี้ตรงกับรายการปีงบประมาณ 2567 ในแผ่นงาน "O17 2567": แก้ปีในชื่อตารางเป็น 2567',
      );
    }
    // Figures of neither year: judged against its own year's list, as before.
    const neither = judged([['เฉพาะเจาะจง', 5, 205_000]], [lastYear, list('O17 2567')], stale);
    expect(neither.map((f) => [f.code, f.cell])).toEqual([
      ['summary-mismatch', 'B4'],
      ['summary-mismatch', 'C4'],
    ]);
    expect(neither[0]!.message.en).toContain('the rows of "O17 2566" give 1');
  });

  it("says last year's figures left under this year's title against this year's list, not the title as wrong", () => {
    // The summary copied and retitled 2567, its figures still those of last year's list (1 buy, 45,000).
    const lastYear = { ...list('O17 2566', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566', 1) };
    lastYear.values = lastYear.values.slice(0, 4);
    const stale = [['เฉพาะเจาะจง', 1, 45_000]];
    const found = judged(stale, [lastYear, list('O17 2567')]);
    expect(found.map((f) => [f.code, f.cell, f.suggestion?.value])).toEqual([
      ['summary-mismatch', 'B4', undefined],
      ['summary-mismatch', 'C4', undefined],
      ['summary-mismatch', 'A3', undefined],
    ]);
    expect(found[0]!.message.en).toBe(
      'Row 4: "Number of procurements" of วิธีเฉพาะเจาะจง is 1, but the rows of "O17 2567" give 3 (2 without those cancelled or not signed)',
    );
    // Where the title's year has no list of its own, the title is still the one said wrong.
    expect(judged(stale, [lastYear]).map((f) => [f.code, f.cell, f.suggestion?.value])).toEqual([
      ['title-year-mismatch', 'A1', 'สรุปผลการจัดซื้อจัดจ้าง จำแนกตามวิธีการ ประจำปีงบประมาณ พ.ศ. 2566 (ITA O17)'],
    ]);
  });

  it('reads a summary typed in ล้านบาท or พันบาท in that unit, and says the unit where a figure is wrong', () => {
    const inUnit = (unit: string, lines: CellValue[][]) => {
      const grid: SheetGrid = {
        name: 'O17 สรุป',
        values: [[TITLE], [], SUMMARY.map((h) => h.replace('(บาท)', `(${unit})`)), ...lines],
      };
      return { grid, found: summaryAgainstLists(grid, [procurementData(list('O17 2567'))!]) };
    };
    // 900,000 and 205,000 baht, rounded to the decimals typed.
    expect(
      inUnit('ล้านบาท', [
        ['e-bidding', 1, 0.9],
        ['เฉพาะเจาะจง', 3, 0.21],
      ]).found,
    ).toEqual([]);
    expect(
      inUnit('พันบาท', [
        ['e-bidding', 1, 900],
        ['เฉพาะเจาะจง', 3, 205],
      ]).found,
    ).toEqual([]);
    const { grid, found } = inUnit('ล้านบาท', [
      ['e-bidding', 1, 0.9],
      ['เฉพาะเจาะจง', 3, 0.25],
    ]);
    expect(found.map((f) => [f.code, f.cell])).toEqual([['summary-mismatch', 'C5']]);
    expect(found[0]!.message.en).toBe(
      'Row 5: "Budget used (million baht)" of วิธีเฉพาะเจาะจง is 0.25, but the rows of "O17 2567" give 0.21 = 205,000 baht (0.17 = 165,000 baht without those cancelled or not signed)',
    );
    expect(found[0]!.message.th).toContain('«งบประมาณที่ใช้ในการจัดซื้อจัดจ้าง (ล้านบาท)»');
    // The header is told as read in millions, with no fix writing the form's "(บาท)" over figures in millions.
    const variant = new SheetCheck(grid).report.findings.find((f) => f.code === 'header-variant' && f.cell === 'C3');
    expect(variant?.message.en).toContain('was taken as "Budget used (million baht)"');
    expect(variant?.suggestion).toBeUndefined();
  });

  it('reads a figure that says บาท in a summary in ล้านบาท as baht, as its unit-mismatch does, in its total too', () => {
    const grid = (total: number): SheetGrid => ({
      name: 'O17 สรุป',
      values: [
        [TITLE],
        [],
        SUMMARY.map((h) => h.replace('(บาท)', '(ล้านบาท)')),
        ['e-bidding', 1, 0.9],
        ['เฉพาะเจาะจง', 3, '205,000 บาท'],
        ['รวม', 4, total],
      ],
    });
    // 205,000 baht is what the list gives, and 0.9 + 0.205 million is the total: neither is said wrong.
    expect(summaryAgainstLists(grid(1.105), [procurementData(list('O17 2567'))!])).toEqual([]);
    const found = new SheetCheck(grid(1.105)).report.findings.filter((f) => f.code.endsWith('mismatch'));
    expect(found.map((f) => [f.code, f.cell])).toEqual([['unit-mismatch', 'C5']]);
    expect(found[0]!.message.en).toContain('should be 0.205 (million baht)');
    // A total that is wrong is still said, in the column's unit.
    const wrong = new SheetCheck(grid(1.5)).report.findings.filter((f) => f.code === 'total-mismatch');
    expect(wrong.map((f) => f.message.en)).toEqual([
      'Row 6: the total\'s "Budget used (million baht)" is 1.50, but rows 4–5 add up to 1.11',
    ]);
  });

  it('says a method the list uses and the summary has no line for', () => {
    const found = judged([['วิธีเฉพาะเจาะจง', 3, 205_000]], [list('O17 2567')]);
    expect(found.map((f) => f.cell)).toEqual(['A3']);
    expect(found[0]!.message.en).toContain(
      'no line for ประกวดราคาอิเล็กทรอนิกส์ (e-bidding), but the rows of "O17 2567" hold 1 of them, budget 900,000',
    );
  });

  it('takes the O17 list beside an O16 one, judges nothing when only an O16 can be meant, nor lines it cannot read', () => {
    const lines = [
      ['e-bidding', 1, 900_000],
      ['เฉพาะเจาะจง', 3, 205_000],
    ];
    const o16 = list('O16 2567', 'ผลการจัดซื้อจัดจ้าง ณ วันที่ 31 มีนาคม 2567 (ITA O16)');
    // The O16 here holds what the O17 does: the summary is judged against the O17 alone, and agrees.
    expect(judged(lines, [o16, list('O17 2567')])).toEqual([]);
    expect(judged([['e-bidding', 9, 1]], [o16])).toEqual([]);
    // Nor beside an empty month's sheet (a สขร.1 of nothing bought, or not yet filled in).
    const empty = { name: 'สขร.1', values: [['แบบ สขร.1 ประจำเดือน เมษายน 2567'], SKR1_HEADERS] as CellValue[][] };
    expect(judged([['e-bidding', 9, 1]], [o16, empty])).toEqual([]);
    // Blank (not filled in), or a line naming no method: not judged.
    expect(
      judged(
        [
          ['e-bidding', null, null],
          ['เฉพาะเจาะจง', 3, 205_000],
        ],
        [list('L')],
      ),
    ).toEqual([]);
    expect(
      judged(
        [
          ['ซื้อวัสดุ', 7, 1],
          ['เฉพาะเจาะจง', 3, 205_000],
        ],
        [list('L')],
      ),
    ).toEqual([]);
    // The group's line: the subtotal of its members (e-bidding here) passes, any other count is said.
    const grouped = (n: number) =>
      judged(
        [
          ['วิธีประกาศเชิญชวนทั่วไป', n, 900_000],
          ['เฉพาะเจาะจง', 3, 205_000],
        ],
        [list('L')],
      );
    expect(grouped(1)).toEqual([]);
    expect(grouped(7).map((f) => f.cell)).toEqual(['B4']);
  });

  it('sums the months of a year kept a sheet each', () => {
    const month = (name: string, rows: CellValue[][]): SheetGrid => ({
      name,
      values: [['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'], [], O16_HEADERS, ...rows] as CellValue[][],
    });
    const months = [month('ต.ค. 66', [specific(0, 45_000)]), month('พ.ย. 66', [specific(1, 120_000), bidding])];
    expect(
      judged(
        [
          ['e-bidding', 1, 900_000],
          ['เฉพาะเจาะจง', 2, 165_000],
        ],
        months,
      ),
    ).toEqual([]);
    expect(
      judged(
        [
          ['e-bidding', 1, 900_000],
          ['เฉพาะเจาะจง', 1, 45_000],
        ],
        months,
      ).map((f) => f.cell),
    ).toEqual(['B5', 'C5']);
  });
});

describe('an O17 summary typed by hand, against a year of month sheets and the O21 compiled from them', () => {
  const sheet = (name: string, month: string, rows: CellValue[][]): SheetGrid => ({
    name,
    values: [[`แบบ สขร.1 ประจำเดือน ${month}`], SKR1_HEADERS, ...rows],
  });
  const [oct, nov] = [OCT_66, NOV_66];
  // The five contracts, 41,800 baht: what a correct summary says.
  const right = [['เฉพาะเจาะจง', 5, 41_800]];

  it("counts a month's row the O21 lacks: a correct summary is not told to drop it", () => {
    const o21: SheetGrid = {
      name: 'O21',
      values: [
        ['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2567'],
        getTemplate('ita2566-o21')!.columns.map((c) => c.header),
        // November's last buy was never copied into it.
        ...[...oct, ...nov.slice(0, 2)].map((r) => r.slice(1)),
      ],
    };
    const lists = [sheet('ต.ค. 66', 'ตุลาคม 2566', oct), sheet('พ.ย. 66', 'พฤศจิกายน 2566', nov), o21];
    expect(judged(right, lists)).toEqual([]);
    expect(judged([['เฉพาะเจาะจง', 4, 29_300]], lists).map((f) => f.cell)).toEqual(['B4', 'C4']);
  });

  it("counts once a row left on next month's sheet (said there as listed in two months)", () => {
    const lists = [sheet('ต.ค. 66', 'ตุลาคม 2566', oct), sheet('พ.ย. 66', 'พฤศจิกายน 2566', [oct[1]!, ...nov])];
    expect(judged(right, lists)).toEqual([]);
  });
});

describe('the pane’s check of a summary sheet', () => {
  it('holds the summary against the lists it is given, and again after the user edits a line', () => {
    const lines = [
      ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 1, 900_000],
      ['วิธีเฉพาะเจาะจง', 5, 205_000],
    ];
    const check = new SheetCheck(summary(lines));
    expect(check.isSummary).toBe(true);
    expect(check.report.findings.map((f) => f.code)).not.toContain('summary-mismatch');
    const said = check.compareWith([procurementData(list('O17 2567'))!]);
    expect(said.findings.filter((f) => f.code === 'summary-mismatch').map((f) => f.cell)).toEqual(['B5']);
    // The count corrected to 3: nothing left to say.
    const fixed = check.update(5, [['วิธีเฉพาะเจาะจง', 3, 205_000]]);
    expect(fixed.findings.filter((f) => f.code === 'summary-mismatch')).toEqual([]);
  });
});
