import { parseAreas } from '../../../core/cells/address';
import type { CellWrite } from '../../../core/findings/fixes';
import { citingRenamed, renameTableColumns, tableParts, withFormulasTurned, type ColumnRename } from './columnRenames';
import { PackageEdit } from './packageEdit';
import { attr, encodeXml, pasteable, relationships, relsPath, tags, withAttr, withoutAttr } from './xml';
import { workbookPartOf } from './xlsxFile';
import { Zip } from './zip';

/** A defined name as a workbook part writes it: its start tag and its whole element. */
const DEFINED_NAME = /<definedName\b[^>]*>[^<]*<\/definedName>/g;
/** A defined name citing another workbook ([1]Sheet!A1): a copy by ExcelJS has no external links. */
const CITES_OTHER_BOOK = /\[\d+\]/;
const CUSTOM_PROPERTIES = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

interface Book {
  readonly zip: Zip;
  readonly part: string;
  readonly xml: string;
  /** Sheet name → its part (null for one without). */
  readonly sheets: ReadonlyMap<string, string | null>;
}

async function bookOf(bytes: Uint8Array): Promise<Book | null> {
  const zip = new Zip(bytes);
  const part = await workbookPartOf(zip);
  const xml = await zip.text(part);
  // A workbook written with a namespace prefix (<x:workbook>) is left as ExcelJS wrote it.
  if (xml === null || !/<workbook[\s>]/.test(xml)) return null;
  const rels = relationships(await zip.text(relsPath(part)), part);
  const sheets = new Map<string, string | null>();
  for (const tag of tags(xml, 'sheet'))
    sheets.set(attr(tag, 'name') ?? '', rels.get(attr(tag, 'r:id') ?? '')?.target ?? null);
  return { zip, part, xml, sheets };
}

/**
 * A copy ExcelJS wrote (`written`) of the workbook read from `original`, with what ExcelJS drops or
 * misplaces put back: defined names it cannot hold (a constant, an OFFSET list behind a dropdown: the
 * formulas citing them would show #NAME?), the workbook's protection, a sheet's password of the older
 * kind, links to a place in the workbook (a contents sheet's), the custom document properties, and a
 * sheet's notes written after its tables (ExcelJS's order,
 * which Excel cannot repair: exceljs#1369), the criteria and sort of a sheet's or a table's filter (the
 * rows it hid stay hidden: without them the sheet looks filtered by hand), a table's columns (their
 * ids, the formulas of a calculated column and a custom total, those after the first with one), the
 * collapsed flags of an outline's rows and columns (ExcelJS sets them on the detail rows, so Excel
 * shows the group's button wrong), the dropdowns and sparklines
 * of a sheet's Excel 2010 extensions (see KEPT_EXTENSIONS), and the workbook's names as the original
 * wrote them (ExcelJS writes a print area $A$1:$L$21 as $A1:$L21). What is put back has its
 * namespaces declared (see pasteable). A table's column whose header cell `fixes` (the fixes written,
 * by sheet) changed is renamed, with the formulas citing it, as in a copy written in place (ExcelJS
 * leaves the old name). Unchanged when the package is not as expected.
 */
