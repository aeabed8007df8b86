import { isCellError, isNoneText, type CellValue } from './value';
import { dayOf, type Day } from '../text/format';
import { plainText } from '../text/thai';

export type DateResult =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'ok';
      readonly day: Day;
      /** How the cell held it: a real Excel date, or text (with the era the text used). */
      readonly source: 'date' | 'text';
      /** For text: 'BE' (2567 or 67), 'CE' (2024 in a d/m/y or Thai-month text), 'iso' (2024-03-31). */
      readonly era?: 'BE' | 'CE' | 'iso';
      /** A real Excel date in year 2400 or later: someone typed a BE year into a date cell. */
      readonly beInDate?: boolean;
      /**
       * A real Excel date in 1940–1999: a two-digit BE year typed into a date cell ("15/1/67"), which
       * Excel reads as 19yy. The day it was meant to be is 57 years on (1967 → 2024, i.e. 2567).
       */
      readonly shortBeYear?: boolean;
    }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'bad'; readonly why?: BadDate };

/** Why a date could not be read, where more can be said than "not a date". */
export type BadDate =
  /** Written as a date, but no such day (31/04/2567, 29/02/2566); `y` is CE. */
  | { readonly kind: 'no-such-day'; readonly y: number; readonly m: number; readonly d: number }
  /** A number, or an Excel date, before 1940: a year or a count typed into a date cell (2567 is 1907). */
  | { readonly kind: 'too-early'; readonly day: Day }
  /** Written day/month/year with a month past 12 (15/13/2567): a slip, or the day and month swapped. */
  | { readonly kind: 'no-such-month'; readonly m: number };

const BLANK: DateResult = { kind: 'blank' };
const BAD: DateResult = { kind: 'bad' };
const MS_DAY = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);
/** The last day Excel can hold: 9999-12-31. */
const MAX_SERIAL = 2_958_465;

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function validDay(y: number, m: number, d: number): Day | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/** Excel serial (1900 date system) → day. Serial 60 is Excel's phantom 29 Feb 1900. */
export function serialToDay(serial: number): Day | null {
  if (!(serial >= 1 && serial <= MAX_SERIAL)) return null;
  const whole = Math.floor(serial);
  const t = new Date(EPOCH_1899 + (whole < 61 ? whole + 1 : whole) * MS_DAY);
  return dayOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Excel's serial of 1970-01-01, and the days between the 1900 and 1904 date systems. */
const SERIAL_1970 = 25_569;
export const DAYS_1900_TO_1904 = 1462;

/**
 * A cell's number as the date and time it shows, as a readers' Date (UTC): Office.js gives a date as
 * its serial, and an .xlsx holds it so; `date1904` for workbooks counting from 1904 (old Mac Excel).
 */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - SERIAL_1970 + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_DAY));
}

/** The serial of a readers' Date (serialToDate's inverse), counted from 1904 when `date1904`. */
export function dateToSerial(date: Date, date1904 = false): number {
  return date.getTime() / MS_DAY + SERIAL_1970 - (date1904 ? DAYS_1900_TO_1904 : 0);
}

const ISO_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?(?:Z|[+-]\d\d:?\d\d)?$/;
const ISO_TIME = /^(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?(?:Z|[+-]\d\d:?\d\d)?$/;

/**
 * The value of a cell typed "d" (an ISO 8601 date, time or both: Strict Open XML, openpyxl's
 * iso_dates) as a readers' Date, the wall-clock time it names as serialToDate gives it: read by the
 * machine's clock, 2024-03-31T00:00:00 is 30 March in Bangkok. A time alone is on Excel's day 0.
 * Null for text that is not such a value.
 */
export function isoToDate(text: string): Date | null {
  const t = text.trim();
  const dt = ISO_DATE_TIME.exec(t);
  const time = dt ? null : ISO_TIME.exec(t);
  if (!dt && !time) return null;
  const [y, mo, d] = dt ? [Number(dt[1]), Number(dt[2]), Number(dt[3])] : [1899, 12, 30];
  const [h, mi, sec] = (dt ? dt.slice(4, 7) : time!.slice(1, 4)).map((x) => Number(x ?? 0)) as [number, number, number];
  if ((dt && !validDay(y, mo, d)) || h > 24 || mi > 59 || sec >= 61) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi) + Math.round(sec * 1000);
  return new Date(ms);
}

