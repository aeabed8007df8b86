import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/value';
import { checkSheet } from '../../../src/core/check/sheet';
import { fixText, formatWritten, hidesNumber, ownFormat, writeFor } from '../../../src/core/findings/fixes';
import type { Finding, Suggestion } from '../../../src/core/findings/types';
import { THAI_DATE_FORMAT } from '../../../src/core/templates/layout';
import { getTemplate } from '../../../src/core/templates/registry';
import { checkRows, row, utc } from '../../helpers/findings';

/** The findings on one cell of data row 4 when column `id` holds `v`. */
function at(id: string, v: CellValue, cell: string): Finding[] {
  return checkRows([row({ [id]: v })]).findings.filter((f) => f.cell === cell);
}

/** The value a fix writes, read back as a reader would give it (a date as its serial's Date). */
function fixed(f: Finding): CellValue {
  const w = writeFor(f.cell, f.suggestion!);
  return w.kind === 'date' ? new Date(Date.UTC(1899, 11, 30) + Number(w.value) * 86_400_000) : w.value;
}

/** Apply the finding's fix to the row and check it again: the cell has nothing left to say. */
function cleanAfterFix(id: string, f: Finding): void {
  const again = checkRows([row({ [id]: fixed(f) })]).findings.filter((x) => x.cell === f.cell);
  expect(again.map((x) => x.code)).toEqual([]);
}

describe('amounts are compared in whole satang', () => {
  it('a VAT formula without ROUND (=4672.9*1.07, 5000.003) is not over a budget of 5,000', () => {
    const r = checkRows([row({ budget: 5000, referencePrice: 5000, agreedPrice: 4672.9 * 1.07 })]);
    expect(r.findings.map((f) => f.code)).not.toContain('price-over-budget');
    expect(r.findings.map((f) => f.code)).not.toContain('price-over-reference');
  });

  it('a budget of 500,000.00000000006 (a sum) is within วิธีเฉพาะเจาะจง; 500,000.01 is not', () => {
    const of = (budget: number) =>
      checkRows([row({ budget, referencePrice: 400_000, agreedPrice: 400_000 })]).findings.map((f) => f.code);
    expect(of(524290.29 - 24290.29)).not.toContain('method-threshold');
    expect(of(500_000.01)).toContain('method-threshold');
  });
});

