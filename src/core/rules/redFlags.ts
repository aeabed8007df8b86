import { dayNumber } from '../cells/dates';
import { RED_FLAGS as S } from '../settings/data';
import { formatMoney } from '../text/format';
import { bigrams, dice } from '../text/thai';
import { report, type RuleContext } from './context';
import { day, msg } from './messages';
import type { ParsedRow } from './parsedRow';

const SPECIFIC = 'วิธีเฉพาะเจาะจง';

/** Item names without numbers and spaces, for "similar items" (วัสดุสำนักงาน ครั้งที่ 1 ≈ ครั้งที่ 2). */
function itemKey(item: string | undefined): string {
  return (item ?? '').replace(/[\d\u0E50-\u0E59\s.,()/-]+/g, '');
}

/**
 * Risk indicators of ACT Ai (DOMAIN §3.8), reported as information, never as errors: a flag asks
 * for a second look, it accuses no one. Thresholds live in src/data/lists/red-flags.json.
 */
export function judgeRedFlags(ctx: RuleContext, rows: readonly ParsedRow[]): void {
  const agreedCol = ctx.matched.get('agreedPrice') ?? ctx.matched.get('winnerAndPrice') ?? null;
  const methodCol = ctx.matched.get('method') ?? null;
  for (const p of rows) {
    const ref = p.referencePrice;
    const agreed = p.agreedPrice;
    if (ref !== undefined && agreed !== undefined && ref > 0 && agreed <= ref) {
      const gap = ((ref - agreed) / ref) * 100;
      const competitive = p.method?.competitive ?? false;
      if (gap <= S.nearReferencePercent && (competitive || ref > S.nearReferenceMinAmount))
        report(ctx, 'flag-near-reference', p.row, agreedCol, () =>
          msg(
            `แถว ${p.row}: ราคาที่ตกลง ${formatMoney(agreed)} ต่ำกว่าราคากลาง ${formatMoney(ref)} ไม่ถึง ${S.nearReferencePercent}% (ข้อสังเกตตามเกณฑ์ ACT Ai ไม่ใช่ข้อกล่าวหา)`,
            `Row ${p.row}: agreed price ${formatMoney(agreed)} is within ${S.nearReferencePercent}% of the reference price ${formatMoney(ref)} (an ACT Ai indicator, not an accusation)`,
          ),
        );
      else if (gap > S.deepDiscountPercent)
        report(ctx, 'flag-deep-discount', p.row, agreedCol, () =>
          msg(
            `แถว ${p.row}: ราคาที่ตกลง ${formatMoney(agreed)} ต่ำกว่าราคากลาง ${formatMoney(ref)} ถึง ${gap.toFixed(1)}% ตรวจราคากลางหรือคุณภาพงาน`,
            `Row ${p.row}: agreed price ${formatMoney(agreed)} is ${gap.toFixed(1)}% below the reference price ${formatMoney(ref)}; check the reference price or the quality of the work`,
          ),
        );
    }
    const method = p.method;
    if (p.bidders !== undefined && method && method.canonical !== SPECIFIC && p.bidders < S.fewBiddersBelow)
      report(ctx, 'flag-few-bidders', p.row, ctx.matched.get('bidders') ?? null, () =>
        msg(
          `แถว ${p.row}: มีผู้เสนอราคา ${p.bidders} ราย (น้อยกว่า ${S.fewBiddersBelow}) สำหรับ${method.canonical}`,
          `Row ${p.row}: ${p.bidders} bidder(s), fewer than ${S.fewBiddersBelow}, for ${method.en}`,
        ),
      );
    const amount = p.agreedPrice ?? p.budget ?? 0;
    const signed = p.signDate;
    if (method?.canonical === SPECIFIC && signed && S.yearEndMonths.includes(signed.m) && amount > S.yearEndMinAmount)
      report(ctx, 'flag-year-end-specific', p.row, methodCol, () =>
        msg(
          `แถว ${p.row}: ซื้อ/จ้างวิธีเฉพาะเจาะจง ${formatMoney(amount)} บาท ลงนามปลายปีงบประมาณ (${day(signed).th})`,
          `Row ${p.row}: a specific-method purchase of ${formatMoney(amount)} baht signed at the end of the fiscal year (${day(signed).en})`,
        ),
      );
  }
  const bySupplier = new Map<string, ParsedRow[]>();
  let total = 0;
  for (const p of rows) {
    if (!p.supplierKey) continue;
    total++;
    const list = bySupplier.get(p.supplierKey);
    if (list) list.push(p);
    else bySupplier.set(p.supplierKey, [p]);
  }
  repeatWinners(ctx, bySupplier, total);
  splitPurchases(ctx, bySupplier);
}

