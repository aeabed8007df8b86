import { describe, expect, it } from 'vitest';
import { assessmentYearOn, localDay, newestDataYear, resultsYearOn } from '../../src/core/score/years';
import { insertables, layoutFor } from '../../src/core/templates/catalog';

const day = (y: number, m: number, d: number) => ({ y, m, d });

describe('the assessment years of today', () => {
  it('ITA N is under way in fiscal year N, from 1 October; its results are out the year after', () => {
    expect([assessmentYearOn(day(2026, 9, 30)), resultsYearOn(day(2026, 9, 30))]).toEqual([2569, 2568]);
    expect([assessmentYearOn(day(2026, 10, 1)), resultsYearOn(day(2026, 10, 1))]).toEqual([2570, 2569]);
    expect([assessmentYearOn(day(2026, 11, 22)), resultsYearOn(day(2026, 11, 22))]).toEqual([2570, 2569]);
  });

  it('never goes before the newest year in the data (a clock set wrong, or no day given)', () => {
    expect(newestDataYear()).toBe(2567);
    expect([assessmentYearOn(day(2020, 1, 1)), resultsYearOn(day(2020, 1, 1))]).toEqual([2567, 2567]);
    expect([assessmentYearOn(null), resultsYearOn(null)]).toEqual([2567, 2567]);
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
    ).toEqual(['2563', '2564', '2565', '2566', '2567']);
  });
});
