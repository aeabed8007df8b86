import { isCellError, type CellValue } from './value';
import { plainText } from '../text/thai';

export type ProjectNumberResult =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'ok';
      readonly digits: string;
      /** BE year and month the project was created in e-GP (6711… → 2567, 11). */
      readonly year: number;
      readonly month: number;
      /** Excel holds it as a number: right now, but shown as 6.71E+10 and easily mangled. */
      readonly asNumber: boolean;
      /** Text that needed more than trimming: spaces or dashes, Thai or full-width digits. */
      readonly reformatted: boolean;
    }
  | { readonly kind: 'format'; readonly reason: 'precision' | 'contract-number' | 'length' | 'not-egp' }
  | { readonly kind: 'error'; readonly error: string };

/**
 * Read an e-GP project number: 11 digits, the first two the BE year and the next two the month it
 * was created. Excel turns long digit strings into numbers or 6.71E+10, losing digits: say so.
 */
export function parseProjectNumber(v: CellValue): ProjectNumberResult {
  if (v === null) return { kind: 'blank' };
  if (typeof v === 'string' && v.length === 11 && DIGITS_11.test(v)) return fromDigits(v, false, false);
  if (isCellError(v)) return { kind: 'error', error: v.error };
  let asNumber = false;
  let s: string;
  if (typeof v === 'number') {
    asNumber = true;
    if (!Number.isInteger(v)) return { kind: 'format', reason: 'precision' };
    s = String(v);
    // 67100000000: what is left of 6.71E+10 once Excel has rounded it.
    if (s.length >= 11 && /0{5,}$/.test(s)) return { kind: 'format', reason: 'precision' };
  } else if (typeof v === 'string') {
    s = plainText(v).replace(/[\s\u00A0]/g, '');
    // "67-01-952-4001": dashes only between digits, so that a contract number keeps its own.
    if (/^\d[\d-]{10,}\d$/.test(s)) s = s.replace(/-/g, '');
  } else return { kind: 'format', reason: 'length' };
  if (s === '' || s === '-') return { kind: 'blank' };
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(s)) return { kind: 'format', reason: 'precision' };
  if (/^[\p{L}.]*\s*\d{1,5}\/\d{2,4}$/u.test(s)) return { kind: 'format', reason: 'contract-number' };
  if (!DIGITS_11.test(s)) return { kind: 'format', reason: 'length' };
  return fromDigits(s, asNumber, typeof v === 'string' && s !== v.trim());
}

const DIGITS_11 = /^\d{11}$/;

/** Eleven digits that make an e-GP project number: its year (BE) × 100 + month; 0 for any other text. */
export function egpYearMonth(s: string): number {
  if (s.length !== 11) return 0;
  for (let i = 0; i < 11; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
  }
  const year = 2500 + (s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48);
  const month = (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
  return month < 1 || month > 12 || year < 2540 ? 0 : year * 100 + month;
}

function fromDigits(s: string, asNumber: boolean, reformatted: boolean): ProjectNumberResult {
  const year = 2500 + (s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48);
  const month = (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
  if (month < 1 || month > 12 || year < 2540) return { kind: 'format', reason: 'not-egp' };
  return { kind: 'ok', digits: s, year, month, asNumber, reformatted };
}
