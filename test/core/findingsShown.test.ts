import { describe, expect, it } from 'vitest';
import { FINDINGS_PER_CODE, FindingLimit } from '../../src/core/findings/limit';
import { makeFinding } from '../../src/core/findings/make';
import { planMarks } from '../../src/core/findings/marks';
import { seenText } from '../../src/core/findings/fixes';

describe('findings kept per code', () => {
  const after = (n: number) => {
    const limit = new FindingLimit();
    const kept = Array.from({ length: n }, () => limit.take('duplicate-row')).filter(Boolean).length;
    return { kept, summary: limit.summary('O16', 1) };
  };

  it('keeps a thousand of a code and says nothing more; of a thousand and one, says one more was not listed', () => {
    expect(after(FINDINGS_PER_CODE)).toEqual({ kept: 1000, summary: [] });
    const over = after(FINDINGS_PER_CODE + 1);
    expect(over.kept).toBe(1000);
    expect(over.summary).toHaveLength(1);
    expect(over.summary[0]).toMatchObject({ code: 'findings-truncated', value: 'duplicate-row', notListed: 1 });
  });
});

describe('cells marked for findings', () => {
  const at = (code: 'price-over-reference' | 'price-over-budget' | 'flag-deep-discount') =>
    makeFinding(code, { sheet: 'O16', row: 4, col: 7 }, { th: code, en: code });

  it('marks a cell with a warning and then an error as an error, its note saying both', () => {
    const plan = planMarks([at('price-over-reference'), at('price-over-budget'), at('flag-deep-discount')]);
    expect(plan.cells).toEqual({ error: ['G4'], warning: [] });
    expect(plan.notes).toHaveLength(1);
    expect(plan.notes[0]!.text).toContain('price-over-reference\nprice-over-budget');
    expect(plan.notes[0]!.text).not.toContain('flag-deep-discount');
  });
});

describe("a fixed cell's old value, as the pane's note quotes it", () => {
  it('quotes a date cell as day/month/year, and a date typed as text as it was typed', () => {
    expect(seenText('2023-11-15', 'ce-year')).toBe('15/11/2023');
    expect(seenText('2023-11-15', 'date-as-text')).toBe('2023-11-15');
    expect(seenText('50,000', 'number-as-text')).toBe('50,000');
  });
});
