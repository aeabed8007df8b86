import { rowAmountOf } from '../rules/buyAmounts';
import type { ParsedRow } from '../rules/parsedRow';
import { isManyWinner, winsShare } from '../rules/redFlags';

/** A winner of many: its wins, what they are worth, and whether its count (else its value) makes it one. */
export interface Winner {
  readonly count: number;
  readonly value: number;
  readonly byCount: boolean;
}

export interface Winners {
  readonly many: ReadonlyMap<string, Winner>;
  /** The rows counted (those naming a winner), and what they are worth. */
  readonly total: number;
  readonly totalValue: number;
}

/**
 * Of `rows` (bought, naming a winner), the winners of many as repeatWinners in redFlags.ts judges
 * them: repeatWinnerMinWins wins or more, and a share of the rows or of their value.
 */
export function manyWinners(rows: readonly ParsedRow[], supplierOf: (p: ParsedRow) => string): Winners {
  const count = new Map<string, number>();
  const value = new Map<string, number>();
  let totalValue = 0;
  for (const p of rows) {
    const id = supplierOf(p);
    const worth = Math.max(0, rowAmountOf(p, 0));
    count.set(id, (count.get(id) ?? 0) + 1);
    value.set(id, (value.get(id) ?? 0) + worth);
    totalValue += worth;
  }
  const total = rows.length;
  const many = new Map<string, Winner>();
  for (const [id, n] of count)
    if (isManyWinner(n, total, value.get(id)!, totalValue))
      many.set(id, { count: n, value: value.get(id)!, byCount: winsShare(n, total) });
  return { many, total, totalValue };
}
