import type { SheetLayout } from '../templates/layout';
import { buildSummaryLayout } from './byMethod';
import { buildMonthlyLayout, monthlyView } from './monthly';
import type { ProcurementData } from './procurementData';

/**
 * The summaries users publish, for sheets held elsewhere (other files of a batch): the O17 summary
 * by method and the monthly view, as values. Nothing when no procurement sheet was read.
 */
export function summaryLayouts(sheets: readonly ProcurementData[]): SheetLayout[] {
  if (!sheets.length) return [];
  return [buildSummaryLayout(sheets, false), buildMonthlyLayout(monthlyView(sheets))];
}
