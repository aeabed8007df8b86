import { dayNumber } from '../cells/dates';
import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { ProcurementData } from '../report/procurementData';
import { contractKeys, listRole } from '../report/sources';
import { listAgency, sameAgency } from './oneAgency';
import { sheetNamed } from './listNames';
import { flagsAcrossSheets } from './flagsAcrossSheets';
import type { ParsedRow } from '../rules/parsedRow';
import { baht, day } from '../rules/messages';
import { formatMonthEn, thaiMonth, type Day } from '../text/format';
import { foldForMatch } from '../text/thai';
import { isMonthlyForm } from '../templates/registry';

type Row = ParsedRow;

const monthOf = (d: Day) => `${d.y}-${d.m}`;
/** A month as a count of months (January of year 0 is 0): months apart are numbers apart. */
const monthIndex = (d: Day) => d.y * 12 + d.m - 1;
const dayOf = (d: Day) => `${d.y}-${d.m}-${d.d}`;

/** The day a row stands at: its signing day, else the first of the month it is reported under. */
const when = (list: ProcurementData, p: Row): Day | undefined => p.signDate ?? list.reportedMonth.get(p.row);

/**
 * Loose keys of one contract as two lists may word it (an O17 and a month's สขร.1 name the budget and
 * the item each their way): its project number; its item, budget or agreed price with its day or month;
 * its item with its budget. One key in common is enough: a month's row is said missing from O17 only
 * when nothing of it is found there.
 */
function looseKeys(list: ProcurementData, p: Row): string[] {
  const keys = p.projectNumber ? [`#${p.projectNumber}`] : [];
  const item = p.item ? foldForMatch(p.item) : null;
  const d = when(list, p);
  const at = d ? [`m${monthOf(d)}`, ...(p.signDate ? [`d${dayOf(p.signDate)}`] : [])] : [];
  for (const t of at) {
    if (item) keys.push(`i|${item}|${t}`);
    if (p.budget !== undefined) keys.push(`b|${p.budget}|${t}`);
    if (p.agreedPrice !== undefined) keys.push(`a|${p.agreedPrice}|${t}`);
  }
  if (item && p.budget !== undefined) keys.push(`ib|${item}|${p.budget}`);
  return keys;
}

/**
 * The keys a month's row is looked for by. A dated row by its own day where only an amount matches
 * (a 9,000 repair is not the 9,000 hire of the 1st of that month), by its month where the item does;
 * never by item and budget alone (the same monthly hire of another month). An undated row as the list's.
 */
function searchKeys(list: ProcurementData, p: Row): string[] {
  if (!p.signDate) return looseKeys(list, p);
  const keys = p.projectNumber ? [`#${p.projectNumber}`] : [];
  const item = p.item ? foldForMatch(p.item) : null;
  const day = `d${dayOf(p.signDate)}`;
  if (item) keys.push(`i|${item}|m${monthOf(p.signDate)}`, `i|${item}|${day}`);
  if (p.budget !== undefined) keys.push(`b|${p.budget}|${day}`);
  if (p.agreedPrice !== undefined) keys.push(`a|${p.agreedPrice}|${day}`);
  return keys;
}

const itemCol = (list: ProcurementData) =>
  list.match.columns.find((m) => m.column.id === 'item') ?? list.match.columns[0]!;

/**
 * The same work for every month sheet of a folder, done once: the keys of each list's rows, the year's
 * lists' keys together, and how many of a month sheet's due rows they hold. Lists are not changed once
 * made (an edit makes new ones), so they key these.
 */
const listIds = new WeakMap<ProcurementData, number>();
let lastId = 0;
const idOf = (l: ProcurementData) => listIds.get(l) ?? (listIds.set(l, ++lastId), lastId);

function memoKeys(memo: WeakMap<ProcurementData, string[][]>, of: typeof looseKeys) {
  return (l: ProcurementData): string[][] => {
    let keys = memo.get(l);
    if (!keys) memo.set(l, (keys = l.rows.map((p) => of(l, p))));
    return keys;
  };
}
const listKeys = memoKeys(new WeakMap(), looseKeys);
const rowSearchKeys = memoKeys(new WeakMap(), searchKeys);

/** An O17 row as a month's row of the same contract is compared with: where it is, and its amounts. */
interface ListedRow {
  readonly list: ProcurementData;
  readonly p: Row;
}

/** The keys that name one contract closely enough to compare its amounts: its number, or its item and day. */
function closeKeys(p: Row): string[] {
  const keys = p.projectNumber ? [`#${p.projectNumber}`] : [];
  if (p.item && p.signDate) keys.push(`i|${foldForMatch(p.item)}|d${dayOf(p.signDate)}`);
  return keys;
}

