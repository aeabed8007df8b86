import type { MethodEntry } from '../settings/data';
import { dayNumber } from '../cells/dates';
import { dayFromNumber, type Day } from '../text/format';
import { keepItemKey } from './itemKey';
import { newParsedRow, type ParsedRow } from './parsedRow';
import { typedBlock } from './typedBlock';

/** A column of numbers, one per slot: a typed array, or a plain array on a large sheet (see column). */
export type Numbers = Uint8Array | Int16Array | Int32Array | Float64Array | number[];
type TypedNumbers = Uint8ArrayConstructor | Int16ArrayConstructor | Int32ArrayConstructor | Float64ArrayConstructor;

/** Rows past which the kept columns are plain arrays. */
const ON_HEAP_ROWS = 200_000;

/**
 * Columns of `size` zeros, one of each kind. V8 counts typed arrays as memory outside its heap, and
 * once a check has allocated some 64 MB of them it stops everything for a full collection of the
 * whole heap, which holds the workbook too: on a million rows, 0.4 s. A large sheet's columns are
 * plain arrays of numbers instead (on the heap, and not boxed), at more bytes for the small whole numbers.
 */
function columns(size: number, ...kinds: TypedNumbers[]): Numbers[] {
  if (size <= ON_HEAP_ROWS) return typedBlock(size, ...kinds);
  // A column of fractions starts as one (NaN), so that storing the first amount does not copy it.
  return kinds.map((k) => new Array<number>(size).fill(k === Float64Array ? NaN : 0));
}

/** "No value" in the whole-number columns. */
export const NONE = -0x80000000;

const num = (x: number | undefined) => (x === undefined ? NaN : x);
const opt = (x: number) => (Number.isNaN(x) ? undefined : x);
const int = (x: number | undefined) => (x === undefined ? NONE : x);
const optInt = (x: number) => (x === NONE ? undefined : x);
/** The Day of a day number as ParsedRows keeps it. */
const dayAt = (n: number) => (n === NONE ? undefined : dayFromNumber(n));

/**
 * A text of 1–14 digits as one exact number (NaN for any other text), written to `into[at]`: such
 * keys (tax ids, project numbers) are then compared without reading strings. The length keeps "0123"
 * apart from "123". Written, not returned: a number this large returned from a call that is not
 * inlined would be boxed, an allocation on every row.
 */
export function keepDigitsValue(s: string | undefined, into: Numbers, at: number): void {
  into[at] = NaN;
  if (s === undefined || s.length === 0 || s.length > 14) return;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return;
    v = v * 10 + d;
  }
  into[at] = v * 16 + s.length;
}

/**
 * A 32-bit hash of number `v` (a whole number below 2^53). Its two 32-bit halves are mixed with
 * integer steps: a remainder of a double would be a library call on every lookup.
 */
