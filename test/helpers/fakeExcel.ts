/**
 * A faithful fake of the few Excel JavaScript API objects the Office adapter uses. Like Excel:
 * properties must be load()ed and sync()ed before they are read; every sync() is counted and its
 * payload measured (Excel on the web refuses more than 5 MB); methods above the requirement set the
 * fake was started with throw ApiNotFound, as an old Excel would.
 */
import { a1, columnLetter, parseA1 } from '../../src/core/cells/address';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

type Value = string | number | boolean;

export interface CellModel {
  value: Value;
  formula?: string;
  /** False where the user unlocked the cell (Format Cells > Protection): a protected sheet lets it be typed in. */
  locked?: boolean;
  /** A note (what Excel calls a note, not a threaded comment), ExcelApi 1.18. */
  note?: string;
  /** A threaded comment's text, ExcelApi 1.10: a cell has a note or a comment, never both. */
  comment?: string;
  /** An inserted link: a web address, or a place in the workbook (Excel's RangeHyperlink). */
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
  numberFormat?: string;
  font?: { name?: string; size?: number; bold?: boolean; color?: string };
  fill?: string;
  wrapText?: boolean;
  validation?: { rule: unknown; errorAlert?: unknown; prompt?: unknown };
  hAlign?: string;
  vAlign?: string;
  /** Line styles of the cell's edges (Range.format.borders), by side. */
  border?: { top?: string; bottom?: string; left?: string; right?: string };
}

export interface ConditionalFormatModel {
  id: number;
  type: string;
  rects: Rect[];
  formula: string | null;
  format: { fill?: string; font?: { color?: string; bold?: boolean; italic?: boolean; underline?: string } };
}

export interface ChartModel {
  type: string;
  title: string;
  /** Top-left and bottom-right cells given to setPosition. */
  position: [string, string] | null;
  series: { name: string; values: string; categories: string | null }[];
  showValue: boolean;
  legend: string | null;
  /** Chart.plotVisibleOnly (ExcelApi 1.8); true, as Excel's default, unless set. */
  plotVisibleOnly?: boolean;
}

export interface SheetModel {
  name: string;
  charts: ChartModel[];
  /** Areas a dynamic-array formula at their top-left cell spills into (the rest hold values only). */
  spills?: Rect[];
  /** Hidden columns, 1-based. */
  hiddenColumns: number[];
  /** Hidden rows (by hand or by a filter), 1-based. */
  hiddenRows: number[];
  /** Page Layout > Print Area, as Excel gives its address ("A1:L50,A60:L70"), when set. */
  printArea?: string;
  /** Rows and columns printed as titles on every page ("$3:$3", "$A:$B"), when set. */
  printTitleRows?: string;
  printTitleColumns?: string;
  /** Page Layout: paper, orientation and fit (ExcelApi 1.9), when set. */
  page?: { paperSize?: string; orientation?: string; zoom?: Record<string, number | null> };
  conditionalFormats: ConditionalFormatModel[];
  changeHandlers: ((e: {
    address: string;
    changeType: string;
    source: string;
    triggerSource: string;
  }) => Promise<void> | void)[];
  cells: Map<string, CellModel>; // key "r,c"
  tables: { name: string; address: string; style?: string }[];
  merges: { top: number; left: number; bottom: number; right: number }[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  visibility: string;
  selection: string | null;
  /**
   * Review > Protect Sheet: writes to locked cells are refused (AccessDenied), and so are formats
   * (conditional ones too) unless allowFormatCells, notes unless allowEditObjects, as Excel's dialog says.
   */
  protection?: { protected: boolean; allowFormatCells?: boolean; allowEditObjects?: boolean };
}

export interface WorkbookModel {
  sheets: SheetModel[];
  active: number;
  /** Windows' list separator, which Excel there reads between getRanges' areas (default ","). */
  listSeparator?: ',' | ';';
  /** The workbook's defined names (Formulas > Name Manager). */
  names?: string[];
  /** A chart sheet is in front: Excel fails getActiveWorksheet (office-js issue 2444). */
  chartSheetActive?: boolean;
  /** The user is typing in a cell: Excel refuses every request until they press Enter or Esc. */
  cellEditMode?: boolean;
  /** Excel on the web: a sheet activated in the batch that adds it stays behind (office-js issue 930). */
  web?: boolean;
  /** Older Excel on the web: a request or answer too large fails as a GeneralException (office-js issue 1314). */
  payloadAsGeneral?: boolean;
  /** The workbook counts dates from 1904 (made on a Mac long ago): its cells hold serials 1462 lower. */
  date1904?: boolean;
}

export function newSheet(
  name: string,
  rows: readonly (readonly (Value | { value: Value; numberFormat: string } | null | undefined)[])[] = [],
): SheetModel {
  const s: SheetModel = {
    name,
    charts: [],
    hiddenColumns: [],
    hiddenRows: [],
    conditionalFormats: [],
    changeHandlers: [],
    cells: new Map(),
    tables: [],
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    frozenRows: 0,
    visibility: 'Visible',
    selection: null,
  };
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      s.cells.set(
        `${r + 1},${c + 1}`,
        typeof v === 'object' ? { value: v.value, numberFormat: v.numberFormat } : { value: v },
      );
    }),
  );
  return s;
}

