import { a1, areaAddress, columnLetter, inArea, runsOf } from '../cells/address';
import { displayValue, isBlank, type CellValue, type SheetGrid } from '../cells/value';
import { makeFinding } from '../findings/make';
import type { FindingCode } from '../findings/codes';
import type { Finding } from '../findings/types';
import { LIST_SHEET_NAME } from '../templates/layout';
import type { Bilingual, SheetKind } from '../templates/types';

/** Past this many columns a sheet is not read (the adapters stop there). */
const READ_COLUMNS = 512;

/**
 * Findings about the sheet as a whole, whatever its form: what is hidden, a stray far cell, a CSV's
 * faults. `headerRow` is the header's last row, `headerTop` its first (two-row headers).
 */
export function sheetFindings(
  grid: SheetGrid,
  headerRow: number | null,
  kind: SheetKind,
  headerTop = headerRow,
): Finding[] {
  const out: Finding[] = [];
  const sheet = grid.name;
  // The sheet of long dropdown lists a template writes is hidden by design.
  if (grid.hidden && grid.name !== LIST_SHEET_NAME)
    out.push(
      makeFinding(
        'hidden-sheet',
        { sheet, row: 1, col: 1 },
        {
          th: `แผ่นงาน "${sheet}" ถูกซ่อนไว้: ตรวจให้แล้ว แต่ไม่นับในสรุปตามวิธีและรายเดือน ถ้าเป็นข้อมูลที่จะเผยแพร่ ให้ยกเลิกการซ่อน ถ้าเป็นสำเนาเก่า ให้ลบทิ้ง`,
          en: `Sheet "${sheet}" is hidden: it was checked, but it is left out of the summaries by method and by month; unhide it if it is to be published, or delete it if it is an old copy`,
        },
      ),
    );
  /** A finding about one cell, its messages naming it. */
  const atCell = (code: FindingCode, cell: { row: number; col: number }, say: (at: string) => Bilingual) =>
    out.push(makeFinding(code, { sheet, ...cell }, say(a1(cell.row, cell.col))));
  if (grid.strayCell)
    atCell('sheet-truncated', grid.strayCell, (at) => ({
      th: `มีข้อมูลที่เซลล์ ${at} เลย ${READ_COLUMNS} คอลัมน์ที่ตรวจ (ข้อมูลหลังคอลัมน์ ${columnLetter(READ_COLUMNS)} ไม่ได้ตรวจ) ถ้าเป็นเซลล์ที่หลงอยู่ให้ลบทิ้ง ถ้าเป็นข้อมูลจริงให้แยกไปไว้แผ่นงานอื่น`,
      en: `Cell ${at} holds a value beyond the ${READ_COLUMNS} columns checked (nothing past column ${columnLetter(READ_COLUMNS)} was checked); delete it if it is stray, or move real data to a sheet of its own`,
    }));
  if (grid.unclosedQuote)
    atCell('csv-unclosed-quote', grid.unclosedQuote, (at) => ({
      th: `เซลล์ ${at} เปิดเครื่องหมายคำพูด (") แล้วไม่ได้ปิด ข้อมูลที่เหลือทั้งไฟล์จึงถูกอ่านรวมไว้ในเซลล์นี้และไม่ได้ตรวจ แก้ไฟล์ CSV ให้ปิดเครื่องหมายคำพูด หรือเปิดไฟล์ใน Excel แล้วบันทึกใหม่`,
      en: `Cell ${at} opens a quote (") that never closes, so the rest of the file was read into this one cell and not checked; close the quote in the CSV file, or open it in Excel and save it again`,
    }));
  if (grid.textOnly && kind === 'procurement' && headerRow !== null && headerTop !== null)
    out.push(...extraFields(grid, headerTop, headerRow));
  for (const col of grid.hiddenColumns ?? []) {
    let first = 0;
    for (let r = 0; r < grid.values.length && !first; r++) if (!isBlank(grid.values[r]![col - 1])) first = r + 1;
    // An empty hidden column hides nothing.
    if (!first) continue;
    const row = headerRow ?? first;
    const L = columnLetter(col);
    out.push(
      makeFinding(
        'hidden-column',
        { sheet, row, col },
        {
          th: `คอลัมน์ ${L} ถูกซ่อนไว้แต่มีข้อมูล: ข้อมูลที่ซ่อนยังอยู่ในไฟล์ที่เผยแพร่ (ระวังข้อมูลส่วนบุคคล) และผู้อ่านจะไม่เห็นคอลัมน์นี้ ยกเลิกการซ่อนหรือลบคอลัมน์`,
          en: `Column ${L} is hidden but holds data: it is still in the published file (mind personal data) and readers will not see it; unhide or delete it`,
        },
      ),
    );
  }
  // The add-in's own working sheets (a checklist, the scores) are not published: rows hidden there
  // are groups folded away, and what is printed of them is the user's affair.
  if (kind === 'checklist' || kind === 'ita-score') return out;
  const hidden = hiddenRowsWithData(grid);
  if (hidden) out.push(hiddenRowsFinding(sheet, hidden));
  const unprinted = outsidePrintArea(grid, headerRow);
  if (unprinted) out.push(outsidePrintAreaFinding(grid, unprinted));
  return out;
}

