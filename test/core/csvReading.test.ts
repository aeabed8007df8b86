import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check/sheet';
import { getTemplate } from '../../src/core/templates/registry';
import { CsvWorkbook } from '../../src/workbook/file/csvWorkbook';
import { importEgp } from '../../src/core/import/egp';
import { misdecodedThai } from '../../src/core/text/thai';

const HEADER = [
  'ที่',
  'งานที่ซื้อหรือจ้าง',
  'วงเงินงบประมาณ (บาท)',
  'แหล่งที่มาของงบประมาณ',
  'วิธีการจัดซื้อจัดจ้าง',
  'ราคากลาง (บาท)',
  'ราคาที่ตกลงซื้อหรือจ้าง (บาท)',
  'เลขประจำตัวผู้เสียภาษี',
  'รายชื่อผู้ประกอบการที่ได้รับการคัดเลือก',
  'เลขที่โครงการ',
  'วันที่ลงนามในสัญญา',
  'วันสิ้นสุดสัญญา',
];
const ROW = ['1', 'ซื้อวัสดุสำนักงาน', '50,000.00', 'เงินงบประมาณ', 'วิธีเฉพาะเจาะจง', '50,000.00', '49,500.00'];

/** Fields joined by `sep`, a field holding it quoted. */
const joined = (fields: readonly string[], sep: string) =>
  fields.map((f) => (f.includes(sep) ? `"${f}"` : f)).join(sep);

/** The sheet a CSV file of these lines reads as. */
const read = (lines: readonly string[], name = 'O16.csv') =>
  new CsvWorkbook(new TextEncoder().encode(lines.join('\r\n')), name).readSheet();

/** The O16 form as a CSV separated by `sep`, under the lines given (a title, a blank line). */
const csv = (sep: string, ...above: string[]) => [...above, joined(HEADER, sep), joined(ROW, sep)];

describe('the separator of a CSV', () => {
  it.each([
    ['a title with no tab over a tab-separated table', '\t', ['ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567']],
    ['a blank first line over a tab-separated table', '\t', ['']],
    ['a title with a comma of its own over a ";" table', ';', ['ผลการจัดซื้อจัดจ้าง, อบต.ตัวอย่าง']],
    ['a comma-separated table under a title', ',', ['ผลการจัดซื้อจัดจ้าง']],
  ])('%s: the form is found and its row read', async (_why, sep, above) => {
    const grid = await read(csv(sep, ...above));
    const r = checkSheet(grid);
    expect([r.template, r.headerRow]).toEqual(['ita2567-o16', above.length + 1]);
    expect(grid.values[above.length + 1]!.slice(0, 3)).toEqual(['1', 'ซื้อวัสดุสำนักงาน', '50,000.00']);
  });
});

describe('a CSV whose first line is Excel\'s "sep=" directive', () => {
  it.each([
    ['sep=,', ','],
    ['sep=;', ';'],
    ['sep=\t', '\t'],
  ])(
    '%j: the line is dropped, as Excel hides it, and the table is split by the separator it names',
    async (line, sep) => {
      const over = joined(['2', 'ซื้อครุภัณฑ์', '20,000.00', 'เงินงบประมาณ', 'วิธีเฉพาะเจาะจง', '20,000.00', '25,000.00'], sep);
      const grid = await read([line, joined(HEADER, sep), joined(ROW, sep), over]);
      const r = checkSheet(grid);
      // The header is row 1 and the price over the budget G3, where Excel shows them.
      expect([r.template, r.headerRow]).toEqual(['ita2567-o16', 1]);
      expect(grid.values[1]!.slice(0, 3)).toEqual(['1', 'ซื้อวัสดุสำนักงาน', '50,000.00']);
      expect(r.findings.filter((f) => f.code === 'price-over-budget').map((f) => f.cell)).toEqual(['G3']);
    },
  );

  it('a separator named against what the lines tell is the one used, as Excel uses it', async () => {
    // Each field holds a comma: guessed, the comma would split them.
    const grid = await read(['sep=;', 'ก, ข;ค, ง', 'จ, ฉ;ช, ซ']);
    expect(grid.values).toEqual([
      ['ก, ข', 'ค, ง'],
      ['จ, ฉ', 'ช, ซ'],
    ]);
    // Named against a file its lines belie (tabs under "sep=,"): the separator that shows the form is used.
    const tabs = await read(['sep=,', joined(HEADER, '\t'), joined(ROW, '\t')]);
    expect(checkSheet(tabs).template).toBe('ita2567-o16');
  });

  it('a title that opens with "<table>" is no web page: the table under it is read', async () => {
    const grid = await read(['<table> ของ ผลการจัดซื้อจัดจ้าง ปี 2567', joined(HEADER, ','), joined(ROW, ',')]);
    expect(checkSheet(grid).template).toBe('ita2567-o16');
  });
});