interface YearIndex {
  readonly keys: ReadonlySet<string>;
  /** The lists' rows by their close keys. */
  readonly rows: ReadonlyMap<string, readonly ListedRow[]>;
  /** The last day the lists reach. */
  readonly last: number;
  /** Of each month sheet, its rows due and how many of them the lists hold. */
  readonly held: WeakMap<ProcurementData, { due: number; found: number }>;
}
const yearIndexes = new WeakMap<ProcurementData, Map<string, YearIndex>>();

function yearIndex(lists: readonly ProcurementData[]): YearIndex | null {
  const id = lists.map(idOf).join(',');
  const byFirst = yearIndexes.get(lists[0]!) ?? new Map<string, YearIndex>();
  yearIndexes.set(lists[0]!, byFirst);
  const known = byFirst.get(id);
  if (known) return known;
  const keys = new Set<string>();
  const rows = new Map<string, ListedRow[]>();
  let latest: Day | null = null;
  for (const l of lists) {
    const rowKeys = listKeys(l);
    l.rows.forEach((p, i) => {
      for (const k of rowKeys[i]!) keys.add(k);
      for (const k of closeKeys(p)) {
        const at = rows.get(k);
        if (at) at.push({ list: l, p });
        else rows.set(k, [{ list: l, p }]);
      }
      if (p.signDate && (!latest || dayNumber(p.signDate) > dayNumber(latest))) latest = p.signDate;
    });
  }
  if (!latest) return null;
  const end: Day = latest;
  // A list reaching into a month holds that month whole (its last contract may be of the 14th).
  const last = dayNumber({ y: end.y, m: end.m, d: new Date(Date.UTC(end.y, end.m, 0)).getUTCDate() });
  const index = { keys, rows, last, held: new WeakMap() };
  byFirst.set(id, index);
  return index;
}

/**
 * The year's list (O17) against the month sheets of the same year: a contract a month sheet reports,
 * signed within the days the list covers, that the list does not hold is said at the month sheet's
 * row. Only where the list holds most of the months' contracts one by one (a list that sums small buys
 * into a line, or covers other contracts, is no measure of them).
 */
function missingFromYearList(self: ProcurementData, others: readonly ProcurementData[]): Finding[] {
  const lists = others.filter((l) => listRole(l) === 'o17' && l.fiscalYear === self.fiscalYear && l.rows.length);
  if (!lists.length) return [];
  const index = yearIndex(lists);
  if (!index) return [];
  const { keys, last } = index;
  // The months' rows the list should hold: those of days it reaches (an O17 made part way through the
  // year does not hold the later months yet).
  const due = (l: ProcurementData) => {
    const rowKeys = rowSearchKeys(l);
    return l.rows
      .map((p, i) => ({ p, keys: rowKeys[i]! }))
      .filter(({ p, keys: k }) => {
        const d = when(l, p);
        return d && dayNumber(d) <= last && k.length;
      });
  };
  const found = (k: readonly string[]) => k.some((x) => keys.has(x));
  const held = (l: ProcurementData) => {
    let h = index.held.get(l);
    if (!h) {
      const rows = due(l);
      index.held.set(l, (h = { due: rows.length, found: rows.filter((r) => found(r.keys)).length }));
    }
    return h;
  };
  const months = [self, ...others.filter((l) => l !== self && isMonthOf(l, self))];
  let [dueRows, foundRows] = [0, 0];
  for (const l of months) {
    const h = held(l);
    dueRows += h.due;
    foundRows += h.found;
  }
  if (foundRows * 2 < dueRows) return [];
  // A folder of many agencies' O17s (titles naming none): three named, the rest counted.
  const shown = lists.slice(0, 3);
  const more = lists.length - shown.length;
  const named = {
    th: shown.map((l) => sheetNamed(l).th).join(', ') + (more ? ` และอีก ${more} แผ่นงาน` : ''),
    en: shown.map((l) => sheetNamed(l).en).join(', ') + (more ? ` and ${more} more` : ''),
  };
  const at = itemCol(self);
  const rows = due(self);
  const missing = rows
    .filter((r) => !found(r.keys))
    .map(({ p }) => {
      const d = when(self, p)!;
      const signed = p.signDate
        ? { th: `ลงนาม ${day(d).th}`, en: `signed ${day(d).en}` }
        : { th: 'ไม่ระบุวันที่ลงนาม', en: 'no signing date' };
      return makeFinding(
        'not-in-year-list',
        { sheet: self.sheet, row: p.row, col: at.col, column: at.column },
        {
          th: `แถว ${p.row}: ไม่พบสัญญานี้ (${signed.th}) ในแผ่นงาน ${named.th} ซึ่งรวมผลการจัดซื้อจัดจ้างทั้งปี: เพิ่มในรายการของปี หรือแก้ชื่องาน วงเงิน และวันที่ให้ตรงกัน`,
          en: `Row ${p.row}: this contract (${signed.en}) is not on sheet ${named.en}, the year's results: add it there, or make its item, budget and date agree`,
        },
        p.item ? { value: p.item } : undefined,
      );
    });
  const listed = rows.filter((r) => found(r.keys)).map((r) => r.p);
  return [...missing, ...amountsDiffer(self, listed, index)];
}

