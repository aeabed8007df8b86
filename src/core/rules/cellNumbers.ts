import { dotMayGroupThousands, parseMoney, saysBaht } from '../cells/money';
import { displayValue, type CellValue } from '../cells/value';
import type { Suggestion } from '../findings/types';
import { UNIT_NAMES } from '../findings/make';
import { columnFormat } from '../templates/layout';
import type { TemplateColumn } from '../templates/types';
import { formatMoney, formatMoneyExact } from '../text/format';
import { hasThaiDigits, plainText } from '../text/thai';
import { exampleYear, report, type RuleContext } from './context';
import { msg, names } from './messages';
import type { ParsedRow } from './parsedRow';
import { over, priceOverBudget } from './rowRules';

/** What a count is of, written after it: "3 โครงการ", "12 รายการ", "2 สัญญา". */
const COUNT_UNIT = /(?<=\d)\s*(?:โครงการ|รายการ|สัญญา|ครั้ง|งาน|เรื่อง)\s*$/;

/** An amount of baht or a count: a number, never negative; text and Thai digits get a one-click fix. */
export function judgeNumber(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  if (typeof v === 'number' && v >= 0 && Number.isFinite(v) && (c.type !== 'integer' || Number.isInteger(v))) {
    keepAmount(c, v, p);
    return;
  }
  judgeNumberFurther(ctx, row, c, v, p);
}

/**
 * judgeNumber past its common case (text, errors, negatives). Apart because its findings' messages
 * are functions that capture the arguments, which would cost every call a context object.
 */
function judgeNumberFurther(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  // A count typed with its unit ("3 โครงการ"), as an amount with บาท: a number as text, not no number.
  const r = parseMoney(c.type === 'integer' && typeof v === 'string' ? v.replace(COUNT_UNIT, '') : v);
  if (r.kind === 'blank') return;
  const n = names(c);
  const raw = displayValue(v);
  if (r.kind === 'error') {
    reportCellError(ctx, row, c, r.error);
    return;
  }
  if (r.kind === 'bad' || (c.type === 'integer' && !Number.isInteger(r.value))) {
    const want = c.type === 'integer' ? { th: 'จำนวนเต็ม', en: 'a whole number' } : { th: 'ตัวเลข', en: 'a number' };
    report(
      ctx,
      'not-a-number',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} ต้องเป็น${want.th} แต่พบ "${raw}"`,
          `Row ${row}: ${n.en} must be ${want.en}, found "${raw}"`,
        ),
      { value: raw },
    );
    return;
  }
  const value = r.value;
  // "44,000 บาท" under a header in ล้านบาท is in baht, as its own text says: it is kept so.
  const scale = c.type === 'money' && r.fromText && saysBaht(v) ? c.scale : undefined;
  if (value < 0) {
    report(
      ctx,
      'negative-amount',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} ติดลบ (${formatMoney(value)}) ต้องไม่น้อยกว่า 0`,
          `Row ${row}: ${n.en} is negative (${formatMoney(value)}); it must be 0 or more`,
        ),
      { value: raw },
    );
  } else if (r.fromText && dotMayGroupThousands(raw)) {
    // "12.000": 12, or 12,000 where a dot groups thousands; the user says which, no fix is offered,
    // and the amount is not judged against the others (which reading would be a guess). In a CSV too,
    // where every amount is text: one saved under a locale that groups with dots reads so.
    const typed = r.thaiDigits ? { th: 'พิมพ์ด้วยเลขไทย', en: 'typed in Thai digits' } : { th: 'เป็นข้อความ', en: 'text' };
    const readings = twoReadings(value);
    report(
      ctx,
      r.thaiDigits ? 'thai-digits' : 'number-as-text',
      row,
      c,
      () =>
        ctx.textOnly
          ? msg(
              `แถว ${row}: ${n.th} "${raw}" ${readings.th} จึงไม่นำไปตรวจหรือรวม เขียนจำนวนเงินใหม่ให้ชัด เช่น ${formatMoneyExact(value * 1000)}`,
              `Row ${row}: ${n.en} "${raw}" ${readings.en}, so it is neither judged nor added up; write the amount unmistakably, e.g. ${formatMoneyExact(value * 1000)}`,
            )
          : msg(
              `แถว ${row}: ${n.th} ${typed.th} "${raw}" Excel จึงรวมหรือเรียงไม่ได้ และ${readings.th} พิมพ์จำนวนเงินใหม่เป็นตัวเลข`,
              `Row ${row}: ${n.en} is ${typed.en} ("${raw}"), which Excel cannot add up, and it ${readings.en}; type the amount again as a number`,
            ),
      { value: raw },
    );
    // Neither reading is kept (which one is a guess), but an agreed price over the budget (read before
    // it, to its left) by its smaller reading is over it either way: said.
    const budget = p.budget;
    const smaller = scale ? value : value * (c.scale ?? 1);
    if (c.id === 'agreedPrice' && budget !== undefined && budget >= 0 && over(smaller, budget))
      priceOverBudget(ctx, row, smaller, budget);
    return;
  } else if (scale) {
    unitMismatch(ctx, row, c, raw, value, scale);
    keepAmount(c, value, p, 1);
    return;
  } else if (r.thaiDigits && !ctx.textOnly) {
    report(
      ctx,
      'thai-digits',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} พิมพ์ด้วยเลขไทย "${raw}" Excel คำนวณไม่ได้ ควรเป็น ${formatMoneyExact(value)}`,
          `Row ${row}: ${n.en} is typed in Thai digits ("${raw}"), which Excel cannot add up; should be ${formatMoneyExact(value)}`,
        ),
      { value: raw, suggestion: moneyFix(c, value) },
    );
  } else if (r.fromText && !ctx.textOnly) {
    report(
      ctx,
      'number-as-text',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} เป็นข้อความ "${raw}" ไม่ใช่ตัวเลข Excel จึงรวมหรือเรียงไม่ได้ ควรเป็น ${formatMoneyExact(value)}`,
          `Row ${row}: ${n.en} is text ("${raw}"), not a number Excel can add up; should be ${formatMoneyExact(value)}`,
        ),
      { value: raw, suggestion: moneyFix(c, value) },
    );
  }
  keepAmount(c, value, p);
}

