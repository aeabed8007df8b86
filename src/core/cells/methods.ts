import { METHODS, type MethodEntry } from '../settings/data';
import { foldForMatch, similarity, thaiDigitsToArabic } from '../text/thai';

/** The line of a summary by method (O17) that totals the rows with no method or an unknown one. */
export const NO_METHOD = { th: 'ไม่ระบุวิธี / วิธีที่ไม่รู้จัก', en: 'No or unknown method' } as const;

export type MethodResult =
  /**
   * `groundOf`: the method a ground of ม.56 cited beside the method is of, when it is another ("e-bidding
   * ม.56(2)(ข)"). `byGround`: for an old method, the act's method its ground is of, with that ground
   * ("ตกลงราคา ม.56(2)(ข)": "วิธีเฉพาะเจาะจง ม.56(2)(ข)"), where the old one has no other successor.
   */
  | {
      readonly kind: 'ok';
      readonly method: MethodEntry;
      readonly exact: boolean;
      readonly groundOf?: MethodEntry;
      readonly byGround?: string;
    }
  | { readonly kind: 'generic' }
  /** `ground`: the ground the text cites after the method, as written, which a suggestion keeps. */
  | { readonly kind: 'unknown'; readonly closest: MethodEntry | null; readonly ground?: string };

/**
 * Fold a method name: spaces, case and the words before the method (วิธี, โดยวิธี, ด้วยวิธี, and a verb
 * such as จ้างโดยวิธี, ซื้อหรือจ้างโดยวิธี, or the act's hire of consultants and of design and supervision,
 * จ้างที่ปรึกษาโดยวิธี, จ้างออกแบบและควบคุมงานก่อสร้างโดยวิธี, ม.70 and ม.80) do not matter, nor how "electronic" is joined on
 * ("ประกวดราคาทาง/ด้วยระบบ/จ้างด้วยวิธีการทางอิเล็กทรอนิกส์" is ประกวดราคาอิเล็กทรอนิกส์). Folded text has no
 * tone marks, and ซ is ช.
 */
function foldMethod(s: string): string {
  return foldForMatch(s)
    .replace(
      /^(?:(?:(?:จัด)?(?:ชือ|จาง)(?:หรือ(?:จัด)?(?:ชือ|จาง))?(?:เหมา)?(?:ทีปรึกษา|ออกแบบ(?:และ|หรือ)?(?:ควบคุมงาน(?:กอสราง)?)?|ควบคุมงาน(?:กอสราง)?)?)?(?:โดย|ดวย))?วิธี(?:การ)?/,
      '',
    )
    .replace(/(?<=ประกวดราคา)(?:ชือ|จาง)?(?:ดวย|โดย)?(?:วิธีการ|ระบบ)?(?:ทาง)?(?:ระบบ)?(?=อิเลกทรอนิกส)/, '');
}

const exact = new Map<string, MethodEntry>();
for (const m of METHODS.methods) for (const name of [m.canonical, ...m.variants]) exact.set(foldMethod(name), m);
const generic = new Set(METHODS.genericLabels.map(foldMethod));
const cache = new Map<string, MethodResult>();

/** The text outside brackets, then each bracketed part: "สอบราคา (ประกาศเชิญชวนทั่วไป)", "เฉพาะเจาะจง (ม.56(2)(ข))". */
function bracketParts(text: string): string[] {
  let outer = '';
  const inner: string[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') {
      if (depth++ === 0) inner.push('');
    } else if (ch === ')' && depth > 0) depth--;
    else if (depth > 0) inner[inner.length - 1] += ch;
    else outer += ch;
  }
  return [outer, ...inner];
}

/**
 * A known method named in a bracketed form of the cell. A group name (ประกาศเชิญชวนทั่วไป) gives way to
 * a method it covers named beside it, and an old method to one of the act.
 */