describe('ids written otherwise than as plain digits', () => {
  it.each([
    ['๐๑๐๕๕๓๖๑๑๒๐๑๔', 'thai-digits'],
    ['0-1055-36112-01-4', 'id-wording'],
    ["'0105536112014", 'id-wording'],
    ['０１０５５３６１１２０１４', 'id-wording'],
    ['0105536112014\u200B', 'id-wording'],
  ])('tax id "%s" is read, and the plain digits are offered (%s)', (v, code) => {
    const fs = at('supplierId', v, 'H4');
    expect(fs.map((f) => f.code)).toEqual([code]);
    expect(fs[0]!.suggestion).toMatchObject({ value: '0105536112014', kind: 'text' });
    expect(fs[0]!.severity).toBe('info');
    cleanAfterFix('supplierId', fs[0]!);
  });

  it('a project number with spaces or Thai digits gets its 11 digits offered, shown unmasked', () => {
    for (const v of ['670 1952 4001', '๖๗๐๑๙๕๒๔๐๐๑']) {
      const [f] = at('projectNumber', v, 'J4');
      expect(f).toMatchObject({ value: v, suggestion: { value: '67019524001' } });
      cleanAfterFix('projectNumber', f!);
    }
  });

  it('a citizen id typed in Thai or full-width digits is masked in what is shown (PDPA)', () => {
    for (const v of ['๓๑๐๐๖๐๐๔๔๕๖๓๕', '３１００６００４４５６３５']) {
      const [f] = at('supplierId', v, 'H4');
      expect(f!.value).toBe('3-1006-xxxxx-xx-5');
      expect(`${f!.message.th} ${f!.message.en}`).not.toMatch(/๓๑๐๐๖๐๐๔๔๕๖๓๕|３１００６|3100600445635/);
      // What the fix writes is shown as written, 13 characters in a row, and still masked.
      expect(f!.suggestion).toMatchObject({ value: '3100600445635', display: '31006xxxxxxx5' });
      expect(f!.message.en).toMatch(/should be 13 digits (in a row: )?31006xxxxxxx5$/);
    }
    // Dashes in a citizen id: the message names 13 digits in a row, and shows them so.
    const [dashed] = at('supplierId', '3-1006-00445-63-5', 'H4');
    expect(dashed!.message.en).toMatch(/should be 13 digits in a row: 31006xxxxxxx5$/);
    // Stored as a number: the fix's text differs from the cell as it shows.
    const [number] = at('supplierId', 3100600445635, 'H4');
    expect([number!.value, number!.suggestion!.display]).toEqual(['3-1006-xxxxx-xx-5', '31006xxxxxxx5']);
  });

  it('an id under a number format, as a CSV keeps it ("….00", comma style), is read as its digits and masked', () => {
    for (const v of ['3100600445635.00', '3,100,600,445,635.00', '3,100,600,445,635']) {
      const found = at('supplierId', v, 'H4');
      expect(found.map((f) => [f.code, f.severity, f.value, f.suggestion?.value])).toEqual([
        ['id-wording', 'info', '3-1006-xxxxx-xx-5', '3100600445635'],
      ]);
      expect(`${found[0]!.message.th} ${found[0]!.message.en}`).not.toMatch(/3,?100,?600,?445,?635/);
    }
    // A company id that lost its 0 and got ".00": the 0 is missing, not "not 13 digits".
    const [company] = at('supplierId', '105536112014.00', 'H4');
    expect(company).toMatchObject({ code: 'tax-id-format', suggestion: { value: '0105536112014' } });
    expect(company!.message.en).toContain('the leading 0 is missing');
    // In a money column, commas group an amount, and the amount is shown (a mistyped one most of all).
    const [money] = at('budget', '2,400,000,000,000.00', 'B4').filter((f) => f.code === 'number-as-text');
    expect(money!.message.en).toContain('2,400,000,000,000');
  });

  it('a citizen id typed into another column is masked too (PDPA)', () => {
    for (const [id, cell] of [
      ['agreedPrice', 'G4'],
      ['projectNumber', 'J4'],
      ['method', 'E4'],
    ] as const) {
      for (const v of ['3100600445635', '๓๑๐๐๖๐๐๔๔๕๖๓๕']) {
        for (const f of at(id, v, cell)) {
          expect(`${f.message.th} ${f.message.en} ${f.value ?? ''}`).not.toMatch(/3100600445635|๓๑๐๐๖๐๐๔๔๕๖๓๕/);
        }
      }
    }
  });

  it('a megabyte pasted into one cell is quoted cut short, not repeated whole in every finding', () => {
    const pasted = `วิธีพิเศษ ${'ก'.repeat(1_000_000)}`;
    for (const [id, cell] of [
      ['method', 'E4'],
      ['agreedPrice', 'G4'],
      ['supplierId', 'H4'],
    ] as const) {
      const [f] = at(id, pasted, cell);
      expect(f, id).toBeDefined();
      expect(f!.value).toBe(`${pasted.slice(0, 200)}…`);
      expect(f!.message.th.length + f!.message.en.length, id).toBeLessThan(10_000);
      expect(f!.message.en, id).toContain(`"${pasted.slice(0, 200)}…"`);
    }
  });

  it('an id that went through 3.1006E+12 and back as a number says digits are lost, with no fix', () => {
    for (const v of [3100600000000, 3100690000000, 105536000000]) {
      const [f] = at('supplierId', v, 'H4');
      expect(f).toMatchObject({ code: 'tax-id-format' });
      expect(f!.message.th).toContain('ตัวเลขบางหลักหายไป');
      expect(f!.suggestion).toBeUndefined();
    }
  });
});

