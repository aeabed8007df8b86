import { RED_FLAGS as S, type MethodEntry } from '../settings/data';
import type { Bilingual, TemplateColumn } from '../templates/types';
import { formatMoney, type Day } from '../text/format';
import { report, type RuleContext } from './context';
import { day, msg } from './messages';
import { itemKeyGrams, similarItems, type ItemGrams } from './itemKey';
import { supplierNameKey } from './supplierKey';
import { NONE, NumberTable, type ParsedRows } from './parsedRows';
import { typedBlock } from './typedBlock';
import { maskId } from '../cells/taxId';

const I32 = Int32Array;

const SPECIFIC = 'วิธีเฉพาะเจาะจง';
/** Statuses of a procurement that led to no contract: nothing was bought, so no price is a sign of anything. */
export const NO_CONTRACT = new Set(['ยังไม่ได้ลงนามในสัญญา', 'ยกเลิกการดำเนินการ']);

/**
 * Risk indicators of ACT Ai (DOMAIN §3.8), reported as information, never as errors: a flag asks
 * for a second look, it accuses no one. Thresholds live in src/data/lists/red-flags.json.
 */
export function judgeRedFlags(ctx: RuleContext, rows: ParsedRows, copies: Uint8Array): void {
  rows.settle();
  const agreedCol = ctx.matched.get('agreedPrice') ?? ctx.matched.get('winnerAndPrice') ?? null;
  const methodCol = ctx.matched.get('method') ?? null;
  const biddersCol = ctx.matched.get('bidders') ?? null;
  const specific = Uint8Array.from(rows.methods, (m) => (m.canonical === SPECIFIC ? 1 : 0));
  // Bidders are counted only where the method asks several for prices (not a direct buy, old or new).
  const competitive = Uint8Array.from(rows.methods, (m) => (m.competitive ? 1 : 0));
  const noContract = Uint8Array.from(rows.labels, (l) => (NO_CONTRACT.has(l) ? 1 : 0));
  // The loop body captures nothing: each finding is written by a function of its own, so a row
  // that raises no flag allocates nothing (a closure here would cost every row a context object).
  for (let i = 0; i < rows.slots; i++) {
    if (!rows.present[i]) continue;
    const status = rows.status[i]!;
    if (status >= 0 && noContract[status]) continue;
    const row = rows.first + i;
    const ref = rows.referencePrice[i]!;
    const agreed = rows.agreedPrice[i]!;
    const mi = rows.method[i]!;
    // NaN (no value) fails every comparison below; a price of 0 or less is an error of its own, not a discount.
    if (ref > 0 && agreed > 0 && agreed <= ref) {
      // In satang, so that a bound is the same at any amount (1 % of 500,001 is no float's exact gap).
      // Two consts, not a destructured array: V8 (Node 20) allocates that array on every row.
      const refS = Math.round(ref * 100);
      const gapS = refS - Math.round(agreed * 100);
      const near =
        gapS * 100 <= S.nearReferencePercent * refS &&
        ((mi >= 0 && competitive[mi] === 1) || ref > S.nearReferenceMinAmount);
      const deep = !near && gapS * 100 > S.deepDiscountPercent * refS;
      // Said through one call: amounts handed to calls in two branches are boxed by V8 on every row.
      if (near || deep) priceFlag(ctx, row, agreedCol, agreed, ref, near, (gapS / refS) * 100);
    }
    const bidders = rows.bidders[i]!;
    if (mi >= 0 && competitive[mi] && bidders < S.fewBiddersBelow)
      fewBidders(ctx, row, biddersCol, bidders, rows.methods[mi]!);
    if (mi < 0 || !specific[mi] || rows.signDay[i] === NONE) continue;
    const signed = rows.signDateAt(i)!;
    if (!S.yearEndMonths.includes(signed.m)) continue;
    const amount = amountOf(rows, i, 0);
    if (amount > S.yearEndMinAmount) yearEndSpecific(ctx, row, methodCol, amount, signed);
  }
  // A cancelled or unsigned procurement won nothing and bought nothing; a row typed twice is one buy.
  const bought = new Uint8Array(rows.slots);
  for (let i = 0; i < rows.slots; i++) {
    const status = rows.status[i]!;
    bought[i] = rows.present[i] && !copies[i] && !(status >= 0 && noContract[status]) ? 1 : 0;
  }
  const wins = winsOf(rows, bought);
  repeatWinners(ctx, rows, wins, bought);
  splitPurchases(ctx, rows, wins, specific, bought);
}

