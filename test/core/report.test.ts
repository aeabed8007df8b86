import { describe, expect, it } from 'vitest';
import { dayToSerial } from '../../src/core/cells/dates';
import type { CellValue, SheetGrid } from '../../src/core/cells/value';
import { checkSheet, type SheetReport } from '../../src/core/check/sheet';
import type { Report } from '../../src/core/check/report';
import { reportLayouts } from '../../src/core/check/reportLayout';
import { buildChecklistLayout } from '../../src/core/checklist/layout';
import { allFrameworks, getFramework } from '../../src/core/checklist/framework';
import { buildSummaryLayout, NO_METHOD, summariseByMethod } from '../../src/core/report/byMethod';
import { buildMonthlyLayout, monthlyView } from '../../src/core/report/monthly';
import { procurementData, type ProcurementData } from '../../src/core/report/procurementData';
import { buildScoreLayout } from '../../src/core/score/sheet';
import { getTemplate } from '../../src/core/templates/registry';
import { METHODS } from '../../src/core/settings/data';
import { CsvWorkbook } from '../../src/workbook/file/csvWorkbook';
import { FISCAL_2567_MONTHS, goodRow, o16Rows, type Row } from '../helpers/o16';

/** Dates as the Excel serials a sheet holds. */
function asGrid(name: string, rows: Row[]): SheetGrid {
  return {
    name,
    values: rows.map((r) =>
      r.map((v) =>
        v instanceof Date
          ? dayToSerial({ y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() })
          : (v as string | number | null),
      ),
    ),
  };
}

function data(name: string, rows: Row[]): ProcurementData {
  const d = procurementData(asGrid(name, o16Rows(rows)));
  if (!d) throw new Error('not a procurement sheet');
  return d;
}

/** Row i with a method, budget, agreed price and signing date (UTC) of our choosing. */
function row(i: number, method: string, budget: number | string, agreed: number, signed?: Date, source?: string): Row {
  const r = goodRow(i);
  r[4] = method;
  r[1] = budget;
  r[5] = budget;
  r[6] = agreed;
  if (signed) r[10] = signed;
  if (source) r[2] = source;
  return r;
}

describe('which sheets summaries count', () => {
  it('leaves out O14, the year’s plan: a road planned and then bought is one procurement, not two', () => {
    const o14 = getTemplate('ita2567-o14')!;
    const plan = asGrid('O14', [
      ['แผนการจัดซื้อจัดจ้าง งบลงทุน ประจำปีงบประมาณ พ.ศ. 2567'],
      o14.columns.map((c) => c.header),
      ['จ้างก่อสร้างถนน', 2_000_000, 'พ.ร.บ. งบประมาณรายจ่าย', 'e-bidding', 'ธ.ค. 2566'],
    ]);
    expect(checkSheet(plan).template).toBe('ita2567-o14');
    expect(procurementData(plan)).toBeNull();
    expect(procurementData(asGrid('O16', o16Rows([row(0, 'e-bidding', 2_000_000, 1_990_000)])))).not.toBeNull();
  });
});

