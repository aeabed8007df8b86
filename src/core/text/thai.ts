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

/** Every run of white space (including no-break and zero-width spaces, line breaks) → one space, trimmed. */
export function collapseSpaces(s: string): string {
  return s
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * A key for comparing Thai labels typed by people or extracted from PDFs, where the same header
 * arrives with numbering, line breaks, spaces, Thai digits, tone marks out of order (ท่ี), ำ for า,
 * ช for ซ and en dashes. Both sides of a comparison are folded the same way, so folding real
 * letters (ดำเนิน → ดาเนิน) is harmless.
 */
export function foldForMatch(s: string): string {
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

/** Sørensen–Dice similarity of character bigrams, 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let hits = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = counts.get(g);
    if (n) {
      hits++;
      counts.set(g, n - 1);
    }
  }
  return (2 * hits) / (a.length - 1 + b.length - 1);
}