class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRect(address: string): Rect {
  const ref = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const whole = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(ref);
  if (whole) {
    const l = parseA1(`${whole[1]}1`)!.col;
    const r = parseA1(`${whole[2]}1`)!.col;
    return { top: 1, left: l, bottom: 1048576, right: r };
  }
  const [p, q] = ref.split(':');
  const a = parseA1(p!);
  const b = q ? parseA1(q) : a;
  if (!a || !b) throw new ApiError('InvalidArgument', `bad address ${address}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** The smallest rectangle holding every cell of the sheet (inside `within`, when given), or null. */
function usedRect(sheet: SheetModel, within: Rect | null, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === '') continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) continue;
    rect = rect
      ? {
          top: Math.min(rect.top, r),
          left: Math.min(rect.left, c),
          bottom: Math.max(rect.bottom, r),
          right: Math.max(rect.right, c),
        }
      : { top: r, left: c, bottom: r, right: c };
  }
  return rect;
}

function rectAddress(sheet: string, r: Rect): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return `${sheet}!${tl === br ? tl : `${tl}:${br}`}`;
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) > 0x7f ? 3 : 1;
  return n;
}

export class FakeContext {
  syncs = 0;
  /** Bytes of the largest request or response seen. */
  maxPayloadBytes = 0;
  private loads: { obj: Loadable; props: string[] }[] = [];
  private requestBytes = 0;
  /** The first command of the batch Excel refused: the sync fails with it, and no later command ran. */
  pendingError: Error | null = null;
  /** Sheets added since the last sync. */
  readonly addedInBatch = new Set<string>();
  readonly workbook: FakeWorkbookApi;

  constructor(
    readonly model: WorkbookModel,
    readonly apiMinor: number,
    private readonly limit = PAYLOAD_LIMIT,
  ) {
    this.workbook = new FakeWorkbookApi(this);
  }

  require(minor: number, what: string): void {
    if (this.apiMinor < minor) throw new ApiError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
  }

  queueLoad(obj: Loadable, props: string[]): void {
    this.loads.push({ obj, props });
    this.requestBytes += 40 + props.join(',').length;
  }

  queueWrite(payload: unknown): void {
    this.requestBytes += 40 + utf8Bytes(JSON.stringify(payload) ?? '');
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.addedInBatch.clear();
    const loads = this.loads;
    this.loads = [];
    const request = this.requestBytes;
    this.requestBytes = 0;
    let response = 0;
    const snapshots = loads.map(({ obj, props }) => {
      const snap = obj.snapshot(props);
      response += utf8Bytes(JSON.stringify(snap));
      return { obj, snap };
    });
    this.maxPayloadBytes = Math.max(this.maxPayloadBytes, request, response);
    if (this.model.cellEditMode) {
      this.pendingError = null;
      throw new ApiError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    if (this.pendingError) {
      const e = this.pendingError;
      this.pendingError = null;
      throw e;
    }
    if ((request > this.limit || response > this.limit) && this.model.payloadAsGeneral)
      throw new ApiError('GeneralException', 'An internal error has occurred.');
    if (request > this.limit)
      throw new ApiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    if (response > this.limit)
      throw new ApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    for (const { obj, snap } of snapshots) obj.receive(snap);
  }
}

abstract class Loadable {
  protected loaded: Record<string, unknown> = {};
  constructor(protected readonly ctx: FakeContext) {}
  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.queueLoad(this, list);
    return this;
  }
  abstract snapshot(props: string[]): Record<string, unknown>;
  receive(snap: Record<string, unknown>): void {
    Object.assign(this.loaded, snap);
  }
  protected get<T>(prop: string): T {
    if (!(prop in this.loaded))
      throw new ApiError('PropertyNotLoaded', `The property '${prop}' is not available. Call load() and sync() first.`);
    return this.loaded[prop] as T;
  }
}

class FakeWorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItems;
  readonly functions: FakeFunctions;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.names = new FakeNamedItems(ctx);
    this.functions = new FakeFunctions(ctx);
  }
}

/** Worksheet functions (ExcelApi 1.2): DATE only, counted as the workbook counts its dates. */
class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}
  date(y: number, m: number, d: number): FakeFunctionResult {
    this.ctx.require(2, 'functions');
    const serial = Date.UTC(y, m - 1, d) / 86_400_000 + 25_569 - (this.ctx.model.date1904 ? 1462 : 0);
    return new FakeFunctionResult(this.ctx, serial);
  }
}

class FakeFunctionResult extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly result: number,
  ) {
    super(ctx);
  }
  get value(): number {
    return this.get<number>('value');
  }
  snapshot(): Record<string, unknown> {
    return { value: this.result, error: null };
  }
}

/** The workbook's defined names: their names only. */
class FakeNamedItems extends Loadable {
  get items(): { name: string }[] {
    return this.get<string[]>('items').map((name) => ({ name }));
  }
  snapshot(): Record<string, unknown> {
    return { items: [...(this.ctx.model.names ?? [])] };
  }
}

class FakeWorksheetCollection extends Loadable {
  get items(): FakeWorksheet[] {
    return this.get<string[]>('items').map((name) => new FakeWorksheet(this.ctx, name, true));
  }
  snapshot(): Record<string, unknown> {
    return { items: this.ctx.model.sheets.map((s) => s.name) };
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  getActiveWorksheet(): FakeWorksheet {
    if (this.ctx.model.chartSheetActive)
      this.ctx.pendingError ??= new ApiError('GeneralException', 'An internal error has occurred.');
    return new FakeWorksheet(this.ctx, this.ctx.model.sheets[this.ctx.model.active]!.name);
  }
  add(name: string): FakeWorksheet {
    if (this.ctx.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new ApiError('ItemAlreadyExists', `A sheet named ${name} exists`);
    this.ctx.queueWrite({ add: name });
    this.ctx.model.sheets.push(newSheet(name));
    this.ctx.addedInBatch.add(name);
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeTableCollection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: string | null,
  ) {
    super(ctx);
  }
  get items(): { name: string }[] {
    return this.get<string[]>('items').map((name) => ({ name }));
  }
  snapshot(): Record<string, unknown> {
    return { items: this.ctx.model.sheets.flatMap((s) => s.tables.map((t) => t.name)) };
  }
  add(address: string, hasHeaders: boolean) {
    if (!this.sheet) throw new ApiError('InvalidArgument', 'workbook.tables.add needs a sheet-qualified address');
    const model = this.ctx.model.sheets.find((s) => s.name === this.sheet)!;
    const r = parseRect(address);
    const t = {
      name: `Table${this.ctx.model.sheets.reduce((n, s) => n + s.tables.length, 0) + 1}`,
      address: rectAddress(model.name, r),
      style: undefined as string | undefined,
    };
    if (!hasHeaders) throw new ApiError('InvalidArgument', 'the adapter always writes headers');
    // A table's headers are text: Excel turns a number in the header row into its text.
    for (let c = r.left; c <= r.right; c++) {
      const cell = model.cells.get(`${r.top},${c}`);
      if (cell && typeof cell.value === 'number') cell.value = String(cell.value);
    }
    model.tables.push(t);
    this.ctx.queueWrite({ table: address });
    const ctx = this.ctx;
    return {
      set name(v: string) {
        // Excel refuses a table name that any table or defined name has, whatever its case.
        const taken = [
          ...ctx.model.sheets.flatMap((s) => s.tables.filter((x) => x !== t).map((x) => x.name)),
          ...(ctx.model.names ?? []),
        ];
        if (taken.some((n) => n.toLowerCase() === v.toLowerCase()))
          ctx.pendingError ??= new ApiError('InvalidArgument', `The name ${v} is already taken.`);
        else t.name = v;
      },
      get name() {
        return t.name;
      },
      set style(v: string) {
        t.style = v;
      },
    };
  }
}

/** The cells of a sheet holding a note, or a comment: their texts in sheet order, and where they are. */
class FakeCellTexts extends Loadable {
  protected keys: string[] = [];
  constructor(
    ctx: FakeContext,
    protected readonly sheet: SheetModel,
    private readonly kind: 'note' | 'comment',
  ) {
    super(ctx);
  }
  snapshot(): Record<string, unknown> {
    this.keys = [...this.sheet.cells.entries()].filter(([, c]) => c[this.kind] !== undefined).map(([k]) => k);
    return { items: this.keys.map((k) => ({ content: this.sheet.cells.get(k)![this.kind] })) };
  }
}

/** The one-cell range of a key ("row,col"). */
function cellRange(ctx: FakeContext, sheet: SheetModel, key: string): FakeRange {
  const [r, c] = key.split(',').map(Number) as [number, number];
  return new FakeRange(ctx, sheet, { top: r, left: c, bottom: r, right: c });
}

export class FakeWorksheet extends Loadable {
  readonly tables: FakeTableCollection;
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    preloaded = false,
  ) {
    super(ctx);
    this.tables = new FakeTableCollection(ctx, sheetName);
    if (preloaded) this.loaded.name = sheetName;
  }
  model(): SheetModel {
    const m = this.ctx.model.sheets.find((s) => s.name === this.sheetName);
    if (!m) throw new ApiError('ItemNotFound', `No sheet ${this.sheetName}`);
    return m;
  }
  get name(): string {
    return this.get<string>('name');
  }
  snapshot(props: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (props.includes('name')) out.name = this.model().name;
    return out;
  }
  set visibility(v: string) {
    this.model().visibility = v;
  }
  get charts() {
    const ctx = this.ctx;
    const sheet = this.model();
    return {
      add: (type: string, source: FakeRange, _seriesBy?: string) => {
        const m: ChartModel = { type, title: '', position: null, series: [], showValue: false, legend: null };
        m.series.push({ name: '', values: source.ref(), categories: null });
        sheet.charts.push(m);
        ctx.queueWrite({ chart: type, source: source.ref() });
        return new FakeChart(ctx, m);
      },
    };
  }
  get pageLayout() {
    const ctx = this.ctx;
    const sheet = this.model();
    /** An address Excel gives (or null: the null object), loaded and synced like any other. */
    const answer = (what: string, address: () => string | null) => {
      ctx.require(9, what);
      return new (class extends Loadable {
        get isNullObject(): boolean {
          return this.get<string | null>('address') === null;
        }
        get address(): string {
          return this.get<string>('address');
        }
        snapshot(): Record<string, unknown> {
          return { address: address() };
        }
      })(ctx);
    };
    const onSheet = (ref: string | undefined) =>
      ref === undefined
        ? null
        : ref
            .split(',')
            .map((a) => `${sheet.name}!${a}`)
            .join(',');
    // Setting the page layout, as Excel takes it: each property is ExcelApi 1.9, queued with the request.
    const set = (key: 'paperSize' | 'orientation' | 'zoom', v: unknown) => {
      ctx.require(9, `pageLayout.${key}`);
      sheet.page = { ...sheet.page, [key]: v };
      ctx.queueWrite({ page: { [key]: v } });
    };
    return {
      set paperSize(v: string) {
        set('paperSize', v);
      },
      set orientation(v: string) {
        set('orientation', v);
      },
      set zoom(v: Record<string, number | null>) {
        set('zoom', v);
      },
      setPrintTitleRows: (rows: string) => {
        ctx.require(9, 'setPrintTitleRows');
        sheet.printTitleRows = rows;
        ctx.queueWrite({ printTitleRows: rows });
      },
      getPrintAreaOrNullObject: () =>
        answer('getPrintAreaOrNullObject', () =>
          sheet.printArea === undefined
            ? null
            : sheet.printArea
                .split(',')
                .map((a) => rectAddress(sheet.name, parseRect(a)))
                .join(','),
        ),
      getPrintTitleRowsOrNullObject: () => answer('getPrintTitleRowsOrNullObject', () => onSheet(sheet.printTitleRows)),
      getPrintTitleColumnsOrNullObject: () =>
        answer('getPrintTitleColumnsOrNullObject', () => onSheet(sheet.printTitleColumns)),
    };
  }
  get freezePanes() {
    this.ctx.require(7, 'freezePanes');
    return {
      freezeRows: (n: number) => {
        this.model().frozenRows = n;
        this.ctx.queueWrite({ freeze: n });
      },
    };
  }
  activate(): void {
    if (this.ctx.model.web && this.ctx.addedInBatch.has(this.sheetName)) return;
    this.ctx.model.active = this.ctx.model.sheets.indexOf(this.model());
  }
  /** Whether the sheet is protected (ExcelApi 1.2). */
  get protection() {
    this.ctx.require(2, 'protection');
    const sheet = this.model();
    return new (class extends Loadable {
      get protected(): boolean {
        return this.get<boolean>('protected');
      }
      get options(): { allowFormatCells: boolean; allowEditObjects: boolean } {
        return this.get('options');
      }
      snapshot(): Record<string, unknown> {
        return {
          protected: sheet.protection?.protected ?? false,
          options: {
            allowFormatCells: sheet.protection?.allowFormatCells ?? false,
            allowEditObjects: sheet.protection?.allowEditObjects ?? false,
          },
        };
      }
    })(this.ctx);
  }
  /** The sheet's notes (ExcelApi 1.18), in sheet order; each can be read, rewritten or deleted. */
  get notes() {
    this.ctx.require(18, 'notes');
    const sheet = this.model();
    const ctx = this.ctx;
    return new (class extends FakeCellTexts {
      /** Add a note to one cell (a Range or an address on this sheet); Excel refuses a cell that has one. */
      add(where: FakeRange | string, content: string) {
        const rect = typeof where === 'string' ? parseRect(where) : where.rect;
        if (rect.top !== rect.bottom || rect.left !== rect.right) throw new ApiError('InvalidArgument', 'one cell');
        ctx.queueWrite({ note: content });
        if (refusedByProtection(ctx, sheet, 'allowEditObjects')) return;
        const key = `${rect.top},${rect.left}`;
        const cell = sheet.cells.get(key) ?? { value: '' };
        if (cell.note !== undefined && !ctx.pendingError)
          ctx.pendingError = new ApiError('InvalidArgument', 'The cell already has a note.');
        if (cell.comment !== undefined && !ctx.pendingError)
          ctx.pendingError = new ApiError('InvalidArgument', 'The cell already has a comment.');
        if (ctx.pendingError) return;
        cell.note = content;
        sheet.cells.set(key, cell);
      }
      get items() {
        return this.get<{ content: string }[]>('items').map((it, i) => {
          const key = this.keys[i]!;
          const cell = sheet.cells.get(key)!;
          return {
            getLocation: () => cellRange(ctx, sheet, key),
            get content(): string {
              return it.content;
            },
            set content(v: string) {
              ctx.queueWrite(v);
              if (!refusedByProtection(ctx, sheet, 'allowEditObjects')) cell.note = v;
            },
            delete() {
              ctx.queueWrite({ delete: 'note' });
              if (refusedByProtection(ctx, sheet, 'allowEditObjects')) return;
              delete cell.note;
              // An empty cell that held only the note is no cell at all again, as in Excel.
              if (Object.keys(cell).length === 1 && cell.value === '') sheet.cells.delete(key);
            },
          };
        });
      }
    })(ctx, sheet, 'note');
  }
  /** The sheet's threaded comments: where each is. */
  get comments() {
    this.ctx.require(10, 'comments');
    const sheet = this.model();
    const ctx = this.ctx;
    return new (class extends FakeCellTexts {
      get items() {
        return this.get<{ content: string }[]>('items').map((it, i) => ({
          content: it.content,
          getLocation: () => cellRange(ctx, sheet, this.keys[i]!),
        }));
      }
    })(ctx, sheet, 'comment');
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      this.model(),
      address ? parseRect(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 },
    );
  }
  getRanges(address: string): FakeRangeAreas {
    this.ctx.require(9, 'getRanges');
    const sheet = this.model();
    const separator = this.ctx.model.listSeparator ?? ',';
    // A list written with the other separator is refused when the batch runs (office-js #1167).
    if (address.includes(separator === ',' ? ';' : ',')) {
      this.ctx.pendingError ??= new ApiError('InvalidArgument', `bad address list ${address}`);
      return new FakeRangeAreas(this.ctx, sheet, []);
    }
    return new FakeRangeAreas(
      this.ctx,
      sheet,
      address.split(separator).map((a) => parseRect(a.trim())),
    );
  }
  get onChanged() {
    this.ctx.require(7, 'onChanged');
    const sheet = this.model();
    const ctx = this.ctx;
    return {
      add: (handler: SheetModel['changeHandlers'][number]) => {
        sheet.changeHandlers.push(handler);
        return {
          context: ctx,
          remove: () => {
            sheet.changeHandlers = sheet.changeHandlers.filter((h) => h !== handler);
          },
        };
      },
    };
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.ctx.require(2, 'getUsedRange(valuesOnly)');
    const m = this.model();
    const rect = usedRect(m, null, !!valuesOnly);
    return new FakeRange(this.ctx, m, rect ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
}

/** Excel.Chart: title, position, data labels, legend and series (ExcelApi 1.1; series ranges 1.7). */
class FakeChart {
  constructor(
    private readonly ctx: FakeContext,
    readonly model: ChartModel,
  ) {}
  get title() {
    const m = this.model;
    return {
      set text(t: string) {
        m.title = t;
      },
    };
  }
  get legend() {
    const m = this.model;
    return {
      set position(p: string) {
        m.legend = p;
      },
    };
  }
  get dataLabels() {
    const m = this.model;
    return {
      set showValue(v: boolean) {
        m.showValue = v;
      },
    };
  }
  set plotVisibleOnly(v: boolean) {
    this.ctx.require(8, 'Chart.plotVisibleOnly');
    this.model.plotVisibleOnly = v;
  }
  setPosition(start: string, end: string): void {
    this.model.position = [start, end];
  }
  get series() {
    const ctx = this.ctx;
    const m = this.model;
    const wrap = (s: ChartModel['series'][number]) => ({
      set name(n: string) {
        s.name = n;
      },
      setValues(r: FakeRange) {
        ctx.require(7, 'ChartSeries.setValues');
        s.values = r.ref();
      },
      setXAxisValues(r: FakeRange) {
        ctx.require(7, 'ChartSeries.setXAxisValues');
        s.categories = r.ref();
      },
    });
    return {
      getItemAt: (i: number) => {
        const s = m.series[i];
        if (!s) throw new ApiError('ItemNotFound', `no series ${i}`);
        return wrap(s);
      },
      add: (name: string) => {
        ctx.require(7, 'ChartSeriesCollection.add');
        const s = { name, values: '', categories: null };
        m.series.push(s);
        return wrap(s);
      },
    };
  }
}

export class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {
    super(ctx);
  }
  /** Sheet!A1:B2, as a chart series would name it. */
  ref(): string {
    return rectAddress(this.sheet.name, this.rect);
  }
  /** The cell at row r, column c, if it holds anything. */
  cellAt(r: number, c: number): CellModel | undefined {
    return this.cell(r, c);
  }
  private cell(r: number, c: number, create = false): CellModel | undefined {
    const key = `${r},${c}`;
    let cell = this.sheet.cells.get(key);
    if (!cell && create) {
      cell = { value: '' };
      this.sheet.cells.set(key, cell);
    }
    return cell;
  }
  private forEach(fn: (cell: CellModel, r: number, c: number) => void): void {
    const { top, left, bottom, right } = this.rect;
    if ((bottom - top + 1) * (right - left + 1) > 5_000_000) throw new ApiError('RangeExceedsLimit', 'range too large');
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) fn(this.cell(r, c, true)!, r, c);
  }
  snapshot(props: string[]): Record<string, unknown> {
    // A real range is known not to be a null object once anything of it is loaded.
    const out: Record<string, unknown> = { isNullObject: false };
    const { top, left, bottom, right } = this.rect;
    for (const p of props) {
      if (p === 'rowIndex') out.rowIndex = top - 1;
      else if (p === 'columnIndex') out.columnIndex = left - 1;
      else if (p === 'rowCount') out.rowCount = bottom - top + 1;
      else if (p === 'columnCount') out.columnCount = right - left + 1;
      else if (p === 'address') out.address = rectAddress(this.sheet.name, this.rect);
      else if (p === 'columnHidden') {
        this.ctx.require(2, 'columnHidden');
        // Excel says null when the columns of the range differ.
        const states = new Set<boolean>();
        for (let c = left; c <= right; c++) states.add(this.sheet.hiddenColumns.includes(c));
        out.columnHidden = states.size === 1 ? [...states][0] : null;
      } else if (p === 'rowHidden') {
        this.ctx.require(2, 'rowHidden');
        const hidden = this.sheet.hiddenRows.filter((r) => r >= top && r <= bottom).length;
        out.rowHidden = hidden === 0 ? false : hidden === bottom - top + 1 ? true : null;
      } else if (p === 'values' || p === 'numberFormat' || p === 'formulas') {
        if ((bottom - top + 1) * (right - left + 1) > 5_000_000)
          throw new ApiError('RangeExceedsLimit', 'range too large');
        const rows: unknown[][] = [];
        for (let r = top; r <= bottom; r++) {
          const row: unknown[] = [];
          for (let c = left; c <= right; c++) {
            const cell = this.cell(r, c);
            row.push(
              p === 'values'
                ? (cell?.value ?? '')
                : p === 'formulas'
                  ? (cell?.formula ?? cell?.value ?? '')
                  : (cell?.numberFormat ?? 'General'),
            );
          }
          rows.push(row);
        }
        out[p] = rows;
      } else throw new ApiError('InvalidArgument', `fake does not load ${p}`);
    }
    return out;
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }
  get rowHidden(): boolean | null {
    return this.get('rowHidden');
  }
  /** Hides (or shows) every row of the range, as Excel does for a range's rowHidden (ExcelApi 1.2). */
  set rowHidden(v: boolean | null) {
    this.ctx.require(2, 'rowHidden');
    const { top, bottom } = this.rect;
    const rows = this.sheet.hiddenRows.filter((r) => r < top || r > bottom);
    if (v) for (let r = top; r <= bottom; r++) rows.push(r);
    this.sheet.hiddenRows = rows.sort((a, b) => a - b);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }
  get values(): Value[][] {
    return this.get('values');
  }
  get formulas(): Value[][] {
    return this.get('formulas');
  }
  set values(v: Value[][]) {
    this.assign2D(v, (cell, x) => {
      // Excel takes only text, numbers and booleans.
      if (x === null || typeof x === 'object') throw new ApiError('InvalidArgument', `bad value ${JSON.stringify(x)}`);
      writeAsTyped(cell, x);
    });
  }
  set formulas(v: Value[][]) {
    this.assign2D(v, (cell, x) => {
      if (typeof x === 'string' && x.startsWith('=')) {
        cell.formula = x;
        cell.value = '';
      } else writeAsTyped(cell, x);
    });
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.assign2D(v, (cell, x) => (cell.numberFormat = x), true);
  }
  /**
   * Write a value (or, `format`, a format) into each cell. A protected sheet refuses a value in a
   * locked cell (cells are locked unless unlocked), and any format unless it allows formatting.
   */
  private assign2D<T>(v: T[][], set: (cell: CellModel, x: T) => void, format = false): void {
    const { top, left, bottom, right } = this.rect;
    if (v.length !== bottom - top + 1 || v.some((row) => row.length !== right - left + 1))
      throw new ApiError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size of the range ${rectAddress(this.sheet.name, this.rect)}.`,
      );
    this.ctx.queueWrite(v);
    if (this.ctx.pendingError) return;
    const guard = this.sheet.protection;
    const refused = format
      ? !guard?.allowFormatCells
      : v.some((row, i) => row.some((_, j) => this.cell(top + i, left + j)?.locked !== false));
    if (guard?.protected && refused) {
      this.ctx.pendingError = new ApiError('AccessDenied', "You can't perform the requested operation.");
      return;
    }
    v.forEach((row, i) => row.forEach((x, j) => set(this.cell(top + i, left + j, true)!, x)));
  }
  get format() {
    const each = (fn: (c: CellModel, r: number, col: number) => void) => this.forEach(fn);
    const { ctx, sheet, rect } = this;
    const cellAt = (r: number, c: number) => this.cellAt(r, c);
    return {
      /** Whether the cells are locked (ExcelApi 1.2): true, false, or null when they differ. */
      protection: new (class extends Loadable {
        get locked(): boolean | null {
          return this.get<boolean | null>('locked');
        }
        snapshot(): Record<string, unknown> {
          ctx.require(2, 'format.protection');
          const states = new Set<boolean>();
          for (let r = rect.top; r <= rect.bottom; r++)
            for (let c = rect.left; c <= rect.right; c++) states.add(cellAt(r, c)?.locked !== false);
          return { locked: states.size === 1 ? [...states][0]! : null };
        }
      })(ctx),
      font: {
        set name(v: string) {
          each((c) => (c.font = { ...c.font, name: v }));
        },
        set size(v: number) {
          each((c) => (c.font = { ...c.font, size: v }));
        },
        set bold(v: boolean) {
          each((c) => (c.font = { ...c.font, bold: v }));
        },
      },
      fill: {
        set color(v: string) {
          each((c) => (c.fill = v));
        },
      },
      set wrapText(v: boolean) {
        each((c) => (c.wrapText = v));
      },
      set horizontalAlignment(v: string) {
        each((c) => (c.hAlign = v));
      },
      set verticalAlignment(v: string) {
        each((c) => (c.vAlign = v));
      },
      // An edge of the range is a side of the cells along it.
      borders: {
        getItem(edge: string) {
          const side = { EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' }[edge];
          if (!side) throw new ApiError('InvalidArgument', `no border item ${edge}`);
          const along = (r: number, c: number) =>
            side === 'top'
              ? r === rect.top
              : side === 'bottom'
                ? r === rect.bottom
                : side === 'left'
                  ? c === rect.left
                  : c === rect.right;
          return {
            set style(v: string) {
              each((cell, r, c) => {
                if (along(r, c)) cell.border = { ...cell.border, [side]: v };
              });
            },
          };
        },
      },
      set columnWidth(v: number) {
        ctx.require(2, 'format.columnWidth');
        for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v);
      },
      set rowHeight(v: number) {
        ctx.require(2, 'format.rowHeight');
        for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, v);
      },
    };
  }
  get dataValidation() {
    this.ctx.require(8, 'dataValidation');
    const apply = (key: 'rule' | 'errorAlert' | 'prompt', v: unknown) => {
      this.ctx.queueWrite(v);
      this.forEach((c) => (c.validation = { ...(c.validation ?? { rule: null }), [key]: v }));
    };
    return {
      set rule(v: unknown) {
        apply('rule', v);
      },
      set errorAlert(v: unknown) {
        apply('errorAlert', v);
      },
      set prompt(v: unknown) {
        apply('prompt', v);
      },
    };
  }
  get conditionalFormats() {
    return new FakeConditionalFormats(this.ctx, this.sheet, [this.rect]);
  }
  getIntersection(other: FakeRange): FakeRange {
    const r = other.rect;
    return new FakeRange(this.ctx, this.sheet, {
      top: Math.max(this.rect.top, r.top),
      left: Math.max(this.rect.left, r.left),
      bottom: Math.min(this.rect.bottom, r.bottom),
      right: Math.min(this.rect.right, r.right),
    });
  }
  merge(_across: boolean): void {
    this.ctx.require(2, 'merge');
    this.sheet.merges.push({ ...this.rect });
  }
  select(): void {
    this.sheet.selection = rectAddress(this.sheet.name, this.rect).split('!')[1]!;
  }
  /**
   * Each cell's properties (ExcelApi 1.9): a result to read after the next sync, as Office.js's
   * ClientResult. Only `hyperlink` is faked; a cell without a link has none.
   */
  getCellProperties(options: { hyperlink?: boolean }) {
    this.ctx.require(9, 'getCellProperties');
    const { sheet, rect } = this;
    const result = new (class extends Loadable {
      get value(): { hyperlink?: CellModel['hyperlink'] }[][] {
        return this.get('value');
      }
      snapshot(): Record<string, unknown> {
        const rows: { hyperlink?: CellModel['hyperlink'] }[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row: { hyperlink?: CellModel['hyperlink'] }[] = [];
          for (let c = rect.left; c <= rect.right; c++) {
            const h = sheet.cells.get(`${r},${c}`)?.hyperlink;
            row.push(options.hyperlink && h ? { hyperlink: h } : {});
          }
          rows.push(row);
        }
        return { value: rows };
      }
    })(this.ctx);
    result.load('value');
    return result;
  }
  /** The part of this range that holds values (ExcelApi 1.4), or a null object when none does. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange | FakeNullRange {
    this.ctx.require(4, 'getUsedRangeOrNullObject');
    const rect = usedRect(this.sheet, this.rect, !!valuesOnly);
    return rect ? new FakeRange(this.ctx, this.sheet, rect) : new FakeNullRange(this.ctx);
  }
  /** The cell whose dynamic-array formula spills into this range's top-left cell (ExcelApi 1.12), or a null object. */
  getSpillParentOrNullObject() {
    this.ctx.require(12, 'getSpillParentOrNullObject');
    const sheet = this.sheet;
    const { top, left } = this.rect;
    return new (class extends Loadable {
      get isNullObject(): boolean {
        return this.get<string | null>('address') === null;
      }
      snapshot(): Record<string, unknown> {
        const s = sheet.spills?.find((r) => top >= r.top && top <= r.bottom && left >= r.left && left <= r.right);
        return {
          address: s ? rectAddress(sheet.name, { top: s.top, left: s.left, bottom: s.top, right: s.left }) : null,
        };
      }
    })(this.ctx);
  }
  getMergedAreasOrNullObject() {
    this.ctx.require(13, 'getMergedAreasOrNullObject');
    const sheet = this.sheet;
    const rect = this.rect;
    const areas = new (class extends Loadable {
      get isNullObject(): boolean {
        return this.get<string | null>('address') === null;
      }
      get address(): string {
        return this.get<string>('address');
      }
      snapshot(): Record<string, unknown> {
        // As Excel does: the areas whose top-left cell is in the range (office-js #3611), and a failure
        // past 512 of them ("this method will fail to return the result").
        const hits = sheet.merges.filter(
          (m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right,
        );
        if (hits.length > 512) throw new ApiError('GeneralException', 'There were too many merged areas to return.');
        return { address: hits.length ? hits.map((m) => rectAddress(sheet.name, m)).join(',') : null };
      }
    })(this.ctx);
    return areas;
  }
}

