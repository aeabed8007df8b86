import { foldForMatch, thaiDigitsToArabic } from '../text/thai';
import { isMonthlyForm } from '../templates/registry';
import { listAgency, sameAgency } from '../check/oneAgency';
import type { ProcurementData } from './procurementData';

/**
 * What a list of results is, by its sheet's name, its title and its form: O17 (the year's results), O16
 * (the contracts to 31 March: a part of O17), a month's disclosure (สขร.1, O21: the same contracts month
 * by month), e-GP's export (the same again, as e-GP keeps them), or a list of the year named neither way
 * (the O16/O17 template's own title names both).
 */
export type ListRole = 'o17' | 'o16' | 'month' | 'export' | 'list';

const has = (text: string, code: string) => foldForMatch(text).includes(foldForMatch(code));

export function listRole(list: ProcurementData): ListRole {
  const t = list.match.template;
  if (t.importOnly) return 'export';
  if (isMonthlyForm(t)) return 'month';
  // Another file's sheet is named by its file too ("O17.xlsx" of a folder, its sheet "Sheet1").
  return namedItem(list.sheet, list.title) ?? (list.file ? namedItem(list.file, '') : null) ?? 'list';
}

/**
 * O16 or O17 by a sheet's name and title: named the one and not the other, or (O16) with its own words,
 * the contracts signed by 31 March (seed 004 "ณ วันที่ ๓๑ มีนาคม") or the first half year; null for
 * neither or both.
 */
export function namedItem(sheet: string, title: string): 'o16' | 'o17' | null {
  // The sheet's own name first: sheets "O16" and "O17" keep the template's title "(ITA O16/O17)".
  for (const text of [sheet, title]) {
    const [o16, o17] = [has(text, 'O16'), has(text, 'O17')];
    if (o17 && !o16) return 'o17';
    if (o16 && !o17) return 'o16';
  }
  // Its day ("ณ วันที่ 31 มีนาคม", "ถึง 31 มี.ค."), or the half year it covers ("รอบ 6 เดือน", "ครึ่งปีแรก").
  const t = thaiDigitsToArabic(title);
  // Not the second half ("รอบ 6 เดือนหลัง", "ครึ่งปีหลัง (รอบ 6 เดือน ที่ 2)").
  if (/ครึ่งปี(?:งบประมาณ)?หลัง|6\s*เดือน\s*(?:หลัง|ที่\s*2)/.test(t)) return null;
  return /(?:ณ\s*วันที่|ถึง(?:วันที่)?)\s*3?1\s*มี(?:นาคม|\.\s*ค\.)|รอบ\s*6\s*เดือน|6\s*เดือนแรก|ครึ่งปี(?:งบประมาณ)?แรก/.test(t)
    ? 'o16'
    : null;
}

export interface SummarySources {
  /** The lists a summary of the year counts: each contract once. */
  readonly used: readonly ProcurementData[];
  /**
   * The lists left out, each with why: the same contracts again. One left out for most of its rows
   * being on the lists counted says how many of its rows none holds (`lacking`) and which list holds
   * the most of the others (`holder`): a summary of whole sheets lacks those rows.
   */
  readonly left: readonly {
    readonly sheet: string;
    readonly role: ListRole;
    readonly lacking: number;
    readonly holder: string | null;
  }[];
  /**
   * Each contract once by the row, for figures that need not be formulas over whole sheets: the lists
   * counted, less the rows a list counted before holds, then the rows of those left out as the same
   * rows again that no list counted holds (lists left out for their role add nothing).
   */
  readonly once: readonly ProcurementData[];
}

/** Items folded for matching, each text once: a year's rows name a few items thousands of times. */
const foldedItems = new Map<string, string>();

function foldedItem(item: string): string {
  let f = foldedItems.get(item);
  if (f === undefined) {
    f = foldForMatch(item);
    if (foldedItems.size < 20_000) foldedItems.set(item, f);
  }
  return f;
}

/**
 * A row's keys across lists: its e-GP project number, and its item, budget and signing day (a buy
 * repeated month after month, the same item for the same amount, is told apart by its day), or the
 * month it is reported under where it has no date. Either key found again is the same contract: one
 * list may give project numbers and the other not.
 */
function rowKeys(list: ProcurementData, p: ProcurementData['rows'][number]): string[] {
  const keys = contractKeys(p);
  const m = undatedKey(list, p);
  if (m) keys.push(m);
  return keys;
}

