/**
 * The pane for everyone: the English UI all English, keyboard users keep their place, screen readers
 * are told what happened, a narrow pane shows whole words, and errors in Excel are said, not thrown.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openFile, openPane, openPaneInExcel, paneInChromium } from '../helpers/browser';
import { goodRow, o16Rows, writeXlsx } from '../helpers/o16';
import { REAL } from '../helpers/shared';
import { toOfficeRows } from '../helpers/officeValues';
import { tempDir } from '../helpers/tmp';

const pane = paneInChromium();
const EGP = join(REAL, 'praciller_dga-egp-contract-2568-250.csv');
const THAI = /[\u0E00-\u0E7F]/;
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  const rows = [goodRow(0), goodRow(1), goodRow(2), goodRow(3)];
  rows[0]![1] = '50,000'; // number-as-text, fixable
  rows[1]![7] = '3100600445636'; // tax-id-checksum
  rows[2]![11] = '31/01/2024'; // ce-year, fixable to a date
  rows[3]![0] = null; // required-value
  await writeXlsx(join(dir, 'findings.xlsx'), { O16: o16Rows(rows) });
  const many = Array.from({ length: 60 }, (_, i) => goodRow(i));
  for (const r of many) r[1] = (r[1] as number).toLocaleString('en-US');
  await writeXlsx(join(dir, 'many.xlsx'), { O16: o16Rows(many) });
  const dashed = goodRow(0);
  dashed[7] = '0-1055-36112-01-4'; // id-wording, fixable to 0105536112014
  await writeXlsx(join(dir, 'ids.xlsx'), { O16: o16Rows([dashed]) });
  // A ministry's year: billions of baht by one method.
  const large = [0, 1, 2].map((i) => goodRow(i));
  for (const r of large) [r[1], r[5], r[6]] = [1_999_990_000, 1_999_990_000, 1_979_990_000];
  await writeXlsx(join(dir, 'billions.xlsx'), { O16: o16Rows(large) });
});

const errorsOf = (p: Page) => (p as Page & { errors: string[] }).errors;
const active = (p: Page) =>
  p.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return !a || a === document.body ? 'BODY' : `${a.tagName}:${a.getAttribute('data-testid') ?? a.textContent}`;
  });

async function checked(file: string, lang: 'th' | 'en' = 'th', width = 420): Promise<Page> {
  const p = await openPane(pane.browser, pane.url);
  await p.setViewportSize({ width, height: 900 });
  if (lang === 'en') await p.getByTestId('lang').click();
  await openFile(p, join(dir, file));
  await p.getByTestId('check').click();
  await p.getByTestId('report').waitFor();
  return p;
}

async function inExcel(): Promise<Page> {
  const ce = goodRow(1);
  ce[11] = '31/01/2024';
  return openPaneInExcel(pane.browser, pane.url, 20, toOfficeRows(o16Rows([goodRow(0), ce])));
}

/** The user is typing in a cell: Excel rejects every request with InvalidOperationInCellEditMode. */
const cellEditMode = (p: Page) =>
  p.evaluate(() => {
    (window as unknown as { Excel: { run: unknown } }).Excel.run = () =>
      Promise.reject(
        Object.assign(new Error('The operation cannot be performed in cell edit mode.'), {
          name: 'RichApi.Error',
          code: 'InvalidOperationInCellEditMode',
        }),
      );
  });

