import { SheetCheck, type SheetReport } from '../core/check/sheet';
import type { FileReport } from '../core/check/report';
import { procurementData, type ProcurementData } from '../core/report/procurementData';
import { summarySources } from '../core/report/sources';
import { whyUnreadable } from '../workbook/file/cannotRead';
import { openWorkbook } from './openFile';

/** The lists of results on a workbook's visible sheets, read again (a summary sheet is judged against them). */
async function listsOf(
  wb: Awaited<ReturnType<typeof openWorkbook>>,
  names: readonly string[],
): Promise<ProcurementData[]> {
  const out: ProcurementData[] = [];
  for (const name of names) {
    const grid = await wb.readSheet(name);
    const data = grid.hidden ? null : procurementData(grid);
    if (data && data.rows.length) out.push(data);
  }
  return out;
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
    // O17 summaries typed by hand, judged against the lists once all are read.
    const summaries: { at: number; check: SheetCheck }[] = [];
    for (const name of names) {
      const grid = await wb.readSheet(name);
      const check = new SheetCheck(grid);
      if (check.isSummary) summaries.push({ at: sheets.length, check });
      sheets.push(check.report);
      // A hidden sheet (an old copy) is checked but not summed into what gets published.
      const data = collect && !grid.hidden && check.procurement();
      if (data && data.rows.length) lists.push(data);
    }
    // Each contract once: not O16 beside O17, nor the months' disclosures of the same contracts.
    collect?.push(...summarySources(lists).used);
    if (summaries.length) {
      // The lists read for the summaries already, or read again where they were not kept.
      const all = collect ? lists : await listsOf(wb, names);
      for (const { at, check } of summaries) sheets[at] = check.compareWith(all);
    }
    return { file: path, error: null, errorCode: null, sheets };
  } catch (e) {
    const why = whyUnreadable(e);
    const message = why ? why[lang] : e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { file: path, error: message, errorCode: why?.code ?? 'unreadable', sheets: [] };
  }
}