export function dayToSerial(day: Day): number {
  const ms = Date.UTC(day.y, day.m - 1, day.d);
  const serial = Math.round((ms - EPOCH_1899) / MS_DAY);
  return serial < 61 ? serial - 1 : serial;
}

/** Days since 1970-01-01, for comparing and subtracting days. */
export function dayNumber(day: Day): number {
  // Days from the civil date by arithmetic (H. Hinnant's algorithm): it runs on every row.
  const y = day.m <= 2 ? day.y - 1 : day.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((day.m + 9) % 12) + 2) / 5) + day.d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/**
 * A number format shows a date when, outside quotes, [brackets] and characters written as themselves
 * (\b, and the _x and *x of padding: "#,##0.00\ \b\a\h\t"), it has a date or time letter.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/general/gi, '');
  // Latin codes in either case (YYYY, DD), but E, scientific notation's; the era year (e, bbbb); the
  // Thai codes of a th-TH Excel (ว/ด/ปปปป, ชช:นน:ทท) only where no digit placeholder says it is a
  // number ("#,##0 บาท" written unquoted).
  return /[ymdhsbeYMDHS]/.test(bare) || (!/[0#?]/.test(bare) && /[วดปชนท]/.test(bare));
}

/**
 * Whether number format `code` shows a day with its year in พ.ศ.: a date format naming the Thai
 * Buddhist calendar (07) with a year, in a locale tag as a file writes it ([$-107041E]d mmm yy: the
 * tag's second byte) or as Excel shows it ([$-th-TH,107]: after the comma), or with a Buddhist year's
 * own code (bb, bbbb; ปป, ปปปป in a th-TH Excel's codes).
 */
export function showsBeYear(code: string | null | undefined): boolean {
  if (!code || !isDateFormat(code)) return false;
  const bare = code.replace(/"[^"]*"/g, '').replace(/[\\_*]./g, '');
  const lcid = /\[\$[^\]-]*-([0-9A-Fa-f]{1,8})\]/.exec(bare)?.[1]?.padStart(8, '0').slice(2, 4);
  const named = /\[\$[^\],]*,([0-9A-Fa-f]{1,4})\]/.exec(bare)?.[1]?.padStart(2, '0').slice(-2);
  const plain = bare.replace(/\[[^\]]*]/g, '');
  return ((lcid === '07' || named === '07') && /[yYeE]/.test(plain)) || /bb|ปป/i.test(plain);
}

/** The Thai fiscal year (BE) a day belongs to: FY N runs 1 Oct N−1 … 30 Sep N. */
export function fiscalYearOf(day: Day): number {
  return day.y + 543 + (day.m >= 10 ? 1 : 0);
}