describe('amounts as people write them', () => {
  it.each(['50000 บ.', '50,000.- บ.', '５０，０００', '50,000\u200B', "'50000"])('"%s" is a number as text', (v) => {
    const fs = at('budget', v, 'B4');
    expect(fs.map((f) => f.code)).toEqual(['number-as-text']);
    expect(fs[0]!.suggestion).toMatchObject({ value: 50_000 });
    cleanAfterFix('budget', fs[0]!);
  });

  it('a cell holding only a zero-width space is empty', () => {
    expect(at('item', '\u200B', 'A4').map((f) => f.code)).toEqual(['required-value']);
  });
});

describe('dates as people write them', () => {
  it.each([
    ['31 มีนา 67', '2024-03-31'],
    ['1 ตุลา 66', '2023-10-01'],
    ['31/03/2567 10:30', '2024-03-31'],
    ['2567/03/31', '2024-03-31'],
    ['วันจันทร์ที่ 15 มกราคม 2567', '2024-01-15'],
    ['15 ม.ค. 2567\u200B', '2024-01-15'],
    ['วันที่ 2 เดือน ตุลาคม พ.ศ. 2566', '2023-10-02'],
    ['9 เดือนตุลาคม 2566', '2023-10-09'],
  ])('"%s" is read as %s and offered as a real date', (v, iso) => {
    const [f] = at('signDate', v, 'K4');
    expect(f).toMatchObject({ code: 'date-as-text', suggestion: { value: iso } });
    cleanAfterFix('signDate', f!);
  });

  it('"Oct 1, 2023", as an English-set program writes a date, is read and offered in BE', () => {
    const [f] = at('signDate', 'Oct 1, 2023', 'K4');
    expect(f).toMatchObject({ code: 'ce-year', suggestion: { value: '2023-10-01' } });
  });

  it('a day that does not exist says why', () => {
    expect(at('signDate', '31/04/2567', 'K4')[0]!.message.th).toContain('เม.ย. มี 30 วัน');
    expect(at('signDate', '29/02/2566', 'K4')[0]!.message.th).toContain('ปี พ.ศ. 2566 ไม่มีวันที่ 29 ก.พ.');
    expect(at('signDate', '29/02/2567', 'K4').map((f) => f.code)).toEqual(['date-as-text']);
  });

  it('a year typed alone into a date cell is no date (not 10 Jan 1907), and nothing is judged from it', () => {
    const r = checkRows([row({ signDate: 2567, endDate: 15 })]);
    expect(r.findings.map((f) => `${f.code}@${f.cell}`).sort()).toEqual(['not-a-date@K4', 'not-a-date@L4']);
    expect(r.findings.find((f) => f.cell === 'K4')!.message.th).toContain('เป็นปีอย่างเดียว');
    expect(r.findings.find((f) => f.cell === 'L4')!.message.th).toContain('เป็นตัวเลข');
  });

  it('CE dates written month first (an American-set export) are read month first, the ambiguous ones too', () => {
    const rows = [
      row({ signDate: '11/15/2023', endDate: '12/20/2023' }, 0),
      row({ signDate: '11/05/2023', endDate: '03/04/2024' }, 1),
    ];
    const fixes = (r: ReturnType<typeof checkRows>) =>
      r.findings.filter((f) => f.code === 'ce-year').map((f) => `${f.cell} ${f.suggestion?.value}`);
    const monthFirst = checkRows(rows);
    expect(fixes(monthFirst)).toEqual(['K4 2023-11-15', 'L4 2023-12-20', 'K5 2023-11-05', 'L5 2024-03-04']);
    expect(monthFirst.findings.filter((f) => f.code === 'not-a-date')).toEqual([]);
    expect(monthFirst.findings.find((f) => f.cell === 'K5')!.message.th).toContain(
      'ควรเป็น 5 พ.ย. 2566 (อ่านแบบ เดือน/วัน/ปี ตามวันที่อื่นในตาราง)',
    );
    // One date written day first (20/12/2023) and the table is day first: 11/15/2023 and 12/20/2023 are no dates.
    const mixed = checkRows([...rows, row({ signDate: '20/12/2023' }, 2)]);
    expect(fixes(mixed)).toEqual(['K5 2023-05-11', 'L5 2024-04-03', 'K6 2023-12-20']);
    expect(mixed.findings.filter((f) => f.code === 'not-a-date').map((f) => f.cell)).toEqual(['K4', 'L4']);
    // One slip among day-first dates ("09/13/2023" beside 05/11/2023 …) is no proof: the rest stay day first.
    const slip = checkRows([
      row({ signDate: '05/11/2023', endDate: '06/12/2023' }, 0),
      row({ signDate: '07/11/2023', endDate: '08/12/2023' }, 1),
      row({ signDate: '09/13/2023', endDate: '10/12/2023' }, 2),
    ]);
    expect(fixes(slip)).toEqual(['K4 2023-11-05', 'L4 2023-12-06', 'K5 2023-11-07', 'L5 2023-12-08', 'L6 2023-12-10']);
    // BE dates are Thai, day first, whatever the CE ones are.
    const be = checkRows([...rows, row({ signDate: '05/11/2566' }, 2)]);
    expect(be.findings.find((f) => f.cell === 'K6')!.suggestion?.value).toBe('2023-11-05');
  });

  it('29/2/2568 typed into an Excel date (a day in 2568 CE, none in BE 2568) is no date: an error, no fix', () => {
    const [f] = at('signDate', utc(2568, 2, 29), 'K4');
    expect(f).toMatchObject({ code: 'not-a-date', severity: 'error' });
    expect(f!.message.th).toContain('วันที่นั้นไม่มีจริง');
    expect(f!.suggestion).toBeUndefined();
  });
});

