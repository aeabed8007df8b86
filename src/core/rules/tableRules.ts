import { report, type RuleContext } from './context';
import { msg } from './messages';
import type { ParsedRow } from './parsedRow';

/** Rules across rows: a project number used twice, a row typed twice. */
export function judgeTable(
  ctx: RuleContext,
  rows: readonly ParsedRow[],
  sameRow: (a: number, b: number) => boolean,
): void {
  // One map, keyed by project number (short) or else by item: a copied row has both the same.
  const seen = new Map<string, number | number[]>();
  const pc = ctx.matched.get('projectNumber') ?? null;
  for (const p of rows) {
    const key = p.projectNumber ?? `\u0000${p.item ?? ''}`;
    const prev = seen.get(key);
    if (prev === undefined) {
      seen.set(key, p.row);
      continue;
    }
    const list = typeof prev === 'number' ? [prev] : prev;
    const copyOf = list.find((r) => sameRow(r, p.row));
    list.push(p.row);
    if (typeof prev === 'number') seen.set(key, list);
    if (copyOf !== undefined)
      report(ctx, 'duplicate-row', p.row, null, () =>
        msg(
          `แถว ${p.row} ซ้ำกับแถว ${copyOf} ทุกคอลัมน์ ลบแถวที่ซ้ำ`,
          `Row ${p.row} repeats row ${copyOf} in every column; delete the copy`,
        ),
      );
    else if (p.projectNumber)
      report(
        ctx,
        'duplicate-project-number',
        p.row,
        pc,
        () =>
          msg(
            `แถว ${p.row}: เลขที่โครงการ ${p.projectNumber} ซ้ำกับแถว ${list[0]} (ถ้าโครงการเดียวมีหลายสัญญา ไม่ต้องแก้)`,
            `Row ${p.row}: project number ${p.projectNumber} also appears on row ${list[0]} (fine if one project has several contracts)`,
          ),
        { value: p.projectNumber },
      );
  }
}
