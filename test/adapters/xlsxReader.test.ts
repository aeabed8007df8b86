import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../../src/core/cells/value';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { RUNS, cellArb } from '../helpers/arbitraries';
import { resavedByLibreOffice } from '../helpers/libreoffice';
import { goodRow, o16Rows, writeXlsx } from '../helpers/o16';
import { packageParts, respelled, SPELLINGS } from '../helpers/package';
import { tempDir } from '../helpers/tmp';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

/** The same bytes read twice: straight from the XML, and through ExcelJS's full model. */
async function bothWays(bytes: Uint8Array, sheet: string): Promise<[SheetGrid, SheetGrid]> {
  const fast = await (await ExcelJsWorkbook.load(bytes)).readSheet(sheet);
  const slow = await ExcelJsWorkbook.load(bytes);
  await slow.excel();
  return [fast, await slow.readSheet(sheet)];
}

async function xlsx(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('S'), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What ExcelJS can store for a value the core might see. */
function storable(v: CellValue): ExcelJS.CellValue {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v as ExcelJS.CellValue;
}

/** Amounts as agencies type them (up to 15 digits, up to 15 after the point), read digit by digit. */
const moneyArb = fc
  .tuple(fc.integer({ min: -(1e15 - 1), max: 1e15 - 1 }), fc.integer({ min: 0, max: 15 }))
  .map(([digits, scale]) => digits / 10 ** scale);

describe('reading an .xlsx straight from its XML', () => {
  it('gives exactly what ExcelJS gives, for any values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.oneof(cellArb, moneyArb), { maxLength: 8 }), { maxLength: 12 }),
        fc.boolean(),
        async (rows, shared) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet('S');
          rows.forEach((r, i) =>
            r.forEach((v, j) => {
              const value = storable(v);
              if (value !== null) ws.getCell(i + 1, j + 1).value = value;
            }),
          );
          const bytes = new Uint8Array(
            await wb.xlsx.writeBuffer({ useSharedStrings: shared } as ExcelJS.XlsxWriteOptions),
          );
          const [fast, slow] = await bothWays(bytes, 'S');
          expect(fast).toEqual(slow);
        },
      ),
      // A whole number: fast-check runs a fractional count until the time limit stops it.
      { numRuns: Math.max(20, Math.ceil(RUNS / 3)) },
    );
  });

  it('reads rich text, formulas with a result of 0 or text, and a formula never calculated', async () => {
    const bytes = await xlsx((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'วิธี', font: { bold: true } }, { text: 'เฉพาะเจาะจง' }] };
      ws.getCell('B1').value = { formula: 'B2-B2', result: 0 };
      ws.getCell('C1').value = { formula: '"a"&"b"', result: 'ab' };
      ws.getCell('D1').value = { formula: 'SUM(B2:B3)' };
      ws.getCell('B2').value = 5;
      ws.getCell('E1').value = 'a & b < c > "d" \'e\'';
    });
    const [fast, slow] = await bothWays(bytes, 'S');
    expect(fast.values[0]).toEqual(['วิธีเฉพาะเจาะจง', 0, 'ab', { error: '=SUM(B2:B3)' }, 'a & b < c > "d" \'e\'']);
    expect(slow).toEqual(fast);
  });

  it('reads where cells link: inserted links (web, file, a place in the workbook) and HYPERLINK formulas', async () => {
    const bytes = await xlsx((ws) => {
      ws.getCell('A1').value = 'ตำแหน่ง';
      ws.getCell('G5').value = { text: 'ไปที่หน้าแรก > O1', hyperlink: 'https://www.example.go.th/oit/o1' };
      ws.getCell('G6').value = { text: 'ไฟล์ O2', hyperlink: 'file:///C:/O2.pdf' };
      ws.getCell('G7').value = { text: 'ดูแผ่นงาน', hyperlink: '#OIT!A1' };
      ws.getCell('G8').value = { formula: 'HYPERLINK("https://www.example.go.th/oit/o4","ไปที่ O4")', result: 'ไปที่ O4' };
      ws.getCell('G9').value = 'https://www.example.go.th/plain';
    });
    const [fast, slow] = await bothWays(bytes, 'S');
    const expected = [
      { row: 5, col: 7, target: 'https://www.example.go.th/oit/o1' },
      { row: 6, col: 7, target: 'file:///C:/O2.pdf' },
      { row: 7, col: 7, target: '#OIT!A1' },
      { row: 8, col: 7, target: 'https://www.example.go.th/oit/o4' },
    ];
    expect(fast.links).toEqual(expected);
    expect(slow.links).toEqual(expected);
    expect(fast.values[4]![6]).toBe('ไปที่หน้าแรก > O1');
    expect(fast.values[7]![6]).toBe('ไปที่ O4');
  });

  it('agrees with ExcelJS on a workbook saved by LibreOffice (shared strings, its own styles)', async () => {
    const path = join(dir, 'o16.xlsx');
    const rows = [goodRow(0), goodRow(1), goodRow(2)];
    rows[1]![1] = '๑,๒๐๐';
    rows[2]![6] = { error: '#N/A' };
    await writeXlsx(path, { O16: o16Rows(rows, { titleRows: [['เทศบาลตำบลตัวอย่าง']] }) });
    const resaved = new Uint8Array(await readFile(await resavedByLibreOffice(path, dir)));
    const [fast, slow] = await bothWays(resaved, 'O16');
    expect(fast).toEqual(slow);
    expect(fast.values[2]![10]).toEqual(new Date(Date.UTC(2024, 0, 1)));
  });

  it('reads elements written with a namespace prefix (<x:row>), as some .NET exporters write them', async () => {
    const bytes = await xlsx((ws) => {
      ws.getCell('A1').value = 'งาน';
      ws.getCell('B2').value = 1480.5;
    });
    const zip = await JSZip.loadAsync(bytes);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/sharedStrings.xml']) {
      const xml = await zip.file(part)?.async('string');
      if (!xml) continue;
      const root = /<(\w+)[ >]/.exec(xml.slice(xml.indexOf('?>') + 2))![1]!;
      const prefixed: string = xml
        .replace(new RegExp(`<${root}\\b`), `<x:${root} xmlns:x="${/xmlns="([^"]+)"/.exec(xml)![1]}"`)
        .replace(/<(\/?)(?!x:|\?)([A-Za-z])/g, '<$1x:$2');
      expect(prefixed).toContain(`<x:${root} `);
      if (part.includes('worksheets')) expect(prefixed).toContain('<x:row');
      zip.file(part, prefixed);
    }
    const grid = await (await ExcelJsWorkbook.load(await zip.generateAsync({ type: 'uint8array' }))).readSheet('S');
    expect(grid.values).toEqual([['งาน'], [null, 1480.5]]);
  });

  it.each(Object.entries(SPELLINGS))(
    'reads a package whose every attribute is %s as it reads the package Excel writes',
    async (how, spell) => {
      const bytes = await xlsx((ws) => {
        ws.getCell('A1').value = 'งานที่ซื้อหรือจ้าง';
        // Row 2 is left out of the part: row 3 must be read as row 3, not as the row after row 1.
        ws.getCell('A3').value = 'จ้างซ่อมถนน';
        ws.getCell('B3').value = new Date(Date.UTC(2024, 2, 31));
        ws.getCell('C3').value = { text: 'ประกาศ', hyperlink: 'https://www.example.go.th/p1' };
        ws.getColumn(4).hidden = true;
        ws.getCell('D3').value = 1480.5;
        ws.mergeCells('A5:C5');
        ws.getCell('A5').value = 'รวม';
      });
      const respelt = await respelled(bytes, spell);
      const workbook = new TextDecoder().decode((await packageParts(respelt)).get('xl/workbook.xml'));
      expect(workbook, how).toContain(spell('<sheet sheetId="1" name="S"'));
      const original = await (await ExcelJsWorkbook.load(bytes)).readSheet('S');
      const [fast, slow] = await bothWays(respelt, 'S');
      expect(fast).toEqual(original);
      expect(slow).toEqual(original);
      expect(fast.values[2]).toEqual(['จ้างซ่อมถนน', new Date(Date.UTC(2024, 2, 31)), 'ประกาศ', 1480.5]);
      expect(fast.hiddenColumns).toEqual([4]);
      expect(fast.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 3 }]);
      // Its size (<dimension ref="A1:D5"> spelt so) is read too: progress is told against it.
      const told: { rowsRead: number; totalRows: number }[] = [];
      await (await ExcelJsWorkbook.load(respelt)).readSheet('S', { onProgress: (p) => told.push(p) });
      expect(told.at(-1)).toEqual({ rowsRead: 5, totalRows: 5 });
    },
  );

  it('reads cells however a writer spells them: attributes in any order or quotes, numbers in any form', async () => {
    const bytes = await xlsx((ws) => {
      ws.getCell('A1').value = 'งาน';
      ws.getCell('B1').value = new Date(Date.UTC(2024, 2, 31));
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('xl/worksheets/sheet1.xml')!.async('string'))!;
    const dateStyle = /<c r="B1" s="(\d+)"/.exec(xml)![1]!;
    // Excel writes a computed amount with 17 digits (a price with VAT): read exactly as Number reads it.
    const numbers = ['-0012.50', '5.', '.25', '1E3', '6.71E+10', ' 7 ', '123456789012345', '0.1', '-0'];
    numbers.push('234643.42408068993', '0.12345678901234567');
    const cells = [
      `<c t='s' r='A1'><v>0</v></c>`,
      `<c s="${dateStyle}" r="B1"><v>45382</v></c>`,
      `<c t="s" r="C1"><v>00</v></c>`,
      ...numbers.map((n, i) => `<c r="${String.fromCharCode(68 + i)}1" t="n"><v>${n}</v></c>`),
    ];
    zip.file(
      'xl/worksheets/sheet1.xml',
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, () => `<sheetData><row r="1">${cells.join('')}</row></sheetData>`),
    );
    const grid = await (await ExcelJsWorkbook.load(await zip.generateAsync({ type: 'uint8array' }))).readSheet('S');
    expect(grid.values[0]).toEqual(['งาน', new Date(Date.UTC(2024, 2, 31)), 'งาน', ...numbers.map(Number)]);
    expect(Object.is(grid.values[0]![11], -0)).toBe(true);
  });

  it('takes exactly the built-in formats that show a date or time as dates, at the edges of each range', async () => {
    const dates = [14, 22, 27, 36, 45, 47, 50, 58, 71, 81];
    const numbers = [13, 23, 26, 37, 44, 48, 49, 59, 70, 82];
    const ids = [...dates, ...numbers];
    const bytes = await xlsx((ws) =>
      ids.forEach((_, i) => {
        ws.getCell(1, i + 1).value = 45_300;
        // A format of its own per cell, so that each cell has its own style to give a built-in id.
        ws.getCell(1, i + 1).numFmt = `"c${i}"0`;
      }),
    );
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    zip.file(
      'xl/styles.xml',
      styles.replace(/<xf numFmtId="(\d+)"/g, (m, id: string) =>
        Number(id) >= 164 ? `<xf numFmtId="${ids[Number(id) - 164]}"` : m,
      ),
    );
    const grid = await (await ExcelJsWorkbook.load(await zip.generateAsync({ type: 'uint8array' }))).readSheet('S');
    const day = new Date(Date.UTC(2024, 0, 9));
    expect(grid.values[0]).toEqual([...dates.map(() => day), ...numbers.map(() => 45_300)]);
  });

  it('takes the Thai built-in date formats (ว/ด/ปปปป, id 71) as dates', async () => {
    const bytes = await xlsx((ws) => {
      ws.getCell('A1').value = 45_300;
      ws.getCell('A1').numFmt = 'd/m/yyyy';
    });
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    // Thai Excel writes its own date format by id alone, without a format code.
    zip.file('xl/styles.xml', styles.replace(/<xf numFmtId="164"/g, '<xf numFmtId="71"'));
    const grid = await (await ExcelJsWorkbook.load(await zip.generateAsync({ type: 'uint8array' }))).readSheet('S');
    expect(grid.values[0]![0]).toEqual(new Date(Date.UTC(2024, 0, 9)));
  });

  it('notes hidden columns and a stray cell beyond the columns read, and keeps rows narrow', async () => {
    const bytes = await xlsx((ws) => {
      ws.getCell('A1').value = 'a';
      ws.getCell('C1').value = 'hidden';
      ws.getColumn(3).hidden = true;
      ws.getCell('XFD7').value = 'far away';
    });
    const [fast, slow] = await bothWays(bytes, 'S');
    expect(fast.hiddenColumns).toEqual([3]);
    expect(fast.strayCell).toEqual({ row: 7, col: 16_384 });
    expect(fast.values.every((r) => r.length <= 512)).toBe(true);
    expect(slow).toEqual(fast);
  });

  it('tells progress as going on, not as done, when the sheet does not say how many rows it has', async () => {
    const path = join(dir, 'no-dimension.xlsx');
    // A streaming writer writes no <dimension>: the total is known only at the end.
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
    const ws = writer.addWorksheet('S');
    for (let r = 1; r <= 200_000; r++) ws.addRow([r, `รายการที่ ${r}`]).commit();
    await ws.commit();
    await writer.commit();
    const seen: { rowsRead: number; totalRows: number }[] = [];
    await (await ExcelJsWorkbook.load(await readFile(path))).readSheet('S', { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(1);
    // Never "all of them" before the end (the pane shows a moving bar for an unknown total).
    expect(seen.slice(0, -1).every((p) => p.totalRows === 0 || p.rowsRead < p.totalRows)).toBe(true);
    // A sheet that says its size is told against it.
    const sized = await xlsx((w) => {
      for (let r = 1; r <= 3; r++) w.getCell(r, 1).value = r;
    });
    const told: { rowsRead: number; totalRows: number }[] = [];
    await (await ExcelJsWorkbook.load(sized)).readSheet('S', { onProgress: (p) => told.push(p) });
    expect(told.at(-1)).toEqual({ rowsRead: 3, totalRows: 3 });
  }, 60_000);

  it('reads a 1,048,576-row sheet written by a streaming writer, in bounded pieces', async () => {
    const path = join(dir, 'tall.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
    const ws = writer.addWorksheet('S');
    for (let r = 1; r <= 1_048_576; r++) ws.addRow(r % 100_000 === 0 || r === 1_048_576 ? [r, 'x'] : [r]).commit();
    await ws.commit();
    await writer.commit();
    const grid = await (await ExcelJsWorkbook.load(await readFile(path))).readSheet('S');
    expect(grid.values).toHaveLength(1_048_576);
    expect(grid.values[1_048_575]).toEqual([1_048_576, 'x']);
  }, 120_000);
});

/**
 * The same package with its central directory in ZIP64 form, as writers of very large files emit
 * it: sizes and offsets all ones, the real values in a ZIP64 extra field.
 */
function asZip64(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  const cdStart = view.getUint32(eocd + 16, true);
  const entries: Uint8Array[] = [];
  for (let p = cdStart, n = 0; n < count; n++) {
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const head = bytes.slice(p, p + 46 + nameLength);
    const hv = new DataView(head.buffer);
    const extra = new DataView(new ArrayBuffer(4 + 24));
    extra.setUint16(0, 1, true);
    extra.setUint16(2, 24, true);
    extra.setBigUint64(4, BigInt(hv.getUint32(24, true)), true);
    extra.setBigUint64(12, BigInt(hv.getUint32(20, true)), true);
    extra.setBigUint64(20, BigInt(hv.getUint32(42, true)), true);
    for (const at of [20, 24, 42]) hv.setUint32(at, 0xffffffff, true);
    hv.setUint16(30, 28, true);
    hv.setUint16(32, 0, true);
    entries.push(head, new Uint8Array(extra.buffer));
    p += 46 + nameLength + extraLength + commentLength;
  }
  const cd = Buffer.concat(entries);
  const end = Buffer.from(bytes.slice(eocd, eocd + 22));
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt16LE(0, 20);
  return new Uint8Array(Buffer.concat([bytes.slice(0, cdStart), cd, end]));
}

describe('a damaged package', () => {
  // A copy cut off in transfer, or a part lost: read as it was, it passed with fewer rows, or none.
  it('a sheet cut short or missing is said to be damaged, not read as a shorter one', async () => {
    const bytes = await xlsx((ws) => o16Rows([goodRow(0), goodRow(1), goodRow(2)]).forEach((r) => ws.addRow(r)));
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const cut = await zip.file('xl/worksheets/sheet1.xml', xml.slice(0, Math.floor(xml.length / 2))).generateAsync({
      type: 'uint8array',
    });
    const lost = await (await JSZip.loadAsync(bytes)).remove('xl/worksheets/sheet1.xml').generateAsync({
      type: 'uint8array',
    });
    for (const [what, damaged] of [
      ['cut short', cut],
      ['missing', lost],
    ] as const) {
      const wb = await ExcelJsWorkbook.load(damaged);
      await expect(wb.readSheet('S'), what).rejects.toMatchObject({
        name: 'CannotRead',
        why: { code: 'damaged', en: expect.stringContaining(what) },
      });
    }
    // Whole, it reads.
    expect((await (await ExcelJsWorkbook.load(bytes)).readSheet('S')).values).toHaveLength(4);
  });
});

describe('a ZIP64 package', () => {
  it('reads the same as the plain one', async () => {
    const bytes = await xlsx((ws) => {
      ws.getCell('A1').value = 'งาน';
      ws.getCell('B2').value = 1480.5;
    });
    const z64 = asZip64(bytes);
    expect(z64).not.toEqual(bytes);
    const grid = await (await ExcelJsWorkbook.load(z64)).readSheet('S');
    expect(grid.values).toEqual([['งาน'], [null, 1480.5]]);
  });
});

describe('a file never written is saved as it came', () => {
  it('toBuffer gives back the very bytes', async () => {
    const bytes = await xlsx((ws) => (ws.getCell('A1').value = 'x'));
    await writeFile(join(dir, 'same.xlsx'), bytes);
    const wb = await ExcelJsWorkbook.load(bytes);
    await wb.readSheet('S');
    expect(Buffer.from(await wb.toBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});
