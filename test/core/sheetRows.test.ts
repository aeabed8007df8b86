import { describe, expect, it } from 'vitest';
import type { CellRange, CellValue } from '../../src/core/cells/value';
import { checkSheet } from '../../src/core/check/sheet';
import { procurementData } from '../../src/core/report/procurementData';
import { getTemplate } from '../../src/core/templates/registry';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/core/text/csv';
import { goodRow, O16_HEADERS, taxId } from '../helpers/o16';
import { SKR1_HEADERS, skr1Row } from '../helpers/skr1';
import { fixesFor } from '../../src/core/findings/fixes';
import type { Finding } from '../../src/core/findings/types';
import { dayToSerial } from '../../src/core/cells/dates';

const check = (values: CellValue[][]) => checkSheet({ name: 'S', values });
const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const headersOf = (id: string) => getTemplate(id)!.columns.map((c) => c.header);

/** A month's buy as O21 (and สขร.1 without its ลำดับ) lists it: item, amounts, method, bids, reason, contract. */
function o21Row(i: number, method = 'เฉพาะเจาะจง', signed = '3 ต.ค. 2565'): CellValue[] {
  return [
    `ซื้อวัสดุสำนักงาน ${i}`,
    12000,
    12000,
    method,
    'ร้าน ก 11,500 บาท',
    'ร้าน ก 11,500 บาท',
    'ราคาต่ำสุด',
    `${i}/2566 ลว. ${signed}`,
  ];
}

/** A small buy as สขร.1 lists it, its contract cell as given. */
function skr1Buy(n: number, contract: string): CellValue[] {
  return [
    n,
    'จัดซื้อวัสดุสำนักงาน',
    49_000,
    49_000,
    'เฉพาะเจาะจง',
    'ร้านสมใจ / 48,500',
    'ร้านสมใจ / 48,500',
    'ราคาต่ำสุด',
    contract,
  ];
}

/** A row a check must find fault with: a method no act knows and a wrong check digit. */
function badRow(i: number): CellValue[] {
  const r = goodRow(i) as CellValue[];
  r[4] = 'ซื้อเอง';
  r[7] = `${taxId(i).slice(0, 12)}${(Number(taxId(i)[12]) + 1) % 10}`;
  return r;
}

describe('rows that are no procurement are not judged as one, and rows that are still are', () => {
  it('a note in the middle of the table does not stop the check of the rows under it', () => {
    const r = check([O16_HEADERS, goodRow(0), ['หมายเหตุ: รายการที่ 1 เบิกจ่ายแล้ว'], badRow(1), badRow(2)]);
    expect(r.rows).toBe(3);
    expect(r.findings.filter((f) => f.code === 'unknown-method').map((f) => f.cell)).toEqual(['E4', 'E5']);
  });

  it("O17's problems and suggestions under its list are no procurements (DOMAIN §3.1, seed 004's (๓))", () => {
    for (const lines of [
      [['ปัญหา/อุปสรรค: ผู้รับจ้างในพื้นที่มีน้อย'], ['ข้อเสนอแนะ: ควรวางแผนการจัดซื้อจัดจ้างล่วงหน้า']],
      [
        [null, '(๓) ปัญหา/อุปสรรคข้อเสนอแนะ'],
        [null, '๑. ผู้รับจ้างในพื้นที่มีน้อย'],
      ],
      [['ปัญหาและอุปสรรค'], ['1. ผู้รับจ้างในพื้นที่มีน้อย'], ['ข้อเสนอแนะ'], ['1. ควรวางแผนการจัดซื้อล่วงหน้า']],
      [['- ปัญหา/อุปสรรค : ผู้รับจ้างมีน้อย'], ['- ข้อเสนอแนะ : ควรวางแผนล่วงหน้า']],
      [['ก. ปัญหาและอุปสรรค'], ['ข. ข้อเสนอแนะ']],
    ] as CellValue[][][]) {
      const r = check([O16_HEADERS, goodRow(0), goodRow(1), [], ...lines]);
      expect([lines[0], r.rows, r.findings.map((f) => f.code)]).toEqual([lines[0], 2, []]);
    }
  });

  it('signatures side by side are footer, and a full row under them is data again', () => {
    const r = check([
      O16_HEADERS,
      goodRow(0),
      ['ลงชื่อ ....... ผู้จัดทำ', null, null, 'ลงชื่อ ....... ผู้ตรวจสอบ', null, null, 'ลงชื่อ ....... ผู้อนุมัติ'],
      ['(นายสมชาย ใจดี)', null, null, '(จ.ส.อ.สมชาย ใจดี)', null, null, '(ดร.สมหญิง ใจดี)'],
      badRow(1),
    ]);
    expect(r.rows).toBe(2);
    expect(r.findings.map((f) => `${f.code}@${f.cell}`).sort()).toEqual(['tax-id-checksum@H5', 'unknown-method@E5']);
  });

  it.each([
    [['ไม่มีการจัดซื้อจัดจ้าง', 0, 0]],
    [['ไม่มีการจัดซื้อจัดจ้าง', '0.00', '0.00', '-', '-', '-', '-', '-']],
    [['เดือนพฤศจิกายน 2565 ไม่มีการจัดซื้อจัดจ้าง', '-0-', '-0-']],
    // The month or year after the words, as a monthly report names it.
    [['ไม่มีการจัดซื้อจัดจ้างในเดือนตุลาคม 2566']],
    [['ไม่มีการจัดซื้อจัดจ้าง ประจำเดือน พฤศจิกายน 2566', '-', '-']],
    [['ไม่มีการจัดซื้อจัดจ้าง ในเดือน ม.ค. 67', 0, 0]],
    [['ไม่มีการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567']],
    // Its days, or its quarter.
    [['ไม่มีการจัดซื้อจัดจ้าง ระหว่างวันที่ 1 - 30 พฤศจิกายน 2566', '-', '-']],
    [['ไม่มีการจัดซื้อจัดจ้าง ณ วันที่ 30 พฤศจิกายน 2566']],
    [['ไม่มีการจัดซื้อจัดจ้าง ระหว่างวันที่ 1 ต.ค. 2566 - 31 ธ.ค. 2566']],
    [['ไม่มีการจัดซื้อจัดจ้าง (ไตรมาสที่ 1)', '-', '-']],
    [['ไม่มีการจัดซื้อจัดจ้าง ไตรมาสที่ 2/2567']],
  ])('a month with nothing bought, typed %j, is no procurement: no finding, not counted', (line) => {
    const o21 = headersOf('ita2566-o21');
    const r = check([o21, o21Row(1), line as CellValue[], o21Row(2)]);
    expect(r.rows).toBe(2);
    expect(r.findings).toEqual([]);
  });

  it('with its own line number in a ลำดับที่ column', () => {
    const skr1 = headersOf('skr1');
    const r = check([
      skr1,
      [1, ...o21Row(1)],
      [2, 'ไม่มีการจัดซื้อจัดจ้าง', '-', '-', '-', '-', '-', '-', '-'],
      [3, ...o21Row(3)],
      [4, 'ไม่มีการจัดซื้อจัดจ้างในเดือนตุลาคม 2566'],
    ]);
    expect(r.rows).toBe(2);
    expect(r.findings).toEqual([]);
    // An item bought for nothing with a method is still judged: "ไม่มี" in its name is no heading.
    const item = check([skr1, [1, 'ซื้อวัสดุ (ไม่มีค่าใช้จ่าย)', 0, 0, 'ซื้อเอง']]);
    expect(item.rows).toBe(1);
  });

  it('an O21 month heading worded "สรุปผล…ประจำเดือน…" heads its month', () => {
    const o21 = headersOf('ita2566-o21');
    const r = check([
      o21,
      ['สรุปผลการจัดซื้อจัดจ้างประจำเดือนตุลาคม 2565'],
      o21Row(1, 'ซื้อเอง'),
      ['สรุปผลการจัดซื้อจัดจ้างประจำเดือนพฤศจิกายน 2565'],
      o21Row(2, 'ตกลงกันเอง'),
    ]);
    expect(r.rows).toBe(2);
    expect(r.findings.filter((f) => f.code === 'unknown-method')).toHaveLength(2);
  });

  it.each([
    ['หน้า 1/2'],
    ['- ๒ -'],
    ['1/3'],
    ['Page 2'],
    ['รวมทั้งสิ้น ๓ รายการ'],
    ['รวม ทั้งสิ้น'],
    ['รวมทั้งสิ้น 100,000 บาท'],
    ['ยอดยกไป'],
    ['รวมเดือนตุลาคม 2566'],
    ['ขอรับรองว่าข้อมูลถูกต้อง'],
    ['(จ.ส.อ.สมชาย ใจดี)'],
    ['(.............................)'],
    ['*หมายเหตุ ข้อมูล ณ 31 มี.ค. 67'],
    ['แหล่งข้อมูล: e-GP'],
    ['ผู้อำนวยการกองคลัง'],
  ])('"%s" between two procurements is not judged', (line) => {
    const r = check([O16_HEADERS, goodRow(0), [line], goodRow(1)]);
    expect(r.findings).toEqual([]);
    expect(r.rows).toBe(2);
  });

  it('the title and agency a PDF copy repeats at each page, and the page number, are not judged', () => {
    const [t1, t2] = ['รายงานผลการจัดซื้อจัดจ้าง ประจำปี พ.ศ. ๒๕๖๗', 'เทศบาลเมืองชุมพร'];
    const r = check([
      [t1],
      [t2],
      O16_HEADERS,
      goodRow(0),
      [null, null, null, null, '- ๑ -'],
      [t1],
      [t2],
      O16_HEADERS,
      goodRow(1),
    ]);
    expect(r.findings).toEqual([]);
    expect(r.rows).toBe(2);
  });

  it.each([
    ['รวมเป็นเงินทั้งสิ้น (สี่แสนหกหมื่นสี่พันห้าร้อยบาทถ้วน)'],
    ['รวมงบประมาณทั้งสิ้น'],
    ['รวมยอดเงิน'],
    ['รวมทุกรายการ'],
    ['รวมทั้งปี'],
    ['รวม ต.ค. 66'],
    ['รวมไตรมาสที่ 1'],
    ['รวม (บาท)'],
    ['รวมค่าใช้จ่าย'],
    ['รวม 12 สัญญา'],
    ['รวมทั้งสิ้น จำนวน 12 โครงการ เป็นเงิน 470,000 บาท'],
  ])('a totals row written "%s", with its sums under the amounts, is a total, not a procurement', (label) => {
    const total: CellValue[] = [label, 100_001, null, null, null, 100_001, 96_001];
    const r = check([O16_HEADERS, goodRow(0), goodRow(1), total]);
    expect(r.findings).toEqual([]);
    expect(r.rows).toBe(2);
  });

  it('the header repeated on a later page in other words is not judged', () => {
    const reworded = [
      'รายการ',
      'วงเงินงบประมาณ (บาท)',
      'แหล่งงบประมาณ',
      'สถานะสัญญา',
      'วิธีจัดซื้อจัดจ้าง',
      'ราคากลาง',
      'ราคาที่ตกลงซื้อ/จ้าง',
      'เลขประจำตัวผู้เสียภาษี',
      'ชื่อผู้ประกอบการที่ได้รับการคัดเลือก',
      'เลขที่โครงการ e-GP',
      'วันที่ลงนามสัญญา',
      'วันที่สิ้นสุดสัญญา',
    ];
    const r = check([O16_HEADERS, goodRow(0), reworded, goodRow(1)]);
    expect(r.findings).toEqual([]);
    expect(r.rows).toBe(2);
  });

  it('a two-row header repeated on a later page, both rows and their merges, is not judged (สขร.1)', () => {
    const top: CellValue[] = [...headersOf('skr1'), null];
    const low: CellValue[] = [null, null, null, null, null, null, null, null, 'เลขที่', 'วันที่'];
    const buy = (i: number): CellValue[] => [
      i,
      'ซื้อวัสดุสำนักงาน',
      50_000,
      50_000,
      'เฉพาะเจาะจง',
      `ร้าน ${i} 49,500`,
      `ร้าน ${i} 49,500`,
      'ราคาต่ำสุด',
      `${i}/2567`,
      '15 ม.ค. 67',
    ];
    // The top row's cells merged down over both rows, and the contract's heading over its two columns.
    const merges = [1, 5].flatMap((r) => [
      ...Array.from({ length: 8 }, (_, c) => ({ top: r, left: c + 1, bottom: r + 1, right: c + 1 })),
      { top: r, left: 9, bottom: r, right: 10 },
    ]);
    const r = checkSheet({ name: 'สขร.1', values: [top, low, buy(1), buy(2), top, low, buy(3)], merges });
    expect(r.template).toBe('skr1');
    expect(r.rows).toBe(3);
    expect(r.findings).toEqual([]);
  });

  it('an item whose name starts with รวม is still a procurement', () => {
    const row = goodRow(1);
    row[0] = 'รวมกลุ่มอาชีพสตรี ซื้อวัสดุ';
    row[2] = null;
    const r = check([O16_HEADERS, goodRow(0), row]);
    expect(r.rows).toBe(2);
    expect(r.findings.map((f) => f.code)).toEqual(['required-value']);
  });

  it('"รวม" in a ลำดับ column the form lacks, with the sums under the amounts, is a total', () => {
    const total: CellValue[] = ['รวม', null, 100_001, null, null, null, 100_001, 96_001];
    const r = check([['ลำดับ', ...O16_HEADERS], [1, ...goodRow(0)], [2, ...goodRow(1)], total]);
    expect(r.findings).toEqual([]);
  });

  it('the column numbers (๑)…(๑๓) under a header with a ลำดับ in front are part of the header', () => {
    const th = (n: number) => `(${String(n).replace(/\d/g, (d) => String.fromCharCode(0xe50 + Number(d)))})`;
    const r = check([['ลำดับ', ...O16_HEADERS], Array.from({ length: 13 }, (_, i) => th(i + 1)), [1, ...goodRow(0)]]);
    expect(r.findings).toEqual([]);
  });

  it('an O14 plan grouped under แผนงาน and category headings judges only its procurements', () => {
    const o14 = (i: number) => [
      `ก่อสร้างถนน คสล. หมู่ที่ ${i}`,
      450_000,
      'พ.ร.บ. งบประมาณรายจ่าย',
      'วิธีเฉพาะเจาะจง',
      'ธันวาคม 2566',
    ];
    const r = check([
      ['ลำดับ', ...headersOf('ita2567-o14')],
      [null, 'แผนงานเคหะและชุมชน'],
      [1, ...o14(1)],
      [null, 'ครุภัณฑ์'],
      [2, ...o14(2)],
    ]);
    expect(r.template).toBe('ita2567-o14');
    expect(r.rows).toBe(2);
    expect(r.findings).toEqual([]);
  });
});