function inBrackets(text: string): MethodEntry | undefined {
  // "วิธีประกาศเชิญชวนทั่วไป แบบ e-market", "… โดยวิธี e-bidding": the method after the group name, as in
  // brackets; after a method of its own ("เฉพาะเจาะจง โดยวิธี e-bidding") it is two methods, none known.
  const kind = /^(.+?)\s+(?:แบบ|โดย)\s*(.+)$/.exec(text);
  if (kind && exact.get(foldMethod(kind[1]!))?.group && exact.has(foldMethod(kind[2]!)))
    return inBrackets(`${kind[1]} (${kind[2]})`);
  if (!text.includes('(')) return undefined;
  const hits = bracketParts(text).flatMap((part) => exact.get(foldMethod(part)) ?? []);
  // "ประกวดราคา (e-bidding)": the method of the act named beside an old one is the one used.
  return hits.find((m) => !m.group && !m.legacy) ?? hits.find((m) => !m.group) ?? hits[0];
}

/** A round after the method, not in brackets: "e-bidding ครั้งที่ 2". */
const ROUND = /\s*ครั้งที่\s*\d+$/;

/**
 * A ground of the act: "มาตรา 56", "ม.56", "ม 56", "ม56", "ม. ๕๖" (digits made Arabic first), of a section
 * grounding a method (ม.55–56; ม.70 and ม.80 for consultants and design) or followed by its clause "(1)".
 * "ม.3" after หมู่ที่ is a village's number, and a bare ม ending a word ("รวม 56") is no citation.
 */
const SECTION = String.raw`(?<!หมู่(?:ที่)?\s*)(?:มาตรา|ม\.|(?<![\u0E01-\u0E4E])ม)\s*(?:(?:5[56]|70|80)(?!\d)|\d+(?=\s*\(\s*\d))`;

/**
 * Where the method's words end: a ground, or any "มาตรา/ม. <number>" ("เฉพาะเจาะจง ม.96" stays the method it
 * names). All after a ground, however written ("56 วรรคหนึ่ง (2) (ค)", "56 ว.1(2)(ค)", "… แห่ง พ.ร.บ.…", a reason
 * after "-" or "/"), is the ground: a method it names is not the one used (the reason for (ก) is that คัดเลือก
 * found no bidder).
 */
const CITATION = new RegExp(String.raw`${SECTION}|(?:มาตรา|ม\.)\s*\d`);

/** A ground at a citation's place (lastIndex set first): only a ground is kept in a suggestion. */
const GROUND_AT = new RegExp(SECTION, 'y');

/** A ground written first, up to its last clause: "ม.56(2)(ข)", "ตามมาตรา 56 วรรคหนึ่ง (2) (ข)", "ม.56 ว.1 (2)(ข)". */
const LEADING_GROUND = new RegExp(
  String.raw`^[\s[(]*(?:ตาม)?\s*${SECTION}\s*(?:(?:วรรค\s*(?:หนึ่ง|\d)|ว\.?\s*\d)\s*)?(?:\(\s*[\d\u0E01-\u0E2E]\s*\)\s*)*[\])]?`,
);

/** The words joining a method to its citation: "ตาม", the act's name, an opening bracket or a dash. */
const JOINER = /(?:[\s[({:,\-–/]|ตาม|พ\.\s*ร\.\s*บ\.[^\s\d]*|พรบ\.?)+$/;

/**
 * A method followed by its ground in the act (DOMAIN §3.4): "เฉพาะเจาะจง ม.56(2)(ข)", "วิธีเฉพาะเจาะจง
 * ตามมาตรา ๕๖ วรรคหนึ่ง (๒) (ข)", "คัดเลือก ตามมาตรา 56 (1) (ค) แห่ง พ.ร.บ.…", "เฉพาะเจาะจง [ม.56(2)(ค)]":
 * the method's words, and the ground as written (from its joining words on), or null; `ofMethod` when it is a
 * ground, not another section or a village ("หมู่ที่ ม.3").
 */
function splitGround(text: string): { method: string; ground: string; ofMethod: boolean } | null {
  const t = thaiDigitsToArabic(text);
  const at = CITATION.exec(t)?.index;
  if (at === undefined) return null;
  const method = t.slice(0, at).replace(JOINER, '').trim();
  GROUND_AT.lastIndex = at;
  // The original text's own digits in the ground: Thai digits are one character each, as Arabic ones.
  const ground = text.slice(method.length + t.indexOf(method)).trim();
  return method === '' ? null : { method, ground, ofMethod: GROUND_AT.test(t) };
}

/** A ground written before the method's words ("ม.56(2)(ข) เฉพาะเจาะจง"): both as written, or null. */
function groundFirst(text: string): { method: string; ground: string } | null {
  const t = thaiDigitsToArabic(text);
  const end = LEADING_GROUND.exec(t)?.[0].length;
  if (end === undefined) return null;
  const method = t
    .slice(end)
    .replace(/^[\s\])}:,\-–/]+/, '')
    .trim();
  return method === '' ? null : { method, ground: text.slice(0, end).trim() };
}