export async function keptThroughRewrite(
  original: Uint8Array,
  written: Uint8Array,
  fixes: ReadonlyMap<string, readonly CellWrite[]> = new Map(),
): Promise<Uint8Array> {
  const [from, to] = await Promise.all([bookOf(original), bookOf(written)]).catch(() => [null, null]);
  if (!from || !to) return written;
  const edit = new PackageEdit(to.zip);
  let workbook = withNames(from, to);
  const protection = /<workbookProtection\b[^>]*\/>/.exec(from.xml)?.[0];
  if (protection && !/<workbookProtection\b/.test(workbook)) {
    const fit = pasteable(protection, from.xml, workbook);
    workbook = fit.target.replace(/<bookViews\b|<sheets\b/, (m) => fit.fragment + m);
  }
  if (workbook !== to.xml) edit.set(to.part, workbook);
  for (const [name, part] of to.sheets) {
    if (!part) continue;
    const before = from.sheets.get(name);
    const dropped = before ? await droppedFrom(from.zip, before) : NOTHING_DROPPED;
    const { password, links, filterOrOutline, extensions, root } = dropped;
    // Most sheets have none of these: looked for in pieces first, as a sheet may be large.
    const look = /<legacyDrawing\b|\scollapsed="(?:1|true)"/g;
    const any = password || links.length || filterOrOutline || extensions.length;
    if (!any && !(await to.zip.matches(part, look, 32))) continue;
    const xml = await to.zip.text(part);
    if (xml === null) continue;
    let fixed = legacyDrawingFirst(withLinks(password ? withPassword(xml, password) : xml, links, root));
    fixed = withExtensions(fixed, extensions, root);
    // ExcelJS flags an expanded group's rows collapsed too: the original is read for those as well.
    const original = before && (filterOrOutline || COLLAPSED.test(xml)) ? await from.zip.text(before) : null;
    if (original) fixed = withCollapsed(withFilter(fixed, original), original);
    if (fixed !== xml) edit.set(part, fixed);
  }
  await keepTables(from.zip, to.zip, edit);
  await keepCustomProperties(from.zip, edit);
  // Last: the formulas put back above cite the columns by their old names too.
  await renameFixedColumns(to, edit, fixes);
  return (await edit.write()) ?? written;
}

/** `to`'s workbook part with every defined name of `from` it lacks, each still on its own sheet. */
function withNames(from: Book, to: Book): string {
  const key = (tag: string, sheet: string | null) => `${attr(tag, 'name')?.toLowerCase()}@${sheet ?? ''}`;
  const fromSheets = [...from.sheets.keys()];
  const toSheets = [...to.sheets.keys()];
  const sheetOf = (tag: string, names: readonly string[]) => {
    const local = attr(tag, 'localSheetId');
    return local === null ? null : (names[Number(local)] ?? '\u0000');
  };
  const have = new Map([...to.xml.matchAll(DEFINED_NAME)].map(([el]) => [key(el, sheetOf(el, toSheets)), el]));
  const missing: string[] = [];
  let xml = to.xml;
  for (const [el] of from.xml.matchAll(DEFINED_NAME)) {
    const sheet = sheetOf(el, fromSheets);
    const at = sheet === null ? -1 : toSheets.indexOf(sheet);
    if (CITES_OTHER_BOOK.test(el) || (sheet !== null && at < 0)) continue;
    const written = have.get(key(el, sheet));
    // A copy moves no cell: what a name refers to is as the original wrote it.
    if (written !== undefined) xml = xml.replace(written, () => withTextOf(written, el));
    else {
      const open = el.slice(0, el.indexOf('>') + 1);
      missing.push(sheet === null ? el : el.replace(open, withAttr(open, 'localSheetId', String(at))));
    }
  }
  if (!missing.length) return xml;
  const { fragment, target } = pasteable(missing.join(''), from.xml, xml);
  if (/<\/definedNames>/.test(target)) return target.replace('</definedNames>', () => `${fragment}</definedNames>`);
  return target.replace('</sheets>', () => `</sheets><definedNames>${fragment}</definedNames>`);
}

/** Element `el` (whole, one text inside) with the text of element `from`. */
function withTextOf(el: string, from: string): string {
  return (
    el.slice(0, el.indexOf('>') + 1) +
    from.slice(from.indexOf('>') + 1, from.lastIndexOf('<')) +
    el.slice(el.lastIndexOf('<'))
  );
}

/** What a sheet of the original holds that ExcelJS drops or moves (see droppedFrom). */
interface Dropped {
  /** The password of the older kind (a hash in `password`) protecting it, or null. */
  readonly password: string | null;
  /** Its links to a place in the workbook (a location, no relationship). */
  readonly links: readonly string[];
  /** A filter's criteria or sort, or a collapsed row or column. */
  readonly filterOrOutline: boolean;
  /** The elements (ext) of its Excel 2010 extensions that ExcelJS drops (see KEPT_EXTENSIONS). */
  readonly extensions: readonly string[];
  /** Its root's start tag: the namespaces the links and extensions are written in. */
  readonly root: string;
}

