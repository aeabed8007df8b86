import { parseA1, parseAreas } from '../../../core/cells/address';
import type { CellWrite } from '../../../core/findings/fixes';
import type { MarkPlan } from '../../../core/findings/marks';
import { uniqueSheetName, uniqueTableName } from '../../../core/sheet/names';
import type { SheetLayout } from '../../../core/templates/layout';
import { CellPatcher } from './cellPatch';
import { citingRenamed, renameTableColumns, type ColumnRename } from './columnRenames';
import { FixedReads, type SheetReads, type SheetTable } from '../fixedReads';
import { definedNames, FormulaCells, FormulaResults, namesReading, readersOf } from './formulaResults';
import {
  claimedBlocks,
  commentsXml,
  highestPriority,
  markDxf,
  markFormatsXml,
  mergedComments,
  mergedVml,
  notesVml,
  redrawnVml,
  withoutMarkRules,
} from './marksXml';
import { namespacesOf, PackageEdit } from './packageEdit';
import { AFTER_CONDITIONAL_FORMATS, AFTER_LEGACY_DRAWING, insertInTail, SheetTail } from './sheetTail';
import { StyleBook } from './styleBook';
import { isPlainTable, tableSheetXml } from './tableSheet';
import type { SheetEntry } from './xlsxFile';
import { attr, encodeXml, relationships, relsPath, tags, utf8Declared, withAttr } from './xml';
import type { Zip } from './zip';

/** The size of the pieces a changed part is encoded in. */
const PIECE_CHARS = 1 << 22;
/**
 * A name as a formula cites it, quoted and escaped, is never longer than this: 255 characters, each
 * of which a part's text may write as a reference of up to ten (&#1114111;).
 */
const LONGEST_NAME = 4096;

/** What a copy written in place changes (see EditedCopy.write). */
export interface FileEdits {
  /** Cell fixes, by sheet name. */
  readonly fixes: ReadonlyMap<string, readonly CellWrite[]>;
  /** Marks to draw, by sheet name. */
  readonly marks?: ReadonlyMap<string, MarkPlan>;
  /** Plain tables (isPlainTable) to add as new sheets: the findings sheet. */
  readonly tables?: readonly SheetLayout[];
}

/** A workbook part that has Excel compute every formula when it opens the file. */
function calcOnLoad(workbook: string): string {
  const calcPr = /<calcPr\b[^>]*>/.exec(workbook);
  if (calcPr) {
    return workbook.replace(calcPr[0], () => withAttr(calcPr[0], 'fullCalcOnLoad', '1'));
  }
  const at = workbook.search(
    /<(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\s/>]|<\/workbook>/,
  );
  return `${workbook.slice(0, at)}<calcPr fullCalcOnLoad="1"/>${workbook.slice(at)}`;
}

/** What the writer of a copy needs of a package read by XlsxFile. */
export interface PackageSource {
  readonly zip: Zip;
  readonly sheets: readonly SheetEntry[];
  /** The workbook part (xl/workbook.xml as Excel names it). */
  readonly workbookPart: string;
  readonly stylesPart: string | null;
  readonly date1904: boolean;
}

/** A copy of a package with edits made in place: every part not edited is kept byte for byte. */
export class EditedCopy {
  constructor(private readonly src: PackageSource) {}

