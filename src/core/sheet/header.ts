import { inArea } from '../cells/address';
import { cellAt, displayValue, isBlank, type CellValue, type SheetGrid } from '../cells/value';
import { bigrams, collapseSpaces, dice, foldForMatch, thaiDigitsToArabic } from '../text/thai';
import type { Template, TemplateColumn } from '../templates/types';
import { HeaderMemo, mergesNear } from './headerMemo';

/** How far down a header may sit (titles, agency names and dates often come first). */
export const HEADER_SEARCH_ROWS = 30;

export interface ColumnMatch {
  readonly column: TemplateColumn;
  /** 1-based sheet column. */
  readonly col: number;
  /** The header as typed in the sheet (spaces collapsed). */
  readonly header: string;
  /** 1 when the header equals the template's header or a known variant after folding. */
  readonly score: number;
  /**
   * Sheet columns the header covers when it is merged across several with a row of parts under it
   * ("เลขที่ | วันที่" under "เลขที่และวันที่ของสัญญา"): the value is read from them all, joined (a
   * contract reference whose date's part is told is judged in that part: see ProcurementTable.contractCell).
   */
  readonly span?: number;
  /** The labels of those columns, in order ("" where a part has none): which one is the date's. */
  readonly parts?: readonly string[];
}

export interface HeaderMatch {
  readonly template: Template;
  /** First row of the header (1-based). */
  readonly headerRow: number;
  /** Rows the header occupies in this sheet: 1, or 2 for a two-row header. */
  readonly headerRows: 1 | 2;
  readonly firstDataRow: number;
  readonly columns: readonly ColumnMatch[];
  readonly missing: readonly TemplateColumn[];
  /** Sheet columns that repeat a column already matched. */
  readonly duplicates: readonly ColumnMatch[];
  /** 0..1: how sure we are that this template is the sheet's form. */
  readonly confidence: number;
}

const ACCEPT = 0.78;

/**
 * How well one folded header text matches one folded key: 1 exact, less for near matches, 0 none.
 * The bigram lists, when given, are the texts' own (computed once per text rather than per pair).
 */
function keyScore(text: string, key: string, textGrams?: Int32Array, keyGrams?: Int32Array): number {
  if (text === key) return 1;
  const shorter = Math.min(text.length, key.length);
  const longer = Math.max(text.length, key.length);
  // A name inside the other counts when it is at least 60 % of it.
  if (longer - shorter > longer * 0.4) return 0;
  if (text.includes(key) || key.includes(text)) return 0.9;
  // Past this difference in length no likeness of bigrams reaches ACCEPT: not worth computing.
  if (longer - shorter > longer * 0.35) return 0;
  const s = dice(textGrams ?? bigrams(text), keyGrams ?? bigrams(key), ACCEPT / 0.95) * 0.95;
  return s >= ACCEPT ? s : 0;
}

/** How well one header text matches one column's keys: 1 exact, less for near matches, 0 none. */
export function headerScore(text: string, keys: readonly string[]): number {
  if (!text) return 0;
  let best = 0;
  for (const key of keys) if (key) best = Math.max(best, keyScore(text, key));
  return best;
}

/**
 * Every folded header and variant of a set of templates, each knowing the template columns it
 * names, and for each bigram the keys that hold it.
 */
interface KeyIndex {
  readonly keys: readonly {
    readonly fold: string;
    readonly grams: Int32Array;
    readonly slots: readonly number[];
  }[];
  /** Bigram → indices of the keys holding it. */
  readonly holders: ReadonlyMap<number, readonly number[]>;
  /** Folded key → its index, for texts too short to have a bigram. */
  readonly exact: ReadonlyMap<string, number>;
  /** First slot of each template's columns. */
  readonly base: ReadonlyMap<Template, number>;
  readonly slots: number;
  /**
   * Scores of the folded texts seen so far, kept across checks: the pane checks the same sheet
   * again after every edit, and its header and first rows are the same texts each time.
   */
  readonly scores: Map<string, Float64Array>;
  /** The index of the keys' skeletons (set on the index of the keys themselves). */
  skeleton?: KeyIndex;
}

/** Texts remembered at most: more than any header search meets, few enough to cost little memory. */
const REMEMBERED = 4096;

/** `map` with `key` set, emptied first when full (a sheet of unusual texts must not grow it forever). */
function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= REMEMBERED) map.clear();
  map.set(key, value);
  return value;
}

