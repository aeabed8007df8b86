import { dayToSerial, fiscalYearOf, parseDate } from '../cells/dates';
import { matchList } from '../cells/lists';
import { isGenericMethodLabel, parseMethod } from '../cells/methods';
import { parseMoney } from '../cells/money';
import { cellAt, displayValue, isBlank, misdecodedGrid, type CellValue, type SheetGrid } from '../cells/value';
import { parseTaxId } from '../cells/taxId';
import { agencyKeyer } from '../check/oneAgency';
import { headerWidth, rowsPushedRight, runsText, separatorNamed } from '../check/sheetFacts';
import { runsOf } from '../cells/address';
import { listsResults } from '../report/procurementData';
import { recogniseHeader, type HeaderMatch } from '../sheet/header';
import { rowKinds } from '../sheet/rows';
import { buildLayout, type LayoutValue, type SheetLayout } from '../templates/layout';
import { allTemplates, getTemplate, insertableTemplates } from '../templates/registry';
import type { Bilingual, ColumnId, Template, TemplateColumn } from '../templates/types';
import { formatDayTh, formatMoney } from '../text/format';
import { collapseSpaces, thaiDigitsToArabic } from '../text/thai';

export interface ImportResult {
  /** The form filled: the one asked for, else the form of the export's fiscal year (importTargetFor). */
  readonly template: string;
  readonly layout: SheetLayout;
  /** Rows in the export, and rows written (fewer when only the largest were kept). */
  readonly rowsRead: number;
  readonly rowsWritten: number;
  /** Template columns the export has no data for (their headers, and their names in English): left empty to fill. */
  readonly missing: readonly Bilingual[];
  /** Each column of the form filled, in Thai and English, and the export's header it came from (as written). */
  readonly mapped: readonly { readonly column: string; readonly en: string; readonly from: string }[];
  /** What the user should know of the rows: repeats left out, other years, other agencies, shared projects. */
  readonly notes: readonly Bilingual[];
}

export class NotAnExport extends Error {
  /**
   * `form`: the template the sheet is laid out as instead (already a form, nothing to import), if any;
   * `misdecoded`: its Thai was read in the wrong encoding (see misdecodedThai).
   */
  constructor(
    readonly form: string | null = null,
    readonly misdecoded = false,
  ) {
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

/** `textOnly`: the export is text throughout (a CSV), where an id once kept as a number shows so. */
function convert(target: TemplateColumn, v: CellValue, textOnly: boolean): LayoutValue {
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
      const digits =
        t && (target.type === 'projectNumber' || target.type === 'taxId')
          ? thaiDigitsToArabic(t).replace(/\s/g, '')
          : t;
      // A company's id kept as a number in a spreadsheet lost its leading 0: given back (in a CSV too,
      // saved from such a sheet). Not a text cell of a workbook, which lost a digit somewhere else as
      // likely (the check says so).
      if (digits && target.type === 'taxId' && (typeof v === 'number' || textOnly)) {
        const id = parseTaxId(digits);
        if (id.kind === 'format' && id.reason === 'lost-zero' && id.suggestion) return id.suggestion;
      }
      return digits;
    }
  }
}

/**
 * The amount of the row's contract. One source (govspending) gives it rounded to the baht: where the
 * project's total over its contracts is that amount to within the rounding, the project has this one
 * contract and the total is its exact price.
 */
function contractAmount(grid: SheetGrid, from: ReadonlyMap<ColumnId, { col: number }>, row: number): number | null {
  const own = from.get('contractAmount');
  const total = from.get('agreedPrice');
  const amount = own ? money(cellAt(grid, row, own.col)) : null;
  const sum = total ? money(cellAt(grid, row, total.col)) : null;
  if (!own) return sum;
  if (amount !== null && sum !== null && Number.isInteger(amount) && Math.abs(sum - amount) <= 0.5) return sum;
  return amount;
}

/** Where each template column's data comes from in the export: the first of these columns it has. */
const SOURCE: Partial<Record<ColumnId, ColumnId[]>> = {
  status: ['status', 'projectStatus'],
  // A row is one contract: its own amount, not the project's total over all its contracts.
  agreedPrice: ['contractAmount', 'agreedPrice'],
  // e-GP's transaction date is the signing date in nearly every row where both are given.
  signDate: ['signDate', 'transactionDate'],
};

