import { cellAt, type SheetGrid } from '../cells/value';
import { dayNumber, findDateWithEra, fiscalYearOf, monthFromName, parseDateText } from '../cells/dates';
import { thaiDigitsToArabic } from '../text/thai';
import {
  formatMonthEn,
  THAI_MONTHS_LONG,
  THAI_MONTHS_LONG_PATTERN,
  THAI_MONTHS_SHORT,
  THAI_MONTHS_SHORT_PATTERN,
  thaiMonth,
  type Day,
} from '../text/format';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';

// "พ.ศ.." is a common slip in real headings. Not "ประจำปี" alone: "ITA ประจำปี 2568" names the
// assessment, which judges the fiscal year before it. Short words and years are read too ("ประจำปีงบฯ
// ๒๕๖๘" in seed 001, "ปีงบ 2566", "ปีงบประมาณ 66"): two digits only after these words, not a count
// ("ปีงบประมาณ 12 เดือน", "ปีงบประมาณ 45 โครงการ", "ตามแผนปีงบประมาณ 50 รายการ"). A counting word only
// standing alone: "67 งานพัสดุ", "66 หน่วยงาน …", "66 โครงการก่อสร้าง…", "66 ครั้งที่ 2" are a year and more words.
const COUNTING_WORD =
  '(?:เดือน|วัน|ปี|โครงการ|รายการ|ครั้ง|แห่ง|เรื่อง|สัญญา|ฉบับ|หน่วย|เครื่อง|ชิ้น|ลำดับ|' +
  // What agencies buy by the plot, building, vehicle, book, metre, litre, room …
  'แปลง|เล่ม|กล่อง|เมตร|กิโลเมตร|ลิตร|ชั่วโมง|สัปดาห์|แผ่น|ท่อน|อาคาร|ตร\\.?\\s*ม\\.|' +
  'งาน|คน|ชุด|ราย|ข้อ|ตัว|อัน|แผน|หลัง|คัน|ต้น|สาย|จุด|ไร่|บ่อ|ถัง|ห้อง|ก้อน|ถุง)';
const COUNTED = `ล้าน|บาท|%|${COUNTING_WORD}(?![\u0E01-\u0E4E])`;
/** A counting word beginning what follows a short ปีงบประมาณ, alone or not ("52 รายการครุภัณฑ์", "45 รายการย่อย"). */
const COUNT_AFTER = new RegExp(`^\\s*(?!เดือน)${COUNTING_WORD}`);
const TITLE_FY = new RegExp(
  `ปีงบ(?:ประมาณ)?\\s*ฯ?\\s*(?:พ\\.?\\s*ศ\\.{0,2})?\\s*(\\d{4}(?!\\d)|\\d{2}(?!\\d|[.,]\\d)(?!\\s*(?:${COUNTED})))|fiscal year\\s*(\\d{4})`,
  'i',
);

/**
 * The lowest two-digit year a title's own ปีงบประมาณ keeps against a full year beside it: "ปีงบประมาณ 66
 * (เงินกันเหลื่อมปี พ.ศ. 2565)", "ปีงบฯ 67 อบต.… (เปรียบเทียบปี 2566)" are of 2566 and 2567 (money carried
 * over, last year's figures beside); a lower number is more likely a count. So is one that a counting word
 * begins the next word of ("52 รายการครุภัณฑ์") or that names what is counted ("55 โรงเรียน"): where no year
 * is written in full, it is the year ("ปีงบประมาณ 66 งานพัสดุ").
 */
const PLAUSIBLE_SHORT = 50;
/** What is counted, beyond COUNTING_WORD, after a short number: places and bodies an agency serves or buys for. */
const OTHER_AFTER = /^\s*(?:โรงเรียน|หมู่บ้าน|ชุมชน|ตำบล|ครัวเรือน|หลังคาเรือน|ศูนย์|แปลง|สาย)/;

/** The year of a budget act or ordinance the money came from, not the report's: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2565". */
const BUDGET_ACT = /บัญญัติ|พ\.?\s*ร\.?\s*บ\.?|รายจ่าย/;

/**
 * A four-digit year named as a year ("ปี พ.ศ. 2567", "ปีงบประมาณ 2567"), which a title's two-digit one
 * yields to ("ประจำปีงบประมาณ 45 … ปี พ.ศ. 2567": the 45 is more likely a count of something unlisted).
 */
const FOUR_NAMED = /ปี(?:งบ(?:ประมาณ)?)?\s*ฯ?\s*(?:พ\.?\s*ศ\.{0,2})?\s*(\d{4})(?!\d)/g;

/**
 * "ประจำปี พ.ศ. 2565" of a report of results is its fiscal year (seed 000: O22 "รายงานผลการจัดซื้อจัดจ้าง
 * … ประจำปี … เป็นรายงานผลของปี พ.ศ.๒๕๖๕"), unless the line is of the assessment ("ITA ประจำปี 2568").
 */
const OF_YEAR = /ประจำปี\s*(?:พ\.?\s*ศ\.{0,2})?\s*(\d{4})/;
const ASSESSMENT = /ITA|OIT|การประเมิน|คุณธรรม/i;

/**
 * A month named right before "ประจำปี": its "พ.ศ. 2566" is the month's calendar year ("เดือน ตุลาคม
 * ประจำปี พ.ศ. 2566" is of fiscal year 2567), not a fiscal year. Not "ประจำปี … (รอบ 6 เดือน)" (O16's).
 */
