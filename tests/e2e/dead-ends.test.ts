// No dead ends, in Chromium at 360 px with JavaScript off: a search that finds nothing and an entry without
// a file both lead, through "Minta informasi ini", to the request form filled in, which is then sent and
// registered. The results' "Dapat diunduh" badge and filter. axe on every page; screenshots in test-results/.
import { eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachDocument } from '../../src/domain/dip/documents.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { makeUser } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';
import { expectNoAxeViolations, hasChromium, horizontalOverflow, launchBrowser, newContext, screenshot, startLiveApp, visit, type LiveApp } from './browser.js';

if (!hasChromium) console.warn('Dead-end browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const PDF = new Uint8Array(readFileSync(new URL('../fixtures/dokumen.pdf', import.meta.url)));

describe.skipIf(!hasChromium)('no dead ends in the browser (360 px, JavaScript off)', { timeout: 480_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let context: BrowserContext;
  let page: Page;
  const noFile = { slug: '', number: '' };
  let withFileSlug = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    const t = live.t;
    const [u] = await t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning();
    await makeUser(t.ctx, { email: 'pembantu@dpupr.example', roles: ['ppid_pembantu'], unitId: u!.id });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    const as = async (email: string): Promise<Ctx> => {
      const [row] = await t.db.db.select().from(users).where(eq(users.email, email));
      return { ...t.ctx, actor: toActor(row!) };
    };
    const pembantu = await as('pembantu@dpupr.example');
    const utama = await as('utama@kota.example');
    const a = await createDraft(
      pembantu,
      u!.id,
      dipInput({
        title: 'Rencana Pemeliharaan Jembatan Kota Tahun 2026',
        summary: 'Daftar jembatan yang dipelihara, jadwal dan anggaran pemeliharaannya.',
        forms: ['tercetak', 'terekam'],
        formats: ['PDF', 'XLSX'],
        tags: ['jembatan'],
      }),
    );
    const b = await createDraft(
      pembantu,
      u!.id,
      dipInput({ title: 'Laporan Kinerja Pemeliharaan Jembatan 2025', summary: 'Capaian kinerja pemeliharaan jembatan.', tags: ['jembatan'] }),
    );
    await attachDocument(pembantu, b.id, { filename: 'laporan-kinerja.pdf', bytes: PDF });
    await submitEntries(pembantu, [a.id, b.id]);
    await approveEntry(utama, a.id);
    await approveEntry(utama, b.id);
    Object.assign(noFile, { slug: a.slug, number: a.number });
    withFileSlug = b.slug;
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    page = await context.newPage();
  }, 300_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
  });

  async function noOverflow(label: string) {
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, `${label} scrolls sideways at 360 px`).toBeLessThanOrEqual(clientWidth);
  }

  /** Fills in the applicant's part of the form (the information part is already filled in) and sends it. */
  async function completeAndSend(email: string): Promise<string> {
    await page.fill('#f-name', 'Siti Rahmawati');
    await page.fill('#f-idNumber', '6271031203870004');
    await page.fill('#f-address', 'Jl. G. Obos XI No. 3, Palangka Raya');
    await page.fill('#f-email', email);
    await page.fill('#f-purpose', 'Mengawasi pemeliharaan jembatan di lingkungan kami.');
    await page.check('#f-obtainMethod-salinan');
    await page.check('#f-copyFormat-softcopy');
    await page.check('#f-deliveryMethod-email');
    await page.check('#f-consent');
    live.t.clock.advance(60_000);
    await Promise.all([page.waitForURL(/\/permohonan\/terdaftar\?/), page.click('main form.request-form button[type="submit"]')]);
    await expectNoAxeViolations(page, 'request registered');
    await noOverflow('request registered');
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('Permohonan terdaftar');
    const receipt = await page.getAttribute('a[href^="/permohonan/tanda-bukti.pdf"]', 'href');
    const pdf = await page.request.get(`${live.baseUrl}${receipt}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    return main;
  }

  it('a search with no result → "Minta informasi ini" → the form with the search words → sent, receipt', async () => {
    await visit(page, live.baseUrl, '/cari');
    await page.fill('#q', 'retribusi parkir tepi sungai');
    await Promise.all([page.waitForURL(/\/cari\?q=/), page.click('main form[role="search"] .search-row button[type="submit"]')]);
    expect(await page.textContent('#results-h')).toContain('Tidak ada informasi yang cocok');
    await expectNoAxeViolations(page, 'zero-result search');
    await noOverflow('zero-result search');
    await screenshot(page, 'cari-tanpa-hasil-360');

    await Promise.all([page.waitForURL(/\/permohonan\?/), page.click('a:text-is("Minta informasi ini")')]);
    expect(await page.inputValue('#f-details')).toBe('Informasi tentang: retribusi parkir tepi sungai');
    await expectNoAxeViolations(page, 'request form from a search');
    await noOverflow('request form from a search');
    await screenshot(page, 'permohonan-dari-pencarian-360');
    await page.locator('#f-details').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/permohonan-dari-pencarian-rincian-360.png' });

    const main = await completeAndSend('siti@warga.example');
    expect(main).toMatch(/001\/PPID\/[IVX]+\/\d{4}/);
    const [row] = (await live.t.db.db.execute(`select details, unit_id from information_requests order by created_at desc limit 1`)).rows as {
      details: string;
      unit_id: string | null;
    }[];
    expect(row!.details).toBe('Informasi tentang: retribusi parkir tepi sungai');
  });

  it('an entry without a file says so and → "Minta informasi ini" → the form names it, unit chosen → sent', async () => {
    await visit(page, live.baseUrl, `/informasi/${noFile.slug}`);
    const docs = (await page.textContent('section[aria-labelledby="docs-h"]')) ?? '';
    expect(docs).toContain('tersedia atas permintaan');
    expect((await page.textContent('.facts')) ?? '').toContain('Terekam (salinan elektronik): tersedia atas permintaan');
    await noOverflow('entry without a file');
    await screenshot(page, 'informasi-tanpa-berkas-360');

    await Promise.all([page.waitForURL(/\/permohonan\?dip=/), page.click('a:text-is("Minta informasi ini")')]);
    expect(await page.inputValue('#f-details')).toBe(
      `Informasi: Rencana Pemeliharaan Jembatan Kota Tahun 2026 (nomor DIP ${noFile.number}, Dinas Pekerjaan Umum dan Penataan Ruang)`,
    );
    expect(await page.inputValue('#f-unit')).toBe('dpupr');
    await expectNoAxeViolations(page, 'request form for an entry');
    await noOverflow('request form for an entry');
    await screenshot(page, 'permohonan-dari-informasi-360');
    // The filled-in part at phone size, as the citizen sees it when scrolling there.
    await page.screenshot({ path: 'test-results/permohonan-dari-informasi-atas-360.png' });
    await page.locator('#f-details').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/permohonan-dari-informasi-rincian-360.png' });

    await completeAndSend('siti@warga.example');
  });

  it('results show which entries can be downloaded, and the filter keeps only those', async () => {
    await visit(page, live.baseUrl, '/cari?q=jembatan');
    const hits = page.locator('ol.hits > li');
    expect(await hits.count()).toBe(2);
    expect(await page.locator(`ol.hits > li:has(a[href="/informasi/${withFileSlug}"]) .badge.dl`).count()).toBe(1);
    expect(await page.locator(`ol.hits > li:has(a[href="/informasi/${noFile.slug}"]) .badge.dl`).count()).toBe(0);
    await screenshot(page, 'cari-lencana-unduh-360');

    await page.click('details.filter-box summary');
    await page.check('#f-unduh');
    await Promise.all([page.waitForURL(/unduh=1/), page.click('details.filter-box button[type="submit"]')]);
    expect(await page.locator('ol.hits > li').count()).toBe(1);
    expect(await page.locator(`ol.hits a[href="/informasi/${withFileSlug}"]`).count()).toBe(1);
    await expectNoAxeViolations(page, 'downloadable filter');
    await noOverflow('downloadable filter');
    await screenshot(page, 'cari-dapat-diunduh-360');
  });
});
