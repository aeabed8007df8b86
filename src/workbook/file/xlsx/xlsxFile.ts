import type { CellValue } from '../../../core/cells/value';
import { MARK_TAG } from '../../../core/findings/marks';
import { CannotRead } from '../cannotRead';
import { NoSuchSheet } from '../../port';
import { EditedCopy, type FileEdits } from './editedCopy';
import { excelJsInput } from './excelJsInput';
import { definedNames } from './formulaResults';
import { SharedStringsParser, SheetParser, type SheetPart } from './sheet';
import { dateStyles } from './styles';
import { attr, decodeXml, externalTargets, prefixPattern, relationships, relsPath, tags, textOf } from './xml';
import { Zip } from './zip';

export interface SheetEntry {
  readonly name: string;
  /** A chart sheet holds one chart and no cells; other kinds (dialog, macro sheets) hold none we read. */
  readonly kind: 'worksheet' | 'chartsheet' | 'other';
  readonly part: string | null;
  readonly hidden: boolean;
  /** Its print area as the workbook names it ("'O16'!$A$1:$L$50"), or null. */
  readonly printArea: string | null;
  /** The rows and columns it prints as titles on every page ("'O16'!$3:$3"), or null. */
  readonly printTitles: string | null;
}

/** What the package holds that a copy written by ExcelJS would not keep. */
export interface PackageFacts {
  /** Charts or pictures (DrawingML drawings, charts, media). */
  readonly hasDrawings: boolean;
  readonly hasPivots: boolean;
  /** A sheet read so far has conditional formats in Excel 2010's extensions (rules citing other sheets). */
  readonly hasExtensions: boolean;
  /** VBA macros (an .xlsm). */
  readonly hasMacros: boolean;
  /** Excel 365's comment threads (its notes are the older kind, which copies keep). */
  readonly hasThreads: boolean;
  /** Formulas reading other workbooks ([1]Sheet!A1), or form controls (buttons, check boxes). */
  readonly hasLinksOrControls: boolean;
  /** Any of the above: what a copy written by ExcelJS, not in place, loses. */
  readonly lostByRewrite: boolean;
}

export interface ReadSheetOptions {
  readonly maxColumns: number;
  readonly onRows?: (rowsRead: number, totalRows: number) => void;
  /** Runs between pieces of a large part: a chance to yield and to cancel (by throwing). */
  readonly pause?: () => Promise<void>;
}

/**
 * An .xlsx package read directly: the workbook's sheets in order, and each worksheet's cells parsed
 * from its XML in pieces. Faster than a full ExcelJS load and within memory for a million rows;
 * ExcelJS is loaded only to write.
 */
export class XlsxFile {
  private shared: CellValue[] | null = null;
  /** Sheets read that hold extensions a copy would lose (known once a sheet is read: parts can be large). */
  private readonly extended = new Set<string>();

  private constructor(
    private readonly zip: Zip,
    /** The workbook part (xl/workbook.xml as Excel names it). */
    private readonly workbookPart: string,
    readonly sheets: readonly SheetEntry[],
    readonly activeTab: number,
    private readonly date1904: boolean,
    private readonly dateStyles: readonly boolean[],
    private readonly sharedPart: string | null,
    private readonly stylesPart: string | null,
    /** A VML drawing holds a form control (a button as xlsxwriter writes one), not only notes. */
    private readonly vmlControls: boolean,
  ) {}

