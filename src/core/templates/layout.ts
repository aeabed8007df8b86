import type { ColumnType, Template, TemplateColumn } from './types';

/**
 * Everything a writer needs to put a template into a workbook. One layout, two writers (Office.js
 * in Excel, ExcelJS for files), so a template looks and behaves the same whichever made it.
 */
export interface LayoutColumn {
  readonly header: string;
  /** Excel column width in characters. */
  readonly width: number;
  readonly numberFormat: string | null;
  /** Dropdown values, or null for a free column. */
  readonly list: readonly string[] | null;
  /** true: Excel refuses other values; false: it warns but accepts them. */
  readonly strictList: boolean;
  /** Other values are taken without a word: the list only offers a few (see TemplateColumn.quietList). */
  readonly quietList?: boolean;
  /** Excel input message shown when a cell of the column is selected. */
  readonly hint: { readonly title: string; readonly text: string } | null;
  readonly type: ColumnType;
}

/** A value, or a formula (without "=") with the value it computes as its cached result. */
export type LayoutValue = string | number | null | { readonly f: string; readonly v?: number | string };

/** A native Excel chart on the sheet: ranges are on the same sheet, A1-style without the sheet name. */
export interface LayoutChart {
  readonly type: 'bar' | 'column' | 'line';
  readonly title: string;
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Top-left cell (1-based) and size in columns and rows. */
  readonly anchor: { readonly col: number; readonly row: number; readonly width: number; readonly height: number };
  /** Plots hidden rows too (its series are a hidden block's: see LayoutBlock.hidden). */
  readonly plotsHidden?: boolean;
}

/** A cell of a block beside or under the table: a value or a formula (written without "="). */
export interface LayoutCell {
  readonly v?: string | number | null;
  readonly f?: string;
  readonly bold?: boolean;
  readonly numberFormat?: string;
  /** A cell the user is meant to fill or change (shown as an input). */
  readonly input?: boolean;
  /** A heading cell (shaded like the table header). */
  readonly head?: boolean;
}

/** A rectangle of cells placed at a fixed position (1-based), e.g. the score summary of a checklist. */
export interface LayoutBlock {
  readonly top: number;
  readonly left: number;
  readonly cells: readonly (readonly LayoutCell[])[];
  /** Column widths (characters) for the block's columns, when it sets them. */
  readonly widths?: readonly number[];
  /**
   * Rows kept hidden: figures only a chart reads (a year not scored as #N/A, which a line chart leaves
   * out, where the visible cell's "" would be plotted as 0).
   */
  readonly hidden?: boolean;
}

/**
 * How a form prints, to be published as a PDF: A4 landscape, every column on one page wide, the
 * header rows (first to last) repeated on every page.
 */
export interface PrintSetup {
  readonly titleRows: readonly [number, number];
}

export interface SheetLayout {
  readonly templateId: string;
  readonly sheetName: string;
  readonly title: string;
  /** Row of the title (1-based). */
  readonly titleRow: number;
  /** Group headings above the table header (two-row forms), or null. */
  readonly groupRow: number | null;
  readonly groups: readonly { readonly from: number; readonly to: number; readonly header: string }[];
  /** The Excel table's header row. Rows above it are frozen. */
  readonly headerRow: number;
  readonly tableName: string;
  /** Empty body rows prepared with formats and dropdowns. */
  readonly bodyRows: number;
  readonly columns: readonly LayoutColumn[];
  /** Labelled blank fields under the table (O17: problems, suggestions). */
  readonly notes: readonly string[];
  readonly font: { readonly name: string; readonly size: number };
  /** Values written into the table body (a checklist's items and components); {f} is a formula. */
  readonly rows?: readonly (readonly LayoutValue[])[];
  /** Formula blocks beside or under the table. */
  readonly blocks?: readonly LayoutBlock[];
  readonly charts?: readonly LayoutChart[];
  /** The form's print set-up, where it is a table to publish. */
  readonly print?: PrintSetup;
}

/** The Thai government font; Excel falls back to another Thai font where it is not installed. */
export const THAI_FONT = { name: 'TH Sarabun New', size: 14 } as const;

/** พ.ศ. dates with Thai month names: locale th-TH (041E), Buddhist calendar (07), Arabic digits. */
export const THAI_DATE_FORMAT = '[$-107041E]d mmm yyyy';

export const DEFAULT_BODY_ROWS = 200;

const MONEY = '#,##0.00';

