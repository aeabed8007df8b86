import { RED_FLAGS } from '../settings/data';
import { bigrams, dice } from '../text/thai';
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
 * Words that start an item's name and say what kind of buy it is: a verb (buy, hire, rent), then the
 * kind of thing (materials, equipment, repair, service, building). Two items are alike only when
 * these say the same ("ซื้อรถยนต์" is no "จ้างซ่อมรถยนต์"), and then only what follows them is
 * compared ("ซื้อวัสดุสำนักงาน" is no "ซื้อวัสดุก่อสร้าง"). Each word with its kind; longest first.
 */
const LEADS: readonly (readonly (readonly [string, number])[])[] = [
  [['โครงการ', 0]],
  [
    ['จ้างเหมา', 2],
    ['จัดซื้อ', 1],
    ['จัดจ้าง', 2],
    ['ซื้อ', 1],
    ['จ้าง', 2],
    ['เช่า', 3],
  ],
  [
    ['บำรุงรักษา', 3],
    ['ครุภัณฑ์', 2],
    ['ก่อสร้าง', 5],
    ['ซ่อมแซม', 3],
    ['บริการ', 4],
    ['วัสดุ', 1],
    ['ซ่อม', 3],
  ],
];

const COUNTER = /(ครั้ง|งวด|รายการ|หมู่|ลำดับ)ที่/g;

/** What similarity compares of an item: its kind (from its leading words), and bigrams of the rest. */
export interface ItemGrams {
  readonly kind: number;
  readonly grams: Int32Array;
  /**
   * The item's kind of thing named before a bracket or a space, where it says more than the leading
   * words ("ซื้อวัสดุก่อสร้าง" of "ซื้อวัสดุก่อสร้าง (ปูนซีเมนต์)"), else ''.
   */
  readonly base: string;
}

/** An item's kind and the sorted bigrams of its key after its leading words, for Sørensen–Dice. */
export function itemKeyGrams(item: string | undefined): ItemGrams {
  const { kind, rest, key } = split(keyOf(item ?? ''));
  // The part before the first bracket or space: the same kind of thing bought piece by piece
  // ("ซื้อวัสดุก่อสร้าง (ปูนซีเมนต์)", "ซื้อวัสดุก่อสร้าง หินคลุก 20 คิว").
  const first = /^\s*([^\s(]+)[\s(]/.exec(item ?? '')?.[1];
  const head = first ? split(keyOf(first)) : null;
  const base = head && head.rest.length >= 2 ? `${head.kind}|${head.key}` : '';
  // A name that is leading words only ("ซื้อวัสดุ", "จัดซื้อวัสดุ") is compared whole.
  return { kind, grams: bigrams(rest.length >= 2 ? rest : key), base };
}

/** An item's key: without digits, spaces and punctuation, nor the counter before a number. */
function keyOf(item: string): string {
  let key = '';
  for (const ch of item) if (!ignored(ch.charCodeAt(0))) key += ch;
  // The counter before a number ("ครั้งที่ 1", "งวดที่ 2"): its digits are gone already, its words go too.
  return key.replace(COUNTER, '');
}

/** A key's kind (from its leading words) and what follows them. */
function split(key: string): { kind: number; rest: string; key: string } {
  let rest = key;
  let kind = 0;
  for (const group of LEADS) {
    const hit = group.find(([w]) => rest.startsWith(w));
    // The verb's kind, then the thing's, each in a digit of its own (a group not there says 0).
    kind *= 8;
    if (!hit) continue;
    rest = rest.slice(hit[0].length);
    kind += hit[1];
  }
  return { kind, rest, key };
}

/**
 * Items of one kind (buy, hire, rent; materials, repair …) whose names are similar enough, or that
 * name the same kind of thing before what each piece is.
 */
export function similarItems(a: ItemGrams, b: ItemGrams): boolean {
  if (a.kind !== b.kind) return false;
  return (a.base !== '' && a.base === b.base) || dice(a.grams, b.grams) >= RED_FLAGS.splitItemSimilarity;
}
