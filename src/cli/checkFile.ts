import { SheetCheck, type SheetReport } from '../core/check/sheet';
import type { FileReport } from '../core/check/report';
import type { ProcurementData } from '../core/report/procurementData';
import { summarySources } from '../core/report/sources';
import { hiddenMonthLists } from '../core/check/acrossSheets';
import { isMonthlyForm } from '../core/templates/registry';
import { monthsNamed } from '../core/rules/fiscalYear';
import { whyUnreadable } from '../workbook/file/cannotRead';
import { openWorkbook } from './openFile';
import { fileLists, mayBeShared, sharedLists, type FileLists } from './acrossFiles';

/**
 * Check every sheet of one file (read once); a file that cannot be read gets one line, not a stack
 * trace. With `collect`, the procurement sheets' rows are kept there for the summaries; with `across`,
 * what the comparison of month sheets across a folder's files needs.
 */
export async function checkFile(
  path: string,
  lang: 'th' | 'en' = 'en',
  collect?: ProcurementData[],
  across?: FileLists[],
): Promise<FileReport> {
  try {
    const wb = await openWorkbook(path);
    const sheets: SheetReport[] = [];
    const names = await wb.sheetNames();
    // The sheets an O17 summary or a month's sheet is judged against, once all are read; a hidden
    // sheet (an old copy) is checked but neither judged against nor summed into what gets published,
    // unless it is a month no visible sheet reports (hiddenMonthLists).
    const visible: SheetCheck[] = [];
    const hidden: SheetCheck[] = [];
    const compared: { at: number; check: SheetCheck }[] = [];
    // Whether the file holds a list other files' month sheets are judged against (see acrossFiles.ts).
    let shares = false;
    for (const name of names) {
      const grid = await wb.readSheet(name);
      const check = new SheetCheck(grid);
      if (check.comparesWithOthers) compared.push({ at: sheets.length, check });
      sheets.push(check.report);
      (grid.hidden ? hidden : visible).push(check);
      if (across && !grid.hidden && mayBeShared(grid, check.report, path)) shares = true;
    }
    if (collect || compared.length || shares) {
      const read = visible.map((c) => c.procurement()).filter((d): d is ProcurementData => !!d);
      const lists = read.filter((d) => d.rows.length > 0);
      // A month's sheet with nothing bought sums nothing, but tells that its month was reported.
      const judged = [
        ...read.filter((d) => d.rows.length > 0 || isMonthlyForm(d.match.template)),
        ...hiddenMonthLists(
          hidden.map((c) => c.procurement()).filter((d): d is ProcurementData => !!d),
          read,
        ),
      ];
      // Each contract once, by the row: not O16 beside O17, nor the months' disclosures of the same
      // contracts, but a month's rows the O21 lacks (the report's figures are not formulas over sheets).
      collect?.push(...summarySources(lists).once);
      // The months the sheets are named for, hidden or unread ones too: a month's sheet there is reported.
      const named = monthsNamed(names);
      for (const { at, check } of compared) sheets[at] = check.compareWith(judged, null, named);
      const months = compared.filter(({ check }) => !check.isSummary);
      if (across && (months.length || shares))
        across.push(
          fileLists(path, sheets, months, months.length ? judged : [], shares ? sharedLists(path, judged) : [], named),
        );
    }
    return { file: path, error: null, errorCode: null, sheets };
  } catch (e) {
    const why = whyUnreadable(e);
    const message = why ? why[lang] : e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { file: path, error: message, errorCode: why?.code ?? 'unreadable', sheets: [] };
  }
}
