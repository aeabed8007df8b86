import { RED_FLAGS as S } from '../settings/data';
import type { Bilingual, TemplateColumn } from '../templates/types';
import { formatMoney } from '../text/format';
import { lineBudgets, sheetByBudget } from './buyAmounts';
import { report, type RuleContext } from './context';
import { itemKeyGrams, similarItems, type ItemGrams } from './itemKey';
import { msg } from './messages';
import { NONE, NumberTable, type ParsedRows } from './parsedRows';
import { typedBlock } from './typedBlock';

// The split-purchase flag of the red flags (redFlags.ts). It runs once a check over every buy, in
// steps: each loop over the buys is a function of its own with nothing after the loop. V8 compiles a
// long loop while it runs (on-stack replacement), before the code after it has ever run, and enters
// that compiled loop again on later checks, to leave it each time at the first statement after the
// loop that it had not seen: the rest of the function then ran unoptimized, check after check
// (--trace-deopt: "Insufficient type feedback", the same code deoptimized on every check).

const I32 = Int32Array;

/** What the split-purchase rule needs of each buy, in flat arrays of `n`. */
interface GroupFacts {
  readonly slot: Int32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly item: Int32Array;
}

/** The buys that may be part of a split purchase, by supplier (see candidateBuys). */
interface Candidates {
  /** Slot, signing day, amount (sheetByBudget) and supplier of each, in row order. */
  readonly at: Int32Array;
  readonly days: Int32Array;
  readonly amounts: Float64Array;
  readonly supplierOf: Int32Array;
  /** How many buys each supplier has (at id + 1), and then where its buys start once grouped. */
  readonly perSupplier: Int32Array;
}

/**
 * เฉพาะเจาะจง buys from one supplier for similar items within a short window, each under the
 * threshold but together over it (ม.65). `of` takes a row's supplier to the one it is, `count` is how
 * many rows each supplier won; `specific` says which of the sheet's methods is วิธีเฉพาะเจาะจง.
 */
export function splitPurchases(
  ctx: RuleContext,
  rows: ParsedRows,
  of: Int32Array,
  count: Int32Array,
  specific: Uint8Array,
  bought: Uint8Array,
): void {
  // The buys that count, read once in row order into flat arrays (rows are many; suppliers few).
  const [at, days, supplierOf, keyOf, amounts] = typedBlock(rows.slots, I32, I32, I32, I32, Float64Array);
  const buys: Candidates = { at, days, amounts, supplierOf, perSupplier: new Int32Array(count.length + 1) };
  const n = candidateBuys(rows, of, count, specific, bought, buys);
  // Group the buys by supplier with a counting sort that moves each buy's facts along (it keeps row
  // order within a group): every later pass reads a group's buys side by side in memory, not all
  // over a large sheet's arrays.
  const perSupplier = buys.perSupplier;
  startsOfGroups(perSupplier);
  const g = groupFacts(n);
  groupBySupplier(buys, n, g);
  // Then each group by day, and by row among equal days.
  sortGroupsByDay(g, perSupplier, firstDayOf(days, n));
  // Only a buy in a window whose buys of any item together pass the threshold can be part of a split:
  // only those need their item's key, and most small buys are in no such window. Agencies buy the
  // same few things again and again: one bigram list per distinct item key.
  const heavy = heavyWindows(g, perSupplier, n);
  // The keys are read in row order (the items lie in memory much as the rows do), then handed to the
  // grouped buys: in group order, a large sheet's items would be read from all over memory.
  markNeeded(g, heavy, n, keyOf);
  const lists: ItemGrams[] = [];
  itemKeysOf(rows, keyOf, lists);
  itemsOfBuys(g, keyOf, n);
  flagSplits(ctx, rows, g, perSupplier, heavy, lists);
}

/**
 * Each bought specific-method buy of a supplier with two wins or more, signed and at most the
 * threshold, into `buys` in row order, counted per supplier; returns how many.
 */