/**
 * The amount two rows of one contract are compared by: the agreed price, where both give it. Not the
 * budget: สขร.1's amount to be bought and O17's budget allocated may rightly differ.
 */
function amountsOf(a: Row, b: Row): { id: 'agreedPrice'; mine: number; theirs: number } | null {
  return a.agreedPrice !== undefined && b.agreedPrice !== undefined
    ? { id: 'agreedPrice', mine: a.agreedPrice, theirs: b.agreedPrice }
    : null;
}

const AMOUNT_WORDS = { agreedPrice: { th: 'ราคาที่ตกลง', en: 'the agreed price' } };

const taxIdOf = (p: Row) => (p.supplierKey && /^\d{13}$/.test(p.supplierKey) ? p.supplierKey : null);
/** Two rows won by different tax ids (names are spelt many ways, so not by names). */
const otherWinner = (a: Row, b: Row) => {
  const [x, y] = [taxIdOf(a), taxIdOf(b)];
  return x !== null && y !== null && x !== y;
};

/**
 * A month's row the year's list holds by its project number, or its item and day, under another
 * amount (4,010 there, 4,001 here): one of the two is mistyped. Not where another row of that item and
 * day agrees (two buys of fuel on one day), nor against a row of another winner (another contract).
 */
function amountsDiffer(self: ProcurementData, rows: readonly Row[], index: YearIndex): Finding[] {
  const out: Finding[] = [];
  // Each O17 row stands for one month row: those agreeing are paired first (three buys of fuel on one
  // day), then a month row left over with an O17 row left over, which is named (the one mistyped).
  const used = new Set<ListedRow>();
  const candidates = (p: Row) =>
    closeKeys(p)
      .flatMap((k) => index.rows.get(k) ?? [])
      .filter((o) => !used.has(o) && !otherWinner(p, o.p))
      .map((o) => ({ o, a: amountsOf(p, o.p) }))
      .filter((x) => x.a !== null);
  const left: Row[] = [];
  for (const p of rows) {
    const agreeing = candidates(p).find(({ a }) => Math.abs(a!.mine - a!.theirs) < 0.005);
    if (agreeing) used.add(agreeing.o);
    else left.push(p);
  }
  for (const p of left) {
    const other = candidates(p)[0];
    if (!other) continue;
    used.add(other.o);
    const { o, a } = other;
    // The agreed price may sit in the winner's cell ("ร้าน ก / 4,010", สขร.1).
    const holds = (c: ProcurementData['match']['columns'][number]['column']) =>
      c.id === a!.id || (a!.id === 'agreedPrice' && c.type === 'winnerPrice');
    const col = self.match.columns.find((m) => holds(m.column)) ?? itemCol(self);
    const words = AMOUNT_WORDS[a!.id];
    const [mine, theirs] = [baht(a!.mine), baht(a!.theirs)];
    out.push(
      makeFinding(
        'year-list-amount-mismatch',
        { sheet: self.sheet, row: p.row, col: col.col, column: col.column },
        {
          th: `แถว ${p.row}: ${words.th} ${mine.th} ไม่ตรงกับแผ่นงาน ${sheetNamed(o.list).th} แถว ${o.p.row} (${theirs.th}) ซึ่งเป็นงานเดียวกัน: แก้ให้ตรงกัน หรือถ้าเป็นอีกสัญญา เพิ่มในรายการของปี`,
          en: `Row ${p.row}: ${words.en} ${mine.en} differs from sheet ${sheetNamed(o.list).en}, row ${o.p.row} (${theirs.en}), the same contract: make them agree, or if it is another contract, add it to the year's list`,
        },
        { value: String(a!.mine) },
      ),
    );
  }
  return out;
}