const MONTHS: Record<string, number> = {};
[
  // With the short spoken forms people type: มีนา, ตุลา, พฤศจิกา.
  ['มค', 'มกราคม', 'มกรา', 'jan', 'january'],
  ['กพ', 'กุมภาพันธ์', 'กุมภา', 'feb', 'february'],
  ['มีค', 'มีนาคม', 'มีนา', 'mar', 'march'],
  ['เมย', 'เมษายน', 'เมษา', 'apr', 'april'],
  ['พค', 'พฤษภาคม', 'พฤษภา', 'may'],
  ['มิย', 'มิถุนายน', 'มิถุนา', 'jun', 'june'],
  ['กค', 'กรกฎาคม', 'กรกฏาคม', 'กรกฎา', 'กรกฏา', 'jul', 'july'],
  ['สค', 'สิงหาคม', 'สิงหา', 'aug', 'august'],
  ['กย', 'กันยายน', 'กันยา', 'sep', 'sept', 'september'],
  ['ตค', 'ตุลาคม', 'ตุลา', 'oct', 'october'],
  ['พย', 'พฤศจิกายน', 'พฤศจิกา', 'nov', 'november'],
  ['ธค', 'ธันวาคม', 'ธันวา', 'dec', 'december'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/** "พ.ย." / "พฤศจิกายน" / "Nov" → 11; null when not a month name. */
export function monthFromName(name: string): number | null {
  // ำ for า, as a PDF garbles it ("มีนำคม"): no month's name has ำ.
  const key = name
    .toLowerCase()
    .replace(/[.\s\u0E4D]/g, '')
    .replace(/\u0E33/g, '\u0E32');
  return MONTHS[key] ?? null;
}

/**
 * Two-digit years below this are CE (24 → 2024), from it BE (67 → 2567): BE 2500–2539 (1957–1996) is
 * no year a table of this century's procurements holds, while CE 2000–2039 is.
 */
const FIRST_SHORT_BE_YEAR = 40;

/** A 4-digit year is BE from 2400, CE from 1800 to 2199; a 2-digit year as FIRST_SHORT_BE_YEAR says. */
function yearToCe(text: string, explicitCe: boolean): { y: number; era: 'BE' | 'CE' } | null {
  const n = Number(text);
  if (text.length <= 2)
    return explicitCe || n < FIRST_SHORT_BE_YEAR ? { y: 2000 + n, era: 'CE' } : { y: 2500 + n - 543, era: 'BE' };
  if (n >= 2400 && n <= 2799) return { y: n - 543, era: 'BE' };
  if (n >= 1800 && n <= 2199) return { y: n, era: 'CE' };
  return null;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
// "2567/03/31", as some systems export a date.
const YMD = /^(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})$/;
// "31 มี.ค. 67", "31 มีนาคม พ.ศ. 2567", and Excel's d-mmm-yy as Thai Excel shows it: "31-มี.ค.-67".
const D_MONTH_Y =
  /^(\d{1,2})\s*-?\s*([A-Za-z\u0E01-\u0E4E.]+?|[\u0E01-\u0E4E]{1,3}\.\s[\u0E01-\u0E4E]{1,2})\.?\s*-?\s*(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)?\s*(\d{2}|\d{4})$/;
const MONTH_D_Y = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const WEEKDAY = /^วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)\s*(?:ที่)?\s*/;
// A time after the day ("31/03/2567 10:30", "10.30 น."): the form asks for the day.
const TRAILING_TIME = /\s+(?:เวลา\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:น\.?)?$/;

/** A date's parts as written (the year CE), not yet known to be a day that exists. */
interface DateParts {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly era: 'BE' | 'CE' | 'iso';
  /** ISO's time and zone, when it has a zone. */
  readonly time?: { readonly h: number; readonly min: number; readonly zone: string };
}

function dateParts(raw: string, monthFirst = false): DateParts | null {
  let s = plainText(raw).replace(/\s+/g, ' ');
  s = s.replace(WEEKDAY, '').replace(/^(วันที่|ลงวันที่|ลว\.?)\s*/, '');
  // The formal "วันที่ 2 เดือน ตุลาคม พ.ศ. 2566" of official letters: the word for month says nothing more.
  s = s.replace(/^(\d{1,2})\s*เดือน\s*/, '$1 ');
  if (!/[+-]\d{2}:?\d{2}$|Z$/i.test(s)) s = s.replace(TRAILING_TIME, '');
  let m = ISO.exec(s);
  if (m) {
    const y = Number(m[1]);
    const be = y >= 2400;
    const time = m[4] !== undefined && m[7] ? { h: Number(m[4]), min: Number(m[5]), zone: m[7] } : undefined;
    return { y: be ? y - 543 : y, m: Number(m[2]), d: Number(m[3]), era: be ? 'BE' : 'iso', ...(time ? { time } : {}) };
  }
  m = YMD.exec(s);
  if (m) {
    const y = yearToCe(m[1]!, false);
    return y ? { y: y.y, m: Number(m[2]), d: Number(m[3]), era: y.era } : null;
  }
  m = DMY.exec(s);
  if (m) {
    const y = yearToCe(m[3]!, false);
    // A CE date of a sheet written month first (an export of an American-set Excel); BE is Thai, day first.
    const swap = monthFirst && y?.era === 'CE';
    return y ? { y: y.y, m: Number(m[swap ? 1 : 2]), d: Number(m[swap ? 2 : 1]), era: y.era } : null;
  }
  // "Oct 1, 2023", as an English-set program writes a date.
  m = MONTH_D_Y.exec(s);
  if (m) {
    const month = monthFromName(m[1]!);
    const y = month ? yearToCe(m[3]!, false) : null;
    return month && y ? { y: y.y, m: month, d: Number(m[2]), era: y.era } : null;
  }
  m = D_MONTH_Y.exec(s);
  if (m) {
    const month = monthFromName(m[2]!);
    if (!month) return null;
    const y = yearToCe(m[4]!, !!m[3] && /ค/.test(m[3]));
    return y ? { y: y.y, m: month, d: Number(m[1]), era: y.era } : null;
  }
  return null;
}

/** `day` moved by `years` (a date typed in the wrong era), or null where that day does not exist (29 Feb). */
export function shiftYears(day: Day, years: number): Day | null {
  return validDay(day.y + years, day.m, day.d);
}

/** A year Excel gives a two-digit year typed as 67: 1967 (see shortBeYear). */
export function isShortBeYear(y: number): boolean {
  return y >= 1900 + FIRST_SHORT_BE_YEAR && y <= 1999;
}

/** Read a date typed as text; null when the text is not a date we can be sure of. */
export function parseDateText(raw: string, monthFirst = false): { day: Day; era: 'BE' | 'CE' | 'iso' } | null {
  const p = dateParts(raw, monthFirst);
  let day = p && validDay(p.y, p.m, p.d);
  if (!p || !day) return null;
  if (p.time) {
    // A timestamp with a zone: the Thai calendar day is the one in Bangkok (UTC+7).
    const z = p.time.zone.toUpperCase();
    const zone = z === 'Z' ? 0 : (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2)));
    const utc = Date.UTC(day.y, day.m - 1, day.d, p.time.h, p.time.min) - zone * 60_000;
    const bkk = new Date(utc + 7 * 3_600_000);
    day = { y: bkk.getUTCFullYear(), m: bkk.getUTCMonth() + 1, d: bkk.getUTCDate() };
  }
  return { day, era: p.era };
}

