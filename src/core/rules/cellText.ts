import { matchList, type ListResult } from '../cells/lists';
import { NO_METHOD, parseMethod, type MethodResult } from '../cells/methods';
import { dotMayGroupThousands, parseMoney, parseMoneyIn, type MoneyResult } from '../cells/money';
import { displayValue, isBlank, isBlankText, isCellError, isNoneText, type CellValue } from '../cells/value';
import { METHODS, type MethodEntry } from '../settings/data';
import type { ColumnId, OptionalUpTo, TemplateColumn } from '../templates/types';
import { collapseSpaces, NUMBER_WORD, plainText, thaiDigitsToArabic } from '../text/thai';
import { formatMoneyExact } from '../text/format';
import { reportCellError, twoReadings } from './cellNumbers';
import { report, type RuleContext } from './context';
import { msg, names } from './messages';
import type { ParsedRow } from './parsedRow';
import { supplierNameKey } from './supplierKey';
import { isLineBeside } from './buyAmounts';

/** Free text: only an Excel error is wrong; the item and supplier are kept for the rules across rows. */
export function judgeText(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  if (isCellError(v)) {
    reportCellError(ctx, row, c, v.error);
    return;
  }
  const text = typeof v === 'string' ? v : displayValue(v);
  if (c.id === 'item') p.item = text;
  else if (c.id === 'supplierName') {
    p.supplierName = text;
    if (!p.supplierKey) p.supplierKey = supplierNameKey(text);
  }
}

/** A dropdown column: the value must be one the form lists (or a known other spelling of one). */
export function judgeList(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  if (isCellError(v)) {
    reportCellError(ctx, row, c, v.error);
    return;
  }
  // Cached on the raw text: a sheet repeats a few values thousands of times.
  const r = matchList(c, typeof v === 'string' ? v : displayValue(v));
  if (r.kind === 'ok') {
    if (c.id === 'status') p.status = r.value;
    else if (c.id === 'budgetSource') p.budgetSource = r.value;
    // The value garbled as a PDF leaves it ("สิ้นสุดระยะสัญญำ"): the published form should read as the
    // form does. Spaces (and invisible zero-width ones) are not worth a word.
    if (!r.exact && typeof v === 'string' && unspaced(collapseSpaces(v)) !== unspaced(r.value))
      listWording(ctx, row, c, v, r.value, true);
    return;
  }
  judgeListFurther(ctx, row, c, v, p, r);
}

// Spaces and dots vary as people type ("พรบ.", "พ.ร.บ. "): only letters garbled are worth a word.
const unspaced = (t: string) => t.replace(/[ .]/g, '');

/**
 * A list value in other words than the form's: a known other wording, or the value garbled as a PDF
 * leaves it. A note with the form's words as the fix, not an error.
 */
function listWording(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, value: string, garbled: boolean) {
  const n = names(c);
  const raw = collapseSpaces(displayValue(v));
  const why = garbled
    ? {
        th: 'สะกดต่างจากคำในแบบ (มักเกิดจากการคัดลอกจาก PDF หรือเว็บ)',
        en: "is spelled unlike the form's wording (as text copied from a PDF or a web page often is)",
      }
    : { th: 'ไม่ตรงกับคำในแบบ', en: "is not the form's wording" };
  report(
    ctx,
    'list-wording',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} "${raw}" ${why.th} ควรเป็น "${value}"`,
        `Row ${row}: ${n.en} "${raw}" ${why.en}; should be "${value}"`,
      ),
    { value: raw, suggestion: { value, display: value, kind: 'text' } },
  );
}

/** judgeList past its common case; apart so that the common case allocates nothing (see judgeNumber). */
function judgeListFurther(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  v: CellValue,
  p: ParsedRow,
  r: Exclude<ListResult, { kind: 'ok' }>,
): void {
  const n = names(c);
  const raw = collapseSpaces(displayValue(v));
  if (r.kind === 'alias') {
    if (c.id === 'status') p.status = r.value;
    else if (c.id === 'budgetSource') p.budgetSource = r.value;
    listWording(ctx, row, c, v, r.value, false);
    return;
  }
  if (c.openList) {
    if (c.id === 'budgetSource') p.budgetSource = raw;
    return;
  }
  report(
    ctx,
    'unknown-list-value',
    row,
    c,
    () => {
      // A long list (77 provinces) is the dropdown's to show, not the message's.
      const values = c.values ?? [];
      const some = values.length <= 8 ? values.join(' / ') : null;
      return msg(
        `แถว ${row}: ${n.th} "${raw}" ไม่อยู่ในรายการของแบบ${some ? `: ${some}` : ` (${values.length} ค่า) เลือกจากรายการแบบเลื่อนลง`}`,
        `Row ${row}: ${n.en} "${raw}" is not one of the form's values${some ? `: ${some}` : ` (${values.length} of them); pick one from the dropdown`}`,
      );
    },
    { value: raw },
  );
}

/** The procurement method, in the names of the 2560 act (DOMAIN §3.4). */
export function judgeMethod(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  if (isCellError(v)) {
    reportCellError(ctx, row, c, v.error);
    return;
  }
  const r = parseMethod(typeof v === 'string' ? v : displayValue(v));
  if (r.kind === 'ok') {
    p.method = r.method;
    if (r.groundOf) groundOfAnother(ctx, row, c, v, r.method, r.groundOf);
    return;
  }
  judgeMethodFurther(ctx, row, c, v, p, r);
}

/**
 * A method beside a ground of ม.56 that is another method's ("e-bidding ม.56(2)(ข)"): the row is judged as
 * the method named, and the officer asked which was used, as an auditor would (DOMAIN §3.4).
 */
