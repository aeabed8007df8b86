import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet } from '../../../src/core/check/sheet';
import { getTemplate } from '../../../src/core/templates/registry';

// O17 asks for the summary by method and, under it, problems and suggestions (DOMAIN §3.1; seed 004,
// O17 (๓) ปัญหา/อุปสรรคข้อเสนอแนะ).
const SUMMARY: CellValue[][] = [
  ['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'],
  getTemplate('ita2567-o17-summary')!.columns.map((c) => c.header),
  ['วิธีเฉพาะเจาะจง', 2, 100_000, 90_000],
  ['รวม', 2, 100_000, 90_000],
  [],
];

const sections = (...under: CellValue[][]) =>
  checkSheet({ name: 'O17', values: [...SUMMARY, ...under] })
    .findings.filter((f) => f.code.endsWith('-section'))
    .map((f) => `${f.code}@${f.cell}`);

describe('O17: problems and suggestions under the summary', () => {
  it('written in the boxes under their headings, or after a colon, or beside: nothing to say', () => {
    expect(sections(['ปัญหา/อุปสรรค'], ['งบประมาณจัดสรรล่าช้า'], [], ['ข้อเสนอแนะ'], ['ควรวางแผนแต่ต้นปี'])).toEqual([]);
    expect(sections(['(๑) ปัญหาและอุปสรรค: ไม่มี'], ['(๒) ข้อเสนอแนะ', null, 'ไม่มี'])).toEqual([]);
    // Seed 004's one heading for both.
    expect(sections(['(๓) ปัญหา/อุปสรรคข้อเสนอแนะ'], [null, 'ผู้ค้าในพื้นที่มีน้อย ควรประกาศให้ทั่วถึง'])).toEqual([]);
  });

  it('an answer of any length after the colon, and a heading with a word before it, are headings answered', () => {
    const long = 'เจ้าหน้าที่พัสดุมีจำนวนจำกัด และผู้ประกอบการในพื้นที่มีน้อย ทำให้การจัดซื้อจัดจ้างบางรายการล่าช้า';
    expect(sections([`ปัญหา/อุปสรรค : ${long}`], ['ข้อเสนอแนะ : ไม่มี'])).toEqual([]);
    expect(sections(['สรุปปัญหา/อุปสรรค'], ['ไม่มี'], ['หัวข้อ ข้อเสนอแนะ'], ['ไม่มี'])).toEqual([]);
    for (const [problems, suggestions] of [
      ['ข้อ ๓ : ปัญหา/อุปสรรค', 'ข้อ ๔ : ข้อเสนอแนะ'],
      ['3: ปัญหา/อุปสรรค', '4: ข้อเสนอแนะ'],
      ['หัวข้อที่ 3 ปัญหา/อุปสรรค', 'หัวข้อที่ 4 ข้อเสนอแนะ'],
      ['สรุปผล: ปัญหา/อุปสรรค', 'ข้อคิดเห็นและข้อเสนอแนะ'],
      ['ปัญหาและอุปสรรคในการดำเนินงาน', 'แนวทางแก้ไข/ข้อเสนอแนะ'],
    ] as const)
      expect(sections([problems], ['ไม่มี'], [suggestions], ['ไม่มี']), problems).toEqual([]);
    // Both in one cell, a line each, answered after their colons or on the lines under them.
    expect(sections(['ปัญหา/อุปสรรค: ไม่มี\nข้อเสนอแนะ: ไม่มี'])).toEqual([]);
    expect(sections(['ปัญหา/อุปสรรค\nเจ้าหน้าที่มีน้อย\nข้อเสนอแนะ\nควรเพิ่มอัตรากำลัง'])).toEqual([]);
    expect(sections(['ปัญหา/อุปสรรค: ไม่มี\nข้อเสนอแนะ'])).toEqual(['empty-section@A6']);
    // Under a line heading both, each section's own line (seed 004 heads both as one, "(๓) ปัญหา/อุปสรรคข้อเสนอแนะ").
    expect(sections(['(๓) ปัญหา/อุปสรรค ข้อเสนอแนะ\nปัญหา/อุปสรรค: ไม่มี\nข้อเสนอแนะ: ไม่มี'])).toEqual([]);
    expect(sections(['ปัญหา/อุปสรรคและข้อเสนอแนะ\nปัญหา/อุปสรรค: ไม่มี\nข้อเสนอแนะ: ไม่มี'])).toEqual([]);
    // Both headed as one, joined by a dash, answered on the row below.
    expect(sections(['(๓) ปัญหา/อุปสรรค - ข้อเสนอแนะ'], ['ผู้ค้าในพื้นที่มีน้อย ควรประกาศให้ทั่วถึง'])).toEqual([]);
    // An answer that starts as a summary or a remark is an answer.
    expect(sections(['ปัญหา/อุปสรรค: สรุปได้ว่าไม่มีปัญหาอุปสรรค'], ['ข้อเสนอแนะ: หมายเหตุว่าควรจัดอบรมเจ้าหน้าที่'])).toEqual([]);
    expect(sections(['ปัญหา/อุปสรรค\nสรุปภาพรวมไม่พบปัญหา\nข้อเสนอแนะ\nไม่มี'])).toEqual([]);
    // A signature in the cell answers nothing.
    expect(sections(['ปัญหา/อุปสรรค: ไม่มี\nข้อเสนอแนะ\nลงชื่อ ............ ผู้รายงาน'])).toEqual(['empty-section@A6']);
    // A heading numbered "ข้อ ๓ :" is not answered by its own words after the colon.
    expect(sections(['ข้อ ๓ : ปัญหา/อุปสรรค'], [], [], [], [], ['ข้อเสนอแนะ'], ['ไม่มี'])).toEqual(['empty-section@A7']);
  });

  it('a sentence that only mentions the words is written text, not the next heading', () => {
    expect(
      sections(
        ['ปัญหา/อุปสรรค'],
        ['ผู้รับจ้างบางรายไม่ปฏิบัติตามข้อเสนอแนะของคณะกรรมการตรวจรับพัสดุ'],
        [],
        [],
        ['ข้อเสนอแนะ'],
        ['ควรจัดอบรมผู้รับจ้างก่อนเริ่มงาน'],
      ),
    ).toEqual([]);
  });

  it('headings over empty boxes, a dash, or only a signature: each box is named, where to write', () => {
    expect(sections(['ปัญหา/อุปสรรค'], [], [], [], [], ['ข้อเสนอแนะ'], [])).toEqual([
      'empty-section@A7',
      'empty-section@A12',
    ]);
    expect(sections(['ปัญหา/อุปสรรค:  - '], ['ข้อเสนอแนะ'], ['-'], ['ลงชื่อ ............ ผู้รายงาน'])).toEqual([
      'empty-section@A7',
      'empty-section@A8',
    ]);
  });

  it("a heading on the sheet's last row is named at the heading: a finding stays inside the sheet (found by fuzzing)", () => {
    expect(sections(['ปัญหา/อุปสรรค'], [null], ['ข้อเสนอแนะ'])).toEqual(['empty-section@A7', 'empty-section@A8']);
  });

  it('under a heading on the last row with a value, the empty box merged below it is named (the template’s layout)', () => {
    const grid = {
      name: 'O17',
      values: [...SUMMARY, ['ปัญหา/อุปสรรค'], ['ไม่มี'], [], ['ข้อเสนอแนะ']],
      merges: [{ top: 10, left: 1, bottom: 12, right: 4 }],
    };
    const found = checkSheet(grid).findings.filter((f) => f.code.endsWith('-section'));
    expect(found.map((f) => `${f.code}@${f.cell}`)).toEqual(['empty-section@A10']);
  });

  it('no heading at all: both named, at the table’s last row; the message says what O17 asks', () => {
    expect(sections()).toEqual(['missing-section@A4', 'missing-section@A4']);
    const r = checkSheet({ name: 'O17', values: [...SUMMARY, ['ข้อเสนอแนะ: ไม่มี']] });
    const missing = r.findings.filter((f) => f.code === 'missing-section');
    expect(missing.map((f) => f.severity)).toEqual(['warning']);
    expect(missing[0]!.message.th).toContain('«ปัญหา/อุปสรรค»');
    expect(missing[0]!.message.en).toContain('O17 asks for it');
  });

  it('is asked of O17’s summary only, not of the procurement tables', () => {
    const o16 = getTemplate('ita2567-o16')!.columns.map((c) => c.header);
    expect(checkSheet({ name: 'O16', values: [o16] }).findings.map((f) => f.code)).not.toContain('missing-section');
  });
});
