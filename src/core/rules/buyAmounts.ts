import { itemKeyGrams, similarItems, type ItemGrams } from './itemKey';
import type { ParsedRow } from './parsedRow';
import type { ParsedRows } from './parsedRows';

// What a buy is worth, as the red flags and the row rules weigh it.

/**
 * Whether a buy is worth its budget (วงเงิน) against the splitting threshold, else its agreed price: a
 * budget ten times the price or more is the year's budget line typed in each row (วัสดุสำนักงาน 300,000
 * beside monthly buys of 5,000), not the buy's own. Asked apart in a loop over many rows: a boolean
 * returned costs nothing, where a fraction returned from a call not inlined is boxed.
 */
export function byBudget(rows: ParsedRows, i: number): boolean {
  const budget = rows.budget[i]!;
  return !Number.isNaN(budget) && !isLineBeside(budget, rows.referencePrice[i]!, rows.agreedPrice[i]!);
}

/**
 * A row's budget that is the year's budget line typed in each row, not the buy's own: ten times its
 * agreed price or more, and no reference price near it (that says the budget is the job's own,
 * however low the price agreed). NaN amounts say no. The method's threshold is judged by it.
 */
export function isBudgetLine(budget: number, reference: number, agreed: number): boolean {
  return agreed > 0 && budget >= BUDGET_LINE * agreed && !(reference * 2 >= budget);
}

/**
 * isBudgetLine, or a budget five times the row's reference price or more, whatever the price: as what a buy
 * is worth beside others (splitting) or alone (a small buy), 300,000 beside ราคากลาง of 35,000–42,000 is the
 * line, not three buys of 300,000. Not for the method's threshold, which the law sets on the budget.
 */
export function isLineBeside(budget: number, reference: number, agreed: number): boolean {
  return (reference > 0 && budget >= REFERENCE_LINE * reference) || isBudgetLine(budget, reference, agreed);
}

/** The rows a sheet types one budget as the year's line on (see lineBudgets). */
export interface LineRows {
  /** Their items' kinds, and (a few hundred of) those of no kind, one per distinct item. */
  readonly kinds: Set<number>;
  readonly items: ItemGrams[];
  /** Their items' keys (parsedRows.itemKeyAt), and whether another row's item is of the same line, by its key. */
  readonly keys: Set<number>;
  readonly judged: Map<number, boolean>;
  /**
   * The bought rows typing the figure at twice their price or more, by which a figure repeated is told:
   * how many of each kind of item, and (a few hundred of) those of no kind, compared by their words.
   */
  readonly twice: Set<number>;
  readonly twiceKinds: Map<number, number>;
  readonly twiceLoose: { readonly slot: number; readonly item: ItemGrams }[];
}

/** How many items of no kind sameLine and repeatedLine compare a row with: enough for a line, never a sheet squared. */
const LOOSE_COMPARED = 200;

/**
 * The budgets a sheet types as the year's line (isLineBeside) on one bought row at least, with those
 * rows' items: the same line beside a buy of the same kind whose ราคากลาง is a little over a fifth of it
 * is that line still (sheetByBudget).
 */
export function lineBudgets(rows: ParsedRows, bought: Uint8Array): ReadonlyMap<number, LineRows> {
  const lines = new Map<number, LineRows>();
  for (let i = 0; i < rows.slots; i++) {
    const budget = rows.budget[i]!;
    if (!bought[i] || !(budget > 0) || !isLineBeside(budget, rows.referencePrice[i]!, rows.agreedPrice[i]!)) continue;
    let line = lines.get(budget);
    if (!line)
      lines.set(
        budget,
        (line = {
          kinds: new Set(),
          items: [],
          keys: new Set(),
          judged: new Map(),
          twice: new Set(),
          twiceKinds: new Map(),
          twiceLoose: [],
        }),
      );
    const key = rows.itemKeyAt(i);
    if (line.keys.has(key)) continue;
    line.keys.add(key);
    const item = itemKeyGrams(rows.item[i]);
    if (item.kind !== 0) line.kinds.add(item.kind);
    else if (line.items.length < LOOSE_COMPARED) line.items.push(item);
  }
  for (let i = 0; i < rows.slots; i++) {
    const line = bought[i] ? lines.get(rows.budget[i]!) : undefined;
    if (!line || rows.budget[i]! < 2 * priceAt(rows, i)) continue;
    const item = itemKeyGrams(rows.item[i]);
    line.twice.add(i);
    if (item.kind !== 0) line.twiceKinds.set(item.kind, (line.twiceKinds.get(item.kind) ?? 0) + 1);
    else if (line.twiceLoose.length < LOOSE_COMPARED) line.twiceLoose.push({ slot: i, item });
  }
  return lines;
}

