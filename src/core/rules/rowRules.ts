import { fiscalYearOf } from '../cells/dates';
import { parseMethod } from '../cells/methods';
import { METHODS, type MethodEntry } from '../settings/data';
import type { Bilingual, ColumnId, TemplateColumn } from '../templates/types';
import { formatMoney, formatMonthEn, type Day } from '../text/format';
import { inYears, report, type MonthEnd, type RuleContext, type YearSpan } from './context';
import { baht, day, month, msg, names } from './messages';
import { CANCELLED } from './cellText';
import type { ParsedRow } from './parsedRow';
import { NONE, type ParsedRows } from './parsedRows';
import { isBudgetLine } from './buyAmounts';

const NOT_SIGNED = 'ยังไม่ได้ลงนามในสัญญา';

function col(ctx: RuleContext, id: ColumnId): TemplateColumn | null {
  return ctx.matched.get(id) ?? null;
}

/** The column row `r`'s signing date is read from: a split contract reference's date cell where it is filled. */
function signColumn(ctx: RuleContext, r: number): TemplateColumn | null {
  const split = col(ctx, 'contractDate');
  if (split && ctx.datedInOwnCell?.has(r)) return split;
  return col(ctx, 'signDate') ?? col(ctx, 'contractRef') ?? col(ctx, 'transactionDate');
}

/**
 * judgeRow for every data row. A function of its own, not a loop in the caller's body: V8 then keeps
 * it optimized when the long function calling it is deoptimized (as one-off code in it often is) and
 * would finish its loop over the rows in the interpreter.
 */
export function judgeEveryRow(
  ctx: RuleContext,
  rows: ParsedRows,
  sheetYear: number | null,
  oneYear: number | null,
): void {
  for (let i = 0; i < rows.slots; i++) if (rows.present[i]) judgeRow(ctx, rows, i, sheetYear, oneYear);
}

/**
 * Rules across the columns of one row (DOMAIN §3.7), read from slot `i` of the kept rows (NaN: no
 * amount). `sheetYear` is the sheet's fiscal year (BE); `oneYear` the same where most rows' own years agree
 * with it (the rows of another are then off). Each finding is written by a function of its
 * own, with its message and value written only if the report keeps it: a row that breaks no rule
 * allocates nothing, and past a code's limit a finding costs a count.
 */