function namesMonth(text: string): boolean {
  const at = text.search(/ประจำปี/);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 24), at);
  return (
    THAI_MONTHS_LONG.some((m) => before.includes(m)) ||
    THAI_MONTHS_SHORT.some((m) => before.includes(m) || before.includes(m.replace(/\./g, '')))
  );
}

/** A second number after the year ("ปีงบประมาณ 2567-2568", "2567-68", "2567 ถึง 2568"), maybe a year. */
const SPAN = /^\s*(?:[-–—/]|ถึง|to)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{2}(?:\d{2})?)(?!\d)/i;

/**
 * The year `second` names after year `y` (2568, or 68), in `y`'s era, or null: not "- 12 เดือน" nor "ถึง 31
 * มีนาคม".
 */
function spanEnd(y: number, second: string | undefined): number | null {
  if (second === undefined) return null;
  const n = Number(second);
  if (second.length === 4) return Math.abs(n - y) <= 5 ? n : null;
  return n === (y + 1) % 100 ? y + 1 : null;
}

/** Where a title names its fiscal year: the cell and its text. */
export interface TitleYear {
  /** In พ.ศ., whichever era the title wrote it in. */
  readonly year: number;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** The title names a span of years, this the first. */
  readonly span: boolean;
  /** The span's last year (พ.ศ.), where the title names a span ("ปีงบประมาณ 2566 - 2567"). */
  readonly last?: number;
  /** Where in `text` the year is written, and its digits ("2024", "66"; Thai digits read as Arabic). */
  readonly at?: number;
  readonly written?: string;
  /** Written in ค.ศ. where the form wants พ.ศ. ("ปีงบประมาณ พ.ศ. 2024", "เดือน พฤศจิกายน 2023"). */
  readonly ce?: boolean;
}

/** A monthly form's title naming its month ("ประจำเดือนตุลาคม 2566", "ในรอบเดือน ต.ค. ๖๖"): the month's fiscal year. */
export interface MonthTitle extends TitleYear {
  /** The month as the title writes it ("ตุลาคม 2566"). */
  readonly month: string;
  /** Its first day. */
  readonly start: Day;
}

/**
 * A monthly form's own heading for its month: "ประจำเดือน…", "(ใน)รอบเดือน…", "เดือน…" after no other word,
 * its year maybe after "ประจำปี (งบประมาณ)". Not "ข้อมูล ณ เดือน…" (the day data is as of, after the year
 * it covers may have closed), nor a range of months.
 */
const MONTH_TITLE =
  /(?:ประจำ|รอบ|(?<![\u0E00-\u0E7F])(?<!ณ\s*))เดือน\s*([\u0E01-\u0E4E.]{2,12}?)\.?\s*(?:(?:ประจำ)?ปี(?:งบประมาณ)?\s*)?(?:พ\.?\s*ศ\.?\s*)?(\d{4}|\d{2})(?!\d)(?!\s*(?:[-–—]|ถึง))/g;

/**
 * A month heading rows inside a table: "เดือน ตุลาคม 2565", "ประจำเดือนพฤศจิกายน ๒๕๖๕", "เดือนธันวาคม 2565
 * ไม่มีการจัดซื้อจัดจ้าง". Not a range of months.
 */
const MONTH_HEADING =
  /เดือน\s*([\u0E01-\u0E4E.]{2,12}?)\.?\s*(?:(?:ประจำ)?ปี(?:งบประมาณ)?\s*)?(?:พ\.?\s*ศ\.?\s*)?(\d{4}|\d{2})(?!\d)(?!\s*(?:[-–—]|ถึง))/g;

/** A heading that is a month and its year and nothing more ("ตุลาคม ๒๕๖๕", "ต.ค. 65"). */
const MONTH_ALONE = /^\s*([\u0E01-\u0E4E.]{2,12}?)\.?\s*(?:พ\.?\s*ศ\.?\s*)?(\d{4}|\d{2})\s*$/g;

/** A month and its year ending a name: "ธ.ค.66", "สขร.1 ธันวาคม 2566". */
const MONTH_AT_END = /(?:^|[\s_-])([\u0E01-\u0E4E.]{2,12}?)\.?\s*(?:พ\.?\s*ศ\.?\s*)?(\d{4}|\d{2})\s*$/g;

/**
 * A month by its name run on after other words, and its year, ending a name: "อบต.หนองบัวต.ค.66",
 * "…ตค66", "…ตุลาคม2566" (a file named without a space before its month).
 */
const MONTH_RUN_ON_AT_END = new RegExp(
  `(${THAI_MONTHS_LONG_PATTERN}|${THAI_MONTHS_SHORT_PATTERN})\\.?\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?(\\d{4}|\\d{2})\\s*$`,
  'g',
);

/**
 * The month a sheet's (or file's) name ends with, with its fiscal year, or null: not the end of a span
 * of months ("ต.ค.66-ก.ย.67") nor a name of the whole year ("รวมทั้งปี").
 */
export function monthOfName(name: string): { year: number; month: string; start: Day } | null {
  const text = thaiDigitsToArabic(name.replace(/\.xlsx?m?$/i, ''));
  // A span ("ต.ค.66-ธ.ค.66", "ต.ค.-ธ.ค.66", "มิ.ย. ถึง ก.ค. 67"), not its last month; nor the whole year.
  if (/[\u0E01-\u0E4E.]\s*\d{2,4}\s*[-–—]|[\u0E01-\u0E4E.]\s*[-–—]\s*[\u0E01-\u0E4E]|ถึง|ทั้งปี|ปีงบ/.test(text))
    return null;
  return monthOf(text, MONTH_AT_END) ?? monthOf(text, MONTH_RUN_ON_AT_END);
}

