import { columnLetter } from '../../../core/cells/address';
import type { LayoutValue, SheetLayout } from '../../../core/templates/layout';
import type { Namespaces } from './packageEdit';
import type { StyleBook } from './styleBook';
import { encodeXml, escapeCellText } from './xml';

/** As the ExcelJS writer draws an inserted table's header (writeLayout). */
const HEADER_FILL = 'FFD9E2F3';

/**
 * Whether a layout is a plain table this writer can write: a title, a header and rows of values and
 * formulas (the findings sheet), with none of what only ExcelJS writes here (groups, dropdowns, hints,
 * formula blocks, charts, notes under the table).
 */
export function isPlainTable(layout: SheetLayout): boolean {
  return (
    layout.groupRow === null &&
    !layout.notes.length &&
    !layout.blocks?.length &&
    !layout.charts?.length &&
    layout.headerRow > layout.titleRow &&
    layout.columns.length > 0 &&
    layout.columns.every((c) => !c.list && !c.hint)
  );
}

/** The cell styles of a plain table, added to the workbook's styles; null when they cannot be. */
function tableStyles(styles: StyleBook, layout: SheetLayout) {
  const { name, size } = layout.font;
  const font = (extra: string, sz = size) =>
    styles.addItem('fonts', `<font>${extra}<sz val="${sz}"/><name val="${encodeXml(name)}"/></font>`);
  const [plain, bold, title] = [font(''), font('<b/>'), font('<b/>', size + 4)];
  const fill = styles.addItem(
    'fills',
    `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill>`,
  );
  const thin = '<color indexed="64"/>';
  const border = styles.addItem(
    'borders',
    `<border><left style="thin">${thin}</left><right style="thin">${thin}</right><top style="thin">${thin}</top><bottom style="thin">${thin}</bottom><diagonal/></border>`,
  );
  if (plain === null || bold === null || title === null || fill === null || border === null) return null;
  const xf = (fontId: number, more: string, inner = '') =>
    styles.addXf(`<xf fontId="${fontId}" xfId="0" applyFont="1"${more}>${inner}</xf>`);
  // One body style per number format the columns use.
  const bodies = new Map<number, number>();
  const body = (format: number) => {
    let s = bodies.get(format);
    if (s === undefined) {
      const more = ` numFmtId="${format}" fillId="0" borderId="0" applyNumberFormat="1" applyAlignment="1"`;
      bodies.set(format, (s = xf(plain, more, '<alignment vertical="top" wrapText="1"/>')));
    }
    return s;
  };
  return {
    title: xf(title, ' numFmtId="0" fillId="0" borderId="0"'),
    header: xf(
      bold,
      ` numFmtId="0" fillId="${fill}" borderId="${border}" applyFill="1" applyBorder="1" applyAlignment="1"`,
      '<alignment horizontal="center" vertical="center" wrapText="1"/>',
    ),
    body: layout.columns.map((c) => body(c.numberFormat ? styles.formatId(c.numberFormat) : 0)),
  };
}

/** A cell of value `v` in style `s`. */
function cellXml(ref: string, s: number, v: LayoutValue | undefined): string {
  if (v === null || v === undefined || v === '') return `<c r="${ref}" s="${s}"/>`;
  if (typeof v === 'number') return `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
  if (typeof v === 'string')
    return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(v)}</t></is></c>`;
  const f = `<f>${encodeXml(v.f)}</f>`;
  if (v.v === undefined) return `<c r="${ref}" s="${s}">${f}</c>`;
  return typeof v.v === 'number'
    ? `<c r="${ref}" s="${s}">${f}<v>${v.v}</v></c>`
    : `<c r="${ref}" s="${s}" t="str">${f}<v>${escapeCellText(v.v)}</v></c>`;
}

/**
 * A plain table (see isPlainTable) as a worksheet part and its table part: the table's name and id,
 * and the id of the sheet's relationship to it, are `table`'s; its styles go into `styles`. Null when
 * the styles part cannot take them.
 */
export function tableSheetXml(
  layout: SheetLayout,
  styles: StyleBook,
  table: { readonly name: string; readonly id: number; readonly rid: string },
  ns: Namespaces,
): { sheet: string; table: string } | null {
  const st = tableStyles(styles, layout);
  if (!st) return null;
  const n = layout.columns.length;
  const rows = layout.rows ?? [];
  const last = layout.headerRow + Math.max(1, rows.length);
  const ref = `A${layout.headerRow}:${columnLetter(n)}${last}`;
  const data: string[] = [
    `<row r="${layout.titleRow}">${cellXml(`A${layout.titleRow}`, st.title, layout.title)}</row>`,
    `<row r="${layout.headerRow}" ht="48" customHeight="1">${layout.columns
      .map((c, j) => cellXml(`${columnLetter(j + 1)}${layout.headerRow}`, st.header, c.header))
      .join('')}</row>`,
  ];
  for (let i = 0; i < Math.max(1, rows.length); i++) {
    const r = layout.headerRow + 1 + i;
    const row = rows[i] ?? [];
    data.push(
      `<row r="${r}">${layout.columns.map((_, j) => cellXml(`${columnLetter(j + 1)}${r}`, st.body[j]!, row[j])).join('')}</row>`,
    );
  }
  const first = `A${layout.headerRow + 1}`;
  const cols = layout.columns
    .map((c, j) => `<col min="${j + 1}" max="${j + 1}" width="${c.width}" customWidth="1"/>`)
    .join('');
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">` +
    `<dimension ref="A${layout.titleRow}:${columnLetter(n)}${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${layout.headerRow}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${data.join('')}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<tableParts count="1"><tablePart r:id="${table.rid}"/></tableParts></worksheet>`;
  const columns = layout.columns.map((c, j) => `<tableColumn id="${j + 1}" name="${encodeXml(c.header)}"/>`).join('');
  const tableXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${ns.main}" id="${table.id}" name="${encodeXml(table.name)}" displayName="${encodeXml(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${n}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
  return { sheet, table: tableXml };
}
