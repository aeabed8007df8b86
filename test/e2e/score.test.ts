import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openFile, openPane, paneInChromium } from '../helpers/browser';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const pane = paneInChromium();

let dir: string;
let page: Page;

beforeAll(async () => {
  dir = await tempDir();
  // A checklist made by the CLI, half filled in as a working group would.
  const path = join(dir, 'oit.xlsx');
  expect((await runCli(['template', 'oit-2567', '-o', path])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('OIT 2567')!;
  ws.eachRow((row, n) => {
    const code = String(row.getCell(1).value ?? '');
    const num = Number(code.slice(1));
    if (n > 3 && /^O\d+$/.test(code) && (num >= 26 || num <= 12)) {
      row.getCell(5).value = 'ดำเนินการแล้ว';
      row.getCell(6).value = 'https://www.example.go.th/';
    }
  });
  await writeFile(join(dir, 'oit-filled.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
  page = await openPane(pane.browser, pane.url);
  await page.getByRole('tab', { name: 'คะแนน' }).click();
});

describe('the Score tab', () => {
  it('names the sub-indicators of OIT 2566 in the language chosen', async () => {
    const path = join(dir, 'oit-2566.xlsx');
    expect((await runCli(['template', 'oit-2566', '-o', path])).code).toBe(0);
    const other = await openPane(pane.browser, pane.url);
    await other.getByTestId('lang').click();
    await other.getByRole('tab', { name: 'Score' }).click();
    await openFile(other, path);
    await other.getByTestId('checklist-read').click();
    await other.getByTestId('checklist-score').waitFor();
    const labels = await other.getByTestId('bar').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
    expect(labels).toContain('9.1 Basic information');
    await other.close();
  });

  it('shows checklist completeness per indicator as bars with numbers, and the items still missing', async () => {
    await openFile(page, join(dir, 'oit-filled.xlsx'));
    await page.getByTestId('checklist-read').click();
    await page.getByTestId('checklist-score').waitFor();
    const bars = await page
      .getByTestId('bar')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-label'), e.querySelector('[data-testid=bar-value]')!.textContent]),
      );
    expect(bars[0]).toEqual(['รวมทุกข้อ (oit-2567)', expect.stringMatching(/^\d+\.\d\d%$/)]);
    expect(bars.find(([l]) => l!.startsWith('ตัวชี้วัดที่ 10'))![1]).toBe('100.00%');
    const missing = await page.getByTestId('missing-item').evaluateAll((els) => els.map((e) => e.dataset.code));
    expect(missing).toEqual(Array.from({ length: 13 }, (_, i) => `O${i + 13}`));
    expect(Number(await page.getByTestId('projected-oit').textContent())).toBe(74);
    // Each missing item is named in full in a list, for keyboard and screen-reader users too (not in a tooltip).
    const list = page.getByRole('list', { name: 'ข้อที่ยังไม่ครบ' });
    expect(await list.getByRole('listitem').count()).toBe(13);
    expect(await page.getByTestId('missing-item').first().textContent()).toMatch(/^O13 \S.+ \(\d+\.\d\d%\)$/);
    // The score read is said aloud.
    expect(await page.getByRole('status').filter({ hasText: 'แบบตรวจ OIT ครบ' }).textContent()).toMatch(
      /^แบบตรวจ OIT ครบ \d+\.\d\d% ครบ \d+ จาก \d+ ข้อ/,
    );
  });

  it("says when the sheet's own formulas count statuses otherwise, as with ✓ or มี typed in", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(dir, 'oit-filled.xlsx'))) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('OIT 2567')!;
    let typed = 0;
    ws.eachRow((row, n) => {
      if (n > 3 && row.getCell(5).value === 'ดำเนินการแล้ว' && typed < 3) {
        row.getCell(5).value = ['✓', 'มี', 'เผยแพร่แล้ว'][typed++]!;
      }
    });
    await writeFile(join(dir, 'oit-words.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const other = await openPane(pane.browser, pane.url);
    await other.getByRole('tab', { name: 'คะแนน' }).click();
    await openFile(other, join(dir, 'oit-words.xlsx'));
    await other.getByTestId('checklist-read').click();
    const warning = other.getByTestId('checklist-sheet-differs');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('สูตรคะแนนในแผ่นงานนับ 3 แถวต่างจากที่ตรวจได้');
    // The sheet as filled by the template's words alone says nothing of the kind.
    await openFile(other, join(dir, 'oit-filled.xlsx'));
    await other.getByTestId('checklist-read').click();
    await other.getByTestId('checklist-score').waitFor();
    expect(await other.getByTestId('checklist-sheet-differs').count()).toBe(0);
    await other.close();
  });

  it('follows fixes made in the Check tab to a file: the sheet differs no more once its rows are fixed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(dir, 'oit-filled.xlsx'))) as unknown as ArrayBuffer);
    let typed = 0;
    wb.getWorksheet('OIT 2567')!.eachRow((row, n) => {
      if (n > 3 && row.getCell(5).value === 'ดำเนินการแล้ว' && typed < 4) row.getCell(5).value = ['✓', 'มี'][typed++ % 2]!;
    });
    await writeFile(join(dir, 'oit-ticks.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const p = await openPane(pane.browser, pane.url);
    await p.getByRole('tab', { name: 'คะแนน' }).click();
    await openFile(p, join(dir, 'oit-ticks.xlsx'));
    await p.getByTestId('checklist-read').click();
    const warning = p.getByTestId('checklist-sheet-differs');
    expect(await warning.textContent()).toContain('สูตรคะแนนในแผ่นงานนับ 4 แถวต่างจากที่ตรวจได้');
    await p.getByRole('tab', { name: 'ตรวจสอบ' }).click();
    await p.getByTestId('check').click();
    await p.locator('[data-testid=fix-all][data-code=checklist-not-counted]').click();
    await p.getByTestId('fixed').waitFor();
    await p.getByRole('tab', { name: 'คะแนน' }).click();
    await expect.poll(() => warning.count()).toBe(0);
    await p.getByTestId('checklist-score').waitFor();
    expect((p as Page & { errors: string[] }).errors).toEqual([]);
    await p.close();
  });

  it("says the sheet's own formulas count otherwise where an item's status is merged down its rows, or its code left off rows of differing statuses", async () => {
    const path = join(dir, 'oit-all.xlsx');
    expect((await runCli(['template', 'oit-2567', '-o', path])).code).toBe(0);
    /** The checklist with every status done, then `edit`ed: O2 is rows 6–13, O4 rows 15–19. */
    const made = async (name: string, edit: (ws: ExcelJS.Worksheet) => void) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('OIT 2567')!;
      ws.eachRow((row, n) => {
        if (n > 3 && /^O\d+$/.test(String(row.getCell(1).value ?? ''))) row.getCell(5).value = 'ดำเนินการแล้ว';
      });
      edit(ws);
      await writeFile(join(dir, name), new Uint8Array(await wb.xlsx.writeBuffer()));
      return join(dir, name);
    };
    const mergeDown = (ws: ExcelJS.Worksheet, range: string) => {
      const [top, bottom] = range.split(':').map((a) => Number(a.slice(1)));
      for (let r = top! + 1; r <= bottom!; r++) ws.getCell(`${range[0]}${r}`).value = null;
      ws.mergeCells(range);
    };
    const shown = async (file: string) => {
      const p = await openPane(pane.browser, pane.url);
      await p.getByRole('tab', { name: 'คะแนน' }).click();
      await openFile(p, file);
      await p.getByTestId('checklist-read').click();
      await p.getByTestId('checklist-score').waitFor();
      const warning = p.getByTestId('checklist-sheet-differs');
      const text = (await warning.count()) ? await warning.textContent() : null;
      await p.close();
      return text;
    };
    // O2's status merged down: the formulas read rows 7–13 as blank, so LibreOffice shows 96.35 % where
    // the check reads 100 %. O4's code merged down over statuses all done counts as the check does.
    const merged = await made('oit-merged.xlsx', (ws) => {
      mergeDown(ws, 'E6:E13');
      mergeDown(ws, 'A15:A19');
    });
    expect(await shown(merged)).toContain('สูตรคะแนนในแผ่นงานนับ 1 ข้อต่างจากที่ตรวจได้');
    expect(await shown(await made('oit-code-merged.xlsx', (ws) => mergeDown(ws, 'A15:A19')))).toBeNull();
    // Under a code merged down, a component not done: the formulas take the first row's status for all five.
    const mixed = await made('oit-code-mixed.xlsx', (ws) => {
      mergeDown(ws, 'A15:A19');
      ws.getCell('E17').value = 'ยังไม่ได้ดำเนินการ';
    });
    expect(await shown(mixed)).toContain('สูตรคะแนนในแผ่นงานนับ 1 ข้อต่างจากที่ตรวจได้');
    // An item coded on one row takes that row's status for all its components: with its status merged
    // down too, or its code alone, the formulas count it as the check does (LibreOffice shows 100).
    const both = await made('oit-both-merged.xlsx', (ws) => {
      mergeDown(ws, 'A15:A19');
      mergeDown(ws, 'E15:E19');
    });
    expect(await shown(both)).toBeNull();
    const coded = await made('oit-coded-once.xlsx', (ws) => {
      for (let r = 16; r <= 19; r++) ws.getCell(`A${r}`).value = null;
      mergeDown(ws, 'E15:E19');
    });
    expect(await shown(coded)).toBeNull();
    // A component not applicable under a code merged down: counted done, as the first row is, the item's
    // share and score, and the sheet's, are the same.
    const na = await made('oit-code-merged-na.xlsx', (ws) => {
      mergeDown(ws, 'A6:A13');
      ws.getCell('E13').value = 'ไม่เกี่ยวข้อง';
    });
    expect(await shown(na)).toBeNull();
  });

  it('offers the years up to the assessment under way, the newest with results chosen; the score sheet runs to it', async () => {
    // 22 November 2026 (2569 BE) is in fiscal year 2570: ITA 2570 is under way, 2569's results are out.
    const other = await openPane(pane.browser, pane.url, new Date('2026-11-22T10:00:00+07:00'));
    await other.getByRole('tab', { name: 'คะแนน' }).click();
    const year = other.getByTestId('score-year');
    expect(await year.inputValue()).toBe('2569');
    const offered = await year.locator('option').allTextContents();
    expect([offered[0], offered.at(-1)]).toEqual(['2570', '2561']);
    await other.getByRole('tab', { name: 'แม่แบบ' }).click();
    await other.getByTestId('template-select').selectOption('ita-score');
    expect((await other.locator('ol li').allTextContents()).slice(3)).toEqual(['2566', '2567', '2568', '2569', '2570']);
    await other.close();
  });

  it('computes the ITA score as the user types, with level and weakest indicators', async () => {
    const seed004 = ['97.90', '97.90', '99.12', '94.21', '98.95', '97.70', '96.35', '85.37', '79.29', '100'];
    await page.getByTestId('score-year').selectOption('2567');
    for (let i = 0; i < 10; i++) await page.getByTestId(`indicator-${i + 1}`).fill(seed004[i]!);
    expect(await page.getByTestId('ita-total').textContent()).toBe('93.09');
    expect(await page.getByTestId('ita-level').textContent()).toContain('ผ่านดี');
    // A screen reader hears the total and level once the tenth score is typed.
    expect(await page.getByTestId('ita-said').getAttribute('role')).toBe('status');
    expect(await page.getByTestId('ita-said').textContent()).toMatch(/^คะแนน ITA รวม 93\.09 ระดับ .*ผ่านดี.* ผ่านเกณฑ์/);
    const weakest = await page.getByTestId('ita-weakest').locator('li').allTextContents();
    expect(weakest[0]).toContain('ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล: 79.29');
    expect(weakest[1]).toContain('ตัวชี้วัดที่ 8');
    // 95 and over: "excellent" is said beside the level, which is "ผ่านดี" for every pass from 2566.
    for (let i = 0; i < 10; i++) await page.getByTestId(`indicator-${i + 1}`).fill('96');
    expect(await page.getByTestId('ita-level').textContent()).toBe(
      'ระดับ: ผ่านดี · ผ่านเกณฑ์ (85 คะแนนขึ้นไป) · ระดับดีเยี่ยม (95 คะแนนขึ้นไป)',
    );
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });

  it('says which score typed is no score, and why, at its box', async () => {
    const p = await openPane(pane.browser, pane.url);
    await p.getByRole('tab', { name: 'คะแนน' }).click();
    for (let i = 1; i <= 10; i++)
      await p.getByTestId(`indicator-${i}`).fill(i === 3 ? '75,86' : i === 7 ? '101' : '90');
    expect(await p.getByTestId('score-invalid').textContent()).toBe(
      'ตัวชี้วัดที่ 3: "75,86" ไม่ใช่คะแนน 0–100 (ใช้จุดทศนิยม ไม่ใช่จุลภาค) · ตัวชี้วัดที่ 7: "101" ไม่ใช่คะแนน 0–100',
    );
    expect(await p.getByTestId('indicator-3').getAttribute('aria-invalid')).toBe('true');
    await p.getByTestId('indicator-3').fill('75.86');
    await p.getByTestId('indicator-7').fill('100');
    // A percentage copied from a cell (0.875 for 87.50 %) would score near 0: said, with the score out of 100.
    await p.getByTestId('indicator-9').fill('0.875');
    expect(await p.getByTestId('score-invalid').textContent()).toBe(
      'ตัวชี้วัดที่ 9: "0.875" ไม่ใช่คะแนน 0–100 (คะแนนเต็ม 100 ค่านี้น่าจะเป็นสัดส่วน ควรเป็น 87.5)',
    );
    expect(await p.getByTestId('ita-total').count()).toBe(0);
    await p.getByTestId('indicator-9').fill('87.5');
    expect(await p.getByTestId('score-invalid').count()).toBe(0);
    await p.getByTestId('ita-total').waitFor();
    await p.close();
  });

  it('reads a score sheet of several years and shows the total and each tool per year, numbers beside bars', async () => {
    // The 2567 column is seed 004's (ทต.ชุมพล); 2565 and 2566 are made up for the test.
    const years: Record<string, number[]> = {
      F: [90, 90, 90, 90, 90, 80, 80, 80, 70, 70],
      G: [95, 95, 95, 95, 95, 90, 90, 90, 80, 90],
      H: [97.9, 97.9, 99.12, 94.21, 98.95, 97.7, 96.35, 85.37, 79.29, 100],
    };
    const path = join(dir, 'score.xlsx');
    expect((await runCli(['template', 'ita-score', '--year', '2567', '-o', path])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('คะแนน ITA')!;
    for (const [col, scores] of Object.entries(years))
      scores.forEach((v, i) => (ws.getCell(`${col}${4 + i}`).value = v));
    await writeFile(join(dir, 'score-filled.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));

    await openFile(page, join(dir, 'score-filled.xlsx'));
    await page.getByTestId('score-read').click();
    const history = page.getByTestId('ita-history');
    await history.waitFor();
    expect(
      await history.getByTestId('history-year').evaluateAll((els) => els.map((e) => e.getAttribute('data-year'))),
    ).toEqual(['2565', '2566', '2567']);
    const y2567 = history.locator('[data-year="2567"]');
    const bars = await y2567
      .getByTestId('bar')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-label'), e.querySelector('[data-testid=bar-value]')!.textContent]),
      );
    // Seed 004: IIT 97.62, EIT 93.14 (96.65 and 89.63 averaged), OIT 89.65, total 93.09.
    expect(bars).toEqual([
      ['คะแนนรวม', '93.09'],
      ['IIT', '97.62'],
      ['EIT', '93.14'],
      ['OIT', '89.65'],
    ]);
    expect(await page.getByTestId('ita-total').textContent()).toBe('93.09');
    // Another year chosen shows that year's own scores from the sheet, graded by its own bands.
    await page.getByTestId('score-year').selectOption('2565');
    expect(await page.getByTestId('indicator-1').inputValue()).toBe('90');
    await expect.poll(() => page.getByTestId('ita-total').textContent()).not.toBe('93.09');
    const [y2565] = await history.locator('[data-year="2565"]').getByTestId('bar-value').allTextContents();
    expect(await page.getByTestId('ita-total').textContent()).toBe(y2565);
    // A year not on the sheet: nothing shown until its scores are typed.
    await page.getByTestId('score-year').selectOption('2564');
    expect(await page.getByTestId('ita-score').count()).toBe(0);
    await page.getByTestId('score-year').selectOption('2567');
    expect(await page.getByTestId('ita-total').textContent()).toBe('93.09');
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? dir, 'score-tab.png'), fullPage: true });
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });

  /** An ita-score sheet of 2564–2568 with `columns` filled: column letter → the ten cells from row 4. */
  async function scoreSheet(name: string, columns: Record<string, (number | string | null)[]>): Promise<string> {
    const path = join(dir, name);
    expect((await runCli(['template', 'ita-score', '--year', '2568', '-o', path])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('คะแนน ITA')!;
    for (const [col, cells] of Object.entries(columns))
      cells.forEach((v, i) => (ws.getCell(`${col}${4 + i}`).value = v));
    await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    return path;
  }

  /** Seed 004's ten scores of 2567. */
  const SEED004 = [97.9, 97.9, 99.12, 94.21, 98.95, 97.7, 96.35, 85.37, 79.29, 100];

  /** A pane on the Score tab with the score sheet at `path` opened and read (its newest whole year shown). */
  const paneReading = async (path: string) => {
    const p = await openPane(pane.browser, pane.url);
    await p.getByRole('tab', { name: 'คะแนน' }).click();
    await openFile(p, path);
    await p.getByTestId('score-read').click();
    await expect.poll(() => p.getByTestId('score-year').inputValue()).toBe('2567');
    return p;
  };

  const boxes = async (p: Page) => {
    const out: string[] = [];
    for (let i = 1; i <= 10; i++) out.push(await p.getByTestId(`indicator-${i}`).inputValue());
    return out;
  };

  it('keeps the scores typed for a year, and a correction of a year read, when the user looks at another year and back', async () => {
    const p = await paneReading(await scoreSheet('score-typed.xlsx', { G: SEED004 }));
    // 2568 is not on the sheet: typed in by the user.
    await p.getByTestId('score-year').selectOption('2568');
    const typed = ['96.5', '97.1', '98', '95.2', '97.3', '95', '96.35', '88.2', '91.4', '100'];
    for (let i = 0; i < 10; i++) await p.getByTestId(`indicator-${i + 1}`).fill(typed[i]!);
    const total = await p.getByTestId('ita-total').textContent();
    await p.getByTestId('score-year').selectOption('2567');
    expect(await p.getByTestId('ita-total').textContent()).toBe('93.09');
    // A score of the year read corrected by the user is the user's too.
    await p.getByTestId('indicator-9').fill('80.5');
    const corrected = await p.getByTestId('ita-total').textContent();
    await p.getByTestId('score-year').selectOption('2568');
    expect(await boxes(p)).toEqual(typed);
    expect(await p.getByTestId('ita-total').textContent()).toBe(total);
    await p.getByTestId('score-year').selectOption('2567');
    expect(await p.getByTestId('indicator-9').inputValue()).toBe('80.5');
    expect(await p.getByTestId('ita-total').textContent()).toBe(corrected);
    // The sheet read again: its own scores, not those typed over them.
    await p.getByTestId('score-read').click();
    await expect.poll(() => p.getByTestId('indicator-9').inputValue()).toBe('79.29');
    await p.getByTestId('score-year').selectOption('2568');
    expect(await boxes(p)).toEqual(Array(10).fill(''));
    await p.close();
  });

  it('shows a year the sheet holds with a score mistyped or missing as the sheet has it, and says what is wrong', async () => {
    const path = await scoreSheet('score-mistyped.xlsx', {
      // 2566: five scores of ten; 2567 whole; 2568 whole but one typed with a decimal comma (text).
      F: [90, 91, 92, 93, 94],
      G: SEED004,
      H: SEED004.map((v, i) => (i === 6 ? '96,35' : v)),
    });
    const p = await paneReading(path);
    await p.getByTestId('score-year').selectOption('2568');
    expect(await boxes(p)).toEqual(SEED004.map((v, i) => (i === 6 ? '96,35' : String(v))));
    expect(await p.getByTestId('score-invalid').textContent()).toBe(
      'ตัวชี้วัดที่ 7: "96,35" ไม่ใช่คะแนน 0–100 (ใช้จุดทศนิยม ไม่ใช่จุลภาค)',
    );
    await p.getByTestId('score-year').selectOption('2566');
    expect(await boxes(p)).toEqual(['90', '91', '92', '93', '94', '', '', '', '', '']);
    expect(await p.getByTestId('ita-score').count()).toBe(0);
    await p.close();
  });

  it('shows a sheet whose only year has a score mistyped or missing as the sheet has it, as it shows such a year beside others', async () => {
    /** A pane that has read the sheet at `path`, on the Score tab. */
    const reading = async (path: string) => {
      const p = await openPane(pane.browser, pane.url);
      await p.getByRole('tab', { name: 'คะแนน' }).click();
      await openFile(p, path);
      await p.getByTestId('score-read').click();
      await expect.poll(() => p.getByTestId('score-year').inputValue()).toBe('2568');
      return p;
    };
    const mistyped = await reading(
      await scoreSheet('score-only-mistyped.xlsx', { H: SEED004.map((v, i) => (i === 6 ? '96,35' : v)) }),
    );
    expect(await boxes(mistyped)).toEqual(SEED004.map((v, i) => (i === 6 ? '96,35' : String(v))));
    expect(await mistyped.getByTestId('score-invalid').textContent()).toBe(
      'ตัวชี้วัดที่ 7: "96,35" ไม่ใช่คะแนน 0–100 (ใช้จุดทศนิยม ไม่ใช่จุลภาค)',
    );
    expect(await mistyped.getByText('แผ่นงานนี้ไม่มีคะแนน ITA ครบ 10 ตัวชี้วัด').count()).toBe(0);
    await mistyped.close();
    const partial = await reading(await scoreSheet('score-only-partial.xlsx', { H: SEED004.slice(0, 7) }));
    expect(await boxes(partial)).toEqual([...SEED004.slice(0, 7).map(String), '', '', '']);
    expect(await partial.getByTestId('ita-score').count()).toBe(0);
    await partial.close();
  });

  it("shows each result for its own sheet: another sheet picked or read, the last one's goes; a year outside the list is added", async () => {
    // One file: the filled checklist, a blank 2566 one, a score sheet of 2560 and a cover sheet.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(join(dir, 'oit-filled.xlsx'))) as unknown as ArrayBuffer);
    const old = join(dir, 'score-2560.xlsx');
    expect((await runCli(['template', 'ita-score', '--year', '2562', '-o', old])).code).toBe(0);
    const scores = new ExcelJS.Workbook();
    await scores.xlsx.load((await readFile(old)) as unknown as ArrayBuffer);
    const from = scores.getWorksheet('คะแนน ITA')!;
    const to = book.addWorksheet('คะแนน 2560');
    from.eachRow((row, r) => row.eachCell((cell, c) => (to.getCell(r, c).value = cell.value)));
    // Only the 2560 column is filled (the sheet's first year).
    const column = from.getRow(3).values as unknown[];
    const at = column.findIndex((v) => String(v) === '2560');
    for (let i = 0; i < 10; i++) to.getCell(4 + i, at).value = 90;
    book.addWorksheet('ปก').getCell('A1').value = 'รายงาน';
    await writeFile(join(dir, 'several.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()));

    const p = await openPane(pane.browser, pane.url);
    await p.getByTestId('lang').click();
    await p.getByRole('tab', { name: 'Score' }).click();
    await openFile(p, join(dir, 'several.xlsx'));
    const picker = p.getByTestId('score-sheet-select');
    await picker.selectOption('OIT 2567');
    await p.getByTestId('checklist-read').click();
    await p.getByTestId('checklist-score').waitFor();
    // In a file a missing item is named, not a button that goes nowhere; in English, without the Thai title.
    const first = p.getByTestId('missing-item').first();
    expect(await first.evaluate((e) => e.tagName)).not.toBe('BUTTON');
    expect(await first.textContent()).toMatch(/^O13 \(\d+\.\d\d%\)$/);
    await picker.selectOption('ปก');
    expect(await p.getByTestId('checklist-score').count()).toBe(0);

    await picker.selectOption('คะแนน 2560');
    await p.getByTestId('score-read').click();
    await expect.poll(() => p.getByTestId('score-year').inputValue()).toBe('2560');
    expect(await p.getByTestId('ita-total').textContent()).toBe('90.00');
    // A sheet without scores read next: the scores shown were the other sheet's, and go.
    await picker.selectOption('ปก');
    await p.getByTestId('score-read').click();
    await expect.poll(() => p.getByTestId('ita-score').count()).toBe(0);
    await p.close();
  });
});
