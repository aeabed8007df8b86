import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/cells/value';
import { checkSheet } from '../../src/core/check/sheet';
import { layoutFor } from '../../src/core/templates/catalog';
import { newestFrameworkYear } from '../helpers/dataFiles';

describe('the measures report (มาตรการ, DOMAIN §6)', () => {
  // Titled for the data's newest year (no year given): a measure's period is of that fiscal year.
  const layout = layoutFor('measures')!;
  const year = newestFrameworkYear();
  const headers = layout.columns.map((c) => c.header);
  const col = (name: string) => headers.indexOf(name);
  const measure = (changes: Record<string, CellValue>): CellValue[] => {
    const r: CellValue[] = headers.map(() => null);
    r[col('ตัวชี้วัด')] = '2 การใช้งบประมาณ';
    r[col('มาตรการ/กิจกรรม')] = 'เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี';
    r[col('ผู้รับผิดชอบ')] = 'กองคลัง';
    r[col('ระยะเวลาดำเนินการ')] = `ต.ค. ${year - 1} – ก.ย. ${year}`;
    r[col('ผลการดำเนินการ')] = 'ดำเนินการแล้ว';
    r[col('ผลลัพธ์หรือความสำเร็จ')] = 'เผยแพร่บนเว็บไซต์ครบทุกไตรมาส';
    for (const [k, v] of Object.entries(changes)) r[col(k)] = v;
    return r;
  };
  const check = (rows: CellValue[][]) =>
    checkSheet({ name: 'มาตรการ', values: [[layout.title], [], headers, ...rows] });

  it('groups the template by indicator 1–10', () => {
    expect(layout.rows!.map((r) => r[0])).toEqual(expect.arrayContaining(['1 การปฏิบัติหน้าที่', '10 การป้องกันการทุจริต']));
    expect(check(layout.rows!.map((r) => r.map((v) => (typeof v === 'object' ? null : v))))).toMatchObject({
      kind: 'measures',
      template: 'measures',
      rows: 0,
      findings: [],
    });
  });

  it('passes a complete measure', () => {
    expect(layout.title).toContain(`พ.ศ. ${year}`);
    expect(check([measure({})]).findings).toEqual([]);
  });

  it('measure-incomplete: no one responsible, no period, no result', () => {
    const r = check([measure({ ผู้รับผิดชอบ: null, ระยะเวลาดำเนินการ: null })]);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'measure-incomplete', severity: 'warning', cell: 'C4' }),
    ]);
    expect(r.findings[0]!.message.th).toContain('ผู้รับผิดชอบ');
    expect(r.findings[0]!.message.th).toContain('ระยะเวลาดำเนินการ');
  });

  it('measure-incomplete: marked done with no result in words', () => {
    expect(check([measure({ ผลลัพธ์หรือความสำเร็จ: null })]).findings.map((f) => f.code)).toEqual(['measure-incomplete']);
    // Seed style: the result column itself says what was done.
    const seedStyle = measure({ ผลลัพธ์หรือความสำเร็จ: null, ผลการดำเนินการ: '☑ ดำเนินการ ดังนี้ จัดอบรมเจ้าหน้าที่ 2 ครั้ง' });
    expect(check([seedStyle]).findings).toEqual([]);
    expect(check([measure({ ผลลัพธ์หรือความสำเร็จ: null, ผลการดำเนินการ: 'ยังไม่ได้ดำเนินการ' })]).findings).toEqual([]);
  });

  it('recognises the seeds’ measures tables', () => {
    const seed000 = [
      'ลำดับ',
      'มาตรการ/กิจกรรม',
      'วิธีดำเนินการ',
      'ระยะเวลาในการดำเนินการ',
      'ผู้รับผิดชอบ',
      'สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม',
      'ผลลัพธ์หรือความสำเร็จในการดำเนินการ',
    ];
    const r = checkSheet({
      name: 'S',
      values: [
        seed000,
        [
          '๑',
          'มาตรการป้องกันการรับสินบน',
          'ประกาศนโยบาย',
          'ต.ค.๖๕ - ก.ย. ๖๖',
          'สำนักปลัด',
          '☑ ดำเนินการ ประกาศแล้ว',
          'บุคลากรรับทราบ',
        ],
      ],
    });
    expect(r).toMatchObject({ kind: 'measures', rows: 1, findings: [] });
  });

  it('reads seed 001’s and seed 004’s headers, line breaks of the PDF included, and judges their rows', () => {
    const seed001 = [
      'มาตรการ/โครงการ หรือกิจกรรม',
      'ขั้นตอนหรือวิธีการปฏิบัติ',
      'ระยะเวลาในการ ดำเนินการ',
      'ผู้รับผิดชอบ',
      'ผลการดำเนินการตาม มาตรการ',
      'ผลลัพธ์หรือความสำเร็จ ของการดำเนินการ',
    ];
    const row = ['มาตรการป้องกันการรับสินบน', 'ประกาศนโยบาย', 'ต.ค. ๖๗ - ก.ย. ๖๘', 'สำนักปลัด', null, 'บุคลากรรับทราบ'];
    const r = checkSheet({ name: 'S', values: [seed001, row] });
    expect(r).toMatchObject({ kind: 'measures', rows: 1 });
    expect(r.findings.map((f) => f.code)).toEqual(['measure-incomplete']);
    const seed004 = [
      'ประเด็นที่เป็น ข้อบกพร่อง/จุดอ่อน',
      'วิธีการนำผลการวิเคราะห์ ไปสู่การปฏิบัติ/มาตรการ',
      'ผู้รับผิดชอบ',
      'ขั้นตอนหรือวิธีการปฏิบัติ',
      'ระยะเวลา ดำเนินการ',
      'ผลดำเนินการตาม มาตรการ',
      'ผลลัพธ์หรือ ความสำเร็จในการ ดำเนินการ',
    ];
    const r4 = checkSheet({ name: 'S', values: [seed004] });
    expect(r4.findings.map((f) => f.code)).not.toContain('missing-column');
    expect(r4).toMatchObject({ kind: 'measures', confidence: 1 });
  });

  // Seed 001 as printed: a title with its fiscal year, a heading merged across above each indicator's
  // measures, and the header printed again under each heading.
  const seed001Header = [
    'มาตรการ/โครงการหรือกิจกรรม',
    'ขั้นตอนหรือวิธีการปฏิบัติ',
    'ระยะเวลาในการดำเนินการ',
    'ผู้รับผิดชอบ',
    'ผลการดำเนินการตามมาตรการ',
    'ผลลัพธ์หรือความสำเร็จของการดำเนินการ',
  ];
  const seed001Title =
    'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ภายในองค์การบริหารส่วนตำบลพะวงาด ประจำปีงบประมาณ พ.ศ. ๒๕๖๘';
  const seed001Row = (measure: string, changes: Partial<Record<number, CellValue>> = {}): CellValue[] => {
    const r: CellValue[] = [
      measure,
      '๑. ทบทวนกระบวนการ ๒. เผยแพร่ขั้นตอน',
      'ต.ค. ๖๗ ถึง ก.ย. ๖๘',
      'สำนักปลัด',
      '๑. จัดทำคู่มือมาตรฐานการให้บริการเผยแพร่บนเว็บไซต์',
      'บุคลากรมีคู่มือการปฏิบัติงาน',
    ];
    for (const [i, v] of Object.entries(changes)) r[Number(i)] = v ?? null;
    return r;
  };
  const seed001 = (rows: CellValue[][]) =>
    checkSheet({ name: 'มาตรการ', values: [[seed001Title], seed001Header, ...rows] });

  it('indicator headings and the header repeated under them are no measures (seed 001)', () => {
    const values: CellValue[][] = [[seed001Title]];
    const merges = [];
    for (const [i, heading] of ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', 'ตัวชี้วัดที่ ๒ การใช้งบประมาณ', 'ตัวชี้วัดที่ ๓ การใช้อำนาจ'].entries()) {
      values.push([heading]);
      merges.push({ top: values.length, left: 1, bottom: values.length, right: 6 });
      values.push([...seed001Header]);
      values.push(seed001Row(`มาตรการที่ ${i + 1}: ปรับปรุงการดำเนินงานตามผลการประเมิน`));
    }
    const r = checkSheet({ name: 'มาตรการ', values, merges });
    expect(r).toMatchObject({ kind: 'measures', rows: 3, findings: [] });
    // Not merged, the heading's words tell it; a header between groups without its heading too.
    const plain = seed001([
      seed001Row('มาตรการป้องกันการรับสินบน'),
      ['ตัวชี้วัดที่ ๒ การใช้งบประมาณ'],
      seed001Header,
      seed001Row('เผยแพร่แผนการใช้จ่ายงบประมาณ'),
    ]);
    expect(plain).toMatchObject({ rows: 2, findings: [] });
  });

  it('an owner, period or result merged down a group of measures is each one’s (seed 004)', () => {
    const header = ['ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน', 'มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินการ'];
    const rows: CellValue[][] = [
      ['๑. กระบวนการปฏิบัติงาน', '๑. จัดทำคู่มือ', 'สำนักปลัด', 'ตลอดปีงบประมาณ', '☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ ดังนี้ ๑. ประชุมแล้ว'],
      [null, '๒. แสดงขั้นตอนการทำงาน', null, null, null],
      [null, '๓. อบรมคุณธรรมจริยธรรม', null, null, null],
    ];
    const grid = { name: 'มาตรการ', values: [header, ...rows] };
    const merges = [
      { top: 2, left: 3, bottom: 4, right: 3 },
      { top: 2, left: 4, bottom: 4, right: 4 },
      { top: 2, left: 5, bottom: 4, right: 5 },
    ];
    expect(checkSheet({ ...grid, merges })).toMatchObject({ rows: 3, findings: [] });
    // Unmerged, the same blanks are gaps.
    expect(checkSheet(grid).findings.map((f) => f.cell)).toEqual(['B3', 'B4']);
  });

  it('measure-period: a period of another fiscal year, reversed, or naming no such day', () => {
    const at = (period: CellValue) => seed001([seed001Row('มาตรการป้องกันการรับสินบน', { 2: period })]).findings;
    const outside = at('ต.ค. ๖๕ ถึง มี.ค. ๖๖');
    expect(outside).toEqual([expect.objectContaining({ code: 'measure-period', severity: 'warning', cell: 'C3' })]);
    expect(outside[0]!.message.th).toContain('"ต.ค. ๖๕ ถึง มี.ค. ๖๖"');
    expect(outside[0]!.message.th).toContain('C3');
    expect(outside[0]!.message.th).toContain('ปีงบประมาณ 2568–2569 (1 ต.ค. 2567 – 30 ก.ย. 2569)');
    expect(outside[0]!.message.en).toContain('fiscal years 2568–2569');
    expect(at('ต.ค. ๖๙ ถึง ก.ย. ๗๐').map((f) => f.code)).toEqual(['measure-period']);
    const reversed = at('ก.ย. ๖๘ ถึง ต.ค. ๖๗');
    expect(reversed.map((f) => f.code)).toEqual(['measure-period']);
    expect(reversed[0]!.message.en).toContain('before it starts');
    const noDay = at('๓๑ ก.พ. ๖๘');
    expect(noDay.map((f) => f.code)).toEqual(['measure-period']);
    expect(noDay[0]!.message.en).toContain('does not exist');
    // Periods of the year, part of it, or in words that name no days are as they should be.
    for (const fine of [
      'ต.ค. ๖๗ ถึง ก.ย. ๖๘',
      'ต.ค. ๖๗ ถึง มี.ค. ๖๘',
      '1 ต.ค. 2567 - 30 ก.ย. 2568',
      'ต.ค. ๖๘ ถึง ก.ย. ๖๙',
      'ตลอดปีงบประมาณ',
      'ทุกไตรมาส',
    ])
      expect(at(fine)).toEqual([]);
    // With no year in the title or the sheet's name, only what is wrong in itself is said.
    const noYear = (period: string) =>
      checkSheet({ name: 'มาตรการ', values: [seed001Header, seed001Row('มาตรการป้องกันการรับสินบน', { 2: period })] })
        .findings;
    expect(noYear('ต.ค. ๖๕ ถึง มี.ค. ๖๖')).toEqual([]);
    expect(noYear('ก.ย. ๖๘ ถึง ต.ค. ๖๗').map((f) => f.code)).toEqual(['measure-period']);
  });

  // O34/O35 analyse one assessment's result and carry the measures out in the next fiscal year (seeds 002, 003).
  it('measure-period: periods of the year after the one the title names, or of a span it names, are the report’s', () => {
    const titled = (titles: string[], periods: string[]) =>
      checkSheet({
        name: 'มาตรการ',
        values: [
          ...titles.map((t) => [t]),
          seed001Header,
          ...periods.map((p, i) => seed001Row(`มาตรการที่ ${i + 1} เผยแพร่ข้อมูลข่าวสาร`, { 2: p })),
        ],
      }).findings;
    // Seed 003's two headings: the 2565 result, the measures of 2566.
    const seed003 = [
      'รายละเอียดผลการประเมิน ประจำปีงบประมาณ 2565',
      'ข้อเสนอแนะในการพัฒนาคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ.2566',
    ];
    expect(titled(seed003, ['ก.พ.-มี.ค.66', 'ตลอดปีงบประมาณ 2566', 'ต.ค. 64 - ก.ย. 65'])).toEqual([]);
    // An O34 sheet titled with the year analysed, its measures in the next.
    const analysis = ['การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566'];
    expect(titled(analysis, ['ต.ค. 66 - ก.ย. 67', 'ตลอดปีงบประมาณ 2567', 'ต.ค.๖๕ – ก.ย.๖๖'])).toEqual([]);
    // A title naming two years.
    const two = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2567 - 2568'];
    expect(titled(two, ['ต.ค. 66 - ก.ย. 67', 'ต.ค. 67 - ก.ย. 68', 'ต.ค. 68 - ก.ย. 69'])).toEqual([]);
    // Copied from a report two years old: outside every year the report covers, said with that span.
    const old = titled(two, ['ต.ค. 64 - ก.ย. 65']);
    expect(old).toEqual([expect.objectContaining({ code: 'measure-period', cell: 'C3' })]);
    expect(old[0]!.message.th).toContain('ชื่อรายงานระบุปี 2567–2568');
    expect(old[0]!.message.th).toContain('ปีงบประมาณ 2567–2569');
    expect(old[0]!.message.th).not.toContain('แก้เป็นช่วงในปีงบประมาณ');
    expect(old[0]!.message.en).toContain('fiscal years 2567–2569');
    // A strategy's span of years in the lead-in is not the report's.
    const strategy = [...analysis, 'สอดคล้องกับยุทธศาสตร์ชาติ ประเด็นที่ ๒๑ การต่อต้านการทุจริต (พ.ศ. ๒๕๖๑ – ๒๕๘๐)'];
    expect(titled(strategy, ['ต.ค. 63 - ก.ย. 64']).map((f) => f.code)).toEqual(['measure-period']);
    // Reversed periods and days that do not exist stay said.
    expect(titled(seed003, ['ก.ย. 66 - ต.ค. 65', '30 ก.พ. 66']).map((f) => f.code)).toEqual([
      'measure-period',
      'measure-period',
    ]);
  });

  it('a cell merged across into the next column is not that column’s value: owner over the period, result over the outcome', () => {
    const merged = (row: CellValue[], merges: { left: number; right: number }[]) =>
      checkSheet({
        name: 'มาตรการ',
        values: [[seed001Title], seed001Header, row],
        merges: merges.map((m) => ({ top: 3, bottom: 3, ...m })),
      }).findings;
    // The owner merged over C:D (period and owner columns) with no period.
    const owner = merged(seed001Row('มาตรการป้องกันการรับสินบน', { 2: 'สำนักปลัด', 3: null }), [{ left: 3, right: 4 }]);
    expect(owner.map((f) => f.code)).toEqual(['measure-incomplete']);
    expect(owner[0]!.message.en).toContain('lacks who is responsible');
    const period = merged(seed001Row('มาตรการป้องกันการรับสินบน', { 3: null }), [{ left: 3, right: 4 }]);
    expect(period[0]!.message.en).toContain('lacks who is responsible');
    // The status alone merged over the outcome's column: no result in words.
    const result = merged(seed001Row('มาตรการป้องกันการรับสินบน', { 4: 'ดำเนินการแล้ว', 5: null }), [{ left: 5, right: 6 }]);
    expect(result.map((f) => f.code)).toEqual(['measure-incomplete']);
    expect(result[0]!.message.en).toContain('what was done');
    // The steps merged over an empty owner.
    const steps = merged(seed001Row('มาตรการป้องกันการรับสินบน', { 2: null, 3: null }), [{ left: 2, right: 4 }]);
    expect(steps[0]!.message.en).toContain('lacks who is responsible, the period');
  });

  it('a measure with nothing else filled is no group heading: merged over part of the table, or numbered by its issue', () => {
    const rows: CellValue[][] = [
      seed001Row('มาตรการที่ 1 เผยแพร่ข้อมูลข่าวสาร'),
      ['มาตรการที่ 2 จัดทำคู่มือการปฏิบัติงานเพื่อป้องกันการทุจริต'],
      ['ประเด็นที่ 2 ปรับปรุงช่องทางร้องเรียนการทุจริตบนเว็บไซต์'],
      ['ตัวชี้วัดที่ 9 เผยแพร่ข้อมูลสาธารณะให้ครบทุกข้อ'],
      // Headings all the same: merged across most of the table, or an indicator's number and name.
      ['ตัวชี้วัดที่ ๓ การใช้อำนาจ และแนวทางการยกระดับผลการประเมิน'],
      ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'],
      ['9. การเปิดเผยข้อมูล'],
    ];
    const r = checkSheet({
      name: 'มาตรการ',
      values: [[seed001Title], seed001Header, ...rows],
      merges: [
        { top: 4, left: 1, bottom: 4, right: 2 },
        { top: 7, left: 1, bottom: 7, right: 4 },
      ],
    });
    expect(r.rows).toBe(4);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ['measure-incomplete', 'A4'],
      ['measure-incomplete', 'A5'],
      ['measure-incomplete', 'A6'],
    ]);
    // A long sentence after an indicator's number and name is a measure.
    const long = 'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล โดยปรับปรุงเว็บไซต์ให้แสดงข้อมูลสาธารณะครบทุกข้อตามเกณฑ์การประเมิน';
    expect(seed001([[long]]).findings.map((f) => f.code)).toEqual(['measure-incomplete']);
  });

  it('measure-incomplete: the form’s boxes with nothing after ดังนี้, or a lone dash, say nothing', () => {
    const empty = seed001([seed001Row('มาตรการป้องกันการรับสินบน', { 4: '☐ ยังไม่ได้ดำเนินการ\n☑ ดำเนินการ ดังนี้', 5: null })]);
    expect(empty.findings).toEqual([expect.objectContaining({ code: 'measure-incomplete', cell: 'A3' })]);
    expect(empty.findings[0]!.message.en).toContain('what was done');
    for (const [i, words] of [
      [3, 'who is responsible'],
      [2, 'the period'],
      [4, 'the result'],
    ] as const) {
      const r = seed001([seed001Row('มาตรการป้องกันการรับสินบน', { [i]: '-' })]);
      expect(r.findings.map((f) => f.code)).toEqual(['measure-incomplete']);
      expect(r.findings[0]!.message.en).toContain(words);
    }
    expect(seed001([seed001Row('มาตรการป้องกันการรับสินบน', { 4: '☑ ดำเนินการแล้ว', 5: '-' })]).findings).toHaveLength(1);
  });

  it('names the measure in English too, a long name cut with "…" at a space', () => {
    const name = 'การป้องกันการนำทรัพย์สินราชการไปใช้ เพื่อประโยชน์ส่วนตัว หรือพวกพ้อง และการกำกับดูแลการยืมพัสดุ';
    const f = seed001([seed001Row(name, { 3: null })]).findings[0]!;
    const quoted = '"การป้องกันการนำทรัพย์สินราชการไปใช้ เพื่อประโยชน์ส่วนตัว…"';
    expect(f.message.th).toContain(quoted);
    expect(f.message.en).toContain(`the measure ${quoted} lacks who is responsible`);
    // No space to cut at: never between a letter and its vowel or tone mark.
    const long = 'ก'.repeat(58) + 'ที่ดี';
    const g = seed001([seed001Row(long, { 3: null })]).findings[0]!;
    expect(g.message.en).toContain(`"${'ก'.repeat(58)}…"`);
  });

  it('checks the measures printed under the indicator scores on one sheet (seed 004)', () => {
    const values: CellValue[][] = [
      ['รายงานการประเมิน ITA ปี 2567'],
      [],
      ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
      ...[97.9, 97.9, 99.12, 94.21, 98.95, 97.7, 96.35, 85.37, 79.29, 100].map((v, i) => [i + 1, `ตัวชี้วัด ${i + 1}`, v]),
      [],
      ['มาตรการ/กิจกรรมที่ดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานประจำปี พ.ศ. ๒๕๖๗'],
      [
        'ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน',
        'วิธีการนำผลการวิเคราะห์ไปสู่การปฏิบัติ/มาตรการ',
        'ผู้รับผิดชอบ',
        'ขั้นตอนหรือวิธีการปฏิบัติ',
        'ระยะเวลาดำเนินการ',
        'ผลดำเนินการตามมาตรการ',
      ],
      [
        '๕. ความโปร่งใสในการจัดซื้อจัดจ้าง',
        'มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
        null,
        '๑. เผยแพร่แผน',
        'ตลอดปีงบประมาณ',
        '☑ ดำเนินการ ดังนี้ ๑. เผยแพร่แผนแล้ว',
      ],
    ];
    const r = checkSheet({ name: 'รายงาน ITA 2567', values });
    expect(r.kind).toBe('ita-score');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'measure-incomplete', cell: 'B17' })]);
  });
});

describe('a measures header without its measure column', () => {
  it('is read without a crash: no measure to judge (a fuzzed grid found the crash)', () => {
    const r = checkSheet({ name: 'Fuzz', values: [['ผู้รับผิดชอบ', 'ระยะเวลาในการดำเนินการ'], []] });
    expect([r.kind, r.rows, r.findings]).toEqual(['measures', 0, []]);
  });
});