function candidateBuys(
  rows: ParsedRows,
  of: Int32Array,
  count: Int32Array,
  specific: Uint8Array,
  bought: Uint8Array,
  buys: Candidates,
): number {
  const { at, days, amounts, supplierOf, perSupplier } = buys;
  const lines = lineBudgets(rows, bought);
  let n = 0;
  for (let i = 0; i < rows.slots; i++) {
    const id = rows.supplier[i]! < 0 ? -1 : of[rows.supplier[i]!]!;
    if (!bought[i] || id < 0 || count[id]! < 2 || !specific[rows.method[i]!]) continue;
    const signed = rows.signDay[i]!;
    if (signed === NONE) continue;
    // The budget (วงเงิน) first, as the method's threshold is judged: the law's limit is on it (sheetByBudget).
    const amount = sheetByBudget(rows, i, lines) ? rows.budget[i]! : rows.agreedPrice[i]!;
    if (!(amount <= S.splitThreshold)) continue;
    at[n] = i;
    days[n] = signed;
    amounts[n] = amount;
    supplierOf[n] = id;
    perSupplier[id + 1]!++;
    n++;
  }
  return n;
}

/** The earliest of the first `n` days (Infinity for none). */
function firstDayOf(days: Int32Array, n: number): number {
  let first = Infinity;
  for (let k = 0; k < n; k++) first = Math.min(first, days[k]!);
  return first;
}

/** The counts of each supplier's buys (at id + 1) made into where each supplier's group starts. */
function startsOfGroups(perSupplier: Int32Array): void {
  for (let id = 1; id < perSupplier.length; id++) perSupplier[id]! += perSupplier[id - 1]!;
}

/** The `n` buys into `g`, each supplier's together in row order (perSupplier: where each group starts). */
function groupBySupplier(buys: Candidates, n: number, g: GroupFacts): void {
  const { at, days, amounts, supplierOf, perSupplier } = buys;
  const next = perSupplier.slice(0, -1);
  for (let k = 0; k < n; k++) {
    const p = next[supplierOf[k]!]!++;
    g.slot[p] = at[k]!;
    g.day[p] = days[k]!;
    g.amount[p] = amounts[k]!;
  }
}

/** Each supplier's group by day, and by row among equal days: sorted as numbers packing (day, place). */
function sortGroupsByDay(g: GroupFacts, perSupplier: Int32Array, firstDay: number): void {
  const largest = largestGroup(perSupplier);
  const packed = new Float64Array(largest);
  const copy = groupFacts(largest);
  for (let id = 0; id + 1 < perSupplier.length; id++) {
    const start = perSupplier[id]!;
    const size = perSupplier[id + 1]! - start;
    if (size >= 2) sortGroup(g, start, size, firstDay, packed, copy);
  }
}

/** How many buys the largest group has. */
function largestGroup(perSupplier: Int32Array): number {
  let largest = 0;
  for (let id = 0; id + 1 < perSupplier.length; id++)
    largest = Math.max(largest, perSupplier[id + 1]! - perSupplier[id]!);
  return largest;
}

/** The `size` buys of `g` from `start` sorted by day, then place (`packed` and `copy`: room for them). */
function sortGroup(
  g: GroupFacts,
  start: number,
  size: number,
  firstDay: number,
  packed: Float64Array,
  copy: GroupFacts,
): void {
  for (let p = 0; p < size; p++) {
    packed[p] = (g.day[start + p]! - firstDay) * size + p;
    copy.slot[p] = g.slot[start + p]!;
    copy.day[p] = g.day[start + p]!;
    copy.amount[p] = g.amount[start + p]!;
  }
  sortRange(packed, size);
  for (let p = 0; p < size; p++) {
    // The place back from the packed number, without `%` on a double (a library call).
    const from = packed[p]! - Math.floor(packed[p]! / size) * size;
    g.slot[start + p] = copy.slot[from]!;
    g.day[start + p] = copy.day[from]!;
    g.amount[start + p] = copy.amount[from]!;
  }
}

/** 1 in `keyOf` at the slot of each of the `n` buys in a heavy window: its item's key is needed. */
function markNeeded(g: GroupFacts, heavy: Uint8Array, n: number, keyOf: Int32Array): void {
  for (let k = 0; k < n; k++) if (heavy[k]! & IN_HEAVY) keyOf[g.slot[k]!] = 1;
}

/**
 * For each slot marked in `keyOf`, its item key's number + 1 in its place, and one bigram list per
 * distinct key in `lists`, in row order.
 */
