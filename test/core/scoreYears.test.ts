import { describe, expect, it } from 'vitest';
import { ITA } from '../../src/core/score/bands';
import { typedScoreYears } from '../../src/core/score/sheet';
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

  it('gives each year as typed, a year mistyped or part filled too, for the pane to show when the year is picked', () => {
    const seed004 = [97.9, 97.9, 99.12, 94.21, 98.95, 97.7, 96.35, 85.37, 79.29, 100];
    const values = [
      ['ผลการประเมิน ITA'],
      [],
      ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'เครื่องมือ', '2566', '2567', '2568'],
      ...ITA.indicators.map((ind, i) => [
        ind.id,
        ind.th,
        '',
        i < 5 ? 90 + i : null,
        seed004[i]!,
        i === 6 ? ' 96,35 ' : seed004[i]!,
      ]),
    ];
    const years = typedScoreYears({ name: 'คะแนน ITA', values }, 2568);
    expect(years.get(2566)).toEqual(['90', '91', '92', '93', '94', '', '', '', '', '']);
    expect(years.get(2568)![6]).toBe('96,35');
    expect(years.get(2567)).toEqual(seed004.map(String));
    expect(typedScoreYears({ name: 'ปก', values: [['รายงาน']] }, 2568).size).toBe(0);
  });
});