const NOTHING_DROPPED: Dropped = { password: null, links: [], filterOrOutline: false, extensions: [], root: '' };

/**
 * The extensions of a sheet that ExcelJS neither reads nor writes and that need no other part: dropdowns
 * Excel 2010 on writes there (a list on another sheet), and sparklines. Each is one ext element of the
 * sheet's extLst, told by its uri.
 */
const KEPT_EXTENSIONS = ['{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}', '{05C60535-1F16-4fd2-B633-F4F36F0B64E0}'];
const KEPT_EXT = new RegExp(
  `<((?:[\\w.-]+:)?ext)\\b[^>]*\\suri\\s*=\\s*["'](?:${KEPT_EXTENSIONS.map((u) => u.replace(/[{}]/g, '\\$&')).join('|')})["'][^>]*>[\\s\\S]*?</\\1>`,
  'gi',
);
const FILTER_OR_OUTLINE = /<filterColumn\b|<sortState\b|\sfilterMode="(?:1|true)"|\scollapsed="(?:1|true)"/;
const COLLAPSED = /\scollapsed="(?:1|true)"/;

/** What sheet `part` holds that ExcelJS drops, read in one pass over its pieces (a sheet may be large). */
async function droppedFrom(zip: Zip, part: string): Promise<Dropped> {
  let password: string | null = null;
  const links: string[] = [];
  let filterOrOutline = false;
  let carry = '';
  let head = '';
  let root: string | null = null;
  // From the end of its cells on (the cells, most of a large sheet, are not held).
  let tail: string | null = null;
  await zip.textChunks(part, (t) => {
    // A tag cut between two pieces is found whole in the next; one found whole before is not taken twice.
    const text = carry + t;
    if (tail !== null) tail += t;
    else {
      const end = text.search(/<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\s*\/>/);
      if (end >= 0) tail = text.slice(end);
    }
    // The root's start tag, whole however the pieces cut it (it comes first).
    if (root === null) root = /<[^?!][^>]*>/.exec((head += t))?.[0] ?? null;
    const tag = /<sheetProtection\b[^>]*>/.exec(text)?.[0];
    if (tag) password ??= attr(tag, 'password');
    for (const m of text.matchAll(/<hyperlink\b[^>]*>/g))
      if (m.index + m[0].length > carry.length && attr(m[0], 'location') !== null && attr(m[0], 'r:id') === null)
        links.push(m[0].endsWith('/>') ? m[0] : m[0].slice(0, -1) + '/>');
    filterOrOutline ||= FILTER_OR_OUTLINE.test(text);
    carry = text.slice(-2048);
  });
  const extensions = [...((tail as string | null) ?? '').matchAll(KEPT_EXT)].map(([ext]) => ext);
  return { password, links, filterOrOutline, extensions, root: root ?? '' };
}

/** A sheet ExcelJS wrote with the extensions `extensions` of the original (whose root is `root`) it lacks. */
function withExtensions(xml: string, extensions: readonly string[], root: string): string {
  const uri = (ext: string) => attr(/<[^>]*>/.exec(ext)?.[0] ?? '', 'uri')?.toUpperCase();
  const had = new Set([...xml.matchAll(/<(?:[\w.-]+:)?ext\b[^>]*>/g)].map(([tag]) => uri(tag)));
  const missing = extensions.filter((ext) => !had.has(uri(ext)));
  if (!missing.length || !/<\/worksheet>\s*$/.test(xml)) return xml;
  const { fragment, target } = pasteable(missing.join(''), root, xml);
  // Into the sheet's own extLst, its last element, or one of their own.
  const own = /<\/extLst>\s*<\/worksheet>\s*$/.exec(target);
  if (own) return target.slice(0, own.index) + fragment + target.slice(own.index);
  return target.replace(/<\/worksheet>\s*$/, (end) => `<extLst>${fragment}</extLst>${end}`);
}

/** A sheet whose protection lost its password of the older kind, with it again. */
function withPassword(xml: string, password: string): string {
  return xml.replace(/<sheetProtection\b[^>]*>/, (tag) =>
    attr(tag, 'password') !== null || attr(tag, 'hashValue') !== null
      ? tag
      : withAttr(tag, 'password', encodeXml(password)),
  );
}

