// The objection on ground b without a request, at 360 px with JavaScript off and axe on: the form, a mistake,
// the receipt with number and code, and the tracking page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, hasChromium, horizontalOverflow, launchBrowser, newContext, screenshot, startLiveApp, visit, type LiveApp } from './browser.js';

describe.skipIf(!hasChromium)('objection ground b at 360 px without JavaScript', () => {
  let live: LiveApp;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    live = await startLiveApp();
    browser = await launchBrowser();
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
  });
  async function checked(page: Page, label: string, shot: string) {
    await expectNoAxeViolations(page, label);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, `sideways scrolling on ${label}`).toBeLessThanOrEqual(clientWidth);
    await screenshot(page, shot);
  }
  const submit = (page: Page) =>
    Promise.all([page.waitForLoadState('load'), page.click('main form[action$="/huruf-b"] button[type="submit"]')]).then(() => page.waitForLoadState('load'));

  it('files, gets a receipt and tracks it', async () => {
    const page = await context.newPage();
    await visit(page, live.baseUrl, '/permohonan/keberatan');
    await Promise.all([page.waitForLoadState('load'), page.click('a[href="/permohonan/keberatan/huruf-b"]')]);
    await checked(page, 'ground b form', 'keberatan-huruf-b-form-360');
    await submit(page);
    await checked(page, 'ground b form with errors', 'keberatan-huruf-b-galat-360');
    await page.fill('#f-unpublishedInformation', 'Laporan keuangan tahun 2025 belum diumumkan di laman PPID.');
    await page.fill('#f-caseSummary', 'Saya mencari laporan keuangan di laman PPID dan papan pengumuman, tetapi tidak ada.');
    await page.fill('#f-name', 'Yohanes Kristian');
    await page.fill('#f-address', 'Jl. Rajawali No. 3, Palangka Raya');
    await page.fill('#f-phone', '081234500099');
    await submit(page);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('/KEB/');
    await checked(page, 'ground b receipt', 'keberatan-huruf-b-tanda-bukti-360');
    await Promise.all([page.waitForLoadState('load'), page.click('a[href^="/permohonan/keberatan/lacak"]')]);
    expect((await page.textContent('main')) ?? '').not.toContain('Yohanes');
    await checked(page, 'ground b tracking', 'keberatan-huruf-b-lacak-360');
  }, 120_000);
});
