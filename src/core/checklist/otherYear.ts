import { bigrams, dice, foldForMatch, thaiDigitsToArabic } from '../text/thai';
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
/** A name cut short to fewer letters than this is not told from others by how it begins ("รายงาน…"). */
const SHORT = 10;
/**
 * What may follow an item's name and is no part of it: the data's year ("ประจำปี 2566", "พ.ศ. 2567"), a
 * bracket naming a year or holding no words ("(ปี 2567)", "(1)"), "ฯ" cutting it short. "ประจำปี" goes too,
 * as many items end with it and many offices add it. A bracket of words stays: it may be the item's own
 * key word ("ถาม-ตอบ (Q&A)", "บริการออนไลน์ (E-Service)") or tell it from another ("แผนปฏิบัติการป้องกัน
 * การทุจริต (รายงานการกำกับติดตาม)" is O33, not O32).
 */
const AFTER_NAME =
  /\s*(?:\((?:[^()]*(?<![\d.])\d{4}(?!\d)[^()]*|[^()\p{L}]*)\)?|ฯ(?:ลฯ)?|(?:ประจ(?:ำ|\u0E4D\u0E32))?ปี(?:งบประมาณ)?|พ\.\s*ศ\.?|(?<![\d.])\d{4})\s*$/u;

/** A name as it tells items apart: folded, with what follows it cut off (AFTER_NAME). */
function nameCore(name: string): string {
  let s = thaiDigitsToArabic(name);
  for (let cut = s.replace(AFTER_NAME, ''); cut !== s && cut.trim(); cut = s.replace(AFTER_NAME, '')) s = cut;
  return foldForMatch(s);
}

const itemGrams = new WeakMap<FrameworkItem, Int32Array>();
/** How alike a name typed on the sheet is to an item's name (0..1). */
function likeness(typed: Int32Array, item: FrameworkItem | undefined): number {
  if (!item) return 0;
  let grams = itemGrams.get(item);
  if (!grams) itemGrams.set(item, (grams = bigrams(foldForMatch(item.title))));
  return dice(typed, grams);
}

interface Core {
  readonly core: string;
  readonly coreGrams: Int32Array;
}

interface Typed extends Core {
  readonly code: string;
  readonly name: string;
  readonly grams: Int32Array;
}

function typedNames(names: ReadonlyMap<string, string>): Typed[] {
  return [...names].flatMap(([code, name]) => {
    const fold = foldForMatch(name);
    const core = nameCore(name) || fold;
    return fold ? [{ code, name, grams: bigrams(fold), core, coreGrams: bigrams(core) }] : [];
  });
}

const itemCores = new WeakMap<FrameworkItem, Core>();
function coreOf(item: FrameworkItem): Core {
  let c = itemCores.get(item);
  if (!c) {
    const core = nameCore(item.title);
    itemCores.set(item, (c = { core, coreGrams: bigrams(core) }));
  }
  return c;
}
/**
 * Whether a typed name holds an item's name word for word among other words ("Q&A และ Social Network"
 * holds "Q&A"): a short name is not alike to a longer one by its letters.
 */
const holdsName = (t: Typed, item: FrameworkItem | undefined) =>
  item !== undefined && coreOf(item).core.length > 0 && foldForMatch(t.name).includes(coreOf(item).core);
/**
 * Whether a name holds this year's name of its number (`own`) among other words, and is not another
 * year's item of that number word for word: that item, whatever else it names ("Q&A และ Social Network").
 */
const holdsOwnName = (others: readonly Framework[], t: Typed, own: FrameworkItem) =>
  holdsName(t, own) && others.every((f) => likeness(t.grams, itemOf(f, t.code)) < VERBATIM);