/** Elements a worksheet may have after its hyperlinks, in the file format's order. */
const AFTER_HYPERLINKS =
  /<(?:printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** A sheet with the internal links `links` (of a sheet whose root is `root`) on the cells that have no link in it. */
function withLinks(xml: string, links: readonly string[], root: string): string {
  const have = new Set([...xml.matchAll(/<hyperlink\b[^>]*>/g)].map(([tag]) => attr(tag, 'ref')));
  const missing = links.filter((tag) => !have.has(attr(tag, 'ref')));
  if (!missing.length) return xml;
  if (!xml.includes('</hyperlinks>') && !AFTER_HYPERLINKS.test(xml)) return xml;
  const { fragment, target } = pasteable(missing.join(''), root, xml);
  if (target.includes('</hyperlinks>')) return target.replace('</hyperlinks>', () => `${fragment}</hyperlinks>`);
  const after = AFTER_HYPERLINKS.exec(target)!;
  return target.slice(0, after.index) + `<hyperlinks>${fragment}</hyperlinks>` + target.slice(after.index);
}

/** A filter as a sheet or a table writes it: its autoFilter, and the sort that may follow it. */
const FILTER =
  /<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)(?:\s*<sortState\b[^>]*?(?:\/>|>[\s\S]*?<\/sortState>))?/;

/** The range filtered by `filter` (see FILTER), or null for none. */
function filterRef(filter: string | undefined): string | null {
  return filter ? attr(filter, 'ref') : null;
}

/** `to` (ExcelJS's copy of `from`) with the filter of `from` whole, where the filter covers the same cells. */
function withFilterOf(to: string, from: string): string {
  const was = FILTER.exec(from)?.[0];
  const now = FILTER.exec(to);
  if (!was || !now || filterRef(was) !== filterRef(now[0])) return to;
  const { fragment, target } = pasteable(was, from, to);
  const at = FILTER.exec(target)!;
  return target.slice(0, at.index) + fragment + target.slice(at.index + at[0].length);
}

/** A sheet with the filter of the original (criteria, sort, filter mode), unless the copy filters other cells. */
function withFilter(xml: string, original: string): string {
  // A filter over other cells (or none where there was one) is the copy's own: left as written.
  if (filterRef(FILTER.exec(xml)?.[0]) !== filterRef(FILTER.exec(original)?.[0])) return xml;
  const fixed = withFilterOf(xml, original);
  // Rows hidden by a filter (the sheet's, or a table's on it): Excel's "clear filter" shows them again.
  const mode = attr(/<sheetPr\b[^>]*>/.exec(original)?.[0] ?? '', 'filterMode');
  if (mode !== '1' && mode !== 'true') return fixed;
  const pr = /<sheetPr\b[^>]*>/.exec(fixed);
  if (pr) return fixed.slice(0, pr.index) + withAttr(pr[0], 'filterMode', '1') + fixed.slice(pr.index + pr[0].length);
  return fixed.replace(/<worksheet\b[^>]*>/, (root) => `${root}<sheetPr filterMode="1"/>`);
}

/**
 * A sheet whose rows and columns have the collapsed flag each had in the original (ExcelJS writes it
 * on every row or column at the sheet's outline level, not on the summary's), where the outline is
 * the same.
 */
