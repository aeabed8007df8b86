const THAI_ZERO = 0x0e50;
const THAI_DIGIT = /[\u0E50-\u0E59]/;

/** ๐๑๒๓๔๕๖๗๘๙ → 0123456789; everything else unchanged. */
export function thaiDigitsToArabic(s: string): string {
  if (!THAI_DIGIT.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= THAI_ZERO && c <= THAI_ZERO + 9 ? String.fromCharCode(48 + c - THAI_ZERO) : s[i];
  }
  return out;
}

export function hasThaiDigits(s: string): boolean {
  return THAI_DIGIT.test(s);
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Text without the characters that take no room (zero-width spaces and joiners, a stray BOM). */
export function withoutZeroWidth(s: string): string {
  return s.replace(ZERO_WIDTH, '');
}
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
// Hyphens and dashes a PDF or a word processor puts where a "-" was typed (ids, dates, "−500").
const DASHES = /[\u2010-\u2015\u2212\uFE63]/g;
const UNUSUAL = /[^ -~\t\n\r\u00A0\u0E00-\u0E7F]/;

/** Thai and full-width digits as ASCII ones, and dashes as "-", nothing else changed (a text to search for ids in). */
export function asciiDigits(s: string): string {
  return thaiDigitsToArabic(s)
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(DASHES, '-');
}

/**
 * Text as numbers, dates and ids are read from it: Thai digits as Arabic; zero-width characters
 * (pasted from web pages) gone; full-width forms (１２３，) as ASCII; hyphens and dashes (‐ – — −,
 * from a PDF or a word processor) as "-"; a leading apostrophe (Excel's mark for text, which a CSV or
 * another program keeps as a character) dropped; trimmed.
 */
export function plainText(s: string): string {
  let t = thaiDigitsToArabic(s);
  if (UNUSUAL.test(t))
    t = withoutZeroWidth(t)
      .replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
      .replace(DASHES, '-');
  t = t.trim();
  return t.startsWith("'") ? t.slice(1).trim() : t;
}

/** Every run of white space (including no-break and zero-width spaces, line breaks) → one space, trimmed. */
export function collapseSpaces(s: string): string {
  return withoutZeroWidth(s)
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Thai vowels and tone marks over or under a letter, and ำ: they belong to the letter before them. */
const THAI_MARK = /[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E]/;
/** Thai vowels written before the letter they are sounded after (เ แ โ ใ ไ): they belong to the letter after. */
const THAI_LEADING_VOWEL = /[\u0E40-\u0E44]/;

/**
 * `s` cut to at most `max` characters to quote in a message, with "…" where it was cut: at a space
 * in its last half where there is one (Thai puts spaces between phrases, so no word is cut), else
 * between two letters with their marks: never between a letter and its marks, nor after a leading vowel.
 */
export function shortQuote(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1; // what is kept is s.slice(0, end), with room for the "…"
  const space = s.lastIndexOf(' ', end);
  if (space >= end / 2) end = space;
  else {
    while (end > 0 && (THAI_MARK.test(s[end]!) || /[\uDC00-\uDFFF]/.test(s[end]!))) end--;
    while (end > 0 && THAI_LEADING_VOWEL.test(s[end - 1]!)) end--;
  }
  return `${s.slice(0, end).trimEnd()}…`;
}

/**
 * A key for comparing Thai labels typed by people or extracted from PDFs, where the same header
 * arrives with numbering, line breaks, spaces, Thai digits, tone marks out of order (ท่ี), ำ for า,
 * ช for ซ and en dashes. Both sides of a comparison are folded the same way, so folding real
 * letters (ดำเนิน → ดาเนิน) is harmless. This is the definition; foldForMatch is the same, faster.
 */
export function foldByRules(s: string): string {
  let t = thaiDigitsToArabic(s.normalize('NFKC')).toLowerCase();
  t = t.replace(/[\u2010-\u2015\u2212]/g, '-');
  // Drop a leading number: "(๖) ราคากลาง", "6. ราคากลาง", "๖) ราคากลาง".
  t = t.replace(/^\s*[([]?\s*\d{1,2}\s*[)\].:]\s*/, '');
  // Tone marks, mai taikhu, thanthakhat, nikhahit (NFKC splits ำ into ํ + า), and PDF glyph variants.
  t = t.replace(/[\u0E47-\u0E4E\uF700-\uF71F]/g, '');
  t = t.replace(/\u0E0B/g, '\u0E0A'); // ซ → ช
  // Keep only letters and digits: spaces, slashes, brackets and dots vary from file to file.
  t = t.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  return t;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/**
 * foldByRules in one pass over texts of ASCII and Thai (nearly all): a sheet's headers, lists and
 * names are folded by the thousand. Anything else, or a leading number, goes by the rules.
 */
export function foldForMatch(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const c0 = s.charCodeAt(i);
  // A leading number ("(๖)", "6.") is for the rules to drop.
  if (c0 === 40 || c0 === 91 || (c0 >= 48 && c0 <= 57) || (c0 >= 0xe50 && c0 <= 0xe59)) return foldByRules(s);
  let out = '';
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += s[i];
      else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    } else if (c >= 0xe00 && c <= 0xe7f) {
      // NFKC reorders phinthu before sara u/uu: rare enough to leave to the rules.
      if (c === 0xe3a) return foldByRules(s);
      if (c === 0xe33)
        out += '\u0E32'; // ำ = ํ + า, and ํ is dropped
      else if (c === 0xe0b) out += '\u0E0A';
      else if (c >= 0xe50 && c <= 0xe59) out += String.fromCharCode(c - 0xe50 + 48);
      else if ((c >= 0xe01 && c <= 0xe39) || (c >= 0xe40 && c <= 0xe46)) out += s[i];
    } else if (c !== 0xa0 && !(c >= 0x200b && c <= 0x200d) && c !== 0xfeff) return foldByRules(s);
  }
  return out;
}

/** A text's character bigrams as sorted numbers: a similarity is then one merge, with no allocation. */
export function bigrams(s: string): Int32Array {
  const out = new Int32Array(Math.max(0, s.length - 1));
  for (let i = 0; i < out.length; i++) out[i] = (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
  return out.sort();
}

/**
 * Sørensen–Dice similarity of two sorted bigram lists (shared bigrams counted with repeats), 0..1;
 * 0 as soon as it is clear the result would be under `atLeast`.
 */
export function dice(a: Int32Array, b: Int32Array, atLeast = 0): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Most pairs compared are far apart: stop once too many bigrams of either side went unmatched.
  const need = atLeast * ((a.length + b.length) / 2) - 1e-9;
  let i = 0;
  let j = 0;
  let hits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      hits++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) {
      if (a.length - ++i + hits < need) return 0;
    } else if (b.length - ++j + hits < need) return 0;
  }
  return (2 * hits) / (a.length + b.length);
}

/** Sørensen–Dice similarity of character bigrams, 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return dice(bigrams(a), bigrams(b));
}

/**
 * Thai text in UTF-8 read as Windows-874 (a CSV from data.go.th opened in Excel on Thai Windows and
 * saved): each letter becomes three, "เธ" or "เน" and one more ("ลำดับ" reads "เธฅเธณเธ”เธฑเธš").
 */
export function misdecodedThai(s: string): boolean {
  const pairs = s.match(/เ[ธน]/g)?.length ?? 0;
  const thai = s.match(/[\u0E01-\u0E5B]/g)?.length ?? 0;
  return pairs >= 4 && pairs * 3 >= thai * 0.8;
}

/** Thai number words, as an amount is written in words ("สี่แสนสี่หมื่นเก้าพันบาทถ้วน"): a pattern's part. */
export const NUMBER_WORD = 'หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|หมื่น|แสน|ล้าน';
/** The number words that count satang (up to 99): no hundreds or more. */
export const SATANG_WORD = 'หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด';
