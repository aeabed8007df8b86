import { cellAt, displayValue, isBlank, type SheetGrid } from '../cells/value';
import { itemCode, type Framework } from './framework';
import { scoreChecklist, type ChecklistScore, type ItemProgress, type ItemRows } from './score';
import { readStatus, type ComponentStatus } from './status';

/** The cells the checklist template's score formulas read: COUNTIFS over the code and status columns. */
export interface FormulaCells {
  readonly grid: SheetGrid;
  readonly codeCol: number;
  readonly statusCol: number;
  /** The rows their ranges cover: the table's, down to the summary under it. */
  readonly first: number;
  readonly last: number;
  /** Whether the check reads a row as a component: a row of nothing but its code is said on its own. */
  readonly isComponent: (row: number) => boolean;
}

/**
 * The checklist as the template's own formulas count it, from the cells: an item's rows are those whose
 * own code cell holds its code (COUNTIFS reads a merged area in its first cell only, so a code or status
 * merged down is on its first row alone), each with its own status, and an item coded on one row takes
 * that row's status for all its components (IF(COUNTIFS(…)=1, components, 1)). Codes and statuses in
 * words the formulas do not take are read as the check reads them: those are said row by row
 * (checklist-not-counted), not again here. Indicators are the check's (a mapping it cannot count is said
 * on its own too).
 */
export function countAsFormulas(cells: FormulaCells, framework: Framework, check: ChecklistScore): ChecklistScore {
  const { grid, codeCol, statusCol, first, last, isComponent } = cells;
  const statuses = new Map<string, ComponentStatus[]>();
  for (let r = first; r <= last; r++) {
    const v = cellAt(grid, r, codeCol);
    const code = isBlank(v) ? null : itemCode(displayValue(v));
    if (!code || !isComponent(r)) continue;
    const list = statuses.get(code) ?? [];
    list.push(readStatus(cellAt(grid, r, statusCol)) ?? 'not-done');
    statuses.set(code, list);
  }
  // progressOf counts as the formulas do: no row is every component to do, one row stands for all.
  const byCode = new Map<string, ItemRows>();
  for (const p of check.perItem)
    byCode.set(p.code, {
      statuses: statuses.get(p.code) ?? [],
      row: p.row,
      indicator: p.indicator,
      subIndicator: p.subIndicator,
    });
  return scoreChecklist(framework, byCode);
}

/** Whether two items are counted alike: as many components to publish, as many done. */
const alike = (a: ItemProgress, b: ItemProgress) =>
  a.components === b.components && a.done === b.done && a.notApplicable === b.notApplicable;

/** The items the sheet's formulas (`sheet`, countAsFormulas) count otherwise than the check. */
export function itemsCountedOtherwise(sheet: ChecklistScore, check: ChecklistScore): string[] {
  return check.perItem.filter((p, i) => !alike(p, sheet.perItem[i]!)).map((p) => p.code);
}

const sameNumbers = (a: Readonly<Record<string, number | null>>, b: Readonly<Record<string, number | null>>) =>
  Object.keys(a).every((k) => a[k] === b[k]);

/**
 * Whether the sheet shows another number than the check: an item's share or score, an indicator's, or
 * the totals. An item counted otherwise may show none (a component not applicable counted done, in an
 * item all done).
 */
export function showsOtherwise(sheet: ChecklistScore, check: ChecklistScore): boolean {
  const items = check.perItem.some(
    (p, i) => p.percent !== sheet.perItem[i]!.percent || p.score !== sheet.perItem[i]!.score,
  );
  return (
    items ||
    sheet.percent !== check.percent ||
    sheet.projected.oit !== check.projected.oit ||
    !sameNumbers(sheet.byIndicator, check.byIndicator) ||
    !sameNumbers(sheet.bySubIndicator, check.bySubIndicator) ||
    !sameNumbers(sheet.projected.byIndicator, check.projected.byIndicator)
  );
}
