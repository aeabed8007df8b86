import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet, SheetCheck } from '../../../src/core/check/sheet';
import { procurementData } from '../../../src/core/report/procurementData';
import { goodRow, O16_HEADERS } from '../../helpers/o16';
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

  it("an answer of any length after the heading's colon is the section answered", () => {
    const long = 'เจ้าหน้าที่พัสดุมีจำนวนจำกัด และผู้ประกอบการในพื้นที่มีน้อย ทำให้การจัดซื้อจัดจ้างบางรายการล่าช้า';
    expect(sections([`ปัญหา/อุปสรรค : ${long}`], ['ข้อเสนอแนะ : ไม่มี'])).toEqual([]);
    expect(sections([`ปัญหา/อุปสรรค\n${long}`], ['ข้อเสนอแนะ\nไม่มีข้อเสนอแนะ'])).toEqual([]);
    // A long text with no colon or line break is written text (under the heading above), not a heading.
    expect(sections(['ปัญหา/อุปสรรค'], [], [], [`ข้อเสนอแนะ ${long}`])).toEqual(['missing-section@A4']);
  });

  it('headings as offices word them, and seed 000\'s "ไม่มี…" answers, are sections answered', () => {
    // Seed 000: "ห้ามใช้ - ให้ลงเป็นข้อความว่า ไม่มีปัญหา/อุปสรรค, ไม่มีข้อเสนอแนะ".
    expect(sections(['ปัญหา/อุปสรรค\nไม่มีปัญหา/อุปสรรค'], ['ข้อเสนอแนะ\nไม่มีข้อเสนอแนะ'])).toEqual([]);
    expect(sections(['ปัญหา/อุปสรรค และข้อเสนอแนะ\nไม่มีปัญหา/อุปสรรค\nไม่มีข้อเสนอแนะ'])).toEqual([]);
    for (const [problems, suggestions] of [
      ['สรุปผลการดำเนินงาน ปัญหาและอุปสรรค', 'แนวทางการแก้ไขและข้อเสนอแนะ'],
      ['การจัดซื้อจัดจ้าง ปัญหา/อุปสรรค', 'ข้อ 4 ความคิดเห็นและข้อเสนอแนะ'],
      ['หัวข้อที่ 3 ปัญหา/อุปสรรค', 'หัวข้อที่ 4 ข้อเสนอแนะ'],
    ] as const)
      expect(sections([problems], ['ไม่มี'], [suggestions], ['ไม่มี']), problems).toEqual([]);
    // Answers that trail off in dots are answers.
    expect(sections(['ปัญหา/อุปสรรค : ระบบ e-GP ขัดข้องบ่อย....'], ['ข้อเสนอแนะ : ควรปรับปรุงระบบ.....'])).toEqual([]);
  });

  it('an answer that names the other section is not taken for its heading', () => {
    // Answers to ปัญหา/อุปสรรค that mention ข้อเสนอแนะ, above the real heading.
    for (const answer of ['ไม่มีปัญหาและข้อเสนอแนะ', 'ได้ปรับปรุงการจัดซื้อตามข้อเสนอแนะของ สตง. แล้ว'])
      expect(sections(['ปัญหา/อุปสรรค'], [answer], [], ['ข้อเสนอแนะ'], ['ไม่มี']), answer).toEqual([]);
    // A heading with a lead-in, under an answer that mentions it.
    expect(sections(['(๑) ปัญหาและอุปสรรค'], ['ได้ปฏิบัติตามข้อเสนอแนะ'], ['(๒) ความคิดเห็นและข้อเสนอแนะ'], ['ไม่มี'])).toEqual([]);
    // Numbered answers that name the other section are answers, not its heading.
    expect(
      sections(['ปัญหาและอุปสรรคที่พบ'], ['งบประมาณล่าช้า'], [], ['ข้อเสนอแนะ'], ['ข้อ 1 ควรแก้ปัญหาและอุปสรรคเรื่องบุคลากร']),
    ).toEqual([]);
    expect(sections(['ปัญหา/อุปสรรค'], ['1. ดำเนินการตามข้อเสนอแนะของ สตง. ล่าช้า'], ['ข้อเสนอแนะ'], ['ไม่มี'])).toEqual([]);
    // A heading with words after the section's name, over numbered answers that close with the other's.
    expect(
      sections(
        ['ปัญหาอุปสรรคในการจัดซื้อจัดจ้าง'],
        ['1. ผู้เสนอราคามีน้อย'],
        [],
        ['ข้อเสนอแนะ'],
        ['1. ควรมีแนวทางแก้ไขปัญหาและอุปสรรค'],
      ),
    ).toEqual([]);
    // Still told: the real heading left empty under such an answer.
    expect(sections(['ปัญหา/อุปสรรค'], ['ไม่มีปัญหาและข้อเสนอแนะ'], [], ['ข้อเสนอแนะ'])).toEqual(['empty-section@A9']);
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

describe('the item a missing section is asked for by', () => {
  it("is the one the sheet names (ITA 2566's O22 laid out as the summary), else O17", () => {
    const said = (name: string) =>
      checkSheet({ name, values: SUMMARY }).findings.find((f) => f.code === 'missing-section')!.message.en;
    expect(said('O22 2566')).toContain('O22 asks for it');
    expect(said('สรุป')).toContain('O17 asks for it');
  });
});

describe('problems and suggestions written under the O17 list, on another sheet', () => {
  it('are not asked of the summary beside it again; one not written anywhere still is', () => {
    const list = (...under: CellValue[][]) =>
      procurementData({
        name: 'O17',
        values: [
          ['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O17)'],
          [],
          O16_HEADERS,
          goodRow(0),
          goodRow(1),
          [],
          ...under,
        ],
      })!;
    const missing = (lists: ReturnType<typeof list>[]) =>
      new SheetCheck({ name: 'O17 สรุป', values: SUMMARY })
        .compareWith(lists)
        .findings.filter((f) => f.code === 'missing-section')
        .map((f) => f.value);
    expect(missing([list(['ปัญหา/อุปสรรค: ผู้รับจ้างมีน้อย'], ['ข้อเสนอแนะ: ควรวางแผนล่วงหน้า'])])).toEqual([]);
    expect(missing([list(['ปัญหา/อุปสรรค: ผู้รับจ้างมีน้อย'])])).toEqual(['ข้อเสนอแนะ']);
    expect(missing([list()])).toEqual(['ปัญหา/อุปสรรค', 'ข้อเสนอแนะ']);
  });
});
