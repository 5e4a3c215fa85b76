// A citizen requests information in Chromium with JavaScript off at 360 px: the form (first with a
// mistake), the confirmation with the number, the receipt PDF, the tracking page; axe on every page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../../src/db/schema/index.js';
import {
  expectNoAxeViolations,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  newContext,
  openMenu,
  screenshot,
  startLiveApp,
  visit,
  type LiveApp,
} from './browser.js';

if (!hasChromium) console.warn('Request browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

describe.skipIf(!hasChromium)('requesting information in the browser', { timeout: 480_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    await live.t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' });
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    page = await context.newPage();
  }, 300_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
  });

  async function noOverflow() {
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  }

  it('submits a request, shows the number, the receipt and the tracking page', async () => {
    await visit(page, live.baseUrl, '/');
    await openMenu(page);
    await Promise.all([page.waitForURL(/\/permohonan$/), page.click('nav a[href="/permohonan"]')]);
    await expectNoAxeViolations(page, 'request form');
    await noOverflow();

    await page.fill('#f-name', 'Siti Rahmawati');
    await page.fill('#f-idNumber', '6271 0312 0387 0004');
    await page.fill('#f-address', 'Jl. G. Obos XI No. 3, Palangka Raya');
    await page.fill('#f-email', 'siti@warga.example');
    await page.fill('#f-details', 'Daftar penerima bantuan perbaikan rumah tidak layak huni di Kecamatan Jekan Raya tahun 2026.');
    await page.fill('#f-purpose', 'Penelitian skripsi.');
    await page.selectOption('#f-unit', 'dpupr');
    await page.check('#f-obtainMethod-salinan');
    await page.check('#f-copyFormat-softcopy');
    await page.check('#f-deliveryMethod-email');
    // Forgot the statement: the form comes back with the message and everything typed.
    live.t.clock.advance(60_000);
    await Promise.all([page.waitForLoadState('load'), page.click('main form button[type="submit"]')]);
    expect(await page.textContent('.error-summary')).toContain('Anda perlu menyetujui pernyataan ini');
    expect(await page.inputValue('#f-name')).toBe('Siti Rahmawati');
    await expectNoAxeViolations(page, 'request form with an error');
    await screenshot(page, 'permohonan-galat-360');

    await page.check('#f-consent');
    live.t.clock.advance(30_000);
    await Promise.all([page.waitForURL(/\/permohonan\/terdaftar\?/), page.click('main form button[type="submit"]')]);
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('001/PPID/III/2026');
    expect(main).toContain('7 April 2026');
    await expectNoAxeViolations(page, 'request registered');
    await noOverflow();
    await screenshot(page, 'permohonan-terdaftar-360');

    const receiptHref = await page.getAttribute('a[href^="/permohonan/tanda-bukti.pdf"]', 'href');
    const pdf = await page.request.get(`${live.baseUrl}${receiptHref}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await Promise.all([page.waitForURL(/\/permohonan\/lacak\?/), page.click('a[href^="/permohonan/lacak?"]')]);
    const tracking = (await page.textContent('main')) ?? '';
    expect(tracking).toContain('Permohonan diterima dan terdaftar');
    expect(tracking).not.toContain('Siti Rahmawati');
    await expectNoAxeViolations(page, 'tracking page');
    await noOverflow();
    await screenshot(page, 'permohonan-lacak-360');

    await visit(page, live.baseUrl, '/permohonan/lacak');
    await expectNoAxeViolations(page, 'tracking form');
    // The public statistics count the request, and show nobody's name.
    await visit(page, live.baseUrl, '/statistik-layanan?tahun=2026');
    const stats = (await page.textContent('main')) ?? '';
    expect(stats).toContain('Permohonan diterima');
    expect(stats).not.toContain('Siti Rahmawati');
    await noOverflow();
    await screenshot(page, 'statistik-layanan-360');
  });
});