/** What an ...OrNullObject method gives when there is nothing: only isNullObject may be read. */
class FakeNullRange extends Loadable {
  get isNullObject(): boolean {
    return true;
  }
  get rowIndex(): number {
    throw new ApiError('InvalidObjectPath', 'null object');
  }
  snapshot(): Record<string, unknown> {
    return {};
  }
}

/**
 * A value written as Range.values takes it (the Range.values reference): a text starting with =, + or
 * - is a formula (a text that is no formula shows #NAME?), unless the cell is formatted as text; a
 * leading apostrophe makes the rest text, as typed, and is not kept.
 */
function writeAsTyped(cell: CellModel, x: Value): void {
  if (typeof x === 'string' && x.startsWith("'")) {
    cell.value = x.slice(1);
    return;
  }
  if (
    typeof x === 'string' &&
    /^[=+-]./.test(x) &&
    cell.numberFormat !== '@' &&
    typeof asExcelReads(cell, x) === 'string'
  ) {
    cell.formula = x.startsWith('=') ? x : `=${x}`;
    cell.value = '#NAME?';
    return;
  }
  // A constant written over a formula replaces it, as in Excel.
  delete cell.formula;
  cell.value = asExcelReads(cell, x);
}

/**
 * Text written into a cell is read as Excel reads what is typed, unless the cell is formatted as text
 * (@): digits become a number ("0105536112014" written into a General cell is 105536112014), and so do
 * "1,000", "10%" and "(500)"; "12/2567" becomes a date (a serial), "TRUE" a logical value.
 */