  static async open(bytes: Uint8Array): Promise<XlsxFile> {
    const zip = new Zip(bytes);
    const main = await workbookPartOf(zip);
    let xml = await zip.text(main);
    if (xml === null) throw new Error('no workbook part');
    const prefix = prefixPattern(xml, 'workbook');
    if (prefix) xml = xml.replace(prefix, '<$1');
    // Not a workbook's XML: an .xlsb's binary workbook part, or another kind of document.
    if (!/<workbook[\s/>]/.test(xml)) throw new Error('no workbook part');
    const rels = relationships(await zip.text(relsPath(main)), main);
    // Print areas and titles are names local to a sheet, told by its place among the sheets.
    const localNames = new Map<string, string>();
    for (const [, tag, text] of xml.matchAll(/(<definedName\b[^>]*>)([^<]*)<\/definedName>/g))
      localNames.set(`${attr(tag!, 'name')}@${attr(tag!, 'localSheetId')}`, decodeXml(text!));
    const sheets: SheetEntry[] = [];
    for (const tag of tags(xml, 'sheet')) {
      const rel = rels.get(attr(tag, 'r:id') ?? '');
      const kind = rel?.type === 'worksheet' ? 'worksheet' : rel?.type === 'chartsheet' ? 'chartsheet' : 'other';
      const state = attr(tag, 'state');
      sheets.push({
        name: attr(tag, 'name') ?? '',
        kind,
        part: rel && zip.has(rel.target) ? rel.target : null,
        hidden: state === 'hidden' || state === 'veryHidden',
        printArea: localNames.get(`_xlnm.Print_Area@${sheets.length}`) ?? null,
        printTitles: localNames.get(`_xlnm.Print_Titles@${sheets.length}`) ?? null,
      });
    }
    const pr = [...tags(xml, 'workbookPr')][0] ?? '';
    const date1904 = ['1', 'true'].includes(attr(pr, 'date1904') ?? '');
    const view = [...tags(xml, 'workbookView')][0] ?? '';
    const stylesPart = [...rels.values()].find((r) => r.type === 'styles')?.target;
    let styles = stylesPart ? await zip.text(stylesPart) : null;
    const stylesPrefix = styles && prefixPattern(styles, 'styleSheet');
    if (styles && stylesPrefix) styles = styles.replace(stylesPrefix, '<$1');
    const shared = [...rels.values()].find((r) => r.type === 'sharedStrings')?.target ?? null;
    return new XlsxFile(
      zip,
      main,
      sheets,
      Number(attr(view, 'activeTab') ?? 0) || 0,
      date1904,
      dateStyles(styles),
      shared,
      stylesPart ?? null,
      await vmlControls(zip),
    );
  }

  private async sharedStrings(pause?: () => Promise<void>): Promise<CellValue[]> {
    if (this.shared) return this.shared;
    let parser: SharedStringsParser | null = null;
    if (this.sharedPart)
      await this.zip.textChunks(
        this.sharedPart,
        (text) => (parser ??= new SharedStringsParser(prefixPattern(text, 'sst'))).push(text),
        pause,
      );
    this.shared = (parser as SharedStringsParser | null)?.values ?? [];
    return this.shared;
  }