/** A text written as a date that names a day that does not exist (31/04/2567, 29/02/2566). */
function noSuchDay(raw: string, monthFirst = false): BadDate | null {
  const p = dateParts(raw, monthFirst);
  if (p && p.m > 12 && p.d >= 1 && p.d <= 31) return { kind: 'no-such-month', m: p.m };
  return p && p.m >= 1 && p.m <= 12 && p.d >= 1 && p.d <= 31 && !validDay(p.y, p.m, p.d)
    ? { kind: 'no-such-day', y: p.y, m: p.m, d: p.d }
    : null;
}

/** Before 1940 no date of a procurement is (and 1940–1999 is a two-digit BE year: see shortBeYear). */
const FIRST_YEAR = 1940;

/** A real Excel date's day as read, or why it is none. */
function fromExcelDay(day: Day): DateResult {
  if (day.y < FIRST_YEAR) return { kind: 'bad', why: { kind: 'too-early', day } };
  return { kind: 'ok', day, source: 'date', beInDate: day.y >= 2400, shortBeYear: isShortBeYear(day.y) };
}

/**
 * Read a date: a real Excel date (a Date from ExcelJS, a serial number from Office.js) or text in
 * the ways Thai offices write it ("29 พ.ย. 67", "๓๑ มีนาคม ๒๕๖๗", "31/03/2567", "2024-03-31").
 */
