import { foldForMatch } from '../text/thai';

/**
 * Who won, by name, when no valid tax id says it: the name folded, without the words for the kind of
 * business, so "บริษัท วัสดุดี จำกัด", "บจก. วัสดุดี" and "วัสดุดี" are one supplier (สขร.1 and O21 have
 * only names). "บ." is left alone: it starts names too.
 */
const PREFIXES = ['ห้างหุ้นส่วนจำกัด', 'ห้างหุ้นส่วนสามัญ', 'ห้างหุ้นส่วน', 'บริษัท', 'บจก.', 'หจก.', 'หสม.', 'ร้านค้า', 'ร้าน'].map(
  foldForMatch,
);
const SUFFIXES = ['จำกัด (มหาชน)', 'จำกัด', '(มหาชน)'].map(foldForMatch);

/** Keys already made: a check after an edit, and the next file of a folder, meet the same suppliers. */
const made = new Map<string, string>();

export function supplierNameKey(name: string): string {
  let key = made.get(name);
  if (key === undefined) {
    key = keyOf(name);
    if (made.size < 20_000) made.set(name, key);
  }
  return key;
}

function keyOf(name: string): string {
  let key = foldForMatch(name);
  for (const p of PREFIXES)
    if (key.startsWith(p) && key.length > p.length) {
      key = key.slice(p.length);
      break;
    }
  for (const s of SUFFIXES)
    if (key.endsWith(s) && key.length > s.length) {
      key = key.slice(0, -s.length);
      break;
    }
  return key;
}