/** The flag of a price near the reference price (`near`), else of a deep discount (of `gap` per cent). */
function priceFlag(
  ctx: RuleContext,
  row: number,
  col: TemplateColumn | null,
  agreed: number,
  ref: number,
  near: boolean,
  gap: number,
): void {
  if (near) nearReference(ctx, row, col, agreed, ref);
  else deepDiscount(ctx, row, col, agreed, ref, gap);
}

function nearReference(ctx: RuleContext, row: number, col: TemplateColumn | null, agreed: number, ref: number) {
  report(ctx, 'flag-near-reference', row, col, () =>
    msg(
      agreed === ref
        ? `แถว ${row}: ราคาที่ตกลง ${formatMoney(agreed)} เท่ากับราคากลาง (ข้อสังเกตตามเกณฑ์ ACT Ai ไม่ใช่ข้อกล่าวหา)`
        : `แถว ${row}: ราคาที่ตกลง ${formatMoney(agreed)} ต่ำกว่าราคากลาง ${formatMoney(ref)} ไม่เกิน ${S.nearReferencePercent}% (ข้อสังเกตตามเกณฑ์ ACT Ai ไม่ใช่ข้อกล่าวหา)`,
      agreed === ref
        ? `Row ${row}: agreed price ${formatMoney(agreed)} equals the reference price (an ACT Ai indicator, not an accusation)`
        : `Row ${row}: agreed price ${formatMoney(agreed)} is within ${S.nearReferencePercent}% of the reference price ${formatMoney(ref)} (an ACT Ai indicator, not an accusation)`,
    ),
  );
}

/** A percentage over `limit` shown with the decimals it takes to be seen over it (15.04 as 15.04, not 15.0). */
function over(percent: number, limit: number): string {
  for (let d = 1; d <= 10; d++) if (Number(percent.toFixed(d)) > limit) return percent.toFixed(d);
  return String(percent);
}

function deepDiscount(
  ctx: RuleContext,
  row: number,
  col: TemplateColumn | null,
  agreed: number,
  ref: number,
  gap: number,
) {
  report(ctx, 'flag-deep-discount', row, col, () =>
    msg(
      `แถว ${row}: ราคาที่ตกลง ${formatMoney(agreed)} ต่ำกว่าราคากลาง ${formatMoney(ref)} ถึง ${over(gap, S.deepDiscountPercent)}% ตรวจราคากลางหรือคุณภาพงาน`,
      `Row ${row}: agreed price ${formatMoney(agreed)} is ${over(gap, S.deepDiscountPercent)}% below the reference price ${formatMoney(ref)}; check the reference price or the quality of the work`,
    ),
  );
}

function fewBidders(ctx: RuleContext, row: number, col: TemplateColumn | null, bidders: number, method: MethodEntry) {
  report(ctx, 'flag-few-bidders', row, col, () =>
    msg(
      `แถว ${row}: มีผู้เสนอราคา ${bidders} ราย (น้อยกว่า ${S.fewBiddersBelow}) สำหรับ${method.canonical}`,
      `Row ${row}: ${bidders} bidder(s), fewer than ${S.fewBiddersBelow}, for ${method.en}`,
    ),
  );
}

function yearEndSpecific(ctx: RuleContext, row: number, col: TemplateColumn | null, amount: number, signed: Day) {
  report(ctx, 'flag-year-end-specific', row, col, () => {
    const [baht, when] = [formatMoney(amount), day(signed)];
    return msg(
      `แถว ${row}: ซื้อ/จ้างวิธีเฉพาะเจาะจง ${baht} บาท ลงนามปลายปีงบประมาณ (${when.th})`,
      `Row ${row}: a specific-method purchase of ${baht} baht signed at the end of the fiscal year (${when.en})`,
    );
  });
}

/**
 * What a buy is worth against the splitting threshold: its budget (วงเงิน), else its agreed price, else
 * NaN. A budget ten times the price or more is the year's budget line typed in each row (วัสดุสำนักงาน
 * 300,000 beside monthly buys of 5,000), not the buy's own: its price then.
 */
function budgetOf(rows: ParsedRows, i: number): number {
  return byBudget(rows, i) ? rows.budget[i]! : rows.agreedPrice[i]!;
}

