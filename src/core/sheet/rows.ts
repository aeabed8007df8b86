import {
  cellAt,
  isBlank,
  isBlankOrNone,
  isBlankText,
  isCellError,
  isNoneText,
  isFilledText,
  type CellRange,
  type CellValue,
  type SheetGrid,
} from '../cells/value';
import { collapseSpaces, foldForMatch, NUMBER_WORD, SATANG_WORD, thaiDigitsToArabic } from '../text/thai';
import { parseMethod } from '../cells/methods';
import { parseMoney } from '../cells/money';
import { findDateInText, monthFromName } from '../cells/dates';
import { dateOnly } from '../rules/cellDates';
import { splitWinner } from '../rules/cellText';
import { allTemplates } from '../templates/registry';
import { isUnits, recogniseHeader, type HeaderMatch } from './header';
import { BUDGET_SECTIONS } from '../settings/data';

export type RowKind =
  'data' | 'blank' | 'total' | 'repeated-header' | 'footer' | 'heading' | 'other-table' | 'continuation';

/** Row kinds as small numbers, one byte per row of a large sheet. */
export const ROW_KINDS: readonly RowKind[] = [
  'data',
  'blank',
  'total',
  'repeated-header',
  'footer',
  'heading',
  'other-table',
  'continuation',
];
export const DATA = 0;
const BLANK = 1;
export const TOTAL_ROW = 2;
const REPEATED = 3;
const FOOTER_ROW = 4;
export const HEADING = 5;
/** The header of another form under the table (O17's list under its summary): that table is not this one's. */
export const OTHER_TABLE = 6;
/** A row that only goes on with the bidders of the procurement above (one per row, its other cells empty or merged). */
export const CONTINUATION = 7;

const TOTAL_START = /^\s*(รวม|ยอด|ผลรวม|ยก\s*ยอด|(วงเงิน|ราคากลาง|ราคา|งบประมาณ|จำนวนเงิน)\s*รวม|total|sum|grand)/i;
// O17's problems and suggestions under its list (DOMAIN §3.1, seed 004's "(๓) ปัญหา/อุปสรรคข้อเสนอแนะ"),
// numbered or not: no procurements.
const REPORT_NOTE =
  /^(\(?([0-9๐-๙]{1,2}|[\u0E01-\u0E2E])[.)]\s*|[-–•*·]\s*)?(ปัญหา|อุปสรรค|ข้อเสนอแนะ|ข้อคิดเห็น|ข้อสังเกต|แนวทาง(การ)?แก้ไข)/;
// Notes, sources and signature blocks typed under a table.
const FOOTER =
  /^(\(?ลง(ชื่อ|นาม)|ผู้(จัดทำ|รายงาน|ตรวจสอบ|อนุมัติ|รับรอง|อำนวยการ)|ขอรับรอง|หมายเหตุ|ตำแหน่ง|ข้อมูล ณ|ข้อมูลจาก|ที่มา|แหล่ง(ที่มา|ข้อมูล)|สรุป|ทราบ$|อนุมัติ$|เห็นชอบ$|note|source|prepared by|\.{3,}|…)/i;
// A name under a signature, in brackets: "(นายสมชาย ใจดี)", "(จ.ส.อ.สมชาย ใจดี)", "(ดร.สมชาย)", "(.........)";
// not any text in brackets ("(ซื้อวัสดุสำนักงาน)" is an item typed so).
const NAME_IN_BRACKETS =
  /^\(\s*((นาย|นาง|นางสาว|น\.ส\.|ว่าที่|ดร\.|mr|mrs|ms|([\u0E01-\u0E2E]{1,3}\.){1,4})[^)]*|[.…_\s]{3,})\)$/i;
// A monthly summary's headings (O21, สขร.1): "เดือนตุลาคม 2565", "ประจำเดือน ต.ค. 65", "สรุปผลการจัดซื้อจัดจ้าง
// ประจำเดือนตุลาคม 2565", and the line an office writes for a month with nothing bought, "ไม่มีการจัดซื้อจัดจ้าง".
// A month's year after it: "2565", "พ.ศ. 2565", "ประจำปี พ.ศ. 2565", "ประจำปีงบประมาณ 2566".
const YEAR_AFTER = '\\.?\\s*((ประจำ)?ปี(งบประมาณ)?\\s*)?(พ\\.?\\s?ศ\\.?\\s*)?[0-9๐-๙]{2,4}';
const MONTH =
  '(?:ม\\.?ค\\.?|ก\\.?พ\\.?|มี\\.?ค\\.?|เม\\.?ย\\.?|พ\\.?ค\\.?|มิ\\.?ย\\.?|ก\\.?ค\\.?|ส\\.?ค\\.?|ก\\.?ย\\.?|ต\\.?ค\\.?|พ\\.?ย\\.?|ธ\\.?ค\\.?|[\\u0E01-\\u0E4E]+(?:คม|ยน|พันธ์))';
// A month with nothing bought, as offices word it: "ไม่มีรายการจัดซื้อจัดจ้าง", "ไม่มีการดำเนินการจัดซื้อจัดจ้าง",
// "ในเดือนนี้ไม่มีการจัดซื้อจัดจ้าง", "เดือนพฤศจิกายน 2565 ไม่มีการจัดซื้อจัดจ้าง". After a month, only the
// words for buying and hiring and a reason may follow: "เดือน… ไม่มีการจัดซื้อ จ้างเหมาขนขยะ" is an item.
const NOTHING = `ไม่มี(การ|รายการ|ผลการ|การดำเนินการ|ผลการดำเนินการ)?\\s*(จัดซื้อ|จัดจ้าง|ซื้อ|จ้าง)`;
// The month or year it is of, after it: "ไม่มีการจัดซื้อจัดจ้างในเดือนตุลาคม 2566", "… ประจำปีงบประมาณ 2567"; its
// days ("ระหว่างวันที่ 1 - 30 พฤศจิกายน 2566", "ณ วันที่ 30 พ.ย. 2566") or its quarter ("ไตรมาสที่ 1", "ไตรมาสที่ 2/2567").
const DAY = '[0-9๐-๙]{1,2}';
const NOTHING_DAYS = `(ณ|ระหว่าง|ตั้งแต่)?\\s*วันที่\\s*${DAY}(\\s*${MONTH}${YEAR_AFTER})?(\\s*(-|–|ถึง)\\s*(วันที่)?\\s*${DAY})?\\s*${MONTH}${YEAR_AFTER}`;
const QUARTER = `ไตรมาส(ที่)?\\s*[0-9๐-๙](\\s*(/|(ประจำ)?ปี(งบประมาณ)?)?\\s*(พ\\.?\\s?ศ\\.?\\s*)?[0-9๐-๙]{2,4})?`;
const NOTHING_WHEN = `(((ใน|ในรอบ|ประจำ)\\s*)?(เดือน\\s*)?${MONTH}${YEAR_AFTER}|(ประจำ)?ปี(งบประมาณ)?\\s*(พ\\.?\\s?ศ\\.?\\s*)?[0-9๐-๙]{2,4}|${NOTHING_DAYS}|${QUARTER})`;
const NOTHING_BOUGHT =
  `[-–\\s]*(${NOTHING}[^0-9]*?(${NOTHING_WHEN}[^0-9]*)?|(ใน|ในรอบ|ประจำ)?เดือน\\s*(นี้|${MONTH}${YEAR_AFTER})\\s*` +
  `${NOTHING}(\\s*(และ|หรือ|/)?\\s*(จัดซื้อ|จัดจ้าง|ซื้อ|จ้าง))*\\s*((เนื่องจาก|เพราะ)[^0-9]*)?[\\s.–-]*)`;
const NOTHING_LINE = new RegExp(`^(${NOTHING_BOUGHT})$`);
/** Whether a line says a month (or the year) had nothing bought ("ไม่มีการจัดซื้อจัดจ้างในเดือนพฤศจิกายน 2566"). */
export const saysNothingBought = (text: string): boolean =>
  text.includes('ไม่มี') && NOTHING_LINE.test(collapseSpaces(text));