describe('a CSV row with more fields than its header (a comma in a text, not quoted)', () => {
  const good = ['ซื้อวัสดุ ก', '5000', 'เงินงบประมาณ', 'สิ้นสุดระยะสัญญา', 'วิธีเฉพาะเจาะจง', '5000', '5000'];
  const tail = ['0105536112014', 'ร้าน ก', '67019524001', '15 ม.ค. 2567', '20 ม.ค. 2567'];
  // ITA 2567's O16 as the form heads it: 12 columns, a name first.
  const header = getTemplate('ita2567-o16')!.columns.map((c) => c.header);
  const line = (name: string) => [name, ...good.slice(1), ...tail].join(',');

  it('is said once, at its first cell past the header, naming the fields and the likely cause', async () => {
    expect(header.length).toBe(12);
    const r = checkSheet(
      await read([joined(header, ','), line('ซื้อวัสดุ ก'), line('จ้างซ่อมแซมอาคาร, ห้องประชุม'), line('ซื้อวัสดุ ค')]),
    );
    const said = r.findings.filter((f) => f.code === 'csv-extra-fields');
    expect(said.map((f) => [f.cell, f.severity, f.value])).toEqual([['M3', 'warning', '20 ม.ค. 2567']]);
    expect(said[0]!.message.en).toContain('Row 3 has 13 fields where the header has 12');
    expect(said[0]!.message.en).toContain('put quotes around that text');
    expect(said[0]!.message.th).toContain('แถว 3 มี 13 ช่อง แต่หัวตารางมี 12 ช่อง');
    // The row's values as the file holds them are still judged: the shifted budget is not a number.
    expect(r.findings.some((f) => f.cell === 'B3' && f.code === 'not-a-number')).toBe(true);
    // Quoted, the same name is one field: nothing to say.
    const quoted = checkSheet(await read([joined(header, ','), `"จ้างซ่อมแซมอาคาร, ห้องประชุม",${line('x').slice(2)}`]));
    expect(quoted.findings.filter((f) => f.code === 'csv-extra-fields')).toEqual([]);
  });

  it("names the file's own separator: a semicolon or a tab file is not told of a comma", async () => {
    const said = async (sep: string) => {
      const at = (name: string) => [name, ...good.slice(1), ...tail].join(sep);
      const r = checkSheet(await read([joined(header, sep), at('ซื้อวัสดุ ก'), at(`จ้างซ่อมแซมอาคาร${sep} ห้องประชุม`)]));
      return r.findings.find((f) => f.code === 'csv-extra-fields')!.message;
    };
    const semi = await said(';');
    expect(semi.th).toContain('อัฒภาค (;)');
    expect(semi.th).toContain('"ซ่อมอาคาร; ห้องประชุม"');
    expect(semi.en).toContain('holds a semicolon');
    expect(semi.th).not.toContain('จุลภาค');
    const tab = await said('\t');
    expect(tab.th).toContain('มีแท็บ');
    expect(tab.en).toContain('holds a tab');
    expect(tab.en).not.toMatch(/comma|e\.g\./);
  });

  it('counts the fields that hold values: rows padded with empty fields (as LibreOffice writes them) are not over', async () => {
    const r = checkSheet(
      await read([`${joined(header, ',')},`, `${line('ซื้อวัสดุ ก')},`, line('จ้างซ่อมแซมอาคาร, ห้องประชุม')]),
    );
    expect(r.findings.filter((f) => f.code === 'csv-extra-fields').map((f) => f.cell)).toEqual(['M3']);
  });

  it('a note kept a column away from the table, or a column of notes on most rows, is no row pushed right', async () => {
    const extra = (grid: Awaited<ReturnType<typeof read>>) =>
      checkSheet(grid)
        .findings.filter((f) => f.code === 'csv-extra-fields')
        .map((f) => f.cell);
    const away = await read([joined(header, ','), `${line('ซื้อวัสดุ ก')},,หมายเหตุ`, line('ซื้อวัสดุ ข')]);
    expect(extra(away)).toEqual([]);
    const notes = await read([joined(header, ','), ...['ก', 'ข', 'ค'].map((x) => `${line(`ซื้อวัสดุ ${x}`)},จ่ายแล้ว`)]);
    expect(extra(notes)).toEqual([]);
  });
});