export function judgeRow(
  ctx: RuleContext,
  rows: ParsedRows,
  i: number,
  sheetYear: number | null,
  oneYear: number | null = null,
): void {
  const r = rows.first + i;
  const signDate = rows.signDateAt(i);
  const plannedStart = rows.plannedStartAt(i);
  // Under a title naming two years, a row without its own is of the one its date is in, if either.
  const spanned = ctx.years && yearIn(ctx.years, signDate ?? plannedStart);
  const fy = rows.fiscalYear[i] !== NONE ? rows.fiscalYear[i]! : (spanned ?? sheetYear);
  // A negative amount ("(5,000)") is its own error (negative-amount): no price is judged against it
  // (overAmount). The amounts are kept as read, not made NaN when negative first: V8 boxes a number
  // chosen so on every row, an allocation each, once a message may be handed it.
  const budget = rows.budget[i]!;
  const referencePrice = rows.referencePrice[i]!;
  const agreedPrice = rows.agreedPrice[i]!;

  // Agreed price against budget and reference price, in satang: a VAT formula without ROUND
  // (=4672.9*1.07 is 5000.003) shows and is paid as 5,000.00.
  const overBudget = overAmount(agreedPrice, budget);
  // Over a budget no lower than the reference price, it is over that too: said once, as the error.
  const overReference = overAmount(agreedPrice, referencePrice) && !(overBudget && !overAmount(referencePrice, budget));
  const referenceOver = overAmount(referencePrice, budget);
  // Said through one call: amounts handed to calls in several branches are boxed by V8 on every row.
  if (overBudget || overReference || referenceOver)
    priceFindings(ctx, rows, i, overBudget, overReference, referenceOver);

  // Dates: compared by their day numbers; a Day is looked up only for what needs its month or a message.
  if (signDate && rows.endDay[i] !== NONE && rows.endDay[i]! < rows.signDay[i]!)
    endBeforeStart(ctx, r, rows.endDateAt(i)!, signDate);
  const late = ctx.lateOrders;
  const lateOrder = late !== undefined && rows.signDay[i]! >= late.from && rows.signDay[i]! < late.to;
  const yearOff = !!signDate && fy !== null && fiscalYearOf(signDate) !== fy && !lateOrder;
  if (signDate && yearOff) {
    // The row's own year (2568 layout) is the odd one out when its date is in the sheet's year.
    if (fy !== sheetYear && fiscalYearOf(signDate) === sheetYear) rowYearOff(ctx, r, signDate, fy, sheetYear);
    else outOfYear(ctx, r, signDate, fy === sheetYear && ctx.years ? ctx.years : { from: fy, to: fy });
  } else if (fy !== null && oneYear !== null && fy !== oneYear)
    // A row of another year altogether, its date agreeing, in a table whose rows are of one year (the
    // 2568 layout lists one year's items); not where the rows themselves are split.
    rowOfOtherYear(ctx, r, fy, oneYear);
  // After the month the form reports, or the day its title names, in its year still (out of the year
  // is said as that): once, the month's words where both are in the title ("มีนาคม 2567 (1 - 31 มี.ค. 2567)").
  const monthEnd = signDate && !yearOff ? ctx.monthEnd?.(r) : undefined;
  if (signDate && monthEnd && rows.signDay[i]! > monthEnd.dayNumber) signedAfterMonth(ctx, r, signDate, monthEnd);
  else if (signDate && !yearOff && ctx.asOf && rows.signDay[i]! > ctx.asOf.dayNumber)
    signedAfterAsOf(ctx, r, signDate, ctx.asOf.day, !!ctx.asOf.implied);
  if (plannedStart && fy !== null && fiscalYearOf(plannedStart) !== fy)
    startOutOfYear(ctx, r, plannedStart, fy === sheetYear && ctx.years ? ctx.years : { from: fy, to: fy });
  if (rows.statusAt(i) === NOT_SIGNED && signDate && ctx.matched.has('signDate')) statusMismatch(ctx, r, signDate);

  // Project number year against the signing date: created (yymm) by the month after signing, signed
  // within 2 years. e-GP numbers small buys entered after the fact with the next month: 14 of the 250
  // real export rows are dated the month before their number's.
  const projectYear = rows.projectYear[i]!;
  const projectMonth = rows.projectMonth[i]!;
  if (projectYear !== NONE && projectMonth !== NONE && signDate) {
    const created = projectYear * 12 + projectMonth;
    const signed = (signDate.y + 543) * 12 + signDate.m;
    if (signed < created - 1 || signed - created > 24) projectYearOff(ctx, rows, i, signDate, signed < created);
  }

  // Method: legacy names and the thresholds of the act.
  const m = rows.method[i]! < 0 ? undefined : rows.methods[rows.method[i]!];
  if (m) {
    // A total of many purchases by one method (O17's summary) says nothing of any purchase's amount.
    const amounts = !ctx.template.rowsAreTotals;
    if (m.legacy && fy !== null && fy >= METHODS.legacyBeforeFiscalYear) legacyMethod(ctx, r, m);
    // Three consts, not one destructuring of an array: V8 (Node 20) allocates that array on every row.
    const b = rows.budget[i]!;
    const ref = rows.referencePrice[i]!;
    const agreed = rows.agreedPrice[i]!;
    // The buy's own amount: its budget, unless that is the year's budget line typed in each row (then
    // its reference price, else its agreed price); where no budget is given, likewise.
    // A budget line is told by a reference price of the buy's own (a ราคากลาง of 0 or none tells nothing).
    const byBudget = !Number.isNaN(b) && !(ref > 0 && isBudgetLine(b, ref, agreed));
    const of: AmountOf = byBudget ? 'budget' : ref > 0 ? 'referencePrice' : 'agreedPrice';
    const amount = amountBy(rows, i, of);
    // A negative amount is its own error (negative-amount), not a method's bound; a procurement
    // cancelled (nothing bought, its amounts often 0) says nothing of the method's range.
    if (
      amounts &&
      amount >= 0 &&
      rows.statusAt(i) !== CANCELLED &&
      ((m.min !== undefined && !over(amount, m.min)) || (m.max !== undefined && over(amount, m.max)))
    )
      // The message reads its amount again: this one, chosen among three, would be boxed on every row.
      methodThreshold(ctx, r, m, amountBy(rows, i, of), of, !Number.isNaN(b));
  }
}

