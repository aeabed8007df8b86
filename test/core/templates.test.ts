import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/cells/value';
import { checkSheet } from '../../src/core/check/sheet';
import { recogniseHeader } from '../../src/core/sheet/header';
import { buildLayout, inlineListFormula, sheetRef } from '../../src/core/templates/layout';
import { insertables } from '../../src/core/templates/catalog';
import { allTemplates, buildTemplates, getTemplate, o17SummaryTemplate } from '../../src/core/templates/registry';
import { METHODS } from '../../src/core/settings/data';
import { foldForMatch } from '../../src/core/text/thai';
import { findDateWithEra, fiscalYearOf } from '../../src/core/cells/dates';
import { tempDir } from '../helpers/tmp';
import { SEEDS } from '../helpers/shared';
import { dataFiles } from '../helpers/dataFiles';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = (n: string) => readFileSync(join(SEEDS, n), 'utf8');
const SEED_000 = seed('000_fd054fd8af5a29ca.txt');
const SEED_004 = seed('004_de29f01b1048dffc.txt');

/** The seed's line for an OIT item, folded (Thai digits, spacing, tone marks) for comparison. */
function seedItem(text: string, code: RegExp): string {
  const line = text.split('\n').find((l) => code.test(l));
  if (!line) throw new Error(`no line for ${code}`);
  return foldForMatch(line.replace(/<[^>]+>/g, ' '));
}

