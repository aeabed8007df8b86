import type ExcelJS from 'exceljs';
import type { CellLink, CellRange, CellValue, SheetGrid } from '../../core/cells/value';
import { inArea, parseA1, parseAreas, printedAreas } from '../../core/cells/address';
import { serialToDay } from '../../core/cells/dates';
import { formatWritten, ownFormat, type CellWrite } from '../../core/findings/fixes';
import {
  isMarkFormula,
  markFormula,
  MARK_STYLE,
  NOTE_HEAD,
  notedOver,
  withoutOurNote,
  type MarkPlan,
} from '../../core/findings/marks';
import type { SheetLayout } from '../../core/templates/layout';
import { uniqueSheetName, uniqueTableName } from '../../core/sheet/names';
import type { FixResult, ReadOptions, WorkbookPort } from '../port';
import { NoSuchSheet, ReadCancelled } from '../port';
import { badSheetName, CannotRead, diagnose, isZip } from './cannotRead';
import { fromExcelJsCell, holdsFormula } from './cellValue';
import { addCharts, type SheetChart } from './charts';
import { packValidations } from './validations';
import { writeLayout } from './writeLayout';
import { FixedReads, type SheetTable } from './fixedReads';
import { namesReading, readersOf } from './xlsx/formulaResults';
import { keptThroughRewrite } from './xlsx/rewriteKeeps';
import { XlsxFile, type PackageFacts } from './xlsx/xlsxFile';
import { formulaKey, hasKey } from './xlsx/sheet';
import { sumFormula, withSumsRedone, type SumFormula } from './sums';

/** Columns past this are not read: a stray cell at XFD1 must not make us read 16,384 columns. */
export const MAX_READ_COLUMNS = 512;

/** What a sheet read says besides its values (see SheetGrid), an empty list or false where it says nothing. */
interface GridFacts {
  readonly merges: CellRange[];
  readonly hiddenColumns: number[];
  readonly hiddenRows: number[];
  readonly printArea: CellRange[];
  readonly strayCell: { row: number; col: number } | null;
  readonly chartSheet: boolean;
  readonly links: CellLink[];
  readonly hidden: boolean;
}

/** A grid with only the facts that are there. */
function grid(name: string, values: CellValue[][], facts: GridFacts): SheetGrid {
  const { merges, hiddenColumns, hiddenRows, printArea, strayCell, chartSheet, links, hidden } = facts;
  return {
    name,
    values,
    ...(merges.length ? { merges } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(printArea.length ? { printArea } : {}),
    ...(strayCell ? { strayCell } : {}),
    ...(chartSheet ? { chartSheet } : {}),
    ...(links.length ? { links } : {}),
    ...(hidden ? { hidden } : {}),
  };
}

/** Where an ExcelJS cell links: an inserted link, or a HYPERLINK formula's target written as a text. */
function linkOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value as { hyperlink?: unknown } | null;
  if (v && typeof v === 'object' && typeof v.hyperlink === 'string') return v.hyperlink;
  const formula = (cell.model as { formula?: string }).formula;
  return formula ? (/^\s*HYPERLINK\(\s*"([^"]*)"/i.exec(formula)?.[1] ?? null) : null;
}

/** The columns hidden in ExcelJS's model of a sheet (within the columns read). */
function hiddenColumnsOf(ws: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  const n = Math.min(ws.columnCount, MAX_READ_COLUMNS);
  for (let c = 1; c <= n; c++) if (ws.getColumn(c).hidden) out.push(c);
  return out;
}

/** A cell's note as text: a string, or runs of formatted text once Excel or LibreOffice has saved it. */
function noteText(cell: ExcelJS.Cell): string | null {
  const note = cell.note as string | { texts?: { text?: string }[] } | undefined;
  if (!note) return null;
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text ?? '').join('');
}

const yieldNow = () => new Promise<void>((r) => setTimeout(r, 0));

/** ExcelJS is large and needed only to write: the pane loads it when something is first written. */
async function excelJs(): Promise<typeof ExcelJS> {
  const m = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as unknown as { default?: typeof ExcelJS };
  return m.default ?? (m as unknown as typeof ExcelJS);
}

/**
 * An .xlsx file in memory (the CLI and the pane's file mode). It is read straight from its XML
 * (fast, and within memory for a million rows); ExcelJS loads it only when something needs its model
 * (a new sheet, or a copy that cannot be written in place), and from then on reads come from ExcelJS's
 * model of the edits. Fixes and marks wait until then, and a copy usually takes them in place.
 */
