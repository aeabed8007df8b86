import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontsUsedFor, launchChromium, openPane } from '../helpers/browser';
import { O16_HEADERS, goodRow, o16Rows, withoutColumns, writeXlsx } from '../helpers/o16';
import { servePane } from '../helpers/server';
import { tempDir } from '../helpers/tmp';

let browser: Browser;
let server: Awaited<ReturnType<typeof servePane>>;
let dir: string;
let page: Page;

beforeAll(async () => {
  dir = await tempDir();
  server = await servePane();
  browser = await launchChromium();
  const row = goodRow(1);
  row[0] = null; // empty งานที่ซื้อหรือจ้าง on row 5
  await writeXlsx(join(dir, 'agency.xlsx'), {
    ปก: [['รายงานผลการจัดซื้อจัดจ้าง']],
    O16: withoutColumns(o16Rows([goodRow(0), row], { titleRows: [['เทศบาลตำบลตัวอย่าง'], []] }), ['ราคากลาง (บาท)'], 2),
  });
  page = await openPane(browser, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the task pane in a plain browser (no Excel)', () => {
  it('opens in Thai with a way to open a file', async () => {
    await expect.poll(() => page.getByRole('tab', { name: 'ตรวจสอบ' }).isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: 'แม่แบบ' }).isVisible()).toBe(true);
    expect(await page.getByTestId('file-name').textContent()).toBe('ยังไม่ได้เปิดไฟล์');
    // No placeholder tab for scoring before that work lands.
    expect(await page.getByRole('tab').count()).toBe(2);
  });

  it('renders Thai with a Thai font, not boxes', async () => {
    const fonts = await fontsUsedFor(page, 'h1');
    expect(fonts.length).toBeGreaterThan(0);
    expect(
      fonts.some((f) => /Loma|Garuda|Norasi|Kinnari|Sawasdee|Umpush|Waree|Tlwg|Sarabun|Noto Sans Thai/i.test(f)),
    ).toBe(true);
  });

  it('checks a real .xlsx and lists the same findings the CLI reports', async () => {
    await page.getByTestId('file-input').setInputFiles(join(dir, 'agency.xlsx'));
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('agency.xlsx');
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

  it('downloads the ita2567-o16 template as an .xlsx holding an Excel table with the 12 headers', async () => {
    await page.getByRole('tab', { name: 'แม่แบบ' }).click();
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
