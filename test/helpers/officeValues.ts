import type { Row } from './o16';

/** What Office.js would hold for a value we write with ExcelJS: dates become serial numbers. */
export function toOfficeValue(v: Row[number]): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (typeof v === 'object') return v.error;
  return v;
}

export function toOfficeRows(rows: Row[]): (string | number | boolean | null)[][] {
  return rows.map((r) => r.map(toOfficeValue));
}
