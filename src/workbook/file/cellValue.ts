import type { Cell, CellValue as XlsxValue } from 'exceljs';
import { errorFromText, type CellValue } from '../../core/cells/value';

/** ExcelJS's many value shapes → the core's CellValue, exactly as the Office.js adapter would give them. */
export function fromExcelJs(v: XlsxValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : (errorFromText(v) ?? v);
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) {
      const text = v.richText.map((r) => r.text).join('');
      return text === '' ? null : text;
    }
    if ('formula' in v || 'sharedFormula' in v) {
      // The value Excel computed when it last saved the file.
      const result = (v as { result?: unknown }).result;
      return fromExcelJs(result as XlsxValue | undefined);
    }
    if ('hyperlink' in v && 'text' in v) {
      const text = (v as { text: unknown }).text;
      return fromExcelJs(text as XlsxValue);
    }
  }
  return null;
}

/** Whether an ExcelJS cell holds a formula of its own or a shared one's. */
export function holdsFormula(cell: Cell): boolean {
  const model = cell.model as { formula?: string; sharedFormula?: string };
  return model.formula !== undefined || model.sharedFormula !== undefined;
}

/**
 * A cell's value, reading a formula's result from the cell itself: ExcelJS's value drops a result
 * of 0, false or "". A formula with no result at all becomes "=…" (nothing has calculated it).
 */
export function fromExcelJsCell(cell: Cell): CellValue {
  if (!holdsFormula(cell)) return fromExcelJs(cell.value);
  const model = cell.model as { result?: XlsxValue; formula?: string };
  if (model.result === undefined || model.result === null)
    return { error: `=${model.formula ?? (cell as { formula?: string }).formula ?? '…'}` };
  return fromExcelJs(model.result);
}
