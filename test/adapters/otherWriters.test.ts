import { XMLValidator } from 'fast-xml-parser';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a1 } from '../../src/core/cells/address';
import { checkSheet } from '../../src/core/check/sheet';
import { fixesFor } from '../../src/core/findings/fixes';
import { planMarks } from '../../src/core/findings/marks';
import { buildFindingsLayout } from '../../src/core/findings/sheet';
import { THAI_DATE_FORMAT } from '../../src/core/templates/layout';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { decodeXml } from '../../src/workbook/file/xlsx/xml';
import { computedByLibreOffice, resavedByLibreOffice } from '../helpers/libreoffice';
import { runCli } from '../helpers/cli';
import { buildSummaryLayout } from '../../src/core/report/byMethod';
import { procurementData } from '../../src/core/report/procurementData';
import { packageParts, strictXmlErrors } from '../helpers/package';
import { tempDir } from '../helpers/tmp';

let dir: string;
let zone: string | undefined;
beforeAll(async () => {
  dir = await tempDir();
  // The clock of our users' machines: a date read by the machine's clock comes out a day early there.
  zone = process.env.TZ;
  process.env.TZ = 'Asia/Bangkok';
});
afterAll(() => {
  process.env.TZ = zone;
  if (zone === undefined) delete process.env.TZ;
});

// openpyxl-iso: openpyxl writing its dates as ISO 8601 text (cells typed "d"), as Strict Open XML does.
const WRITERS = ['openpyxl', 'openpyxl-iso', 'xlsxwriter'] as const;
type Writer = (typeof WRITERS)[number];

/** The O16 of otherWriters.py as `writer` writes it (Debian's python3, with its openpyxl and XlsxWriter). */
async function written(writer: Writer, notes: boolean): Promise<Uint8Array> {
  return new Uint8Array(await readFile(writtenFile(writer, notes ? ['notes'] : [])));
}

/** The file otherWriters.py writes with `extras` (notes, table, databar). */
function writtenFile(writer: Writer, extras: readonly string[]): string {
  const path = join(dir, `${[writer, ...extras].join('-')}.xlsx`);
  const script = join(import.meta.dirname, '../helpers/otherWriters.py');
  execFileSync('/usr/bin/python3', [script, writer, path, ...extras]);
  return path;
}