/** How alike the names of a typed item and an item are, what follows either cut off (0..1). */
const alike = (t: Typed, item: FrameworkItem | undefined) => (item ? dice(t.coreGrams, coreOf(item).coreGrams) : 0);

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
  // The names that are items of `a` and of no item of `b`, whatever their numbers: a name both years have
  // tells nothing, wherever the sheet numbers it (an item of its own put in renumbers the rest).
  const only = (a: Framework, b: Framework) =>
    typed.filter((t) => a.items.some((i) => alike(t, i) >= SAME) && b.items.every((i) => alike(t, i) < SAME)).length;
  let best: { framework: Framework; codes: string[] } | null = null;
  for (const other of otherYears(framework)) {
    const codes = typed.filter((t) => isOf(other, framework, t)).map((t) => t.code);
    const against = typed.filter((t) => isOf(framework, other, t)).length;
    if (codes.length <= against || only(other, framework) <= only(framework, other)) continue;
    if (!best || codes.length > best.codes.length) best = { framework: other, codes };
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
 * year's item misnumbered (itemsMisnumbered), and so is one under last year's number of it where this
 * year's number of it holds another name (an item put in, the rest numbered on: 2567's O4 typed O5, 2566's
 * O5 by chance).
 */
export function itemsNamedOtherwise(framework: Framework, names: ReadonlyMap<string, string>): NamedOtherwise[] {
  const others = otherYears(framework);
  const typed = typedNames(names);
  const candidates = new Map(candidatesNamedOtherwise(framework, others, typed).map((x) => [x.code, x]));
  // A candidate is this year's item numbered on, not last year's left under its number, where the row of
  // the number this year gives it is another item, by its name or by its place among the rows around it
  // (an item put in, the rest numbered on). Not where that row is the item, however loosely named, nor
  // where it is a candidate too: one of last year's rows proves nothing of another.
  const placed = placeRows(framework, typed, (code) => candidates.has(code));
  const byCode = new Map(typed.map((t) => [t.code, t]));
  return [...candidates.values()].filter((x) => {
    const there = x.here && byCode.get(x.here.code);
    if (!there || candidates.has(there.code)) return true;
    const p = placed.get(there.code);
    return p !== null && (!itemAt(p) || p === x.here);
  });
}

