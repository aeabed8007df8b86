/**
 * Stands in for Microsoft's office.js in the browser tests: Office.onReady reports an Excel host,
 * Excel.run drives the same faithful fake the adapter tests use, and the requirement sets are those
 * given in the page's URL (?api=8 means ExcelApi 1.1 to 1.8).
 */
import { fakeExcel, newSheet, type WorkbookModel } from './fakeExcel';

const api = Number(new URLSearchParams(location.search).get('api') ?? 20);
const model: WorkbookModel = { sheets: [newSheet('Sheet1')], active: 0 };
const excel = fakeExcel(model, api);

const w = window as unknown as Record<string, unknown>;
w.Office = {
  HostType: { Excel: 'Excel' },
  context: {
    requirements: {
      isSetSupported: (name: string, v: string) => name === 'ExcelApi' && Number(v.split('.')[1]) <= api,
    },
  },
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'PC' };
    return Promise.resolve().then(() => {
      cb?.(info);
      return info;
    });
  },
};
w.Excel = { run: excel.run };
/** For the test: the workbook, and a way to edit it as a user would. */
w.__fake = { model, excel, newSheet };