/**
 * Columns filled row by row from the next source where the first is empty: a project cancelled before
 * any contract has only its project's status (its agreed total and dates are not a contract's).
 */
const ROW_BY_ROW: ReadonlySet<ColumnId> = new Set(['status']);

/** A form's cell composed of two of the export's columns; `lacks`: the part the export has no column for. */
interface Composed {
  readonly header: string;
  readonly value: (row: number) => LayoutValue;
  readonly lacks?: Bilingual;
}

/**
 * Columns the monthly forms (สขร.1, O21) write in one cell that the export keeps in two: the winner
 * with the price agreed ("บริษัท ก จำกัด 49,000.00 บาท"), the contract's number with its date
 * ("12/2567 ลว. 3 ต.ค. 2566"), each as the checker reads them back.
 */
function composedColumns(
  grid: SheetGrid,
  from: ReadonlyMap<ColumnId, { col: number; header: string }>,
): Partial<Record<ColumnId, Composed>> {
  const out: Partial<Record<ColumnId, Composed>> = {};
  const headers = (...cols: ({ header: string } | undefined)[]) =>
    cols.flatMap((c) => (c ? [c.header] : [])).join(' + ');
  // An export without one of the two parts (data.go.th's cut has no supplier nor contract number) still
  // gives the other: the price alone, the date alone, as the checker reads them ("1,480 บาท",
  // "ลว. 14 พ.ย. 2567"), and the part it lacks is said.
  const name = from.get('supplierName');
  const amount = from.get('contractAmount') ?? from.get('agreedPrice');
  if (name || amount)
    out.winnerAndPrice = {
      header: headers(name, amount),
      value: (r) => {
        const price = amount ? contractAmount(grid, from, r) : null;
        if (!name) return price === null ? null : `${formatMoney(price)} บาท`;
        // A row whose name is empty is left for the checker to ask for, price and all.
        const who = text(cellAt(grid, r, name.col));
        return who && price !== null ? `${who} ${formatMoney(price)} บาท` : who;
      },
      ...(!name && {
        lacks: {
          th: 'ไฟล์ e-GP ไม่มีชื่อผู้ได้รับการคัดเลือก: ช่องผู้ได้รับการคัดเลือกมีเฉพาะราคาที่ตกลง เติมชื่อไว้หน้าราคา',
          en: 'The e-GP file names no selected supplier: the winner cell holds the agreed price alone; add the name before it',
        },
      }),
    };
  const number = from.get('contractNumber');
  const signed = from.get('signDate') ?? from.get('transactionDate');
  const project = from.get('projectNumber');
  if (number || signed)
    out.contractRef = {
      header: headers(number, signed),
      value: (r) => {
        const d = signed ? parseDate(cellAt(grid, r, signed.col)) : null;
        if (number) {
          const no = text(cellAt(grid, r, number.col));
          return no && d?.kind === 'ok' ? `${no} ลว. ${formatDayTh(d.day)}` : no;
        }
        if (d?.kind !== 'ok') return null;
        // No contract number: the e-GP project's, said as such (not as the contract's), tells two buys
        // of one item, price and day apart, which would otherwise read as one row typed twice.
        const p = project && text(cellAt(grid, r, project.col));
        const id = p ? thaiDigitsToArabic(p).replace(/\s/g, '') : null;
        return `ลว. ${formatDayTh(d.day)}${id && /^\d+$/.test(id) ? ` (เลขที่โครงการ e-GP ${id})` : ''}`;
      },
      ...(!number && {
        lacks: {
          th: `ไฟล์ e-GP ไม่มีเลขที่สัญญา: ช่องเลขที่และวันที่ของสัญญามีเฉพาะวันที่ (จาก ${signed!.header})${project ? ' กับเลขที่โครงการ e-GP' : ''} เติมเลขที่สัญญาหรือใบสั่งซื้อไว้หน้า "ลว."`,
          en: `The e-GP file has no contract numbers: the contract cell holds the date alone (from ${signed!.header})${project ? ' with the e-GP project number' : ''}; add the number of the contract or purchase order before "ลว."`,
        },
      }),
    };
  return out;
}