/** itemsNamedOtherwise, before telling this year's items numbered on. */
function candidatesNamedOtherwise(
  framework: Framework,
  others: readonly Framework[],
  typed: readonly Typed[],
): NamedOtherwise[] {
  return typed.flatMap((t) => {
    const own = itemOf(framework, t.code);
    if (!own || holdsOwnName(others, t, own)) return [];
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
 * The item of `framework` a name typed under an item is written as, if any: its own item or another. Word
 * for word (a typo aside) once a year or note after it is cut off, or nearly (last year's words for it)
 * where it is nothing like its own item's (items share long phrases: การบริหารและพัฒนาทรัพยากรบุคคล), or
 * cut short where it begins the name of one item only.
 */
function namedItem(framework: Framework, t: Typed): FrameworkItem | null {
  const own = itemOf(framework, t.code);
  let named: FrameworkItem | null = null;
  let fit = 0;
  for (const i of framework.items) {
    const x = alike(t, i);
    if (x > fit) [named, fit] = [i, x];
  }
  if (named && (fit >= VERBATIM || (fit >= SAME && (named === own || alike(t, own) < CLOSE)))) return named;
  if (t.core.length < SHORT) return null;
  const begun = framework.items.filter((i) => coreOf(i).core.startsWith(t.core));
  return begun.length === 1 ? begun[0]! : null;
}

/** Whether a name as typed, nothing cut off, is close to its own item and no closer to another. */
function closestAsTyped(framework: Framework, t: Typed, own: FrameworkItem): boolean {
  const fit = likeness(t.grams, own);
  return fit >= CLOSE && framework.items.every((i) => likeness(t.grams, i) <= fit);
}

/**
 * The item a row's name tells, if any: the item it is named as (namedItem), else its own, held word for
 * word ("Q&A และ Social Network"). Not another item where that is only what cutting its end leaves while,
 * as typed, it is closest to its own ("รายงานการจัดซื้อจัดจ้างประจำปี" under O17 is not O14): its place
 * tells then.
 */
function nameTells(framework: Framework, t: Typed): FrameworkItem | null {
  const own = itemOf(framework, t.code);
  const named = namedItem(framework, t);
  if (named && own && named !== own && closestAsTyped(framework, t, own)) return null;
  return named ?? (own && holdsName(t, own) ? own : null);
}

const numberOf = (code: string) => Number(code.slice(1));

/** Where a row stands: an item, none, or one of `unsure` (its place allows each, its name tells none). */
type Place = FrameworkItem | null | { readonly unsure: readonly FrameworkItem[] };
/** The item a place is, if it is one for certain. */
const itemAt = (p: Place | undefined): FrameworkItem | null => (p && !('unsure' in p) ? p : null);

/**
 * The item of `framework` each row named on the sheet is (null: none): the item its name is, else by its
 * place. The rows whose names tell no item (and the `unsure`, whose names are not taken as the item they
 * are), between two rows named as items in the sheet's order, are the items between those that no row is
 * named as: in order where as many (one typed loosely in a run of items renumbered: "แผนพัฒนาท้องถิ่น" for
 * O7 after an item of the office's own), else each the one its name is most like, else the item of its
 * own number if that is one of them. Rows of numbers this year has not left from another year's list
 * are none of this year's.
 */
function placeRows(
  framework: Framework,
  typed: readonly Typed[],
  unsure: (code: string) => boolean,
): Map<string, Place> {
  const rows = typed.filter((t) => !leftOver(framework, t)).sort((a, b) => numberOf(a.code) - numberOf(b.code));
  const out = new Map<string, Place>();
  const held = new Set<FrameworkItem>();
  for (const t of rows) {
    const item = unsure(t.code) ? null : nameTells(framework, t);
    if (item) out.set(t.code, item);
    if (item) held.add(item);
  }
  for (let i = 0, j = 0; i < rows.length; i = j) {
    if (out.has(rows[i]!.code)) {
      j = i + 1;
      continue;
    }
    // A run of rows placed by neither name, between two that are (or an end of the list).
    for (j = i + 1; j < rows.length && !out.has(rows[j]!.code);) j++;
    const [before, after] = [rows[i - 1], rows[j]];
    const from = before ? numberOf(itemAt(out.get(before.code))!.code) : 0;
    const to = after ? numberOf(itemAt(out.get(after.code))!.code) : framework.items.length + 1;
    const free = framework.items.filter((it) => numberOf(it.code) > from && numberOf(it.code) < to && !held.has(it));
    // How far the rows around the run are numbered from their items (the list's start is at none).
    const shifts = [before ? numberOf(before.code) - from : 0, ...(after ? [numberOf(after.code) - to] : [])];
    for (const [code, place] of placeRun(rows.slice(i, j), free, shifts)) {
      out.set(code, place);
      if (itemAt(place)) held.add(itemAt(place)!);
    }
  }
  return out;
}

/**
 * The items `free` that the rows `run`, whose names tell none, are: in order where as many, each then
 * numbered as far from its item as a row around the run is (`shifts`); else a row's own item where it
 * is in place and no other row may be it (ownPlace); else by the names most alike (CLOSE at least);
 * else by place (byPlace). Not by order past the rows around (O36 of its own after O34 in place is not
 * O35).
 */
function placeRun(
  run: readonly Typed[],
  free: readonly FrameworkItem[],
  shifts: readonly number[],
): Map<string, Place> {
  const inPlace = (t: Typed, k: number) => shifts.includes(numberOf(t.code) - numberOf(free[k]!.code));
  if (run.length === free.length && run.every(inPlace)) return new Map(run.map((t, k) => [t.code, free[k]!]));
  const out = new Map<string, Place>();
  const taken = new Set<FrameworkItem>();
  const untaken = () => free.filter((i) => !taken.has(i));
  // The items a row's place allows, not taken: numbered as far from them as a row around the run is.
  const placesOf = (t: Typed) => untaken().filter((i) => shifts.includes(numberOf(t.code) - numberOf(i.code)));
  // Its number tells before a word its name shares with another item ("การให้บริการ" with O12's).
  for (const t of run) {
    const own = ownPlace(t, placesOf(t), untaken());
    if (own && run.every((o) => o === t || out.has(o.code) || !placesOf(o).includes(own))) {
      out.set(t.code, own);
      taken.add(own);
    }
  }
  const pairs = run
    .filter((t) => !out.has(t.code))
    .flatMap((t) => free.map((item) => ({ t, item, fit: likeness(t.grams, item) })))
    .filter((p) => p.fit >= CLOSE)
    .sort((a, b) => b.fit - a.fit);
  for (const { t, item } of pairs) {
    if (out.has(t.code) || taken.has(item)) continue;
    out.set(t.code, item);
    taken.add(item);
  }
  // By place, again as each row placed narrows the places of the rest (an own item before "Q&A (ถาม-ตอบ)",
  // both in O6's place: that row is O6, and the own row none).
  const open = (t: Typed) => !out.has(t.code);
  for (let placed = true; placed;) {
    placed = false;
    for (const t of run.filter(open)) {
      const others = run.filter((o) => o !== t && open(o)).map((o) => ({ t: o, places: placesOf(o) }));
      const p = byPlace(t, placesOf(t), others);
      if (p && 'unsure' in p) continue;
      out.set(t.code, p);
      if (p) taken.add(p);
      placed = true;
    }
  }
  for (const t of run.filter(open)) out.set(t.code, { unsure: placesOf(t) });
  return out;
}

/**
 * A row's own item, where its place allows it (in place under its own number, as the rows before it are
 * when the item after it is left out) and its name is no more another's of those `open` (no row is yet):
 * not clearly more like it (MARGIN), nor sharing more letters with it alone (apart).
 * "คู่มือการให้บริการประชาชน" typed O11, O12 left out, is O11, though a little nearer O12's name;
 * "สถิติเรื่องร้องเรียนการทุจริต" typed O23, O23 left out, is O24 (ข้อมูลเชิงสถิติ…).
 */
function ownPlace(t: Typed, places: readonly FrameworkItem[], open: readonly FrameworkItem[]): FrameworkItem | null {
  const own = places.find((i) => i.code === t.code);
  if (!own) return null;
  const fit = likeness(t.grams, own);
  const other = (i: FrameworkItem) => likeness(t.grams, i) > fit + MARGIN || apart(t, i, own) > apart(t, own, i);
  return open.some((i) => i !== own && other(i)) ? null : own;
}

const itemPairs = new WeakMap<FrameworkItem, ReadonlySet<number>>();
/** How many of a name's letter pairs `item`'s name has and `other`'s has not: what tells the two apart. */
function apart(t: Typed, item: FrameworkItem, other: FrameworkItem): number {
  const pairs = (i: FrameworkItem) => {
    let p = itemPairs.get(i);
    if (!p) itemPairs.set(i, (p = new Set(bigrams(foldForMatch(i.title)))));
    return p;
  };
  const [mine, theirs] = [pairs(item), pairs(other)];
  return new Set([...t.grams].filter((g) => mine.has(g) && !theirs.has(g))).size;
}

/**
 * Of the items a row may be by its place (numbered as far from them as one row around it or the other),
 * the only one whose name it holds word for word ("Q&A (ถาม-ตอบ)" holds O6's), else the one its name is
 * clearly most like (with O6 left out, "แผนพัฒนาท้องถิ่น" typed O6 between O5 and O8, typed O7, is O7, not
 * the Q&A of its number), else the most alike if it is the only one or shares more letters with the name
 * than each other one does apart from it ("รายงานการรับของขวัญ" between O27 and O30, typed O28 with O28
 * left out: "การรับ" is O29's alone), where no other open row of the run (`others`) may be it, or each that
 * may is named far less like it (an own item put in before "แผนพัฒนาท้องถิ่น": 0.04 to O7's name, 0.33);
 * else none where there is none, else one of them, unsure: neither counted nor said missing.
 */
function byPlace(
  t: Typed,
  places: readonly FrameworkItem[],
  others: readonly { readonly t: Typed; readonly places: readonly FrameworkItem[] }[],
): Place {
  const held = places.filter((i) => holdsName(t, i));
  if (held.length === 1) return held[0]!;
  const [best, next] = [...places].sort((a, b) => likeness(t.grams, b) - likeness(t.grams, a));
  if (best && next && likeness(t.grams, best) > likeness(t.grams, next) + MARGIN) return best;
  if (!best) return null;
  const tells = (i: FrameworkItem) => i === best || apart(t, best, i) > apart(t, i, best);
  const yields = (o: (typeof others)[number]) =>
    !o.places.includes(best) || likeness(t.grams, best) > likeness(o.t.grams, best) + MARGIN;
  return places.every(tells) && others.every(yields) ? best : { unsure: places };
}

/** How the sheet's item of a code counts where its name says it is not the item of its number. */
export type Recount =
  /**
   * Named as `item`, another item of this year, whose own number the sheet does not give it; or in its
   * place among the rows around it (`placed`), its name telling no item.
   */
  | { readonly kind: 'moved'; readonly item: FrameworkItem; readonly placed?: boolean }
  /** Named as `item`, which the sheet's item `by` already is (under its number, or named so first). */
  | { readonly kind: 'twice'; readonly item: FrameworkItem; readonly by: string }
  /** Its place allows any of `items` (an item left out or put in beside it), its name tells none. */
  | { readonly kind: 'unsure'; readonly items: readonly FrameworkItem[] }
  /** Its number's item is the sheet's item `by`, named so, while its own name is no item of this year. */
  | { readonly kind: 'displaced'; readonly by: string };

/**
 * The sheet's items named word for word as another item of `framework` (one left out and the rest
 * numbered on, two swapped, an item of the office's own put in), or whose names tell no item but whose
 * place among the rows around them does (placeRows): the item each is, whatever its number.
 * What is published is the item, not its number (DOMAIN §4), so such a row is that item, and never the
 * item of its number: where that item is already listed as itself (its number, named so or unnamed, or a
 * row named so before), it counts as neither. A row whose number's item is another row, and which is
 * itself no item of this year (the office's own item) counts as none. `names`: the names of the codes
 * counted (not another year's item); `listed`: whether the sheet lists a code as this year's item.
 */
export function itemsMisnumbered(
  framework: Framework,
  names: ReadonlyMap<string, string>,
  listed: (code: string) => boolean,
): Map<string, Recount> {
  const typed = typedNames(names);
  const placed = placeRows(framework, typed, () => false);
  // The item each row is, in the sheet's order, where that is not the item of its number (which may be
  // none: O36).
  const named = new Map<string, FrameworkItem>();
  for (const t of typed) {
    const item = itemAt(placed.get(t.code));
    if (item && item !== itemOf(framework, t.code)) named.set(t.code, item);
  }
  // A row under an item's number is that item where it is placed so or has no name.
  const isOwn = (code: string) => !placed.has(code) || itemAt(placed.get(code))?.code === code;
  const holds = (code: string) => listed(code) && !named.has(code) && isOwn(code);
  const out = new Map<string, Recount>();
  for (const [code, p] of placed) if (p && 'unsure' in p) out.set(code, { kind: 'unsure', items: p.unsure });
  const taken = new Map<string, string>();
  const byName = new Map(typed.map((t) => [t.code, nameTells(framework, t)]));
  for (const [code, item] of named) {
    const by = holds(item.code) ? item.code : taken.get(item.code);
    if (by !== undefined) out.set(code, { kind: 'twice', item, by });
    else {
      out.set(code, byName.get(code) === item ? { kind: 'moved', item } : { kind: 'moved', item, placed: true });
      taken.set(item.code, code);
    }
  }
  for (const [item, by] of taken)
    if (listed(item) && !named.has(item) && !out.has(item)) out.set(item, { kind: 'displaced', by });
  return out;
}

/**
 * Whether a row under a number this year has not (O36 of 35) is another year's item of that number: the
 * rest of last year's list left under this year's, not this year's item numbered on.
 */
function leftOver(framework: Framework, t: Typed): boolean {
  return !itemOf(framework, t.code) && otherYears(framework).some((f) => likeness(t.grams, itemOf(f, t.code)) >= SAME);
}