function asExcelReads(cell: CellModel, x: Value): Value {
  if (typeof x !== 'string' || cell.numberFormat === '@') return asTextCell(cell, x);
  if (/^\s*[+-]?\d+(\.\d+)?\s*$/.test(x)) return Number(x);
  const grouped = /^\s*(\()?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%)?(\))?\s*$/.exec(x);
  if (grouped && !!grouped[1] === !!grouped[4]) {
    const n = Number(grouped[2]!.replace(/,/g, '')) / (grouped[3] ? 100 : 1);
    return grouped[1] ? -n : n;
  }
  // A day or a month and year: some serial (which one does not matter here: it is no longer the text).
  if (/^\s*\d{1,4}[/-]\d{1,4}([/-]\d{1,4})?\s*$/.test(x)) return 40_000 + x.length;
  if (/^\s*(true|false)\s*$/i.test(x)) return /true/i.test(x);
  return x;
}

function asTextCell(cell: CellModel, x: Value): Value {
  // A number written into a text cell is kept as its text.
  if (typeof x === 'number' && cell.numberFormat === '@') return String(x);
  return x;
}

const intersects = (a: Rect, b: Rect) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
let nextCfId = 1;

/** The areas getRanges gives: how many, and their conditional formats. */
class FakeRangeAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetModel,
    private readonly rects: Rect[],
  ) {
    super(ctx);
  }
  snapshot(props: string[]): Record<string, unknown> {
    return props.includes('areaCount') ? { areaCount: this.rects.length } : {};
  }
  get areaCount(): number {
    return this.get<number>('areaCount');
  }
  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, this.sheet, this.rects);
  }
}

