import { cellAt, displayValue, isBlank, type SheetGrid } from '../cells/value';
import { colName, makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { HeaderMatch } from '../sheet/header';
import { PROVINCES } from '../settings/data';
import { DATA } from '../sheet/rows';
import { THAI_MONTHS_LONG_PATTERN, THAI_MONTHS_SHORT_PATTERN } from '../text/format';
import { collapseSpaces, foldForMatch, thaiDigitsToArabic } from '../text/thai';

/** The short forms of local government's names: "อบต.คลองไทร" is องค์การบริหารส่วนตำบลคลองไทร. */
const SHORT: readonly [RegExp, string][] = [
  [/^อบต\.?\s*/, 'องค์การบริหารส่วนตำบล'],
  [/^อบจ\.?\s*/, 'องค์การบริหารส่วนจังหวัด'],
  [/^ทต\.?\s*/, 'เทศบาลตำบล'],
  [/^ทม\.?\s*/, 'เทศบาลเมือง'],
  [/^ทน\.?\s*/, 'เทศบาลนคร'],
];

const longForm = (text: string) => SHORT.reduce((t, [re, full]) => t.replace(re, full), text);
const agencyKey = (text: string) => foldForMatch(longForm(text));

/**
 * An office of the agency, or its short name, in brackets at the end of its name ("(กองคลัง)", "(ฝ่ายพัสดุ)",
 * "(รพ.สต.)", "(อบต.บ้านใหม่)"). Only those: a school's second name ("โรงเรียนบ้านหนองบัว (ประชาสามัคคี)", as
 * in the real e-GP rows) is part of its name, and two such schools are two agencies.
 */
const OFFICE = /^(?:สำนักงาน|สำนัก|กอง|ส่วน|งาน|กลุ่มงาน|ศูนย์|แขวง|หน่วย|สาขา|ฝ่าย|แผนก|เจ้าหน้าที่)|[\u0E01-\u0E2E]\./;

/** The last bracket of a name, and what it holds. */
const LAST_BRACKET = /\s*\(\s*([^()]*?)\s*\)\s*$/;

/**
 * Where an agency is, as its name's brackets say: district, province, tambon, each by its name folded, and
 * a school's area office.
 */
type Where = Map<string, string>;

/** A name read: its agency (agencyKey) and where it is. */
type Named = { agency: string; where: Where };

const PLACE_WORD = /^(อำเภอ|อ\.|จังหวัด|จ\.|ตำบล|ต\.)(.+)$/;
const PLACE_KIND: Readonly<Record<string, string>> = {
  อำเภอ: 'district',
  'อ.': 'district',
  จังหวัด: 'province',
  'จ.': 'province',
  ตำบล: 'tambon',
  'ต.': 'tambon',
};

// "อ.เมืองฯ" is อ.เมือง: ฯ cuts a name short.
const placeName = (name: string) => foldForMatch(PROVINCES.get(name) ?? name).replace(/\u0E2F/g, '');

/** One word of a bracket as a place: "อ.เมือง", "อำเภอแม่ริม", "จ.เชียงใหม่", or a province's bare name. */
function placeOf(word: string): [string, string] | null {
  const m = PLACE_WORD.exec(word);
  if (m) return [PLACE_KIND[m[1]!]!, placeName(m[2]!)];
  return PROVINCES.has(word) ? ['province', placeName(word)] : null;
}

/** "อ. เมือง", "อำเภอ เมือง": the word and its place's name, however spaced ("สต. " is no ต.). */
const joinPlaceWords = (text: string) => text.replace(/(?<![ก-๛])(อำเภอ|จังหวัด|ตำบล|[อจต]\.)\s+/g, '$1');

/** A bracket naming only places ("อ. เมือง จ.นครราชสีมา", "เชียงใหม่"), as where; else null. */
function placesIn(inner: string): Where | null {
  const where: Where = new Map();
  const words = joinPlaceWords(inner).split(/[\s,]+/);
  for (const word of words.filter(Boolean)) {
    const place = placeOf(word);
    if (!place) return null;
    where.set(...place);
  }
  return where.size ? where : null;
}

/**
 * The area office a school belongs to, short ("สพป.ขอนแก่น เขต 1", "สพม.ขอนแก่น") or in full
 * ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา…"): hundreds of schools share a name ("โรงเรียนบ้านหนองบัว").
 */
const AREA =
  /^(?:สพ([ปม])\.?|สำนักงานเขตพื้นที่การศึกษา([ปม])(?:ระถม|ัธยม)ศึกษา)\s*(?:(?!เขต)([^\d\s.]+)\.?)?\s*(?:เขต\s*)?([\d๐-๙]+)?(?:\s+(.+))?$/;

/**
 * A bracket naming an area office, as where: "ป|ขอนแก่น|1" (ป or ม, its province, its number), with any
 * district or province named after it ("(สพป.ขอนแก่น เขต 1 อ.เมือง)").
 */
function areaIn(inner: string): Where | null {
  const m = AREA.exec(inner);
  if (!m) return null;
  const where: Where = new Map(m[5] ? (placesIn(m[5]) ?? []) : []);
  const province = placeName((m[3] ?? '').replace(/เขต$/, ''));
  where.set('area', `${m[1] ?? m[2]!}|${province}|${thaiDigitsToArabic(m[4] ?? '')}`);
  return where;
}

/**
 * One area office written two ways: of one level and number, its province alike or short ("สพป.ขก. เขต 1" is
 * สพป.ขอนแก่น เขต 1: the short form's letters in order, from the first).
 */
function sameArea(a: string, b: string): boolean {
  const [[la, pa, na], [lb, pb, nb]] = [a.split('|'), b.split('|')];
  if (la !== lb || na !== nb) return false;
  const [short, long] = pa!.length <= pb!.length ? [pa!, pb!] : [pb!, pa!];
  if (short === long || !short) return true;
  let at = 0;
  for (const ch of short) if ((at = long.indexOf(ch, at) + 1) === 0) return false;
  return short.length <= 3 && long.startsWith(short[0]!);
}

/** Provinces' names folded, as a district's name may end in one ("อำเภอเมืองนครราชสีมา"). */
const PROVINCE_NAMES: ReadonlySet<string> = new Set([...PROVINCES.values()].map(placeName));

/** The kinds of local government, in full ("องค์การบริหารส่วนตำบล", "เทศบาลเมือง"). */
const LOCAL_KINDS = 'องค์การบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล(?:ตำบล|เมือง|นคร)';

/** A local government's kind named in full, with its own name after it ("องค์การบริหารส่วนตำบลยาง") or not. */
const LOCAL_KIND = new RegExp(`^(?:${LOCAL_KINDS})`);
/** A school's or hospital's kind, with its own name after it ("โรงเรียนบ้านหนองบัว", "โรงพยาบาลศีขรภูมิ") or not. */
const INSTITUTION_KIND = /^(?:โรงพยาบาลส่งเสริมสุขภาพ(?:ตำบล)?|โรงพยาบาล|โรงเรียน)/;

/** Whether `name` is of the kind `kind` matches with a name of its own after it. */
const ownNamed = (kind: RegExp, name: string) => (kind.exec(name)?.[0].length ?? name.length) < name.length;

/**
 * How many of a name's last words are places written without brackets ("องค์การบริหารส่วนตำบลคลองไทร
 * ตำบลคลองไทร อำเภอท่าฉาง จังหวัดสุราษฎร์ธานี", as agencies' reports write it). Only after a local
 * government's name with its own (never "เทศบาลนคร จ.เชียงใหม่"), or a school's or hospital's with a place's
 * word: an office of the state is named by its place ("สำนักงานสาธารณสุข จังหวัดสุรินทร์" and "… อำเภอศีขรภูมิ"
 * are two agencies), and a province's bare name ends any other name ("โรงพยาบาลธัญญารักษ์ เชียงใหม่" is
 * e-GP's โรงพยาบาลธัญญารักษ์เชียงใหม่).
 */
function trailingPlaceCount(words: readonly string[]): number {
  let from = words.length;
  // A bracket's words are the bracket's to read ("(อ. เมือง จ.นครราชสีมา)").
  while (from > 1 && !/[()]/.test(words[from - 1]!) && placeOf(words[from - 1]!)) from--;
  // Give the name back words from the front of the run until what is left before it is a whole name.
  for (; from < words.length; from++) {
    const rest = longForm(words.slice(0, from).join(' '));
    if (ownNamed(LOCAL_KIND, rest)) break;
    if (ownNamed(INSTITUTION_KIND, rest) && PLACE_WORD.test(words[from]!)) break;
  }
  return words.length - from;
}

/** Strips the places written after a name ("อบต.ยาง อำเภอศีขรภูมิ"), adding them to where; the name left. */
function dropTrailingPlaces(name: string, where: Where): string {
  const words = joinPlaceWords(name.trim()).split(' ');
  const count = trailingPlaceCount(words);
  for (const word of words.slice(words.length - count).reverse()) {
    const [kind, place] = placeOf(word)!;
    if (!where.has(kind)) where.set(kind, place);
  }
  return count ? words.slice(0, words.length - count).join(' ') : name;
}

/**
 * A name as its agency (agencyKey) and where it is: its office's or its place's brackets dropped, and places
 * written after it, and the places kept to tell two agencies of one name apart ("อบต.บ้านใหม่ (อ.เมือง)",
 * "อบต.บ้านใหม่ อ.พิมาย"; "โรงเรียนบ้านหนองบัว (สพป.ขอนแก่น เขต 1)", "โรงเรียนบ้านหนองบัว (สพป.อุดรธานี เขต 2)").
 */
function named(text: string, trailing: boolean): Named {
  const full = collapseSpaces(text);
  const where: Where = new Map();
  const drop = (name: string) => (trailing ? dropTrailingPlaces(name, where) : name);
  let name = drop(full);
  for (let m = LAST_BRACKET.exec(name); m; m = LAST_BRACKET.exec(name)) {
    const places = areaIn(m[1]!) ?? placesIn(m[1]!);
    if (!places && !OFFICE.test(m[1]!)) break;
    for (const [kind, place] of places ?? []) if (!where.has(kind)) where.set(kind, place);
    name = drop(name.slice(0, m.index));
  }
  return name ? { agency: agencyKey(name), where } : { agency: agencyKey(full), where: new Map() };
}

/** An office of the state's stem, folded, with no place in it ("สำนักงานสาธารณสุข", "ที่ทำการปกครอง"). */
const OFFICE_STEM = new RegExp(`^(?:${foldForMatch('สำนักงาน')}|${foldForMatch('ที่ทำการ')})`);
const PLACE_IN_NAME = new RegExp(['อำเภอ', 'จังหวัด', 'ตำบล'].map(foldForMatch).join('|'));
const isOfficeStem = (agency: string) => OFFICE_STEM.test(agency) && !PLACE_IN_NAME.test(agency);

/**
 * Two places of one kind are one when one name is the other with its province after it: "อ.เมือง" is
 * อำเภอเมืองนครราชสีมา, not อำเภอหนองบัวแดง อ.หนองบัว. Area offices as sameArea says. Of an office's stem,
 * one naming a district is never one naming none: สำนักงานสาธารณสุข (อ.ศีขรภูมิ) is not the province's.
 */
const fits = (a: Where, b: Where, office: boolean) =>
  !(office && a.has('district') !== b.has('district')) &&
  [...a].every(([kind, place]) => {
    const other = b.get(kind);
    if (other === undefined || other === place) return true;
    if (kind === 'area') return sameArea(place, other);
    const [short, long] = place.length < other.length ? [place, other] : [other, place];
    return long.startsWith(short) && PROVINCE_NAMES.has(long.slice(short.length));
  });

/** Keys names as `name` reads them: of one agency, places that differ are two (`${agency}#${i}`). */
function placedKeyer(name: (text: string) => Named): (text: string) => string {
  // Of each name, its agencies by where they are: what each has said of it, the longest kept.
  const seen = new Map<string, Where[]>();
  return (text) => {
    const { agency, where } = name(text);
    if (!agency || !where.size) return agency;
    const agencies = seen.get(agency) ?? [];
    seen.set(agency, agencies);
    const office = isOfficeStem(agency);
    let i = agencies.findIndex((a) => fits(where, a, office));
    if (i < 0) i = agencies.push(new Map()) - 1;
    const one = agencies[i]!;
    for (const [kind, place] of where) if (place.length > (one.get(kind)?.length ?? 0)) one.set(kind, place);
    return i ? `${agency}#${i}` : agency;
  };
}

/**
 * The agency a row's agency cell names, as a key ('' for none), for the rows of one table in turn: what
 * several-agencies, summary and import-egp all take as "one agency", so that none refuses what another
 * accepts. A department's own office named in brackets after it ("กรมชลประทาน (สำนักงานชลประทานที่ 3)",
 * "เทศบาลตำบลบ้านใหม่ (กองคลัง)") is the department, and so is where it is ("(อ.เมือง)", "(นครราชสีมา)",
 * "(สพป.ขอนแก่น เขต 1)", or without brackets: "อบต.ยาง อำเภอศีขรภูมิ"); spacing and short forms fold
 * ("โรงพยาบาลธัญญารักษ์ เชียงใหม่"). Of one name, places that differ ("(อำเภอเมือง)", "(อำเภอพิมาย)", two
 * area offices) are two agencies; a row naming no place is of the first.
 */
export function agencyKeyer(): (text: string) => string {
  const keys = new Map<string, string>();
  const placed = placedKeyer((text) => named(text, true));
  // Names that fold alike without reading places after them, brackets alike, stay one: "เทศบาล ตำบลยาง"
  // (a stray space) is เทศบาลตำบลยาง, not a เทศบาล of ต.ยาง.
  const byFold = new Map<string, string>();
  const keyOf = (text: string) => {
    const { agency, where } = named(text, false);
    const fold = [agency, ...[...where].map(([kind, place]) => `${kind}:${place}`).sort()].join('|');
    let key = byFold.get(fold);
    if (key === undefined) byFold.set(fold, (key = placed(text)));
    return key;
  };
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = keyOf(text)));
    return key;
  };
}

