import { chromium, type Browser, type Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { OfficeCell } from './officeValues';
import { servePane } from './server';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless; never a downloaded browser. Flags keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A page where Microsoft's CDN is unreachable, as in a plain browser offline: the pane must not need it.
 * With `now`, the page's clock reads that moment.
 */
export async function openPane(browser: Browser, url: string, now?: Date): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 420, height: 900 } });
  if (now) await page.clock.setFixedTime(now);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  await page.goto(`${url}taskpane.html`);
  return page;
}

/** The system fonts Chromium used to draw an element's text (Chrome DevTools Protocol). */
export async function fontsUsedFor(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((f: { familyName: string }) => f.familyName);
}

/** Open a file in the pane as a user would (the file input), and wait until the pane has read it. */
export async function openFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(path);
  const name = path.split('/').pop()!;
  await page.getByTestId('file-name').filter({ hasText: name }).waitFor({ timeout: 20_000 });
}

/**
 * The built pane served locally and a headless Chromium, for the tests of one file: started before
 * the file's own `beforeAll` (call this first) and closed after its tests.
 */
export function paneInChromium(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof servePane>> | undefined;
  beforeAll(async () => {
    server = await servePane();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}

let officeJs: Promise<string> | null = null;

/** Our stand-in for office.js (the adapter's fake Excel in the page), bundled once per test file. */
function officeStandIn(): Promise<string> {
  officeJs ??= import('esbuild').then(async ({ build }) => {
    const out = await build({
      entryPoints: [join(__dirname, 'officeGlobal.ts')],
      bundle: true,
      format: 'iife',
      write: false,
      platform: 'browser',
    });
    return out.outputFiles[0]!.text;
  });
  return officeJs;
}

/**
 * The pane as Excel would show it, at ExcelApi 1.`api`: office.js is our stand-in, and the workbook
 * holds a sheet O16 of `values` (as Office.js gives them), the active one. Page errors are collected.
 */
export async function openPaneInExcel(
  browser: Browser,
  url: string,
  api: number,
  values: readonly (readonly OfficeCell[])[],
): Promise<Page> {
  const body = await officeStandIn();
  const page = await browser.newPage({ viewport: { width: 420, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.route('https://appsforoffice.microsoft.com/**', (r) =>
    r.fulfill({ contentType: 'text/javascript', body }),
  );
  await page.goto(`${url}taskpane.html?api=${api}`);
  await page.evaluate((v) => {
    const fake = (
      window as unknown as {
        __fake: { model: { sheets: unknown[]; active: number }; newSheet: (n: string, v: unknown) => unknown };
      }
    ).__fake;
    fake.model.sheets.push(fake.newSheet('O16', v));
    fake.model.active = 1;
  }, values);
  await page.getByTestId('check').waitFor({ timeout: 20_000 });
  return page;
}
