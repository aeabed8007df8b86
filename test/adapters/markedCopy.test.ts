import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check/sheet';
import { fixesFor } from '../../src/core/findings/fixes';
import { NOTE_HEAD, planMarks } from '../../src/core/findings/marks';
import { buildFindingsLayout } from '../../src/core/findings/sheet';
import { ExcelJsWorkbook } from '../../src/workbook/file/exceljsWorkbook';
import { computedByLibreOffice, resavedByLibreOffice, savedAsByLibreOffice } from '../helpers/libreoffice';
import { fixableRows, writeXlsx } from '../helpers/o16';
import { tempDir } from '../helpers/tmp';
import { chartedO16, inStrict, packageParts, respelled, SPELLINGS } from '../helpers/package';
import { RUNS } from '../helpers/arbitraries';
import { a1 } from '../../src/core/cells/address';
import type { Finding } from '../../src/core/findings/types';
import { XlsxFile } from '../../src/workbook/file/xlsx/xlsxFile';

/** The marks ExcelJS reads back from a sheet: its conditional formats' cells by severity, and its notes. */
function marksOf(ws: ExcelJS.Worksheet) {
  const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] })
    .conditionalFormattings;
  const cells: Record<string, string[]> = {};
  for (const cf of formats)
    for (const r of cf.rules) {
      const severity = /ITA-CHECK:(\w+)/.exec(r.formulae?.[0] ?? '')?.[1];
      if (severity) cells[severity] = [...(cells[severity] ?? []), ...cf.ref.split(' ')].sort();
    }
  const notes = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const note = cell.note as string | { texts: { text: string }[] } | undefined;
      if (note) notes.set(cell.address, typeof note === 'string' ? note : note.texts.map((t) => t.text).join(''));
    }),
  );
  return { cells, notes };
}

let dir: string;
/** The user's workbook: an O16 with findings, and a summary sheet with a chart. */
let original: Uint8Array;

beforeAll(async () => {
  dir = await tempDir();
  original = await (await chartedO16(dir)).toBuffer();
});

/** The marked copy of `bytes` after the fixes of the cells `fix`, and the report it marks. */
async function markedCopyOf(bytes: Uint8Array, fix: readonly string[] = []) {
  const wb = await ExcelJsWorkbook.load(bytes);
  let report = checkSheet(await wb.readSheet('O16'));
  if (fix.length) {
    await wb.applyFixes(
      'O16',
      fixesFor(report.findings).filter((w) => fix.includes(w.cell)),
    );
    report = checkSheet(await wb.readSheet('O16'));
  }
  const copy = await wb.markedCopy(
    'O16',
    planMarks(report.findings),
    buildFindingsLayout(report.findings, 'ผลการตรวจ O16'),
  );
  return { ...copy, report, wb };
}

/**
 * Checks the copy marked again after H2 was fixed in a marked copy of `original`: only K3's mark and
 * note are left, beside both findings sheets. Returns its notes' drawing.
 */
async function expectOnlyK3Left(bytes: Uint8Array): Promise<string> {
  const model = new ExcelJS.Workbook();
  await model.xlsx.load(bytes as unknown as ArrayBuffer);
  const { cells, notes } = marksOf(model.getWorksheet('O16')!);
  expect(cells).toEqual({ warning: ['K3'] });
  expect([...notes.keys()]).toEqual(['K3']);
  expect(model.worksheets.map((w) => w.name)).toEqual(['O16', 'O17 สรุป 2567', 'ผลการตรวจสอบ', 'ผลการตรวจสอบ (2)']);
  const vml = (await packageParts(bytes)).get('xl/drawings/vmlDrawing1.vml')!.toString();
  // One shape, for K3's note; H2's went with its note.
  expect(vml.match(/<v:shape\s/g)).toHaveLength(1);
  expect(vml).toContain('<x:Row>2</x:Row><x:Column>10</x:Column>');
  return vml;
}

