import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFrameworks, buildFrameworks, getFramework, itemCode } from '../../../src/core/checklist/framework';
import { frameworks as raw } from '../../../src/data/index.generated';
import { foldForMatch, thaiDigitsToArabic } from '../../../src/core/text/thai';
import { SEEDS as SEED_DIR } from '../../helpers/shared';
import { checkSheet } from '../../../src/core/check/sheet';
import { layoutFor } from '../../../src/core/templates/catalog';
import { ExcelJsWorkbook } from '../../../src/workbook/file/exceljsWorkbook';

const seed = (n: string) => readFileSync(join(SEED_DIR, n), 'utf8');
const SEEDS = { 'oit-2566': seed('000_fd054fd8af5a29ca.txt'), 'oit-2567': seed('004_de29f01b1048dffc.txt') };
// Seed 000's O21 title has two Devanagari letters the PDF extraction wrote for ุร (see TRANSCRIPTION.md).
const folded = (s: string) => foldForMatch(s.replace(/<[^>]+>/g, ' ').replace(/ुर/g, 'ุร'));

describe('OIT frameworks are transcriptions of the seeds', () => {
  it('has 2566 with O1–O43 and 2567 with O1–O35', () => {
    expect(allFrameworks().map((f) => [f.id, f.year, f.items.length])).toEqual(
      expect.arrayContaining([
        ['oit-2566', 2566, 43],
        ['oit-2567', 2567, 35],
      ]),
    );
    for (const f of allFrameworks()) expect(f.items.map((i) => i.code)).toEqual(f.items.map((_, i) => `O${i + 1}`));
  });

  it.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])(
    '%s: every item code appears in its seed, with its title',
    (id) => {
      const text = thaiDigitsToArabic(SEEDS[id]);
      const f = getFramework(id)!;
      const codes = new Set(
        text
          .split('\n')
          .map((l) => itemCode(l.replace(/<[^>]+>/g, ' ')))
          .filter((c): c is string => c !== null),
      );
      for (const it of f.items) {
        expect(codes.has(it.code), it.code).toBe(true);
        expect(folded(SEEDS[id]).includes(folded(it.title)), `${it.code} ${it.title}`).toBe(true);
      }
    },
  );

  it.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])('%s: every component text is the seed’s own words', (id) => {
    const text = folded(SEEDS[id]);
    for (const it of getFramework(id)!.items)
      for (const c of it.components)
        expect(text.includes(folded(c).slice(0, 40)), `${it.code}: ${c.slice(0, 50)}`).toBe(true);
  });

  it('keeps sample components exactly where the seeds put them', () => {
    const o16 = getFramework('oit-2567')!.items[15]!;
    expect(o16.title).toContain('ความก้าวหน้าการจัดซื้อจัดจ้าง');
    expect(o16.components.join(' ')).toContain('เลขประจำตัวผู้เสียภาษี');
    expect(o16.components.join(' ')).toContain('วันสิ้นสุดสัญญา');
    expect(o16.responsible).toBe('งานพัสดุ');
    const o21 = getFramework('oit-2566')!.items[20]!;
    expect(o21.subIndicator).toBe('9.3');
    expect(o21.components.join(' ')).toContain('เหตุผลที่คัดเลือกโดยสรุป');
    const o1 = getFramework('oit-2566')!.items[0]!;
    expect(o1.components[0]).toBe('แสดงแผนผังแสดงโครงสร้างการแบ่งส่วนราชการของหน่วยงาน');
  });

  it('2566 O40 asks for any one of its three kinds of ethics work: done, with its year, it scores', async () => {
    const o40 = getFramework('oit-2566')!.items.find((i) => i.code === 'O40')!;
    expect(o40.components).toHaveLength(2);
    expect(o40.components[0]).toMatch(/อย่างใดอย่างหนึ่ง.*\(๑\).*\(๒\).*\(๓\)/);
    // In the checklist inserted, an agency that set up an ethics team only ticks O40's rows: both.
    const wb = await ExcelJsWorkbook.create();
    const grid = await wb.readSheet(await wb.insertTemplate(layoutFor('oit-2566')!));
    const values = grid.values.map((r) => [...r]);
    const rows = values.flatMap((r, i) => (r[0] === 'O40' ? [i] : []));
    for (const i of rows) values[i]![4] = 'ดำเนินการแล้ว';
    const o40Done = checkSheet({ ...grid, values }).checklist!.perItem.find((p) => p.code === 'O40')!;
    expect([rows.length, o40Done.score]).toEqual([2, 100]);
  });

  it('puts 2566 O1–O30 in indicator 9 and O31–O43 in 10 (DOMAIN §4); 2567’s mapping is marked unverified', () => {
    const f = getFramework('oit-2566')!;
    expect(f.items.filter((i) => i.indicator === 9).map((i) => i.code)).toEqual(
      f.items.slice(0, 30).map((i) => i.code),
    );
    expect(f.indicatorMappingVerified).toBe(true);
    expect(getFramework('oit-2567')!.indicatorMappingVerified).toBe(false);
  });
});

describe('a framework file copied for a new year', () => {
  const f2567 = getFramework('oit-2567')!;
  it('is refused at load with its id left unchanged, as a template is: it would stand for last year’s', () => {
    expect(() => buildFrameworks([...raw, { ...f2567, year: 2569 }])).toThrow('two frameworks share the id oit-2567');
  });

  it('is refused at load with its year left unchanged: a title naming the year would take either', () => {
    expect(() => buildFrameworks([...raw, { ...f2567, id: 'oit-2569' }])).toThrow(
      'two frameworks are for ITA 2567: oit-2567 and oit-2569',
    );
    // Another scheme's checklist of the same year is no copy.
    expect(buildFrameworks([...raw, { ...f2567, id: 'moit-2567', scheme: 'MOIT' }]).map((f) => f.id)).toContain(
      'moit-2567',
    );
  });
});

describe("every framework's data, a new year's too", () => {
  it('names in each item’s year clause the year it asks for: the assessment year and the offset', () => {
    // A framework copied from last year with a year left unchanged asks for the wrong year's data.
    for (const f of allFrameworks())
      for (const it of f.items) {
        if (!it.dataYear) continue;
        const named = [...thaiDigitsToArabic(it.dataYear.text).matchAll(/25\d\d/g)].map((m) => Number(m[0]));
        expect(named.length, `${f.id} ${it.code}: ${it.dataYear.text}`).toBeGreaterThan(0);
        for (const y of named) expect(y, `${f.id} ${it.code}: ${it.dataYear.text}`).toBe(f.year + it.dataYear.offset);
      }
  });
});

describe('item codes as checklists write them', () => {
  it.each([
    ['O1', 'O1'],
    ['o01', 'O1'],
    ['๐๑', 'O1'],
    ['0๒๘', 'O28'],
    ['O๒๒', 'O22'],
    ['๐๑๐', 'O10'],
    ['๐๔ ข้อมูลการติดต่อ', 'O4'],
    ['12', 'O12'],
    ['60', 'O60'],
    ['O 5', 'O5'],
    ['1.', 'O1'],
    ['O1.', 'O1'],
    ['O 1.', 'O1'],
    ['ข้อ 1', 'O1'],
    ['ข้อที่ ๑๒ การจัดซื้อ', 'O12'],
  ])('%j → %s', (text, code) => expect(itemCode(text)).toBe(code));

  it('ignores what is not an item number', () => {
    for (const t of ['2567', 'ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน', 'ข้อมูล', '', '1/2567', 'O99', '61', '1.5', '1,000'])
      expect(itemCode(t)).toBeNull();
  });
});
