import type { ProcurementData } from '../report/procurementData';
import { listRole } from '../report/sources';
import type { ParsedRow } from '../rules/parsedRow';
import { manyWinners, type Winners } from './manyWinners';
import { suppliersOf } from './rowSuppliers';
import { splitBuy, splitGroups, splitRows, type SplitBuy, type SplitGroup } from './splitGroups';
import { boughtRows, yearRows, type YearRow } from './yearRows';

/** What a year's lists say together: its split groups and its winners of many, each with its rows. */
export interface YearFlags {
  /** How many rows bought something, naming a winner or not. */
  readonly bought: number;
  readonly splits: readonly SplitGroup<YearRow>[];
  readonly wins: Winners;
  readonly winners: ReadonlyMap<string, readonly YearRow[]>;
  /** The places of the lists left out as the same contracts again (yearRows). */
  readonly leftOut: readonly number[];
}

/** A year's lists in the order its flags are worked out in, and the flags. */
export interface Year {
  readonly lists: readonly ProcurementData[];
  readonly flags: YearFlags;
}

/**
 * The flags of the year of `view` (one sheet's check's lists), worked out once for the checks of all
 * its sheets, or files: each sees the same rows (a folder's file sees its own lists, the others their
 * copies naming the file), in an order of its own. The lists are put in one order, that in which their
 * rows were first seen, and the work is keyed by the rows and what tells the lists' kinds and months.
 */
export function yearOf(view: readonly ProcurementData[]): Year {
  const keyed = view.map((l) => ({ l, id: rowsId(l), key: listKey(l) })).sort((a, b) => a.id - b.id);
  const lists = keyed.map((x) => x.l);
  const key = keyed.map((x) => x.key).join(',');
  let flags = memo.get(key);
  // The last few years checked, the latest last: a pane checks sheet after sheet, edit after edit.
  if (flags) memo.delete(key);
  else flags = flagsOf(lists);
  memo.set(key, flags);
  if (memo.size > KEPT) memo.delete(memo.keys().next().value!);
  return { lists, flags };
}

const KEPT = 4;
const memo = new Map<string, YearFlags>();
/** Rows are not changed once read (an edit makes new ones): their array names them. */
const rowsIds = new WeakMap<readonly ParsedRow[], number>();
let lastId = 0;
const rowsId = (l: ProcurementData) => rowsIds.get(l.rows) ?? (rowsIds.set(l.rows, ++lastId), lastId);
const listKey = (l: ProcurementData) =>
  `${rowsId(l)}:${listRole(l)}:${l.fiscalYear}:${l.month ? `${l.month.y}-${l.month.m}` : ''}`;

function flagsOf(lists: readonly ProcurementData[]): YearFlags {
  const { rows, leftOut } = yearRows(lists);
  const named = rows.filter((r) => r.p.supplierKey !== undefined);
  const supplierOf = suppliersOf(named.map((r) => r.p));
  // Only groups holding a row its own sheet does not flag: nothing else is said across sheets.
  const fresh = (b: SplitBuy<YearRow>) => !ownFlags(lists[b.at.list]!).split.has(b.at.p.row);
  const splits = splitGroups(
    named.flatMap((r) => splitBuy(r, r.p, supplierOf(r.p)) ?? []),
    fresh,
  );
  const wins = manyWinners(
    named.map((r) => r.p),
    supplierOf,
  );
  const winners = new Map<string, YearRow[]>();
  for (const r of named) {
    const id = supplierOf(r.p);
    if (!wins.many.has(id)) continue;
    const group = winners.get(id);
    if (group) group.push(r);
    else winners.set(id, [r]);
  }
  return { bought: rows.length, splits, wins, winners, leftOut };
}

/** Of a list by itself, the rows its own red flags mark (redFlags.ts): what no flag across sheets repeats. */
export interface OwnFlags {
  readonly split: ReadonlySet<number>;
  readonly winners: ReadonlySet<number>;
}
const own = new WeakMap<readonly ParsedRow[], OwnFlags>();

export function ownFlags(l: ProcurementData): OwnFlags {
  let flags = own.get(l.rows);
  if (flags) return flags;
  const rows = boughtRows(l).filter((p) => p.supplierKey !== undefined);
  const supplierOf = suppliersOf(rows);
  const buys = rows.flatMap((p) => splitBuy(p.row, p, supplierOf(p)) ?? []);
  const split = splitRows(buys);
  const { many } = manyWinners(rows, supplierOf);
  const winners = new Set(rows.filter((p) => many.has(supplierOf(p))).map((p) => p.row));
  own.set(l.rows, (flags = { split, winners }));
  return flags;
}