describe('language', () => {
  it('in English, a date fix and its note show the date in English', async () => {
    const p = await checked('findings.xlsx', 'en');
    const fix = p.locator('[data-testid=fix][data-cell=L4]');
    const label = (await fix.textContent())!;
    await fix.click();
    await expect.poll(() => p.getByTestId('fixed').textContent()).toContain('Changed 1 cell');
    const said = (await p.getByTestId('fixed').textContent())!;
    expect({ label, said }).toEqual({
      label: expect.not.stringMatching(THAI), // is "Change to 31 ม.ค. 2567"
      said: expect.not.stringMatching(THAI), // is "Changed 1 cell: L4 31/01/2024 → 31 ม.ค. 2567"
    });
    await p.close();
  });

  it('in English, the e-GP import names the columns it could not fill in English', async () => {
    const p = await openPane(pane.browser, pane.url);
    await p.getByTestId('lang').click();
    await p.getByTestId('file-input').setInputFiles(EGP);
    await p.getByTestId('file-name').filter({ hasText: 'praciller' }).waitFor();
    await p.getByTestId('check').click();
    await p.getByTestId('import').waitFor({ timeout: 20_000 });
    await Promise.all([p.waitForEvent('download'), p.getByTestId('import-do').click()]);
    const missing = await p.getByTestId('import-note').locator('div').nth(1).textContent();
    // "Not in the e-GP file (left empty to fill in): แหล่งที่มาของงบประมาณ, สถานะการจัดซื้อจัดจ้าง, …"
    expect(missing).not.toMatch(THAI);
    await p.close();
  });

  it('the notes on the Score tab follow a language switch', async () => {
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'findings.xlsx'));
    await p.getByRole('tab', { name: 'คะแนน' }).click();
    await p.getByTestId('checklist-read').click();
    await p.getByTestId('score-read').click();
    await p.getByText('แผ่นงานนี้ไม่มีคะแนน ITA ครบ 10 ตัวชี้วัด').waitFor();
    await p.getByTestId('lang').click();
    const notes = await p.locator('section .fui-MessageBar').allTextContents();
    // ["แผ่นงานนี้ไม่ใช่แบบตรวจ OIT: …", "แผ่นงานนี้ไม่มีคะแนน ITA ครบ 10 ตัวชี้วัด"] under English headings
    expect(notes.filter((n) => THAI.test(n))).toEqual([]);
    await p.close();
  });

  it('in Thai, the severity filters are announced by a Thai name', async () => {
    const p = await checked('findings.xlsx', 'th');
    const group = await p.locator('[data-testid=filter-error]').locator('xpath=..').getAttribute('aria-label');
    expect(group).toMatch(THAI); // is "severity" in both languages
    await p.close();
  });

  it('in Excel, a failure on the Score and Templates tabs gives the same advice as the Check tab', async () => {
    const p = await inExcel();
    await cellEditMode(p);
    await p.getByTestId('check').click();
    const advice = (await p.getByTestId('problem').textContent())!; // "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc …"
    await p.getByRole('tab', { name: 'คะแนน' }).click();
    await p.getByTestId('checklist-read').click();
    const checklist = await p.locator('section .fui-MessageBar').first().textContent();
    await p.getByRole('tab', { name: 'แม่แบบ' }).click();
    await p.getByRole('button', { name: 'แทรกแม่แบบเป็นแผ่นงานใหม่' }).click();
    // The note under the insert button, whatever it says.
    const note = p.locator('[role=status]:visible .fui-MessageBar').last();
    await note.waitFor();
    const template = await note.textContent();
    expect({ checklist, template }).toEqual({ checklist: advice, template: advice });
    await p.close();
  });

  it('in English, the findings sheet is written and named in English', async () => {
    const p = await inExcel();
    await p.getByTestId('lang').click();
    await p.getByTestId('check').click();
    await p.getByTestId('findings-sheet').click();
    await p.getByTestId('fixed').filter({ hasText: 'written' }).waitFor();
    const said = await p.getByTestId('fixed').textContent();
    expect(said).not.toMatch(THAI);
    const sheets = await p.evaluate(() =>
      (window as unknown as { __fake: { model: { sheets: { name: string }[] } } }).__fake.model.sheets.map(
        (s) => s.name,
      ),
    );
    expect(sheets).toContain('Findings');
    await p.close();
  });
});

describe('keyboard and screen readers', () => {
  it('focus stays in place after Check, moves to the next finding after a fix, and to the first new one after "Show all"', async () => {
    const p = await openPane(pane.browser, pane.url);
    await openFile(p, join(dir, 'findings.xlsx'));
    await p.getByTestId('check').focus();
    await p.keyboard.press('Enter');
    await p.getByTestId('report').waitFor();
    const afterCheck = await active(p);
    await p.locator('[data-testid=fix][data-cell=B2]').focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => p.getByTestId('finding').count()).toBe(3);
    const afterFix = await active(p);
    await p.keyboard.press('Tab');
    const tabAfterFix = await active(p); // back at the top of the pane
    const q = await checked('many.xlsx');
    await q.getByTestId('show-all').focus();
    await q.keyboard.press('Enter');
    await expect.poll(() => q.getByTestId('finding').count()).toBe(60);
    const afterShowAll = await active(q);
    expect({ afterCheck, afterFix, tabAfterFix, afterShowAll }).toEqual({
      afterCheck: expect.not.stringMatching(/^BODY$/),
      afterFix: expect.not.stringMatching(/^BODY$/),
      tabAfterFix: expect.stringMatching(/finding|fix/),
      afterShowAll: expect.not.stringMatching(/^BODY$/),
    });
    await p.close();
    await q.close();
  });

  it('the result of a check or a fix, and a file error, are in live regions', async () => {
    const p = await checked('findings.xlsx');
    await p.locator('[data-testid=fix][data-cell=B2]').click();
    await p.getByTestId('fixed').waitFor();
    await p.getByTestId('file-input').setInputFiles(join(__dirname, '../fixtures/bad/zero-byte.xlsx'));
    await p.getByTestId('file-error').waitFor();
    const live = await p.evaluate(() =>
      [...document.querySelectorAll('[aria-live],[role=status],[role=alert],[role=log]')].map((e) => e.textContent),
    );
    expect(live.join(' ')).toMatch(/อ่านไฟล์ไม่ได้|แก้ไข 1 เซลล์/); // there is no live region at all
    await p.close();
  });

  it('the finding opened is marked as current, not by colour only', async () => {
    const p = await checked('findings.xlsx');
    const f = p.locator('[data-testid=finding][data-cell=A5]');
    await f.focus();
    await p.keyboard.press('Enter');
    await p.getByTestId('preview').waitFor(); // opening by keyboard works
    const state = await f.evaluate((e) => e.getAttribute('aria-current') ?? e.getAttribute('aria-pressed'));
    expect(state).not.toBeNull();
    await p.close();
  });
});