/** The findings of slot `i`'s prices that judgeRow found (none of its amounts is negative then). */
function priceFindings(
  ctx: RuleContext,
  rows: ParsedRows,
  i: number,
  overBudget: boolean,
  overReference: boolean,
  referenceOver: boolean,
): void {
  const r = rows.first + i;
  const budget = rows.budget[i]!;
  const reference = rows.referencePrice[i]!;
  const agreed = rows.agreedPrice[i]!;
  if (overBudget) priceOverBudget(ctx, r, agreed, budget);
  if (overReference) priceOverReference(ctx, r, agreed, reference);
  if (referenceOver) referenceOverBudget(ctx, r, reference, budget);
}

/** Amount `a` over `b` (over) where neither is negative (nor NaN): a negative amount is an error of its own. */
const overAmount = (a: number, b: number) => a >= 0 && b >= 0 && over(a, b);

/**
 * Amount `a` over `b` by half a satang or more: amounts are shown and paid in whole satang (and a
 * comparison with NaN, no amount, is false).
 */
export const over = (a: number, b: number) => a - b >= 0.005;

/**
 * The budget as the form names it: วงเงินงบประมาณ (O16, O14, 2568), or สขร.1's วงเงินที่จะซื้อหรือจ้าง and
 * O21's วงเงินที่ซื้อหรือจ้าง, so that the officer finds the column the message speaks of.
 */
function budgetName(ctx: RuleContext): { th: string; en: string } {
  const c = ctx.matched.get('budget');
  if (!c || c.header.startsWith('วงเงินงบประมาณ')) return { th: 'วงเงินงบประมาณ', en: 'the budget' };
  return {
    th: c.header.replace(/\s*\(บาท\)\s*$/, ''),
    en: `the ${c.en.replace(/\s*\(baht\)\s*$/i, '').toLowerCase()}`,
  };
}

export function priceOverBudget(ctx: RuleContext, r: number, agreed: number, budget: number): void {
  report(
    ctx,
    'price-over-budget',
    r,
    col(ctx, 'agreedPrice') ?? col(ctx, 'winnerAndPrice'),
    () =>
      msg(
        `แถว ${r}: ราคาที่ตกลง ${formatMoney(agreed)} เกิน${budgetName(ctx).th} ${formatMoney(budget)} (เกิน ${baht(agreed - budget).th})`,
        `Row ${r}: agreed price ${formatMoney(agreed)} exceeds ${budgetName(ctx).en} ${formatMoney(budget)} (by ${baht(agreed - budget).en})`,
      ),
    () => ({ value: formatMoney(agreed) }),
  );
}

function priceOverReference(ctx: RuleContext, r: number, agreed: number, reference: number): void {
  report(
    ctx,
    'price-over-reference',
    r,
    col(ctx, 'agreedPrice') ?? col(ctx, 'winnerAndPrice'),
    () =>
      msg(
        `แถว ${r}: ราคาที่ตกลง ${formatMoney(agreed)} สูงกว่าราคากลาง ${formatMoney(reference)} ต้องมีเหตุผลประกอบ`,
        `Row ${r}: agreed price ${formatMoney(agreed)} is above the reference price ${formatMoney(reference)}; a reason is needed`,
      ),
    () => ({ value: formatMoney(agreed) }),
  );
}

function referenceOverBudget(ctx: RuleContext, r: number, reference: number, budget: number): void {
  report(
    ctx,
    'reference-over-budget',
    r,
    col(ctx, 'referencePrice'),
    () =>
      msg(
        `แถว ${r}: ราคากลาง ${formatMoney(reference)} สูงกว่า${budgetName(ctx).th} ${formatMoney(budget)}`,
        `Row ${r}: reference price ${formatMoney(reference)} is above ${budgetName(ctx).en} ${formatMoney(budget)}`,
      ),
    () => ({ value: formatMoney(reference) }),
  );
}

function endBeforeStart(ctx: RuleContext, r: number, endDate: Day, signDate: Day): void {
  report(ctx, 'contract-end-before-start', r, col(ctx, 'endDate'), () =>
    msg(
      `แถว ${r}: วันสิ้นสุดสัญญา ${day(endDate).th} อยู่ก่อนวันลงนาม ${day(signDate).th}`,
      `Row ${r}: the contract ends (${day(endDate).en}) before it is signed (${day(signDate).en})`,
    ),
  );
}