function groundOfAnother(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  v: CellValue,
  named: MethodEntry,
  of: MethodEntry,
): void {
  const n = names(c);
  const raw = collapseSpaces(displayValue(v));
  report(
    ctx,
    'method-ground-mismatch',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} "${raw}" อ้างเหตุตามมาตรา 56 ของ${of.canonical} ไม่ใช่ของ ${named.canonical} ตรวจว่าใช้วิธีใด แล้วแก้วิธีหรือมาตราให้ตรงกัน`,
        `Row ${row}: ${n.en} "${raw}" cites a ground of section 56 that is of ${of.canonical} (${of.en}), not of ${named.canonical}; check which method was used and make the method and the ground agree`,
      ),
    { value: raw },
  );
}

/** judgeMethod past its common case; apart so that the common case allocates nothing (see judgeNumber). */
function judgeMethodFurther(
  ctx: RuleContext,
  row: number,
  c: TemplateColumn,
  v: CellValue,
  p: ParsedRow,
  r: Exclude<MethodResult, { kind: 'ok' }>,
): void {
  const n = names(c);
  const raw = collapseSpaces(displayValue(v));
  if (r.kind === 'generic') {
    // e-GP exports carry a generic label in one method column and the real method in the other.
    const other = ctx.valueAt(row, 'genericMethod');
    const alt = isBlank(other) ? null : parseMethod(collapseSpaces(displayValue(other)));
    if (alt?.kind === 'ok') {
      p.method = alt.method;
      return;
    }
    p.genericMethodOnly = true;
    report(
      ctx,
      'unknown-method',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} "${raw}" เป็นป้ายกลุ่มวิธีทั่วไปของ e-GP ไม่ได้บอกวิธีที่ใช้จริง ใช้ค่าจากคอลัมน์ กลุ่มวิธีจัดซื้อฯ เช่น วิธีเฉพาะเจาะจง`,
          `Row ${row}: ${n.en} "${raw}" is e-GP's generic label, not the method used; take the value of the กลุ่มวิธีจัดซื้อฯ column, e.g. วิธีเฉพาะเจาะจง`,
        ),
      { value: raw },
    );
    return;
  }
  // A summary's own line for the rows of no known method (the add-in writes it): the rows are judged where they are.
  if (ctx.template.rowsAreTotals && raw === NO_METHOD.th) return;
  // A ground the cell cites stays in the name suggested ("วิธีเฉพาะเจาะจง ม.56(2)(ค)"): without it the row
  // would lose the reason the auditor asks for, and be held to the 500,000 of (ข).
  const hint = r.closest && (r.ground ? `${r.closest.canonical} ${r.ground}` : r.closest.canonical);
  report(
    ctx,
    'unknown-method',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} "${raw}" ไม่ใช่วิธีการจัดซื้อจัดจ้างตาม พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560${hint ? ` ควรเป็น "${hint}" หรือไม่` : ` ใช้วิธีใดวิธีหนึ่ง: ${currentMethods()}`}`,
        `Row ${row}: ${n.en} "${raw}" is not a method of the 2560 procurement act${hint ? `; did you mean "${hint}"?` : `; use one of: ${currentMethods(true)}`}`,
      ),
    {
      value: raw,
      ...(hint ? { suggestion: { value: hint, display: hint, kind: 'text' as const } } : {}),
    },
  );
}

/** The methods of the act, by their names in the forms (for a message with nothing closer to offer). */
function currentMethods(en = false): string {
  // The act's methods and its group label (the forms' dropdowns offer it), each with its English name in English.
  return METHODS.methods
    .filter((m) => !m.legacy)
    .map((m) => (en ? `"${m.canonical}" (${m.en})` : m.canonical))
    .join(' / ');
}

/** A part of a bidders cell that is only a price ("ราคา 10,000 บาท"): it belongs to the bidder before it. */
const PRICE_ONLY = /^(?:(?:เสนอ)?ราคา(?:ที่เสนอ)?|เป็นเงิน|จำนวนเงิน)?\s*[\d,.]+\s*(?:\.-)?\s*(?:บาท|บ\.)?\s*(?:\.-)?$/;

/** How a supplier's name starts: ร้าน, บริษัท, หจก., ห้างหุ้นส่วน, นาย/นาง/น.ส., สหกรณ์. */
const SUPPLIER = '(?:ร้าน|บริษัท|บจก|หจก|ห\\.จ\\.ก|ห้างหุ้นส่วน|นาย|นาง|น\\.ส\\.|สหกรณ์)';
/**
 * A line under a bidder's that names no other: the amount in words or a remark in brackets
 * ("(หนึ่งล้านแปดแสนบาทถ้วน)", "(ผู้เสนอราคารายเดียว)", "(ราคารวมภาษีมูลค่าเพิ่มแล้ว)"), its tax id or address,
 * or the end of its name wrapped onto the line ("บริษัท เอ" / "จำกัด 2,300,000 บาท").
 */
const NOT_A_BIDDER = new RegExp(
  `^(?:\\((?![^)]*${SUPPLIER})[^()]*\\)\\.?|(?:เลขประจำตัว|เลขผู้เสียภาษี|ที่อยู่|ตั้งอยู่|โทร|tel\\b).*|(?:จำกัด|\\(?มหาชน\\)?)(?:\\s.*)?)$`,
  'i',
);
const BIDDER_BREAK = new RegExp(
  `\\r?\\n|;|,(?=\\s*[^\\d\\s])|(?<=\\d\\s*(?:\\.-|บาท|บ\\.|\\))|\\d,\\d{3}(?:\\.\\d{2})?|\\.\\d{2})\\s*(?:\\/|และ)?\\s*(?=${SUPPLIER})|(?:^|\\s)(?=\\d{1,2}[.)]\\s)|(?:^|\\s)(?=\\d{1,2}[.)]${SUPPLIER})`,
);
/** The bidders not in the cell but in a document attached to the form: their number is unknown. */
const ATTACHED = /^\s*(?:ตาม|ดัง)?(?:เอกสาร)?แนบ|^\s*ตามบัญชีแนบ|^\s*รายละเอียดตามแนบ/;

/** A count written out: "ผู้เสนอราคา 3 ราย (รายละเอียดตามเอกสารแนบ)", "จำนวน 3 ราย"; not items ("5 รายการ"). */
const STATED_COUNT = /(\d{1,3})\s*ราย(?![\u0E00-\u0E7F])/g;

/**
 * Words naming those who only bought, received or downloaded the documents ("ผู้ซื้อเอกสาร", "ผู้สนใจขอรับ
 * เอกสาร", "ผู้ดาวน์โหลดเอกสาร"), not those who also bid ("ผู้ซื้อเอกสารและยื่นซอง", "ผู้ยื่นซอง").
 */
function namesBuyers(words: string): boolean {
  return /(?:ซื้อ|รับ|โหลด)[\s\S]*?(?:เอกสาร|ซอง)/.test(words) && !/ยื่น/.test(words);
}

/**
 * The first count in `s` that is of bidders, or null. A count is of whom the words since the last
 * "ผู้" before it name: "ผู้ซื้อเอกสารเสนอราคา 10 ราย" of buyers, "ผู้เสนอราคา (ตามเอกสารแนบ) จำนวน 3 ราย" of bidders.
 */
function statedCount(s: string): number | null {
  let from = 0;
  for (const m of s.matchAll(STATED_COUNT)) {
    const before = s.slice(from, m.index);
    const who = before.lastIndexOf('ผู้');
    if (!namesBuyers(who < 0 ? before : before.slice(who))) return Number(m[1]);
    from = m.index + m[0].length;
  }
  return null;
}

/** No bidder at all: "ไม่มีผู้เสนอราคา", "ไม่มีผู้ยื่นข้อเสนอ". */
const NO_BIDDER = /^\s*ไม่มีผู้/;

/**
 * Bidders in one cell: the count where it is written out or there was none, else those named: one a
 * line, or separated by ";" or by commas between names ("ร้าน ก 1,000 บาท, ร้าน ข 1,200 บาท"; a comma
 * inside a number is not one), or numbered "1. … 2. …".
 */
export function countBidders(text: string): number {
  const s = thaiDigitsToArabic(text);
  if (NO_BIDDER.test(s)) return 0;
  if (ATTACHED.test(s)) return NaN;
  const stated = statedCount(s);
  if (stated !== null) return stated;
  const parts = s
    // Also where a supplier's name follows a price ("ร้าน ก 5,000.- ร้าน ข 5,200.-", "ร้าน ก/10,000 ร้าน ข/10,500")
    // or a number
    // written without a space ("1.บริษัท ก … 2.บริษัท ข …"); "หจก. 2.บี คอนสตรัคชั่น" is one name.
    .split(BIDDER_BREAK)
    .map((s) => s.replace(/^\s*\d{1,2}[.)]\s*/, '').trim())
    .filter((s) => s.length > 1 && !PRICE_ONLY.test(s) && !NOT_A_BIDDER.test(s));
  // A line counting the documents' buyers ("ผู้ซื้อเอกสาร 5 ราย") above the bidders' names is no bidder; alone,
  // it leaves the bidders unknown (NaN: no count to judge).
  const bidders = parts.filter((x) => !(/^(?:มี)?ผู้/.test(x) && namesBuyers(x) && /\d\s*ราย/.test(x))).length;
  return bidders === 0 && parts.length > 0 ? NaN : bidders;
}

/**
 * The price at the end of a winner cell: the last number, then a unit (บาท, บ., .-) after which only
 * words may follow ("449,000.00 บาท (สี่แสน…บาทถ้วน)", "449,000 บาท รวม VAT"), or nothing at all.
 */
const PRICE_AT_END =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(\.-)?\s*(บาท|บ\.|THB\b)?\s*(\.-)?([^\d]*)$/;

/**
 * The last amount written with its unit: "… 49,000.00 บาท (รวมภาษีมูลค่าเพิ่ม 7%)", "… 12,000 บาท (12 เดือน)".
 * Whole numbers only (not the "00" of "8,000,00 บาท"), here and above.
 */
const PRICE_WITH_UNIT =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:\.-\s*)?(?:บาท|บ\.|THB\b)/g;

/** The selected bidder and agreed price written in one cell: "บริษัท ก จำกัด / 49,000.00 บาท". */
export function splitWinner(text: string): { name: string; price: number | null } {
  const { name, price } = winnerParts(text);
  return { name, price };
}

/** splitWinner, with the figure the price was read from. */
function winnerParts(text: string): { name: string; price: number | null; figure?: string } {
  // As pasted from a web page or a PDF: zero-width spaces inside the digits, full-width digits, no-break
  // spaces, บาท garbled บำท.
  const plain = withoutPriceDetails(plainText(text).replace(/บำท/g, 'บาท'));
  const s = plain.replace(/\s/g, ' ');
  // The price in brackets after the name: "ร้าน ก (87,000)", "ร้าน ก (ราคา 85,000 บาท)".
  const bracketed = PRICE_IN_BRACKETS.exec(s);
  if (bracketed) {
    const money = parseMoney(bracketed[1]!);
    if (money.kind === 'ok')
      return { name: s.slice(0, bracketed.index).trim(), price: money.value, figure: bracketed[1]! };
  }
  // Words after the price (a term, VAT) may hold numbers of their own: the amount in baht is the price.
  const withUnit = [...s.matchAll(PRICE_WITH_UNIT)].pop();
  if (withUnit && PRICE_AT_END.exec(s)?.index !== withUnit.index) {
    const money = parseMoney(withUnit[1]!);
    return {
      name: winnerName(s, plain, withUnit.index, withUnit.index + withUnit[0].length),
      price: money.kind === 'ok' ? money.value : null,
      figure: withUnit[1]!,
    };
  }
  const m = PRICE_AT_END.exec(s);
  const unit = m && (m[2] || m[3] || m[4]);
  // After the figure, only its unit, or words in brackets: the amount in words ("1,000.00 (หนึ่งพันบาทถ้วน)"),
  // or after an amount written as one ("4,280.00 (รวมภาษีมูลค่าเพิ่มแล้ว)"); not after a tax id or a
  // branch's number ("0105536112014 (สำนักงานใหญ่)", "สาขา 2 (สาขาย่อย)").
  const bracket = m && /^\s*\([^()\d]*\)\s*$/.test(m[5]!);
  const wordsAfter = bracket && (/บาท/.test(m[5]!) || /,\d{3}|\.\d{2}$/.test(m[1]!));
  // An amount written as one with nothing before it, then words with no unit between: the price first, then
  // the winner or a remark ("5,000.00 นายสมชาย ใจดี", "5,000.00 เงินสด"); a bare number before words is no price.
  const asAmount = /,\d{3}|\.\d{2}$/.test(m?.[1] ?? '');
  const priceFirst = asAmount && !/\p{L}/u.test(nameBefore(s, m!.index));
  // Or first on a line of its own under the name, then a remark (a PDF's second line joined: "ร้าน ก⏎7,800.00
  // วัสดุคอมพิวเตอร์ หมึกพิมพ์").
  const lineFirst = asAmount && /\n[ \t]*$/.test(plain.slice(0, m!.index)) && isRemark(cleanName(m![5]!));
  if (!m || (m[5]!.trim() !== '' && !unit && !wordsAfter && !priceFirst && !lineFirst)) return { name: s, price: null };
  const money = parseMoney(m[1]!);
  return {
    name: winnerName(s, plain, m.index, m.index + m[0].length - m[5]!.length),
    price: money.kind === 'ok' ? money.value : null,
    figure: m[1]!,
  };
}

/**
 * A bracket right after the price about a part of it, with a figure of its own: a discount, a tax ("5,000
 * บาท (ส่วนลด 500 บาท)", "(รวม VAT 327 บาท)", "(หักภาษี ณ ที่จ่าย 1%)"). Not the price reduced to ("(ลดเหลือ
 * 4,500 บาท)") nor a total ("9,000 บาท/เดือน (รวม 108,000 บาท)"): those are the price. Blanked out, not
 * cut, so that the text keeps its length.
 */
const PRICE_DETAIL = /\(\s*(?:ส่วนลด|ลด(?!เหลือ)(?:ราคา)?|(?:หัก)?ภาษี|vat|(?:ไม่)?รวม\s*(?:vat|ภาษี))[^()]*\)/gi;
const AMOUNT_BEFORE = /\d\s*(?:\.-\s*)?(?:บาท|บ\.|THB)?\s*$/;

function withoutPriceDetails(t: string): string {
  return t.replace(PRICE_DETAIL, (b: string, at: number) =>
    /\d/.test(b) && AMOUNT_BEFORE.test(t.slice(0, at)) ? ' '.repeat(b.length) : b,
  );
}

/** A price alone in brackets at the end of a winner cell, after the name. */
const PRICE_IN_BRACKETS =
  /\s*\(\s*(?:(?:ราคา(?:ที่ตกลง)?|(?:รวม)?เป็นเงิน|รวม(?:ทั้งสิ้น)?|จำนวนเงิน)\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:\.-)?\s*(?:บาท|บ\.)?\s*\)\s*$/;

/**
 * The winner's name in `s`, whose price runs from `at` to `end`: the text before the price, or where
 * nothing names anyone there, the text after it ("1,480 บาท (ร้าน ก)", "1,480.- ร้านเอบีซี", a second line),
 * read in `lines`, the same text with its line breaks.
 */
function winnerName(s: string, lines: string, at: number, end: number): string {
  const before = nameBefore(s, at);
  return /\p{L}/u.test(before.replace(/บาท|ราคา/g, '')) ? before : nameAfter(lines.slice(end)) || before;
}

/**
 * A name written after the price, without the words about the price that may follow it there: the amount
 * in words, VAT, a term, why it was chosen ("(หนึ่งพันบาทถ้วน)", "รวม VAT", "(12 เดือน)", "(ราคาต่ำสุด)"). From
 * a supplier's or a person's first word where there is one ("(รวม VAT) ร้าน ก"); else what is left, unless it
 * is a remark: payment, delivery, a negotiation ("(เงินสด)", "ต่อรองราคาแล้ว"); taken for a name, a remark
 * would hide the missing one and be counted as a repeat winner. A name's form is tested first, as a remark may
 * come before the name ("ต่อรองราคาแล้ว ร้าน ก"); then the remark's words; a plain name that is neither
 * ("ทรัพย์ทวีคูณ", "สมชาย ใจดี") is a name, as the column asks for one.
 */
function nameAfter(rest: string): string {
  const t = rest.replace(/\(([^()]*)\)/g, (all, inner: string) =>
    isRemark(inner.trim()) || BOUGHT_BRACKETED.test(inner.trim()) ? ' ' : all,
  );
  const from = SUPPLIER_STARTS.exec(t);
  if (from) return cleanName(t.slice(from.index));
  // A remark on a line of its own, or one ending in แล้ว, is a clause apart from a plain name before or after
  // it ("ต่อรองราคาแล้ว สมชาย ใจดี", "ชำระเงินสด⏎สมชาย ใจดี").
  const clauses = t.split(/\n|(?<=แล้ว\)?)\s+/).map(cleanName);
  const all = clauses.length;
  while (clauses.length > 1 && isRemark(clauses[0]!)) clauses.shift();
  while (clauses.length > 1 && isRemark(clauses[clauses.length - 1]!)) clauses.pop();
  const name = cleanName(clauses.join(' '));
  // Left beside a remark, a plain name has no figures: "รับประกันความชำรุด 1 ปี" is another remark.
  const besideRemark = clauses.length < all && /[\d๐-๙]/.test(name) && !NAME_FORM.test(name);
  return isRemark(name) || besideRemark ? '' : name;
}

/** A name's text without the separators around it, its spaces collapsed, out of its brackets. */
function cleanName(s: string): string {
  return unbracket(collapseSpaces(s.replace(/^[\s/:,;\-–]+|[\s/:,;\-–]+$/g, '')));
}

/** Words after a price that name no one: no name's form (NAME_FORM), and a remark's words or no letters. */
function isRemark(s: string): boolean {
  return BOUGHT.test(s) || (!NAME_FORM.test(s) && (PRICE_REMARK.test(s) || REMARK.test(s) || !/\p{L}/u.test(s)));
}

/** A name without the brackets around it: "(ร้าน ก)", "(บริษัท ก จำกัด (มหาชน))" keeps its "(มหาชน)". */
function unbracket(name: string): string {
  if (!name.startsWith('(') || !name.endsWith(')')) return name;
  let depth = 0;
  for (let i = 0; i < name.length - 1; i++) {
    if (name[i] === '(') depth++;
    else if (name[i] === ')' && --depth === 0) return name;
  }
  return name.slice(1, -1).trim();
}

/** A person's title or rank before the name ("ว่าที่ ร.ต.สมชาย", "ด.ต.สมชาย", "จ.ส.อ. สมชาย", "ดร.สมศรี"). */
const PERSON_TITLE =
  '(?:ว่าที่|ดร\\.|(?:(?:พล\\.)?[รพน]\\.[ตทอ]\\.(?:[ตทอ]\\.)?|(?:จ\\.ส\\.|[สด]\\.)[ตทอ]\\.)(?=\\s*[ก-ฮ]))';

/**
 * A supplier's or person's first word, at the start of a word ("(ร้าน ก)", "/ นายสมชาย", "หสม. ก",
 * "ห้างทองสมใจ", "บมจ. ก", "บ.สมใจ", "กิจการร่วมค้า ก"): the name runs from there, after any remark.
 */
const SUPPLIER_STARTS = new RegExp(
  `(?:^|[\\s/:,;\\-–(])(?:${SUPPLIER}|หสม|ห้าง|บมจ|บ\\.(?=\\s?[ก-ฮ])|กิจการ|โรงพิมพ์|${PERSON_TITLE})`,
);

/**
 * The first words of a remark after a price (see nameAfter), besides PRICE_REMARK's: payment, delivery,
 * cancellation, a negotiation, a count, a charge ("ค่าจ้างเหมา", not "ค่าย…"), what was bought ("ซ่อมรถยนต์"),
 * a time ("ภายใน 7 วัน"), none ("ไม่มีผู้เสนอราคา"), a date ("ลว."); payment in English alone ("Cash"). Not the
 * shop names that begin like one ("ตามใจพาณิชย์", "Cash Mart").
 */
const REMARK_START =
  '(?:เงินสด|เงินเชื่อ|เครดิต|เช็ค|โอน|ชำระ|จ่าย|เบิก|ส่งมอบ|ส่งของ|ส่งงาน|กำหนด|ภายใน|ยกเลิก|ต่อรอง|จำนวน|ค่า(?!ย)|ราคา|ตาม(?!ใจ)|ไม่' +
  '|ลว\\.|ณ\\s|หมายเหตุ|ตรวจรับ|รับประกัน|งวด|งบ|วงเงิน|จัดซื้อ|จัดจ้าง|ซื้อ|จ้าง|เช่า|ซ่อม' +
  '|(?:cash|credit|cheque|transfer|paid|cancel(?:l?ed)?)\\b(?![\\s.,]*[a-z]))';

/** A remark by its first words, or by what has been done ("ต่อรองราคาแล้ว", "ตรวจรับแล้ว"). */
const REMARK = new RegExp(`^${REMARK_START}|แล้ว\\)?$`, 'i');

/** A shop's trade word that names no goods ("สมใจพาณิชย์", "ก.การช่าง"). */
const SHOP_WORDS = 'พาณิชย์|การค้า|การช่าง|การไฟฟ้า|การยาง|ซัพพลาย|เทรดดิ้ง|เซอร์วิส|คอนสตรัคชั่น|เอ็นจิเนียริ่ง|อิเล็กทริก';
/** A trade's word in a shop's name ("สมใจพาณิชย์", "ก.การช่าง", "ไทยวัฒนาก่อสร้าง"). */
const TRADE_WORDS = new RegExp(`(?:${SHOP_WORDS}|ก่อสร้าง|ภัณฑ์|วัสดุ|ยนต์)`);

/**
 * A name by its form, with no supplier's first word: a state body or enterprise ("การไฟฟ้าส่วนภูมิภาค…",
 * "องค์การเภสัชกรรม", "เทศบาลตำบล…"), a hotel, a filling station, a trader ("แม่ค้าสมศรี"); a trade's word
 * ("สมใจพาณิชย์", "ก.การช่าง", "ไทยวัฒนาก่อสร้าง"), unless a remark's words open it, as a charge or a buy
 * names its trade ("ค่าก่อสร้าง", "จัดซื้อวัสดุ"); Latin ("ABC Co., Ltd."), not VAT.
 */
const NAME_FORM = new RegExp(
  [
    '^(?:การไฟฟ้า|การประปา|การปิโตรเลียม|การท่า|การรถไฟ|การสื่อสาร|องค์การ|ไปรษณีย์|ทีโอที|ปตท|กสท|ธนาคาร|มหาวิทยาลัย',
    '|วิทยาลัย|โรงเรียน|โรงพยาบาล|เทศบาล|อบต|อบจ|สถาบัน|โรงแรม|โรงงาน|สถานีบริการ|ปั๊ม|อู่|แม่ค้า)',
    `|^(?!${REMARK_START})[^]*${TRADE_WORDS.source}`,
    `|^(?![^]*\\bvat\\b)(?!${REMARK_START})[a-z]{2}`,
  ].join(''),
  'i',
);

/**
 * What was bought, after the price: "(วัสดุสำนักงาน)", "ครุภัณฑ์คอมพิวเตอร์ จำนวน 2 เครื่อง", "อุปกรณ์ไฟฟ้า",
 * "(วัสดุสำนักงาน กระดาษ A4)", "วัสดุเครื่องดับเพลิง": the word and its kinds, then the end, a count, a remark or,
 * after a space, goods (BOUGHT_GOODS, another kind, Latin). Not a shop named for what it sells, whose own name
 * follows the kind, run on or after a space ("วัสดุเกษตรทองดี", "วัสดุก่อสร้าง ทองดี", "วัสดุก่อสร้างเจริญชัย"),
 * nor words naming a supplier or a shop's trade ("(วัสดุก่อสร้าง ร้านเจริญชัย)", "วัสดุสำนักงาน สมใจพาณิชย์"): a
 * name lost there is a winner lost, and a false "no name" error, where a remark read as a name is only untidy.
 */
const BOUGHT_KINDS =
  'สำนักงาน|ไฟฟ้า(?:และวิทยุ)?|วิทยุ|งานบ้านงานครัว|ก่อสร้าง|ยานพาหนะ(?:และขนส่ง)?|เชื้อเพลิง(?:และหล่อลื่น)?' +
  '|วิทยาศาสตร์(?:หรือ|และ)?(?:การแพทย์)?|(?:ทาง)?การแพทย์|(?:การ)?เกษตร|โฆษณา(?:และเผยแพร่)?|คอมพิวเตอร์' +
  '|การศึกษา|เครื่องแต่งกาย|กีฬา|(?:เครื่อง)?ดับเพลิง|สนาม|สำรวจ|โรงงาน|ดนตรี(?:และนาฏศิลป์)?|ประปา|จราจร|อื่น\\s*ๆ?' +
  '|เครื่องเขียน|(?:การ)?เรียน(?:การสอน)?|หนังสือ|วารสาร|ตำรา|สิ่งพิมพ์|อุปกรณ์';
/** Goods named after the kind ("วัสดุคอมพิวเตอร์ หมึกพิมพ์"): common nouns no shop's own name begins with. */
const BOUGHT_GOODS =
  'กระดาษ|หมึก|ตลับหมึก|เมาส์|เม้าส์|คีย์บอร์ด|แป้นพิมพ์|จอ|ฮาร์ดดิสก์|แฟลชไดร์ฟ|โน้ตบุ๊[กค]|โน๊ตบุ๊[กค]|คอมพิวเตอร์' +
  '|เครื่อง|หลอด|สาย|ปลั๊ก|สวิตช์|เบรกเกอร์|แบตเตอรี่|ถ่าน|โต๊ะ|เก้าอี้|ตู้|ชั้น|ปากกา|ดินสอ|แฟ้ม|ซอง|เทป' +
  '|หิน|ทราย|ปูน|ลูกรัง|อิฐ|เหล็ก|ท่อ|กระเบื้อง|ตะปู|ลวด|สังกะสี|น้ำมัน|ยางรถ|ยางนอก|ปุ๋ย|เมล็ด|พันธุ์|ยาฆ่า' +
  '|อะไหล่|ชุด|ผ้า|ถุง|ไม้กวาด|น้ำยา|ผงซักฟอก|สบู่|จาน|ถัง|พัดลม|ป้าย|ไวนิล|วัสดุ|ครุภัณฑ์|อุปกรณ์';
/** The word goods open with (looked for first: most text has none), no supplier's nor shop's word after it. */
const GOODS_WORD = `(?=วัสดุ|ครุภัณฑ์|อุปกรณ์)(?![^]*(?:${SHOP_WORDS}))(?![^]*${SUPPLIER_STARTS.source})(?:วัสดุ|ครุภัณฑ์|อุปกรณ์)`;
const BOUGHT = new RegExp(
  `^${GOODS_WORD}` +
    `(?:\\s*(?:$|[(\\d๐-๙]|${REMARK_START})|(?:\\s*(?:${BOUGHT_KINDS}))+` +
    `(?:\\s*(?:$|[(\\d๐-๙]|${REMARK_START})|\\s+(?:${BOUGHT_GOODS}|${BOUGHT_KINDS}|[a-z])))`,
  'i',
);

/**
 * Who sells, named anywhere in a bracket of goods ("(วัสดุก่อสร้าง จากร้านทองดี)", "(… แม่ค้าสมศรี)"); not words
 * goods hold as often ("เวชภัณฑ์", "ปั๊มน้ำ", "กลุ่มพันธุ์ข้าว").
 */
const SELLER_WORDS = 'ร้าน|แม่ค้า|พ่อค้า|สถานีบริการ|วิสาหกิจ|สหกรณ์|คุณ(?!ภาพ)|โฮม|มาร์ท|ห้าง';

/**
 * What was bought in brackets after the price or the name: the word, its kinds and any goods after a space
 * ("(วัสดุงานบ้านงานครัว น้ำดื่ม)", "หจก.ช่างดี (วัสดุก่อสร้าง ยางมะตอย)"). Bracketed there, the words are a
 * remark whichever goods they name (no list of goods is whole), unless a shop's initials follow the kind
 * ("(วัสดุก่อสร้าง ป.รุ่งเรือง)", "ปตท.บ้านนา"; not "คสล." alone) or a seller is named in it (SELLER_WORDS).
 */
const BOUGHT_BRACKETED = new RegExp(
  `^${GOODS_WORD}(?:\\s*(?:${BOUGHT_KINDS}))+\\s+(?![\u0E01-\u0E4E]{1,4}\\.\\S)(?![^]*(?:${SELLER_WORDS}))`,
  'i',
);

/** What follows a price about the price (see nameAfter): it names no one. */
const PRICE_REMARK =
  /^(?:[\d๐-๙]|(?:ไม่)?รวม|ราคา|เสนอ|ผู้|เป็น|ต่ำสุด|ภาษี|vat\b|ต่อ\s*(?:เดือน|ปี|หน่วย|ชิ้น|วัน|ครั้ง)|เดือน|ตาม|สัญญา|เลขที่|ลงวันที่|วันที่|ใบ|โดย|เนื่องจาก|เพราะ|เหตุผล|คุณสมบัติ|ถูกต้อง|$)|บาท|ถ้วน|สตางค์/i;

/** The winner's name: the text before the price, without "ราคา", "เป็นเงิน" or a separator. */
function nameBefore(s: string, at: number): string {
  return s
    .slice(0, at)
    .replace(/(ราคา(ที่ตกลง)?|เป็นเงิน|จำนวนเงิน)?\s*[/:,-]?\s*฿?\s*$/, '')
    .trim();
}

export function judgeBidders(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  if (isCellError(v)) {
    reportCellError(ctx, row, c, v.error);
    return;
  }
  p.bidders = countBidders(displayValue(v));
  if (endedWithoutDeal(ctx.valueAt(row, 'winnerAndPrice'), v)) p.status = CANCELLED;
}

/**
 * Whether a row's purchase is within the form's small amount (ม.96: 100,000 baht, no written contract
 * needed): by its budget, or where that is left empty, by the price agreed (its column, or the winner's
 * cell of สขร.1 and O21).
 */
export function withinSmallAmount(ctx: RuleContext, row: number, small: OptionalUpTo): boolean {
  // Every other amount given must be small too: a budget of 4,950 beside a ราคากลาง of 4,950,000 is a
  // slip, not a small buy.
  for (const id of ['referencePrice', 'agreedPrice'] as const) {
    if (id === small.column) continue;
    const other = moneyAt(ctx, row, id);
    if (other.kind === 'ok' && other.value > small.amount) return false;
  }
  const amount = moneyAt(ctx, row, small.column);
  // The year's budget line typed in each row (300,000 beside a buy of 1,480): the buy's own amount is
  // its ราคากลาง, else its price (as the method's threshold judges it).
  if (amount.kind === 'ok' && small.column === 'budget') {
    const [ref, agreed] = (['referencePrice', 'agreedPrice'] as const).map((id) => {
      const m = moneyAt(ctx, row, id);
      return m.kind === 'ok' ? m.value : NaN;
    });
    if (isLineBeside(amount.value, ref!, agreed!)) return (ref! > 0 ? ref! : agreed!) <= small.amount;
  }
  if (amount.kind === 'ok') return amount.value <= small.amount;
  if (amount.kind !== 'blank') return false;
  const agreed = moneyAt(ctx, row, 'agreedPrice');
  if (agreed.kind === 'ok') return agreed.value <= small.amount;
  const winner = ctx.valueAt(row, 'winnerAndPrice');
  const price = typeof winner === 'string' ? splitWinner(winner).price : null;
  return price !== null && price <= small.amount;
}

/** A row's amount in column `id`, in baht where the header gives another unit ("(ล้านบาท)"). */
function moneyAt(ctx: RuleContext, row: number, id: ColumnId): MoneyResult {
  return parseMoneyIn(ctx.valueAt(row, id) ?? null, ctx.matched.get(id)?.scale);
}

/** The status of a procurement the winner's cell says ended without one (สขร.1 and O21 have no status column). */
export const CANCELLED = 'ยกเลิกการดำเนินการ';

/**
 * A winner's cell saying no one was selected: "ยกเลิก", "ยกเลิก เนื่องจากราคาที่เสนอเกินวงเงิน 2,100,000 บาท",
 * "ไม่มีผู้เสนอราคา"; not one that goes on to an award ("ยกเลิกผู้ชนะรายเดิม ทำสัญญากับ หจก. ข 990,000 บาท").
 */
export function saysNoDeal(v: CellValue | undefined): boolean {
  return typeof v === 'string' && /^\s*(?:ยกเลิก|ไม่มีผู้)/.test(v) && !awardedAfterAll(v);
}

/**
 * Whether a monthly form's row (สขร.1, O21: no status column) says the procurement ended with no one
 * selected: in the winner's cell, or in the bidders' with the winner's left empty ("ยกเลิก", "-"). A
 * bidders' cell that goes on to a bidder's price ("ยกเลิกครั้งที่ 1 ประกาศใหม่ หจก.ข / 290,000") may
 * have led to an award: its winner is still asked for.
 */
export function endedWithoutDeal(winner: CellValue | undefined, bidders: CellValue | undefined): boolean {
  if (saysNoDeal(winner)) return true;
  const none = winner == null || (typeof winner === 'string' && (isBlankText(winner) || isNoneText(winner)));
  return none && saysNoDeal(bidders) && !BIDDER_PRICE.test(thaiDigitsToArabic(bidders as string));
}

/** An amount as a bidder's price is written: digits in groups of three, or followed by บาท or ".-". */
const BIDDER_PRICE = /\d{1,3}(?:,\d{3})+|\d\s*(?:บาท|\.-)/;

/**
 * Whether a cancelled procurement's cell goes on to an award: a contract or an agreement made with
 * someone ("ทำสัญญากับ หจก. ข", "ตกลงจ้างกับ"), not said to have failed just before ("ยกเลิกการทำสัญญากับ",
 * "ไม่มาทำสัญญากับ", "ปฏิเสธการทำสัญญากับ", "ไม่สามารถตกลงกับ"), or a new winner with a price. A selection
 * or a price alone is as often the reason for cancelling ("ผู้ได้รับการคัดเลือกเสนอราคาเกินวงเงิน").
 */
function awardedAfterAll(s: string): boolean {
  for (const m of s.matchAll(AWARDED))
    if (!/ไม่|ปฏิเสธ|ยกเลิก/.test(s.slice(Math.max(0, m.index - 15), m.index))) return true;
  // A new winner named with a price ("ผู้ชนะรายใหม่ บริษัท ข จำกัด 1,250,000 บาท", "เรียกรายถัดไป …"), not one
  // still being sought ("อยู่ระหว่างจัดหาผู้รับจ้างรายใหม่").
  const next = NEXT_WINNER.exec(s);
  return next !== null && thaiDigitsToArabic(s.slice(next.index)).search(PRICE_WITH_UNIT) >= 0;
}

const AWARDED = /ทำสัญญากับ|ตกลง(?:ซื้อ|จ้าง)?กับ/g;
const NEXT_WINNER = /(?:ผู้ชนะ|ผู้รับจ้าง|ผู้ขาย)(?:ราย)?ใหม่|รายถัดไป/;

export function judgeWinner(ctx: RuleContext, row: number, c: TemplateColumn, v: CellValue, p: ParsedRow): void {
  if (isCellError(v)) {
    reportCellError(ctx, row, c, v.error);
    return;
  }
  // No winner and no price to ask for; a cancelled row raises no red flag.
  if (saysNoDeal(v)) {
    p.status = CANCELLED;
    return;
  }
  const text = displayValue(v);
  const { name, price, figure } = winnerParts(text);
  if (name) {
    p.supplierName = name;
    p.supplierKey ??= supplierNameKey(name);
  }
  if (price === null) noAgreedPrice(ctx, row, c, text);
  else if (figure !== undefined && dotMayGroupThousands(figure)) ambiguousPrice(ctx, row, c, text, figure, price);
  else p.agreedPrice = price;
  // A price alone ("1,480 บาท", as the 2568 e-GP export imports): the form asks who was selected too.
  // Not a price of 0 ("0.00", "- / 0.00"): nothing was bought from anyone.
  if (price !== null && price > 0 && !/[\p{L}]/u.test(name.replace(/บาท|ราคา/g, ''))) noWinnerName(ctx, row, c, text);
}

function noWinnerName(ctx: RuleContext, row: number, c: TemplateColumn, text: string): void {
  const n = names(c);
  const raw = collapseSpaces(text);
  report(
    ctx,
    'required-value',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} "${raw}" มีราคาแต่ไม่มีชื่อผู้ได้รับการคัดเลือก ต้องมีทั้งชื่อและราคา เช่น บริษัท ก จำกัด / 49,000.00`,
        `Row ${row}: ${n.en} "${raw}" gives a price but not who was selected; give both the name and the price, e.g. บริษัท ก จำกัด / 49,000.00`,
      ),
    { value: text },
  );
}