describe('O14: an expected start with a CE year is offered in BE', () => {
  const o14 = getTemplate('ita2567-o14')!;
  const check = (start: string | number) =>
    checkSheet({
      name: 'O14',
      values: [
        ['แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'],
        o14.columns.map((c) => c.header),
        ['ซื้อวัสดุสำนักงาน', 100_000, 'พ.ร.บ. งบประมาณรายจ่าย', 'วิธีเฉพาะเจาะจง', start],
      ],
    }).findings;
  it.each([
    ['ต.ค. 2023', 'ต.ค. 2566'],
    ['10/2023', '10/2566'],
    ['ต.ค. - ธ.ค. 2023', 'ต.ค. - ธ.ค. 2566'],
    // An English month is given in Thai with the Thai year.
    ['October 2023', 'ต.ค. 2566'],
    ['Oct - Dec 2023', 'ต.ค. - ธ.ค. 2566'],
    ['Oct–Dec 2023', 'ต.ค.-ธ.ค. 2566'],
  ])('"%s" → "%s"', (v, be) => {
    const f = check(v).find((x) => x.code === 'ce-year')!;
    expect(f.suggestion).toMatchObject({ value: be, kind: 'text' });
    expect(f.message.th).toContain(be);
    expect(check(be).map((x) => x.code)).toEqual([]);
  });

  it('a start pasted as a value into a General cell (it shows 45306) is offered as the month the form writes', () => {
    const f = check(45306);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(['date-as-number@E3']);
    expect(f[0]!.suggestion).toMatchObject({ value: 'ม.ค. 2567', kind: 'text' });
    expect(f[0]!.message.en).toContain('should show the month Jan 2024 (ม.ค. 2567)');
  });
});

describe('methods written with their ground in the act', () => {
  it.each(['เฉพาะเจาะจง ม.56(2)(ข)', 'วิธีเฉพาะเจาะจง ตามมาตรา 56 (2) (ข)', 'เฉพาะเจาะจง ตามมาตรา ๕๖ (๒) (ข)'])(
    '"%s" is วิธีเฉพาะเจาะจง, judged against its limit',
    (v) => {
      const codes = checkRows([row({ method: v, budget: 600_000, referencePrice: 600_000, agreedPrice: 590_000 })])
        .findings.filter((f) => f.cell === 'E4')
        .map((f) => f.code);
      expect(codes).toEqual(['method-threshold']);
    },
  );

  it('"ประกวดราคา (e-bidding)" is e-bidding, not the old ประกวดราคา', () => {
    const codes = checkRows([
      row({ method: 'ประกวดราคา (e-bidding)', budget: 1_000_000, referencePrice: 1_000_000 }),
    ]).findings.map((f) => f.code);
    expect(codes).not.toContain('legacy-method');
    expect(codes).not.toContain('unknown-method');
  });
});

