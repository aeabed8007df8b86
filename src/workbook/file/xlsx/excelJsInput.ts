import { a1, parseA1 } from '../../../core/cells/address';
import { dateToSerial, isoToDate } from '../../../core/cells/dates';
import { PackageEdit, relativeTo } from './packageEdit';
import type { SheetEntry } from './xlsxFile';
import { attr, decodeXml, encodeXml, relationships, relsPath, tags, withAttr, withoutAttr } from './xml';
import type { Zip } from './zip';

/** Where ExcelJS looks for a sheet's notes, by the target its relationship names. */
const EXCELJS_NAMES: Record<string, { readonly target: RegExp; readonly part: (n: number) => string }> = {
  comments: { target: /^\.\.\/comments\d+\.xml$/, part: (n) => `xl/comments${n}.xml` },
  vmlDrawing: { target: /^\.\.\/drawings\/vmlDrawing\d+\.vml$/, part: (n) => `xl/drawings/vmlDrawing${n}.vml` },
  table: { target: /^\.\.\/tables\/table\d+\.xml$/, part: (n) => `xl/tables/table${n}.xml` },
};

/**
 * The package as ExcelJS can load and write again, or null when it can as it is. ExcelJS reads every
 * part as UTF-8, and finds a sheet's notes only at xl/commentsN.xml and xl/drawings/vmlDrawingN.vml,
 * cited as ../commentsN.xml, and its tables only at xl/tables/tableN.xml, cited as ../tables/tableN.xml:
 * a workbook with notes or a table from another writer (openpyxl: xl/comments/comment1.xml, cited as
 * /xl/comments/…) makes it fail to load at all. Here the parts of a workbook written in UTF-16 are
 * written in UTF-8, the notes' and tables' parts are copied to the names ExcelJS looks for, a table
 * without a style gets one (see withTableStyle), a table's header row is said (see withHeaderRowCount),
 * its columns lose their formulas (see withLeafColumns), and dates written as ISO 8601 text (see
 * serialDates) are written as numbers. Only ExcelJS reads the result: a copy it writes names and
 * encodes every part its own way.
 */
