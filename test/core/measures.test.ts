import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/cells/value';
import { checkSheet } from '../../src/core/check/sheet';
import { layoutFor } from '../../src/core/templates/catalog';

describe('the measures report (มาตรการ, DOMAIN §6)', () => {
  const layout = layoutFor('measures')!;
  const headers = layout.columns.map((c) => c.header);
  const col = (name: string) => headers.indexOf(name);
  const measure = (changes: Record<string, CellValue>): CellValue[] => {
    const r: CellValue[] = headers.map(() => null);
    r[col('ตัวชี้วัด')] = '2 การใช้งบประมาณ';
    r[col('มาตรการ/กิจกรรม')] = 'เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี';
    r[col('ผู้รับผิดชอบ')] = 'กองคลัง';
    r[col('ระยะเวลาดำเนินการ')] = 'ต.ค. 2566 – ก.ย. 2567';
    r[col('ผลการดำเนินการ')] = 'ดำเนินการแล้ว';
    r[col('ผลลัพธ์หรือความสำเร็จ')] = 'เผยแพร่บนเว็บไซต์ครบทุกไตรมาส';
    for (const [k, v] of Object.entries(changes)) r[col(k)] = v;
    return r;
  };
  const check = (rows: CellValue[][]) =>
    checkSheet({ name: 'มาตรการ', values: [[layout.title], [], headers, ...rows] });

  it('groups the template by indicator 1–10', () => {
    expect(layout.rows!.map((r) => r[0])).toEqual(expect.arrayContaining(['1 การปฏิบัติหน้าที่', '10 การป้องกันการทุจริต']));
    expect(check(layout.rows!.map((r) => r.map((v) => (typeof v === 'object' ? null : v))))).toMatchObject({
      kind: 'measures',
      template: 'measures',
      rows: 0,
      findings: [],
    });
  });

  it('passes a complete measure', () => {
    expect(check([measure({})]).findings).toEqual([]);
  });

  it('measure-incomplete: no one responsible, no period, no result', () => {
    const r = check([measure({ ผู้รับผิดชอบ: null, ระยะเวลาดำเนินการ: null })]);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'measure-incomplete', severity: 'warning', cell: 'C4' }),
    ]);
    expect(r.findings[0]!.message.th).toContain('ผู้รับผิดชอบ');
    expect(r.findings[0]!.message.th).toContain('ระยะเวลาดำเนินการ');
  });

  it('measure-incomplete: marked done with no result in words', () => {
    expect(check([measure({ ผลลัพธ์หรือความสำเร็จ: null })]).findings.map((f) => f.code)).toEqual(['measure-incomplete']);
    // Seed style: the result column itself says what was done.
    const seedStyle = measure({ ผลลัพธ์หรือความสำเร็จ: null, ผลการดำเนินการ: '☑ ดำเนินการ ดังนี้ จัดอบรมเจ้าหน้าที่ 2 ครั้ง' });
    expect(check([seedStyle]).findings).toEqual([]);
    expect(check([measure({ ผลลัพธ์หรือความสำเร็จ: null, ผลการดำเนินการ: 'ยังไม่ได้ดำเนินการ' })]).findings).toEqual([]);
  });

  it('recognises the seeds’ measures tables', () => {
    const seed000 = [
      'ลำดับ',
      'มาตรการ/กิจกรรม',
      'วิธีดำเนินการ',
      'ระยะเวลาในการดำเนินการ',
      'ผู้รับผิดชอบ',
      'สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม',
      'ผลลัพธ์หรือความสำเร็จในการดำเนินการ',
    ];
    const r = checkSheet({
      name: 'S',
      values: [
        seed000,
        [
          '๑',
          'มาตรการป้องกันการรับสินบน',
          'ประกาศนโยบาย',
          'ต.ค.๖๕ - ก.ย. ๖๖',
          'สำนักปลัด',
          '☑ ดำเนินการ ประกาศแล้ว',
          'บุคลากรรับทราบ',
        ],
      ],
    });
    expect(r).toMatchObject({ kind: 'measures', rows: 1, findings: [] });
  });

  it('reads seed 001’s and seed 004’s headers, line breaks of the PDF included, and judges their rows', () => {
    const seed001 = [
      'มาตรการ/โครงการ หรือกิจกรรม',
      'ขั้นตอนหรือวิธีการปฏิบัติ',
      'ระยะเวลาในการ ดำเนินการ',
      'ผู้รับผิดชอบ',
      'ผลการดำเนินการตาม มาตรการ',
      'ผลลัพธ์หรือความสำเร็จ ของการดำเนินการ',
    ];
    const row = ['มาตรการป้องกันการรับสินบน', 'ประกาศนโยบาย', 'ต.ค. ๖๗ - ก.ย. ๖๘', 'สำนักปลัด', null, 'บุคลากรรับทราบ'];
    const r = checkSheet({ name: 'S', values: [seed001, row] });
    expect(r).toMatchObject({ kind: 'measures', rows: 1 });
    expect(r.findings.map((f) => f.code)).toEqual(['measure-incomplete']);
    const seed004 = [
      'ประเด็นที่เป็น ข้อบกพร่อง/จุดอ่อน',
      'วิธีการนำผลการวิเคราะห์ ไปสู่การปฏิบัติ/มาตรการ',
      'ผู้รับผิดชอบ',
      'ขั้นตอนหรือวิธีการปฏิบัติ',
      'ระยะเวลา ดำเนินการ',
      'ผลดำเนินการตาม มาตรการ',
      'ผลลัพธ์หรือ ความสำเร็จในการ ดำเนินการ',
    ];
    const r4 = checkSheet({ name: 'S', values: [seed004] });
    expect(r4.findings.map((f) => f.code)).not.toContain('missing-column');
    expect(r4).toMatchObject({ kind: 'measures', confidence: 1 });
  });
});
