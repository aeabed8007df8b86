import { describe, expect, it } from 'vitest';
import { SheetCheck } from '../../src/core/check/sheet';
import { capabilitiesFor, MIN_API_MINOR } from '../../src/workbook/office/capabilities';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { NotSupported, type SheetChange } from '../../src/workbook/port';
import { fakeExcel, newSheet } from '../helpers/fakeExcel';
import { goodRow, o16Rows } from '../helpers/o16';
import { toOfficeRows } from '../helpers/officeValues';

/** A sheet O16 of `n` correct rows in Excel (ExcelApi 1.20, on the fake), read and checked. */
async function checkedO16(n: number) {
  const rows = o16Rows(Array.from({ length: n }, (_, i) => goodRow(i)));
  const model = { sheets: [newSheet('O16', toOfficeRows(rows))], active: 0 };
  const excel = fakeExcel(model, 20);
  const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
  return { model, excel, wb, session: new SheetCheck(await wb.readSheet('O16')) };
}

describe('re-check on edit in Excel (ExcelApi 1.7 and up)', () => {
  it('hears an edit, reads back only the changed rows in one sync, and updates the findings', async () => {
    const { excel, wb, session } = await checkedO16(2000);
    expect(session.report.findings).toEqual([]);
    const edits: { top: number; bottom: number }[] = [];
    const stop = await wb.watchChanges('O16', (r) => edits.push(r));

    await excel.edit('O16', 'B100:B101', [['ห้าหมื่น'], ['-5']]);
    expect(edits).toEqual([{ top: 100, bottom: 101 }]);
    excel.reset();
    const changed = await wb.readRows('O16', 100, 101);
    expect(excel.syncs).toBeLessThanOrEqual(2);
    expect(excel.maxPayloadBytes).toBeLessThan(5_000);
    const report = session.update(100, changed);
    // A budget of -5 is its one error: the prices are not also said to be over it.
    expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['not-a-number@B100', 'negative-amount@B101']);

    await stop();
    await excel.edit('O16', 'C5', [['x']]);
    expect(edits).toHaveLength(1);
  });

  it('tells every area of an edit, whole rows, and asks for all again when rows or columns move; its own writes are not edits', async () => {
    const rows = o16Rows(Array.from({ length: 50 }, (_, i) => goodRow(i)));
    const excel = fakeExcel({ sheets: [newSheet('O16', toOfficeRows(rows))], active: 0 }, 20);
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const seen: SheetChange[] = [];
    await wb.watchChanges('O16', (c) => seen.push(c));
    await excel.edit('O16', 'B5,D9:D12');
    await excel.edit('O16', '7:8');
    await excel.edit('O16', '6:6', undefined, { changeType: 'RowInserted' });
    await excel.edit('O16', 'C:C');
    await excel.edit('O16', 'B20', [[1]], { triggerSource: 'ThisLocalAddin' });
    expect(seen).toEqual([
      { top: 5, bottom: 12 },
      { top: 7, bottom: 8 },
      { top: 1, bottom: 1, all: true },
      { top: 1, bottom: 1, all: true },
    ]);
  });

  it('reads back a pasted block of long texts in blocks Excel accepts (it refuses any over 5 MB)', async () => {
    const long = 'ข'.repeat(2_000);
    const rows = Array.from({ length: 3_000 }, () => [long, long, long]);
    const excel = fakeExcel({ sheets: [newSheet('O16', rows)], active: 0 }, 20);
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const back = await wb.readRows('O16', 1, 3_000);
    expect(back).toHaveLength(3_000);
    expect(back[2_999]![2]).toBe(long);
    // 54 MB of text: a refused block is asked for in halves, then the rest come in blocks sized from
    // what the first weighed (about 3.5 MB each): some 16 blocks, a few refusals and the sheet's size.
    expect(excel.syncs).toBeLessThanOrEqual(25);
  });

  it('rows cleared to the bottom of the sheet (a million rows in the event) are read as far as the sheet is used', async () => {
    const { model, excel, wb, session } = await checkedO16(2000);
    expect(session.report.rows).toBe(2000);
    const edits: SheetChange[] = [];
    await wb.watchChanges('O16', (c) => edits.push(c));
    // The user selects rows 1002 to the last and deletes their contents.
    const sheet = model.sheets[0]!;
    for (const key of [...sheet.cells.keys()]) if (Number(key.split(',')[0]) >= 1002) sheet.cells.delete(key);
    await excel.edit('O16', '1002:1048576');
    expect(edits).toEqual([{ top: 1002, bottom: 1_048_576 }]);
    excel.reset();
    const back = await wb.readRows('O16', 1002, 1_048_576);
    expect(back).toEqual([]);
    expect(excel.syncs).toBeLessThanOrEqual(2);
    // The rows cleared are judged empty: the table now ends at row 1001.
    expect(session.update(1002, back, 1_048_576).rows).toBe(1000);
    expect(session.report.findings).toEqual([]);
  });

  it('says plainly where Excel has no change events', async () => {
    const wb = new OfficeWorkbook(
      fakeExcel({ sheets: [newSheet('O16')], active: 0 }, MIN_API_MINOR).run,
      capabilitiesFor(MIN_API_MINOR),
    );
    await expect(wb.watchChanges('O16', () => {})).rejects.toBeInstanceOf(NotSupported);
  });
});
