import type { ProcurementData } from '../report/procurementData';
import { contractKeys, summarySources } from '../report/sources';
import type { ParsedRow } from '../rules/parsedRow';
import { NO_CONTRACT } from '../rules/redFlags';
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
  /** The places of the lists left out (O16 beside the months), each of whose rows is another's again. */
  readonly leftOut: readonly number[];
}

/**
 * The bought rows of the year's lists, each contract once (summarySources): not O17 or O16 beside the
 * months (the same contracts again), nor twice a row left on next month's sheet.
 */
export function yearRows(lists: readonly ProcurementData[]): CountedRows {
  const place = new Map(lists.map((l, i) => [placeOf(l), i]));
  const sources = summarySources(lists);
  const rows = sources.once.flatMap((l) => {
    const list = place.get(placeOf(l))!;
    return boughtRows(l).map((p) => ({ list, p }));
  });
  const used = new Set(sources.used);
  return { rows, leftOut: lists.flatMap((l, i) => (used.has(l) ? [] : [i])) };
}

/** The rows that bought something, as the red flags count them: not a copy, not without a contract. */
export function boughtRows(l: ProcurementData): ParsedRow[] {
  const copied = new Set(l.copiedRows);
  return l.rows.filter((p) => !copied.has(p.row) && !(p.status !== undefined && NO_CONTRACT.has(p.status)));
}

/**
 * Whether one list holds every row of `group`: the list all its rows are on, or one of those left out
 * (`leftOut`: O16 beside the months) holding the same contracts. That list's own red flags say what
 * the group does: nothing across sheets says it again.
 */
export function heldByOne(
  lists: readonly ProcurementData[],
  leftOut: readonly number[],
  group: readonly YearRow[],
): boolean {
  if (group.every((r) => r.list === group[0]!.list)) return true;
  return leftOut.some((i) => group.every((r) => heldKeys(lists[r.list]!, r.p).some((k) => keysOf(lists[i]!).has(k))));
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

/** Of each list's rows, their keys (made once: rows are not changed once read, and a folder's copy of a list shares them). */
const listKeys = new WeakMap<readonly ParsedRow[], ReadonlySet<string>>();

function keysOf(l: ProcurementData): ReadonlySet<string> {
  let keys = listKeys.get(l.rows);
  if (!keys) listKeys.set(l.rows, (keys = new Set(l.rows.flatMap((p) => heldKeys(l, p)))));
  return keys;
}