/** A name's own letters, run on after its kind or after a space. */
const OWN = '\\s*([ก-ฮะ-ฺเ-๎A-Za-z]+)';

/** A local government's name as titles write it, full or short: "องค์การบริหารส่วนตำบลคลองไทร", "อบต. ไชยสอ". */
const LOCAL_NAMED = new RegExp(`(${LOCAL_KINDS}|(?<![ก-๛])(?:(?:อบต|อบจ|ทต|ทม|ทน)\\.|(?:อบต|อบจ)\\s))${OWN}`, 'g');

/**
 * A school's, a hospital's or a health centre's name, full or short: "โรงเรียนบ้านหนองบัว", "ร.ร.บ้านหนองบัว",
 * "รพ.สต.บ้านโนนสูง", "สถานีอนามัยบ้านโนนสูง" (a รพ.สต.'s name before 2552).
 */
const INSTITUTION_NAMED = new RegExp(
  `(โรงพยาบาลส่งเสริมสุขภาพ(?:ตำบล)?|สถานีอนามัย|โรงพยาบาล|โรงเรียน|มหาวิทยาลัย|วิทยาลัย|(?<![ก-๛])(?:รพ\\.?\\s*สต|รพ|รร|ร\\.\\s*ร)\\.)${OWN}`,
  'g',
);

