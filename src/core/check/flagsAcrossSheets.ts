import { makeFinding } from '../findings/make';
import type { Finding } from '../findings/types';
import type { ProcurementData } from '../report/procurementData';
import { splitWords, winnerWords } from './flagWordsAcross';
import { ownFlags, yearOf, type OwnFlags, type YearFlags } from './yearFlags';
import { heldByOne, yearLists, type YearRow } from './yearRows';

/**
 * The red flags no one sheet can raise: a split purchase, and a repeat winner, over the month sheets
 * (or files) of one agency's year together, where an agency keeps its สขร.1 or O21 a sheet a month. Said
 * at this sheet's rows, naming the others; nothing a sheet flags by itself is said again.
 *
 * `others` are the workbook's (or folder's) lists, `rest` those of them of this agency other than
 * this sheet's own.
 */
export function flagsAcrossSheets(
  self: ProcurementData,
  others: readonly ProcurementData[],
  rest: readonly ProcurementData[],
): Finding[] {
  const view = yearLists(self, others, rest);
  if (view.length < 2) return [];
  const { lists, flags: year } = yearOf(view);
  const mine = lists.findIndex((l) => l === self || (!l.file && l.sheet === self.sheet));
  // Kept to the limit with the sheet's own findings of each code (withinOneLimit, sheet.ts).
  return [...splitAcross(lists, mine, year), ...winnersAcross(lists, mine, year)];
}

/** The split groups of several sheets, at this sheet's rows that no group of their own sheet holds. */
function splitAcross(lists: readonly ProcurementData[], mine: number, year: YearFlags): Finding[] {
  const self = lists[mine]!;
  const said = new Set<YearRow>();
  const out: Finding[] = [];
  for (const g of year.splits) {
    if (!g.buys.some((b) => b.at.list === mine)) continue;
    const group = g.buys.map((b) => b.at);
    const fresh = group.filter((r) => r.list === mine && !said.has(r) && !ownFlags(self).split.has(r.p.row));
    // A group one list holds whole (a month's own, or O16 holding the months' rows) is flagged there.
    if (!fresh.length || held(lists, year, g, group, 'split')) continue;
    const budgets = g.buys.every((b) => b.byBudget);
    for (const r of fresh) {
      said.add(r);
      const words = splitWords(lists, mine, r, group, g.sum, budgets);
      out.push(makeFinding('flag-split-purchase', placeAt(self, r, ['item']), words));
    }
  }
  return out;
}

/** The winners of many of the year's sheets together, at this sheet's rows its own count does not flag. */
function winnersAcross(lists: readonly ProcurementData[], mine: number, year: YearFlags): Finding[] {
  const self = lists[mine]!;
  const out: Finding[] = [];
  for (const [id, group] of year.winners) {
    const fresh = group.filter((r) => r.list === mine && !ownFlags(self).winners.has(r.p.row));
    if (!fresh.length || held(lists, year, group, group, 'winners')) continue;
    const winner = year.wins.many.get(id)!;
    const at = ['supplierName', 'winnerAndPrice', 'supplierId'];
    for (const r of fresh) {
      const words = winnerWords({ lists, mine, r, group, id, winner, wins: year.wins, bought: year.bought });
      out.push(makeFinding('flag-repeat-winner', placeAt(self, r, at), words));
    }
  }
  return out;
}

/**
 * heldByOne, of a group of the year's (`of`: what stands for it) by the lists' own flags of its `kind`,
 * judged once for all its sheets.
 */
function held(
  lists: readonly ProcurementData[],
  year: YearFlags,
  of: object,
  group: readonly YearRow[],
  kind: keyof OwnFlags,
): boolean {
  let is = heldGroups.get(of);
  if (is === undefined) heldGroups.set(of, (is = heldByOne(lists, year.leftOut, group, (l) => ownFlags(l)[kind])));
  return is;
}
const heldGroups = new WeakMap<object, boolean>();

/** Row `r` of `self`, in the first of the columns `ids` it has (else its first column). */
function placeAt(self: ProcurementData, r: YearRow, ids: readonly string[]) {
  const m = ids.map((id) => self.match.columns.find((c) => c.column.id === id)).find((c) => c !== undefined);
  return { sheet: self.sheet, row: r.p.row, col: m?.col ?? 1, column: m?.column ?? null };
}