describe('lines offices write between the rows of a table', () => {
  it('a month with nothing bought, its cells filled with dashes, is no procurement missing seven values', () => {
    const r = check([
      ['ที่', ...headersOf('ita2566-o21')],
      ['เดือนตุลาคม ๒๕๖๕'],
      [1, ...o21Row(1)],
      ['เดือนพฤศจิกายน ๒๕๖๕'],
      ['-', 'ไม่มีการจัดซื้อจัดจ้าง', '-', '-', '-', '-', '–', '-', '-'],
      ['เดือนธันวาคม ๒๕๖๕'],
      [2, ...o21Row(2)],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.rows).toBe(2);
    // A procurement with dashes for what it lacks is still judged.
    const dashed = check([headersOf('ita2566-o21'), o21Row(1), ['ซื้อวัสดุ', '-', '-', 'เฉพาะเจาะจง', '-'], o21Row(2)]);
    expect(dashed.rows).toBe(3);
    expect(dashed.findings.filter((f) => f.code === 'required-value').map((f) => f.cell)).toContain('B3');
  });

  it("a total in words, a sign-off, the report's date and a page going on are no procurements with empty cells", () => {
    const total = ['รวม', 150_003, null, null, null, 150_003, 144_003];
    for (const line of [
      '(หนึ่งแสนห้าหมื่นบาทถ้วน)',
      'หนึ่งแสนสี่หมื่นสี่พันบาทสี่สิบสตางค์',
      'ตรวจแล้วถูกต้อง',
      'รับรองว่าถูกต้อง',
      'วันที่ 1 ต.ค. 2567',
    ]) {
      const r = check([O16_HEADERS, goodRow(0), goodRow(1), goodRow(2), total, [line]]);
      expect([r.rows, r.findings.filter((f) => f.severity !== 'info').map((f) => f.code)], line).toEqual([3, []]);
    }
    // Where page 1 ends, the page going on: "/ต่อหน้า 2" at the right, "(ต่อ)" over page 2's header.
    const ends = Array<CellValue>(11).fill(null);
    for (const line of [[...ends, '/ต่อหน้า 2'], ['(ต่อ)'], ['ต่อหน้าถัดไป']]) {
      const r = check([O16_HEADERS, goodRow(0), goodRow(1), line, O16_HEADERS, goodRow(2)]);
      expect([r.rows, r.findings.map((f) => f.code)], String(line.at(-1))).toEqual([3, []]);
    }
    // "วันที่ …" alone in a column of dates is a date on a line of its own (a PDF's second line), still read.
    const dateLine = Array<CellValue>(12).fill(null);
    dateLine[10] = 'วันที่ 15 ธ.ค. 2566';
    expect(check([O16_HEADERS, goodRow(0), dateLine, goodRow(1)]).rows).toBe(3);
    // An item that is only named is still judged: its amounts are asked for.
    const named = check([O16_HEADERS, goodRow(0), ['ซื้อวัสดุก่อสร้าง (หินคลุก)'], goodRow(1)]);
    expect(named.rows).toBe(3);
    expect(named.findings.map((f) => f.code)).toContain('required-value');
  });

  it('a heading in a ที่ column the form lacks is no blank row to delete; a row with only its number is', () => {
    const r = check([
      ['ที่', ...O16_HEADERS],
      ['ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2566)'],
      [1, ...goodRow(0)],
      ['ไตรมาสที่ 2 (ม.ค. - มี.ค. 2567)'],
      [2, ...goodRow(1)],
      [3],
      [4, ...goodRow(2)],
    ]);
    expect(r.rows).toBe(3);
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['blank-rows@A6']);
  });
});

describe('rows a careless rule would drop, or judge (review of this change)', () => {
  it.each([
    ['in brackets', ['(นางสาวสมหญิง ใจดี)', null, null, '(นายสมศักดิ์ รักงาน)', null, null, '(นายสมชาย ใจดี)']],
    ['without brackets', ['นางสาวสมหญิง ใจดี', null, null, 'นายสมศักดิ์ รักงาน', null, null, 'นายสมชาย ใจดี']],
  ])('names and posts of signatures side by side, %s, after a note are footer', (_, names) => {
    const r = check([
      O16_HEADERS,
      goodRow(0),
      goodRow(1),
      ['หมายเหตุ: ข้อมูล ณ วันที่ 31 มีนาคม 2567'],
      ['ผู้จัดทำ', null, null, 'ผู้ตรวจสอบ', null, null, 'ผู้อนุมัติ'],
      names as CellValue[],
      ['เจ้าพนักงานพัสดุ', null, null, 'ผู้อำนวยการกองคลัง', null, null, 'ปลัดเทศบาล'],
    ]);
    expect(r.rows).toBe(2);
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['ค่าเช่าเครื่องถ่ายเอกสารประจำเดือนตุลาคม 2566'],
    ['จ้างเหมาทำความสะอาด ไตรมาสที่ 1'],
    ['(ซื้อวัสดุสำนักงาน)'],
    ['*ซื้อวัสดุสำนักงาน (เพิ่มเติม)'],
    ['1/2566'],
  ])('an incomplete procurement "%s" is judged, and so are the rows under it', (item) => {
    const r = check([O16_HEADERS, goodRow(0), [item, 12_000], ['ซื้อหมึกพิมพ์', 3_000], goodRow(1)]);
    expect(r.rows).toBe(4);
    expect(r.findings.filter((f) => f.code === 'required-value' && f.row === 3).length).toBeGreaterThan(0);
    expect(r.findings.filter((f) => f.code === 'required-value' && f.row === 4).length).toBeGreaterThan(0);
  });
});

describe('rows the second review found cut or judged', () => {
  it('a two-row header repeated on page 2 is the same table: the rows under it are checked', () => {
    const top = [...O16_HEADERS.slice(0, 5), ...Array<null>(7).fill(null)];
    const bottom = [...Array<null>(5).fill(null), ...O16_HEADERS.slice(5)];
    const over = (i: number) => {
      const r = goodRow(i);
      r[6] = 60_000;
      return r;
    };
    const r = check([top, bottom, goodRow(0), top, bottom, over(1), over(2)]);
    expect(r.findings.filter((f) => f.code === 'price-over-budget').map((f) => f.row)).toEqual([6, 7]);
    expect(r.findings.map((f) => f.code)).not.toContain('other-table');
  });

  it('an O17 summary in parts with subtotals is checked to its end', () => {
    const r = check([
      headersOf('ita2567-o17-summary').slice(0, 4),
      ['ไตรมาสที่ 1'],
      ['วิธีเฉพาะเจาะจง', 2, 100_000, 90_000],
      ['รวม', 2, 100_000, 90_000],
      ['ไตรมาสที่ 2'],
      ['วิธีมั่ว', 1, 50_000, 40_000],
      ['รวมทั้งสิ้น', 3, 150_000, 130_000],
      ['ปัญหา/อุปสรรค: งบประมาณจัดสรรล่าช้า'],
      ['ข้อเสนอแนะ'],
      ['ควรวางแผนจัดซื้อตั้งแต่ต้นปีงบประมาณ'],
    ]);
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['unknown-method@A6']);
  });

  it.each([
    ['ผลการจัดซื้อจัดจ้าง ประจำเดือนพฤศจิกายน 2566'],
    ['ข้อมูลเดือนพฤศจิกายน 2566'],
    // A part of the year heading its rows (O21 lists the first six months).
    ['ไตรมาสที่ 1'],
    ['ไตรมาสที่ ๒ (ม.ค. – มี.ค. ๒๕๖๗)'],
    ['ผลการจัดซื้อจัดจ้าง ไตรมาสที่ 3'],
    ['ครึ่งปีแรก'],
    ['ครึ่งปีหลัง ปีงบประมาณ 2567'],
    ['รอบ 6 เดือนแรก'],
    // As the seeds word the year: seed 000's O21 "รอบ 6 เดือนแรกของปี พ.ศ. ๒๕๖๖".
    ['รอบ 6 เดือนแรกของปี พ.ศ. 2566'],
    ['ไตรมาสที่ 1 ประจำปีงบประมาณ พ.ศ. 2566'],
    ['ครึ่งปีแรก ประจำปีงบประมาณ 2566'],
    ['6 เดือนแรก ปีงบประมาณ 2566'],
    ['ประจำไตรมาสที่ 1/2566'],
    ['* ราคาดังกล่าวรวมภาษีมูลค่าเพิ่มแล้ว'],
    ['** อยู่ระหว่างดำเนินการ'],
  ])('"%s" alone on its row is no procurement', (line) => {
    const r = check([O16_HEADERS, goodRow(0), [line], goodRow(1)]);
    expect(r.rows).toBe(2);
    expect(r.findings).toEqual([]);
  });
});

