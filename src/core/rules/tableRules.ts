import { report, type RuleContext } from './context';
import { msg } from './messages';
import { slotOf, type ParsedRows } from './parsedRows';

/**
 * The slots whose project number (as a number) is held by another slot too. An open-addressing
 * table of numbers: a sheet of a million distinct project numbers costs two flat arrays, not a map
 * of a million strings.
 */
function repeatedNumbers(rows: ParsedRows): Uint8Array {
  const repeated = new Uint8Array(rows.slots);
  let size = 16;
  while (size < rows.slots * 2) size *= 2;
  const mask = size - 1;
  const keys = new Float64Array(size);
  const first = new Int32Array(size).fill(-1);
  for (let i = 0; i < rows.slots; i++) {
    const v = rows.projectValue[i]!;
    if (!rows.present[i] || Number.isNaN(v)) continue;
    let h = slotOf(v, mask);
    while (first[h] !== -1 && keys[h] !== v) h = (h + 1) & mask;
    if (first[h] === -1) {
      keys[h] = v;
      first[h] = i;
    } else repeated[i] = repeated[first[h]!] = 1;
  }
  return repeated;
}

/** Rules across rows: a project number used twice, a row typed twice. */
export function judgeTable(ctx: RuleContext, rows: ParsedRows, sameRow: (a: number, b: number) => boolean): void {
  const repeated = repeatedNumbers(rows);
  // One map, keyed by project number (short) or else by item: a copied row has both the same. Rows
  // whose project number no other row has need no entry.
  const seen = new Map<string, number | number[]>();
  const pc = ctx.matched.get('projectNumber') ?? null;
  for (let i = 0; i < rows.slots; i++) {
    if (!rows.present[i] || (!repeated[i] && !Number.isNaN(rows.projectValue[i]!))) continue;
    const row = rows.first + i;
    const projectNumber = rows.projectNumber[i];
    const key = projectNumber ?? `\u0000${rows.item[i] ?? ''}`;
    const prev = seen.get(key);
    if (prev === undefined) {
      seen.set(key, row);
      continue;
    }
    const list = typeof prev === 'number' ? [prev] : prev;
    const copyOf = list.find((r) => sameRow(r, row));
    list.push(row);
    if (typeof prev === 'number') seen.set(key, list);
    if (copyOf !== undefined)
      report(ctx, 'duplicate-row', row, null, () =>
        msg(
          `แถว ${row} ซ้ำกับแถว ${copyOf} ทุกคอลัมน์ ลบแถวที่ซ้ำ`,
          `Row ${row} repeats row ${copyOf} in every column; delete the copy`,
        ),
      );
    else if (projectNumber)
      report(
        ctx,
        'duplicate-project-number',
        row,
        pc,
        () =>
          msg(
            `แถว ${row}: เลขที่โครงการ ${projectNumber} ซ้ำกับแถว ${list[0]} (ถ้าโครงการเดียวมีหลายสัญญา ไม่ต้องแก้)`,
            `Row ${row}: project number ${projectNumber} also appears on row ${list[0]} (fine if one project has several contracts)`,
          ),
        { value: projectNumber },
      );
  }
}
