import { dayToSerial, fiscalYearOf, parseDate, serialToDay } from '../cells/dates';
import { matchList } from '../cells/lists';
import { isGenericMethodLabel, parseMethod } from '../cells/methods';
import { parseMoney } from '../cells/money';
import { cellAt, displayValue, isBlank, type CellValue, type SheetGrid } from '../cells/value';
import { recogniseHeader } from '../sheet/header';
import { rowKinds } from '../sheet/rows';
import { buildLayout, type LayoutValue, type SheetLayout } from '../templates/layout';
import { allTemplates, getTemplate } from '../templates/registry';
import type { ColumnId, Template, TemplateColumn } from '../templates/types';
import { collapseSpaces, thaiDigitsToArabic } from '../text/thai';

export interface ImportResult {
  readonly layout: SheetLayout;
  /** Rows in the export, and rows written (fewer when only the largest were kept). */
  readonly rowsRead: number;
  readonly rowsWritten: number;
  /** Template columns the export has no data for: left empty for the user to fill. */
  readonly missing: readonly string[];
  /** Template column → the export's header it came from. */
  readonly mapped: readonly { readonly column: string; readonly from: string }[];
}

export class NotAnExport extends Error {
  /** `form`: the template the sheet is laid out as instead (already a form, nothing to import), if any. */
  constructor(readonly form: string | null = null) {
    super(
      form
        ? `not an e-GP export: the sheet is already laid out as ${form}`
        : 'not an e-GP export: no header of the e-GP contract data was found',
    );
    this.name = 'NotAnExport';
  }
}

function money(v: CellValue): number | null {
  const m = parseMoney(v);
  return m.kind === 'ok' ? m.value : null;
}

/** A text cell as text; an id or number kept exactly as digits (project numbers stay text). */
function text(v: CellValue): string | null {
  if (isBlank(v)) return null;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  const s = collapseSpaces(displayValue(v));
  return s === '-' ? null : s;
}

function convert(target: TemplateColumn, v: CellValue): LayoutValue {
  if (isBlank(v)) return null;
  switch (target.type) {
    case 'money':
      return money(v);
    case 'date': {
      const d = parseDate(v);
      return d.kind === 'ok' ? dayToSerial(d.day) : text(v);
    }
    case 'year': {
      const n = money(v);
      return n !== null && n >= 2400 ? n : text(v);
    }
    case 'method': {
      const t = text(v);
      const m = t ? parseMethod(t) : null;
      return m?.kind === 'ok' ? m.method.canonical : t;
    }
    case 'list': {
      const t = text(v);
      if (!t) return null;
      const m = matchList(target, t);
      return m.kind === 'unknown' ? t : m.value;
    }
    default: {
      const t = text(v);
      // Project numbers and ids as the digits they are, whatever digits they were typed in.
      return t && (target.type === 'projectNumber' || target.type === 'taxId')
        ? thaiDigitsToArabic(t).replace(/\s/g, '')
        : t;
    }
  }
}

/** Where each template column's data comes from in the export. */
const SOURCE: Partial<Record<ColumnId, ColumnId[]>> = {
  status: ['status', 'projectStatus'],
  agreedPrice: ['agreedPrice', 'contractAmount'],
  // e-GP's transaction date is the signing date in nearly every row where both are given.
  signDate: ['signDate', 'transactionDate'],
};

/** The fiscal year most rows belong to (their ปีงบประมาณ, else their signing date). */
function dataYear(rows: readonly LayoutValue[][], plan: readonly { target: TemplateColumn }[]): number | null {
  const fyCol = plan.findIndex((p) => p.target.id === 'fiscalYear');
  const signCol = plan.findIndex((p) => p.target.id === 'signDate');
  const counts = new Map<number, number>();
  for (const r of rows) {
    let fy: number | null = null;
    if (fyCol >= 0 && typeof r[fyCol] === 'number') fy = r[fyCol] as number;
    else if (signCol >= 0 && typeof r[signCol] === 'number') {
      const d = serialToDay(r[signCol] as number);
      if (d) fy = fiscalYearOf(d);
    }
    if (fy) counts.set(fy, (counts.get(fy) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [fy, n] of counts) if (best === null || n > counts.get(best)!) best = fy;
  return best;
}

/**
 * Map an e-GP contract export onto a template: the real method (กลุ่มวิธีจัดซื้อฯ, not the generic
 * label), dates read as dates, money as numbers, project numbers and ids kept as text. Columns the
 * export does not have stay empty and are listed. `top` keeps only the rows with the largest budget.
 */
export function importEgp(grid: SheetGrid, templateId: string, top?: number): ImportResult {
  const egp = getTemplate('egp-contract')!;
  const target: Template | undefined = getTemplate(templateId);
  if (!target || target.kind !== 'procurement' || target.importOnly)
    throw new RangeError(`no procurement template ${templateId}`);
  // A sheet already in a form's layout shares a few headers with the export (ราคากลาง, เลขที่โครงการ):
  // it is an export only if the export's header fits it best.
  const best = recogniseHeader(grid, allTemplates());
  if (best && best.template.id !== egp.id) throw new NotAnExport(best.template.id);
  const match = recogniseHeader(grid, [egp]);
  if (!match) throw new NotAnExport();
  const from = new Map<ColumnId, { col: number; header: string }>(
    match.columns.map((m) => [m.column.id, { col: m.col, header: m.header }]),
  );
  const plan = target.columns.map((c) => {
    const src = (SOURCE[c.id] ?? [c.id]).map((id) => from.get(id)).find((x) => x);
    return { target: c, src };
  });
  const kinds = rowKinds(grid, match);
  let rows: { budget: number; values: LayoutValue[] }[] = [];
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 0) continue;
    const r = match.firstDataRow + i;
    const values = plan.map(({ target: c, src }) => {
      if (!src) return null;
      let v = cellAt(grid, r, src.col);
      // The generic label in the method column: the other method column has the real method.
      if (c.type === 'method' && typeof v === 'string' && isGenericMethodLabel(v)) {
        const other = from.get('genericMethod');
        if (other) v = cellAt(grid, r, other.col);
      }
      return convert(c, v);
    });
    const b = from.get('budget');
    rows.push({ budget: (b && money(cellAt(grid, r, b.col))) ?? 0, values });
  }
  const rowsRead = rows.length;
  if (top !== undefined && rows.length > top) rows = [...rows].sort((a, b) => b.budget - a.budget).slice(0, top);
  const base = buildLayout(target, Math.max(rows.length + 20, 50));
  // The sheet names the data's own fiscal year, which the checker then judges dates against.
  const fy = dataYear(
    rows.map((r) => r.values),
    plan,
  );
  const withYear = (s: string) => (fy ? s.replace(/25\d\d/g, String(fy)) : s);
  const layout = { ...base, title: withYear(base.title), sheetName: withYear(base.sheetName) };
  return {
    layout: { ...layout, rows: rows.map((r) => r.values) },
    rowsRead,
    rowsWritten: rows.length,
    missing: plan.filter((p) => !p.src).map((p) => p.target.header),
    mapped: plan.filter((p) => p.src).map((p) => ({ column: p.target.header, from: p.src!.header })),
  };
}