describe("rows Excel's own features and agencies' divisions put inside a table", () => {
  /** An O16 row of `method`, budget and agreed price of our choosing. */
  const buy = (i: number, method: string, budget: number, agreed: number): CellValue[] => {
    const r = goodRow(i) as CellValue[];
    [r[1], r[4], r[5], r[6]] = [budget, method, budget, agreed];
    return r;
  };
  /** The row Data › Subtotal adds: its label in the method column (E), the sums in B and G. */
  const sub = (label: string, budget: number, agreed: number): CellValue[] => [
    null,
    budget,
    null,
    null,
    label,
    null,
    agreed,
  ];
  const E_BID = 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)';

  it.each([
    ['Thai', (m: string) => `ผลรวม ${m}`, 'ผลรวมทั้งหมด'],
    ['English', (m: string) => `${m} Total`, 'Grand Total'],
  ])("Data › Subtotal's rows (%s Excel) are totals: not judged, no fix over their labels", (_, label, grand) => {
    const r = check([
      O16_HEADERS,
      buy(0, E_BID, 2_500_000, 2_450_000),
      buy(1, E_BID, 1_200_000, 1_150_000),
      sub(label(E_BID), 3_700_000, 3_600_000),
      buy(2, 'วิธีเฉพาะเจาะจง', 45_000, 44_500),
      buy(3, 'วิธีเฉพาะเจาะจง', 60_000, 59_000),
      sub(label('วิธีเฉพาะเจาะจง'), 105_000, 103_500),
      sub(grand, 3_805_000, 3_703_500),
    ]);
    expect(r.rows).toBe(4);
    // The sums are right, so nothing at all is said; nor is any fix offered on the rows.
    expect(r.findings).toEqual([]);
    // A wrong subtotal is still judged as one.
    const wrong = check([
      O16_HEADERS,
      buy(0, E_BID, 2_500_000, 2_450_000),
      buy(1, E_BID, 1_200_000, 1_150_000),
      sub(label(E_BID), 3_600_000, 3_600_000),
    ]);
    expect(wrong.findings.map((f) => [f.code, f.cell])).toEqual([['total-mismatch', 'B4']]);
  });

  it('a label naming no group of the rows above it, or a row with other text, is still a procurement', () => {
    const r = check([O16_HEADERS, buy(0, E_BID, 2_500_000, 2_450_000), sub('วิธีคัดเลือก Total', 2_500_000, 2_450_000)]);
    expect(r.rows).toBe(2);
    expect(r.findings.map((f) => f.code)).toContain('required-value');
  });

  it('a division heading alone on its row, or merged across the table, is no procurement; an item typed alone still is', () => {
    const rows: CellValue[][] = [
      O16_HEADERS,
      ['กองช่าง'],
      goodRow(0) as CellValue[],
      ['๒. สำนักปลัด อบต.'],
      goodRow(1) as CellValue[],
      ['กองการศึกษา ศาสนาและวัฒนธรรม'],
      goodRow(2) as CellValue[],
    ];
    const alone = check(rows);
    expect(alone.rows).toBe(3);
    expect(alone.findings).toEqual([]);
    const merges = [2, 4, 6].map((top) => ({ top, bottom: top, left: 1, right: 12 }));
    const merged = checkSheet({
      name: 'S',
      values: rows.map((r) => (r.length === 1 ? [`ฝ่าย ${String(r[0])}`] : r)),
      merges,
    });
    expect(merged.rows).toBe(3);
    expect(merged.findings).toEqual([]);
    // Any one text merged across the table heads its rows; only a unit's name does on its own.
    const caption = checkSheet({
      name: 'S',
      values: [O16_HEADERS, ['งานที่ดำเนินการในไตรมาสแรก 2567'], goodRow(0)],
      merges: [{ top: 2, bottom: 2, left: 1, right: 12 }],
    });
    expect(caption.findings).toEqual([]);
    for (const item of ['ซื้อวัสดุสำนักงาน', 'ศูนย์พัฒนาเด็กเล็ก ซื้ออาหารเสริม (นม)', 'งานที่ดำเนินการในไตรมาสแรก 2567']) {
      const r = check([O16_HEADERS, goodRow(0), [item], goodRow(1)]);
      expect(r.rows).toBe(3);
      expect(r.findings.filter((f) => f.code === 'required-value' && f.row === 3).length).toBeGreaterThan(0);
    }
  });

  it("an item not yet filled in that starts like a unit's name, or is merged across the row, is still judged", () => {
    for (const item of ['ส่วนต่อเติมอาคารสำนักงาน', 'โรงเรียนบ้านหนองไผ่ อาหารกลางวัน', 'ศูนย์พัฒนาเด็กเล็ก ค่าจ้างเหมาทำความสะอาด']) {
      const r = check([O16_HEADERS, goodRow(0), [item], goodRow(1)]);
      expect(r.rows, item).toBe(3);
      expect(r.findings.filter((f) => f.code === 'required-value' && f.row === 3).length, item).toBeGreaterThan(0);
    }
    // Merged across A:I: judged, and the merge said; a unit's name or a caption merged so still heads its rows.
    const merged = (text: string) =>
      checkSheet({
        name: 'S',
        values: [O16_HEADERS, goodRow(0), [text], goodRow(1)],
        merges: [{ top: 3, bottom: 3, left: 1, right: 9 }],
      });
    const item = merged('ซื้อครุภัณฑ์คอมพิวเตอร์ จำนวน 2 เครื่อง');
    expect(item.rows).toBe(3);
    expect(item.findings.map((f) => f.code)).toContain('merged-cell');
    for (const heading of ['กองช่าง', 'สำนักปลัด', 'ศูนย์พัฒนาเด็กเล็ก', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567']) {
      const r = merged(heading);
      expect(r.rows, heading).toBe(2);
      expect(r.findings, heading).toEqual([]);
    }
  });

  it("a month's or a unit's heading that counts its rows, sums them or adds a bracket heads them, merged or not", () => {
    // Eight months, each under a heading merged A:H that counts or sums its contracts, as O21 sheets often do;
    // the last three split by unit, under headings merged so too.
    const o21 = headersOf('ita2566-o21');
    const lines: (string | [number, string])[] = [
      'เดือน ตุลาคม 2565 (จำนวน 2 รายการ)',
      [1, '5 ต.ค. 2565'],
      [2, '6 ต.ค. 2565'],
      'เดือน พฤศจิกายน 2565 รวม 24,000 บาท',
      [3, '5 พ.ย. 2565'],
      [4, '6 พ.ย. 2565'],
      'เดือนธันวาคม ๒๕๖๕ จำนวน ๒ รายการ',
      [5, '5 ธ.ค. 2565'],
      [6, '6 ธ.ค. 2565'],
      'มกราคม 2566 (2 รายการ)',
      [7, '5 ม.ค. 2566'],
      [8, '6 ม.ค. 2566'],
      'ประจำเดือน ก.พ. 66 (2 สัญญา)',
      [9, '5 ก.พ. 2566'],
      [10, '6 ก.พ. 2566'],
      'เดือน มีนาคม 2566',
      'กองช่าง (1 รายการ)',
      [11, '5 มี.ค. 2566'],
      'สำนักปลัด (ค่าวัสดุ)',
      [12, '6 มี.ค. 2566'],
      'เดือนเมษายน 2566 จำนวน 2 รายการ รวมเงิน 12,300 บาท',
      'กองช่าง (2 รายการ, 15,000 บาท)',
      [13, '5 เม.ย. 2566'],
      'กองคลัง - 1 รายการ',
      [14, '6 เม.ย. 2566'],
      'เดือนพฤษภาคม 2566 ยอดรวม 12,300 บาท',
      'งานป้องกันและบรรเทาสาธารณภัย (1 รายการ)',
      [15, '5 พ.ค. 2566'],
      'สำนักปลัด จำนวน 1 รายการ รวมเงิน 6,150 บาท',
      [16, '6 พ.ค. 2566'],
    ];
    const values: CellValue[][] = [['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2566'], o21];
    const merges: CellRange[] = [];
    for (const line of lines) {
      if (typeof line !== 'string') values.push(o21Row(line[0], 'เฉพาะเจาะจง', line[1]));
      else {
        values.push([line]);
        merges.push({ top: values.length, bottom: values.length, left: 1, right: 8 });
      }
    }
    // Every row has the same winner (the one flag), and the headings raise nothing.
    const said = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.code !== 'flag-repeat-winner');
    const merged = checkSheet({ name: 'O21', values, merges });
    expect(merged.rows).toBe(16);
    expect(said(merged)).toEqual([]);
    // The same typed without merging, and a unit's heading counting places.
    const alone = checkSheet({ name: 'O21', values });
    expect(alone.rows).toBe(16);
    expect(said(alone)).toEqual([]);
    for (const heading of [
      'ศูนย์พัฒนาเด็กเล็ก 2 แห่ง',
      'กองช่าง รวม 45,000 บาท',
      'กองช่าง 2,003',
      'กองช่าง 45,000.00',
      'กองช่าง 3 งาน',
      'สำนักปลัด (2 เรื่อง)',
    ]) {
      const r = check([O16_HEADERS, goodRow(0), [heading], goodRow(1)]);
      expect(r.rows, heading).toBe(2);
      expect(r.findings, heading).toEqual([]);
    }
    // A month heading with its count still dates its rows: a contract of a later month under it is said.
    const late = checkSheet({
      name: 'O21',
      values: [o21, ['ตุลาคม 2565 (1 รายการ)'], o21Row(1, 'เฉพาะเจาะจง', '5 ม.ค. 2566')],
      merges: [{ top: 2, bottom: 2, left: 1, right: 8 }],
    });
    expect(late.findings.map((f) => [f.code, f.cell])).toEqual([['signed-after-month', 'H3']]);
    // and an undated small buy under it is reported in its month.
    const undated = {
      name: 'O21',
      values: [o21, ['พฤศจิกายน 2565 (1 รายการ)'], [...o21Row(2).slice(0, 7), 'ใบสั่งซื้อ 2/2566']],
    };
    expect([...procurementData(undated)!.reportedMonth.values()]).toEqual([{ y: 2022, m: 11, d: 1 }]);
    // An item starting like a unit's name, or counting what it buys, is still judged, alone or merged.
    for (const item of [
      'โรงเรียนบ้านหนองบัว ซื้ออาหารเสริม(นม)',
      'กองการศึกษา ค่าอาหารกลางวัน',
      'ศูนย์พัฒนาเด็กเล็ก (ซื้ออาหารเสริม)',
      'ส่วนต่อเติมอาคาร 2 แห่ง',
      'เดือนตุลาคม 2565 ซื้อวัสดุ จำนวน 2 รายการ',
      // Milk, a local government's commonest buy, named in brackets only.
      'ศูนย์พัฒนาเด็กเล็กบ้านหนองไผ่ (นม)',
      'โรงเรียนบ้านหนองบัว (นมพาสเจอร์ไรส์)',
    ]) {
      for (const merges of [undefined, [{ top: 3, bottom: 3, left: 1, right: 9 }]]) {
        const r = checkSheet({ name: 'S', values: [O16_HEADERS, goodRow(0), [item], goodRow(1)], merges });
        expect(r.rows, item).toBe(3);
        expect(r.findings.filter((f) => f.code === 'required-value' && f.row === 3).length, item).toBeGreaterThan(0);
      }
    }
    // Works named as a งาน typed alone, with its amount or not: a unit's section only where it counts its rows.
    for (const item of [
      'งานขุดลอกลำห้วยบ้านโนนสูง',
      'งานขยายเขตไฟฟ้าแรงต่ำบ้านหนองบัว 120,000.00',
      'งานประเพณีลอยกระทง 50,000.00',
    ]) {
      const r = checkSheet({ name: 'S', values: [O16_HEADERS, goodRow(0), [item], goodRow(1)] });
      expect(r.rows, item).toBe(3);
      expect(r.findings.filter((f) => f.code === 'required-value' && f.row === 3).length, item).toBeGreaterThan(0);
    }
  });

  it("a local government's budget งาน by its standard name, alone under its unit, heads its rows; works named งาน are still judged", () => {
    const skr1 = headersOf('skr1');
    // As an อบต.'s สขร.1 splits its month: the unit, then the งาน of its budget (กรมส่งเสริมการปกครองท้องถิ่น's names).
    const r = check([
      skr1,
      [null, 'สำนักปลัด'],
      [null, 'งานป้องกันและบรรเทาสาธารณภัย'],
      skr1Row(1, '1/2567 ลว. 2 ต.ค. 2566', 'ซื้อวัสดุเครื่องดับเพลิง', 8_500),
      [null, 'กองช่าง'],
      [null, 'งานไฟฟ้าถนน'],
      skr1Row(1, '2/2567 ลว. 10 ต.ค. 2566', 'ซื้อวัสดุก่อสร้าง ซ่อมแซมถนนลูกรัง หมู่ 3', 9_500),
      [null, '๒. งานก่อสร้างโครงสร้างพื้นฐาน'],
      skr1Row(2, '3/2567 ลว. 12 ต.ค. 2566', 'จ้างเหมาซ่อมแซมท่อระบายน้ำ', 9_000),
      [null, '(งานระดับก่อนวัยเรียนและประถมศึกษา)'],
      skr1Row(3, '4/2567 ลว. 15 ต.ค. 2566', 'ซื้ออาหารเสริม (นม)', 7_000),
      [null, 'งานบริการสาธารณสุข และงานสาธารณสุขอื่น'],
      skr1Row(4, '5/2567 ลว. 16 ต.ค. 2566', 'ซื้อทรายอะเบท', 6_000),
    ]);
    expect(r.rows).toBe(5);
    // The one winner of every row is said, nothing else: no heading is a procurement missing its cells.
    expect(r.findings.filter((f) => f.code !== 'flag-repeat-winner')).toEqual([]);
    // and that winner is counted among the procurements alone, not among rows without a winner.
    expect(r.findings[0]!.message.th).toContain('ได้รับการคัดเลือก 5 จาก 5 รายการในแผ่นงานนี้');
    // Works named as a งาน, typed alone, are still procurements whose cells are missing, the list's names among their words.
    for (const item of ['งานซ่อมแซมถนน', 'งานไฟฟ้าถนนสายบ้านหนองบัว หมู่ 5', 'งานก่อสร้างถนน คสล.', 'งานสวนสาธารณะหนองบัว']) {
      const one = check([
        skr1,
        skr1Row(1, '1/2567 ลว. 2 ต.ค. 2566'),
        [null, item],
        skr1Row(2, '2/2567 ลว. 3 ต.ค. 2566'),
      ]);
      expect(one.rows, item).toBe(3);
      expect(one.findings.filter((f) => f.code === 'required-value' && f.row === 3).length, item).toBeGreaterThan(0);
    }
  });

  it("a second table's caption right above its header is no procurement; an item alone above a later page's header is", () => {
    const total = ['รวม', 50_000 + 50_001, null, null, null, 50_000 + 50_001, 48_000 + 48_001];
    const second = ['รายการจัดซื้อจัดจ้างเพิ่มเติม (งานซ่อมถนน)'];
    const r = check([O16_HEADERS, goodRow(0), goodRow(1), total, [], second, O16_HEADERS, goodRow(2)]);
    expect(r.rows).toBe(3);
    expect(r.findings).toEqual([]);
    const page = check([O16_HEADERS, goodRow(0), second, O16_HEADERS, goodRow(2)]);
    expect(page.rows).toBe(3);
    expect(page.findings.filter((f) => f.code === 'required-value').map((f) => f.row)).toContain(3);
  });
});

describe("another form's table under the table", () => {
  it('O17: the list under the summary by method is not judged as summary lines, and is said to be unchecked', () => {
    const r = check([
      ['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567'],
      headersOf('ita2567-o17-summary').slice(0, 3),
      ['วิธีเฉพาะเจาะจง', 2, 100_001],
      ['รวม', 2, 100_001],
      [],
      ['ผลการจัดซื้อจัดจ้าง'],
      O16_HEADERS,
      goodRow(0),
      goodRow(1),
    ]);
    expect(r.template).toBe('ita2567-o17-summary');
    // The summary ends at its total (row 4): what O17 asks for under it is not there.
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      'missing-section@A4',
      'missing-section@A4',
      'other-table@A7',
    ]);
  });

  it('the same form under the table with its columns in another order ends it, said so, its rows not read by the wrong header', () => {
    const moved = (r: CellValue[]): CellValue[] => [r[0]!, r[4]!, r[1]!, r[2]!, r[3]!, ...r.slice(5)];
    const r = check([O16_HEADERS, goodRow(0), [], moved(O16_HEADERS), moved(badRow(1)), moved(goodRow(2))]);
    expect(r.rows).toBe(1);
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['other-table@A4']);
    expect(r.findings[0]!.message.en).toContain('another table of the same form with its columns in another order');
    // The same header where it was, on a later page, goes on with the table.
    const again = check([O16_HEADERS, goodRow(0), O16_HEADERS, badRow(1)]);
    expect(again.rows).toBe(2);
    expect(again.findings.map((f) => f.code)).not.toContain('other-table');
  });

  it('a second table beside the first is said not to be checked', () => {
    const side = (r: CellValue[]): CellValue[] => [...r, null, null, ...r];
    const r = check([side(O16_HEADERS), side(goodRow(0)), side(badRow(1))]);
    expect(r.findings.filter((f) => f.code === 'other-table').map((f) => [f.cell, f.message.en])).toEqual([
      [
        'O1',
        'Column O starts another table beside this one, which is not checked in this sheet: move it to a sheet of its own to have it checked',
      ],
    ]);
    // A note or a helper column beside the table is no table.
    const noted = check([
      [...O16_HEADERS, null, 'หมายเหตุ'],
      [...goodRow(0), null, 'ตรวจแล้ว'],
    ]);
    expect(noted.findings.map((f) => f.code)).not.toContain('other-table');
  });

  it('an O14 plan under an O16 table ends it', () => {
    const o14 = ['ซื้อวัสดุ', 100_000, 'พ.ร.บ. งบประมาณรายจ่าย', 'วิธีเฉพาะเจาะจง', 'ต.ค. 2566'];
    const r = check([O16_HEADERS, goodRow(0), [], headersOf('ita2567-o14'), o14]);
    expect(r.rows).toBe(1);
    expect(r.findings.map((f) => f.code)).toEqual(['other-table']);
  });
});

