import { describe, expect, it } from 'vitest';
import {
  dateToSerial,
  dayToSerial,
  fiscalYearOf,
  findDateInText,
  isoToDate,
  parseDate,
  parsePeriod,
  serialToDate,
  serialToDay,
} from '../../../src/core/cells/dates';

const day = (y: number, m: number, d: number) => ({ y, m, d });

describe('parseDate', () => {
  it.each([
    ['29 พ.ย. 67', day(2024, 11, 29), 'BE'],
    ['29 พ.ย. 2567', day(2024, 11, 29), 'BE'],
    ['๓๑ มีนาคม ๒๕๖๗', day(2024, 3, 31), 'BE'],
    ['31 มีนาคม พ.ศ. 2567', day(2024, 3, 31), 'BE'],
    ['31/03/2567', day(2024, 3, 31), 'BE'],
    ['31-3-67', day(2024, 3, 31), 'BE'],
    ['31/03/2024', day(2024, 3, 31), 'CE'],
    ['2024-03-31', day(2024, 3, 31), 'iso'],
    ['2567-03-31', day(2024, 3, 31), 'BE'],
    ['1 ต.ค.66', day(2023, 10, 1), 'BE'],
    ['5 May 2017', day(2017, 5, 5), 'CE'],
  ])('reads the text %j', (text, d, era) => {
    expect(parseDate(text)).toEqual({ kind: 'ok', day: d, source: 'text', era });
  });

  it('takes the Bangkok day of a UTC timestamp (17:00Z is the next morning in Thailand)', () => {
    expect(parseDate('2025-12-29T17:00:00.000+00:00')).toMatchObject({ kind: 'ok', day: day(2025, 12, 30) });
    expect(parseDate('2025-12-29T16:59:00Z')).toMatchObject({ kind: 'ok', day: day(2025, 12, 29) });
  });

  it('reads Excel serials and Date objects as the same day', () => {
    const serial = dayToSerial(day(2024, 3, 31));
    expect(serial).toBe(45382);
    expect(parseDate(serial)).toEqual({
      kind: 'ok',
      day: day(2024, 3, 31),
      source: 'date',
      beInDate: false,
      shortBeYear: false,
    });
    expect(parseDate(new Date(Date.UTC(2024, 2, 31)))).toEqual(parseDate(serial));
    expect(serialToDay(1)).toEqual(day(1900, 1, 1));
    expect(serialToDay(61)).toEqual(day(1900, 3, 1));
  });

  it('notices a BE year typed into an Excel date (stored as 2567 CE)', () => {
    expect(parseDate(new Date(Date.UTC(2567, 2, 31)))).toMatchObject({ kind: 'ok', beInDate: true });
  });

  it('takes an Excel date from 1940 on as a two-digit BE year, and one before as too early for a procurement', () => {
    expect(parseDate(new Date(Date.UTC(1940, 0, 1)))).toMatchObject({ kind: 'ok', shortBeYear: true });
    expect(parseDate(new Date(Date.UTC(1939, 11, 31)))).toMatchObject({ kind: 'bad', why: { kind: 'too-early' } });
    // Typed as text, a CE year of the 1940s is still a date (then judged out of the fiscal year).
    expect(parseDate('31/12/1945')).toMatchObject({ kind: 'ok', era: 'CE', day: day(1945, 12, 31) });
  });

  it('refuses impossible days and non-dates', () => {
    for (const bad of ['31/02/2567', '30 ก.พ. 67', 'พรุ่งนี้', '13/13/2567', '2024-02-30', true])
      expect(parseDate(bad).kind).toBe('bad');
    expect(parseDate('29/02/2567').kind).toBe('ok'); // 2024 is a leap year
    expect(parseDate('29/02/2566').kind).toBe('bad');
    expect(parseDate('-')).toEqual({ kind: 'blank' });
    expect(parseDate('–')).toEqual({ kind: 'blank' });
  });

  it('places days in the Thai fiscal year (1 Oct – 30 Sep)', () => {
    expect(fiscalYearOf(day(2024, 9, 30))).toBe(2567);
    expect(fiscalYearOf(day(2024, 10, 1))).toBe(2568);
  });

  it('finds the date inside a contract reference', () => {
    expect(findDateInText('สัญญาเลขที่ 12/2567 ลว. 1 ต.ค. 2566')).toEqual(day(2023, 10, 1));
    expect(findDateInText('ใบสั่งซื้อ 45/2567 ลงวันที่ 15/01/2567')).toEqual(day(2024, 1, 15));
    expect(findDateInText('เลขที่ 12/2567')).toBeNull();
    // "ลงวันที่" after a year and before a two-digit day: the day is not taken for the year's end.
    expect(findDateInText('สัญญาเลขที่ 12/2567 ลงวันที่ 15 มีนาคม 2567')).toEqual(day(2024, 3, 15));
    expect(findDateInText('เลขที่ 5 ลงวันที่ 15 มีนาคม 2567')).toEqual(day(2024, 3, 15));
    // Right after "ลว." with no space, and with dots after the word for dated.
    expect(findDateInText('ใบสั่งจ้าง 8/2566 ลว.12/07/66')).toEqual(day(2023, 7, 12));
    expect(findDateInText('สัญญา 8/2566 ลว.12/10/2565')).toEqual(day(2022, 10, 12));
    expect(findDateInText('ใบสั่งซื้อ 5/67 ลว. 12.10.66')).toEqual(day(2023, 10, 12));
    // Not a section number's last part, nor dots that follow no such word.
    expect(findDateInText('ตามข้อ 3.12/05/66')).toBeNull();
    // The formal date of official letters, and ISO, after the word for dated; a term of months is no day.
    expect(findDateInText('สัญญาจ้างเลขที่ 1/2567 ลงวันที่ 2 เดือน ตุลาคม พ.ศ. 2566')).toEqual(day(2023, 10, 2));
    expect(findDateInText('ใบสั่งซื้อเลขที่ 9/2567 ลว. 2023-10-10')).toEqual(day(2023, 10, 10));
    expect(findDateInText('จ้างเหมาบริการ 3 เดือน มกราคม 2567')).toBeNull();
    expect(findDateInText('ตามข้อ 3.1.12 ของสัญญา')).toBeNull();
    expect(findDateInText('เลขที่ 12.10.66')).toBeNull();
    // A contract's number of three parts after an office's abbreviation is no date.
    expect(findDateInText('สัญญาเลขที่ สพ.3/12/2566')).toBeNull();
    expect(findDateInText('PO ที่ กค.12/10/65')).toBeNull();
  });

  it("reads Thai Excel's d-mmm-yy text, and a two-digit year by which era it can be", () => {
    expect(parseDate('31-มี.ค.-67')).toMatchObject({ kind: 'ok', day: day(2024, 3, 31), era: 'BE' });
    // 67 is BE 2567; 24 cannot be BE 2524 in a table of today's procurements, so it is CE 2024.
    expect(parseDate('15/01/67')).toMatchObject({ day: day(2024, 1, 15), era: 'BE' });
    expect(parseDate('15/01/24')).toMatchObject({ day: day(2024, 1, 15), era: 'CE' });
    expect(parseDate('15/01/40')).toMatchObject({ day: day(1997, 1, 15), era: 'BE' });
    expect(parseDate('15/01/39')).toMatchObject({ day: day(2039, 1, 15), era: 'CE' });
  });

  it('reads O14 start periods', () => {
    for (const ok of [
      'ต.ค. 2566',
      'ตุลาคม 66',
      '10/2566',
      'ต.ค. - ธ.ค. 2566',
      'ไตรมาส 1',
      '1 ต.ค. 2566',
      'เดือน ต.ค. 2566',
      'เดือนตุลาคม 2566',
      '1 ต.ค. 2566 - 31 ธ.ค. 2566',
    ])
      expect(parsePeriod(ok)).toMatchObject({ kind: 'ok', ce: false });
    expect(parsePeriod('Oct 2023')).toEqual({ kind: 'ok', ce: true, start: { y: 2023, m: 10, d: 1 } });
    expect(parsePeriod('เร็ว ๆ นี้').kind).toBe('bad');
  });

  it('takes the month an O14 period starts in (CE year, month)', () => {
    const start = (v: string) => {
      const r = parsePeriod(v);
      return r.kind === 'ok' && r.start ? [r.start.y, r.start.m] : null;
    };
    expect(start('ต.ค. 2566')).toEqual([2023, 10]);
    expect(start('10-2566')).toEqual([2023, 10]);
    expect(start('ต.ค. - ธ.ค. 2566')).toEqual([2023, 10]);
    // A range across a new year: its first month is in the year before the last's.
    expect(start('พ.ย. - ม.ค. 2567')).toEqual([2023, 11]);
    expect(start('พ.ย. 2566 - ม.ค. 2567')).toEqual([2023, 11]);
    expect(start('1 ต.ค. 2566 - 31 ธ.ค. 2566')).toEqual([2023, 10]);
    expect(start('ไตรมาส 1')).toBeNull();
  });
});

