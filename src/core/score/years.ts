import { fiscalYearOf } from '../cells/dates';
import { allFrameworks } from '../checklist/framework';
import type { Day } from '../text/format';

/** The newest assessment year the data describes (its newest OIT framework). */
export function newestDataYear(): number {
  return Math.max(...allFrameworks().map((f) => f.year));
}

/**
 * The assessment under way on `today`: ITA N is assessed in fiscal year N (1 Oct N−1 … 30 Sep N).
 * Never before the data's newest year (a clock set wrong); that year when no day is given.
 */
export function assessmentYearOn(today: Day | null): number {
  const newest = newestDataYear();
  return today ? Math.max(newest, fiscalYearOf(today)) : newest;
}

/**
 * The newest year whose ITA results can be out on `today`: results come at the end of the year
 * assessed, so the year before the one under way. Not the data's newest year itself: its framework
 * is out while that year is still being assessed.
 */
export function resultsYearOn(today: Day | null): number {
  return assessmentYearOn(today) - 1;
}

/** The calendar day of a moment where the user is (the machine's own time zone). */
export function localDay(date: Date): Day {
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
}
