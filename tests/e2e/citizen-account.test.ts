// A citizen in Chromium at 360 px with JavaScript off: asks for a sign-in link on /akun, reads it from the
// mail a real SMTP server received, signs in, sees their requests, one request and their data, signs out.
// Then the PPID Utama's annual report and retention setting at the same width. axe on every page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { APPLICANT, seedReportYear, type SeededYear } from '../helpers/report-year.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
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

if (!hasChromium) console.warn('Citizen account browser test SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

/** The text of a received message, with quoted-printable soft breaks and escapes undone. */
function bodyText(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  return /quoted-printable/i.test(raw) ? body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : body;
}

describe.skipIf(!hasChromium)('the citizen account in the browser', { timeout: 480_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let context: BrowserContext;
  let page: Page;
  let smtp: TestSmtp;
  let seeded: SeededYear;

  beforeAll(async () => {
    smtp = await startSmtp();
    browser = await launchBrowser();
    live = await startLiveApp();
    seeded = await seedReportYear(live.t.ctx, live.t.clock);
    await makeUser(live.t.ctx, { email: 'utama@pky.go.id', name: 'Rina PPID Utama', roles: ['ppid_utama'] });
    await makeUser(live.t.ctx, { email: 'admin@pky.go.id', name: 'Admin', roles: ['admin'] });
    live.t.clock.set(new Date('2026-03-16T02:00:00Z'));
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    page = await context.newPage();
  }, 300_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
    await smtp?.close();
  });

  const submit = (selector: string) => Promise.all([page.waitForLoadState('load'), page.click(selector)]);
  async function fits(label: string) {
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, `${label} wider than the screen`).toBeLessThanOrEqual(clientWidth);
  }

  it('signs in by the emailed link and sees their requests, one request and their data', async () => {
    await visit(page, live.baseUrl, '/');
    await Promise.all([page.waitForURL(/\/akun$/), page.click('footer a[href="/akun"]')]);
    await expectNoAxeViolations(page, 'account sign-in');
    await fits('account sign-in');
    await screenshot(page, 'akun-masuk-360');

    // A typo first: the message, the value kept.
    await page.fill('#f-email', 'yohanes@warga');
    await submit('main form[action="/akun/masuk"] button');
    expect(await page.textContent('.error-summary')).toContain('Format email tidak valid.');
    await expectNoAxeViolations(page, 'account sign-in with an error');

    await page.fill('#f-email', APPLICANT.email!);
    await submit('main form[action="/akun/masuk"] button');
    expect(page.url()).toMatch(/\/akun\?terkirim=1$/);
    expect(await page.textContent('main')).toContain('kami sudah mengirim tautan masuk');
    await expectNoAxeViolations(page, 'link sent');
    await screenshot(page, 'akun-terkirim-360');

    const worker = startOutboxWorker({
      db: live.t.db.db,
      keys: live.t.ctx.keys,
      smtpUrl: smtp.url,
      mailFrom: 'PPID Uji <ppid@uji.example>',
      workerId: 'e2e',
      pollMs: 3_600_000,
    });
    try {
      await worker.tick();
    } finally {
      await worker.stop();
    }
    const mail = smtp.received.find((m) => m.to.includes(APPLICANT.email!) && /Subject: Tautan masuk/.test(m.headers));
    expect(mail, 'the sign-in mail reached the SMTP server').toBeDefined();
    const link = new RegExp(`${live.baseUrl.replace(/[.]/g, '\\.')}/akun/masuk/[A-Za-z0-9_-]+`).exec(bodyText(mail!.raw))?.[0];
    expect(link).toBeDefined();

    const res = await page.goto(link!);
    expect(res!.status()).toBe(200);
    await expectNoAxeViolations(page, 'confirm sign-in');
    await screenshot(page, 'akun-konfirmasi-360');
    await Promise.all([page.waitForURL(/\/akun$/), page.click('main form button[type="submit"]')]);
    const list = (await page.textContent('main')) ?? '';
    expect(list).toContain(APPLICANT.email!);
    for (const k of ['r1', 'r4', 'r5', 'old'] as const) expect(list).toContain(seeded.requests[k].number);
    expect(list).not.toContain(seeded.requests.r2.number);
    await expectNoAxeViolations(page, 'my requests');
    await fits('my requests');
    await screenshot(page, 'akun-daftar-360');

    await Promise.all([
      page.waitForURL(/\/akun\/permohonan\/[0-9a-f-]+$/),
      page.click(`main a[href="/akun/permohonan/${seeded.requests.r4.id}"]:has-text("${seeded.requests.r4.number}")`),
    ]);
    const one = (await page.textContent('main')) ?? '';
    expect(one).toContain('Keberatan diajukan');
    expect(one).toContain('Informasi tidak dikuasai');
    await expectNoAxeViolations(page, 'one of my requests');
    await fits('one of my requests');
    await screenshot(page, 'akun-permohonan-360');

    await Promise.all([page.waitForURL(/\/data$/), page.click(`main a[href="/akun/permohonan/${seeded.requests.r4.id}/data"]`)]);
    const data = (await page.textContent('main')) ?? '';
    expect(data).toContain('Apa yang kami simpan dan berapa lama');
    expect(data).toContain(APPLICANT.idNumber);
    expect(data).toContain('BPN Kota Palangka Raya');
    await expectNoAxeViolations(page, 'my data');
    await fits('my data');
    await screenshot(page, 'akun-data-360');
    const json = await page.request.get(`${live.baseUrl}/akun/permohonan/${seeded.requests.r4.id}/data.json`);
    expect(json.status()).toBe(200);
    expect(((await json.json()) as { request: { number: string } }).request.number).toBe(seeded.requests.r4.number);

    await page.goto(`${live.baseUrl}/akun`);
    await submit('main form[action="/akun/keluar"] button');
    expect(await page.textContent('main')).toContain('Anda sudah keluar.');
    await expectNoAxeViolations(page, 'signed out');
    // The link is used up.
    expect((await page.goto(link!))!.status()).toBe(400);
    await expectNoAxeViolations(page, 'used link');
  });

  it('shows the tracking data page to whoever holds the number and code', async () => {
    const q = `nomor=${encodeURIComponent(seeded.requests.r2.number)}&kode=${encodeURIComponent(seeded.tokens.r2)}`;
    await visit(page, live.baseUrl, `/permohonan/lacak?${q}`);
    await Promise.all([page.waitForURL(/\/permohonan\/data-saya\?/), page.click('main a[href^="/permohonan/data-saya?"]')]);
    expect(await page.textContent('main')).toContain('012/KI-KT/PS/VIII/2025');
    await expectNoAxeViolations(page, 'my data by code');
    await fits('my data by code');
    await screenshot(page, 'data-saya-lacak-360');
  });

  it('gives the PPID Utama the annual report and the administrator the retention setting at 360 px', async () => {
    await loginViaForm(page, live.baseUrl, 'utama@pky.go.id', PASSWORD);
    await visit(page, live.baseUrl, '/admin/laporan-tahunan?tahun=2025');
    expect(await page.textContent('main')).toContain('Dinas Pekerjaan Umum dan Penataan Ruang');
    expect(await page.locator('main figure.chart svg').count()).toBe(3);
    await fits('annual report');
    await screenshot(page, 'laporan-tahunan-360');
    await page.fill('#f-policy', 'Kebijakan layanan informasi ditetapkan dengan Keputusan Wali Kota.');
    await page.fill('#f-ppidNip', '123');
    await submit('main form[action="/admin/laporan-tahunan/narasi"] button[type="submit"]');
    expect(await page.textContent('.error-summary')).toContain('NIP terdiri dari 18 angka');
    await expectNoAxeViolations(page, 'annual report with an error');
    await page.fill('#f-ppidNip', '');
    await submit('main form[action="/admin/laporan-tahunan/narasi"] button[type="submit"]');
    expect(await page.textContent('main')).toContain('Bagian laporan tersimpan.');
    await expectNoAxeViolations(page, 'annual report saved');
    const pdf = await page.request.get(`${live.baseUrl}/admin/laporan-tahunan/unduh.pdf?tahun=2025`);
    expect(pdf.status()).toBe(200);
    await submit('form[action="/keluar"] button');

    await loginViaForm(page, live.baseUrl, 'admin@pky.go.id', PASSWORD);
    await visit(page, live.baseUrl, '/admin/badan-publik');
    await page.fill('#f-years', 'lima');
    await submit('main form[action="/admin/badan-publik/retensi"] button');
    expect(await page.textContent('main')).toContain('Isi jumlah tahun: bilangan bulat 1 sampai 100');
    await expectNoAxeViolations(page, 'retention with an error');
    await page.fill('#f-years', '5');
    await submit('main form[action="/admin/badan-publik/retensi"] button');
    expect(await page.inputValue('#f-years')).toBe('5');
    await expectNoAxeViolations(page, 'retention saved');
    await fits('body profile');
    await page.locator('#retensi').screenshot({ path: 'test-results/retensi-360.png' });
  });
});