/** Another month sheet of the same year as `self`. */
const isMonthOf = (l: ProcurementData, self: ProcurementData) =>
  listRole(l) === 'month' && l.fiscalYear === self.fiscalYear;

/**
 * A contract on two sheets of single months (a row left from last month's sheet, copied to start this
 * one): said at this sheet's row, naming the other, unless it was signed in this sheet's month and not
 * the other's (the other sheet's row is then the one to go, said there).
 */
/** Of each list, the first row each contract key is on (made once a list). */
const keyRows = new WeakMap<ProcurementData, Map<string, number>>();
function rowsByKey(l: ProcurementData): Map<string, number> {
  let rows = keyRows.get(l);
  if (!rows) {
    rows = new Map();
    for (const p of l.rows) for (const k of contractKeys(p)) if (!rows.has(k)) rows.set(k, p.row);
    keyRows.set(l, rows);
  }
  return rows;
}

function listedInTwoMonths(self: ProcurementData, others: readonly ProcurementData[]): Finding[] {
  if (!self.month) return [];
  const month = monthOf(self.month);
  // Another file of the same month is another version of this one (ต.ค.xlsx, ต.ค. แก้ไข.xlsx), not a second report.
  // The month next to it across the year's end too (September's row left on October's sheet).
  const near = (l: ProcurementData) =>
    isMonthOf(l, self) || (listRole(l) === 'month' && Math.abs(monthIndex(l.month!) - monthIndex(self.month!)) === 1);
  const lists = others.filter((l) => l.month && near(l) && !(l.file && monthOf(l.month) === month));
  if (!lists.length) return [];
  // The first list (in order) holding a key of the row, for each key in turn.
  const seenAt = (k: string) => {
    for (const l of lists) {
      const row = rowsByKey(l).get(k);
      if (row !== undefined) return { sheet: l, row };
    }
    return undefined;
  };
  const out: Finding[] = [];
  const at = itemCol(self);
  for (const p of self.rows) {
    let other: { sheet: ProcurementData; row: number } | undefined;
    for (const k of contractKeys(p)) if ((other = seenAt(k))) break;
    if (!other) continue;
    const signed = p.signDate ? monthOf(p.signDate) : null;
    if (signed === monthOf(self.month) && signed !== monthOf(other.sheet.month!)) continue;
    const signedAt = p.signDate
      ? { th: ` (ลงนาม ${day(p.signDate).th})`, en: ` (signed ${day(p.signDate).en})` }
      : null;
    out.push(
      makeFinding(
        'listed-in-two-months',
        { sheet: self.sheet, row: p.row, col: at.col, column: at.column },
        {
          th: `แถว ${p.row}: สัญญานี้${signedAt?.th ?? ''} อยู่ในแผ่นงาน ${sheetNamed(other.sheet).th} แถว ${other.row} ด้วย: รายงานครั้งเดียวในเดือนที่ลงนาม ลบแถวที่ซ้ำ`,
          en: `Row ${p.row}: this contract${signedAt?.en ?? ''} is also on sheet ${sheetNamed(other.sheet).en}, row ${other.row}: report it once, in the month it was signed, and delete the copy`,
        },
        p.item ? { value: p.item } : undefined,
      ),
    );
  }
  return out;
}

/**
 * The months with no sheet between this month's sheet and the sheet of the month before it that the
 * year has (June's left out between May's and July's): said once, at the sheet after the gap. A month
 * with nothing bought has its sheet too ("ไม่มีการจัดซื้อจัดจ้าง"), so a gap is a month not reported.
 * Months before the year's first sheet or after its last are not judged: kept in another file, or to come.
 */