const indexCache = new WeakMap<readonly Template[], KeyIndex>();

/** The columns a sheet of the form is read by: its own, then those agencies add (extraColumns). */
const readOf = (t: Template): readonly TemplateColumn[] => t.readColumns ?? t.columns;

function keyIndex(templates: readonly Template[]): KeyIndex {
  let ix = indexCache.get(templates);
  if (ix) return ix;
  ix = buildIndex(templates, (k) => k);
  // The same keys as skeletons, for text whose vowels a PDF moved (see skeleton).
  ix.skeleton = buildIndex(templates, skeleton);
  indexCache.set(templates, ix);
  return ix;
}

/**
 * A folded text without the vowels written above and below the letters: pdftotext moves them off
 * their consonant and puts spaces inside words ("งานทซ่ี อ้ื หรอื จา้ ง" for งานที่ซื้อหรือจ้าง), which
 * folding (no spaces, no tone marks) leaves as "งานทซีอืหรอืจาง"; both sides' skeletons are "งานทซอหรอจาง".
 */
function skeleton(fold: string): string {
  return fold.replace(/[\u0E31\u0E34-\u0E3A]/g, '');
}

function buildIndex(templates: readonly Template[], key: (fold: string) => string): KeyIndex {
  const byFold = new Map<string, number[]>();
  const base = new Map<Template, number>();
  let slot = 0;
  for (const t of templates) {
    base.set(t, slot);
    for (const c of readOf(t)) {
      for (const k of new Set([c.header, ...(c.variants ?? [])].map((h) => key(foldForMatch(h))))) {
        if (!k) continue;
        const list = byFold.get(k);
        if (list) list.push(slot);
        else byFold.set(k, [slot]);
      }
      slot++;
    }
  }
  const keys = [...byFold].map(([fold, slots]) => ({ fold, grams: bigrams(fold), slots }));
  const holders = new Map<number, number[]>();
  keys.forEach((k, i) => {
    for (const g of new Set(k.grams)) {
      const list = holders.get(g);
      if (list) list.push(i);
      else holders.set(g, [i]);
    }
  });
  const exact = new Map(keys.map((k, i) => [k.fold, i]));
  return { keys, holders, exact, base, slots: slot, scores: new Map() };
}

/**
 * What a header written with its vowels moved (skeleton) counts for, at most: under an exact match,
 * over ACCEPT, so that such a header is read and said to be written unlike the form.
 */
const SKELETON = 0.92;

/** Scores of one folded text against every template column, computed once per text. */
function scorer(ix: KeyIndex): (fold: string) => Float64Array {
  const memo = ix.scores;
  const own = rawScorer(ix);
  const bare = ix.skeleton && rawScorer(ix.skeleton);
  return (fold) => {
    let out = memo.get(fold);
    if (out) return out;
    out = own(fold);
    const skel = skeleton(fold);
    // Only a text with vowels above or below its letters can have had them moved.
    if (bare && skel !== fold) {
      const more = bare(skel);
      for (let i = 0; i < more.length; i++) {
        const v = more[i]! * SKELETON;
        if (v < ACCEPT || v <= out[i]!) continue;
        if (out === NONE_OF.get(ix)) out = new Float64Array(ix.slots);
        out[i] = v;
      }
    }
    return remember(memo, fold, out);
  };
}

/** Each index's one array of zeros: most texts looked at (titles, data rows) fit no column. */
const NONE_OF = new WeakMap<KeyIndex, Float64Array>();