describe('a narrow pane (320 px)', () => {
  it('at 320 px the severity badges show whole words', async () => {
    for (const lang of ['th', 'en'] as const) {
      const p = await checked('findings.xlsx', lang, 320);
      const clipped = await p
        .locator('[data-testid=finding-group] .fui-Badge')
        .evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight).map((e) => e.textContent));
      // th: ['ข้อผิดพลาด','ข้อผิดพลาด','ข้อสังเกต'], en: ['Error','Error','Warning','Info']
      expect(clipped, lang).toEqual([]);
      await p.close();
    }
  });

  it('at 320 px a fix shows a 13-digit id whole, never broken across lines', async () => {
    const p = await checked('ids.xlsx', 'th', 320);
    const id = p.locator('[data-testid=fix][data-cell=H2] span', { hasText: /^ข้อความ 0105536112014$/ });
    expect(await id.evaluate((e) => e.getClientRects().length)).toBe(1);
    // The message beside a fix keeps most of the pane's width: the fix goes under it.
    const width = await p.locator('[data-testid=finding][data-cell=H2]').evaluate((e) => e.clientWidth);
    expect(width).toBeGreaterThan(250); // 173 beside the button, a few words a line
    await p.close();
  });

  it('at 320 px a fix sits above the line that closes its finding, and says a text becomes a number', async () => {
    for (const lang of ['th', 'en'] as const) {
      const p = await checked('findings.xlsx', lang, 320);
      for (const cell of ['B2', 'L4']) {
        const top = (await p.locator(`[data-testid=finding][data-cell=${cell}]`).boundingBox())!.y;
        const fix = (await p.locator(`[data-testid=fix][data-cell=${cell}]`).boundingBox())!;
        // Every dividing line drawn in the list, by whatever element draws it.
        const lines = await p
          .locator('[data-testid=finding-group] *')
          .evaluateAll((els) =>
            els
              .filter((e) => parseFloat(getComputedStyle(e).borderBottomWidth) > 0)
              .map((e) => e.getBoundingClientRect().bottom),
          );
        expect(
          lines.filter((y) => y > top + 1 && y < fix.y + fix.height - 1),
          `${lang} ${cell}`,
        ).toEqual([]);
      }
      // "Change to 50,000" beside a cell showing 50,000 would read as changing nothing.
      expect(await p.locator('[data-testid=fix][data-cell=B2]').textContent()).toContain(
        lang === 'th' ? 'ตัวเลข 50,000' : 'the number 50,000',
      );
      await p.close();
    }
  });

  it('at 320 px the forms offered start with their id (year and form), which the cut-off end would hide', async () => {
    const p = await checked('findings.xlsx', 'en', 320);
    const options = await p.getByTestId('form-select').locator('option').allTextContents();
    expect(options[0]).toBe('Find the form automatically');
    expect(options.slice(1).every((o) => /^[a-z0-9-]+: /.test(o))).toBe(true);
    expect(options).toContain('ita2567-o16: Procurement results, fiscal year 2567 (ITA O16/O17)');
    await p.close();
  });

  it('at 320 px a budget of billions stays on one line beside its bar', async () => {
    const p = await checked('billions.xlsx', 'th', 320);
    const value = p.getByTestId('method-summary').getByTestId('bar-value').first();
    expect(await value.textContent()).toBe('5,999,970,000');
    // One line: as tall as its line height ("5,999,970,00" and a lone "0" under it before).
    expect(
      await value.evaluate((e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)),
    ).toBe(1);
    await p.close();
  });
});