/** A nil amount as forms write it: "0", "0.00", "-0-". */
const NIL_AMOUNT = /^\s*[-–—]?\s*0+(\.0+)?\s*[-–—]?\s*(บาท)?\s*$/;
const HEADING_TEXT = new RegExp(
  `^(((สรุป|รายงาน)[^0-9๐-๙]{0,60}?)?((ประจำ)?เดือน\\s*${MONTH}${YEAR_AFTER})|${NOTHING_BOUGHT})$`,
);
// "รวม", "ยอดรวมทั้งสิ้น", "รวม ทั้งสิ้น", "รวมเป็นเงินทั้งสิ้น", "รวมทั้งสิ้น (5 รายการ)", "รวมทั้งสิ้น จำนวน ๕ รายการ",
// "รวมทั้งสิ้น 100,000 บาท", "รวมเดือนตุลาคม 2566", "ยอดยกไป", "ยอดยกมา" (text read with its Thai digits as Arabic);
// and as agencies also write them: "รวมงบประมาณทั้งสิ้น", "รวมทุกรายการ", "รวมทั้งปี", "รวม ต.ค. 66", "รวมไตรมาสที่ 1",
// "รวม (บาท)", "รวม 12 สัญญา", "รวมทั้งสิ้น 4 รายการ เป็นเงิน 470,000 บาท", "รวมเป็นเงิน (สี่แสนบาทถ้วน)",
// "รวมวิธีเฉพาะเจาะจง", "รวมเดือนตุลาคม พ.ศ. 2566", "ยกยอดไป", "รวมยอดยกไป", "ยอดยกไปหน้า 2", "รวมหน้านี้", "รวม 6 เดือนแรก".
// A kind of work tables are split by: "งานซื้อ", "งานจ้าง", "งานจ้างเหมา", "การจัดซื้อ", "จัดจ้าง", "งานเช่า".
const WORK_KIND = '(งาน|การ)?\\s*(จัด)?(ซื้อ|จ้าง|เช่า)(\\s*(และ|/)\\s*(จัด)?(ซื้อ|จ้าง))?(เหมา(บริการ)?|ก่อสร้าง)?';
const TOTAL = new RegExp(
  // "รวมงบ", "รวมตกลง", "วงเงินรวม": the column's word before or after รวม; "ผลรวม", Excel's own (a table's total row).
  '^(ยอด|ผล(?=รวม)|(วงเงิน|ราคากลาง|ราคา|งบประมาณ|จำนวนเงิน)\\s*(?=รวม))?\\s*(รวม\\s*(เป็นเงิน|ยอดเงิน|จำนวนเงิน|เงินงบประมาณ|เงิน|ยอดยก\\s*(ไป|มา)|ยอด' +
    '|(วงเงิน)?งบประมาณ(ที่ได้รับจัดสรร)?|งบ|วงเงิน|ราคาที่ตกลง(ซื้อ)?(หรือ)?(จ้าง)?|ราคาตกลง|ตกลง|ราคากลาง|ราคา|ค่าใช้จ่าย|ทุกรายการ)?\\s*(ทั้งสิ้น|ทั้งหมด|ทั้งปี)?' +
    '|ยก\\s*(ไป|มา)|ยก\\s*ยอด\\s*(ไป|มา)(\\s*/\\s*(ไป|มา))?|grand ?total|total|sum)\\s*[:：]?\\s*' +
    // A month (with its year, พ.ศ. or not), a quarter, the first six months, a page, a method, a plan's
    // group ("รวมแผนงานเคหะและชุมชน", "รวมค่าครุภัณฑ์"), or how many items.
    `((ประจำ)?เดือน\\s*[\\u0E01-\\u0E4E.]+\\s*(พ\\.?\\s?ศ\\.?)?\\s*\\d{0,4}|${MONTH}\\.?\\s*\\d{2,4}|ไตรมาส(ที่)?\\s*\\d` +
    '|\\d\\s*เดือน\\s*(แรก|หลัง)?|หน้า\\s*(ที่)?\\s*(\\d+|นี้)' +
    '|(โดย)?(วิธี)?\\s*(เฉพาะเจาะจง|คัดเลือก|ประกาศเชิญชวนทั่วไป|สอบราคา|ประกวดราคา[\\u0E01-\\u0E4E]*|ตลาดอิเล็กทรอนิกส์|e\\s*-?\\s*(bidding|market))(\\s*\\([^()]*\\))?' +
    '|(แผนงาน|หมวด|ประเภท|งบ(ลงทุน|ดำเนินงาน|รายจ่าย))[\\u0E01-\\u0E4E\\s]{0,40}' +
    // A kind of work: "รวมงานซื้อ", "รวมงานจ้างเหมา", "รวมการจัดจ้าง".
    `|${WORK_KIND}` +
    '|ค่า(ครุภัณฑ์|วัสดุ|ที่ดินและสิ่งก่อสร้าง|ใช้สอย|ตอบแทน|สาธารณูปโภค)[\\u0E01-\\u0E4E\\s]{0,20}' +
    ')?\\s*(ทั้งสิ้น|ทั้งหมด)?\\s*' +
    // How many items: "รวมทั้งสิ้น (5 รายการ)", "รวมงานซื้อ จำนวน 2 รายการ".
    '(\\(?\\s*(จำนวน)?\\s*\\d+\\s*(รายการ|โครงการ|สัญญา)\\s*\\)?)?\\s*(เป็นเงิน)?\\s*' +
    // The amount, in figures or in words, or the unit alone.
    '([\\d,]+(\\.\\d+)?\\s*(บาท)?|\\(\\s*บาท\\s*\\)|\\(\\s*[\\u0E01-\\u0E4E]+\\s*\\))?\\s*$',
  'i',
);
// The same, alone on its row: any words before the month ("ผลการจัดซื้อจัดจ้าง ประจำเดือนพฤศจิกายน 2566").
const MONTH_HEADING = new RegExp(`^([^0-9๐-๙]{0,60}?(ประจำ)?เดือน\\s*${MONTH}${YEAR_AFTER}|${NOTHING_BOUGHT})$`);
// The month and its year only ("ตุลาคม ๒๕๖๕", "ต.ค. 65"): a month's name, not a word ending like one
// ("จัดซื้อหนังสือเรียน 2567" is an item).
const MONTH_ALONE = /^([\u0E01-\u0E4E.]{2,12}?)\.?\s*(?:พ\.?\s?ศ\.?\s*)?[0-9๐-๙]{2,4}$/;
const isMonthAlone = (t: string) => {
  const m = MONTH_ALONE.exec(t);
  return !!m && monthFromName(m[1]!) !== null;
};
// A part of the year heading its rows, alone on its row: "ไตรมาสที่ 1", "ไตรมาสที่ ๒ (ม.ค. – มี.ค. 2567)",
// "ผลการจัดซื้อจัดจ้าง ไตรมาสที่ 3", "ครึ่งปีแรก", "ครึ่งปีหลัง ปีงบประมาณ 2567", "รอบ 6 เดือนแรกของปี พ.ศ. 2566"
// (seed 000's words for O21's first six months), "6 เดือนแรก", "ประจำไตรมาสที่ 1/2566".
const PERIOD_HEADING = new RegExp(
  '^((สรุป)?ผล(การ)?(ดำเนินการ)?(จัดซื้อ)?(จัดจ้าง)?\\s*|ประจำ\\s*)*' +
    '(ไตรมาส(ที่)?\\s*[1-4]|ครึ่ง\\s*(ปี)?\\s*(แรก|หลัง)|(รอบ|ช่วง)\\s*(ที่)?\\s*[12](?!\\d)|((รอบ|ช่วง)\\s*)?6\\s*เดือน\\s*(แรก|หลัง)?)' +
    // The year after it, as the seeds word it: "ของปี พ.ศ. 2566", "ประจำปีงบประมาณ พ.ศ. 2566", "/2566".
    '\\s*(\\([^()]{0,40}\\))?\\s*((ของ|ประจำ)?\\s*(ปี)?\\s*(งบประมาณ)?\\s*(พ\\.?\\s?ศ\\.?)?\\s*\\/?\\s*\\d{2,4})?\\s*(\\([^()]{0,40}\\))?$',
);
// A plan's group headings (O14): "แผนงานเคหะและชุมชน", "หมวดค่าครุภัณฑ์", "ครุภัณฑ์", "ไตรมาสที่ 1".
const GROUP_HEADING = new RegExp(
  `^([\\d๐-๙.)]+\\s*|[\\u0E01-\\u0E2E]\\.\\s*)?((แผนงาน|หมวด|ประเภท|งบ(ลงทุน|ดำเนินงาน|รายจ่าย)|ไตรมาส)[^\\d]{0,60}|(ค่า)?(ครุภัณฑ์|วัสดุ|ที่ดินและสิ่งก่อสร้าง|ใช้สอย|ตอบแทน|สาธารณูปโภค)|${WORK_KIND}(\\s*\\([^()\\d]*\\))?)$`,
);
// A unit of the agency heading the procurements it made, alone on its row (seed 000 splits an อบต.'s work by
// สำนักปลัด, กองคลัง, กองช่าง): "กองช่าง", "๒. สำนักปลัด อบต.", "ศูนย์พัฒนาเด็กเล็กบ้านหนองไผ่". Not a procurement
// typed with its item alone (readsAsPurchase: "ศูนย์…ซื้ออาหารเสริม (นม)", "ส่วนต่อเติมอาคารสำนักงาน").
const UNIT_HEADING =
  /^([\d๐-๙.)]+\s*|[\u0E01-\u0E2E]\.\s*)?(หน่วยงาน\s*[:：]?\s*)?\(?\s*(กอง|สำนัก|ส่วน|ฝ่าย|กลุ่ม|ศูนย์|โรงเรียน)[\u0E01-\u0E4E\s.]{1,60}\)?$/;
