import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../../src/core/cells/value';
import { checkSheet } from '../../src/core/check/sheet';
import { headerScore, recogniseHeader } from '../../src/core/sheet/header';
import { allTemplates, getTemplate } from '../../src/core/templates/registry';
import { foldForMatch } from '../../src/core/text/thai';
import { O16, O16_HEADERS, goodRow, o16Rows } from '../helpers/o16';

const grid = (values: CellValue[][]): SheetGrid => ({ name: 'S', values });

describe('headerScore', () => {
  const score = (text: string, key: string) => headerScore(foldForMatch(text), [foldForMatch(key)]);

  it('does not take a column for another whose name shares most of its letters', () => {
    // Bigram likeness 0.735 and 0.719: the item is no budget, the method no status.
    expect(score('วงเงินที่ซื้อหรือจ้าง', 'งานที่ซื้อหรือจ้าง')).toBe(0);
    expect(score('สถานะการจัดซื้อจัดจ้าง', 'วิธีการจัดซื้อจัดจ้าง')).toBe(0);
  });

  it('takes a name written whole, inside a longer one, or with a letter changed', () => {
    expect(score('ราคากลาง', 'ราคากลาง')).toBe(1);
    expect(score('ราคาที่ตกลงซื้อ', 'ราคาที่ตกลงซื้อหรือจ้าง')).toBe(0.9);
    // Inside it, but less than 60 % of it: too little of the name to tell.
    expect(score('ราคาที่ตกลง', 'ราคาที่ตกลงซื้อหรือจ้าง')).toBe(0);
    expect(score('เลขประจำตัวผู้เสียภาษ', 'เลขประจำตัวผู้เสียภาษี')).toBeGreaterThan(0.78);
  });
});

