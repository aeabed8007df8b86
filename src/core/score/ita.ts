import { round } from '../text/round';
import { ITA, bandsFor } from './bands';

export interface ItaScore {
  readonly iit: number;
  readonly eit: number;
  readonly oit: number;
  readonly total: number;
  readonly pass: boolean;
  readonly level: string;
  /** The three weakest indicators, lowest first. */
  readonly weakest: readonly number[];
  readonly levelEn: string;
  /** 95 and over, where the NACC reports "excellent". */
  readonly excellent: boolean;
  readonly year: number;
  /** Indicator scores 1–10 as given. */
  readonly indicators: Readonly<Record<string, number>>;
}

/**
 * A score strictly between 0 and 1 is a fraction of 1 (0.875 for 87.50%): no ITA indicator scores
 * under 1 in 100, and a cell formatted as a percentage holds the fraction.
 */
export function looksLikeFraction(score: number): boolean {
  return score > 0 && score < 1;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/**
 * The ITA score (DOMAIN §5): each tool is the mean of its indicators, the total is 0.3·IIT + 0.3·EIT +
 * 0.4·OIT, each rounded to 2 decimals; the level comes from the year's bands (data).
 */
export function itaScore(year: number, scores: readonly number[]): ItaScore {
  if (scores.length !== 10 || scores.some((s) => !Number.isFinite(s) || s < 0 || s > 100))
    throw new RangeError('ITA needs the ten indicator scores, each from 0 to 100');
  const at = (ids: readonly number[]) => ids.map((i) => scores[i - 1]!);
  const iit = round(mean(at(ITA.tools.iit)));
  const eit = round(mean(at(ITA.tools.eit)));
  const oit = round(mean(at(ITA.tools.oit)));
  const total = round(ITA.weights.iit * iit + ITA.weights.eit * eit + ITA.weights.oit * oit);
  const b = bandsFor(year);
  const band = b.bands.find((x) => total >= x.min) ?? b.bands[b.bands.length - 1]!;
  const weakest = scores
    .map((s, i) => ({ s, id: i + 1 }))
    .sort((a, c) => a.s - c.s || a.id - c.id)
    .slice(0, 3)
    .map((x) => x.id);
  return {
    iit,
    eit,
    oit,
    total,
    pass: total >= b.pass,
    level: band.th,
    weakest,
    levelEn: band.en,
    excellent: total >= b.excellent,
    year,
    indicators: Object.fromEntries(scores.map((s, i) => [String(i + 1), s])),
  };
}

/**
 * Whether "excellent" is to be said beside the level: 95 and over, where the year's level names do not
 * say it themselves (2566 on: "ผ่านดี" for every pass; 2561–2565's AA does).
 */
export function excellentBeside(score: ItaScore): boolean {
  const b = bandsFor(score.year);
  const band = b.bands.find((x) => x.th === score.level);
  return score.excellent && (band?.min ?? 0) < b.excellent;
}