/** An undated row's item, budget and the month it is reported under. */
function undatedKey(list: ProcurementData, p: ProcurementData['rows'][number]): string | null {
  const m = p.signDate ? null : list.reportedMonth.get(p.row);
  return p.item && m ? `${foldedItem(p.item)}|${p.budget ?? ''}|${m.y}-${m.m}` : null;
}

/**
 * A dated row's item, budget and month of signing: a small buy listed undated on its month's sheet
 * (allowed up to 100,000 baht) is that row where it is reported under that month. Kept apart from the
 * keys above, so that two dated buys of one item and budget in one month stay two.
 */
function monthKey(p: ProcurementData['rows'][number]): string | null {
  const d = p.signDate;
  return p.item && d ? `${foldedItem(p.item)}|${p.budget ?? ''}|${d.y}-${d.m}` : null;
}

/** One contract's own keys wherever it is listed: its e-GP project number, or its item, budget and signing day. */
export function contractKeys(p: ProcurementData['rows'][number]): string[] {
  const keys = p.projectNumber ? [`#${p.projectNumber}`] : [];
  const d = p.signDate;
  if (p.item && d) keys.push(`${foldedItem(p.item)}|${p.budget ?? ''}|${d.y}-${d.m}-${d.d}`);
  return keys;
}

/** An item and its budget: a row with no day nor month is matched by it alone. */
const loose = (p: ProcurementData['rows'][number]) => (p.item ? `${foldedItem(p.item)}|${p.budget ?? ''}` : null);

/** The keys of the rows counted so far: by day or number, and by item and budget (of all rows, and of those with nothing more). */
interface Counted {
  readonly strict: Set<string>;
  readonly loose: Set<string>;
  readonly bare: Set<string>;
  /** Of each strict key, who the rows counted by it are of ('' where a row does not say). */
  readonly whose: Map<string, Whose[]>;
  /**
   * Of the dated rows by item, budget and month of signing (monthKey), and of the undated by the month
   * they are reported under: who they are of, and whether on a sheet of one month.
   */
  readonly dated: Map<string, OfMonth[]>;
  readonly undated: Map<string, OfMonth[]>;
}

/** What tells one contract from another with the same item, budget and day: its winner, number, agency. */
interface Whose {
  readonly taxId: string;
  readonly project: string;
  readonly agency: string;
}

/** A row by its month, with who it is of and whether its list is a sheet of one month. */
interface OfMonth {
  readonly who: Whose;
  readonly single: boolean;
}

/** The agency each list's title (or its sheet's name) names, read once a list. */
const agencies = new WeakMap<ProcurementData, string>();

function whoseOf(list: ProcurementData, p: ProcurementData['rows'][number]): Whose {
  let agency = agencies.get(list);
  if (agency === undefined) agencies.set(list, (agency = listAgency(list) ?? ''));
  return {
    taxId: p.supplierKey && /^\d{13}$/.test(p.supplierKey) ? p.supplierKey : '',
    project: p.projectNumber ?? '',
    agency,
  };
}

/** Two rows that may be one contract: nothing each says of itself differs (another agency's same buy). */
const mayBeOne = (a: Whose, b: Whose) =>
  (!a.taxId || !b.taxId || a.taxId === b.taxId) &&
  (!a.project || !b.project || a.project === b.project) &&
  sameAgency(a.agency, b.agency);

/** `e` added to the rows of key `k` (not copied: a year's thousands of rows share few keys). */
function pushTo(to: Map<string, OfMonth[]>, k: string, e: OfMonth): void {
  const at = to.get(k);
  if (at) at.push(e);
  else to.set(k, [e]);
}

function count(counted: Counted, list: ProcurementData): void {
  for (const p of list.rows) {
    const keys = rowKeys(list, p);
    const who = whoseOf(list, p);
    for (const k of keys) {
      counted.strict.add(k);
      const w = counted.whose.get(k);
      if (w) w.push(who);
      else counted.whose.set(k, [who]);
    }
    const l = loose(p);
    if (l) (keys.length ? counted.loose : counted.bare).add(l);
    const single = list.month !== null;
    const m = monthKey(p);
    if (m) pushTo(counted.dated, m, { who, single });
    const u = undatedKey(list, p);
    if (u) pushTo(counted.undated, u, { who, single });
  }
}

/**
 * Most of a list's rows already among those counted: the same contracts again. A row with a day (or
 * month) is matched by it; one with neither (an O21 of undated small buys) by its item and budget, and
 * a row counted so is matched by those alone.
 */
