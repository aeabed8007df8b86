import { describe, expect, it } from 'vitest';
import { assessmentYearOn, localDay, newestDataYear, resultsYearOn } from '../../src/core/score/years';
import { insertables, layoutFor } from '../../src/core/templates/catalog';
import { newestFrameworkYear } from '../helpers/dataFiles';

const day = (y: number, m: number, d: number) => ({ y, m, d });
// The newest year of the data files (2567 for now): the tests hold for any year added.
const newest = newestFrameworkYear();
/** A day of a Buddhist-era year, as the calendar day it is. */
const be = (y: number, m: number, d: number) => day(y - 543, m, d);

describe('the assessment years of today', () => {
  it('ITA N is under way in fiscal year N, from 1 October; its results are out the year after', () => {
    // Past the data's newest year the years follow the calendar: on 30 Sep 2026 (BE 2569) ITA 2569 is
    // under way and 2568's results are out.
    const later = newest + 2;
    expect([assessmentYearOn(be(later, 9, 30)), resultsYearOn(be(later, 9, 30))]).toEqual([later, later - 1]);
    expect([assessmentYearOn(be(later, 10, 1)), resultsYearOn(be(later, 10, 1))]).toEqual([later + 1, later]);
    expect([assessmentYearOn(be(later, 11, 22)), resultsYearOn(be(later, 11, 22))]).toEqual([later + 1, later]);
  });

  it("the data's newest year is under way, not out: its framework comes out as it is assessed", () => {
    // The last day of that year's assessment: the results out are the year before's.
    expect([assessmentYearOn(be(newest, 9, 30)), resultsYearOn(be(newest, 9, 30))]).toEqual([newest, newest - 1]);
    expect(resultsYearOn(be(newest, 10, 1))).toBe(newest);
  });

  it('never goes before the newest year in the data (a clock set wrong, or no day given), whose results are not out', () => {
    expect(newestDataYear()).toBe(newest);
    expect([assessmentYearOn(day(2020, 1, 1)), resultsYearOn(day(2020, 1, 1))]).toEqual([newest, newest - 1]);
    expect([assessmentYearOn(null), resultsYearOn(null)]).toEqual([newest, newest - 1]);
  });

  it('takes the day where the user is, not in UTC', () => {
    // Just after midnight on 1 October in the machine's own zone (Bangkok is 7 hours ahead of UTC).
    expect(localDay(new Date(2026, 9, 1, 0, 30))).toEqual(day(2026, 10, 1));
  });
});

describe('the ITA score sheet', () => {
  it('runs to the year given, five years in all', () => {
    const score = insertables(2570).find((t) => t.id === 'ita-score')!;
    expect(score.year).toBe(2570);
    expect(score.columns.slice(3)).toEqual(['2566', '2567', '2568', '2569', '2570']);
    expect(layoutFor('ita-score', 2570)!.title).toContain('2566–2570');
  });

  it('runs to the newest year in the data when no year is given', () => {
    expect(
      layoutFor('ita-score')!
        .columns.slice(3)
        .map((c) => c.header),
    ).toEqual([4, 3, 2, 1, 0].map((k) => String(newest - k)));
  });
});
