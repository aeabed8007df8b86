import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD, corpusFiles, digest, expectations, type Expected } from '../helpers/badCorpus';
import { runCli } from '../helpers/cli';
import { goodRow, o16Rows } from '../helpers/o16';
import { tempDir } from '../helpers/tmp';

interface Report {
  files: {
    file: string;
    error: string | null;
    errorCode: string | null;
    sheets: { name: string; template: string | null; rows: number; findings: { code: string; cell: string }[] }[];
  }[];
}

let expected: Record<string, Expected>;
let inputs: string[];
const hashes = new Map<string, string>();

beforeAll(async () => {
  expected = await expectations();
  inputs = await corpusFiles();
  for (const n of inputs) hashes.set(n, await digest(join(BAD, n)));
});

describe('the bad-input corpus through ita-check', () => {
  it('has an expectation for every file, and a file for every expectation', () => {
    expect(inputs).toEqual(Object.keys(expected).sort());
    expect(inputs.length).toBeGreaterThanOrEqual(18);
  });

  it.each(['th', 'en'] as const)(
    'gives each file its findings or its one-line reason (--lang %s), never a crash',
    async (lang) => {
      const r = await runCli(['--format', 'json', '--lang', lang, BAD]);
      expect(r.code).toBe(2); // some files cannot be read
      expect(r.stderr).not.toMatch(/at \w+ \(|TypeError|RangeError|heap/);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.files.map((f) => f.file.split(/[\\/]/).pop()).sort()).toEqual(inputs);
      for (const f of report.files) {
        const name = f.file.split(/[\\/]/).pop()!;
        const want = expected[name]!;
        if (want.error) {
          expect(f.error, name).toBe(want.error[lang]);
          // Scripts tell the reasons apart by a code that is the same in either language.
          expect(f.errorCode, name).toBe(want.error.code);
          expect(r.stderr).toContain(`${name}: ${want.error[lang]}`);
          continue;
        }
        expect(f.error, name).toBeNull();
        const got = Object.fromEntries(
          f.sheets.map((s) => [
            s.name,
            {
              template: s.template,
              rows: s.rows,
              findings: s.findings.map((x) => [x.code, x.cell]).sort((a, b) => (a.join() < b.join() ? -1 : 1)),
            },
          ]),
        );
        expect(got, `${name}: ${want.why}`).toEqual(want.sheets);
      }
    },
  );

  it('writes nothing: every input is byte for byte as it was, and no file was added', async () => {
    await runCli(['--format', 'json', BAD]);
    expect(await corpusFiles()).toEqual(inputs);
    for (const n of inputs) expect(await digest(join(BAD, n)), n).toBe(hashes.get(n));
  });
});

describe('a sheet 1,048,576 rows tall (made here, not stored)', () => {
  it('reads to the last row Excel has, and says what is there', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tall.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('O16');
    o16Rows([goodRow(0), goodRow(1), goodRow(2)]).forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
    );
    // Something typed in the very last row, far below the table.
    ws.getCell('A1048576').value = 'ซื้อวัสดุ';
    await wb.xlsx.writeFile(path);
    const before = await digest(path);

    const r = await runCli(['--format', 'json', path]);
    expect(r.stderr).toBe('');
    const sheet = (JSON.parse(r.stdout) as Report).files[0]!.sheets[0]!;
    const codes = sheet.findings.map((f) => [f.code, f.cell]);
    expect(codes).toContainEqual(['blank-rows', 'A5']);
    expect(codes).toContainEqual(['required-value', 'B1048576']);
    expect(sheet.rows).toBe(4);
    expect(await digest(path)).toBe(before);
  }, 60_000);
});