/** The first days of the months sheets' or files' names are for ("ก.พ.67", "สขร1 ธ.ค.66.xlsx"). */
export function monthsNamed(names: readonly string[]): Day[] {
  return names.flatMap((n) => monthOfName(n)?.start ?? []);
}

/** The month a heading inside a table names ("เดือน ตุลาคม 2565", "ตุลาคม 2565"), with its fiscal year, or null. */
export function monthOfHeading(text: string): { year: number; month: string; start: Day } | null {
  const t = thaiDigitsToArabic(text);
  return monthOf(t, MONTH_HEADING) ?? monthOf(t, MONTH_ALONE);
}

/** The month a title names, with its fiscal year ("ตุลาคม 2566" is of 2567), or null. */
function monthOf(
  text: string,
  words = MONTH_TITLE,
): { year: number; month: string; start: Day; at: number; written: string; ce: boolean } | null {
  for (const m of text.matchAll(words)) {
    const month = monthFromName(m[1]!);
    const [digits, n] = [m[2]!, Number(m[2])];
    // Two digits are a BE year (66); four, BE or CE.
    const ce =
      digits.length === 2
        ? n >= 40
          ? 1957 + n
          : NaN
        : n >= 2400 && n < 2800
          ? n - 543
          : n >= 1900 && n < 2200
            ? n
            : NaN;
    if (month && !Number.isNaN(ce)) {
      // "เดือนตุลาคม ประจำปีงบประมาณ 2567": the fiscal year's October, of 2566, and so written.
      const before = /ปีงบประมาณ/.test(m[0]) && month >= 10;
      const start = { y: before ? ce - 1 : ce, m: month, d: 1 };
      const year = before ? String(n - 1).padStart(digits.length, '0') : digits;
      // The digits end the match (what follows is only looked at).
      const at = m.index + m[0].length - digits.length;
      const inCe = digits.length === 4 && n < 2400;
      // Quoted as written: the pattern leaves a short name's last dot ("ต.ค.") out of the name.
      const named = m[0].slice(m[0].indexOf(m[1]!)).startsWith(`${m[1]}.`) ? `${m[1]}.` : m[1];
      return { year: fiscalYearOf(start), month: `${named} ${year}`, start, at, written: digits, ce: inCe };
    }
  }
  return null;
}

/** The first text above the header that `read` makes something of, with its cell (the title's). */
function aboveHeader<T>(
  grid: SheetGrid,
  headerRow: number,
  read: (text: string) => T | null,
): (T & { row: number; col: number; text: string }) | null {
  for (let r = 1; r < headerRow; r++) {
    const row = grid.values[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const v = cellAt(grid, r, c);
      if (typeof v !== 'string') continue;
      const found = read(thaiDigitsToArabic(v));
      if (found) return { ...found, row: r, col: c, text: v };
    }
  }
  return null;
}

/** The month a monthly form's title names above the header, with its fiscal year and cell. */
export function monthTitle(grid: SheetGrid, headerRow: number): MonthTitle | null {
  return aboveHeader(grid, headerRow, (text) => {
    const m = monthOf(text);
    return m && { ...m, span: false };
  });
}

/** The fiscal year named in the title rows above the header ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"), with its cell. */
export function titleYear(grid: SheetGrid, headerRow: number): TitleYear | null {
  return aboveHeader(grid, headerRow, (text) => {
    const fy = TITLE_FY.exec(text);
    const after = fy?.[1]?.length === 2 ? text.slice(fy.index + fy[0].length) : null;
    const yields =
      after !== null && (Number(fy![1]) < PLAUSIBLE_SHORT || COUNT_AFTER.test(after) || OTHER_AFTER.test(after));
    const m =
      // Where the fiscal year's own number is two digits or a count, a year written in full beside it; even
      // a budget act's, against a number that counts ("45 รายการย่อย ตามข้อบัญญัติ…ประจำปี พ.ศ. 2567").
      ((fy ? yields : /ปีงบ/.test(text))
        ? (fourDigitYear(text) ?? (after !== null && COUNT_AFTER.test(after) ? fourDigitYear(text, true) : null))
        : null) ??
      fy ??
      (ASSESSMENT.test(text) || namesMonth(text) ? null : OF_YEAR.exec(text));
    const written = m ? (m[1] ?? m[2])! : '';
    // Two digits are a BE year ("ปีงบประมาณ 66"), as in dates (dates.ts).
    const y = written.length === 2 ? (Number(written) >= 40 ? 2500 + Number(written) : NaN) : Number(written);
    const last = m ? spanEnd(y, SPAN.exec(text.slice(m.index + m[0].length))?.[1]) : null;
    const be = y >= 2400 && y < 2800 ? 0 : y >= 1900 && y < 2200 ? 543 : NaN;
    if (!m || Number.isNaN(be)) return null;
    const year = y + be;
    // The digits end the match; an English title's CE year is its own way ("Fiscal year 2024").
    const at = m.index + m[0].length - written.length;
    const where = { at, written, ce: be !== 0 && m[2] === undefined };
    return last === null
      ? { year, span: false, ...where }
      : { year, span: true, last: Math.max(last, y) + be, ...where };
  });
}

/**
 * A four-digit year the text names as a year (FOUR_NAMED), BE or CE, not the assessment's ("ITA ประจำปี 2568"),
 * nor, unless `acts`, a budget act's.
 */
