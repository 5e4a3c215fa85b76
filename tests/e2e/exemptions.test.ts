// A consequence test in Chromium with JavaScript off at 360 px: drafted by a unit's PPID Pembantu (first
// with a mistake), forwarded by the PPID Utama, approved by the Atasan PPID, its decision letter
// downloaded, and the item in the public DIK without its content; axe on every page, no sideways scrolling.
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { users } from '../../src/db/schema/index.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { PASSWORD } from '../helpers/app.js';
import { EMAILS, setupCast } from '../helpers/exemptions.js';
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

if (!hasChromium) console.warn('Exemption browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const ITEM_TITLE = 'Hasil tes kejiwaan pelamar CPNS atas nama Wulan Qirana';
const WITHHELD = 'Skor psikotes Wulan Qirana 61';
const HARM = 'Membuka skor psikotes Wulan Qirana merusak reputasi dan peluang kerjanya di kemudian hari.';

describe.skipIf(!hasChromium)('a consequence test from draft to the public DIK, in the browser', { timeout: 480_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    await setupCast(live.t);
    await live.t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, EMAILS.pembantu));
    live.t.clock.set(new Date('2026-03-20T03:00:00Z'));
  }, 300_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await live?.close();
  });

  async function phone(): Promise<Page> {
    const context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    contexts.push(context);
    return context.newPage();
  }
  async function noOverflow(page: Page) {
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, page.url()).toBeLessThanOrEqual(clientWidth);
  }
  const submitIn = (page: Page, action: string) =>
    Promise.all([page.waitForLoadState('load'), page.click(`main form[action$="${action}"] button[type="submit"]`)]).then(() => page.waitForLoadState('load'));

  it('drafted, forwarded, approved, its letter downloaded, and listed in the DIK without its content', async () => {
    // The PPID Pembantu of Dinkes drafts it, first forgetting the public title and the article of the legal basis.
    const unit = await phone();
    await loginViaForm(unit, live.baseUrl, EMAILS.pembantu, PASSWORD);
    await visit(unit, live.baseUrl, '/admin/uji-konsekuensi');
    await noOverflow(unit);
    await Promise.all([unit.waitForURL(/\/admin\/uji-konsekuensi\/baru$/), unit.click('main a[href="/admin/uji-konsekuensi/baru"]')]);
    await expectNoAxeViolations(unit, 'new consequence test');
    await noOverflow(unit);
    await screenshot(unit, 'uji-konsekuensi-baru-360');
    await unit.fill('#f-itemTitle', ITEM_TITLE);
    await unit.fill('#f-itemDescription', 'Laporan psikolog untuk seleksi CPNS 2025.');
    await unit.selectOption('#f-securityLevel', 'rahasia');
    await unit.check('#f-moment-proaktif');
    await unit.selectOption('#f-groundCode', 'h.4');
    await unit.fill('#f-legalRegulation', 'Peraturan BKN No. 14 Tahun 2018 tentang Seleksi CPNS');
    await unit.fill('#f-withheldInformation', WITHHELD);
    await unit.fill('#f-harm', HARM);
    await unit.fill('#f-publicInterest', 'Hasil seleksi kolektif sudah diumumkan; skor perorangan tidak menyangkut kepentingan publik yang lebih besar.');
    await unit.check('#f-partial-tidak');
    await unit.fill('#f-periodStart', '2026-03-01');
    await unit.fill('#f-publicSummary', 'Membuka hasil tes psikologi perorangan mengungkap evaluasi kemampuan seseorang.');
    await submitIn(unit, '/admin/uji-konsekuensi');
    expect(await unit.textContent('.error-summary')).toContain('Tulis judul untuk publik');
    expect(await unit.textContent('.error-summary')).toContain('Sebutkan pasal dan ayatnya.');
    expect(await unit.inputValue('#f-withheldInformation')).toBe(WITHHELD);
    await expectNoAxeViolations(unit, 'consequence test form with errors');
    await noOverflow(unit);
    await screenshot(unit, 'uji-konsekuensi-galat-360');
    await unit.fill('#f-publicTitle', 'Hasil tes psikologi perorangan pelamar CPNS');
    await unit.fill('#f-legalArticle', 'Pasal 30');
    await unit.fill('#f-periodEnd', '2031-02-28');
    await submitIn(unit, '/admin/uji-konsekuensi');
    expect(unit.url()).toContain('ok=saved');
    await expectNoAxeViolations(unit, 'draft test');
    await noOverflow(unit);
    await screenshot(unit, 'uji-konsekuensi-draf-360');
    live.t.clock.advance(60_000);
    await submitIn(unit, '/ajukan');
    expect(unit.url()).toContain('ok=submitted');
    const testPath = new URL(unit.url()).pathname;

    // The PPID Utama forwards it, a little later.
    live.t.clock.advance(3_600_000);
    const lead = await phone();
    await loginViaForm(lead, live.baseUrl, EMAILS.utama, PASSWORD);
    await visit(lead, live.baseUrl, '/admin/uji-konsekuensi?status=submitted');
    await Promise.all([lead.waitForURL((u) => u.pathname === testPath), lead.click(`main a[href="${testPath}"]`)]);
    await expectNoAxeViolations(lead, 'test for review');
    await noOverflow(lead);
    expect(await lead.textContent('main')).toContain(WITHHELD);
    await lead.check('#f-action-forward');
    await lead.fill('#f-note', 'Dasar hukum dan pertimbangan sudah tepat.');
    await submitIn(lead, '/periksa');
    expect(lead.url()).toContain('ok=forwarded');
    await screenshot(lead, 'uji-konsekuensi-diteruskan-360');

    // The Atasan PPID approves it that afternoon and downloads the letter.
    live.t.clock.advance(2 * 3_600_000);
    const head = await phone();
    await loginViaForm(head, live.baseUrl, EMAILS.atasan, PASSWORD);
    await visit(head, live.baseUrl, testPath);
    await noOverflow(head);
    await screenshot(head, 'uji-konsekuensi-penetapan-360');
    await head.check('#f-decision-setujui');
    await submitIn(head, '/putusan');
    expect(head.url()).toContain('ok=approved');
    await expectNoAxeViolations(head, 'approved test');
    await noOverflow(head);
    const main = (await head.textContent('main')) ?? '';
    expect(main).toContain('001/PENETAPAN/PPID/III/2026');
    expect(main).toContain('Berlaku, tampil di DIK');
    // The history in the order of the way.
    const steps = await head.$$eval('ol.timeline li strong', (els) => els.map((e) => e.textContent));
    expect(steps).toEqual(['Draf dibuat', 'Diajukan ke PPID Utama', 'Diperiksa dan diteruskan ke Atasan PPID', 'Ditetapkan Atasan PPID']);
    await screenshot(head, 'uji-konsekuensi-ditetapkan-360');
    const pdfHref = await head.getAttribute('a[href$="/penetapan.pdf"]', 'href');
    const pdf = await head.context().request.get(live.baseUrl + pdfHref);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, ' ');
    for (const s of ['SURAT PENETAPAN KLASIFIKASI', 'Pasal 17 huruf h angka 4', 'Menyetujui, a.n. Wali Kota Palangka Raya', 'NIP 197011081995031002', WITHHELD])
      expect(text, s).toContain(s);
    await visit(head, live.baseUrl, '/admin/uji-konsekuensi/peninjauan');
    await noOverflow(head);

    // A request the PPID Utama could refuse citing it: the written-notice form offers the test.
    const { request } = await submitRequest(
      { ...live.t.ctx, actor: systemActor('uji') },
      {
        applicantType: 'perorangan',
        name: 'Rudi Hartono',
        idNumber: '6271031203870005',
        address: 'Jl. Kalimantan No. 2, Palangka Raya',
        email: 'rudi@warga.example',
        details: 'Hasil tes psikologi seorang pelamar CPNS 2025 yang saya kenal.',
        purpose: 'Ingin tahu.',
        obtainMethod: 'salinan',
        copyFormat: 'softcopy',
        deliveryMethod: 'email',
        unit: 'dinkes',
        consent: true,
      },
    );
    // The notice's decision comes first (?hasil=); a refusal then asks for the test.
    await visit(lead, live.baseUrl, `/admin/permohonan/${request.id}?hasil=ditolak_dikecualikan`);
    await noOverflow(lead);
    expect(await lead.textContent('#f-consequenceTestId')).toContain('001/PENETAPAN/PPID/III/2026 · Hasil tes psikologi perorangan pelamar CPNS');

    // The public DIK: the public columns only.
    const citizen = await phone();
    await visit(citizen, live.baseUrl, '/');
    await Promise.all([citizen.waitForURL(/\/informasi-dikecualikan$/), citizen.click('main a[href="/informasi-dikecualikan"]')]);
    await expectNoAxeViolations(citizen, 'public DIK');
    await noOverflow(citizen);
    const dik = (await citizen.textContent('main')) ?? '';
    for (const s of [
      'Hasil tes psikologi perorangan pelamar CPNS',
      'Dinas Kesehatan',
      'Pasal 17 huruf h angka 4',
      'Peraturan BKN No. 14 Tahun 2018',
      '1 Maret 2026 – 28 Februari 2031',
      '001/PENETAPAN/PPID/III/2026',
      '20 Maret 2026',
    ])
      expect(dik, s).toContain(s);
    const html = await citizen.content();
    for (const s of ['Wulan', 'Qirana', 'psikotes', 'Laporan psikolog']) expect(html, s).not.toContain(s);
    await screenshot(citizen, 'dik-360');
    await visit(citizen, live.baseUrl, '/unit/dinkes/informasi-dikecualikan');
    await noOverflow(citizen);
    await screenshot(citizen, 'dik-unit-360');
  });
});