describe('สขร.1 with its contract column split under a two-row header', () => {
  it("reads เลขที่ | วันที่ as the header's second row, and the contract's date from its own column", () => {
    const top = [
      'ลำดับที่',
      'งานที่จัดซื้อหรือจัดจ้าง',
      'วงเงินที่จะซื้อหรือจ้าง (บาท)',
      'ราคากลาง (บาท)',
      'วิธีซื้อหรือจ้าง',
      'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
      'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
      'เหตุผลที่คัดเลือกโดยสรุป',
      'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง',
      null,
    ];
    const row = (i: number, date: CellValue): CellValue[] => [i, ...o21Row(i).slice(0, 7), `${i}/2567`, date];
    const merges = [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
      { top: 2, left: 9, bottom: 2, right: 10 },
    ];
    const r = checkSheet({
      name: 'สขร.1',
      values: [
        ['แบบ สขร.1 ประจำปีงบประมาณ พ.ศ. 2567'],
        top,
        [null, null, null, null, null, null, null, null, 'เลขที่', 'วันที่'],
        row(1, '3 ต.ค. 2566'),
        row(2, new Date(Date.UTC(2024, 9, 3))),
      ],
      merges,
    });
    expect(r.template).toBe('skr1');
    expect(r.rows).toBe(2);
    // Nothing said of the header's merges or its second row; the second contract is dated after the
    // year, said at its date's cell.
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['date-out-of-year@J5']);
  });

  /** A month's สขร.1 with the contract split into `parts` (I | J), each buy's contract given as its two cells. */
  const splitMonth = (
    contracts: (readonly [CellValue, CellValue, number?])[],
    parts: CellValue[] = ['เลขที่', 'วันที่'],
    body: CellRange[] = [],
  ) =>
    checkSheet({
      name: 'ต.ค.66',
      values: [
        ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม 2566'],
        [...SKR1_HEADERS, null],
        [null, null, null, null, null, null, null, null, ...parts],
        ...contracts.map(([n, d, amount], i) => [...skr1Row(i + 1, n as string, undefined, amount), d]),
      ],
      merges: [
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
        { top: 2, left: 9, bottom: 2, right: 10 },
        ...body,
      ],
    });
  // Red flags aside (one shop wins every buy here).
  const said = (r: { findings: readonly Finding[] }) =>
    r.findings.filter((f) => !f.code.startsWith('flag-')).map((f) => `${f.code}@${f.cell}`);
  const numbered = (dates: CellValue[]) => dates.map((d, i) => [`${i + 1}/2567`, d] as const);

  it("says what is wrong with the date at the date's cell, and its fix writes that cell alone, as it was kept", () => {
    const r = splitMonth(
      numbered([
        '3 ต.ค. 2023',
        '3/10/2023',
        // A BE year typed into an Excel date, two-digit and full, as O16's signing date has them.
        utcDay(1966, 10, 4),
        utcDay(2566, 10, 5),
        '6 ต.ค. 66',
      ]),
    );
    expect(r.template).toBe('skr1');
    expect(said(r)).toEqual(['ce-year@J4', 'ce-year@J5', 'ce-year@J6', 'ce-year@J7']);
    const [text, , short, full] = r.findings.filter((f) => f.code === 'ce-year');
    expect(text!.value).toBe('3 ต.ค. 2023');
    expect(short!.message.th).toContain('พิมพ์ปี พ.ศ. 2 หลัก "66" ลงในวันที่ของ Excel');
    expect(full!.message.th).toContain('พิมพ์ปี พ.ศ. ลงในวันที่ของ Excel');
    // Text stays text, in BE; a date stays a date. The contract numbers in I are never written.
    expect(fixesFor(r.findings).map((w) => [w.cell, w.kind, w.value])).toEqual([
      ['J4', 'text', '3 ต.ค. 2566'],
      ['J5', 'text', '3/10/2566'],
      ['J6', 'date', dayToSerial({ y: 2023, m: 10, d: 4 })],
      ['J7', 'date', dayToSerial({ y: 2023, m: 10, d: 5 })],
    ]);
  });

  it("tells a contract signed after the form's month at its date's cell", () => {
    const r = splitMonth(numbered([utcDay(2023, 10, 3), utcDay(2023, 11, 2)]));
    expect(said(r)).toEqual(['signed-after-month@J5']);
  });

  it('offers no fix where the parts do not say which is the date, and reads a reference typed whole in the first', () => {
    // "เลขที่" over I and nothing over J: the CE year is told, but no cell can be told to take the fix.
    const r = splitMonth(numbered(['3 ต.ค. 2023']), ['เลขที่', null]);
    expect(said(r)).toEqual(['ce-year@I4']);
    expect(fixesFor(r.findings)).toEqual([]);
    // Number and date in the number's cell, the date's left empty: that cell is the reference, fixed as one.
    const whole = splitMonth([['1/2567 ลว. 3 ต.ค. 2023', null]]);
    expect(fixesFor(whole.findings).map((w) => [w.cell, w.value])).toEqual([['I4', '1/2567 ลว. 3 ต.ค. 2566']]);
    // The same typed across I:J merged: the reference is I's, where the merge keeps it, and fixed there.
    const across = splitMonth([['1/2567 ลว. 3 ต.ค. 2023', null]], undefined, [
      { top: 4, left: 9, bottom: 4, right: 10 },
    ]);
    expect(said(across)).toEqual(['ce-year@I4', 'merged-cell@I4']);
    expect(fixesFor(across.findings).map((w) => [w.cell, w.value])).toEqual([['I4', '1/2567 ลว. 3 ต.ค. 2566']]);
    // A dash or ไม่มี in the date's cell is none there: the reference in I is read, its date judged.
    const dashed = splitMonth([
      ['1/2567 ลว. 3 ต.ค. 2566', '-'],
      ['2/2567 ลว. 5 พ.ย. 2566', 'ไม่มี'],
    ]);
    expect(said(dashed)).toEqual(['signed-after-month@I5']);
  });

  it("asks for the number of a contract over 100,000 baht whose date's cell alone is filled, at the number's cell", () => {
    const r = splitMonth([
      [null, utcDay(2023, 10, 3), 250_000],
      ['-', '4 ต.ค. 2566', 250_000],
      ['3/2567', '5 ต.ค. 2566', 250_000],
      [null, '6 ต.ค. 2566'],
    ]);
    expect(said(r)).toEqual(['required-value@I4', 'required-value@I5']);
    expect(r.findings.find((f) => f.code === 'required-value')!.message.th).toContain('มีเฉพาะวันที่ ("3 ต.ค. 2566")');
  });

  it("reads the contract's parts however agencies label them: no contract is told it has no date", () => {
    const labels = [
      ['เลขที่', 'ลงวันที่'],
      ['เลขที่สัญญา', 'วันที่ลงนาม'],
      ['เลขที่สัญญา', 'วันที่'],
      ['เลขที่ใบสั่งซื้อ/สั่งจ้าง', 'ลว.'],
      ['ที่', 'วันที่'],
    ];
    for (const parts of labels) {
      const r = splitMonth(
        [
          ['1/2567', utcDay(2023, 10, 3), 150_000],
          ['2/2567', '4 ต.ค. 2023'],
        ],
        parts,
      );
      // The rows are the two buys, the date's cell is the date's: its CE year is told there.
      expect(r.rows, parts.join(' | ')).toBe(2);
      expect(said(r), parts.join(' | ')).toEqual(['ce-year@J5']);
    }
  });

  it("reads the number and date under the contract's header beside a third part saying when it ends, and leaves that out", () => {
    /** A month's สขร.1 whose contract is split into `parts` (I | J | K), each buy's contract its three cells. */
    const threeParts = (parts: string[], contracts: (readonly [CellValue, CellValue, CellValue, number])[]) =>
      checkSheet({
        name: 'พ.ย. 66',
        values: [
          ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน พฤศจิกายน 2566'],
          [...SKR1_HEADERS, null, null],
          [null, null, null, null, null, null, null, null, ...parts],
          ...contracts.map(([a, b, end, amount], i) => [...skr1Row(i + 1, a as string, 'จ้างซ่อมถนน', amount), b, end]),
        ],
        merges: [
          ...[1, 2, 3, 4, 5, 6, 7, 8].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
          { top: 2, left: 9, bottom: 2, right: 11 },
        ],
      });
    const told = (r: { findings: readonly Finding[] }) =>
      r.findings.filter((f) => f.code !== 'flag-repeat-winner').map((f) => `${f.code}@${f.cell}`);
    const contracts: (readonly [CellValue, CellValue, CellValue, number])[] = [
      ['1/2567', '20 พ.ย. 2566', '19 ม.ค. 2567', 480_000],
      ['2/2567', utcDay(2023, 11, 30), '29 ธ.ค. 2566', 470_000],
      // Its end alone is given: that is no signing date, and the number's cell is the reference.
      ['3/2567', null, '5 ธ.ค. 2566', 150_000],
    ];
    for (const parts of [
      ['เลขที่', 'ลงวันที่', 'ครบกำหนด'],
      ['เลขที่สัญญา', 'วันที่ลงนาม', 'วันสิ้นสุดสัญญา'],
      ['เลขที่', 'วันที่', 'สิ้นสุดสัญญา'],
      ['เลขที่', 'วันที่', 'กำหนดส่งมอบ'],
      // Beside a part naming the signing, one naming a date with the end, or a delivery's date, is the end.
      ['เลขที่', 'ลงวันที่', 'วันที่/กำหนดส่งมอบ'],
      ['เลขที่สัญญา', 'วันที่ลงนาม', 'วันที่ส่งมอบ'],
      // When the work is to be done, or how long it takes, as agencies also word the third part.
      ['เลขที่', 'ลงวันที่', 'กำหนดแล้วเสร็จ'],
      ['เลขที่', 'ลงวันที่', 'กำหนดเสร็จ'],
      ['เลขที่', 'ลงวันที่', 'กำหนดส่งของ'],
      ['เลขที่', 'ลงวันที่', 'ระยะเวลาแล้วเสร็จ'],
      ['เลขที่', 'ลงวันที่', 'ระยะเวลาดำเนินการ'],
    ]) {
      const r = threeParts(parts, contracts);
      expect(r, parts.join(' | ')).toMatchObject({ template: 'skr1', headerRow: 2, rows: 3 });
      // The two roadworks a week apart from one shop are summed (950,000): before, no contract had a date.
      expect(told(r), parts.join(' | ')).toEqual([
        'flag-split-purchase@B4',
        'flag-split-purchase@B5',
        'required-value@I6',
      ]);
    }
    const [noDate] = threeParts(['เลขที่', 'ลงวันที่', 'ครบกำหนด'], contracts).findings.filter(
      (f) => f.code === 'required-value',
    );
    expect(noDate!.message.en).toContain('"3/2567" has no date');
    // Date first: the same, the number in J. (One shop wins every buy here: that flag aside.)
    const swapped = threeParts(
      ['วันที่', 'เลขที่', 'ครบกำหนด'],
      contracts.map(([n, d, end, amount]) => [d, n, end, amount] as const),
    );
    expect(told(swapped)).toEqual(['flag-split-purchase@B4', 'flag-split-purchase@B5', 'required-value@J6']);
  });

  it("reads the date under a label naming it with the contract's end, or naming the end as the only date", () => {
    // Three buys of 195,000–198,000 from one shop within a week: a split purchase, once each has its date.
    const amounts = [195_000, 198_000, 197_000];
    const buys = (dates: CellValue[]) => dates.map((d, i) => [`${i + 1}/2567`, d, amounts[i]] as const);
    const told = (r: { findings: readonly Finding[] }) =>
      r.findings.filter((f) => f.code !== 'flag-repeat-winner').map((f) => `${f.code}@${f.cell}`);
    const days = [utcDay(2023, 10, 3), utcDay(2023, 10, 5), utcDay(2023, 10, 7)];
    // The signing and the end typed in one cell, as such a label asks.
    const spans = ['3 ต.ค. 2566 - 23 พ.ย. 2566', '5 ต.ค. 2566 - 25 พ.ย. 2566', '7 ต.ค. 2566 - 27 พ.ย. 2566'];
    for (const label of [
      'ลงวันที่/ครบกำหนด',
      'วันที่ลงนาม-สิ้นสุด',
      'วันที่เริ่มต้น-สิ้นสุดสัญญา',
      'วันที่ลงนาม (ส่งมอบภายใน)',
      'วันที่/กำหนดส่งมอบ',
      // The only date beside the number: the contract's, whatever it is called.
      'วันที่ส่งมอบ',
      'ครบกำหนด',
    ]) {
      for (const dates of [days, spans]) {
        const r = splitMonth(buys(dates), ['เลขที่', label]);
        expect(r, label).toMatchObject({ template: 'skr1', headerRow: 2, rows: 3 });
        expect(told(r), label).toEqual(['flag-split-purchase@B4', 'flag-split-purchase@B5', 'flag-split-purchase@B6']);
      }
    }
  });

  it('judges a contract split date first as it does number first: the same findings, each at its own cell', () => {
    // Each buy of its own amount: no two rows are alike but for the contract.
    const contracts: (readonly [CellValue, CellValue, number])[] = [
      ['1/2567', utcDay(2023, 10, 3), 150_000],
      [null, utcDay(2023, 10, 3), 151_000],
      ['-', '4 ต.ค. 2566', 152_000],
      ['4/2567', '5 ต.ค. 2566', 4_000],
      [null, '6 ต.ค. 2566', 5_000],
      ['6/2567', null, 156_000],
      ['7/2567', '7 ต.ค. 2023', 7_000],
      [null, null, 158_000],
      ['9/2567 ลว. 8 ต.ค. 2566', null, 9_000],
      ['10/2567 ลว. 9 ต.ค. 2023', null, 10_000],
    ];
    // Each finding, then each fix, at its cell.
    const told = (r: { findings: readonly Finding[] }) => [
      ...r.findings.filter((f) => !f.code.startsWith('flag-')).map((f) => `${f.code}@${f.cell} ${f.message.en}`),
      ...fixesFor(r.findings).map((w) => `fix@${w.cell} ${w.value}`),
    ];
    const numberFirst = told(splitMonth(contracts, ['เลขที่', 'วันที่']));
    expect(numberFirst.map((f) => f.split(' ')[0])).toEqual([
      'required-value@I5',
      'required-value@I6',
      'required-value@I9',
      'ce-year@J10',
      'required-value@I11',
      'ce-year@I13',
      'fix@J10',
      'fix@I13',
    ]);
    for (const parts of [
      ['วันที่', 'เลขที่'],
      ['วันที่ลงนาม', 'เลขที่'],
    ]) {
      const dateFirst = splitMonth(
        contracts.map(([n, d, amount]) => [d, n, amount] as const),
        parts,
      );
      // The number's cell is J and the date's I: the same said, each at the same part's cell.
      const swapped = numberFirst.map((f) => f.replace(/@([IJ])/, (_, c: string) => (c === 'I' ? '@J' : '@I')));
      expect(told(dateFirst), parts.join(' | ')).toEqual(swapped);
    }
  });

  it('reads labels under the bidders and the winner, the other header cells merged down over them, as the header', () => {
    const top = headersOf('skr1');
    const merges = [1, 2, 3, 4, 5, 8, 9].map((c) => ({ top: 3, left: c, bottom: 4, right: c }));
    const r = checkSheet({
      name: 'สขร1',
      values: [
        ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มีนาคม 2567'],
        [],
        top,
        [null, null, null, null, null, 'ผู้เสนอราคา', 'ผู้ได้รับการคัดเลือก'],
        [
          1,
          'จัดซื้อวัสดุสำนักงาน',
          15000,
          15000,
          'เฉพาะเจาะจง',
          'ร้านสมใจ / 14,500',
          'ร้านสมใจ / 14,500',
          'ราคาต่ำสุด',
          'สัญญาเลขที่ 12/2567 ลงวันที่ 5 มี.ค. 2567',
        ],
      ],
      merges,
    });
    expect(r.template).toBe('skr1');
    expect(r.rows).toBe(1);
    // Before: row 4 was a procurement (ลำดับที่ not a number, วิธีซื้อหรือจ้าง no method …) and the
    // header's merges were merged cells in the table.
    expect(r.findings).toEqual([]);
  });

  it('reads the bidders and the winner each split into name | price as one text: the price is found and judged', () => {
    const top = [
      'ลำดับที่',
      'งานที่จัดซื้อหรือจัดจ้าง',
      'วงเงินที่จะซื้อหรือจ้าง',
      'ราคากลาง',
      'วิธีซื้อหรือจ้าง',
      'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
      null,
      'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
      null,
      'เหตุผลที่คัดเลือกโดยสรุป',
      'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง',
    ];
    const parts = [null, null, null, null, null, 'ผู้เสนอราคา', 'ราคาที่เสนอ', 'ผู้ได้รับการคัดเลือก', 'ราคาที่ตกลง'];
    const merges = [
      ...[1, 2, 3, 4, 5, 10, 11].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
      { top: 2, left: 6, bottom: 2, right: 7 },
      { top: 2, left: 8, bottom: 2, right: 9 },
    ];
    const buy = (i: number, agreed: number): CellValue[] => [
      i,
      'จ้างเหมาซ่อมรถ',
      49_000,
      49_000,
      'เฉพาะเจาะจง',
      'อู่เอก',
      48_000,
      'อู่เอก',
      agreed,
      'ราคาต่ำสุด',
      `${i}/2567 ลว. 5 ต.ค. 66`,
    ];
    const r = checkSheet({
      name: 'ต.ค.66',
      values: [['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม 2566'], top, parts, buy(1, 48_000), buy(2, 52_000)],
      merges,
    });
    expect(r).toMatchObject({ template: 'skr1', headerRow: 2, rows: 2 });
    // No "the winner's cell has no price"; the price over the budget is told.
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['price-over-budget@H5']);
    expect(r.findings[0]!.message.th).toContain('52,000');
  });
});