describe('dates written as ISO 8601 text (cells typed "d": Strict Open XML, openpyxl)', () => {
  it('are the day and time they name, whatever the machine’s clock', () => {
    const zone = process.env.TZ;
    // Read by the machine's clock, midnight in Bangkok is the day before in UTC.
    process.env.TZ = 'Asia/Bangkok';
    try {
      expect(isoToDate('2024-03-31T00:00:00')).toEqual(new Date(Date.UTC(2024, 2, 31)));
      expect(isoToDate('2024-03-31')).toEqual(new Date(Date.UTC(2024, 2, 31)));
      expect(isoToDate(' 2024-03-31T13:45:30.5 ')).toEqual(new Date(Date.UTC(2024, 2, 31, 13, 45, 30, 500)));
      expect(isoToDate('2024-03-31T07:00:00Z')).toEqual(new Date(Date.UTC(2024, 2, 31, 7)));
      // A time alone is on Excel's day 0, as a serial below 1 is.
      expect(isoToDate('13:45:30')).toEqual(new Date(Date.UTC(1899, 11, 30, 13, 45, 30)));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('are no date when there is no such day or the text is not ISO 8601', () => {
    for (const t of ['2024-02-30', '2023-02-29T00:00:00', '31/03/2567', '2024-3-31', '25:00', 'abc', ''])
      expect(isoToDate(t), t).toBeNull();
  });

  it('have the serial Excel gives their day, in either date system', () => {
    expect(dateToSerial(isoToDate('2024-03-31')!)).toBe(45382);
    expect(dateToSerial(isoToDate('2024-03-31T12:00:00')!, true)).toBe(45382 - 1462 + 0.5);
    const d = isoToDate('2023-11-01T08:30:00')!;
    expect(serialToDate(dateToSerial(d, true), true)).toEqual(d);
  });
});

describe('dates pasted from a PDF or a web page', () => {
  it('are read with ำ for า, a spaced abbreviation, zero-width and full-width characters', () => {
    const day = (t: string) => {
      const r = parseDate(t);
      return r.kind === 'ok' ? r.day : r.kind;
    };
    expect(day('31 มีนำคม 2567')).toEqual({ y: 2024, m: 3, d: 31 });
    expect(day('15 ธันวำคม 2566')).toEqual({ y: 2023, m: 12, d: 15 });
    expect(day('31 มี. ค. 67')).toEqual({ y: 2024, m: 3, d: 31 });
    // Inside a contract's cell, as the monthly forms write it.
    for (const t of [
      'ลว.\u200b15\u200bพ.ย.\u200b2565',
      'ลว. １５ พ.ย. ２５６５',
      'ลว. 15 พ. ย. 2565',
      'ลว. 15–11–2565',
      'สัญญา 3/2566 ลว. 15 พฤศจิกำยน 2565',
    ])
      expect(findDateInText(t), t).toEqual({ y: 2022, m: 11, d: 15 });
  });
});
