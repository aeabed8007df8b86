import type { ProcurementData } from '../report/procurementData';
import { contractKeys, listRole, summarySources } from '../report/sources';
import type { ParsedRow } from '../rules/parsedRow';
import { NO_CONTRACT, TAX_ID_KEY } from '../rules/redFlags';
import { supplierNameKey } from '../rules/supplierKey';
import type { Day } from '../text/format';
import { foldForMatch } from '../text/thai';

// The rows of one agency's year of lists, each contract once, for the red flags across its sheets.

/** A row of one of the year's lists: the list (its place among them) and the row. */
export interface YearRow {
  readonly list: number;
  readonly p: ParsedRow;
}

/**
 * This sheet's year's lists in the workbook's order, this sheet (as it is now) at its own place: the
 * same order in every sheet's check, so each counts the same rows once. `rest`: those of `others` of
 * this agency, not this sheet.
 */
export function yearLists(
  self: ProcurementData,
  others: readonly ProcurementData[],
  rest: readonly ProcurementData[],
): ProcurementData[] {
  const kept = new Set(rest.filter((l) => l.fiscalYear === self.fiscalYear));
  const out: ProcurementData[] = [];
  let placed = false;
  for (const l of others) {
    if (!placed && !l.file && l.sheet === self.sheet) {
      // Its list as the others hold it, where that says the same: every sheet's check then gives the
      // same lists, and the year's work is done once (yearFlags.ts).
      out.push(sameList(l, self) ? l : self);
      placed = true;
    } else if (kept.has(l)) out.push(l);
  }
  if (!placed) out.unshift(self);
  return out;
}

/** Two lists of one sheet saying the same: the same rows, read the same way. */
function sameList(a: ProcurementData, b: ProcurementData): boolean {
  return (
    a.sheet === b.sheet &&
    a.file === b.file &&
    a.title === b.title &&
    a.fiscalYear === b.fiscalYear &&
    a.match.template.id === b.match.template.id &&
    sameValue(a.month, b.month) &&
    a.rows.length === b.rows.length &&
    a.rows.every((p, i) => sameRow(p, b.rows[i]!)) &&
    a.copiedRows.join() === b.copiedRows.join() &&
    a.reportedMonth.size === b.reportedMonth.size &&
    [...a.reportedMonth].every(([row, d]) => sameValue(d, b.reportedMonth.get(row)))
  );
}

function sameRow(a: ParsedRow, b: ParsedRow): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ParsedRow>;
  for (const k of keys) if (!sameValue(a[k], b[k])) return false;
  return true;
}

/** The same value, a day (y, m, d) by its parts; any other object only as itself. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || !('y' in a) || !('y' in b)) return false;
  const [x, y] = [a as Day, b as Day];
  return x.y === y.y && x.m === y.m && x.d === y.d;
}

const placeOf = (l: ProcurementData) => `${l.file ?? ''}\u0000${l.sheet}`;

/** The year's rows that count, and the lists left out as the same contracts again. */
export interface CountedRows {
  readonly rows: readonly YearRow[];
  /**
   * The places of the lists left out (O16 beside the months), or some of whose rows are (an O21 in its own
   * words, O17 beside the months), as another's rows again.
   */
  readonly leftOut: readonly number[];
}

/**
 * The bought rows of the year's lists, each contract once (summarySources): not O16 beside the months
 * (the same contracts again), nor twice a row left on next month's sheet, nor a month's contract that
 * a list of several months or O17 holds too, in its own words or not (heldByMonths).
 */
export function yearRows(lists: readonly ProcurementData[]): CountedRows {
  const place = new Map(lists.map((l, i) => [placeOf(l), i]));
  const sources = summarySources(lists);
  const used = new Set(sources.used);
  const rows = [...sources.once, ...besideO17(lists, used)]
    .flatMap((l) => {
      const list = place.get(placeOf(l))!;
      return boughtRows(l).map((p) => ({ list, p }));
    })
    .sort((a, b) => a.list - b.list);
  const again = heldByMonths(lists, rows);
  const partly = new Set([...again].map((r) => r.list));
  return {
    rows: rows.filter((r) => !again.has(r)),
    leftOut: lists.flatMap((l, i) => (used.has(l) && !partly.has(i) ? [] : [i])),
  };
}

/**
 * The month sheets summarySources leaves out beside O17 (`used` holding one), each contract once among
 * them: O17 may list only the year's largest contracts (the 2568 form, the hundred largest), so their
 * rows count too, O17's own counting only for contracts they lack (heldByMonths). Not an O21 beside
 * it: only a month sheet's rows are matched with O17's.
 */
function besideO17(lists: readonly ProcurementData[], used: ReadonlySet<ProcurementData>): readonly ProcurementData[] {
  if (![...used].some((l) => listRole(l) === 'o17')) return [];
  return summarySources(lists.filter((l) => !used.has(l) && l.month !== null && listRole(l) === 'month')).once;
}

/**
 * Of the rows of lists of several months (an O21, O17, the year's list), those a month sheet's row
 * counted is the same contract as, where summarySources, matching item, budget and day as written,
 * found none (or did not look: O17): the item worded another way ("จัดซื้อ… จำนวน 1 รายการ"), the agreed
 * price or the budget allotted in the amount's place. Found by heldKeys (the strongest first), won by no
 * other; each month's row stands for one row, and is the one counted: the month's sheet is where flags
 * across sheets are said, and its amount is the buy's own, not a year's line.
 */