describe('a semicolon CSV, as Excel writes one where the comma is the decimal mark', () => {
  it('reads "1.480,00" and "5000,50" as amounts and judges them; "1,480" stays text for the rules', async () => {
    const row = (budget: string, agreed: string) =>
      joined(['1', 'ซื้อวัสดุสำนักงาน', budget, 'เงินงบประมาณ', 'วิธีเฉพาะเจาะจง', budget, agreed], ';');
    const grid = await read([
      joined(HEADER, ';'),
      row('1.480,00', '1.480,00'),
      row('5000,00', '5200,50'),
      row('1,480', '1480'),
    ]);
    expect(grid.values.slice(1).map((r) => r.slice(2, 3).concat(r.slice(6, 7)))).toEqual([
      ['1480.00', '1480.00'],
      ['5000.00', '5200.50'],
      ['1,480', '1480'],
    ]);
    const r = checkSheet(grid);
    expect(r.findings.filter((f) => f.code === 'not-a-number')).toEqual([]);
    expect(r.findings.filter((f) => f.code === 'price-over-budget').map((f) => f.cell)).toEqual(['G3']);
  });

  it('reads "1.480" and "1.480.000" as thousands grouped by dots, and amounts inside a text', async () => {
    const row = (budget: string, agreed: string) =>
      joined(['1', 'ซื้อวัสดุสำนักงาน', budget, 'เงินงบประมาณ', 'วิธีเฉพาะเจาะจง', budget, agreed], ';');
    const grid = await read([joined(HEADER, ';'), row('1.480', '1.480,00'), row('1.480.000', '1.479.000')]);
    expect(grid.values.slice(1).map((r) => [r[2], r[6]])).toEqual([
      ['1480', '1480.00'],
      ['1480000', '1479000'],
    ]);
    const money = ['not-a-number', 'price-over-budget', 'price-over-reference'];
    expect(checkSheet(grid).findings.filter((f) => money.includes(f.code))).toEqual([]);
    // สขร.1's winner and price in one cell: the price read, and judged against the budget.
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const over = await read([
      joined(skr1, ';'),
      joined(
        [
          '1',
          'ซื้อวัสดุ',
          '15.000,00',
          '15.000,00',
          'เฉพาะเจาะจง',
          'ร้าน ก / 15.500,00',
          'ร้าน ก / 15.500,00',
          'ราคาต่ำสุด',
          'ใบสั่งซื้อเลขที่ 1/2567 ลว. 5 ต.ค. 2566',
        ],
        ';',
      ),
    ]);
    expect(over.values[1]![6]).toBe('ร้าน ก / 15500.00');
    expect(checkSheet(over).findings.map((f) => f.code)).toContain('price-over-budget');
  });
});

