import { compareDays, fiscalYearOf } from '../cells/dates';
import { METHODS } from '../settings/data';
import type { ColumnId, TemplateColumn } from '../templates/types';
import { formatMoney } from '../text/format';
import { report, type RuleContext } from './context';
import { baht, day, msg } from './messages';
import type { ParsedRow } from './parsedRow';

const NOT_SIGNED = 'ยังไม่ได้ลงนามในสัญญา';

function col(ctx: RuleContext, id: ColumnId): TemplateColumn | null {
  return ctx.matched.get(id) ?? null;
}

/** Rules across the columns of one row (DOMAIN §3.7). `sheetYear` is the sheet's fiscal year (BE). */
export function judgeRow(ctx: RuleContext, p: ParsedRow, sheetYear: number | null): void {
  const r = p.row;
  const fy = p.fiscalYear ?? sheetYear;

  // Agreed price against budget and reference price.
  if (p.agreedPrice !== undefined && p.budget !== undefined && p.agreedPrice > p.budget) {
    const c = col(ctx, 'agreedPrice') ?? col(ctx, 'winnerAndPrice');
    report(
      ctx,
      'price-over-budget',
      r,
      c,
      msg(
        `แถว ${r}: ราคาที่ตกลง ${formatMoney(p.agreedPrice)} เกินวงเงินงบประมาณ ${formatMoney(p.budget)} (เกิน ${baht(p.agreedPrice - p.budget).th})`,
        `Row ${r}: agreed price ${formatMoney(p.agreedPrice)} exceeds the budget ${formatMoney(p.budget)} (by ${baht(p.agreedPrice - p.budget).en})`,
      ),
      { value: formatMoney(p.agreedPrice) },
    );
  }
  if (p.agreedPrice !== undefined && p.referencePrice !== undefined && p.agreedPrice > p.referencePrice) {
    report(
      ctx,
      'price-over-reference',
      r,
      col(ctx, 'agreedPrice') ?? col(ctx, 'winnerAndPrice'),
      msg(
        `แถว ${r}: ราคาที่ตกลง ${formatMoney(p.agreedPrice)} สูงกว่าราคากลาง ${formatMoney(p.referencePrice)} ต้องมีเหตุผลประกอบ`,
        `Row ${r}: agreed price ${formatMoney(p.agreedPrice)} is above the reference price ${formatMoney(p.referencePrice)}; a reason is needed`,
      ),
      { value: formatMoney(p.agreedPrice) },
    );
  }
  if (p.referencePrice !== undefined && p.budget !== undefined && p.referencePrice > p.budget) {
    report(
      ctx,
      'reference-over-budget',
      r,
      col(ctx, 'referencePrice'),
      msg(
        `แถว ${r}: ราคากลาง ${formatMoney(p.referencePrice)} สูงกว่าวงเงินงบประมาณ ${formatMoney(p.budget)}`,
        `Row ${r}: reference price ${formatMoney(p.referencePrice)} is above the budget ${formatMoney(p.budget)}`,
      ),
      { value: formatMoney(p.referencePrice) },
    );
  }

  // Dates.
  if (p.signDate && p.endDate && compareDays(p.endDate, p.signDate) < 0) {
    report(
      ctx,
      'contract-end-before-start',
      r,
      col(ctx, 'endDate'),
      msg(
        `แถว ${r}: วันสิ้นสุดสัญญา ${day(p.endDate).th} อยู่ก่อนวันลงนาม ${day(p.signDate).th}`,
        `Row ${r}: the contract ends (${day(p.endDate).en}) before it is signed (${day(p.signDate).en})`,
      ),
    );
  }
  if (p.signDate && fy !== null && fiscalYearOf(p.signDate) !== fy) {
    const c = col(ctx, 'signDate') ?? col(ctx, 'contractRef') ?? col(ctx, 'transactionDate');
    report(
      ctx,
      'date-out-of-year',
      r,
      c,
      msg(
        `แถว ${r}: วันที่ลงนาม ${day(p.signDate).th} ไม่อยู่ในปีงบประมาณ ${fy} (1 ต.ค. ${fy - 1} – 30 ก.ย. ${fy})`,
        `Row ${r}: signed on ${day(p.signDate).en}, outside fiscal year ${fy} (1 Oct ${fy - 544} – 30 Sep ${fy - 543})`,
      ),
    );
  }
  if (p.status === NOT_SIGNED && p.signDate && ctx.matched.has('signDate')) {
    report(
      ctx,
      'status-date-mismatch',
      r,
      col(ctx, 'status'),
      msg(
        `แถว ${r}: สถานะ "${NOT_SIGNED}" แต่มีวันที่ลงนาม ${day(p.signDate).th} แก้สถานะหรือวันที่ให้ตรงกัน`,
        `Row ${r}: status says not yet signed, but a signing date ${day(p.signDate).en} is given; make them agree`,
      ),
    );
  }

  // Project number year against the signing date: created (yymm) no later than signed, within 2 years.
  if (p.projectYear !== undefined && p.projectMonth !== undefined && p.signDate) {
    const created = p.projectYear * 12 + p.projectMonth;
    const signed = (p.signDate.y + 543) * 12 + p.signDate.m;
    if (signed < created || signed - created > 24) {
      report(
        ctx,
        'project-number-year',
        r,
        col(ctx, 'projectNumber'),
        msg(
          `แถว ${r}: เลขที่โครงการ ${p.projectNumber} สร้างเมื่อเดือน ${p.projectMonth}/${p.projectYear} แต่ลงนามสัญญา ${day(p.signDate).th} ${signed < created ? 'ก่อนสร้างโครงการ' : 'ห่างกันเกิน 2 ปี'} ตรวจเลขที่โครงการ`,
          `Row ${r}: project ${p.projectNumber} was created in ${p.projectMonth}/${p.projectYear} BE but signed on ${day(p.signDate).en}, ${signed < created ? 'before it existed' : 'more than 2 years later'}; check the number`,
        ),
        { value: p.projectNumber },
      );
    }
  }

  // Method: legacy names and the thresholds of the act.
  const m = p.method;
  if (m) {
    const mc = col(ctx, 'method');
    if (m.legacy && fy !== null && fy >= METHODS.legacyBeforeFiscalYear) {
      report(
        ctx,
        'legacy-method',
        r,
        mc,
        msg(
          `แถว ${r}: "${m.canonical}" เป็นวิธีตามระเบียบเดิม ใช้ได้เฉพาะโครงการก่อนปีงบประมาณ ${METHODS.legacyBeforeFiscalYear} ใช้วิธีตาม พ.ร.บ.ฯ 2560 แทน`,
          `Row ${r}: "${m.canonical}" is a method of the old rules, valid only before fiscal year ${METHODS.legacyBeforeFiscalYear}; use a method of the 2560 act`,
        ),
        { value: m.canonical },
      );
    }
    const amount = p.budget ?? p.referencePrice ?? p.agreedPrice;
    if (amount !== undefined && ((m.min !== undefined && amount <= m.min) || (m.max !== undefined && amount > m.max))) {
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
      report(
        ctx,
        'method-threshold',
        r,
        mc,
        msg(
          `แถว ${r}: วงเงิน ${formatMoney(amount)} บาท กับ "${m.canonical}" ซึ่งใช้กับวงเงิน${range.th} ตรวจเหตุผลการเลือกวิธี`,
          `Row ${r}: ${formatMoney(amount)} baht bought by "${m.en}", a method for amounts ${range.en}; check the grounds for the method`,
        ),
        { value: formatMoney(amount) },
      );
    }
  }
}