// A unit's section ("งานป้องกันและบรรเทาสาธารณภัย") reads as works to be done ("งานขุดลอกลำห้วย"): a heading only
// where it counts the rows under it ("(2 รายการ)"), or by its budget's standard name (below).
const SECTION_HEADING = /^([\d๐-๙.)]+\s*|[\u0E01-\u0E2E]\.\s*)?\(?\s*งาน[\u0E01-\u0E4E\s.]{1,60}\)?$/;
const COUNTS_ROWS = /[\d๐-๙]+\s*(รายการ|โครงการ|สัญญา|เรื่อง|ครั้ง|ราย)/;
// The งาน of a local government's budget by their standard names (a list, as data), folded: a heading
// however numbered or bracketed ("๒. งานไฟฟ้าถนน", "(งานบริหารทั่วไป)"); another งาน alone is works.
const BUDGET_SECTION_NAMES: ReadonlySet<string> = new Set(BUDGET_SECTIONS.map(foldForMatch));
const SECTION_NAME = /^(?:[\d๐-๙.)]+\s*|[\u0E01-\u0E2E]\.\s*)?\(?\s*(งาน[^()]{1,80}?)\s*\)?$/;
const isBudgetSection = (t: string) => {
  const m = SECTION_NAME.exec(t);
  return !!m && BUDGET_SECTION_NAMES.has(foldForMatch(m[1]!));
};
// Words of buying, hiring or what is bought: an item, not a unit's name or a caption ("ค่าอาหาร", not "มูลค่า").
const BUYING =
  /ซื้อ|จ้าง|เช่า|ซ่อม|ก่อสร้าง|ต่อเติม|ปรับปรุง|ติดตั้ง|จัดหา|โครงการ|วัสดุ|ครุภัณฑ์|อาหาร|(?<![\u0E01-\u0E4E])นม|น้ำมัน|(?<!มูล)ค่า/;
// How many or how much: "จำนวน 2 เครื่อง", "3 ชุด", "45,000", "500 บาท".
const QUANTITY =
  /จำนวน\s*[\d๐-๙]|[\d๐-๙]\s*(เครื่อง|ชุด|คัน|หลัง|ตัว|เล่ม|ชิ้น|รายการ|แห่ง|จุด|เมตร|บาท)|[\d๐-๙]{1,3}(,[\d๐-๙]{3})+/;
// Procurement in general, as captions name it ("ผลการจัดซื้อจัดจ้าง…", "รายการจัดซื้อ…"): no item bought.
const PROCUREMENT_IN_GENERAL =
  /((ผล|รายการ|สรุป|ข้อมูล|รายงาน|แผน)(การ)?(ดำเนินการ)?\s*)?(การ)?จัด(ซื้อ|จ้าง)\s*(และ|หรือ|\/)?\s*(จัด)?(ซื้อ|จ้าง)|(ผล|รายการ|สรุป|ข้อมูล|รายงาน|แผน)(การ)?(ดำเนินการ)?\s*จัด(ซื้อ|จ้าง)/g;
/** Whether a line alone on its row reads as a purchase (an item not yet filled in), not as a heading. */
const readsAsPurchase = (t: string) => {
  const s = t.replace(PROCUREMENT_IN_GENERAL, ' ');
  return BUYING.test(s) || QUANTITY.test(s);
};
// What a month's or a unit's heading may add of the rows under it, at its end: how many contracts or places
// ("(จำนวน 2 รายการ)", "2 แห่ง"), their amount ("รวม 2,003 บาท", "45,000 บาท"), or a bracket ("(ค่าวัสดุ)").
// Not what is bought: "2 เครื่อง" counts an item's goods.
// Each after a separator or none ("กองคลัง - 2 รายการ", "(2 รายการ, 15,000 บาท)").
const HEADING_COUNT = /[\s,:\-–]*(จำนวน|รวม)?\s*[\d๐-๙]+\s*(รายการ|โครงการ|สัญญา|แห่ง|งาน|เรื่อง|ครั้ง|ราย)[\s,]*$/;
// Its sum: after a word saying so ("รวมเงิน", "ยอดรวม") or before บาท, or alone if written as an amount
// ("กองช่าง 2,003", "… 450.00").
const HEADING_AMOUNT =
  /[\s,:\-–]*(((รวม|ยอด)\s*(รวม|เงิน)?\s*(เป็นเงิน|ทั้งสิ้น)?|เป็นเงิน|วงเงิน|จำนวนเงิน)\s*[\d๐-๙][\d๐-๙,]*(\.[\d๐-๙]+)?\s*(บาท)?|[\d๐-๙][\d๐-๙,]*(\.[\d๐-๙]+)?\s*บาท|[\d๐-๙]{1,3}(,[\d๐-๙]{3})+(\.[\d๐-๙]+)?|[\d๐-๙]+\.[\d๐-๙]{2})[\s,]*$/;
const TRAILING_BRACKET = /\s*\(([^()]*)\)\s*$/;
/**
 * A heading without what it adds of its rows at its end ("กองช่าง (2 รายการ)" is "กองช่าง", "ตุลาคม 2566
 * (2 รายการ)" the month alone). A bracket goes only if it names a budget's group or no purchase:
 * "ศูนย์… (ซื้ออาหารเสริม)" keeps its item.
 */
export function headingBase(t: string): string {
  // Headings are short; a long text is left whole (the patterns' cost grows with its length squared).
  if (t.length > 100) return t;
  for (;;) {
    const b = TRAILING_BRACKET.exec(t);
    const cut =
      b && (GROUP_HEADING.test(b[1]!.trim()) || !readsAsPurchase(headingBase(b[1]!)))
        ? b.index
        : (HEADING_COUNT.exec(t) ?? HEADING_AMOUNT.exec(t))?.index;
    if (cut === undefined) return t;
    t = t.slice(0, cut);
  }
}
/**
 * A month's heading or a unit's name, with or without a count, an amount or a bracket at its end ("เดือน
 * ตุลาคม 2566 (จำนวน 2 รายการ)", "กองช่าง รวม 2,003 บาท", "สำนักปลัด (ค่าวัสดุ)"); not if what is left names
 * a purchase ("โรงเรียนบ้านหนองบัว ซื้ออาหารเสริม(นม)", "ส่วนต่อเติมอาคาร 2 แห่ง").
 */
function namesMonthOrUnit(t: string): boolean {
  const base = headingBase(t);
  // A budget's งาน by its name, whatever words of works it holds ("งานก่อสร้างโครงสร้างพื้นฐาน").
  if (isBudgetSection(t) || (base !== t && isBudgetSection(base))) return true;
  if (readsAsPurchase(base)) return false;
  if (SECTION_HEADING.test(base)) return COUNTS_ROWS.test(t.slice(base.length));
  return UNIT_HEADING.test(base) || MONTH_HEADING.test(base) || isMonthAlone(base);
}
// The label Excel's Data › Subtotal writes in the column grouped by: "ผลรวม <group>" (Thai Excel; the other
// order too), "<group> Total" (English Excel). Its grand total ("ผลรวมทั้งหมด", "Grand Total") is a total's text.
const SUBTOTAL_LABEL = /^ผลรวม\s*(.+)$|^(.+?)\s*(ผลรวม|total)$/i;
// Looked for in every row's item: a pattern of its own, as a pattern written in the function is a new object on each call.
const TOTAL_WORD = /total/i;
// A total's amount in words, alone under it: "(สี่ล้านแปดแสน…บาทสี่สิบสตางค์)", "(หนึ่งล้านบาทถ้วน)", =BAHTTEXT(…).
const AMOUNT_IN_WORDS = new RegExp(
  `^\\(?\\s*(?:(?:${NUMBER_WORD})\\s*)+บาท(?:\\s*ถ้วน|(?:(?:${SATANG_WORD})\\s*)+สตางค์)?\\s*\\)?$`,
);
// A line the officer signs off under the table, alone on its row: "ตรวจแล้วถูกต้อง", "รับรองว่าถูกต้อง", "ถูกต้อง";
// the report's date ("วันที่ 1 ต.ค. 2567", "ณ วันที่ …"), unless in a column of dates, where it is a contract's
// date on a line of its own (a PDF's second line, read with the procurement above it: see goesOn).
const SIGN_OFF = /^((ได้)?ตรวจ(สอบ)?แล้ว\s*)?(ถูกต้อง|รับรอง(ว่า|ความ)?\s*ถูกต้อง)/;
const DATED = /^(ณ\s*)?วันที่\s*[0-9๐-๙]/;
// A page going on: "(ต่อ)", "/ต่อหน้า 2", "ต่อหน้าถัดไป", "(มีต่อ)", "ต่อ".
const CONTINUED = /^[/(]?\s*(มี)?ต่อ\s*((หน้า|แผ่น)\s*(ที่)?\s*([0-9๐-๙]+|ถัดไป)?)?\s*[)/]?$/;
// Page numbers a PDF copy keeps: "หน้า 1/2", "- ๒ -", "1/3", "Page 2" (not "1/2566", a document's number).
const PAGE = /^(-\s*\d+\s*-|(หน้า(ที่)?|page)\s*\d+(\s*(\/|จาก|of)\s*\d+)?|\d{1,3}\s*\/\s*\d{1,3})$/i;