describe('templates are data, checked against the seeds', () => {
  it('offers every form the issues list', () => {
    const ids = insertables().map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ita2566-o21',
        'ita2567-o14',
        'ita2567-o16',
        'ita2567-o17-summary',
        'ita2568-procurement',
        'skr1',
        'oit-2566',
        'oit-2567',
        'ita-score',
        'measures',
      ]),
    );
    // And every form in the data files, once: a year's new file is offered with no code change. Not the
    // import-only layouts nor the add-in's own reports; the ITA score sheet is built, not read from its file.
    const forms = dataFiles<{ id: string; kind: string; importOnly?: boolean }>('templates')
      .filter((t) => !t.importOnly && t.kind !== 'report')
      .map((t) => t.id);
    const checklists = dataFiles<{ id: string }>('frameworks').map((f) => f.id);
    expect([...ids].sort()).toEqual([...forms, ...checklists, 'ita-score'].sort());
    expect(getTemplate('egp-contract')?.importOnly).toBe(true);
    expect(getTemplate('ita2568-procurement')?.verified).toBe(false);
  });

  it.each([
    ['ita2567-o16', SEED_004, /^๐๑๖\s/, 12],
    ['ita2567-o14', SEED_004, /^๐๑๔\s/, 5],
    ['ita2566-o21', SEED_000, /^๐๒๑\t/, 8],
  ])('%s has the columns the seed prescribes', (id, text, code, n) => {
    const t = getTemplate(id)!;
    expect(t.columns).toHaveLength(n);
    const passage = seedItem(text, code);
    for (const c of t.columns) {
      const names = [c.header, ...(c.variants ?? [])].map((h) => foldForMatch(h.replace(/\(บาท\)/, '')));
      expect(
        names.some((k) => passage.includes(k)),
        `${id}: ${c.header}`,
      ).toBe(true);
    }
  });

  it('titles the ITA 2567 O17 summary with the year of its data, 2566, as seed 004 prescribes', () => {
    // Seed 004's O17 text ends "เป็นข้อมูลการจัดซื้อจัดจ้างในปี พ.ศ. ๒๕๖๖".
    expect(SEED_004).toContain('เป็นข้อมูลการจัดซื้อจัดจ้างในปี พ.ศ. ๒๕๖๖');
    const t = getTemplate('ita2567-o17-summary')!;
    expect([t.title.th, t.title.en, t.sheetName]).toEqual([
      expect.stringContaining('ประจำปีงบประมาณ พ.ศ. 2566'),
      expect.stringContaining('fiscal year 2566'),
      'O17 สรุป 2566',
    ]);
  });

  it("recognises an O17 summary headed with seed 004's own words for its components (๑) and (๒)", () => {
    const words = [
      '(๑) จำนวนรายการจัดซื้อจัดจ้างจำแนกตามวิธีการจัดซื้อจัดจ้างประจำปี',
      '(๒) งบประมาณที่ใช้ในการจัดซื้อจัดจ้างฯจำแนกตามวิธีการจัดซื้อจัดจ้างฯ (บาท)',
    ];
    for (const w of words) expect(SEED_004.replace(/<[^>]+>/g, '')).toContain(w);
    const r = checkSheet({
      name: 'O17 สรุป',
      values: [
        ['ลำดับ', 'วิธีการจัดซื้อจัดจ้างฯ', ...words],
        [1, 'วิธีเฉพาะเจาะจง', 12, 1_250_000],
        [2, 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 2, 4_800_000],
      ],
    });
    // Its problems and suggestions (๓) are not under it: said, as for any summary without them.
    expect([r.template, r.findings.filter((f) => f.severity !== 'info').map((f) => f.code)]).toEqual([
      'ita2567-o17-summary',
      ['missing-section', 'missing-section'],
    ]);
  });

  it('gives every list column its allowed values, and money and ids their formats', () => {
    for (const t of allTemplates()) {
      for (const c of t.columns) {
        if (c.type === 'list' || (c.type === 'method' && !t.importOnly))
          expect(c.values?.length, `${t.id}.${c.id}`).toBeGreaterThan(0);
      }
      const layout = buildLayout(t);
      layout.columns.forEach((c, i) => {
        if (c.type === 'money') expect(c.numberFormat).toBe('#,##0.00');
        if (c.type === 'taxId' || c.type === 'projectNumber') expect(c.numberFormat).toBe('@');
        // A year shows as 2567, not 2,567.00.
        if (c.type === 'year' || c.type === 'integer') expect(c.numberFormat, `${t.id}.${t.columns[i]!.id}`).toBe('0');
        // Unless the form sets it: wide enough for a short header, never wider than half a screen.
        if (t.columns[i]!.width === undefined) {
          expect(c.width).toBeGreaterThanOrEqual(10);
          expect(c.width).toBeLessThanOrEqual(50);
        }
      });
    }
    // ITA 2568's ปีงบประมาณ, its first column: the check above has a year column to judge.
    expect(buildLayout(getTemplate('ita2568-procurement')!).columns[0]).toMatchObject({
      type: 'year',
      numberFormat: '0',
    });
    expect(getTemplate('ita2568-procurement')!.columns.find((c) => c.id === 'province')!.values).toHaveLength(77);
  });

  it("offers in each form's method dropdown every method the checker takes as current (the O17 summary: its rows)", () => {
    const current = METHODS.methods.filter((m) => !m.legacy).map((m) => m.canonical);
    for (const t of allTemplates()) {
      const c = t.columns.find((x) => x.type === 'method');
      if (!c || t.importOnly || t.kind !== 'procurement') continue;
      const expected = t.rowsAreTotals
        ? current.filter((m) => !METHODS.methods.find((x) => x.canonical === m)!.group)
        : current;
      expect(c.values, t.id).toEqual(expected);
    }
  });

  it('recognises each form from its own header, and tells similar forms apart', () => {
    for (const t of allTemplates()) {
      const headers = t.columns.map((c) => c.header);
      const m = recogniseHeader({ name: t.id, values: [['ชื่อหน่วยงาน'], headers] }, allTemplates());
      expect(m?.template.id, t.id).toBe(t.id);
      expect(m?.confidence).toBe(1);
      expect(m?.headerRow).toBe(2);
    }
  });

  it('recognises every template inserted by the add-in as what it is, two-row สขร.1 header included', () => {
    for (const t of insertables()) {
      const layout = t.build();
      const values: CellValue[][] = [];
      values[layout.titleRow - 1] = [layout.title];
      if (layout.groupRow)
        values[layout.groupRow - 1] = layout.columns.map(
          (_, i) => layout.groups.find((g) => g.from === i)?.header ?? null,
        );
      values[layout.headerRow - 1] = layout.columns.map((c) => c.header);
      layout.rows?.forEach((r, i) => (values[layout.headerRow + i] = r.map((v) => (typeof v === 'object' ? null : v))));
      // O17's headings for problems and suggestions, each over its box, as the writers place them.
      layout.notes.forEach((label, k) => (values[layout.headerRow + layout.bodyRows + 1 + 5 * k] = [label]));
      const report = checkSheet({ name: layout.sheetName, values: Array.from(values, (r) => r ?? []) });
      expect(report.template, t.id).toBe(t.id);
      expect(report.kind, t.id).toBe(t.kind);
      // 2566's O40 names no one responsible in the seed: the fresh checklist says so; O17's boxes for
      // problems and suggestions are there to be filled in.
      const expected =
        t.id === 'oit-2566'
          ? ['checklist-no-owner']
          : t.id === 'ita2567-o17-summary'
            ? ['empty-section', 'empty-section']
            : [];
      expect(
        report.findings.map((f) => f.code),
        t.id,
      ).toEqual(expected);
    }
  });
});