describe('a copy with the findings (the pane without Excel)', () => {
  it('is the file itself with marks, notes and a findings sheet added: the chart and every other part kept byte for byte', async () => {
    const { bytes, keptFile, report } = await markedCopyOf(original);
    expect(keptFile).toBe(true);
    const [before, after] = [await packageParts(original), await packageParts(bytes)];
    const changed = [...before.keys()].filter((n) => !after.get(n)!.equals(before.get(n)!));
    expect(changed.sort()).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect([...after.keys()].filter((n) => !before.has(n)).sort()).toEqual([
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      // The summary sheet's table is table1.
      'xl/tables/table2.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/_rels/sheet3.xml.rels',
      'xl/worksheets/sheet3.xml',
    ]);
    expect([...after.keys()].some((n) => n.startsWith('xl/charts/'))).toBe(true);

    // What ExcelJS reads back: the same marks and notes as the plan, and the findings as a table.
    const plan = planMarks(report.findings);
    const model = new ExcelJS.Workbook();
    await model.xlsx.load(bytes as unknown as ArrayBuffer);
    const { cells, notes } = marksOf(model.getWorksheet('O16')!);
    expect(cells).toEqual({ error: [...plan.cells.error].sort(), warning: [...plan.cells.warning].sort() });
    expect(Object.fromEntries(notes)).toEqual(Object.fromEntries(plan.notes.map((n) => [n.cell, n.text])));
    const sheet = model.getWorksheet('ผลการตรวจสอบ')!;
    expect(sheet.getCell('A1').value).toBe('ผลการตรวจ O16');
    expect(sheet.getRow(3).values).toEqual([undefined, 'แผ่นงาน', 'เซลล์', 'ระดับ', 'รหัส', 'ข้อความ', 'ค่าที่พบ', 'ค่าที่แนะนำ']);
    expect(sheet.rowCount).toBe(3 + report.findings.length);
    expect(sheet.getCell('B4').formula).toMatch(/^HYPERLINK\("#'O16'!/);
    expect(Object.keys((sheet as unknown as { tables: object }).tables)).toEqual(['tbl_findings']);
    expect(sheet.getCell('E4').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getCell('A3').font).toMatchObject({ bold: true, name: 'TH Sarabun New' });
  });

  it('opens in LibreOffice, which computes the links and keeps the notes and the table when it saves', async () => {
    const { bytes, report } = await markedCopyOf(original);
    const path = join(dir, 'marked.xlsx');
    await writeFile(path, bytes);
    const findingsSheet = await computedByLibreOffice(path, dir, 3);
    expect(findingsSheet[3]!.slice(0, 4)).toEqual([
      'O16',
      report.findings[0]!.cell,
      expect.any(String),
      report.findings[0]!.code,
    ]);
    const resaved = await packageParts(await readFile(await resavedByLibreOffice(path, dir)));
    const comments = [...resaved.entries()].filter(([n]) => /comments\d*\.xml$/.test(n)).map(([, b]) => b.toString());
    expect(comments.join('')).toContain(NOTE_HEAD);
    expect([...resaved.keys()].some((n) => /^xl\/tables\/table\d+\.xml$/.test(n))).toBe(true);
    expect([...resaved.keys()].some((n) => n.startsWith('xl/charts/'))).toBe(true);
  });

  it('of a file saved by LibreOffice (another writer, its own XML, styles and notes) is written in place too', async () => {
    const path = join(dir, 'by-lo-source.xlsx');
    await writeXlsx(path, { O16: fixableRows() });
    // The user's own note, drawn by LibreOffice its own way (shapes named shape_0, no block of ids claimed).
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(path);
    source.getWorksheet('O16')!.getCell('A1').note = 'ของผู้ใช้';
    await source.xlsx.writeFile(path);
    const bytes = new Uint8Array(await readFile(await savedAsByLibreOffice(path, dir, 'xlsx')));
    expect((await packageParts(bytes)).get('xl/drawings/vmlDrawing1.vml')!.toString()).not.toContain('o:idmap');
    const { bytes: copy, keptFile, report } = await markedCopyOf(bytes);
    expect(keptFile).toBe(true);
    const model = new ExcelJS.Workbook();
    await model.xlsx.load(copy as unknown as ArrayBuffer);
    const plan = planMarks(report.findings);
    const { cells, notes } = marksOf(model.getWorksheet('O16')!);
    expect(cells).toEqual({ error: ['H2'], warning: ['K3'] });
    expect(notes.get('H2')).toBe(plan.notes.find((n) => n.cell === 'H2')!.text);
    expect(notes.get('A1')).toBe('ของผู้ใช้');
    await writeFile(join(dir, 'by-lo-marked.xlsx'), copy);
    const shown = await computedByLibreOffice(join(dir, 'by-lo-marked.xlsx'), dir, 2);
    expect(shown[3]!.slice(0, 2)).toEqual(['O16', report.findings[0]!.cell]);
    // LibreOffice reads every note of the copy: saved again, each is still there.
    const resaved = await packageParts(await readFile(await resavedByLibreOffice(join(dir, 'by-lo-marked.xlsx'), dir)));
    const comments = [...resaved.entries()].filter(([n]) => /comments\d*\.xml$/.test(n)).map(([, b]) => b.toString());
    expect(comments.join('').match(/<comment /g)).toHaveLength(plan.notes.length + 1);
  });

  it('is cleared without a trace by the other writer, as the pane clears marks', async () => {
    const { bytes } = await markedCopyOf(original);
    const wb = await ExcelJsWorkbook.load(bytes);
    expect(await wb.clearMarks('O16')).toBeGreaterThan(0);
    const model = await wb.excel();
    expect(marksOf(model.getWorksheet('O16')!)).toEqual({ cells: {}, notes: new Map() });
  });

  it('after fixes, holds the fixed values and marks only what is left', async () => {
    const { bytes, report, keptFile } = await markedCopyOf(original, ['H2']);
    expect([keptFile, report.findings.map((f) => f.cell)]).toEqual([true, ['B2', 'B3', 'K3']]);
    const again = await ExcelJsWorkbook.load(bytes);
    const grid = await again.readSheet('O16');
    expect(grid.values[1]![7]).toBe('0105536112014');
    expect(checkSheet(grid).findings).toEqual(report.findings);
    const model = await again.excel();
    // K3's CE year is the one warning left; information (B2, B3) is listed, not marked.
    expect(marksOf(model.getWorksheet('O16')!).cells).toEqual({ warning: ['K3'] });
    expect([...marksOf(model.getWorksheet('O16')!).notes.keys()]).toEqual(['K3']);
  });

  it('of a copy marked before, shows only the findings left: the marks and notes of what was fixed since go, in place', async () => {
    const first = await markedCopyOf(original);
    // The user fixes the tax id (H2) in the marked copy, then checks it again.
    const second = await markedCopyOf(first.bytes, ['H2']);
    expect(second.keptFile).toBe(true);
    await expectOnlyK3Left(second.bytes);
  });

  it.each(Object.entries(SPELLINGS))(
    'of a file whose attributes are written %s, marked and marked again, is written in place each time, whole',
    async (_, spell) => {
      // The user's own conditional format: the marks' rules must not take its priority.
      const model0 = new ExcelJS.Workbook();
      await model0.xlsx.load(original as unknown as ArrayBuffer);
      model0.getWorksheet('O16')!.addConditionalFormatting({
        ref: 'B2:B3',
        rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['100000'], priority: 1, style: {} }],
      });
      const source = await respelled(new Uint8Array(await model0.xlsx.writeBuffer()), spell);
      const first = await markedCopyOf(source);
      const second = await markedCopyOf(await respelled(first.bytes, spell), ['H2']);
      expect([first.keptFile, second.keptFile]).toEqual([true, true]);
      for (const copy of [first.bytes, second.bytes]) {
        const parts = await packageParts(copy);
        // An attribute added beside its old self written another way is a file Excel must repair.
        for (const [name, part] of parts)
          if (/\.(xml|rels|vml)$/.test(name)) expect(XMLValidator.validate(part.toString('utf8')), name).toBe(true);
        const workbook = parts.get('xl/workbook.xml')!.toString();
        const ids = [...workbook.matchAll(/\ssheetId\s*=\s*["'](\d+)/g)].map((m) => m[1]);
        expect(new Set(ids).size, workbook).toBe(ids.length);
        const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString();
        const priorities = [...sheet.matchAll(/\spriority\s*=\s*["'](\d+)/g)].map((m) => m[1]);
        expect(new Set(priorities).size, sheet).toBe(priorities.length);
      }
      // H2's note went, though written another way; one shape type.
      const vml = await expectOnlyK3Left(second.bytes);
      expect(vml.match(/<v:shapetype\s/g)).toHaveLength(1);
      // The blocks of shape ids the drawing claims hold its shapes' ids.
      const claimed = /<o:idmap\b[^>]*\sdata\s*=\s*["']([^"']*)/.exec(vml)![1]!.split(',').map(Number);
      for (const [, id] of vml.matchAll(/<v:shape\s+id\s*=\s*["']_x0000_s(\d+)/g))
        expect(claimed).toContain(Math.floor((Number(id) - 1) / 1024));
      // Cleared in the pane: what the file holds is counted, K3's rule and its note.
      expect(await (await ExcelJsWorkbook.load(await respelled(second.bytes, spell))).clearMarks('O16')).toBe(2);
    },
  );

  it('of a Strict Open XML workbook is marked in place in Strict, and LibreOffice reads its notes and findings', async () => {
    const strict = await inStrict(original);
    expect((await packageParts(strict)).get('xl/worksheets/sheet1.xml')!.toString()).toContain(
      '<c r="K2" s="1" t="d"><v>2024-01-01T00:00:00</v></c>',
    );
    const { bytes, keptFile, report } = await markedCopyOf(strict);
    expect(keptFile).toBe(true);
    // Read as the same sheet: the same findings, dates written as text included.
    const findings = (r: typeof report) => r.findings.map((f) => `${f.code}@${f.cell}`);
    expect(findings(report)).toEqual(findings((await markedCopyOf(original)).report));
    // One vocabulary throughout: a part or relationship in the usual namespaces within a Strict
    // package is one Excel does not expect there.
    for (const [name, part] of await packageParts(bytes)) {
      const xml = part.toString('utf8');
      expect(xml, name).not.toMatch(/schemas\.openxmlformats\.org\/(spreadsheetml|officeDocument)\//);
      if (/\.(xml|rels|vml)$/.test(name)) expect(XMLValidator.validate(xml), name).toBe(true);
    }
    const path = join(dir, 'strict-marked.xlsx');
    await writeFile(path, bytes);
    const findingsSheet = await computedByLibreOffice(path, dir, 3);
    expect(findingsSheet[3]!.slice(0, 2)).toEqual(['O16', report.findings[0]!.cell]);
    const resaved = await packageParts(await readFile(await resavedByLibreOffice(path, dir)));
    const comments = [...resaved.entries()].filter(([n]) => /comments\d*\.xml$/.test(n)).map(([, b]) => b.toString());
    expect(comments.join('').match(/<comment /g)).toHaveLength(planMarks(report.findings).notes.length);
    // Cleared in the pane: both marks and both notes are found.
    expect(await (await ExcelJsWorkbook.load(bytes)).clearMarks('O16')).toBe(4);
  });

  it("gives its notes shape ids that no other sheet's notes use, whichever drawing holds the highest block", async () => {
    // Excel gives each sheet's notes a block of 1,024 shape ids of its own; two drawings sharing a
    // block is a file Excel repairs, dropping notes. Here the highest block is neither first nor last.
    const model = new ExcelJS.Workbook();
    await model.xlsx.load(original as unknown as ArrayBuffer);
    for (const name of ['N1', 'N2', 'N3']) {
      const cell = model.addWorksheet(name).getCell('A1');
      cell.value = name;
      cell.note = `ของผู้ใช้ ${name}`;
    }
    const zip = await JSZip.loadAsync(await model.xlsx.writeBuffer());
    const theirs = Object.keys(zip.files)
      .filter((name) => name.endsWith('.vml'))
      .sort();
    expect(theirs).toHaveLength(3);
    const blocks = new Map(theirs.map((name, i) => [name, [1, 3, 2][i]!]));
    for (const [name, block] of blocks) {
      const vml = await zip.file(name)!.async('string');
      zip.file(
        name,
        vml.replace(/data="1"/, `data="${block}"`).replace(/_x0000_s1025/g, `_x0000_s${block * 1024 + 1}`),
      );
    }
    const { bytes, keptFile } = await markedCopyOf(await zip.generateAsync({ type: 'uint8array' }));
    expect(keptFile).toBe(true);
    const parts = await packageParts(bytes);
    const vmls = [...parts].filter(([name]) => name.endsWith('.vml'));
    expect(vmls).toHaveLength(4);
    const blockOf = (vml: string) => /<o:idmap\b[^>]*\sdata="([^"]*)"/.exec(vml)![1]!.split(',').map(Number);
    const ours = vmls.find(([name]) => !blocks.has(name))![1].toString();
    expect(blockOf(ours)).toEqual([4]);
    const ids = (vml: string) => [...vml.matchAll(/<v:shape\s+id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids(ours)).toHaveLength(2);
    for (const id of ids(ours)) expect(Math.floor((id - 1) / 1024)).toBe(4);
    // The users' notes are all still there beside ours.
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const name of ['N1', 'N2', 'N3'])
      expect(marksOf(copy.getWorksheet(name)!).notes.get('A1')).toBe(`ของผู้ใช้ ${name}`);
    expect([...marksOf(copy.getWorksheet('O16')!).notes.keys()].sort()).toEqual(['H2', 'K3']);
  });

  it("keeps the user's own notes: a cell with one gets no note of ours, the others get theirs", async () => {
    const path = join(dir, 'user-notes.xlsx');
    await writeXlsx(path, { O16: fixableRows() });
    const model = new ExcelJS.Workbook();
    await model.xlsx.readFile(path);
    model.getWorksheet('O16')!.getCell('H2').note = 'ตรวจกับสัญญาแล้ว';
    model.getWorksheet('O16')!.getCell('A1').note = 'ของผู้ใช้';
    const { bytes, keptFile } = await markedCopyOf(new Uint8Array(await model.xlsx.writeBuffer()));
    expect(keptFile).toBe(true);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ArrayBuffer);
    const { cells, notes } = marksOf(copy.getWorksheet('O16')!);
    expect(cells).toEqual({ error: ['H2'], warning: ['K3'] });
    expect(notes.get('H2')).toBe('ตรวจกับสัญญาแล้ว');
    expect(notes.get('A1')).toBe('ของผู้ใช้');
    expect(notes.get('K3')).toContain(NOTE_HEAD);
  });

  it('names its findings table apart from a defined name of the workbook (Excel would repair the file)', async () => {
    const path = join(dir, 'defined-name.xlsx');
    await writeXlsx(path, { O16: fixableRows() });
    const model = new ExcelJS.Workbook();
    await model.xlsx.readFile(path);
    model.definedNames.add("'O16'!$A$1", 'tbl_findings');
    const { bytes, keptFile } = await markedCopyOf(new Uint8Array(await model.xlsx.writeBuffer()));
    expect(keptFile).toBe(true);
    const parts = await packageParts(bytes);
    const tables = [...parts.keys()].filter((p) => /^xl\/tables\//.test(p)).map((p) => parts.get(p)!.toString());
    expect(tables.map((t) => /displayName="([^"]+)"/.exec(t)?.[1])).toEqual(['tbl_findings_2']);
    expect(parts.get('xl/workbook.xml')!.toString()).toContain('<definedName name="tbl_findings"');
  });

  it("of a sheet where a note holds the user's text and ours together, is written by ExcelJS instead, and says so", async () => {
    const path = join(dir, 'mixed-note.xlsx');
    await writeXlsx(path, { O16: fixableRows() });
    const model = new ExcelJS.Workbook();
    await model.xlsx.readFile(path);
    // As the add-in in Excel leaves a note the user wrote first.
    model.getWorksheet('O16')!.getCell('H2').note = `ของผู้ใช้\n\n${NOTE_HEAD} เลขประจำตัวผิด`;
    const { bytes, keptFile, report } = await markedCopyOf(new Uint8Array(await model.xlsx.writeBuffer()));
    expect(keptFile).toBe(false);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ArrayBuffer);
    const plan = planMarks(report.findings);
    expect(marksOf(copy.getWorksheet('O16')!).cells.error).toEqual([...plan.cells.error].sort());
  });

  it('for any sheet and findings, marks exactly the plan, notes its texts, lists the findings, and changes no value; marked again, shows the new plan only', async () => {
    // Texts with what XML must escape or cannot hold, as messages quote what users typed.
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('ก & <ข> "ค"', '_x0041_', 'a\r\nb', '\u0001x', ']]>', 'แถว 5: ราคา 1,480'),
    );
    const finding = fc.record({
      row: fc.integer({ min: 1, max: 8 }),
      col: fc.integer({ min: 1, max: 6 }),
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      message: text,
      value: fc.option(text, { nil: undefined }),
    });
    const findingsOf = (picked: readonly (typeof finding extends fc.Arbitrary<infer F> ? F : never)[]): Finding[] =>
      picked.map((f, i) => ({
        code: `code-${i}`,
        severity: f.severity,
        sheet: 'O16',
        cell: a1(f.row, f.col),
        row: f.row,
        column: null,
        message: { th: f.message, en: f.message },
        ...(f.value !== undefined ? { value: f.value } : {}),
      }));
    const sorted = (xs: readonly string[]) => [...xs].sort();
    /** The marked copy of `bytes` for `findings`, checked against the plan; its bytes. */
    async function markedAndChecked(bytes: Uint8Array, findings: Finding[]): Promise<Uint8Array> {
      const plan = planMarks(findings);
      const wb = await ExcelJsWorkbook.load(bytes);
      const before = await wb.readSheet('O16');
      const { bytes: copy, keptFile } = await wb.markedCopy('O16', plan, buildFindingsLayout(findings, 'ผลการตรวจ'));
      expect(keptFile).toBe(true);
      const file = await XlsxFile.open(copy);
      expect(await (await ExcelJsWorkbook.load(copy)).readSheet('O16')).toEqual(before);
      expect(Object.fromEntries((await file.notes()).get('O16') ?? [])).toEqual(
        Object.fromEntries(plan.notes.map((n) => [n.cell, n.text])),
      );
      const read = new ExcelJS.Workbook();
      await read.xlsx.load(copy as unknown as ArrayBuffer);
      expect(marksOf(read.getWorksheet('O16')!).cells).toEqual({
        ...(plan.cells.error.length ? { error: sorted(plan.cells.error) } : {}),
        ...(plan.cells.warning.length ? { warning: sorted(plan.cells.warning) } : {}),
      });
      const listed = await file.readSheet(read.worksheets.at(-1)!.name, { maxColumns: 10 });
      expect(listed.values.slice(3).map((r) => r[4] ?? null)).toEqual(
        findings.map((f) => (f.message.th === '' ? null : f.message.th)),
      );
      return copy;
    }
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.option(text, { nil: null }), { maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.array(finding, { maxLength: 12 }),
        fc.array(finding, { maxLength: 12 }),
        async (rows, first, second) => {
          const model = new ExcelJS.Workbook();
          const ws = model.addWorksheet('O16');
          rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
          const copy = await markedAndChecked(new Uint8Array(await model.xlsx.writeBuffer()), findingsOf(first));
          await markedAndChecked(copy, findingsOf(second));
        },
      ),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });
});
