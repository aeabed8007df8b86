import { basename, dirname, resolve } from 'node:path';
import type { SheetCheck, SheetReport } from '../core/check/sheet';
import { textAbove, type SheetGrid } from '../core/cells/value';
import type { ProcurementData } from '../core/report/procurementData';
import { listRole, namedItem } from '../core/report/sources';
import { getTemplate, isMonthlyForm } from '../core/templates/registry';
import { monthOfName, monthsNamed } from '../core/rules/fiscalYear';
import { agencyNamed, sameAgency } from '../core/check/oneAgency';
import type { Day } from '../core/text/format';

/**
 * What one file of a folder brings to the comparison of month sheets across files: สขร.1 is often one
 * file a month beside the year's O17 in a file of its own, and a contract left on next month's file,
 * or missing from O17, is found only by reading them together.
 */
export interface FileLists {
  readonly dir: string;
  /** The agency the file's name names ("อบต.หนองบัว ต.ค.66.xlsx", "โรงเรียนบ้านหนองบัวต.ค.66.xlsx"), or null. */
  readonly agency: string | null;
  /** The month the file's name gives ("สขร1 ธ.ค.66.xlsx"), for its month sheets whose titles give none. */
  readonly month: Day | null;
  readonly sheets: SheetReport[];
  /** Its month sheets (at their place in `sheets`), and its own lists they were judged against. */
  readonly months: readonly { readonly at: number; readonly check: SheetCheck }[];
  readonly own: readonly ProcurementData[];
  /** Its year's list (O17) and month sheets, named with the file, for the other files' month sheets. */
  readonly shared: readonly ProcurementData[];
  /** The months its sheets are named for ("ก.พ.67", hidden or unread ones too). */
  readonly named: readonly Day[];
}

/**
 * Whether a checked sheet may be a list the other files' month sheets are judged against (a month's,
 * or O17 by its sheet's, title's or file's name): only those are read for rows, the rest cost nothing.
 */
export function mayBeShared(grid: SheetGrid, report: SheetReport, path: string): boolean {
  const t = report.template ? getTemplate(report.template) : undefined;
  if (!t || t.kind !== 'procurement' || report.headerRow === null) return false;
  if (isMonthlyForm(t)) return true;
  return (namedItem(grid.name, textAbove(grid, report.headerRow)) ?? namedItem(basename(path), '')) === 'o17';
}

/** A file's lists for the other files: named with the file, O17 and month sheets only. */
export function sharedLists(path: string, lists: readonly ProcurementData[]): ProcurementData[] {
  const file = basename(path);
  // A file's name tells the month of its one month sheet, not of several.
  const month =
    lists.filter((l) => isMonthlyForm(l.match.template)).length === 1 ? (monthOfName(file)?.start ?? null) : null;
  return lists
    .map((l) => ({ ...l, file, month: l.month ?? (isMonthlyForm(l.match.template) ? month : null) }))
    .filter((l) => ['o17', 'month'].includes(listRole(l)));
}

export const fileLists = (
  path: string,
  sheets: SheetReport[],
  months: FileLists['months'],
  own: readonly ProcurementData[],
  shared: readonly ProcurementData[],
  named: readonly Day[] = [],
): FileLists => ({
  dir: resolve(dirname(path)),
  agency: agencyNamed(basename(path)),
  month: months.length === 1 ? (monthOfName(basename(path))?.start ?? null) : null,
  sheets,
  months,
  own,
  shared,
  named,
});

/**
 * Judge each file's month sheets again with the lists of the other files of its folder (files of
 * another folder are another agency's, or another year's, as folders are usually kept). Each sheet's
 * report is replaced where it was.
 */
export function compareAcrossFiles(files: readonly FileLists[], paths: readonly string[] = []): void {
  for (const f of files) {
    if (!f.months.length) continue;
    // Files named for two agencies ("อบต.หนองบัว ต.ค.66.xlsx", "โรงเรียนบ้านโนนสูง พ.ย.66.xlsx") are not one's months,
    // whatever their titles (the form's own) leave unsaid.
    const ours = (o: FileLists) => sameAgency(f.agency, o.agency);
    const others = files.filter((o) => o !== f && o.dir === f.dir && ours(o)).flatMap((o) => o.shared);
    if (!others.length) continue;
    // The months the folder's files (any, read or not) and their sheets are named for.
    const named = [
      ...files.filter((o) => o.dir === f.dir).flatMap((o) => o.named),
      ...monthsNamed(paths.filter((p) => resolve(dirname(p)) === f.dir).map((p) => basename(p))),
    ];
    for (const { at, check } of f.months) f.sheets[at] = check.compareWith([...f.own, ...others], f.month, named);
  }
}
