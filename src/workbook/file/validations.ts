import type ExcelJS from 'exceljs';
import { a1, parseAreas, runsOf } from '../../core/cells/address';

type Rules = Record<string, ExcelJS.DataValidation | undefined>;

/**
 * A sheet's data validations as ranges that do not overlap, before ExcelJS writes them. ExcelJS keeps
 * one rule per cell and, writing, grows a range down from each cell it meets in text order, "C10"
 * before "C4": a column's list from row 4 to 203 came out twice, as C10:C203 and C4:C203, and Excel
 * may call overlapping validations a problem and repair them away. Given as ranges, they are written
 * as they are.
 */
export function packValidations(ws: ExcelJS.Worksheet): void {
  const holder = (ws as unknown as { dataValidations: { model: Rules } }).dataValidations;
  // Equal rules are one rule, as ExcelJS compares them; each cell holds one rule.
  const byRule = new Map<string, { rule: ExcelJS.DataValidation; rows: Map<number, number[]> }>();
  for (const [key, rule] of Object.entries(holder.model)) {
    if (!rule) continue;
    const id = JSON.stringify(rule);
    const entry = byRule.get(id) ?? { rule, rows: new Map<number, number[]>() };
    byRule.set(id, entry);
    for (const area of parseAreas(key))
      for (let col = area.left; col <= area.right; col++) {
        const rows = entry.rows.get(col) ?? [];
        entry.rows.set(col, rows);
        for (let row = area.top; row <= area.bottom; row++) rows.push(row);
      }
  }
  const packed: Rules = {};
  for (const { rule, rows } of byRule.values()) {
    // Runs down each column; side-by-side columns with the same runs make one rectangle.
    const columns = new Map<string, number[]>();
    for (const [col, list] of rows)
      for (const [top, bottom] of runs(list)) {
        const run = `${top}:${bottom}`;
        columns.set(run, [...(columns.get(run) ?? []), col]);
      }
    for (const [run, cols] of columns) {
      const [top, bottom] = run.split(':').map(Number) as [number, number];
      for (const [left, right] of runs(cols)) {
        const start = a1(top, left);
        const end = a1(bottom, right);
        packed[start === end ? start : `${start}:${end}`] = rule;
      }
    }
  }
  holder.model = packed;
}

/** Numbers in any order, repeated or not, as [first, last] runs of consecutive ones. */
function runs(numbers: readonly number[]): [number, number][] {
  return runsOf([...new Set(numbers)].sort((a, b) => a - b)) ?? [];
}