  get facts(): PackageFacts {
    const names = this.zip.names();
    const has = (part: RegExp) => names.some((n) => part.test(n));
    const facts = {
      // Notes live in VML drawings; charts and pictures in DrawingML drawings, charts and media.
      hasDrawings: has(/^xl\/(drawings\/drawing\d+\.xml|charts\/|media\/)/),
      hasPivots: has(/^xl\/pivot(Tables|Cache)\//),
      hasExtensions: this.extended.size > 0,
      hasMacros: has(/^xl\/vbaProject\.bin$/i),
      hasThreads: has(/^xl\/threadedComments\//),
      hasLinksOrControls: has(/^xl\/(externalLinks|ctrlProps|activeX)\//) || this.vmlControls,
    };
    return { ...facts, lostByRewrite: Object.values(facts).some(Boolean) };
  }

  /**
   * The extension a package's name must have for Excel to open it: xlsm when its workbook is
   * macro-enabled (a copy written in place keeps the macros), else xlsx.
   */
  static async extensionOf(bytes: Uint8Array): Promise<'xlsx' | 'xlsm'> {
    const types = await new Zip(bytes).text('[Content_Types].xml');
    return types?.includes('.sheet.macroEnabled.main+xml') ? 'xlsm' : 'xlsx';
  }

  /** The package with `edits` made in place (see EditedCopy.write); null when they cannot be. */
  withEdits(edits: FileEdits): Promise<Uint8Array | null> {
    const { zip, sheets, workbookPart, stylesPart, date1904 } = this;
    return new EditedCopy({ zip, sheets, workbookPart, stylesPart, date1904 }).write(edits);
  }

  /** The workbook's defined names with their formulas (see definedNames). */
  async definedNames(): Promise<[string, string][]> {
    return definedNames((await this.zip.text(this.workbookPart)) ?? '');
  }

  /** How many conditional-format rules of our marks worksheet `name` holds (see markFormula). */
  async markRules(name: string): Promise<number> {
    const part = this.sheets.find((s) => s.name === name && s.kind === 'worksheet')?.part;
    if (!part) return 0;
    // The formula's quote, escaped or not (XML text may hold a bare one).
    return this.zip.matches(part, new RegExp(`(&quot;|")${MARK_TAG}:`, 'g'), MARK_TAG.length + 7);
  }

  /** The package as ExcelJS can load it (see excelJsInput); null when it can as it is. */
  excelJsInput(): Promise<Uint8Array | null> {
    return excelJsInput(this.zip, this.workbookPart, this.sheets, this.date1904);
  }

  /** Every note (legacy comment) of every worksheet: sheet name → cell → text. */
  async notes(): Promise<Map<string, Map<string, string>>> {
    const out = new Map<string, Map<string, string>>();
    for (const sheet of this.sheets) {
      if (sheet.kind !== 'worksheet' || !sheet.part) continue;
      const rels = relationships(await this.zip.text(relsPath(sheet.part)), sheet.part);
      const part = [...rels.values()].find((r) => r.type === 'comments')?.target;
      const xml = part ? await this.zip.text(part) : null;
      if (!xml) continue;
      const notes = new Map<string, string>();
      // <comment ref="A1" …>, its attributes after a space or a line break; not <commentList>.
      for (const m of xml.matchAll(/<comment\b([^>]*?)(?:\/>|>([\s\S]*?)<\/comment>)/g)) {
        const ref = attr(m[1]!, 'ref');
        if (ref) notes.set(ref, textOf(m[2] ?? ''));
      }
      if (notes.size) out.set(sheet.name, notes);
    }
    return out;
  }

  /** The cells of a worksheet (an empty result for a chart sheet or a sheet with no part). */
  async readSheet(name: string, options: ReadSheetOptions): Promise<SheetPart> {
    const entry = this.sheets.find((s) => s.name === name);
    if (!entry) throw new NoSuchSheet(name);
    const empty: SheetPart = {
      values: [],
      merges: [],
      hiddenColumns: [],
      hiddenRows: [],
      strayCell: null,
      links: [],
      extensions: false,
      formulas: new Int32Array(0),
      arrays: [],
      sums: [],
    };
    if (entry.kind !== 'worksheet') return empty;
    const shared = await this.sharedStrings(options.pause);
    const ctx = {
      shared,
      dateStyles: this.dateStyles,
      date1904: this.date1904,
      maxColumns: options.maxColumns,
      onRows: options.onRows,
    };
    let parser: SheetParser | null = null;
    let end = '';
    const found =
      !!entry.part &&
      (await this.zip.textChunks(
        entry.part,
        (text) => {
          (parser ??= new SheetParser(ctx, prefixPattern(text, 'worksheet'))).push(text);
          end = (end + text).slice(-64);
        },
        options.pause,
      ));
    // A sheet whose part is missing or cut short would read as fewer rows, or none: no silent pass.
    if (!found || !/<\/(?:[\w.-]+:)?worksheet\s*>\s*$/.test(end))
      throw new CannotRead({
        code: 'damaged',
        th: `แผ่นงาน "${name}" ในไฟล์เสียหาย (${found ? 'ข้อมูลขาดหายไปตอนท้าย' : 'ไม่มีข้อมูลของแผ่นงาน'}): เปิดใน Excel เพื่อซ่อมแซมแล้วบันทึกใหม่`,
        en: `sheet "${name}" is damaged in the file (${found ? 'its data is cut short' : 'its data is missing'}): open it in Excel to repair it, and save it again`,
      });
    const part = (parser as SheetParser | null)?.finish() ?? empty;
    if (part.extensions) this.extended.add(name);
    if (!part.links.some((l) => l.target.startsWith('rel:'))) return part;
    // An inserted link's web address is in the sheet's relationships.
    const targets = externalTargets(await this.zip.text(relsPath(entry.part)));
    const links = part.links.map((l) =>
      l.target.startsWith('rel:') ? { ...l, target: targets.get(l.target.slice(4)) ?? '' } : l,
    );
    return { ...part, links };
  }
}

/** Whether a VML drawing of the package holds a form control: its shapes' ObjectType is other than Note. */
async function vmlControls(zip: Zip): Promise<boolean> {
  for (const name of zip.names().filter((n) => /\.vml$/i.test(n)))
    if (/ObjectType\s*=\s*["'](?!Note["'])/.test((await zip.text(name)) ?? '')) return true;
  return false;
}

/** The workbook part of a package, as its root relationships name it (xl/workbook.xml as Excel names it). */
export async function workbookPartOf(zip: Zip): Promise<string> {
  const root = relationships(await zip.text('_rels/.rels'), '');
  return [...root.values()].find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
}