/** Scores of one folded text against an index's keys, not remembered. */
function rawScorer(ix: KeyIndex): (fold: string) => Float64Array {
  let none = NONE_OF.get(ix);
  if (!none) NONE_OF.set(ix, (none = new Float64Array(ix.slots)));
  const { keys, holders } = ix;
  const shared = new Int32Array(keys.length);
  const touched: number[] = [];
  return (fold) => {
    let out = none;
    const grams = bigrams(fold);
    // Count, for each key, the text's bigrams it holds (an upper bound of what dice counts).
    for (let i = 0; i < grams.length;) {
      let j = i + 1;
      while (j < grams.length && grams[j] === grams[i]) j++;
      for (const k of holders.get(grams[i]!) ?? []) {
        if (shared[k] === 0) touched.push(k);
        shared[k] = shared[k]! + j - i;
      }
      i = j;
    }
    const short = ix.exact.get(fold);
    if (grams.length === 0 && short !== undefined) touched.push(short);
    for (const k of touched) {
      const key = keys[k]!;
      const n = shared[k]!;
      shared[k] = 0;
      // A near match shares most bigrams; a text inside the other shares all bigrams of the shorter.
      const a = grams.length;
      const b = key.grams.length;
      if (a > 0 && n < a && n < b && n < (ACCEPT * (a + b)) / 2) continue;
      const s = keyScore(fold, key.fold, grams, key.grams);
      if (s === 0) continue;
      if (out === none) out = new Float64Array(ix.slots);
      for (const slot of key.slots) if (s > out[slot]!) out[slot] = s;
    }
    touched.length = 0;
    return out;
  };
}

interface Candidate {
  readonly col: number;
  /** pri: 0 for the lower row of a two-row header, then the upper row, then both joined. */
  readonly texts: readonly {
    readonly raw: string;
    readonly fold: string;
    readonly pri: number;
    /** Score against every template column (by slot). */
    readonly scores: Float64Array;
  }[];
}

/** Folded texts, kept across checks like the scores. */
const folds = new Map<string, string>();

/**
 * The texts of the rows looked at, read and folded once per recognition: each row is tried alone,
 * as the top and as the bottom of a two-row header.
 */
class SheetTexts {
  private readonly rows = new Map<number, string[]>();
  /** Every cell read, with its value: what the search's answer rests on. */
  readonly read: { row: number; col: number; value: CellValue }[] = [];

  constructor(private readonly grid: SheetGrid) {}

  at(row: number, col: number): string {
    let texts = this.rows.get(row);
    if (!texts) this.rows.set(row, (texts = []));
    let t = texts[col];
    if (t === undefined) {
      const v = cellAt(this.grid, row, col);
      this.read.push({ row, col, value: v });
      texts[col] = t = isBlank(v) ? '' : collapseSpaces(displayValue(v));
    }
    return t;
  }

  /** Value of a cell, or of the merged area it lies in (a group heading over several columns). */
  merged(row: number, col: number): string {
    const own = this.at(row, col);
    if (own || !this.grid.merges) return own;
    for (const m of this.grid.merges) {
      if (inArea(m, row, col)) return this.at(m.top, m.left);
    }
    return '';
  }

  /** Whether column `col` holds anything in the few rows from `first` on. */
  holdsData(first: number, col: number): boolean {
    for (let r = first; r < first + GAP_DATA_ROWS; r++) if (this.at(r, col)) return true;
    return false;
  }

  fold(raw: string): string {
    return folds.get(raw) ?? remember(folds, raw, foldForMatch(raw));
  }

  /** titles[r]: the sheet's name and its first r rows (their leftmost cells), folded and joined. */
  private readonly titles: string[] = [];

  /** The sheet's name and the rows above `row`, where a title names its form ("… (ITA O21)", "แบบ สขร.1"). */
  above(row: number): string {
    if (this.titles.length === 0) this.titles.push(this.fold(this.grid.name));
    while (this.titles.length < row) {
      const r = this.titles.length;
      let t = this.titles[r - 1]!;
      for (let c = 1; c <= TITLE_COLUMNS; c++) {
        const s = this.at(r, c);
        if (s) t += ` ${this.fold(s)}`;
      }
      this.titles.push(t);
    }
    return this.titles[row - 1]!;
  }
}

/** A title sits at the left of the rows above the header, merged across or typed over a few columns. */
const TITLE_COLUMNS = 12;

/**
 * What a form named above the header (or in the sheet's name) counts for, between forms that fit the
 * same rows: more than a column the other form explains and this one does not (an O21 with a ลำดับ
 * column fits สขร.1's columns exactly, yet its title says O21), less than two columns of difference.
 */
const NAMED_FORM = 1.25;

/** Whether one of the template's form codes ("O21", "สขร.1") appears in the folded title text. */
function namesForm(template: Template, title: string): boolean {
  return template.forms.some((f) => {
    const code = foldForMatch(f);
    return code !== '' && title.includes(code);
  });
}

/**
 * What the template's year named above the header (or in the sheet's name) counts for: only between
 * forms of identical columns, one per year (ita2567-o16 and a later year's copy of it, added as data).
 */