/** How many cells of a row count, up to its last that holds a value (a CSV may pad rows with empty fields). */
function filledWidth(row: readonly CellValue[]): number {
  let n = row.length;
  while (n > 0 && isBlank(row[n - 1] ?? null)) n--;
  return n;
}

/** How many columns a CSV's header (rows `top`–`bottom`) spans, up to its last cell holding a value. */
export function headerWidth(grid: SheetGrid, top: number, bottom: number): number {
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, filledWidth(grid.values[r - 1] ?? []));
  return width;
}

/**
 * Rows of a CSV holding values past its header's last column: most often a text with a comma not
 * quoted ("ซ่อมอาคาร, ห้องประชุม"), split in two, so that every value after it lands a column to the
 * right. Each with its field count and the header's. None where most rows are so: a note kept beside
 * the table without a header of its own looks the same.
 */
export function rowsPushedRight(
  grid: SheetGrid,
  top: number,
  bottom: number,
): { row: number; fields: number; width: number }[] {
  const width = headerWidth(grid, top, bottom);
  const out: { row: number; fields: number; width: number }[] = [];
  // A row pushed right fills the cell next to the header's last; a note kept a column or more away, or
  // on most rows (a column of notes without a header), is no such row.
  let rows = 0;
  for (let r = bottom + 1; r <= grid.values.length; r++) {
    const cells = grid.values[r - 1]!;
    const n = filledWidth(cells);
    if (n > 0) rows++;
    if (!width || n <= width || isBlank(cells[width] ?? null)) continue;
    out.push({ row: r, fields: n, width });
  }
  return out.length * 2 > rows ? [] : out;
}

/**
 * Said once a row pushed right (see rowsPushedRight), at its first cell past the header, naming the
 * likely cause; the row's other findings stay, as they are what the file holds now. A warning.
 */
function extraFields(grid: SheetGrid, top: number, bottom: number): Finding[] {
  const sep = separatorNamed(grid.separator ?? ',');
  return rowsPushedRight(grid, top, bottom).map(({ row: r, fields: n, width }) => {
    const seen = displayValue(grid.values[r - 1]![width] ?? null);
    const at = a1(r, width + 1);
    const more = n - width;
    return makeFinding(
      'csv-extra-fields',
      { sheet: grid.name, row: r, col: width + 1 },
      {
        th: `แถว ${r} มี ${n} ช่อง แต่หัวตารางมี ${width} ช่อง (เซลล์ ${at} เกินมา${seen ? ` คือ "${seen}"` : ''}): น่าจะมีข้อความในแถวนี้ที่มี${sep.th}โดยไม่ได้อยู่ในเครื่องหมายคำพูด ข้อความนั้นจึงถูกแยกเป็นสองช่อง และค่าหลังจากนั้นเลื่อนไปทางขวา ${more} คอลัมน์ จึงผิดคอลัมน์ไปด้วย แก้ไฟล์ CSV โดยใส่เครื่องหมายคำพูดครอบข้อความนั้น${sep.example ? ` เช่น "ซ่อมอาคาร${sep.example} ห้องประชุม"` : ''} หรือแก้ใน Excel แล้วบันทึกใหม่`,
        en: `Row ${r} has ${n} fields where the header has ${width} (${at} is extra${seen ? `: "${seen}"` : ''}): most likely a text of this row holds ${sep.en} and is not in quotes, so it was split in two and every value after it moved ${more} column${more === 1 ? '' : 's'} to the right, into the wrong columns; put quotes around that text in the CSV file${sep.example ? ` (e.g. "building repair${sep.example} meeting room")` : ''}, or fix the row in Excel and save it again`,
      },
      { value: seen },
    );
  });
}

/** A CSV's separator as a message names it, and as it would stand in an example text (not a tab: unseen). */
export function separatorNamed(sep: string): { th: string; en: string; example?: string } {
  if (sep === ',') return { th: 'จุลภาค (,) ', en: 'a comma', example: ',' };
  if (sep === ';') return { th: 'อัฒภาค (;) ', en: 'a semicolon', example: ';' };
  if (sep === '\t') return { th: 'แท็บ ', en: 'a tab' };
  return { th: `ตัวคั่น "${sep}" `, en: `the separator "${sep}"`, example: sep };
}

/** How many runs of rows a finding names; the rest are counted. */
const NAMED_RUNS = 5;

/** How many rows `runs` hold, and the runs as a finding names them: five, and a count of the rest. */
export function runsText(runs: readonly [number, number][]): { count: number; th: string; en: string } {
  const count = runs.reduce((n, [a, b]) => n + b - a + 1, 0);
  const named = runs.slice(0, NAMED_RUNS).map(([a, b]) => (a === b ? `${a}` : `${a}\u2013${b}`));
  const more = runs.length - named.length;
  return {
    count,
    th: named.join(', ') + (more ? ` และอีก ${more} ช่วง` : ''),
    en: named.join(', ') + (more ? ` and ${more} more run${more === 1 ? '' : 's'}` : ''),
  };
}