function withCollapsed(xml: string, original: string): string {
  let fixed = xml;
  for (const element of ['row', 'col'] as const) {
    // A row without its number follows the one before; a column range is told by its ends.
    let previous = 0;
    const key = (tag: string) => {
      if (element === 'col') return `${attr(tag, 'min')}:${attr(tag, 'max')}`;
      previous = Number(attr(tag, 'r')) || previous + 1;
      return String(previous);
    };
    const pattern = new RegExp(`<${element}\\b[^>]*>`, 'g');
    const flag = (tag: string) => ['1', 'true'].includes(attr(tag, 'collapsed') ?? '');
    const level = (tag: string) => Number(attr(tag, 'outlineLevel') ?? 0) || 0;
    // Only those in an outline or collapsed: most of a large sheet's rows are in none.
    const was = new Map<string, { level: number; collapsed: boolean }>();
    for (const [tag] of original.matchAll(pattern)) {
      const at = key(tag);
      if (level(tag) || flag(tag)) was.set(at, { level: level(tag), collapsed: flag(tag) });
    }
    previous = 0;
    fixed = fixed.replace(pattern, (tag) => {
      const before = was.get(key(tag)) ?? { level: 0, collapsed: false };
      // A row or column in another outline than before is the copy's own: left as written.
      if (before.level !== level(tag) || before.collapsed === flag(tag)) return tag;
      return before.collapsed ? withAttr(tag, 'collapsed', '1') : withoutAttr(tag, 'collapsed');
    });
  }
  return fixed;
}

/**
 * Each table as the original has it where ExcelJS writes it otherwise: its columns (see withColumnsOf),
 * and its filter (ExcelJS drops a list of values, and hides the buttons of a table whose filter it read
 * without them), where the table and its filter cover the same cells.
 */
async function keepTables(from: Zip, to: Zip, edit: PackageEdit): Promise<void> {
  const name = (xml: string) => attr(tableRoot(xml), 'name')?.toLowerCase();
  const was = new Map<string, string>();
  for (const part of tableParts(from)) {
    const xml = await from.text(part);
    const table = xml === null ? undefined : name(xml);
    if (xml !== null && table) was.set(table, xml);
  }
  if (!was.size) return;
  for (const part of tableParts(to)) {
    const xml = await to.text(part);
    const original = xml === null ? undefined : was.get(name(xml) ?? '');
    if (xml === null || original === undefined) continue;
    let fixed = withColumnsOf(xml, original);
    if (attr(tableRoot(xml), 'ref') === attr(tableRoot(original), 'ref')) fixed = withFilterOf(fixed, original);
    if (fixed !== xml) edit.set(part, fixed);
  }
}

/** A table part's start tag. */
function tableRoot(xml: string): string {
  return /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '';
}

