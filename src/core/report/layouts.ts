import type { SheetLayout } from '../templates/layout';
import { buildSummaryLayout } from './byMethod';
import { buildMonthlyLayout, monthlyView } from './monthly';
import type { ProcurementData } from './procurementData';

/**
 * The summaries users publish, for sheets held elsewhere (other files of a batch): the O17 summary
 * by method and the monthly view, as values, one pair per fiscal year the sheets are of (a folder of
 * several years' tables must not add them up into one year). Nothing when no procurement sheet was read.
 */
export function summaryLayouts(sheets: readonly ProcurementData[]): SheetLayout[] {
  const byYear = new Map<number | null, ProcurementData[]>();
  for (const s of sheets) byYear.set(s.fiscalYear, [...(byYear.get(s.fiscalYear) ?? []), s]);
  return [...byYear]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .flatMap(([, year]) => [buildSummaryLayout(year, false), buildMonthlyLayout(monthlyView(year))]);
}
