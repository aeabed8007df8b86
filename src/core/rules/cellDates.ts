import {
  daysInMonth,
  findDateWithEra,
  findNoSuchDay,
  monthFromName,
  parseDate,
  parseDateText,
  parsePeriod,
  shiftYears,
  type BadDate,
  type DateResult,
} from '../cells/dates';
import { displayValue, isBlankOrNone, type CellValue } from '../cells/value';
import { plainText } from '../text/thai';
import type { Bilingual, TemplateColumn } from '../templates/types';
import { dayFromTime, EN_MONTHS, formatDayEn, formatDayTh, isoDay, THAI_MONTHS_SHORT, type Day } from '../text/format';
import { reportCellError } from './cellNumbers';
import { withinSmallAmount } from './cellText';
import { exampleYear, report, type RuleContext } from './context';
import { msg, names } from './messages';
import type { ParsedRow } from './parsedRow';

function dateSuggestion(d: Day) {
  return { value: isoDay(d), display: formatDayTh(d), kind: 'date' as const };
}

function keep(c: TemplateColumn, d: Day, p: ParsedRow): void {
  // The contract reference's date (สขร.1, O21) is the signing date; in an e-GP export without one, the
  // transaction date is (as import-egp takes it), so the year and month rules judge the export as imported.
  if (c.id === 'signDate' || c.id === 'contractRef' || c.id === 'contractDate') p.signDate = d;
  else if (c.id === 'transactionDate') p.signDate ??= d;
  else if (c.id === 'endDate') p.endDate = d;
  else if (c.id === 'plannedStart') p.plannedStart = d;
}

/** A date: a real Excel date shown in พ.ศ.; text dates are read and offered as real dates. */
export function judgeDate(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  // The common case without allocating a result: a real date of this era.
  if (v instanceof Date) {
    const t = v.getTime();
    const day = Number.isNaN(t) ? null : dayFromTime(t);
    if (day && day.y > 1999 && day.y < 2400) {
      keep(c, day, p);
      return;
    }
  }
  const r = parseDate(v, ctx.monthFirst);
  if (r.kind === 'blank') return;
  if (
    r.kind === 'ok' &&
    r.source === 'date' &&
    !r.beInDate &&
    !r.shortBeYear &&
    !(typeof v === 'number' && !ctx.textOnly)
  ) {
    keep(c, r.day, p);
    return;
  }
  judgeDateFurther(ctx, row, c, v, p, r);
}

/** judgeDate past its common case; apart so that the common case allocates nothing (see judgeNumber). */
function judgeDateFurther(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  v: CellValue,
  p: ParsedRow,
  r: Exclude<DateResult, { kind: 'blank' }>,
): void {
  const raw = displayValue(v);
  const n = names(c);
  if (r.kind === 'error') {
    reportCellError(ctx, row, c, r.error);
    return;
  }
  if (r.kind === 'bad') {
    report(
      ctx,
      'not-a-date',
      row,
      c,
      () => {
        const why = whyNotADate(ctx, v, raw, r.why);
        return msg(
          `แถว ${row}: ${n.th} ไม่ใช่วันที่: "${raw}" ${why.th}`,
          `Row ${row}: ${n.en} is not a date: "${raw}"; ${why.en}`,
        );
      },
      { value: raw },
    );
    return;
  }
  if (r.beInDate || r.shortBeYear) {
    wrongEraInDate(ctx, row, c, p, r);
    return;
  }
  // Only in a date column: in สขร.1's contract column 67001 is more likely a contract's number.
  if (typeof v === 'number' && r.source === 'date' && c.type === 'date' && shownAsNumber(r.day))
    dateAsNumber(
      ctx,
      row,
      c,
      raw,
      { th: `วันที่ ${formatDayTh(r.day)}`, en: `the date ${formatDayEn(r.day)}` },
      dateSuggestion(r.day),
    );
  else if (r.source === 'text' && r.era === 'CE') {
    // Why 11/05/2023 is 5 November here: the table's other dates are written month first.
    const order = ctx.monthFirst && /^\s*\d{1,2}\s*[/.-]/.test(raw);
    report(
      ctx,
      'ce-year',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} "${raw}" ใช้ปี ค.ศ. ตารางนี้ใช้ปี พ.ศ. ควรเป็น ${formatDayTh(r.day)}${order ? ' (อ่านแบบ เดือน/วัน/ปี ตามวันที่อื่นในตาราง)' : ''}`,
          `Row ${row}: ${n.en} "${raw}" uses a CE year where the form uses BE; should be ${formatDayEn(r.day)}${order ? " (read month first, as the table's other dates are written)" : ''}`,
        ),
      { value: raw, suggestion: dateSuggestion(r.day) },
    );
  } else if (r.source === 'text' && !ctx.importSource && !ctx.textOnly) {
    report(
      ctx,
      'date-as-text',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} "${raw}" เป็นข้อความ ไม่ใช่วันที่ของ Excel ควรเป็นวันที่ ${formatDayTh(r.day)}`,
          `Row ${row}: ${n.en} "${raw}" is text, not an Excel date; should be the date ${formatDayEn(r.day)}`,
        ),
      { value: raw, suggestion: dateSuggestion(r.day) },
    );
  }
  keep(c, r.day, p);
}

