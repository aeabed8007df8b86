import { dayNumber } from '../cells/dates';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import { day } from '../rules/messages';
import { formatMonthEn, type Day } from '../text/format';

/** The last day a table lists contracts of: the title's "ณ วันที่ …", a month's end, or O16's 31 March. */
export interface Cutoff {
  readonly day: Day;
  readonly dayNumber: number;
  /** O16's by its name alone (the contracts signed by 31 March, DOMAIN §3.1), not a date in its title. */
  readonly implied?: boolean;
}

/** 31 March of fiscal year `fy` (BE): the last day O16 lists. */
export function o16Cutoff(fy: number): Cutoff {
  const d = { y: fy - 543, m: 3, d: 31 };
  return { day: d, dayNumber: dayNumber(d), implied: true };
}

/**
 * A title's day or month that most of the dated rows are after (two at least): the title is the slip
 * (last year's "ณ วันที่ 31 มีนาคม 2566" left in, last month's name on this month's sheet), said once at
 * it rather than once a row.
 */
export function titleCutoffOff(
  sheet: string,
  title: { readonly row: number; readonly col: number; readonly text: string },
  cutoff: number,
  signed: readonly Day[],
  what: { readonly th: string; readonly en: string },
  code: 'signed-after-as-of' | 'signed-after-month',
): Finding | null {
  const after = signed.filter((d) => dayNumber(d) > cutoff).length;
  if (after < 2 || after * 2 <= signed.length) return null;
  const of = after === signed.length ? { th: 'ทุกรายการ', en: 'every row was' } : null;
  return makeFinding(
    code,
    { sheet, row: title.row, col: title.col },
    {
      th: `ชื่อตารางระบุ${what.th} แต่${of ? of.th : ` ${after} จาก ${signed.length} รายการ`}ลงนามหลังจากนั้น: ตรวจ${what.th.startsWith('เดือน') ? 'เดือน' : 'วันที่'}ในชื่อตาราง`,
      en: `The title names ${what.en}, but ${of ? of.en : `${after} of the ${signed.length} rows were`} signed after it: check the title's ${what.en.startsWith('the month') ? 'month' : 'date'}`,
    },
    { value: title.text },
  );
}

/** The words for a title's day ("ข้อมูล ณ วันที่ 31 มี.ค. 2566") and month ("เดือน สิงหาคม 2567"). */
export const asOfWords = (d: Day) => ({ th: `ข้อมูล ณ วันที่ ${day(d).th}`, en: `data as of ${day(d).en}` });
export const monthWords = (month: string, start: Day) => ({
  th: `เดือน ${month}`,
  en: `the month ${formatMonthEn(start)}`,
});
