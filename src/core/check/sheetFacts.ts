import { a1, columnLetter } from '../cells/address';
import { isBlank, type SheetGrid } from '../cells/value';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import { LIST_SHEET_NAME } from '../templates/layout';
import type { SheetKind } from '../templates/types';

/** Past this many columns a sheet is not read (the adapters stop there). */
const READ_COLUMNS = 512;

/** Findings about the sheet as a whole, whatever its form: what is hidden, and a stray far cell. */
export function sheetFindings(grid: SheetGrid, headerRow: number | null, kind: SheetKind): Finding[] {
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
  if (grid.strayCell) {
    const { row, col } = grid.strayCell;
    const at = a1(row, col);
    out.push(
      makeFinding(
        'sheet-truncated',
        { sheet, row, col },
        {
          th: `มีข้อมูลที่เซลล์ ${at} เลย ${READ_COLUMNS} คอลัมน์ที่ตรวจ (ข้อมูลหลังคอลัมน์ ${columnLetter(READ_COLUMNS)} ไม่ได้ตรวจ) ถ้าเป็นเซลล์ที่หลงอยู่ให้ลบทิ้ง ถ้าเป็นข้อมูลจริงให้แยกไปไว้แผ่นงานอื่น`,
          en: `Cell ${at} holds a value beyond the ${READ_COLUMNS} columns checked (nothing past column ${columnLetter(READ_COLUMNS)} was checked); delete it if it is stray, or move real data to a sheet of its own`,
        },
      ),
    );
  }
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
  // are groups folded away.
  const rows = kind === 'checklist' || kind === 'ita-score' ? null : hiddenRowsWithData(grid);
  if (rows) out.push(hiddenRowsFinding(sheet, rows));
  return out;
}

/** How many runs of hidden rows a finding names; the rest are counted. */
const NAMED_RUNS = 5;

/** The runs of hidden rows that hold data (first and last row of each), or null when there are none. */
function hiddenRowsWithData(grid: SheetGrid): [number, number][] | null {
  const runs: [number, number][] = [];
  for (const r of grid.hiddenRows ?? []) {
    // An empty hidden row hides nothing.
    if (!(grid.values[r - 1] ?? []).some((v) => !isBlank(v))) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs.length ? runs : null;
}

/**
 * Rows hidden by hand or by a filter left on: readers of the file and of a PDF printed from it do not
 * see them, so the published list looks short, though the rows are checked like the others.
 */
function hiddenRowsFinding(sheet: string, runs: readonly [number, number][]): Finding {
  const count = runs.reduce((n, [a, b]) => n + b - a + 1, 0);
  const one = count === 1;
  const named = runs.slice(0, NAMED_RUNS).map(([a, b]) => (a === b ? `${a}` : `${a}\u2013${b}`));
  const more = runs.length - named.length;
  const list = {
    th: named.join(', ') + (more ? ` และอีก ${more} ช่วง` : ''),
    en: named.join(', ') + (more ? ` and ${more} more run${more === 1 ? '' : 's'}` : ''),
  };
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