export class ExcelJsWorkbook implements WorkbookPort {
  readonly mode = 'file' as const;
  readonly features = { marks: true, events: false, fixes: true } as const;
  /** Where the user last asked to go (a file has no cursor; the pane shows it). */
  selection: { sheet: string; address: string } | null = null;
  /** Charts of inserted sheets: ExcelJS cannot write charts, so they are added when the file is saved. */
  private readonly charts: SheetChart[] = [];
  /**
   * Fixes not yet written into ExcelJS's model, by sheet, in order. Loading the model takes seconds
   * per hundred thousand rows (18 s for 200,000 in the pane): a fix waits here, every read shows it,
   * and the model takes it when something needs the model (a new sheet, a copy not written in place).
   */
  private readonly pendingFixes = new Map<string, CellWrite[]>();
  /** Whether a cell was fixed: formulas over it are then computed when the copy is opened. */
  private fixed = false;
  /** The sheets a fix was written to: formulas reading them hold results of before. */
  private readonly fixedSheets = new Set<string>();
  /** Changes to the user's data (fixes, new sheets), and how many of them the last copy written held. */
  private changes = 0;
  private saved = 0;
  /**
   * Marks not yet drawn, by sheet, likewise: the copy gets them in place (withEdits), and the model
   * only if something else needs it. NO_MARKS clears the marks the file itself holds.
   */
  private readonly pendingMarks = new Map<string, MarkPlan>();
  /** The sheet last read from the file, as the file has it: read again after a fix, it is not parsed again. */
  private lastRead: SheetGrid | null = null;
  /** The cells of the last sheet read from the file that hold a formula (see formulaKey). */
  private lastFormulas: Int32Array = new Int32Array(0);
  /** And the areas its array formulas fill. */
  private lastArrays: readonly CellRange[] = [];
  /** And its formulas adding up its cells, worked out again over fixed cells. */
  private lastSums: readonly SumFormula[] = [];
  /** The cells fixed on each sheet, into the file or the model: the sums reading them are worked out again. */
  private readonly fixedCells = new Map<string, { row: number; col: number }[]>();
  /** The fixes written, by sheet: a copy ExcelJS writes renames the table columns whose header they fix. */
  private readonly fixesWritten = new Map<string, CellWrite[]>();
  private loading: Promise<ExcelJS.Workbook> | null = null;

  private constructor(
    private model: ExcelJS.Workbook | null,
    private file: XlsxFile | null,
    private readonly bytes: Uint8Array | null,
    /** The file as it came, kept for what it tells of itself once the model has taken over. */
    private readonly source: XlsxFile | null = null,
  ) {}

  /** What the file holds that ExcelJS cannot carry into a copy (charts, pivot tables, extensions). */
  get facts(): PackageFacts | null {
    return this.source?.facts ?? null;
  }

