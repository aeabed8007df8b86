import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPaneInExcel, paneInChromium } from '../helpers/browser';
import { goodRow, o16Rows } from '../helpers/o16';
import { toOfficeRows } from '../helpers/officeValues';

const pane = paneInChromium();

/** The pane as Excel would show it: an O16 sheet with problems. */
async function paneInExcel(api: number): Promise<Page> {
  const bad = goodRow(1);
  bad[1] = 'ห้าหมื่น';
  bad[7] = '3100600445636';
  return openPaneInExcel(pane.browser, pane.url, api, toOfficeRows(o16Rows([goodRow(0), bad, goodRow(2)])));
}

/** Insert the OIT 2567 checklist from the Templates tab, as a user would, and wait for its sheet. */
async function insertOit2567(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'แม่แบบ' }).click();
  await page.getByTestId('template-select').selectOption('oit-2567');
  await page.getByRole('button', { name: 'แทรกแม่แบบเป็นแผ่นงานใหม่' }).click();
  await page.getByText('สร้างแผ่นงาน "OIT 2567" แล้ว').waitFor();
}

const cfCount = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __fake: { model: { sheets: { conditionalFormats: unknown[] }[] } } }).__fake.model
        .sheets[1]!.conditionalFormats.length,
  );

describe('the pane inside Excel (office.js stand-in, the adapter’s fake Excel)', () => {
  it('checks the active sheet, goes to a cell, marks, clears and re-checks after an edit', async () => {
    const page = await paneInExcel(20);
    expect(await page.getByTestId('limits').count()).toBe(0);
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    const findings = await page
      .getByTestId('finding')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-cell')}`));
    expect(findings.sort()).toEqual(['not-a-number@B3', 'tax-id-checksum@H3']);

    await page.locator('[data-testid=finding][data-cell=H3]').click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { __fake: { model: { sheets: { selection: string }[] } } }).__fake.model.sheets[1]!
              .selection,
        ),
      )
      .toBe('H3');

    const notes = () =>
      page.evaluate(() =>
        [
          ...(
            window as unknown as { __fake: { model: { sheets: { cells: Map<string, { note?: string }> }[] } } }
          ).__fake.model.sheets[1]!.cells.entries(),
        ]
          .filter(([, c]) => c.note !== undefined)
          .map(([k, c]) => `${k} ${c.note!.slice(0, 11)}`)
          .sort(),
      );
    await page.getByTestId('mark').click();
    await page.getByTestId('fixed').filter({ hasText: 'ทำเครื่องหมาย 2 เซลล์' }).waitFor();
    expect(await page.getByTestId('fixed').textContent()).toContain('เขียนบันทึกบอกสิ่งที่ผิดไว้ 2 เซลล์');
    expect(await cfCount(page)).toBeGreaterThan(0);
    expect(await notes()).toEqual(['3,2 [ITA-CHECK]', '3,8 [ITA-CHECK]']);
    await page.getByTestId('clear-marks').click();
    await page.getByTestId('fixed').filter({ hasText: 'ล้างเครื่องหมาย' }).waitFor();
    // Said without a count: the marks are one rule and two notes, which "3" would not tell the user.
    expect(await page.getByTestId('fixed').textContent()).toBe('ล้างเครื่องหมายของการตรวจแล้ว ข้อมูลและรูปแบบของคุณยังอยู่ครบ');
    expect(await cfCount(page)).toBe(0);
    expect(await notes()).toEqual([]);
    // Cleared again, nothing is there to clear, and the pane says so.
    await page.getByTestId('clear-marks').click();
    await page.getByTestId('fixed').filter({ hasText: 'ไม่มีเครื่องหมายของการตรวจให้ล้าง' }).waitFor();

    // The user corrects B3 in Excel: the pane hears it and checks row 3 again.
    await page.evaluate(() =>
      (
        window as unknown as { __fake: { excel: { edit: (s: string, a: string, v: unknown[][]) => Promise<void> } } }
      ).__fake.excel.edit('O16', 'B3', [[50001]]),
    );
    await page.getByTestId('fixed').filter({ hasText: 'ตรวจแถว 3 ซ้ำแล้ว' }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('finding').count()).toBe(1);

    // The user inserts a row above row 3: every row below moves down, and so must the finding.
    await page.evaluate(async () => {
      type Fake = {
        model: { sheets: { name: string; cells: Map<string, unknown> }[] };
        excel: { edit: (s: string, a: string, v: undefined, e: { changeType: string }) => Promise<void> };
      };
      const fake = (window as unknown as { __fake: Fake }).__fake;
      const sheet = fake.model.sheets.find((x) => x.name === 'O16')!;
      const moved = new Map<string, unknown>();
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        moved.set(`${r >= 3 ? r + 1 : r},${c}`, cell);
      }
      sheet.cells = moved;
      // By the time the pane looks, the user is on another sheet: the sheet watched is read again.
      (fake.model as unknown as { active: number }).active = 0;
      await fake.excel.edit('O16', '3:3', undefined, { changeType: 'RowInserted' });
    });
    await page.locator('[data-testid=finding][data-cell=H4]').waitFor({ timeout: 10_000 });
    const after = await page
      .getByTestId('finding')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-cell')}`));
    // The new row is still empty: a blank row inside the table.
    expect(after.sort()).toEqual(['blank-rows@A3', 'tax-id-checksum@H4']);
    // The note says the whole sheet was read again, not the rows of the edit before.
    await page.getByTestId('fixed').filter({ hasText: 'ตรวจทั้งแผ่นงานซ้ำแล้ว' }).waitFor();
    expect(await page.getByTestId('fixed').textContent()).not.toContain('ตรวจแถว 3');

    await page.getByTestId('findings-sheet').click();
    await page.getByTestId('fixed').filter({ hasText: 'ผลการตรวจสอบ' }).waitFor();
    const sheets = await page.evaluate(() =>
      (window as unknown as { __fake: { model: { sheets: { name: string }[] } } }).__fake.model.sheets.map(
        (s) => s.name,
      ),
    );
    expect(sheets).toContain('ผลการตรวจสอบ');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('re-checks after an edit of a sheet deleted and made again under the same name, once it is checked', async () => {
    const page = await paneInExcel(20);
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    // The user deletes O16 and pastes the table into a new sheet named O16: to Excel, another sheet.
    await page.evaluate(() => {
      type Fake = {
        model: { sheets: { name: string; cells: Map<string, unknown> }[] };
        newSheet: (n: string) => { cells: Map<string, unknown> };
      };
      const fake = (window as unknown as { __fake: Fake }).__fake;
      const again = fake.newSheet('O16');
      again.cells = new Map(fake.model.sheets[1]!.cells);
      fake.model.sheets[1] = again as never;
    });
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(2);
    await page.evaluate(() =>
      (
        window as unknown as { __fake: { excel: { edit: (s: string, a: string, v: unknown[][]) => Promise<void> } } }
      ).__fake.excel.edit('O16', 'B3', [[50001]]),
    );
    await page.getByTestId('fixed').filter({ hasText: 'ตรวจแถว 3 ซ้ำแล้ว' }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('finding').count()).toBe(1);
    await page.close();
  });

  it('a fix on a marked sheet marks it afresh: the cell fixed is no longer marked', async () => {
    const page = await paneInExcel(20);
    // Row 2's signing date typed with a CE year: a warning with a fix.
    await page.evaluate(() =>
      (
        window as unknown as { __fake: { model: { sheets: { cells: Map<string, unknown> }[] } } }
      ).__fake.model.sheets[1]!.cells.set('2,11', { value: '31/01/2024' }),
    );
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    const marked = () =>
      page.evaluate(() =>
        (
          window as unknown as {
            __fake: { model: { sheets: { conditionalFormats: { rects: { top: number; left: number }[] }[] }[] } };
          }
        ).__fake.model.sheets[1]!.conditionalFormats.flatMap((cf) => cf.rects.map((r) => `${r.top},${r.left}`)).sort(),
      );
    await page.getByTestId('mark').click();
    await page.getByTestId('fixed').filter({ hasText: 'ทำเครื่องหมาย 3 เซลล์' }).waitFor();
    expect(await marked()).toEqual(['2,11', '3,2', '3,8']);
    await page.locator('[data-testid="finding-group"][data-code="ce-year"] [data-testid="fix"]').click();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(2);
    await expect.poll(marked).toEqual(['3,2', '3,8']);
    // Cleared, a later fix marks nothing.
    await page.getByTestId('clear-marks').click();
    await page.getByTestId('fixed').filter({ hasText: 'ล้างเครื่องหมาย' }).waitFor();
    expect(await marked()).toEqual([]);
    await page.close();
  });

  it('a fix keeps to its sheet, says why it could not be made, and a cell corrected by hand loses its mark', async () => {
    type Fake = {
      model: {
        active: number;
        sheets: {
          cells: Map<string, unknown>;
          protection?: { protected: boolean };
          conditionalFormats: { rects: { top: number; left: number }[] }[];
        }[];
      };
      excel: { edit: (s: string, a: string, v: unknown[][]) => Promise<void> };
    };
    const page = await paneInExcel(20);
    await page.evaluate(() =>
      (window as unknown as { __fake: Fake }).__fake.model.sheets[1]!.cells.set('2,11', { value: '31/01/2024' }),
    );
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    const fix = page.locator('[data-testid="finding-group"][data-code="ce-year"] [data-testid="fix"]');
    // Protected: nothing written, and the pane says so (a re-check used to wipe the message).
    await page.evaluate(
      () => ((window as unknown as { __fake: Fake }).__fake.model.sheets[1]!.protection = { protected: true }),
    );
    await fix.click();
    await expect.poll(() => page.getByTestId('problem').textContent()).toContain('ถูกป้องกัน');
    expect(await page.getByTestId('finding').count()).toBe(3);
    // Unprotected, with the user on another sheet by now: the sheet fixed is the one checked again.
    await page.evaluate(() => {
      const fake = (window as unknown as { __fake: Fake }).__fake;
      fake.model.sheets[1]!.protection = { protected: false };
      fake.model.active = 0;
    });
    await fix.click();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(2);
    expect(await page.getByTestId('report').textContent()).toContain('O16');
    // Marked, then B3 corrected by hand: its mark goes with its finding.
    await page.getByTestId('mark').click();
    await page.getByTestId('fixed').filter({ hasText: 'ทำเครื่องหมาย 2 เซลล์' }).waitFor();
    await page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.excel.edit('O16', 'B3', [[50001]]));
    await page.getByTestId('fixed').filter({ hasText: 'ตรวจแถว 3 ซ้ำแล้ว' }).waitFor({ timeout: 10_000 });
    const marked = await page.evaluate(() =>
      (window as unknown as { __fake: Fake }).__fake.model.sheets[1]!.conditionalFormats.flatMap((cf) =>
        cf.rects.map((r) => `${r.top},${r.left}`),
      ),
    );
    expect(marked).toEqual(['3,8']);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('takes off marks left from before the cells were corrected unheard, when the sheet has no findings now', async () => {
    type Fake = { model: { sheets: { cells: Map<string, { value: unknown; note?: string }> }[] } };
    const page = await paneInExcel(20);
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    await page.getByTestId('mark').click();
    await page.getByTestId('fixed').filter({ hasText: 'ทำเครื่องหมาย 2 เซลล์' }).waitFor();
    // Corrected with the pane closed (no edit event heard), then checked afresh: nothing found.
    await page.evaluate(() => {
      const cells = (window as unknown as { __fake: Fake }).__fake.model.sheets[1]!.cells;
      cells.set('3,2', { ...cells.get('3,2')!, value: 50001 });
      cells.set('3,8', { ...cells.get('3,8')!, value: '3100600445635' });
    });
    await page.getByTestId('check').click();
    await expect.poll(() => page.getByTestId('counts').textContent()).toContain('0');
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await page.getByTestId('mark').count()).toBe(0);
    expect(await cfCount(page)).toBeGreaterThan(0);
    await page.getByTestId('clear-marks').click();
    await page.getByTestId('fixed').filter({ hasText: 'ล้างเครื่องหมาย' }).waitFor();
    expect(await cfCount(page)).toBe(0);
    const notes = await page.evaluate(() =>
      [...(window as unknown as { __fake: Fake }).__fake.model.sheets[1]!.cells.values()].filter((c) => c.note),
    );
    expect(notes).toEqual([]);
    await page.close();
  });

  it('marks every cell of a code found more often than the report lists (a thousand), not only those listed', async () => {
    const rows = Array.from({ length: 1_100 }, (_, i) => goodRow(i));
    for (const r of rows) r[7] = '3100600445636'; // a check digit off: an error on every row
    const page = await openPaneInExcel(pane.browser, pane.url, 20, toOfficeRows(o16Rows(rows)));
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    await page.getByTestId('mark').click();
    await page.getByTestId('fixed').filter({ hasText: 'ทำเครื่องหมาย 1,100 เซลล์' }).waitFor({ timeout: 20_000 });
    // One rule covers the column's 1,100 cells, H2:H1101.
    const rects = await page.evaluate(() =>
      (
        window as unknown as {
          __fake: { model: { sheets: { conditionalFormats: { formula?: string; rects: unknown[] }[] }[] } };
        }
      ).__fake.model.sheets[1]!.conditionalFormats.flatMap((cf) => (cf.formula?.includes('ITA-CHECK') ? cf.rects : [])),
    );
    expect(rects).toEqual([{ top: 2, left: 8, bottom: 1101, right: 8 }]);
    await page.close();
  });

  it('in Excel 2016 (ExcelApi 1.1) says plainly what is missing, still checks, and offers a file instead', async () => {
    const page = await paneInExcel(1);
    const limits = await page.getByTestId('limits').textContent();
    expect(limits).toContain('รายการดรอปดาวน์ในแม่แบบ');
    expect(limits).toContain('การทำเครื่องหมายในแผ่นงาน');
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    expect(await page.getByTestId('finding').count()).toBe(2);
    expect(await page.getByTestId('mark').count()).toBe(0);
    // A findings sheet is a new sheet, as a template is: offered all the same.
    expect(await page.getByTestId('findings-sheet').count()).toBe(1);
    expect(await page.getByTestId('recheck').count()).toBe(0);
    await page.getByTestId('toggle-file').click();
    await page.getByTestId('drop-zone').waitFor();
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('with a chart sheet in front, says to click a worksheet, and checks once one is', async () => {
    const page = await paneInExcel(20);
    const chartInFront = (on: boolean) =>
      page.evaluate(
        (v) =>
          void ((
            window as unknown as { __fake: { model: { chartSheetActive?: boolean } } }
          ).__fake.model.chartSheetActive = v),
        on,
      );
    await chartInFront(true);
    await page.getByTestId('check').click();
    await page.getByText('เป็นเช่นนี้เมื่อเปิดแผ่นแผนภูมิอยู่', { exact: false }).waitFor();
    await chartInFront(false);
    await page.getByTestId('check').click();
    await page.getByTestId('report').waitFor();
    expect(await page.getByTestId('finding').count()).toBe(2);
    await page.close();
  });

  it('inserts a template into the workbook as a new sheet', async () => {
    const page = await paneInExcel(20);
    await insertOit2567(page);
    const names = await page.evaluate(() =>
      (window as unknown as { __fake: { model: { sheets: { name: string }[] } } }).__fake.model.sheets.map(
        (s) => s.name,
      ),
    );
    expect(names).toEqual(['Sheet1', 'O16', 'OIT 2567']);
    await page.close();
  });

  it("follows the user's edits of a checklist on the Score tab: an item marked done raises the score", async () => {
    const page = await paneInExcel(20);
    await insertOit2567(page);
    await page.getByRole('tab', { name: 'คะแนน' }).click();
    await page.getByTestId('checklist-read').click();
    await page.getByTestId('checklist-score').waitFor();
    expect(await page.getByTestId('checklist-live').textContent()).toBe('คะแนนปรับตามการแก้ไขในแผ่นงานนี้ทันที');
    const overall = () => page.getByTestId('bar').first().locator('[data-testid=bar-value]').textContent();
    expect(await overall()).toBe('0.00%');
    const missing = () =>
      page.getByTestId('missing-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(await missing()).toContain('O3');

    // The user marks O3 (one component, one row) done in Excel, without touching the pane.
    await page.evaluate(async () => {
      type Fake = {
        model: { sheets: { name: string; cells: Map<string, { value: unknown }> }[] };
        excel: { edit: (s: string, a: string, v: unknown[][]) => Promise<void> };
      };
      const fake = (window as unknown as { __fake: Fake }).__fake;
      const sheet = fake.model.sheets.find((x) => x.name === 'OIT 2567')!;
      const at = [...sheet.cells.entries()].find(([k, c]) => k.endsWith(',1') && c.value === 'O3')![0];
      const row = Number(at.split(',')[0]);
      await fake.excel.edit('OIT 2567', `E${row}`, [['ดำเนินการแล้ว']]);
    });
    await expect.poll(overall, { timeout: 10_000 }).not.toBe('0.00%');
    expect(await missing()).not.toContain('O3');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});