/**
 * Whether a row's cells are amounts (numbers, errors) but for at most one text, blanks aside, and the
 * agency's columns (`agency`, by sheet column from 0) aside: the 2568 layout repeats them on every row.
 */
function amountsBesideOneText(values: readonly CellValue[], agency: Uint8Array | null): boolean {
  let texts = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || typeof v === 'number' || (agency !== null && agency[c] === 1)) continue;
    if (typeof v !== 'string') {
      if (isCellError(v)) continue;
      return false;
    }
    if (!isBlankText(v) && !isNoneText(v) && ++texts > 1) return false;
  }
  return true;
}

/** A totals row's label ("รวมทั้งสิ้น", "ยอดยกไป", "รวม 12 สัญญา" …). */
export function isTotalText(t: string): boolean {
  return t.length < 100 && TOTAL_START.test(t) && TOTAL.test(thaiDigitsToArabic(collapseSpaces(t)));
}

/** The first line of a note, a source, or a signature block under a table. */
export function isFooterText(t: string): boolean {
  return FOOTER.test(t) || NAME_IN_BRACKETS.test(t);
}

/** Where a form's column is: its sheet column, and how many columns it spans (name | price, เลขที่ | วันที่). */
export interface ColumnsAt {
  readonly col: number;
  readonly span: number;
}

/** Where a form's bidders are. */
export type BiddersAt = ColumnsAt;

/** The bidders' column of a sheet's form (สขร.1, O21), or null. */
export function biddersAt(match: HeaderMatch): BiddersAt | null {
  const m = match.columns.find((c) => c.column.type === 'bidders');
  return m ? { col: m.col, span: m.span ?? 1 } : null;
}

/**
 * Whether a row holds nothing but a bidder's line in the bidders column (a bidder listed on a row of its
 * own): any other cell filled, an item's own number in a ที่ column the form lacks too, makes it a row
 * of its own.
 */
export function onlyBidderLine(values: readonly CellValue[], bidders: BiddersAt | null): boolean {
  return !!bidders && blankOutside(values, bidders) && isBidderLine(values[bidders.col - 1]);
}

/** Whether a row's cells outside columns `at` (their parts too) are all blank, a dash or ไม่มี. */
export function blankOutside(values: readonly CellValue[], at: ColumnsAt): boolean {
  const last = at.col + at.span - 1;
  for (let c = 1; c <= values.length; c++) if ((c < at.col || c > last) && !isBlankOrNone(values[c - 1])) return false;
  return true;
}

/**
 * A bidder's line: opening with a supplier's name as suppliers are named, after a list's number or
 * bullet or with a price ("2. หจก.ข / 1,850,000", "(2) บริษัท ข จำกัด", "- ร้าน ข 9500", "นางสาวสมศรี มีสุข
 * 4,500 บาท"). Not a note or an item's detail, numbered and priced as they may be ("1. ราคารวม VAT 1,000
 * บาท", "- ร้านค้าในพื้นที่มีน้อย", "3. ราคาต่ำสุด 1,980,000 บาท"), nor a total or a month's heading typed in
 * that column: a note taken for a bidder would hide the flag of too few.
 */
function isBidderLine(v: unknown): boolean {
  if (typeof v !== 'string' || isBlankText(v) || isNoneText(v)) return false;
  const t = thaiDigitsToArabic(collapseSpaces(v));
  const listed = LIST_NUMBER.exec(t) ?? BULLET.exec(t);
  if (!NAMED.test(t.slice(listed?.[0].length ?? 0)) || !(listed || PRICE.test(t))) return false;
  return !isTotalText(t) && !isFooterText(t) && !MONTH_HEADING.test(t);
}

/**
 * Where a procurement's cells may go on, on a line of their own under it (a PDF's second line): its
 * item's words, its bidders, its winner's price and its contract's date, in the columns `cols` marks
 * (1 by sheet column from 0, their parts too).
 */
export interface GoingOn {
  readonly cols: Uint8Array;
  readonly item: number;
  readonly bidders: ColumnsAt | null;
  readonly winner: ColumnsAt | null;
  readonly contract: ColumnsAt | null;
}

/** The columns of a sheet's form a procurement's cells go on in (สขร.1, O21), or null for a form without them. */
export function goingOnAt(match: HeaderMatch): GoingOn | null {
  const at = (type: string): ColumnsAt | null => {
    const m = match.columns.find((c) => c.column.type === type);
    return m ? { col: m.col, span: m.span ?? 1 } : null;
  };
  const [bidders, winner, contract] = [at('bidders'), at('winnerPrice'), at('contractRef')];
  if (!bidders && !winner && !contract) return null;
  const item = match.columns.find((c) => c.column.id === 'item')?.col ?? 0;
  const cols = new Uint8Array(Math.max(...match.columns.map((c) => c.col + (c.span ?? 1) - 1)));
  if (item) cols[item - 1] = 1;
  for (const a of [bidders, winner, contract]) if (a) cols.fill(1, a.col - 1, a.col - 1 + a.span);
  return { cols, item, bidders, winner, contract };
}

/**
 * Whether a row, no line number of its own and most cells empty, only goes on with the procurement in
 * `owner` (a PDF's lines each a row): a contract's date under a contract number that has none, a winner's
 * price under a winner with none, a bidder or a bidder's price, and with one of those the item's words.
 * An amount, a method, a line number or any other cell makes it a row of its own, and so does an item
 * that reads as one ("ซื้อวัสดุไฟฟ้า") or names what is bought or done ("วัสดุคอมพิวเตอร์", "ซ่อมแซมรถยนต์",
 * "ก่อสร้างถนน": BUYING), or the item's words alone (an item not yet filled in); unless the item above is cut
 * short (CUT_SHORT: "จ้างเหมาประกอบ" over "อาหารกลางวัน ศพด.บ้านนา"), when such words are its own going on.
 */
export function goesOn(
  values: readonly CellValue[],
  owner: readonly CellValue[],
  at: GoingOn,
  above: readonly CellValue[] = owner,
): boolean {
  if (!onlyGoingOnCells(values, at)) return false;
  let carried = false;
  if (at.contract && spanFilled(values, at.contract)) {
    if (!datesAlone(values, at.contract) || !numberWithoutDate(owner, at.contract)) return false;
    carried = true;
  }
  if (at.winner && spanFilled(values, at.winner)) {
    if (!priceAlone(spanText(values, at.winner)) || !priceless(spanText(owner, at.winner))) return false;
    carried = true;
  }
  if (at.bidders && spanFilled(values, at.bidders)) {
    const t = spanText(values, at.bidders);
    // A bidder's price wrapped onto a line of its own is of the bidder on the line above, if one is there.
    const bidder = spanFilled(above, at.bidders) ? above : owner;
    if (!isBidderLine(t) && !(priceAlone(t) && priceless(spanText(bidder, at.bidders)))) return false;
    carried = true;
  }
  const item = at.item ? values[at.item - 1] : null;
  if (isBlankOrNone(item)) return carried;
  if (typeof item !== 'string') return false;
  // A line with a price (carried above: the winner's with none) and an item as items start ("ซื้อ…") is a
  // buy of its own under a cut item; other words with the price go on ("อาหารกลางวัน…" under "จ้างเหมาประกอบ"),
  // a price over the row's budget then said of the row (price-over-budget), not lost.
  const priced = (at.winner && spanFilled(values, at.winner)) || (at.bidders && spanFilled(values, at.bidders));
  const secondLine = cutShort(owner[at.item - 1]) && !NUMBERED.test(item) && !(priced && ITEM_OF_ITS_OWN.test(item));
  if ((ITEM_OF_ITS_OWN.test(item) || namesABuy(item)) && !secondLine) return false;
  return carried;
}