const NAMED_YEAR = 0.001;

/** Whether the template's year appears in the folded title text (in Arabic or Thai digits). */
function namesYear(template: Template, title: string): boolean {
  return template.year !== null && thaiDigitsToArabic(title).includes(String(template.year));
}

const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

/**
 * A header is one run of columns: two empty header cells in a row end it (a summary may sit beyond),
 * unless the rows under each of them hold data (the header text of columns in use was left out or
 * cleared); five end it in any case.
 */
const HEADER_GAP = 2;
const MAX_HEADER_GAP = 5;
/** Rows under a header looked at for data under an empty header cell. */
const GAP_DATA_ROWS = 5;

function candidates(
  sheet: SheetTexts,
  row: number,
  rows: 1 | 2,
  width: number,
  score: (fold: string) => Float64Array,
): Candidate[] {
  const out: Candidate[] = [];
  let empty = 0;
  // Whether every column of the gap so far holds data: one helper column beside an empty one does not
  // join a summary further right to the table.
  let used = true;
  for (let col = 1; col <= width; col++) {
    const top = rows === 1 ? sheet.at(row, col) : sheet.merged(row, col);
    const bottom = rows === 2 ? sheet.merged(row + 1, col) : '';
    // In a two-row header the lower, more specific text is tried first.
    const raws = (rows === 1 ? [top] : [bottom, top, top && bottom && top !== bottom ? `${top} ${bottom}` : '']).filter(
      (r) => r,
    );
    // Then each without a note in brackets at its end: "ราคากลาง (หน่วย:บาท)", "เลขที่โครงการ (ในระบบ e-GP)".
    const whole = raws.length;
    for (const raw of raws.slice(0, whole)) {
      const bare = raw.replace(TRAILING_NOTE, '');
      if (bare !== raw && bare.length >= 4) raws.push(bare);
    }
    const texts = raws.map((raw, pri) => {
      const fold = sheet.fold(raw);
      // A text without its note fits a little less than the whole: "วงเงินที่จะซื้อหรือจ้าง (บาท)" is
      // สขร.1's own header before it is near O21's "วงเงินที่ซื้อหรือจ้าง".
      return { raw, fold, pri, scores: pri < whole ? score(fold) : score(fold).map((s) => s * 0.95) };
    });
    if (texts.length) {
      out.push({ col, texts });
      empty = 0;
      used = true;
    } else if (out.length) {
      empty++;
      used &&= sheet.holdsData(row + rows, col);
      if (empty >= MAX_HEADER_GAP || (empty >= HEADER_GAP && !used)) break;
    }
  }
  return out;
}

const genericFolds = new WeakMap<TemplateColumn, ReadonlySet<string>>();

/** Whether a column was found under a header nearly every table has (see TemplateColumn.genericHeaders). */
function isGeneric(m: ColumnMatch): boolean {
  const headers = m.column.genericHeaders;
  if (!headers) return false;
  let folds = genericFolds.get(m.column);
  if (!folds) genericFolds.set(m.column, (folds = new Set(headers.map(foldForMatch))));
  return folds.has(foldForMatch(m.header));
}

/** How many candidates fit any of the template's columns (slots base…base+n−1): a bound on its matches. */
function fitting(base: number, n: number, cands: readonly Candidate[]): number {
  let count = 0;
  for (const cand of cands) {
    let fits = false;
    for (const tx of cand.texts) for (let k = base; k < base + n && !fits; k++) fits = tx.scores[k]! > 0;
    if (fits) count++;
  }
  return count;
}

