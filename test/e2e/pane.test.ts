import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontsUsedFor, openFile, openPane, paneInChromium } from '../helpers/browser';
import { O16_HEADERS, goodRow, o16Rows, withoutColumns, writeXlsx, type Formula, type Row } from '../helpers/o16';
import { tempDir } from '../helpers/tmp';
import { BAD } from '../helpers/badCorpus';
import { SKR1_HEADERS, skr1Row } from '../helpers/skr1';

const pane = paneInChromium();

let dir: string;
let page: Page;

beforeAll(async () => {
  dir = await tempDir();
  const row = goodRow(1);
  row[0] = null; // empty งานที่ซื้อหรือจ้าง on row 5
  await writeXlsx(join(dir, 'agency.xlsx'), {
    ปก: [['รายงานผลการจัดซื้อจัดจ้าง']],
    O16: withoutColumns(o16Rows([goodRow(0), row], { titleRows: [['เทศบาลตำบลตัวอย่าง'], []] }), ['ราคากลาง (บาท)'], 2),
  });
  const fixable = [goodRow(0), goodRow(1), goodRow(2)];
  fixable[0]![1] = '50,000';
  fixable[1]![1] = '50,001';
  fixable[2]![7] = '3100600445636';
  await writeXlsx(join(dir, 'fixable.xlsx'), { O16: o16Rows(fixable) });
  const ended = goodRow(0);
  ended[11] = new Date(Date.UTC(2023, 11, 25)); // ends before it is signed (January 2024)
  ended[6] = 60_000; // agreed over the budget of 50,000
  ended[10] = 45_300; // signed: a date's serial typed as a number (8 Jan 2024)
  await writeXlsx(join(dir, 'dates.xlsx'), { O16: o16Rows([ended]) });
  const many = Array.from({ length: 120 }, (_, i) => goodRow(i));
  for (const r of many) r[1] = (r[1] as number).toLocaleString('en-US'); // each budget typed as text
  await writeXlsx(join(dir, 'many.xlsx'), { O16: o16Rows(many) });
  page = await openPane(pane.browser, pane.url);
});