export function parseDate(v: CellValue, monthFirst = false): DateResult {
  if (v === null) return BLANK;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return BAD;
    return fromExcelDay(dayOf(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()));
  }
  if (typeof v === 'number') {
    const day = serialToDay(v);
    return day ? fromExcelDay(day) : BAD;
  }
  if (typeof v === 'string') {
    const t = plainText(v);
    if (t === '' || isNoneText(t)) return BLANK;
    const r = parseDateText(t, monthFirst);
    if (r) return { kind: 'ok', day: r.day, source: 'text', era: r.era };
    const why = noSuchDay(t, monthFirst);
    return why ? { kind: 'bad', why } : BAD;
  }
  if (isCellError(v)) return { kind: 'error', error: v.error };
  return BAD;
}

const CE_SLASHED = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(?:1[89]\d\d|2[01]\d\d)\s*$/;

/**
 * Which way a text date with a CE year is written, where its numbers tell: 'mdy' when its "month" is
 * 13 or more (11/15/2023, as an American-set Excel exports dates), 'dmy' when its day is, else
 * 'either'; null for no such date.
 */
export function slashOrder(v: CellValue): 'mdy' | 'dmy' | 'either' | null {
  if (typeof v !== 'string') return null;
  const m = CE_SLASHED.exec(v);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return b > 12 && a <= 12 ? 'mdy' : a > 12 && b <= 12 ? 'dmy' : 'either';
}

/** Find the first date written inside a longer text ("สัญญาเลขที่ 12/2567 ลว. 1 ต.ค. 2566"). */
export function findDateInText(text: string): Day | null {
  return findDateWithEra(text)?.day ?? null;
}

/** findDateInText, with the era its year was written in. */
export function findDateWithEra(text: string): { day: Day; era: 'BE' | 'CE' | 'iso' } | null {
  return scanDates(text, parseDateText);
}

/** A day written inside a longer text that does not exist ("ลว. 31 เม.ย. 2567"), when no real one is. */
export function findNoSuchDay(text: string): BadDate | null {
  return findDateWithEra(text) ? null : scanDates(text, noSuchDay);
}