/**
 * Whether budgetOf is slot `i`'s budget (else its agreed price). Asked apart in a loop over many rows:
 * a boolean returned costs nothing, where a fraction returned from a call not inlined is boxed.
 */
function byBudget(rows: ParsedRows, i: number): boolean {
  const budget = rows.budget[i]!;
  return !Number.isNaN(budget) && !isBudgetLine(budget, rows.referencePrice[i]!, rows.agreedPrice[i]!);
}

/**
 * A row's budget that is the year's budget line typed in each row, not the buy's own: ten times its
 * agreed price or more, and no reference price near it (that says the budget is the job's own,
 * however low the price agreed). NaN amounts say no.
 */
export function isBudgetLine(budget: number, reference: number, agreed: number): boolean {
  return agreed > 0 && budget >= BUDGET_LINE * agreed && !(reference * 2 >= budget);
}

/** How many times a buy's price its row's budget must be to be taken for a budget line. */
const BUDGET_LINE = 10;

/** The agreed price, else the budget, else `none`. */
function amountOf(rows: ParsedRows, i: number, none: number): number {
  const agreed = rows.agreedPrice[i]!;
  if (!Number.isNaN(agreed)) return agreed;
  const budget = rows.budget[i]!;
  return Number.isNaN(budget) ? none : budget;
}

/**
 * How many rows each supplier won, what they are worth (agreed price, else budget), and the first of
 * them; `total` rows worth `totalValue` have a winner. `of` takes a row's supplier to the one it is: a
 * row keyed by a name (its tax id missing or wrong) is the supplier of that name keyed by a tax id
 * elsewhere on the sheet.
 */
interface Wins {
  readonly of: Int32Array;
  readonly count: Int32Array;
  readonly value: Float64Array;
  readonly first: Int32Array;
  readonly total: number;
  readonly totalValue: number;
}

const TAX_ID_KEY = /^\d{13}$/;

function winsOf(rows: ParsedRows, bought: Uint8Array): Wins {
  const keys = rows.suppliers.keys;
  const [of, count, first, value] = typedBlock(keys.length, I32, I32, I32, Float64Array);
  for (let k = 0; k < keys.length; k++) of[k] = k;
  first.fill(-1);
  for (let i = 0; i < rows.slots; i++) {
    const id = rows.supplier[i]!;
    if (!bought[i] || id < 0) continue;
    if (count[id]!++ === 0) first[id] = i;
    value[id]! += Math.max(0, amountOf(rows, i, 0));
  }
  // By the name each tax id was first written with (a few thousand names, not every row's).
  if (keys.some((k) => !TAX_ID_KEY.test(k))) {
    const byName = new Map<string, number>();
    keys.forEach((k, id) => {
      const name = first[id]! >= 0 ? rows.supplierName[first[id]!] : undefined;
      if (!TAX_ID_KEY.test(k) || name === undefined) return;
      const key = supplierNameKey(name);
      // A name two ids share says nothing.
      byName.set(key, byName.has(key) ? -1 : id);
    });
    keys.forEach((k, id) => {
      const to = byName.get(k) ?? -1;
      if (TAX_ID_KEY.test(k) || to < 0) return;
      of[id] = to;
      count[to]! += count[id]!;
      value[to]! += value[id]!;
      if (first[id]! >= 0 && (first[to]! < 0 || first[id]! < first[to]!)) first[to] = first[id]!;
      count[id] = 0;
      value[id] = 0;
    });
  }
  let total = 0;
  let totalValue = 0;
  for (let id = 0; id < count.length; id++) total += count[id]!;
  for (let id = 0; id < value.length; id++) totalValue += value[id]!;
  return { of, count, value, first, total, totalValue };
}