function itemKeysOf(rows: ParsedRows, keyOf: Int32Array, lists: ItemGrams[]): void {
  const keyIds = new NumberTable();
  for (let i = 0; i < rows.slots; i++) {
    if (!keyOf[i]) continue;
    const hash = rows.itemKeyAt(i);
    let key = keyIds.get(hash);
    if (key < 0) {
      keyIds.add(hash, (key = lists.length));
      lists.push(itemKeyGrams(rows.item[i]));
    }
    keyOf[i] = key + 1;
  }
}

/** Each of the `n` grouped buys' item key (−1 where none was needed), from its slot's. */
function itemsOfBuys(g: GroupFacts, keyOf: Int32Array, n: number): void {
  for (let k = 0; k < n; k++) g.item[k] = keyOf[g.slot[k]!]! - 1;
}

/** Flag each window of a supplier's similar buys that together pass the threshold. */
function flagSplits(
  ctx: RuleContext,
  rows: ParsedRows,
  g: GroupFacts,
  perSupplier: Int32Array,
  heavy: Uint8Array,
  lists: readonly ItemGrams[],
): void {
  // Equal keys share one list, so "the same item" is one comparison; else Sørensen–Dice decides,
  // once per pair of keys (the same few items meet again and again).
  const judged = new NumberTable();
  const similar = (x: number, y: number) => {
    if (x === y) return true;
    const pair = x < y ? x * lists.length + y : y * lists.length + x;
    let same = judged.get(pair);
    if (same < 0) judged.add(pair, (same = similarItems(lists[x]!, lists[y]!) ? 1 : 0));
    return same === 1;
  };
  const flagged = new Uint8Array(g.slot.length);
  const col = ctx.matched.get('item') ?? null;
  const { slot, day, amount } = g;
  for (let id = 0; id + 1 < perSupplier.length; id++) {
    const end = perSupplier[id + 1]!;
    for (let p = perSupplier[id]!; p + 1 < end; p++) {
      // Sum the similar buys in the window first: a group is gathered only when it is flagged.
      if (!(heavy[p]! & STARTS_HEAVY)) continue;
      const a = g.item[p]!;
      let sum = amount[p]!;
      let count = 1;
      for (let q = p + 1; q < end && day[q]! - day[p]! <= S.splitWindowDays; q++)
        if (similar(a, g.item[q]!)) {
          sum += amount[q]!;
          count++;
        }
      if (count < 2 || sum <= S.splitThreshold) continue;
      if (ctx.limit?.full('flag-split-purchase')) {
        // Past the limit only the rows newly flagged are counted: no group is written out.
        for (let q = p; q < end && day[q]! - day[p]! <= S.splitWindowDays; q++)
          if (!flagged[q] && similar(a, g.item[q]!)) {
            flagged[q] = 1;
            ctx.limit.take('flag-split-purchase');
          }
        continue;
      }
      const together = [p];
      for (let q = p + 1; q < end && day[q]! - day[p]! <= S.splitWindowDays; q++)
        if (similar(a, g.item[q]!)) together.push(q);
      splitGroup(
        ctx,
        col,
        together.map((q) => rows.first + slot[q]!),
        together.map((q) => (flagged[q] ? 0 : (flagged[q] = 1))),
        sum,
        together.every((q) => amount[q] === rows.budget[slot[q]!]),
      );
    }
  }
}

const IN_HEAVY = 1;
const STARTS_HEAVY = 2;

/**
 * Windows of splitWindowDays from each of a supplier's buys (grouped and sorted by day) whose buys
 * of any item (counting no amount below 0) together pass the threshold: similar items in a window
 * never sum to more, so only such a window can hold a split purchase. Per buy: STARTS_HEAVY when its
 * own window is one, IN_HEAVY when it lies in one (then its item is needed).
 */
function heavyWindows(g: GroupFacts, perSupplier: Int32Array, n: number): Uint8Array {
  const [cover, starts] = typedBlock(n + 1, I32, Uint8Array);
  markWindows(g, perSupplier, cover, starts);
  markCovered(cover, starts, n);
  return starts;
}

/**
 * STARTS_HEAVY on each buy whose window passes the threshold, the window counted in `cover` (+1 where
 * it starts, −1 past its end).
 */