/** The first of what `read` makes of the dates written inside a text, or null. */
function scanDates<T>(text: string, read: (date: string) => T | null): T | null {
  // As pasted: zero-width spaces, full-width digits, en dashes between the parts.
  const s = plainText(text);
  const patterns = [
    // "3 ต.ค. 66", "3 ตค. 66", "1 ธค 2566", "15 มีนาคม 2567", "3 Oct 2023".
    /(?<![\d/])(\d{1,2})\s*([\u0E01-\u0E4E]{1,3}\.\s?[\u0E01-\u0E4E]{1,2}\.?|[\u0E01-\u0E4E]{2,12}\.?|[A-Za-z]{3,9}\.?)\s*(?:พ\.?\s?ศ\.?\s*)?(\d{4}|\d{2})(?!\d)/g,
    // "15/01/2567", "1-12-2566", "ลว.15/01/2567"; not after another dot ("ข้อ 3.1.12/…", "สพ.3/12/2566",
    // a contract's number); before a dash only where another date follows ("03/01/2567-02/02/2567", a term);
    // after one only behind a number of its year ("05/2567-03/10/2566").
    /(?:(?<=ลว\.|\/\d{4}-)|(?<![\d/.-]))(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?![\d/.]|-(?!\d{1,2}\/\d{1,2}\/\d{2}))/g,
    // "ลว. 12.10.66": dots only after the word for dated ("ข้อ 3.1.12" is a section of a document).
    /(?<=(?:ลว\.?|ลงวันที่|วันที่)\s*)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])/g,
    // The formal "ลงวันที่ 2 เดือน ตุลาคม พ.ศ. 2566"; only after the word for dated ("จ้าง 3 เดือน" is a term).
    /(?<=(?:ลว\.?|ลงวันที่|วันที่)\s*)(\d{1,2})\s*เดือน\s*([\u0E01-\u0E4E]{1,3}\.\s?[\u0E01-\u0E4E]{1,2}\.?|[\u0E01-\u0E4E]{2,12}\.?)\s*(?:พ\.?\s?ศ\.?\s*)?(\d{4}|\d{2})(?!\d)/g,
    // "ลว. 2023-10-10": ISO only after the word for dated (a project's or a document's number may look so).
    /(?<=(?:ลว\.?|ลงวันที่|วันที่)\s*)(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g,
  ];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const r = read(`${m[1]} ${m[2]} ${m[3]}`.replace(/^(\d+) (\d+) /, '$1/$2/'));
      if (r) return r;
      // "เลขที่ 5 ลงวันที่ 15 มีนาคม 2567": a match that is no date ("5 ลงวันที่ 15") must not use up
      // the day of the one after it, so the search goes on from the next character.
      re.lastIndex = m.index + 1;
    }
  }
  return null;
}

export type PeriodResult =
  | { readonly kind: 'blank' }
  /** `start`: the first day of the month it starts in, when it names a year (a quarter alone does not). */
  | { readonly kind: 'ok'; readonly ce: boolean; readonly start: Day | null }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'bad' };

/** The year through: "ตลอดปีงบประมาณ", "ทั้งปี", "ปีงบประมาณ พ.ศ. 2567" (a fiscal year's number). */
const WHOLE_YEAR = /^(ตลอด|ทั้ง)?\s*ปี(?:งบประมาณ)?\s*\(?\s*(?:พ\.?\s?ศ\.?\s*)?(\d{4})?\s*\)?$/;
const MONTH_YEAR = /^([A-Za-z\u0E01-\u0E4E.]+?)\.?\s*(?:พ\.?\s?ศ\.?)?\s*(\d{2}|\d{4})$/;
const NUM_MONTH_YEAR = /^(\d{1,2})\s*[/-]\s*(\d{4})$/;
const QUARTER = /^(?:ไตรมาส(?:ที่)?|q)\s*([1-4])(?!\d)\s*(.*)$/i;
/** "ไตรมาส 12", "ไตรมาสที่ 5": no quarter there is. */
const NO_QUARTER = /^(?:ไตรมาส(?:ที่)?|q)\s*\d/i;

/**
 * A quarter's start. Government quarters are the fiscal year's (ไตรมาส 1 = ต.ค.–ธ.ค.): "ไตรมาส 1/2569" starts
 * in October 2568; its months in brackets ("ไตรมาสที่ 3 (เม.ย.-มิ.ย. 2569)") say it themselves. Without a year
 * it names no day (of which year?).
 */
function quarterStart(q: number, rest: string): PeriodResult {
  const ce = /(?<!\d)(?:199\d|20\d\d)(?!\d)/.test(rest);
  const inBrackets = /\(([^()]+)\)/.exec(rest)?.[1];
  if (inBrackets) {
    const months = parsePeriod(inBrackets);
    if (months.kind === 'ok' && months.start) return months;
  }
  const year = /(?<!\d)(\d{4}|\d{2})(?!\d)/.exec(rest.replace(/\([^()]*\)/g, ''))?.[1];
  const y = year ? yearToCe(year, false) : null;
  if (!y) return { kind: 'ok', ce, start: null };
  // The fiscal year N (CE) runs from October of N − 1.
  const first = (y.y - 1) * 12 + 9 + (q - 1) * 3;
  // A CE year past this century (2110) is a slip to look at (out of the year), not one to turn into BE.
  return { kind: 'ok', ce: y.era === 'CE' && ce, start: dayOf(Math.floor(first / 12), (first % 12) + 1, 1) };
}

