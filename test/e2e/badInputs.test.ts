import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD, corpusFiles, digest, expectations, type Expected } from '../helpers/badCorpus';
import { openPane, paneInChromium } from '../helpers/browser';

const pane = paneInChromium();

let page: Page;
let expected: Record<string, Expected>;

beforeAll(async () => {
  expected = await expectations();
  page = await openPane(pane.browser, pane.url);
});

describe('the bad-input corpus in the pane (no Excel)', () => {
  it('shows every file its findings, or why it cannot be read, and nothing breaks', async () => {
    const names = await corpusFiles();
    const before = await Promise.all(names.map((n) => digest(join(BAD, n))));
    for (const name of names) {
      const want = expected[name]!;
      await page.getByTestId('file-input').setInputFiles(join(BAD, name));
      if (want.error) {
        await expect
          .poll(() => page.getByTestId('file-error').textContent(), { timeout: 20_000 })
          .toBe(`อ่านไฟล์ไม่ได้: ${want.error.th}`);
        if (name === 'zero-byte.xlsx') {
          // The reason follows a switch of language, as everything else on the pane does.
          await page.getByTestId('lang').click();
          expect(await page.getByTestId('file-error').textContent()).toBe(`Cannot read the file: ${want.error.en}`);
          await page.getByTestId('lang').click();
        }
        continue;
      }
      await page.getByTestId('file-name').filter({ hasText: name }).waitFor({ timeout: 20_000 });
      for (const [sheet, w] of Object.entries(want.sheets!)) {
        if ((await page.getByTestId('sheet-select').count()) > 0)
          await page.getByTestId('sheet-select').selectOption(sheet);
        await page.getByTestId('check').click();
        await page.locator(`[data-testid=report]`).filter({ hasText: sheet }).waitFor({ timeout: 20_000 });
        const shown = await page
          .getByTestId('finding')
          .evaluateAll((els) => els.map((e) => [e.getAttribute('data-code'), e.getAttribute('data-cell')]));
        const sorted = shown.sort((a, b) => (a.join() < b.join() ? -1 : 1));
        expect(sorted, `${name} / ${sheet}: ${want.why}`).toEqual(w.findings);
      }
    }
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    // The pane reads files; it never writes them.
    expect(await Promise.all(names.map((n) => digest(join(BAD, n))))).toEqual(before);
  }, 180_000);
});
