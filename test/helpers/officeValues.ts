import type { Row } from './o16';

/** A cell as a sheet of the fake Excel is given it: a value, or a value with its number format. */
export type OfficeCell = string | number | boolean | null | { value: number; numberFormat: string };

/**
 * What Office.js would hold for a value we write with ExcelJS: dates become serial numbers in a cell
 * formatted as a date (as ExcelJS writes them, and as Excel shows them).
 */
export function toOfficeValue(v: Row[number]): OfficeCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return { value: v.getTime() / 86_400_000 + 25_569, numberFormat: 'd/m/yyyy' };
  if (typeof v === 'object') return v.error;
  return v;
}

export function toOfficeRows(rows: Row[]): OfficeCell[][] {
  return rows.map((r) => r.map(toOfficeValue));
}
