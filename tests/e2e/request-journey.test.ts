// Issue 13's whole journey in Chromium, at 360 px with JavaScript off and axe on every page: a walk-in
// request entered by the PPID Utama → disposed to the unit → the unit attaches the information and answers →
// the written notice, with the file released → the applicant finds the case on the tracking page (typed
// loosely) and downloads the same bytes → the answer is published to the DIP as the unit's draft, goes
// through the ordinary review, and is found by search, without any of the applicant's data.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { insertPublicBody, insertUnits } from '../helpers/factories.js';
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

if (!hasChromium) console.warn('Request journey browser test SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const PDF = readFileSync('tests/fixtures/dokumen.pdf');
const APPLICANT = {
  name: 'Maria Goreti Lado',
  nik: '6271014403880002',
  address: 'Jl. Tjilik Riwut Km 5 No. 12, Palangka Raya',
  phone: '081234500011',
};

describe.skipIf(!hasChromium)('a walk-in request from the counter to the DIP, in the browser', { timeout: 600_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  const contexts: BrowserContext[] = [];
  let dpupr = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    await insertPublicBody(live.t);
    dpupr = (await insertUnits(live.t, [{ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }])).dpupr!;
    await makeUser(live.t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama' });
    await makeUser(live.t.ctx, { email: 'pupr@pky.go.id', roles: ['ppid_pembantu'], unitId: dpupr, name: 'Pembantu PUPR' });
    live.t.clock.set(new Date('2026-03-18T03:00:00Z'));
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
  /** Axe and no sideways scrolling on the page now shown (after a form was sent). */
  async function check(page: Page, what: string) {
    await expectNoAxeViolations(page, what);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, what).toBeLessThanOrEqual(clientWidth);
  }
  const send = (page: Page, selector: string) => Promise.all([page.waitForLoadState('load'), page.click(selector)]).then(() => page.waitForLoadState('load'));

  it('walk-in → disposition → unit answer with a file → notice → download → DIP → search', async () => {
    // 1. The PPID Utama records a walk-in received on Monday at 09:00.
    const lead = await phone();
    await loginViaForm(lead, live.baseUrl, 'utama@pky.go.id', PASSWORD);
    await visit(lead, live.baseUrl, '/admin/permohonan/baru');
    await lead.check('#f-channel-langsung');
    await lead.fill('#f-receivedDate', '2026-03-16');
    await lead.fill('#f-receivedTime', '09:00');
    await lead.fill('#f-name', APPLICANT.name);
    await lead.fill('#f-idNumber', APPLICANT.nik);
    await lead.fill('#f-address', APPLICANT.address);
    await lead.fill('#f-phone', APPLICANT.phone);
    await lead.fill('#f-details', 'Salinan kontrak pekerjaan normalisasi drainase Jalan Tjilik Riwut tahun anggaran 2025');
    await lead.fill('#f-purpose', 'Pengawasan warga atas pembangunan drainase');
    await lead.check('#f-obtainMethod-salinan');
    await lead.check('#f-copyFormat-softcopy');
    await lead.check('#f-deliveryMethod-ambil_langsung');
    await lead.check('#f-consent');
    await send(lead, 'main form[action$="/permohonan/baru"] button[type="submit"]');
    expect(await lead.locator('.error-summary').count(), (await lead.textContent('.error-summary').catch(() => '')) ?? '').toBe(0);
    const number = ((await lead.textContent('main dl.facts dd strong')) ?? '').trim();
    const code = ((await lead.textContent('main dl.facts dd code')) ?? '').trim();
    expect(number).toBe('001/PPID/III/2026');
    expect(code).toMatch(/^[0-9A-Z]{24}$/);
    await check(lead, 'intake registered');
    const receipt = await lead.request.get(`${live.baseUrl}${await lead.getAttribute('main a[href*="tanda-bukti.pdf"]', 'href')}`);
    expect(receipt.status()).toBe(200);
    expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // 2. Disposition to the unit: the case page's one next step.
    await Promise.all([lead.waitForURL(/\/admin\/permohonan\/[0-9a-f-]{36}$/), lead.click('main a:text-is("Buka perkara")')]);
    const caseUrl = lead.url();
    await check(lead, 'case page, to dispose');
    expect(await lead.getAttribute('main [data-next-step]', 'data-next-step')).toBe('dispose');
    expect(await lead.textContent('main')).toContain(APPLICANT.name);
    await lead.check(`#f-unitIds-${dpupr}`);
    await lead.fill('#f-instruction', 'Mohon lampirkan salinan kontrak; hitamkan nomor rekening penyedia.');
    await send(lead, 'main [data-next-step] form[action$="/disposisi"] button[type="submit"]');
    expect(lead.url()).toContain('ok=disposed');
    await check(lead, 'case page, disposed');

    // 3. The unit attaches the contract and answers.
    const unit = await phone();
    await loginViaForm(unit, live.baseUrl, 'pupr@pky.go.id', PASSWORD);
    await visit(unit, live.baseUrl, caseUrl.replace(live.baseUrl, ''));
    expect(await unit.getAttribute('main [data-next-step]', 'data-next-step')).toBe('unit_answer');
    await unit.click('#berkas-perkara summary');
    await unit.setInputFiles('#cf-file', { name: 'kontrak-drainase-2025.pdf', mimeType: 'application/pdf', buffer: PDF });
    await send(unit, '#berkas-perkara form[enctype="multipart/form-data"] button[type="submit"]');
    expect(await unit.textContent('#berkas-perkara')).toContain('kontrak-drainase-2025.pdf');
    await check(unit, 'case page, file attached by the unit');
    await unit.fill('#f-answer', 'Salinan kontrak terlampir; nomor rekening penyedia dihitamkan.');
    await send(unit, 'main [data-next-step] form[action$="/jawaban-unit"] button[type="submit"]');
    expect(unit.url()).toContain('ok=answered_unit');
    await check(unit, 'case page, answered by the unit');

    // 4. The written notice in two steps, then the file goes with it.
    await visit(lead, live.baseUrl, caseUrl.replace(live.baseUrl, ''));
    expect(await lead.getAttribute('main [data-next-step]', 'data-next-step')).toBe('respond');
    await lead.check('#f-hasil-diberikan_seluruhnya');
    await Promise.all([lead.waitForURL(/hasil=diberikan_seluruhnya/), lead.click('main [data-next-step] form[method="get"] button[type="submit"]')]);
    await check(lead, 'written notice, step 2');
    await lead.fill('#f-materialGiven', 'Salinan kontrak normalisasi drainase Jalan Tjilik Riwut 2025 (nomor rekening dihitamkan).');
    await lead.fill('#f-provideWorkingDays', '1');
    await send(lead, 'main form[action$="/pemberitahuan"] button[type="submit"]');
    expect(lead.url()).toContain('ok=responded');
    await check(lead, 'case page, answered');
    await send(lead, '#berkas-perkara form[action$="/lepas"] button[type="submit"]');
    expect(await lead.textContent('#berkas-perkara')).toContain('Dilepas kepada pemohon');
    await check(lead, 'case page, file released');
    await screenshot(lead, 'perjalanan-berkas-dilepas-360');

    // 5. The applicant types the number and code loosely on the tracking page and downloads the file.
    const citizen = await phone();
    await visit(citizen, live.baseUrl, '/permohonan/lacak');
    await citizen.fill('input[name="nomor"]', ` ${number.replace('001', '1').toLowerCase()} `);
    await citizen.fill('input[name="kode"]', code.toLowerCase().replace(/(.{6})/g, '$1 '));
    await send(citizen, 'main form button[type="submit"]');
    await check(citizen, 'tracking page');
    const files = citizen.locator('section[aria-labelledby="released-files"]');
    expect(await files.textContent()).toContain('kontrak-drainase-2025.pdf');
    const download = await citizen.request.get(`${live.baseUrl}${await files.locator('a').first().getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    await screenshot(citizen, 'perjalanan-lacak-unduh-360');
    const tracking = (await citizen.textContent('main')) ?? '';
    for (const personal of [APPLICANT.nik, APPLICANT.phone, APPLICANT.address]) expect(tracking).not.toContain(personal);

    // 6. Published to the DIP: a draft of the unit, prefilled without the applicant's data.
    await visit(lead, live.baseUrl, `${caseUrl.replace(live.baseUrl, '')}/terbitkan-dip`);
    const form = `${await lead.inputValue('#pd-title')} ${await lead.inputValue('#pd-summary')}`;
    for (const personal of [APPLICANT.name, APPLICANT.nik, APPLICANT.phone, APPLICANT.address]) expect(form).not.toContain(personal);
    await lead.fill('#pd-title', 'Kontrak Normalisasi Drainase Jalan Tjilik Riwut 2025');
    await lead.fill(
      '#pd-summary',
      'Salinan kontrak pekerjaan normalisasi drainase Jalan Tjilik Riwut tahun anggaran 2025, nomor rekening penyedia dihitamkan.',
    );
    await Promise.all([lead.waitForURL(/\/admin\/dip\/[0-9a-f-]{36}/), lead.click('main form[action$="/terbitkan-dip"] button[type="submit"]')]);
    const entryPath = new URL(lead.url()).pathname;
    await check(lead, 'DIP draft from the answer');

    // The unit submits its draft; the PPID Utama approves and publishes it (the ordinary review).
    await visit(unit, live.baseUrl, entryPath);
    await send(unit, `form[action="${entryPath}/ajukan"] button`);
    await check(unit, 'DIP draft submitted');
    await visit(lead, live.baseUrl, entryPath);
    await send(lead, `form[action="${entryPath}/setujui"] button`);
    await check(lead, 'DIP entry approved');

    // 7. The citizen finds it by search, and the entry carries none of the applicant's data.
    await visit(citizen, live.baseUrl, '/cari?q=kontrak+drainase+tjilik+riwut');
    await Promise.all([citizen.waitForLoadState('load'), citizen.click('main a:has-text("Kontrak Normalisasi Drainase Jalan Tjilik Riwut 2025")')]);
    await check(citizen, 'DIP entry page');
    const entry = (await citizen.textContent('main')) ?? '';
    expect(entry).toContain('Kontrak Normalisasi Drainase');
    for (const personal of [APPLICANT.name, APPLICANT.nik, APPLICANT.phone, APPLICANT.address]) expect(entry).not.toContain(personal);
    await visit(citizen, live.baseUrl, '/informasi-yang-pernah-dimohon');
    expect(await citizen.textContent('main')).toContain('Kontrak Normalisasi Drainase Jalan Tjilik Riwut 2025');
    await screenshot(citizen, 'perjalanan-pernah-dimohon-360');
  });
});
