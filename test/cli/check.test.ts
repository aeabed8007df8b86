import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { goodRow, o16Rows, withoutColumns, writeXlsx } from '../helpers/o16';
import { oleFile } from '../helpers/ole';
import { SKR1_HEADERS, skr1Row } from '../helpers/skr1';
import { tempDir } from '../helpers/tmp';

let dir: string;
const f = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await tempDir();
  await writeXlsx(f('correct.xlsx'), { O16: o16Rows([goodRow(0), goodRow(1), goodRow(2)]) });
  await writeXlsx(f('missing.xlsx'), {
    O16: withoutColumns(o16Rows([goodRow(0)]), ['ราคากลาง (บาท)', 'เลขที่โครงการ']),
  });
  await writeXlsx(f('titled.xlsx'), {
    O16: o16Rows([goodRow(0), [...goodRow(1).slice(0, 5), null, ...goodRow(1).slice(6)]], {
      titleRows: [['ผลการจัดซื้อจัดจ้าง เทศบาลตำบลตัวอย่าง'], ['ประจำปีงบประมาณ พ.ศ. 2567']],
    }),
  });
  await writeFile(f('corrupt.xlsx'), 'PK\u0003\u0004 this is not really a zip');
  await mkdir(f('folder/sub'), { recursive: true });
  await writeXlsx(f('folder/a.xlsx'), { O16: o16Rows([goodRow(0)]) });
  await writeXlsx(f('folder/sub/b.xlsx'), { O16: withoutColumns(o16Rows([goodRow(0)]), ['เลขที่โครงการ']) });
  await writeFile(f('folder/notes.txt'), 'not a workbook');
});