/** A month and year ("ต.ค. 2566", "10/2566"): its first day, and whether the year was CE. */
function monthYear(s: string): { day: Day; ce: boolean } | 'bad' | null {
  let m = MONTH_YEAR.exec(s);
  let month = m ? monthFromName(m[1]!) : null;
  if (!m || !month) {
    m = NUM_MONTH_YEAR.exec(s);
    month = m ? Number(m[1]) : null;
    if (!m || !month || month > 12) return null;
  }
  const y = yearToCe(m[2]!, false);
  return y ? { day: dayOf(y.y, month, 1), ce: y.era === 'CE' } : 'bad';
}

/** What a period's first part says of its start, given the start of its last part ("ต.ค. – ธ.ค. 2566"). */
function rangeStart(first: string, last: Day): Day {
  const d = parseDateText(first);
  if (d) return d.day;
  const my = monthYear(first);
  if (my && my !== 'bad') return my.day;
  const month = monthFromName(first);
  // The year is the last part's, or the one before when the range crosses a new year ("พ.ย. – ม.ค. 2567").
  return month ? dayOf(month > last.m ? last.y - 1 : last.y, month, 1) : last;
}

/** Words in front of a period that say nothing more: "ภายใน", "ประมาณ", "ตั้งแต่", "เดือน". */
const PERIOD_WORDS = /^(?:(?:ภายใน|ประมาณ|ราว|ช่วง|ตั้งแต่|เริ่ม)\s*)?(?:(?:ประจำ)?เดือน\s*)?/;

/**
 * Read an expected start (O14): a month and year ("ต.ค. 2566", "ตุลาคม 66", "10/2566"), a range of
 * months ("ต.ค. - ธ.ค. 2566"), a quarter ("ไตรมาส 1"), or a date.
 */
export function parsePeriod(v: CellValue): PeriodResult {
  if (v === null) return { kind: 'blank' };
  if (isCellError(v)) return { kind: 'error', error: v.error };
  if (v instanceof Date || typeof v === 'number') {
    const d = parseDate(v);
    return d.kind === 'ok' ? { kind: 'ok', ce: false, start: d.day } : { kind: 'bad' };
  }
  if (typeof v !== 'string') return { kind: 'bad' };
  // "เดือนตุลาคม 2566", "เดือน ต.ค. 2566", "ภายในเดือนมีนาคม 2567", "ประมาณ มี.ค. 67": the words for month,
  // "by" and "about" in front say nothing more.
  const typed = plainText(v).replace(/\s+/g, ' ').trim();
  if (typed === '' || typed === '-') return { kind: 'blank' };
  const s = typed.replace(PERIOD_WORDS, '');
  if (s === '') return { kind: 'bad' };
  // The whole year: "ตลอดปีงบประมาณ", "ทั้งปี", "ปีงบประมาณ 2567" (from its October, where it names it).
  const year = WHOLE_YEAR.exec(s);
  if (year && (year[1] || year[2])) {
    const y = year[2] ? yearToCe(year[2], false) : null;
    return y
      ? { kind: 'ok', ce: y.era === 'CE', start: dayOf(y.y - 1, 10, 1) }
      : { kind: 'ok', ce: false, start: null };
  }
  // A quarter names no month to start from (of the fiscal year or the calendar's?), but its year's era
  // shows: a year of this century or the last decade of the one before (not 2110, a slip to check).
  const quarter = QUARTER.exec(s);
  if (quarter) return quarterStart(Number(quarter[1]), quarter[2]!);
  if (NO_QUARTER.test(s)) return { kind: 'bad' };
  const full = parseDateText(s);
  if (full) return { kind: 'ok', ce: full.era === 'CE', start: full.day };
  // A range: judge the era by the last month and year ("ต.ค. - ธ.ค. 2566") or the last day ("1 ต.ค. 2566 -
  // 31 ธ.ค. 2566"), and take the start from the first.
  const parts = s.split(/\s*[-–—]\s*|\s+ถึง\s+/);
  const last = parts[parts.length - 1]!;
  const lastDay = parseDateText(last);
  if (lastDay) return { kind: 'ok', ce: lastDay.era === 'CE', start: rangeStart(parts[0]!, lastDay.day) };
  const lastMy = monthYear(last);
  if (lastMy === 'bad') return { kind: 'bad' };
  if (lastMy)
    return { kind: 'ok', ce: lastMy.ce, start: parts.length > 1 ? rangeStart(parts[0]!, lastMy.day) : lastMy.day };
  // "10-2566" is split at its dash like a range: read whole.
  const whole = monthYear(s);
  return whole && whole !== 'bad' ? { kind: 'ok', ce: whole.ce, start: whole.day } : { kind: 'bad' };
}