/**
 * The last words of an item cut where a PDF wrapped it: words that lead on to what follows ("…เพื่อใช้ใน",
 * "…สำหรับ", "…และ", "จ้างเหมาประกอบ", "…จัดทำ"). Not words that end items as often ("สิ่งของ", "สถานที่"), nor
 * the short ones ending another word ("บ้านหนองคูณ", "ใช้ภายใน", "ยางใน", "ด้านใน", "มะพร้าวแก่"), where
 * "…อบรมใน", "…ติดตั้งใน", "…มอบแก่" are cut.
 */
const CUT_SHORT =
  /(?:เพื่อ|สำหรับ|และ|หรือ|โดย|พร้อม|บริเวณ|ประกอบ|จัดทำ|(?<!ภาย|ยาง|ด้าน|ชั้น|ข้าง)ใน|(?<!มะพร้าว|ชรา)แก่|(?:^|\s)ณ)\s*$/;
/** An item numbered as a list's is ("2. ซื้อ…"): a procurement of its own, whatever is above it. */
const NUMBERED = /^\s*[\d๐-๙]/;
const cutShort = (item: CellValue | undefined) => typeof item === 'string' && CUT_SHORT.test(item);

/** Whether a row has cells filled, all where a procurement's cells may go on (goesOn looks closer). */
export function onlyGoingOnCells(values: readonly CellValue[], at: GoingOn): boolean {
  let filled = false;
  for (let c = 0; c < values.length; c++) {
    if (isBlankOrNone(values[c])) continue;
    if (at.cols[c] !== 1) return false;
    filled = true;
  }
  return filled;
}

