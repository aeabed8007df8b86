import { cellAt, displayValue, gridWidth, isBlank, type SheetGrid } from '../cells/value';
import { bigrams, collapseSpaces, dice, foldForMatch } from '../text/thai';
import type { Template, TemplateColumn } from '../templates/types';

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
  if (longer - shorter > longer * 0.4) return 0;
  if (shorter / longer >= 0.6 && (text.includes(key) || key.includes(text))) return 0.9;
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

/** 32 buckets of the characters a text uses: two texts that share few cannot be near matches. */
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (Math.imul(s.charCodeAt(i), 2654435761) >>> 27);
  return m;
}

/** Set bits of a 32-bit mask (population count). */
function bits(m: number): number {
  let x = m - ((m >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Every folded header and variant of a set of templates, shortest first, each knowing the template
 * columns it names.
 */
interface KeyIndex {
  readonly keys: readonly {
    readonly fold: string;
    readonly mask: number;
    readonly need: number;
    readonly grams: Int32Array;
    readonly slots: readonly number[];
  }[];
  /** First slot of each template's columns. */
  readonly base: ReadonlyMap<Template, number>;
  readonly slots: number;
}

const indexCache = new WeakMap<readonly Template[], KeyIndex>();

function keyIndex(templates: readonly Template[]): KeyIndex {
  let ix = indexCache.get(templates);
  if (ix) return ix;
  const byFold = new Map<string, number[]>();
  const base = new Map<Template, number>();
  let slot = 0;
  for (const t of templates) {
    base.set(t, slot);
    for (const c of t.columns) {
      for (const k of new Set([c.header, ...(c.variants ?? [])].map(foldForMatch))) {
        if (!k) continue;
        const list = byFold.get(k);
        if (list) list.push(slot);
        else byFold.set(k, [slot]);
      }
      slot++;
    }
  }
  const keys = [...byFold]
    .map(([fold, slots]) => {
      const mask = charMask(fold);
      return { fold, mask, need: Math.ceil(bits(mask) * 0.6), grams: bigrams(fold), slots };
    })
    .sort((a, b) => a.fold.length - b.fold.length);
  ix = { keys, base, slots: slot };
  indexCache.set(templates, ix);
  return ix;
}

/** Scores of one folded text against every template column, computed once per text. */
function scorer(ix: KeyIndex): (fold: string) => Float64Array {
  const memo = new Map<string, Float64Array>();
  return (fold) => {
    let out = memo.get(fold);
    if (out) return out;
    out = new Float64Array(ix.slots);
    const mask = charMask(fold);
    const needText = Math.ceil(bits(mask) * 0.6);
    let grams: Int32Array | undefined;
    // Keys are sorted by length, and a key much shorter or longer than the text cannot match it.
    const keys = ix.keys;
    const [shortest, longest] = [Math.floor(fold.length * 0.6), Math.ceil(fold.length / 0.6)];
    let lo = 0;
    for (let hi = keys.length; lo < hi;) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]!.fold.length < shortest) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < keys.length && keys[i]!.fold.length <= longest; i++) {
      const k = keys[i]!;
      // A near match shares most characters with the shorter of the two texts.
      if (bits(k.mask & mask) < Math.min(k.need, needText)) continue;
      const s = keyScore(fold, k.fold, (grams ??= bigrams(fold)), k.grams);
      if (s > 0) for (const slot of k.slots) if (s > out[slot]!) out[slot] = s;
    }
    memo.set(fold, out);
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

function textAt(grid: SheetGrid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  return isBlank(v) ? '' : collapseSpaces(displayValue(v));
}

/** Value of a cell, or of the merged area it lies in (a group heading over several columns). */
function mergedText(grid: SheetGrid, row: number, col: number): string {
  const own = textAt(grid, row, col);
  if (own || !grid.merges) return own;
  for (const m of grid.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return textAt(grid, m.top, m.left);
  }
  return '';
}

/** A header is one run of columns: two empty columns in a row end it (a summary may sit beyond). */
const HEADER_GAP = 2;

function candidates(
  grid: SheetGrid,
  row: number,
  rows: 1 | 2,
  width: number,
  score: (fold: string) => Float64Array,
): Candidate[] {
  const out: Candidate[] = [];
  let empty = 0;
  for (let col = 1; col <= width; col++) {
    const top = rows === 1 ? textAt(grid, row, col) : mergedText(grid, row, col);
    const bottom = rows === 2 ? mergedText(grid, row + 1, col) : '';
    // In a two-row header the lower, more specific text is tried first.
    const raws = rows === 1 ? [top] : [bottom, top, top && bottom && top !== bottom ? `${top} ${bottom}` : ''];
    const texts = raws
      .filter((r) => r)
      .map((raw, pri) => {
        const fold = foldForMatch(raw);
        return { raw, fold, pri, scores: score(fold) };
      });
    if (texts.length) {
      out.push({ col, texts });
      empty = 0;
    } else if (out.length && ++empty >= HEADER_GAP) break;
  }
  return out;
}

function matchRow(
  template: Template,
  base: number,
  cands: readonly Candidate[],
): { columns: ColumnMatch[]; duplicates: ColumnMatch[] } {
  const pairs: { ci: number; ki: number; score: number; raw: string; pri: number }[] = [];
  const n = template.columns.length;
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
    const column = template.columns[p.ki]!;
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

/**
 * Find the header row (one or two rows, within the first 30) and the template it fits best.
 * Returns null when no template fits well enough to judge the sheet by it.
 */
export function recogniseHeader(grid: SheetGrid, templates: readonly Template[]): HeaderMatch | null {
  const width = Math.min(gridWidth(grid), 16384);
  const lastRow = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  const ix = keyIndex(templates);
  const score = scorer(ix);
  let best: (HeaderMatch & { rank: number }) | null = null;
  for (let row = 1; row <= lastRow; row++) {
    // Data rows under a header that fits well cannot be a better header: stop looking.
    if (best && best.confidence >= 0.8 && row > best.headerRow + 2) break;
    for (const rows of [1, 2] as const) {
      if (rows === 2 && row + 1 > grid.values.length) continue;
      const cands = candidates(grid, row, rows, width, score);
      if (cands.length < 2) continue;
      for (const template of templates) {
        const { columns, duplicates } = matchRow(template, ix.base.get(template)!, cands);
        const required = template.columns.filter((c) => !c.optionalColumn);
        const matchedOptional = columns.filter((c) => c.column.optionalColumn).length;
        const needed = Math.max(2, Math.ceil(required.length * 0.3));
        if (columns.length < needed) continue;
        const sum = columns.reduce((s, c) => s + c.score, 0);
        const missing = required.filter((c) => !columns.some((m) => m.column === c));
        // Matched columns count for, unmatched template columns against: picks O16 over O14 for a
        // 12-column sheet and O14 over O16 for a 5-column one. Optional columns never count against.
        const rank = sum - 0.5 * missing.length - (rows === 2 ? 0.01 : 0);
        const n = required.length + matchedOptional;
        if (!best || rank > best.rank + 1e-9) {
          best = {
            template,
            headerRow: row,
            headerRows: rows,
            firstDataRow: row + rows,
            columns,
            missing,
            duplicates,
            confidence: Math.round((sum / n) * 100) / 100,
            rank,
          };
        }
      }
    }
  }
  if (!best) return null;
  const { rank: _rank, ...match } = best;
  return match;
}