function matchRow(
  template: Template,
  base: number,
  cands: readonly Candidate[],
): { columns: ColumnMatch[]; duplicates: ColumnMatch[] } {
  const pairs: { ci: number; ki: number; score: number; raw: string; pri: number }[] = [];
  const read = readOf(template);
  const n = read.length;
  cands.forEach((cand, ci) => {
    for (let ki = 0; ki < n; ki++) {
      let best = 0;
      let raw = '';
      let pri = 0;
      for (const tx of cand.texts) {
        const s = tx.scores[base + ki]!;
        if (s > best) {
          best = s;
          raw = tx.raw;
          pri = tx.pri;
        }
      }
      if (best > 0) pairs.push({ ci, ki, score: best, raw, pri });
    }
  });
  // Best pairs first; left-most column first among equals, so a repeated column is the later one.
  pairs.sort((a, b) => b.score - a.score || a.pri - b.pri || a.ci - b.ci || a.ki - b.ki);
  const usedCol = new Set<number>();
  const usedKey = new Set<number>();
  const columns: ColumnMatch[] = [];
  const duplicates: ColumnMatch[] = [];
  for (const p of pairs) {
    const cand = cands[p.ci]!;
    const column = read[p.ki]!;
    if (usedCol.has(p.ci)) continue;
    if (usedKey.has(p.ki)) {
      // A second column that fits as well as the first is a duplicate, not a near miss.
      const first = columns.find((c) => c.column === column);
      if (first && p.score >= 0.9 && p.score >= first.score - 0.05) {
        duplicates.push({ column, col: cand.col, header: p.raw, score: p.score });
        usedCol.add(p.ci);
      }
      continue;
    }
    usedCol.add(p.ci);
    usedKey.add(p.ki);
    columns.push({ column, col: cand.col, header: p.raw, score: p.score });
  }
  columns.sort((a, b) => a.col - b.col);
  return { columns, duplicates };
}

/** The last few searches, for a sheet checked again (or a file laid out like the last). */
const searches = new HeaderMemo<HeaderMatch | null>(8);

const UNITS = /^\(?\s*(หน่วย\s*:?\s*)?(บาท|ล้านบาท|ราย|วัน|%)\s*\)?$/;

/** Whether row `row` holds nothing in the header's columns but units: "(บาท)", "บาท", "(หน่วย: บาท)". */
function isUnitsRow(grid: SheetGrid, row: number, cols: readonly number[]): boolean {
  return isUnits(grid.values[row - 1], cols);
}

/** Whether `values` hold nothing in columns `cols` but units (also a two-row header repeated on a later page). */
export function isUnits(values: readonly CellValue[] | undefined, cols: readonly number[]): boolean {
  if (!values) return false;
  let units = 0;
  for (const c of cols) {
    const v = values[c - 1];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || !UNITS.test(collapseSpaces(v))) return false;
    units++;
  }
  return units > 0;
}

/**
 * A one-row header whose cells are merged down over the next row, with labels under the others (สขร.1
 * printed so: "ผู้เสนอราคา" under รายชื่อผู้เสนอราคาฯ, the rest merged down): that row is the header's
 * second, not a procurement. Only where the row holds nothing but text under the unmerged columns.
 */
function withLabelsUnder(grid: SheetGrid, match: HeaderMatch): HeaderMatch {
  const row = match.headerRow;
  const down = (grid.merges ?? []).filter((m) => m.top === row && m.bottom > row);
  const below = grid.values[row];
  if (down.length < 2 || !below) return match;
  let labels = 0;
  for (const { col } of match.columns) {
    if (down.some((m) => col >= m.left && col <= m.right)) continue;
    const v = below[col - 1];
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || v.length > 120 || /\d/.test(v)) return match;
    labels++;
  }
  return labels ? { ...match, headerRows: 2, firstDataRow: match.firstDataRow + 1 } : match;
}

/** Folded labels of a contract's date: วันที่, ลงวันที่, วันที่ลงนาม(สัญญา), ลว., วัน/เดือน/ปี, date. */
const DATE_LABEL = /วัน|date|^ลว$/;
/** Folded labels of a contract's number: เลขที่, เลขที่สัญญา, เลขที่ใบสั่งซื้อ/สั่งจ้าง, สัญญาเลขที่, ที่, no. */
const NUMBER_LABEL = /เลข|number|^ที$|^no$/;
/**
 * Folded labels of when a contract ends: ครบกำหนด, วันสิ้นสุด(สัญญา), กำหนดส่งมอบ, กำหนด(แล้ว)เสร็จ, กำหนดส่งของ,
 * end date, expiry.
 */
const END_LABEL = /ครบกาหนด|สินสุด|สงมอบ|เสรจ|สงของ|^end|expir/;
/** Folded labels of how long a contract runs (ระยะเวลาดำเนินการ): never its date, whatever else is labelled. */
const DURATION_LABEL = /^ระยะเวลา|duration|period/;
/** Folded labels of when a contract is signed or starts: ลงวันที่, วันที่ลงนาม, วันที่เริ่มต้น. */
const SIGN_LABEL = /ลงนาม|ลงวัน|เริม|sign|start/;
/** What parts one label into the dates it names ("วันที่ลงนาม-สิ้นสุด", "ลงวันที่/ครบกำหนด", "… (ส่งมอบภายใน)"). */
const LABEL_PARTS = /[/\-–—(),]|และ|ถึง/;