function markWindows(g: GroupFacts, perSupplier: Int32Array, cover: Int32Array, starts: Uint8Array): void {
  for (let id = 0; id + 1 < perSupplier.length; id++) {
    const start = perSupplier[id]!;
    const end = perSupplier[id + 1]!;
    let q = start;
    let sum = 0;
    for (let p = start; p < end; p++) {
      while (q < end && g.day[q]! - g.day[p]! <= S.splitWindowDays) sum += Math.max(0, g.amount[q++]!);
      // A cent below the threshold still counts: the running sum may carry rounding.
      if (q - p >= 2 && sum > S.splitThreshold - 0.01) {
        starts[p] = STARTS_HEAVY;
        cover[p]!++;
        cover[q]!--;
      }
      sum -= Math.max(0, g.amount[p]!);
    }
  }
}

/** IN_HEAVY on each of the `n` buys that a window (+1 where it starts in `cover`, −1 past its end) covers. */
function markCovered(cover: Int32Array, starts: Uint8Array, n: number): void {
  for (let k = 0, depth = 0; k < n; k++) if ((depth += cover[k]!) > 0) starts[k]! |= IN_HEAVY;
}

/** What the split-purchase rule needs of each buy, in flat arrays of `n`. */
function groupFacts(n: number): GroupFacts {
  const [slot, day, item, amount] = typedBlock(n, I32, I32, I32, Float64Array);
  return { slot, day, amount, item };
}

/** Sort `a[0, size)` ascending: groups are small (a supplier's buys), where insertion sort wins. */
function sortRange(a: Float64Array, size: number): void {
  if (size > 32) {
    a.subarray(0, size).sort();
    return;
  }
  for (let p = 1; p < size; p++) {
    const x = a[p]!;
    let q = p - 1;
    for (; q >= 0 && a[q]! > x; q--) a[q + 1] = a[q]!;
    a[q + 1] = x;
  }
}

/** How many rows of a split group its message names. */
const NAMED_ROWS = 10;

/** Flag the rows of one split group (those not flagged by an earlier group: `fresh` is 1). */
function splitGroup(
  ctx: RuleContext,
  col: TemplateColumn | null,
  rowNumbers: number[],
  fresh: number[],
  sum: number,
  /** Every buy counted by its budget (else some by the agreed price: no budget of their own). */
  budgets: boolean,
): void {
  // The rows and amounts, the same in every message of the group: written once, when first needed.
  let said: { rows: string; more: Bilingual; sum: string; over: string } | undefined;
  // A group of thousands of buys names its first rows and counts the rest: each of its messages would
  // otherwise list them all (hundreds of MB of report for a large sheet).
  const more = rowNumbers.length - NAMED_ROWS;
  const words = () =>
    (said ??= {
      rows: rowNumbers.slice(0, NAMED_ROWS).join(', '),
      more:
        more > 0
          ? { th: ` และอีก ${more.toLocaleString('en-US')} แถว`, en: ` and ${more.toLocaleString('en-US')} more` }
          : { th: '', en: '' },
      sum: formatMoney(sum),
      over: formatMoney(S.splitThreshold),
    });
  rowNumbers.forEach((row, k) => {
    if (!fresh[k]) return;
    report(ctx, 'flag-split-purchase', row, col, () => {
      const w = words();
      const total = splitTotalWords(budgets);
      return msg(
        `แถว ${row}: ซื้อ/จ้างวิธีเฉพาะเจาะจงรายการคล้ายกันจากผู้ประกอบการเดียวกันภายใน ${S.splitWindowDays} วัน (แถว ${w.rows}${w.more.th}) ${total.th} ${w.sum} บาท เกิน ${w.over} บาท อาจเป็นการแบ่งซื้อแบ่งจ้าง (ม.65)`,
        `Row ${row}: similar specific-method buys from one supplier within ${S.splitWindowDays} days (rows ${w.rows}${w.more.en}): ${total.en} ${w.sum} baht, over ${w.over} baht: possible splitting (s.65)`,
      );
    });
  });
}

/** How a split group's sum is said: of budgets all (`budgets`), else of some agreed prices too. */
export function splitTotalWords(budgets: boolean): Bilingual {
  return budgets
    ? { th: 'วงเงินรวม', en: 'their budgets total' }
    : {
        th: 'รวมกัน (วงเงิน หรือราคาที่ตกลงของแถวที่ไม่มีวงเงินของตนเอง)',
        en: 'together (budgets, or the agreed price where a row has no budget of its own) they total',
      };
}