  /** The workbook in `data`; `name`, the file's, words what is wrong with one that cannot be read. */
  static async load(data: ArrayBuffer | Uint8Array, name = ''): Promise<ExcelJsWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (!isZip(bytes)) throw new CannotRead(diagnose(bytes, name));
    let file: XlsxFile;
    try {
      file = await XlsxFile.open(bytes);
    } catch {
      throw new CannotRead(diagnose(bytes, name));
    }
    return new ExcelJsWorkbook(null, file, bytes, file);
  }

  static async create(): Promise<ExcelJsWorkbook> {
    const wb = new (await excelJs()).Workbook();
    wb.creator = 'ITA Excel add-in';
    return new ExcelJsWorkbook(wb, null, null);
  }

  /** The ExcelJS model, loaded when first needed; reads then come from it, edits included. */
  async excel(): Promise<ExcelJS.Workbook> {
    if (this.model) return this.model;
    // One load however many ask during it (a second download click, a fix): each would drop the other's edits.
    return (this.loading ??= this.loadModel().catch((e: unknown) => {
      this.loading = null;
      throw e;
    }));
  }

  private async loadModel(): Promise<ExcelJS.Workbook> {
    const refused = this.file ? badSheetName(this.file.sheets.map((s) => s.name)) : null;
    if (refused) throw new CannotRead(refused);
    const wb = new (await excelJs()).Workbook();
    const bytes = (await this.file?.excelJsInput()) ?? this.bytes;
    // ExcelJS's types ask for a Node Buffer; in the browser an ArrayBuffer works the same.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    // ExcelJS reads a conditional format of Excel 2010's extensions (one citing another sheet) without
    // its formula, and then fails to write any copy: such a rule is left out of the copy (facts say so).
    for (const ws of wb.worksheets) {
      const w = ws as unknown as { conditionalFormattings: { rules: { type: string; formulae?: unknown[] }[] }[] };
      w.conditionalFormattings = w.conditionalFormattings.filter((cf) => {
        cf.rules = cf.rules.filter((r) => r.type !== 'expression' || (r.formulae?.length ?? 0) > 0);
        return cf.rules.length > 0;
      });
    }
    // ExcelJS drops notes on cells without a value, and the text of a note written without runs
    // (openpyxl's <text><t>…</t></text>): put them back so a copy keeps them.
    for (const [sheet, notes] of (await this.file?.notes()) ?? []) {
      const ws = wb.getWorksheet(sheet);
      if (ws) for (const [ref, text] of notes) if (noteText(ws.getCell(ref)) !== text) ws.getCell(ref).note = text;
    }
    for (const [sheet, writes] of this.pendingFixes) writeFixes(wb.getWorksheet(sheet)!, writes);
    this.pendingFixes.clear();
    for (const [sheet, plan] of this.pendingMarks) replaceMarks(wb.getWorksheet(sheet)!, plan);
    this.pendingMarks.clear();
    this.lastRead = null;
    this.model = wb;
    this.file = null;
    return wb;
  }

  async sheetNames(): Promise<string[]> {
    if (this.file) return this.file.sheets.map((s) => s.name);
    return this.model!.worksheets.map((w) => w.name);
  }

  async activeSheetName(): Promise<string> {
    if (this.file) {
      const s = this.file.sheets[this.file.activeTab] ?? this.file.sheets[0];
      if (!s) throw new Error('The workbook has no sheets');
      return s.name;
    }
    const sheets = this.model!.worksheets;
    const active = this.model!.views?.[0]?.activeTab ?? 0;
    const ws = sheets[active] ?? sheets[0];
    if (!ws) throw new Error('The workbook has no sheets');
    return ws.name;
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetGrid> {
    if (this.file) {
      // Only the last sheet read is kept: a check of a folder holds one sheet at a time.
      if (this.lastRead?.name !== name) {
        this.lastRead = null;
        this.lastRead = await this.readFromFile(this.file, name, options);
      }
      return withFixes(this.lastRead, this.pendingFixes.get(name), this.lastSums);
    }
    const ws = this.model!.getWorksheet(name);
    if (!ws) throw new NoSuchSheet(name);
    const values: CellValue[][] = [];
    const total = ws.rowCount;
    let strayCell: { row: number; col: number } | null = null;
    const links: CellLink[] = [];
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (options.signal?.aborted) return;
      if (row.hidden) hiddenRows.push(rowNumber);
      const out: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // Office.js gives only the top-left cell of a merged area a value; do the same here.
        if (cell.isMerged && cell.master !== cell) return;
        const v = fromExcelJsCell(cell);
        if (v === null) return;
        if (col > MAX_READ_COLUMNS) strayCell ??= { row: rowNumber, col };
        else out[col - 1] = v;
        const link = col <= MAX_READ_COLUMNS ? linkOf(cell) : null;
        if (link !== null) links.push({ row: rowNumber, col, target: link });
      });
      if (out.length) {
        for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
        values[rowNumber - 1] = out;
      }
      if (options.onProgress && rowNumber % 5000 === 0) options.onProgress({ rowsRead: rowNumber, totalRows: total });
    });
    if (options.signal?.aborted) throw new ReadCancelled();
    for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
    // The model's results are of before the fixes (it computes nothing): its sums are worked out again.
    const fixedHere = this.fixedCells.get(name);
    if (fixedHere?.length)
      withSumsRedone(values, sumsOf(ws), fixedHere, (r) => {
        while (values.length < r) values.push([]);
        return values[r - 1]!;
      });
    const mergeRefs = (ws.model as { merges?: string[] }).merges ?? [];
    const merges = mergeRefs.flatMap(parseAreas);
    const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
    const hiddenColumns = hiddenColumnsOf(ws);
    // ExcelJS keeps a print area's areas joined by "&&" (the first of each name it read).
    const { printArea: area, printTitlesRow, printTitlesColumn } = ws.pageSetup;
    const printArea = printedAreas(area?.split('&&').join(','), [printTitlesRow, printTitlesColumn]);
    return grid(ws.name, values, {
      merges,
      hiddenColumns,
      hiddenRows,
      printArea,
      strayCell,
      chartSheet: false,
      links,
      hidden,
    });
  }

  private async readFromFile(file: XlsxFile, name: string, options: ReadOptions): Promise<SheetGrid> {
    const entry = file.sheets.find((s) => s.name === name);
    if (!entry) throw new NoSuchSheet(name);
    const interactive = options.signal || options.onProgress;
    let last = Date.now();
    const part = await file.readSheet(name, {
      maxColumns: MAX_READ_COLUMNS,
      onRows: (rowsRead, totalRows) => options.onProgress?.({ rowsRead, totalRows }),
      // In the pane: let the page breathe now and then (not after every piece: a timer costs
      // milliseconds), and stop when the user cancels.
      pause: interactive
        ? async () => {
            if (Date.now() - last >= 50) {
              await yieldNow();
              last = Date.now();
            }
            if (options.signal?.aborted) throw new ReadCancelled();
          }
        : undefined,
    });
    this.lastFormulas = part.formulas;
    this.lastArrays = part.arrays;
    this.lastSums = part.sums;
    const chart = entry.kind === 'chartsheet';
    const printArea = printedAreas(entry.printArea, [entry.printTitles]);
    return grid(name, part.values, { ...part, printArea, chartSheet: chart, hidden: entry.hidden });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.selection = { sheet, address };
  }

  async insertTemplate(layout: SheetLayout): Promise<string> {
    const wb = await this.excel();
    const names = wb.worksheets.map((w) => w.name);
    // Taken too: the workbook's defined names (a table named as one makes Excel repair the file).
    const tables = [
      ...wb.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: object }).tables ?? {})),
      ...wb.definedNames.model.map((d) => d.name),
    ];
    const sheetName = uniqueSheetName(layout.sheetName, names);
    const tableName = uniqueTableName(layout.tableName, tables);
    writeLayout(wb, { ...layout, sheetName, tableName });
    // Have Excel compute the formulas when it opens the file (most are written without results).
    const formulas =
      layout.blocks?.length || layout.rows?.some((r) => r.some((v) => v !== null && typeof v === 'object'));
    if (formulas) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
    for (const chart of layout.charts ?? []) this.charts.push({ sheet: sheetName, chart });
    this.changes++;
    return sheetName;
  }

  /** Whether fixes or sheets added since the last copy written (downloaded) would be lost with the file. */
  get unsaved(): boolean {
    return this.changes !== this.saved;
  }

  async applyFixes(sheet: string, writes: readonly CellWrite[]): Promise<FixResult> {
    let written: readonly CellWrite[];
    if (this.file) {
      if (!this.file.sheets.some((s) => s.name === sheet)) throw new NoSuchSheet(sheet);
      // A value written over a formula would replace it (a title built from a year cell, a link to
      // another sheet): such cells are left, as in Excel, to be corrected at the formula or its source.
      if (this.lastRead?.name !== sheet) await this.readSheet(sheet);
      written = writes.filter((w) => {
        const at = parseA1(w.cell);
        return !at || !(hasKey(this.lastFormulas, formulaKey(at.row, at.col)) || inAreas(this.lastArrays, at));
      });
      const pending = this.pendingFixes.get(sheet) ?? [];
      this.pendingFixes.set(sheet, [...pending, ...written]);
    } else written = writeFixes(await this.sheet(sheet), writes);
    this.fixed ||= written.length > 0;
    if (written.length) {
      this.changes++;
      this.fixedSheets.add(sheet);
      const cells = this.fixedCells.get(sheet) ?? [];
      for (const w of written) {
        const at = parseA1(w.cell);
        if (at) cells.push(at);
      }
      this.fixedCells.set(sheet, cells);
      this.fixesWritten.set(sheet, [...(this.fixesWritten.get(sheet) ?? []), ...written]);
    }
    // A copy is written whole: a protected sheet's cells are the file's to change.
    const done = new Set(written.map((w) => w.cell));
    const left = writes.filter((w) => !done.has(w.cell)).map((w) => w.cell);
    return { written: written.length, formulas: left.length, locked: 0, left };
  }

  async markFindings(sheet: string, plan: MarkPlan): Promise<{ marked: number; notes: number }> {
    if (!this.file) return replaceMarks(await this.sheet(sheet), plan);
    // Kept to be drawn into the copy in place: no model to load (seconds on a large sheet).
    if (!this.file.sheets.some((s) => s.name === sheet && s.kind === 'worksheet')) throw new NoSuchSheet(sheet);
    this.pendingMarks.set(sheet, plan);
    return markCounts(plan, ownNotes((await this.file.notes()).get(sheet)));
  }

  /**
   * The marks of an earlier check in the file as opened (rules and notes of this add-in) on sheet
   * `name`: a copy to publish should not carry them.
   */
  async marksIn(sheet: string): Promise<number> {
    if (!this.file) return 0;
    const notes = (await this.file.notes()).get(sheet);
    const ours = [...(notes?.values() ?? [])].filter((t) => t.includes(NOTE_HEAD)).length;
    return (await this.file.markRules(sheet)) + ours;
  }

  async clearMarks(sheet: string): Promise<number> {
    if (!this.file) return eraseMarks(await this.sheet(sheet));
    const pending = this.pendingMarks.get(sheet);
    const notes = (await this.file.notes()).get(sheet);
    const inFile = await this.marksIn(sheet);
    // The file's own marks (of an earlier check) go when the copy is written; with none, nothing changes.
    if (inFile > 0) this.pendingMarks.set(sheet, NO_MARKS);
    else this.pendingMarks.delete(sheet);
    if (!pending) return inFile;
    // As the model counts: a rule per severity marked, and each note.
    const rules = (pending.cells.error.length ? 1 : 0) + (pending.cells.warning.length ? 1 : 0);
    return rules + markCounts(pending, ownNotes(notes)).notes;
  }

  async readRows(sheet: string, top: number, bottom: number): Promise<CellValue[][]> {
    const grid = await this.readSheet(sheet);
    const last = Math.min(bottom, grid.values.length);
    return Array.from({ length: Math.max(0, last - top + 1) }, (_, i) => [...grid.values[top - 1 + i]!]);
  }

  private async sheet(name: string): Promise<ExcelJS.Worksheet> {
    const ws = (await this.excel()).getWorksheet(name);
    if (!ws) throw new NoSuchSheet(name);
    return ws;
  }

  /**
   * Whether a copy saved now is the file as it came with only the fixed cells changed, so that it
   * keeps everything ExcelJS cannot write (charts, pivot tables): true until a new sheet.
   */
  get copyKeepsFile(): boolean {
    return this.model === null && this.file !== null;
  }

  /**
   * A copy to hand round for review: the workbook as it stands, with the findings of `sheet` marked
   * (`plan`) and the findings sheet `findings` added; the workbook itself is left as it is. Written in
   * place when it can be (the file's charts and pivot tables kept; `keptFile`), else by ExcelJS.
   */
  async markedCopy(
    sheet: string,
    plan: MarkPlan,
    findings: SheetLayout,
  ): Promise<{ readonly bytes: Uint8Array; readonly keptFile: boolean }> {
    const bytes = await this.toBuffer();
    const keeps = this.copyKeepsFile;
    // A package laid out in a way the in-place writer does not expect is written by ExcelJS instead.
    const inPlace = await XlsxFile.open(bytes)
      .then((f) => f.withEdits({ fixes: new Map(), marks: new Map([[sheet, plan]]), tables: [findings] }))
      .catch(() => null);
    if (inPlace) return { bytes: inPlace, keptFile: keeps };
    const copy = await ExcelJsWorkbook.load(bytes);
    // The workbook may carry marks of findings fixed since: the copy shows today's only.
    await copy.markFindings(sheet, plan);
    await copy.insertTemplate(findings);
    return { bytes: await copy.toBuffer(), keptFile: false };
  }

  /** The extension a copy's name needs (see XlsxFile.extensionOf): xlsm when it keeps the file's macros. */
  copyExtension(bytes: Uint8Array): Promise<'xlsx' | 'xlsm'> {
    return XlsxFile.extensionOf(bytes);
  }

  /** The workbook as .xlsx bytes (.xlsm when written in place from one: see copyExtension). */
  async toBuffer(): Promise<Uint8Array> {
    const bytes = await this.written();
    this.saved = this.changes;
    return bytes;
  }

  /** What reads a cell of a fixed sheet in model `wb` (see readersIn); null when none was fixed. */
  private async fixedReaders(wb: ExcelJS.Workbook): Promise<Readers | null> {
    if (!this.fixedSheets.size) return null;
    return readersIn(wb, [...this.fixedSheets], (await this.source?.definedNames()) ?? [], this.fixedCells);
  }

  private async written(): Promise<Uint8Array> {
    // Nothing written yet: the file as it came.
    if (!this.model && this.bytes && this.pendingFixes.size === 0 && this.pendingMarks.size === 0)
      return this.bytes.slice();
    // Fixes and marks: the file's own parts with them written in place (fast, and nothing is lost).
    const patched =
      !this.model && this.file
        ? await this.file.withEdits({ fixes: this.pendingFixes, marks: this.pendingMarks }).catch(() => null)
        : null;
    if (patched) return patched;
    const wb = await this.excel();
    for (const ws of wb.worksheets) packValidations(ws);
    if (this.fixed) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
    withThemeOne(wb);
    // Written without the results of the formulas that may read a fixed cell (a "รวม" of amounts that
    // were text showed 0 in LibreOffice, which computes only formulas without one); the model keeps them.
    const putBack = withoutResults(wb, await this.fixedReaders(wb));
    const buf = await wb.xlsx.writeBuffer().finally(putBack);
    const written = await addCharts(new Uint8Array(buf as ArrayBuffer), this.charts);
    return this.bytes ? keptThroughRewrite(this.bytes, written, this.fixesWritten) : written;
  }
}

