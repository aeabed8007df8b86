import { bigrams, dice, foldForMatch } from '../text/thai';
import { allFrameworks, type Framework, type FrameworkItem } from './framework';

/** Items named, fewer than which no year can be told from their names. */
const AT_LEAST = 5;
/** A name at least this alike to an item's is that item's name. */
const SAME = 0.8;
/** A name this alike to an item's is written as that item's, word for word (a typo or two aside). */
const VERBATIM = 0.95;
/** By how much more it must be like another item's name than its own item's to be that other one. */
const MARGIN = 0.2;
/**
 * A name less alike than this to its item's is not that item in other words: between 2566 and 2567, last
 * year's wording of an item is 0.49 alike or more, while unrelated items, sharing words such as การ,
 * ทุจริต or ประจำปี, mostly stay under 0.4.
 */
const CLOSE = 0.4;

const itemGrams = new WeakMap<FrameworkItem, Int32Array>();
/** How alike a name typed on the sheet is to an item's name (0..1). */
function likeness(typed: Int32Array, item: FrameworkItem | undefined): number {
  if (!item) return 0;
  let grams = itemGrams.get(item);
  if (!grams) itemGrams.set(item, (grams = bigrams(foldForMatch(item.title))));
  return dice(typed, grams);
}

interface Typed {
  readonly code: string;
  readonly name: string;
  readonly grams: Int32Array;
}

function typedNames(names: ReadonlyMap<string, string>): Typed[] {
  return [...names].flatMap(([code, name]) => {
    const fold = foldForMatch(name);
    return fold ? [{ code, name, grams: bigrams(fold) }] : [];
  });
}

const itemOf = (f: Framework, code: string) => f.items.find((i) => i.code === code);
/** Another year's checklists of the same scheme: another scheme numbers its items otherwise. */
const otherYears = (f: Framework) =>
  allFrameworks().filter((o) => o !== f && o.scheme === f.scheme && o.year !== f.year);

/**
 * Another year's framework whose items the sheet's item names are (a checklist of last year copied and
 * retitled: its O16 is another item altogether), with the codes of the items that say so; null when the names fit `framework` as well. Only the items whose names differ
 * between the two years tell them apart: a year that drops one item renumbers every item after it
 * and leaves those before it as they were, so most of the telling items are enough.
 * `names`: each item code's name as the sheet gives it.
 */
export function namesOfOtherYear(
  framework: Framework,
  names: ReadonlyMap<string, string>,
): { readonly framework: Framework; readonly codes: readonly string[] } | null {
  const typed = typedNames(names);
  if (typed.length < AT_LEAST) return null;
  // The name is clearly the item of `a` with its code and not that of `b` (which is another item there).
  const isOf = (a: Framework, b: Framework, t: Typed) => {
    const fit = likeness(t.grams, itemOf(a, t.code));
    return fit >= SAME && fit > likeness(t.grams, itemOf(b, t.code)) + MARGIN;
  };
  let best: { framework: Framework; codes: string[] } | null = null;
  for (const other of otherYears(framework)) {
    const codes = typed.filter((t) => isOf(other, framework, t)).map((t) => t.code);
    const against = typed.filter((t) => isOf(framework, other, t)).length;
    if (codes.length > against && (!best || codes.length > best.codes.length)) best = { framework: other, codes };
  }
  return best;
}

/** An item of the sheet named as another item: that item, its year's framework, and this year's item of the name. */
export interface NamedOtherwise {
  readonly code: string;
  readonly name: string;
  readonly own: FrameworkItem;
  readonly as: { readonly framework: Framework; readonly item: FrameworkItem };
  /** The item of `framework` that has the name, under another code (the items renumbered), if any. */
  readonly here: FrameworkItem | null;
}

/**
 * The item of `others` (those `pick` gives of each year) that a name typed under an item of `fit` likeness
 * is: at least SAME alike, and far more than to its own item.
 */
function mostAlike(
  others: readonly Framework[],
  t: Typed,
  fit: number,
  pick: (f: Framework) => readonly (FrameworkItem | undefined)[],
): { readonly framework: Framework; readonly item: FrameworkItem } | null {
  let as: { framework: Framework; item: FrameworkItem; fit: number } | null = null;
  for (const f of others)
    for (const item of pick(f)) {
      const x = likeness(t.grams, item);
      if (item && x >= SAME && x > fit + MARGIN && (!as || x > as.fit)) as = { framework: f, item, fit: x };
    }
  return as && { framework: as.framework, item: as.item };
}

/**
 * Items of the sheet named as another year's item, not as this year's of their code: their rows are not
 * this year's item. Either last year's item left under its number (a dropped item renumbers the rest, a
 * new one takes the last number), or another year's item of any number whose name is nothing like this
 * year's item of its code nor like any other item of this year. Last year's wording of this year's own
 * item is that item; a name of this year's items under a number another year gives it otherwise is this
 * year's item misnumbered (itemsMisnumbered).
 */
export function itemsNamedOtherwise(framework: Framework, names: ReadonlyMap<string, string>): NamedOtherwise[] {
  const others = otherYears(framework);
  return typedNames(names).flatMap((t) => {
    const own = itemOf(framework, t.code);
    if (!own) return [];
    const fit = likeness(t.grams, own);
    // This year's other item its name is, if any (the items renumbered): said beside the other year's.
    let here: FrameworkItem | null = null;
    for (const i of framework.items)
      if (i !== own && likeness(t.grams, i) >= Math.max(SAME, here ? likeness(t.grams, here) : 0)) here = i;
    const as =
      mostAlike(others, t, fit, (f) => [itemOf(f, t.code)]) ??
      (fit < CLOSE && !here ? mostAlike(others, t, fit, (f) => f.items) : null);
    return as ? [{ code: t.code, name: t.name, own, as, here }] : [];
  });
}

/**
 * Items of the sheet named word for word as another item of `framework`, whose number the sheet does not
 * give that item (one left out and the rest numbered on, two swapped): the item each is, by the sheet's
 * code. What is published is the item, not its number (DOMAIN §4), so its rows are that item's. Not where
 * the sheet lists that item's number otherwise (the item twice, or another year's item left there), nor a
 * second row of one name: those count as their numbers. `names`: the names of the codes counted (not
 * another year's item); `listed`: whether the sheet lists a code.
 */
export function itemsMisnumbered(
  framework: Framework,
  names: ReadonlyMap<string, string>,
  listed: (code: string) => boolean,
): Map<string, FrameworkItem> {
  const moving = new Map<string, FrameworkItem>();
  for (const t of typedNames(names)) {
    const own = itemOf(framework, t.code);
    if (!own) continue;
    const fit = likeness(t.grams, own);
    let named: FrameworkItem | null = null;
    for (const i of framework.items)
      if (i !== own && likeness(t.grams, i) > Math.max(fit, named ? likeness(t.grams, named) : 0)) named = i;
    if (named && likeness(t.grams, named) >= VERBATIM) moving.set(t.code, named);
  }
  // An item stays under its number where the item it is named is listed under its own, or named twice.
  for (let changed = true; changed;) {
    changed = false;
    const taken = new Set<string>();
    for (const [code, item] of moving) {
      if ((listed(item.code) && !moving.has(item.code)) || taken.has(item.code)) {
        moving.delete(code);
        changed = true;
      } else taken.add(item.code);
    }
  }
  return moving;
}