/**
 * "ร้าน ก / 11.500": 11.50, or 11,500 where a dot groups thousands (a file saved under such a locale).
 * Said, and the price not kept, as an amount cell's (see judgeNumber): either reading is a guess.
 */
function ambiguousPrice(ctx: RuleContext, row: number, c: TemplateColumn, text: string, figure: string, price: number) {
  const n = names(c);
  const [said, other] = [twoReadings(price), formatMoneyExact(price * 1000)];
  report(
    ctx,
    'number-as-text',
    row,
    c,
    () =>
      msg(
        `แถว ${row}: ${n.th} "${collapseSpaces(text)}" ราคา "${figure}" ${said.th} จึงไม่นำไปตรวจหรือรวม เขียนราคาใหม่ให้ชัด เช่น ${other}`,
        `Row ${row}: ${n.en} "${collapseSpaces(text)}": the price "${figure}" ${said.en}, so it is neither judged nor added up; write it unmistakably, e.g. ${other}`,
      ),
    { value: text },
  );
}

/** An amount in Thai words: "สามหมื่นบาท", "หนึ่งแสนห้าพันบาทถ้วน". */
const PRICE_IN_WORDS = new RegExp(`(?:${NUMBER_WORD}){2,}\\s*บาท(?:ถ้วน)?`);