/** A kind written short, in full: "รพ.สต." and "โรงพยาบาลส่งเสริมสุขภาพ" are โรงพยาบาลส่งเสริมสุขภาพตำบล. */
const KIND_SHORT: readonly [RegExp, string][] = [
  [/^(?:รพ\.?\s*สต\.|โรงพยาบาลส่งเสริมสุขภาพ(?:ตำบล)?|สถานีอนามัย)$/, 'โรงพยาบาลส่งเสริมสุขภาพตำบล'],
  [/^รพ\.$/, 'โรงพยาบาล'],
  [/^(?:รร|ร\.\s*ร)\.$/, 'โรงเรียน'],
  [/^สภ\.$/, 'สถานีตำรวจภูธร'],
  [/^สนง\.$/, 'สำนักงาน'],
];
const fullKind = (kind: string) => KIND_SHORT.find(([re]) => re.test(kind))?.[1] ?? kind;

/**
 * An office of the state's name: its place and number are part of it ("สำนักงานสาธารณสุข จ.สุรินทร์" is not
 * "… อำเภอศีขรภูมิ", "สำนักงานชลประทานที่ 3" not "… ที่ 5"). Not an agency's own office ("สำนักงานปลัด").
 */
const OFFICE_NAMED = new RegExp(
  `(สำนักงาน(?!ปลัด(?!กระทรวง))|(?<![ก-๛])สนง\\.(?!\\s*ปลัด(?!กระทรวง))|กรม(?!ธรรม์)|กระทรวง|สถานีตำรวจ(?:ภูธร|นครบาล)?|(?<![ก-๛])สภ\\.|ที่ทำการปกครอง|ที่ว่าการ|การไฟฟ้า|การประปา)${OWN}` +
    `((?:(?:\\s*(?:เขต|ที่))?(?<=เขต|ที่)\\s*\\d{1,2}(?!\\d)|\\s*(?:จังหวัด|อำเภอ|[จอ]\\.)\\s*[ก-ฮะ-ฺเ-๎]+)*)`,
  'g',
);