function repeatWinners(ctx: RuleContext, rows: ParsedRows, wins: Wins, bought: Uint8Array): void {
  const col =
    ctx.matched.get('supplierName') ?? ctx.matched.get('winnerAndPrice') ?? ctx.matched.get('supplierId') ?? null;
  const { count, total, value, totalValue } = wins;
  const byCount = (id: number) => count[id]! / total >= S.repeatWinnerMinShare;
  // By value too: a department's few large contracts are lost among its thousands of small buys by count.
  const byValue = (id: number) => totalValue > 0 && value[id]! / totalValue >= S.repeatWinnerMinValueShare;
  // Told once per supplier, not on every row of the two passes below.
  const many = Uint8Array.from(count, (n, id) => (n >= S.repeatWinnerMinWins && (byCount(id) || byValue(id)) ? 1 : 0));
  // Of each such winner, its one name, or null where its rows name it differently or not at all: a
  // count by tax id is then said of the id, lest a name on one row be credited with others' wins.
  const named = new Map<number, string | null>();
  for (let i = 0; i < rows.slots; i++) {
    if (!bought[i] || rows.supplier[i]! < 0) continue;
    const id = wins.of[rows.supplier[i]!]!;
    if (!many[id]) continue;
    const name = rows.supplierName[i];
    const seen = named.get(id);
    if (seen === undefined) named.set(id, name ?? null);
    // The same text is the same name, without folding it (a frequent winner's rows repeat it).
    else if (seen !== null && name !== seen && (name === undefined || supplierNameKey(name) !== supplierNameKey(seen)))
      named.set(id, null);
  }
  // Rows that name no winner are not counted: where there are some, the total says it is of those that do.
  let boughtRows = -1;
  const ofNamed = () => {
    if (boughtRows < 0) boughtRows = bought.reduce((a, b) => a + b, 0);
    return boughtRows > total;
  };
  for (let i = 0; i < rows.slots; i++) {
    if (!bought[i] || rows.supplier[i]! < 0) continue;
    const id = wins.of[rows.supplier[i]!]!;
    if (!many[id]) continue;
    const n = count[id]!;
    const row = rows.first + i;
    const name = rows.supplierName[i];
    const key = rows.suppliers.keys[id]!;
    const byId = named.get(id) === null && TAX_ID_KEY.test(key);
    const worth = byCount(id) ? null : value[id]!;
    report(ctx, 'flag-repeat-winner', row, col, () => {
      const id = maskId(key);
      const who = byId
        ? {
            th: `ผู้ประกอบการเลขประจำตัว ${id}${name ? ` (แถวนี้ชื่อ "${name}")` : ''}`,
            en: `the supplier with id ${id}${name ? ` (named "${name}" on this row)` : ''}`,
          }
        : { th: `"${name ?? key}"`, en: `"${name ?? key}"` };
      // Flagged by value: the share that makes it one is said.
      const share = worth === null ? '' : ((100 * worth) / totalValue).toFixed(1);
      const of =
        worth === null
          ? { th: '', en: '' }
          : {
              th: ` มูลค่ารวม ${formatMoney(worth)} บาท หรือร้อยละ ${share} ของมูลค่าทั้งหมด ${formatMoney(totalValue)} บาท`,
              en: `, worth ${formatMoney(worth)} baht: ${share}% of their ${formatMoney(totalValue)} baht`,
            };
      const named = ofNamed();
      return msg(
        `แถว ${row}: ${who.th} ได้รับการคัดเลือก ${n} จาก ${total} รายการ${named ? 'ที่ระบุผู้ได้รับการคัดเลือก' : ''}ในแผ่นงานนี้${of.th}`,
        `Row ${row}: ${who.en} was selected in ${n} of ${total} procurements ${named ? 'naming who was selected ' : ''}on this sheet${of.en}`,
      );
    });
  }
}

