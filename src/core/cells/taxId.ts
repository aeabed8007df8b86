import { isCellError, isNoneText, type CellValue } from './value';
import { asciiDigits, plainText } from '../text/thai';

export type TaxIdFormatReason = 'joint-venture' | 'placeholder' | 'masked' | 'scientific' | 'lost-zero' | 'length';

export type TaxIdResult =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'ok';
      readonly id: string;
      readonly fromNumber: boolean;
      /** Text that needed more than trimming: dashes, spaces, Thai or full-width digits, an apostrophe. */
      readonly reformatted: boolean;
    }
  | { readonly kind: 'checksum'; readonly id: string; readonly expected: number }
  | { readonly kind: 'format'; readonly reason: TaxIdFormatReason; readonly suggestion?: string }
  | { readonly kind: 'error'; readonly error: string };

const DIGITS_13 = /^\d{13}$/;

/** The check digit of a 13-digit Thai tax / citizen id (mod 11), computed from its first 12 digits. */
export function taxIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (first12.charCodeAt(i) - 48) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** Thirteen digits with a right check digit, told in one pass (every supplier cell comes here first). */
export function isValidTaxId(id: string): boolean {
  if (id.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (i < 12) sum += d * (13 - i);
  }
  return (11 - (sum % 11)) % 10 === id.charCodeAt(12) - 48;
}

/** A personal (citizen) id starts 1–8; juristic persons start 0. Personal ids are PDPA data. */
export function isPersonalId(id: string): boolean {
  return /^[1-8]\d{12}$/.test(id);
}

/**
 * "3100600445635" → "3-1006-xxxxx-xx-5" for messages: enough to find the row, not to reuse the id.
 * Any run of 9 or more digits not starting with 0 (a citizen id typed short, long, with dashes or
 * after a name) is masked alike; company ids (0…) and e-GP codes (D…) are shown as they are.
 */
/**
 * A 13-digit id as its plain digits, a citizen id's middle masked ("31006xxxxxxx5"): what a fix writes,
 * shown as written (no dashes) without showing the person's id.
 */
export function maskDigits(id: string): string {
  return isPersonalId(id) ? `${id.slice(0, 5)}${'x'.repeat(7)}${id[12]}` : id;
}

/**
 * An id shown under a number format, as a CSV keeps what Excel showed: "3100600445635.00",
 * "3,100,600,445,635"; its digits are the id.
 */
const SHOWN_AS_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)\.0+$|^\d{1,3}(?:,\d{3})+$/;

const digitsShown = (s: string) => s.replace(/\.0+$/, '').replace(/,/g, '');

export function maskId(text: string): string {
  // Typed in Thai or full-width digits, a citizen id is still one: masked, shown in ASCII digits then.
  const ascii = asciiDigits(text);
  if (SHOWN_AS_NUMBER.test(ascii)) {
    const masked = maskAscii(digitsShown(ascii));
    return masked.includes('x') ? masked : text;
  }
  if (ascii !== text) {
    const masked = maskAscii(ascii);
    return masked === ascii ? text : masked;
  }
  return maskAscii(text);
}

function maskAscii(text: string): string {
  if (isPersonalId(text)) return `${text[0]}-${text.slice(1, 5)}-xxxxx-xx-${text[12]}`;
  // A run starts at a digit with no digit (or digit and separator) before it: "0-1055-…" is one run.
  // Digits run on past a space, a dash or a dot ("3.1006.00445.63.5" is typed too).
  return text.replace(/(?<![A-Za-z0-9]|\d[\s.-])[1-9](?:[\s.-]?\d){8,}(?![0-9xX])/g, (run) => {
    const d = run.replace(/\D/g, '');
    // A company id whose leading 0 was lost (12 digits that make a valid id with it) is no one's.
    if (d.length === 12 && isValidTaxId(`0${d}`)) return run;
    // Thirteen digits starting 9 are no citizen id but are masked alike (and not by recursion: maskId
    // would pass them back here).
    return d.length === 13
      ? `${d[0]}-${d.slice(1, 5)}-xxxxx-xx-${d[12]}`
      : `${d[0]}-${d.slice(1, 5)}-${'x'.repeat(d.length - 6)}-${d[d.length - 1]}`;
  });
}