/** The days a period spans, from its first to its last. */
export interface PeriodSpan {
  readonly from: Day;
  readonly to: Day;
}

/** A day, or a month and year, as one end of a period: the days it covers. */
function periodEnd(s: string): PeriodSpan | 'no-such-day' | null {
  const d = parseDateText(s);
  if (d) return { from: d.day, to: d.day };
  if (noSuchDay(s)) return 'no-such-day';
  const my = monthYear(s);
  if (!my || my === 'bad') return null;
  const { y, m } = my.day;
  return { from: my.day, to: dayOf(y, m, daysInMonth(y, m)) };
}

/**
 * What a period written in words spans (a measures report's ระยะเวลาดำเนินการ): "ต.ค. ๖๗ ถึง ก.ย. ๖๘",
 * "1 ต.ค. 2566 – 30 ก.ย. 2567", "ต.ค. – ธ.ค. 2566", a month, a day, "ปีงบประมาณ 2567"; 'no-such-day' where
 * it names a day that does not exist ("31 ก.พ. 68"); null where it names no days for certain
 * ("ตลอดปีงบประมาณ", "ทุกไตรมาส", several spans), which is no slip.
 */
export function periodSpan(v: CellValue): PeriodSpan | 'no-such-day' | null {
  if (v instanceof Date || typeof v === 'number') {
    const d = parseDate(v);
    // A BE year inside a real date is another slip, whose day is not the one meant.
    return d.kind === 'ok' && !d.beInDate && !d.shortBeYear ? { from: d.day, to: d.day } : null;
  }
  if (typeof v !== 'string') return null;
  const s = plainText(v)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^ระหว่าง\s*/, '')
    .replace(PERIOD_WORDS, '');
  if (s === '') return null;
  const year = WHOLE_YEAR.exec(s);
  if (year) {
    const y = year[2] ? yearToCe(year[2], false) : null;
    return y ? { from: dayOf(y.y - 1, 10, 1), to: dayOf(y.y, 9, 30) } : null;
  }
  const whole = periodEnd(s);
  if (whole) return whole;
  // Split at "ถึง" or a dash, not at the dashes inside a date ("1-10-2566").
  const parts = s.split(/\s*(?:ถึง|[–—]|(?<!\d)-|-(?!\d)|(?<=\d{4})\s*-)\s*/);
  if (parts.length !== 2) return null;
  const last = periodEnd(parts[1]!);
  if (last === null || last === 'no-such-day') return last;
  const first = periodEnd(parts[0]!);
  if (first === 'no-such-day') return first;
  if (first) return { from: first.from, to: last.to };
  // A month alone is in the last part's year, or the one before ("พ.ย. – ม.ค. 2567").
  return monthFromName(parts[0]!) ? { from: rangeStart(parts[0]!, last.from), to: last.to } : null;
}