/** What finds the formulas that may read a fixed cell: on the fixed sheets, and elsewhere. */
interface Readers {
  /** The fixed sheets, and what finds a formula elsewhere naming one (see readersOf). */
  readonly sheets: ReadonlySet<string>;
  readonly elsewhere: RegExp;
  /** Which formulas of the fixed sheets may read one of their fixed cells (see FixedReads). */
  readonly fixed: FixedReads;
}

/**
 * What reads a cell of the sheets `sheets` of model `wb` (see readersOf): a reference to one, one of
 * their tables, or a defined name over either, directly or through another name: the file's `names`
 * (ExcelJS holds only those over a range; the copy gets the others back) and the model's; on those
 * sheets, what reads one of the cells `cells` fixed (see FixedReads).
 */
function readersIn(
  wb: ExcelJS.Workbook,
  sheets: readonly string[],
  names: readonly [string, string][],
  cells: ReadonlyMap<string, readonly { row: number; col: number }[]>,
): Readers {
  const tables = new Set<string>();
  const placed: SheetTable[] = [];
  for (const name of sheets) {
    const ws = wb.getWorksheet(name) as unknown as { tables?: Record<string, TableModel> } | undefined;
    for (const t of Object.values(ws?.tables ?? {})) {
      for (const shown of [t.name, t.table?.displayName]) if (shown) tables.add(shown);
      const area = parseAreas(t.table?.tableRef ?? t.table?.ref ?? '')[0];
      const columns = (t.table?.columns ?? []).map((c) => c.name ?? '');
      for (const shown of new Set([t.name, t.table?.displayName]))
        if (shown && area) placed.push({ name: shown, sheet: name, area, columns });
    }
  }
  const defined = [...names, ...wb.definedNames.model.map((d): [string, string] => [d.name, d.ranges.join(',')])];
  return {
    sheets: new Set(sheets),
    elsewhere: readersOf(sheets, namesReading(defined, sheets, [...tables]), [...tables]),
    fixed: new FixedReads(cells, placed, defined),
  };
}