/**
 * An id cell's note that the winner is a foreign entity with no Thai id ("ไม่มีเลขประจำตัวผู้เสียภาษี
 * (นิติบุคคลต่างประเทศ)", "foreign company"), perhaps with its registration abroad: no 13-digit id to judge.
 */
export const FOREIGN_NOTE = /ต่างประเทศ|ต่างชาติ|foreign|overseas|non-?resident/i;

/** A company's legal form abroad, written at the end of its name or after a comma ("Co., Ltd.", "GmbH"). */
const FOREIGN_FORM =
  /\b(?:co\.?,?\s*ltd|company\s+limited|limited|ltd|inc|incorporated|corp|corporation|gmbh|ag|s\.?a|s\.?p\.?a|b\.?v|n\.?v|llc|pte|pty|k\.?k|sas|s\.?a\.?r\.?l|s\.?r\.?l)\b\.?/i;

/**
 * A legal form only Thai law has, or a name that says it is of Thailand (บริษัท…จำกัด, ห้างหุ้นส่วน…, หจก.,
 * บมจ., "Limited Partnership", "Public Company Limited", "(ประเทศไทย)", "Thailand"): a firm registered in
 * Thailand, which has a 13-digit tax id (DOMAIN §3.5), however English its name.
 */
export function hasThaiForm(name: string): boolean {
  // Forms only Thai law has: Thai whatever bracket follows ("(สหรัฐก่อสร้าง)" is a partnership's trade name).
  if (/ห้างหุ้นส่วน|หจก|บมจ|มหาชน|limited\s+partnership|public\s+company|\bpcl\b/i.test(name)) return true;
  const thailand = /ประเทศ\s*ไทย|\bthailand\b/i.test(name);
  // "บริษัท ฮิตาชิ จำกัด (ประเทศญี่ปุ่น)": จำกัด is Thai for Limited, and the bracket names the firm's country.
  return thailand || (!ABROAD.test(name) && /บริษัท.*จ(?:ำ|ํา)กัด/.test(name));
}

/**
 * A country other than Thailand in brackets: "(ประเทศญี่ปุ่น)", "(สหพันธ์สาธารณรัฐเยอรมนี)", "(สาธารณรัฐประชาชนจีน)";
 * or its short name alone there ("(ญี่ปุ่น)", "(สหรัฐฯ)", "(Japan)", "(USA)"), not as the start of a trade name
 * ("(สหรัฐก่อสร้าง)").
 */
const ABROAD = new RegExp(
  '\\(\\s*(?:(?:ประเทศ(?!\\s*ไทย)|สหพันธ(?:์|รัฐ)|สาธารณรัฐ|ราชอาณาจักร(?!\\s*ไทย)|สหรัฐอเมริกา|สหราชอาณาจักร|เครือรัฐ)[^)]*' +
    '|(?:สหรัฐ\\s*ฯ?|อเมริกา|ญี่ปุ่น|จีน|เกาหลี(?:ใต้)?|ไต้หวัน|ฮ่องกง|สิงคโปร์|มาเลเซีย|อินโดนีเซีย|ฟิลิปปินส์|เวียดนาม|ลาว|กัมพูชา' +
    '|เมียนมา(?:ร์)?|อินเดีย|ออสเตรเลีย|นิวซีแลนด์|แคนาดา|อังกฤษ|เยอรมนี|เยอรมัน|ฝรั่งเศส|อิตาลี|สเปน|สวีเดน|สวิตเซอร์แลนด์' +
    '|เนเธอร์แลนด์|เดนมาร์ก|ฟินแลนด์|นอร์เวย์|ออสเตรีย|เบลเยียม|อิสราเอล|ยูเออี|ดูไบ' +
    // The same in English, as firms abroad often write it ("บริษัท ฮิตาชิ จำกัด (Japan)").
    "|japan|(?:people's\\s+republic\\s+of\\s+|p\\.?r\\.?\\s*)?china|prc|(?:south\\s+|republic\\s+of\\s+)?korea|taiwan|hong\\s*kong" +
    '|singapore|malaysia|indonesia|philippines|viet\\s*nam|lao\\s*pdr|laos|cambodia|myanmar|india|australia|new\\s+zealand' +
    '|canada|u\\.\\s*k\\.|united\\s+kingdom|england|germany|france|italy|spain|sweden|switzerland|the\\s+netherlands|netherlands' +
    '|denmark|finland|norway|austria|belgium|israel|u\\.?\\s*a\\.?\\s*e\\.?|united\\s+arab\\s+emirates|dubai' +
    '|u\\.?\\s*s\\.?\\s*a\\.?|u\\.\\s*s\\.|united\\s+states(?:\\s+of\\s+america)?|america)\\s*)\\)',
  'i',
);
const ABROAD_ALL = new RegExp(ABROAD.source, 'gi');

