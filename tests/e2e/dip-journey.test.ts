// The DIP workflow tried as a new user would, in Chromium with JavaScript off: a PPID Pembantu writes and
// submits an entry, the PPID Utama returns it with a note, it is fixed and approved, it appears on the
// portal and in search; the audit log shows each step; the emails reach a real SMTP server.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../../src/db/schema/index.js';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { hasChromium, launchBrowser, loginViaForm, newContext, screenshot, startLiveApp, visit, type LiveApp } from './browser.js';

if (!hasChromium) console.warn('DIP journey browser test SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

describe.skipIf(!hasChromium)('the DIP workflow as new users try it', { timeout: 480_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let context: BrowserContext;
  let page: Page;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    browser = await launchBrowser();
    live = await startLiveApp();
    const [u] = await live.t.db.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' }).returning();
    await makeUser(live.t.ctx, { email: 'pembantu@dishub.example', name: 'Yanti PPID Dishub', roles: ['ppid_pembantu'], unitId: u!.id });
    await makeUser(live.t.ctx, { email: 'utama@kota.example', name: 'Rina PPID Utama', roles: ['ppid_utama'] });
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    page = await context.newPage();
  }, 300_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
    await smtp?.close();
  });

  const submit = (selector: string) => Promise.all([page.waitForLoadState('load'), page.click(selector)]);
  const logout = async () => {
    await submit('form[action="/keluar"] button');
  };

  it('goes from a draft to the portal and search, with a return in between, audited and emailed', async () => {
    const base = live.baseUrl;
    // 1. The PPID Pembantu writes an entry and submits it.
    await loginViaForm(page, base, 'pembantu@dishub.example', PASSWORD);
    await visit(page, base, '/admin/dip/baru');
    await page.fill('#f-title', 'Jadwal Uji Berkala Kendaraan Bermotor 2026');
    await page.fill('#f-summary', 'Jadwal dan lokasi uji berkala (uji KIR) kendaraan angkutan umum dan barang selama tahun 2026.');
    await page.check('#f-category-berkala');
    await page.selectOption('#f-subtype', 'layanan_publik');
    await page.fill('#f-holder', 'Kepala Dinas Perhubungan');
    await page.fill('#f-responsible', 'Kepala Bidang Sarana');
    await page.fill('#f-madeWhen', 'Januari 2026');
    await page.check('#f-forms-tercetak');
    await page.fill('#f-retention', '5 tahun');
    await page.fill('#f-year', '2026');
    await submit('main form.dip-form button[type="submit"]');
    expect(page.url()).toMatch(/\/admin\/dip\/[0-9a-f-]{36}/);
    const entryUrl = new URL(page.url()).pathname;
    await submit(`form[action="${entryUrl}/ajukan"] button`);
    expect(await page.textContent('main')).toContain('Diajukan');
    await logout();

    // 2. The PPID Utama returns it with a note.
    await loginViaForm(page, base, 'utama@kota.example', PASSWORD);
    await visit(page, base, '/admin/dip/tinjauan');
    expect(await page.textContent('main')).toContain('Jadwal Uji Berkala Kendaraan Bermotor 2026');
    await visit(page, base, entryUrl);
    await page.fill(`form[action="${entryUrl}/kembalikan"] textarea`, 'Tambahkan tempat pembuatan informasi (kantor UPT Pengujian).');
    await submit(`form[action="${entryUrl}/kembalikan"] button`);
    expect(await page.textContent('main')).toContain('Dikembalikan');
    await logout();

    // 3. The PPID Pembantu sees the note, fixes the entry and submits again.
    await loginViaForm(page, base, 'pembantu@dishub.example', PASSWORD);
    await visit(page, base, entryUrl);
    expect(await page.textContent('main')).toContain('Tambahkan tempat pembuatan informasi');
    await visit(page, base, `${entryUrl}/ubah`);
    await page.fill('#f-madePlace', 'UPT Pengujian Kendaraan Bermotor, Jl. G. Obos');
    await submit('main form.dip-form button[type="submit"]');
    await submit(`form[action="${entryUrl}/ajukan"] button`);
    await logout();

    // 4. The PPID Utama approves; the entry is published.
    await loginViaForm(page, base, 'utama@kota.example', PASSWORD);
    await visit(page, base, entryUrl);
    await submit(`form[action="${entryUrl}/setujui"] button`);
    expect(await page.textContent('main')).toContain('Terbit');
    // The audit log shows every step.
    await visit(page, base, '/admin/audit?action=dip.');
    const audit = (await page.textContent('main')) ?? '';
    for (const step of ['dip.created', 'dip.submitted', 'dip.returned', 'dip.updated', 'dip.published']) expect(audit).toContain(step);
    await logout();

    // 5. A citizen finds it on the portal and in search (the search goes by the stem: "pengujian" → "uji").
    await visit(page, base, '/cari?q=pengujian+kendaraan');
    expect(await page.textContent('main')).toContain('Jadwal Uji Berkala Kendaraan Bermotor 2026');
    await Promise.all([page.waitForLoadState('load'), page.click('main a:has-text("Jadwal Uji Berkala Kendaraan Bermotor 2026")')]);
    const entryPage = (await page.textContent('main')) ?? '';
    expect(entryPage).toContain('UPT Pengujian Kendaraan Bermotor');
    await screenshot(page, 'dip-journey-entry-390');

    // 6. The emails of each step reach the SMTP server.
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
    const subjects = smtp.received.map((m) => /^Subject: (.*)$/m.exec(m.raw)?.[1] ?? '');
    expect(smtp.received.find((m) => m.to.includes('utama@kota.example'))).toBeDefined();
    expect(smtp.received.filter((m) => m.to.includes('pembantu@dishub.example')).length).toBeGreaterThanOrEqual(2);
    expect(subjects.join('\n')).toMatch(/DIP/);
  });
});
