// Staff intake in Chromium: the walk-in form at 360 px with JavaScript off, axe on the form and on the page
// that hands over the number and code.
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

describe.skipIf(!hasChromium)('staff intake in the browser', { timeout: 480_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    await makeUser(live.t.ctx, { email: 'utama@uji.example', roles: ['ppid_utama'] });
    live.t.clock.set(new Date('2026-03-18T03:00:00Z'));
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    page = await context.newPage();
  }, 300_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
  });

  it('records a walk-in at 360 px without JavaScript, accessibly', async () => {
    await loginViaForm(page, live.baseUrl, 'utama@uji.example', PASSWORD);
    await visit(page, live.baseUrl, '/admin/permohonan/baru');
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await screenshot(page, 'admin-permohonan-baru-360');
    await page.check('#f-channel-langsung');
    await page.fill('#f-receivedDate', '2026-03-16');
    await page.fill('#f-receivedTime', '09:00');
    await page.fill('#f-name', 'Maria Goreti Lado');
    await page.fill('#f-idNumber', '6271014403880002');
    await page.fill('#f-address', 'Jl. Tjilik Riwut Km 5 No. 12, Palangka Raya');
    await page.fill('#f-phone', '081234500011');
    await page.fill('#f-details', 'Daftar penerima beasiswa daerah tahun 2025 per kecamatan');
    await page.fill('#f-purpose', 'Penelitian skripsi');
    await page.check('#f-obtainMethod-melihat');
    await page.check('#f-consent');
    await page.click('main form button[type="submit"]');
    expect(await page.textContent('main')).toContain('001/PPID/III/2026');
    expect(await page.textContent('main')).toContain('7 April 2026');
    await expectNoAxeViolations(page, 'intake done');
    await screenshot(page, 'admin-permohonan-baru-terdaftar-360');
  });
});