describe('a new year is a new data file, not new code', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  /**
   * The templates built from a copy of src/data (in `folder`) with a 2569 copy of template `from` added
   * as `id`, its index generated as `npm run gen` does.
   */
  async function withNewYear(folder: string, from: string, id: string) {
    cpSync(join(root, 'src/data'), join(dir, folder), { recursive: true });
    const t = JSON.parse(readFileSync(join(root, `src/data/templates/${from}.json`), 'utf8'));
    writeFileSync(join(dir, folder, `templates/${id}.json`), JSON.stringify({ ...t, id, year: 2569 }));
    execFileSync(process.execPath, [join(root, 'scripts/gen-data-index.mjs'), join(dir, folder)]);
    const generated = await import(join(dir, folder, 'index.generated.ts'));
    return buildTemplates(generated.templates, generated.lists);
  }

  it('picks up src/data/templates/ita2569-o16.json with no code change', async () => {
    const templates = await withNewYear('data', 'ita2567-o16', 'ita2569-o16');
    expect(templates.map((x) => x.id)).toContain('ita2569-o16');
    expect(templates.find((x) => x.id === 'ita2569-o16')!.year).toBe(2569);
    // Its columns are 2567's: a sheet is checked as the form of the year its title (or name) says.
    const o16 = templates.find((x) => x.id === 'ita2567-o16')!;
    const sheet = (name: string, title: string) => ({
      name,
      values: [[title], o16.columns.map((c) => c.header)],
    });
    const formOf = (name: string, title: string) => recogniseHeader(sheet(name, title), templates)?.template.id;
    expect(formOf('O16', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569')).toBe('ita2569-o16');
    expect(formOf('O16', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙')).toBe('ita2569-o16');
    expect(formOf('ITA 2569', 'ผลการจัดซื้อจัดจ้าง')).toBe('ita2569-o16');
    expect(formOf('O16', 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567')).toBe('ita2567-o16');
  });

  it("takes a new year's O17 summary form (ita2569-o17-summary.json) for that year's procurements", async () => {
    const templates = await withNewYear('data2', 'ita2567-o17-summary', 'ita2569-o17-summary');
    const of = (fy: number | null) => o17SummaryTemplate(fy, templates)?.id;
    // ITA 2569 summarises 2568's procurements; earlier years keep 2567's form; an unknown year the newest.
    expect([of(2568), of(2569), of(2567), of(2560), of(null)]).toEqual([
      'ita2569-o17-summary',
      'ita2569-o17-summary',
      'ita2567-o17-summary',
      'ita2567-o17-summary',
      'ita2569-o17-summary',
    ]);
  });
});

describe('input messages', () => {
  it("every template's input-message titles fit Excel's 32 characters whole, not cut mid-word", () => {
    for (const t of allTemplates())
      for (const c of buildLayout(t).columns) {
        if (!c.hint) continue;
        expect(c.hint.title.length, `${t.id} ${c.header}`).toBeLessThanOrEqual(32);
        expect(c.hint.title, `${t.id} ${c.header}`).not.toMatch(/…$/);
        expect(c.header.replace(/\s+/g, ''), t.id).toContain(c.hint.title.replace(/\s+/g, '').slice(0, 8));
      }
    const o16 = buildLayout(getTemplate('ita2567-o16')!);
    expect(o16.columns.find((c) => c.header.startsWith('เลขประจำตัวผู้เสียภาษี'))!.hint!.title).toBe('เลขประจำตัวผู้เสียภาษี');
  });
});

describe('examples in input messages', () => {
  it("every dated example lies in its form's fiscal year: typed as shown, it passes the form's own check", () => {
    let dated = 0;
    for (const t of allTemplates()) {
      if (t.year === null) continue;
      for (const c of t.columns) {
        if (!c.hint) continue;
        for (const text of [c.hint.th, c.hint.en]) {
          const found = findDateWithEra(text);
          if (!found) continue;
          dated++;
          expect(fiscalYearOf(found.day), `${t.id} ${c.header}: ${text}`).toBe(t.year);
        }
      }
    }
    expect(dated).toBeGreaterThan(0);
  });
});

describe('column widths', () => {
  it('are at least 10 characters for a short header and at most 50 for a long one; Thai marks take no width', () => {
    const o16 = getTemplate('ita2567-o16')!;
    const widths = (...headers: string[]) =>
      buildLayout({
        ...o16,
        columns: headers.map((header, i) => ({ ...o16.columns[i]!, header, width: undefined })),
      }).columns.map((c) => c.width);
    expect(widths('ที่', 'ก'.repeat(80), 'ก'.repeat(20), 'กี่'.repeat(20))).toEqual([10, 50, 20, 20]);
  });
});

describe('dropdown lists and references in formulas', () => {
  it('writes a list inline up to the 255 characters Excel keeps, and on a sheet past them', () => {
    const of = (n: number) => ['ก'.repeat(n - 2), 'ข'];
    expect(inlineListFormula(of(255))).toBe(`"${of(255).join(',')}"`);
    expect(inlineListFormula(of(256))).toBeNull();
  });

  it('puts on a sheet a list whose values hold a comma or a quote (inline, Excel would split or end them there)', () => {
    expect(inlineListFormula(['เงินรายได้', 'เงินอุดหนุน, เฉพาะกิจ'])).toBeNull();
    expect(inlineListFormula(['เงินรายได้', 'เงิน "พิเศษ"'])).toBeNull();
    expect(inlineListFormula(['เงินรายได้', 'เงินอุดหนุน'])).toBe('"เงินรายได้,เงินอุดหนุน"');
  });

  it("doubles an apostrophe in a sheet's name", () => {
    expect(sheetRef("จัดซื้อ'67", '$A$2:$A$9')).toBe("'จัดซื้อ''67'!$A$2:$A$9");
  });
});
