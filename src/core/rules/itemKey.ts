import type { Numbers } from './parsedRows';

/**
 * Item keys for "similar items" in the split-purchase flag: the item name without numbers and spaces
 * (วัสดุสำนักงาน ครั้งที่ 1 = ครั้งที่ 2).
 */

/** Digits (Arabic or Thai), white space and . , ( ) / - : what tells "ครั้งที่ 1" from "ครั้งที่ 2". */
function isIgnored(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x0e50 && c <= 0x0e59) ||
    c === 0x2e ||
    c === 0x2c ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x2f ||
    c === 0x2d ||
    c <= 0x20 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680
  );
}

/** isIgnored for every character up to U+3000 (Thai, Latin and the spaces), told by one load. */
const IGNORED = Uint8Array.from({ length: 0x3001 }, (_, c) => (isIgnored(c) ? 1 : 0));

function ignored(c: number): boolean {
  return c <= 0x3000 ? IGNORED[c] === 1 : isIgnored(c);
}

/**
 * A 53-bit hash of an item's key, exact as a number: equal keys, equal hashes. Read straight from
 * the item's text, so that no key string is ever built; two different keys sharing a hash is about
 * as likely as a hardware fault. Characters are mixed in pairs: half the multiplications, on a pass
 * over every item that may be part of a split purchase. The hash is written to `into[at]`: a number
 * this large returned from a call would be boxed, one allocation per item.
 */
export function keepItemKey(item: string | undefined, into: Numbers, at: number): void {
  if (item === undefined) {
    into[at] = 0;
    return;
  }
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let n = 0;
  let held = -1;
  for (let i = 0; i < item.length; i++) {
    const c = item.charCodeAt(i);
    if (ignored(c)) continue;
    n++;
    if (held < 0) {
      held = c;
      continue;
    }
    const w = (held << 16) | c;
    held = -1;
    h1 = Math.imul(h1 ^ w, 0x01000193);
    h2 = Math.imul(h2 ^ w, 0x5bd1e995) ^ (h2 >>> 15);
  }
  if (held >= 0) {
    h1 = Math.imul(h1 ^ held, 0x01000193);
    h2 = Math.imul(h2 ^ held, 0x5bd1e995) ^ (h2 >>> 15);
  }
  into[at] = n === 0 ? 0 : (h1 >>> 0) * 0x200000 + ((h2 ^ n) >>> 11);
}

/**
 * Words that start the names of unlike things ("ซื้อวัสดุสำนักงาน" and "ซื้อวัสดุก่อสร้าง", "จ้างเหมา
 * ซ่อมแซมถนน" and "…รถยนต์"): what is bought follows them, and only that is compared. At most one of
 * each group, in this order (in "ซื้อวัสดุก่อสร้าง" the building is what is bought). Longest first.
 */
const GENERIC_LEAD = [
  ['โครงการ'],
  ['จ้างเหมาบริการ', 'จ้างเหมา', 'จัดซื้อ', 'จัดจ้าง', 'ซื้อ', 'จ้าง', 'เช่า'],
  ['บำรุงรักษา', 'ครุภัณฑ์', 'ก่อสร้าง', 'ซ่อมแซม', 'บริการ', 'วัสดุ', 'ซ่อม'],
];

const COUNTER = /(ครั้ง|งวด|รายการ|หมู่|ลำดับ)ที่/g;

/** Sorted bigrams of an item's key after its generic leading words, for Sørensen–Dice similarity. */
export function itemKeyGrams(item: string | undefined): Int32Array {
  let s = '';
  for (const ch of item ?? '') if (!ignored(ch.charCodeAt(0))) s += ch;
  for (const group of GENERIC_LEAD) {
    const w = group.find((x) => s.startsWith(x));
    if (w) s = s.slice(w.length);
  }
  // The counter before a number ("ครั้งที่ 1", "งวดที่ 2"): its digits are gone already, its words go too.
  s = s.replace(COUNTER, '');
  const out = new Int32Array(Math.max(0, s.length - 1));
  for (let i = 1; i < s.length; i++) out[i - 1] = (s.charCodeAt(i - 1) << 16) | s.charCodeAt(i);
  return out.sort();
}