function monthSheetsMissing(
  self: ProcurementData,
  others: readonly ProcurementData[],
  named: readonly Day[],
): Finding[] {
  if (!self.month) return [];
  const mine = monthIndex(self.month);
  let before: ProcurementData | undefined;
  for (const l of others)
    if (l.month && listRole(l) === 'month' && l.fiscalYear === self.fiscalYear && monthIndex(l.month) < mine)
      if (!before || monthIndex(l.month) > monthIndex(before.month!)) before = l;
  if (!before || mine - monthIndex(before.month!) < 2) return [];
  // A month a sheet or file is named for is reported (hidden, or not read as a list: a title and
  // "ไม่มีการจัดซื้อจัดจ้าง" alone), and so are the months a list of several months spans (an O21: from
  // its first month to its last, a heading of nothing bought between them).
  const reported = new Set(named.map(monthIndex));
  for (const l of others) {
    if (l.month || l.fiscalYear !== self.fiscalYear || listRole(l) !== 'month') continue;
    const months = [...l.reportedMonth.values(), ...l.rows.flatMap((p) => (p.signDate ? [p.signDate] : []))].map(
      monthIndex,
    );
    if (months.length) for (let k = Math.min(...months); k <= Math.max(...months); k++) reported.add(k);
  }
  const missing: Day[] = [];
  for (let k = monthIndex(before.month!) + 1; k < mine; k++)
    if (!reported.has(k)) missing.push({ y: Math.floor(k / 12), m: (k % 12) + 1, d: 1 });
  if (!missing.length) return [];
  const th = missing.map(thaiMonth).join(', ');
  return [
    makeFinding(
      'months-missing',
      { sheet: self.sheet, row: self.match.headerRow, col: 1 },
      {
        th: `ไม่มีแผ่นงาน${before.file ? 'หรือไฟล์' : ''}ของเดือน ${th} ระหว่างแผ่นงาน ${sheetNamed(before).th} กับแผ่นงานนี้: เพิ่มแผ่นงานของเดือนนั้น ถ้าเดือนนั้นไม่มีการจัดซื้อจัดจ้าง ให้เขียน "ไม่มีการจัดซื้อจัดจ้าง" ไว้ในแผ่นงาน`,
        en: `No sheet${before.file ? ' or file' : ''} for ${missing.map(formatMonthEn).join(', ')} between sheet ${sheetNamed(before).en} and this one: add that month's sheet; for a month with nothing bought, write "ไม่มีการจัดซื้อจัดจ้าง" (nothing bought) on it`,
      },
      { value: th },
    ),
  ];
}

/**
 * Whether `self`, a hidden sheet, is an old copy of a month another of `lists` reports: a month's list of
 * its month and year, or one holding at least half its contracts (a copy naming no month, an O21 of the
 * half year). A hidden month no other list reports is the month's only report, hidden once published.
 */
export function isOldCopy(self: ProcurementData, lists: readonly ProcurementData[]): boolean {
  const keys = self.rows.map(contractKeys).filter((k) => k.length);
  const holdsMost = (l: ProcurementData) => {
    const rows = rowsByKey(l);
    return keys.length > 0 && keys.filter((k) => k.some((x) => rows.has(x))).length * 2 >= keys.length;
  };
  const sameMonth = (l: ProcurementData) => !!self.month && !!l.month && monthOf(l.month) === monthOf(self.month);
  return lists.some(
    (l) =>
      l !== self &&
      !(l.file === self.file && l.sheet === self.sheet) &&
      listRole(l) === 'month' &&
      l.fiscalYear === self.fiscalYear &&
      (sameMonth(l) || holdsMost(l)),
  );
}

/**
 * Of hidden sheets' lists, the months' that are no old copy of one of `visible` (isOldCopy): a month hidden
 * once published, no other sheet reporting it, is judged with the others as usual.
 */
export function hiddenMonthLists(
  hidden: readonly ProcurementData[],
  visible: readonly ProcurementData[],
): ProcurementData[] {
  return hidden.filter((d) => d.rows.length > 0 && isMonthlyForm(d.match.template) && !isOldCopy(d, visible));
}

/**
 * A month sheet (สขร.1, O21) against the workbook's other lists of results of its year: its contracts
 * missing from the year's list (O17), those another month's sheet reports too, and the red flags of
 * the months together (a split purchase, a repeat winner across sheets). Nothing for other
 * sheets, nor for a sheet of no known year. A `hidden` sheet that is an old copy of a month another
 * sheet reports (isOldCopy), which the others are neither judged against nor summed with, gets no red
 * flags across sheets: they would be built on rows no one publishes.
 */
export function againstOtherSheets(
  self: ProcurementData,
  others: readonly ProcurementData[],
  named: readonly Day[] = [],
  hidden = false,
): Finding[] {
  if (listRole(self) !== 'month' || self.fiscalYear === null) return [];
  // Not itself (another file's sheet may share its name), nor a sheet naming another agency (by its
  // title, or its name: "อบต.หนองบัว ต.ค.66" beside "ทต.บ้านใหม่ ต.ค.66").
  const agency = listAgency(self);
  const rest = others.filter((l) => {
    if (!l.file && l.sheet === self.sheet) return false;
    return !agency || sameAgency(agency, listAgency(l));
  });
  return [
    ...missingFromYearList(self, rest),
    ...listedInTwoMonths(self, rest),
    ...monthSheetsMissing(self, rest, named),
    ...(hidden && isOldCopy(self, rest) ? [] : flagsAcrossSheets(self, others, rest)),
  ];
}
