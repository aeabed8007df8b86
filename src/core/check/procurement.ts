import { cellAt, displayValue, isBlank, type SheetGrid } from '../cells/value';
import { colName, makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { HeaderMatch } from '../sheet/header';
import { classifyRows } from '../sheet/rows';
import type { ColumnId, TemplateColumn } from '../templates/types';
import { foldForMatch } from '../text/thai';

export interface TableCheck {
  /** Data rows judged (blank, total, footer and repeated-header rows excluded). */
  readonly rows: number;
  readonly findings: Finding[];
}

/** Findings about the header itself: missing, repeated and loosely matched columns. */
export function headerFindings(sheet: string, match: HeaderMatch): Finding[] {
  const out: Finding[] = [];
  const firstCol = Math.min(...match.columns.map((c) => c.col), 1);
  for (const c of match.missing) {
    const n = colName(c);
    out.push(
      makeFinding(
        'missing-column',
        { sheet, row: match.headerRow, col: firstCol, column: c },
        {
          th: `ไม่พบคอลัมน์ ${n.th} ในแถวหัวตาราง (แถว ${match.headerRow}) ต้องมีตามแบบ ${match.template.forms.join('/')}`,
          en: `Column ${n.en} (${c.header}) is missing from the header (row ${match.headerRow}); the ${match.template.forms.join('/')} form requires it`,
        },
      ),
    );
  }
  for (const d of match.duplicates) {
    const n = colName(d.column);
    const first = match.columns.find((c) => c.column === d.column);
    out.push(
      makeFinding(
        'duplicate-column',
        { sheet, row: match.headerRow + match.headerRows - 1, col: d.col, column: d.column },
        {
          th: `คอลัมน์ ${n.th} ซ้ำ: พบทั้งคอลัมน์นี้และคอลัมน์ที่ ${first?.col ?? '?'} ให้เหลือคอลัมน์เดียว`,
          en: `Column ${n.en} appears twice (here and in column ${first?.col ?? '?'}); keep one`,
        },
        { value: d.header },
      ),
    );
  }
  for (const m of match.columns) {
    if (m.score >= 1) continue;
    const n = colName(m.column);
    out.push(
      makeFinding(
        'header-variant',
        { sheet, row: match.headerRow + match.headerRows - 1, col: m.col, column: m.column },
        {
          th: `หัวคอลัมน์ "${m.header}" ถือเป็น ${n.th} ควรใช้ชื่อตามแบบ`,
          en: `Header "${m.header}" was taken as ${n.en}; the form's wording is "${m.column.header}"`,
        },
        { value: m.header, suggestion: { value: m.column.header, display: m.column.header, kind: 'text' } },
      ),
    );
  }
  return out;
}

function isExempt(c: TemplateColumn, row: number, grid: SheetGrid, colOf: Map<ColumnId, number>): boolean {
  const u = c.requiredUnless;
  if (!u) return false;
  const col = colOf.get(u.column);
  if (col === undefined) return false;
  const v = cellAt(grid, row, col);
  if (isBlank(v)) return false;
  const f = foldForMatch(displayValue(v));
  return u.values.some((x) => foldForMatch(x) === f);
}

/** Judge every data row of a procurement table. */
export function checkProcurementTable(grid: SheetGrid, match: HeaderMatch): TableCheck {
  const sheet = grid.name;
  const findings = headerFindings(sheet, match);
  const colOf = new Map<ColumnId, number>(match.columns.map((m) => [m.column.id, m.col]));
  let rows = 0;
  for (const { row, kind } of classifyRows(grid, match)) {
    if (kind !== 'data') continue;
    rows++;
    for (const m of match.columns) {
      const c = m.column;
      const v = cellAt(grid, row, m.col);
      if (isBlank(v)) {
        if (c.required && !isExempt(c, row, grid, colOf)) {
          const n = colName(c);
          findings.push(
            makeFinding(
              'required-value',
              { sheet, row, col: m.col, column: c },
              { th: `แถว ${row}: ต้องกรอก ${n.th}`, en: `Row ${row}: ${n.en} is required` },
            ),
          );
        }
      }
    }
  }
  return { rows, findings };
}