/**
 * A figure that is no amount, where a price goes (before บาท or the amount in words, or last): "1.500,00" (a comma for the
 * decimal point), "8,000,00"; not a date in words after it ("ลว. 2.10.66)").
 */
const BAD_FIGURE =
  /(?<![\d.,])(?:\d{1,3}(?:[.,]\d+){2,}|\d+(?:\.\d{3})+,\d+)(?![\d.,])(?=\s*(?:\.-\s*)?(?:บาท|บ\.|THB\b|\(|$))/g;

/** A winner without a price; apart so that one with a price allocates nothing (see judgeNumber). */
function noAgreedPrice(ctx: RuleContext, row: number, c: TemplateColumn, text: string): void {
  const n = names(c);
  const raw = collapseSpaces(text);
  const figure = [...thaiDigitsToArabic(raw).matchAll(BAD_FIGURE)].pop()?.[0];
  if (figure && parseMoney(figure).kind !== 'ok') {
    report(
      ctx,
      'not-a-number',
      row,
      c,
      () =>
        msg(
          `แถว ${row}: ${n.th} "${raw}" ราคา "${figure}" อ่านเป็นจำนวนเงินไม่ได้: ใช้ , คั่นหลักพันและ . คั่นทศนิยม เช่น บริษัท ก จำกัด / 49,000.00`,
          `Row ${row}: ${n.en} "${raw}": the price "${figure}" cannot be read as an amount; use "," between thousands and "." for decimals, e.g. บริษัท ก จำกัด / 49,000.00`,
        ),
      { value: text },
    );
    return;
  }
  const words = PRICE_IN_WORDS.exec(raw)?.[0];
  report(
    ctx,
    'required-value',
    row,
    c,
    () =>
      words
        ? msg(
            `แถว ${row}: ${n.th} "${raw}" เขียนราคาที่ตกลงเป็นตัวอักษร ("${words}") ให้เขียนเป็นตัวเลข เช่น บริษัท ก จำกัด / 49,000.00`,
            `Row ${row}: ${n.en} "${raw}" gives the agreed price in words ("${words}"); write it in figures, e.g. บริษัท ก จำกัด / 49,000.00`,
          )
        : msg(
            `แถว ${row}: ${n.th} "${raw}" ไม่มีราคาที่ตกลง ต้องมีทั้งชื่อผู้ได้รับการคัดเลือกและราคา เช่น บริษัท ก จำกัด / 49,000.00`,
            `Row ${row}: ${n.en} "${raw}" has no agreed price; give both the name and the price, e.g. บริษัท ก จำกัด / 49,000.00`,
          ),
    { value: text },
  );
}