function fourDigitYear(text: string, acts = false): RegExpExecArray | null {
  for (const m of text.matchAll(FOUR_NAMED)) {
    const n = Number(m[1]);
    const year = (n >= 2400 && n < 2800) || (n >= 1900 && n < 2200);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (year && !ASSESSMENT.test(before.slice(-16)) && (acts || !BUDGET_ACT.test(before))) return m as RegExpExecArray;
  }
  return null;
}

/** A fiscal year named in the title rows above the header. */
export function fiscalYearFromTitle(grid: SheetGrid, headerRow: number): number | null {
  return titleYear(grid, headerRow)?.year ?? null;
}

// A span of years ("ปี 2563–2567", the score sheet's own title) is of its last.
const ASSESSMENT_YEAR =
  /(?:ปี(?:งบประมาณ)?|พ\.\s?ศ\.|ITA|OIT)\s*(?:พ\.\s?ศ\.)?\s*(25\d\d|26\d\d)(?:\s*(?:[-–—]|ถึง)\s*(25\d\d|26\d\d))?(?!\d)/i;

/**
 * The assessment year an OIT checklist or ITA score sheet is of: named above its header ("ประจำปี
 * พ.ศ. 2565", "ปีงบประมาณ ๒๕๖๗", "ปี 2565", "ITA 2566"), else by its sheet's name ("ITA 2565").
 */
export function assessmentYear(grid: SheetGrid, headerRow: number): number | null {
  return assessmentYearAt(grid, headerRow)?.year ?? null;
}

const ASSESSMENT_YEARS = new RegExp(ASSESSMENT_YEAR.source, 'gi');
/** What names the assessment before its year ("การประเมิน ITA 2567", "(OIT) ประจำปี 2567"). */
const ASSESSED = /ITA|OIT|การประเมิน/i;
/** Words of an assessment's result: a year they go with is one assessed already, not the checklist's. */
const RESULT = /ผล(?:การ)?(?:ประเมิน|คะแนน)|คะแนน/;

/**
 * Whether the year of `m` is a result's, last year's as a note ("(ปรับปรุงตามผลการประเมิน ITA ปี 2566)",
 * "(ผลคะแนน OIT ปี 2566 = 89.65 คะแนน)", "ประจำปี 2567 (ตาม ITA ปี 2566)"): named after a result's words
 * since the year before it (`from`), or in brackets that hold them or follow a later year.
 */
function aResult(text: string, m: RegExpExecArray, from: number): boolean {
  if (RESULT.test(text.slice(from, m.index))) return true;
  const open = text.lastIndexOf('(', m.index);
  if (open < 0 || text.lastIndexOf(')', m.index) > open) return false;
  const close = text.indexOf(')', m.index);
  if (RESULT.test(text.slice(open, close < 0 ? undefined : close))) return true;
  const y = Number(m[2] ?? m[1]);
  return [...text.slice(0, open).matchAll(ASSESSMENT_YEARS)].some((b) => Number(b[2] ?? b[1]) > y);
}

/**
 * The year a text names for the assessment: ITA's or OIT's, or named after การประเมิน, not the data's
 * fiscal year before it ("ข้อมูลปีงบประมาณ 2566 สำหรับการประเมิน ITA 2567" is 2567's), nor a result's.
 * `any`: the first year named that is no result's, for the assessment or not.
 */
function assessmentsYear(text: string, any = false): RegExpExecArray | null {
  let from = 0;
  for (const m of text.matchAll(ASSESSMENT_YEARS)) {
    const named = any || ASSESSED.test(text.slice(from, m.index + m[0].length));
    if (named && !aResult(text, m as RegExpExecArray, from)) return m as RegExpExecArray;
    from = m.index + m[0].length;
  }
  return null;
}

/** The assessment year of an ASSESSMENT_YEAR match (the last of a span), if plausible. */
function yearOf(m: RegExpExecArray | null): { year: number } | null {
  const y = m ? Number(m[2] ?? m[1]) : NaN;
  return y >= 2550 && y < 2700 ? { year: y } : null;
}

/** assessmentYear, with the title's cell that names it (none where the sheet's name does). */
export function assessmentYearAt(
  grid: SheetGrid,
  headerRow: number,
): {
  readonly year: number;
  readonly cell?: { readonly row: number; readonly col: number; readonly text: string };
} | null {
  // A year named for the assessment first, in any title row: the data's fiscal year may come before it.
  // Then the first year named that is no result's; a result's only where no other is (a score sheet's
  // "ผลการประเมิน ITA ปี 2567").
  const named =
    aboveHeader(grid, headerRow, (text) => yearOf(assessmentsYear(text))) ??
    aboveHeader(grid, headerRow, (text) => yearOf(assessmentsYear(text, true))) ??
    aboveHeader(grid, headerRow, (text) => yearOf(ASSESSMENT_YEAR.exec(text)));
  if (named) return { year: named.year, cell: named };
  const m = ASSESSMENT_YEAR.exec(thaiDigitsToArabic(grid.name));
  return m ? { year: Number(m[2] ?? m[1]) } : null;
}

/**
 * A year named as a fiscal year or an assessment's ("ปีงบประมาณ พ.ศ. 2566", "ประจำปี 2565", "ITA 2567",
 * "fiscal year 2024"), maybe the first of a span. Not a bare "พ.ศ. 2560": a law's, a strategy's span
 * ("(พ.ศ. ๒๕๖๑ – ๒๕๘๐)") or a meeting's day.
 */
const YEAR_NAMED = /(?:ปี(?:งบประมาณ)?|ITA|OIT|fiscal year)\s*(?:พ\.?\s*ศ\.{0,2})?\s*(\d{4})(?!\d)/gi;

