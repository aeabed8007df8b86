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
  const text = `${sheet} ${title}`;
  const [o16, o17] = [has(text, 'O16'), has(text, 'O17')];
  if (o17 && !o16) return 'o17';
  if ((o16 && !o17) || /ณ\s*วันที่\s*3?1\s*มี(?:นาคม|\.\s*ค\.)/.test(title.replace(/๓/g, '3').replace(/๑/g, '1')))
    return 'o16';
  return null;
}

export interface SummarySources {
  /** The lists a summary of the year counts: each contract once. */
  readonly used: readonly ProcurementData[];
  /** The lists left out, each with why: the same contracts again. */
  readonly left: readonly { readonly sheet: string; readonly role: ListRole }[];
}

/**
 * Of one workbook's lists of results, those its summaries count, year by year: the O17 list (or a list
 * of the year named neither O16 nor O17), else the months' disclosures, else O16, else e-GP's export.
 * The others hold the same contracts again: counted too, every contract would be two or three times in
 * the O17 summary published. A workbook of one kind of list keeps them all (a year of month sheets).
 */
export function summarySources(lists: readonly ProcurementData[]): SummarySources {
  const byYear = new Map<number | null, ProcurementData[]>();
  for (const l of lists) byYear.set(l.fiscalYear, [...(byYear.get(l.fiscalYear) ?? []), l]);
  const used: ProcurementData[] = [];
  const left: { sheet: string; role: ListRole }[] = [];
  for (const year of byYear.values()) {
    const roles = year.map(listRole);
    const pick = (...want: ListRole[]) => year.filter((_, k) => want.includes(roles[k]!));
    const chosen = [pick('o17'), pick('list'), pick('month'), pick('o16'), pick('export')].find((x) => x.length)!;
    for (const [k, l] of year.entries())
      if (chosen.includes(l)) used.push(l);
      else left.push({ sheet: l.sheet, role: roles[k]! });
  }
  return { used, left };
}