describe('a number fix in a cell whose format would hide it', () => {
  it.each([
    ['@', true],
    ['d/m/yyyy', true],
    ['[$-107041E]d mmm yyyy', true],
    ['General', false],
    ['#,##0.00', false],
    ['#,##0.00 "บาท"', false],
    // A percentage shows 90 as 9000% (a score fixed from 0.9 to 90 out of 100).
    ['0%', true],
    ['0.00%', true],
    ['0.00" %"', false],
    [null, false],
  ])('format %s: takes General %s', (format, general) => {
    expect(hidesNumber(format)).toBe(general);
  });
});

describe('what a fix says it writes', () => {
  it('says digits it keeps as text are text, and a number typed as text a number: else either reads as no change', () => {
    const id: Suggestion = { value: '67019524006', display: '67019524006', kind: 'text' };
    expect(fixText('project-number-format', id, 'th')).toBe('ข้อความ 67019524006');
    expect(fixText('project-number-format', id, 'en')).toBe('the text 67019524006');
    const amount: Suggestion = { value: 50_000, display: '50,000', kind: 'number' };
    expect(fixText('number-as-text', amount, 'th')).toBe('ตัวเลข 50,000');
    // Words are shown as they are.
    const method: Suggestion = { value: 'วิธีเฉพาะเจาะจง', display: 'วิธีเฉพาะเจาะจง', kind: 'text' };
    expect(fixText('unknown-method', method, 'th')).toBe('วิธีเฉพาะเจาะจง');
  });
});

describe('the format a fix gives its cell', () => {
  const day: Suggestion = { value: '2024-01-15', display: '15 ม.ค. 2567', kind: 'date' };
  it.each([
    ['[$-107041E]d mmm yy', null],
    ['[$-1070000]d/m/yyyy', null],
    ['[$-D07041E]d mmmm yyyy', null],
    ['[$-th-TH,107]d mmm yy;@', null],
    ['d/m/bbbb', null],
    ['ว/ด/ปปปป', null],
    // Thai month names, but the year in ค.ศ.; no year at all; not a date.
    ['[$-41E]d mmm yyyy', THAI_DATE_FORMAT],
    ['[$-th-TH]d mmm yyyy', THAI_DATE_FORMAT],
    ['[$-107041E]d mmm', THAI_DATE_FORMAT],
    ['d/m/yyyy', THAI_DATE_FORMAT],
    ['General', THAI_DATE_FORMAT],
    ['@', THAI_DATE_FORMAT],
    [null, THAI_DATE_FORMAT],
  ])('a day into a cell of format %s: takes %s (null: keeps its own)', (format, taken) => {
    expect(formatWritten(writeFor('K4', day), ownFormat(format))).toBe(taken);
  });

  it.each([
    ['0105536112014', '@'],
    ['67019524001', '@'],
    ['15/01/2567', '@'],
    ['15 ม.ค. 2567', '@'],
    ['1,234.50', '@'],
    ['(500)', '@'],
    ['12%', '@'],
    ['1E+05', '@'],
    ['10:30 AM', '@'],
    ['TRUE', '@'],
    ['=A1', '@'],
    ['-', '@'],
    ['วิธีเฉพาะเจาะจง', null],
    ['สิ้นสุดระยะสัญญา', null],
    ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', null],
    ['ซื้อวัสดุสำนักงาน รายการที่ 4', null],
    ['ราคาที่ตกลงซื้อหรือจ้าง (บาท)', null],
  ])('a text "%s" into a General cell: takes %s (null: stays General)', (text, taken) => {
    const w = writeFor('E4', { value: text, display: text, kind: 'text' });
    expect(formatWritten(w, ownFormat('General'))).toBe(taken);
    // A cell formatted as text keeps it, whatever the text.
    expect(formatWritten(w, ownFormat('@')) ?? '@').toBe('@');
  });
});