/** เฉพาะเจาะจง buys from one supplier for similar items within a short window, each under the threshold but together over it (ม.65). */
function splitPurchases(
  ctx: RuleContext,
  rows: ParsedRows,
  wins: Wins,
  specific: Uint8Array,
  bought: Uint8Array,
): void {
  // The buys that count, read once in row order into flat arrays (rows are many; suppliers few).
  const [at, days, supplierOf, keyOf, amounts] = typedBlock(rows.slots, I32, I32, I32, I32, Float64Array);
  const perSupplier = new Int32Array(wins.count.length + 1);
  let n = 0;
  let firstDay = Infinity;
  for (let i = 0; i < rows.slots; i++) {
    const id = rows.supplier[i]! < 0 ? -1 : wins.of[rows.supplier[i]!]!;
    if (!bought[i] || id < 0 || wins.count[id]! < 2 || !specific[rows.method[i]!]) continue;
    const signed = rows.signDay[i]!;
    if (signed === NONE) continue;
    // The budget (วงเงิน) first, as the method's threshold is judged: the law's limit is on it (budgetOf).
    const amount = byBudget(rows, i) ? rows.budget[i]! : rows.agreedPrice[i]!;
    if (!(amount <= S.splitThreshold)) continue;
    at[n] = i;
    days[n] = signed;
    amounts[n] = amount;
    supplierOf[n] = id;
    firstDay = Math.min(firstDay, signed);
    perSupplier[id + 1]!++;
    n++;
  }
  // Group the buys by supplier with a counting sort that moves each buy's facts along (it keeps row
  // order within a group): every later pass reads a group's buys side by side in memory, not all
  // over a large sheet's arrays.
  for (let id = 1; id < perSupplier.length; id++) perSupplier[id]! += perSupplier[id - 1]!;
  const next = perSupplier.slice(0, -1);
  const g = groupFacts(n);
  for (let k = 0; k < n; k++) {
    const p = next[supplierOf[k]!]!++;
    g.slot[p] = at[k]!;
    g.day[p] = days[k]!;
    g.amount[p] = amounts[k]!;
  }
  let largest = 0;
  for (let id = 0; id + 1 < perSupplier.length; id++)
    largest = Math.max(largest, perSupplier[id + 1]! - perSupplier[id]!);
  // Then each group by day, and by row among equal days: sorted as numbers packing (day, place).
  const packed = new Float64Array(largest);
  const copy = groupFacts(largest);
  for (let id = 0; id + 1 < perSupplier.length; id++) {
    const start = perSupplier[id]!;
    const size = perSupplier[id + 1]! - start;
    if (size < 2) continue;
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
  // Only a buy in a window whose buys of any item together pass the threshold can be part of a split:
  // only those need their item's key, and most small buys are in no such window. Agencies buy the
  // same few things again and again: one bigram list per distinct item key.
  const keyIds = new NumberTable();
  const lists: ItemGrams[] = [];
  const heavy = heavyWindows(g, perSupplier, n);
  // The keys are read in row order (the items lie in memory much as the rows do), then handed to the
  // grouped buys: in group order, a large sheet's items would be read from all over memory.
  for (let k = 0; k < n; k++) if (heavy[k]! & IN_HEAVY) keyOf[g.slot[k]!] = 1;
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
  for (let k = 0; k < n; k++) g.item[k] = keyOf[g.slot[k]!]! - 1;
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
  const flagged = new Uint8Array(n);
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
        together.every((q) => budgetOf(rows, slot[q]!) === rows.budget[slot[q]!]),
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
function heavyWindows(g: ReturnType<typeof groupFacts>, perSupplier: Int32Array, n: number): Uint8Array {
  const [cover, starts] = typedBlock(n + 1, I32, Uint8Array);
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
  markCovered(cover, starts, n);
  return starts;
}

/**
 * IN_HEAVY on each of the `n` buys that a window (+1 where it starts in `cover`, −1 past its end) covers.
 * A function of its own: a loop after heavyWindows' loop, in its body, deoptimized it on most checks.
 */
function markCovered(cover: Int32Array, starts: Uint8Array, n: number): void {
  for (let k = 0, depth = 0; k < n; k++) if ((depth += cover[k]!) > 0) starts[k]! |= IN_HEAVY;
}

/** What the split-purchase rule needs of each buy, in flat arrays of `n`. */
function groupFacts(n: number) {
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
      const total = budgets
        ? { th: 'วงเงินรวม', en: 'their budgets total' }
        : {
            th: 'รวมกัน (วงเงิน หรือราคาที่ตกลงของแถวที่ไม่มีวงเงินของตนเอง)',
            en: 'together (budgets, or the agreed price where a row has no budget of its own) they total',
          };
      return msg(
        `แถว ${row}: ซื้อ/จ้างวิธีเฉพาะเจาะจงรายการคล้ายกันจากผู้ประกอบการเดียวกันภายใน ${S.splitWindowDays} วัน (แถว ${w.rows}${w.more.th}) ${total.th} ${w.sum} บาท เกิน ${w.over} บาท อาจเป็นการแบ่งซื้อแบ่งจ้าง (ม.65)`,
        `Row ${row}: similar specific-method buys from one supplier within ${S.splitWindowDays} days (rows ${w.rows}${w.more.en}): ${total.en} ${w.sum} baht, over ${w.over} baht: possible splitting (s.65)`,
      );
    });
  });
}