  /**
   * The package with the cells of `edits.fixes` (by sheet name) holding their new values, the marks of
   * `edits.marks` drawn (conditional formats and notes), and the plain tables of `edits.tables` added
   * as new sheets, every other part kept byte for byte (charts, pivot tables, pictures: all that a
   * copy written by ExcelJS loses). Marks of an earlier check on the sheet go; the user's own notes
   * stay. Null when an edit cannot be made in place (see CellPatcher; a note holding the user's text
   * and ours together; a table that is not plain): then the copy is written another way.
   */
  async write(edits: FileEdits): Promise<Uint8Array | null> {
    const styles = StyleBook.read(this.src.stylesPart ? await this.src.zip.text(this.src.stylesPart) : null);
    const edit = new PackageEdit(this.src.zip, namespacesOf(await this.src.zip.text(this.src.workbookPart)));
    const marks = edits.marks ?? new Map<string, MarkPlan>();
    const fixed = [...edits.fixes].filter(([, writes]) => writes.length).map(([name]) => name);
    const edited = new Set([...edits.fixes.keys(), ...marks.keys()]);
    const found = fixed.length ? await this.readersOf(fixed, edits.fixes) : null;
    const readers = found?.readers ?? null;
    // A fixed header of an Excel table renames its column: the table part and the formulas citing it
    // (tbl[ชื่อ], [@ชื่อ]) must say so too, or Excel repairs the copy.
    const renamed: ColumnRename[] = [];
    for (const name of fixed) {
      const part = this.src.sheets.find((s) => s.name === name && s.kind === 'worksheet')?.part;
      const found = part ? await renameTableColumns(this.src.zip, edit, part, edits.fixes.get(name)!) : [];
      if (!found) return null;
      renamed.push(...found);
    }
    const rewrite = renamed.length
      ? await citingRenamed(this.src.zip, edit, this.src.workbookPart, renamed)
      : undefined;
    // Every fixed sheet's formulas are told before any is written: a formula may read one below it, or
    // on another fixed sheet, whose result is dropped.
    for (const name of fixed) {
      const part = this.src.sheets.find((s) => s.name === name && s.kind === 'worksheet')?.part;
      if (!part) return null;
      const cells = new FormulaCells(found!.fixed.on(name));
      await this.src.zip.textChunks(part, (t) => cells.push(t));
      cells.finish();
    }
    for (const name of edited) {
      const part = this.src.sheets.find((s) => s.name === name && s.kind === 'worksheet')?.part;
      if (!part) return null;
      const results = { readers, fixed: fixed.includes(name) ? found!.fixed.on(name) : null, rewrite };
      const pieces = await this.editedSheet(edit, part, edits.fixes.get(name) ?? [], marks.get(name), styles, results);
      if (!pieces) return null;
      edit.setPieces(part, pieces);
    }
    // The formulas of other sheets that read a fixed one (a summary's totals).
    for (const { name, kind, part } of fixed.length ? this.src.sheets : []) {
      if (kind !== 'worksheet' || !part || edited.has(name)) continue;
      if (!(await this.src.zip.matches(part, readers!, LONGEST_NAME))) continue;
      const pieces = await this.editedSheet(edit, part, [], undefined, styles, { readers, fixed: null, rewrite });
      if (!pieces) return null;
      edit.setPieces(part, pieces);
    }
    const names = this.src.sheets.map((s) => s.name);
    for (const layout of edits.tables ?? []) {
      const added = styles && (await this.addTable(edit, styles, layout, names));
      if (!added) return null;
      names.push(added);
    }
    const stylesXml = styles?.toXml();
    if (stylesXml && this.src.stylesPart) edit.set(this.src.stylesPart, stylesXml);
    // A formula over a fixed cell keeps the result stored with it (a total without the amount that was
    // text) until it is computed again: Excel and LibreOffice compute them all on opening the copy.
    const workbook = await edit.text(this.src.workbookPart);
    const computed = fixed.length && workbook ? calcOnLoad(workbook) : workbook;
    if (computed !== workbook) edit.set(this.src.workbookPart, computed!);
    return edit.write();
  }