function repeatWinners(ctx: RuleContext, bySupplier: ReadonlyMap<string, ParsedRow[]>, total: number): void {
  const col =
    ctx.matched.get('supplierName') ?? ctx.matched.get('winnerAndPrice') ?? ctx.matched.get('supplierId') ?? null;
  for (const list of bySupplier.values()) {
    if (list.length < S.repeatWinnerMinWins || list.length / total < S.repeatWinnerMinShare) continue;
    const who = list[0]!.supplierName ?? 'ผู้ประกอบการรายนี้';
    for (const p of list)
      report(ctx, 'flag-repeat-winner', p.row, col, () =>
        msg(
          `แถว ${p.row}: "${who}" ได้รับการคัดเลือก ${list.length} จาก ${total} รายการในแผ่นงานนี้`,
          `Row ${p.row}: "${who}" was selected in ${list.length} of ${total} procurements on this sheet`,
        ),
      );
  }
}

interface Buy {
  readonly p: ParsedRow;
  readonly day: number;
  readonly amount: number;
  grams: Int32Array | null;
  key: string | null;
}

/** เฉพาะเจาะจง buys from one supplier for similar items within a short window, each under the threshold but together over it (ม.65). */
function splitPurchases(ctx: RuleContext, bySupplier: ReadonlyMap<string, ParsedRow[]>): void {
  const flagged = new Set<ParsedRow>();
  const col = ctx.matched.get('item') ?? null;
  // Agencies buy the same few things again and again: one bigram list per distinct item key.
  const gramsOf = new Map<string, Int32Array>();
  const similar = (a: Buy, b: Buy): boolean => {
    a.key ??= itemKey(a.p.item);
    b.key ??= itemKey(b.p.item);
    if (a.key === b.key) return true;
    if (!a.grams) {
      a.grams = gramsOf.get(a.key) ?? bigrams(a.key);
      gramsOf.set(a.key, a.grams);
    }
    if (!b.grams) {
      b.grams = gramsOf.get(b.key) ?? bigrams(b.key);
      gramsOf.set(b.key, b.grams);
    }
    return dice(a.grams, b.grams) >= S.splitItemSimilarity;
  };
  const list: Buy[] = [];
  for (const all of bySupplier.values()) {
    if (all.length < 2) continue;
    list.length = 0;
    for (const p of all) {
      const amount = p.agreedPrice ?? p.budget;
      if (p.signDate && p.method?.canonical === SPECIFIC && amount !== undefined && amount <= S.splitThreshold)
        list.push({ p, day: dayNumber(p.signDate), amount, grams: null, key: null });
    }
    if (list.length < 2) continue;
    list.sort((a, b) => a.day - b.day);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      // Most windows hold one buy: look for a second before building anything.
      let sum = a.amount;
      let n = 1;
      for (let j = i + 1; j < list.length && list[j]!.day - a.day <= S.splitWindowDays; j++)
        if (similar(a, list[j]!)) {
          sum += list[j]!.amount;
          n++;
        }
      if (n < 2 || sum <= S.splitThreshold) continue;
      const group = [a.p];
      for (let j = i + 1; j < list.length && list[j]!.day - a.day <= S.splitWindowDays; j++)
        if (similar(a, list[j]!)) group.push(list[j]!.p);
      const rowsText = group.map((p) => p.row).join(', ');
      for (const p of group) {
        if (flagged.has(p)) continue;
        flagged.add(p);
        report(ctx, 'flag-split-purchase', p.row, col, () =>
          msg(
            `แถว ${p.row}: ซื้อ/จ้างวิธีเฉพาะเจาะจงรายการคล้ายกันจากผู้ประกอบการเดียวกันภายใน ${S.splitWindowDays} วัน (แถว ${rowsText}) รวม ${formatMoney(sum)} บาท เกิน ${formatMoney(S.splitThreshold)} บาท อาจเป็นการแบ่งซื้อแบ่งจ้าง (ม.65)`,
            `Row ${p.row}: similar specific-method buys from one supplier within ${S.splitWindowDays} days (rows ${rowsText}) total ${formatMoney(sum)} baht, over ${formatMoney(S.splitThreshold)}: possible splitting (s.65)`,
          ),
        );
      }
    }
  }
}