/** A date to type, as an example: 31 March of the form's fiscal year. */
function dateExample(ctx: RuleContext): Bilingual {
  const y = exampleYear(ctx);
  return { th: `ควรเป็นวันที่ เช่น 31 มี.ค. ${y}`, en: `expected a date such as 31/03/${y} (31 March ${y - 543} in BE)` };
}

/** A contract's number and date, as an example: the first day of the form's fiscal year. */
function contractExample(ctx: RuleContext): string {
  const y = exampleYear(ctx);
  return `12/${y} ลว. 1 ต.ค. ${y - 1}`;
}

/** What to say of a cell that is no date, as far as can be told. */
function whyNotADate(ctx: RuleContext, v: CellValue, raw: string, why: BadDate | undefined): Bilingual {
  const example = dateExample(ctx);
  if (why?.kind === 'no-such-day') {
    const { y, m, d } = why;
    if (m === 2 && d === 29)
      return { th: `ปี พ.ศ. ${y + 543} ไม่มีวันที่ 29 ก.พ.`, en: `${y} (BE ${y + 543}) has no 29 February` };
    const month = { th: THAI_MONTHS_SHORT[m - 1], en: EN_MONTHS[m - 1] };
    return {
      th: `เดือน ${month.th} มี ${daysInMonth(y, m)} วัน`,
      en: `${month.en} has ${daysInMonth(y, m)} days`,
    };
  }
  if (why?.kind === 'no-such-month')
    return {
      th: `ไม่มีเดือนที่ ${why.m} (วัน/เดือน/ปี) ${example.th}`,
      en: `there is no month ${why.m} (day/month/year); ${example.en}`,
    };
  if (why?.kind === 'too-early') {
    const n = Number(raw);
    // A year typed alone (2567 is read as 10 Jan 1907), or a count.
    if (typeof v === 'number' && Number.isInteger(n) && ((n >= 2400 && n < 2800) || (n >= 1900 && n < 2200)))
      return {
        th: `เป็นปีอย่างเดียว ใส่วัน เดือน ปี เช่น 31 มี.ค. ${n >= 2400 ? n : n + 543}`,
        en: `is a year alone; give the day, month and year, e.g. 31 Mar ${n >= 2400 ? n - 543 : n}`,
      };
    if (typeof v === 'number') return { th: `เป็นตัวเลข ${example.th}`, en: `is a number; ${example.en}` };
    return {
      th: `เป็นวันที่ ${formatDayTh(why.day)} ซึ่งเก่าเกินกว่าจะเป็นวันที่ของการจัดซื้อ (มักเป็นตัวเลขที่พิมพ์ลงในเซลล์วันที่) ${example.th}`,
      en: `is the date ${formatDayEn(why.day)}, too early for a procurement (often a number typed into a date cell); ${example.en}`,
    };
  }
  return example;
}

/**
 * A real Excel date whose year is in the wrong era: the day meant is offered as the fix and judged
 * in its place (none where that day does not exist).
 */