describe('recogniseHeader', () => {
  it('finds the 12-column O16 header on row 1', () => {
    const m = recogniseHeader(grid(o16Rows([goodRow()]) as CellValue[][]), allTemplates());
    expect(m?.template.id).toBe('ita2567-o16');
    expect(m?.headerRow).toBe(1);
    expect(m?.columns).toHaveLength(12);
    expect(m?.missing).toEqual([]);
    expect(m?.confidence).toBe(1);
  });

  it('finds a header on row 3 under a title and a blank row', () => {
    const rows = o16Rows([goodRow()], { titleRows: [['รายงานผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567'], []] });
    const m = recogniseHeader(grid(rows as CellValue[][]), allTemplates());
    expect(m?.headerRow).toBe(3);
    expect(m?.firstDataRow).toBe(4);
  });

  it('looks for the header in the first 30 rows (a two-row header may end on row 31)', () => {
    const under = (titleRows: number) =>
      recogniseHeader(
        grid(o16Rows([goodRow()], { titleRows: Array.from({ length: titleRows }, () => []) }) as CellValue[][]),
        allTemplates(),
      );
    expect(under(29)?.headerRow).toBe(30);
    expect(under(30)?.firstDataRow).toBe(32);
    expect(under(31)).toBeNull();
  });

  it('accepts numbering, Thai digits, line breaks and "(บาท)" without a space', () => {
    const headers = O16_HEADERS.map((h, i) => `(${'๐๑๒๓๔๕๖๗๘๙'[(i + 1) % 10]}) ${h.replace(' (บาท)', '\n(บาท)')}`);
    headers[5] = '(๖)  ราคากลาง(บาท)';
    const m = recogniseHeader(grid([headers]), allTemplates());
    expect(m?.columns).toHaveLength(12);
    expect(m?.columns.every((c) => c.score === 1)).toBe(true);
  });

  it('matches PDF-garbled headers loosely (ำ for า, ชื้อ for ซื้อ, tone marks out of order)', () => {
    const headers = [...O16_HEADERS];
    headers[2] = 'แหล่งที่มาของงบประมำณ';
    headers[4] = 'วิธีการจัดชื้อจัดจ้าง';
    headers[6] = 'ราคาท\u0E48\u0E35ตกลงซ\u0E49\u0E37อหรือจ้าง (บาท)';
    const m = recogniseHeader(grid([headers]), allTemplates());
    expect(m?.missing).toEqual([]);
  });

  it('reports the columns a sheet lacks', () => {
    const headers = O16_HEADERS.filter((h) => h !== 'ราคากลาง (บาท)' && h !== 'เลขที่โครงการ');
    const m = recogniseHeader(grid([headers]), allTemplates());
    expect(m?.template.id).toBe('ita2567-o16');
    expect(m?.missing.map((c) => c.id).sort()).toEqual(['projectNumber', 'referencePrice']);
  });

  it('reads on past two header cells left empty over columns in use, not past two empty columns', () => {
    // The headers of the budget source and the status cleared; their data still there.
    const headers = O16_HEADERS.map((h, i) => (i === 2 || i === 3 ? '' : h));
    const rows = o16Rows([goodRow(0), goodRow(1)], { headers }) as CellValue[][];
    const m = recogniseHeader(grid(rows), allTemplates());
    expect(m?.template.id).toBe('ita2567-o16');
    // Not a two-row header whose lower row is the first procurement, left unchecked.
    expect(m).toMatchObject({ headerRow: 1, headerRows: 1, firstDataRow: 2 });
    expect(m?.columns).toHaveLength(10);
    expect(m?.missing.map((c) => c.id).sort()).toEqual(['budgetSource', 'status']);
    // A summary by method two empty columns to the right of the table is not part of its header.
    const beside = o16Rows([goodRow(0), goodRow(1)]).map((r, i) => [
      ...r,
      null,
      null,
      ...(i === 0 ? ['วิธีการจัดซื้อจัดจ้าง', 'จำนวนโครงการ', 'งบประมาณ (บาท)'] : ['วิธีเฉพาะเจาะจง', 2, 100_001]),
    ]) as CellValue[][];
    const b = recogniseHeader(grid(beside), allTemplates());
    expect(b?.template.id).toBe('ita2567-o16');
    expect(b?.columns.map((c) => c.col)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(b?.duplicates).toEqual([]);
    // Nor with a helper column of the user's, without a header, between them.
    const helper = beside.map((r, i) => [...r.slice(0, 12), i === 0 ? null : true, ...r.slice(13)]);
    expect(recogniseHeader(grid(helper), allTemplates())?.duplicates).toEqual([]);
  });

  it('takes the short names agencies give the columns (สถานะ, ชื่อผู้ประกอบการ, เลขโครงการ …)', () => {
    const short = [
      'รายการจัดซื้อจัดจ้าง',
      'วงเงินงบประมาณ (บาท)',
      'แหล่งเงิน',
      'สถานะ',
      'วิธีจัดหา',
      'ราคากลาง',
      'ราคาที่ตกลงซื้อ/จ้าง',
      'เลขผู้เสียภาษี',
      'ชื่อผู้ประกอบการ',
      'เลขโครงการ',
      'วันที่ทำสัญญา',
      'วันครบกำหนดสัญญา',
    ];
    const m = recogniseHeader(grid([short, goodRow(0)]), allTemplates())!;
    expect(m.template.id).toBe('ita2567-o16');
    expect(m.missing).toEqual([]);
    expect(m.columns.map((c) => c.column.id)).toEqual(O16.columns.map((c) => c.id));
  });

  it('takes the same short names in an O14 plan (แหล่งเงิน, งานที่จัดซื้อจัดจ้าง), as in O16', () => {
    const plan = ['งานที่จัดซื้อจัดจ้าง', 'งบประมาณ (บาท)', 'แหล่งเงิน', 'วิธีการจัดซื้อจัดจ้าง', 'ช่วงเวลาที่คาดว่าจะเริ่ม'];
    const m = recogniseHeader(
      grid([plan, ['จัดซื้อครุภัณฑ์', 60_000, 'เงินอุดหนุน', 'เฉพาะเจาะจง', 'ธ.ค. 66']]),
      allTemplates(),
    )!;
    expect(m.template.id).toBe('ita2567-o14');
    expect(m.missing).toEqual([]);
  });

  it('does not take a sheet of prose for a table', () => {
    const m = recogniseHeader(grid([['บันทึกข้อความ'], ['เรื่อง รายงานผลการดำเนินงาน'], ['เรียน นายก']]), allTemplates());
    expect(m).toBeNull();
  });

  it('does not take a list of vendors or a plan for the OIT checklist by its ลำดับ and หมายเหตุ', () => {
    const vendors = grid([
      ['ลำดับ', 'ชื่อผู้ประกอบการ', 'เลขประจำตัวผู้เสียภาษี', 'ที่อยู่', 'หมายเหตุ'],
      [1, 'บริษัท ก จำกัด', '0105536112014', 'ขอนแก่น', null],
      [2, 'ร้าน ข การค้า', '3100600445635', 'ขอนแก่น', null],
    ]);
    expect(recogniseHeader(vendors, allTemplates())).toBeNull();
    const report = checkSheet(vendors);
    expect(report.findings.map((f) => f.code)).toEqual(['unrecognised-sheet']);
    const plan = grid([
      ['ที่', 'โครงการ', 'งบประมาณ', 'ระยะเวลา', 'ผู้รับผิดชอบ'],
      [1, 'ก่อสร้างถนน', 500_000, 'ต.ค.-ธ.ค. 66', 'กองช่าง'],
    ]);
    expect(recogniseHeader(plan, allTemplates())?.template.kind).not.toBe('checklist');
    // Item and budget with a ลำดับ and a หมายเหตุ: a plan short of columns, not a checklist.
    const short = grid([
      ['ลำดับ', 'งานที่ซื้อหรือจ้าง', 'วงเงินงบประมาณ (บาท)', 'หมายเหตุ'],
      [1, 'ก่อสร้างถนน', 500_000, null],
    ]);
    expect(recogniseHeader(short, allTemplates())?.template.id).toBe('ita2567-o14');
    // The checklist's own columns still tell it: a code and a status.
    const oit = grid([
      ['ลำดับ', 'สถานะ', 'หมายเหตุ'],
      ['O1', 'ดำเนินการแล้ว', null],
    ]);
    expect(recogniseHeader(oit, allTemplates())?.template.id).toBe('oit-checklist');
    // And an item column (ข้อ) beside columns every table has.
    for (const header of [
      ['ข้อ', 'รายการ', 'ผู้รับผิดชอบ', 'หมายเหตุ'],
      ['ตัวชี้วัด', 'รายการ', 'หน่วยงานที่รับผิดชอบ'],
    ]) {
      const loose = grid([header, ['O1', 'โครงสร้าง', 'สำนักปลัด'], ['O2', 'ข้อมูลผู้บริหาร', 'สำนักปลัด']]);
      expect(recogniseHeader(loose, allTemplates())?.template.id, header.join('|')).toBe('oit-checklist');
    }
  });

  it('does not take the sheet of a workbook’s dropdown lists for a procurement table', () => {
    const lists = grid([
      ['แหล่งที่มาของงบประมาณ', 'สถานะการจัดซื้อจัดจ้าง', 'วิธีการจัดซื้อจัดจ้าง'],
      ['พ.ร.บ. งบประมาณรายจ่าย', 'สิ้นสุดระยะสัญญา', 'วิธีเฉพาะเจาะจง'],
      ['เงินนอกงบประมาณ', 'ยกเลิกการดำเนินการ', 'e-bidding'],
    ]);
    expect(recogniseHeader(lists, allTemplates())).toBeNull();
  });

  it('finds a two-row header whose top cells are merged over both rows', () => {
    const top = O16_HEADERS.map((h, i) => (i < 6 ? h : i === 6 ? 'ผลการคัดเลือก' : null));
    const bottom = O16_HEADERS.map((h, i) => (i < 6 ? null : h));
    const values: CellValue[][] = [top, bottom, goodRow() as CellValue[]];
    const merges = O16_HEADERS.slice(0, 6).map((_, i) => ({ top: 1, left: i + 1, bottom: 2, right: i + 1 }));
    merges.push({ top: 1, left: 7, bottom: 1, right: 12 });
    const m = recogniseHeader({ name: 'S', values, merges }, allTemplates());
    expect(m?.headerRows).toBe(2);
    expect(m?.firstDataRow).toBe(3);
    expect(m?.missing).toEqual([]);
  });

  it("reads the contract's number and date under its header as agencies label them, in either order", () => {
    const headers = getTemplate('skr1')!.columns.map((c) => c.header);
    const merges = [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
      { top: 1, left: 9, bottom: 1, right: 10 },
    ];
    const labels: [string, string][] = [
      ['เลขที่', 'วันที่'],
      ['เลขที่', 'ลงวันที่'],
      ['เลขที่สัญญา', 'วันที่ลงนาม'],
      ['เลขที่สัญญา', 'วันที่'],
      ['เลขที่ใบสั่งซื้อ/สั่งจ้าง', 'ลว.'],
      ['ที่', 'ลงวันที่'],
      ['วันที่', 'เลขที่'],
      ['วันที่ลงนาม', 'เลขที่'],
    ];
    for (const parts of labels) {
      const values: CellValue[][] = [
        [...headers, null],
        [null, null, null, null, null, null, null, null, ...parts],
        [1, 'ซื้อวัสดุ', 5000, 5000, 'เฉพาะเจาะจง', 'ร้าน ก / 5,000', 'ร้าน ก / 5,000', 'ราคาต่ำสุด', '1/2567', '3 ต.ค. 2566'],
      ];
      const m = recogniseHeader({ name: 'สขร.1', values, merges }, allTemplates());
      expect(m?.firstDataRow, parts.join(' | ')).toBe(3);
      expect(
        m?.columns.find((c) => c.column.id === 'contractRef'),
        parts.join(' | '),
      ).toMatchObject({ span: 2, parts });
    }
  });

  it('finds the same header again after sheets of thousands of other texts (what it remembers is bounded)', () => {
    const typo = [...O16_HEADERS];
    typo[4] = 'วิธีการจัดซ้อจัดจ้าง'; // a typo: matched loosely
    const sheet = grid([typo]);
    const first = recogniseHeader(sheet, allTemplates());
    // Nine sheets of 30 rows × 25 distinct texts: more sheets than the searches kept and more texts
    // than the scores kept across checks, so the first sheet's search is done again from nothing.
    for (let k = 0; k < 9; k++) {
      const noise = Array.from({ length: 30 }, (_, r) =>
        Array.from({ length: 25 }, (_, c) => `ข้อความ ${k}-${r}-${c} ยาวพอ`),
      );
      expect(recogniseHeader(grid(noise), allTemplates())).toBeNull();
    }
    const again = recogniseHeader(sheet, allTemplates());
    expect(again).toEqual(first);
    expect(again?.columns.find((c) => c.column.id === 'method')?.score).toBeLessThan(1);
    expect(again?.columns).toHaveLength(12);
  });

  it('sees an edited header at once when the same sheet is checked again', () => {
    const values = o16Rows([goodRow(), goodRow()]) as CellValue[][];
    const sheet = grid(values);
    expect(recogniseHeader(sheet, allTemplates())?.missing).toEqual([]);
    // The user renames ราคากลาง in place: the column is now missing.
    const at = values[0]!.indexOf('ราคากลาง (บาท)');
    values[0]![at] = 'หมายเหตุ';
    expect(recogniseHeader(sheet, allTemplates())?.missing.map((c) => c.id)).toEqual(['referencePrice']);
    values[0]![at] = 'ราคากลาง (บาท)';
    expect(recogniseHeader(sheet, allTemplates())?.missing).toEqual([]);
    // A title row inserted above moves the header down.
    values.unshift(['ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567']);
    expect(recogniseHeader(sheet, allTemplates())?.headerRow).toBe(2);
    // A header that matched while all forms were tried is not taken for the one form asked for.
    const egp = allTemplates().filter((t) => t.importOnly);
    expect(recogniseHeader(sheet, egp)?.template.id).not.toBe('ita2567-o16');
  });
});

describe('foldForMatch', () => {
  it('folds the same header typed differently to one key', () => {
    expect(foldForMatch('(๖) ราคากลาง (บาท)')).toBe(foldForMatch('ราคากลาง(บาท)'));
    expect(foldForMatch('6. ราคากลาง\n(บาท)')).toBe(foldForMatch(O16.columns[5]!.header));
  });
});

describe('a form named in the title or the sheet name', () => {
  const headersOf = (id: string) => getTemplate(id)!.columns.map((c) => c.header);
  const o21WithOrdinal = ['ลำดับ', ...headersOf('ita2566-o21')];
  const found = (name: string, values: CellValue[][]) => {
    const m = recogniseHeader({ name, values }, allTemplates());
    return `${m?.template.id}@${m?.headerRow}`;
  };

  it('tells an O21 with a ลำดับ column (the columns of สขร.1) by its title or its sheet name', () => {
    expect(found('S', [o21WithOrdinal])).toBe('skr1@1');
    expect(found('S', [['สรุปผลการจัดซื้อจัดจ้างรายเดือน (ITA O21)'], o21WithOrdinal])).toBe('ita2566-o21@2');
    expect(found('S', [['สรุปผลการจัดซื้อจัดจ้างรายเดือน'], [], ['ita o21 ปี 2566'], o21WithOrdinal])).toBe('ita2566-o21@4');
    expect(found('O21 2566', [o21WithOrdinal])).toBe('ita2566-o21@1');
    // สขร.1's own column names, under a title that says O21: the report is the O21 one.
    expect(found('S', [['ITA O21'], headersOf('skr1')])).toBe('ita2566-o21@2');
  });

  it('tells สขร.1 typed with O21’s column names by its title', () => {
    expect(found('S', [headersOf('ita2566-o21')])).toBe('ita2566-o21@1');
    expect(found('S', [['แบบ สขร. ๑'], headersOf('ita2566-o21')])).toBe('skr1@2');
  });

  it('does not let a name outweigh the columns: an O16 titled "from e-GP" or named O14 is O16', () => {
    expect(found('S', [['ผลการจัดซื้อจัดจ้าง (ข้อมูลจากระบบ e-GP)'], O16_HEADERS])).toBe('ita2567-o16@2');
    expect(found('O14', [O16_HEADERS])).toBe('ita2567-o16@1');
    expect(found('O16', [headersOf('ita2567-o14')])).toBe('ita2567-o14@1');
  });

  it('sees a renamed sheet at once when the same cells are checked again', () => {
    const values = [o21WithOrdinal];
    expect(found('O21', values)).toBe('ita2566-o21@1');
    expect(found('สขร.1', values)).toBe('skr1@1');
    expect(found('O21', values)).toBe('ita2566-o21@1');
  });
});

describe('a header as pdftotext writes Thai (vowels moved off their letters, spaces inside words)', () => {
  const moved = [
    'งานทซ่ี อ้ื หรอื จา้ ง',
    'วงเงนิ งบประมาณทไ่ี ดร้ บั จดั สรร (บาท)',
    'แหลง่ ทม่ี าของงบประมาณ',
    'สถานะการจดั ซอ้ื จดั จา้ ง',
    'วธิ กี ารจดั ซอ้ื จดั จา้ ง',
    'ราคากลาง (บาท)',
    'ราคาทต่ี กลงซอ้ื หรอื จา้ ง (บาท)',
    'เลขประจาํ ตวั ผเู้ สยี ภาษี / เลขประจาํ ตวั ประชาชนของผปู้ ระกอบการทไ่ี ดร้ บั การคดั เลอื ก',
    'รายชอ่ื ผปู้ ระกอบการทไ่ี ดร้ บั การคดั เลอื ก',
    'เลขทโ่ี ครงการ',
    'วนั ทล่ี งนามในสญั ญา',
    'วนั สน้ิ สดุ สญั ญา',
  ];

  it('is read as the form, each column said to be written unlike it, and the cells under it are judged', () => {
    const over = goodRow(1);
    over[6] = 60_000;
    const r = checkSheet({ name: 'S', values: [moved, goodRow(0), over] as CellValue[][] });
    expect([r.template, r.rows]).toEqual(['ita2567-o16', 2]);
    const codes = r.findings.map((f) => `${f.code}@${f.cell}`);
    // Every column but ราคากลาง (unharmed) is a variant; the agreed price over the budget is found under its moved header.
    expect(codes.filter((c) => c.startsWith('header-variant'))).toHaveLength(11);
    expect(codes).toContain('price-over-budget@G3');
    expect(codes).not.toContain('missing-column@A1');
  });

  it('does not make a column of another: a text with vowels is still scored by its own letters first', () => {
    // Right headers keep their exact fit (1), the moved one its skeleton's (under 1, over the acceptance).
    const m = recogniseHeader(grid([[...O16_HEADERS.slice(0, 11), moved[11]!]]), allTemplates())!;
    expect(m.columns.map((c) => Math.round(c.score * 100) / 100)).toEqual([...Array(11).fill(1), 0.92]);
  });
});