export async function excelJsInput(
  zip: Zip,
  workbookPart: string,
  sheets: readonly SheetEntry[],
  date1904: boolean,
): Promise<Uint8Array | null> {
  const edit = new PackageEdit(zip);
  let changed = false;
  // One writer writes all its parts alike: the workbook part tells (the sheets' may be large).
  const encoding = await zip.encoding(workbookPart);
  if (encoding !== null && encoding !== 'utf-8') {
    for (const name of zip.names())
      if (/\.(xml|rels|vml)$/i.test(name)) {
        const text = await zip.text(name);
        if (text !== null) edit.set(name, text);
      }
    changed = true;
  }
  // Parts in the main namespace under a prefix (<x:workbook>, as programs built on the Open XML SDK
  // write them): ExcelJS reads only unprefixed names, and fails.
  for (const [part, root] of await mainParts(zip, workbookPart)) {
    const xml = await edit.text(part);
    const plain = xml && withoutPrefix(xml, root);
    if (plain && plain !== xml) {
      edit.set(part, plain);
      changed = true;
    }
  }
  for (const sheet of sheets) {
    if (sheet.kind !== 'worksheet' || !sheet.part) continue;
    if (await zip.matches(sheet.part, PREFIXED_OR_WORDED, 400)) {
      edit.set(sheet.part, withOnesAndZeros(withoutPrefix((await edit.text(sheet.part)) ?? '', 'worksheet')));
      changed = true;
    }
    // Most sheets have no such cell: looked for in pieces first, as a sheet may be large.
    if (await zip.matches(sheet.part, ISO_TYPED, MAX_CELL_TAG)) {
      edit.set(sheet.part, serialDates((await edit.text(sheet.part)) ?? '', date1904));
      changed = true;
    }
    if (await zip.matches(sheet.part, UNNAMED, MAX_CELL_TAG)) {
      edit.set(sheet.part, withCellRefs((await edit.text(sheet.part)) ?? ''));
      changed = true;
    }
    const path = relsPath(sheet.part);
    let rels = await edit.text(path);
    if (!rels) continue;
    const relative = withRelativeTargets(rels, sheet.part);
    changed ||= relative !== rels;
    rels = relative;
    const resolved = relationships(rels, sheet.part);
    for (const tag of tags(rels, 'Relationship')) {
      const names = EXCELJS_NAMES[(attr(tag, 'Type') ?? '').split('/').pop()!];
      const part = resolved.get(attr(tag, 'Id') ?? '')?.target;
      if (!names || !part) continue;
      const found = await edit.text(part);
      if (found === null) continue;
      const text = withTableStyle(withLeafColumns(withHeaderRowCount(found)));
      if (names.target.test(attr(tag, 'Target') ?? '')) {
        if (text !== found) edit.set(part, text);
        changed ||= text !== found;
        continue;
      }
      const name = edit.freeName(names.part);
      edit.set(name, text);
      const target = name.replace(/^xl\//, '../');
      rels = rels.replace(tag, () => withAttr(tag, 'Target', target));
      changed = true;
    }
    edit.set(path, rels);
  }
  // Drawings as openpyxl writes them: in the default namespace, their pictures and charts cited from
  // the package's root. ExcelJS fails to load either.
  for (const name of zip.names()) {
    const rels = /^xl\/drawings\/_rels\/([^/]+)\.rels$/.exec(name);
    if (!rels && !/^xl\/drawings\/[^/]+\.xml$/.test(name)) continue;
    const xml = await edit.text(name);
    const fixed = xml && (rels ? withRelativeTargets(xml, `xl/drawings/${rels[1]}`) : withDrawingPrefix(xml));
    if (fixed && fixed !== xml) {
      edit.set(name, fixed);
      changed = true;
    }
  }
  return changed ? edit.write() : null;
}

/** The workbook's own parts other than sheets, each with its root element's name. */
async function mainParts(zip: Zip, workbookPart: string): Promise<[string, string][]> {
  const rels = await zip.text(relsPath(workbookPart));
  const out: [string, string][] = [[workbookPart, 'workbook']];
  if (!rels) return out;
  const roots: Record<string, string> = { styles: 'styleSheet', sharedStrings: 'sst' };
  for (const tag of tags(rels, 'Relationship')) {
    const root = roots[(attr(tag, 'Type') ?? '').split('/').pop()!];
    const part = relationships(rels, workbookPart).get(attr(tag, 'Id') ?? '')?.target;
    if (root && part) out.push([part, root]);
  }
  return out;
}

/**
 * A part whose root element `root` is named with a prefix: every element of that prefix without it,
 * the prefix's namespace the default one. Elements of other prefixes (mc:, x14:) keep theirs.
 */
function withoutPrefix(xml: string, root: string): string {
  const prefix = new RegExp(`<([A-Za-z_][\\w.-]*):${root}\\b`).exec(xml.slice(0, 4096))?.[1];
  if (!prefix || new RegExp(`<${prefix}:${root}\\b[^>]*\\sxmlns\\s*=`).test(xml.slice(0, 4096))) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1')
    .replace(new RegExp(`(<${root}\\b[^>]*\\s)xmlns:${prefix}(\\s*=)`), '$1xmlns$2');
}

/**
 * A sheet with the main namespace under a prefix, or its protection or page fit written "true" and
 * "false" (as LibreOffice writes them): ExcelJS takes only 1 and 0 there, and drops them.
 */
const PREFIXED_OR_WORDED =
  /<[A-Za-z_][\w.-]*:worksheet\b|<(?:\w+:)?(?:sheetProtection|pageSetUpPr)\b[^>]*="(?:true|false)"/g;

/** The sheet's protection and page fit with their flags as 1 and 0. */
function withOnesAndZeros(xml: string): string {
  return xml.replace(/<(?:\w+:)?(?:sheetProtection|pageSetUpPr)\b[^>]*>/g, (tag) =>
    tag.replace(/="true"/g, '="1"').replace(/="false"/g, '="0"'),
  );
}

/**
 * A drawing written in the default namespace (<wsDr xmlns="…spreadsheetDrawing">, as openpyxl writes
 * one) with its elements named xdr:…: ExcelJS reads only that, and fails to load the workbook otherwise.
 */
function withDrawingPrefix(xml: string): string {
  if (!/<wsDr\b[^>]*\sxmlns\s*=/.test(xml)) return xml;
  return xml
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, '<$1xdr:$2')
    .replace(/(<xdr:wsDr\b[^>]*\s)xmlns(\s*=)/, '$1xmlns:xdr$2');
}

/**
 * Relationships with their targets relative to their owner: ExcelJS finds a sheet's drawing, and a
 * drawing's pictures, only so, and openpyxl writes them from the package's root (/xl/drawings/…).
 */