describe('a comma CSV with amounts whose dot may group thousands', () => {
  const o16 = (budget: string, agreed: string) =>
    joined(['1', 'ซื้อวัสดุสำนักงาน', budget, 'เงินงบประมาณ', 'วิธีเฉพาะเจาะจง', budget, agreed], ',');
  const money = ['not-a-number', 'price-over-budget', 'price-over-reference', 'flag-deep-discount'];

  it('"1.500" alone is said to be 1.50 or 1,500 and left unjudged, not read as 1.50 without a word', async () => {
    const r = checkSheet(await read([joined(HEADER, ','), o16('1.500', '1,400.00'), o16('600.000', '590.000')]));
    expect(r.findings.filter((f) => money.includes(f.code))).toEqual([]);
    const said = r.findings.filter((f) => f.code === 'number-as-text');
    expect(said.map((f) => f.cell)).toEqual(['C2', 'F2', 'C3', 'F3', 'G3']);
    expect(said[0]!.message.th).toContain('"1.500" อาจหมายถึง 1.50 หรือ 1,500 (จุดคั่นหลักพัน) จึงไม่นำไปตรวจหรือรวม');
    expect(said[0]!.message.en).not.toContain('Excel cannot add up');
    // สขร.1's winner and price in one cell, likewise.
    const skr1 = getTemplate('skr1')!.columns.map((c) => c.header);
    const winner = ['1', 'ซื้อวัสดุ', '12,000.00', '12,000.00', 'เฉพาะเจาะจง', 'ร้าน ก / 11.500', 'ร้าน ก / 11.500'];
    const s = checkSheet(
      await read([joined(skr1, ','), joined([...winner, 'ราคาต่ำสุด', 'ใบสั่งซื้อ 1/2567 ลว. 5 ต.ค. 2566'], ',')]),
    );
    const g = s.findings.find((f) => f.cell === 'G2')!;
    expect([g.code, g.message.en]).toEqual(['number-as-text', expect.stringContaining('may mean 11.50 or 11,500')]);
    // "0.045" cannot be 45 (no one groups thousands after a 0): read as 0.045, not left unjudged.
    const small = checkSheet(await read([joined(HEADER, ','), o16('0.045', '0.045')]));
    expect(
      small.findings
        .filter((f) => f.code === 'number-as-text' || money.includes(f.code))
        .map((f) => [f.code, f.cell, f.message.en]),
    ).toEqual([]);
  });

  it('where the file writes "12.500,50" (Google Sheets under a locale that groups with dots), "1.500" is 1,500', async () => {
    const grid = await read([
      joined(HEADER, ','),
      o16('1.500', '1.400'),
      o16('12.500,50', '12.000,00'),
      o16('600.000', '590.000'),
    ]);
    expect(grid.values.slice(1).map((r) => [r[2], r[6]])).toEqual([
      ['1500', '1400'],
      ['12500.50', '12000.00'],
      ['600000', '590000'],
    ]);
    const r = checkSheet(grid);
    expect(r.findings.filter((f) => [...money, 'number-as-text'].includes(f.code))).toEqual([]);
    // 600,000 by the specific method is over its 500,000: said, as it is read right.
    expect(r.findings.filter((f) => f.code === 'method-threshold').map((f) => f.cell)).toEqual(['E4']);
    // One amount written the Thai way ("12,500.50") and the file is not read so.
    const mixed = await read([joined(HEADER, ','), o16('1.500', '12.000,00'), o16('12,500.50', '12,000.00')]);
    expect(mixed.values[1]![2]).toBe('1.500');
  });
});

describe('the separator of a CSV, against separators in the text of some lines', () => {
  /** Rows joined by `sep`, unquoted: the text of the second holds `extra` of the `other` separator. */
  const table = (sep: string, other: string, extra: number) => {
    const lines = [HEADER.join(sep)];
    for (let i = 0; i < 4; i++) {
      const text = i === 1 ? `ซื้อวัสดุ${`${other} รายการ`.repeat(extra)}` : 'ซื้อวัสดุสำนักงาน';
      lines.push(['1', text, '1500000', 'เงินงบประมาณ', 'วิธีเฉพาะเจาะจง', '1500000', '1490000'].join(sep));
    }
    return lines;
  };
  it.each(['\t', ';'])(
    'a table whose rows leave their last cells out (%j), amounts with commas: read by it',
    async (sep) => {
      const lines = [HEADER.join(sep)];
      const amount = sep === ';' ? '15000,00' : '15,000.00';
      for (let i = 0; i < 4; i++)
        lines.push(
          ['1', 'ซื้อวัสดุสำนักงาน', amount, 'เงินงบประมาณ', 'วิธีเฉพาะเจาะจง', amount, amount, '', '']
            .slice(0, 9 - i)
            .join(sep),
        );
      const grid = await read(lines);
      expect(checkSheet(grid).template).toBe('ita2567-o16');
      // With ";" the comma is the decimal mark: read with a point.
      expect(grid.values[1]![2]).toBe(sep === ';' ? '15000.00' : amount);
    },
  );

  it('a ";" table whose every row holds more commas than separators (amounts of millions, items listed)', async () => {
    const row = ['1', 'ซื้อ ก, ข, ค, ง, จ, ฉ', '12,500,000.00', 'เงินงบประมาณ', 'e-bidding', '12,500,000.00'];
    const lines = ['ผลการจัดซื้อจัดจ้าง', HEADER.join(';'), ...[1, 2, 3, 4].map(() => [...row, '12,400,000.00'].join(';'))];
    const grid = await read(lines);
    const r = checkSheet(grid);
    expect([r.template, r.headerRow]).toEqual(['ita2567-o16', 2]);
    expect(grid.values[2]![2]).toBe('12,500,000.00');
  });

  it.each([
    ['a tab-separated table, one line of as many commas as tabs', '\t', ',', 11],
    ['a ";"-separated table, one line of a dozen commas', ';', ',', 12],
    ['a comma-separated table, one line of 13 semicolons', ',', ';', 13],
    ['a comma-separated table, one line of a dozen tabs pasted in', ',', '\t', 12],
  ])('%s: the form is found', async (_why, sep, other, extra) => {
    const grid = await read(table(sep, other, extra));
    expect(checkSheet(grid).template).toBe('ita2567-o16');
    expect(grid.values[1]![2]).toBe('1500000');
  });
});