  /**
   * Worksheet `part` with the cells of `writes` changed, the marks of `plan` drawn and the stored results
   * of the formulas that may read a fixed cell (`results.readers`) dropped (see FormulaResults), encoded in
   * pieces of a few MB: a large sheet's part never has to be one string, nor thousands of small ones.
   */
  private async editedSheet(
    edit: PackageEdit,
    part: string,
    writes: readonly CellWrite[],
    plan: MarkPlan | undefined,
    styles: StyleBook | null,
    results: {
      readonly readers: RegExp | null;
      readonly fixed: SheetReads | null;
      readonly rewrite?: ((formulaXml: string) => string) | undefined;
    },
  ): Promise<Uint8Array[] | null> {
    const encoder = new TextEncoder();
    const pieces: Uint8Array[] = [];
    let held: string[] = [];
    let heldLength = 0;
    const flush = () => {
      // The first piece holds the part's XML declaration: the part is written in UTF-8 whatever it was.
      const text = held.join('');
      pieces.push(encoder.encode(pieces.length ? text : utf8Declared(text)));
      held = [];
      heldLength = 0;
    };
    const collect = (t: string) => {
      held.push(t);
      if ((heldLength += t.length) >= PIECE_CHARS) flush();
    };
    // The sheet's notes, if it has any: a comments part and the drawing that shows them, both or neither.
    const rels = [...relationships(await this.src.zip.text(relsPath(part)), part).values()];
    const [comments, drawing] = ['comments', 'vmlDrawing'].map((type) => rels.find((r) => r.type === type)?.target);
    if (plan && (!styles || !comments !== !drawing)) return null;
    const tail = plan ? new SheetTail(collect) : null;
    const sink = tail ? (t: string) => tail.push(t) : collect;
    const formulas = results.readers ? new FormulaResults(sink, results.readers, results.fixed, results.rewrite) : null;
    const patcher = new CellPatcher(writes, styles, this.src.date1904, formulas ? (t) => formulas.push(t) : sink);
    await this.src.zip.textChunks(part, (t) => patcher.push(t));
    if (!patcher.finish()) return null;
    formulas?.finish();
    if (tail && plan && styles) {
      // Styles for marks only when there are marks: clearing adds nothing to the styles.
      const dxf =
        plan.cells.error.length || plan.cells.warning.length
          ? { error: styles.addItem('dxfs', markDxf('error'))!, warning: styles.addItem('dxfs', markDxf('warning'))! }
          : null;
      // Today's notes join the sheet's own, or come with a drawing of their own that the sheet then names.
      let named: string | null = null;
      if (comments && drawing) {
        if (!(await this.mergeNotes(edit, comments, drawing, plan.notes))) return null;
      } else if (plan.notes.length) named = await this.addNotes(edit, part, plan.notes);
      const drawn = tail.finish((t) => {
        // The marks of an earlier check go: the copy shows today's.
        let out = withoutMarkRules(t);
        if (named && /<legacyDrawing[\s/>]/.test(out)) return null;
        if (dxf)
          out = insertInTail(out, markFormatsXml(plan, dxf, highestPriority(out) + 1), AFTER_CONDITIONAL_FORMATS);
        const r = tail.declaresR(edit.ns.rel) ? '' : ` xmlns:r="${edit.ns.rel}"`;
        if (named) out = insertInTail(out, `<legacyDrawing${r} r:id="${named}"/>`, AFTER_LEGACY_DRAWING);
        return out;
      });
      if (!drawn) return null;
    }
    flush();
    return pieces;
  }

  /**
   * What reads a cell of the fixed sheets `fixed` (see readersOf): the sheets themselves, their tables,
   * and the workbook's defined names that refer to either, directly or through another name; and, for
   * the formulas of the fixed sheets, which cells of them `fixes` writes (see FixedReads).
   */
  private async readersOf(
    fixed: readonly string[],
    fixes: ReadonlyMap<string, readonly CellWrite[]>,
  ): Promise<{ readers: RegExp; fixed: FixedReads }> {
    const workbook = (await this.src.zip.text(this.src.workbookPart)) ?? '';
    const tables: SheetTable[] = [];
    for (const { name, part } of this.src.sheets) {
      if (!part || !fixed.includes(name)) continue;
      for (const rel of relationships(await this.src.zip.text(relsPath(part)), part).values()) {
        const table = rel.type === 'table' ? await this.src.zip.text(rel.target) : null;
        const open = table && /<(?:\w+:)?table\b[^>]*>/.exec(table)?.[0];
        const shown = open && (attr(open, 'displayName') ?? attr(open, 'name'));
        const area = open ? parseAreas(attr(open, 'ref') ?? '')[0] : undefined;
        if (!shown || !area) continue;
        const columns = [...tags(table, 'tableColumn')].map((c) => attr(c, 'name') ?? '');
        tables.push({ name: shown, sheet: name, area, columns });
      }
    }
    const defined = definedNames(workbook);
    const cells = new Map(
      fixed.map((name) => [name, (fixes.get(name) ?? []).flatMap((w) => parseA1(w.cell) ?? [])] as const),
    );
    const names = tables.map((t) => t.name);
    return {
      readers: readersOf(fixed, namesReading(defined, fixed, names), names),
      fixed: new FixedReads(cells, tables, defined),
    };
  }

  /** The first block of shape ids that no legacy drawing of the package claims (see notesVml). */
  private async freeBlock(): Promise<number> {
    let block = 0;
    for (const name of this.src.zip.names().filter((n) => n.toLowerCase().endsWith('.vml')))
      block = Math.max(block, ...claimedBlocks((await this.src.zip.text(name)) ?? ''));
    return block + 1;
  }