/** The number format of a template's column: its own, or its type's. */
export function columnFormat(c: TemplateColumn): string | null {
  if (c.numberFormat) return c.numberFormat;
  switch (c.type) {
    case 'money':
      return MONEY;
    case 'date':
      return THAI_DATE_FORMAT;
    case 'taxId':
    case 'projectNumber':
      return '@';
    case 'integer':
    case 'year':
      return '0';
    default:
      return null;
  }
}

function widthFor(header: string, explicit: number | undefined): number {
  if (explicit) return explicit;
  // Thai vowels and tone marks take no width of their own.
  const visible = header.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
  return Math.min(50, Math.max(10, Math.ceil(visible * 0.9) + 2));
}

/** Make an Excel table name from a template id: letters, digits and _ only, starting with a letter. */
export function tableNameFor(templateId: string): string {
  return `tbl_${templateId.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Excel's longest input-message title. */
const PROMPT_TITLE_MAX = 32;

/**
 * A header as an input message's title: whole when it fits, else cut where a word ends ("เลขประจำตัว
 * ผู้เสียภาษี / เลขประจำตัวประชาชน" gives its first name), with "…" where no space allows it.
 */
export function promptTitle(header: string): string {
  const h = header.replace(/\s+/g, ' ').trim();
  if (h.length <= PROMPT_TITLE_MAX) return h;
  const cut = h
    .slice(0, PROMPT_TITLE_MAX + 1)
    .replace(/\s+\S*$/, '')
    .replace(/[\s/,(–-]+$/, '');
  return cut && cut.length < h.length && /\s/.test(h.slice(0, PROMPT_TITLE_MAX + 1))
    ? cut
    : `${h.slice(0, PROMPT_TITLE_MAX - 1)}…`;
}

export function buildLayout(template: Template, bodyRows = template.bodyRows ?? DEFAULT_BODY_ROWS): SheetLayout {
  const twoRow = template.headerRows === 2 && (template.headerGroups?.length ?? 0) > 0;
  const groupRow = twoRow ? 3 : null;
  const headerRow = twoRow ? 4 : 3;
  return {
    templateId: template.id,
    sheetName: template.sheetName,
    title: template.title.th,
    titleRow: 1,
    groupRow,
    groups: twoRow ? (template.headerGroups ?? []) : [],
    headerRow,
    tableName: tableNameFor(template.id),
    bodyRows,
    columns: template.columns.map((c) => ({
      header: c.header,
      width: widthFor(c.header, c.width),
      numberFormat: columnFormat(c),
      list: c.values && c.values.length ? c.values : null,
      strictList: !c.openList && c.type !== 'method',
      ...(c.quietList ? { quietList: true } : {}),
      hint: c.hint ? { title: c.hintTitle ?? promptTitle(c.header), text: c.hint.th } : null,
      type: c.type,
    })),
    notes: (template.notes ?? []).map((n) => n.label.th),
    font: THAI_FONT,
    print: { titleRows: [groupRow ?? headerRow, headerRow] },
  };
}

/** A sheet that is one plain table of text columns under a title (reports, the findings sheet). */
export function textTableLayout(t: {
  readonly templateId: string;
  readonly sheetName: string;
  readonly title: string;
  readonly tableName: string;
  readonly columns: readonly { readonly header: string; readonly width: number; readonly asText?: boolean }[];
  readonly rows: readonly (readonly LayoutValue[])[];
}): SheetLayout {
  return {
    templateId: t.templateId,
    sheetName: t.sheetName,
    title: t.title,
    titleRow: 1,
    groupRow: null,
    groups: [],
    headerRow: 3,
    tableName: t.tableName,
    bodyRows: Math.max(1, t.rows.length),
    columns: t.columns.map((c) => ({
      header: c.header,
      width: c.width,
      numberFormat: c.asText ? '@' : null,
      list: null,
      strictList: false,
      hint: null,
      type: 'text' as const,
    })),
    notes: [],
    font: THAI_FONT,
    rows: t.rows,
  };
}

/** Excel keeps an inline dropdown list to 255 characters and splits it on commas. */
export const INLINE_LIST_LIMIT = 255;

/** The inline list formula ("a,b,c" in quotes), or null when the list must live on a sheet. */
export function inlineListFormula(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(',') || v.includes('"'))) return null;
  const joined = values.join(',');
  return joined.length <= INLINE_LIST_LIMIT ? `"${joined}"` : null;
}

/** Name of the hidden sheet that holds dropdown lists too long to write inline. */
export const LIST_SHEET_NAME = 'ITA_Lists';

/** A reference to a sheet range usable in a formula: 'My Sheet'!$A$2:$A$9. */
export function sheetRef(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}