/** A row's price to weigh its budget by: the larger of its ราคากลาง and the price agreed. */
function priceAt(rows: ParsedRows, i: number): number {
  return Math.max(rows.referencePrice[i]! || 0, rows.agreedPrice[i]! || 0);
}

/**
 * byBudget, where a budget the sheet types as its line elsewhere (`lines`) is that line on this row too if
 * it is twice the row's price or more and the row buys what the line's rows buy (sameLine) or another row
 * of its kind types it so too (repeatedLine), or five times its price or more whatever it buys: a job of
 * works beside a line of office supplies at twice its price is its own budget.
 */
export function sheetByBudget(rows: ParsedRows, i: number, lines: ReadonlyMap<number, LineRows>): boolean {
  if (!byBudget(rows, i)) return false;
  const budget = rows.budget[i]!;
  const line = lines.get(budget);
  const price = priceAt(rows, i);
  if (line === undefined || !(price > 0) || budget < 2 * price) return true;
  return budget < REFERENCE_LINE * price && !sameLine(rows, i, line) && !repeatedLine(rows, i, line);
}

/**
 * Whether another row of row `i`'s kind types the same line at twice its price or more: one figure typed
 * again on buys of one kind is their line, whatever kind of row first gave it.
 */
function repeatedLine(rows: ParsedRows, i: number, line: LineRows): boolean {
  const item = itemKeyGrams(rows.item[i]);
  // Items of one kind are alike (similarItems compares only within a kind): counted, the row itself aside.
  if (item.kind !== 0) return (line.twiceKinds.get(item.kind) ?? 0) - (line.twice.has(i) ? 1 : 0) > 0;
  return line.twiceLoose.some((x) => x.slot !== i && similarItems(x.item, item));
}

/**
 * Whether row `i` buys what a budget line's rows buy: an item of one of their kinds (buy, hire, rent;
 * materials, repair … as its first words say: a line is of one kind of spending), or a similar item.
 */
function sameLine(rows: ParsedRows, i: number, line: LineRows): boolean {
  const key = rows.itemKeyAt(i);
  if (line.keys.has(key)) return true;
  let same = line.judged.get(key);
  if (same === undefined) {
    const item = itemKeyGrams(rows.item[i]);
    same = item.kind !== 0 ? line.kinds.has(item.kind) : line.items.some((x) => similarItems(x, item));
    line.judged.set(key, same);
  }
  return same;
}

/** How many times a buy's price its row's budget must be to be taken for a budget line. */
const BUDGET_LINE = 10;

/** How many times a buy's reference price its row's budget must be to be taken for a budget line. */
const REFERENCE_LINE = 5;

/** The agreed price, else the budget, else `none`. */
export function amountOf(rows: ParsedRows, i: number, none: number): number {
  const agreed = rows.agreedPrice[i]!;
  if (!Number.isNaN(agreed)) return agreed;
  const budget = rows.budget[i]!;
  return Number.isNaN(budget) ? none : budget;
}

// The same of a row object, for rows compared across sheets (small lists, not the million-row path).
// Its amounts may be undefined or NaN for none (a scratch row's are NaN).

const num = (x: number | undefined) => (x === undefined ? NaN : x);

/** byBudget of a row object (the same test, kept beside it): its budget is its own, not the year's line. */
export function rowByBudget(p: ParsedRow): boolean {
  const budget = num(p.budget);
  return !Number.isNaN(budget) && !isLineBeside(budget, num(p.referencePrice), num(p.agreedPrice));
}

/** What a row object is worth against the splitting threshold (byBudget): its budget, else its agreed price. */
export function rowBudgetOf(p: ParsedRow): number {
  return rowByBudget(p) ? num(p.budget) : num(p.agreedPrice);
}

/** amountOf of a row object. */
export function rowAmountOf(p: ParsedRow, none: number): number {
  const agreed = num(p.agreedPrice);
  if (!Number.isNaN(agreed)) return agreed;
  const budget = num(p.budget);
  return Number.isNaN(budget) ? none : budget;
}