type PartLabel = 'number' | 'date' | 'date and end' | 'end' | 'duration';

/** What a label under a split contract reference names, before the other parts' labels are known. */
function partLabel(label: string): PartLabel | undefined {
  const t = foldForMatch(label);
  if (DURATION_LABEL.test(t) && !END_LABEL.test(t)) return 'duration';
  const date = DATE_LABEL.test(t);
  const number = NUMBER_LABEL.test(t);
  if (END_LABEL.test(t)) {
    // "วันที่/กำหนดส่งมอบ" names a date of its own beside the end; "วันที่ส่งมอบ", "วันสิ้นสุด" the end alone.
    const own = label.split(LABEL_PARTS).some((p) => {
      const f = foldForMatch(p);
      return SIGN_LABEL.test(f) || (DATE_LABEL.test(f) && !END_LABEL.test(f));
    });
    if (!own) return 'end';
    if (!number) return 'date and end';
  }
  return date === number ? undefined : date ? 'date' : 'number';
}

export type ContractPart = 'number' | 'date' | 'end';

/**
 * What each part of a split contract reference names, from the labels of them all: its number, its
 * date, when it ends, or neither ("เลขที่และวันที่" names both, so neither part). The date is the part
 * naming a date alone, else one naming it with the end ("ลงวันที่/ครบกำหนด"), else the one part naming
 * the end alone ("วันที่ส่งมอบ" beside "เลขที่ใบสั่งซื้อ": the only date agencies give); the other dates are
 * the contract's end.
 */
export function contractParts(labels: readonly string[]): readonly (ContractPart | undefined)[] {
  const kinds = labels.map(partLabel);
  const dated = (['date', 'date and end', 'end'] as const).find((k) => kinds.includes(k));
  // Two parts naming the end alone and none the date: which is the contract's is not told.
  const ends = kinds.filter((k) => k === 'end').length;
  const date = dated === 'end' && ends > 1 ? undefined : dated;
  return kinds.map((k) => (k === undefined || k === 'number' ? k : k === date ? 'date' : 'end'));
}

/**
 * A one-row header whose next row names the parts of a header cell merged across columns
 * ("เลขที่ | วันที่" under "เลขที่และวันที่ของสัญญา", the other header cells merged down over it, as
 * สขร.1 is often laid out): that row is the header's second, and the merged column spans its parts.
 */
function withSubHeader(grid: SheetGrid, match: HeaderMatch): HeaderMatch {
  const row = match.headerRow;
  const across = (grid.merges ?? []).filter((m) => m.top === row && m.bottom === row && m.right > m.left);
  const below = grid.values[row];
  if (!across.length || !below) return match;
  const contractAt = match.columns.find((c) => c.column.type === 'contractRef')?.col;
  let parts = 0;
  for (let c = 1; c <= below.length; c++) {
    const v = below[c - 1];
    if (isBlank(v)) continue;
    const m = across.find((x) => c >= x.left && c <= x.right);
    const head = m && cellAt(grid, row, m.left);
    if (!m || typeof v !== 'string' || typeof head !== 'string') return match;
    // Each part is named in the header over it ("เลขที่" and "วันที่" in "เลขที่และวันที่…"), or, under
    // the contract's, names its number, its date or its end as agencies word them ("เลขที่สัญญา |
    // วันที่ลงนาม | ครบกำหนด").
    const named = foldForMatch(head).includes(foldForMatch(v));
    if (!named && !(m.left === contractAt && /^\D{1,40}$/.test(v) && partLabel(v))) return match;
    parts++;
  }
  if (!parts) return match;
  const columns = match.columns.map((c) => {
    const m = across.find((x) => x.left === c.col);
    if (!m) return c;
    const labels = Array.from({ length: m.right - m.left + 1 }, (_, i) => {
      const v = below[m.left + i - 1];
      return typeof v === 'string' ? collapseSpaces(v) : '';
    });
    return { ...c, span: labels.length, parts: labels };
  });
  return { ...match, headerRows: 2, firstDataRow: match.firstDataRow + 1, columns };
}

