// Officers handle a request in Chromium with JavaScript off at 360 px: the PPID Utama's inbox, the
// disposition (first with a mistake), the unit's answer by its PPID Pembantu, the written notice; axe on
// every page and no sideways scrolling.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { units } from '../../src/db/schema/index.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
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

if (!hasChromium) console.warn('Request-handling browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

describe.skipIf(!hasChromium)('handling a request in the back office, in the browser', { timeout: 480_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  const contexts: BrowserContext[] = [];
  let dpupr = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    dpupr = (await live.t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning())[0]!.id;
    await makeUser(live.t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama' });
    await makeUser(live.t.ctx, { email: 'pupr@pky.go.id', roles: ['ppid_pembantu'], unitId: dpupr, name: 'Pembantu PUPR' });
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
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  }
  const submitIn = (page: Page, action: string) =>
    Promise.all([page.waitForLoadState('load'), page.click(`main form[action$="${action}"] button[type="submit"]`)]).then(() => page.waitForLoadState('load'));

  it('inbox, disposition, unit answer and written notice with JavaScript off', async () => {
    const { request } = await submitRequest(
      { ...live.t.ctx, actor: systemActor('uji') },
      {
        applicantType: 'perorangan',
        name: 'Siti Rahmawati',
        idNumber: '6271031203870004',
        address: 'Jl. G. Obos XI No. 3, Palangka Raya',
        email: 'siti@warga.example',
        details: 'Daftar penerima bantuan perbaikan rumah tidak layak huni di Kecamatan Jekan Raya tahun 2026.',
        purpose: 'Penelitian skripsi.',
        obtainMethod: 'salinan',
        copyFormat: 'softcopy',
        deliveryMethod: 'email',
        unit: 'dpupr',
        consent: true,
      },
    );

    const lead = await phone();
    await loginViaForm(lead, live.baseUrl, 'utama@pky.go.id', PASSWORD);
    await visit(lead, live.baseUrl, '/admin/permohonan');
    await noOverflow(lead);
    expect(await lead.textContent('main')).toContain('Tepat waktu');
    await screenshot(lead, 'permohonan-kotak-masuk-360');

    await Promise.all([lead.waitForURL(/\/admin\/permohonan\/[0-9a-f-]{36}$/), lead.click(`main a:text-is("${request.number}")`)]);
    await expectNoAxeViolations(lead, 'request page (lead)');
    await noOverflow(lead);
    expect(await lead.textContent('main')).toContain('Siti Rahmawati');

    // Forgot the unit: the page comes back with the message and the instruction kept.
    await lead.fill('#f-instruction', 'Mohon siapkan daftar penerima; hitamkan NIK penerima.');
    await submitIn(lead, '/disposisi');
    expect(await lead.textContent('.error-summary')).toContain('Pilih minimal satu unit kerja.');
    expect(await lead.inputValue('#f-instruction')).toBe('Mohon siapkan daftar penerima; hitamkan NIK penerima.');
    await expectNoAxeViolations(lead, 'disposition with an error');
    await screenshot(lead, 'permohonan-disposisi-galat-360');

    await lead.check(`#f-unitIds-${dpupr}`);
    await submitIn(lead, '/disposisi');
    expect(lead.url()).toContain('ok=disposed');
    expect(await lead.textContent('main')).toContain('Disposisi terkirim ke unit kerja.');
    await expectNoAxeViolations(lead, 'request after disposition');

    const unit = await phone();
    await loginViaForm(unit, live.baseUrl, 'pupr@pky.go.id', PASSWORD);
    await visit(unit, live.baseUrl, '/admin/permohonan');
    await Promise.all([unit.waitForURL(/\/admin\/permohonan\/[0-9a-f-]{36}$/), unit.click(`main a:text-is("${request.number}")`)]);
    await expectNoAxeViolations(unit, 'request page (unit)');
    await noOverflow(unit);
    await unit.fill('#f-answer', 'Daftar penerima 2026 tersedia (48 nama); NIK dihitamkan.');
    await submitIn(unit, '/jawaban-unit');
    expect(unit.url()).toContain('ok=answered_unit');
    expect(await unit.textContent('main')).toContain('Daftar penerima 2026 tersedia');
    await expectNoAxeViolations(unit, 'request after the unit answer');
    await screenshot(unit, 'permohonan-jawaban-unit-360');

    // The written notice in two steps: the decision first (a GET), then only its fields.
    await lead.reload();
    await lead.check('#f-hasil-diberikan_seluruhnya');
    await Promise.all([lead.waitForURL(/hasil=diberikan_seluruhnya/), lead.click('main [data-next-step] form[method="get"] button[type="submit"]')]);
    await lead.fill('#f-materialGiven', 'Daftar penerima bantuan RTLH Kecamatan Jekan Raya 2026 (NIK dihitamkan).');
    await lead.fill('#f-provideWorkingDays', '2');
    await submitIn(lead, '/pemberitahuan');
    expect(lead.url()).toContain('ok=responded');
    const main = (await lead.textContent('main')) ?? '';
    expect(main).toContain('Permohonan dikabulkan seluruhnya');
    await expectNoAxeViolations(lead, 'request answered');
    await noOverflow(lead);
    await screenshot(lead, 'permohonan-dijawab-360');
    const href = await lead.getAttribute('a[href$="/surat/pemberitahuan.pdf"]', 'href');
    const pdf = await lead.request.get(`${live.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