function heldByMonths(lists: readonly ProcurementData[], rows: readonly YearRow[]): Set<YearRow> {
  const ofMonth = (r: YearRow) => lists[r.list]!.month !== null;
  const again = new Set<YearRow>();
  const longer = rows.filter((r) => !ofMonth(r));
  if (!longer.length) return again;
  const byKey = new Map<string, Candidates>();
  for (const r of rows.filter(ofMonth))
    for (const k of heldKeys(lists[r.list]!, r.p)) {
      const at = byKey.get(k);
      if (at) at.rows.push(r);
      else byKey.set(k, { rows: [r], first: 0 });
    }
  const taken = new Set<YearRow>();
  for (const r of longer) {
    const m = pairOf(r, heldKeys(lists[r.list]!, r.p), byKey, taken);
    if (!m) continue;
    taken.add(m);
    again.add(r);
  }
  return again;
}

/** The month's rows of one key, and the first of them that may not yet be taken. */
interface Candidates {
  readonly rows: YearRow[];
  first: number;
}

/** Under the first of `keys` that has one, the first month's row not yet taken won by no other than `r`'s winner. */
function pairOf(
  r: YearRow,
  keys: readonly string[],
  byKey: ReadonlyMap<string, Candidates>,
  taken: ReadonlySet<YearRow>,
): YearRow | undefined {
  for (const k of keys) {
    const at = byKey.get(k);
    if (!at) continue;
    // Past those taken once and for all: a key many rows share (a month's fuel) is not walked again.
    while (at.first < at.rows.length && taken.has(at.rows[at.first]!)) at.first++;
    for (let i = at.first; i < at.rows.length; i++) {
      const m = at.rows[i]!;
      if (!taken.has(m) && mayBeOneWinner(m.p, r.p)) return m;
    }
  }
  return undefined;
}

/** Two rows whose winners may be one: not two tax ids, nor (where a row gives none) two names, that differ. */
function mayBeOneWinner(a: ParsedRow, b: ParsedRow): boolean {
  const [x, y] = [a.supplierKey, b.supplierKey];
  if (x !== undefined && y !== undefined && TAX_ID_KEY.test(x) && TAX_ID_KEY.test(y)) return x === y;
  const [m, n] = [a.supplierName, b.supplierName];
  return m === undefined || n === undefined || supplierNameKey(m) === supplierNameKey(n);
}

/** The rows that bought something, as the red flags count them: not a copy, not without a contract. */
export function boughtRows(l: ProcurementData): ParsedRow[] {
  const copied = new Set(l.copiedRows);
  return l.rows.filter((p) => !copied.has(p.row) && !(p.status !== undefined && NO_CONTRACT.has(p.status)));
}

/**
 * Whether one list holds every row of `group` and its own red flags say what the group does: the list
 * all its rows are on, or one of those left out (`leftOut`: O16 beside the months, an O21 in its own
 * words) whose rows of the group's contracts its flags mark (`flagged`: the rows they mark). Nothing
 * across sheets says it again. A list holding them whose own amounts stay under the limit (an O21's
 * agreed prices) flags nothing: the group, judged on the months' budgets, is said at their rows.
 */
export function heldByOne(
  lists: readonly ProcurementData[],
  leftOut: readonly number[],
  group: readonly YearRow[],
  flagged: (l: ProcurementData) => ReadonlySet<number>,
): boolean {
  if (group.every((r) => r.list === group[0]!.list)) return true;
  return leftOut.some((i) => {
    const keys = flaggedKeys(lists[i]!, flagged(lists[i]!));
    return keys.size > 0 && group.every((r) => heldKeys(lists[r.list]!, r.p).some((k) => keys.has(k)));
  });
}

/**
 * The keys one contract is found by in another list that words it its own way: its project number;
 * its item, budget and day (contractKeys); its budget or agreed price and day; its item, budget and
 * month (signed, or reported under).
 */
function heldKeys(list: ProcurementData, p: ParsedRow): string[] {
  let keys = rowKeys.get(p);
  if (!keys) rowKeys.set(p, (keys = keysOfRow(list, p)));
  return keys;
}
const rowKeys = new WeakMap<ParsedRow, string[]>();

function keysOfRow(list: ProcurementData, p: ParsedRow): string[] {
  const keys = contractKeys(p);
  const d = p.signDate;
  if (d) {
    const day = `${d.y}-${d.m}-${d.d}`;
    if (p.budget !== undefined) keys.push(`b|${p.budget}|${day}`);
    if (p.agreedPrice !== undefined) keys.push(`a|${p.agreedPrice}|${day}`);
  }
  const m = d ?? list.reportedMonth.get(p.row);
  if (p.item && m) keys.push(`m|${foldForMatch(p.item)}|${p.budget ?? ''}|${m.y}-${m.m}`);
  return keys;
}

/** Of a list's rows its flags mark (`flagged`, made once a list's rows), their keys (made once a set). */
const markedKeys = new WeakMap<ReadonlySet<number>, ReadonlySet<string>>();

function flaggedKeys(l: ProcurementData, flagged: ReadonlySet<number>): ReadonlySet<string> {
  let keys = markedKeys.get(flagged);
  if (!keys) {
    const rows = flagged.size ? l.rows.filter((p) => flagged.has(p.row)) : [];
    markedKeys.set(flagged, (keys = new Set(rows.flatMap((p) => heldKeys(l, p)))));
  }
  return keys;
}
