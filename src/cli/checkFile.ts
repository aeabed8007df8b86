import { checkSheet, type SheetReport } from '../core/check/sheet';
import { summaryAgainstLists } from '../core/check/summaryAgainst';
import type { SheetGrid } from '../core/cells/value';
import { getTemplate } from '../core/templates/registry';
import type { FileReport } from '../core/check/report';
import { procurementData, type ProcurementData } from '../core/report/procurementData';
import { summarySources } from '../core/report/sources';
import { whyUnreadable } from '../workbook/file/cannotRead';
import { openWorkbook } from './openFile';

/**
 * An O17 summary typed by hand beside its lists, judged against them (summaryAgainst.ts): the sheets
 * are read again only where a workbook has such a summary.
 */
async function withSummaryChecks(
  wb: Awaited<ReturnType<typeof openWorkbook>>,
  names: readonly string[],
  sheets: SheetReport[],
): Promise<SheetReport[]> {
  const summaries = sheets.filter((s) => s.template && getTemplate(s.template)?.rowsAreTotals);
  if (!summaries.length) return sheets;
  const grids = new Map<string, SheetGrid>();
  for (const name of names) grids.set(name, await wb.readSheet(name));
  const lists = [...grids.values()].flatMap((g) => {
    const data = g.hidden ? null : procurementData(g);
    return data && data.rows.length ? [data] : [];
  });
  return sheets.map((s) => {
    if (!summaries.includes(s)) return s;
    const more = summaryAgainstLists(grids.get(s.name)!, lists);
    return more.length ? { ...s, findings: [...s.findings, ...more].sort((a, b) => a.row - b.row) } : s;
  });
}

/**
 * Check every sheet of one file (read once); a file that cannot be read gets one line, not a stack
 * trace. With `collect`, the procurement sheets' rows are kept there for the summaries.
 */
export async function checkFile(
  path: string,
  lang: 'th' | 'en' = 'en',
  collect?: ProcurementData[],
): Promise<FileReport> {
  try {
    const wb = await openWorkbook(path);
    const sheets: SheetReport[] = [];
    const names = await wb.sheetNames();
    const lists: ProcurementData[] = [];
    for (const name of names) {
      const grid = await wb.readSheet(name);
      sheets.push(checkSheet(grid));
      // A hidden sheet (an old copy) is checked but not summed into what gets published.
      const data = collect && !grid.hidden && procurementData(grid);
      if (data && data.rows.length) lists.push(data);
    }
    // Each contract once: not O16 beside O17, nor the months' disclosures of the same contracts.
    collect?.push(...summarySources(lists).used);
    return { file: path, error: null, errorCode: null, sheets: await withSummaryChecks(wb, names, sheets) };
  } catch (e) {
    const why = whyUnreadable(e);
    const message = why ? why[lang] : e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { file: path, error: message, errorCode: why?.code ?? 'unreadable', sheets: [] };
  }
}