describe('the task pane in a plain pane.browser (no Excel)', () => {
  it('opens in Thai with a way to open a file', async () => {
    await page.getByRole('tab', { name: 'ตรวจสอบ' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('tab', { name: 'แม่แบบ' }).isVisible()).toBe(true);
    expect(await page.getByTestId('file-name').textContent()).toBe('ยังไม่ได้เปิดไฟล์');
    expect(await page.getByRole('tab').count()).toBe(3);
    expect(await page.getByRole('tab', { name: 'คะแนน' }).isVisible()).toBe(true);
    expect(await page.getByTestId('old-engine').count()).toBe(0);
  });

  it('says what to use instead, in an engine too old for its script (Excel 2016/2019, an old Mac Safari)', async () => {
    // What each engine cannot read: Internet Explorer 11 and the old Edge the new syntax, Safari before
    // 16.4 lookbehind; the pane's script fails with it.
    // The last: the check misfires but the script runs after all; the pane replaces the message wholly.
    for (const [lacks, runs] of [
      ['\\?\\?=|\\?\\.|class\\s*\\{', false],
      ['\\(\\?<=', false],
      ['\\(\\?<=', true],
    ] as const) {
      const old = await pane.browser.newPage();
      await old.addInitScript((lacking) => {
        const F = window.Function;
        const OldFunction = function (...args: string[]) {
          if (new RegExp(lacking).test(String(args[args.length - 1]))) throw new SyntaxError('Expected identifier');
          return F(...args);
        };
        OldFunction.prototype = F.prototype;
        window.Function = OldFunction as unknown as FunctionConstructor;
      }, lacks);
      if (!runs) await old.route(/\.js(\?|$)/, (r) => r.abort());
      await old.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
      await old.goto(`${pane.url}taskpane.html?_host_Info=Excel$Win32$16.01$th-TH`);
      if (runs) {
        await old.getByRole('tab', { name: 'ตรวจสอบ' }).waitFor({ timeout: 20_000 });
        expect(await old.getByTestId('old-engine').count()).toBe(0);
        expect(await old.getByText('Excel รุ่นนี้แสดงส่วนเสริมด้วยเบราว์เซอร์รุ่นเก่า').count()).toBe(0);
        expect(await old.locator('#root').getAttribute('role')).toBeNull();
        await old.close();
        continue;
      }
      const alert = old.getByTestId('old-engine');
      await alert.waitFor();
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.textContent()).toContain('เปิดที่อยู่ด้านล่างใน Chrome หรือ Edge');
      expect(await old.getByTestId('pane-address').textContent()).toBe(`${pane.url}taskpane.html`);
      await old.close();
    }
  });

  it('renders Thai with a Thai font, not boxes', async () => {
    const fonts = await fontsUsedFor(page, 'h1');
    expect(fonts.length).toBeGreaterThan(0);
    expect(
      fonts.some((f) => /Loma|Garuda|Norasi|Kinnari|Sawasdee|Umpush|Waree|Tlwg|Sarabun|Noto Sans Thai/i.test(f)),
    ).toBe(true);
  });

  it('checks a real .xlsx and lists the same findings the CLI reports', async () => {
    await openFile(page, join(dir, 'agency.xlsx'));
    await page.getByTestId('sheet-select').selectOption('O16');
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    expect(await page.getByTestId('report').getAttribute('data-template')).toBe('ita2567-o16');
    const findings = await page
      .getByTestId('finding')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-cell')}`));
    expect(findings.sort()).toEqual(['missing-column@A3', 'required-value@A5']);
    expect(await page.getByTestId('counts').textContent()).toBe('ข้อผิดพลาด 2 · คำเตือน 0 · ข้อสังเกต 0');
    expect(await page.getByText('ไม่พบคอลัมน์ «ราคากลาง (บาท)»', { exact: false }).isVisible()).toBe(true);
  });

  it('takes the user to the cell of a finding', async () => {
    await page.locator('[data-testid=finding][data-cell=A5]').click();
    const preview = page.getByTestId('preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('เซลล์ A5');
    expect(await preview.textContent()).toContain('(ว่าง)');
  });

  it('shows a date cell in the preview as the messages write it, in พ.ศ., and an amount with its thousands', async () => {
    const other = await openPane(pane.browser, pane.url);
    await openFile(other, join(dir, 'dates.xlsx'));
    await other.getByTestId('check').click();
    await other.locator('[data-testid=finding][data-cell=L2]').click();
    expect(await other.getByTestId('preview').textContent()).toContain('25 ธ.ค. 2566');
    // An amount with its thousands, as the message writes it.
    await other.locator('[data-testid=finding][data-cell=G2]').click();
    expect(await other.getByTestId('preview').textContent()).toContain('ค่าในเซลล์: 60,000');
    // A number that is no amount (a date's serial) as Excel shows it, without thousands.
    await other.locator('[data-testid=finding][data-cell=K2]').first().click();
    expect(await other.getByTestId('preview').textContent()).toContain('ค่าในเซลล์: 45300');
    await other.close();
  });

  it('heads each group with what it means, and draws a long group 50 at a time', async () => {
    const other = await openPane(pane.browser, pane.url);
    await openFile(other, join(dir, 'many.xlsx'));
    await other.getByTestId('check').click();
    const group = other.locator('[data-testid=finding-group][data-code=number-as-text]');
    await group.waitFor();
    expect(await group.textContent()).toContain('ตัวเลขเป็นข้อความ');
    expect(await group.getByTestId('finding').count()).toBe(50);
    expect(await group.getByTestId('show-all').textContent()).toBe('แสดงทั้งหมด (120)');
    await group.getByTestId('show-all').click();
    expect(await group.getByTestId('finding').count()).toBe(120);
    // The preview of a cell clicked high in a long list is in sight, not under the list.
    await group.getByTestId('finding').first().click();
    const box = await other.getByTestId('preview').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await other.close();
  });

  it('says which cells a fix changed, as they were typed: not a formula cell it left', async () => {
    const fromFormula = goodRow(0) as (Row[number] | Formula)[];
    fromFormula[1] = { formula: 'TEXT(50000,"#,##0")', result: '50,000' }; // a text amount made by a formula
    const beYear = goodRow(1);
    beYear[10] = new Date(Date.UTC(2566, 9, 5)); // 5/10/2566 typed into a date: the year 2566 CE
    await writeXlsx(join(dir, 'formula-fix.xlsx'), { O16: [O16_HEADERS, fromFormula, beYear] });
    const other = await openPane(pane.browser, pane.url);
    await openFile(other, join(dir, 'formula-fix.xlsx'));
    await other.getByTestId('check').click();
    await other.locator('[data-testid=fix][data-cell=B2]').click();
    await expect
      .poll(() => other.getByTestId('fixed').textContent(), { timeout: 10_000 })
      .toBe('แก้ไข 0 เซลล์แล้ว (ไม่ได้แก้ 1 เซลล์ที่เป็นสูตร: แก้ที่สูตรหรือเซลล์ต้นทางแทน)');
    await other.locator('[data-testid=fix][data-cell=K3]').click();
    await expect
      .poll(() => other.getByTestId('fixed').textContent(), { timeout: 10_000 })
      .toBe('แก้ไข 1 เซลล์แล้ว: K3 5/10/2566 → 5 ต.ค. 2566');
    await other.close();
  });

  it('says a group of more findings than are listed shows its first 1,000, not all', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => {
      const r = goodRow(i);
      r[1] = '50,000';
      return r;
    });
    await writeXlsx(join(dir, 'more-than-listed.xlsx'), { O16: o16Rows(rows) });
    const other = await openPane(pane.browser, pane.url);
    await openFile(other, join(dir, 'more-than-listed.xlsx'));
    await other.getByTestId('check').click();
    const group = other.locator('[data-testid=finding-group][data-code=number-as-text]');
    await group.waitFor();
    expect(await group.getByTestId('show-all').textContent()).toBe(
      'แสดง 1,000 รายการแรก (อีก 200 รายการไม่แสดงในรายการ)',
    );
    expect(await group.getByTestId('fix-all').textContent()).toContain('1,200');
    // The filter's count grouped in thousands, as every other count.
    expect(await other.getByTestId('filter-info').textContent()).toBe('ข้อสังเกต (1,200)');
    await other.close();
  });

  it('switches to English and back', async () => {
    await page.getByTestId('lang').click();
    expect(await page.getByRole('tab', { name: 'Check' }).isVisible()).toBe(true);
    expect(await page.getByTestId('counts').textContent()).toBe('2 errors · 0 warnings · 0 info');
    expect(await page.locator('[data-testid=finding][data-cell=A5]').textContent()).toContain(
      'Row 5: "Item purchased or hired" is required',
    );
    await page.getByTestId('lang').click();
    expect(await page.getByRole('tab', { name: 'ตรวจสอบ' }).isVisible()).toBe(true);
  });

  it('keeps the report through a look at another tab, and stays as narrow as the task pane', async () => {
    const before = await page.getByTestId('counts').textContent();
    await page.getByRole('tab', { name: 'คะแนน' }).click();
    await page.getByRole('tab', { name: 'แม่แบบ' }).click();
    await page.getByRole('tab', { name: 'ตรวจสอบ' }).click();
    expect(await page.getByTestId('counts').textContent()).toBe(before);
    expect(await page.locator('[data-testid=finding][data-cell=A5]').isVisible()).toBe(true);
    // 420 px wide, as Excel's task pane: the long names in the form dropdown must not widen the page.
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  });

  it('downloads the ita2567-o16 template as an .xlsx holding an Excel table with the 12 headers', async () => {
    await page.getByRole('tab', { name: 'แม่แบบ' }).click();
    await page.getByTestId('template-select').selectOption('ita2567-o16');
    // Each form named by its id first: a narrow pane cuts a long title's end (its year, its O-number).
    expect(await page.locator('[data-testid=template-select] option[value=ita2567-o16]').textContent()).toMatch(
      /^ita2567-o16: /,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลดแม่แบบ (.xlsx)' }).click(),
    ]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(3).values).toEqual([undefined, ...O16_HEADERS]);
    expect(ws.getTables()).toHaveLength(1);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });
});

