import { dayNumber } from '../cells/dates';
import { rowBudgetOf, rowByBudget } from '../rules/buyAmounts';
import { itemKeyGrams, keepItemKey, similarItems, type ItemGrams } from '../rules/itemKey';
import type { ParsedRow } from '../rules/parsedRow';
import { NumberTable } from '../rules/parsedRows';
import { SPECIFIC } from '../rules/redFlags';
import { RED_FLAGS as S } from '../settings/data';

// The split-purchase rule of splitPurchases.ts over row objects, for rows of several sheets together:
// the same buys, windows and similarity. Each distinct item is a number, each pair of items judged
// once: a year of one shop's buys meets a few items thousands of times in its windows.

/** A buy the split-purchase rule weighs (candidateBuys in splitPurchases.ts), with where it is (`at`). */
export interface SplitBuy<T> {
  readonly at: T;
  readonly supplier: string;
  readonly day: number;
  /** Its budget, else its agreed price (rowBudgetOf). */
  readonly amount: number;
  readonly byBudget: boolean;
  readonly item: string | undefined;
}

/** A window of a supplier's similar buys that together pass the threshold. */
export interface SplitGroup<T> {
  readonly buys: readonly SplitBuy<T>[];
  readonly sum: number;
}

/** Row `p` as such a buy by `supplier`: a signed specific-method buy of at most the threshold; else null. */
export function splitBuy<T>(at: T, p: ParsedRow, supplier: string): SplitBuy<T> | null {
  if (p.method?.canonical !== SPECIFIC || !p.signDate) return null;
  const amount = rowBudgetOf(p);
  if (!(amount <= S.splitThreshold)) return null;
  return { at, supplier, day: dayNumber(p.signDate), amount, byBudget: rowByBudget(p), item: p.item };
}

/**
 * The split groups of `buys` as flagSplits finds them: from each buy, by day (and in the order given
 * within a day), the similar buys of its supplier within splitWindowDays after it, when they are two or
 * more and together pass the threshold. With `wanted`, only the groups holding a buy it wants: a year's
 * group whose every row its own sheet flags says nothing more, and a shop winning every row of a year
 * has thousands of them.
 */
export function splitGroups<T>(
  buys: readonly SplitBuy<T>[],
  wanted: (b: SplitBuy<T>) => boolean = () => true,
): SplitGroup<T>[] {
  const similar = new Similarity();
  const out: SplitGroup<T>[] = [];
  for (const g of bySupplier(buys)) {
    const items = Int32Array.from(g, (b) => similar.idOf(b.item));
    // How many buys wanted before each: a window holding none is not looked into.
    const before = new Int32Array(g.length + 1);
    g.forEach((b, k) => (before[k + 1] = before[k]! + (wanted(b) ? 1 : 0)));
    heavyWindows(g, (p, end) => {
      if (before[end] === before[p]) return;
      const sum = similarSum(g, items, similar, p, end);
      if (!(sum > S.splitThreshold)) return;
      const group = similarIn(g, items, similar, p, end);
      if (group.some(wanted)) out.push({ buys: group, sum });
    });
  }
  return out;
}

/** The `at` of the buys of any split group (splitGroups), without gathering the groups. */
export function splitRows<T>(buys: readonly SplitBuy<T>[]): Set<T> {
  const similar = new Similarity();
  const out = new Set<T>();
  for (const g of bySupplier(buys)) {
    const items = Int32Array.from(g, (b) => similar.idOf(b.item));
    const marked = new Marks(g.length);
    heavyWindows(g, (p, end) => {
      // A group adds only buys not yet in one (most are, where one shop wins every row): where none is
      // `p` or like it, its sum need not be made.
      const fresh = (q: number) => q === p || similar.of(items[p]!, items[q]!);
      if (!marked.someFree(p, end, fresh) || !(similarSum(g, items, similar, p, end) > S.splitThreshold)) return;
      for (let q = p; q < end; q++) if (fresh(q)) marked.mark(q);
    });
    g.forEach((b, k) => {
      if (marked.has(k)) out.add(b.at);
    });
  }
  return out;
}

/** Each supplier's buys (of two or more), by day, a day's buys in the order given (the sort is stable). */
function bySupplier<T>(buys: readonly SplitBuy<T>[]): SplitBuy<T>[][] {
  const groups = new Map<string, SplitBuy<T>[]>();
  for (const b of buys) {
    const g = groups.get(b.supplier);
    if (g) g.push(b);
    else groups.set(b.supplier, [b]);
  }
  return [...groups.values()].filter((g) => g.length >= 2).map((g) => g.sort((a, b) => a.day - b.day));
}