describe('which form a sheet is', () => {
  it('a hand-made O16 with e-GP-like column names is O16, its missing columns named and its methods judged', () => {
    const headers = [
      'ลำดับ',
      'ชื่อโครงการ',
      'งบประมาณ(บาท)',
      'วิธีการจัดซื้อจัดจ้าง',
      'ราคากลาง(บาท)',
      'ราคาตกลงซื้อ/จ้าง',
      'ชื่อผู้ชนะการเสนอราคา',
      'เลขที่โครงการ',
      'วันที่ลงนามในสัญญา',
      'วันสิ้นสุดสัญญา',
    ];
    const row: CellValue[] = [1, 'ซื้อวัสดุ', 50_000, 'ซื้อเอง', 50_000, 48_000, 'ร้าน ก', '67019524001', null, null];
    const r = check([headers, row]);
    expect(r.template).toBe('ita2567-o16');
    expect(r.findings.filter((f) => f.code === 'missing-column')).toHaveLength(3);
    expect(r.findings.map((f) => f.code)).toContain('unknown-method');
  });

  it('a real e-GP export with ten of its columns cut is still e-GP', () => {
    const [header, ...rows] = parseCsv(
      readFileSync(
        new URL('../fixtures/shared/real/bangkoktor_govspending_2569-egp-contract-1_2rows.csv', import.meta.url),
        'utf8',
      ),
    );
    const keep = [
      'รหัสโครงการ',
      'ชื่อโครงการจัดซื้อจัดจ้าง',
      'ชื่อหน่วยงาน',
      'ชื่อวิธีการจัดซื้อจัดจ้าง',
      'ชื่อกลุ่มวิธีการจัดซื้อจัดจ้าง',
      'วงเงินงบประมาณ (บาท)',
      'ราคากลาง (บาท)',
      'ปีงบประมาณ',
      'เขต/อำเภอ',
      'สถานะโครงการ',
      'เลขประจำตัวนิติบุคคล 13 หลัก',
      'เลขที่สัญญา',
      'วันที่ลงนามในสัญญา',
      'วันที่สิ้นสุดสัญญา',
      'สถานะสัญญา',
    ].map((h) => header!.indexOf(h));
    expect(keep).not.toContain(-1);
    const cut = (r: string[]) => keep.map((i) => r[i] ?? null);
    expect(check([cut(header!), ...rows.filter((r) => r.length > 1).map(cut)]).template).toBe('egp-contract');
  });

  it('สขร.1 without its ลำดับที่ is สขร.1, not O21', () => {
    expect(check([headersOf('skr1').slice(1)]).template).toBe('skr1');
  });

  it('a staff list is no e-GP export: one message, no flood', () => {
    const r = check([
      ['ลำดับ', 'ชื่อ-สกุล', 'ตำแหน่ง', 'หน่วยงาน'],
      ...Array.from({ length: 5 }, (_, i) => [i + 1, `นาย ก ${i}`, 'นักวิชาการ', 'กองคลัง']),
    ]);
    expect(r.template).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(['unrecognised-sheet']);
  });

  it('a project plan is judged as the O14 plan it nearly is, not as e-GP project numbers', () => {
    const r = check([
      ['ลำดับ', 'โครงการ', 'งบประมาณ', 'แหล่งงบประมาณ', 'ผู้รับผิดชอบ'],
      ...Array.from({ length: 5 }, (_, i) => [i + 1, `ก่อสร้างถนน ${i}`, 100_000, 'งบประมาณรายจ่าย', 'กองช่าง']),
    ]);
    expect(r.template).toBe('ita2567-o14');
    expect(r.findings.map((f) => f.code)).not.toContain('project-number-format');
  });

  it.each([
    [5, 'ราคากลาง (หน่วย:บาท)'],
    [9, 'เลขที่โครงการ\n(ในระบบ e-GP)'],
    [11, 'วันสิ้นสุดสัญญา (วัน/เดือน/ปี)'],
  ])('a header with a note in brackets at its end is its column: "%s"', (k, text) => {
    const headers = [...O16_HEADERS];
    headers[k] = text;
    expect(check([headers, goodRow(0)]).findings.map((f) => f.code)).not.toContain('missing-column');
  });
});

describe('the edges of telling rows apart (each fails if its bound moves)', () => {
  const o16 = (...rows: CellValue[][]) => check([[...O16_HEADERS], ...rows]);

  it('a header repeated on page 2 with its columns numbered ("(๑) งานที่ซื้อหรือจ้าง") is not judged', () => {
    const numbered = O16_HEADERS.map((h, i) => `(${String.fromCharCode(0xe51 + (i % 9))}) ${h}`);
    const r = o16(goodRow(0), numbered, goodRow(1));
    expect(r.rows).toBe(2);
    expect(r.findings).toEqual([]);
  });

  it('the top row of a two-row header, holding two of its names, is not judged when a page repeats it', () => {
    const top = [...O16_HEADERS.slice(0, 2), ...Array<null>(10).fill(null)];
    const bottom = [null, null, ...O16_HEADERS.slice(2)];
    const r = check([top, bottom, goodRow(0), top, bottom, goodRow(1)]);
    expect(r.findings).toEqual([]);
    expect(r.rows).toBe(2);
  });

  it('a row with half the header names is a repeated header; with fewer, and amounts beside, it is judged', () => {
    const mixed = (names: number) => [...O16_HEADERS.slice(0, names), ...goodRow(0).slice(names)];
    expect(o16(goodRow(1), mixed(6), goodRow(2)).rows).toBe(2);
    const r = o16(goodRow(1), mixed(5), goodRow(2));
    expect(r.rows).toBe(3);
    expect(r.findings.filter((f) => f.row === 3).map((f) => f.code)).toContain('not-a-number');
  });

  it('an O14 header short of one of its five columns under an O16 table still ends it', () => {
    const o14 = headersOf('ita2567-o14').slice(0, 4);
    const r = o16(goodRow(0), [], o14, ['ซื้อวัสดุ', 100_000, 'พ.ร.บ. งบประมาณรายจ่าย', 'วิธีเฉพาะเจาะจง']);
    expect(r.rows).toBe(1);
    expect(r.findings.map((f) => f.code)).toEqual(['other-table']);
  });

  it('an O17 summary header of three columns under an O16 table ends it', () => {
    const summary = headersOf('ita2567-o17-summary').slice(0, 3);
    const r = o16(goodRow(0), [], summary, ['วิธีเฉพาะเจาะจง', 2, 100_000]);
    expect(r.rows).toBe(1);
    expect(r.findings.map((f) => f.code)).toEqual(['other-table']);
  });

  it('a row of units ("(บาท)") under a header repeated on page 2 is part of that header', () => {
    const units: CellValue[] = [null, '(บาท)', null, null, null, '(บาท)', '(บาท)'];
    const r = o16(goodRow(0), [...O16_HEADERS], units, goodRow(1));
    expect(r.rows).toBe(2);
    expect(r.findings).toEqual([]);
  });

  it('under a note, a line of two cells with an amount is still the note; a line of three is the table again', () => {
    const r = o16(goodRow(0), ['หมายเหตุ: รายการที่ยกเลิก'], ['ซื้อหมึกพิมพ์ (ยกเลิก)', 3_000], goodRow(1));
    expect(r.rows).toBe(2);
    expect(r.findings).toEqual([]);
    const again = o16(goodRow(0), ['หมายเหตุ: รายการที่ยกเลิก'], ['ซื้อหมึกพิมพ์', 3_000, 'เงินรายได้']);
    expect(again.rows).toBe(2);
    expect(again.findings.filter((f) => f.code === 'required-value' && f.row === 4).length).toBeGreaterThan(0);
  });

  it('a header repeated after the signatures of page 1 starts the table again: an incomplete row under it is judged', () => {
    const r = o16(goodRow(0), ['ลงชื่อ ....... ผู้จัดทำ'], [...O16_HEADERS], ['ซื้อหมึกพิมพ์', 3_000]);
    expect(r.rows).toBe(2);
    expect(r.findings.filter((f) => f.code === 'required-value' && f.row === 5).length).toBeGreaterThan(0);
  });
});