function withRelativeTargets(rels: string, owner: string): string {
  return rels.replace(/<Relationship\b[^>]*>/g, (tag) => {
    const target = attr(tag, 'Target');
    if (!target?.startsWith('/') || attr(tag, 'TargetMode') === 'External') return tag;
    return withAttr(tag, 'Target', encodeXml(relativeTo(owner, decodeXml(target).slice(1))));
  });
}

/**
 * A table part as ExcelJS can write it again: it fails on one without a style (LibreOffice writes
 * none), which is a table without banding, as said here.
 */
function withTableStyle(xml: string): string {
  if (!/<(?:\w+:)?table\b/.test(xml) || /<(?:\w+:)?tableStyleInfo\b/.test(xml)) return xml;
  const prefix = /<(\w+:)?table\b/.exec(xml)?.[1] ?? '';
  const info = `<${prefix}tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>`;
  // Its place is after the columns, before any extension list.
  return xml.replace(new RegExp(`(<\\/${prefix}tableColumns>)`), `$1${info}`);
}

/**
 * A table part whose root says it has a header row: ExcelJS takes a table without headerRowCount (as
 * Excel writes one with a header row, the default) for one without, and a copy it writes says so.
 */
function withHeaderRowCount(xml: string): string {
  return xml.replace(/<(?:\w+:)?table\b[^>]*>/, (root) =>
    attr(root, 'headerRowCount') === null ? withAttr(root, 'headerRowCount', '1') : root,
  );
}

/**
 * A table part with its columns written without children (a calculated column's formula, a custom
 * total's, an XML map's tie): ExcelJS stops reading the columns at the first with one, then fails to
 * load a table whose filter names a column after it, and writes the table without them. A copy it
 * writes has the columns of the original back (see keptThroughRewrite).
 */
function withLeafColumns(xml: string): string {
  // A start tag of its own (not one closing itself), up to its end tag.
  return xml.replace(
    /(<((?:\w+:)?)tableColumn\b[^>]*)(?<!\/)>[\s\S]*?<\/\2tableColumn>/g,
    (_, open: string) => `${open.trimEnd()}/>`,
  );
}

/** The start of a cell typed "d": a date written as ISO 8601 text (Strict Open XML; openpyxl's iso_dates). */
const ISO_TYPED = /<c\b[^>]*\st\s*=\s*["']d["']/g;
/** A row or cell start tag; one without its optional address (r), which ExcelJS cannot read. */
const ROW_OR_CELL = /<(?:\w+:)?(row|c)(?=[\s/>])[^>]*>/g;
const UNNAMED = /<(?:\w+:)?(?:row|c)(?=[\s/>])(?![^>]*\sr\s*=)[^>]*>/g;

/**
 * A worksheet with every row and cell given its address: the file format lets a writer leave r out
 * (a row follows the one before, a cell the cell before it), and ExcelJS then fails to load the file.
 */
export function withCellRefs(xml: string): string {
  let row = 0;
  let col = 0;
  return xml.replace(ROW_OR_CELL, (tag: string, kind: string) => {
    const r = attr(tag, 'r');
    if (kind === 'row') {
      row = r ? Number(r) : row + 1;
      col = 0;
      return r ? tag : withAttr(tag, 'r', String(row));
    }
    const at = r ? parseA1(r) : null;
    col = at ? at.col : col + 1;
    return r ? tag : withAttr(tag, 'r', a1(row, col));
  });
}

/** A cell's start tag is never longer than this. */
const MAX_CELL_TAG = 1024;

/**
 * A worksheet's cells typed "d" as the serial numbers ExcelJS reads: it takes "2024-03-31" for the
 * number 2024, a day in 1905, and a copy it wrote would keep that. One that is no date stays text.
 */
export function serialDates(xml: string, date1904: boolean): string {
  return xml.replace(
    /(<c\b[^>]*>)((?:\s*<f\b[^>]*\/>|\s*<f\b[^>]*>[^<]*<\/f>)?\s*<v>)([^<]*)(<\/v>)/g,
    (whole, tag: string, before: string, value: string, end: string) => {
      if (attr(tag, 't') !== 'd') return whole;
      const date = isoToDate(decodeXml(value));
      return date
        ? `${withoutAttr(tag, 't')}${before}${dateToSerial(date, date1904)}${end}`
        : `${withAttr(tag, 't', 'str')}${before}${value}${end}`;
    },
  );
}
