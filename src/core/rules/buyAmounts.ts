import type { ParsedRow } from './parsedRow';
import type { ParsedRows } from './parsedRows';

// What a buy is worth, as the red flags and the row rules weigh it.

/**
 * What a buy is worth against the splitting threshold: its budget (วงเงิน), else its agreed price, else
 * NaN. A budget ten times the price or more is the year's budget line typed in each row (วัสดุสำนักงาน
 * 300,000 beside monthly buys of 5,000), not the buy's own: its price then.
 */
export function budgetOf(rows: ParsedRows, i: number): number {
  return byBudget(rows, i) ? rows.budget[i]! : rows.agreedPrice[i]!;
}

/**
 * Whether budgetOf is slot `i`'s budget (else its agreed price). Asked apart in a loop over many rows:
 * a boolean returned costs nothing, where a fraction returned from a call not inlined is boxed.
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

/** budgetOf of a row object. */
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
