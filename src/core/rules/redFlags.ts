import { RED_FLAGS as S, type MethodEntry } from '../settings/data';
import type { Bilingual, TemplateColumn } from '../templates/types';
import { formatMoney, type Day } from '../text/format';
import { report, type RuleContext } from './context';
import { day, msg } from './messages';
import { supplierNameKey } from './supplierKey';
import { NONE, type ParsedRows } from './parsedRows';
import { amountOf } from './buyAmounts';
import { splitPurchases } from './splitPurchases';
import { typedBlock } from './typedBlock';
import { maskId } from '../cells/taxId';

const I32 = Int32Array;

export const SPECIFIC = 'วิธีเฉพาะเจาะจง';
/** Statuses of a procurement that led to no contract: nothing was bought, so no price is a sign of anything. */
export const NO_CONTRACT = new Set(['ยังไม่ได้ลงนามในสัญญา', 'ยกเลิกการดำเนินการ']);

/**
 * Risk indicators of ACT Ai (DOMAIN §3.8), reported as information, never as errors: a flag asks
 * for a second look, it accuses no one. Thresholds live in src/data/lists/red-flags.json.
 */
export function judgeRedFlags(ctx: RuleContext, rows: ParsedRows, copies: Uint8Array): void {
  rows.settle();
  const specific = Uint8Array.from(rows.methods, (m) => (m.canonical === SPECIFIC ? 1 : 0));
  // Bidders are counted only where the method asks several for prices (not a direct buy, old or new).
  const competitive = Uint8Array.from(rows.methods, (m) => (m.competitive ? 1 : 0));
  const noContract = Uint8Array.from(rows.labels, (l) => (NO_CONTRACT.has(l) ? 1 : 0));
  rowFlags(ctx, rows, specific, competitive, noContract);
  // A cancelled or unsigned procurement won nothing and bought nothing; a row typed twice is one buy.
  const bought = boughtRows(rows, copies, noContract);
  const wins = winsOf(rows, bought);
  repeatWinners(ctx, rows, wins, bought);
  splitPurchases(ctx, rows, wins.of, wins.count, specific, bought);
}

/**
 * The flags of each row by itself: a price at the reference price or far under it, few bidders, a
 * specific-method buy at the year's end. Each loop over the rows here is alone in its function (see
 * splitPurchases.ts).
 */
function rowFlags(
  ctx: RuleContext,
  rows: ParsedRows,
  specific: Uint8Array,
  competitive: Uint8Array,
  noContract: Uint8Array,
): void {
  const agreedCol = ctx.matched.get('agreedPrice') ?? ctx.matched.get('winnerAndPrice') ?? null;
  const methodCol = ctx.matched.get('method') ?? null;
  const biddersCol = ctx.matched.get('bidders') ?? null;
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
}

