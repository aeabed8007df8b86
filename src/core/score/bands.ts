import { bands as raw } from '../../data/index.generated';
import type { Bilingual } from '../templates/types';

export interface Band extends Bilingual {
  readonly min: number;
}

export interface YearBands {
  readonly from: number;
  readonly to: number | null;
  readonly pass: number;
  readonly excellent: number;
  readonly verified: boolean;
  readonly bands: readonly Band[];
}

export interface ItaBands {
  readonly kind: 'ita-bands';
  readonly weights: { readonly iit: number; readonly eit: number; readonly oit: number };
  readonly tools: { readonly iit: readonly number[]; readonly eit: readonly number[]; readonly oit: readonly number[] };
  readonly indicators: readonly (Bilingual & { readonly id: number })[];
  readonly years: readonly YearBands[];
}

export const ITA: ItaBands = (() => {
  const found = (raw as { kind?: string }[]).filter((b) => b.kind === 'ita-bands');
  if (found.length !== 1) throw new Error(`src/data/bands must hold exactly one ita-bands file, found ${found.length}`);
  return found[0] as ItaBands;
})();

/** The level bands of an assessment year (BE): the latest rules apply to years after the data's last. */
export function bandsFor(year: number): YearBands {
  const hit = ITA.years.find((y) => year >= y.from && (y.to === null || year <= y.to));
  if (hit) return hit;
  return year < ITA.years[0]!.from ? ITA.years[0]! : ITA.years[ITA.years.length - 1]!;
}