function outOfYear(ctx: RuleContext, r: number, signDate: Day, years: YearSpan): void {
  const c = signColumn(ctx, r);
  const [from, to] = [years.from, years.to];
  const fy = from === to ? `${from}` : `${from}–${to}`;
  report(ctx, 'date-out-of-year', r, c, () =>
    msg(
      `แถว ${r}: วันที่ลงนาม ${day(signDate).th} ไม่อยู่ในปีงบประมาณ ${fy} (1 ต.ค. ${from - 1} – 30 ก.ย. ${to})`,
      `Row ${r}: signed on ${day(signDate).en}, outside fiscal year${from === to ? '' : 's'} ${fy} (1 Oct ${from - 544} – 30 Sep ${to - 543})`,
    ),
  );
}

/** The fiscal year of `d` if it is one of `years`, else null. */
function yearIn(years: YearSpan, d: Day | undefined): number | null {
  const y = d ? fiscalYearOf(d) : NaN;
  return inYears(years, y) ? y : null;
}

/** Signed after the day the title says the data is as of (O16: contracts signed by 31 March). */
function signedAfterAsOf(ctx: RuleContext, r: number, signDate: Day, asOf: Day, o16: boolean): void {
  const c = signColumn(ctx, r);
  report(ctx, 'signed-after-as-of', r, c, () =>
    o16
      ? msg(
          `แถว ${r}: วันที่ลงนาม ${day(signDate).th} อยู่หลัง ${day(asOf).th} แต่ O16 แสดงสัญญาที่ลงนามถึงวันที่ 31 มีนาคม สัญญานี้อยู่ใน O17 ตรวจวันที่ลงนาม หรือชื่อแผ่นงานและชื่อตาราง`,
          `Row ${r}: signed on ${day(signDate).en}, after ${day(asOf).en}, but O16 lists the contracts signed by 31 March: this one belongs in O17; check the signing date, or the sheet's name and title`,
        )
      : msg(
          `แถว ${r}: วันที่ลงนาม ${day(signDate).th} อยู่หลังวันที่ของข้อมูลในชื่อตาราง (ณ วันที่ ${day(asOf).th}) ตรวจวันที่ลงนาม หรือวันที่ในชื่อตาราง`,
          `Row ${r}: signed on ${day(signDate).en}, after the day the title says the data is as of (${day(asOf).en}); check the signing date or the title's date`,
        ),
  );
}

/** Signed after the month a monthly form reports (สขร.1 "ในรอบเดือนมกราคม 2566" listing March contracts). */
function signedAfterMonth(ctx: RuleContext, r: number, signDate: Day, reported: MonthEnd): void {
  const c = signColumn(ctx, r);
  const where = reported.byName
    ? { th: 'เดือนในชื่อแผ่นงาน', en: "the month in the sheet's name" }
    : reported.heading === undefined
      ? { th: 'เดือนในชื่อตาราง', en: 'the month in the title' }
      : { th: `หัวเดือนในแถว ${reported.heading}`, en: `the month heading in row ${reported.heading}` };
  report(ctx, 'signed-after-month', r, c, () =>
    msg(
      `แถว ${r}: วันที่ลงนาม ${day(signDate).th} อยู่หลังเดือนที่แบบนี้รายงาน (${reported.month}) สัญญานี้อยู่ในรายงานของเดือนหลัง ตรวจวันที่ หรือ${where.th}`,
      `Row ${r}: signed on ${day(signDate).en}, after the month this form reports (${formatMonthEn(reported.day)}); it belongs to a later month's form: check the date or ${where.en}`,
    ),
  );
}

/** The row's own fiscal-year cell (2568 layout) is off: said there, in the words `say` writes when shown. */
function rowYearCell(ctx: RuleContext, r: number, fy: number, say: () => ReturnType<typeof msg>): void {
  report(ctx, 'date-out-of-year', r, col(ctx, 'fiscalYear'), say, { value: String(fy) });
}

function rowYearOff(ctx: RuleContext, r: number, signDate: Day, fy: number, sheetYear: number): void {
  rowYearCell(ctx, r, fy, () =>
    msg(
      `แถว ${r}: ปีงบประมาณของแถว ${fy} ไม่ตรงกับปีงบประมาณ ${sheetYear} ของตาราง ซึ่งวันที่ลงนาม ${day(signDate).th} อยู่ในปีนั้น ตรวจปีงบประมาณของแถว`,
      `Row ${r}: the row's fiscal year ${fy} differs from the table's ${sheetYear}, which its signing date ${day(signDate).en} is in; check the row's fiscal year`,
    ),
  );
}