describe('the O17 summary by method', () => {
  const sheet = data('O16', [
    row(0, 'วิธีเฉพาะเจาะจง', 10_000, 9_500),
    row(1, 'เฉพาะเจาะจง', 20_000.5, 19_000.25),
    row(2, 'e-bidding', 600_000, 550_000),
    row(3, 'วิธีประกาศเชิญชวนทั่วไป', 700_000, 690_000),
    row(4, 'ไม่รู้วิธี', 1_000, 900),
  ]);

  it('counts and adds up per canonical method, spellings folded, the unknown kept apart', () => {
    const s = summariseByMethod([sheet]);
    const by = Object.fromEntries(s.lines.map((l) => [l.method, [l.count, l.budget, l.agreed]]));
    expect(by['วิธีเฉพาะเจาะจง']).toEqual([2, 30_000.5, 28_500.25]);
    expect(by['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)']).toEqual([1, 600_000, 550_000]);
    expect(by['ตลาดอิเล็กทรอนิกส์ (e-market)']).toEqual([0, 0, 0]);
    // A method outside the form's dropdown gets its own line; an unknown one goes to the last line.
    expect(by['วิธีประกาศเชิญชวนทั่วไป']).toEqual([1, 700_000, 690_000]);
    expect(s.lines.at(-1)!.method).toBe(NO_METHOD.th);
    expect(by[NO_METHOD.th]).toEqual([1, 1_000, 900]);
    expect(s.total).toEqual({ count: 5, budget: 1_331_000.5, agreed: 1_269_400.25 });
  });

  it('adds several sheets together (a year of monthly sheets)', () => {
    const other = data('O16 (2)', [row(0, 'วิธีเฉพาะเจาะจง', 5_000, 4_000)]);
    const s = summariseByMethod([sheet, other]);
    expect(s.lines.find((l) => l.method === 'วิธีเฉพาะเจาะจง')).toMatchObject({ count: 3, budget: 35_000.5 });
    expect(s.total.count).toBe(6);
  });

  it('writes formulas over the source columns to the last row, with the numbers as cached results', () => {
    const layout = buildSummaryLayout([sheet]);
    expect(layout.columns.map((c) => c.header)).toEqual([
      'วิธีการจัดซื้อจัดจ้าง',
      'จำนวนรายการจัดซื้อจัดจ้าง',
      'งบประมาณที่ใช้ในการจัดซื้อจัดจ้าง (บาท)',
      'ราคาที่ตกลงซื้อหรือจ้าง (บาท)',
    ]);
    const specific = layout.rows!.find((r) => r[0] === 'วิธีเฉพาะเจาะจง')!;
    // Every spelling the method list (src/data/lists/methods.json) knows for it, the two typed among them.
    const entry = METHODS.methods.find((m) => m.canonical === 'วิธีเฉพาะเจาะจง')!;
    const spellings = [entry.canonical, ...entry.variants];
    expect(spellings).toEqual(expect.arrayContaining(['วิธีเฉพาะเจาะจง', 'เฉพาะเจาะจง']));
    // The O16 method column is E, data from row 2 (header in row 1).
    expect(specific[1]).toEqual({
      f: `SUM(COUNTIFS('O16'!$E$1:$E$1048576,{${spellings.map((t) => `"${t}"`).join(',')}}))`,
      v: 2,
    });
    expect(specific[2]).toMatchObject({
      f: expect.stringContaining(`SUMIFS('O16'!$B$1:$B$1048576,'O16'!$E$1:$E$1048576`),
      v: 30_000.5,
    });
    // The unknown-method line has nothing to match on: values.
    expect(layout.rows!.find((r) => r[0] === NO_METHOD.th)).toEqual([NO_METHOD.th, 1, 1_000, 900]);
    const total = layout.rows!.at(-1)!;
    expect(total[0]).toBe('รวม');
    expect(total[1]).toEqual({ f: `SUM(B4:B${3 + layout.rows!.length - 1})`, v: 5 });
    expect(layout.sheetName).toBe('O17 สรุป 2567');
  });

  it('sums a list kept in ล้านบาท in baht, as its figures with no method are', () => {
    const headers = o16Rows([])
      .at(-1)!
      .map((h, k) => (k === 1 ? `${h}`.replace('(บาท)', '(ล้านบาท)') : h)) as string[];
    const grid = asGrid(
      'O16',
      o16Rows([row(0, 'e-bidding', 2.5, 2_400_000), row(1, 'ไม่รู้วิธี', 0.1, 90_000)], { headers }),
    );
    const layout = buildSummaryLayout([procurementData(grid)!]);
    const bidding = layout.rows!.find((r) => r[0] === 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)')!;
    expect(bidding[2]).toMatchObject({
      f: expect.stringMatching(/^SUM\(SUMIFS\('O16'!\$B.*\)\)\*1000000$/),
      v: 2_500_000,
    });
    expect(layout.rows!.find((r) => r[0] === NO_METHOD.th)).toEqual([NO_METHOD.th, 1, 100_000, 90_000]);
  });

  it('escapes Excel wildcards in the texts it matches', () => {
    const odd = data('S', [row(0, 'วิธีเฉพาะเจาะจง*', 1, 1)]);
    const f = (buildSummaryLayout([odd]).rows!.find((r) => r[0] === 'วิธีเฉพาะเจาะจง')![1] as { f: string }).f;
    expect(f).toContain('"วิธีเฉพาะเจาะจง~*"');
  });

  it('counts a method written with its ground of the act under that method, by formulas matching each spelling', () => {
    const grounds = [
      'เฉพาะเจาะจง มาตรา 56(2)(ค) แห่ง พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560',
      'เฉพาะเจาะจง ม.56 ว.1(2)(ค)',
      'วิธีเฉพาะเจาะจง [ม.56(2)(ค)]',
      'เฉพาะเจาะจง ม.56 (2)(ฉ)/รัฐวิสาหกิจ',
      'คัดเลือก ตามมาตรา 56 (1) (ค) แห่ง พ.ร.บ.การจัดซื้อจัดจ้างฯ',
    ];
    const layout = buildSummaryLayout([
      data(
        'O16',
        grounds.map((m, i) => row(i, m, 2_500_000, 2_400_000)),
      ),
    ]);
    const line = (method: string) => layout.rows!.find((r) => r[0] === method)!;
    expect(line('วิธีเฉพาะเจาะจง')[1]).toMatchObject({ v: 4 });
    for (const m of grounds.slice(0, 4)) expect((line('วิธีเฉพาะเจาะจง')[1] as { f: string }).f).toContain(`"${m}"`);
    expect(line('วิธีคัดเลือก')[1]).toMatchObject({ f: expect.stringContaining(`"${grounds[4]}"`), v: 1 });
    expect(layout.rows!.find((r) => r[0] === NO_METHOD.th)).toBeUndefined();
  });

  it("keeps a line's figures, said beside it, where a spelling passes the 255 characters Excel takes as a formula's text", () => {
    const long = `เฉพาะเจาะจง ม.56(2)(ค) ${'ซ่อมท่อประปาแตกฉุกเฉิน '.repeat(12)}`;
    const layout = buildSummaryLayout([data('O16', [row(0, long, 900_000, 890_000), row(1, 'คัดเลือก', 1, 1)])]);
    const specific = layout.rows!.find((r) => r[0] === 'วิธีเฉพาะเจาะจง')!;
    expect(specific.slice(1)).toEqual([1, 900_000, 890_000]);
    const at = 4 + layout.rows!.indexOf(specific);
    const note = layout.blocks!.find((b) => b.top === at)!.cells[0]![0]!.v as string;
    expect(note).toContain('ยาวเกินที่ Excel รับได้');
    // The published sheet is in Thai: no English after its note but Excel's name.
    expect(note.replace('Excel', '')).not.toMatch(/[A-Za-z]/);
    expect(layout.rows!.find((r) => r[0] === 'วิธีคัดเลือก')![1]).toMatchObject({ f: expect.any(String), v: 1 });
  });

  it("keeps a line's figures, said beside it, where its formulas would pass Excel's 8,192 characters", () => {
    // Twelve month sheets of long names, each typing e-bidding many ways.
    const ways = ['e-bidding', 'E-bidding', 'e-Bidding', 'ประกวดราคาอิเล็กทรอนิกส์', 'วิธีประกวดราคาอิเล็กทรอนิกส์'];
    const spellings = ways.flatMap((w) => [w, `${w} `, `โดย${w}`, `${w}  `, ` ${w}`, `โดยวิธี ${w}`, `  ${w}`]);
    const sheets = Array.from({ length: 12 }, (_, k) =>
      data(
        `สรุปผลการจัดซื้อจัดจ้าง เดือนที่ ${k + 1}`,
        spellings.map((m, i) => row(i, m, 600_000 + i, 590_000)).concat([row(99, 'วิธีเฉพาะเจาะจง', 5_000, 4_900)]),
      ),
    );
    const layout = buildSummaryLayout(sheets);
    const line = (method: string) => layout.rows!.find((r) => r[0] === method)!;
    const bidding = line('ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)');
    // Figures, not formulas: its count and sums as the core made them.
    expect(bidding.slice(1).map((v) => typeof v)).toEqual(['number', 'number', 'number']);
    const at = 4 + layout.rows!.indexOf(bidding);
    expect(layout.blocks!.find((b) => b.top === at)!.cells[0]![0]!.v).toContain('ยาวเกินที่ Excel รับได้');
    // The other lines keep their formulas, each within the limit.
    const specific = line('วิธีเฉพาะเจาะจง')[1] as { f: string };
    expect(specific.f.length).toBeLessThanOrEqual(8000);
    expect(specific.f).toMatch(/^SUM\(COUNTIFS\(/);
  });

  it('charts the budget column against the method names', () => {
    const layout = buildSummaryLayout([sheet]);
    const end = 3 + layout.rows!.length - 1;
    expect(layout.charts).toEqual([
      expect.objectContaining({
        type: 'bar',
        categories: `A4:A${end}`,
        series: [{ name: 'งบประมาณ (บาท)', values: `C4:C${end}` }],
      }),
    ]);
  });
});

describe("the summaries of a table with Data › Subtotal's rows or division headings in it", () => {
  const E_BID = 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)';
  const sub = (label: string, budget: number, agreed: number): Row => [null, budget, null, null, label, null, agreed];
  it.each([
    ['Thai', (m: string) => `ผลรวม ${m}`, 'ผลรวมทั้งหมด'],
    ['English', (m: string) => `${m} Total`, 'Grand Total'],
  ])('counts the contracts once (%s Excel), in the figures and in the O17 formulas', (_, label, grand) => {
    const d = data('O16', [
      row(0, E_BID, 2_500_000, 2_450_000),
      row(1, E_BID, 1_200_000, 1_150_000),
      sub(label(E_BID), 3_700_000, 3_600_000),
      row(2, 'วิธีเฉพาะเจาะจง', 45_000, 44_500),
      sub(label('วิธีเฉพาะเจาะจง'), 45_000, 44_500),
      sub(grand, 3_745_000, 3_644_500),
    ]);
    const s = summariseByMethod([d]);
    expect(s.lines.find((l) => l.method === E_BID)).toMatchObject({ count: 2, budget: 3_700_000 });
    expect(s.lines.some((l) => l.method === NO_METHOD.th)).toBe(false);
    expect(s.total).toEqual({ count: 3, budget: 3_745_000, agreed: 3_644_500 });
    // The formulas match no subtotal's label as a spelling of its method.
    const f = (buildSummaryLayout([d]).rows!.find((r) => r[0] === E_BID)![1] as { f: string }).f;
    expect(f).toContain('"e-bidding"');
    expect(f).not.toContain(`"${label(E_BID)}"`);
    expect(monthlyView([d]).total).toMatchObject({ count: 3, budget: 3_745_000 });
  });

  it('does not count a division heading as a procurement of no method', () => {
    const d = data('O16', [
      ['กองช่าง'],
      row(0, E_BID, 2_500_000, 2_450_000),
      ['สำนักปลัด'],
      row(1, 'วิธีเฉพาะเจาะจง', 45_000, 44_500),
    ]);
    const s = summariseByMethod([d]);
    expect(s.total.count).toBe(2);
    expect(s.lines.some((l) => l.method === NO_METHOD.th)).toBe(false);
  });
});

describe('the monthly view', () => {
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const sheets = [
    data('ต.ค.', [
      row(0, 'วิธีเฉพาะเจาะจง', 10_000, 9_000, utc(2023, 10, 5), 'เงินงบประมาณ'),
      row(1, 'e-bidding', 500_000, 480_000, utc(2023, 10, 20), 'เงินสะสม'),
    ]),
    data('มี.ค.', [row(2, 'วิธีเฉพาะเจาะจง', 30_000, 29_000, utc(2024, 3, 1), 'เงินงบประมาณ')]),
  ];

  it('lists every month of the fiscal year from ต.ค., with totals per month, method and source', () => {
    const v = monthlyView(sheets);
    expect(v.fiscalYear).toBe(2567);
    expect(v.byMonth.map((m) => m.label)).toEqual(FISCAL_2567_MONTHS);
    expect(v.byMonth[0]).toEqual({
      label: 'ต.ค. 2566',
      start: { y: 2023, m: 10, d: 1 },
      count: 2,
      budget: 510_000,
      agreed: 489_000,
    });
    expect(v.byMonth[5]).toMatchObject({ count: 1, budget: 30_000 });
    expect(v.byMonth[1]).toMatchObject({ count: 0, budget: 0 });
    expect(v.byMethod[0]).toMatchObject({ label: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', count: 1 });
    expect(v.byMethod[1]).toMatchObject({ label: 'วิธีเฉพาะเจาะจง', count: 2, budget: 40_000 });
    // "เงินงบประมาณ" is a known spelling of the list's "พ.ร.บ. งบประมาณรายจ่าย".
    expect(v.bySource.map((s) => [s.label, s.count])).toEqual([
      ['เงินสะสม', 1],
      ['พ.ร.บ. งบประมาณรายจ่าย', 2],
    ]);
    expect(v.total).toEqual({ label: 'รวม', count: 3, budget: 540_000, agreed: 518_000 });
  });

  it('keeps rows with no signing date on their own line, last', () => {
    const undated = goodRow(9);
    undated[10] = null;
    const v = monthlyView([...sheets, data('x', [undated])]);
    expect(v.byMonth.at(-1)).toMatchObject({ label: 'ไม่ระบุวันที่ลงนาม', count: 1 });
    expect(v.total.count).toBe(4);
  });

  it('lists methods of equal budget by name, whichever sheet came first', () => {
    const a = data('a', [row(0, 'วิธีคัดเลือก', 50_000, 49_000)]);
    const b = data('b', [row(1, 'วิธีเฉพาะเจาะจง', 50_000, 48_000)]);
    const labels = (v: ReturnType<typeof monthlyView>) => v.byMethod.map((m) => m.label);
    expect(labels(monthlyView([a, b]))).toEqual(['วิธีคัดเลือก', 'วิธีเฉพาะเจาะจง']);
    expect(labels(monthlyView([b, a]))).toEqual(['วิธีคัดเลือก', 'วิธีเฉพาะเจาะจง']);
  });

  it('lays out three tables and a column chart of budget by month, under a line saying they are figures as made', () => {
    const layout = buildMonthlyLayout(monthlyView(sheets));
    expect(layout.sheetName).toBe('สรุปรายเดือน 2567');
    expect(layout.blocks).toHaveLength(4);
    const [note, months] = layout.blocks!;
    expect([note!.top, note!.cells[0]![0]!.v]).toEqual([2, expect.stringContaining('ตัวเลข ณ เวลาที่สร้าง')]);
    // The published sheet is in Thai: no English after its note.
    expect(note!.cells[0]![0]!.v).not.toMatch(/[A-Za-z]/);
    expect(months!.cells[1]!.map((c) => c.v)).toEqual(['ต.ค. 2566', 2, 510_000, 489_000]);
    expect(layout.charts![0]).toMatchObject({ type: 'column', categories: 'A4:A15', series: [{ values: 'C4:C15' }] });
  });
});

describe('charts beside the checklist and the score sheet', () => {
  it('the checklist charts completeness of each indicator and sub-indicator', () => {
    const f = getFramework('oit-2567')!;
    const layout = buildChecklistLayout(f);
    const groups = layout.blocks![1]!;
    const labels = groups.cells.slice(1, -1).map((r) => r[0]!.v);
    expect(labels).toHaveLength(f.indicators.length + f.subIndicators.length);
    const chart = layout.charts![0]!;
    const [from, to] = [groups.top + 1, groups.top + labels.length];
    expect(chart.categories).toBe(`J${from}:J${to}`);
    expect(chart.series).toEqual([{ name: 'ร้อยละความครบถ้วน', values: `M${from}:M${to}` }]);
  });

  it("keeps the checklist's summary off every row its formulas count, so deleting a component's whole row leaves it whole", () => {
    for (const f of allFrameworks()) {
      const layout = buildChecklistLayout(f);
      const formulas = layout.blocks!.flatMap((b) => b.cells.flat().flatMap((c) => (c.f ? [c.f] : [])));
      // The last row of the status and code columns the formulas count (the table and spare rows under it).
      const counted = Math.max(
        ...formulas.flatMap((x) => [...x.matchAll(/\$[AE]\$\d+:\$[AE]\$(\d+)/g)].map((m) => +m[1]!)),
      );
      expect(counted, f.id).toBeGreaterThan(layout.headerRow + layout.rows!.length);
      const [headline, ...summary] = [...layout.blocks!].sort((a, b) => a.top - b.top);
      // The headline above the table; the summary under all the rows counted.
      expect(headline!.top + headline!.cells.length - 1, f.id).toBeLessThan(layout.headerRow);
      for (const b of summary) expect(b.top, f.id).toBeGreaterThan(counted);
    }
  });

  it('the ITA score sheet charts the total and each tool over its five years', () => {
    const layout = buildScoreLayout(2567);
    const block = layout.blocks![0]!;
    // Each year label reads the year typed in its column's header, falling back to the year made.
    expect(block.cells[0]!.slice(3).map((c) => c.f)).toEqual(
      ['D', 'E', 'F', 'G', 'H'].map((L, i) => `IFERROR(VALUE(RIGHT(TRIM(${L}$3),4)),${2563 + i})`),
    );
    const chart = layout.charts![0]!;
    expect(chart.type).toBe('line');
    expect(chart.categories).toBe(`D${block.top}:H${block.top}`);
    // The series are hidden rows under the summary: each summary row's figures, #N/A for a year with
    // none (Excel would plot the summary's "" as 0).
    const plot = layout.blocks![1]!;
    expect(plot.hidden).toBe(true);
    expect(chart.plotsHidden).toBe(true);
    expect(plot.top).toBeGreaterThan(block.top + block.cells.length - 1);
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      ['IIT', `D${plot.top}:H${plot.top}`],
      ['EIT', `D${plot.top + 1}:H${plot.top + 1}`],
      ['OIT', `D${plot.top + 2}:H${plot.top + 2}`],
      ['รวม', `D${plot.top + 3}:H${plot.top + 3}`],
    ]);
    expect(plot.cells.map((r) => r[4]!.f)).toEqual(
      [1, 2, 3, 4].map((i) => `IF(ISNUMBER(E${block.top + i}),E${block.top + i},NA())`),
    );
  });
});

describe('a score sheet of several years', () => {
  it("says a year column added without the summary's formulas shows no total, pass or level, and where to copy them from", () => {
    const [s66, s67] = [Array(10).fill(90) as number[], Array(10).fill(95) as number[]];
    const header = ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', '2566', '2567'];
    const rows = s66.map((v, i): CellValue[] => [i + 1, `ตัวชี้วัดที่ ${i + 1}`, i < 5 ? 'IIT' : 'OIT', v, s67[i]!]);
    // The add-in's summary under the table: the total row shows 2566's figure, 2567's is blank.
    const summary = (total67: CellValue): CellValue[][] => [
      [],
      ['สรุปผล', '', '', 2566, 2567],
      ['IIT', 'แบบวัด…', '', 90, total67 === null ? null : 95],
      ['รวม', 'คะแนนรวม (IIT 30% EIT 30% OIT 40%)', '', 90, total67],
    ];
    const check = (total67: CellValue) =>
      checkSheet({ name: 'คะแนน ITA', values: [['คะแนน ITA'], [], header, ...rows, ...summary(total67)] });
    const blank = check(null).findings.filter((f) => f.code === 'score-not-summed');
    expect(blank.map((f) => [f.cell, f.severity])).toEqual([['E17', 'warning']]);
    expect(blank[0]!.message.th).toContain('ปี 2567: มีคะแนนครบ 10 ตัวชี้วัด แต่แถวสรุปของคอลัมน์ E ว่าง');
    expect(blank[0]!.message.th).toContain('คัดลอกสูตรในแถวสรุปจากคอลัมน์ D มาที่คอลัมน์ E (คะแนนรวมที่คำนวณได้คือ 95.00)');
    // Its formulas there (a total shown, or one a file saved without its result): nothing to say.
    expect(check(95).findings.filter((f) => f.code === 'score-not-summed')).toEqual([]);
    expect(check({ error: '=IF(AND(ISNUMBER(E16))…' }).findings.filter((f) => f.code === 'score-not-summed')).toEqual(
      [],
    );
  });

  it('reports every complete year, oldest first, for the history chart', () => {
    const scores = [
      [97.9, 97.9, 97.9, 97.9, 97.9, 90, 90, 90, 90, 90],
      [80, 80, 80, 80, 80, 80, 80, 80, 80, 80],
    ];
    const header = ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', '2566', '2567'];
    const rows = [
      header,
      ...Array.from({ length: 10 }, (_, i) => [i + 1, `ตัวชี้วัดที่ ${i + 1}`, '', scores[0]![i]!, scores[1]![i]!]),
    ];
    const r = checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], ...rows] });
    expect(r.kind).toBe('ita-score');
    expect(r.history!.map((h) => [h.year, h.total])).toEqual([
      [2566, 92.37], // IIT 97.90 (1–5), EIT 90 (6–8), OIT 90 (9–10): .3×97.9 + .3×90 + .4×90
      [2567, 80],
    ]);
    // Years headed as people write them.
    const worded = [['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', 'ปี 2566', 'พ.ศ. ๒๕๖๗'], ...rows.slice(1)];
    const w = checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], ...worded] });
    expect(w.history!.map((h) => [h.year, h.total])).toEqual([
      [2566, 92.37],
      [2567, 80],
    ]);
    // Headed with the word for score, without the tool column; newest first: the headline is the latest year.
    for (const [a, b] of [
      ['คะแนนปี 2567', 'คะแนนปี 2566'],
      ['ปี 2567 (คะแนน)', 'ปี 2566 (คะแนน)'],
      ['2567 คะแนน', '2566 คะแนน'],
    ] as [string, string][]) {
      const typed = [['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', a, b], ...rows.slice(1).map((r) => [r[0]!, r[1]!, r[4]!, r[3]!])];
      const t = checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], ...typed] });
      expect([a, t.score?.year, t.score?.total, t.history!.length]).toEqual([a, 2567, 80, 2]);
    }
  });

  it("takes a one-year table's year from its title or its sheet's name, as people write them", () => {
    const header = ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'];
    const rows = Array.from({ length: 10 }, (_, i) => [i + 1, `ตัวชี้วัดที่ ${i + 1}`, 80]);
    const year = (name: string, title: string | null) =>
      checkSheet({ name, values: [...(title ? [[title], []] : []), header, ...rows] }).score?.year;
    expect(year('ITA', 'ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. 2565')).toBe(2565);
    expect(year('ITA', 'คะแนน ITA องค์การบริหารส่วนตำบลไชยสอ ปี ๒๕๖๕')).toBe(2565);
    expect(year('ITA 2565', null)).toBe(2565);
    // A span of years is of its last (the add-in's own score sheet is titled so).
    expect(year('ITA', 'ผลคะแนน ITA ย้อนหลัง ปี 2563–2567 (ปีล่าสุด 2567)')).toBe(2567);
    // In 2565 a total of 80 is level B (75–84.99), not a pass of the 2566 bands.
    expect(checkSheet({ name: 'ITA 2565', values: [header, ...rows] }).score?.level).toBe('B');
  });

  it('says which scores are text or Thai digits, which the sheet’s formulas skip, and offers the number', () => {
    const header = ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', '2567'];
    const score = (i: number) => (i === 3 ? '94.21' : i === 9 ? '๗๙.๒๙' : 90);
    const rows = Array.from({ length: 10 }, (_, i) => [i + 1, `ตัวชี้วัดที่ ${i + 1}`, '', score(i)]);
    const r = checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], header, ...rows] });
    expect(r.score).not.toBeNull();
    expect(r.findings.map((f) => [f.code, f.cell, f.suggestion?.value])).toEqual([
      ['number-as-text', 'D7', 94.21],
      ['thai-digits', 'D13', 79.29],
    ]);
    expect(r.findings[0]!.message.en).toContain("leaving the year's score and level blank there");
    // A table typed by hand (seed 004's one คะแนน column) has no such formulas: not said to have.
    const typed = checkSheet({
      name: 'ITA',
      values: [['คะแนน ITA'], [], ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'], ...rows.map((x) => [x[0]!, x[1]!, x[3]!])],
    });
    expect(typed.findings.map((f) => [f.code, f.cell])).toEqual([
      ['number-as-text', 'C7'],
      ['thai-digits', 'C13'],
    ]);
    for (const f of typed.findings) {
      expect(f.message.en).toContain('which Excel cannot add up');
      expect(f.message.th).not.toContain('สูตรในแผ่นงาน');
    }
  });

  it('says nothing of numbers stored as text in a CSV of the score sheet: it has no formulas and no other way to hold them', async () => {
    // The add-in's layout, saved as CSV (as LibreOffice or Excel writes it): every number is text.
    const lines = [
      'คะแนน ITA',
      '',
      'ตัวชี้วัดที่,รายละเอียดตัวชี้วัด,เครื่องมือ,2566,2567',
      ...Array.from({ length: 10 }, (_, i) => `${i + 1},ตัวชี้วัดที่ ${i + 1},IIT,85.00,${i === 9 ? '๙๐.๐๐' : '90.00'}`),
    ];
    const grid = await new CsvWorkbook(new TextEncoder().encode(lines.join('\r\n')), 'ITA.csv').readSheet();
    const r = checkSheet(grid);
    expect(r.template).toBe('ita-score');
    expect(r.findings).toEqual([]);
    expect(r.score).toMatchObject({ year: 2567, total: 90 });
  });

  it('says which indicator numbers are text or Thai digits, by which the template’s formulas find them, and offers the number', () => {
    const header = ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', '2567'];
    const id = (i: number) => (i === 0 ? '๑' : i === 9 ? '10' : i + 1);
    const rows = Array.from({ length: 10 }, (_, i) => [id(i), `ตัวชี้วัดที่ ${i + 1}`, '', 90]);
    const r = checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], header, ...rows] });
    expect(r.score).toMatchObject({ total: 90 });
    expect(r.findings.map((f) => [f.code, f.cell, f.suggestion?.value])).toEqual([
      ['thai-digits', 'A4', 1],
      ['number-as-text', 'A13', 10],
    ]);
    expect(r.findings[0]!.message.en).toContain("leave every year's total blank");
    // No such formulas, nothing to say: seed 004's one คะแนน column, or years typed by hand without the
    // template's tool column.
    const typed = rows.map((row) => [row[0]!, row[1]!, row[3]!]);
    for (const score of ['คะแนน', '2567']) {
      const other = checkSheet({
        name: 'ITA',
        values: [['คะแนน ITA'], [], ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', score], ...typed],
      });
      expect(other.score, score).toMatchObject({ total: 90 });
      expect(other.findings, score).toEqual([]);
    }
  });

  it('says scores written as fractions (a percentage cell holds 0.9 for 90%) are out of 100, and gives the year no score', () => {
    const header = ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', '2566', '2567'];
    const rows = Array.from({ length: 10 }, (_, i) => [i + 1, `ตัวชี้วัดที่ ${i + 1}`, '', 90, i === 0 ? 1 : 0.9]);
    const r = checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], header, ...rows] });
    const fractions = r.findings.filter((f) => f.code === 'score-as-fraction');
    expect(fractions.map((f) => [f.cell, f.severity, f.suggestion?.value])).toEqual(
      rows.map((row, i) => [`E${i + 4}`, 'warning', i === 0 ? 100 : 90]),
    );
    // 2567 is not scored 0.9 out of 100 (level F); 2566, out of 100, is.
    expect(r.history!.map((h) => h.year)).toEqual([2566]);
    // Scores of 0 and 1 only are no fractions to speak of: scored as they are.
    const low = rows.map((row) => [...row.slice(0, 4), 1]);
    expect(checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], header, ...low] }).findings).toEqual([]);
  });

  it('says one score typed as "87.50%" (kept as 0.875) among scores out of 100 is a fraction too: seed 003 is not level C', () => {
    // Seed 003's 2565 scores (85.15, level A), indicator 10 typed with a percent sign.
    const seed003 = [83.26, 75.86, 74.98, 74.21, 70.86, 100, 100, 100, 74.48, 0.875];
    const rows = seed003.map((v, i) => [i + 1, `ตัวชี้วัดที่ ${i + 1}`, '', v]);
    const header = ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', '2565'];
    const r = checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], header, ...rows] });
    const fractions = r.findings.filter((f) => f.code === 'score-as-fraction');
    expect(fractions.map((f) => [f.cell, f.suggestion?.value])).toEqual([['D13', 87.5]]);
    expect(fractions[0]!.message.th).toContain('87.50% ซึ่ง Excel เก็บเป็น 0.875');
    // No score of 67.82 (level C, a fail) for 2565 until it is out of 100; then 85.15, level A.
    expect(r.history ?? []).toEqual([]);
    rows[9]![3] = 87.5;
    expect(checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], header, ...rows] }).score).toMatchObject({
      total: 85.15,
      level: 'A',
    });
  });

  it('says a year with some of its ten scores missing cannot be scored, naming the indicators', () => {
    const seed003 = [83.26, 75.86, 74.98, 74.21, 70.86, 100, 100, 100, 74.48, 87.5];
    const header = ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', '2565', '2566'];
    // 2566 not yet filled in at all: nothing to say of it.
    const rows = seed003.map((v, i): CellValue[] => [i + 1, `ตัวชี้วัดที่ ${i + 1}`, '', v, null]);
    const check = (r: CellValue[][]) => checkSheet({ name: 'ITA', values: [['คะแนน ITA'], [], header, ...r] });
    expect(check(rows).findings).toEqual([]);
    rows[7]![3] = null;
    const blank = check(rows);
    expect(blank.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['score-incomplete', 'D11', 'warning']]);
    expect(blank.findings[0]!.message.en).toContain('no score for indicator 8');
    expect(blank.history ?? []).toEqual([]);
    // Indicator 10's row renumbered 9: no row for 10.
    rows[7]![3] = 100;
    rows[9]![0] = 9;
    const twice = check(rows).findings.filter((f) => f.code === 'score-incomplete');
    expect(twice.map((f) => f.cell)).toEqual(['D3']);
    expect(twice[0]!.message.th).toContain('ไม่พบแถวของตัวชี้วัดที่ 10');
  });

  it("reads seed 003's table, indicators ranked by score with their names: 85.15, level A", () => {
    const ranked: [string, number][] = [
      ['คุณภาพการดำเนินงาน', 100],
      ['ประสิทธิภาพการสื่อสาร', 100],
      ['การปรับปรุงการทำงาน', 100], // the seed's wording of indicator 8
      ['การป้องกันการทุจริต', 87.5],
      ['การปฏิบัติหน้าที่', 83.26],
      ['การใช้งบประมาณ', 75.86],
      ['การใช้อำนาจ', 74.98],
      ['การเปิดเผยข้อมูล', 74.48],
      ['การใช้ทรัพย์สินของราชการ', 74.21],
      ['การแก้ไขปัญหาการทุจริต', 70.86],
    ];
    const values = [
      ['ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565'],
      ['อันดับ', 'ตัวชี้วัด', 'คะแนน'],
      ...ranked.map(([name, score], i) => [i + 1, name, score]),
    ];
    const r = checkSheet({ name: 'ITA', values });
    expect(r.score).toMatchObject({ year: 2565, iit: 75.83, eit: 100, oit: 80.99, total: 85.15, level: 'A' });
  });
});

