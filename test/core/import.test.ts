import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/cells/value';
import { checkSheet } from '../../src/core/check/sheet';
import { dayToSerial } from '../../src/core/cells/dates';
import { importEgp, importTargetFor } from '../../src/core/import/egp';
import { dayOf } from '../../src/core/text/format';
import { getTemplate, insertableTemplates } from '../../src/core/templates/registry';
import { buildSummaryLayout } from '../../src/core/report/byMethod';
import { procurementData } from '../../src/core/report/procurementData';

/** An e-GP contract export (its own headers) holding one project let as two contracts, each changed by `changes`. */
function twoContracts(...changes: Record<string, CellValue>[]): { name: string; values: CellValue[][] } {
  const egp = getTemplate('egp-contract')!;
  const row = (contract: string, amount: number, winner: string, signed: string): Record<string, CellValue> => ({
    projectNumber: '68019524001',
    item: 'จ้างก่อสร้างถนน คสล. สองสาย',
    genericMethod: 'วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง',
    method: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
    budget: 15_000_000,
    referencePrice: 14_950_000,
    agreedPrice: 14_905_000, // the project's total over both contracts
    fiscalYear: 2568,
    supplierId: '0105536112014',
    supplierName: winner,
    contractNumber: contract,
    signDate: signed,
    contractAmount: amount,
    status: 'อยู่ระหว่างระยะสัญญา',
  });
  const rows = [
    row('ส.1/2568', 9_000_000, 'บริษัท ก่อสร้าง ก จำกัด', '15 ม.ค. 68'),
    row('ส.2/2568', 5_905_000, 'บริษัท ก่อสร้าง ข จำกัด', '20 ม.ค. 68'),
  ].map((r, i) => ({ ...r, ...changes[i] }));
  return {
    name: 'egp',
    values: [egp.columns.map((c) => c.header), ...rows.map((r) => egp.columns.map((c) => r[c.id] ?? null))],
  };
}

/** Values of the imported layout under one header. */
function column(layout: ReturnType<typeof importEgp>['layout'], header: string): unknown[] {
  const i = layout.columns.findIndex((c) => c.header === header);
  return (layout.rows ?? []).map((r) => r[i]);
}