/**
 * Every fiscal or assessment year the rows above the header name (else the sheet's name), spans
 * included, as the first and last (BE): a measures report may name the year it analyses and the one
 * it acts in, on one line or two (seeds 002, 003). Null where none is named.
 */
export function yearsNamedAbove(
  grid: SheetGrid,
  headerRow: number,
): { readonly first: number; readonly last: number; readonly inTitle: boolean } | null {
  let first = Infinity;
  let last = -Infinity;
  const read = (text: string) => {
    for (const m of thaiDigitsToArabic(text).matchAll(YEAR_NAMED)) {
      const y = Number(m[1]);
      const end = spanEnd(y, SPAN.exec(m.input.slice(m.index + m[0].length))?.[1]) ?? y;
      const be = y >= 1900 && y < 2200 ? 543 : 0;
      for (const n of [y + be, end + be])
        if (n >= 2550 && n < 2700) [first, last] = [Math.min(first, n), Math.max(last, n)];
    }
  };
  for (let r = 1; r < headerRow; r++) for (const v of grid.values[r - 1] ?? []) if (typeof v === 'string') read(v);
  if (first <= last) return { first, last, inTitle: true };
  read(grid.name);
  return first <= last ? { first, last, inTitle: false } : null;
}

const MONTHS = `${THAI_MONTHS_SHORT_PATTERN}|${THAI_MONTHS_LONG_PATTERN}`;
/** A year in two digits after a month ("1 ต.ค. 66"): moved along with the others, it could not be told apart. */
const SHORT_YEAR = new RegExp(`(?:${MONTHS})\\s*\\d{2}(?!\\d)`);
/** How far from the title's year another year in it may be and move with it: its period's, not a law's. */
const NEAR = 1;
/** Four digits standing alone, ASCII or Thai. */
const FOUR_DIGITS = /(?<![0-9๐-๙])[0-9๐-๙]{4}(?![0-9๐-๙])/g;

/**
 * The title's text with its fiscal year made `year` (BE), every year in it moved as far (the period
 * "1 ต.ค. 2566 – 30 ก.ย. 2567" with it, a year in ค.ศ. beside it too), each in the digits it was written
 * in; null when a year in two digits is there, which cannot be moved with certainty.
 */
export function titleWithYear(t: TitleYear, year: number): string | null {
  if (SHORT_YEAR.test(thaiDigitsToArabic(t.text))) return null;
  const by = year - t.year;
  return t.text.replace(FOUR_DIGITS, (d) => {
    const n = Number(thaiDigitsToArabic(d));
    // Years near the title's, in either era: not a phone number's four digits or a house number.
    if (Math.abs(n - t.year) > NEAR && Math.abs(n + 543 - t.year) > NEAR) return d;
    return inScriptOf(d, String(n + by));
  });
}

/** `digits` in the script `as` is written in (Thai digits or Arabic). */
function inScriptOf(as: string, digits: string): string {
  return /[๐-๙]/.test(as) ? digits.replace(/[0-9]/g, (x) => String.fromCharCode(0xe50 + Number(x))) : digits;
}

/** The title's text with only its fiscal year's own number made `year` (in its era, length and digits). */
function ownYearAs(t: TitleYear, year: number): string | null {
  if (t.at === undefined || t.written === undefined) return null;
  // In the era it was written in ("Fiscal year 2024" stays ค.ศ.).
  const n = t.written.length === 4 && Number(t.written) < 2400 ? year - 543 : year;
  const digits = t.written.length === 2 ? String(n % 100).padStart(2, '0') : String(n);
  const end = t.at + t.written.length;
  return t.text.slice(0, t.at) + inScriptOf(t.text.slice(t.at, end), digits) + t.text.slice(end);
}

/**
 * The title's text naming fiscal year `year`, or null where no text can be offered with certainty:
 * every year in it moved as far (titleWithYear), the period and the day its data is as of with it;
 * else, where that day is already of `year` ("ปีงบประมาณ พ.ศ. 2566 … ณ วันที่ 31 มีนาคม 2567" over
 * rows of 2567: only the fiscal year was left), the fiscal year's number alone. Either way the day must
 * fall in the year, or soon after it closed (a report of the year made in October): not a year on.
 */
export function titleFixed(t: TitleYear, year: number): string | null {
  const [from, to] = [dayNumber({ y: year - 544, m: 10, d: 1 }), dayNumber({ y: year - 543, m: 12, d: 31 })];
  const dayOf = (text: string) => lastDayNamed(thaiDigitsToArabic(text));
  const fits = (day: Day | null) => !day || (dayNumber(day) >= from && dayNumber(day) <= to);
  const moved = titleWithYear(t, year);
  // A year of two digits ("ปีงบประมาณ 66") is not among the four-digit ones moved.
  const whole = moved === null ? null : (ownYearAs({ ...t, text: moved }, year) ?? moved);
  if (whole !== null && whole !== t.text && fits(dayOf(whole))) return whole;
  const one = ownYearAs(t, year);
  const day = one === null ? null : dayOf(one);
  return one !== null && day && fits(day) ? one : null;
}

/**
 * A title's year written in ค.ศ. where the form wants พ.ศ. (DOMAIN §3.7; a cell's is said the same
 * way): said at the title, with the text in พ.ศ. (the years near it, its period's, too) where `offer`.
 * Not where the title gives the พ.ศ. year beside it ("ปีงบประมาณ 2024 (พ.ศ. 2567)").
 */