/**
 * The export's column a form's column is filled from, as the import says it: the contract's amount
 * names the project's total beside it, the exact figure taken from there (see contractAmount).
 */
function sourceName(
  p: { readonly target: TemplateColumn; readonly src?: { header: string }; readonly part?: { header: string } },
  from: ReadonlyMap<ColumnId, { header: string }>,
): string {
  const total = from.get('agreedPrice');
  if (p.target.id === 'agreedPrice' && p.src && p.src === from.get('contractAmount') && total)
    return `${p.src.header} / ${total.header}`;
  return p.src?.header ?? p.part!.header;
}

/**
 * The fiscal year most of the rows belong to, read from the export itself (its ปีงบประมาณ, else its
 * signing or transaction date), whichever columns the form being filled has.
 */
function dataYear(rows: readonly { year: number | null }[]): number | null {
  const counts = new Map<number, number>();
  for (const { year: fy } of rows) if (fy) counts.set(fy, (counts.get(fy) ?? 0) + 1);
  let best: number | null = null;
  for (const [fy, n] of counts) if (best === null || n > counts.get(best)!) best = fy;
  return best;
}

/** Contracts are results: not a plan (O14) nor a summary of totals (O17's by method). */
function takesContracts(t: Template): boolean {
  return listsResults(t) && !t.importOnly;
}

/** The forms offered for an export's contracts (those with e-GP's project number), in the order offered. */
export function importTargets(templates: readonly Template[] = insertableTemplates()): readonly Template[] {
  return templates.filter((t) => takesContracts(t) && t.columns.some((c) => c.id === 'projectNumber'));
}

/**
 * The form an export of fiscal year `fy` goes into when none is asked for: that year's form, else the
 * newest before it (the oldest for older data); the newest where the year is unknown. A year's new form
 * is a data file, chosen here by its year; a form of no year (สขร.1) only when asked for.
 */
export function importTargetFor(
  fy: number | null,
  templates: readonly Template[] = insertableTemplates(),
): Template | undefined {
  const dated = importTargets(templates)
    .filter((t) => t.year !== null)
    .sort((a, b) => b.year! - a.year!);
  if (fy === null) return dated[0];
  return dated.find((t) => t.year! <= fy) ?? dated.at(-1);
}

/** The fiscal year most of an e-GP export's rows belong to; null when it is no export or names no year. */
export function exportYear(grid: SheetGrid): number | null {
  const match = recogniseHeader(grid, [getTemplate('egp-contract')!]);
  if (!match) return null;
  const from = new Map(match.columns.map((m) => [m.column.id, { col: m.col }] as const));
  return dataYear(
    [...rowKinds(grid, match)].flatMap((k, i) =>
      k === 0 ? [{ year: rowYear(grid, from, match.firstDataRow + i) }] : [],
    ),
  );
}

/**
 * Map an e-GP contract export onto a template: the real method (กลุ่มวิธีจัดซื้อฯ, not the generic
 * label), dates read as dates, money as numbers, project numbers and ids kept as text. Columns the
 * export does not have stay empty and are listed. `top` keeps only the rows with the largest budget.
 * With no template asked for, the form of the export's own fiscal year (importTargetFor).
 */