/**
 * A row that is data, not a header's second row: it holds a number (not a year), a date, a web address or an OIT
 * item's code ("O1" over "ดำเนินการแล้ว" is a checklist's first item and its status, not a header).
 */
function looksLikeData(values: readonly CellValue[]): boolean {
  return values.some(
    (v) =>
      // A year (2567) may head a column of scores under "คะแนน".
      (typeof v === 'number' && !(Number.isInteger(v) && v >= 2400 && v < 2800)) ||
      v instanceof Date ||
      (typeof v === 'string' && /^\s*(?:https?:\/\/\S+|[Oo]\s*[0-9๐-๙]{1,2})\s*$/.test(v)),
  );
}

/**
 * Find the header row (one or two rows, within the first 30) and the template it fits best.
 * Returns null when no template fits well enough to judge the sheet by it.
 */
export function recogniseHeader(grid: SheetGrid, templates: readonly Template[]): HeaderMatch | null {
  const lastRow = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  // Only the rows looked at (and the row under the last, for a two-row header) set the width:
  // measuring every row of a million-row sheet would cost more than finding the header.
  let width = 0;
  for (let r = 0; r <= lastRow && r < grid.values.length; r++) width = Math.max(width, grid.values[r]!.length);
  for (const m of grid.merges ?? []) if (m.top <= lastRow + 1) width = Math.max(width, m.right);
  width = Math.min(width, 16384);
  // The sheet's name is part of the shape: it can name the form (see `above`).
  const shape = `${grid.name}|${Math.min(grid.values.length, lastRow + 1)}|${width}|${mergesNear(grid, lastRow + 1)}`;
  const known = searches.find(grid, templates, shape);
  if (known !== undefined) return known && withUnits(grid, known);
  const ix = keyIndex(templates);
  const score = scorer(ix);
  const texts = new SheetTexts(grid);
  let best: (HeaderMatch & { rank: number }) | null = null;
  for (let row = 1; row <= lastRow; row++) {
    // Data rows under a header that fits well cannot be a better header: stop looking.
    if (best && best.confidence >= 0.8 && row > best.headerRow + 2) break;
    for (const rows of [1, 2] as const) {
      if (rows === 2 && (row + 1 > grid.values.length || looksLikeData(grid.values[row]!))) continue;
      const cands = candidates(texts, row, rows, width, score);
      if (cands.length < 2) continue;
      // The form that fits these rows best, then that fit against other rows' (see `unexplained`).
      let here: (HeaderMatch & { rank: number; choice: number }) | null = null;
      for (const template of templates) {
        const base = ix.base.get(template)!;
        const required = template.columns.filter((c) => !c.optionalColumn);
        const needed = Math.max(2, Math.ceil(required.length * 0.3));
        if (fitting(base, readOf(template).length, cands) < needed) continue;
        const { columns, duplicates } = matchRow(template, base, cands);
        const optional = columns.filter((c) => c.column.optionalColumn);
        // Enough of the form's own columns: a ลำดับ and a หน่วยงาน (a staff list) make no e-GP export.
        const ownNeeded = Math.min(needed, Math.ceil(required.length / 2));
        if (columns.length < needed || columns.length - optional.length < ownNeeded) continue;
        // Columns most tables have (ลำดับ, หมายเหตุ …) do not tell the form, and columns of values picked
        // from lists alone make a sheet of the dropdowns' sources, not a table of procurements.
        if (columns.every(isGeneric)) continue;
        if (columns.every((c) => c.column.type === 'list' || c.column.type === 'method')) continue;
        const sum = columns.reduce((s, c) => s + c.score, 0);
        const optionalSum = optional.reduce((s, c) => s + c.score, 0);
        const missing = required.filter((c) => !columns.some((m) => m.column === c));
        // Matched columns count for, unmatched template columns against: picks O16 over O14 for a
        // 12-column sheet and O14 over O16 for a 5-column one. Optional columns never count against,
        // and count for at half: a form of many optional columns (e-GP's export) must not win a
        // hand-made O16 by its ลำดับ and dates. A form the title or the sheet's name names counts
        // for more, across rows too: the header is then the one under that title.
        const rank =
          sum -
          0.5 * optionalSum -
          0.5 * missing.length -
          (rows === 2 ? 0.01 : 0) +
          (namesForm(template, texts.above(row)) ? NAMED_FORM : 0) +
          (namesYear(template, texts.above(row)) ? NAMED_YEAR : 0);
        // Between forms for the same rows, the header cells a form leaves unexplained count against
        // it too: an O16 header short of columns is still O16, not an O14 that explains three of its
        // five. Not between rows: a note beside a two-row header must not push the header down.
        const unexplained = cands.length - columns.length - duplicates.length;
        const choice = rank - 0.5 * unexplained;
        const n = required.length + optional.length;
        if (!here || choice > here.choice + 1e-9)
          here = {
            template,
            headerRow: row,
            headerRows: rows,
            firstDataRow: row + rows,
            columns,
            missing,
            duplicates,
            confidence: Math.round((sum / n) * 100) / 100,
            rank,
            choice,
          };
      }
      if (here && (!best || here.rank > best.rank + 1e-9)) {
        const { choice: _choice, ...match } = here;
        best = match;
      }
    }
  }
  let found: HeaderMatch | null = null;
  if (best) {
    const { rank: _rank, ...match } = best;
    // A row of units under a one-row header ("(บาท)" under the amounts, the rest merged down from
    // above, as สขร.1 is often laid out) is the header's second row, not data.
    found =
      match.headerRows === 1 &&
      isUnitsRow(
        grid,
        match.headerRow + 1,
        match.columns.map((c) => c.col),
      )
        ? { ...match, headerRows: 2, firstDataRow: match.firstDataRow + 1 }
        : match;
  }
  if (found && found.headerRows === 1) found = withSubHeader(grid, found);
  if (found && found.headerRows === 1) found = withLabelsUnder(grid, found);
  // A search that read a whole wide, empty top of a sheet is not worth keeping cell by cell.
  if (texts.read.length <= REMEMBERED) searches.keep({ templates, shape, cells: texts.read, found });
  return found && withUnits(grid, found);
}