export function titleCeYear(sheet: string, t: TitleYear, offer: boolean): Finding | null {
  if (!t.ce || t.written === undefined) return null;
  const ce = Number(thaiDigitsToArabic(t.written));
  const years = [...thaiDigitsToArabic(t.text).matchAll(FOUR_DIGITS)].map((m) => Number(m[0]));
  if (years.some((n) => Math.abs(n - 543 - ce) <= NEAR)) return null;
  const be = t.text.replace(FOUR_DIGITS, (d) => {
    const n = Number(thaiDigitsToArabic(d));
    return Math.abs(n - ce) > NEAR ? d : inScriptOf(d, String(n + 543));
  });
  return makeFinding(
    'ce-year',
    { sheet, row: t.row, col: t.col },
    {
      th: `ชื่อตารางเขียนปี ${ce} ซึ่งเป็นปี ค.ศ. แบบฟอร์มใช้ปี พ.ศ.: ควรเป็น ${ce + 543}`,
      en: `The title's year ${ce} is a CE year where the form uses BE; should be ${ce + 543}`,
    },
    offer ? { value: t.text, suggestion: { value: be, display: be, kind: 'text' } } : { value: t.text },
  );
}

/** The fiscal year most signing dates fall in, when at least half agree. */
export function fiscalYearFromDates(days: readonly Day[]): number | null {
  return mostOf(days.map(fiscalYearOf));
}

/** The year most rows give (an e-GP export's ปีงบประมาณ column), when at least half agree. */
export function mostOf(years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const counts = new Map<number, number>();
  for (const fy of years) counts.set(fy, (counts.get(fy) ?? 0) + 1);
  let best = 0;
  let year: number | null = null;
  for (const [fy, n] of counts) if (n > best || (n === best && year !== null && fy > year)) [best, year] = [n, fy];
  return best * 2 >= years.length ? year : null;
}

/**
 * A title whose fiscal year most rows do not share, each row by its own year (the 2568 layout's
 * ปีงบประมาณ), else by its date; `rowYears` holds one per row, the title's for a row with neither. The
 * title, copied from last year's file, is then the odd one out: said once, at the title, rather than as
 * every row being of another year. `year` is the one year most rows share, if any: the rows are judged
 * by it.
 */
export function titleYearOff(
  sheet: string,
  title: TitleYear,
  rowYears: readonly number[],
): { finding: Finding; year: number | null } | null {
  if (title.span) return null;
  const n = rowYears.length;
  const counts = new Map<number, number>();
  for (const y of rowYears) counts.set(y, (counts.get(y) ?? 0) + 1);
  const off = n - (counts.get(title.year) ?? 0);
  if (off * 2 <= n) return null;
  let year: number | null = null;
  for (const [y, k] of counts) if (k * 2 > n) year = y;
  const others = [...counts.keys()].filter((y) => y !== title.year).sort((a, b) => a - b);
  const fixed = year === null ? null : titleFixed(title, year);
  const all = off === n;
  const message =
    year !== null
      ? {
          th: `ชื่อตารางระบุปีงบประมาณ ${title.year} แต่${all ? 'ทุกรายการ' : ` ${off} จาก ${n} รายการ`}เป็นของปีงบประมาณ ${year}: แก้ปีในชื่อตารางเป็น ${year}`,
          en: `The title names fiscal year ${title.year} but ${all ? 'every row is' : `${off} of the ${n} rows are`} of fiscal year ${year}: make the title's year ${year}`,
        }
      : {
          th: `ชื่อตารางระบุปีงบประมาณ ${title.year} แต่ ${off} จาก ${n} รายการเป็นของปีอื่น (${others.join(', ')}): ตรวจปีในชื่อตารางและปีของรายการ`,
          en: `The title names fiscal year ${title.year} but ${off} of the ${n} rows are of other years (${others.join(', ')}): check the title's year and the rows'`,
        };
  const finding = makeFinding(
    'title-year-mismatch',
    { sheet, row: title.row, col: title.col },
    message,
    fixed === null
      ? { value: title.text }
      : { value: title.text, suggestion: { value: fixed, display: fixed, kind: 'text' } },
  );
  return { finding, year };
}

/**
 * An O17 summary whose title names fiscal year `title.year` while its figures are those of the lists of
 * `year` (`sheets`), not of its own year's: the title left from last year's workbook, said at it with
 * the fix, rather than each right figure as wrong against last year's list.
 */
export function summaryTitleOff(sheet: string, title: TitleYear, year: number, sheets: readonly string[]): Finding {
  const fixed = titleFixed(title, year);
  const where = sheets.map((n) => `"${n}"`).join(', ');
  return makeFinding(
    'title-year-mismatch',
    { sheet, row: title.row, col: title.col },
    {
      th: `ชื่อตารางระบุปีงบประมาณ ${title.year} แต่ตัวเลขในสรุปนี้ตรงกับรายการปีงบประมาณ ${year} ในแผ่นงาน ${where}: แก้ปีในชื่อตารางเป็น ${year}`,
      en: `The title names fiscal year ${title.year}, but this summary's figures are those of the fiscal year ${year} rows of ${where}: make the title's year ${year}`,
    },
    fixed === null
      ? { value: title.text }
      : { value: title.text, suggestion: { value: fixed, display: fixed, kind: 'text' } },
  );
}

/** How far a title's year may be from every row's and still be read as a year, not a slip of the keys (2657). */
const FAR = 2;

/**
 * A title whose year the rows do not share, where they give it by their dates alone (O16, O17): every
 * dated row (two or more, and most rows) signed in one fiscal year after the title's, the title left
 * from last year's file (contracts are not listed before they are signed: the title is the stale one);
 * or the title's year far from every row's, a typo (2657 for 2567). Said once, at the title, and the
 * rows are judged by their year. Rows all of a year before the title's are last year's rows left in a
 * retitled file, and rows split between years leave the title standing: each is said at its date.
 */
