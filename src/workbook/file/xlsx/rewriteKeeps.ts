import { PackageEdit } from './packageEdit';
import { attr, encodeXml, relationships, relsPath, tags, withAttr } from './xml';
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
 * which Excel cannot repair: exceljs#1369). Unchanged when the package is not as expected.
 */
export async function keptThroughRewrite(original: Uint8Array, written: Uint8Array): Promise<Uint8Array> {
  const [from, to] = await Promise.all([bookOf(original), bookOf(written)]).catch(() => [null, null]);
  if (!from || !to) return written;
  const edit = new PackageEdit(to.zip);
  let workbook = withNames(from, to);
  const protection = /<workbookProtection\b[^>]*\/>/.exec(from.xml)?.[0];
  if (protection && !/<workbookProtection\b/.test(workbook))
    workbook = workbook.replace(/<bookViews\b|<sheets\b/, (m) => protection + m);
  if (workbook !== to.xml) edit.set(to.part, workbook);
  for (const [name, part] of to.sheets) {
    if (!part) continue;
    const before = from.sheets.get(name);
    const password = before && (await sheetPassword(from.zip, before));
    const links = before ? await internalLinks(from.zip, before) : [];
    // Most sheets have none of these: looked for in pieces first, as a sheet may be large.
    if (!password && !links.length && !(await to.zip.matches(part, /<legacyDrawing\b/g, 16))) continue;
    const xml = await to.zip.text(part);
    if (xml === null) continue;
    const fixed = legacyDrawingFirst(withLinks(password ? withPassword(xml, password) : xml, links));
    if (fixed !== xml) edit.set(part, fixed);
  }
  await keepCustomProperties(from.zip, edit);
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
  const have = new Set([...to.xml.matchAll(DEFINED_NAME)].map(([el]) => key(el, sheetOf(el, toSheets))));
  const missing: string[] = [];
  for (const [el] of from.xml.matchAll(DEFINED_NAME)) {
    const sheet = sheetOf(el, fromSheets);
    const at = sheet === null ? -1 : toSheets.indexOf(sheet);
    if (have.has(key(el, sheet)) || CITES_OTHER_BOOK.test(el) || (sheet !== null && at < 0)) continue;
    const open = el.slice(0, el.indexOf('>') + 1);
    missing.push(sheet === null ? el : el.replace(open, withAttr(open, 'localSheetId', String(at))));
  }
  if (!missing.length) return to.xml;
  if (/<\/definedNames>/.test(to.xml))
    return to.xml.replace('</definedNames>', () => `${missing.join('')}</definedNames>`);
  return to.xml.replace('</sheets>', () => `</sheets><definedNames>${missing.join('')}</definedNames>`);
}

/** The password of the older kind (a hash in `password`) protecting a sheet, or null. */
async function sheetPassword(zip: Zip, part: string): Promise<string | null> {
  let found: string | null = null;
  let carry = '';
  await zip.textChunks(part, (t) => {
    // A tag cut between two pieces is found whole in the next.
    const text = carry + t;
    const tag = /<sheetProtection\b[^>]*>/.exec(text)?.[0];
    if (tag) found ??= attr(tag, 'password');
    carry = text.slice(-1024);
  });
  return found;
}

/** A sheet whose protection lost its password of the older kind, with it again. */
function withPassword(xml: string, password: string): string {
  return xml.replace(/<sheetProtection\b[^>]*>/, (tag) =>
    attr(tag, 'password') !== null || attr(tag, 'hashValue') !== null
      ? tag
      : withAttr(tag, 'password', encodeXml(password)),
  );
}

/** A sheet's links to a place in the workbook (a location, no relationship), which ExcelJS drops. */
async function internalLinks(zip: Zip, part: string): Promise<string[]> {
  const found: string[] = [];
  let carry = '';
  await zip.textChunks(part, (t) => {
    // A tag cut between two pieces is found whole in the next; one found whole before is not taken twice.
    const text = carry + t;
    for (const m of text.matchAll(/<hyperlink\b[^>]*>/g))
      if (m.index + m[0].length > carry.length && attr(m[0], 'location') !== null && attr(m[0], 'r:id') === null)
        found.push(m[0].endsWith('/>') ? m[0] : m[0].slice(0, -1) + '/>');
    carry = text.slice(-2048);
  });
  return found;
}

/** Elements a worksheet may have after its hyperlinks, in the file format's order. */
const AFTER_HYPERLINKS =
  /<(?:printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** A sheet with the internal links `links` on the cells that have no link in it. */
function withLinks(xml: string, links: readonly string[]): string {
  const have = new Set([...xml.matchAll(/<hyperlink\b[^>]*>/g)].map(([tag]) => attr(tag, 'ref')));
  const missing = links.filter((tag) => !have.has(attr(tag, 'ref')));
  if (!missing.length) return xml;
  if (xml.includes('</hyperlinks>')) return xml.replace('</hyperlinks>', () => `${missing.join('')}</hyperlinks>`);
  const at = AFTER_HYPERLINKS.exec(xml);
  if (!at) return xml;
  return xml.slice(0, at.index) + `<hyperlinks>${missing.join('')}</hyperlinks>` + xml.slice(at.index);
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