function wrongEraInDate(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  p: ParsedRow,
  r: { readonly day: Day; readonly beInDate?: boolean },
): void {
  const { day } = r;
  const short = String(day.y).slice(2);
  // 31/03/2567 typed into Excel is stored as the year 2567 CE (shown as พ.ศ. 3110); 15/1/67 as
  // 15 Jan 1967, and 29/2/68 meant a day that does not exist.
  const [fixed, how]: [Day | null, Bilingual] = r.beInDate
    ? [
        // 29/2/2568 is a day in 2568 CE but none in BE 2568 (2025).
        shiftYears(day, -543),
        { th: 'พิมพ์ปี พ.ศ. ลงในวันที่ของ Excel', en: 'a BE year typed into an Excel date' },
      ]
    : [
        shiftYears(day, 57),
        {
          th: `พิมพ์ปี พ.ศ. 2 หลัก "${short}" ลงในวันที่ของ Excel`,
          en: `a two-digit BE year "${short}" typed into an Excel date`,
        },
      ];
  const n = names(c);
  // A day that does not exist is no date at all (an error, as the same typed as text is); the row has none.
  report(
    ctx,
    fixed ? 'ce-year' : 'not-a-date',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} ถูกเก็บเป็นปี ค.ศ. ${day.y} (${how.th}) ${fixed ? `ควรเป็น ${formatDayTh(fixed)}` : 'และวันที่นั้นไม่มีจริง'}`,
        `Row ${row}: ${n.en} is stored as the year ${day.y} CE (${how.en}); ${fixed ? `should be ${formatDayEn(fixed)}` : 'and that day does not exist'}`,
      ),
    { value: isoDay(day), ...(fixed ? { suggestion: dateSuggestion(fixed) } : {}) },
  );
  if (fixed) keep(c, fixed, p);
}

/**
 * Whether a number read as day `d` is a date shown as a number: readers take a number formatted as a
 * date for a date, so this one is not formatted as one, and whoever reads the published table sees
 * 45214. Only a day of these years: 67001 (2083) is more likely a number meant as one.
 */
function shownAsNumber(d: Day): boolean {
  return d.y >= 2010 && d.y < 2040;
}

function dateAsNumber(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  raw: string,
  should: Bilingual,
  suggestion: { value: string; display: string; kind: 'date' | 'text' },
): void {
  const n = names(c);
  report(
    ctx,
    'date-as-number',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} แสดงเป็นตัวเลข ${raw} เพราะเซลล์ไม่ได้จัดรูปแบบเป็นวันที่ ควรแสดงเป็น${should.th}`,
        `Row ${row}: ${n.en} shows as the number ${raw}, its cell not formatted as a date; should show ${should.en}`,
      ),
    { value: raw, suggestion },
  );
}

/** O14's expected start: a month and year, a range or a quarter. */
export function judgePeriod(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  // A real Excel date as the start: its year may be in the wrong era, as in any date column.
  if (v instanceof Date || typeof v === 'number') {
    const d = parseDate(v);
    if (d.kind === 'ok' && (d.beInDate || d.shortBeYear)) {
      wrongEraInDate(ctx, row, c, p, d);
      return;
    }
    // The month the plan wants, as the form writes it ("ม.ค. 2567").
    if (d.kind === 'ok' && typeof v === 'number' && !ctx.textOnly && shownAsNumber(d.day)) {
      const month = `${THAI_MONTHS_SHORT[d.day.m - 1]} ${d.day.y + 543}`;
      const en = `${EN_MONTHS[d.day.m - 1]} ${d.day.y}`;
      dateAsNumber(
        ctx,
        row,
        c,
        displayValue(v),
        { th: `เดือน ${month}`, en: `the month ${en} (${month})` },
        {
          value: month,
          display: month,
          kind: 'text',
        },
      );
      keep(c, d.day, p);
      return;
    }
  }
  const r = parsePeriod(v);
  if (r.kind === 'blank') return;
  if (r.kind === 'error') reportCellError(ctx, row, c, r.error);
  else if (r.kind === 'bad' || r.ce) judgePeriodFurther(ctx, row, c, v, r.kind === 'bad');
  if (r.kind === 'ok' && r.start) keep(c, r.start, p);
}

/** A period that is not one, or is in CE; apart so that a good period allocates nothing (see judgeNumber). */
function judgePeriodFurther(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, bad: boolean): void {
  const raw = displayValue(v);
  const n = names(c);
  if (bad)
    report(
      ctx,
      'not-a-date',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} "${raw}" ควรเป็นเดือนและปี พ.ศ. เช่น ต.ค. 2566 หรือไตรมาส 1–4 เช่น ไตรมาส 1`,
          `Row ${row}: ${n.en} "${raw}" should be a month and BE year, e.g. ต.ค. 2566, or a quarter 1–4, e.g. ไตรมาส 1`,
        ),
      { value: raw },
    );
  else {
    const fixed = periodInBe(raw);
    report(
      ctx,
      'ce-year',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} "${raw}" ใช้ปี ค.ศ. ควรใช้ปี พ.ศ.${fixed ? ` เป็น "${fixed}"` : ''}`,
          `Row ${row}: ${n.en} "${raw}" uses a CE year; use the BE year${fixed ? `: "${fixed}"` : ''}`,
        ),
      { value: raw, ...(fixed ? { suggestion: { value: fixed, display: fixed, kind: 'text' as const } } : {}) },
    );
  }
}