function rowOfOtherYear(ctx: RuleContext, r: number, fy: number, sheetYear: number): void {
  rowYearCell(ctx, r, fy, () =>
    msg(
      `แถว ${r}: เป็นรายการของปีงบประมาณ ${fy} ไม่ใช่ปี ${sheetYear} ของตาราง ตารางหนึ่งแสดงรายการของปีเดียว ลบแถวนี้หรือย้ายไปตารางของปี ${fy}`,
      `Row ${r}: an item of fiscal year ${fy}, not the table's ${sheetYear}; a table lists one year's items: remove the row or move it to ${fy}'s`,
    ),
  );
}

/** O14: a plan lists what is to start within its fiscal year. */
function startOutOfYear(ctx: RuleContext, r: number, start: Day, years: YearSpan): void {
  const [from, to] = [years.from, years.to];
  const fy = from === to ? `${from}` : `${from}–${to}`;
  report(ctx, 'date-out-of-year', r, col(ctx, 'plannedStart'), () =>
    msg(
      `แถว ${r}: คาดว่าจะเริ่มดำเนินการ ${month(start).th} ไม่อยู่ในปีงบประมาณ ${fy} ของแผน (ต.ค. ${from - 1} – ก.ย. ${to})`,
      `Row ${r}: expected to start in ${month(start).en}, outside the plan's fiscal year${from === to ? '' : 's'} ${fy} (Oct ${from - 544} – Sep ${to - 543})`,
    ),
  );
}

function statusMismatch(ctx: RuleContext, r: number, signDate: Day): void {
  report(ctx, 'status-date-mismatch', r, col(ctx, 'status'), () =>
    msg(
      `แถว ${r}: สถานะ "${NOT_SIGNED}" แต่มีวันที่ลงนาม ${day(signDate).th} แก้สถานะหรือวันที่ให้ตรงกัน`,
      `Row ${r}: status says not yet signed, but a signing date ${day(signDate).en} is given; make them agree`,
    ),
  );
}

function projectYearOff(ctx: RuleContext, rows: ParsedRows, i: number, signDate: Day, early: boolean): void {
  const r = rows.first + i;
  const [year, month] = [rows.projectYear[i]!, rows.projectMonth[i]!];
  const projectNumber = rows.projectNumberAt(i);
  report(
    ctx,
    'project-number-year',
    r,
    col(ctx, 'projectNumber'),
    () =>
      msg(
        `แถว ${r}: เลขที่โครงการ ${projectNumber} สร้างเมื่อเดือน ${month}/${year} แต่ลงนามสัญญา ${day(signDate).th} ${early ? 'ก่อนสร้างโครงการ' : 'ห่างกันเกิน 2 ปี'} ตรวจเลขที่โครงการ`,
        `Row ${r}: project ${projectNumber} was created in ${month}/${year} BE but signed on ${day(signDate).en}, ${early ? 'before it existed' : 'more than 2 years later'}; check the number`,
      ),
    { value: projectNumber },
  );
}

function legacyMethod(ctx: RuleContext, r: number, m: MethodEntry): void {
  // The act's method that took its place, where one did (ประกวดราคา: e-bidding) or the ground the cell cites
  // names one (ตกลงราคา ม.56(2)(ข): เฉพาะเจาะจง): named, not written, as the officer knows which method the
  // procurement really used.
  const act = byGround(ctx, r) ?? m.replacedBy;
  const next = act ? { th: ` เช่น "${act}"`, en: ` such as "${act}"` } : { th: '', en: '' };
  report(
    ctx,
    'legacy-method',
    r,
    col(ctx, 'method'),
    () =>
      msg(
        `แถว ${r}: "${m.canonical}" เป็นวิธีตามระเบียบเดิม ใช้ได้เฉพาะโครงการก่อนปีงบประมาณ ${METHODS.legacyBeforeFiscalYear} ใช้วิธีตาม พ.ร.บ.ฯ 2560 แทน${next.th}`,
        `Row ${r}: "${m.canonical}" is a method of the old rules, valid only before fiscal year ${METHODS.legacyBeforeFiscalYear}; use a method of the 2560 act${next.en}`,
      ),
    { value: m.canonical },
  );
}

/** The act's method an old one's cell names by its ground, with the ground (see MethodResult's `byGround`). */
function byGround(ctx: RuleContext, r: number): string | undefined {
  const v = ctx.valueAt(r, 'method');
  if (typeof v !== 'string') return undefined;
  const parsed = parseMethod(v);
  return parsed.kind === 'ok' ? parsed.byGround : undefined;
}