/**
 * An amount whose text says baht in a column whose header says another unit: said, and fixed only to
 * the same amount in the column's unit where that is exact (44,000 บาท: 0.044 ล้านบาท). Never to the
 * figure as typed, which the column would read as 44,000 million.
 */
function unitMismatch(ctx: RuleContext, row: number, c: TemplateColumn, raw: string, value: number, scale: number) {
  const n = names(c);
  const unit = UNIT_NAMES.get(scale) ?? { th: `${scale} บาท`, en: `${scale} baht` };
  // Satang are the smallest amount: 2 decimals in baht, 8 in ล้านบาท.
  const decimals = 2 + Math.round(Math.log10(scale));
  const figure = Number((value / scale).toFixed(decimals));
  // Not where JavaScript would write it with an exponent (a satang in ล้านบาท).
  const exact = Math.abs(figure * scale - value) < 1e-6 && !String(figure).includes('e');
  const shown = exact ? formatMoneyExact(figure) : '';
  report(
    ctx,
    'unit-mismatch',
    row,
    c,
    () =>
      exact
        ? msg(
            `แถว ${row}: ${n.th} เขียนเป็นบาท "${raw}" แต่หัวคอลัมน์เป็น${unit.th} ควรเป็น ${shown} (${unit.th})`,
            `Row ${row}: ${n.en} is written in baht ("${raw}"), but its header says ${unit.en}; should be ${shown} (${unit.en})`,
          )
        : msg(
            `แถว ${row}: ${n.th} เขียนเป็นบาท "${raw}" แต่หัวคอลัมน์เป็น${unit.th} เขียนจำนวนเงินเป็น${unit.th} ให้เหมือนแถวอื่น`,
            `Row ${row}: ${n.en} is written in baht ("${raw}"), but its header says ${unit.en}; write the amount in ${unit.en}, as the other rows are`,
          ),
    () => ({ value: raw, suggestion: exact ? scaledFix(figure) : undefined }),
  );
}

/** The fix of an amount in a larger unit, shown with all its decimals (0.044, not 0.04). */
function scaledFix(figure: number): Suggestion {
  const decimals = Math.max(2, (String(figure).split('.')[1] ?? '').length);
  return {
    value: figure,
    display: formatMoneyExact(figure),
    kind: 'number',
    numberFormat: `#,##0.${'0'.repeat(decimals)}`,
  };
}

/** The two readings of an amount whose dot may group thousands ("12.000": 12, or 12,000). */
export function twoReadings(value: number): { th: string; en: string } {
  const [one, other] = [formatMoneyExact(value), formatMoneyExact(value * 1000)];
  return {
    th: `อาจหมายถึง ${one} หรือ ${other} (จุดคั่นหลักพัน)`,
    en: `may mean ${one} or ${other} (a dot grouping thousands)`,
  };
}

/** An amount kept in baht (the rules across columns compare like with like), from one in the column's unit. */
function keepAmount(c: TemplateColumn, figure: number, p: ParsedRow, scale = c.scale): void {
  const value = scale === undefined || c.type !== 'money' ? figure : figure * scale;
  if (c.id === 'budget') p.budget = value;
  else if (c.id === 'referencePrice') p.referencePrice = value;
  else if (c.id === 'agreedPrice') p.agreedPrice = value;
  else if (c.id === 'count') p.count = value;
}

/**
 * A cell holding an Excel error (#N/A, #REF!), or a formula the file holds without its value (the
 * adapters give it as an error starting with "=": a program wrote it and nothing has calculated it).
 */