describe('import-egp', () => {
  it('gives each contract its own agreed amount, not the project total of all its contracts', () => {
    const r = importEgp(twoContracts(), 'ita2567-o16');
    expect(column(r.layout, 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)')).toEqual([9_000_000, 5_905_000]);
  });

  it("takes a whole-baht contract's satang from its project's total only where that total rounds to it", () => {
    // One contract of a project let as one: its amount, rounded, and the total to the satang.
    const one = twoContracts({ contractAmount: 14_905_000, agreedPrice: 14_904_999.5 }, { agreedPrice: 5_905_001 });
    const r = importEgp(one, 'ita2567-o16');
    expect(column(r.layout, 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)')).toEqual([14_904_999.5, 5_905_000]);
    // The import names both columns it takes the agreed price from.
    const egp = getTemplate('egp-contract')!.columns;
    const header = (id: string) => egp.find((c) => c.id === id)!.header;
    expect(r.mapped.find((m) => m.column === 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)')?.from).toBe(
      `${header('contractAmount')} / ${header('agreedPrice')}`,
    );
    const skr = importEgp(one, 'skr1');
    expect(column(skr.layout, getTemplate('skr1')!.columns.find((c) => c.id === 'winnerAndPrice')!.header)[0]).toBe(
      'บริษัท ก่อสร้าง ก จำกัด 14,904,999.50 บาท',
    );
  });

  it('fills สขร.1 from the export: winner with price, contract number with date, its own numbering', () => {
    const r = importEgp(twoContracts(), 'skr1');
    const t = getTemplate('skr1')!;
    const header = (id: string) => t.columns.find((c) => c.id === id)!.header;
    expect(column(r.layout, header('ordinal'))).toEqual([1, 2]);
    expect(column(r.layout, header('winnerAndPrice'))).toEqual([
      'บริษัท ก่อสร้าง ก จำกัด 9,000,000 บาท',
      'บริษัท ก่อสร้าง ข จำกัด 5,905,000 บาท',
    ]);
    expect(column(r.layout, header('contractRef'))).toEqual(['ส.1/2568 ลว. 15 ม.ค. 2568', 'ส.2/2568 ลว. 20 ม.ค. 2568']);
    expect(r.missing.map((m) => m.th)).not.toContain(header('winnerAndPrice'));
    expect(r.missing.map((m) => m.th)).not.toContain(header('contractRef'));
    // Read back by the checker: the price and the date are found in the cells written.
    const grid = {
      name: 'S',
      values: [[r.layout.title], r.layout.columns.map((c) => c.header), ...(r.layout.rows ?? [])] as CellValue[][],
    };
    const codes = checkSheet(grid, { templateId: 'skr1' }).findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes.filter((c) => c.startsWith('required-value') && /@[GI]\d/.test(c))).toEqual([]);
  });

  it("an O17 summary of สขร.1 gives the agreed totals it read in the winners' texts, not a formula of 0", () => {
    const r = importEgp(twoContracts(), 'skr1');
    const grid = {
      name: 'S',
      values: [[r.layout.title], r.layout.columns.map((c) => c.header), ...(r.layout.rows ?? [])] as CellValue[][],
    };
    const rows = buildSummaryLayout([procurementData(grid)!]).rows!;
    const bidding = rows.find((x) => x[0] === 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)')!;
    // No column of สขร.1 holds the agreed price alone: the value, where a formula could only say 0.
    expect(bidding[3]).toBe(14_905_000);
    expect(bidding[2]).toMatchObject({ f: expect.stringContaining('SUMIFS('), v: 30_000_000 });
    expect(rows.at(-1)![3]).toMatchObject({ f: expect.stringMatching(/^SUM\(D/), v: 14_905_000 });
  });

  it('names the data\'s fiscal year in the title, and keeps the form\'s own "(ITA 2568)"', () => {
    const r = importEgp(twoContracts(), 'ita2568-procurement');
    expect(r.layout.title).toContain('ประจำปีงบประมาณ พ.ศ. 2568 (ITA 2568)');
    const o21 = importEgp(twoContracts(), 'ita2566-o21');
    expect(o21.layout.title).toContain('ประจำปีงบประมาณ พ.ศ. 2568');
  });

  it("takes the signing date, not e-GP's transaction date, when the export has both", () => {
    const r = importEgp(
      twoContracts({ transactionDate: '2 ม.ค. 68' }, { transactionDate: '3 ม.ค. 68' }),
      'ita2567-o16',
    );
    expect(column(r.layout, 'วันที่ลงนามในสัญญา')).toEqual([
      dayToSerial(dayOf(2025, 1, 15)),
      dayToSerial(dayOf(2025, 1, 20)),
    ]);
  });

  it("takes the method from the other column when e-GP's generic label is in the method column", () => {
    const generic = 'วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง';
    const r = importEgp(twoContracts({ method: generic, genericMethod: 'วิธีเฉพาะเจาะจง' }), 'ita2567-o16');
    expect(column(r.layout, 'วิธีการจัดซื้อจัดจ้าง')).toEqual(['วิธีเฉพาะเจาะจง', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)']);
  });

  it('leaves a cell of only "-" empty (the checker then asks for it), rather than copy the dash', () => {
    const r = importEgp(twoContracts({ supplierName: '-' }), 'ita2567-o16');
    const name = getTemplate('ita2567-o16')!.columns.find((c) => c.id === 'supplierName')!.header;
    expect(column(r.layout, name)).toEqual([null, 'บริษัท ก่อสร้าง ข จำกัด']);
  });

  it('with a top of 1 keeps the row of the larger budget, wherever it is', () => {
    const r = importEgp(twoContracts({ budget: 100_000 }, { budget: 200_000 }), 'ita2568-procurement', 1);
    expect(r).toMatchObject({ rowsRead: 2, rowsWritten: 1 });
    const budget = getTemplate('ita2568-procurement')!.columns.find((c) => c.id === 'budget')!.header;
    expect(column(r.layout, budget)).toEqual([200_000]);
  });

  it('leaves twenty rows to add to under the rows imported', () => {
    const many = twoContracts();
    // Each its own project (e-GP's ลำดับ is its id of the record: rows differing only there are two).
    many.values.push(
      ...Array.from({ length: 58 }, (_, i) => [i + 3, String(68019525000 + i), ...many.values[1]!.slice(2)]),
    );
    const r = importEgp(many, 'ita2567-o16');
    expect(r.rowsWritten).toBe(60);
    expect(r.layout.bodyRows).toBe(80);
  });

  it('takes a cancelled project’s status from the project where its contract has none, and gives a company id its lost 0', () => {
    const r = importEgp(
      twoContracts({ status: null, projectStatus: 'ยกเลิกโครงการ' }, { supplierId: 105536112014 }),
      'ita2568-procurement',
    );
    const t = getTemplate('ita2568-procurement')!;
    const header = (id: string) => t.columns.find((c) => c.id === id)!.header;
    expect(column(r.layout, header('status'))).toEqual(['ยกเลิกการดำเนินการ', 'อยู่ระหว่างระยะสัญญา']);
    expect(column(r.layout, header('supplierId'))).toEqual(['0105536112014', '0105536112014']);
  });

  it('leaves a cancelled project’s agreed total and dates out, and a twelve-digit id typed as text as it is', () => {
    const r = importEgp(
      twoContracts(
        { status: '-', projectStatus: 'ยกเลิกโครงการ', contractAmount: null, signDate: null, contractNumber: null },
        { supplierId: '166974391501' },
      ),
      'ita2568-procurement',
    );
    const t = getTemplate('ita2568-procurement')!;
    const header = (id: string) => t.columns.find((c) => c.id === id)!.header;
    expect(column(r.layout, header('status'))[0]).toBe('ยกเลิกการดำเนินการ');
    expect(column(r.layout, header('agreedPrice'))[0]).toBeNull();
    expect(column(r.layout, header('signDate'))[0]).toBeNull();
    expect(column(r.layout, header('supplierId'))[1]).toBe('166974391501');
  });

  it('fills the 2568 form’s fiscal year from the signing dates where the export has no ปีงบประมาณ', () => {
    const r = importEgp(twoContracts({ fiscalYear: null }, { fiscalYear: null }), 'ita2568-procurement');
    expect(column(r.layout, 'ปีงบประมาณ')).toEqual([2568, 2568]);
  });

  it("with no form asked for, fills the form of the export's fiscal year; a year's new form is chosen by its year", () => {
    // The export's rows are of fiscal year 2568: the 2568 layout, not 2567's O16 retitled.
    const r = importEgp(twoContracts(), undefined);
    expect([r.template, r.layout.sheetName]).toEqual(['ita2568-procurement', 'จัดซื้อจัดจ้าง 2568']);
    const of2567 = { fiscalYear: 2567, signDate: '15 ม.ค. 67' };
    expect(importEgp(twoContracts(of2567, of2567), undefined).template).toBe('ita2567-o16');
    // A 2569 form added as data takes 2569's exports and later ones; older data keeps its own year's form.
    const with2569 = [
      ...insertableTemplates(),
      { ...getTemplate('ita2568-procurement')!, id: 'ita2569-procurement', year: 2569 },
    ];
    expect([2569, 2570, 2568, 2567, 2560, null].map((y) => importTargetFor(y, with2569)?.id)).toEqual([
      'ita2569-procurement',
      'ita2569-procurement',
      'ita2568-procurement',
      'ita2567-o16',
      'ita2567-o16',
      'ita2569-procurement',
    ]);
  });

  it('imports contracts into forms of contracts only: not the plan (O14) nor the summary by method', () => {
    for (const id of ['ita2567-o14', 'ita2567-o17-summary'])
      expect(() => importEgp(twoContracts(), id), id).toThrow(RangeError);
  });

  it('says what the user should know of the rows: repeats, other years, other agencies, projects of several contracts', () => {
    const twice = twoContracts(
      { agency: 'เทศบาลตำบลชุมพล' },
      { agency: 'เทศบาลตำบลอื่น', signDate: '15 ม.ค. 67', fiscalYear: 2567 },
    );
    twice.values.push([...twice.values[1]!]);
    const r = importEgp(twice, 'ita2567-o16');
    expect(r.rowsRead).toBe(3);
    expect(r.rowsWritten).toBe(2);
    expect(r.notes.map((n) => n.en)).toEqual([
      '1 row(s) belong to a fiscal year other than 2568: imported too; remove them if this form is for 2568',
      "1 row(s) repeated an earlier row in every cell (e-GP's ลำดับ and extra spaces aside) and were not imported again",
      "The export holds 2 agencies: an agency's form lists its own rows only; filter the export first",
      "1 project(s) have several contracts, each a row with the whole project's budget: a summary by method counts that budget again; split the budget or make them one row",
    ]);
    expect(importEgp(twoContracts({}, { projectNumber: '68019524002' }), 'ita2567-o16').notes).toEqual([]);
    // One agency written two ways (its office in brackets, a space) is one, as several-agencies takes it.
    const respelled = twoContracts(
      { agency: 'กรมชลประทาน (สำนักงานชลประทานที่ 3)' },
      { agency: 'กรม ชลประทาน', projectNumber: '68019524002' },
    );
    expect(importEgp(respelled, 'ita2567-o16').notes).toEqual([]);
    // Numbers Excel showed as "6.80195E+10" in a CSV are two projects whose digits were lost, not one.
    const lost = twoContracts({ projectNumber: '6.80195E+10' }, { projectNumber: '6.80195E+10' });
    expect(
      importEgp(lost, 'ita2567-o16')
        .notes.map((n) => n.en)
        .filter((n) => /several contracts/.test(n)),
    ).toEqual([]);
    // Repeated but for a space: one contract.
    const joined = twoContracts();
    joined.values.push(joined.values[2]!.map((v) => (typeof v === 'string' ? v.replace(' ', '  ') : v)));
    expect(importEgp(joined, 'ita2567-o16').rowsWritten).toBe(2);
    // Differing in e-GP's ลำดับ alone, which numbers a download's rows: one contract downloaded twice,
    // where the export names its supplier and contract; two where it does not (data.go.th's cut, in
    // which two contracts of one project may differ in nothing else).
    const records = twoContracts();
    records.values.push([4528999, ...records.values[2]!.slice(1)]);
    expect(importEgp(records, 'ita2567-o16').rowsWritten).toBe(2);
    const naming = new Set([
      'supplierId',
      'supplierName',
      'contractNumber',
      'contractAmount',
      'signDate',
      'endDate',
      'status',
    ]);
    const keep = getTemplate('egp-contract')!
      .columns.map((c, i) => (naming.has(c.id) ? -1 : i))
      .filter((i) => i >= 0);
    const numbered = records.values.map((r, n) => (n === 1 || n === 2 ? [4528996 + n, ...r.slice(1)] : r));
    const cut = { name: 'egp', values: numbered.map((r) => keep.map((i) => r[i] ?? null)) };
    expect(importEgp(cut, 'ita2567-o16').rowsWritten).toBe(3);
    // A CSV saved from a sheet where a company's id was a number: its 0 given back.
    const csv = { ...twoContracts({}, { supplierId: '105536112014' }), textOnly: true };
    const supplierId = getTemplate('ita2567-o16')!.columns.find((c) => c.id === 'supplierId')!.header;
    expect(column(importEgp(csv, 'ita2567-o16').layout, supplierId)[1]).toBe('0105536112014');
  });

  it('leaves out a CSV row of more fields than the header, and names a row of fewer (imported as it is)', () => {
    const csv = twoContracts({ agency: 'เทศบาลตำบลชุมพล' }, { agency: 'เทศบาลตำบลชุมพล' });
    const strings = csv.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
    const [header, first, second] = strings as [string[], string[], string[]];
    // Row 3 lost an empty field upstream; row 4 split its item at a comma not quoted.
    const short = [...second];
    short.splice(
      header.findIndex((h, i) => i > 0 && second[i] === ''),
      1,
    );
    const item = getTemplate('egp-contract')!.columns.findIndex((c) => c.id === 'item');
    const long = [...second.slice(0, item), 'จ้างก่อสร้างถนน คสล.', ' สองสาย', ...second.slice(item + 1)];
    long[1] = '68019524003';
    const grid = { name: 'egp', values: [header, first, short, long], textOnly: true, separator: ',' };
    const r = importEgp(grid, 'ita2568-procurement');
    expect([r.rowsRead, r.rowsWritten]).toEqual([3, 2]);
    const t = getTemplate('ita2568-procurement')!;
    const at = (id: string) => column(r.layout, t.columns.find((c) => c.id === id)!.header);
    expect(at('agency')[0]).toEqual('เทศบาลตำบลชุมพล');
    const width = header.length;
    expect(r.notes.slice(0, 2)).toEqual([
      {
        th: `1 แถว (แถว 3 ของไฟล์ e-GP) มีช่องน้อยกว่าหัวตารางที่มี ${width} ช่อง: นำเข้าตามที่มี ถ้ามีช่องว่างกลางแถวหายไปจากไฟล์ ค่าหลังจากนั้นจะอยู่ผิดคอลัมน์ ตรวจแถวเหล่านั้นในแบบกับข้อมูลใน e-GP`,
        en: `1 row(s) (row 3 of the e-GP file) have fewer fields than the header's ${width}: imported as they are; if an empty field inside such a row was lost from the file, the values after it lie in the wrong columns: compare those rows in the form with e-GP`,
      },
      {
        th: `1 แถวไม่ได้นำเข้า (แถว 4 ของไฟล์ e-GP): มีช่องมากกว่าหัวตารางที่มี ${width} ช่อง น่าจะมีข้อความที่มีจุลภาค (,) โดยไม่ได้อยู่ในเครื่องหมายคำพูด ค่าหลังจากนั้นจึงเลื่อนไปทางขวาผิดคอลัมน์ ใส่เครื่องหมายคำพูดครอบข้อความนั้นในไฟล์แล้วนำเข้าใหม่ หรือกรอกแถวนั้นในแบบเอง`,
        en: `1 row(s) not imported (row 4 of the e-GP file): more fields than the header's ${width}; most likely a text holds a comma and is not in quotes, so the values after it moved right, into the wrong columns; put quotes around that text in the file and import again, or type the row into the form`,
      },
    ]);
    // A row padded with empty fields past the header reads right; so does a workbook's row (cells do not shift).
    const padded = { ...grid, values: [header, first, [...second, '', '']] };
    expect(importEgp(padded, 'ita2568-procurement').rowsWritten).toBe(2);
    const workbook = { name: 'egp', values: [header, first, short] };
    expect(importEgp(workbook, 'ita2568-procurement').rowsWritten).toBe(2);
    // Most rows short (Excel leaves the empty end off rows past the 16th): a habit of the file, all written, no note.
    const cut = (row: string[]) => row.slice(0, -1);
    const habit = importEgp(
      { ...grid, values: [[...header, 'หมายเหตุ'], first, second, second].map((x, i) => (i ? cut([...x, '']) : x)) },
      'ita2568-procurement',
    );
    expect([habit.rowsWritten, habit.notes.some((n) => n.en.includes('fewer fields'))]).toEqual([2, false]);
  });

  it('fills สขร.1 and O21 from an export without supplier or contract number: the price and date it has, each project apart', () => {
    // data.go.th's 2568 cut: two projects of one agency, one item, one price, told apart by their number and date.
    const header =
      'ลำดับ,รหัสโครงการ,ชื่อโครงการ,ชื่อประเภทโครงการ,ชื่อหน่วยงาน,ชื่อหน่วยงานย่อย,วิธีจัดซื้อฯ,กลุ่มวิธีจัดซื้อฯ,วันที่ประกาศ,งบประมาณ(บาท),ราคากลาง(บาท),ราคาตกลงซื้อ/จ้าง,ปีงบประมาณ,วันที่เกิดรายการ,จังหวัด';
    const row = (n: string, project: string, day: string) =>
      `${n},${project},ซื้อน้ำมันเบรก จำนวน ๒ รายการ โดยวิธีเฉพาะเจาะจง,ซื้อ,เทศบาลตำบลแม่ริม,เทศบาลตำบลแม่ริม,วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง,เฉพาะเจาะจง,-,1480,1480,1480,2568,${day},เชียงใหม่`;
    const lines = [header, row('4528583', '67119257386', '14 พ.ย. 67'), row('4528584', '67129018376', '5 พ.ย. 67')];
    const grid = { name: 'egp', values: lines.map((l) => l.split(',')), textOnly: true, separator: ',' };
    for (const id of ['skr1', 'ita2566-o21']) {
      const r = importEgp(grid, id);
      const t = getTemplate(id)!;
      const header = (c: string) => t.columns.find((x) => x.id === c)!.header;
      expect(column(r.layout, header('winnerAndPrice')), id).toEqual(['1,480 บาท', '1,480 บาท']);
      expect(column(r.layout, header('contractRef')), id).toEqual([
        'ลว. 14 พ.ย. 2567 (เลขที่โครงการ e-GP 67119257386)',
        'ลว. 5 พ.ย. 2567 (เลขที่โครงการ e-GP 67129018376)',
      ]);
      // Said as what it is: the name and the number missing, not the price and the date.
      expect(r.missing.map((m) => m.th)).not.toContain(header('winnerAndPrice'));
      expect(r.missing.map((m) => m.th)).not.toContain(header('contractRef'));
      expect(r.notes.map((n) => n.en)).toEqual([
        'The e-GP file names no selected supplier: the winner cell holds the agreed price alone; add the name before it',
        'The e-GP file has no contract numbers: the contract cell holds the date alone (from วันที่เกิดรายการ) with the e-GP project number; add the number of the contract or purchase order before "ลว."',
      ]);
      // Read back by the checker: its price and date found, and the two projects not one row typed twice.
      const values = [
        [r.layout.title],
        r.layout.columns.map((c) => c.header),
        ...(r.layout.rows ?? []),
      ] as CellValue[][];
      const report = checkSheet({ name: 'S', values }, { templateId: id });
      expect(
        report.findings.map((f) => f.code),
        id,
      ).not.toContain('duplicate-row');
      // The winner's name the export lacks is asked for, in each row; nothing else in the cells composed.
      const composed = [header('winnerAndPrice'), header('contractRef')];
      expect(
        report.findings.filter((f) => composed.includes(f.column ?? '')).map((f) => `${f.code} ${f.column} ${f.row}`),
        id,
      ).toEqual([3, 4].map((row) => `required-value ${header('winnerAndPrice')} ${row}`));
    }
  });

  it('names a 2567 year in the title of the 2568 form, which keeps its "(ITA 2568)"', () => {
    const r = importEgp(twoContracts({ fiscalYear: 2567 }, { fiscalYear: 2567 }), 'ita2568-procurement');
    expect(r.layout.title).toContain('พ.ศ. 2567 (ITA 2568)');
  });
});
