import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../src/core/cells/address';
import { findDateInText, parseDate, parsePeriod } from '../../src/core/cells/dates';
import { parseMethod } from '../../src/core/cells/methods';
import { parseMoney } from '../../src/core/cells/money';
import { parseProjectNumber } from '../../src/core/cells/projectNumber';
import { parseTaxId } from '../../src/core/cells/taxId';
import { checkSheet } from '../../src/core/check/sheet';
import { parseCsv } from '../../src/core/text/csv';
import { collapseSpaces, foldByRules, foldForMatch, thaiDigitsToArabic } from '../../src/core/text/thai';
import { SheetCheck } from '../../src/core/check/sheet';
import { allFrameworks } from '../../src/core/checklist/framework';
import { fixesFor } from '../../src/core/findings/fixes';
import { planMarks } from '../../src/core/findings/marks';
import { buildFindingsLayout } from '../../src/core/findings/sheet';
import { importEgp, NotAnExport } from '../../src/core/import/egp';
import { buildSummaryLayout } from '../../src/core/report/byMethod';
import { buildMonthlyLayout, monthlyView } from '../../src/core/report/monthly';
import { allTemplates } from '../../src/core/templates/registry';
import { RUNS, cellArb, gridArb } from '../helpers/arbitraries';

/** Every way a sheet can be judged: by the form that fits, or forced to each form and framework. */
const FORMS = [undefined, ...allTemplates().map((t) => t.id), ...allFrameworks().map((f) => f.id)];

describe('properties (fast-check)', () => {
  it('no normaliser throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(cellArb, (v) => {
        parseMoney(v);
        parseDate(v);
        parsePeriod(v);
        parseTaxId(v);
        parseProjectNumber(v);
        if (typeof v === 'string') {
          parseMethod(v);
          findDateInText(v);
          parseCsv(v);
        }
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('a normalised text normalises to itself', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(foldForMatch(foldForMatch(s))).toBe(foldForMatch(s));
        expect(thaiDigitsToArabic(thaiDigitsToArabic(s))).toBe(thaiDigitsToArabic(s));
        expect(collapseSpaces(collapseSpaces(s))).toBe(collapseSpaces(s));
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('the one-pass fold gives what the folding rules give, on Thai, ASCII and anything else', () => {
    // Every character of the Thai block, the spaces and brackets around numbered headers, and a
    // few from elsewhere (full-width digits, an en dash, a PDF glyph) that must go by the rules.
    const chars = [
      ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(0xe00 + i)),
      ...' \t\n\u00a0\u200b()[].:-/6Aa１–\uf70a',
    ];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (s) => {
        expect(foldForMatch(s)).toBe(foldByRules(s));
      }),
      { numRuns: RUNS * 20 },
    );
    expect(foldForMatch('(๖) ราคากลาง (บาท)')).toBe('ราคากลางบาท');
    expect(foldForMatch('ดำเนินการ')).toBe(foldForMatch('ดาเนินการ'));
  });

  it('a suggested number reads back as itself', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (n) => {
        const r = parseMoney(n.toLocaleString('en-US', { maximumFractionDigits: 2 }));
        expect(r.kind).toBe('ok');
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('checking never throws, gives the same findings twice, and names cells inside the grid', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const a = checkSheet(grid);
        const b = checkSheet(grid);
        expect(b).toEqual(a);
        // The sheet read: its values, and merged areas, which may reach below the last value.
        const height = Math.max(grid.values.length, 1, ...(grid.merges ?? []).map((m) => m.bottom));
        const width = Math.max(1, ...grid.values.map((r) => r.length));
        for (const f of a.findings) {
          const p = parseA1(f.cell)!;
          expect(p.row).toBe(f.row);
          expect(p.row).toBeGreaterThanOrEqual(1);
          expect(p.row).toBeLessThanOrEqual(height);
          expect(p.col).toBeLessThanOrEqual(Math.max(width, 16));
          expect(f.message.th.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('no entry point throws on any grid, whichever form it is judged by', () => {
    fc.assert(
      fc.property(gridArb, fc.constantFrom(...FORMS), (grid, templateId) => {
        const session = new SheetCheck(grid, templateId ? { templateId } : {});
        const findings = session.report.findings;
        planMarks(findings, 'th');
        fixesFor(findings);
        buildFindingsLayout(findings, 'ผลการตรวจสอบ');
        const data = session.procurement();
        if (data) {
          buildSummaryLayout([data]);
          buildMonthlyLayout(monthlyView([data]));
        }
        try {
          importEgp(grid, 'ita2567-o16');
          importEgp(grid, 'ita2568-procurement', 100);
        } catch (e) {
          // Refusing a sheet that is no e-GP export is the answer, not a failure.
          if (!(e instanceof NotAnExport)) throw e;
        }
      }),
      { numRuns: RUNS },
    );
  });
});
