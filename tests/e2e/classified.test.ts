// The classified register in Chromium with JavaScript off at 360 px, axe on every page and no sideways
// scrolling: a unit's officer records an item, uploads a PDF, opens the item with a reason, downloads the
// watermarked PDF and gives another unit's officer access until a date, who then reads it; the PPID
// Utama reads the log, the Atasan PPID the clearances; and the public request form with its scan field.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units, users } from '../../src/db/schema/index.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
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

if (!hasChromium) console.warn('Classified register browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const TITLE = 'Rencana pengamanan kunjungan kerja di Bukit Tunggal';

describe.skipIf(!hasChromium)('the classified register in the browser', { timeout: 480_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    const [a, b] = await live.t.db.db
      .insert(units)
      .values([
        { code: 'satpolpp', name: 'Satuan Polisi Pamong Praja' },
        { code: 'kesbangpol', name: 'Badan Kesatuan Bangsa dan Politik' },
      ])
      .returning();
    await makeUser(live.t.ctx, { email: 'satpol@pky.go.id', roles: ['ppid_pembantu'], unitId: a!.id, name: 'Andi Satpol' });
    await makeUser(live.t.ctx, { email: 'kesbang@pky.go.id', roles: ['ppid_pembantu'], unitId: b!.id, name: 'Bela Kesbangpol' });
    await makeUser(live.t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Utama Kominfo' });
    await makeUser(live.t.ctx, { email: 'sekda@pky.go.id', roles: ['atasan_ppid'], name: 'Sekda Atasan' });
    for (const [email, c] of [
      ['satpol@pky.go.id', 'rahasia'],
      ['kesbang@pky.go.id', 'rahasia'],
      ['sekda@pky.go.id', 'sangat_rahasia'],
    ] as const)
      await live.t.db.db.update(users).set({ clearance: c }).where(eq(users.email, email));
  }, 300_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await live?.close();
  });

  async function phone(): Promise<Page> {
    const context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 }, acceptDownloads: true });
    contexts.push(context);
    return context.newPage();
  }
  async function check(page: Page, label: string, shot?: string) {
    if (shot) await screenshot(page, shot);
    await expectNoAxeViolations(page, label);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, `sideways scrolling on ${label}`).toBeLessThanOrEqual(clientWidth);
  }
  const submit = (page: Page, selector: string) => Promise.all([page.waitForLoadState('load'), page.click(selector)]).then(() => page.waitForLoadState('load'));

  it('record, upload, open with a reason, download watermarked, grant to another unit', async () => {
    const a = await phone();
    await loginViaForm(a, live.baseUrl, 'satpol@pky.go.id', PASSWORD);
    await visit(a, live.baseUrl, '/admin/informasi');
    await check(a, 'register (empty)', 'informasi-register-kosong-360');

    await Promise.all([a.waitForURL(/\/admin\/informasi\/baru$/), a.click('main a:text-is("Catat informasi baru")')]);
    await submit(a, 'main form[action="/admin/informasi"] button[type="submit"]');
    expect(await a.textContent('.error-summary')).toContain('Tuliskan judul informasi');
    await check(a, 'record form with errors', 'informasi-catat-galat-360');
    await a.fill('#f-title', TITLE);
    await a.fill('#f-description', 'Jadwal, rute dan penempatan personel pengamanan.');
    await a.selectOption('#f-securityLevel', 'rahasia');
    await submit(a, 'main form[action="/admin/informasi"] button[type="submit"]');
    expect(a.url()).toMatch(/\/admin\/informasi\/[0-9a-f-]{36}\?ok=created$/);
    const main = (await a.textContent('main')) ?? '';
    expect(main).toContain('INF/satpolpp/2026/0001');
    expect(main).not.toContain(TITLE);
    await check(a, 'item cover (reason first)', 'informasi-alasan-360');
    const itemUrl = a.url().split('?')[0]!;

    await a.fill('#f-reason', 'Menyiapkan rapat koordinasi pengamanan');
    await submit(a, 'main form[action$="/buka"] button[type="submit"]');
    expect(await a.textContent('main')).toContain(TITLE);
    await check(a, 'opened item', 'informasi-terbuka-360');

    await a.setInputFiles('#f-file', path.resolve('tests/fixtures/dokumen.pdf'));
    await submit(a, 'main form[enctype="multipart/form-data"] button[type="submit"]');
    expect(a.url()).toContain('ok=document_added');
    expect(await a.textContent('main')).toContain('dokumen.pdf');
    await check(a, 'item with its document', 'informasi-dokumen-360');

    const [download] = await Promise.all([a.waitForEvent('download'), a.click('main form[action$="/unduh"] button[type="submit"]')]);
    const file = path.join(RESULTS_DIR, 'informasi-unduhan.pdf');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    const text = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
    expect(text).toContain('RAHASIA · dibuka oleh Andi Satpol <satpol@pky.go.id> · 16 Mar 2026 09.00 WIB');
    // Rendered, for looking at: the watermark is visible on the page.
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(RESULTS_DIR, 'informasi-unduhan')]);

    const [bUser] = await live.t.db.db.select().from(users).where(eq(users.email, 'kesbang@pky.go.id'));
    await a.selectOption('#f-userId', bUser!.id);
    await a.fill('#f-grantReason', 'Koordinasi pengamanan bersama Kesbangpol');
    await a.fill('#f-until', '2026-09-30');
    await submit(a, 'main form[action$="/akses"] button[type="submit"]');
    expect(await a.textContent('.error-summary')).toContain('paling lama 90 hari');
    expect(await a.inputValue('#f-grantReason')).toBe('Koordinasi pengamanan bersama Kesbangpol');
    await check(a, 'grant refused (too long)', 'informasi-akses-galat-360');
    await a.fill('#f-until', '2026-03-31');
    await submit(a, 'main form[action$="/akses"] button[type="submit"]');
    expect(a.url()).toContain('ok=granted');
    expect(await a.textContent('main')).toContain('Bela Kesbangpol');
    await check(a, 'item with a grant', 'informasi-akses-360');

    const b = await phone();
    await loginViaForm(b, live.baseUrl, 'kesbang@pky.go.id', PASSWORD);
    await visit(b, live.baseUrl, '/admin/informasi');
    expect(await b.textContent('main')).toContain(TITLE);
    await check(b, 'register of the grantee', 'informasi-register-penerima-360');
    await b.goto(itemUrl);
    await b.fill('#f-reason', 'Rapat koordinasi pengamanan bersama');
    await submit(b, 'main form[action$="/buka"] button[type="submit"]');
    expect(await b.textContent('main')).toContain(TITLE);
    expect(await b.textContent('main')).not.toContain('Beri akses kepada petugas lain');

    const utama = await phone();
    await loginViaForm(utama, live.baseUrl, 'utama@pky.go.id', PASSWORD);
    await visit(utama, live.baseUrl, '/admin/informasi/log');
    const log = (await utama.textContent('main')) ?? '';
    expect(log).toContain('Rapat koordinasi pengamanan bersama');
    expect(log).not.toContain(TITLE);
    await check(utama, 'read log', 'informasi-log-360');

    const sekda = await phone();
    await loginViaForm(sekda, live.baseUrl, 'sekda@pky.go.id', PASSWORD);
    await visit(sekda, live.baseUrl, '/admin/informasi/izin-akses');
    await check(sekda, 'clearances', 'informasi-izin-akses-360');
    await sekda.selectOption(`#f-clearance-${bUser!.id}`, 'terbatas');
    await submit(sekda, `main form[action$="/izin-akses/${bUser!.id}"] button[type="submit"]`);
    expect(sekda.url()).toContain('ok=clearance_saved');
  });

  it('the public request form with the identity scan field', async () => {
    const p = await phone();
    await visit(p, live.baseUrl, '/permohonan');
    await p.fill('#f-name', 'Maria Ulfah');
    await p.setInputFiles('#f-identityScan', path.resolve('tests/fixtures/dokumen.docx'));
    live.t.clock.advance(20_000); // past the form's time trap
    await submit(p, 'main form[action="/permohonan"] button[type="submit"]');
    expect(await p.textContent('main')).toContain('harus berupa foto JPEG atau PNG, atau PDF');
    expect(await p.inputValue('#f-name')).toBe('Maria Ulfah');
    await check(p, 'request form with a refused scan', 'permohonan-pindaian-galat-360');
  });
});
