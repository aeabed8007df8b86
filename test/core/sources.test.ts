import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/cells/value';
import { procurementData } from '../../src/core/report/procurementData';
import { countedTwice, eachContractOnce, listRole, summarySources } from '../../src/core/report/sources';
import { getTemplate } from '../../src/core/templates/registry';
import { goodRow, O16_HEADERS, taxId } from '../helpers/o16';
import { SKR1_HEADERS, skr1Row } from '../helpers/skr1';

const list = (name: string, title: string, rows = [goodRow(0), goodRow(1)]) =>
  procurementData({ name, values: [[title], [], O16_HEADERS, ...rows] as CellValue[][] })!;
const month = (name: string, day = 3) =>
  procurementData({
    name,
    values: [['แบบ สขร.1 ประจำเดือน มกราคม 2567'], SKR1_HEADERS, skr1Row(1, `1/2567 ลว. ${day} ม.ค. 67`)],
  })!;

describe('the lists a summary of the year counts, each contract once', () => {
  const o16 = list('O16', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O16)');
  const asOf = list('รอบ 6 เดือน', 'ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567 ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๗');
  const o17 = list('O17', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O17)');
  const both = list('ผลการจัดซื้อจัดจ้าง', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O16/O17)');

  it('tells O16, O17, a month and a list of the year apart, by name, title and form', () => {
    expect([o16, asOf, o17, both, month('ม.ค. 67')].map(listRole)).toEqual(['o16', 'o16', 'o17', 'list', 'month']);
  });

  it('counts O17 over O16 and the months; the months over O16; a year of month sheets whole', () => {
    const sheets = (s: ReturnType<typeof summarySources>) => [s.used.map((l) => l.sheet), s.left.map((l) => l.sheet)];
    expect(sheets(summarySources([o16, o17, month('ม.ค. 67'), month('ก.พ. 67', 9)]))).toEqual([
      ['O17'],
      ['O16', 'ม.ค. 67', 'ก.พ. 67'],
    ]);
    // Beside a list of the year named neither O16 nor O17, a month's sheet counts unless it holds its rows.
    expect(sheets(summarySources([both, month('ม.ค. 67')]))).toEqual([['ผลการจัดซื้อจัดจ้าง', 'ม.ค. 67'], []]);
    const same = procurementData({
      name: 'ม.ค. 67 (ซ้ำ)',
      values: [
        ['แบบ สขร.1 ประจำเดือน มกราคม 2567'],
        SKR1_HEADERS,
        [
          1,
          goodRow(0)[0] as string,
          50_000,
          50_000,
          'เฉพาะเจาะจง',
          'ร้าน ก / 48,000',
          'ร้าน ก / 48,000',
          'ราคาต่ำสุด',
          '1/2567 ลว. 1 ม.ค. 67',
        ],
      ],
    })!;
    expect(sheets(summarySources([both, same]))).toEqual([['ผลการจัดซื้อจัดจ้าง'], ['ม.ค. 67 (ซ้ำ)']]);
    expect(sheets(summarySources([asOf, month('ม.ค. 67'), month('ก.พ. 67', 9)]))).toEqual([
      ['ม.ค. 67', 'ก.พ. 67'],
      ['รอบ 6 เดือน'],
    ]);
    expect(sheets(summarySources([o16]))).toEqual([['O16'], []]);
    // Each year on its own: last year's O17 stays beside this year's.
    const last = list('O17 2566', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566 (ITA O17)', [
      [...goodRow(0).slice(0, 10), new Date(Date.UTC(2023, 0, 5)), new Date(Date.UTC(2023, 1, 5))],
    ]);
    expect(sheets(summarySources([last, o17]))).toEqual([['O17 2566', 'O17'], []]);
  });

  it("reads O16 and O17 by their sheet names under the template's own title; counts lists of other contracts beside O17", () => {
    const titled = 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O16/O17)';
    const o16 = list('O16', titled, [goodRow(0)]);
    const o17 = list('O17', titled, [goodRow(0), goodRow(1), goodRow(2)]);
    const other = list('เงินนอกงบประมาณ', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567', [goodRow(5), goodRow(6)]);
    const used = summarySources([o16, o17, other]).used.map((l) => l.sheet);
    expect(used).toEqual(['O17', 'เงินนอกงบประมาณ']);
    // A sheet of the year holding O17's rows again (a copy kept under another name): once.
    const copy = list('สำเนา', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567', [goodRow(1), goodRow(2)]);
    expect(summarySources([o17, copy]).used.map((l) => l.sheet)).toEqual(['O17']);
  });

  it('counts an O21 compiled from the month sheets once, and a buy repeated every month in each month', () => {
    const o21Headers = getTemplate('ita2566-o21')!.columns.map((c) => c.header);
    const buy = (item: string, date: string) => [
      item,
      9_000,
      9_000,
      'เฉพาะเจาะจง',
      'ร้าน ก 9,000 บาท',
      'ร้าน ก 9,000 บาท',
      'ราคาต่ำสุด',
      `1/2566 ลว. ${date}`,
    ];
    const sheet = (name: string, title: string, rows: CellValue[][]) =>
      procurementData({ name, values: [[title], o21Headers, ...rows] })!;
    const oct = sheet('ต.ค. 65', 'ประจำเดือน ตุลาคม 2565', [buy('จ้างทำความสะอาด', '3 ต.ค. 2565')]);
    const nov = sheet('พ.ย. 65', 'ประจำเดือน พฤศจิกายน 2565', [buy('จ้างทำความสะอาด', '1 พ.ย. 2565')]);
    expect(summarySources([oct, nov]).used.map((l) => l.sheet)).toEqual(['ต.ค. 65', 'พ.ย. 65']);
    const compiled = sheet('O21', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ 2566', [
      buy('จ้างทำความสะอาด', '3 ต.ค. 2565'),
      buy('จ้างทำความสะอาด', '1 พ.ย. 2565'),
    ]);
    const s = summarySources([oct, nov, compiled]);
    expect([s.used.map((l) => l.sheet), s.left.map((l) => l.sheet)]).toEqual([['O21'], ['ต.ค. 65', 'พ.ย. 65']]);
  });

  it("keeps a month's sheet whole when a row of last month's was left on it (said as listed in two months)", () => {
    const sheet = (name: string, title: string, rows: CellValue[][]) =>
      procurementData({ name, values: [[title], SKR1_HEADERS, ...rows] })!;
    const feb = sheet('ก.พ. 67', 'แบบ สขร.1 ประจำเดือน กุมภาพันธ์ 2567', [skr1Row(1, '1/2567 ลว. 5 ก.พ. 67', 'ซ่อมรถ')]);
    const mar = sheet('มี.ค. 67', 'แบบ สขร.1 ประจำเดือน มีนาคม 2567', [
      skr1Row(1, '1/2567 ลว. 5 ก.พ. 67', 'ซ่อมรถ'),
      skr1Row(2, '2/2567 ลว. 12 มี.ค. 67', 'จ้างซ่อมแซมอาคาร', 350_000),
    ]);
    expect(summarySources([feb, mar]).used.map((l) => l.sheet)).toEqual(['ก.พ. 67', 'มี.ค. 67']);
    // Whole sheets count the row left on March's twice (said so); by the row, each contract once.
    expect(countedTwice(summarySources([feb, mar]).used)).toBe(1);
    expect(summarySources([feb, mar]).once.flatMap((l) => l.rows.map((p) => p.item))).toEqual([
      'ซ่อมรถ',
      'จ้างซ่อมแซมอาคาร',
    ]);
    // A copy of the same month's sheet is still the same contracts again.
    const again = sheet('มี.ค. 67 (2)', 'แบบ สขร.1 ประจำเดือน มีนาคม 2567', [
      skr1Row(2, '2/2567 ลว. 12 มี.ค. 67', 'จ้างซ่อมแซมอาคาร', 350_000),
    ]);
    expect(summarySources([feb, mar, again]).used.map((l) => l.sheet)).toEqual(['ก.พ. 67', 'มี.ค. 67']);
  });

  it("counts each contract once across files by the row: O16's rows beside O17's add nothing, a month's file adds what O17 lacks", () => {
    const titled = (t: string) => `ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA ${t})`;
    const o17 = list('O17', titled('O17'), [goodRow(0), goodRow(1)]);
    const o16 = list('O16', titled('O16'), [goodRow(0)]);
    const jan = procurementData({
      name: 'ม.ค. 67',
      values: [
        ['แบบ สขร.1 ประจำเดือน มกราคม 2567'],
        SKR1_HEADERS,
        skr1Row(1, '1/2567 ลว. 2 ม.ค. 67', goodRow(1)[0] as string, 50_001),
        skr1Row(2, '2/2567 ลว. 20 ม.ค. 67', 'ซ่อมรถยนต์ส่วนกลาง', 7_300),
      ],
    })!;
    const once = eachContractOnce([o16, jan, o17]);
    expect(once.map((l) => [l.sheet, l.rows.length])).toEqual([
      ['O17', 2],
      ['ม.ค. 67', 1],
    ]);
    expect(once[1]!.rows[0]!.item).toBe('ซ่อมรถยนต์ส่วนกลาง');
    // e-GP's export beside the form made from it adds nothing (not the rows taken out of the form).
    const egp = getTemplate('egp-contract')!;
    const byId = (id: string) => egp.columns.findIndex((c) => c.id === id);
    const exportRow = (item: string, budget: number, day: string) => {
      const r: CellValue[] = egp.columns.map(() => null);
      [r[byId('item')], r[byId('budget')], r[byId('agreedPrice')], r[byId('transactionDate')]] = [
        item,
        budget,
        budget,
        day,
      ];
      r[byId('method')] = 'เฉพาะเจาะจง';
      return r;
    };
    const exported = procurementData({
      name: 'e-GP',
      values: [
        egp.columns.map((c) => c.header),
        exportRow('ซื้อวัสดุ ปีก่อน', 1_480, '20 ก.ย. 67'),
        exportRow('ซ่อมรถ', 900, '2 ม.ค. 68'),
      ],
    })!;
    expect(listRole(exported)).toBe('export');
    expect(eachContractOnce([o17, exported]).map((l) => l.sheet)).toEqual(['O17']);
    expect(eachContractOnce([exported]).map((l) => [l.sheet, l.rows.length])).toEqual([['e-GP', 2]]);
  });

  it("across files, the same item, budget and day won by another tax id is another agency's contract, counted too", () => {
    const titled = 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567';
    // Two agencies buy the same fuel for the same budget on the same day, without e-GP numbers.
    const bought = (winner: number) => {
      const r = goodRow(0);
      r[7] = taxId(winner);
      r[9] = null;
      return r;
    };
    const a = list('O17', titled, [bought(0), goodRow(1)]);
    const b = list('O17', titled, [bought(3)]);
    expect(eachContractOnce([a, b]).map((l) => [l.sheet, l.rows.length])).toEqual([
      ['O17', 2],
      ['O17', 1],
    ]);
    // The same winner (or a list naming none) is the same contract listed again.
    expect(eachContractOnce([a, list('O16', titled, [bought(0)])]).map((l) => l.rows.length)).toEqual([2]);
    const unnamed = bought(0);
    unnamed[7] = null;
    expect(eachContractOnce([a, list('O16', titled, [unnamed])]).map((l) => l.rows.length)).toEqual([2]);
    // Nor the same item, budget and day under another e-GP project number, nor in a list whose title
    // names another agency (สขร.1 gives no tax id).
    const numbered = (n: string) => {
      const r = goodRow(0);
      r[7] = null;
      r[9] = n;
      return r;
    };
    expect(
      eachContractOnce([list('O17', titled, [numbered('67019524001')]), list('O17', titled, [numbered('67019599999')])])
        .length,
    ).toBe(2);
    const hire = (agency: string) =>
      procurementData({
        name: 'Sheet1',
        values: [
          [`แบบ สขร.1 ประจำเดือน มีนาคม 2567 ${agency}`],
          SKR1_HEADERS,
          skr1Row(1, '1/2567 ลว. 1 มี.ค. 67', 'จ้างเหมาบริการคนงานทั่วไป', 9_000),
        ],
      })!;
    expect(eachContractOnce([hire('อบต.คลองไทร'), hire('เทศบาลตำบลชุมพล')]).length).toBe(2);
    expect(eachContractOnce([hire('อบต.คลองไทร'), hire('องค์การบริหารส่วนตำบลคลองไทร')]).length).toBe(1);
    // One agency however its name is typed: ำ as ํ and า, no dot after อบต, its district run on.
    expect(eachContractOnce([hire('ทต.ชุมพล'), hire('เทศบาลต\u0E4D\u0E32บลชุมพล')]).length).toBe(1);
    expect(eachContractOnce([hire('อบต คลองไทร'), hire('องค์การบริหารส่วนตำบลคลองไทรอำเภอท่าศาลา')]).length).toBe(1);
    expect(eachContractOnce([hire('อบต คลองไทร'), hire('ทต.ชุมพล')]).length).toBe(2);
    expect(eachContractOnce([hire('อบต.คลองไทร'), hire('ขององค์การบริหารส่วนตำบลคลองไทรประจำเดือนมีนาคม')]).length).toBe(1);
    // A word ending in ทน is no เทศบาลนคร.
    expect(eachContractOnce([hire('วัสดุทดแทน อบต.คลองไทร'), hire('อบต.คลองไทร')]).length).toBe(1);
    // An office whose form the title cites (the NACC, in short or in full) is not the agency publishing it.
    for (const cites of [
      '(ตามแบบที่สำนักงาน ป.ป.ช. กำหนด)',
      'ตามหลักเกณฑ์ของสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ',
    ])
      expect(eachContractOnce([hire('อบต.คลองไทร'), hire(cites)]).length, cites).toBe(1);
  });

  it('counts O16 and the months beside a list of other contracts (no O17 yet); a list without project numbers once beside O17', () => {
    const titled = 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567';
    const other = list('เงินนอกงบประมาณ', titled, [goodRow(5), goodRow(6)]);
    const o16 = list('O16', titled, [goodRow(0), goodRow(1)]);
    expect(summarySources([o16, other]).used.map((l) => l.sheet)).toEqual(['O16', 'เงินนอกงบประมาณ']);
    expect(summarySources([month('ม.ค. 67'), other]).used.map((l) => l.sheet)).toEqual(['ม.ค. 67', 'เงินนอกงบประมาณ']);
    // The same contracts, one list with e-GP numbers and the other without: matched by item, budget and day.
    const numbered = list('O17', titled, [goodRow(0), goodRow(1), goodRow(2)]);
    const bare = [goodRow(0), goodRow(1)].map((r) => {
      r[9] = null;
      return r;
    });
    const half = list('ครึ่งปีแรก', titled, bare);
    expect(summarySources([numbered, half]).used.map((l) => l.sheet)).toEqual(['O17']);
  });

  it('counts undated small buys of the month sheets once beside an O21 compiled from them without dates', () => {
    const skr1 = SKR1_HEADERS;
    const o21 = getTemplate('ita2566-o21')!.columns.map((c) => c.header);
    const buy = (n: number) => [
      `ซื้อวัสดุ รายการ ${n}`,
      5_000 + n,
      5_000 + n,
      'เฉพาะเจาะจง',
      `ร้าน ${n} / 5,000 บาท`,
      `ร้าน ${n} / 5,000 บาท`,
      'ราคาต่ำสุด',
      `ใบสั่งซื้อเลขที่ ${n}`,
    ];
    const month = (name: string, title: string, ns: number[]) =>
      procurementData({ name, values: [[title], skr1, ...ns.map((n) => [n, ...buy(n)])] })!;
    const oct = month('ต.ค.', 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม 2565', [1, 2]);
    const nov = month('พ.ย.', 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน พฤศจิกายน 2565', [3, 4]);
    const compiled = procurementData({
      name: 'O21',
      values: [['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2566'], o21, ...[1, 2, 3, 4].map(buy)],
    })!;
    expect(summarySources([oct, nov, compiled]).used.map((l) => l.sheet)).toEqual(['O21']);
    // The same small buy every month, undated, on the month sheets alone: each month's counts.
    const again = month('พ.ย. (2)', 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน พฤศจิกายน 2565', [1, 2]);
    expect(summarySources([oct, again]).used.map((l) => l.sheet)).toEqual(['ต.ค.', 'พ.ย. (2)']);
  });

  const o21Headers = getTemplate('ita2566-o21')!.columns.map((c) => c.header);
  /** A buy as สขร.1 and O21 list it, with its contract cell ("-" for a small buy listed undated). */
  const buy = (item: string, budget: number, contract: string) => [
    item,
    budget,
    budget,
    'เฉพาะเจาะจง',
    `ร้าน ก / ${budget}`,
    `ร้าน ก / ${budget}`,
    'ราคาต่ำสุด',
    contract,
  ];
  const monthSheet = (name: string, title: string, rows: CellValue[][]) =>
    procurementData({ name, values: [[title], SKR1_HEADERS, ...rows.map((r, i) => [i + 1, ...r])] })!;
  const o21 = (rows: CellValue[][]) =>
    procurementData({
      name: 'O21',
      values: [['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2566'], o21Headers, ...rows],
    })!;
  const rowsOf = (lists: readonly { sheet: string; rows: readonly unknown[] }[]) =>
    lists.map((l) => [l.sheet, l.rows.length]);

  it("counts by the row a month's rows the O21 compiled from the months lacks, and says how many and where", () => {
    const oct = [
      buy('ซื้อวัสดุสำนักงาน', 5_000, '1/2566 ลว. 3 ต.ค. 2565'),
      buy('จ้างซ่อมรถ', 7_300, '2/2566 ลว. 10 ต.ค. 2565'),
    ];
    const nov = [
      buy('ซื้อน้ำมันเชื้อเพลิง', 9_000, '3/2566 ลว. 1 พ.ย. 2565'),
      buy('จ้างเหมาทำความสะอาด', 8_000, '4/2566 ลว. 8 พ.ย. 2565'),
      buy('ซื้อวัสดุไฟฟ้า', 12_500, '5/2566 ลว. 20 พ.ย. 2565'),
    ];
    const sheets = [
      monthSheet('ต.ค. 65', 'แบบ สขร.1 ประจำเดือน ตุลาคม 2565', oct),
      monthSheet('พ.ย. 65', 'แบบ สขร.1 ประจำเดือน พฤศจิกายน 2565', nov),
      // November's last buy was never copied into the O21.
      o21([...oct, ...nov.slice(0, 2)]),
    ];
    const s = summarySources(sheets);
    // Whole sheets: the O21 (the formulas cannot take part of November's sheet; the summary says what it lacks).
    expect(s.used.map((l) => l.sheet)).toEqual(['O21']);
    expect(s.left).toEqual([
      { sheet: 'ต.ค. 65', role: 'month', lacking: 0, holder: null },
      { sheet: 'พ.ย. 65', role: 'month', lacking: 1, holder: 'O21' },
    ]);
    // By the row: the O21's four and November's one more.
    expect(rowsOf(s.once)).toEqual([
      ['พ.ย. 65', 1],
      ['O21', 4],
    ]);
    expect(s.once[0]!.rows[0]!.item).toBe('ซื้อวัสดุไฟฟ้า');
    // A draft copy of a month's sheet, a row's date since corrected on the sheet counted, adds nothing.
    const draft = monthSheet('พ.ย. 65 (ร่าง)', 'แบบ สขร.1 ประจำเดือน พฤศจิกายน 2565', [
      ...nov.slice(0, 2),
      buy('ซื้อวัสดุไฟฟ้า', 12_500, '5/2566 ลว. 2 พ.ย. 2565'),
    ]);
    const withDraft = summarySources([sheets[1]!, draft]);
    expect(withDraft.left.map((l) => [l.sheet, l.lacking])).toEqual([['พ.ย. 65 (ร่าง)', 0]]);
    expect(rowsOf(withDraft.once)).toEqual([['พ.ย. 65', 3]]);
    // A month's sheet left out for its role beside O17 adds nothing (a known limit, as before).
    const o17 = list('O17', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O17)');
    expect(rowsOf(summarySources([o17, month('ม.ค. 67')]).once)).toEqual([['O17', 2]]);
  });

  it("takes a small buy listed undated on its month's sheet for the O21's dated row of that month, not two dated buys for one", () => {
    const dated = [
      buy('ซื้อวัสดุสำนักงาน', 5_000, '1/2566 ลว. 3 ต.ค. 2565'),
      buy('จ้างซ่อมรถ', 7_300, '2/2566 ลว. 10 ต.ค. 2565'),
    ];
    const undated = [buy('ซื้อวัสดุสำนักงาน', 5_000, '-'), buy('จ้างซ่อมรถ', 7_300, '-')];
    const oct = monthSheet('ต.ค. 65', 'แบบ สขร.1 ประจำเดือน ตุลาคม 2565', undated);
    // The O21 of the months, November's buy too.
    const compiled = o21([...dated, buy('ซื้อน้ำมันเชื้อเพลิง', 9_000, '3/2566 ลว. 1 พ.ย. 2565')]);
    const s = summarySources([oct, compiled]);
    expect([s.used.map((l) => l.sheet), s.left.map((l) => l.sheet)]).toEqual([['O21'], ['ต.ค. 65']]);
    expect(rowsOf(s.once)).toEqual([['O21', 3]]);
    // Across files, by the row, whichever is counted first.
    expect(rowsOf(eachContractOnce([oct, compiled]))).toEqual([['O21', 3]]);
    const first = monthSheet('ต.ค. 65', 'แบบ สขร.1 ประจำเดือน ตุลาคม 2565', [...undated, buy('ซื้อกระดาษ', 500, '-')]);
    expect(rowsOf(eachContractOnce([first, compiled]))).toEqual([
      ['ต.ค. 65', 3],
      ['O21', 1],
    ]);
    // Reported under November, it is November's buy: another contract.
    const nov = monthSheet('พ.ย. 65', 'แบบ สขร.1 ประจำเดือน พฤศจิกายน 2565', undated);
    expect(rowsOf(eachContractOnce([compiled, nov]))).toEqual([
      ['O21', 3],
      ['พ.ย. 65', 2],
    ]);
    // Two dated buys of one item and budget in one month stay two.
    const again = monthSheet('ต.ค. 65', 'แบบ สขร.1 ประจำเดือน ตุลาคม 2565', [
      buy('ซื้อวัสดุสำนักงาน', 5_000, '7/2566 ลว. 24 ต.ค. 2565'),
    ]);
    expect(rowsOf(eachContractOnce([compiled, again]))).toEqual([
      ['O21', 3],
      ['ต.ค. 65', 1],
    ]);
    // Two sheets of single months each list their own: October's hire undated, and another of 31 October
    // reported late on November's sheet, both counted.
    const lateOct = monthSheet('พ.ย. 65', 'แบบ สขร.1 ประจำเดือน พฤศจิกายน 2565', [
      buy('จ้างซ่อมรถ', 7_300, '9/2566 ลว. 31 ต.ค. 2565'),
    ]);
    expect(rowsOf(eachContractOnce([oct, lateOct]))).toEqual([
      ['ต.ค. 65', 2],
      ['พ.ย. 65', 1],
    ]);
    expect(rowsOf(summarySources([oct, lateOct]).once)).toEqual([
      ['ต.ค. 65', 2],
      ['พ.ย. 65', 1],
    ]);
  });
});
