import { foldForMatch } from '../text/thai';
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
  if (t.columns.some((c) => c.type === 'bidders')) return 'month';
  return namedItem(list.sheet, list.title) ?? 'list';
}

/**
 * O16 or O17 by a sheet's name and title: named the one and not the other, or (O16) with its own words,
 * the contracts signed by 31 March (seed 004 "ณ วันที่ ๓๑ มีนาคม"); null for neither or both.
 */
export function namedItem(sheet: string, title: string): 'o16' | 'o17' | null {
  // The sheet's own name first: sheets "O16" and "O17" keep the template's title "(ITA O16/O17)".
  for (const text of [sheet, title]) {
    const [o16, o17] = [has(text, 'O16'), has(text, 'O17')];
    if (o17 && !o16) return 'o17';
    if (o16 && !o17) return 'o16';
  }
  return /ณ\s*วันที่\s*3?1\s*มี(?:นาคม|\.\s*ค\.)/.test(title.replace(/๓/g, '3').replace(/๑/g, '1')) ? 'o16' : null;
}

export interface SummarySources {
  /** The lists a summary of the year counts: each contract once. */
  readonly used: readonly ProcurementData[];
  /** The lists left out, each with why: the same contracts again. */
  readonly left: readonly { readonly sheet: string; readonly role: ListRole }[];
}

/**
 * A row's key across lists: its e-GP project number, else its item, budget and signing day (a buy
 * repeated month after month, the same item for the same amount, is told apart by its day); none for
 * an undated row.
 */
function rowKey(p: ProcurementData['rows'][number]): string | null {
  if (p.projectNumber) return `#${p.projectNumber}`;
  const d = p.signDate;
  return p.item && d ? `${foldForMatch(p.item)}|${p.budget ?? ''}|${d.y}-${d.m}-${d.d}` : null;
}

/** Most of a list's rows already among those counted: the same contracts again. */
function mostlyIn(list: ProcurementData, counted: ReadonlySet<string>): boolean {
  const keys = list.rows.map(rowKey).filter((k): k is string => k !== null);
  return keys.length > 0 && keys.filter((k) => counted.has(k)).length * 2 >= keys.length;
}

const PRIORITY: readonly ListRole[] = ['o17', 'list', 'month', 'o16', 'export'];

/**
 * Of one workbook's lists of results, those its summaries count, year by year, each contract once.
 * The year's own lists first (O17, then lists named neither O16 nor O17), the largest first; then the
 * months' disclosures where no list of the year is counted, O16 where neither is, e-GP's export where
 * nothing else is (they hold the same contracts in other words, so their rows cannot be matched). Any
 * list most of whose rows (by project number, or item, budget and day) are already counted is the same
 * contracts again: left out. Lists of other
 * contracts (a second budget source's, the hired works') are counted beside O17; a year of month sheets
 * is counted whole, and an O21 compiled from them counts them once.
 */
export function summarySources(lists: readonly ProcurementData[]): SummarySources {
  const byYear = new Map<number | null, ProcurementData[]>();
  for (const l of lists) byYear.set(l.fiscalYear, [...(byYear.get(l.fiscalYear) ?? []), l]);
  const keep = new Set<ProcurementData>();
  const role = new Map(lists.map((l) => [l, listRole(l)]));
  for (const year of byYear.values()) {
    const order = [...year].sort(
      (a, b) => PRIORITY.indexOf(role.get(a)!) - PRIORITY.indexOf(role.get(b)!) || b.rows.length - a.rows.length,
    );
    const counted = new Set<string>();
    const kept = new Set<ListRole>();
    for (const l of order) {
      const r = role.get(l)!;
      // Held again in other words: the months beside the year's list, O16 beside either, the export beside any.
      const yearList = kept.has('o17') || kept.has('list');
      const again =
        (r === 'month' && yearList) ||
        (r === 'o16' && (yearList || kept.has('month'))) ||
        (r === 'export' && kept.size > 0) ||
        mostlyIn(l, counted);
      if (again) continue;
      keep.add(l);
      kept.add(r);
      for (const p of l.rows) {
        const k = rowKey(p);
        if (k) counted.add(k);
      }
    }
  }
  // In the workbook's order.
  return {
    used: lists.filter((l) => keep.has(l)),
    left: lists.filter((l) => !keep.has(l)).map((l) => ({ sheet: l.sheet, role: role.get(l)! })),
  };
}
