// The deadline calculator and the calendar page in Chromium: JavaScript off, 360 px wide, axe on every page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, PASSWORD } from '../helpers/app.js';
import {
  expectNoAxeViolations,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  loginViaForm,
  newContext,
  screenshot,
  startLiveApp,
  visit,
  type LiveApp,
} from './browser.js';

if (!hasChromium) console.warn('Calendar browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

describe.skipIf(!hasChromium)('deadline calculator and calendar in the browser', { timeout: 480_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    await makeUser(live.t.ctx, { email: 'admin@uji.example', roles: ['admin'] });
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    page = await context.newPage();
  }, 300_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
  });

  it('computes a deadline with JavaScript off at 360 px, accessibly', async () => {
    await visit(page, live.baseUrl, '/kalkulator-tenggat');
    await page.fill('#f-start', '2026-03-16');
    await page.selectOption('#f-period', 'pemberitahuan');
    await Promise.all([page.waitForURL(/start=2026-03-16/), page.click('main form button[type="submit"]')]);
    expect(await page.textContent('main')).toContain('Selasa, 7 April 2026');
    await expectNoAxeViolations(page, 'calculator result');
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await screenshot(page, 'kalkulator-tenggat-360');
  });

  it('shows the back-office calendar at 360 px, accessibly', async () => {
    await loginViaForm(page, live.baseUrl, 'admin@uji.example', PASSWORD);
    await visit(page, live.baseUrl, '/admin/kalender?tahun=2026');
    await visit(page, live.baseUrl, '/admin/kalender/baru?tahun=2026');
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await screenshot(page, 'admin-kalender-baru-360');
  });
});
