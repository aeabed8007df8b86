// `npm run bench`: speed and memory figures, printed as one JSON object (the last thing printed).
// Figures, not pass/fail: the targets are in the issues, and the notes say how they compare.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { CellValue } from '../src/core/cells/value';
import { capabilitiesFor } from '../src/workbook/office/capabilities';
import { OfficeWorkbook } from '../src/workbook/office/officeWorkbook';
import { fakeExcel, newSheet } from '../test/helpers/fakeExcel';
import { generateO16 } from './generate';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (s: string) => process.stderr.write(`${s}\n`);

function core(rows: number): Record<string, unknown> {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=6144', '--import', 'tsx', join(root, 'bench/coreChild.ts'), String(rows)],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) return { error: (r.stderr || '').split('\n').slice(-3).join(' ') };
  return JSON.parse(r.stdout);
}

/** Dates as Office.js hands them over: serial numbers. */
function officeRows(n: number): (string | number | boolean | null)[][] {
  return generateO16(n).values.map((row) =>
    row.map((v: CellValue) =>
      v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v && typeof v === 'object' ? v.error : v,
    ),
  );
}

async function excel(rows: number) {
  const fake = fakeExcel({ sheets: [newSheet('O16', officeRows(rows))], active: 0 });
  await new OfficeWorkbook(fake.run, capabilitiesFor(20)).readSheet('O16');
  return { syncs: fake.syncs, blocks: fake.syncs - 1, maxRequestBytes: fake.maxPayloadBytes };
}

/** What the browser loads first: the page and the scripts it names (ExcelJS comes later, on demand). */
async function bundle() {
  const dir = join(root, 'dist/pane');
  const html = await readFile(join(dir, 'taskpane.html'), 'utf8');
  // Minified HTML may drop the quotes around attribute values.
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1]!)
    .filter((s) => !/^https?:/.test(s));
  const files = [join(dir, 'taskpane.html'), ...scripts.map((s) => join(dir, s))];
  let bytes = 0;
  let gz = 0;
  for (const f of files) {
    const b = await readFile(f);
    bytes += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  const all = (await readdir(dir)).filter((n) => n.endsWith('.js'));
  let total = 0;
  for (const n of all) total += (await stat(join(dir, n))).size;
  return { firstLoadBytes: bytes, firstLoadGzipBytes: gz, firstLoadFiles: files.length, allScriptsBytes: total };
}

async function cli(files: number, rowsEach: number) {
  const dir = await mkdtemp(join(tmpdir(), 'ita-bench-'));
  try {
    const grid = generateO16(rowsEach);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('O17');
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
    );
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    for (let i = 0; i < files; i++) await writeFile(join(dir, `agency-${String(i).padStart(2, '0')}.xlsx`), bytes);
    const t = performance.now();
    await promisify(execFile)(process.execPath, [join(root, 'bin/ita-check.mjs'), '--format', 'json', dir], {
      maxBuffer: 1 << 28,
    }).catch((e) => {
      if (e.code !== 1) throw e; // exit 1: findings of severity error, as expected
    });
    return { files, rowsEach, seconds: Math.round((performance.now() - t) / 10) / 100 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * One file of a million rows through the CLI under a 1 GB heap (Node's default on a 4 GB machine):
 * the file is written first with ExcelJS's streaming writer, as Excel would store it (shared strings).
 */
async function cliLarge(rows: number, heapLimitMB: number) {
  const dir = await mkdtemp(join(tmpdir(), 'ita-bench-'));
  try {
    const path = join(dir, 'large.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = wb.addWorksheet('O17');
    for (const row of generateO16(rows).values) ws.addRow(row as unknown[]).commit();
    ws.commit();
    await wb.commit();
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${heapLimitMB}`,
        '--import',
        join(root, 'bench/peakOnExit.mjs'),
        join(root, 'bin/ita-check.mjs'),
        '--format',
        'json',
        path,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const seconds = Math.round((performance.now() - t) / 10) / 100;
    const peak = /peakMB (\d+)/.exec(r.stderr ?? '');
    // Exit 1 is findings of severity error, as planted; anything else (134: out of memory) is a failure.
    const ok = r.status === 0 || r.status === 1;
    return {
      rows,
      heapLimitMB,
      fileBytes: (await stat(path)).size,
      seconds,
      peakMB: peak ? Number(peak[1]) : null,
      ...(ok ? {} : { error: `exit ${r.status ?? r.signal}: ${(r.stderr ?? '').trim().split('\n')[0]}` }),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  const out: Record<string, unknown> = { core: {}, excel: {}, bundle: {}, cli: {}, cliLarge: {} };
  for (const n of [1_000, 10_000, 100_000, 1_000_000]) {
    (out.core as Record<string, unknown>)[String(n)] = core(n);
    log(`core ${n}: ${JSON.stringify((out.core as Record<string, unknown>)[String(n)])}`);
  }
  for (const n of [10_000, 100_000]) {
    (out.excel as Record<string, unknown>)[String(n)] = await excel(n);
    log(`excel ${n}: ${JSON.stringify((out.excel as Record<string, unknown>)[String(n)])}`);
  }
  out.bundle = await bundle();
  log(`bundle: ${JSON.stringify(out.bundle)}`);
  out.cli = await cli(50, 1_000);
  log(`cli: ${JSON.stringify(out.cli)}`);
  out.cliLarge = await cliLarge(1_000_000, 1024);
  log(`cliLarge: ${JSON.stringify(out.cliLarge)}`);
  console.log(JSON.stringify(out, null, 2));
}

void main();
