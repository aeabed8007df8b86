import type { ParsedRow } from '../rules/parsedRow';
import { TAX_ID_KEY } from '../rules/redFlags';
import { supplierNameKey } from '../rules/supplierKey';

/**
 * Who won each of `rows` (bought rows naming a winner) as the red flags count wins (winsOf in
 * redFlags.ts): its tax id, else its name's key; a name that the first row of exactly one tax id gives
 * is that id's (one month's sheet gives the id, the next only the name).
 */
export function suppliersOf(rows: readonly ParsedRow[]): (p: ParsedRow) => string {
  const byName = new Map<string, string | null>();
  const seen = new Set<string>();
  for (const p of rows) {
    const key = p.supplierKey!;
    if (!TAX_ID_KEY.test(key) || seen.has(key)) continue;
    seen.add(key);
    if (p.supplierName === undefined) continue;
    const name = supplierNameKey(p.supplierName);
    // A name two ids share says nothing.
    byName.set(name, byName.has(name) ? null : key);
  }
  return (p) => {
    const key = p.supplierKey!;
    return TAX_ID_KEY.test(key) ? key : (byName.get(key) ?? key);
  };
}

/**
 * Whether a supplier's rows all give it one name: else a count by its tax id is said of the id, as
 * winnersNames in redFlags.ts does, lest one row's name be credited with others' wins.
 */
export function oneName(rows: readonly ParsedRow[]): boolean {
  const first = rows[0]?.supplierName;
  if (first === undefined) return false;
  const key = supplierNameKey(first);
  return rows.every(
    (p) => p.supplierName === first || (p.supplierName !== undefined && supplierNameKey(p.supplierName) === key),
  );
}
