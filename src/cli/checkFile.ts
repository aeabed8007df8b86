import { checkSheet } from '../core/check/sheet';
import type { FileReport } from '../core/check/report';
import { CannotRead, openWorkbook } from './openFile';

/** Check every sheet of one file (read once); a file that cannot be read gets one line, not a stack trace. */
export async function checkFile(path: string, lang: 'th' | 'en' = 'en'): Promise<FileReport> {
  try {
    const wb = await openWorkbook(path);
    const sheets = [];
    for (const name of await wb.sheetNames()) sheets.push(checkSheet(await wb.readSheet(name)));
    return { file: path, error: null, sheets };
  } catch (e) {
    const why = e instanceof CannotRead ? e.why[lang] : e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { file: path, error: why, sheets: [] };
  }
}