/** What ExcelJS's table tells of its names, its place and its columns. */
interface TableModel {
  readonly name?: string;
  readonly table?: {
    readonly displayName?: string;
    readonly ref?: string;
    readonly tableRef?: string;
    readonly columns?: readonly { readonly name?: string }[];
  };
}

/**
 * Model `wb` with a theme named theme1: ExcelJS names xl/theme/theme1.xml in the package whatever themes
 * it read (exceljs#425), and a file without one (LibreOffice saves none) would name a part that is not
 * there, which Excel repairs. A theme of another name is written as theme1; none, ExcelJS's own.
 */
function withThemeOne(wb: ExcelJS.Workbook): void {
  const book = wb as unknown as { _themes?: Record<string, string> };
  if (!book._themes || book._themes.theme1 !== undefined) return;
  const first = Object.values(book._themes)[0];
  book._themes = first === undefined ? undefined : { theme1: first };
}

/** No marks: what clearing leaves to be written into the copy. */
const NO_MARKS: MarkPlan = { cells: { error: [], warning: [] }, notes: [] };

/**
 * The cells of a sheet's notes (cell → text) that are the user's own: ours never goes over one. A note
 * of ours that the user added to takes today's beside what they wrote.
 */
function ownNotes(notes: ReadonlyMap<string, string> | undefined): Set<string> {
  return new Set([...(notes ?? [])].filter(([, text]) => !text.includes(NOTE_HEAD)).map(([cell]) => cell));
}

