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
});
