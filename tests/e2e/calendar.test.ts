// The deadline calculator and the calendar page in Chromium: JavaScript off, 360 px wide, axe on every page.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { units } from '../../src/db/schema/index.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { citizenRequest } from '../helpers/factories.js';
import {
  expectNoAxeViolations,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  loginViaForm,
  newContext,
  RESULTS_DIR,
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

  it('imports a holiday file through a preview, and a case page warns about 2027, at 360 px, accessibly', async () => {
    await live.t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas PUPR' });
    await makeUser(live.t.ctx, { email: 'utama@uji.example', roles: ['ppid_utama'] });
    live.t.clock.set(new Date('2026-12-10T03:00:00Z'));
    const { request } = await submitRequest({ ...live.t.ctx, actor: systemActor('uji') }, citizenRequest());
    live.t.clock.set(new Date('2026-12-21T03:00:00Z'));

    const lead = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const leadPage = await lead.newPage();
    await loginViaForm(leadPage, live.baseUrl, 'utama@uji.example', PASSWORD);
    await visit(leadPage, live.baseUrl, `/admin/permohonan/${request.id}`);
    expect(await leadPage.textContent('main')).toContain('Kalender hari libur tahun 2027 belum dimuat; tenggat dapat bergeser.');
    let overflow = await horizontalOverflow(leadPage);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    await screenshot(leadPage, 'permohonan-peringatan-kalender-360');
    // The top of the page and the extension form, to look at without scaling the whole page down.
    await leadPage.screenshot({ path: path.join(RESULTS_DIR, 'permohonan-peringatan-kalender-360-atas.png') });
    // The extension is an other action (the next step is the disposition): open its disclosures, no JavaScript needed.
    await leadPage.click('main details.other-actions > summary');
    await leadPage.click('main details.case-action:has(form[action$="/perpanjang"]) > summary');
    await leadPage.locator('form[action$="/perpanjang"]').screenshot({ path: path.join(RESULTS_DIR, 'permohonan-konfirmasi-kalender-360.png') });
    await lead.close();

    // The clock moved on nine months: the earlier session has expired.
    await loginViaForm(page, live.baseUrl, 'admin@uji.example', PASSWORD);
    await visit(page, live.baseUrl, '/admin/kalender/impor');
    // A file path: with JavaScript off, Playwright cannot hand the page an in-memory buffer.
    const csv = path.join(RESULTS_DIR, 'libur-2027-contoh-uji.csv');
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(
      csv,
      'Tanggal;Nama;Jenis\n01/01/2027;Tahun Baru 2027 Masehi;libur\n2027-01-04;Cuti bersama (contoh uji);cuti bersama\n2027-02-30;Tanggal salah;libur\n',
    );
    await page.setInputFiles('#f-file', csv);
    await page.fill('#f-source', 'Contoh uji, bukan SKB resmi');
    await Promise.all([page.waitForURL(/\/admin\/kalender\/impor$/), page.click('main form button[type="submit"]')]);
    expect(await page.textContent('main')).toContain('2 ditambahkan, 0 diubah, 0 sudah tercatat, 1 baris ditolak.');
    await expectNoAxeViolations(page, 'import preview');
    overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    await screenshot(page, 'admin-kalender-impor-pratinjau-360');
    await Promise.all([page.waitForURL(/ok=calendar\.imported/), page.click('main form[action="/admin/kalender/impor/konfirmasi"] button[type="submit"]')]);
    expect(await page.textContent('main')).toContain('Tahun Baru 2027 Masehi');
  });
});