/**
 * Offices a form's own words cite ("ตามแบบที่สำนักงาน ป.ป.ช. กำหนด", "ตามแบบที่กรมบัญชีกลางกำหนด"): whose
 * form or rules it is, never the agency publishing it. The NACC (ป.ป.ช.), the PACC (ป.ป.ท.), the State
 * Audit Office (สตง.), the Comptroller General's Department and the procurement committees, in full or short.
 */
const CITED_NAMES = new RegExp(
  [
    '(?:(?:สำนักงาน|คณะกรรมการ)\\s*)+ป\\.?\\s*ป\\.?\\s*[ชท](?![ก-๛])\\.?',
    '(?<![ก-๛])(?:ป\\.\\s*ป\\.\\s*[ชท]|ปปช|ปปท|สตง)(?![ก-๛])\\.?',
    '(?:สำนักงาน\\s*)?คณะกรรมการป้องกันและปราบปรามการทุจริต(?:แห่งชาติ|ในภาครัฐ)?',
    'สำนักงานการตรวจเงินแผ่นดิน',
    'กรมบัญชีกลาง',
    'คณะกรรมการ(?:วินิจฉัยปัญหา|นโยบาย)การจัดซื้อจัดจ้าง(?:และการบริหารพัสดุภาครัฐ)?',
  ].join('|'),
  'g',
);

