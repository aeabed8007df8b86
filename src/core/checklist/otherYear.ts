import { bigrams, dice, foldForMatch } from '../text/thai';
import { allFrameworks, type Framework } from './framework';

/** Items named, fewer than which no year can be told from their names. */
const AT_LEAST = 5;

/** How alike a name typed on the sheet is to an item's name (0..1). */
const likeness = (typed: Int32Array, name: string) => dice(typed, bigrams(foldForMatch(name)));

/**
 * Another year's framework whose items the sheet's item names are (a checklist of last year copied and
 * retitled: its O16 is another item altogether), with how many of the named items say so; null when
 * the names fit `framework` as well. `names`: each item code's name as the sheet gives it.
 */
export function namesOfOtherYear(
  framework: Framework,
  names: ReadonlyMap<string, string>,
): { readonly framework: Framework; readonly items: number; readonly of: number } | null {
  const typed = [...names].flatMap(([code, name]) => {
    const fold = foldForMatch(name);
    return fold ? [{ code, grams: bigrams(fold) }] : [];
  });
  if (typed.length < AT_LEAST) return null;
  const fit = (f: Framework, t: (typeof typed)[number]) => {
    const item = f.items.find((i) => i.code === t.code);
    return item ? likeness(t.grams, item.title) : 0;
  };
  let best: { framework: Framework; items: number } | null = null;
  for (const other of allFrameworks()) {
    if (other === framework) continue;
    // An item whose name is clearly the other year's (the same code names another item this year).
    const items = typed.filter((t) => fit(other, t) >= 0.8 && fit(other, t) > fit(framework, t) + 0.2).length;
    if (items * 2 > typed.length && (!best || items > best.items)) best = { framework: other, items };
  }
  return best && { ...best, of: typed.length };
}