describe('findings grouped, filtered and fixed in the pane', () => {
  it('keeps fixes not yet downloaded: another file opens only on the user’s word, and an unreadable one closes nothing', async () => {
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'fixable.xlsx'));
    await p.getByTestId('check').click();
    await p.locator('[data-testid=fix-all][data-code=number-as-text]').click();
    await expect.poll(() => p.getByTestId('fixed').textContent(), { timeout: 10_000 }).toContain('แก้ไข 2 เซลล์แล้ว');
    // A file that cannot be read: said, and the fixed file stays open.
    await p
      .getByTestId('file-input')
      .setInputFiles({ name: 'เก่า.xlsx', mimeType: 'text/plain', buffer: Buffer.from('') });
    await p.getByTestId('file-error').waitFor();
    expect(await p.getByTestId('file-name').textContent()).toBe('fixable.xlsx');
    expect(await p.getByTestId('counts').count()).toBe(1);
    // Another file: asked first; kept on "cancel".
    await p.getByTestId('file-input').setInputFiles(join(dir, 'agency.xlsx'));
    await p.getByTestId('discard-unsaved').waitFor();
    expect(await p.getByTestId('discard-unsaved').textContent()).toContain(
      'ไฟล์ "fixable.xlsx" มีการแก้ไขที่ยังไม่ได้ดาวน์โหลดสำเนา ถ้าเปิด "agency.xlsx" การแก้ไขนั้นจะหายไป',
    );
    // Said to a screen reader as it appears: the new file is not open yet.
    expect(await p.getByTestId('discard-unsaved').evaluate((e) => e.closest('[role=alert]') !== null)).toBe(true);
    await p.getByTestId('discard-cancel').click();
    expect(await p.getByTestId('file-name').textContent()).toBe('fixable.xlsx');
    expect(await p.getByTestId('fixed').textContent()).toContain('แก้ไข 2 เซลล์แล้ว');
    // Or opened, the fixes discarded, on the user's word.
    await p.getByTestId('file-input').setInputFiles(join(dir, 'agency.xlsx'));
    await p.getByTestId('discard-open').click();
    await p.getByTestId('file-name').filter({ hasText: 'agency.xlsx' }).waitFor();
    expect(await p.getByTestId('discard-unsaved').count()).toBe(0);
    // Once the copy is downloaded, another file opens without a question.
    await openFile(p, join(dir, 'fixable.xlsx'));
    await p.getByTestId('check').click();
    await p.locator('[data-testid=fix-all][data-code=number-as-text]').click();
    await expect.poll(() => p.getByTestId('fixed').textContent(), { timeout: 10_000 }).toContain('แก้ไข 2 เซลล์แล้ว');
    await Promise.all([p.waitForEvent('download'), p.getByTestId('download-copy').click()]);
    await openFile(p, join(dir, 'agency.xlsx'));
    expect(await p.getByTestId('discard-unsaved').count()).toBe(0);
    await p.close();
  });

  it('groups by code with counts, filters by severity, fixes a whole group and downloads the fixed copy', async () => {
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'fixable.xlsx'));
    await p.getByTestId('check').click();
    await p.getByTestId('report').waitFor();
    const groups = () =>
      p
        .getByTestId('finding-group')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-code')}:${e.querySelectorAll('[data-testid=finding]').length}`),
        );
    expect(await groups()).toEqual(['tax-id-checksum:1', 'number-as-text:2']);
    await p.getByTestId('filter-info').click();
    expect(await groups()).toEqual(['tax-id-checksum:1']);
    await p.getByTestId('filter-info').click();
    await p.locator('[data-testid=fix-all][data-code=number-as-text]').click();
    await expect.poll(() => p.getByTestId('fixed').textContent(), { timeout: 10_000 }).toContain('แก้ไข 2 เซลล์แล้ว');
    await expect.poll(groups, { timeout: 10_000 }).toEqual(['tax-id-checksum:1']);
    // What was done is told again in English after a switch, not left in Thai.
    await p.getByTestId('lang').click();
    expect(await p.getByTestId('fixed').textContent()).toContain('Changed 2 cells');
    expect(await p.getByTestId('counts').textContent()).toBe('1 error · 0 warnings · 0 info');
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('download-copy').click()]);
    await expect.poll(() => p.getByTestId('fixed').textContent()).toMatch(/^Downloaded .*\.xlsx$/);
    const path = join(dir, 'fixed-copy.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('O16')!.getCell('B2').value).toBe(50_000);
    expect(wb.getWorksheet('O16')!.getCell('B3').value).toBe(50_001);
    // The file the user opened is untouched.
    const original = new ExcelJS.Workbook();
    await original.xlsx.load((await readFile(join(dir, 'fixable.xlsx'))) as unknown as ArrayBuffer);
    expect(original.getWorksheet('O16')!.getCell('B2').value).toBe('50,000');
    expect((p as Page & { errors: string[] }).errors).toEqual([]);
    await p.close();
  });
});

