import { describe, expect, it } from 'vitest';
import { SheetCheck } from '../../src/core/check/sheet';
import { capabilitiesFor, MIN_API_MINOR } from '../../src/workbook/office/capabilities';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { NotSupported } from '../../src/workbook/port';
import { fakeExcel, newSheet } from '../helpers/fakeExcel';
import { goodRow, o16Rows } from '../helpers/o16';
import { toOfficeRows } from '../helpers/officeValues';

describe('re-check on edit in Excel (ExcelApi 1.7 and up)', () => {
  it('hears an edit, reads back only the changed rows in one sync, and updates the findings', async () => {
    const rows = o16Rows(Array.from({ length: 2000 }, (_, i) => goodRow(i)));
    const model = { sheets: [newSheet('O16', toOfficeRows(rows))], active: 0 };
    const excel = fakeExcel(model, 20);
    const wb = new OfficeWorkbook(excel.run, capabilitiesFor(20));
    const session = new SheetCheck(await wb.readSheet('O16'));
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
    expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      'not-a-number@B100',
      'negative-amount@B101',
      'reference-over-budget@F101',
      'price-over-budget@G101',
    ]);

    await stop();
    await excel.edit('O16', 'C5', [['x']]);
    expect(edits).toHaveLength(1);
  });

  it('says plainly where Excel has no change events', async () => {
    const wb = new OfficeWorkbook(
      fakeExcel({ sheets: [newSheet('O16')], active: 0 }, MIN_API_MINOR).run,
      capabilitiesFor(MIN_API_MINOR),
    );
    await expect(wb.watchChanges('O16', () => {})).rejects.toBeInstanceOf(NotSupported);
  });
});
