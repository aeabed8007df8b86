import { cellAt, displayValue, isBlank, type SheetGrid } from '../cells/value';
import { colName, makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { HeaderMatch } from '../sheet/header';
import { DATA } from '../sheet/rows';
import { collapseSpaces, foldForMatch } from '../text/thai';

/** The short forms of local government's names: "อบต.คลองไทร" is องค์การบริหารส่วนตำบลคลองไทร. */
const SHORT: readonly [RegExp, string][] = [
  [/^อบต\.?\s*/, 'องค์การบริหารส่วนตำบล'],
  [/^อบจ\.?\s*/, 'องค์การบริหารส่วนจังหวัด'],
  [/^ทต\.?\s*/, 'เทศบาลตำบล'],
  [/^ทม\.?\s*/, 'เทศบาลเมือง'],
  [/^ทน\.?\s*/, 'เทศบาลนคร'],
];

const agencyKey = (text: string) => foldForMatch(SHORT.reduce((t, [re, full]) => t.replace(re, full), text));

/**
 * An office of the agency, or its short name, in brackets at the end of its name ("(กองคลัง)", "(ฝ่ายพัสดุ)",
 * "(รพ.สต.)", "(อบต.บ้านใหม่)"). Only those: a school's second name ("โรงเรียนบ้านหนองบัว (ประชาสามัคคี)", as
 * in the real e-GP rows) is part of its name, and two such schools are two agencies.
 */
const OFFICE_IN_BRACKETS =
  /\s*\(\s*(?:(?:สำนักงาน|สำนัก|กอง|ส่วน|งาน|กลุ่มงาน|ศูนย์|แขวง|หน่วย|สาขา|ฝ่าย|แผนก|เจ้าหน้าที่)[^()]*|[^()]*[\u0E01-\u0E2E]\.[^()]*)\)\s*$/;

/**
 * The agency a row's agency cell names, as a key ('' for none): what several-agencies, summary and
 * import-egp all take as "one agency", so that none refuses what another accepts. A department's own
 * office named in brackets after it ("กรมชลประทาน (สำนักงานชลประทานที่ 3)", "เทศบาลตำบลบ้านใหม่ (กองคลัง)")
 * is the department; spacing and short forms fold ("โรงพยาบาลธัญญารักษ์ เชียงใหม่").
 */
export function rowAgency(text: string): string {
  const name = collapseSpaces(text);
  return agencyKey(name.replace(OFFICE_IN_BRACKETS, '') || name);
}

/** A local government's name as titles write it, full or short: "องค์การบริหารส่วนตำบลคลองไทร", "อบต. ไชยสอ". */
const NAMED =
  /(องค์การบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล(?:ตำบล|เมือง|นคร)|(?<![ก-๛])(?:(?:อบต|อบจ|ทต|ทม|ทน)\.|(?:อบต|อบจ)\s))\s*([ก-ฮะ-ฺเ-๎A-Za-z]+)/;

/**
 * The local government a title names (as a key: its short and full forms alike), or null: what tells
 * one agency's files from another's in a folder of several. ำ typed as ํ and า, "อบต คลองไทร" without
 * its dot, and a district or the month run on ("คลองไทรอำเภอท่าศาลา", "คลองไทรประจำเดือน…") name the same.
 */
export function agencyNamed(title: string): string | null {
  const m = NAMED.exec(title.replace(/\u0E4D\u0E32/g, '\u0E33'));
  if (!m) return null;
  // The words a title runs on with ("…คลองไทรประจำเดือนตุลาคม", "…คลองไทรอำเภอท่าศาลา").
  const name = m[2]!.replace(/(?:อำเภอ|จังหวัด|ประจำ|เดือน|ปีงบ|ในรอบ|รอบเดือน|ตั้งแต่|ระหว่าง|ณวันที่).*$/, '');
  return name ? agencyKey(`${m[1]!.trim()}${name}`) : null;
}

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
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== DATA) continue;
    const v = cellAt(grid, first + i, at.col);
    if (isBlank(v)) continue;
    const text = collapseSpaces(displayValue(v));
    const key = rowAgency(text);
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
