import { checkSheet } from '../core/check/sheet';
import type { FileReport } from '../core/check/report';
import { procurementData, type ProcurementData } from '../core/report/procurementData';
import { whyUnreadable } from '../workbook/file/cannotRead';
import { openWorkbook } from './openFile';

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
    const sheets = [];
    for (const name of await wb.sheetNames()) {
      const grid = await wb.readSheet(name);
      sheets.push(checkSheet(grid));
      // A hidden sheet (an old copy) is checked but not summed into what gets published.
      const data = collect && !grid.hidden && procurementData(grid);
      if (data && data.rows.length) collect.push(data);
    }
    return { file: path, error: null, errorCode: null, sheets };
  } catch (e) {
    const why = whyUnreadable(e);
    const message = why ? why[lang] : e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { file: path, error: message, errorCode: why?.code ?? 'unreadable', sheets: [] };
  }
}