describe('ita-check', () => {
  it('passes a correct sheet: exit 0, no findings', async () => {
    const r = await runCli(['--format', 'json', f('correct.xlsx')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0 });
    expect(json.files[0]).toMatchObject({ file: f('correct.xlsx'), error: null });
    expect(json.files[0].sheets[0]).toMatchObject({
      name: 'O16',
      kind: 'procurement',
      template: 'ita2567-o16',
      headerRow: 1,
      rows: 3,
      findings: [],
    });
  });

  it('reports a sheet missing ราคากลาง and เลขที่โครงการ: exit 1, two missing-column', async () => {
    const r = await runCli(['--format', 'json', f('missing.xlsx')]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).files[0].sheets[0].findings;
    expect(findings.map((x: { code: string }) => x.code)).toEqual(['missing-column', 'missing-column']);
    expect(findings.map((x: { column: string }) => x.column).sort()).toEqual(['ราคากลาง (บาท)', 'เลขที่โครงการ']);
    for (const x of findings) {
      expect(x).toMatchObject({ severity: 'error', cell: 'A1', row: 1, sheet: 'O16' });
      expect(x.message.th.length).toBeGreaterThan(0);
      expect(x.message.en.length).toBeGreaterThan(0);
    }
  });

  it('finds a header on row 3 under a title and names the empty cell', async () => {
    const r = await runCli(['--format', 'json', f('titled.xlsx')]);
    expect(r.code).toBe(1);
    const sheet = JSON.parse(r.stdout).files[0].sheets[0];
    expect(sheet.headerRow).toBe(3);
    expect(sheet.rows).toBe(2);
    expect(sheet.findings).toEqual([
      expect.objectContaining({ code: 'required-value', cell: 'F5', row: 5, column: 'ราคากลาง (บาท)' }),
    ]);
  });

  it('names a corrupt file on one line, without a stack trace: exit 2', async () => {
    const r = await runCli([f('corrupt.xlsx')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('corrupt.xlsx');
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('says a text file given by name (an e-GP API answer in .json) is no workbook, not a damaged one', async () => {
    await writeFile(f('results.json'), '{"projects": [{"id": "67119524001", "price": 1480}]}');
    const r = await runCli([f('results.json'), f('corrupt.xlsx'), '--format', 'json', '--lang', 'en']);
    const out = JSON.parse(r.stdout) as { files: { errorCode: string; error: string }[] };
    expect(out.files.map((x) => x.errorCode)).toEqual(['not-a-workbook', 'damaged']);
    expect(out.files[0]!.error).toContain('tables saved as text (.csv, .tsv, or .txt separated by tabs)');
  });

  it('says a PDF, a Word or a PowerPoint file given by name is that document, not a damaged workbook', async () => {
    // A PDF mostly of text, as LibreOffice exports a report; one named .xlsx too.
    const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF\n';
    await writeFile(f('รายงาน ITA.pdf'), pdf);
    await writeFile(f('report-named.xlsx'), pdf);
    const word = new JSZip();
    word.file('[Content_Types].xml', '<Types/>');
    word.file('word/document.xml', '<w:document/>');
    await writeFile(f('บันทึก.docx'), await word.generateAsync({ type: 'uint8array' }));
    const slides = new JSZip();
    slides.file('ppt/presentation.xml', '<p:presentation/>');
    await writeFile(f('slides.pptx'), await slides.generateAsync({ type: 'uint8array' }));
    const args = ['--format', 'json', '--lang', 'en'];
    const files = ['รายงาน ITA.pdf', 'report-named.xlsx', 'บันทึก.docx', 'slides.pptx'].map(f);
    const out = JSON.parse((await runCli([...args, ...files])).stdout) as {
      files: { errorCode: string; error: string }[];
    };
    expect(out.files.map((x) => [x.errorCode, x.error.split(',')[0]])).toEqual([
      ['not-a-workbook', 'a PDF file'],
      ['not-a-workbook', 'a PDF file'],
      ['not-a-workbook', 'a Word document (.docx)'],
      ['not-a-workbook', 'a PowerPoint presentation (.pptx)'],
    ]);
    expect(out.files[0]!.error).toContain('open the .xlsx workbook this document was made from instead');
    const th = JSON.parse((await runCli(['--format', 'json', files[0]!])).stdout) as { files: { error: string }[] };
    expect(th.files[0]!.error).toContain('เป็นไฟล์ PDF ไม่ใช่สมุดงาน Excel');
  });

  it('says a Word file or a PDF named .csv is that document, not a workbook or a table of text', async () => {
    const word = new JSZip();
    word.file('[Content_Types].xml', '<Types/>');
    word.file('word/document.xml', '<w:document/>');
    await writeFile(f('memo.csv'), await word.generateAsync({ type: 'uint8array' }));
    // A PDF of text reads as lines of text: it must not pass for a table.
    await writeFile(f('o16 export.csv'), '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF\n');
    await writeFile(f('memo-doc.csv'), oleFile([{ name: 'WordDocument' }, { name: '1Table' }]));
    // A workbook named .csv is still said to be one.
    await writeFile(f('book.csv'), await readFile(f('correct.xlsx')));
    const files = ['memo.csv', 'o16 export.csv', 'memo-doc.csv', 'book.csv'].map(f);
    const r = await runCli(['--format', 'json', '--lang', 'en', ...files]);
    const out = JSON.parse(r.stdout) as { files: { errorCode: string; error: string }[] };
    expect(out.files.map((x) => [x.errorCode, x.error.split(',')[0]])).toEqual([
      ['not-a-workbook', 'a Word document (.docx)'],
      ['not-a-workbook', 'a PDF file'],
      ['not-a-workbook', 'a Word document (.doc)'],
      ['excel-named-csv', 'an Excel workbook named .csv: rename it to .xlsx and open it again'],
    ]);
    expect(r.code).toBe(2);
  });

  it('says an old .xls holding a Word document (a memo embedded in the sheet) is an old workbook, and a Word file holding a sheet a Word document', async () => {
    // What is at the top of the file's directory tells: the embedded document has a storage of its own.
    const memo = { name: 'MBD0049A2F1', children: [{ name: '\u0001CompObj' }, { name: 'WordDocument' }] };
    const xls = oleFile([{ name: 'Workbook' }, memo, { name: '\u0005SummaryInformation' }]);
    await writeFile(f('สขร1 มี.ค.67 (มีบันทึกแนบ).xls'), xls);
    await writeFile(f('memo-inside.xlsx'), xls);
    // Excel 5 and 95 named the workbook's stream "Book".
    await writeFile(f('excel95.xls'), oleFile([{ name: 'Book' }, memo]));
    const sheet = { name: 'ObjectPool', children: [{ name: '_1234567890', children: [{ name: 'Workbook' }] }] };
    await writeFile(f('บันทึกมีตาราง.doc'), oleFile([{ name: 'WordDocument' }, { name: '1Table' }, sheet]));
    const files = ['สขร1 มี.ค.67 (มีบันทึกแนบ).xls', 'memo-inside.xlsx', 'excel95.xls', 'บันทึกมีตาราง.doc'].map(f);
    const out = JSON.parse((await runCli(['--format', 'json', '--lang', 'en', ...files])).stdout) as {
      files: { errorCode: string; error: string }[];
    };
    expect(out.files.map((x) => [x.errorCode, x.error.split(':')[0]])).toEqual([
      ['old-xls', 'an old Excel (.xls) workbook'],
      ['old-xls', 'an old Excel (.xls) file renamed .xlsx'],
      ['old-xls', 'an old Excel (.xls) workbook'],
      ['not-a-workbook', 'a Word document (.doc), not an Excel workbook'],
    ]);
  });

  it('says what a file named .xlsx or .xls really is: a Thai CSV, a real .xlsx, an old .xls', async () => {
    // Thai text: a three-byte character cut at the first 512 bytes read is no sign of damage.
    const thaiCsv = o16Rows([goodRow(0), goodRow(1), goodRow(2), goodRow(3)])
      .map((r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))).join(','))
      .join('\r\n');
    await writeFile(f('thai-csv.xlsx'), thaiCsv);
    await writeFile(f('workbook.xls'), await readFile(f('correct.xlsx')));
    const r = await runCli(['--format', 'json', '--lang', 'en', f('thai-csv.xlsx'), f('workbook.xls')]);
    const out = JSON.parse(r.stdout) as { files: { errorCode: string; error: string }[] };
    expect(out.files.map((x) => [x.errorCode, x.error])).toEqual([
      [
        'text-table-named-excel',
        'a table saved as text (CSV) but named as an Excel file: rename it to .csv and open it again',
      ],
      ['xlsx-named-xls', 'an .xlsx workbook named .xls: rename it to .xlsx and open it again'],
    ]);
  });

  it("reads Excel's Unicode Text (.txt, UTF-16, tabs) given by name, and a .tsv in a folder, as a CSV", async () => {
    // What Excel shows is what it saves as text: dates in พ.ศ., amounts as numbers.
    const shown = (v: unknown) =>
      v instanceof Date ? `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear() + 543}` : String(v);
    const text = o16Rows([goodRow(0), goodRow(1)])
      .map((r) => r.map(shown).join('\t'))
      .join('\r\n');
    await writeFile(f('unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await mkdir(f('tsv'));
    await writeFile(f('tsv/o16.tsv'), text);
    await writeFile(f('tsv/notes.txt'), 'ส่งภายในวันที่ 30, ก่อนเที่ยง');
    const r = await runCli(['--format', 'json', f('unicode.txt'), f('tsv')]);
    const out = JSON.parse(r.stdout) as { files: { file: string; error: null; sheets: object[] }[] };
    expect(out.files.map((x) => x.file)).toEqual([f('unicode.txt'), f('tsv/o16.tsv')]);
    for (const file of out.files)
      expect(file.sheets[0]).toMatchObject({ template: 'ita2567-o16', headerRow: 1, rows: 2, findings: [] });
    expect(r.code).toBe(0);
    // Notes given by name are no table: said so, as before .txt tables were read.
    const notes = await runCli(['--format', 'json', '--lang', 'en', f('tsv/notes.txt')]);
    expect(JSON.parse(notes.stdout).files[0].errorCode).toBe('not-a-workbook');
  });

  it('still checks and reports the other files when one cannot be read', async () => {
    const r = await runCli(['--format', 'json', f('corrupt.xlsx'), f('correct.xlsx'), f('missing.xlsx')]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((x: { error: string | null }) => x.error === null)).toEqual([false, true, true]);
    expect(json.summary).toMatchObject({ files: 3, errors: 2 });
  });

  it('walks directories for .xlsx files', async () => {
    const r = await runCli(['--format', 'json', f('folder')]);
    const files = JSON.parse(r.stdout).files.map((x: { file: string }) => x.file);
    expect(files).toEqual([f('folder/a.xlsx'), f('folder/sub/b.xlsx')]);
    expect(r.code).toBe(1);
  });

  it("lists a folder's files in the order of their names, whatever order the disk keeps them in", async () => {
    const names = ['ต.xlsx', 'b.xlsx', 'ก.xlsx', 'e.xlsx', 'a.xlsx', 'd.xlsx', 'c.xlsx'];
    await mkdir(f('order'));
    for (const n of names) await writeXlsx(f(`order/${n}`), { O16: o16Rows([goodRow(0)]) });
    const r = await runCli(['--format', 'json', f('order')]);
    const files = JSON.parse(r.stdout).files.map((x: { file: string }) => x.file);
    expect(files).toEqual([...names].sort().map((n) => f(`order/${n}`)));
  });

  it('exits 0 when a file has warnings but no errors', async () => {
    // The agreed price over ราคากลาง (but within the budget) is a warning.
    const over = goodRow(0);
    over[5] = 47_000;
    await writeXlsx(f('warned.xlsx'), { O16: o16Rows([over]) });
    const r = await runCli(['--format', 'json', f('warned.xlsx')]);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(r.code).toBe(0);
  });

  it('warns of a date pasted as a value into a General cell, which the published table shows as 45306', async () => {
    const a = goodRow(0);
    a[10] = 45306; // 15 Jan 2024, as "paste values" leaves it in a cell of the General format
    await writeXlsx(f('serial.xlsx'), { O16: o16Rows([a, goodRow(1)]) });
    const r = await runCli(['--format', 'json', f('serial.xlsx')]);
    const found = JSON.parse(r.stdout).files[0].sheets[0].findings;
    expect(found).toEqual([
      expect.objectContaining({
        code: 'date-as-number',
        cell: 'K2',
        severity: 'warning',
        suggestion: expect.objectContaining({ value: '2024-01-15', display: '15 ม.ค. 2567' }),
      }),
    ]);
  });

  it('prints a readable table per file in text mode, Thai by default and English on request', async () => {
    const th = await runCli([f('missing.xlsx')]);
    expect(th.stdout).toContain('missing.xlsx');
    expect(th.stdout).toMatch(/A1\s+ข้อผิดพลาด\s+missing-column\s+ไม่พบคอลัมน์/);
    expect(th.stdout).toContain('ข้อผิดพลาด 2');
    const en = await runCli(['--lang', 'en', f('missing.xlsx')]);
    expect(en.stdout).toMatch(
      /missing-column\s+Column "Reference price \(baht\)"|missing-column\s+Column "e-GP project number"/,
    );
    expect(en.stdout).toContain('2 error(s)');
    expect(en.stdout).toMatch(/A1\s+error\s+missing-column/);
  });

  it('prints what a checklist or a score sheet is kept for: completeness and the projected OIT score', async () => {
    const path = f('oit-text.xlsx');
    const made = await runCli(['template', 'oit-2567', '-o', path]);
    // Said in Thai, as every message is unless --lang en.
    expect([made.code, made.stdout]).toEqual([0, `${path}: แผ่นงาน "OIT 2567" (oit-2567)\n`]);
    const th = await runCli([path]);
    expect(th.stdout).toContain(
      'ความครบถ้วน OIT ปี 2567 0.00% (ครบ 0 จาก 35 ข้อ) คะแนน OIT ที่คาดว่าจะได้ 0; ยังไม่ครบ O1, O2, O3, O4, O5, O6, O7, O8 และอีก 27 ข้อ',
    );
    const en = await runCli(['--lang', 'en', path]);
    expect(en.stdout).toContain(
      'OIT 2567 complete 0.00% (0 of 35 items), projected OIT score 0; not yet complete: O1,',
    );
    // Every item done but one that does not apply to the agency at all: said, not left as "34 of 35".
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    ws.eachRow((row, r) => {
      const code = row.getCell(1).value;
      if (r > 3 && typeof code === 'string' && /^O\d+$/.test(code))
        row.getCell(5).value = code === 'O30' ? 'ไม่เกี่ยวข้อง' : 'ดำเนินการแล้ว';
    });
    await wb.xlsx.writeFile(f('oit-na.xlsx'));
    const na = await runCli([f('oit-na.xlsx')]);
    expect(na.stdout).toContain('ความครบถ้วน OIT ปี 2567 100.00% (ครบ 34 จาก 35 ข้อ ไม่เกี่ยวข้อง 1 ข้อ)');
    expect(na.stdout).not.toContain('ยังไม่ครบ');
    expect((await runCli(['--lang', 'en', f('oit-na.xlsx')])).stdout).toContain('(34 of 35 items, 1 not applicable)');
    // One item left to do: named, as the JSON names it.
    ws.eachRow((row, r) => {
      if (r > 3 && row.getCell(1).value === 'O17') row.getCell(5).value = 'ยังไม่ได้ดำเนินการ';
    });
    await wb.xlsx.writeFile(f('oit-o17.xlsx'));
    expect((await runCli([f('oit-o17.xlsx')])).stdout).toMatch(/\(ครบ 33 จาก 35 ข้อ ไม่เกี่ยวข้อง 1 ข้อ\) .*; ยังไม่ครบ O17\n/);
  });

  it('says a folder given to import-egp is a folder, not a file it could not read', async () => {
    const r = await runCli(['--lang', 'en', 'import-egp', f('folder'), '-o', f('imported.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`ita-check: ${f('folder')}: is a directory`);
  });

  it('treats bad usage as exit 2 with the usage text, said in Thai unless --lang en', async () => {
    const cases: [string[], string, string][] = [
      [[], 'ไม่ได้ระบุไฟล์หรือโฟลเดอร์ที่จะตรวจ', 'no file or directory given'],
      [['--format', 'xml', f('correct.xlsx')], 'ไม่รู้จัก --format xml', 'unknown --format xml (use text or json)'],
      [['--bogus'], 'ไม่รู้จักตัวเลือก --bogus', 'unknown option --bogus'],
      [['-o'], 'ตัวเลือก --output ต้องตามด้วยค่า', 'option --output needs a value'],
      // Followed by another option: one line, not Node's three ("argument is ambiguous …").
      [
        ['template', 'ita-score', '-o', f('y.xlsx'), '--year', '--force'],
        'ตัวเลือก --year ต้องตามด้วยค่า',
        'option --year needs a value',
      ],
      [['score', '--year', '67'], 'ระบุปีที่ประเมินเป็น พ.ศ. 2550–2700', 'give the assessment year in BE, from 2550 to 2700'],
      // A word more than the command reads, or a language it has not, is refused, not ignored.
      [['template', 'oit-2567', 'extra', '-o', f('extra.xlsx')], 'คำสั่งนี้ไม่รับ extra', "unexpected argument 'extra'"],
      [
        ['summary', f('correct.xlsx'), f('missing.xlsx'), '-o', f('extra.xlsx')],
        `คำสั่งนี้ไม่รับ ${f('missing.xlsx')}`,
        `unexpected argument '${f('missing.xlsx')}'`,
      ],
      [['import-egp', f('a.csv'), f('b.csv'), '-o', f('extra.xlsx')], `คำสั่งนี้ไม่รับ ${f('b.csv')}`, 'unexpected argument'],
      [['template', '--lang', 'fr'], 'ไม่รู้จัก --lang fr', 'unknown --lang fr (use th or en)'],
      [['score', '--lang', 'fr', '--year', '2567'], 'ไม่รู้จัก --lang fr', 'unknown --lang fr'],
    ];
    for (const [args, th, en] of cases) {
      const r = await runCli(args);
      expect([r.code, r.stderr.split('\n')[0]], args.join(' ')).toEqual([2, expect.stringContaining(th)]);
      expect(r.stderr).toContain('วิธีใช้: ita-check');
      const e = await runCli(['--lang', 'en', ...args]);
      expect([e.code, e.stderr.split('\n')[0]], args.join(' ')).toEqual([2, expect.stringContaining(en)]);
      expect(e.stderr).toContain('Usage: ita-check');
    }
    expect((await runCli([f('no-such.xlsx')])).code).toBe(2);
    expect(existsSync(f('extra.xlsx'))).toBe(false);
  });
});

describe('ita-check JSON with the rules of every column', () => {
  it('reports value, suggestion and message for each finding, and a stable code set', async () => {
    const a = goodRow(0);
    a[1] = '๕๐,๐๐๐';
    a[7] = '3100600445636';
    const b = goodRow(1);
    b[6] = 60_000; // over the budget of 50,001
    b[9] = '6.71E+10';
    await writeXlsx(f('rules.xlsx'), { O16: o16Rows([a, b]) });
    const r = await runCli(['--format', 'json', f('rules.xlsx')]);
    expect(r.code).toBe(1);
    const sheet = JSON.parse(r.stdout).files[0].sheets[0];
    expect(sheet.fiscalYear).toBe(2567);
    const byCode = Object.fromEntries(sheet.findings.map((x: { code: string }) => [x.code, x]));
    // Over a budget equal to its ราคากลาง, the price is one error (not also a warning over ราคากลาง).
    expect(Object.keys(byCode).sort()).toEqual(
      ['price-over-budget', 'project-number-format', 'tax-id-checksum', 'thai-digits'].sort(),
    );
    expect(byCode['thai-digits']).toMatchObject({
      cell: 'B2',
      severity: 'info',
      value: '๕๐,๐๐๐',
      suggestion: { value: 50000 },
    });
    expect(byCode['price-over-budget'].message.th).toBe(
      'แถว 3: ราคาที่ตกลง 60,000 เกินวงเงินงบประมาณ 50,001 (เกิน 9,999 บาท)',
    );
    expect(byCode['tax-id-checksum'].value).toBe('3-1006-xxxxx-xx-6');
  });
});

describe('a workbook with its O17 summary typed beside the list', () => {
  it('judges the summary against the list, in the JSON and the text', async () => {
    const path = join(dir, 'o17-with-summary.xlsx');
    const list = o16Rows([goodRow(0), goodRow(1), goodRow(2)], {
      titleRows: [['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O17)'], []],
    });
    const summaryHeaders = ['วิธีการจัดซื้อจัดจ้าง', 'จำนวนรายการจัดซื้อจัดจ้าง', 'งบประมาณที่ใช้ในการจัดซื้อจัดจ้าง (บาท)'];
    // Three เฉพาะเจาะจง buys of 50,000 + 50,001 + 50,002 budget; the summary says 5 and the right budget.
    await writeXlsx(path, {
      'O17 2567': list,
      'O17 สรุป': [
        ['สรุปผลการจัดซื้อจัดจ้าง จำแนกตามวิธีการ ประจำปีงบประมาณ พ.ศ. 2567'],
        [],
        summaryHeaders,
        ['วิธีเฉพาะเจาะจง', 5, 150_003],
      ],
    });
    const r = await runCli(['--format', 'json', path]);
    const sheets = JSON.parse(r.stdout).files[0].sheets as {
      name: string;
      findings: { code: string; cell: string }[];
    }[];
    const mismatches = (s: (typeof sheets)[number]) =>
      s.findings.filter((f) => f.code === 'summary-mismatch').map((f) => f.cell);
    expect(sheets.map((s) => [s.name, mismatches(s)])).toEqual([
      ['O17 2567', []],
      ['O17 สรุป', ['B4']],
    ]);
    expect((await runCli(['--lang', 'en', path])).stdout).toContain(
      'Row 4: "Number of procurements" of วิธีเฉพาะเจาะจง is 5, but the rows of "O17 2567" give 3',
    );
  });
});

describe("a workbook of the year's O17 and its months' สขร.1 sheets", () => {
  it("says, at the month sheet's row, a contract O17 lacks and one left from last month's sheet", async () => {
    const path = join(dir, 'o17-with-months.xlsx');
    const buy = (n: number, item: string, amount: number, date: string) =>
      skr1Row(n, `${n}/2567 ลว. ${date}`, item, amount);
    const o17 = [goodRow(0), goodRow(1), goodRow(2)];
    await writeXlsx(path, {
      O17: o16Rows(o17, { titleRows: [['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ITA O17)'], []] }),
      // goodRow(i): item i, budget 50,000 + i, signed i + 1 January 2567.
      'ม.ค. 67': [
        ['แบบ สขร.1 ประจำเดือน มกราคม 2567'],
        SKR1_HEADERS,
        buy(1, o17[0]![0] as string, 50_000, '1 ม.ค. 67'),
        buy(2, o17[1]![0] as string, 50_001, '2 ม.ค. 67'),
        buy(3, 'ซ่อมรถยนต์ส่วนกลาง', 7_300, '2 ม.ค. 67'),
      ],
      'ก.พ. 67': [
        ['แบบ สขร.1 ประจำเดือน กุมภาพันธ์ 2567'],
        SKR1_HEADERS,
        buy(1, o17[2]![0] as string, 50_002, '3 ม.ค. 67'),
        buy(2, o17[1]![0] as string, 50_001, '2 ม.ค. 67'),
      ],
    });
    const r = await runCli(['--format', 'json', path]);
    const sheets = JSON.parse(r.stdout).files[0].sheets as {
      name: string;
      findings: { code: string; cell: string }[];
    }[];
    const across = (s: (typeof sheets)[number]) =>
      s.findings
        .filter((f) => ['not-in-year-list', 'listed-in-two-months'].includes(f.code))
        .map((f) => `${f.cell} ${f.code}`);
    expect(sheets.map((s) => [s.name, across(s)])).toEqual([
      ['O17', []],
      ['ม.ค. 67', ['B5 not-in-year-list']],
      ['ก.พ. 67', ['B4 listed-in-two-months']],
    ]);
    expect((await runCli(['--lang', 'en', path])).stdout).toContain(
      'Row 4: this contract (signed 2 Jan 2024 (BE 2567)) is also on sheet "ม.ค. 67", row 4: report it once, in the month it was signed, and delete the copy',
    );
  });
});

describe("a folder of one agency's year: O17 in a file of its own, a file a month", () => {
  it('compares each month file with O17 and the other months, naming the other file', async () => {
    const folder = join(dir, 'year-files');
    await mkdir(folder, { recursive: true });
    const buy = (n: number, item: string, amount: number, date: string) =>
      skr1Row(n, `${n}/2567 ลว. ${date}`, item, amount);
    const o17 = [goodRow(0), goodRow(1), goodRow(2)];
    const agency = 'องค์การบริหารส่วนตำบลคลองไทร';
    // O17 told by its file's name only: sheet "Sheet1", a title naming neither O16 nor O17.
    await writeXlsx(join(folder, 'O17 ปี 2567.xlsx'), {
      Sheet1: o16Rows(o17, { titleRows: [[`ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 ${agency}`], []] }),
    });
    const january = [
      [`แบบ สขร.1 ประจำเดือน มกราคม 2567 ${agency}`],
      SKR1_HEADERS,
      buy(1, o17[0]![0] as string, 50_000, '1 ม.ค. 67'),
      buy(2, o17[1]![0] as string, 50_001, '2 ม.ค. 67'),
    ];
    await writeXlsx(join(folder, 'สขร1 ม.ค. 67.xlsx'), {
      Sheet1: [...january, buy(3, 'ซ่อมรถยนต์ส่วนกลาง', 7_300, '2 ม.ค. 67')],
    });
    await writeXlsx(join(folder, 'สขร1 ก.พ. 67.xlsx'), {
      Sheet1: [
        ['แบบ สขร.1 ประจำเดือน กุมภาพันธ์ 2567 อบต.คลองไทร'],
        SKR1_HEADERS,
        buy(1, o17[2]![0] as string, 50_002, '3 ม.ค. 67'),
        buy(2, o17[1]![0] as string, 50_001, '2 ม.ค. 67'),
      ],
    });
    // Another version of January's file (corrected and saved again) is not a second report.
    await writeXlsx(join(folder, 'สขร1 ม.ค. 67 แก้ไข.xlsx'), { Sheet1: january });
    const r = await runCli(['--format', 'json', folder]);
    const files = JSON.parse(r.stdout).files as {
      file: string;
      sheets: { findings: { code: string; cell: string; message: { en: string } }[] }[];
    }[];
    const across = Object.fromEntries(
      files.map((f) => [
        f.file.slice(folder.length + 1),
        f.sheets[0]!.findings.filter((x) => ['not-in-year-list', 'listed-in-two-months'].includes(x.code)).map(
          (x) => `${x.cell} ${x.code}`,
        ),
      ]),
    );
    expect(across).toEqual({
      'O17 ปี 2567.xlsx': [],
      'สขร1 ม.ค. 67.xlsx': ['B5 not-in-year-list'],
      'สขร1 ม.ค. 67 แก้ไข.xlsx': [],
      'สขร1 ก.พ. 67.xlsx': ['B4 listed-in-two-months'],
    });
    // The same folder written two ways (the files named one by one, one path with "./" in it).
    const named = ['สขร1 ม.ค. 67.xlsx', 'สขร1 ก.พ. 67.xlsx'].map((n) => join(folder, n));
    const byName = await runCli(['--format', 'json', `${folder}/./O17 ปี 2567.xlsx`, ...named]);
    expect(byName.stdout).toContain('not-in-year-list');
    const en = (await runCli(['--lang', 'en', folder])).stdout;
    expect(en).toContain('is not on sheet "Sheet1" of file "O17 ปี 2567.xlsx", the year\'s results');
    expect(en).toMatch(/is also on sheet "Sheet1" of file "สขร1 ม\.ค\. 67(?: แก้ไข)?\.xlsx", row 4/);
  });

  it('says a month with no sheet or file between two months, not one whose sheet says nothing was bought', async () => {
    const month = (name: string, n: number, item: string) => [
      [`แบบ สขร.1 ประจำเดือน${name} 2567`],
      SKR1_HEADERS,
      skr1Row(1, `${n}/2567 ลว. 5 ${name.slice(0, 2)}. 67`, item, 5_000 + n),
    ];
    const none = [['แบบ สขร.1 ประจำเดือนกุมภาพันธ์ 2567'], SKR1_HEADERS, ['ไม่มีการจัดซื้อจัดจ้าง']];
    const [jan, mar, apr] = [
      month('มกราคม', 1, 'วัสดุสำนักงาน'),
      month('มีนาคม', 3, 'วัสดุไฟฟ้า'),
      month('เมษายน', 4, 'วัสดุงานบ้าน'),
    ];
    const missing = async (path: string) =>
      (
        JSON.parse((await runCli(['--format', 'json', path])).stdout).files as {
          file: string;
          sheets: { name: string; findings: { code: string; cell: string; value: string }[] }[];
        }[]
      ).flatMap((f) =>
        f.sheets.flatMap((s) =>
          s.findings
            .filter((x) => x.code === 'months-missing')
            .map((x) => `${f.file.slice(path.length + 1) || s.name} ${x.cell} ${x.value}`),
        ),
      );
    await writeXlsx(f('months-gap.xlsx'), { 'ม.ค. 67': jan, 'มี.ค. 67': mar, 'เม.ย. 67': apr });
    expect(await missing(f('months-gap.xlsx'))).toEqual(['มี.ค. 67 A2 กุมภาพันธ์ 2567']);
    // February's sheet saying nothing was bought is February reported.
    await writeXlsx(f('months-none.xlsx'), { 'ม.ค. 67': jan, 'ก.พ. 67': none, 'มี.ค. 67': mar });
    expect(await missing(f('months-none.xlsx'))).toEqual([]);
    // A sheet named for February with its title and "nothing bought" alone, no table: February too.
    const bare = [['แบบ สขร.1 ประจำเดือนกุมภาพันธ์ 2567'], ['ไม่มีการจัดซื้อจัดจ้าง']];
    await writeXlsx(f('months-bare.xlsx'), { 'ม.ค. 67': jan, 'ก.พ. 67': bare, 'มี.ค. 67': mar });
    expect(await missing(f('months-bare.xlsx'))).toEqual([]);
    // The same as files of a folder, each a month.
    const folder = join(dir, 'months-gap');
    await mkdir(folder, { recursive: true });
    for (const [name, rows] of [
      ['สขร1 ม.ค. 67.xlsx', jan],
      ['สขร1 มี.ค. 67.xlsx', mar],
    ] as const)
      await writeXlsx(join(folder, name), { Sheet1: rows });
    expect(await missing(folder)).toEqual(['สขร1 มี.ค. 67.xlsx A2 กุมภาพันธ์ 2567']);
    await writeXlsx(join(folder, 'สขร1 ก.พ. 67.xlsx'), { Sheet1: bare });
    expect(await missing(folder)).toEqual([]);
  });

  it("takes a month file's month from its name where its title is the form's own (naming none)", async () => {
    const folder = join(dir, 'months-by-name');
    await mkdir(folder, { recursive: true });
    const form = 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1)';
    const fuel = skr1Row(1, '5/2567 ลว. 20 ม.ค. 67', 'ซื้อน้ำมันเชื้อเพลิง', 8_000);
    await writeXlsx(join(folder, 'สขร1 ม.ค. 67.xlsx'), { Sheet1: [[form], SKR1_HEADERS, fuel] });
    await writeXlsx(join(folder, 'สขร1 ก.พ. 67.xlsx'), {
      Sheet1: [[form], SKR1_HEADERS, skr1Row(1, '6/2567 ลว. 2 ก.พ. 67', 'ซื้อวัสดุไฟฟ้า', 12_000), [...fuel]],
    });
    const r = await runCli(['--format', 'json', folder]);
    const found = (
      JSON.parse(r.stdout).files as { file: string; sheets: { findings: { code: string; cell: string }[] }[] }[]
    ).flatMap((f) =>
      f.sheets[0]!.findings.filter((x) => x.code === 'listed-in-two-months').map(
        (x) => `${f.file.slice(folder.length + 1)} ${x.cell}`,
      ),
    );
    expect(found).toEqual(['สขร1 ก.พ. 67.xlsx B4']);
  });

  it("leaves out another agency's files, and files of another folder", async () => {
    const folder = join(dir, 'two-agencies');
    await mkdir(join(folder, 'other'), { recursive: true });
    const buy = (n: number, item: string) => skr1Row(n, `${n}/2567 ลว. 2 ม.ค. 67`, item, 9_000);
    const month = (agency: string) => [
      [`แบบ สขร.1 ประจำเดือน มกราคม 2567 ${agency}`],
      SKR1_HEADERS,
      buy(1, 'จ้างเหมาบริการคนงานทั่วไป'),
    ];
    await writeXlsx(join(folder, 'a.xlsx'), { Sheet1: month('อบต.คลองไทร') });
    const feb = (agency: string) => [
      [`แบบ สขร.1 ประจำเดือน กุมภาพันธ์ 2567 ${agency}`],
      SKR1_HEADERS,
      buy(1, 'จ้างเหมาบริการคนงานทั่วไป'),
    ];
    await writeXlsx(join(folder, 'b.xlsx'), { Sheet1: feb('เทศบาลตำบลชุมพล') });
    await writeXlsx(join(folder, 'other', 'c.xlsx'), { Sheet1: feb('อบต.คลองไทร') });
    const r = await runCli(['--format', 'json', folder]);
    const codes = (JSON.parse(r.stdout).files as { sheets: { findings: { code: string }[] }[] }[]).flatMap((f) =>
      f.sheets[0]!.findings.map((x) => x.code),
    );
    expect(codes).not.toContain('listed-in-two-months');
    // The same two files of one agency in one folder are compared.
    await writeXlsx(join(folder, 'other', 'd.xlsx'), { Sheet1: month('องค์การบริหารส่วนตำบลคลองไทร') });
    const again = await runCli(['--format', 'json', join(folder, 'other')]);
    expect(again.stdout).toContain('listed-in-two-months');
  });

  it("compares one agency's files however their names run its name on into the month, and keeps two agencies apart", async () => {
    const root = join(dir, 'names-run-on');
    const road = skr1Row(1, 'บส.1/2567 ลว. 25 ต.ค. 2566', 'ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ 3', 250_000);
    const oct = [['แบบ สขร.1 ประจำเดือน ตุลาคม 2566'], SKR1_HEADERS, road];
    // December repeats October's contract; no file for November.
    const dec = [['แบบ สขร.1 ประจำเดือน ธันวาคม 2566'], SKR1_HEADERS, [...road]];
    const pairs = [
      ['อบต.หนองบัวต.ค.66', 'อบต.หนองบัวธ.ค.66'],
      ['อบต.หนองบัวตุลาคม2566', 'อบต.หนองบัวธันวาคม2566'],
      ['สขร1_อบต.หนองบัวตค66', 'สขร1_อบต.หนองบัวธค66'],
      ['อบต.หนองบัว_ต.ค.66', 'อบต.หนองบัว_ธ.ค.66'],
      ['อบต.หนองบัว-2566-10', 'อบต.หนองบัว-2566-12'],
      ['สขร1 อบต.หนองบัว (ต.ค.66)', 'สขร1 อบต.หนองบัว (ธ.ค.66)'],
      ['องค์การบริหารส่วนตำบลหนองบัวต.ค.๖๖', 'อบต.หนองบัว ธค ๖๖'],
      ['อบต.หนองบัวต.ค.66', 'ทต.บ้านใหม่ธ.ค.66'],
    ];
    for (const [i, [a, b]] of pairs.entries()) {
      await mkdir(join(root, `${i}`), { recursive: true });
      await writeXlsx(join(root, `${i}`, `${a}.xlsx`), { Sheet1: oct });
      await writeXlsx(join(root, `${i}`, `${b}.xlsx`), { Sheet1: dec });
    }
    const r = await runCli(['--format', 'json', root]);
    const files = JSON.parse(r.stdout).files as { file: string; sheets: { findings: { code: string }[] }[] }[];
    const across = files.flatMap((x) =>
      x.sheets[0]!.findings.filter((y) => ['listed-in-two-months', 'months-missing'].includes(y.code)).map(
        (y) => `${x.file.slice(root.length + 1)} ${y.code}`,
      ),
    );
    const found = (b: string, i: number) => [`${i}/${b}.xlsx months-missing`, `${i}/${b}.xlsx listed-in-two-months`];
    expect(across.sort()).toEqual(
      pairs
        .slice(0, -1)
        .flatMap(([, b], i) => found(b!, i))
        .sort(),
    );
  });
});