describe('workbooks written by other programs (Python’s openpyxl and XlsxWriter, as pandas writes)', () => {
  it.each(WRITERS)('%s: read as ExcelJS reads them, and judged', async (writer) => {
    const bytes = await written(writer, true);
    const fast = await (await ExcelJsWorkbook.load(bytes)).readSheet('O16');
    const slow = await ExcelJsWorkbook.load(bytes);
    // ExcelJS could not load openpyxl's notes at all (xl/comments/comment1.xml, cited as /xl/…).
    await slow.excel();
    expect(await slow.readSheet('O16')).toEqual(fast);
    // openpyxl computes no formula: M3 holds one never calculated.
    expect(fast.values[2]![12]).toEqual(writer === 'xlsxwriter' ? 500 : { error: '=B3-G3' });
    // The dates as days, also those written as text (ExcelJS alone reads 2023-11-01 as the number 2023).
    expect(fast.values[2]!.slice(10, 12)).toEqual([new Date(Date.UTC(2023, 10, 1)), new Date(Date.UTC(2023, 10, 30))]);
    const found = checkSheet(fast).findings.map((f) => `${f.code}@${f.cell}`);
    expect(found).toEqual(['hidden-column@M2', 'thai-digits@B4', 'tax-id-checksum@H4', 'ce-year@K4']);
  });

  it.each(WRITERS.flatMap((w) => [[w, false] as const, [w, true] as const]))(
    '%s (notes: %s): corrected and marked into a whole copy, the user’s note and bold font kept',
    async (writer, notes) => {
      const wb = await ExcelJsWorkbook.load(await written(writer, notes));
      await wb.applyFixes('O16', fixesFor(checkSheet(await wb.readSheet('O16')).findings));
      const left = checkSheet(await wb.readSheet('O16'));
      const { bytes, keptFile } = await wb.markedCopy(
        'O16',
        planMarks(left.findings),
        buildFindingsLayout(left.findings, 'ผลการตรวจ O16'),
      );
      // In place, all the file kept: openpyxl's drawing of notes (ns0:shape …) is drawn anew.
      expect(keptFile).toBe(true);
      const parts = await packageParts(bytes);
      for (const [name, part] of parts)
        if (/\.(xml|rels|vml)$/.test(name)) expect(XMLValidator.validate(part.toString('utf8')), name).toBe(true);
      // Excel shows a note by a shape in the drawing: one for each note, the user's and ours.
      const partsNamed = (pattern: RegExp) => [...parts].filter(([n]) => pattern.test(n)).map(([, b]) => b.toString());
      const noted = partsNamed(/comments?\d*\.xml$/).flatMap((x) =>
        [...x.matchAll(/<comment ref="(\w+)"/g)].map((m) => m[1]),
      );
      const shown = partsNamed(/\.vml$/).flatMap((x) =>
        [...x.matchAll(/<(?:\w+:)?Row>(\d+)<\/(?:\w+:)?Row>\s*<(?:\w+:)?Column>(\d+)</g)].map((m) =>
          a1(Number(m[1]) + 1, Number(m[2]) + 1),
        ),
      );
      expect(shown.sort()).toEqual(noted.sort());
      expect(noted).toContain('H4');
      expect(noted.includes('B3')).toBe(notes);
      if (notes) {
        // LibreOffice reads every note of the copy: saved again, each is still there.
        const path = join(dir, `${writer}-marked.xlsx`);
        await writeFile(path, bytes);
        const resaved = await packageParts(await readFile(await resavedByLibreOffice(path, dir)));
        const comments = [...resaved].filter(([n]) => /comments?\d*\.xml$/.test(n)).map(([, b]) => b.toString());
        expect(comments.join('').match(/<comment /g)).toHaveLength(noted.length);
      }
      // ExcelJS itself cannot load openpyxl's notes as they are (see excelJsInput): through the adapter.
      const model = await (await ExcelJsWorkbook.load(bytes)).excel();
      const ws = model.getWorksheet('O16')!;
      expect(ws.getCell('B4').value).toBe(50_001);
      expect(ws.getCell('K4')).toMatchObject({ value: new Date(Date.UTC(2024, 0, 1)), numFmt: THAI_DATE_FORMAT });
      expect(ws.getCell('K3')).toMatchObject({ value: new Date(Date.UTC(2023, 10, 1)), numFmt: 'd/m/yyyy' });
      expect(ws.getCell('B3').font).toMatchObject({ name: 'TH SarabunPSK', bold: true });
      const note = ws.getCell('B3').note as string | { texts: { text: string }[] } | undefined;
      const text = typeof note === 'string' ? note : note?.texts.map((t) => t.text).join('');
      expect(text).toBe(notes ? 'ตรวจแล้ว' : undefined);
      expect(model.worksheets.map((w) => w.name)).toEqual(['O16', 'ผลการตรวจสอบ']);
      const again = checkSheet(await (await ExcelJsWorkbook.load(bytes)).readSheet('O16'));
      expect(again.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['hidden-column@M2', 'tax-id-checksum@H4']);
    },
  );

  // ExcelJS, which writes such a copy, failed on openpyxl's table (cited as /xl/tables/…) and on a
  // table with no style (openpyxl's, and LibreOffice's when it saves one).
  it.each(['openpyxl', 'xlsxwriter', 'LibreOffice'] as const)(
    'a table written by %s: the O17 summary added beside it, the table kept as it was',
    async (writer) => {
      const path = writtenFile(writer === 'xlsxwriter' ? writer : 'openpyxl', ['table']);
      const bytes = await readFile(writer === 'LibreOffice' ? await resavedByLibreOffice(path, dir) : path);
      const wb = await ExcelJsWorkbook.load(new Uint8Array(bytes));
      const data = procurementData(await wb.readSheet('O16'))!;
      const summary = await wb.insertTemplate(buildSummaryLayout([data]));
      const copy = await wb.toBuffer();
      const tables = [...(await packageParts(copy))].filter(([n]) => /^xl\/tables\//.test(n));
      const refs = tables.map(([, b]) => /\sname="([^"]+)"[^>]*\sref="([^"]+)"/.exec(b.toString())!.slice(1).join(' '));
      expect(refs).toContain('tbl_O16 A2:L4');
      const again = await ExcelJsWorkbook.load(copy);
      expect(await again.sheetNames()).toEqual(['O16', summary]);
      expect(checkSheet(await again.readSheet('O16')).findings.map((f) => f.code)).toContain('tax-id-checksum');
      const lines = (await again.readSheet(summary)).values.map((row) => row.filter((v) => v !== null));
      expect(lines).toContainEqual(expect.arrayContaining(['วิธีเฉพาะเจาะจง', 2]));
    },
  );

  // openpyxl writes a sheet's Thai as character references (&#3619;…): a formula naming the renamed
  // column so kept its old name, and LibreOffice showed #NAME? (Excel repairs the file).
  it('a fixed header of an openpyxl table (Thai written as &#NNNN;): the formulas citing its column cite its new name', async () => {
    const path = writtenFile('openpyxl', ['table', 'cited']);
    const formulaOf = (bytes: Uint8Array | Buffer) =>
      packageParts(bytes).then((p) => /<f>([^<]*)<\/f>/.exec(p.get('xl/worksheets/sheet2.xml')!.toString())![1]!);
    const bytes = new Uint8Array(await readFile(path));
    expect(await formulaOf(bytes)).toMatch(/^SUM\(&#3605;/);
    const wb = await ExcelJsWorkbook.load(bytes);
    const fix = fixesFor(checkSheet(await wb.readSheet('O16')).findings).filter((w) => w.cell === 'G2');
    expect(fix).toEqual([expect.objectContaining({ value: 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)' })]);
    await wb.applyFixes('O16', fix);
    expect(wb.copyKeepsFile).toBe(true);
    const out = join(dir, 'cited-fixed.xlsx');
    await writeFile(out, await wb.toBuffer());
    expect(decodeXml(await formulaOf(await readFile(out)))).toBe('SUM(ตาราง_O16[ราคาที่ตกลงซื้อหรือจ้าง (บาท)])');
    expect((await computedByLibreOffice(out, dir, 2))[0]).toEqual(['ราคาที่ตกลงรวม', '99501']);
  });

  // Written whole (the findings sheet added), the copy had the new header over a column of the old
  // name: a table Excel repairs, and nothing said so.
  it('the same fixed header in a copy written whole once the findings sheet is added: the column and its formulas renamed', async () => {
    const bytes = new Uint8Array(await readFile(writtenFile('openpyxl', ['table', 'cited'])));
    const wb = await ExcelJsWorkbook.load(bytes);
    const fix = fixesFor(checkSheet(await wb.readSheet('O16')).findings).filter((w) => w.cell === 'G2');
    await wb.applyFixes('O16', fix);
    await wb.insertTemplate(buildFindingsLayout(checkSheet(await wb.readSheet('O16')).findings, 'ผลการตรวจ O16'));
    expect(wb.copyKeepsFile).toBe(false);
    const out = join(dir, 'cited-fixed-whole.xlsx');
    await writeFile(out, await wb.toBuffer());
    const parts = await packageParts(await readFile(out));
    const table = [...parts].find(([n, b]) => /^xl\/tables\//.test(n) && b.toString().includes('ตาราง_O16'))![1];
    const columns = [...table.toString().matchAll(/<tableColumn\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
    expect(columns[6]).toBe('ราคาที่ตกลงซื้อหรือจ้าง (บาท)');
    const formulas = [...parts]
      .filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .flatMap(([, b]) => [...b.toString().matchAll(/<f>([^<]*)<\/f>/g)].map((m) => decodeXml(m[1]!)));
    expect(formulas).toContain('SUM(ตาราง_O16[ราคาที่ตกลงซื้อหรือจ้าง (บาท)])');
    expect(wb.facts?.lostByRewrite).toBe(false);
    expect(strictXmlErrors(out)).toEqual([]);
    expect((await computedByLibreOffice(out, dir, 2))[0]).toEqual(['ราคาที่ตกลงรวม', '99501']);
  });

  // ExcelJS writes such a copy again whole: it drops names that are not ranges, the workbook's lock,
  // a password of the older kind, links within the workbook and custom properties, and puts a sheet's
  // notes after its table.
  it('the summary copy of an openpyxl workbook keeps its names, protection, links and properties, in the order Excel reads', async () => {
    const path = writtenFile('openpyxl', ['notes', 'table', 'kept']);
    const out = join(dir, 'kept-summary.xlsx');
    const r = await runCli(['summary', path, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('not carried into the copy');
    const parts = await packageParts(await readFile(out));
    const workbook = parts.get('xl/workbook.xml')!.toString();
    expect(workbook).toContain('<definedName name="VAT">0.07</definedName>');
    expect(workbook).toContain(
      `<definedName name="ฝ่าย">OFFSET('รายการ'!$A$1,0,0,COUNTA('รายการ'!$A:$A),1)</definedName>`,
    );
    expect(workbook).toMatch(/<workbookProtection [^>]*lockStructure="1"/);
    const sheets = [...parts].filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map(([, b]) => b.toString());
    const tax = sheets.find((x) => x.includes('<sheetProtection'))!;
    expect(tax).toMatch(/<sheetProtection [^>]*password="DFC6"/);
    // Its link to a cell of O16, where the file format puts links (before the page margins).
    expect(tax).toContain(`<hyperlink ref="A2" location="'O16'!G3"`);
    expect(tax.indexOf('<hyperlinks>')).toBeLessThan(tax.indexOf('<pageMargins'));
    expect(parts.get('docProps/custom.xml')?.toString()).toContain('อบต.ตัวอย่าง');
    // CT_Worksheet: legacyDrawing (the notes) before tableParts, or Excel shows the sheet empty.
    const o16 = sheets.find((x) => x.includes('<tableParts'))!;
    expect(o16.indexOf('<legacyDrawing')).toBeGreaterThan(0);
    expect(o16.indexOf('<legacyDrawing')).toBeLessThan(o16.indexOf('<tableParts'));
    for (const [name, xml] of parts)
      if (/\.(xml|rels)$/.test(name)) expect(XMLValidator.validate(xml.toString()), name).toBe(true);
    // The VAT on 49,500, computed with the name the copy keeps: not #NAME?.
    const computed = await computedByLibreOffice(out, dir, 3);
    expect(computed[0]![1]).toBe('3465');
  });

  // ExcelJS writes a filter as its range alone (the rows it hid stay hidden, as if by hand: "clear the
  // filter" shows nothing), a table's with its buttons hidden, and a group's collapsed flag on its rows.
  it('the summary copy keeps the filters (sheet and table), and each group’s button as it was', async () => {
    const out = join(dir, 'filter-summary.xlsx');
    const r = await runCli(['summary', writtenFile('openpyxl', ['table', 'filter']), '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('not carried into the copy');
    const parts = await packageParts(await readFile(out));
    const sheets = [...parts].filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map(([, b]) => b.toString());
    const filtered = sheets.find((x) => x.includes('outlineLevel="1"'))!;
    expect(filtered).toMatch(/<sheetPr [^>]*filterMode="1"/);
    expect(filtered).toContain(
      '<autoFilter ref="A1:B9"><filterColumn colId="1"><customFilters><customFilter operator="greaterThan" val="3000"/>' +
        '</customFilters></filterColumn><sortState ref="A2:B9"><sortCondition ref="B2:B9"/></sortState></autoFilter>',
    );
    const rows = (flag: string) =>
      [...filtered.matchAll(/<row\b[^>]*>/g)].filter(([t]) => t.includes(flag)).map(([t]) => /\sr="(\d+)"/.exec(t)![1]);
    expect(rows('hidden="1"')).toEqual(['2', '3', '4', '11', '12']);
    // The collapsed group's summary row (13), not its rows, nor the expanded group's (15, 16).
    expect(rows('collapsed="1"')).toEqual(['13']);
    const cols = [...filtered.matchAll(/<col\b[^>]*>/g)].filter(([t]) => t.includes('collapsed="1"'));
    expect(cols.map(([t]) => /\smin="(\d+)"/.exec(t)![1])).toEqual(['5']);
    const table = [...parts]
      .find(([n, b]) => /^xl\/tables\//.test(n) && b.toString().includes('tbl_O16'))![1]
      .toString();
    expect(table).toContain('<filterColumn colId="4"><filters><filter val="วิธีเฉพาะเจาะจง"/></filters></filterColumn>');
    expect(table).not.toContain('hiddenButton="1"');
    for (const [name, xml] of parts)
      if (/\.(xml|rels)$/.test(name)) expect(XMLValidator.validate(xml.toString()), name).toBe(true);
  });

  // Excel 2016 on writes a revision id (xr:uid) on filters and links, in a namespace its sheets' roots
  // declare and ExcelJS's do not: pasted back as they were, the sheet was not XML (openpyxl read no
  // file at all, and Excel dropped the sheet).
  it('the summary copy of a workbook as Excel 2016 on saves it is XML in every part, its filters and links kept', async () => {
    const out = join(dir, 'excel-summary.xlsx');
    const path = writtenFile('openpyxl', ['notes', 'table', 'kept', 'filter', 'excel']);
    const r = await runCli(['summary', path, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(strictXmlErrors(path)).toEqual([]);
    expect(strictXmlErrors(out)).toEqual([]);
    const parts = await packageParts(await readFile(out));
    const sheets = [...parts].filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map(([, b]) => b.toString());
    const filtered = sheets.find((x) => x.includes('outlineLevel="1"'))!;
    expect(filtered).toMatch(
      /<autoFilter ref="A1:B9" xr:uid="\{[\dA-F-]+\}"><filterColumn colId="1"><customFilters><customFilter operator="greaterThan" val="3000"\/>/,
    );
    // Declared as Excel declares it, and ignorable as there (Excel 2010 knows no xr).
    const root = /<worksheet\b[^>]*>/.exec(filtered)![0];
    expect(root).toContain(' xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"');
    expect(/ mc:Ignorable="([^"]*)"/.exec(root)![1]!.split(' ')).toEqual(['x14ac', 'xr']);
    const tax = sheets.find((x) => x.includes('<sheetProtection'))!;
    expect(tax).toMatch(/<hyperlink ref="A2" location="'O16'!G3"[^>]* xr:uid="\{[\dA-F-]+\}"\/>/);
    const table = [...parts].find(([n]) => /^xl\/tables\//.test(n))![1].toString();
    expect(table).toContain('<filter val="วิธีเฉพาะเจาะจง"/>');
  });

  it('the summary of an openpyxl workbook with a chart is written (ExcelJS could not load its drawing), and says what it lacks', async () => {
    const out = join(dir, 'chart-summary.xlsx');
    const r = await runCli(['summary', writtenFile('openpyxl', ['chart']), '-o', out, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Note: the charts or pictures in the file are not carried into the copy');
    const again = await ExcelJsWorkbook.load(new Uint8Array(await readFile(out)));
    expect(await again.sheetNames()).toEqual(['O16', 'กราฟ', 'O17 สรุป 2567', 'สรุปรายเดือน 2567']);
  });

  it('a form button (XlsxWriter): the summary copy, which cannot keep it, says so', async () => {
    const out = join(dir, 'button-summary.xlsx');
    const r = await runCli(['summary', writtenFile('xlsxwriter', ['button']), '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Note: the links to other workbooks or form controls in the file are not carried into the copy',
    );
  });

  it('a data bar as Excel 2010 on writes it: the marks are the sheet’s own rules, and LibreOffice keeps them', async () => {
    const path = writtenFile('xlsxwriter', ['notes', 'databar']);
    const wb = await ExcelJsWorkbook.load(new Uint8Array(await readFile(path)));
    const found = checkSheet(await wb.readSheet('O16')).findings;
    const { bytes, keptFile } = await wb.markedCopy(
      'O16',
      planMarks(found),
      buildFindingsLayout(found, 'ผลการตรวจ O16'),
    );
    expect(keptFile).toBe(true);
    // Before, the marks and the notes' drawing went inside the data bar's rule, before its own extLst.
    const sheet = (await packageParts(bytes)).get('xl/worksheets/sheet1.xml')!.toString();
    const rule = /<cfRule type="dataBar"[\s\S]*?<\/cfRule>/.exec(sheet)![0];
    expect(rule).not.toMatch(/<conditionalFormatting|<legacyDrawing/);
    const marked = join(dir, 'databar-marked.xlsx');
    await writeFile(marked, bytes);
    const resaved = (await packageParts(await readFile(await resavedByLibreOffice(marked, dir))))
      .get('xl/worksheets/sheet1.xml')!
      .toString();
    const ranges = [...resaved.matchAll(/<conditionalFormatting sqref="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    expect(ranges).toEqual(expect.arrayContaining(['G3:G4', 'H4', 'K4']));
  });
});