/**
 * `each` window of one supplier's buys (sorted by day), from its first buy `p` to before `end`, whose
 * buys of any item pass the threshold: a window that does not holds no split (markWindows).
 */
function heavyWindows(g: readonly SplitBuy<unknown>[], each: (p: number, end: number) => void): void {
  let end = 0;
  let any = 0;
  for (let p = 0; p < g.length; p++) {
    while (end < g.length && g[end]!.day - g[p]!.day <= S.splitWindowDays) any += Math.max(0, g[end++]!.amount);
    const heavy = end - p >= 2 && any > S.splitThreshold - 0.01;
    any -= Math.max(0, g[p]!.amount);
    if (heavy) each(p, end);
  }
}

/** What buy `p` and the buys similar to it before `end` sum to (in that order); −Infinity for none similar. */
function similarSum(
  g: readonly SplitBuy<unknown>[],
  items: Int32Array,
  similar: Similarity,
  p: number,
  end: number,
): number {
  let sum = g[p]!.amount;
  let count = 1;
  for (let q = p + 1; q < end; q++)
    if (similar.of(items[p]!, items[q]!)) {
      sum += g[q]!.amount;
      count++;
    }
  return count < 2 ? -Infinity : sum;
}

/** Buy `p` and the buys similar to it before `end`. */
function similarIn<T>(
  g: readonly SplitBuy<T>[],
  items: Int32Array,
  similar: Similarity,
  p: number,
  end: number,
): SplitBuy<T>[] {
  const buys = [g[p]!];
  for (let q = p + 1; q < end; q++) if (similar.of(items[p]!, items[q]!)) buys.push(g[q]!);
  return buys;
}

/**
 * Items alike as the rule judges them: the same key, else similarItems. Each distinct item text is a
 * number, its facts made once, and each pair of numbers judged once.
 */
class Similarity {
  private readonly ids = new Map<string, number>();
  private readonly items: (string | undefined)[] = [];
  private readonly hashes: number[] = [];
  private readonly grams: (ItemGrams | undefined)[] = [];
  private readonly judged = new NumberTable();
  private readonly hash = new Float64Array(1);

  /** The number of `item` (none and '' are one). */
  idOf(item: string | undefined): number {
    let id = this.ids.get(item ?? '');
    if (id === undefined) {
      this.ids.set(item ?? '', (id = this.items.length));
      this.items.push(item);
      keepItemKey(item, this.hash, 0);
      this.hashes.push(this.hash[0]!);
      this.grams.push(undefined);
    }
    return id;
  }

  /** Whether the items numbered `a` and `b` are alike. */
  of(a: number, b: number): boolean {
    if (a === b || this.hashes[a] === this.hashes[b]) return true;
    const pair = a < b ? a * PAIR + b : b * PAIR + a;
    let same = this.judged.get(pair);
    if (same < 0) this.judged.add(pair, (same = similarItems(this.gramsOf(a), this.gramsOf(b)) ? 1 : 0));
    return same === 1;
  }

  private gramsOf(id: number): ItemGrams {
    return (this.grams[id] ??= itemKeyGrams(this.items[id]));
  }
}

/** Room for each item's number in a pair's (exact as a double while items are fewer than 2^26). */
const PAIR = 2 ** 26;

/** Buys marked as in a group, and of each the first not marked from it on (linked past those marked). */
class Marks {
  private readonly next: Int32Array;

  constructor(n: number) {
    this.next = Int32Array.from({ length: n + 1 }, (_, k) => k);
  }

  has(k: number): boolean {
    return this.next[k] !== k;
  }

  mark(k: number): void {
    if (!this.has(k)) this.next[k] = k + 1;
  }

  /** Whether a buy from `k` to before `end` not marked is `such`: those marked are passed over in one step. */
  someFree(k: number, end: number, such: (q: number) => boolean): boolean {
    for (let q = this.firstFree(k); q < end; q = this.firstFree(q + 1)) if (such(q)) return true;
    return false;
  }

  /** The first buy from `k` on not marked (the count of buys where none is). */
  firstFree(k: number): number {
    let f = k;
    while (this.next[f] !== f) f = this.next[f]!;
    // Each passed on points at it now: the next look from any of them is one step.
    for (let at = k; at !== f;) {
      const after = this.next[at]!;
      this.next[at] = f;
      at = after;
    }
    return f;
  }
}