/**
 * A winner's name that may be of a company registered abroad: Latin letters with a legal form, no Thai
 * but its country in brackets ("Hitachi Ltd. (ประเทศญี่ปุ่น)"), and not a Thai firm's English name
 * ("(Thailand) Co., Ltd.", "… Limited Partnership"). Only "may": many Thai companies trade under English names.
 */
export function isForeignName(name: string): boolean {
  const bare = name.replace(ABROAD_ALL, ' ');
  return (
    !/[\u0E00-\u0E7F]/.test(bare) &&
    FOREIGN_FORM.test(bare) &&
    !hasThaiForm(name) &&
    !/\b(?:thai|siam|bangkok)\b/i.test(name)
  );
}

/** 0000000000000 and the like: typed to fill the cell, never an id (none passes the check digit). */
const SAME_DIGITS = /^(\d)\1{12}$/;

/**
 * Read a 13-digit tax id or citizen id: digits with or without dashes and spaces, Thai or full-width
 * digits, or a number (then a company id's leading 0 is gone, or digits are lost). Joint-venture (D…), placeholder (DUMMY…) and
 * masked (…xxxx) ids of real exports are told apart.
 */
export function parseTaxId(v: CellValue): TaxIdResult {
  if (v === null) return { kind: 'blank' };
  // The common case first: 13 digits typed as text.
  if (typeof v === 'string' && v.length === 13 && DIGITS_13.test(v)) {
    const expected = taxIdCheckDigit(v);
    if (expected === v.charCodeAt(12) - 48) return { kind: 'ok', id: v, fromNumber: false, reformatted: false };
    return SAME_DIGITS.test(v) ? { kind: 'format', reason: 'placeholder' } : { kind: 'checksum', id: v, expected };
  }
  if (isCellError(v)) return { kind: 'error', error: v.error };
  let fromNumber = false;
  let s: string;
  if (typeof v === 'number') {
    fromNumber = true;
    if (!Number.isInteger(v) || v >= 1e15) return { kind: 'format', reason: 'scientific' };
    s = String(v);
    // 3100600000000: what is left of 3.1006E+12 once it went through a CSV and back. Excel shows at
    // most six significant digits so, and a real id ends in six zeros once in a million.
    if (s.length >= 12 && /0{6}$/.test(s)) return { kind: 'format', reason: 'scientific' };
  } else if (typeof v === 'string') {
    s = plainText(v);
    if (SHOWN_AS_NUMBER.test(s)) s = digitsShown(s);
  } else return { kind: 'format', reason: 'length' };
  if (s === '' || isNoneText(s)) return { kind: 'blank' };
  if (/^\d(\.\d+)?e\+?\d+$/i.test(s)) return { kind: 'format', reason: 'scientific' };
  const compact = s.replace(/[\s\-.\u00A0]/g, '');
  if (/^D\d{12}$/i.test(compact)) return { kind: 'format', reason: 'joint-venture' };
  if (/^dummy/i.test(compact)) return { kind: 'format', reason: 'placeholder' };
  if (/^\d+x+$/i.test(compact) || /x{3,}/i.test(compact)) return { kind: 'format', reason: 'masked' };
  if (/^\d{12}$/.test(compact)) {
    const padded = `0${compact}`;
    if (isValidTaxId(padded)) return { kind: 'format', reason: 'lost-zero', suggestion: padded };
  }
  if (!/^\d{13}$/.test(compact)) return { kind: 'format', reason: 'length' };
  const expected = taxIdCheckDigit(compact);
  if (expected !== compact.charCodeAt(12) - 48)
    return SAME_DIGITS.test(compact)
      ? { kind: 'format', reason: 'placeholder' }
      : { kind: 'checksum', id: compact, expected };
  return { kind: 'ok', id: compact, fromNumber, reformatted: !fromNumber && compact !== (v as string).trim() };
}
