import type { ProcurementData } from '../report/procurementData';

/** A list's sheet as messages name it: with its file where that is another (a folder's). */
export const sheetNamed = (l: Pick<ProcurementData, 'sheet' | 'file'>) => ({
  th: l.file ? `"${l.sheet}" ของไฟล์ "${l.file}"` : `"${l.sheet}"`,
  en: l.file ? `"${l.sheet}" of file "${l.file}"` : `"${l.sheet}"`,
});