export function reportCellError(ctx: RuleContext, row: number, c: TemplateColumn, error: string): void {
  const n = names(c);
  if (error.startsWith('=')) {
    report(
      ctx,
      'formula-no-result',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} เป็นสูตร ${error} ที่ยังไม่ได้คำนวณ (ไฟล์สร้างจากโปรแกรมอื่น หรือเป็นสำเนาที่เครื่องมือนี้แก้ไขแล้วยังไม่ได้เปิดใน Excel) เปิดและบันทึกไฟล์ใน Excel หรือ LibreOffice ก่อน หรือพิมพ์ค่าแทนสูตร`,
          `Row ${row}: ${n.en} is the formula ${error}, never calculated (the file was written by another program, or is a copy this tool fixed that Excel has not opened since); open and save it in Excel or LibreOffice, or type the value`,
        ),
      { value: error },
    );
    return;
  }
  report(
    ctx,
    'excel-error',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} มีค่าผิดพลาดของ Excel ${error} แก้สูตรหรือพิมพ์ค่าที่ถูกต้อง`,
        `Row ${row}: ${n.en} holds the Excel error ${error}; fix the formula or type the value`,
      ),
    { value: error },
  );
}

/** A Buddhist-era year (ปีงบประมาณ); a CE year is a warning with the BE year offered. */
export function judgeYear(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  if (typeof v === 'string' && yearWords(ctx, row, c, v, p)) return;
  const r = parseMoney(v);
  const raw = displayValue(v);
  if (r.kind === 'blank') return;
  if (r.kind === 'error') {
    reportCellError(ctx, row, c, r.error);
    return;
  }
  const y = r.kind === 'ok' ? r.value : NaN;
  if (Number.isInteger(y) && y >= 2400 && y < 2800) {
    p.fiscalYear = y;
    return;
  }
  judgeYearFurther(ctx, row, c, p, y, raw);
}

/**
 * "พ.ศ. 2568", "ปีงบประมาณ 2568", "๒๕๖๘", and "2568" stored as text (a CSV's, or a cell formatted as text):
 * the year read, and the number the form wants offered.
 */
const YEAR_WORDS = /^(?:ปี(?:งบประมาณ)?\s*)?(?:พ\.?\s?ศ\.?\s*)?(\d{4})$/;

/** A BE year written with words or in Thai digits: read, and said as info with the fix; false for any other text. */
function yearWords(ctx: RuleContext, row: number, c: TemplateColumn, v: string, p: ParsedRow): boolean {
  const t = plainText(v);
  const m = YEAR_WORDS.exec(t);
  const thai = hasThaiDigits(v);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < 2400 || y >= 2800) return false;
  p.fiscalYear = y;
  if (ctx.textOnly) return true;
  const n = names(c);
  const raw = v.trim();
  const digitsOnly = m[0] === m[1];
  report(
    ctx,
    digitsOnly && thai ? 'thai-digits' : 'number-as-text',
    row,
    c,
    () =>
      digitsOnly && !thai
        ? msg(
            `แถว ${row}: ${n.th} เป็นข้อความ "${raw}" ไม่ใช่ตัวเลข ควรเป็นตัวเลขปี พ.ศ. ${y}`,
            `Row ${row}: ${n.en} is text ("${raw}"), not a number; the form wants the BE year as a number, ${y}`,
          )
        : msg(
            `แถว ${row}: ${n.th} เขียนว่า "${raw}" ควรเป็นตัวเลขปี พ.ศ. ${y}`,
            `Row ${row}: ${n.en} is written "${raw}"; the form wants the BE year as a number, ${y}`,
          ),
    { value: raw, suggestion: { value: y, display: String(y), kind: 'number' } },
  );
  return true;
}

/** judgeYear past a BE year; apart so that a BE year allocates nothing (see judgeNumber). */
function judgeYearFurther(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  p: ParsedRow,
  y: number,
  raw: string,
): void {
  const n = names(c);
  if (Number.isInteger(y) && y >= 1900 && y < 2200) {
    p.fiscalYear = y + 543;
    report(
      ctx,
      'ce-year',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} เป็นปี ค.ศ. ${y} ควรเป็นปี พ.ศ. ${y + 543}`,
          `Row ${row}: ${n.en} is the CE year ${y}; the form wants the BE year ${y + 543}`,
        ),
      { value: raw, suggestion: { value: y + 543, display: String(y + 543), kind: 'number' } },
    );
    return;
  }
  report(
    ctx,
    'not-a-number',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} ควรเป็นปี พ.ศ. 4 หลัก เช่น ${exampleYear(ctx)} แต่พบ "${raw}"`,
        `Row ${row}: ${n.en} should be a 4-digit BE year such as ${exampleYear(ctx)}, found "${raw}"`,
      ),
    { value: raw },
  );
}

/** The one-click fix of an amount: the number, shown in its column's format where the cell would hide it. */
function moneyFix(c: TemplateColumn, value: number): Suggestion {
  const fix: Suggestion = { value, display: formatMoneyExact(value), kind: 'number' };
  const format = columnFormat(c);
  return format ? { ...fix, numberFormat: format } : fix;
}