describe('dates of a CSV written month first (Excel under US regional settings)', () => {
  const dated = (dates: [string, string][]) => {
    const row = (sign: string, end: string) =>
      joined([...ROW, '0105536112014', 'บริษัท ก จำกัด', '67019524001', sign, end], ',');
    return [joined(HEADER, ','), ...dates.map(([a, b]) => row(a, b))];
  };
  const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

  it('a file with a day past 12 in the middle place is read month first, every date of it', async () => {
    const grid = await read(
      dated([
        ['12/20/2023', '1/5/2024'],
        ['1/15/2024', '2/1/2024'],
      ]),
      'us.csv',
    );
    expect(grid.values.slice(1).map((r) => r.slice(10).map(day))).toEqual([
      ['2023-12-20', '2024-01-05'],
      ['2024-01-15', '2024-02-01'],
    ]);
    const codes = checkSheet(grid).findings.map((f) => f.code);
    expect(codes).not.toContain('not-a-date');
    expect(codes).not.toContain('contract-end-before-start');
  });

  it('one date past 12 in the middle among day-first ones is a typo, not a proof: nothing is read month first', async () => {
    const typo = [
      ['5/12/2023', '5/1/2024'],
      ['5/11/2023', '12/1/2024'],
      ['1/12/2023', '2/1/2024'],
      ['4/12/2023', '3/13/2024'],
    ] as [string, string][];
    const grid = await read(dated(typo), 'typo.csv');
    expect(grid.values.slice(1).map((r) => r.slice(10))).toEqual(typo);
  });

  it('day-first dates, and a file with days past 12 in both places, are left as they were typed', async () => {
    const grid = await read(
      dated([
        ['20/12/2566', '13/1/2024'],
        ['5/1/2567', '1/15/2024'],
      ]),
      'th.csv',
    );
    expect(grid.values.slice(1).map((r) => r.slice(10))).toEqual([
      ['20/12/2566', '13/1/2024'],
      ['5/1/2567', '1/15/2024'],
    ]);
  });
});

describe('an e-GP export whose Thai was read in the wrong encoding', () => {
  it('says how to open it again as UTF-8, in the check and in the import', () => {
    // data.go.th's UTF-8 CSV opened in Excel on Thai Windows (Windows-874) and saved.
    const garble = (s: string) => new TextDecoder('windows-874').decode(Buffer.from(s, 'utf8'));
    const egp = getTemplate('egp-contract')!;
    const values = [
      egp.columns.map((c) => garble(c.header)),
      egp.columns.map((c) => (c.id === 'item' ? garble('ซื้อวัสดุสำนักงาน') : null)),
    ];
    const found = checkSheet({ name: 'egp', values }).findings;
    expect(found.map((f) => f.code)).toEqual(['unrecognised-sheet']);
    expect(found[0]!.message.en).toContain('read in the wrong encoding');
    expect(found[0]!.message.th).toContain('65001: Unicode (UTF-8)');
    expect(() => importEgp({ name: 'egp', values }, 'ita2567-o16')).toThrow(
      expect.objectContaining({ misdecoded: true }),
    );
    // Thai read right is no such thing, "เธอ" and all.
    expect(misdecodedThai('เธอซื้อวัสดุสำนักงาน เธอจ้างเหมาบริการ เธอเช่ารถ')).toBe(false);
    expect(misdecodedThai(garble('งานที่ซื้อหรือจ้าง'))).toBe(true);
  });
});