/** 1 for each slot that bought something: a data row, not a copy, not without a contract. */
function boughtRows(rows: ParsedRows, copies: Uint8Array, noContract: Uint8Array): Uint8Array {
  const bought = new Uint8Array(rows.slots);
  for (let i = 0; i < rows.slots; i++) {
    const status = rows.status[i]!;
    bought[i] = rows.present[i] && !copies[i] && !(status >= 0 && noContract[status]) ? 1 : 0;
  }
  return bought;
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

/** A supplier key that is a tax id (else a name's key). */
export const TAX_ID_KEY = /^\d{13}$/;

function winsOf(rows: ParsedRows, bought: Uint8Array): Wins {
  const keys = rows.suppliers.keys;
  const [of, count, first, value] = typedBlock(keys.length, I32, I32, I32, Float64Array);
  for (let k = 0; k < keys.length; k++) of[k] = k;
  first.fill(-1);
  countWins(rows, bought, count, first, value);
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

/** Each bought row's win counted for its supplier in `count`, `first` and `value` (see Wins; loop alone: see markWindows). */
function countWins(rows: ParsedRows, bought: Uint8Array, count: Int32Array, first: Int32Array, value: Float64Array) {
  for (let i = 0; i < rows.slots; i++) {
    const id = rows.supplier[i]!;
    if (!bought[i] || id < 0) continue;
    if (count[id]!++ === 0) first[id] = i;
    value[id]! += Math.max(0, amountOf(rows, i, 0));
  }
}

/** A supplier's `wins` of `total` rows naming a winner: a share of them that makes a winner of many. */
export function winsShare(wins: number, total: number): boolean {
  return wins / total >= S.repeatWinnerMinShare;
}

/**
 * A winner of many: repeatWinnerMinWins wins or more, and a share of the rows or of their value (a
 * department's few large contracts are lost among its thousands of small buys by count). The one test
 * of a sheet's winners and of a year's months together (manyWinners.ts).
 */
export function isManyWinner(wins: number, total: number, value: number, totalValue: number): boolean {
  const byValue = totalValue > 0 && value / totalValue >= S.repeatWinnerMinValueShare;
  return wins >= S.repeatWinnerMinWins && (winsShare(wins, total) || byValue);
}

function repeatWinners(ctx: RuleContext, rows: ParsedRows, wins: Wins, bought: Uint8Array): void {
  const { count, total, value, totalValue } = wins;
  // Told once per supplier, not on every row of the two passes below.
  const many = Uint8Array.from(count, (n, id) => (isManyWinner(n, total, value[id]!, totalValue) ? 1 : 0));
  const manyByCount = Uint8Array.from(count, (n) => (winsShare(n, total) ? 1 : 0));
  const named = winnersNames(rows, wins.of, bought, many);
  flagWinners(ctx, rows, wins, bought, many, manyByCount, named);
}

/**
 * Of each winner of many (`many`), its one name, or null where its rows name it differently or not
 * at all: a count by tax id is then said of the id, lest a name on one row be credited with others'
 * wins. (Each loop over the rows alone in its function: see splitPurchases.ts.)
 */
function winnersNames(
  rows: ParsedRows,
  of: Int32Array,
  bought: Uint8Array,
  many: Uint8Array,
): Map<number, string | null> {
  const named = new Map<number, string | null>();
  for (let i = 0; i < rows.slots; i++) {
    if (!bought[i] || rows.supplier[i]! < 0) continue;
    const id = of[rows.supplier[i]!]!;
    if (!many[id]) continue;
    const name = rows.supplierName[i];
    const seen = named.get(id);
    if (seen === undefined) named.set(id, name ?? null);
    // The same text is the same name, without folding it (a frequent winner's rows repeat it).
    else if (seen !== null && name !== seen && (name === undefined || supplierNameKey(name) !== supplierNameKey(seen)))
      named.set(id, null);
  }
  return named;
}

/**
 * Each bought row of a winner of many flagged, by its count (`byCount` 1) or its value. The message
 * is written by a closure only where the finding is kept.
 */
function flagWinners(
  ctx: RuleContext,
  rows: ParsedRows,
  wins: Wins,
  bought: Uint8Array,
  many: Uint8Array,
  byCount: Uint8Array,
  named: ReadonlyMap<number, string | null>,
): void {
  const col =
    ctx.matched.get('supplierName') ?? ctx.matched.get('winnerAndPrice') ?? ctx.matched.get('supplierId') ?? null;
  const { count, total, value, totalValue } = wins;
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
    const worth = byCount[id] ? null : value[id]!;
    report(ctx, 'flag-repeat-winner', row, col, () => {
      const who = winnerNamed(key, name, byId);
      const of = worthWords(worth, totalValue);
      const named = ofNamed();
      return msg(
        `แถว ${row}: ${who.th} ได้รับการคัดเลือก ${n} จาก ${total} รายการ${named ? 'ที่ระบุผู้ได้รับการคัดเลือก' : ''}ในแผ่นงานนี้${of.th}`,
        `Row ${row}: ${who.en} was selected in ${n} of ${total} procurements ${named ? 'naming who was selected ' : ''}on this sheet${of.en}`,
      );
    });
  }
}

/**
 * A winner of many as its message names it: by this row's name, or by its tax id (masked) where its
 * rows name it differently (`byId`), with this row's name.
 */
export function winnerNamed(key: string, name: string | undefined, byId: boolean): Bilingual {
  if (!byId) return { th: `"${name ?? key}"`, en: `"${name ?? key}"` };
  const id = maskId(key);
  return {
    th: `ผู้ประกอบการเลขประจำตัว ${id}${name ? ` (แถวนี้ชื่อ "${name}")` : ''}`,
    en: `the supplier with id ${id}${name ? ` (named "${name}" on this row)` : ''}`,
  };
}

/** What a winner flagged by value (`worth`; null: by count) won, as a share of `totalValue`. */
export function worthWords(worth: number | null, totalValue: number): Bilingual {
  if (worth === null) return { th: '', en: '' };
  const share = ((100 * worth) / totalValue).toFixed(1);
  return {
    th: ` มูลค่ารวม ${formatMoney(worth)} บาท หรือร้อยละ ${share} ของมูลค่าทั้งหมด ${formatMoney(totalValue)} บาท`,
    en: `, worth ${formatMoney(worth)} baht: ${share}% of their ${formatMoney(totalValue)} baht`,
  };
}