function mostlyIn(list: ProcurementData, counted: Counted): boolean {
  let rows = 0;
  let found = 0;
  for (const p of list.rows) {
    if (!rowKeys(list, p).length && !loose(p)) continue;
    rows++;
    if (seenIn(list, p, counted)) found++;
  }
  return rows > 0 && found * 2 >= rows;
}

/** A row among those counted: by its keys, or (with none) by its item and budget. */
function seenIn(list: ProcurementData, p: ProcurementData['rows'][number], counted: Counted): boolean {
  const keys = rowKeys(list, p);
  const l = loose(p);
  const who = whoseOf(list, p);
  // The same item, budget and day of another winner, project or agency is another contract.
  const same = (k: string) => counted.whose.get(k)!.some((w) => mayBeOne(w, who));
  // Dated, an undated row of its month counted; undated, a dated row signed in the month it is reported
  // under: only across a sheet of one month and a list of several (its month's sheet and the O21), as
  // two sheets of single months each list their own buys (a hire of the same amount every month).
  const single = list.month !== null;
  const other = (e: OfMonth) => e.single !== single && mayBeOne(e.who, who);
  const m = monthKey(p);
  const undatedCopy = m !== null && !!counted.undated.get(m)?.some(other);
  const u = undatedKey(list, p);
  const datedCopy = u !== null && !!counted.dated.get(u)?.some(other);
  return (
    keys.some((k) => counted.strict.has(k) && same(k)) ||
    undatedCopy ||
    datedCopy ||
    (l !== null && (counted.bare.has(l) || (!keys.length && counted.loose.has(l))))
  );
}

const PRIORITY: readonly ListRole[] = ['o17', 'list', 'month', 'o16', 'export'];

/** Lists ordered as they are counted: the year's own first, the largest first. */
function inCountingOrder(lists: readonly ProcurementData[], role: ReadonlyMap<ProcurementData, ListRole>) {
  return [...lists].sort(
    (a, b) => PRIORITY.indexOf(role.get(a)!) - PRIORITY.indexOf(role.get(b)!) || b.rows.length - a.rows.length,
  );
}

const noneCounted = (): Counted => ({
  strict: new Set(),
  loose: new Set(),
  bare: new Set(),
  whose: new Map(),
  dated: new Map(),
  undated: new Map(),
});

/** Of a list, the rows none counted so far holds (the list itself where that is all), then counted. */
function rowsNotSeen(counted: Counted, l: ProcurementData): ProcurementData {
  const rows = l.rows.filter((p) => !seenIn(l, p, counted));
  const kept = rows.length === l.rows.length ? l : { ...l, rows };
  count(counted, kept);
  return kept;
}

/**
 * Of one workbook's lists of results, those its summaries count, year by year, each contract once.
 * The year's own lists first (O17, then lists named neither O16 nor O17), the largest first, then the
 * months' disclosures, O16, e-GP's export. Beside O17 (the whole year's results) the months' sheets and
 * O16 hold its contracts again, in other words: left out; so is O16 beside the months, and the export
 * beside anything. Any other list most of whose rows (by project number, or item, budget and day) are
 * already counted is the same contracts again: left out. Lists of other contracts (a second budget
 * source's, the hired works') are counted beside any; a year of month sheets is counted whole (a row
 * left on next month's sheet does not take that month's own rows out: it is said as listed twice), and
 * an O21 compiled from them counts them once. `once` counts by the row, for figures that are not
 * formulas over whole sheets: the copy left on next month's sheet once, and a month's rows the O21 left
 * out (lost by leaving out the whole month sheet) too.
 */