/** A text with the offices it cites cut out (CITED_NAMES). */
const withoutCited = (text: string) => text.replace(CITED_NAMES, ' ');

/** The words a title runs on with after a name ("…คลองไทรประจำเดือน…"). */
const RUN_ON = /(?:ประจำ|เดือน|ปีงบ|ในรอบ|รอบเดือน|ตั้งแต่|ระหว่าง|ณวันที่).*$/;
/** …and a place, after a name the place is not part of ("…คลองไทรอำเภอท่าศาลา"). */
const PLACE_RUN_ON = /(?:อำเภอ|จังหวัด).*$/;

const localKey = (m: RegExpMatchArray) => {
  const name = m[2]!.replace(RUN_ON, '').replace(PLACE_RUN_ON, '');
  return name && agencyKey(`${m[1]!.trim()}${name}`);
};

const institutionKey = (m: RegExpMatchArray) => {
  const name = m[2]!.replace(RUN_ON, '').replace(PLACE_RUN_ON, '');
  return name && foldForMatch(`${fullKind(m[1]!)}${name}`);
};

const officeKey = (m: RegExpMatchArray) => {
  const name = m[2]!.replace(RUN_ON, '');
  // A name cut where the title runs on ("…สุรินทร์ประจำเดือน") keeps no tail after it.
  const tail = name === m[2] ? m[3]!.replace(/จ\./g, 'จังหวัด').replace(/อ\./g, 'อำเภอ') : '';
  // Its first place names it; a second is where that is ("…อำเภอศีขรภูมิ จังหวัดสุรินทร์"), but for อำเภอเมือง,
  // one in each province: "อำเภอเมือง จังหวัดขอนแก่น" is อำเภอเมืองขอนแก่น.
  const whole = `${fullKind(m[1]!)}${name}${tail}`
    .replace(/(อำเภอเมือง)\s*จังหวัด/, '$1')
    .replace(/((?:อำเภอ|จังหวัด).*?)\s*(?:อำเภอ|จังหวัด).*$/, '$1');
  return name && foldForMatch(whole);
};

