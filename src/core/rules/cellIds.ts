import { egpYearMonth, parseProjectNumber, type ProjectNumberResult } from '../cells/projectNumber';
import {
  FOREIGN_NOTE,
  hasThaiForm,
  isValidTaxId,
  maskDigits,
  maskId,
  parseTaxId,
  type TaxIdResult,
} from '../cells/taxId';
import { displayValue, type CellValue } from '../cells/value';
import { hasThaiDigits } from '../text/thai';
import type { Bilingual, TemplateColumn } from '../templates/types';
import { reportCellError } from './cellNumbers';
import { report, type RuleContext } from './context';
import { msg, names } from './messages';
import type { ParsedRow } from './parsedRow';

/**
 * An id stored as a number; `seen` and `shown` are how a message may show it as it is and as the fix
 * writes it (a citizen id masked, a project number not).
 */
function idAsNumber(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  digits: string,
  seen: string,
  shown: string,
  what: Bilingual,
): void {
  const n = names(c);
  report(
    ctx,
    'id-as-number',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} ${seen} เก็บเป็นตัวเลข Excel อาจแสดงเป็น ${Number(digits).toExponential(2).toUpperCase()} เมื่อคอลัมน์แคบ หรือตัดหลักทิ้ง ควรเก็บ${what.th}เป็นข้อความ`,
        `Row ${row}: ${n.en} ${seen} is stored as a number, which Excel may show as ${Number(digits).toExponential(2).toUpperCase()} in a narrow column, or cut; store ${what.en} as text`,
      ),
    { value: seen, suggestion: { value: digits, display: shown, kind: 'text' } },
  );
}

/**
 * A right id written otherwise than as plain digits (Thai or full-width digits, dashes, spaces): the
 * e-GP and the NACC's forms match ids digit for digit, so the plain digits are offered.
 */
function idWording(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  raw: string,
  seen: string,
  digits: string,
  shown: string,
  what: Bilingual,
): void {
  const n = names(c);
  const thai = hasThaiDigits(raw);
  report(
    ctx,
    thai ? 'thai-digits' : 'id-wording',
    row,
    c,
    () =>
      thai
        ? msg(
            `แถว ${row}: ${n.th} "${seen}" พิมพ์ด้วยเลขไทย ค้นหาและเทียบกับ e-GP ไม่ได้ ควรเป็น${what.th}ติดกัน ${shown}`,
            `Row ${row}: ${n.en} "${seen}" is typed in Thai digits, which searches and e-GP do not match; should be ${what.en} ${shown}`,
          )
        : msg(
            `แถว ${row}: ${n.th} "${seen}" มีขีด ช่องว่าง หรืออักขระอื่นปน ควรเป็น${what.th}ติดกัน ${shown}`,
            `Row ${row}: ${n.en} "${seen}" has dashes, spaces or other characters in it; should be ${what.en} in a row: ${shown}`,
          ),
    { value: seen, suggestion: { value: digits, display: shown, kind: 'text' } },
  );
}

/** A 13-digit tax or citizen id with a valid check digit. Personal ids are masked in messages (PDPA). */
export function judgeTaxId(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  if (typeof v === 'string' && isValidTaxId(v)) {
    p.supplierKey = v;
    return;
  }
  const r = parseTaxId(v);
  if (r.kind === 'ok' && !r.fromNumber && !r.reformatted) {
    p.supplierKey = r.id;
    return;
  }
  judgeTaxIdFurther(ctx, row, c, v, p, r);
}

/** judgeTaxId past its common case; apart so that the common case allocates nothing (see judgeNumber). */
function judgeTaxIdFurther(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  v: CellValue,
  p: ParsedRow,
  r: TaxIdResult,
): void {
  const raw = displayValue(v);
  const shown = maskId(raw.trim());
  const n = names(c);
  switch (r.kind) {
    case 'blank':
      return;
    case 'error':
      reportCellError(ctx, row, c, r.error);
      return;
    case 'checksum':
      report(
        ctx,
        'tax-id-checksum',
        row,
        c,
        () =>
          msg(
            `แถว ${row}: ${n.th} ${maskId(r.id)} หลักตรวจสอบไม่ถูกต้อง (หลักที่ 13 ควรเป็น ${r.expected} ถ้าสิบสองหลักแรกถูก) ตรวจเลขกับเอกสารอีกครั้ง`,
            `Row ${row}: ${n.en} ${maskId(r.id)} fails the check digit (the 13th digit would be ${r.expected} if the first twelve are right); check it against the documents`,
          ),
        { value: maskId(r.id) },
      );
      return;
    case 'format': {
      // A note that the winner is a foreign entity with no Thai id is what such a row can say: no error,
      // unless the winner's name is of a firm registered in Thailand, which has an id (below).
      const noted = r.reason === 'length' && typeof v === 'string' && FOREIGN_NOTE.test(v);
      const winner = noted ? ctx.valueAt(row, 'supplierName') : null;
      const thai = typeof winner === 'string' && hasThaiForm(winner) ? winner.trim() : null;
      if (noted && !thai) {
        report(
          ctx,
          'tax-id-foreign',
          row,
          c,
          () =>
            msg(
              `แถว ${row}: ${n.th} "${shown}" บอกว่าผู้ได้รับการคัดเลือกเป็นนิติบุคคลต่างประเทศที่ไม่มีเลขประจำตัวผู้เสียภาษีของไทย จึงไม่ตรวจเป็นเลข 13 หลัก (ถ้ามีเลขประจำตัวผู้เสียภาษีในไทย ให้ใส่เลขนั้นแทน)`,
              `Row ${row}: ${n.en} "${shown}" says the winner is a foreign entity with no Thai tax id, so it is not judged as a 13-digit id (if it has a Thai tax id, give that instead)`,
            ),
          { value: shown },
        );
        return;
      }
      // In e-GP's own export these are e-GP's codes, nothing to correct there: said as what the form
      // filled from it will need.
      if (ctx.importSource && (r.reason === 'joint-venture' || r.reason === 'placeholder')) {
        const what =
          r.reason === 'joint-venture'
            ? { th: 'กิจการร่วมค้า', en: 'a joint venture' }
            : { th: 'รหัสสมมุติ', en: 'a placeholder' };
        report(
          ctx,
          'tax-id-egp-code',
          row,
          c,
          () =>
            msg(
              `แถว ${row}: ${n.th} "${shown}" เป็นรหัสของ e-GP (${what.th}) ไม่ใช่เลขประจำตัวผู้เสียภาษี 13 หลัก แบบฟอร์มที่กรอกจากข้อมูลนี้ต้องใช้เลขประจำตัวผู้เสียภาษีจริง`,
              `Row ${row}: ${n.en} "${shown}" is e-GP's code (${what.en}), not a 13-digit tax id; the form filled from this data needs the real tax id`,
            ),
          { value: shown },
        );
        return;
      }
      // Written only when the finding is shown.
      const why = (): Record<typeof r.reason, Bilingual> => ({
        'joint-venture': {
          th: `"${shown}" เป็นรหัสกิจการร่วมค้าของ e-GP (ขึ้นต้นด้วย D) ไม่ใช่เลขประจำตัวผู้เสียภาษี 13 หลัก ใส่เลขผู้เสียภาษีของกิจการร่วมค้า`,
          en: `"${shown}" is an e-GP joint-venture code (starting with D), not a 13-digit tax id; give the joint venture's tax id`,
        },
        placeholder: {
          th: `"${shown}" เป็นรหัสสมมุติ ไม่ใช่เลขประจำตัวจริง ใส่เลขประจำตัวผู้เสียภาษีจริง`,
          en: `"${shown}" is a placeholder, not a real id; give the real tax id`,
        },
        masked: {
          th: `"${shown}" ถูกปิดบางหลัก ใส่เลขเต็ม 13 หลัก`,
          en: `"${shown}" has masked digits; give all 13 digits`,
        },
        scientific: {
          th: `"${shown}" ถูก Excel แปลงเป็นเลขวิทยาศาสตร์ ตัวเลขบางหลักหายไป พิมพ์เลข 13 หลักใหม่ในเซลล์รูปแบบข้อความ`,
          en: `"${shown}" was turned into scientific notation by Excel and lost digits; type the 13 digits again in a text-formatted cell`,
        },
        'lost-zero':
          typeof v === 'number'
            ? {
                // A 13-digit cell format shows the 0 again, so the message says where it is lost.
                th: `"${shown}" เก็บเป็นตัวเลข 12 หลัก เลข 0 ข้างหน้าหายไปจากค่าในเซลล์ (แม้รูปแบบเซลล์จะแสดง 0 ไว้ ค่าที่ e-GP และผู้อ่านไฟล์ได้รับก็ยังไม่มี 0) ควรเป็น ${r.suggestion ?? ''} (ข้อความ)`,
                en: `"${shown}" is stored as a 12-digit number: the leading 0 is lost from the value (even where the cell's format shows a 0, the value e-GP and readers of the file get has none); should be ${r.suggestion ?? ''} (as text)`,
              }
            : {
                th: `"${shown}" มี 12 หลัก เลข 0 ข้างหน้าหายไป ควรเป็น ${r.suggestion ?? ''}`,
                en: `"${shown}" has 12 digits: the leading 0 is missing; should be ${r.suggestion ?? ''}`,
              },
        length: thai
          ? {
              th: `"${shown}" บอกว่าผู้ได้รับการคัดเลือกเป็นนิติบุคคลต่างประเทศ แต่ "${thai}" เป็นกิจการที่จดทะเบียนในประเทศไทย ซึ่งมีเลขประจำตัวผู้เสียภาษี 13 หลัก ให้ใส่เลขนั้น`,
              en: `"${shown}" says the winner is foreign, but "${thai}" is a firm registered in Thailand, which has a 13-digit tax id: give that id`,
            }
          : {
              th: `"${shown}" ไม่ใช่เลข 13 หลัก`,
              en: `"${shown}" is not a 13-digit id`,
            },
      });
      report(
        ctx,
        'tax-id-format',
        row,
        c,
        () => {
          const w = why()[r.reason];
          return msg(`แถว ${row}: ${n.th} ${w.th}`, `Row ${row}: ${n.en} ${w.en}`);
        },
        {
          value: shown,
          ...(r.suggestion
            ? { suggestion: { value: r.suggestion, display: r.suggestion, kind: 'text' as const } }
            : {}),
        },
      );
      return;
    }
    case 'ok':
      p.supplierKey = r.id;
      if (r.fromNumber) idAsNumber(ctx, row, c, r.id, maskId(r.id), maskDigits(r.id), { th: 'เลขประจำตัว', en: 'ids' });
      else if (r.reformatted)
        idWording(ctx, row, c, raw, shown, r.id, maskDigits(r.id), { th: 'เลข 13 หลัก', en: '13 digits' });
  }
}

