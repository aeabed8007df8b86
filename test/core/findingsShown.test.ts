import { describe, expect, it } from 'vitest';
import { FINDINGS_PER_CODE, FindingLimit } from '../../src/core/findings/limit';
import { makeFinding } from '../../src/core/findings/make';
import type { FindingCode } from '../../src/core/findings/codes';
import type { Suggestion } from '../../src/core/findings/types';
import { planMarks } from '../../src/core/findings/marks';
import { seenText } from '../../src/core/findings/fixes';
import { buildFindingsLayout } from '../../src/core/findings/sheet';
import { SheetCheck } from '../../src/core/check/sheet';
import { row, utc } from '../helpers/findings';
import { O16_HEADERS } from '../helpers/o16';

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

describe('the findings sheet', () => {
  /** A finding of `code` at column `col` of O16's `row`, its value seen and the fix suggested. */
  const found = (code: FindingCode, row: number, col: number, value: string, suggestion: Suggestion) =>
    makeFinding(code, { sheet: 'O16', row, col }, { th: code, en: code }, { value, suggestion });

  it("words what a fix writes as the pane's button does: digits kept as text, a number typed as text", () => {
    const id = found('id-as-number', 5, 10, '66109000007', {
      value: '66109000007',
      display: '66109000007',
      kind: 'text',
    });
    const amount = found('number-as-text', 8, 2, '22,000', { value: 22000, display: '22,000', kind: 'number' });
    const seenAndSuggested = (lang: 'th' | 'en') =>
      (buildFindingsLayout([id, amount], 'ผลการตรวจ O16', lang).rows ?? []).map((r) => r.slice(5));
    expect(seenAndSuggested('th')).toEqual([
      ['66109000007', 'ข้อความ 66109000007'],
      ['22,000', 'ตัวเลข 22,000'],
    ]);
    expect(seenAndSuggested('en')).toEqual([
      ['66109000007', 'the text 66109000007'],
      ['22,000', 'the number 22,000'],
    ]);
  });

  it("quotes a date cell's value as the pane's note does: a BE year typed into a date as day/month/year, not 2567-01-09", () => {
    const typedBe = found('ce-year', 6, 11, '2567-01-09', {
      value: '2024-01-09',
      display: '9 ม.ค. 2567',
      kind: 'date',
    });
    const asText = found('date-as-text', 7, 11, '2023-11-15', {
      value: '2023-11-15',
      display: '15 พ.ย. 2566',
      kind: 'date',
    });
    const seen = (buildFindingsLayout([typedBe, asText], 'ผลการตรวจ O16').rows ?? []).map((r) => r[5]);
    expect(seen).toEqual(['9/1/2567', '2023-11-15']);
  });
});

describe("a fixed cell's old value, as the pane's note quotes it", () => {
  it('quotes a date cell as day/month/year, and a date typed as text as it was typed', () => {
    expect(seenText('2023-11-15', 'ce-year')).toBe('15/11/2023');
    expect(seenText('2023-11-15', 'date-as-text')).toBe('2023-11-15');
    expect(seenText('50,000', 'number-as-text')).toBe('50,000');
  });
});

describe('every finding of a code past the thousand listed, as "mark" and "fix all" take them', () => {
  it('of a rule across rows (signed after the title\'s "ณ วันที่"), gives at least those listed, not none', () => {
    const title = 'ความก้าวหน้าการจัดซื้อจัดจ้าง ที่ลงนามในสัญญาแล้ว ณ วันที่ ๓๑ มีนาคม ๒๕๖๗';
    // Half signed in April: each said at its row, more than a thousand of them.
    const rows = Array.from({ length: 2_400 }, (_, i) =>
      row({ signDate: i % 2 ? utc(2024, 4, 2) : utc(2024, 3, 2), endDate: utc(2024, 9, 30) }, i),
    );
    const check = new SheetCheck({ name: 'O16', values: [[title], [], O16_HEADERS, ...rows] });
    const listed = check.report.findings.filter((f) => f.code === 'signed-after-as-of');
    expect(listed).toHaveLength(FINDINGS_PER_CODE);
    expect(check.findingsOf('signed-after-as-of').map((f) => f.cell)).toEqual(listed.map((f) => f.cell));
    // A cell rule's are all kept, each once.
    const text = rows.map((r) => [...r.slice(0, 1), (r[1] as number).toLocaleString('en-US'), ...r.slice(2)]);
    const typed = new SheetCheck({ name: 'O16', values: [O16_HEADERS, ...text] }).findingsOf('number-as-text');
    expect(new Set(typed.map((f) => f.cell)).size).toBe(2_400);
    expect(typed).toHaveLength(2_400);
  });
});