export function hashOf(v: number): number {
  let h = (v >>> 0) ^ Math.imul((v / 0x100000000) | 0, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The slot of number `v` in an open-addressing table of `mask + 1` slots. */
export function slotOf(v: number, mask: number): number {
  return hashOf(v) & mask;
}

/** A growing open-addressing map from numbers to small numbers (ids ≥ 0): no strings, no boxes. */
export class NumberTable {
  /**
   * Slot h holds its number at 2h and its id at 2h + 1 (−1: empty): a lookup in a large table then
   * reads one cache line, not one in an array of numbers and another in an array of ids.
   */
  private slots: Float64Array;
  private count = 0;

  /** A table with room for `expected` numbers before it first grows. */
  constructor(expected = 64) {
    let size = 16;
    while (size < 2 * expected) size *= 2;
    this.slots = emptySlots(size);
  }

  /** The id of `v`, or −1. */
  get(v: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let h = slotOf(v, mask);
    while (slots[2 * h + 1] !== -1 && slots[2 * h] !== v) h = (h + 1) & mask;
    return slots[2 * h + 1]!;
  }

  /** Give `v` (not yet in the table) the id `id`. */
  add(v: number, id: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let h = slotOf(v, mask);
    while (slots[2 * h + 1] !== -1) h = (h + 1) & mask;
    slots[2 * h] = v;
    slots[2 * h + 1] = id;
    if (++this.count * 4 > slots.length) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    this.slots = emptySlots(old.length);
    this.count = 0;
    for (let k = 0; k < old.length; k += 2) if (old[k + 1] !== -1) this.add(old[k]!, old[k + 1]!);
  }
}

/** Room for `size` numbers with their ids, all empty. */
function emptySlots(size: number): Float64Array {
  // Numbers too are set to −1 (by one native fill): only the ids say whether a slot is taken.
  return new Float64Array(2 * size).fill(-1);
}

/** Small numbers for a few distinct values (methods, list values), each once, in the order first seen. */
class IdList<T> {
  readonly items: T[] = [];
  private readonly ids = new Map<T, number>();

  id(x: T): number {
    let id = this.ids.get(x);
    if (id === undefined) {
      this.ids.set(x, (id = this.items.length));
      this.items.push(x);
    }
    return id;
  }
}

/** Where Interner.id has a key's digits written. */
const scratch = new Float64Array(1);

/**
 * Small numbers for keys, each key once. Digit keys (tax ids, nearly all of them) go through a
 * NumberTable: a map of strings would compare each row's own copy of the text with the first,
 * reading memory all over a large sheet.
 */
export class Interner {
  readonly keys: string[] = [];
  private readonly texts = new Map<string, number>();
  private readonly numbers = new NumberTable();

  id(key: string): number {
    keepDigitsValue(key, scratch, 0);
    return this.idOf(key, scratch[0]!);
  }

  /** The id of `key`, whose digits keepDigitsValue read as `digits`. */
  idOf(key: string, digits: number): number {
    if (Number.isNaN(digits)) {
      let id = this.texts.get(key);
      if (id === undefined) this.texts.set(key, (id = this.add(key)));
      return id;
    }
    let id = this.numbers.get(digits);
    if (id < 0) this.numbers.add(digits, (id = this.add(key)));
    return id;
  }

  private add(key: string): number {
    this.keys.push(key);
    return this.keys.length - 1;
  }
}

/** How many rows' supplier keys wait to be numbered together (see PendingKeys). */
const PENDING = 1024;

/**
 * Supplier keys of the rows set since they were last numbered, with their digits as read while the
 * row's cells were at hand. Numbered a batch at a time, in the order the rows were set (the ids are
 * those numbering each row at once would give): a lookup in the table of a few thousand suppliers
 * between one row's cells and the next's finds it gone from the processor's cache, while a batch of
 * lookups one after another keeps it there.
 */
class PendingKeys {
  readonly slots = new Int32Array(PENDING);
  readonly digits = new Float64Array(PENDING);
  readonly keys: string[] = [];
  count = 0;
}

/**
 * What the data rows of a table say, kept column by column in typed arrays rather than as one object
 * per row: a sheet of a million rows then costs a few flat arrays, the garbage collector has little
 * to trace, and the rules across rows read each fact in order. Slot `i` is the row `first + i`.
 */
export class ParsedRows {
  /** 1 where the slot holds a judged data row. */
  present: Numbers;
  budget: Numbers;
  referencePrice: Numbers;
  agreedPrice: Numbers;
  bidders: Numbers;
  /** Index into `methods`, −1 for none. */
  method: Numbers;
  genericMethodOnly: Numbers;
  fiscalYear: Numbers;
  projectYear: Numbers;
  projectMonth: Numbers;
  /** Days since 1970-01-01 of the signing date and of the contract's end (NONE when there is none). */
  signDay: Numbers;
  endDay: Numbers;
  /** Days since 1970-01-01 of O14's expected start (NONE when there is none). */
  startDay: Numbers;
  /** Index into `labels` of the status and of the budget source, −1 for none. */
  status: Numbers;
  budgetSource: Numbers;
  /**
   * The item's key (its name without numbers and spaces) as keepItemKey hashes it, NaN until a rule
   * asks (only some buys can be split purchases; a row judged again is hashed again when asked).
   */
  itemKey: Numbers;
  /** The project number as keepDigitsValue reads it (the text itself is rebuilt from it when asked for). */
  projectValue: Numbers;
  /**
   * Index into `suppliers` (who won, by tax id or folded name), −1 for none. Rows set lately are
   * numbered by settle(), which readers other than this class call first.
   */
  supplier: Numbers;
  // Texts a row holds as they are (messages quote them): references to the sheet's own strings.
  item: (string | undefined)[];
  supplierName: (string | undefined)[];
  /** The methods, supplier keys and list values seen, each once: rows hold their indexes. */
  private readonly methodIds = new IdList<MethodEntry>();
  readonly methods: readonly MethodEntry[] = this.methodIds.items;
  readonly suppliers = new Interner();
  /** Rows set whose supplier is not numbered yet (one object, shared by views made with Object.create). */
  private readonly pending = new PendingKeys();
  /** The statuses and budget sources seen (a few list values), each once. */
  private readonly labelIds = new IdList<string>();
  readonly labels: readonly string[] = this.labelIds.items;
  /** Project numbers that are not 1–14 digits (so not kept as a number), by slot: none from a check. */
  private readonly otherProjectNumbers = new Map<number, string>();

  constructor(
    readonly first: number,
    private size = 0,
  ) {
    const [F, I, U] = [Float64Array, Int32Array, Uint8Array];
    const c = columns(size, U, F, F, F, F, Int16Array, U, I, I, I, I, I, I, I, I, F, F, I);
    this.present = c[0]!;
    this.budget = c[1]!;
    this.referencePrice = c[2]!;
    this.agreedPrice = c[3]!;
    this.bidders = c[4]!;
    this.method = c[5]!;
    this.genericMethodOnly = c[6]!;
    this.fiscalYear = c[7]!;
    this.projectYear = c[8]!;
    this.projectMonth = c[9]!;
    this.signDay = c[10]!;
    this.endDay = c[11]!;
    this.startDay = c[12]!;
    this.status = c[13]!;
    this.budgetSource = c[14]!;
    this.projectValue = c[15]!;
    this.itemKey = c[16]!;
    this.supplier = c[17]!;
    this.item = new Array<string | undefined>(size);
    this.supplierName = new Array<string | undefined>(size);
  }

  get slots(): number {
    return this.size;
  }

  /** The signing dates of the data rows, in order. */
  signDates(): Day[] {
    // Counted first, then filled: an array pushed to row by row is copied each time it fills.
    const out = new Array<Day>(this.signedCount());
    for (let i = 0, k = 0; i < this.size; i++)
      if (this.present[i] && this.signDay[i] !== NONE) out[k++] = dayFromNumber(this.signDay[i]!);
    return out;
  }

  /** How many data rows have a signing date (a loop of its own: see splitPurchases.ts). */
  private signedCount(): number {
    let n = 0;
    for (let i = 0; i < this.size; i++) if (this.present[i] && this.signDay[i] !== NONE) n++;
    return n;
  }

  /** How many slots hold a data row. */
  count(): number {
    let n = 0;
    for (let i = 0; i < this.size; i++) n += this.present[i]!;
    return n;
  }

  /** Make room for `size` slots (the sheet grew or shrank), keeping what the kept slots say. */
  resize(size: number): void {
    if (size === this.size) return;
    this.settle();
    const grow = (a: Numbers): Numbers => {
      if (Array.isArray(a)) {
        const b = a.slice(0, Math.min(size, a.length));
        while (b.length < size) b.push(0);
        return b;
      }
      const b = new (a.constructor as TypedNumbers)(size);
      b.set(a.subarray(0, Math.min(size, a.length)));
      return b;
    };
    this.present = grow(this.present);
    this.budget = grow(this.budget);
    this.referencePrice = grow(this.referencePrice);
    this.agreedPrice = grow(this.agreedPrice);
    this.bidders = grow(this.bidders);
    this.method = grow(this.method);
    this.genericMethodOnly = grow(this.genericMethodOnly);
    this.fiscalYear = grow(this.fiscalYear);
    this.projectYear = grow(this.projectYear);
    this.projectMonth = grow(this.projectMonth);
    this.signDay = grow(this.signDay);
    this.endDay = grow(this.endDay);
    this.startDay = grow(this.startDay);
    this.status = grow(this.status);
    this.budgetSource = grow(this.budgetSource);
    this.projectValue = grow(this.projectValue);
    this.itemKey = grow(this.itemKey);
    this.supplier = grow(this.supplier);
    this.item.length = size;
    this.supplierName.length = size;
    for (const i of this.otherProjectNumbers.keys()) if (i >= size) this.otherProjectNumbers.delete(i);
    this.size = size;
  }

  /** Keep what one data row says in slot `i`. */
  set(i: number, p: ParsedRow): void {
    this.present[i] = 1;
    this.budget[i] = num(p.budget);
    this.referencePrice[i] = num(p.referencePrice);
    this.agreedPrice[i] = num(p.agreedPrice);
    this.bidders[i] = num(p.bidders);
    this.method[i] = p.method ? this.methodIds.id(p.method) : -1;
    this.genericMethodOnly[i] = p.genericMethodOnly ? 1 : 0;
    this.fiscalYear[i] = int(p.fiscalYear);
    this.projectYear[i] = int(p.projectYear);
    this.projectMonth[i] = int(p.projectMonth);
    this.signDay[i] = p.signDate ? dayNumber(p.signDate) : NONE;
    this.endDay[i] = p.endDate ? dayNumber(p.endDate) : NONE;
    this.startDay[i] = p.plannedStart ? dayNumber(p.plannedStart) : NONE;
    this.status[i] = p.status === undefined ? -1 : this.labelIds.id(p.status);
    this.budgetSource[i] = p.budgetSource === undefined ? -1 : this.labelIds.id(p.budgetSource);
    keepDigitsValue(p.projectNumber, this.projectValue, i);
    const projectValue = this.projectValue[i]!;
    if (p.projectNumber !== undefined && Number.isNaN(projectValue)) this.otherProjectNumbers.set(i, p.projectNumber);
    else if (this.otherProjectNumbers.size > 0) this.otherProjectNumbers.delete(i);
    if (p.supplierKey) this.supplierLater(i, p.supplierKey);
    else this.supplier[i] = -1;
    this.item[i] = p.item;
    this.itemKey[i] = NaN;
    this.supplierName[i] = p.supplierName;
  }

  /** Number slot `i`'s supplier `key` with the next batch (its digits read now, while the text is at hand). */
  private supplierLater(i: number, key: string): void {
    const q = this.pending;
    if (q.count === PENDING) this.settle();
    q.slots[q.count] = i;
    q.keys[q.count] = key;
    keepDigitsValue(key, q.digits, q.count);
    q.count++;
  }

  /** Number the suppliers of the rows set since the last time, in the order they were set. */
  settle(): void {
    const q = this.pending;
    for (let k = 0; k < q.count; k++) this.supplier[q.slots[k]!] = this.suppliers.idOf(q.keys[k]!, q.digits[k]!);
    q.count = 0;
  }

  /** The item key of slot `i` (see itemKey), hashed on first use. */
  itemKeyAt(i: number): number {
    if (Number.isNaN(this.itemKey[i]!)) keepItemKey(this.item[i], this.itemKey, i);
    return this.itemKey[i]!;
  }

  /** The project number of slot `i` as the sheet gave it (digits, rebuilt from their value). */
  projectNumberAt(i: number): string | undefined {
    const v = this.projectValue[i]!;
    if (Number.isNaN(v)) return this.otherProjectNumbers.get(i);
    const length = v % 16;
    return String((v - length) / 16).padStart(length, '0');
  }

  statusAt(i: number): string | undefined {
    const k = this.status[i]!;
    return k < 0 ? undefined : this.labels[k];
  }

  budgetSourceAt(i: number): string | undefined {
    const k = this.budgetSource[i]!;
    return k < 0 ? undefined : this.labels[k];
  }

  signDateAt(i: number): Day | undefined {
    return dayAt(this.signDay[i]!);
  }

  endDateAt(i: number): Day | undefined {
    return dayAt(this.endDay[i]!);
  }

  plannedStartAt(i: number): Day | undefined {
    return dayAt(this.startDay[i]!);
  }

  /** Slot `i` holds no data row (blank, total, footer …). */
  clear(i: number): void {
    this.present[i] = 0;
  }

  /** Slot `i` as a row object: into `into` when given (one object reused over a loop), else a new one. */
  row(i: number, into?: ParsedRow): ParsedRow {
    this.settle();
    const p = (into ?? newParsedRow(0)) as { -readonly [K in keyof ParsedRow]: ParsedRow[K] };
    const m = this.method[i]!;
    const s = this.supplier[i]!;
    p.row = this.first + i;
    p.item = this.item[i];
    p.budget = opt(this.budget[i]!);
    p.referencePrice = opt(this.referencePrice[i]!);
    p.agreedPrice = opt(this.agreedPrice[i]!);
    p.method = m < 0 ? undefined : this.methods[m];
    p.genericMethodOnly = this.genericMethodOnly[i] ? true : undefined;
    p.status = this.statusAt(i);
    p.budgetSource = this.budgetSourceAt(i);
    p.signDate = this.signDateAt(i);
    p.endDate = this.endDateAt(i);
    p.plannedStart = this.plannedStartAt(i);
    p.fiscalYear = optInt(this.fiscalYear[i]!);
    p.projectYear = optInt(this.projectYear[i]!);
    p.projectMonth = optInt(this.projectMonth[i]!);
    p.projectNumber = this.projectNumberAt(i);
    p.supplierKey = s < 0 ? undefined : this.suppliers.keys[s];
    p.supplierName = this.supplierName[i];
    p.bidders = opt(this.bidders[i]!);
    return p;
  }

  /** Every data row as an object, in sheet order (for summaries, which are small next to a check). */
  rows(): ParsedRow[] {
    const out: ParsedRow[] = [];
    for (let i = 0; i < this.size; i++) if (this.present[i]) out.push(this.row(i));
    return out;
  }
}