/**
 * How specific an office of the state's name is: a ministry, a department, an office of a province or
 * of none, one of a district (or a police station). Of several a text names, the most specific is the
 * agency, the others what it is under ("กรมส่งเสริมการเกษตร สำนักงานเกษตรอำเภอบ้านไผ่").
 */
function officeRank(m: RegExpMatchArray): number {
  if (m[1]!.startsWith('กระทรวง')) return 0;
  if (m[1]!.startsWith('กรม')) return 1;
  return /สถานีตำรวจ|สภ\.|อำเภอ|(?<![ก-๛])อ\./.test(m[0]) ? 3 : 2;
}

/** Words a title mentions an institution after, as what the agency funds or buys for, not as itself. */
const MENTIONED_AFTER = /(?:รวม|สำหรับ|ให้|แก่|และ|โครงการ|อาหารเสริม|อาหารกลางวัน|\(\s*นม\s*\))\s*$/;
/** A local government written right after a name, as what it is under ("… อบจ.ขอนแก่น", "… สังกัด อบต.…"). */
const PARENT_AFTER = new RegExp(`^[\\s,:-]*(?:สังกัด\\s*)?(?:${LOCAL_NAMED.source})`);

/** Whether a text ends inside brackets ("… (รวมโรงเรียนบ้านหนองบัว"). */
const openBracket = (text: string) => (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);

/** A school's or hospital's rank where only mentioned: after a local government (4), before any office (≤ 3). */
const MENTIONED = 3.5;

/**
 * How specific a school's or hospital's name is: the agency itself where it is what the title is of (a word
 * of its own, or the local government it is under after it), so before that local government; only
 * mentioned ("องค์การบริหารส่วนตำบลหนองบัว โครงการอาหารกลางวันโรงเรียนบ้านหนองบัว", "(รวมโรงเรียน…)"), after
 * it: a local government's reports name the schools it funds.
 */
function institutionRank(m: RegExpMatchArray, text: string): number {
  const before = text.slice(0, m.index);
  if (openBracket(before) || MENTIONED_AFTER.test(before)) return MENTIONED;
  const subject = /(?:^|[\s:])$/.test(before) || PARENT_AFTER.test(text.slice(before.length + m[0].length));
  return subject ? 5 : MENTIONED;
}

/**
 * The kinds of agency a text may name, each with how specific it is: of the names a text gives, the
 * most specific is the agency, the first of those alike. A school or health centre before the local
 * government it is under, with สังกัด or not ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว องค์การบริหารส่วน
 * จังหวัดขอนแก่น"), where it is the title's subject (institutionRank); a local government before an office
 * of the state; an office as officeRank says.
 */
const KINDS: readonly [RegExp, (m: RegExpMatchArray) => string, (m: RegExpMatchArray, text: string) => number][] = [
  [INSTITUTION_NAMED, institutionKey, institutionRank],
  [LOCAL_NAMED, localKey, () => 4],
  [OFFICE_NAMED, officeKey, officeRank],
];

/**
 * A month as names write it, with its year: in full ("ตุลาคม 2566"), or short, with its dots or without
 * them, before a year ("ต.ค.66", "ตค66"; not the "ต.ค" of "อบต.คลองไทร", nor "สำนักงาน ก.พ.").
 */
const YEAR = '\\s*[-_]?\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?\\d{2,4}(?!\\d)';
const MONTH_WORD = new RegExp(
  `(?:${THAI_MONTHS_LONG_PATTERN})(?:${YEAR})?|(?:${THAI_MONTHS_SHORT_PATTERN})${YEAR}`,
  'g',
);

/** A text with its months cut out: a file's name runs the agency's name on into its month ("อบต.หนองบัวต.ค.66"). */
const withoutMonths = (text: string) => thaiDigitsToArabic(text).replace(MONTH_WORD, ' ');

/** Whether a name is written as what another is under ("… สังกัดสำนักงานเขตพื้นที่…", "ในสังกัด อบจ.…"). */
const isParent = (text: string, at: number) => /สังกัด\s*$/.test(text.slice(0, at));