describe('the findings report of a batch', () => {
  it("tells a file's OIT completeness by its visible checklist of the latest year, not an old hidden copy", () => {
    const checklist = (framework: string, percent: number) =>
      ({ framework, percent }) as NonNullable<SheetReport['checklist']>;
    const sheet = (name: string, template: string, percent: number, hidden = false): SheetReport => ({
      name,
      kind: 'checklist',
      template,
      confidence: 1,
      headerRow: 3,
      rows: 192,
      checklist: checklist(template, percent),
      findings: hidden
        ? [
            {
              code: 'hidden-sheet',
              severity: 'info',
              sheet: name,
              cell: 'A1',
              row: 1,
              column: null,
              message: { th: '', en: '' },
            },
          ]
        : [],
    });
    const report = (sheets: SheetReport[]): Report => ({
      version: 1,
      files: [{ file: 'ita.xlsx', error: null, sheets }],
      summary: { files: 1, errors: 0, warnings: 0, infos: 0 },
    });
    const shown = (sheets: SheetReport[]) => reportLayouts(report(sheets), 'en')[0]!.rows![0]![6];
    expect(shown([sheet('OIT 2566', 'oit-2566', 100, true), sheet('OIT 2567', 'oit-2567', 90.63)])).toBe(90.63);
    expect(shown([sheet('OIT 2566', 'oit-2566', 100), sheet('OIT 2567', 'oit-2567', 90.63)])).toBe(90.63);
    expect(shown([sheet('OIT 2566', 'oit-2566', 100, true)])).toBe(100);
  });
});