/** A period with its CE years made BE ("ต.ค. 2023" → "ต.ค. 2566", "10/23" → "10/2566"); null if none was. */
function periodInBe(raw: string): string | null {
  // An English month goes with the Thai year into Thai ("October 2024" → "ต.ค. 2567", not "October 2567").
  const text = plainText(raw).replace(/\b[A-Za-z]{3,9}\.?(?=[\s\d/-]|$)/g, (w) => {
    const m = monthFromName(w);
    return m ? THAI_MONTHS_SHORT[m - 1]! : w;
  });
  const out = withBeYears(text, /(?<!\d)()(1[89]\d\d|2[01]\d\d)(?!\d)/g);
  if (out !== null) return out;
  // A two-digit year at the end is CE below 40 (as parsePeriod reads it).
  const short = /(?<![\d.])(\d{2})$/.exec(text);
  return short && Number(short[1]) < 40 ? text.slice(0, short.index) + String(2000 + Number(short[1]) + 543) : null;
}

/**
 * `text` with each CE year matched by `years` (a global pattern: what comes before the year, then the
 * year) made BE, or null when there is none.
 */
function withBeYears(text: string, years: RegExp): string | null {
  let changed = false;
  const out = text.replace(years, (_, before: string, y: string) => {
    changed = true;
    return `${before}${Number(y) + 543}`;
  });
  return changed ? out : null;
}

/**
 * The years of the dates in a contract reference: after a day and month ("3/1/2023", "3 ม.ค. 2023"),
 * never the contract's own number ("2105/2566", "กค 1905/66").
 */
const CONTRACT_DATE_YEAR =
  /(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\d{1,2}\s*[\u0E01-\u0E4EA-Za-z.]{2,12}\s*)(1[89]\d\d|2[01]\d\d)(?![\d/])/g;

/** Excel's serial of 1 Jan 1990: a smaller number in a contract column is no date of this era. */
const FIRST_DATE_SERIAL = 32_874;

/** "เลขที่ 12/2567 ลว. 1 ต.ค. 2566": the date in it is the signing date. */
export function judgeContractRef(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  if (typeof v !== 'string') {
    // A real date (its number not given) is the signing date; a small number is a number with no date.
    if (v instanceof Date || (typeof v === 'number' && v >= FIRST_DATE_SERIAL)) {
      judgeDate(ctx, row, c, v, p);
      if (p.signDate) noContractNumber(ctx, row, c, formatDayTh(p.signDate));
    } else if (typeof v === 'number') noContractDate(ctx, row, c, String(v));
    return;
  }
  const d = findDateWithEra(v);
  if (!d) noContractDate(ctx, row, c, v);
  else {
    p.signDate = d.day;
    if (d.era === 'CE') contractDateInCe(ctx, row, c, v, d.day);
    if (c.id === 'contractDate' || dateOnly(v)) noContractNumber(ctx, row, c, v.trim());
  }
}

/**
 * What may stand beside a contract's date and is no number of it: a leading kind of contract or order with
 * a "เลขที่" left empty ("สัญญาจ้าง ลว.", "ตามใบสั่งซื้อ ลว.", "สัญญาเลขที่ - ลว.", "ไม่มีเลขที่ ลว.", "ลงนาม"), and
 * a bracket naming the project, or its e-GP number as import-egp writes it (not a bracket holding the number).
 */
const NO_NUMBER =
  /\([^()\d]*โครงการ[^()\d]*(?:\d{8,}\s*)?\)|^\s*(?:ตาม)?\s*(?:สัญญา(?:จ้าง(?:เหมา)?|ซื้อ(?:ขาย)?|เช่า)?|(?:บันทึก)?(?:ข้อ)?ตกลง(?:ซื้อ|จ้าง)?|ใบสั่ง(?:ซื้อ|จ้าง))?\s*(?:(?:ไม่มี)?(?:เลข)?ที่\s*[-–]?\s*)?(?:ลว\.?|ลงวันที่|วันที่|ลงนาม(?:วันที่)?)?/g;