export function summarySources(lists: readonly ProcurementData[]): SummarySources {
  const byYear = new Map<number | null, ProcurementData[]>();
  for (const l of lists) byYear.set(l.fiscalYear, [...(byYear.get(l.fiscalYear) ?? []), l]);
  const keep = new Set<ProcurementData>();
  const role = new Map(lists.map((l) => [l, listRole(l)]));
  // Each list by the row, with the list it is of (for the workbook's order).
  const once = new Map<ProcurementData, ProcurementData>();
  const lacking = new Map<ProcurementData, { rows: number; holder: string | null }>();
  for (const year of byYear.values()) {
    // All rows counted; those of lists not of one month; those of each month's own sheets.
    const counted = noneCounted();
    const notOneMonth = noneCounted();
    const ofMonth = new Map<string, Counted>();
    const kept = new Set<ListRole>();
    // The month sheets left out as rows of a longer list again: their other rows are counted by the row.
    const sameRows: ProcurementData[] = [];
    for (const l of inCountingOrder(year, role)) {
      const r = role.get(l)!;
      const month = l.month && `${l.month.y}-${l.month.m}`;
      // Held again in other words: the months and O16 beside O17, O16 beside the months, the export
      // beside any; or the same rows again (a month's sheet: those of other lists or of its own month).
      const forRole =
        (r === 'month' && kept.has('o17')) ||
        (r === 'o16' && (kept.has('o17') || kept.has('month'))) ||
        (r === 'export' && kept.size > 0);
      if (forRole) continue;
      // A month's sheet most of whose rows a list of several months holds (the O21 made from the months)
      // adds, by the row, those that list lacks; a second copy of a month or of a year's list (a draft,
      // with rows since corrected) adds nothing.
      const inLonger = !!month && mostlyIn(l, notOneMonth);
      const again = inLonger || (month ? mostlyIn(l, ofMonth.get(month) ?? noneCounted()) : mostlyIn(l, counted));
      if (again) {
        if (inLonger) sameRows.push(l);
        continue;
      }
      keep.add(l);
      kept.add(r);
      count(counted, l);
      if (!month) count(notOneMonth, l);
      else count(ofMonth.get(month) ?? ofMonth.set(month, noneCounted()).get(month)!, l);
    }
    // By the row: the lists counted in the same order, then what those left out add.
    const byRow = noneCounted();
    const used = inCountingOrder(
      year.filter((l) => keep.has(l)),
      role,
    );
    for (const l of used) {
      const k = rowsNotSeen(byRow, l);
      if (k.rows.length) once.set(l, k);
    }
    for (const l of sameRows) {
      const k = rowsNotSeen(byRow, l);
      if (!k.rows.length) continue;
      once.set(l, k);
      lacking.set(l, { rows: k.rows.length, holder: holderOf(l, used) });
    }
  }
  // In the workbook's order.
  return {
    used: lists.filter((l) => keep.has(l)),
    left: lists
      .filter((l) => !keep.has(l))
      .map((l) => ({
        sheet: l.sheet,
        role: role.get(l)!,
        lacking: lacking.get(l)?.rows ?? 0,
        holder: lacking.get(l)?.holder ?? null,
      })),
    once: lists.filter((l) => once.has(l)).map((l) => once.get(l)!),
  };
}

/**
 * Of whole lists summed together, the rows another of them holds too (a month's rows left on next
 * month's sheet): what a summary of whole sheets counts twice.
 */
export function countedTwice(lists: readonly ProcurementData[]): number {
  const role = new Map(lists.map((l) => [l, listRole(l)]));
  const counted = noneCounted();
  let twice = 0;
  for (const l of inCountingOrder(lists, role)) twice += l.rows.length - rowsNotSeen(counted, l).rows.length;
  return twice;
}

/** Of the lists counted, the one holding the most of a list's rows: where those it lacks belong. */
function holderOf(list: ProcurementData, used: readonly ProcurementData[]): string | null {
  let best: { sheet: string; n: number } | null = null;
  for (const u of used) {
    const c = noneCounted();
    count(c, u);
    const n = list.rows.filter((p) => seenIn(list, p, c)).length;
    if (n && (!best || n > best.n)) best = { sheet: u.sheet, n };
  }
  return best?.sheet ?? null;
}

/**
 * The lists of several files (which may be several agencies'), each contract once: a row already
 * counted in a list before it (by project number, or item, budget and day) is left out, the rest of
 * its list kept. O16 kept in a file of its own beside O17's adds nothing; a month's file adds the
 * contracts O17 lacks; e-GP's export beside a form adds nothing. Lists in counting order, each with
 * the rows it adds.
 */
export function eachContractOnce(lists: readonly ProcurementData[]): ProcurementData[] {
  const role = new Map(lists.map((l) => [l, listRole(l)]));
  // e-GP's export is what a form is made from, not published: beside a form its rows are left out (the
  // officer may have taken rows of other years or agencies out of the form, as told), as in a workbook.
  const forms = lists.some((l) => role.get(l) !== 'export');
  const counted = noneCounted();
  const out: ProcurementData[] = [];
  for (const l of inCountingOrder(lists, role)) {
    if (forms && role.get(l) === 'export') continue;
    const kept = rowsNotSeen(counted, l);
    if (kept.rows.length) out.push(kept);
  }
  return out;
}