/** Conditional formats of a range (ExcelApi 1.6): those that intersect it; added ones apply to it. */
class FakeConditionalFormats extends Loadable {
  private listed: ConditionalFormatModel[] = [];
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetModel,
    private readonly rects: Rect[],
  ) {
    super(ctx);
    ctx.require(6, 'conditionalFormats');
  }
  snapshot(): Record<string, unknown> {
    this.listed = this.sheet.conditionalFormats.filter((cf) =>
      cf.rects.some((r) => this.rects.some((q) => intersects(r, q))),
    );
    return { items: this.listed.map((cf) => ({ id: cf.id, type: cf.type })) };
  }
  get items(): FakeConditionalFormat[] {
    const items = this.get<{ id: number; type: string }[]>('items');
    return items.map(
      (it) =>
        new FakeConditionalFormat(
          this.ctx,
          this.sheet,
          this.sheet.conditionalFormats.find((c) => c.id === it.id)!,
          it.type,
        ),
    );
  }
  add(type: string): FakeConditionalFormat {
    const model: ConditionalFormatModel = {
      id: nextCfId++,
      type,
      rects: this.rects.map((r) => ({ ...r })),
      formula: null,
      format: {},
    };
    this.ctx.queueWrite({ cf: type, rects: this.rects });
    // A batch Excel refused part way runs no later command.
    if (!refusedByProtection(this.ctx, this.sheet, 'allowFormatCells') && !this.ctx.pendingError)
      this.sheet.conditionalFormats.push(model);
    return new FakeConditionalFormat(this.ctx, this.sheet, model, type);
  }
}

class FakeConditionalFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetModel,
    private readonly model: ConditionalFormatModel,
    readonly type: string,
  ) {}
  private customCache: unknown = null;
  /** Like Office.js, the same navigation object every time it is asked for. */
  get custom() {
    if (this.model.type !== 'Custom') throw new ApiError('InvalidOperation', 'not a custom conditional format');
    if (this.customCache) return this.customCache as ReturnType<FakeConditionalFormat['makeCustom']>;
    const made = this.makeCustom();
    this.customCache = made;
    return made;
  }
  private makeCustom() {
    const model = this.model;
    const ctx = this.ctx;
    const rule = new (class extends Loadable {
      snapshot(): Record<string, unknown> {
        return { formula: model.formula };
      }
      get formula(): string {
        return this.get<string>('formula');
      }
      set formula(v: string) {
        ctx.queueWrite(v);
        model.formula = v;
      }
    })(ctx);
    const font = () => (model.format.font ??= {});
    return {
      rule,
      format: {
        fill: {
          set color(v: string) {
            model.format.fill = v;
          },
        },
        font: {
          set color(v: string) {
            font().color = v;
          },
          set bold(v: boolean) {
            font().bold = v;
          },
          set italic(v: boolean) {
            font().italic = v;
          },
          set underline(v: string) {
            font().underline = v;
          },
        },
      },
    };
  }
  delete(): void {
    this.ctx.queueWrite({ deleteCf: this.model.id });
    if (refusedByProtection(this.ctx, this.sheet, 'allowFormatCells')) return;
    this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter((c) => c !== this.model);
  }
}