type AmountOf = 'budget' | 'referencePrice' | 'agreedPrice';

/** Slot `i`'s amount of column `of`. */
function amountBy(rows: ParsedRows, i: number, of: AmountOf): number {
  return of === 'budget' ? rows.budget[i]! : of === 'referencePrice' ? rows.referencePrice[i]! : rows.agreedPrice[i]!;
}

/** How a threshold's message names the amount it judged. */
const AMOUNT_NAMES: Record<AmountOf, Bilingual> = {
  budget: { th: 'วงเงิน', en: 'budget' },
  referencePrice: { th: 'ราคากลาง', en: 'reference price' },
  agreedPrice: { th: 'ราคาที่ตกลง', en: 'agreed price' },
};

function methodThreshold(
  ctx: RuleContext,
  r: number,
  m: MethodEntry,
  amount: number,
  of: AmountOf,
  budgetGiven: boolean,
): void {
  report(
    ctx,
    'method-threshold',
    r,
    col(ctx, 'method'),
    () => {
      const range = {
        th:
          m.min !== undefined && m.max !== undefined
            ? `เกิน ${formatMoney(m.min)} ถึง ${formatMoney(m.max)} บาท`
            : m.min !== undefined
              ? `เกิน ${formatMoney(m.min)} บาท`
              : `ไม่เกิน ${formatMoney(m.max!)} บาท`,
        en:
          m.min !== undefined && m.max !== undefined
            ? `over ${formatMoney(m.min)} and up to ${formatMoney(m.max)} baht`
            : m.min !== undefined
              ? `over ${formatMoney(m.min)} baht`
              : `up to ${formatMoney(m.max!)} baht`,
      };
      // Not the budget: said so (no budget of its own, or the budget line typed in each row).
      const by =
        of === 'budget'
          ? { th: '', en: '' }
          : {
              th: ` (${AMOUNT_NAMES[of].th} เพราะ${budgetGiven ? 'วงเงินในแถวเป็นวงเงินงบประมาณทั้งรายการ' : 'ไม่มีวงเงิน'})`,
              en: ` (the ${AMOUNT_NAMES[of].en}: ${budgetGiven ? "the row's budget is the whole budget line" : 'no budget is given'})`,
            };
      return msg(
        `แถว ${r}: ${AMOUNT_NAMES[of].th} ${formatMoney(amount)} บาท กับ "${m.canonical}" ซึ่งใช้กับวงเงิน${range.th}${by.th} ตรวจเหตุผลการเลือกวิธี`,
        `Row ${r}: ${formatMoney(amount)} baht bought by "${m.en}"${by.en}, a method for amounts ${range.en}; check the grounds for the method`,
      );
    },
    () => ({ value: formatMoney(amount) }),
  );
}

/**
 * A summary line (O17 by method) counting no procurements with money against it: one of the two is
 * wrong. Judged as its cells are read, as the line's count is kept nowhere else.
 */
export function judgeCount(ctx: RuleContext, p: ParsedRow): void {
  if (p.count !== 0) return;
  const [budget, agreed] = [p.budget!, p.agreedPrice!];
  const amount = budget > 0 ? budget : agreed > 0 ? agreed : 0;
  if (amount > 0) countWithoutProcurements(ctx, p.row, amount, budget > 0);
}

function countWithoutProcurements(ctx: RuleContext, r: number, amount: number, isBudget: boolean): void {
  const what = isBudget ? { th: 'วงเงินงบประมาณ', en: 'a budget' } : { th: 'ราคาที่ตกลง', en: 'an agreed amount' };
  const c = col(ctx, 'count');
  report(ctx, 'count-zero-with-amount', r, c, () => {
    const n = c ? names(c) : { th: 'จำนวน', en: 'The count' };
    return msg(
      `แถว ${r}: ${n.th} เป็น 0 แต่มี${what.th} ${formatMoney(amount)} บาท ถ้าไม่มีการจัดซื้อจัดจ้างในแถวนี้ ให้ใส่ 0 ทั้งแถว ถ้ามี ให้แก้ ${n.th}`,
      `Row ${r}: ${n.en} is 0 but the line has ${what.en} of ${formatMoney(amount)} baht; if nothing was bought on this line, make it all 0, otherwise correct the count`,
    );
  });
}