/**
 * The agency a title, a sheet's or a file's name names (as a key: short and full forms alike), or null:
 * what tells one agency's sheets or files from another's. Local government, schools, hospitals, health
 * centres, offices of the state (DOMAIN §1: every public agency uses the tool). ำ typed as ํ and า, "อบต
 * คลองไทร" without its dot, and a district or the month run on ("คลองไทรอำเภอท่าศาลา", "คลองไทรประจำเดือน…",
 * "หนองบัวต.ค.66", "หนองบัวตุลาคม2566") name the same. A name the agency is under ("สังกัด อบจ.…") is not
 * its own: a text naming only that names none, and is compared with any. Of several names, the most
 * specific (KINDS): the รพ.สต. before the อบจ. after it, the district's office before its department.
 */
export function agencyNamed(title: string): string | null {
  const text = withoutCited(withoutMonths(title.replace(/\u0E4D\u0E32/g, '\u0E33')));
  let best: { key: string; rank: number; at: number } | null = null;
  for (const [named, keyOf, rankOf] of KINDS)
    for (const m of text.matchAll(named)) {
      const key = isParent(text, m.index) ? '' : keyOf(m);
      const rank = key ? rankOf(m, text) : -1;
      if (key && (!best || rank > best.rank || (rank === best.rank && m.index < best.at)))
        best = { key, rank, at: m.index };
    }
  return best?.key ?? null;
}

const CAPITAL_DISTRICT = foldForMatch('อำเภอเมือง');

/**
 * Whether two agencies' keys (agencyNamed) may be one agency's: none said, the same, or one naming its
 * อำเภอเมือง without the province the other names after it ("สำนักงานเกษตรอำเภอเมือง" and "…อำเภอเมือง
 * จังหวัดขอนแก่น"): a province's อำเภอเมือง is not another's, but one not saying which may be either.
 */
export function sameAgency(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.endsWith(CAPITAL_DISTRICT) && long.startsWith(short) && PROVINCE_NAMES.has(long.slice(short.length));
}

/** The agency a list's title names, else its sheet's name ("อบต.หนองบัว ต.ค.66" under the form's own title). */
export const listAgency = (list: { readonly title: string; readonly sheet: string }): string | null =>
  agencyNamed(list.title) ?? agencyNamed(list.sheet);

/** Names shown at most in the message: the rest are counted. */
const SHOWN = 3;

/**
 * A form whose rows name the agency they are of (the 2568 layout's ชื่อหน่วยงาน): each agency publishes its
 * own, so rows of several agencies in one form are said, once, at the column's header, with the names
 * (a file of the province's agencies pasted together, or last year's rows of another office).
 */
export function severalAgencies(
  grid: SheetGrid,
  match: HeaderMatch,
  kinds: ArrayLike<number>,
  first: number,
): Finding | null {
  const at = match.columns.find((m) => m.column.id === 'agency');
  // e-GP's export holds every agency's contracts: picking the agency's own is what import-egp does.
  if (!at || match.template.importOnly) return null;
  const names = new Map<string, string>();
  const agencyOf = agencyKeyer();
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== DATA) continue;
    const v = cellAt(grid, first + i, at.col);
    if (isBlank(v)) continue;
    const text = collapseSpaces(displayValue(v));
    const key = agencyOf(text);
    if (key && !names.has(key)) names.set(key, text);
  }
  if (names.size < 2) return null;
  const all = [...names.values()];
  const shown = all
    .slice(0, SHOWN)
    .map((n) => `"${n}"`)
    .join(', ');
  const more =
    all.length > SHOWN
      ? { th: ` และอีก ${all.length - SHOWN} หน่วยงาน`, en: ` and ${all.length - SHOWN} more` }
      : { th: '', en: '' };
  const name = colName(at.column);
  return makeFinding(
    'several-agencies',
    { sheet: grid.name, row: match.headerRow, col: at.col, column: at.column },
    {
      th: `${name.th} ในตารางนี้มี ${all.length} หน่วยงาน: ${shown}${more.th} แต่ละหน่วยงานเผยแพร่ตารางของตนเอง แยกแถวของหน่วยงานอื่นออก`,
      en: `${name.en} names ${all.length} agencies in this table: ${shown}${more.en}; each agency publishes its own table: move the other agencies' rows out`,
    },
    { value: all.join(' | ') },
  );
}