describe('สขร.1 with each bidder on a row of its own under the procurement', () => {
  const road = (bidders: string): CellValue[] => [
    1,
    'จ้างก่อสร้างถนน คสล.',
    2_000_000,
    1_990_000,
    'e-bidding',
    bidders,
    'หจก.ก / 1,800,000',
    'ราคาต่ำสุด',
    '5/2567 ลว. 20 ต.ค. 66',
  ];
  const paper = skr1Buy(2, '1/2567 ลว. 3 ต.ค. 66');
  const alone = (bidder: string): CellValue[] => [null, null, null, null, null, bidder];
  const title = ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม 2566'];
  const codes = (r: ReturnType<typeof checkSheet>) => r.findings.map((f) => `${f.code}@${f.cell}`);
  /** An e-bidding with one bidder, and `line` alone in the bidders column under it. */
  const underOneBidder = (line: string) =>
    checkSheet({ name: 'ต.ค.66', values: [title, headersOf('skr1'), road('1. หจก.ก / 1,800,000'), alone(line)] });

  it('counts the bidders of those rows with the procurement, and the rows as no procurement of their own', () => {
    const values = [title, headersOf('skr1'), road('1. หจก.ก / 1,800,000'), alone('2. หจก.ข / 1,850,000')];
    // Two bidders for e-bidding: fewer than three, said once, on the procurement's row.
    let r = checkSheet({ name: 'ต.ค.66', values: [...values, paper] });
    expect(r.rows).toBe(2);
    expect(codes(r)).toEqual(['flag-few-bidders@F3', 'bidder-rows@F4']);
    expect(r.findings[0]!.message.th).toContain('2 ราย');
    // A third on a row of its own: enough; nothing is asked of those rows. How they were read is said
    // once, as a procurement forgotten but for its bidders would read the same.
    r = checkSheet({ name: 'ต.ค.66', values: [...values, alone('(3) หจก.ค / 1,900,000'), paper] });
    expect(r.rows).toBe(2);
    expect(codes(r)).toEqual(['bidder-rows@F4']);
    expect(r.findings[0]).toMatchObject({ severity: 'info' });
    expect(r.findings[0]!.message.th).toContain('แถว 4–5 มีเพียงรายชื่อผู้เสนอราคา จึงนับเป็นผู้เสนอราคาของรายการแถว 3');
    expect(r.findings[0]!.message.en).toContain('Rows 4–5 hold only bidders');
  });

  it('a line in the bidders column that names no bidder (a note, an item typed there) is not read as one', () => {
    for (const line of [
      'ราคารวมภาษีมูลค่าเพิ่มแล้ว',
      'จัดซื้อหมึกพิมพ์ 3 กล่อง',
      'ร้านค้าในพื้นที่มีน้อย',
      'อนุมัติโดยนายกเทศมนตรี',
      'ราคารวมภาษีมูลค่าเพิ่ม 7% แล้ว 140,000 บาท',
      // Bulleted as bidders are, but no bidder: a note, an item's detail, a decimal, a page.
      '- ร้านค้าในพื้นที่มีน้อย',
      '- ราคารวม VAT 1,000 บาท',
      '- ซื้อหมึกพิมพ์ 3,800 บาท',
      '12.50 บาท',
      '(10) เอกสารแนบ 123',
      // Numbered and priced, with no supplier named: notes too.
      '1. ราคารวม VAT 1,000 บาท',
      '3. ราคาต่ำสุด 1,980,000 บาท',
      '3. ร้านค้าในท้องถิ่นไม่มีสินค้า 1,995,000',
      '1. นายกฯ อนุมัติ 1,995,000',
      '3. บริษัทฯ ไม่ยื่นซอง',
    ]) {
      const r = underOneBidder(line);
      // The lone bidder is still one; the line is a row of its own, its empty cells asked for.
      expect(r.findings.find((f) => f.code === 'flag-few-bidders')!.message.th, line).toContain('1 ราย');
      expect(codes(r), line).toContain('required-value@B4');
    }
    // A note marked with * under the table is a note, bullet-like as it is.
    expect(codes(underOneBidder('* ราคารวมภาษีมูลค่าเพิ่ม 140,000 บาท'))).toEqual(['flag-few-bidders@F3']);
  });

  it("takes a bidder by a supplier's name, after a list's number or bullet or with a price", () => {
    for (const line of [
      '(2) บริษัท ข จำกัด',
      '• หจก.ค 1,995,000',
      '- ร้าน ข / 4,000',
      '2) นายสมชาย',
      'นางสาวสมศรี มีสุข 4,500 บาท',
      'ร้านค้าท้องถิ่นพาณิชย์ 1,995,000',
    ]) {
      const r = underOneBidder(line);
      expect(r.rows, line).toBe(1);
      expect(r.findings.find((f) => f.code === 'flag-few-bidders')!.message.th, line).toContain('2 ราย');
    }
  });

  it('a row numbered as an item of its own (in a ที่ column O21 lacks) is one, though only its bidders are filled', () => {
    const o21 = ['ที่', ...headersOf('ita2566-o21')];
    const item = (n: number, bidders: string): CellValue[] => [n, ...road(bidders).slice(1)];
    const r = checkSheet({
      name: 'O21',
      values: [
        o21,
        item(1, '1. บริษัท ก จำกัด 1,980,000'),
        [2, null, null, null, null, '1. ร้าน ข 5,000'],
        item(3, 'ร้าน ค 1,000'),
      ],
    });
    expect(r.rows).toBe(3);
    expect(codes(r)).toContain('required-value@B3');
    expect(codes(r)).not.toContain('bidder-rows@F3');
  });

  it('with the procurement’s cells merged down over them: counted once, and the advice is one cell of lines', () => {
    const values = [
      title,
      headersOf('skr1'),
      road('1. หจก.ก / 1,800,000'),
      alone('2. หจก.ข / 1,850,000'),
      alone('3. หจก.ค / 1,900,000'),
      paper,
    ];
    const merges = [1, 2, 3, 4, 5, 7, 8, 9].map((c) => ({ top: 3, left: c, bottom: 5, right: c }));
    const r = checkSheet({ name: 'ต.ค.66', values, merges });
    expect(r.rows).toBe(2);
    // No repeat winner, no few bidders: one procurement, three bidders; the merge said once for its rows.
    expect(codes(r)).toEqual(['merged-cell@A3']);
    expect(r.findings[0]!.message.th).toContain('บรรทัดละราย');
    expect(r.findings[0]!.message.en).toContain('a line each');
  });

  it('a signature or a total typed in the bidders column under the table is not a bidder', () => {
    const r = checkSheet({
      name: 'ต.ค.66',
      values: [
        title,
        headersOf('skr1'),
        road('หจก.ก / 1,800,000\nหจก.ข / 1,850,000\nหจก.ค / 1,900,000'),
        alone('รวม 2,000,000'),
        alone('ลงชื่อ ........ ผู้รายงาน'),
      ],
    });
    expect(r.rows).toBe(1);
    expect(codes(r)).toEqual([]);
  });
});