describe('fixing a group longer than the list shows', () => {
  it('"fix all" fixes every finding of the code, past the 1,000 listed', async () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => goodRow(i));
    for (const r of rows) r[1] = (r[1] as number).toLocaleString('en-US'); // pasted: every budget is text
    await writeXlsx(join(dir, 'pasted.xlsx'), { O16: o16Rows(rows) });
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'pasted.xlsx'));
    await p.getByTestId('check').click();
    const all = p.locator('[data-testid=fix-all][data-code=number-as-text]');
    await all.waitFor();
    expect(await all.textContent()).toContain('2,500');
    await all.click();
    await expect.poll(() => p.getByTestId('fixed').textContent(), { timeout: 30_000 }).toContain('แก้ไข 2,500 เซลล์แล้ว');
    await expect
      .poll(() => p.locator('[data-testid=finding-group][data-code=number-as-text]').count(), { timeout: 30_000 })
      .toBe(0);
    await p.close();
  }, 90_000);
});

describe('budget by method in the pane', () => {
  it('the note of a summary added belongs to its sheet: checking another sheet does not show it', async () => {
    await writeXlsx(join(dir, 'two-tables.xlsx'), {
      O16: o16Rows([goodRow(0), goodRow(1)]),
      'O16 กองช่าง': o16Rows([goodRow(2)]),
    });
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'two-tables.xlsx'));
    await p.getByTestId('sheet-select').selectOption('O16');
    await p.getByTestId('check').click();
    await p.getByTestId('insert-summary').click();
    await p.getByTestId('summary-done').waitFor({ timeout: 10_000 });
    await p.getByTestId('sheet-select').selectOption('O16 กองช่าง');
    await p.getByTestId('check').click();
    await expect.poll(() => p.getByTestId('summary-total').textContent()).toContain('1 รายการ');
    expect(await p.getByTestId('summary-done').count()).toBe(0);
    await p.close();
  });

  it('says a sheet’s formulas were never calculated and makes no summary from its figures', async () => {
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(BAD, 'formula-cell.xlsx'));
    await p.getByTestId('check').click();
    const warning = p.getByTestId('summary-uncalculated');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('มี 1 เซลล์ที่เป็นสูตรที่ยังไม่ได้คำนวณ (B5)');
    expect(await p.getByTestId('insert-summary').isDisabled()).toBe(true);
    expect(await p.getByTestId('insert-monthly').isDisabled()).toBe(true);
    await p.close();
  });

  it("says which rows of another fiscal year its totals count (last year's rows left in a copied sheet)", async () => {
    const rows = [0, 1, 2, 3, 4].map((i) => goodRow(i));
    for (const r of rows.slice(3)) {
      r[10] = new Date(Date.UTC(2023, 0, 12)); // 12 Jan 2023: FY 2566, not this sheet's 2567
      r[11] = new Date(Date.UTC(2023, 1, 12));
    }
    await writeXlsx(join(dir, 'stale-rows.xlsx'), { O16: o16Rows(rows) });
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'stale-rows.xlsx'));
    await p.getByTestId('check').click();
    const warning = p.getByTestId('summary-other-year');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('มี 2 รายการที่ไม่อยู่ในปีงบประมาณ 2567 ของแผ่นงานนี้ (แถว 5, 6)');
    expect(await p.getByTestId('summary-total').textContent()).toContain('5 รายการ');
    await p.close();
  });

  it('says which rows typed twice on the sheet its totals count twice', async () => {
    const rows = [0, 1, 2].map((i) => goodRow(i));
    await writeXlsx(join(dir, 'copied-rows.xlsx'), { O16: o16Rows([...rows, [...rows[1]!]]) });
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'copied-rows.xlsx'));
    await p.getByTestId('check').click();
    const warning = p.getByTestId('summary-copied-rows');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('มี 1 แถวที่ซ้ำกับแถวอื่นของแผ่นงานนี้ทุกคอลัมน์ (แถว 5)');
    expect(await p.getByTestId('summary-total').textContent()).toContain('4 รายการ');
    await p.close();
  });

  it("shows the sheet's budget by month of signing as bars, in พ.ศ., in English on request", async () => {
    const rows = [0, 1, 2].map((i) => goodRow(i));
    rows[0]![10] = new Date(Date.UTC(2023, 9, 5)); // 5 Oct 2023: ต.ค. 2566
    rows[0]![11] = new Date(Date.UTC(2023, 10, 5));
    await writeXlsx(join(dir, 'months.xlsx'), { O16: o16Rows(rows) });
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'months.xlsx'));
    await p.getByTestId('check').click();
    const panel = p.getByTestId('month-summary');
    await panel.waitFor();
    const bars = () =>
      panel
        .getByTestId('bar')
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-label'), e.querySelector('[data-testid=bar-value]')!.textContent]),
        );
    expect(await bars()).toEqual([
      ['ต.ค. 2566', '50,000'],
      ['ม.ค. 2567', '100,003'],
    ]);
    await p.getByRole('button', { name: 'English' }).click();
    await expect.poll(bars).toEqual([
      ['Oct 2023 (BE 2566)', '50,000'],
      ['Jan 2024 (BE 2567)', '100,003'],
    ]);
    await p.close();
  });

  it('shows a bar per method with its baht figure beside it, and adds the O17 summary sheet with its chart to the copy', async () => {
    const rows = [0, 1, 2, 3].map((i) => goodRow(i));
    rows[3]![4] = 'e-bidding';
    rows[3]![1] = 900_000;
    rows[3]![5] = 900_000;
    await writeXlsx(join(dir, 'methods.xlsx'), { O16: o16Rows(rows) });
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'methods.xlsx'));
    await p.getByTestId('check').click();
    const panel = p.getByTestId('method-summary');
    await panel.waitFor();
    const bars = await panel
      .getByTestId('bar')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-label'), e.querySelector('[data-testid=bar-value]')!.textContent]),
      );
    // 50,000 + 50,001 + 50,002 by เฉพาะเจาะจง; the number is text beside the bar, not only its length.
    expect(bars).toEqual([
      ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', '900,000'],
      ['วิธีเฉพาะเจาะจง', '150,003'],
    ]);
    // The bars are pictures of those figures: no progress (a share of the largest) for a screen reader to say.
    expect(await panel.getByRole('progressbar').count()).toBe(0);
    expect(await p.getByTestId('summary-total').textContent()).toContain('4 รายการ');

    await p.getByTestId('insert-summary').click();
    await expect.poll(() => p.getByTestId('summary-done').textContent(), { timeout: 10_000 }).toContain('O17 สรุป 2567');
    // The new sheet can be picked and checked at once, without saving and opening the file again.
    await expect
      .poll(() => p.getByTestId('sheet-select').locator('option').allTextContents(), { timeout: 10_000 })
      .toEqual(['O16', 'O17 สรุป 2567']);
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('download-copy').click()]);
    const path = join(dir, 'with-summary.xlsx');
    await download.saveAs(path);
    const zip = await JSZip.loadAsync(await readFile(path));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    // The five methods of O17's form and วิธีประกาศเชิญชวนทั่วไป, which O16's dropdown offers.
    expect(chart).toContain(`<c:f>'O17 สรุป 2567'!$C$4:$C$9</c:f>`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('O17 สรุป 2567')!.getCell('A4').value).toBe('ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)');
    expect((p as Page & { errors: string[] }).errors).toEqual([]);
    await p.close();
  });
});