/** A larger unit than baht at the end of a header or alone under it: "(ล้านบาท)", "หน่วย : พันบาท". */
const LARGER_UNIT = /(?:^|[\s(:])(ล้าน|พัน)\s*บาท\s*\)?$|\b(million|thousand) baht\s*\)?$/i;

/** Brackets holding a unit alone: "(บาท)", "(ล้านบาท)", "(หน่วย : พันบาท)". */
const UNIT_BRACKET = /\(\s*(?:หน่วย\s*:?\s*)?((?:ล้าน|พัน)?\s*บาท|(?:(?:million|thousand)\s+)?baht)\s*\)/i;

/**
 * Baht in one unit of the amounts a header's text names (1 for "(บาท)"), undefined where it names none.
 * A bracket holding the unit alone decides: a rule quoted after it ("(บาท) (e-bidding เมื่อเกิน 5 แสน
 * ไม่เกิน 5 ล้านบาท)") names no unit; so does any other bracket.
 */
function unitOf(text: string): number | undefined {
  const bracket = UNIT_BRACKET.exec(text);
  const unit = bracket ? bracket[1]! : LARGER_UNIT.exec(text.replace(/\([^()]*\)/g, ' ').trim())?.[0];
  if (unit === undefined) return undefined;
  return /ล้าน|million/i.test(unit) ? 1_000_000 : /พัน|thousand/i.test(unit) ? 1_000 : 1;
}

/**
 * The match with each money column whose header names a larger unit than baht carrying it (scale): a
 * ministry's O17 summary is typed in ล้านบาท, and its figures are millions, not baht. Looked at after the
 * memo, as a row of units under the header is not among the texts it compares.
 */
function withUnits(grid: SheetGrid, match: HeaderMatch): HeaderMatch {
  let changed = false;
  const columns = match.columns.map((m) => {
    if (m.column.type !== 'money') return m;
    // The header's rows, and a row of units under a one-row header that was taken as its second.
    for (let r = match.headerRow; r < match.firstDataRow; r++) {
      const v = cellAt(grid, r, m.col);
      const scale = typeof v === 'string' ? unitOf(collapseSpaces(v)) : undefined;
      if (scale === undefined) continue;
      if (scale === 1) return m;
      changed = true;
      return { ...m, column: { ...m.column, scale } };
    }
    return m;
  });
  return changed ? { ...match, columns } : match;
}