// An item as items start ("ซื้อ…", "จ้างเหมา…", "โครงการ…", "ค่าเช่า…", "1. จัดซื้อ…"): a procurement of its own,
// not words going on ("หมู่ที่ 5 บ้านหนองบัว", "จำนวน 2 เครื่อง", "ค่ายลูกเสือ…").
const ITEM_OF_ITS_OWN = /^\s*(?:[\d๐-๙]+\s*[.)]\s*)?(?:โครงการ|จัดซื้อ|จัดจ้าง|จัดหา|ซื้อ|จ้าง|เช่า|ค่า(?!ย))/;
// Words that open the item above going on, not an item: "ตามโครงการ…", "พร้อมติดตั้ง", "(รวมค่าติดตั้ง)",
// "(นม) ภาคเรียนที่ 2", "สำหรับ…", "และ…", "จำนวน 2 เครื่อง".
const GOES_ON_START = /^\s*(?:\(|ตาม|พร้อม|สำหรับ|และ|รวม|โดย|เพื่อ|ของ|ใน|ณ|ที่|จำนวน|ขนาด|หมู่|บ้าน|ตำบล|อำเภอ|[-–•])/;
/**
 * Whether an item's words name what is bought or done ("วัสดุคอมพิวเตอร์", "ซ่อมแซมรถยนต์", "ป้ายไวนิล…โครงการ…"):
 * a procurement of its own, unless its words open as the item above going on.
 */
const namesABuy = (item: string) => BUYING.test(item) && !GOES_ON_START.test(item);

function spanFilled(values: readonly CellValue[], at: ColumnsAt): boolean {
  for (let c = at.col; c < at.col + at.span; c++) if (!isBlankOrNone(values[c - 1])) return true;
  return false;
}

/** The texts of a column's parts, joined ('' for none). */
function spanText(values: readonly CellValue[], at: ColumnsAt): string {
  const parts: string[] = [];
  for (let c = at.col; c < at.col + at.span; c++) {
    const v = values[c - 1];
    if (!isBlankOrNone(v)) parts.push(typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  }
  return parts.join(' ').trim();
}

// The words a form puts around a price: "ราคา", "ราคาที่เสนอ", "เสนอราคา", "ราคาที่ตกลงซื้อ(หรือจ้าง)", "เป็นเงิน", "บาท".
const PRICE_WORDS = /ราคา|ที่|เสนอ|ตกลง|ซื้อ|จ้าง|หรือ|เป็นเงิน|จำนวนเงิน|บาท|[\s.:/\-–]/g;
/** A price and nothing else: "ราคา 8,500.00 บาท", "ราคาที่เสนอ 8,500.00 บาท", "8,500.00", 8500. */
function priceAlone(t: string): boolean {
  const w = splitWinner(t);
  return w.price !== null && w.name.replace(PRICE_WORDS, '') === '';
}

/** A winner, or a list of bidders whose last, with no price ("ร้านชุมพลเครื่องเขียน"). */
function priceless(t: string): boolean {
  const last = t.slice(t.lastIndexOf('\n') + 1);
  return last.trim() !== '' && splitWinner(last).price === null;
}

/** Whether every filled part of a contract is a date and nothing else ("ลว. 3 ม.ค. 2567", a date cell). */
function datesAlone(values: readonly CellValue[], at: ColumnsAt): boolean {
  for (let c = at.col; c < at.col + at.span; c++) {
    const v = values[c - 1];
    if (isBlankOrNone(v) || v instanceof Date) continue;
    // "(3 ม.ค. 2567)": the date in brackets, as PDFs set it under the number.
    if (typeof v !== 'string' || !dateOnly(v.replace(/^\s*\((.*)\)\s*$/s, '$1'))) return false;
  }
  return true;
}

/** Whether a contract holds its number but no date ("บส.10/2567"). */
function numberWithoutDate(values: readonly CellValue[], at: ColumnsAt): boolean {
  for (let c = at.col; c < at.col + at.span; c++) if (values[c - 1] instanceof Date) return false;
  const t = spanText(values, at);
  return t !== '' && findDateInText(t) === null;
}

/** A list's number ("2.", "2)", "(2)"; not "12.50") or bullet ("- ", "• "). */
const LIST_NUMBER = /^\s*\(?\d{1,2}\s*[.)](?!\d)\s*/;
const BULLET = /^\s*[-–•]\s*/;
/**
 * A supplier's name as suppliers are named; not shops in general ("ร้านค้าในพื้นที่…"), the mayor
 * (นายก…) or the district chief (นายอำเภอ), nor "บริษัทฯ" standing for any company.
 */
const NAMED =
  /^(?:บริษัท(?!ฯ)|บจก|หจก|ห้างหุ้นส่วน|ห้าง|ร้าน(?!ค้า\s*(?:ใน|ที่|มีน้อย|ทั่วไป|ต่าง|\d))|นาย(?!ก|อำเภอ)|นาง|น\.ส\.|อู่|สหกรณ์|โรงพิมพ์|กิจการ|co\.|ltd)/i;
/** A price: digits in groups of three, four digits or more, or digits with บาท or ".-". */
const PRICE = /\d{1,3}(?:,\d{3})+|\d{4,}|\d\s*(?:บาท|\.-)/;

/** A column number as forms write it: 3, "3", "(3)", "(๓)", "๓.", else NaN. */
function ordinal(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v.length > 8) return NaN;
  const m = /^\s*\(?\s*(\d{1,2})\s*[).]?\s*$/.exec(thaiDigitsToArabic(v));
  return m ? Number(m[1]) : NaN;
}

/**
 * The agency's own columns (the 2568 layout's first six, e-GP's): the same on every row, filled down
 * to a total as to a procurement, so no text of the row's own.
 */
const AGENCY_IDS: ReadonlySet<string> = new Set([
  'fiscalYear',
  'agencyType',
  'ministry',
  'agency',
  'subAgency',
  'district',
  'province',
  'subdistrict',
]);

/**
 * Which rows under the header hold procurements. Blank rows, totals, a header repeated on a later
 * page, and notes or signatures under the table are recognised and left unjudged.
 */
export function classifyRows(grid: SheetGrid, match: HeaderMatch): { row: number; kind: RowKind }[] {
  const kinds = rowKinds(grid, match);
  return Array.from(kinds, (k, i) => ({ row: match.firstDataRow + i, kind: ROW_KINDS[k]! }));
}

/** The kind of every row from the first data row down, as ROW_KINDS indexes (0 = data). */
export function rowKinds(grid: SheetGrid, match: HeaderMatch): Uint8Array {
  const kinds = new RowKinds(grid, match);
  const out = new Uint8Array(kinds.count);
  for (let i = 0; i < out.length; i++) out[i] = kinds.next();
  return out;
}

/**
 * Row kinds read one row at a time, from the first data row down: a check judges each data row as
 * soon as it is known to be one, while its cells are still in the processor's cache. A row's kind
 * depends on the rows above it (a signature starts the footer; a repeated header ends it).
 */
export class RowKinds {
  /** Rows from the first data row to the end of the sheet. */
  readonly count: number;
  private readonly templateId: string;
  private readonly cols: number[];
  /** Which of `cols` hold dates (a date, or a contract's number and date). */
  private readonly dated: ReadonlySet<number>;
  /** Index (in match order) of the ลำดับที่ column, or −1. */
  private readonly ordinalIndex: number;
  /** The matched columns in sheet order: a row of column numbers counts along them. */
  private readonly sheetOrder: number[];
  private readonly headerFolds: string[];
  private readonly headerRaw: string[];
  private readonly repeatNeeded: number;
  /** The labels of the form's own blocks under the table (O17's ปัญหา/อุปสรรค, ข้อเสนอแนะ), folded. */
  private readonly noteLabels: string[];
  /** The texts above the header (title, agency): a PDF copy repeats them at each page. */
  private readonly titles: Set<string>;
  private row: number;
  private inFooter = false;
  /** Another form's table started above: every row from there on is its. */
  private ended = false;
  /** That table is this form's with its columns in another order. */
  reordered = false;
  /** The sheet column of each of the form's columns, by id. */
  private readonly colOf: Map<string, number>;
  /** The item's sheet column (looked at on every row). */
  private readonly itemCol: number | undefined;
  /** A table of totals (O17's summary by method): a line of text alone that names no method heads a part. */
  private readonly ofTotals: boolean;
  /** The lower row of a two-row header, folded, by column: repeated on a later page under its top row. */
  private readonly lowerHeader: Map<number, string> | null;
  /** The kind of the row before. */
  private last = DATA;
  /** The kinds of the rows read so far (a byte a row), and the first row after the last total (see unlabelledTotal). */
  private readonly kinds: Uint8Array;
  private readonly first: number;
  private sinceTotal: number;
  /** Index (in match order) of the bidders column (สขร.1, O21), or −1; and where it is. */
  private readonly biddersIndex: number;
  private readonly bidders: BiddersAt | null;
  /** Merged areas across more than half of the form's columns, by their top row: a heading typed over the table. */
  private readonly wide = new Map<number, CellRange>();
  /** Which of `cols` are the agency's (AGENCY_IDS), 1 each; and the same by sheet column from 0, or null for none. */
  private readonly agencyAt: Uint8Array;
  private readonly agencyCols: Uint8Array | null;
  /** Which of `cols` are a dropdown's of the procurement's own (the budget's source, the status), 1 each. */
  private readonly listAt: Uint8Array;
  /** Where a procurement's cells go on, on a line of their own (goesOn), or null; and its row (the last data row). */
  private readonly goingOn: GoingOn | null;
  private owner = 0;

  constructor(
    private readonly grid: SheetGrid,
    match: HeaderMatch,
  ) {
    this.templateId = match.template.id;
    this.ofTotals = !!match.template.rowsAreTotals;
    // Array.from, not .map, for the arrays read on every row: V8 gives .map's array a holey shape in
    // optimized code and a packed one in the interpreter, and code reading both is deoptimized.
    this.cols = Array.from(match.columns, (c) => c.col);
    this.dated = new Set(
      match.columns.flatMap((c, i) => (c.column.type === 'date' || c.column.type === 'contractRef' ? [i] : [])),
    );
    this.colOf = new Map(match.columns.map((c) => [c.column.id, c.col]));
    this.itemCol = this.colOf.get('item');
    this.sheetOrder = [...this.cols].sort((a, b) => a - b);
    this.ordinalIndex = match.columns.findIndex((c) => c.column.id === 'ordinal');
    this.biddersIndex = match.columns.findIndex((c) => c.column.type === 'bidders');
    this.bidders = biddersAt(match);
    this.goingOn = goingOnAt(match);
    this.agencyAt = Uint8Array.from(match.columns, (c) => (AGENCY_IDS.has(c.column.id) ? 1 : 0));
    this.listAt = Uint8Array.from(match.columns, (c) =>
      c.column.type === 'list' && !AGENCY_IDS.has(c.column.id) ? 1 : 0,
    );
    this.agencyCols = null;
    if (this.agencyAt.includes(1)) {
      this.agencyCols = new Uint8Array(Math.max(...this.cols));
      for (let i = 0; i < this.cols.length; i++) if (this.agencyAt[i] === 1) this.agencyCols[this.cols[i]! - 1] = 1;
    }
    this.headerFolds = Array.from(match.columns, (c) => foldForMatch(c.header));
    this.headerRaw = Array.from(match.columns, (c) => c.header);
    this.repeatNeeded = Math.max(2, Math.ceil(this.cols.length / 2));
    this.noteLabels = (match.template.notes ?? []).map((n) => foldForMatch(n.label.th)).filter((x) => x !== '');
    this.titles = new Set();
    for (const r of grid.values.slice(0, match.headerRow - 1))
      for (const v of r ?? []) if (typeof v === 'string' && !isBlankText(v)) this.titles.add(collapseSpaces(v));
    this.row = match.firstDataRow;
    this.count = Math.max(0, grid.values.length - match.firstDataRow + 1);
    this.first = this.sinceTotal = match.firstDataRow;
    this.kinds = new Uint8Array(this.count);
    for (const m of grid.merges ?? [])
      if (
        m.top >= match.firstDataRow &&
        this.cols.filter((c) => c >= m.left && c <= m.right).length * 2 > this.cols.length
      )
        this.wide.set(m.top, m);
    this.lowerHeader = null;
    if (match.headerRows === 2) {
      this.lowerHeader = new Map();
      (grid.values[match.headerRow] ?? []).forEach((v, i) => {
        if (typeof v === 'string' && !isBlankText(v)) this.lowerHeader!.set(i, foldForMatch(v));
      });
    }
  }

  /** The kind of the next row. */
  next(): number {
    const kind = this.kindOf();
    this.last = kind;
    this.kinds[this.row - 1 - this.first] = kind;
    if (kind === DATA) this.owner = this.row - 1;
    if (kind === TOTAL_ROW) this.sinceTotal = this.row;
    return kind;
  }

  /**
   * A row of numbers alone, its item blank, an amount of which is the sum of its column over the data
   * rows above it (since the last total): a total with no label (an Excel table's total row, its
   * label left out). Looked at only for such a row, not on every row.
   */
  private unlabelledTotal(values: readonly CellValue[]): boolean {
    const item = this.colOf.get('item');
    if (item === undefined || !isBlank(values[item - 1] ?? null)) return false;
    const dataRows: number[] = [];
    for (let r = this.sinceTotal; r < this.row - 1; r++) if (this.kinds[r - this.first] === DATA) dataRows.push(r);
    if (dataRows.length < 2) return false;
    let summed = false;
    for (const c of this.cols) {
      const v = values[c - 1];
      if (isBlank(v ?? null)) continue;
      if (typeof v !== 'number') return false;
      if (summed || v === 0) continue;
      let sum = 0;
      for (const r of dataRows) {
        const x = this.grid.values[r - 1]?.[c - 1];
        if (typeof x === 'number') sum += x;
      }
      summed = Math.abs(sum - v) < 0.005;
    }
    return summed;
  }

  /**
   * A month with nothing bought, as agencies type it: "ไม่มีการจัดซื้อจัดจ้าง" with nothing beside it but
   * zeros, dashes and the line's own number ("1 | ไม่มีการจัดซื้อจัดจ้าง | 0 | 0.00 | -").
   */
  private nothingBought(values: readonly CellValue[]): boolean {
    // A figure or a date in the form's columns (what a procurement has) says no at once, before any
    // text of the row is searched: the loop below would say no on meeting it.
    for (let i = 0; i < this.cols.length; i++) {
      const v = values[this.cols[i]! - 1];
      if (v === null || v === undefined || v === 0 || typeof v === 'string') continue;
      if (i === this.ordinalIndex && ordinal(v) >= 1) continue;
      return false;
    }
    let said = false;
    for (let i = 0; i < this.cols.length; i++) {
      const v = values[this.cols[i]! - 1];
      if (v === null || v === undefined || v === 0) continue;
      if (i === this.ordinalIndex && ordinal(v) >= 1) continue;
      if (typeof v !== 'string') return false;
      if (isBlankText(v) || isNoneText(v) || NIL_AMOUNT.test(v)) continue;
      if (said || !saysNothingBought(v)) return false;
      said = true;
    }
    return said;
  }

  /**
   * A row Excel's Data › Subtotal adds under each group: its label (SUBTOTAL_LABEL, naming the group the
   * rows above share in that column, or a total's text) in one cell, amounts (=SUBTOTAL(9,…)) in others,
   * nothing else. The label is in the column grouped by, any one: a row whose item is filled is looked
   * at only when the item is such a label.
   */
  private subtotalRow(values: readonly CellValue[], row: number): boolean {
    // A date, or a second text, says no at once, before the item's text is searched: the loop below
    // would say no on meeting it (the usual procurement row has both).
    if (!amountsBesideOneText(values, this.agencyCols)) return false;
    const item = this.itemCol;
    const lead = item === undefined ? null : values[item - 1];
    if (typeof lead === 'string' && !isBlankText(lead) && !lead.includes('รวม') && !TOTAL_WORD.test(lead)) return false;
    let label = false;
    let amounts = 0;
    const agency = this.agencyCols;
    for (let c = 1; c <= values.length; c++) {
      const v = values[c - 1];
      if (v === null || v === undefined || (typeof v === 'string' && (isBlankText(v) || isNoneText(v)))) continue;
      if (agency !== null && agency[c - 1] === 1) continue;
      // An amount, or its formula never calculated (a file another program wrote).
      if (typeof v === 'number' || isCellError(v)) amounts++;
      else if (typeof v !== 'string' || label || !this.isSubtotalLabel(v, row, c)) return false;
      else label = true;
    }
    return label && amounts > 0;
  }

  private isSubtotalLabel(text: string, row: number, col: number): boolean {
    const t = collapseSpaces(text);
    if (isTotalText(t)) return true;
    const m = SUBTOTAL_LABEL.exec(t);
    if (!m) return false;
    // The group's value in the rows above, past the subtotals of groups inside it (Data › Subtotal run twice).
    let r = row - 1;
    while (r > this.first && this.kinds[r - this.first] === TOTAL_ROW && isBlank(cellAt(this.grid, r, col))) r--;
    const above = cellAt(this.grid, r, col);
    return typeof above === 'string' && foldForMatch(above) === foldForMatch(m[1] ?? m[2]!);
  }

  /**
   * A line alone on its row heading the rows under it: a unit of the agency (UNIT_HEADING), any text
   * merged across most of the table, unless either reads as a purchase; or the caption of a second table
   * right above its header (after a gap or a total: an item typed alone above a later page's header is
   * still an item).
   */
  private headsRows(t: string, values: readonly CellValue[], row: number, index: number): boolean {
    // An item merged across the row, or typed alone, is still an item to judge; a month or a unit counting
    // its rows or their amount is not.
    const names = t.length <= 80 && namesMonthOrUnit(t);
    const item = !names && readsAsPurchase(t);
    const merged = this.wide.get(row);
    if (!item && merged && merged.left <= this.cols[index]! && merged.right >= this.cols[index]!) return true;
    if (values.filter((v) => !isBlank(v)).length !== 1) return false;
    if (names) return true;
    if (this.last !== BLANK && this.last !== TOTAL_ROW) return false;
    const next = this.grid.values[row];
    if (!next) return false;
    let same = 0;
    for (let i = 0; i < this.cols.length; i++) {
      const v = next[this.cols[i]! - 1];
      if (typeof v === 'string' && foldForMatch(v) === this.headerFolds[i]) same++;
    }
    return same >= this.repeatNeeded || this.headerOf(next) !== null;
  }

  /**
   * Whether a row is told by the first of its agency's cells (`lead`) rather than by its own first
   * (`own`): when its own is an amount and the agency's column holds
   * a total's text ("รวมทั้งสิ้น" typed, or merged, from the ปีงบประมาณ column).
   */
  private agencyFirst(own: unknown, lead: unknown): boolean {
    return typeof own !== 'string' && typeof lead === 'string' && isTotalText(lead);
  }

  /**
   * Whether a row's cells, the agency's aside, are all list values (the budget's source, the status) the
   * same as the row above's: filled down with the agency's past the procurements, nothing of a row's own.
   */
  private filledDownOnly(values: readonly CellValue[], row: number): boolean {
    const above = this.grid.values[row - 2];
    for (let i = 0; i < this.cols.length; i++) {
      const v = values[this.cols[i]! - 1];
      if (this.agencyAt[i] === 1 || isBlankOrNone(v)) continue;
      const up = above?.[this.cols[i]! - 1];
      if (this.listAt[i] !== 1 || typeof v !== 'string' || typeof up !== 'string') return false;
      if (collapseSpaces(v) !== collapseSpaces(up)) return false;
    }
    return true;
  }

  /** Whether every cell filled is the lower header row's text in its column (that row repeated). */
  private isLowerHeader(values: readonly CellValue[]): boolean {
    let seen = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (isBlank(v ?? null)) continue;
      if (typeof v !== 'string' || this.lowerHeader!.get(i) !== foldForMatch(v)) return false;
      seen++;
    }
    return seen > 0;
  }

  private kindOf(): number {
    const { grid, cols } = this;
    const row = this.row++;
    const values = grid.values[row - 1];
    let count = 0;
    let first: unknown = null;
    let firstIndex = -1;
    // The first of the agency's columns filled (the 2568 layout's ปีงบประมาณ …): the row is told by its own.
    let lead: unknown = null;
    let leadIndex = -1;
    if (values) {
      const agency = this.agencyAt;
      for (let i = 0; i < cols.length; i++) {
        const v = values[cols[i]! - 1];
        // A lone dash is the forms' "none": a month with nothing bought is "-, ไม่มีการจัดซื้อจัดจ้าง, -, -".
        if (v === null || v === undefined || (typeof v === 'string' && (isBlankText(v) || isNoneText(v)))) continue;
        if (agency[i] === 1) {
          if (leadIndex < 0) {
            lead = v;
            leadIndex = i;
          }
          count++;
          continue;
        }
        if (firstIndex < 0) {
          first = v;
          firstIndex = i;
        }
        // Only none, one, two or more matter below: a full row is told by its first three cells.
        if (++count >= 3) break;
      }
      // The agency's cells alone, filled down past the procurements as a template is, with the list values
      // filled down beside them perhaps (the budget's source): an empty row.
      if (leadIndex >= 0 && (firstIndex < 0 || (this.listAt[firstIndex] === 1 && this.filledDownOnly(values, row))))
        return BLANK;
      if (leadIndex >= 0 && this.agencyFirst(first, lead)) {
        first = lead;
        firstIndex = leadIndex;
      }
    }
    // A row numbered in advance (a number in ลำดับที่, nothing else) is still empty.
    if (count === 1 && firstIndex === this.ordinalIndex && ordinal(first) >= 1) count = 0;
    if (this.ended) return count === 0 ? BLANK : FOOTER_ROW;
    // Under a repeated header's top row, its lower row (สขร.1's "เลขที่ | วันที่").
    if (this.last === REPEATED && this.lowerHeader && values && this.isLowerHeader(values)) return REPEATED;
    // A bidder on a row of its own under the procurement's (its other cells left empty or merged down).
    if (
      count === 1 &&
      firstIndex === this.biddersIndex &&
      (this.last === DATA || this.last === CONTINUATION) &&
      onlyBidderLine(values!, this.bidders)
    )
      return CONTINUATION;
    // A procurement's cells going on, on a line of their own: looked at only when the first cell filled is one
    // that may go on (an ordinary row's first is its number or its item, and an amount follows it).
    if (
      this.goingOn !== null &&
      firstIndex >= 0 &&
      this.goingOn.cols[cols[firstIndex]! - 1] === 1 &&
      (this.last === DATA || this.last === CONTINUATION) &&
      goesOn(values!, grid.values[this.owner - 1] ?? [], this.goingOn, grid.values[row - 2] ?? [])
    )
      return CONTINUATION;
    if (count === 0) {
      // A row empty in every matched column may still carry a heading or a note in another one (a month
      // typed in a ที่ column the form lacks): no gap in the table, to Excel or to the reader.
      const other = values?.find((v) => isFilledText(v) && Number.isNaN(ordinal(v)));
      if (other === undefined) return BLANK;
      if (!isFooterText(collapseSpaces(other as string))) return HEADING;
      this.inFooter = true;
      return FOOTER_ROW;
    }
    if (this.nothingBought(values!)) return HEADING;
    // The forms' column numbers under the header ("(๑) … (๑๒)", or 1 … 12) are part of the header.
    if (count >= 2 && ordinal(first) >= 1 && this.isNumbering(values!)) return REPEATED;
    if (count >= 2 && this.subtotalRow(values!, row)) return TOTAL_ROW;
    if (typeof first !== 'string')
      return this.leadIsTotal(values!) || this.unlabelledTotal(values!) ? TOTAL_ROW : this.dataOrFooter(values!, count);
    // Only a row whose first text is itself a header can be a repeated header: fold the rest then.
    if (
      first.length <= this.headerRaw[firstIndex]!.length + 12 &&
      foldForMatch(first) === this.headerFolds[firstIndex]
    ) {
      let same = 0;
      let other = 0;
      for (let i = 0; i < cols.length; i++) {
        const v = cellAt(grid, row, cols[i]!);
        if (typeof v === 'string' && foldForMatch(v) === this.headerFolds[i]) same++;
        else if (!isBlank(v)) other++;
      }
      if (same >= this.repeatNeeded) {
        // Other texts among the header's own: the same form's header with some columns moved?
        if (other > 0 && this.headerOf(values!) === 'reordered') {
          this.ended = true;
          this.reordered = true;
          return OTHER_TABLE;
        }
        this.inFooter = false; // a new page starts
        return REPEATED;
      }
      // One row of a two-row header repeated on a later page: part of this header and nothing else (an
      // O14 header shares O16's first three columns, and has its own beside them).
      if (same >= 2 && other === 0) return REPEATED;
    }
    if (isTotalText(first)) return TOTAL_ROW;
    // A header is text throughout; a procurement has an amount or a date. A look at the second column
    // first: a call on every row costs the check some per cent.
    if (count >= 2 && typeof values![this.cols[1]! - 1] === 'string' && !this.hasAmount(values!)) {
      const header = this.headerOf(values!);
      if (header === 'other' || header === 'reordered') {
        this.ended = true;
        this.reordered = header === 'reordered';
        return OTHER_TABLE;
      }
      // This form's header in other words, as a later page repeats it.
      if (header === 'same') return REPEATED;
    }
    // Looked at closely only when the first text could be a unit ("(", บ, ห, ล) or a signature ("(", ล, ผ):
    // this runs on every row.
    const c0 = first.charCodeAt(0);
    const maybe = c0 === 0x28 || c0 === 0x0e1a || c0 === 0x0e2b || c0 === 0x0e25 || c0 === 0x0e1c;
    if (maybe && first.length < 20 && isUnits(values, this.cols)) return REPEATED;
    if (count <= 2) {
      const t = collapseSpaces(first);
      // A month's heading before a note: "สรุปผล…ประจำเดือนตุลาคม 2565" heads a month, it ends nothing.
      // Alone on its row, any words may come before the month ("ผลการจัดซื้อจัดจ้าง ประจำเดือน…"); beside
      // an amount it is an item ("ค่าเช่า…ประจำเดือนตุลาคม 2566", 12,000).
      if (t.length < 100 && (count === 1 ? MONTH_HEADING.test(t) || isMonthAlone(t) : HEADING_TEXT.test(t)))
        return HEADING;
      // The page number and the title a PDF copy repeats at each page; a page's "(ต่อ)"; a total's
      // amount in words.
      if (PAGE.test(thaiDigitsToArabic(t)) || this.titles.has(t)) return HEADING;
      if (count === 1 && (CONTINUED.test(t) || AMOUNT_IN_WORDS.test(t))) return HEADING;
      if (count === 1 && (SIGN_OFF.test(t) || (DATED.test(t) && !this.dated.has(firstIndex)))) {
        this.inFooter = true;
        return FOOTER_ROW;
      }
      // A note marked with * is alone on its row; "*ซื้อวัสดุ (เพิ่มเติม)" beside an amount is an item.
      if (isFooterText(t) || REPORT_NOTE.test(t) || (count === 1 && t.startsWith('*')) || this.isNoteLabel(t)) {
        this.inFooter = true;
        return FOOTER_ROW;
      }
      if (count === 1 && (GROUP_HEADING.test(t) || PERIOD_HEADING.test(thaiDigitsToArabic(t)))) return HEADING;
      if (count === 1 && this.headsRows(t, values!, row, firstIndex)) return HEADING;
      // O17's summary in parts ("ไตรมาสที่ 1", "ผลการจัดซื้อจัดจ้าง"): a line that names no method.
      if (count === 1 && this.ofTotals && parseMethod(t).kind === 'unknown') return HEADING;
    } else if (maybe && isFooterText(collapseSpaces(first)) && this.allFooterText(values!)) {
      // Signatures side by side: ผู้จัดทำ, ผู้ตรวจสอบ, ผู้อนุมัติ.
      this.inFooter = true;
      return FOOTER_ROW;
    }
    return this.dataOrFooter(values!, count);
  }

  /**
   * A row under a note or a signature is footer, until a row full enough to be a procurement (three
   * matched cells or more, an amount or a date among them) shows the table goes on; the names and
   * posts of signatures side by side are still footer.
   */
  private dataOrFooter(values: readonly CellValue[], count: number): number {
    if (!this.inFooter) return DATA;
    if (count < 3 || !this.hasAmount(values)) return FOOTER_ROW;
    this.inFooter = false;
    return DATA;
  }

  /** An amount or a date in a column of the form: what a procurement has and a signature block has not. */
  private hasAmount(values: readonly CellValue[]): boolean {
    if (this.hasNumber(values)) return true;
    for (const c of this.cols) {
      const v = values[c - 1];
      if (typeof v === 'string' && parseMoney(v).kind === 'ok') return true;
    }
    return false;
  }

  /** A number or a date in a column of the form (a look at types only: this runs on most rows). */
  private hasNumber(values: readonly CellValue[]): boolean {
    for (const c of this.cols) {
      const v = values[c - 1];
      if (typeof v === 'number' || v instanceof Date) return true;
    }
    return false;
  }

  private allFooterText(values: readonly CellValue[]): boolean {
    return values.every((v) => isBlank(v) || (typeof v === 'string' && isFooterText(collapseSpaces(v))));
  }

  /** "รวม" in a column left of the form's (a ลำดับ merged over two cells), with the amounts under the form's own. */
  private leadIsTotal(values: readonly CellValue[]): boolean {
    for (let c = 0; c < this.sheetOrder[0]! - 1; c++) {
      const v = values[c];
      if (isBlank(v)) continue;
      return typeof v === 'string' && TOTAL.test(thaiDigitsToArabic(collapseSpaces(v)));
    }
    return false;
  }

  /**
   * A row of text only that is a form's header (at least three of its columns, surely): another form's
   * ('other'), or this one's in other words ('same'); rows of numbers and dates, all a procurement
   * has, are never looked at.
   */
  private headerOf(values: readonly CellValue[]): 'other' | 'same' | 'reordered' | null {
    let texts = 0;
    for (const v of values) {
      if (isBlank(v)) continue;
      if (typeof v !== 'string' || v.length > 120) return null;
      texts++;
    }
    if (texts < 3) return null;
    const m = recogniseHeader({ name: '', values: [values] }, allTemplates());
    if (!m || m.confidence < 0.8 || m.columns.length < 3) return null;
    if (m.template.id !== this.templateId) return 'other';
    // The same form's header with its columns elsewhere (a second table pasted under the first): its
    // rows are not this header's, and read by it every cell would be judged against another column.
    return m.columns.every((c) => (this.colOf.get(c.column.id) ?? c.col) === c.col) ? 'same' : 'reordered';
  }

  /** Whether the matched columns, in sheet order, hold 1, 2, 3 … (the first may be where the numbers start). */
  private isNumbering(values: readonly CellValue[]): boolean {
    const cols = this.sheetOrder;
    // Where the numbers start: 1 under the first column, or 2 when a ลำดับ column the form lacks took 1.
    let start = 0;
    while (start < cols.length && !(ordinal(values[cols[start]! - 1]) >= 1)) start++;
    if (cols.length - start < 3 && ordinal(values[cols[start]! - 1]) !== 1) return false;
    if (cols.length - start < 2) return false;
    const from = ordinal(values[cols[start]! - 1]);
    if (from > 2) return false;
    for (let i = start; i < cols.length; i++) if (ordinal(values[cols[i]! - 1]) !== from + i - start) return false;
    return true;
  }

  private isNoteLabel(text: string): boolean {
    if (this.noteLabels.length === 0) return false;
    const f = foldForMatch(text);
    return this.noteLabels.some((label) => f.startsWith(label));
  }
}
