import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import {
  computedByLibreOffice,
  editedByLibreOffice,
  printedByLibreOffice,
  resavedByLibreOffice,
} from '../helpers/libreoffice';
import { goodRow, readXlsx } from '../helpers/o16';
import { tempDir } from '../helpers/tmp';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('templates opened and saved again in LibreOffice keep their dropdowns and formats', () => {
  it('ita2568-procurement: lists inline and on the hidden list sheet, money, text ids, พ.ศ. dates', async () => {
    const path = join(dir, 'y2568.xlsx');
    expect((await runCli(['template', 'ita2568-procurement', '-o', path])).code).toBe(0);
    const wb = await readXlsx(path);
    const ws = wb.getWorksheet('จัดซื้อจัดจ้าง 2568')!;
    ws.getCell('Q4').value = new Date(Date.UTC(2024, 10, 29)); // วันที่ลงนามในสัญญา
    ws.getCell('H4').value = 1480.5;
    await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));

    const again = await readXlsx(await resavedByLibreOffice(path, dir));
    const ws2 = again.getWorksheet('จัดซื้อจัดจ้าง 2568')!;
    // LibreOffice adds an unused second formula to list rules; the list itself is what matters.
    expect(ws2.getCell('J4').dataValidation).toMatchObject({
      type: 'list',
      formulae: expect.arrayContaining([expect.stringContaining('สิ้นสุดระยะสัญญา')]),
    });
    expect(ws2.getCell('F4').dataValidation).toMatchObject({
      type: 'list',
      formulae: expect.arrayContaining([expect.stringMatching(/ITA_Lists.*\$78/)]),
    });
    expect(again.getWorksheet('ITA_Lists')!.state).toBe('hidden');
    expect(ws2.getCell('H10').numFmt).toBe('#,##0.00');
    expect(ws2.getCell('O10').numFmt).toBe('@');
    expect(ws2.getCell('P10').numFmt).toBe('@');

    const shown = await computedByLibreOffice(path, dir);
    expect(shown[3]![16]).toBe('29 พ.ย. 2567');
    expect(shown[3]![7]).toBe('1,480.50');
  });
});

describe('rows typed past those a template prepares', () => {
  it('take the column formats (a date in พ.ศ., an amount with its commas) and the dropdown, in LibreOffice', async () => {
    const path = join(dir, 'y2568-long.xlsx');
    expect((await runCli(['template', 'ita2568-procurement', '-o', path])).code).toBe(0);
    // Row 600, far past the rows prepared: an amount in H and a signing date (29 Nov 2024) in Q.
    const edited = await editedByLibreOffice(path, dir, 'จัดซื้อจัดจ้าง 2568', [
      { cell: 'H600', value: 1480.5 },
      { cell: 'Q600', value: 45625 },
    ]);
    const shown = await computedByLibreOffice(edited, dir);
    expect([shown[599]![7], shown[599]![16]]).toEqual(['1,480.50', '29 พ.ย. 2567']);
    const ws = (await readXlsx(path)).worksheets[0]!;
    expect(ws.getCell('J600').dataValidation).toMatchObject({ type: 'list' });
  });
});

describe('a procurement form prints as it is published', () => {
  it('O16 filled with 8 rows prints on one A4 landscape page, every column on it, not split across pages', async () => {
    const path = join(dir, 'o16-print.xlsx');
    expect((await runCli(['template', 'ita2567-o16', '-o', path])).code).toBe(0);
    const wb = await readXlsx(path);
    const ws = wb.worksheets[0]!;
    for (let i = 0; i < 8; i++)
      goodRow(i).forEach((v, c) => (ws.getCell(4 + i, c + 1).value = v as string | number | Date | null));
    await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    // Before: portrait, the 12 columns over 5 pages.
    expect(await printedByLibreOffice(path, dir)).toEqual({ pages: 1, landscape: true });
    // The header rows are repeated on every page of a longer table.
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
  });
});