describe('a pane zoomed to 200 % (160 px)', () => {
  it('the preview breaks its lines between words, never inside an id or a Thai word', async () => {
    const p = await checked('ids.xlsx', 'th', 160);
    await p.locator('[data-testid=finding][data-cell=H2]').click();
    const preview = p.getByTestId('preview');
    await preview.waitFor();
    // Each token of the preview's text lies on one line: its pieces' client rects share one top.
    const split = await preview.evaluate((box) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        for (const m of text.matchAll(/[0-9][0-9-]{8,}[0-9]|ประกอบ/g)) {
          const r = document.createRange();
          r.setStart(n, m.index);
          r.setEnd(n, m.index + m[0].length);
          if (new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1) out.push(m[0]);
        }
      }
      return out;
    });
    expect(await preview.textContent()).toContain('0-1055-36112-01-4');
    expect(split).toEqual([]);
    // Nor does an id kept whole push a finding's message past the pane, to be scrolled sideways line by line.
    const past = await p
      .locator('[data-testid=finding]')
      .evaluateAll((els) =>
        els
          .filter(
            (e) =>
              e.scrollWidth > e.clientWidth + 1 ||
              e.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
          )
          .map((e) => e.getAttribute('data-cell')),
      );
    expect(past).toEqual([]);
    await p.close();
  });

  it('a budget of billions goes under its bar rather than be cut at the edge', async () => {
    const p = await checked('billions.xlsx', 'th', 160);
    const values = p.getByTestId('method-summary').getByTestId('bar-value');
    const clipped = await values.evaluateAll((els) =>
      els
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((e) => e.textContent),
    );
    expect(await values.count()).toBeGreaterThan(0);
    expect(clipped).toEqual([]);
    await p.close();
  });
});

describe('errors in Excel', () => {
  it('in Excel, reading scores while a cell is being edited says why, and throws nothing', async () => {
    const p = await inExcel();
    await p.getByRole('tab', { name: 'คะแนน' }).click();
    await cellEditMode(p);
    await p.getByTestId('score-read').click();
    await p.waitForTimeout(500);
    expect(errorsOf(p)).toEqual([]); // ["The operation cannot be performed in cell edit mode."]
    await p.close();
  });
});

describe('a screen reader user, and a pane zoomed in', () => {
  it('moves through the findings by group headings, and each "fix all" names its group', async () => {
    const p = await checked('many.xlsx');
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('th');
    // The button to switch speaks its own language.
    expect(await p.getByTestId('lang').getAttribute('lang')).toBe('en');
    const heading = p.getByRole('heading', { level: 2, name: /number-as-text/ });
    expect(await heading.count()).toBe(1);
    const all = p.locator('[data-testid=fix-all][data-code=number-as-text]');
    expect(await all.getAttribute('aria-label')).toBe(
      `แก้ทั้งหมด (60): ${(await heading.textContent())!.replace(/\s*number-as-text$/, '')}`,
    );
    // Each finding says its severity to a screen reader.
    expect(await p.getByRole('button', { name: /^ข้อสังเกต: B2 / }).count()).toBe(1);
    await p.getByTestId('lang').click();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    await p.close();
  });

  it('a finding reached by Tab is never behind the preview at the foot of a small pane', async () => {
    const p = await checked('many.xlsx', 'th', 320);
    await p.setViewportSize({ width: 320, height: 500 });
    await p.locator('[data-testid=finding][data-cell=B2]').click();
    await p.getByTestId('preview').waitFor();
    for (let i = 0; i < 16; i++) {
      await p.keyboard.press('Tab');
      const [focus, preview] = await p.evaluate(() => [
        document.activeElement!.getBoundingClientRect().bottom,
        document.querySelector('[data-testid=preview]')!.getBoundingClientRect().top,
      ]);
      expect(focus, `Tab ${i + 1}`).toBeLessThanOrEqual(preview + 1);
    }
    await p.close();
  });

  it('at 150 % zoom of a 320 px pane the tabs wrap rather than run past the edge', async () => {
    for (const lang of ['th', 'en'] as const) {
      const p = await checked('findings.xlsx', lang, 213);
      const right = await p
        .getByRole('tab')
        .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
      expect(right, lang).toBeLessThanOrEqual(213);
      await p.close();
    }
  });
});
