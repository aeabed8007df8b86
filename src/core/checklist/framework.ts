import { frameworks as raw } from '../../data/index.generated';
import type { Bilingual } from '../templates/types';
import { thaiDigitsToArabic } from '../text/thai';

export interface FrameworkItem {
  readonly code: string;
  readonly title: string;
  readonly indicator: number;
  readonly subIndicator: string | null;
  readonly components: readonly string[];
  readonly method: string | null;
  readonly responsible: string;
  /** The data year the item asks for: offset from the assessment year (0 this year, −1 last year). */
  readonly dataYear: { readonly offset: number; readonly text: string } | null;
}

/** One year's OIT checklist (DOMAIN §4), transcribed from a seed into src/data/frameworks. */
export interface Framework {
  readonly id: string;
  readonly kind: 'oit-framework';
  readonly year: number;
  readonly scheme: string;
  readonly source: string;
  /** false when the seed does not print which items belong to indicator 9 or 10 (2567). */
  readonly indicatorMappingVerified: boolean;
  readonly indicators: readonly (Bilingual & { readonly id: number })[];
  readonly subIndicators: readonly (Bilingual & { readonly id: string; readonly indicator: number })[];
  readonly items: readonly FrameworkItem[];
}

function check(f: Framework): Framework {
  f.items.forEach((it, i) => {
    if (it.code !== `O${i + 1}`) throw new Error(`framework ${f.id}: item ${i + 1} is ${it.code}`);
    if (!it.components.length) throw new Error(`framework ${f.id}: ${it.code} has no components`);
    if (!f.indicators.some((x) => x.id === it.indicator))
      throw new Error(`framework ${f.id}: ${it.code} has an unknown indicator`);
  });
  return f;
}

/**
 * Frameworks from the data files, checked. A file copied for a new year with its id or year left
 * unchanged would silently stand for the old one (by id, or by year when a title names it): refused.
 */
export function buildFrameworks(raw: readonly unknown[]): readonly Framework[] {
  const out = (raw as Framework[]).filter((f) => f.kind === 'oit-framework').map(check);
  const ids = new Map<string, Framework>();
  const years = new Map<string, Framework>();
  for (const f of out) {
    const twin = ids.get(f.id);
    if (twin) throw new Error(`two frameworks share the id ${f.id} (years ${twin.year} and ${f.year})`);
    ids.set(f.id, f);
    const key = `${f.scheme} ${f.year}`;
    const same = years.get(key);
    if (same) throw new Error(`two frameworks are for ${f.scheme} ${f.year}: ${same.id} and ${f.id}`);
    years.set(key, f);
  }
  return out;
}

const all = buildFrameworks(raw);

/** The ITA's own checklist (DOMAIN §4): another scheme's (MOIT, schools) is taken only when asked by id. */
export const DEFAULT_SCHEME = 'ITA';

export function allFrameworks(): readonly Framework[] {
  return all;
}

export function getFramework(id: string): Framework | undefined {
  return all.find((f) => f.id === id);
}

/** The framework of an assessment year (BE) and scheme, or null. */
export function frameworkForYear(year: number, scheme = DEFAULT_SCHEME): Framework | null {
  return all.find((f) => f.year === year && f.scheme === scheme) ?? null;
}

/**
 * The newest framework of `scheme` with at least `items` items: a checklist typed up to O43 is 2566's.
 * Years with as many items are told apart by the items' names (namesOfOtherYear).
 */
export function frameworkForItemCount(items: number, scheme = DEFAULT_SCHEME): Framework | null {
  const fits = all.filter((f) => f.scheme === scheme && f.items.length >= items).sort((a, b) => b.year - a.year);
  const exact = fits.find((f) => f.items.length === items);
  return exact ?? fits[0] ?? null;
}

/**
 * "O1", "o01", "O๒๒", "๐๑", "0๒๘", "๐๔ ข้อมูลการติดต่อ" → "O1" … "O28", "O4"; null when the text
 * does not start with an item number. A bare number counts only up to 60 (item codes, not years).
 */
export function itemCode(text: string): string | null {
  // "ข้อ 1", "ข้อที่ 1": the word for "item" in front.
  const s = thaiDigitsToArabic(text.trim()).replace(/^ข้อ(ที่)?\s*/, '');
  // "1.", "O1.", "O 1." are item numbers; "1.5", "1/2567" and "1,000" are not.
  const m = /^[Oo0]?\s*[-.]?\s*(\d{1,3})(?![\d/,]|\.\d)/.exec(s);
  if (!m) return null;
  const hasLetter = /^[Oo]/.test(s);
  const n = Number(m[1]);
  if (n < 1 || n > 60) return null;
  if (!hasLetter && !/^0/.test(s) && !/^\d{1,2}(\s|$|[.)])/.test(s)) return null;
  return `O${n}`;
}