/** A ground's clause, cited with or without its section: "(2)(ค)"; a suggestion must not drop one. */
const CLAUSE = /\(\s*\d\s*\)\s*\(\s*[\u0E01-\u0E2E]\s*\)/;

/** A paragraph of ม.56, with its clause if cited: "(2)(ค)", "(1)". */
const PARAGRAPH = String.raw`\(\s*[12]\s*\)(?:\s*\(\s*[\u0E01-\u0E2E]\s*\))?`;

/**
 * ม.56 cited with its paragraphs, more of them joined on by และ, หรือ or a comma: "56(2)(ค)", "56 วรรคหนึ่ง
 * (1) (ก) และ (2) (ก)". วรรคหนึ่ง may be written ว.1.
 */
const GROUNDS_56 = new RegExp(
  String.raw`56\s*(?:(?:วรรค\s*(?:หนึ่ง|1)|ว\.?\s*1)\s*)?${PARAGRAPH}(?:\s*(?:และ|หรือ|,)\s*${PARAGRAPH})*`,
  'g',
);
const PARAGRAPH_OF = /\(\s*([12])\s*\)(?:\s*\(\s*([\u0E01-\u0E2E])\s*\))?/g;

/** Each paragraph of ม.56 `text` cites, in order, with its clause: "ม.56(1)(ก) และ (2)(ก)": (1)(ก), (2)(ก). */
function groundsOf56(text: string): { paragraph: string; clause: string | undefined }[] {
  return [...thaiDigitsToArabic(text).matchAll(GROUNDS_56)].flatMap((run) =>
    [...run[0].matchAll(PARAGRAPH_OF)].map((p) => ({ paragraph: p[1]!, clause: p[2] })),
  );
}

/**
 * The clause of the first ground of ม.56(2) cited: one other than (ข) is เฉพาะเจาะจง on a ground that is not
 * the amount (no bidder, an emergency, a continuation …), where the 500,000 limit of (ข) does not apply.
 */
function clauseOf562(text: string): string | undefined {
  return groundsOf56(text).find((g) => g.paragraph === '2' && g.clause !== undefined)?.clause;
}

/** ม.56's paragraph: (1) grounds คัดเลือก, (2) เฉพาะเจาะจง (DOMAIN §3.4). */
const METHOD_OF: Record<string, MethodEntry | undefined> = {
  '1': METHODS.methods.find((m) => m.canonical === 'วิธีคัดเลือก'),
  '2': METHODS.methods.find((m) => m.canonical === 'วิธีเฉพาะเจาะจง'),
};

/** The methods the grounds of ม.56 cited are of, each once, in order ("ม.56(2)(ข)": เฉพาะเจาะจง). */
function methodsOfGrounds(ground: string): MethodEntry[] {
  return [...new Set(groundsOf56(ground).flatMap((g) => METHOD_OF[g.paragraph] ?? []))];
}

/** The method the (first) ground of ม.56 cited is of, or undefined. */
function methodOfGround(ground: string): MethodEntry | undefined {
  return methodsOfGrounds(ground)[0];
}

/** Every known method `text` names, outside brackets or in them: "เฉพาะเจาะจง (ตกลงราคา)" names two. */
function namedIn(text: string): MethodEntry[] {
  return bracketParts(text).flatMap((part) => exact.get(foldMethod(part)) ?? []);
}

/** A known method named in `text`, whole, in brackets or before a round. */
function known(text: string): MethodEntry | undefined {
  const t = thaiDigitsToArabic(text).trim();
  const bare = t.replace(ROUND, '');
  return (
    exact.get(foldMethod(text)) ??
    inBrackets(text) ??
    (bare !== t && bare !== '' ? (exact.get(foldMethod(bare)) ?? inBrackets(bare)) : undefined)
  );
}

/**
 * The method to suggest for a text naming `m` misspelt or among other words: a method of the old rules
 * gives way to the act's method that replaced it (ประกวดราคา: e-bidding), or to none, as the old one is
 * wrong for every year of the ITA (DOMAIN §3.4).
 */