describe('the monthly view made in a plain browser', () => {
  it('leaves a hidden sheet out (a draft kept hidden), as the command line does', async () => {
    const wb = new ExcelJS.Workbook();
    const month = (name: string, rows: Row[], state?: 'hidden') => {
      const ws = wb.addWorksheet(name, state ? { state } : undefined);
      for (const r of [['แบบ สขร.1 ประจำเดือน ' + name], SKR1_HEADERS, ...rows]) ws.addRow(r);
    };
    month('ตุลาคม 2566', [skr1Row(1, '1/2567 ลว. 3 ต.ค. 66', 'ซื้อวัสดุสำนักงาน', 12_000)]);
    month('มกราคม 2567', [skr1Row(1, '2/2567 ลว. 9 ม.ค. 67', 'จ้างก่อสร้างถนน (ร่าง)', 900_000)], 'hidden');
    const path = join(dir, 'hidden-draft.xlsx');
    await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, path);
    await p.getByTestId('check').click();
    await p.getByTestId('method-summary').waitFor();
    await p.getByTestId('insert-monthly').click();
    await p.getByTestId('summary-done').waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('download-copy').click()]);
    const out = join(dir, 'hidden-draft-monthly.xlsx');
    await download.saveAs(out);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const monthly = copy.worksheets.find((w) => w.name.startsWith('สรุปรายเดือน'))!;
    const budgets: unknown[] = [];
    monthly.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('ม.ค.') || row.getCell(1).value === 'รวม')
        budgets.push(row.getCell(3).value);
    });
    // January holds only the hidden draft: nothing; the year's totals are October's 12,000.
    const shown = budgets.map((v) => (typeof v === 'object' && v !== null ? (v as { result?: unknown }).result : v));
    expect(shown[0]).toBe(0);
    expect(new Set(shown.slice(1))).toEqual(new Set([12_000]));
    await p.close();
  });

  it('judges the months with a month hidden once published, no visible sheet of it, as the command line does', async () => {
    const wb = new ExcelJS.Workbook();
    const month = (name: string, rows: Row[], state?: 'hidden') => {
      const ws = wb.addWorksheet(name, state ? { state } : undefined);
      for (const r of [['แบบ สขร.1 ประจำเดือน ' + name], SKR1_HEADERS, ...rows]) ws.addRow(r);
    };
    const road = 'ซื้อวัสดุก่อสร้าง ซ่อมแซมถนน หมู่ ';
    month('ตุลาคม 2566', [skr1Row(1, '1/2567 ลว. 25 ต.ค. 66', road + '3', 260_000)], 'hidden');
    month('พฤศจิกายน 2566', [skr1Row(1, '2/2567 ลว. 3 พ.ย. 66', road + '6', 250_000)]);
    const path = join(dir, 'hidden-published.xlsx');
    await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, path);
    await p.getByTestId('sheet-select').selectOption('พฤศจิกายน 2566');
    await p.getByTestId('check').click();
    await p.getByTestId('report').waitFor();
    // October's 260,000 from the same shop, on the hidden sheet no other reports: 510,000, over 500,000.
    const codes = await p.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toContain('flag-split-purchase');
    await p.close();
  });
});
