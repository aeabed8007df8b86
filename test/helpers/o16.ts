import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { getTemplate } from '../../src/core/templates/registry';

export const O16 = getTemplate('ita2567-o16')!;
export const O16_HEADERS = O16.columns.map((c) => c.header);

export type Row = (string | number | boolean | Date | null | { error: string })[];

/** A valid 13-digit juristic-person tax id, different for each n. */
export function taxId(n: number): string {
  const first12 = `01055${String(36112 + n).padStart(7, '0')}`.slice(0, 12);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}

/** A correct O16 row; `i` varies the item, supplier, ids and dates (all in fiscal year 2567). */
export function goodRow(i = 0): Row {
  const day = 1 + (i % 28);
  return [
    `ซื้อวัสดุสำนักงาน ${['กระดาษ', 'หมึกพิมพ์', 'แฟ้ม', 'ปากกา'][i % 4]} รายการที่ ${i + 1}`,
    50_000 + i,
    'พ.ร.บ. งบประมาณรายจ่าย',
    'สิ้นสุดระยะสัญญา',
    'วิธีเฉพาะเจาะจง',
    50_000 + i,
    48_000 + i,
    taxId(i),
    `บริษัท ตัวอย่างที่ ${i + 1} จำกัด`,
    String(67019524001 + i),
    new Date(Date.UTC(2024, 0, day)),
    new Date(Date.UTC(2024, 1, day)),
  ];
}

/**
 * An O16 of two rows whose cells each have one suggested fix: Thai digits (B2), an id that lost its
 * leading zero (H2), a number typed as text (B3), a CE year (K3).
 */
export function fixableRows(): Row[] {
  const a = goodRow(0);
  a[1] = '๕๐,๐๐๐';
  a[7] = 105536112014;
  const b = goodRow(1);
  b[1] = '50,001';
  b[10] = '1/01/2024';
  return o16Rows([a, b]);
}

/** Grid rows: optional title rows, then the header, then data. */
export function o16Rows(data: Row[], opts: { titleRows?: Row[]; headers?: string[] } = {}): Row[] {
  // A copy of the header: a test that changes its rows must not change every later test's header.
  return [...(opts.titleRows ?? []), [...(opts.headers ?? O16_HEADERS)], ...data];
}

/** A formula with the result stored beside it, as Excel saves one. */
export interface Formula {
  readonly formula: string;
  readonly result: number | string;
  /** An array formula: 'array', with the area it fills. */
  readonly shareType?: 'array';
  readonly ref?: string;
}

/** Write sheets of rows (and formulas, with their results) to a real .xlsx file with ExcelJS. */
export async function writeXlsx(path: string, sheets: Record<string, (Row[number] | Formula)[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
  }
  await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** A real .xlsx file as ExcelJS reads it. */
export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return wb;
}

/** Drop the columns whose headers are given, from the header and every data row. */
export function withoutColumns(rows: Row[], headers: string[], headerIndex = 0): Row[] {
  const drop = new Set(headers.map((h) => rows[headerIndex]!.indexOf(h)));
  return rows.map((r) => r.filter((_, i) => !drop.has(i)));
}

/** The months of fiscal year 2567 as the summaries label them, ต.ค. 2566 to ก.ย. 2567. */
export const FISCAL_2567_MONTHS = [
  'ต.ค. 2566',
  'พ.ย. 2566',
  'ธ.ค. 2566',
  'ม.ค. 2567',
  'ก.พ. 2567',
  'มี.ค. 2567',
  'เม.ย. 2567',
  'พ.ค. 2567',
  'มิ.ย. 2567',
  'ก.ค. 2567',
  'ส.ค. 2567',
  'ก.ย. 2567',
];
