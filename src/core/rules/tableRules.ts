import { report, type RuleContext } from './context';
import { msg } from './messages';
import type { ParsedRow } from './parsedRow';

/** Rules across rows: a project number used twice, a row typed twice. */
export function judgeTable(
  ctx: RuleContext,
  rows: readonly ParsedRow[],
  sameRow: (a: number, b: number) => boolean,
): void {
  const firstByProject = new Map<string, number>();
  // Rows are keyed by item first, so whole rows are compared only when two items are the same.
  const firstByItem = new Map<string, number | number[]>();
  const pc = ctx.matched.get('projectNumber') ?? null;
  for (const p of rows) {
    const key = p.item ?? '';
    const seen = firstByItem.get(key);
    let first: number | undefined;
    if (seen === undefined) firstByItem.set(key, p.row);
    else {
      const list = typeof seen === 'number' ? [seen] : seen;
      first = list.find((r) => sameRow(r, p.row));
      list.push(p.row);
      if (typeof seen === 'number') firstByItem.set(key, list);
    }
    if (first !== undefined) {
      report(
        ctx,
        'duplicate-row',
        p.row,
        null,
        msg(
          `แถว ${p.row} ซ้ำกับแถว ${first} ทุกคอลัมน์ ลบแถวที่ซ้ำ`,
          `Row ${p.row} repeats row ${first} in every column; delete the copy`,
        ),
      );
      continue; // a copied row would also repeat its project number
    }
    if (p.projectNumber) {
      const firstP = firstByProject.get(p.projectNumber);
      if (firstP !== undefined)
        report(
          ctx,
          'duplicate-project-number',
          p.row,
          pc,
          msg(
            `แถว ${p.row}: เลขที่โครงการ ${p.projectNumber} ซ้ำกับแถว ${firstP} (ถ้าโครงการเดียวมีหลายสัญญา ไม่ต้องแก้)`,
            `Row ${p.row}: project number ${p.projectNumber} also appears on row ${firstP} (fine if one project has several contracts)`,
          ),
          { value: p.projectNumber },
        );
      else firstByProject.set(p.projectNumber, p.row);
    }
  }
}
