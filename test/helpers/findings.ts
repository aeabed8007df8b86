import type { CellValue } from '../../src/core/cells/value';
import { checkSheet } from '../../src/core/check/sheet';
import { O16, O16_HEADERS, goodRow, type Row } from './o16';

/** Column index of each O16 column id (item, budget, …), from the template itself. */
export const COL = Object.fromEntries(O16.columns.map((c, i) => [c.id, i])) as Record<string, number>;

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** An O16 row changed in the given columns. */
export function row(changes: Record<string, Row[number]> = {}, i = 0): Row {
  const r = goodRow(i);
  for (const [k, v] of Object.entries(changes)) r[COL[k]!] = v;
  return r;
}

/**
 * Check O16 rows under a title that names fiscal year 2567 (header on row 3, data from row 4); with
 * `fiscalYear` null, under no title (header on row 1, data from row 2).
 */
export function checkRows(rows: Row[], fiscalYear: number | null = 2567) {
  const title = fiscalYear === null ? [] : [[`ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`], []];
  const values = [...title, O16_HEADERS, ...rows] as CellValue[][];
  return checkSheet({ name: 'O16', values });
}

/** Codes found, optionally only for one sheet row. */
export function codes(rows: Row[], atRow?: number, fiscalYear?: number): string[] {
  return checkRows(rows, fiscalYear)
    .findings.filter((f) => atRow === undefined || f.row === atRow)
    .map((f) => f.code);
}