/** A contract cell holding a date and nothing that could be the contract's number ("ลว. 1 ต.ค. 2566"). */
export function dateOnly(v: string): boolean {
  const rest = plainText(v).replace(NO_NUMBER, '').trim();
  // A term from one day to another ("3 ม.ค. 67 - 2 ก.พ. 67", "03/01/2567-02/02/2567") is dates only too.
  const days = rest.split(/\s+-\s+|\s*(?:–|ถึง)\s*|(?<=\/\d{2}|\/\d{4})-(?=\d)/);
  return rest !== '' && days.length <= 2 && days.every((d) => parseDateText(d) !== null);
}

/**
 * A contract's date with no number (the form asks for both; the 2568 export gives only the date): asked for
 * at the number's cell, above the form's 100,000 baht (ม.96) as a blank cell is. Split into "เลขที่ | วันที่",
 * the number's own cell is looked at.
 */
function noContractNumber(ctx: RuleContext, row: number, c: TemplateColumn, raw: string): void {
  const ref = c.id === 'contractDate' ? ctx.matched.get('contractRef') : c;
  if (!ref || (c.id === 'contractDate' && !isBlankOrNone(ctx.valueAt(row, 'contractRef')))) return;
  if (ref.optionalUpTo && withinSmallAmount(ctx, row, ref.optionalUpTo)) return;
  const n = names(ref);
  report(
    ctx,
    'required-value',
    row,
    ref,
    () =>
      msg(
        `แถว ${row}: ${n.th} มีเฉพาะวันที่ ("${raw}") ไม่มีเลขที่ของสัญญาหรือใบสั่งซื้อ ต้องมีทั้งเลขที่และวันที่ เช่น ${contractExample(ctx)}`,
        `Row ${row}: ${n.en} gives a date ("${raw}") but no number of the contract or order; give both, e.g. ${contractExample(ctx)}`,
      ),
    { value: raw },
  );
}

/** "ลว. 3/1/2023": the contract's date with a CE year, offered with its years in BE. */
function contractDateInCe(ctx: RuleContext, row: number, c: TemplateColumn, v: string, d: Day): void {
  const n = names(c);
  const raw = v.trim();
  const fixed = withBeYears(plainText(raw), CONTRACT_DATE_YEAR) ?? raw;
  report(
    ctx,
    'ce-year',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} "${raw}" ลงวันที่ด้วยปี ค.ศ. ควรใช้ปี พ.ศ. (${formatDayTh(d)})`,
        `Row ${row}: ${n.en} "${raw}" dates the contract in a CE year; use the BE year (${formatDayEn(d)})`,
      ),
    { value: raw, ...(fixed !== raw ? { suggestion: { value: fixed, display: fixed, kind: 'text' as const } } : {}) },
  );
}

/** A contract reference without a date; apart so that one with a date allocates nothing (see judgeNumber). */
function noContractDate(ctx: RuleContext, row: number, c: TemplateColumn, v: string): void {
  const n = names(c);
  // "ลว. 31 เม.ย. 2567": a date is there, but no such day.
  const bad = findNoSuchDay(v);
  if (bad) {
    const raw = v.trim();
    report(
      ctx,
      'not-a-date',
      row,
      c,
      () => {
        const why = whyNotADate(ctx, v, raw, bad);
        return msg(
          `แถว ${row}: ${n.th} "${raw}" ลงวันที่ที่ไม่มีจริง: ${why.th}`,
          `Row ${row}: ${n.en} "${raw}" is dated a day that does not exist: ${why.en}`,
        );
      },
      { value: raw },
    );
    return;
  }
  // Up to the form's amount (100,000 baht: ม.96) no written agreement is needed: a purchase order's
  // number, or a note that there is none, says no less than the empty cell the form allows.
  if (c.optionalUpTo && withinSmallAmount(ctx, row, c.optionalUpTo)) return;
  report(
    ctx,
    'required-value',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} "${v.trim()}" ไม่มีวันที่ของสัญญา ต้องมีทั้งเลขที่และวันที่ เช่น ${contractExample(ctx)}`,
        `Row ${row}: ${n.en} "${v.trim()}" has no date; give both number and date, e.g. ${contractExample(ctx)}`,
      ),
    { value: v },
  );
}