function current(m: MethodEntry | null): MethodEntry | null {
  if (!m?.legacy) return m;
  return METHODS.methods.find((x) => x.canonical === m.replacedBy) ?? null;
}

/** The closest known name to folded text `f`, if near enough (0.75), as parseMethod's `closest`. */
function closestTo(f: string): MethodEntry | null {
  // "เฉพาะเจาะจงตามหนังสือสั่งการ", "e-bidding ครั้งที่ 2": a known name inside the text.
  let closest: MethodEntry | null = null;
  let best = 0;
  for (const [key, m] of exact) {
    // Of the names inside the text, a method of the act before an old one ("ประกวดราคา e-bidding"); an old
    // name inside a misspelt name of the act ("ประกวดราคาอิเลคทรอนิกส์") gives way to that name, spelt near.
    const s = f.includes(key) && key.length >= 5 ? (m.legacy ? 0.8 : 0.95) + key.length / 1000 : similarity(f, key);
    if (s > best) {
      best = s;
      closest = m;
    }
  }
  return best >= 0.75 ? current(closest) : null;
}

function lookup(text: string): MethodResult {
  const f = foldMethod(text);
  const cited = splitGround(text);
  // The act's method named before a ground is the one used: one in brackets after it ("e-bidding ม.56(2)(ข)
  // (เฉพาะเจาะจง)") is part of the ground, as every word after it is. A group's or an old name before it gives
  // way to the act's method in brackets ("ประกาศเชิญชวนทั่วไป ม.55(1) (e-bidding)"), as without the ground.
  const before = cited?.ofMethod ? known(cited.method) : undefined;
  const act = before && !before.group && !before.legacy ? before : undefined;
  const named = act ?? known(text) ?? (cited ? known(cited.method) : undefined);
  if (named) return withGround(text, named, cited?.ofMethod ? cited : null);
  if (generic.has(f)) return { kind: 'generic' };
  // The method's words misspelt before a ground: the suggestion keeps the ground as written.
  if (cited?.ofMethod) return keepingGround(closestTo(foldMethod(cited.method)), cited.ground);
  // A ground before the method: the form's order is suggested, method first, only where the words after the
  // ground name the method that ground is of; else they may be its reason ("ม.56(2)(ก) คัดเลือก[ไม่ได้ผล]").
  const lead = groundFirst(text);
  if (lead) {
    const of = methodOfGround(lead.ground);
    const named = known(lead.method);
    if (named === of && named) return keepingGround(named, lead.ground);
    // Another method named after the ground ("ม.56(1)(ข) เฉพาะเจาะจง") is that method beside another's ground,
    // asked about as in the form's order; an old name ("ม.56(2)(ข) ตกลงราคา") is named the act's method.
    if (named && of) return withGround(text, named, lead);
    if (named) return keepingGround(null, lead.ground);
    // A piece of the name of the ground's method ("ม.56(2)(ข) เจาะจง", "ม.56(1)(ข) คัด") is that name cut
    // short, not a reason to keep.
    if (of && pieceOf(lead.method, of)) return keepingGround(of, lead.ground);
    // A verb alone after the ground ("ม.56(2)(ข) ซื้อ") says what was bought, no reason to keep.
    if (of && BUYING_ONLY.test(foldForMatch(lead.method))) return keepingGround(of, lead.ground);
    // Another method's name with more words ("ม.56(1)(ก) e-bidding ไม่มีผู้ยื่น", "ม.56(2)(ก) คัดเลือกไม่ได้ผล") is
    // the reason: that method found no bidder, so the ground's method was used.
    if (of && nameFirst(lead.method, of)) return keepingGround(of, text.trim());
    // Words after the ground near no method are its reason ("ม.56(2)(ค) จำเป็นเร่งด่วน"): the method the
    // ground is of goes before the whole text. Near one, it is that method misspelt, if it is the ground's.
    const near = closestTo(foldMethod(lead.method));
    return near ? keepingGround(near === of ? near : null, lead.ground) : keepingGround(of ?? null, text.trim());
  }
  // A ground alone ("ตามมาตรา 56 วรรคหนึ่ง (2) (ค)"): the act names the method it is of.
  if (LEADING_GROUND.exec(thaiDigitsToArabic(text))?.[0].trim() === thaiDigitsToArabic(text).trim())
    return keepingGround(methodOfGround(text) ?? null, text.trim());
  // A clause without its section ("เฉพาะเจาะจงกรณี (2)(ค)") is a ground no suggestion of a name may drop.
  return { kind: 'unknown', closest: CLAUSE.test(thaiDigitsToArabic(text)) ? null : closestTo(f) };
}

