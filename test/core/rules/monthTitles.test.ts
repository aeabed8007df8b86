import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet } from '../../../src/core/check/sheet';
import { procurementData } from '../../../src/core/report/procurementData';
import { getTemplate } from '../../../src/core/templates/registry';
import { SKR1_HEADERS, skr1Row } from '../../helpers/skr1';

/** A สขร.1 sheet under `title`: a buy of 5 Oct 2566 and one of 20 Nov 2566. */
const skr1 = (
  title: string,
  name = 'สขร1',
  rows = [skr1Row(1, '1/2567 ลว. 5 ต.ค. 66'), skr1Row(2, '2/2567 ลว. 20 พ.ย. 66')],
) => ({
  name,
  values: [[title], [], SKR1_HEADERS, ...rows] as CellValue[][],
});
const found = (
  sheet: ReturnType<typeof skr1>,
  codes = ['signed-after-month', 'date-out-of-year', 'title-year-mismatch'],
) =>
  checkSheet(sheet, { templateId: 'skr1' })
    .findings.filter((f) => codes.includes(f.code))
    .map((f) => `${f.cell} ${f.code}`);

describe("a month sheet's month as offices title it", () => {
  it('reads "ประจำเดือน ตุลาคม ประจำปี พ.ศ. 2566" and "เดือน ตุลาคม 2566" as October 2566', () => {
    for (const title of [
      'แบบ สขร.1 ประจำเดือน ตุลาคม ประจำปี พ.ศ. 2566',
      'แบบ สขร.1 เดือน ตุลาคม 2566',
      // The fiscal year's October: of 2566.
      'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ตุลาคม ประจำปีงบประมาณ 2567',
    ])
      expect(found(skr1(title)), title).toEqual(['I5 signed-after-month']);
    // The fiscal year's October is written with its own year in what is said.
    const fy = checkSheet(skr1('สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ตุลาคม ประจำปีงบประมาณ 2567'), { templateId: 'skr1' });
    expect(fy.findings.find((f) => f.code === 'signed-after-month')!.message.th).toContain('(ตุลาคม 2566)');
    // "ณ เดือน" is the day the data is as of, not the month reported.
    expect(found(skr1('ข้อมูล ณ เดือน ตุลาคม 2566'))).toEqual([]);
  });

  it('says a fiscal year beside the month that the month and the rows disagree with once, at the title', () => {
    const oct = [skr1Row(1, '1/2567 ลว. 5 ต.ค. 66'), skr1Row(2, '2/2567 ลว. 20 ต.ค. 66')];
    const sheet = skr1('แบบ สขร.1 ประจำเดือน ตุลาคม 2566 ปีงบประมาณ 2566', 'สขร1', oct);
    expect(found(sheet)).toEqual(['A1 title-year-mismatch']);
  });

  it("takes the month from the sheet's name under the form's own title, which names none", () => {
    const title = 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1)';
    const undated = skr1Row(3, 'ใบสั่งซื้อเลขที่ 3/2567');
    const sheet = skr1(title, 'ต.ค.66', [...skr1(title).values.slice(3), undated]);
    const f = checkSheet(sheet, { templateId: 'skr1' }).findings.filter((x) => x.code === 'signed-after-month');
    expect(f.map((x) => x.cell)).toEqual(['I5']);
    expect(f[0]!.message.th).toContain('หรือเดือนในชื่อแผ่นงาน');
    // Its undated small buy is reported under the sheet's month.
    expect([...procurementData(sheet)!.reportedMonth.values()]).toEqual([{ y: 2023, m: 10, d: 1 }]);
    // A name every dated row is after is not used for the rows, and said once, at A1: rename the sheet.
    const later = skr1(title, 'ต.ค.66', [skr1Row(1, '1/2567 ลว. 5 พ.ย. 66'), skr1Row(2, '2/2567 ลว. 20 พ.ย. 66')]);
    expect(found(later)).toEqual(['A1 signed-after-month']);
  });

  it('an O21 heading "ประจำเดือน พฤศจิกายน ประจำปี 2565" heads its rows and is no procurement', () => {
    const o21 = getTemplate('ita2566-o21')!.columns.map((c) => c.header);
    const buy = (item: string, ref: string) => [
      item,
      5_000,
      5_000,
      'เฉพาะเจาะจง',
      'ร้าน ก 5,000 บาท',
      'ร้าน ก 5,000 บาท',
      'ราคาต่ำสุด',
      ref,
    ];
    const values = [
      ['สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2566'],
      o21,
      ['ประจำเดือน ตุลาคม ประจำปี 2565'],
      buy('ซื้อวัสดุ', 'ใบสั่งซื้อ 1/2566 ลว. 3 ต.ค. 2565'),
      ['ประจำเดือน พฤศจิกายน ประจำปี 2565'],
      buy('ซื้อน้ำมัน', 'ใบสั่งซื้อ 2/2566 ลว. 8 พ.ย. 2565'),
    ];
    const r = checkSheet({ name: 'O21', values }, { templateId: 'ita2566-o21' });
    expect(r.rows).toBe(2);
    expect(r.findings.filter((f) => ['required-value', 'signed-after-month'].includes(f.code))).toEqual([]);
  });

  it("an earlier month's sheet copied, its title's month changed and its rows not: said once, at the title", () => {
    const mismatch = (sheet: ReturnType<typeof skr1>) =>
      checkSheet(sheet, { templateId: 'skr1' }).findings.filter((f) => f.code === 'month-mismatch');
    const oct = [skr1Row(1, '1/2567 ลว. 3 ต.ค. 66'), skr1Row(2, '2/2567 ลว. 18 ต.ค. 66')];
    const march = 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มีนาคม 2567';
    const said = mismatch(skr1(march, 'สขร1', oct));
    expect(said.map((f) => [f.cell, f.severity, f.value])).toEqual([['A1', 'warning', march]]);
    expect(said[0]!.message.th).toBe(
      'ชื่อตารางระบุเดือน มีนาคม 2567 แต่ทุกรายการ (2 รายการ) ลงนามในเดือน ตุลาคม 2566 ก่อนเดือนนั้นเกินหนึ่งเดือน: ชื่อตารางหรือรายการเป็นของแผ่นงานเดือนก่อนที่คัดลอกมา แก้เดือนในชื่อตาราง หรือใส่รายการของเดือน มีนาคม 2567',
    );
    expect(said[0]!.message.en).toContain(
      'but all 2 rows were signed in Oct 2023 (BE 2566), more than a month before it',
    );
    // Two months on (December's title over October's rows) too; rows of two months are named as a span.
    const dec = 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ธันวาคม 2566';
    expect(mismatch(skr1(dec, 'สขร1', oct))).toHaveLength(1);
    const octNov = [...oct, skr1Row(3, '3/2567 ลว. 2 พ.ย. 66')];
    expect(mismatch(skr1('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มกราคม 2567', 'สขร1', octNov))[0]!.message.th).toContain(
      'ลงนามในเดือน ตุลาคม 2566 – พฤศจิกายน 2566',
    );
    // Orders of the month before, listed under this one, are as they should be (a month is reported early
    // in the next); so are a few older rows among the month's (late reports), and dated rows that are few
    // among undated small buys of the month.
    const nov = 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน พฤศจิกายน 2566';
    expect(mismatch(skr1(nov, 'สขร1', oct))).toEqual([]);
    const mar = [skr1Row(3, '3/2567 ลว. 4 มี.ค. 67'), skr1Row(4, '4/2567 ลว. 11 มี.ค. 67')];
    expect(mismatch(skr1(march, 'สขร1', [...oct.slice(0, 1), ...mar]))).toEqual([]);
    const undated = [3, 4, 5].map((n) => skr1Row(n, `ใบสั่งซื้อเลขที่ ${n}/2567`));
    expect(mismatch(skr1(march, 'สขร1', [...oct, ...undated]))).toEqual([]);
    // One row alone tells too little.
    expect(mismatch(skr1(march, 'สขร1', oct.slice(0, 1)))).toEqual([]);
  });

  it("a sheet's name of another month than its title's is said once, at the title, with the one the rows agree with", () => {
    const mismatch = (sheet: ReturnType<typeof skr1>) =>
      checkSheet(sheet, { templateId: 'skr1' }).findings.filter((f) => f.code === 'month-mismatch');
    const title = (m: string) => `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${m} 2566`;
    const nov = [skr1Row(1, '3/2567 ลว. 1 พ.ย. 66'), skr1Row(2, '4/2567 ลว. 8 พ.ย. 66')];
    // November's sheet copied from December's, its title left: the rows are November's, as the name.
    const titleLeft = mismatch(skr1(title('ธันวาคม'), 'พ.ย.66', nov));
    expect(titleLeft.map((f) => [f.cell, f.severity])).toEqual([['A1', 'warning']]);
    expect(titleLeft[0]!.message.th).toBe(
      'ชื่อแผ่นงาน "พ.ย.66" ระบุเดือน พฤศจิกายน 2566 แต่ชื่อตารางระบุเดือน ธันวาคม 2566: รายการลงนามในเดือน พฤศจิกายน 2566 ตามชื่อแผ่นงาน: แก้เดือนในชื่อตารางเป็น พฤศจิกายน 2566',
    );
    // A short month in the title is quoted as written, its dot kept.
    const short = mismatch(skr1('สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ธ.ค. 66', 'พ.ย.66', nov));
    expect(short[0]!.message.th).toContain('แต่ชื่อตารางระบุเดือน ธ.ค. 66:');
    // The title changed and the name not: the rows are the title's month.
    const nameLeft = mismatch(skr1(title('พฤศจิกายน'), 'ต.ค.66', nov));
    expect(nameLeft[0]!.message.en).toContain('as the title says: rename the sheet for Nov 2023 (BE 2566)');
    // Name and title of one month, however written: nothing.
    expect(mismatch(skr1(title('พฤศจิกายน'), 'พ.ย.66', nov))).toEqual([]);
    expect(mismatch(skr1(title('พฤศจิกายน'), 'สขร1 พฤศจิกายน 2566', nov))).toEqual([]);
    expect(mismatch(skr1('สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ตุลาคม ประจำปีงบประมาณ 2567', 'ต.ค.66'))).toEqual([]);
  });
});