describe('the monthly view of undated small buys', () => {
  it('counts an undated row in the month its heading or its sheet title reports it under', () => {
    const o21 = getTemplate('ita2566-o21')!.columns.map((c) => c.header);
    const buy = (n: number, contract: string) => [
      `ซื้อวัสดุ ${n}`,
      3_000,
      3_000,
      'เฉพาะเจาะจง',
      'ร้าน ก 3,000 บาท',
      'ร้าน ก 3,000 บาท',
      'ราคาต่ำสุด',
      contract,
    ];
    const six: SheetGrid = {
      name: 'O21',
      values: [
        ['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2566'],
        o21,
        ['เดือน ตุลาคม 2565'],
        buy(1, 'ใบสั่งซื้อเลขที่ 1/2566'),
        ['เดือน พฤศจิกายน 2565'],
        buy(2, 'ใบสั่งซื้อเลขที่ 2/2566'),
        buy(3, 'ใบสั่งซื้อเลขที่ 3/2566 ลว. 9 พ.ย. 2565'),
      ],
    };
    const view = monthlyView([procurementData(six)!]);
    const counts = Object.fromEntries(view.byMonth.map((t) => [t.label, t.count]));
    expect([counts['ต.ค. 2565'], counts['พ.ย. 2565'], counts['ไม่ระบุวันที่ลงนาม']]).toEqual([1, 2, undefined]);
    // A sheet of one month, its title naming it.
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const month: SheetGrid = {
      name: 'ส.ค. 67',
      values: [['แบบ สขร.1 ประจำเดือน สิงหาคม 2567'], skr1, [1, ...buy(1, 'ใบสั่งซื้อเลขที่ 9/2567')]],
    };
    const aug = monthlyView([procurementData(month)!]).byMonth.find((t) => t.label === 'ส.ค. 2567');
    expect(aug?.count).toBe(1);
  });
});
