import { describe, expect, it, vi } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet } from '../../../src/core/check/sheet';
import { frameworkForYear, getFramework, type Framework } from '../../../src/core/checklist/framework';
import { layoutFor } from '../../../src/core/templates/catalog';
import { ExcelJsWorkbook } from '../../../src/workbook/file/exceljsWorkbook';

// ITA 2569 added as a maintainer adds a year (a data file, no code): 2567's items with O20 dropped,
// the rest renumbered and a new O35. And another scheme's checklist of 2569, listed first.
vi.mock('../../../src/data/index.generated', async (importOriginal) => {
  const data = await importOriginal<typeof import('../../../src/data/index.generated')>();
  const f2567 = data.frameworks.find((f) => (f as Framework).id === 'oit-2567') as Framework;
  const bribes = {
    ...f2567.items[34]!,
    title: 'มาตรการป้องกันการรับสินบน',
    components: ['แสดงมาตรการป้องกันการรับสินบนของหน่วยงาน', 'มีรายงานผลการดำเนินการตามมาตรการ'],
    dataYear: null,
  };
  const items = [...f2567.items.filter((i) => i.code !== 'O20'), bribes].map((it, i) => ({ ...it, code: `O${i + 1}` }));
  const f2569 = { ...f2567, id: 'oit-2569', year: 2569, items };
  const moit = { ...f2569, id: 'moit-2569', scheme: 'MOIT', items: items.slice(0, 20) };
  return { ...data, frameworks: [moit, ...data.frameworks, f2569] };
});

/**
 * The add-in's own checklist of `framework`, every component done but those of `notDone`, under the
 * sheet name and title given (the year changed or taken out), after `edit`.
 */
async function filled(
  framework: string,
  o: { name: string; title: string; notDone?: string; edit?: (values: CellValue[][]) => void },
) {
  const wb = await ExcelJsWorkbook.create();
  const grid = await wb.readSheet(await wb.insertTemplate(layoutFor(framework)!));
  const values = grid.values.map((r) => [...r]);
  values[0]![0] = o.title;
  for (const row of values.slice(3)) {
    if (typeof row[0] !== 'string' || !/^O\d+$/.test(row[0])) break;
    row[4] = row[0] === o.notDone ? 'ยังไม่ได้ดำเนินการ' : 'ดำเนินการแล้ว';
    row[5] = `https://www.example.go.th/oit/${row[0]}`;
  }
  o.edit?.(values);
  return checkSheet({ ...grid, name: o.name, values });
}

describe('a new year whose items are last year’s renumbered (one dropped, one added)', () => {
  it("checks last year's checklist retitled for the new year as last year's, and says so: the new item is not done", async () => {
    const r = await filled('oit-2567', {
      name: 'OIT 2569',
      title: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2569',
      notDone: 'O20',
    });
    // Not 2569's 35 items with O35 "done" from 2567's O35 rows: 2567's own, O20 still to do.
    expect(r.checklist).toMatchObject({ framework: 'oit-2567', itemsDone: 34, missing: ['O20'] });
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['title-year-mismatch', 'A1']]);
    expect(r.findings[0]!.message.en).toContain(
      'The title names 2569, but 16 item names (O20–O35) are those of the 2567 OIT checklist',
    );
    expect(r.findings[0]!.message.th).toContain('แต่ชื่อข้อ 16 ข้อ (O20–O35) เป็นของแบบตรวจ OIT ปี 2567');
  });

  it("does not count last year's item left under a number that is another item this year", async () => {
    const f2567 = getFramework('oit-2567')!;
    // The 2569 checklist, O35's rows replaced by 2567's O35 (2569's O34) as last year's file had them.
    let row = 0;
    const r = await filled('oit-2569', {
      name: 'OIT 2569',
      title: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2569',
      edit: (values) => {
        const at = values.findIndex((v) => v[0] === 'O35');
        row = at + 1;
        const rows = f2567.items[34]!.components.map((c) => {
          const v = [...values[at]!];
          [v[1], v[2]] = [f2567.items[34]!.title, c];
          return v;
        });
        values.splice(at, values.filter((v) => v[0] === 'O35').length, ...rows);
      },
    });
    expect(r.checklist).toMatchObject({ framework: 'oit-2569', itemsDone: 34, missing: ['O35'] });
    expect(r.checklist!.perItem.find((p) => p.code === 'O35')).toMatchObject({ done: 0, score: 0 });
    const said = r.findings.filter((f) => f.code === 'checklist-other-year-item');
    expect(said.map((f) => [f.cell, f.severity, f.value])).toEqual([[`B${row}`, 'error', f2567.items[34]!.title]]);
    expect(said[0]!.message.en).toContain(
      'which is O35 of the 2567 OIT checklist (O34 in 2569\'s), not 2569\'s O35 "มาตรการป้องกันการรับสินบน"',
    );
    expect(said[0]!.message.th).toContain('ซึ่งเป็นข้อ O35 ของแบบตรวจ OIT ปี 2567 (ข้อ O34 ของปี 2569)');
    // Said once, at the item: no "O35 is not on the sheet" nor "fewer components" beside it.
    expect(r.findings.map((f) => f.code)).toEqual(['checklist-other-year-item']);
  });

  it("counts an item named in last year's words for the same subject: no other item this year has that name", async () => {
    // 2567's O10 and O18 named as 2566 named them (its O14 and O23), and 2566's O14 as 2567's O10.
    const renamed = (names: Record<string, string>) => (values: CellValue[][]) => {
      for (const v of values) if (typeof v[0] === 'string' && names[v[0]]) v[1] = names[v[0]]!;
    };
    const title = (y: number) => `แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ${y}`;
    const r2567 = await filled('oit-2567', {
      name: 'OIT 2567',
      title: title(2567),
      edit: renamed({ O10: 'คู่มือหรือมาตรฐานการปฏิบัติงาน', O18: 'นโยบายหรือแผนการบริหารทรัพยากรบุคคล' }),
    });
    expect([r2567.checklist?.itemsDone, r2567.checklist?.percent]).toEqual([35, 100]);
    expect(r2567.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
    const r2566 = await filled('oit-2566', {
      name: 'OIT 2566',
      title: title(2566),
      edit: renamed({ O14: 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', O23: 'แผนการบริหารและพัฒนาทรัพยากรบุคคล' }),
    });
    expect(r2566.checklist?.percent).toBe(100);
    expect(r2566.findings.map((f) => f.code)).not.toContain('checklist-other-year-item');
  });

  it("judges a checklist naming no year by its items' names, not by the newest year of as many items", async () => {
    const untitled = { name: 'OIT', title: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)' };
    const r2567 = await filled('oit-2567', untitled);
    expect([r2567.template, r2567.checklist?.percent, r2567.findings]).toEqual(['oit-2567', 100, []]);
    const r2569 = await filled('oit-2569', untitled);
    expect([r2569.template, r2569.checklist?.percent, r2569.findings]).toEqual(['oit-2569', 100, []]);
  });

  it("takes the ITA's checklist of the year a title names, not another scheme's of that year", async () => {
    expect(frameworkForYear(2569)?.id).toBe('oit-2569');
    expect(frameworkForYear(2569, 'MOIT')?.id).toBe('moit-2569');
    const r = await filled('oit-2569', { name: 'OIT 2569', title: 'แบบตรวจ OIT ประจำปี พ.ศ. 2569' });
    expect([r.template, r.checklist?.itemsDone, r.findings]).toEqual(['oit-2569', 35, []]);
  });
});