export function importEgp(grid: SheetGrid, templateId: string | undefined, top?: number): ImportResult {
  const egp = getTemplate('egp-contract')!;
  const asked: Template | undefined = templateId === undefined ? undefined : getTemplate(templateId);
  if (templateId !== undefined && !(asked && takesContracts(asked)))
    throw new RangeError(`no procurement template ${templateId}`);
  // A sheet already in a form's layout shares a few headers with the export (ราคากลาง, เลขที่โครงการ):
  // it is an export only if the export's header fits it best.
  const best = recogniseHeader(grid, allTemplates());
  if (best && best.template.id !== egp.id) throw new NotAnExport(best.template.id);
  const match = recogniseHeader(grid, [egp]);
  if (!match) throw new NotAnExport(null, misdecodedGrid(grid));
  const from = new Map<ColumnId, { col: number; header: string }>(
    match.columns.map((m) => [m.column.id, { col: m.col, header: m.header }]),
  );
  const target = asked ?? importTargetFor(exportYear(grid));
  if (!target) throw new RangeError('no procurement template to import into');
  const parts = composedColumns(grid, from);
  const plan = target.columns.map((c) => {
    // ลำดับที่ is the form's own count (numbered below), not e-GP's row id.
    const srcs =
      c.id === 'ordinal' ? [] : (SOURCE[c.id] ?? [c.id]).flatMap((id) => (from.has(id) ? [from.get(id)!] : []));
    const src = srcs[0];
    return {
      target: c,
      src,
      srcs: ROW_BY_ROW.has(c.id) ? srcs : srcs.slice(0, 1),
      part: src ? undefined : parts[c.id],
    };
  });
  const kinds = rowKinds(grid, match);
  const shifted = shiftedRows(grid, match);
  const leftOut = { short: [] as number[], long: [] as number[] };
  let rows: { row: number; budget: number; year: number | null; values: LayoutValue[] }[] = [];
  const seen = new Set<string>();
  let repeats = 0;
  const ordinalCol = from.get('ordinal')?.col;
  const namesContracts = ['supplierId', 'supplierName', 'contractNumber'].some((id) => from.has(id as ColumnId));
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 0) continue;
    const r = match.firstDataRow + i;
    // Pushed right (a comma not quoted): none of its values is written where it does not belong.
    const shift = shifted(r);
    if (shift === 'long') {
      leftOut.long.push(r);
      continue;
    }
    // Short: most likely only its empty end left off (Excel leaves trailing separators off), so written,
    // and named in a note.
    if (shift === 'short') leftOut.short.push(r);
    // A row exported twice (exports of overlapping periods put together) is one contract: compared as
    // the form would show it. e-GP's ลำดับ numbers the rows of a download, so two downloads number one
    // contract apart: left out where the export names each contract (its supplier or contract number);
    // where it does not, two contracts of one project may differ in nothing else, and it counts.
    const cells = (grid.values[r - 1] ?? []).map((v) => (typeof v === 'string' ? collapseSpaces(v) : v));
    if (ordinalCol !== undefined && namesContracts) cells[ordinalCol - 1] = null;
    const key = JSON.stringify(cells);
    if (seen.has(key)) {
      repeats++;
      continue;
    }
    seen.add(key);
    const values = plan.map(({ target: c, srcs, part }) => {
      if (part) return part.value(r);
      // "-" is no value either (govspending's placeholder).
      const src = srcs.find((x) => text(cellAt(grid, r, x.col)) !== null) ?? srcs[0];
      if (!src) return null;
      if (c.id === 'agreedPrice' && src === from.get('contractAmount')) return contractAmount(grid, from, r);
      let v = cellAt(grid, r, src.col);
      // The generic label in the method column: the other method column has the real method.
      if (c.type === 'method' && typeof v === 'string' && isGenericMethodLabel(v)) {
        const other = from.get('genericMethod');
        if (other) v = cellAt(grid, r, other.col);
      }
      return convert(c, v, !!grid.textOnly);
    });
    const b = from.get('budget');
    rows.push({ row: r, budget: (b && money(cellAt(grid, r, b.col))) ?? 0, year: rowYear(grid, from, r), values });
  }
  const rowsRead = rows.length + repeats + leftOut.long.length;
  // A file that leaves the empty end off most rows does so by habit: nothing to note.
  if (leftOut.short.length * 2 > rowsRead) leftOut.short = [];
  const aboutRows = rowNotes(grid, from, rows, repeats);
  if (top !== undefined && rows.length > top) rows = [...rows].sort((a, b) => b.budget - a.budget).slice(0, top);
  const ordinal = plan.findIndex((p) => p.target.id === 'ordinal');
  if (ordinal >= 0) rows.forEach((r, i) => (r.values[ordinal] = i + 1));
  const base = buildLayout(target, Math.max(rows.length + 20, 50));
  // The sheet names the data's own fiscal year, which the checker then judges dates against.
  const fy = dataYear(rows);
  // The data's fiscal year, not the form's: "(ITA 2568)" names the form and stays.
  const withYear = (s: string) => (fy ? s.replace(/(?<!ITA\s?)25\d\d/g, String(fy)) : s);
  const layout = { ...base, title: withYear(base.title), sheetName: withYear(base.sheetName) };
  // A form's fiscal-year cell the export leaves empty (or has no column for): the row's year, by its date.
  const fyAt = plan.findIndex((p) => p.target.id === 'fiscalYear');
  if (fyAt >= 0) for (const r of rows) r.values[fyAt] ??= r.year;
  const notes = [
    ...shiftNotes(grid, leftOut, headerWidth(grid, match.headerRow, match.headerRow + match.headerRows - 1)),
    ...(fy ? otherYears(rows, fy) : []),
    ...plan.flatMap((p) => (p.part?.lacks ? [p.part.lacks] : [])),
    ...aboutRows,
  ];
  return {
    template: target.id,
    layout: { ...layout, rows: rows.map((r) => r.values) },
    rowsRead,
    rowsWritten: rows.length,
    missing: plan
      .filter((p) => !p.src && !p.part && p.target.id !== 'ordinal')
      .map((p) => ({ th: p.target.header, en: p.target.en })),
    mapped: plan.flatMap((p) =>
      p.src || p.part ? [{ column: p.target.header, en: p.target.en, from: sourceName(p, from) }] : [],
    ),
    notes,
  };
}