  /**
   * The sheet's notes (parts `comments` and `drawing`) with those of an earlier check taken out and
   * `notes` put in beside the user's own; false when they cannot be (see mergedComments, mergedVml and
   * redrawnVml).
   */
  private async mergeNotes(
    edit: PackageEdit,
    comments: string,
    drawing: string,
    notes: MarkPlan['notes'],
  ): Promise<boolean> {
    const [xml, vml] = [await this.src.zip.text(comments), await this.src.zip.text(drawing)];
    const merged = xml === null ? null : mergedComments(xml, notes);
    if (!merged || vml === null) return false;
    const block = await this.freeBlock();
    const shapes =
      mergedVml(vml, merged.removed, merged.added, block) ??
      redrawnVml(vml, [...merged.users, ...merged.added.map((n) => n.cell)], block);
    if (shapes === null) return false;
    edit.set(comments, merged.xml);
    edit.set(drawing, shapes);
    return true;
  }

  /** Adds the notes of worksheet `part` (a comments part and the drawing that shows them); returns the drawing's id. */
  private async addNotes(edit: PackageEdit, part: string, notes: MarkPlan['notes']): Promise<string> {
    const comments = edit.freeName((n) => `xl/comments${n}.xml`);
    const vml = edit.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
    await edit.addPart(comments, commentsXml(notes, edit.ns), 'comments');
    const cells = notes.map((n) => n.cell);
    edit.set(vml, notesVml(cells, await this.freeBlock()));
    await edit.declareExtension('vml', 'vmlDrawing');
    await edit.relate(part, 'comments', comments);
    return edit.relate(part, 'vmlDrawing', vml);
  }

  /** Adds plain table `layout` as a new sheet, named apart from `names`; returns its name, or null. */
  private async addTable(
    edit: PackageEdit,
    styles: StyleBook,
    layout: SheetLayout,
    names: readonly string[],
  ): Promise<string | null> {
    let workbook = await edit.text(this.src.workbookPart);
    // The relationships' prefix as the root declares it; else (openpyxl declares it on each <sheet>)
    // the new <sheet> declares its own.
    const root = /<workbook\b[^>]*>/.exec(workbook ?? '')?.[0] ?? '';
    const declared = [...root.matchAll(/\sxmlns:([\w.-]+)/g)]
      .map((m) => m[1]!)
      .find((prefix) => attr(root, `xmlns:${prefix}`) === edit.ns.rel);
    const r = declared ?? 'r';
    if (!workbook || !isPlainTable(layout) || !workbook.includes('</sheets>')) return null;
    const tables: { id: number; name: string }[] = [];
    for (const path of this.src.zip.names().filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
      const tag = [...tags((await this.src.zip.text(path)) ?? '', 'table')][0] ?? '';
      tables.push({ id: Number(attr(tag, 'id') ?? 0), name: attr(tag, 'displayName') ?? attr(tag, 'name') ?? '' });
    }
    const name = uniqueSheetName(layout.sheetName, names);
    const sheetPart = edit.freeName((n) => `xl/worksheets/sheet${n}.xml`);
    const tablePart = edit.freeName((n) => `xl/tables/table${n}.xml`);
    // Taken too: the workbook's defined names (a table named as one makes Excel repair the file).
    const defined = [...tags(workbook, 'definedName')].map((t) => attr(t, 'name') ?? '');
    const table = {
      name: uniqueTableName(layout.tableName, [...tables.map((t) => t.name), ...defined]),
      id: Math.max(0, ...tables.map((t) => t.id)) + 1,
      rid: await edit.relate(sheetPart, 'table', tablePart),
    };
    const xml = tableSheetXml(layout, styles, table, edit.ns);
    if (!xml) return null;
    await edit.addPart(sheetPart, xml.sheet, 'worksheet');
    await edit.addPart(tablePart, xml.table, 'table');
    const rid = await edit.relate(this.src.workbookPart, 'worksheet', sheetPart);
    const sheetId = Math.max(0, ...[...tags(workbook, 'sheet')].map((t) => Number(attr(t, 'sheetId')) || 0)) + 1;
    // A function gives the new text: a name's "$&" must not be read as a pattern.
    workbook = workbook.replace(
      '</sheets>',
      () =>
        `<sheet${declared ? '' : ` xmlns:r="${edit.ns.rel}"`} name="${encodeXml(name)}" sheetId="${sheetId}" ${r}:id="${rid}"/></sheets>`,
    );
    // Formulas without results (the findings' links) are computed when Excel opens the file.
    if (layout.rows?.some((row) => row.some((v) => v !== null && typeof v === 'object')))
      workbook = calcOnLoad(workbook);
    edit.set(this.src.workbookPart, workbook);
    return name;
  }
}