/** A table's list of columns, whole. */
const TABLE_COLUMNS = /<((?:[\w.-]+:)?)tableColumns\b[^>]*?(?:\/>|>[\s\S]*?<\/\1tableColumns>)/;
/** A table's column, whole: its start tag, and its children when it has any. */
const TABLE_COLUMN = /<((?:[\w.-]+:)?)tableColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/\1tableColumn>)/g;
/** A column's formula: a calculated column's (Excel fills a new row with it), or a custom total's. */
const COLUMN_FORMULA = /<((?:[\w.-]+:)?)(calculatedColumnFormula|totalsRowFormula)\b([^>]*?)(?:\/>|>([^<]*)<\/\1\2>)/g;
/** An attribute of a start tag, its value as written. */
const ATTRIBUTE = /\s([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/**
 * What of a column a copy by ExcelJS can hold: not its styles (dxf ids and style names of the original's
 * styles part, which ExcelJS writes anew) nor what ties it to a query or an XML map (parts ExcelJS drops).
 */
const COLUMN_ATTRIBUTES = new Set(['id', 'name', 'totalsRowLabel', 'totalsRowFunction']);

/**
 * Table part `to` (ExcelJS's copy of `from`) with the original's columns, where the copy's table is as
 * wide as they are many (or has as many): ExcelJS renumbers their ids and drops their formulas (see
 * COLUMN_FORMULA), and stops reading them at the first column with a formula, so a table it read as the
 * file has it loses the columns after that one (Excel repairs such a copy; a formula citing one is #REF!).
 */
function withColumnsOf(to: string, from: string): string {
  const list = TABLE_COLUMNS.exec(to);
  const was = [...(TABLE_COLUMNS.exec(from)?.[0] ?? '').matchAll(TABLE_COLUMN)].map(([c]) => c);
  if (!list || !was.length) return to;
  const area = parseAreas(attr(tableRoot(to), 'ref') ?? '')[0];
  const wide = area ? area.right - area.left + 1 : -1;
  if (was.length !== wide && was.length !== [...list[0].matchAll(TABLE_COLUMN)].length) return to;
  const p = list[1]!;
  const columns = was.map((column) => keptColumn(column, p)).join('');
  const kept = `<${p}tableColumns count="${was.length}">${columns}</${p}tableColumns>`;
  return to.slice(0, list.index) + kept + to.slice(list.index + list[0].length);
}

/** Column `column` of the original as the copy writes it (see COLUMN_ATTRIBUTES), its elements prefixed `p`. */
function keptColumn(column: string, p: string): string {
  const open = /<[^>]*>/.exec(column)![0];
  const attributes = [...open.matchAll(ATTRIBUTE)]
    .filter(([, name]) => COLUMN_ATTRIBUTES.has(name!))
    .map(([, name, double, single]) => ` ${name}="${double ?? single!.replace(/"/g, '&quot;')}"`)
    .join('');
  const formulas = [...column.matchAll(COLUMN_FORMULA)]
    .map(([, , kind, tag, text]) => {
      // An array formula says so; nothing else of it names another part.
      const array = [...tag!.matchAll(ATTRIBUTE)].find(([, name]) => name === 'array')?.[0] ?? '';
      return `<${p}${kind}${array}>${text ?? ''}</${p}${kind}>`;
    })
    .join('');
  return formulas ? `<${p}tableColumn${attributes}>${formulas}</${p}tableColumn>` : `<${p}tableColumn${attributes}/>`;
}

/**
 * The copy `to` with the table columns whose header cell `fixes` changed renamed, and the formulas citing
 * them (cells, tables, defined names), as the copy written in place has them (see renameTableColumns).
 */
async function renameFixedColumns(
  to: Book,
  edit: PackageEdit,
  fixes: ReadonlyMap<string, readonly CellWrite[]>,
): Promise<void> {
  const renamed: ColumnRename[] = [];
  for (const [sheet, writes] of fixes) {
    const part = to.sheets.get(sheet);
    // A new name another column of the table has (none renamed): the table is left as ExcelJS wrote it.
    if (part && writes.length) renamed.push(...((await renameTableColumns(to.zip, edit, part, writes)) ?? []));
  }
  if (!renamed.length) return;
  const rewrite = await citingRenamed(to.zip, edit, to.part, renamed);
  for (const part of to.sheets.values()) {
    // A sheet as ExcelJS wrote it without a bracket cites no table: it is not held whole.
    if (!part || !(await to.zip.matches(part, /\[/g, 1))) continue;
    const xml = await edit.text(part);
    const turned = xml === null ? null : withFormulasTurned(xml, rewrite);
    if (turned !== null && turned !== xml) edit.set(part, turned);
  }
}

/** A sheet with its notes' drawing before its tables, where the file format wants it. */
function legacyDrawingFirst(xml: string): string {
  const drawing = /<legacyDrawing\b[^>]*\/>/.exec(xml);
  const tables = xml.indexOf('<tableParts');
  if (!drawing || tables < 0 || drawing.index < tables) return xml;
  const without = xml.slice(0, drawing.index) + xml.slice(drawing.index + drawing[0].length);
  return without.slice(0, tables) + drawing[0] + without.slice(tables);
}

/** The custom document properties of the original, which ExcelJS does not write. */
async function keepCustomProperties(from: Zip, edit: PackageEdit): Promise<void> {
  const custom = await from.text(CUSTOM_PROPERTIES);
  if (custom === null || edit.has(CUSTOM_PROPERTIES)) return;
  const rels = await edit.text('_rels/.rels');
  const types = await edit.text('[Content_Types].xml');
  if (!rels?.includes('</Relationships>') || !types?.includes('</Types>')) return;
  edit.set(CUSTOM_PROPERTIES, custom);
  edit.set(
    '_rels/.rels',
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdItaCustom" Type="${CUSTOM_REL}" Target="${CUSTOM_PROPERTIES}"/></Relationships>`,
    ),
  );
  edit.set(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/${CUSTOM_PROPERTIES}" ContentType="${CUSTOM_TYPE}"/></Types>`),
  );
}