/** Fiscal year of a row of the export: its ปีงบประมาณ, else its signing or transaction date. */
function rowYear(grid: SheetGrid, from: ReadonlyMap<ColumnId, { col: number }>, row: number): number | null {
  const fyCol = from.get('fiscalYear')?.col;
  const n = fyCol === undefined ? null : money(cellAt(grid, row, fyCol));
  if (n !== null && Number.isInteger(n) && n >= 2400) return n;
  const dateCol = (from.get('signDate') ?? from.get('transactionDate'))?.col;
  if (dateCol === undefined) return null;
  const d = parseDate(cellAt(grid, row, dateCol));
  return d.kind === 'ok' ? fiscalYearOf(d.day) : null;
}

/** Rows of the export of a fiscal year other than the data's: kept, and said (a form lists one year). */
function otherYears(rows: readonly { year: number | null }[], fy: number): Bilingual[] {
  const other = rows.filter((r) => r.year !== null && r.year !== fy).length;
  return other
    ? [
        {
          th: `${other} แถวเป็นของปีงบประมาณอื่น ไม่ใช่ ${fy}: นำเข้าไว้ด้วย ลบออกถ้าแบบนี้เป็นของปี ${fy}`,
          en: `${other} row(s) belong to a fiscal year other than ${fy}: imported too; remove them if this form is for ${fy}`,
        },
      ]
    : [];
}

/** What to tell of the export's rows: repeats left out, several agencies, projects of several contracts. */
function rowNotes(
  grid: SheetGrid,
  from: ReadonlyMap<ColumnId, { col: number }>,
  rows: readonly { row: number }[],
  repeats: number,
): Bilingual[] {
  const out: Bilingual[] = [];
  if (repeats)
    out.push({
      th: `${repeats} แถวซ้ำกับแถวก่อนหน้าทุกช่อง (ไม่นับลำดับของ e-GP และช่องว่างที่เกิน) ไม่ได้นำเข้าซ้ำ`,
      en: `${repeats} row(s) repeated an earlier row in every cell (e-GP's ลำดับ and extra spaces aside) and were not imported again`,
    });
  const distinct = (id: ColumnId, key = (t: string) => t) => {
    const col = from.get(id)?.col;
    const counts = new Map<string, number>();
    if (col !== undefined)
      for (const { row } of rows) {
        const t = text(cellAt(grid, row, col));
        if (t) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
      }
    return counts;
  };
  const agencies = distinct('agency', agencyKeyer());
  if (agencies.size > 1)
    out.push({
      th: `ไฟล์นี้มีข้อมูลของ ${agencies.size} หน่วยงาน: แบบของหน่วยงานหนึ่งควรมีเฉพาะแถวของหน่วยงานนั้น กรองไฟล์ e-GP ก่อนนำเข้า`,
      en: `The export holds ${agencies.size} agencies: an agency's form lists its own rows only; filter the export first`,
    });
  // Only whole numbers tell one project: "6.90192E+10" is many projects whose digits Excel lost.
  const shared = [...distinct('projectNumber')].filter(
    ([k, n]) => n > 1 && /^\d{9,}$/.test(thaiDigitsToArabic(k)),
  ).length;
  if (shared)
    out.push({
      th: `${shared} โครงการมีหลายสัญญา แต่ละสัญญาเป็นหนึ่งแถวที่มีวงเงินงบประมาณของทั้งโครงการ: สรุปตามวิธีจะนับวงเงินนั้นซ้ำ แบ่งวงเงินหรือรวมเป็นแถวเดียว`,
      en: `${shared} project(s) have several contracts, each a row with the whole project's budget: a summary by method counts that budget again; split the budget or make them one row`,
    });
  return out;
}