/** A cell naming `named`, read with the grounds of ม.56 it cites (`cited`, if it cites one). */
function withGround(text: string, named: MethodEntry, cited: { method: string; ground: string } | null): MethodResult {
  const grounds = cited ? methodsOfGrounds(cited.ground) : [];
  // Of the methods the cell names ("เฉพาะเจาะจง (ตกลงราคา) ม.56(2)(ข)"), one its ground is of is the one used.
  const hit = grounds.includes(named) ? named : (grounds.find((m) => namedIn(cited!.method).includes(m)) ?? named);
  const clause = hit.max !== undefined ? clauseOf562(text) : undefined;
  // The same method without the amount's bound: an entry of its own for this text (cached with it).
  const method = clause !== undefined && clause !== 'ข' ? { ...hit, max: undefined } : hit;
  const exact = text.trim() === hit.canonical;
  // Any ground cited that is the method's is no mismatch ("เฉพาะเจาะจง ม.56(1)(ก) และ (2)(ก)": no bidder).
  if (grounds.length === 0 || grounds.includes(hit)) return { kind: 'ok', method, exact };
  // An old name with the act's ground ("ตกลงราคา ม.56(2)(ข)"): the ground names the act's method that
  // replaced it, unless the old one has another successor (ประกวดราคา: e-bidding); legacy-method says so.
  const act = hit.legacy ? grounds.find((m) => (hit.replacedBy ?? m.canonical) === m.canonical) : undefined;
  if (act) return { kind: 'ok', method, exact, byGround: `${act.canonical} ${cited!.ground}` };
  // A ground of another method beside it: which of the two was used is for the officer to say.
  return { kind: 'ok', method, exact, groundOf: grounds[0] };
}

/** ซื้อ, จ้าง, จัดซื้อ, จ้างเหมา, ซื้อหรือจ้าง, ซื้อ/จ้าง (folded: no "/"): what was procured, not a method or a reason. */
const BUYING_ONLY = /^(?:จัด)?(?:ชือ|จาง)(?:เหมา)?(?:(?:หรือ|และ)?(?:จัด)?(?:ชือ|จาง)(?:เหมา)?)?$/;

/**
 * Another method than `of` named first in `text` (five letters or more), then other words: what that method
 * came to ("e-bidding ไม่มีผู้ยื่น"). Named after other words ("ใช้วิธี e-market") it may be the one used.
 */
function nameFirst(text: string, of: MethodEntry): boolean {
  const f = foldMethod(text);
  for (const [key, m] of exact) if (m !== of && key.length >= 5 && f !== key && f.startsWith(key)) return true;
  return false;
}

/** `text` is a piece of one of `m`'s names, of two letters or more: "เจาะจง", "เฉพาะ", "คัด". */
function pieceOf(text: string, m: MethodEntry): boolean {
  const f = foldMethod(text);
  return f.length >= 2 && [m.canonical, ...m.variants].some((name) => foldMethod(name).includes(f));
}

/** `near` suggested with `ground` after it, only if that suggestion reads as `near` itself. */
function keepingGround(near: MethodEntry | null, ground: string): MethodResult {
  const suggested = near && lookup(`${near.canonical} ${ground}`);
  const keeps = suggested?.kind === 'ok' && suggested.method.canonical === near!.canonical;
  return { kind: 'unknown', closest: keeps ? near : null, ...(keeps ? { ground } : {}) };
}

/** Recognise a procurement method (DOMAIN §3.4); results are cached, as a sheet repeats a few names. */
export function parseMethod(text: string): MethodResult {
  let r = cache.get(text);
  if (!r) {
    r = lookup(text);
    if (cache.size < 10_000) cache.set(text, r);
  }
  return r;
}

export function isGenericMethodLabel(text: string): boolean {
  return generic.has(foldMethod(text));
}