describe('สขร.1 converted from a PDF, a procurement going on on a line of its own under it', () => {
  const title = ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มกราคม 2567'];
  const S = 'เฉพาะเจาะจง';
  /** A sheet of January 2567's สขร.1 with `rows` under its header (data from row 3). */
  const month = (rows: CellValue[][]) => checkSheet({ name: 'ม.ค. 67', values: [title, headersOf('skr1'), ...rows] });
  const codes = (r: ReturnType<typeof checkSheet>) => r.findings.map((f) => `${f.code}@${f.cell}`);
  /** The second line of a procurement: only the given cells (by column, from A) filled. */
  const line = (cells: Record<number, CellValue>): CellValue[] => Array.from({ length: 9 }, (_, c) => cells[c] ?? null);

  it("reads a contract's date on its own line, with the item's words going on, with the procurement above", () => {
    const rows: CellValue[][] = [
      [
        1,
        'ซื้อวัสดุสำนักงาน',
        8_500,
        8_500,
        S,
        'ร้านชุมพลเครื่องเขียน 8,500 บาท',
        'ร้านชุมพลเครื่องเขียน 8,500 บาท',
        'ราคาต่ำสุด',
        'บส.10/2567',
      ],
      line({ 8: 'ลว. 3 ม.ค. 2567' }),
      [
        2,
        'จ้างเหมาซ่อมแซมถนนลูกรัง',
        98_000,
        98_000,
        S,
        'หจก.ช่างสงขลา 97,000 บาท',
        'หจก.ช่างสงขลา 97,000 บาท',
        'ราคาต่ำสุด',
        'สัญญาจ้างเลขที่ 1/2567',
      ],
      line({ 1: 'หมู่ที่ 5 บ้านหนองบัว', 8: 'ลว. 10 ก.พ. 2567' }),
      [
        3,
        'ซื้อน้ำมันเชื้อเพลิง',
        25_000,
        25_000,
        S,
        'หจก.สทิงพระปิโตรเลียม 25,000 บาท',
        'หจก.สทิงพระปิโตรเลียม 25,000 บาท',
        'ราคาต่ำสุด',
        'บส.11/2567 ลว. 12 ม.ค. 2567',
      ],
    ];
    const r = month(rows);
    expect(r.rows).toBe(3);
    // Nothing is asked of the second lines; the date read with its contract is judged: row 5's is after January.
    expect(codes(r)).toEqual(['signed-after-month@I5']);
    // The number merged down over its second line, as converters do: the merge is said, as any other.
    const merged = checkSheet({
      name: 'ม.ค. 67',
      values: [title, headersOf('skr1'), ...rows],
      merges: [{ top: 3, bottom: 4, left: 1, right: 1 }],
    });
    expect(codes(merged)).toEqual(['merged-cell@A3', 'signed-after-month@I5']);
    expect(merged.findings[0]!.message.en).not.toContain('bidder');
    const data = procurementData({ name: 'ม.ค. 67', values: [title, headersOf('skr1'), ...rows] })!;
    expect(data.rows.map((p) => [p.row, p.signDate])).toEqual([
      [3, { y: 2024, m: 1, d: 3 }],
      [5, { y: 2024, m: 2, d: 10 }],
      [7, { y: 2024, m: 1, d: 12 }],
    ]);
  });

  it("reads a winner's and a bidder's price on their own line, and the bidders going on, with the procurement above", () => {
    const r = month([
      [1, 'ซื้อวัสดุสำนักงาน', '8,500.00', '8,500.00', S, 'ร้านชุมพลเครื่องเขียน', 'ร้านชุมพลเครื่องเขียน', 'ราคาต่ำสุด', 'บส.10/2567'],
      line({ 5: 'ราคา 8,500.00 บาท', 6: 'ราคา 8,500.00 บาท', 8: 'ลว. 3 ม.ค. 2567' }),
      [
        2,
        'จ้างก่อสร้างถนน คสล. หมู่ 2',
        1_500_000,
        1_490_000,
        'e-bidding',
        '1. บจก.สงขลาโยธา 1,250,000.00',
        'บจก.สงขลาโยธา',
        'ราคาต่ำสุด',
        '3/2567',
      ],
      line({ 1: 'สายบ้านหนองบัว', 5: '2. หจก.ช่างสงขลา 1,300,000.00', 6: 'ราคา 1,250,000.00 บาท', 8: 'ลว. 30 ม.ค. 2567' }),
      line({ 5: '3. บจก.ใต้รุ่งเรือง 1,400,000.00' }),
    ]);
    expect(r.rows).toBe(2);
    // Three bidders for the e-bidding, and the winner's price read: 16 % under its ราคากลาง, flagged at its cell.
    // The bidder alone on the last line is said as before, of row 5.
    expect(codes(r).filter((c) => !c.startsWith('number-as-text'))).toEqual([
      'flag-deep-discount@G5',
      'bidder-rows@F7',
    ]);
    expect(r.findings.find((f) => f.code === 'bidder-rows')!.message.en).toContain('procurement in row 5');
    const data = procurementData({
      name: 'ม.ค. 67',
      values: [
        title,
        headersOf('skr1'),
        [1, 'ซื้อวัสดุสำนักงาน', 8_500, 8_500, S, 'ร้าน ก', 'ร้าน ก', 'ราคาต่ำสุด', 'บส.10/2567'],
        line({ 5: 'ราคา 8,400.00 บาท', 6: 'ราคา 8,400.00 บาท', 8: 'ลว. 3 ม.ค. 2567' }),
      ],
    })!;
    expect(data.rows.map((p) => [p.agreedPrice, p.signDate, p.bidders])).toEqual([[8_400, { y: 2024, m: 1, d: 3 }, 1]]);
  });

  it("reads a second line whose item's words only go on, and the form's words for a price or a date on it", () => {
    const aircon: CellValue[] = [
      1,
      'ซื้อเครื่องปรับอากาศ ขนาด 24,000 บีทียู',
      56_000,
      56_000,
      S,
      'ร้านเย็นฉ่ำแอร์',
      'ร้านเย็นฉ่ำแอร์',
      'ราคาต่ำสุด',
      'บส.10/2567',
    ];
    const price = '56,000.00';
    for (const second of [
      // The item's words going on hold a buying word, not at their start.
      line({ 1: 'ตามโครงการพัฒนาศูนย์เด็กเล็ก', 5: price, 6: price, 8: 'ลว. 3 ม.ค. 2567' }),
      line({ 1: 'พร้อมติดตั้ง จำนวน 2 เครื่อง', 5: price, 6: price, 8: 'ลว. 3 ม.ค. 2567' }),
      line({ 1: '(รวมค่าติดตั้ง)', 5: price, 6: price, 8: 'ลว. 3 ม.ค. 2567' }),
      line({ 1: '(นม) ภาคเรียนที่ 2/2566', 5: price, 6: price, 8: 'ลว. 3 ม.ค. 2567' }),
      // The form's own words before a price; a date in brackets.
      line({ 5: `ราคาที่เสนอ ${price} บาท`, 6: `ราคาที่ตกลงซื้อ ${price} บาท`, 8: 'ลว. 3 ม.ค. 2567' }),
      line({ 5: `เสนอราคา ${price} บาท`, 6: `ราคาที่ตกลงซื้อหรือจ้าง ${price} บาท`, 8: '(3 ม.ค. 2567)' }),
      // What was bought after the winner's price, in more words than its kind: no one's name.
      line({ 5: `${price} บาท`, 6: `${price} บาท (วัสดุสำนักงาน กระดาษ A4)`, 8: 'ลว. 3 ม.ค. 2567' }),
      line({ 5: price, 6: `${price} ครุภัณฑ์สำนักงาน เครื่องปรับอากาศ`, 8: 'ลว. 3 ม.ค. 2567' }),
    ]) {
      const r = month([aircon, second]);
      expect([JSON.stringify(second), r.rows, codes(r)]).toEqual([JSON.stringify(second), 1, []]);
    }
  });

  it("reads an item cut short going on with the contract's date on a line of its own, though its words name a buy", () => {
    const rows: CellValue[][] = [
      [
        1,
        'จ้างเหมาประกอบ',
        45_000,
        45_000,
        S,
        'นางสมศรี ใจดี 45,000 บาท',
        'นางสมศรี ใจดี 45,000 บาท',
        'ราคาต่ำสุด',
        'จ.1/2567',
      ],
      line({ 1: 'อาหารกลางวัน ศพด.บ้านนา', 8: 'ลว. 3 ม.ค. 2567' }),
      [
        2,
        'ซื้อวัสดุก่อสร้าง เพื่อใช้ใน',
        30_000,
        30_000,
        S,
        'ร้านเจริญวัสดุ 30,000 บาท',
        'ร้านเจริญวัสดุ 30,000 บาท',
        'ราคาต่ำสุด',
        'บส.2/2567',
      ],
      line({ 1: 'โครงการซ่อมแซมถนน หมู่ 4', 8: 'ลว. 8 ม.ค. 2567' }),
    ];
    const r = month(rows);
    expect([r.rows, codes(r)]).toEqual([2, []]);
    const data = procurementData({ name: 'ม.ค. 67', values: [title, headersOf('skr1'), ...rows] })!;
    expect(data.rows.map((p) => [p.row, p.signDate])).toEqual([
      [3, { y: 2024, m: 1, d: 3 }],
      [5, { y: 2024, m: 1, d: 8 }],
    ]);
    // A line numbered as a list's is its own, under an item cut short as under any.
    const numbered = month([rows[0]!, line({ 1: '2. ซื้อวัสดุสำนักงาน', 8: 'ลว. 3 ม.ค. 2567' })]);
    expect(numbered.rows).toBe(2);
  });

  it('reads a whole item ending in a word that merely ends like a cut one, or a line with a price of its own, as its own', () => {
    const whole = (item: string, buy: string) => {
      const head = [1, item, 45_000, 45_000, S, 'ร้าน ก 45,000 บาท', 'ร้าน ก 45,000 บาท', 'ราคาต่ำสุด', 'จ.1/2567'];
      return month([head, line({ 1: buy, 8: 'ลว. 5 ม.ค. 2567' })]);
    };
    // "…หนองคูณ" ends in ณ, "…ใช้ภายใน" in ใน, within a word: the item is whole, the next line a buy of its own.
    for (const item of [
      'จ้างเหมาก่อสร้างถนน คสล. หมู่ 3 บ้านหนองคูณ',
      'ซื้อน้ำดื่มสำหรับใช้ภายใน',
      'ซื้อยางนอกยางใน',
      'จ้างทาสีผนังอาคารด้านใน',
      'ซื้อมะพร้าวแก่',
    ]) {
      const r = whole(item, 'จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ 4');
      expect([item, r.rows, codes(r)]).toEqual([item, 2, expect.arrayContaining(['required-value@C4'])]);
    }
    // Cut short indeed, but the line under it gives a price of its own: a procurement of its own.
    const priced = [
      [1, 'ซื้อวัสดุสำนักงาน ใช้ในสำนักงานและ', 5_000, 5_000, S, 'ร้านสมใจ 5,000 บาท', 'ร้านสมใจ', 'ราคาต่ำสุด', 'บส.6/2567'],
      line({ 1: 'ซื้อวัสดุคอมพิวเตอร์ กองคลัง', 6: '7,000.00 บาท' }),
    ];
    expect(month(priced).rows).toBe(2);
    // Cut within a word that leads on ("…ให้แก่", "…ติดตั้งใน"): the words and the date under it go on.
    for (const item of ['จ้างเหมาจัดทำอาหารว่างให้แก่', 'ซื้อวัสดุไฟฟ้าเพื่อติดตั้งใน']) {
      const r = whole(item, 'ผู้เข้าร่วมโครงการ ซ่อมแซมไฟฟ้าส่องสว่าง');
      expect([item, r.rows, codes(r)]).toEqual([item, 1, []]);
    }
    // The winner's price wrapped too, under a winner with none: the price is the winner's above, not a buy's.
    const wrapped = [
      [1, 'จ้างเหมาประกอบ', 9_000, 9_000, S, 'นางสมศรี ใจดี', 'นางสมศรี ใจดี', 'ราคาต่ำสุด', 'จ.1/2567'],
      line({ 1: 'อาหารกลางวัน ศพด.บ้านนา', 5: '9,000 บาท', 6: '9,000 บาท', 8: 'ลว. 4 ม.ค. 2567' }),
    ];
    expect([month(wrapped).rows, codes(month(wrapped))]).toEqual([1, []]);
    // The winner's wrapped price over the row's budget, or with no budget typed: the row's, its overspend said.
    const over = [
      [1, 'จ้างเหมาประกอบ', 9_000, 9_000, S, 'ร้านสมใจ', 'ร้านสมใจ', 'ราคาต่ำสุด', 'บส.7/2567'],
      line({ 1: 'อาหารกลางวัน ศพด.บ้านนา', 5: '9,500 บาท', 6: '9,500 บาท', 8: 'ลว. 22 ม.ค. 2567' }),
    ];
    expect([month(over).rows, codes(month(over))]).toEqual([1, ['price-over-budget@G3']]);
    // Cut at ใน or แก่ ending a word that leads on: the words and the date under it go on.
    for (const item of ['ค่าอาหารสำหรับผู้เข้าร่วมอบรมใน', 'ซื้อของรางวัลเพื่อมอบแก่']) {
      const r = whole(item, 'โครงการวันเด็กแห่งชาติ ประจำปี 2567');
      expect([item, r.rows, codes(r)]).toEqual([item, 1, []]);
    }
  });

  it("reads a bidder's price wrapped onto a line of its own as that bidder's, not a procurement's", () => {
    const rows: CellValue[][] = [
      [
        1,
        'จ้างก่อสร้างถนน คสล. หมู่ 2',
        1_300_000,
        1_290_000,
        'e-bidding',
        '1. บจก.สงขลาโยธา 1,250,000.00',
        'บจก.สงขลาโยธา 1,250,000.00',
        'ราคาต่ำสุด',
        '3/2567 ลว. 30 ม.ค. 2567',
      ],
      line({ 1: 'สายบ้านหนองบัว', 5: '2. บริษัท ใต้รุ่งเรืองคอนสตรัคชั่น จำกัด' }),
      line({ 5: '1,300,000.00' }),
      line({ 5: '3. หจก.ช่างสงขลา 1,400,000.00' }),
    ];
    const r = month(rows);
    // Three bidders for the e-bidding (no flag of too few); the lines holding only bidders said, of row 3.
    expect([r.rows, codes(r)]).toEqual([1, ['bidder-rows@F5']]);
    expect(r.findings[0]!.message.en).toContain('Rows 5–6 hold only bidders');
    const data = procurementData({ name: 'ม.ค. 67', values: [title, headersOf('skr1'), ...rows] })!;
    expect(data.rows.map((p) => [p.row, p.bidders])).toEqual([[3, 3]]);
  });

  it('a row of its own, missing most of its cells, is still judged', () => {
    const first: CellValue[] = [
      1,
      'ซื้อวัสดุสำนักงาน',
      8_500,
      8_500,
      S,
      'ร้าน ก 8,500 บาท',
      'ร้าน ก 8,500 บาท',
      'ราคาต่ำสุด',
      'บส.10/2567',
    ];
    for (const second of [
      // Its own number, an item of its own, an amount, a method.
      [2, null, null, null, null, null, null, null, 'ลว. 3 ม.ค. 2567'],
      line({ 1: 'ซื้อวัสดุไฟฟ้า', 8: 'ลว. 3 ม.ค. 2567' }),
      line({ 2: 5_000, 8: 'ลว. 3 ม.ค. 2567' }),
      line({ 4: S, 8: 'ลว. 3 ม.ค. 2567' }),
      // An item alone; a note beside the date.
      line({ 1: 'หมู่ที่ 5 บ้านหนองบัว' }),
      line({ 7: 'ราคาต่ำสุด', 8: 'ลว. 3 ม.ค. 2567' }),
    ]) {
      const r = month([first, second]);
      expect(r.rows, JSON.stringify(second)).toBe(2);
      expect(codes(r).filter((c) => c.endsWith('4') && c.startsWith('required-value')).length).toBeGreaterThan(0);
    }
    // An item naming what is bought or done, with a price, a date or a bidder the row above lacks: its own.
    const bare: CellValue[] = [
      1,
      'ซื้อวัสดุสำนักงาน',
      8_500,
      8_500,
      S,
      'ร้าน ก 8,500 บาท',
      'ร้าน ก',
      'ราคาต่ำสุด',
      'บส.10/2567',
    ];
    for (const second of [
      line({ 1: 'วัสดุคอมพิวเตอร์ หมึกพิมพ์', 6: 'ราคา 12,500.00 บาท' }),
      line({ 1: 'ซ่อมแซมรถยนต์ส่วนกลาง กข 1234', 8: 'ลว. 20 ม.ค. 2567' }),
      line({ 1: 'ก่อสร้างถนน คสล. หมู่ 3 บ้านโนนสูง', 5: '1. หจก.รุ่งเรืองก่อสร้าง 450,000 บาท' }),
      // What is bought first, a buying word later in its own words (not opening as words going on do).
      line({ 1: 'ป้ายไวนิลประชาสัมพันธ์โครงการวันเด็กแห่งชาติ', 8: 'ลว. 15 ม.ค. 2567' }),
      line({ 1: 'น้ำดื่มบรรจุขวด สำหรับโครงการอบรม', 8: '(15 ม.ค. 2567)' }),
      line({
        1: 'เครื่องปรับอากาศ ขนาด 24,000 บีทียู พร้อมติดตั้ง',
        5: 'ราคาที่เสนอ 56,000.00 บาท',
        6: 'ราคาที่ตกลงซื้อ 56,000.00 บาท',
      }),
    ]) {
      const r = month([bare, second]);
      expect(r.rows, JSON.stringify(second)).toBe(2);
      expect(codes(r).filter((c) => c.endsWith('4') && c.startsWith('required-value')).length).toBeGreaterThan(0);
    }
    // A date under a contract that has one, or a price under a winner that has one, goes on with nothing.
    const dated: CellValue[] = [...first.slice(0, 8), 'บส.10/2567 ลว. 2 ม.ค. 2567'];
    for (const [above, second] of [
      [dated, line({ 8: 'ลว. 3 ม.ค. 2567' })],
      [first, line({ 6: 'ราคา 8,500.00 บาท' })],
    ]) {
      const r = month([above!, second!]);
      expect(r.rows, JSON.stringify(second)).toBe(2);
    }
  });
});