/** How many cells a plan marks, and how many notes it writes beside the user's own (`own`). */
function markCounts(plan: MarkPlan, own: ReadonlySet<string>): { marked: number; notes: number } {
  return {
    marked: plan.cells.error.length + plan.cells.warning.length,
    notes: plan.notes.filter((n) => !own.has(n.cell)).length,
  };
}

/**
 * Draws the marks of `plan` on a sheet of ExcelJS's model in place of those it carries: a note the user
 * added to ours of before keeps what they wrote, beside today's.
 */
function replaceMarks(ws: ExcelJS.Worksheet, plan: MarkPlan): { marked: number; notes: number } {
  const before = new Map<string, string>();
  for (const { cell } of plan.notes) {
    const text = noteText(ws.getCell(cell));
    if (text?.includes(NOTE_HEAD)) before.set(cell, text);
  }
  eraseMarks(ws);
  return drawMarks(ws, plan, before);
}

/** Draws the marks of `plan` on a sheet of ExcelJS's model; `before`: planned cells' notes of ours, as they were. */
function drawMarks(
  ws: ExcelJS.Worksheet,
  plan: MarkPlan,
  before: ReadonlyMap<string, string>,
): { marked: number; notes: number } {
  let marked = 0;
  for (const severity of ['error', 'warning'] as const) {
    const cells = plan.cells[severity];
    if (!cells.length) continue;
    const st = MARK_STYLE[severity];
    ws.addConditionalFormatting({
      ref: cells.join(' '),
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [markFormula(severity)],
          style: {
            font: {
              bold: st.bold,
              italic: st.italic,
              ...(st.underline ? { underline: true } : {}),
              color: { argb: `FF${st.font.slice(1)}` },
            },
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${st.fill.slice(1)}` } },
          },
        },
      ],
    });
    marked += cells.length;
  }
  let notes = 0;
  for (const n of plan.notes) {
    const cell = ws.getCell(n.cell);
    // A cell with the user's own note keeps it untouched (the conditional format still marks it);
    // one with our note from an earlier mark gets today's.
    const next = notedOver(before.get(n.cell) ?? noteText(cell), n.text);
    if (next === null) continue;
    cell.note = next;
    notes++;
  }
  return { marked, notes };
}

/** Removes every mark from a sheet of ExcelJS's model; how many rules and notes went. */
function eraseMarks(sheet: ExcelJS.Worksheet): number {
  const ws = sheet as ExcelJS.Worksheet & { conditionalFormattings: { rules: { formulae?: string[] }[] }[] };
  let removed = 0;
  // Only our rules go: a user's rule written in the same block (as some writers group them) stays.
  ws.conditionalFormattings = ws.conditionalFormattings.filter((cf) => {
    const kept = cf.rules.filter((r) => !isMarkFormula(r.formulae?.[0]));
    removed += cf.rules.length - kept.length;
    cf.rules = kept;
    return kept.length > 0;
  });
  // Every cell, empty ones too: a missing value is the commonest finding, and its cell is empty.
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const text = noteText(cell);
      if (text === null || !text.includes(NOTE_HEAD)) return;
      // ExcelJS has no public way to remove a note (its setter leaves an empty one, and the value's
      // model keeps a copy): drop it and give the cell its own value again. What the user wrote
      // above ours stays.
      const value = cell.value;
      const own = withoutOurNote(text);
      (cell as unknown as { _comment?: unknown })._comment = undefined;
      cell.value = value;
      if (own !== null) cell.note = own;
      removed++;
    }),
  );
  return removed;
}

/** The value a fix writes, as a read gives it back. */
function valueOf(w: CellWrite): string | number | Date {
  if (w.kind === 'number') return Number(w.value);
  if (w.kind === 'text') return String(w.value);
  const d = serialToDay(Number(w.value))!;
  return new Date(Date.UTC(d.y, d.m - 1, d.d));
}

function inAreas(areas: readonly CellRange[], at: { row: number; col: number }): boolean {
  return areas.some((a) => inArea(a, at.row, at.col));
}

/** The areas the array formulas of a sheet of ExcelJS's model fill, found once per sheet. */
const arrayAreas = new WeakMap<ExcelJS.Worksheet, CellRange[]>();

function arraysOf(ws: ExcelJS.Worksheet): CellRange[] {
  let out = arrayAreas.get(ws);
  if (out) return out;
  out = [];
  const found = out;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      // The type first: a cell's model is built when asked for.
      if (cell.type !== FORMULA_TYPE) return;
      const m = cell.model as { shareType?: string; ref?: string };
      if (m.shareType === 'array' && m.ref) found.push(...parseAreas(m.ref));
    }),
  );
  arrayAreas.set(ws, out);
  return out;
}

/** A formula cell's own model in ExcelJS (its `value` leaves out a result of 0). */
interface FormulaModel {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  shareType?: string;
  ref?: string;
}

/**
 * Drops from the model the stored results of the formulas that may read a fixed cell (see readersIn):
 * on a fixed sheet those citing one (or a cell whose result is dropped: see FixedReads), elsewhere those
 * naming a fixed sheet. Returns a function that puts them back.
 */
function withoutResults(wb: ExcelJS.Workbook, readers: Readers | null): () => void {
  const held: [FormulaModel, unknown][] = [];
  if (!readers) return () => {};
  // The formula cells holding a result, in each sheet's order, with the model of each.
  const formulas = (ws: ExcelJS.Worksheet, each: (cell: ExcelJS.Cell, m: FormulaModel) => void) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== FORMULA_TYPE) return;
        const m = (cell as unknown as { _value: { model: FormulaModel } })._value.model;
        if (m.result !== undefined) each(cell, m);
      }),
    );
  const at = (cell: ExcelJS.Cell) => ({ row: Number(cell.row), col: Number(cell.col) });
  // Every fixed sheet's formulas are told before any is asked: one may read a cell below it, or on
  // another fixed sheet, whose result is dropped.
  for (const ws of wb.worksheets)
    if (readers.sheets.has(ws.name))
      formulas(ws, (cell, m) =>
        // A shared formula's cell is told with its own text: ExcelJS moves the first cell's.
        readers.fixed.on(ws.name).add(at(cell), cell.formula || undefined, {
          t: m.shareType === 'array' ? 'array' : null,
          si: null,
          ref: m.ref ?? null,
        }),
      );
  for (const ws of wb.worksheets) {
    const own = readers.sheets.has(ws.name) ? readers.fixed.on(ws.name) : null;
    const { elsewhere } = readers;
    formulas(ws, (cell, m) => {
      elsewhere.lastIndex = 0;
      const reads = own ? own.drops(at(cell)) : m.formula !== undefined && elsewhere.test(m.formula);
      if (!reads) return;
      held.push([m, m.result]);
      m.result = undefined;
    });
  }
  return () => held.forEach(([m, result]) => (m.result = result));
}

/** The cells of a sheet of the model whose formula adds up cells of the sheet. */
function sumsOf(ws: ExcelJS.Worksheet): SumFormula[] {
  const out: SumFormula[] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.type !== FORMULA_TYPE) return;
      const sum = typeof cell.formula === 'string' ? sumFormula(cell.formula, r, c) : null;
      if (sum) out.push(sum);
    }),
  );
  return out;
}

/** ExcelJS.ValueType.Formula (ExcelJS is imported for its types only). */
const FORMULA_TYPE = 6;

/** Writes the fixes into a sheet of ExcelJS's model, but over no formula; returns those written. */
function writeFixes(ws: ExcelJS.Worksheet, writes: readonly CellWrite[]): CellWrite[] {
  const written: CellWrite[] = [];
  const arrays = writes.length ? arraysOf(ws) : [];
  for (const w of writes) {
    const cell = ws.getCell(w.cell);
    const at = parseA1(w.cell);
    if (holdsFormula(cell) || (at && inAreas(arrays, at))) continue;
    written.push(w);
    cell.value = valueOf(w);
    const numFmt = formatWritten(w, ownFormat(cell.numFmt));
    // A new style object: cells read with the same style share one, and setting numFmt on it would
    // turn every cell of that style (a whole table's money, say) into dates.
    if (numFmt) cell.style = { ...cell.style, numFmt };
  }
  return written;
}

/**
 * `grid` with `writes` over it (the rows they change copied: the grid as read stays as the file has it),
 * and the sums over them worked out again (the file's results are of before the fixes).
 */
function withFixes(grid: SheetGrid, writes: readonly CellWrite[] | undefined, sums: readonly SumFormula[]): SheetGrid {
  if (!writes?.length) return grid;
  const values = grid.values.slice() as CellValue[][];
  const copies = new Map<number, CellValue[]>();
  const writable = (row: number) => {
    while (values.length < row) values.push([]);
    let line = copies.get(row);
    if (!line) copies.set(row, (line = [...values[row - 1]!]));
    values[row - 1] = line;
    return line;
  };
  const changed: { row: number; col: number }[] = [];
  for (const w of writes) {
    const at = parseA1(w.cell);
    if (!at) continue;
    const row = writable(at.row);
    while (row.length < at.col - 1) row.push(null);
    row[at.col - 1] = valueOf(w);
    changed.push(at);
  }
  withSumsRedone(values, sums, changed, writable);
  return { ...grid, values };
}