/** Whether a protected sheet refuses a change its options do not allow: Excel's AccessDenied at the next sync. */
function refusedByProtection(
  ctx: FakeContext,
  sheet: SheetModel,
  allowed: 'allowFormatCells' | 'allowEditObjects',
): boolean {
  if (!sheet.protection?.protected || sheet.protection[allowed]) return false;
  ctx.pendingError ??= new ApiError('AccessDenied', "You can't perform the requested operation.");
  return true;
}

/** Excel.run over a fake workbook; every run's context is kept so tests can count syncs. */
export function fakeExcel(model: WorkbookModel, apiMinor = 20, limit = PAYLOAD_LIMIT) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(model, apiMinor, limit);
    contexts.push(ctx);
    return batch(ctx as unknown as Excel.RequestContext);
  };
  return {
    run,
    contexts,
    get syncs() {
      return contexts.reduce((n, c) => n + c.syncs, 0);
    },
    get maxPayloadBytes() {
      return Math.max(0, ...contexts.map((c) => c.maxPayloadBytes));
    },
    reset() {
      contexts.length = 0;
    },
    /**
     * The user edits cells (or, with `changeType`, inserts or deletes rows; with `triggerSource`
     * 'ThisLocalAddin', the add-in itself wrote): Excel raises onChanged for the sheet.
     */
    async edit(
      sheet: string,
      address: string,
      values?: Value[][],
      event: { changeType?: string; triggerSource?: string } = {},
    ) {
      const s = model.sheets.find((x) => x.name === sheet)!;
      if (values) {
        const r = parseRect(address);
        values.forEach((row, i) => row.forEach((v, j) => s.cells.set(`${r.top + i},${r.left + j}`, { value: v })));
      }
      const e = {
        address,
        changeType: event.changeType ?? 'RangeEdited',
        source: 'Local',
        triggerSource: event.triggerSource ?? 'Unknown',
      };
      for (const h of s.changeHandlers) await h(e);
    },
  };
}

export function cellText(sheet: SheetModel, address: string): Value | undefined {
  const p = parseA1(address)!;
  return sheet.cells.get(`${p.row},${p.col}`)?.value;
}

export { columnLetter };
