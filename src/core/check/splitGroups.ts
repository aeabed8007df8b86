import { dayNumber } from '../cells/dates';
import { rowBudgetOf, rowByBudget } from '../rules/buyAmounts';
import { itemKeyGrams, keepItemKey, similarItems, type ItemGrams } from '../rules/itemKey';
import type { ParsedRow } from '../rules/parsedRow';
import { SPECIFIC } from '../rules/redFlags';
import { RED_FLAGS as S } from '../settings/data';

// The split-purchase rule of splitPurchases.ts over row objects, for rows of several sheets together:
// the same buys, windows and similarity, without the typed arrays a million-row sheet needs.

/** A buy the split-purchase rule weighs (candidateBuys in splitPurchases.ts), with where it is (`at`). */
export interface SplitBuy<T> {
  readonly at: T;
  readonly supplier: string;
  readonly day: number;
  /** Its budget, else its agreed price (budgetOf). */
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
 * more and together pass the threshold.
 */
export function splitGroups<T>(buys: readonly SplitBuy<T>[]): SplitGroup<T>[] {
  const bySupplier = new Map<string, SplitBuy<T>[]>();
  for (const b of buys) {
    const g = bySupplier.get(b.supplier);
    if (g) g.push(b);
    else bySupplier.set(b.supplier, [b]);
  }
  const similar = similarity();
  const out: SplitGroup<T>[] = [];
  // By day, a day's buys in the order given (the sort is stable).
  const byDay = (a: SplitBuy<T>, b: SplitBuy<T>) => a.day - b.day;
  for (const g of bySupplier.values()) if (g.length >= 2) windows(g.sort(byDay), similar, out);
  return out;
}

/** The groups of one supplier's buys, sorted by day, into `out`. */
function windows<T>(
  g: readonly SplitBuy<T>[],
  similar: (a: string | undefined, b: string | undefined) => boolean,
  out: SplitGroup<T>[],
): void {
  let end = 0;
  let any = 0;
  for (let p = 0; p < g.length; p++) {
    while (end < g.length && g[end]!.day - g[p]!.day <= S.splitWindowDays) any += Math.max(0, g[end++]!.amount);
    // Buys of any item in the window that do not pass the threshold hold no split (markWindows).
    const heavy = end - p >= 2 && any > S.splitThreshold - 0.01;
    any -= Math.max(0, g[p]!.amount);
    if (!heavy) continue;
    const buys = [g[p]!];
    let sum = g[p]!.amount;
    for (let q = p + 1; q < end; q++)
      if (similar(g[p]!.item, g[q]!.item)) {
        buys.push(g[q]!);
        sum += g[q]!.amount;
      }
    if (buys.length >= 2 && sum > S.splitThreshold) out.push({ buys, sum });
  }
}

/** Items alike as the rule judges them: the same key, else similarItems; each item's facts made once. */
function similarity(): (a: string | undefined, b: string | undefined) => boolean {
  const facts = new Map<string, { hash: number; grams?: ItemGrams }>();
  const hash = new Float64Array(1);
  const of = (item: string | undefined) => {
    let f = facts.get(item ?? '');
    if (!f) {
      keepItemKey(item, hash, 0);
      facts.set(item ?? '', (f = { hash: hash[0]! }));
    }
    return f;
  };
  return (a, b) => {
    const [x, y] = [of(a), of(b)];
    if (x.hash === y.hash) return true;
    x.grams ??= itemKeyGrams(a);
    y.grams ??= itemKeyGrams(b);
    return similarItems(x.grams, y.grams);
  };
}