/** An 11-digit e-GP project number kept as text; 6.71E+10 has lost digits for good. */
export function judgeProjectNumber(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  // The common case without allocating a result: eleven digits of a year since 2540 and a month.
  const ym = typeof v === 'string' ? egpYearMonth(v) : 0;
  if (ym) {
    p.projectNumber = v as string;
    p.projectYear = Math.floor(ym / 100);
    p.projectMonth = ym % 100;
    return;
  }
  const r = parseProjectNumber(v);
  if (r.kind === 'ok' && !r.asNumber && !r.reformatted) {
    p.projectNumber = r.digits;
    p.projectYear = r.year;
    p.projectMonth = r.month;
    return;
  }
  judgeProjectNumberFurther(ctx, row, c, v, p, r);
}

/** judgeProjectNumber past its common case; apart so that the common case allocates nothing (see judgeNumber). */
function judgeProjectNumberFurther(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  v: CellValue,
  p: ParsedRow,
  r: ProjectNumberResult,
): void {
  const raw = displayValue(v);
  const n = names(c);
  switch (r.kind) {
    case 'blank':
      return;
    case 'error':
      reportCellError(ctx, row, c, r.error);
      return;
    case 'format': {
      // Written only when the finding is shown.
      const why = (): Record<typeof r.reason, Bilingual> => ({
        precision: {
          th: `"${raw}" ถูก Excel ปัดเป็นเลขวิทยาศาสตร์ ตัวเลขบางหลักหายไปแล้วและกู้คืนไม่ได้ คัดลอกเลขที่โครงการจาก e-GP ใหม่ลงในเซลล์รูปแบบข้อความ`,
          en: `"${raw}" was rounded by Excel into scientific notation; digits are lost for good. Copy the project number from e-GP again into a text-formatted cell`,
        },
        'contract-number': {
          th: `"${raw}" ดูเหมือนเลขที่สัญญาของหน่วยงาน ไม่ใช่เลขที่โครงการ e-GP 11 หลัก (เช่น 67119524001)`,
          en: `"${raw}" looks like the agency's contract number, not the 11-digit e-GP project number (e.g. 67119524001)`,
        },
        length: {
          th: `"${raw}" ไม่ใช่เลขที่โครงการ e-GP 11 หลัก (เช่น 67119524001)`,
          en: `"${raw}" is not an 11-digit e-GP project number (e.g. 67119524001)`,
        },
        'not-egp': {
          th: `"${raw}" ไม่ใช่เลขที่โครงการ e-GP: สองหลักแรกคือปี พ.ศ. และสองหลักถัดไปคือเดือนที่สร้างโครงการ`,
          en: `"${raw}" is not an e-GP project number: its first two digits are the BE year and the next two the month it was created`,
        },
      });
      report(
        ctx,
        'project-number-format',
        row,
        c,
        () => {
          const w = why()[r.reason];
          return msg(`แถว ${row}: ${n.th} ${w.th}`, `Row ${row}: ${n.en} ${w.en}`);
        },
        {
          value: raw,
        },
      );
      return;
    }
    case 'ok':
      p.projectNumber = r.digits;
      p.projectYear = r.year;
      p.projectMonth = r.month;
      if (r.asNumber)
        idAsNumber(ctx, row, c, r.digits, r.digits, r.digits, { th: 'เลขที่โครงการ', en: 'project numbers' });
      else if (r.reformatted)
        idWording(ctx, row, c, raw, raw.trim(), r.digits, r.digits, { th: 'เลข 11 หลัก', en: '11 digits' });
  }
}