/**
 * Whether a row of a CSV export lies in the wrong columns: `long` where a value sits past the header's
 * last column (a comma not quoted split a text: see rowsPushedRight), `short` where the row has fewer
 * fields than the header: most often only its empty end left off (Excel's CSVs leave trailing separators
 * off), read right, but an empty field lost inside (as data.go.th's files lose them) moves the values
 * after it left, and nothing tells the two apart: a long row is left out, a short one written and
 * named. Rows padded with empty fields past the header read right. A workbook's cells do not shift.
 */
function shiftedRows(grid: SheetGrid, match: HeaderMatch): (row: number) => 'short' | 'long' | null {
  if (!grid.textOnly) return () => null;
  const bottom = match.headerRow + match.headerRows - 1;
  const width = headerWidth(grid, match.headerRow, bottom);
  const long = new Set(rowsPushedRight(grid, match.headerRow, bottom).map((x) => x.row));
  return (r) => (long.has(r) ? 'long' : (grid.values[r - 1]?.length ?? 0) < width ? 'short' : null);
}

/** The rows left out for their shifted values, by the export's row numbers, why, and what to do. */
function shiftNotes(grid: SheetGrid, leftOut: { short: number[]; long: number[] }, width: number): Bilingual[] {
  const out: Bilingual[] = [];
  const named = (rows: number[]) => (rows.length ? runsText(runsOf(rows)!) : null);
  const short = named(leftOut.short);
  if (short)
    out.push({
      th: `${short.count} แถว (แถว ${short.th} ของไฟล์ e-GP) มีช่องน้อยกว่าหัวตารางที่มี ${width} ช่อง: นำเข้าตามที่มี ถ้ามีช่องว่างกลางแถวหายไปจากไฟล์ ค่าหลังจากนั้นจะอยู่ผิดคอลัมน์ ตรวจแถวเหล่านั้นในแบบกับข้อมูลใน e-GP`,
      en: `${short.count} row(s) (row ${short.en} of the e-GP file) have fewer fields than the header's ${width}: imported as they are; if an empty field inside such a row was lost from the file, the values after it lie in the wrong columns: compare those rows in the form with e-GP`,
    });
  const long = named(leftOut.long);
  if (long) {
    const sep = separatorNamed(grid.separator ?? ',');
    out.push({
      th: `${long.count} แถวไม่ได้นำเข้า (แถว ${long.th} ของไฟล์ e-GP): มีช่องมากกว่าหัวตารางที่มี ${width} ช่อง น่าจะมีข้อความที่มี${sep.th}โดยไม่ได้อยู่ในเครื่องหมายคำพูด ค่าหลังจากนั้นจึงเลื่อนไปทางขวาผิดคอลัมน์ ใส่เครื่องหมายคำพูดครอบข้อความนั้นในไฟล์แล้วนำเข้าใหม่ หรือกรอกแถวนั้นในแบบเอง`,
      en: `${long.count} row(s) not imported (row ${long.en} of the e-GP file): more fields than the header's ${width}; most likely a text holds ${sep.en} and is not in quotes, so the values after it moved right, into the wrong columns; put quotes around that text in the file and import again, or type the row into the form`,
    });
  }
  return out;
}
