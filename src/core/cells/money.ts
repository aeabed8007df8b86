import { isCellError, isNoneText, type CellValue } from './value';
import { hasThaiDigits, plainText } from '../text/thai';

export type MoneyResult =
  | { readonly kind: 'blank' }
  | { readonly kind: 'ok'; readonly value: number; readonly fromText: boolean; readonly thaiDigits: boolean }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'bad' };

const BLANK: MoneyResult = { kind: 'blank' };
const BAD: MoneyResult = { kind: 'bad' };
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$|^\.\d+$/;

/**
 * Read an amount of baht: a number, or text as people type it ("1,480", "฿ 1,480.00", "1480 บาท",
 * "1,480.- บ.", "(500)" for a negative, "-0-" for nil, Thai or full-width digits). A lone dash means nothing was entered.
 */
export function parseMoney(v: CellValue): MoneyResult {
  if (typeof v === 'number')
    return Number.isFinite(v) ? { kind: 'ok', value: v, fromText: false, thaiDigits: false } : BAD;
  if (v === null) return BLANK;
  if (typeof v === 'string') return parseMoneyText(v);
  if (isCellError(v)) return { kind: 'error', error: v.error };
  return BAD;
}

/** The unit written with an amount: บาท (or บำท, as a PDF garbles it), บ., ฿, THB. */
const UNIT = /฿|บาท|บำท|บ\.|thb|baht/gi;

/** Whether an amount is text that writes its unit, baht ("44,000 บาท"): in baht whatever its column's header says. */
export function saysBaht(v: CellValue): boolean {
  return typeof v === 'string' && UNIT_ONCE.test(v) && !/ล้าน|พัน|million|thousand/i.test(v);
}

/** UNIT for a test: a global pattern's test() moves on from where it last matched. */
const UNIT_ONCE = new RegExp(UNIT.source, 'i');

/**
 * An amount of a column whose header gives its unit as `scale` baht ("(ล้านบาท)": 1,000,000), in baht;
 * one whose own text says baht ("44,000 บาท") is baht whatever the header says. The one reading of the
 * rules across columns, the "รวม" lines and the O17 summary's figures, so none calls another's right.
 */
export function parseMoneyIn(v: CellValue, scale: number | undefined): MoneyResult {
  const m = parseMoney(v);
  return m.kind === 'ok' && scale !== undefined && !saysBaht(v) ? { ...m, value: m.value * scale } : m;
}

/** The same amount in the column's unit, as its totals are typed: 0.044 for "44,000 บาท" under "(ล้านบาท)". */
export function parseMoneyInUnit(v: CellValue, scale: number | undefined): MoneyResult {
  const m = parseMoney(v);
  return m.kind === 'ok' && scale !== undefined && saysBaht(v) ? { ...m, value: m.value / scale } : m;
}

/**
 * Digits apart only as groups of three ("1 234 567", "12 500.00"), not a number run into an amount by a
 * PDF ("1 50,000.00": a quantity and 50,000; "2 480,000"): such text is no amount to read.
 */
function spacedRight(s: string): boolean {
  for (const m of s.matchAll(/\d+(?:\s+\d+)+/g)) {
    if (!/^\d{1,3}(?: \d{3})+$/.test(m[0].replace(/\s+/g, ' '))) return false;
    if (s[m.index + m[0].length] === ',') return false;
  }
  return true;
}

/**
 * Text like "12.000": read as 12 (Thai forms write the decimal point as a dot), but where a dot groups
 * thousands (a European-locale export) it means 12,000; and "1,200.000", where baht has two decimals,
 * is as likely 1,200,000 typed with a dot. Such an amount is no one-click fix.
 */
export function dotMayGroupThousands(raw: string): boolean {
  // Not "0.045": no amount is written with a thousands group of 0 (a ล้านบาท column's 45,000 baht).
  return /^[-(]?[1-9]\d{0,2}(?:,\d{3})*\.\d{3}\)?$/.test(plainText(raw).replace(UNIT, '').replace(/\s/g, ''));
}

function parseMoneyText(raw: string): MoneyResult {
  const thai = hasThaiDigits(raw);
  let s = plainText(raw);
  if (s === '' || isNoneText(s)) return BLANK;
  // "บ." is how many forms shorten บาท ("5,000.- บ.").
  s = s.replace(UNIT, ' ');
  if (/\d\s+\d/.test(s) && !spacedRight(s)) return BAD;
  s = s.replace(/\s/g, '');
  // "-0-" is how many forms write a nil amount: zero, between dashes so that no one can add a digit.
  if (/^[-−–—]0+(?:\.0+)?[-−–—]$/.test(s)) return { kind: 'ok', value: 0, fromText: true, thaiDigits: thai };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (/^[-−–]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (s.endsWith('.-')) s = s.slice(0, -2); // "1,480.-" is how some forms write whole baht
  if (!GROUPED.test(s) && !PLAIN.test(s)) return BAD;
  const value = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(value)) return BAD;
  return { kind: 'ok', value: negative ? -value : value, fromText: true, thaiDigits: thai };
}