export function titleOffByDates(
  sheet: string,
  title: TitleYear,
  years: readonly number[],
  rows: number,
): { finding: Finding; year: number | null } | null {
  if (title.span || years.length < 2 || years.length * 2 < rows) return null;
  const far = years.every((y) => Math.abs(y - title.year) > FAR);
  if (!far && !years.every((y) => y === years[0] && y > title.year)) return null;
  const off = titleYearOff(sheet, title, years);
  // A year 90 years ahead names no year: the rows', where most agree.
  return off && far && off.year === null ? { ...off, year: mostOf(years) } : off;
}

/** A date at the start of a text: "31 มีนาคม 2567", "31 มี.ค. 67", "31/03/2567", "31 เดือน มีนาคม พ.ศ. 2567". */
const LEADING_DATE =
  /^(?:\d{1,2}\s*(?:เดือน\s*)?[\u0E01-\u0E4E.]{2,12}\s*(?:พ\.?\s?ศ\.?\s*)?\d{2,4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?!\d)/;

/** Where a title's last day follows: "ณ วันที่", or the end of a range ("ตั้งแต่ … ถึง(วันที่)", "1 ต.ค. 66 – 31 มี.ค. 67"). */
const AS_OF = /ณ\s*วันที่|ถึง|\s[-–—]|[-–—]\s|(?<=\d)[–—]/g;

/**
 * The day a title says its data is as of ("…ที่ลงนามในสัญญาแล้ว ณ วันที่ ๓๑ มีนาคม ๒๕๖๗", O16's cut-off
 * in seed 004), or the last day of the span it names ("ตั้งแต่ 1 ตุลาคม 2566 ถึง 31 มีนาคม 2567"); null
 * when the title names none (a span of months without days is a month title's).
 */
export function asOfTitle(
  grid: SheetGrid,
  headerRow: number,
): { readonly day: Day; readonly row: number; readonly col: number; readonly text: string } | null {
  return aboveHeader(grid, headerRow, (text) => {
    const day = lastDayNamed(text);
    return day && { day };
  });
}

/** The day a title's text (Thai digits as Arabic) says its data is as of, or its span's last (see asOfTitle). */
function lastDayNamed(text: string): Day | null {
  // The day right after the word ("ถึง 31 มีนาคม"), not a date further on ("ไตรมาสที่ 1 - 4 (1 ต.ค.
  // …"); of several ("รอบ 6 เดือน ถึง 31 มี.ค. 67 และทั้งปี ถึง 30 ก.ย. 67"), the last day.
  let last: Day | null = null;
  for (const at of text.matchAll(AS_OF)) {
    const rest = text.slice(at.index + at[0].length).replace(/^\s*(?:วันที่|วัน)?\s*/, '');
    const lead = LEADING_DATE.exec(rest)?.[0];
    const found = lead ? (parseDateText(lead) ?? findDateWithEra(lead)) : null;
    if (found && found.era !== 'iso' && (!last || dayNumber(found.day) > dayNumber(last))) last = found.day;
  }
  return last;
}

/**
 * The month before a monthly form's own, as day numbers (`to` excluded): orders signed late in it are
 * listed under this month, as they should be.
 */
export function monthBefore(title: MonthTitle): { readonly from: number; readonly to: number } {
  const { y, m } = title.start;
  const from = m === 1 ? { y: y - 1, m: 12, d: 1 } : { y, m: m - 1, d: 1 };
  return { from: dayNumber(from), to: dayNumber(title.start) };
}

/**
 * A monthly form whose title names a month most of its rows (`rows` of them, `days` the dates of those
 * dated) are in another fiscal year than, half a year or more away: said once, at the title. Which is
 * wrong, the month's year copied from another sheet or dates left from last year's, only the office
 * can tell; the rows keep the year their dates give. Rows without a date do not vote against the
 * title: one mistyped date among undated small buys leaves the title standing (and is said at its row).
 * Orders signed late in the month before and listed under this one, and a report of the year so far
 * under its last month, are as they should be.
 */
export function monthTitleOff(
  sheet: string,
  title: MonthTitle,
  days: readonly Day[],
  rows = days.length,
): Finding | null {
  const at = title.start.y * 12 + title.start.m;
  const far = days.filter((d) => fiscalYearOf(d) !== title.year && Math.abs(d.y * 12 + d.m - at) >= 6);
  const of = Math.max(rows, days.length);
  if (far.length * 2 <= of) return null;
  const fy = mostOf(far.map(fiscalYearOf));
  const all = far.length === of;
  const rowsTh = all ? 'ทุกรายการ' : ` ${far.length} จาก ${of} รายการ`;
  const rowsEn = all ? 'every row was' : `${far.length} of the ${of} rows were`;
  return makeFinding(
    'title-year-mismatch',
    { sheet, row: title.row, col: title.col },
    {
      th: `ชื่อตารางระบุเดือน ${title.month} (ปีงบประมาณ ${title.year}) แต่${rowsTh}ลงนามในปีงบประมาณ${fy ? ` ${fy}` : 'อื่น'} ห่างจากเดือนนั้นครึ่งปีขึ้นไป: ตรวจเดือนและปีในชื่อตาราง และวันที่ของรายการ`,
      en: `The title names ${formatMonthEn(title.start)} (fiscal year ${title.year}), but ${rowsEn} signed in ${fy ? `fiscal year ${fy}` : 'other fiscal years'}, half a year or more from it: check the title's month and year, and the rows' dates`,
    },
    { value: title.text },
  );
}

/** "ทุกรายการ (4 รายการ)", or the dated ones of the rows where some are undated, in Thai and English. */
function rowsWord(dated: number, rows: number): { readonly th: string; readonly en: string } {
  return dated >= rows
    ? { th: `ทุกรายการ (${dated} รายการ)`, en: `all ${dated} rows were` }
    : { th: `ทุกรายการที่ลงวันที่ (${dated} จาก ${rows} รายการ)`, en: `all ${dated} dated rows (of ${rows}) were` };
}

/** The months `days` fall in, as one month or the first and last ("ตุลาคม 2566 – ธันวาคม 2566"). */
function monthsOf(days: readonly Day[]): { readonly th: string; readonly en: string } {
  const at = days.map((d) => d.y * 12 + d.m - 1);
  const [lo, hi] = [Math.min(...at), Math.max(...at)];
  const day = (n: number): Day => ({ y: Math.floor(n / 12), m: (n % 12) + 1, d: 1 });
  return lo === hi
    ? { th: thaiMonth(day(lo)), en: formatMonthEn(day(lo)) }
    : {
        th: `${thaiMonth(day(lo))} – ${thaiMonth(day(hi))}`,
        en: `${formatMonthEn(day(lo))} – ${formatMonthEn(day(hi))}`,
      };
}

/** A title of the months so far or of a span ("ตั้งแต่…ถึง เดือน มีนาคม 2567", "สะสม"): its earlier rows are its own. */
const SO_FAR = /ตั้งแต่|ถึง|สะสม|ไตรมาส/;

/**
 * A monthly form titled for a month while all its dated rows (two or more, and most rows) were signed
 * before the month before it: a sheet copied from an earlier month's, its title changed and its rows
 * not (or the reverse). Said once, at the title. Orders signed in the month before are listed under
 * this month as they should be (the report of a month is made early in the next, monthBefore); a few
 * older rows among the month's are late reports, left alone.
 */
export function monthTitleEarlyRows(
  sheet: string,
  title: MonthTitle,
  days: readonly Day[],
  rows: number,
): Finding | null {
  if (days.length < 2 || days.length * 2 <= rows || SO_FAR.test(title.text)) return null;
  const { from } = monthBefore(title);
  if (!days.every((d) => dayNumber(d) < from)) return null;
  const [all, months, month] = [rowsWord(days.length, rows), monthsOf(days), thaiMonth(title.start)];
  return makeFinding(
    'month-mismatch',
    { sheet, row: title.row, col: title.col },
    {
      th: `ชื่อตารางระบุเดือน ${title.month} แต่${all.th} ลงนามในเดือน ${months.th} ก่อนเดือนนั้นเกินหนึ่งเดือน: ชื่อตารางหรือรายการเป็นของแผ่นงานเดือนก่อนที่คัดลอกมา แก้เดือนในชื่อตาราง หรือใส่รายการของเดือน ${month}`,
      en: `The title names ${formatMonthEn(title.start)}, but ${all.en} signed in ${months.en}, more than a month before it: the title or the rows are an earlier month's copy; correct the title's month, or put in the rows of ${formatMonthEn(title.start)}`,
    },
    { value: title.text },
  );
}

/**
 * A monthly form whose sheet's name gives another month than its title ("พ.ย.66" titled "ในรอบเดือน
 * ธันวาคม 2566"): one of them copied from another sheet and not changed. Said once, at the title, with
 * the one the dated rows agree with (most of them signed in its month), if either.
 */
export function nameMonthOff(sheet: string, title: MonthTitle, days: readonly Day[]): Finding | null {
  const named = monthOfName(sheet);
  if (!named || (named.start.y === title.start.y && named.start.m === title.start.m)) return null;
  const inMonth = (m: Day) => days.filter((d) => d.y === m.y && d.m === m.m).length * 2 > days.length;
  const [ofName, ofTitle] = [thaiMonth(named.start), thaiMonth(title.start)];
  const rows = inMonth(named.start)
    ? {
        th: `รายการลงนามในเดือน ${ofName} ตามชื่อแผ่นงาน: แก้เดือนในชื่อตารางเป็น ${ofName}`,
        en: `the rows were signed in ${formatMonthEn(named.start)}, as the name says: make the title's month ${formatMonthEn(named.start)}`,
      }
    : inMonth(title.start)
      ? {
          th: `รายการลงนามในเดือน ${ofTitle} ตามชื่อตาราง: แก้ชื่อแผ่นงานเป็นเดือน ${ofTitle}`,
          en: `the rows were signed in ${formatMonthEn(title.start)}, as the title says: rename the sheet for ${formatMonthEn(title.start)}`,
        }
      : {
          th: 'ตรวจว่าแผ่นงานนี้เป็นของเดือนใด แล้วแก้ชื่อแผ่นงานหรือชื่อตารางให้ตรงกัน',
          en: 'check which month the sheet is of, and make its name and title agree',
        };
  return makeFinding(
    'month-mismatch',
    { sheet, row: title.row, col: title.col },
    {
      th: `ชื่อแผ่นงาน "${sheet}" ระบุเดือน ${ofName} แต่ชื่อตารางระบุเดือน ${title.month}: ${rows.th}`,
      en: `The sheet's name "${sheet}" names ${formatMonthEn(named.start)} but its title names ${formatMonthEn(title.start)}: ${rows.en}`,
    },
    { value: title.text },
  );
}