/** The runs of hidden rows that hold data, or null when there are none (an empty hidden row hides nothing). */
function hiddenRowsWithData(grid: SheetGrid): [number, number][] | null {
  return runsOf((grid.hiddenRows ?? []).filter((r) => (grid.values[r - 1] ?? []).some((v) => !isBlank(v))));
}

/**
 * Rows hidden by hand or by a filter left on: readers of the file and of a PDF printed from it do not
 * see them, so the published list looks short, though the rows are checked like the others.
 */
function hiddenRowsFinding(sheet: string, runs: readonly [number, number][]): Finding {
  const { count, ...list } = runsText(runs);
  const one = count === 1;
  return makeFinding(
    'hidden-rows',
    { sheet, row: runs[0]![0], col: 1 },
    {
      th: `ซ่อนแถวที่มีข้อมูลไว้ ${count} แถว (แถว ${list.th}): ผู้อ่านไฟล์และไฟล์ PDF ที่พิมพ์จากแผ่นงานนี้จะไม่เห็นแถวเหล่านี้ ยกเลิกการซ่อนหรือล้างตัวกรองก่อนเผยแพร่ ถ้าเป็นข้อมูลที่ไม่เผยแพร่ให้ลบออก`,
      en: one
        ? `1 row holding data is hidden (row ${list.en}): readers of the file and of a PDF printed from this sheet will not see it; unhide it or clear the filter before publishing, or delete it if it is not to be published`
        : `${count} rows holding data are hidden (rows ${list.en}): readers of the file and of a PDF printed from this sheet will not see them; unhide them or clear the filter before publishing, or delete what is not to be published`,
    },
  );
}

/**
 * The first cell of the table (its header and the rows under it, in the header's columns) that holds
 * data outside every area of the sheet's print area, and the runs of rows that hold such cells. What
 * lies beside the table is left alone: a user may keep working notes there, unprinted on purpose.
 */
function outsidePrintArea(
  grid: SheetGrid,
  headerRow: number | null,
): { row: number; col: number; runs: [number, number][] } | null {
  const areas = grid.printArea;
  if (!areas?.length || headerRow === null) return null;
  const header = grid.values[headerRow - 1] ?? [];
  let width = header.length;
  while (width > 0 && isBlank(header[width - 1] ?? null)) width--;
  const printed = (row: number, col: number) => areas.some((a) => inArea(a, row, col));
  let first: { row: number; col: number } | null = null;
  const rows: number[] = [];
  for (let r = headerRow; r <= grid.values.length; r++) {
    const values = (grid.values[r - 1] ?? []).slice(0, width);
    const c = values.findIndex((v, j) => !isBlank(v) && !printed(r, j + 1)) + 1;
    if (c === 0) continue;
    first ??= { row: r, col: c };
    rows.push(r);
  }
  const runs = runsOf(rows);
  return first && runs ? { ...first, runs } : null;
}

/**
 * Data outside the print area (Page Layout > Print Area), set once and not grown as rows were added:
 * paper or a PDF printed from the sheet lacks it, though the file has it.
 */
function outsidePrintAreaFinding(
  grid: SheetGrid,
  at: { row: number; col: number; runs: readonly [number, number][] },
): Finding {
  const { count, ...list } = runsText(at.runs);
  const area = (grid.printArea ?? []).map(areaAddress).join(', ');
  const one = count === 1;
  return makeFinding(
    'outside-print-area',
    { sheet: grid.name, row: at.row, col: at.col },
    {
      th: `มีข้อมูลอยู่นอกพื้นที่พิมพ์ (${area}) ${count} แถว (แถว ${list.th}): กระดาษหรือไฟล์ PDF ที่พิมพ์จากแผ่นงานนี้จะไม่มีข้อมูลเหล่านี้ ขยายหรือล้างพื้นที่พิมพ์ (เค้าโครงหน้ากระดาษ > พื้นที่พิมพ์) ก่อนพิมพ์`,
      en: `${count} row${one ? '' : 's'} (${one ? 'row' : 'rows'} ${list.en}) ${one ? 'holds' : 'hold'} data outside the print area (${area}): paper or a PDF printed from this sheet will lack it; extend or clear the print area (Page Layout > Print Area) before printing`,
    },
  );
}

/** A chart sheet or a sheet with nothing in it: said once, plainly, instead of silence. */
export function noTableFinding(grid: SheetGrid): Finding {
  const sheet = grid.name;
  return grid.chartSheet
    ? makeFinding(
        'chart-sheet',
        { sheet, row: 1, col: 1 },
        {
          th: `แผ่นงาน "${sheet}" เป็นแผนภูมิ ไม่มีตารางให้ตรวจ`,
          en: `Sheet "${sheet}" is a chart sheet; it has no table to check`,
        },
      )
    : makeFinding(
        'empty-sheet',
        { sheet, row: 1, col: 1 },
        { th: `แผ่นงาน "${sheet}" ว่าง ไม่มีข้อมูล`, en: `Sheet "${sheet}" is empty` },
      );
}
