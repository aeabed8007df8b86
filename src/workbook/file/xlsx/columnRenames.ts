import { parseA1, parseAreas } from '../../../core/cells/address';
import type { CellWrite } from '../../../core/findings/fixes';
import type { PackageEdit } from './packageEdit';
import { attr, decodeEntities, encodeText, relationships, relsPath, tags, withAttr } from './xml';
import type { Zip } from './zip';

/** A table column renamed with its fixed header cell. */
export interface ColumnRename {
  /** The table's part, and its name as formulas cite it. */
  readonly part: string;
  readonly table: string;
  readonly old: string;
  readonly name: string;
}

/**
 * What turns a formula's text (decoded) citing column `r.old` of its table into one citing `r.name`:
 * where it names the table, and, unless `shared` (another table has a column of that name), where it
 * leaves the table unnamed ([@ชื่อ]).
 */
function columnTurn(r: ColumnRename, shared: boolean): (code: string) => string {
  // A structured reference escapes [ ] # ' (with ').
  const cite = (name: string) => name.replace(/['[\]#]/g, "'$&");
  const pattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const column = new RegExp(`\\[(\\s*@?\\s*)${pattern(cite(r.old))}(\\s*)\\]`, 'g');
  const to = `[$1${cite(r.name).replace(/\$/g, '$$$$')}$2]`;
  // The table's name and its whole bracketed reference ([ ] inside escaped with ').
  const whole = new RegExp(
    `(?<![\\p{L}\\p{N}_.])${pattern(r.table)}\\[(?:'.|[^[\\]']|\\[(?:'.|[^[\\]'])*\\])*\\]`,
    'giu',
  );
  return (code) => {
    const named = code.replace(whole, (ref) => ref.replace(column, to));
    return shared
      ? named
      : named.replace(/(?<![\p{L}\p{N}_.\]])\[[^[\]]*(?:\[[^[\]]*\][^[\]]*)*\]/gu, (ref) => ref.replace(column, to));
  };
}

/** The tables' parts of a package (as Excel and ExcelJS name them). */
export function tableParts(zip: Zip): string[] {
  return zip.names().filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n));
}

/**
 * The tables of worksheet `part` (of package `zip`, edited by `edit`) with the columns whose header
 * cell `writes` change renamed to the new text (Excel repairs a file whose table column is named other
 * than its header cell); the renames, or null, with no table changed, where one cannot be made (the new
 * name taken in the table).
 */
export async function renameTableColumns(
  zip: Zip,
  edit: PackageEdit,
  part: string,
  writes: readonly CellWrite[],
): Promise<ColumnRename[] | null> {
  const at = writes.flatMap((w) => {
    const p = parseA1(w.cell);
    return p ? [{ ...p, name: String(w.value) }] : [];
  });
  const out: ColumnRename[] = [];
  const changedParts: [string, string][] = [];
  for (const rel of relationships(await zip.text(relsPath(part)), part).values()) {
    if (rel.type !== 'table') continue;
    const xml = await edit.text(rel.target);
    const open = xml && /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
    const area = open && attr(open, 'headerRowCount') !== '0' ? parseAreas(attr(open, 'ref') ?? '')[0] : undefined;
    if (!xml || !open || !area) continue;
    const renames = at.filter((w) => w.row === area.top && w.col >= area.left && w.col <= area.right);
    if (!renames.length) continue;
    const columns = [...tags(xml, 'tableColumn')];
    let changed = xml;
    for (const w of renames) {
      const column = columns[w.col - area.left];
      const old = column ? attr(column, 'name') : null;
      if (!column || old === null) return null;
      // A line break in a column's name is written as Excel writes it.
      const name = w.name.replace(/\r?\n/g, '_x000a_');
      if (old === name) continue;
      if (columns.some((c) => attr(c, 'name') === name)) return null;
      changed = changed.replace(column, () => withAttr(column, 'name', name));
      out.push({ part: rel.target, table: attr(open, 'displayName') ?? attr(open, 'name') ?? '', old, name });
    }
    changedParts.push([rel.target, changed]);
  }
  // All or none: a caller that cannot rename writes the copy another way.
  for (const [target, xml] of changedParts) edit.set(target, xml);
  return out;
}

/**
 * What turns a formula's XML text citing a renamed column into one citing its new name, after the
 * formulas of the tables and the defined names (of workbook part `workbookPart`) are turned so. A
 * citation naming the table (tbl[ชื่อ], tbl[[#Data],[ชื่อ]]) is turned always; one that leaves the
 * table unnamed ([@ชื่อ], inside a table) only where no other table has a column of the old name. Text
 * in quotes is left as it is.
 */
export async function citingRenamed(
  zip: Zip,
  edit: PackageEdit,
  workbookPart: string,
  renamed: readonly ColumnRename[],
): Promise<(xml: string) => string> {
  const parts = tableParts(zip);
  const shared = new Set<ColumnRename>();
  for (const n of parts) {
    const xml = (await edit.text(n)) ?? '';
    for (const r of renamed)
      if (n !== r.part && [...tags(xml, 'tableColumn')].some((c) => attr(c, 'name') === r.old)) shared.add(r);
  }
  const turns = renamed.map((r) => columnTurn(r, shared.has(r)));
  // Read as text: a writer may spell any character as a reference (openpyxl writes Thai as &#3619;).
  // Outside the formula's quoted texts ("…").
  const rewrite = (xml: string) => {
    const text = decodeEntities(xml);
    const turned = text
      .split(/("(?:[^"]|"")*")/)
      .map((piece, k) => (k % 2 ? piece : turns.reduce((t, turn) => turn(t), piece)))
      .join('');
    return turned === text ? xml : encodeText(turned);
  };
  const inFormulas = (xml: string) =>
    xml.replace(
      /(<(?:\w+:)?(calculatedColumnFormula|totalsRowFormula|definedName)\b[^>]*>)([^<]*)(<\/)/g,
      (_, open: string, _tag: string, text: string, close: string) => `${open}${rewrite(text)}${close}`,
    );
  for (const n of [...parts, workbookPart]) {
    const xml = await edit.text(n);
    const turned = xml === null ? null : inFormulas(xml);
    if (turned !== null && turned !== xml) edit.set(n, turned);
  }
  return rewrite;
}

/** A worksheet's XML (whole, or a run of whole cells) with each cell's formula turned by `rewrite`. */
export function withFormulasTurned(xml: string, rewrite: (formulaXml: string) => string): string {
  return xml.replace(/(<f\b[^>]*>)([^<]*)(<\/f>)/g, (_, a: string, f: string, b: string) => a + rewrite(f) + b);
}
