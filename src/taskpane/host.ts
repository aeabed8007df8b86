import { TEXT_TABLE_FILE, type FileWorkbookPort, type Host, type WorkbookPort } from '../workbook/port';
import { officeWorkbookInExcel } from '../workbook/office/officeWorkbook';

// ExcelJS is large and only needed for files: load it when the user first opens or makes one.
async function fileModule() {
  return import(/* webpackChunkName: "xlsx" */ '../workbook/file/exceljsWorkbook');
}

const files = {
  async openFile(data: ArrayBuffer, name: string): Promise<WorkbookPort> {
    if (TEXT_TABLE_FILE.test(name)) {
      const { CsvWorkbook } = await import(/* webpackChunkName: "csv" */ '../workbook/file/csvWorkbook');
      return new CsvWorkbook(new Uint8Array(data), name);
    }
    const { ExcelJsWorkbook } = await fileModule();
    return ExcelJsWorkbook.load(data, name);
  },
  async newFile(): Promise<FileWorkbookPort> {
    const { ExcelJsWorkbook } = await fileModule();
    return ExcelJsWorkbook.create();
  },
};

/** The pane in a plain browser: files only. */
export function browserHost(): Host {
  return { excel: null, limits: [], ...files };
}

/** The pane inside Excel: the open workbook, and files too. */
export function excelHost(): Host {
  const excel = officeWorkbookInExcel();
  const limits: ('dropdowns' | 'freeze' | 'marks' | 'events')[] = [];
  if (!excel.caps.dropdowns) limits.push('dropdowns');
  if (!excel.caps.freezePanes) limits.push('freeze');
  if (!excel.caps.conditionalFormats) limits.push('marks');
  if (!excel.caps.changeEvents) limits.push('events');
  return { excel, limits, ...files };
}