describe('a monthly form lists the contracts of its month', () => {
  it('a contract signed after the month its title reports is said; one of late in the month before is not', () => {
    const r0 = [
      skr1Buy(1, '1/2567 ลว. 31 ม.ค. 67'),
      skr1Buy(2, '2/2567 ลว. 28 ธ.ค. 66'),
      skr1Buy(3, '3/2567 ลว. 1 ก.พ. 67'),
      skr1Buy(4, '4/2567 ลว. 5 มี.ค. 67'),
    ];
    const r = checkSheet({
      name: 'ม.ค.67',
      values: [['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มกราคม 2567'], headersOf('skr1'), ...r0],
    });
    const after = r.findings.filter((f) => f.code === 'signed-after-month');
    expect(after.map((f) => f.cell)).toEqual(['I5', 'I6']);
    expect(after[0]).toMatchObject({ severity: 'warning' });
    expect(after[0]!.message.th).toContain('อยู่หลังเดือนที่แบบนี้รายงาน (มกราคม 2567)');
    expect(r.findings.map((f) => f.code)).not.toContain('date-out-of-year');
    // "ประจำปี พ.ศ. 2566" beside a month is the month's calendar year, not a fiscal year.
    const october = checkSheet({
      name: 'ต.ค.66',
      values: [
        ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม ประจำปี พ.ศ. 2566'],
        headersOf('skr1'),
        skr1Buy(1, '1/2567 ลว. 10 ต.ค. 66'),
      ],
    });
    expect([october.fiscalYear, october.findings.map((f) => f.code)]).toEqual([2567, []]);
    // "ประจำปี พ.ศ. 2567 (รอบ 6 เดือน)" is O16's year all the same: last year's rows pasted in are said.
    const pasted = [goodRow(0), goodRow(1)].map((r) => {
      r[10] = utcDay(2022, 11, 3);
      r[11] = utcDay(2023, 2, 3);
      return r;
    });
    const o16 = checkSheet({
      name: 'O16',
      values: [['ผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปี พ.ศ. 2567 (รอบ 6 เดือน)'], O16_HEADERS, ...pasted],
    });
    expect(o16.fiscalYear).toBe(2567);
    expect(o16.findings.filter((f) => f.code === 'date-out-of-year').length).toBeGreaterThan(0);
    // The same with the fiscal year named too, on a line of its own or beside the month.
    for (const title of [
      ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มกราคม 2567', 'ประจำปีงบประมาณ พ.ศ. 2567'],
      ['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มกราคม 2567 ประจำปีงบประมาณ พ.ศ. 2567'],
    ]) {
      const both = checkSheet({
        name: 'ม.ค.67',
        values: [...title.map((t) => [t]), headersOf('skr1'), ...[1, 2, 3, 4].map((i) => r0[i - 1]!)],
      });
      expect(both.findings.filter((f) => f.code === 'signed-after-month').map((f) => f.row)).toEqual(
        after.map((f) => f.row + title.length - 1),
      );
    }
  });

  it("a sheet named for a month, under the form's own title, all of whose rows were signed after that month: the name is said", () => {
    const sheet = (name: string, rows: CellValue[][]) =>
      checkSheet({ name, values: [['สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1)'], headersOf('skr1'), ...rows] });
    const july = [skr1Buy(1, '1/2567 ลว. 3 ก.ค. 67'), skr1Buy(2, '2/2567 ลว. 19 ก.ค. 67')];
    const r = sheet('มิ.ย.67', july);
    const said = r.findings.filter((f) => f.code === 'signed-after-month');
    expect(said.map((f) => [f.cell, f.severity, f.value])).toEqual([['A1', 'warning', 'มิ.ย.67']]);
    expect(said[0]!.message.th).toBe(
      'ชื่อแผ่นงาน "มิ.ย.67" ระบุเดือน มิถุนายน 2567 แต่ทุกรายการ (2 รายการ) ลงนามหลังจากนั้น: ถ้าแผ่นงานนี้เป็นของเดือนอื่น ให้แก้ชื่อแผ่นงาน',
    );
    expect(said[0]!.message.en).toContain(
      'all 2 rows were signed after it: if the sheet is of another month, rename it',
    );
    // Named for its own month, or holding rows of before it (a month's report is made after the month): nothing.
    expect(sheet('ก.ค.67', july).findings.map((f) => f.code)).not.toContain('signed-after-month');
    expect(sheet('ส.ค.67', july).findings.map((f) => f.code)).not.toContain('signed-after-month');
    // Undated small buys, reported under the name's month, make most of the rows: the name stands, and the
    // dated rows after it are each said at their row.
    const undated = [3, 4, 5].map((n) => skr1Buy(n, `${n}/2567`));
    const mostly = sheet('มิ.ย.67', [...july, ...undated]).findings.filter((f) => f.code === 'signed-after-month');
    expect(mostly.map((f) => f.cell)).toEqual(['I3', 'I4']);
    // One row alone tells too little of the name: that row is said, as after its month.
    const one = sheet('มิ.ย.67', july.slice(0, 1)).findings.filter((f) => f.code === 'signed-after-month');
    expect(one.map((f) => f.cell)).toEqual(['I3']);
  });

  it('a six-month O21 lists each month under its heading: a contract under an earlier month is said', () => {
    const buy = (i: number, signed: string) => o21Row(i, 'เฉพาะเจาะจง', signed);
    const r = checkSheet({
      name: 'O21',
      values: [
        ['สรุปผลการจัดซื้อจัดจ้างรายเดือน รอบ 6 เดือนแรก ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'],
        headersOf('ita2566-o21'),
        ['เดือน ตุลาคม 2565'],
        buy(1, '3 ต.ค. 2565'),
        buy(2, '2 ธ.ค. 2565'),
        ['ประจำเดือนพฤศจิกายน ๒๕๖๕'],
        ['ไม่มีการจัดซื้อจัดจ้าง'],
        ['เดือน ธันวาคม 2565'],
        buy(3, '2 ธ.ค. 2565'),
        buy(4, '30 พ.ย. 2565'),
        ['เดือนมกราคม 2566 ไม่มีการจัดซื้อจัดจ้าง'],
        // A heading of the month and year alone.
        ['กุมภาพันธ์ ๒๕๖๖'],
        buy(5, '1 ก.พ. 2566'),
        buy(6, '1 มี.ค. 2566'),
      ],
    });
    expect(r.rows).toBe(6);
    const after = r.findings.filter((f) => f.code === 'signed-after-month');
    expect(after.map((f) => f.cell)).toEqual(['H5', 'H14']);
    expect(after[0]!.message.th).toContain('อยู่หลังเดือนที่แบบนี้รายงาน (ตุลาคม 2565)');
    expect(after[1]!.message.en).toContain(
      "after the month this form reports (Feb 2023 (BE 2566)); it belongs to a later month's form: check the date or the month heading in row 12",
    );
    // March has a contract (under February's heading): no month is missing.
    expect(r.findings.map((f) => f.code)).not.toContain('months-missing');
  });

  it('a line saying a month had nothing bought speaks of its month only: it heads no rows under it', () => {
    const buy = (i: number, signed: string) => o21Row(i, 'เฉพาะเจาะจง', signed);
    const o21 = (...rows: CellValue[][]) =>
      checkSheet({
        name: 'O21',
        values: [['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2567'], headersOf('ita2566-o21'), ...rows],
      });
    const after = (r: { findings: readonly Finding[] }) =>
      r.findings.filter((f) => f.code === 'signed-after-month' || f.code === 'months-missing').map((f) => f.cell);
    // No month headings: December's and January's rows are not November's, nor March's February's.
    const bare = o21(
      buy(1, '3 ต.ค. 2566'),
      buy(2, '20 ต.ค. 2566'),
      ['ไม่มีการจัดซื้อจัดจ้างในเดือนพฤศจิกายน 2566'],
      buy(3, '5 ธ.ค. 2566'),
      buy(4, '15 ม.ค. 2567'),
      ['ไม่มีการจัดซื้อจัดจ้าง ประจำเดือน ก.พ. 67'],
      buy(5, '5 มี.ค. 2567'),
    );
    expect(bare.rows).toBe(5);
    expect(after(bare)).toEqual([]);
    // Under October's heading, the rows after November's line are not October's either; December's
    // heading after it heads its rows again.
    const headed = o21(
      ['เดือน ตุลาคม 2566'],
      buy(1, '3 ต.ค. 2566'),
      ['เดือนพฤศจิกายน 2566 ไม่มีการจัดซื้อจัดจ้าง'],
      buy(2, '5 ธ.ค. 2566'),
      ['เดือน ธันวาคม 2566'],
      buy(3, '6 ธ.ค. 2566'),
      buy(4, '15 ม.ค. 2567'),
      ['ไม่มีการจัดซื้อจัดจ้างในเดือนมกราคม 2567'],
      buy(5, '5 ก.พ. 2567'),
      buy(6, '5 มี.ค. 2567'),
    );
    expect(after(headed)).toEqual(['H9']);
    expect(headed.findings.find((f) => f.code === 'signed-after-month')!.message.en).toContain(
      "after the month this form reports (Dec 2023 (BE 2566)); it belongs to a later month's form: check the date or the month heading in row 7",
    );
  });

  it("a six-month O21 titled with last year's fiscal year, its headings and dates all of this year: the title is said, once", () => {
    const r = checkSheet({
      name: 'O21',
      values: [
        ['สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕'],
        headersOf('ita2566-o21'),
        ...[
          ['เดือน ตุลาคม 2565', '3 ต.ค. 2565'],
          ['เดือน พฤศจิกายน 2565', '9 พ.ย. 2565'],
          ['เดือน ธันวาคม 2565', '2 ธ.ค. 2565'],
          ['เดือน มกราคม 2566', '9 ม.ค. 2566'],
          ['เดือน กุมภาพันธ์ 2566', '1 ก.พ. 2566'],
          ['เดือน มีนาคม 2566', '1 มี.ค. 2566'],
        ].flatMap(([heading, day], i): CellValue[][] => [[heading!], o21Row(i + 1, 'เฉพาะเจาะจง', day!)]),
      ],
    });
    // An item of a word ending like a month ("…เรียน") with a year, alone on its row, is no heading.
    const item = checkSheet({ name: 'O16', values: [O16_HEADERS, ['จัดซื้อหนังสือเรียน 2567'], ['ตุลาคม 2566']] });
    expect([item.rows, item.findings.filter((f) => f.code === 'required-value').length]).toEqual([1, 6]);
    // Red flags aside (one winner throughout, as o21Row makes them).
    const said = r.findings.filter((f) => f.severity !== 'info');
    expect(said.map((f) => [f.code, f.cell])).toEqual([['title-year-mismatch', 'A1']]);
    expect(r.fiscalYear).toBe(2566);
    expect(said[0]!.message.en).toContain("make the title's year 2566");
  });

  it('a six-month O21 whose month headings are left from last year, its title and rows of this year: the headings are said, once', () => {
    const headings = ['ตุลาคม 2565', 'พฤศจิกายน 2565', 'ธันวาคม 2565', 'มกราคม 2566', 'กุมภาพันธ์ 2566', 'มีนาคม 2566'];
    const days = ['3 ต.ค. 2566', '9 พ.ย. 2566', '2 ธ.ค. 2566', '9 ม.ค. 2567', '1 ก.พ. 2567', '1 มี.ค. 2567'];
    const sheet = (title: string, last = days[5]!) =>
      checkSheet({
        name: 'O21',
        values: [
          [title],
          headersOf('ita2566-o21'),
          ...headings.flatMap((h, i): CellValue[][] => [
            [`เดือน ${h}`],
            o21Row(i + 1, 'เฉพาะเจาะจง', i === 5 ? last : days[i]!),
          ]),
        ],
      }).findings.filter((f) => f.severity !== 'info');
    const said = sheet('สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2567');
    expect(said.map((f) => [f.code, f.cell, f.value])).toEqual([['month-mismatch', 'A3', 'ตุลาคม 2565']]);
    expect(said[0]!.message.th).toBe(
      'หัวเดือนทั้ง 6 หัว (ตุลาคม 2565 – มีนาคม 2566) เป็นของปีงบประมาณ 2566 แต่ชื่อตารางและรายการเป็นของปีงบประมาณ 2567: หัวเดือนเป็นของปีที่แล้ว แก้ปีในหัวเดือนเป็น ตุลาคม 2566 – มีนาคม 2567',
    );
    // The rows are still judged by their headings, a year on: one signed after its month is said.
    const late = sheet('สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2567', '2 เม.ย. 2567');
    expect(late.map((f) => [f.code, f.cell])).toEqual([
      ['month-mismatch', 'A3'],
      ['signed-after-month', 'H14'],
    ]);
    // Headings and title both last year's: the title's year is said (as before), not the headings.
    const both = sheet('สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2566');
    expect(both.map((f) => f.code)).not.toContain('month-mismatch');
  });

  it("a six-month O21 without some of its months says which, once; a quarter's sheet or a month's is not judged", () => {
    const sheet = (title: string, rows: CellValue[][]) =>
      checkSheet({ name: 'O21', values: [[title], headersOf('ita2566-o21'), ...rows] }).findings.filter(
        (f) => f.code === 'months-missing',
      );
    const oct = [['เดือน ตุลาคม 2565'], o21Row(1, 'เฉพาะเจาะจง', '3 ต.ค. 2565')];
    const nov = [['เดือน พฤศจิกายน 2565'], ['ไม่มีการจัดซื้อจัดจ้าง']];
    const sixMonths = 'สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ พ.ศ. 2566';
    const found = sheet(sixMonths, [...oct, ...nov, ['เดือน มกราคม 2566'], o21Row(2, 'เฉพาะเจาะจง', '9 ม.ค. 2566')]);
    expect(found.map((f) => [f.cell, f.severity, f.value])).toEqual([
      ['A2', 'warning', 'ธันวาคม 2565, กุมภาพันธ์ 2566, มีนาคม 2566'],
    ]);
    expect(found[0]!.message.th).toContain('ครบ 6 เดือน (ตุลาคม 2565 – มีนาคม 2566)');
    expect(found[0]!.message.en).toContain(
      'no heading or row for Dec 2022 (BE 2565), Feb 2023 (BE 2566), Mar 2023 (BE 2566)',
    );
    // All six, by heading or by a contract's date: nothing.
    const rest = [
      ['เดือน ธันวาคม 2565'],
      ['ไม่มีการจัดซื้อจัดจ้าง'],
      ['เดือน มกราคม 2566'],
      o21Row(2, 'เฉพาะเจาะจง', '9 ม.ค. 2566'),
      o21Row(3, 'เฉพาะเจาะจง', '9 ก.พ. 2566'),
      ['เดือน มีนาคม 2566 ไม่มีการจัดซื้อจัดจ้าง'],
    ];
    expect(sheet(sixMonths, [...oct, ...nov, ...rest])).toEqual([]);
    // A quarter's sheet, and a sheet of one month, report less on purpose.
    expect(sheet('สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 1 ปีงบประมาณ 2566', [...oct, ...nov])).toEqual([]);
    expect(sheet(sixMonths, oct)).toEqual([]);
  });
});
