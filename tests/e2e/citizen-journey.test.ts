// The whole case, as the people in it live it, in Chromium at 360 px with JavaScript off and axe on every
// page: a citizen requests information (number, receipt PDF read back, email with the tracking link over
// real SMTP); the PPID Utama disposes it to a unit; the unit's PPID Pembantu answers; the PPID Utama gives
// the written notice (PDF and email reach the citizen); the tracking page shows each step and no personal
// data; the citizen objects; the Atasan PPID answers (response letter PDF); the tracking page shows it;
// then the PPID Utama records the dispute at the Komisi Informasi, its stage and decision file, and the
// tracking page follows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { outbox, publicBody, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { draftTest } from '../../src/domain/exemptions/draft-test.js';
import { decideTest, reviewTest, submitTest } from '../../src/domain/exemptions/workflow.js';
import { testInput } from '../helpers/exemptions.js';
import { startOutboxWorker, type OutboxWorker } from '../../src/jobs/outbox-worker.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { readMail } from '../helpers/mail.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import {
  expectNoAxeViolations,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  loginViaForm,
  newContext,
  openMenu,
  RESULTS_DIR,
  screenshot,
  startLiveApp,
  visit,
  type LiveApp,
} from './browser.js';

if (!hasChromium) console.warn('Citizen journey browser test SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const CITIZEN = {
  name: 'Siti Rahmawati',
  nik: '6271034507900002',
  address: 'Jl. G. Obos XI No. 3, Palangka Raya',
  email: 'siti@warga.example',
  phone: '0813 5200 7788',
};
const PERSONAL = [CITIZEN.name, CITIZEN.nik, CITIZEN.email, CITIZEN.phone, CITIZEN.address, 'G. Obos XI'];

async function pdfText(bytes: Buffer): Promise<string> {
  const text = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
  return text.replace(/\s+/g, ' ').replace(/([/-]) /g, '$1');
}

describe.skipIf(!hasChromium)('the citizen journey from request to dispute, in the browser', { timeout: 900_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let smtp: TestSmtp;
  let worker: OutboxWorker;
  const contexts: BrowserContext[] = [];
  let dinkes = '';
  let patientsTest = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    smtp = await startSmtp();
    worker = startOutboxWorker({
      db: live.t.db.db,
      keys: live.t.ctx.keys,
      smtpUrl: smtp.url,
      mailFrom: 'PPID <ppid@palangkaraya.go.id>',
      clock: live.t.clock,
      pollMs: 3_600_000,
      workerId: `w-${randomUUID()}`,
    });
    await live.t.db.db
      .insert(publicBody)
      .values({
        id: 1,
        name: 'Pemerintah Kota Palangka Raya',
        shortName: 'Palangka Raya',
        address: 'Jl. Tjilik Riwut Km. 5,5, Palangka Raya, Kalimantan Tengah 73112',
        phone: '(0536) 3221000',
        email: 'ppid@palangkaraya.go.id',
        ppidContactName: 'Dra. Maria Lumban, M.Si.',
      })
      .onConflictDoNothing();
    dinkes = (await live.t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning())[0]!.id;
    await makeUser(live.t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama' });
    await makeUser(live.t.ctx, { email: 'dinkes@pky.go.id', roles: ['ppid_pembantu'], unitId: dinkes, name: 'Pembantu Dinkes' });
    const atasan = await makeUser(live.t.ctx, { email: 'atasan@pky.go.id', roles: ['atasan_ppid'], name: 'Ir. Hera Nugrahayu' });
    // Patients' names are exempt under an approved consequence test (Ps 17 h.2), which the notice must cite.
    const as = async (email: string) => {
      const [u] = await live.t.db.db.select().from(users).where(eq(users.email, email));
      return { ...live.t.ctx, actor: toActor(u!) };
    };
    const draft = await draftTest(
      await as('dinkes@pky.go.id'),
      testInput({
        securityLevel: 'biasa',
        itemTitle: 'Identitas pasien demam berdarah dengue',
        publicTitle: 'Identitas pasien penyakit menular',
        periodStart: '2026-01-01',
      }),
    );
    await submitTest(await as('dinkes@pky.go.id'), draft.id);
    await reviewTest(await as('utama@pky.go.id'), draft.id, 'forward', { note: '' });
    patientsTest = (await decideTest({ ...(await as(atasan.email)) }, draft.id, { decision: 'setujui', reasons: '' })).id;
    // The officers' step emails of that test are not part of the citizen's journey.
    await live.t.db.db.delete(outbox);
    mkdirSync(RESULTS_DIR, { recursive: true });
  }, 300_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await worker?.stop();
    await smtp?.close();
    await live?.close();
  });

  async function phone(): Promise<Page> {
    const context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    contexts.push(context);
    return context.newPage();
  }
  async function checked(page: Page, label: string, shot?: string) {
    await expectNoAxeViolations(page, label);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, `sideways scrolling on ${label}`).toBeLessThanOrEqual(clientWidth);
    if (shot) await screenshot(page, shot);
  }
  const submitIn = (page: Page, action: string) =>
    Promise.all([page.waitForLoadState('load'), page.click(`main form[action$="${action}"] button[type="submit"]`)]).then(() => page.waitForLoadState('load'));
  const main = async (page: Page) => (await page.textContent('main')) ?? '';
  /** Sends what is in the outbox and returns the new messages, decoded. */
  async function deliver() {
    const before = smtp.received.length;
    while ((await worker.tick()) > 0);
    return smtp.received.slice(before).map((m) => ({ to: m.to, ...readMail(m) }));
  }
  async function pdf(page: Page, href: string, name: string) {
    const res = await page.request.get(`${live.baseUrl}${href}`);
    expect(res.status(), href).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const bytes = Buffer.from(await res.body());
    writeFileSync(`${RESULTS_DIR}/${name}.pdf`, bytes);
    return pdfText(bytes);
  }
  async function noPersonalData(page: Page, where: string) {
    const html = await page.content();
    for (const p of PERSONAL) expect(html, `${where} shows ${p}`).not.toContain(p);
  }

  it('request → disposition → unit answer → notice → objection → answer → dispute', async () => {
    // --- the citizen asks -------------------------------------------------------------------------------
    const citizen = await phone();
    await visit(citizen, live.baseUrl, '/');
    await openMenu(citizen);
    await Promise.all([citizen.waitForURL(/\/permohonan$/), citizen.click('nav a[href="/permohonan"]')]);
    await checked(citizen, 'request form');
    await citizen.fill('#f-name', CITIZEN.name);
    await citizen.fill('#f-idNumber', CITIZEN.nik);
    await citizen.fill('#f-address', CITIZEN.address);
    await citizen.fill('#f-email', CITIZEN.email);
    await citizen.fill('#f-phone', CITIZEN.phone);
    await citizen.fill('#f-details', 'Data kasus demam berdarah dengue per kelurahan tahun 2025, termasuk nama pasien yang dirawat.');
    await citizen.fill('#f-purpose', 'Penelitian skripsi kesehatan masyarakat.');
    await citizen.selectOption('#f-unit', 'dinkes');
    await citizen.check('#f-obtainMethod-salinan');
    await citizen.check('#f-copyFormat-softcopy');
    await citizen.check('#f-deliveryMethod-email');
    await citizen.check('#f-consent');
    live.t.clock.advance(90_000);
    await Promise.all([citizen.waitForURL(/\/permohonan\/terdaftar\?/), citizen.click('main form button[type="submit"]')]);
    const registered = await main(citizen);
    const number = /(\d{3}\/PPID\/[IVX]+\/\d{4})/.exec(registered)?.[1];
    expect(number).toBe('001/PPID/III/2026');
    expect(registered).toContain('Selasa, 7 April 2026');
    await checked(citizen, 'request registered', 'perjalanan-01-terdaftar-360');

    const receipt = await pdf(citizen, (await citizen.getAttribute('a[href^="/permohonan/tanda-bukti.pdf"]', 'href'))!, 'perjalanan-tanda-bukti');
    for (const s of ['TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK', number!, CITIZEN.name, 'Selasa, 7 April 2026']) expect(receipt).toContain(s);

    const [received] = await deliver();
    expect(received!.to).toEqual([CITIZEN.email]);
    expect(received!.subject).toBe(`Permohonan informasi ${number} telah diterima`);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/permohonan\/lacak\?nomor=[^\s]+&kode=[A-Za-z0-9_-]+)/.exec(received!.text)?.[1];
    expect(link, received!.text).toBeDefined();
    const trackPath = link!.slice(live.baseUrl.length);
    await visit(citizen, live.baseUrl, trackPath);
    expect(await main(citizen)).toContain('Permohonan diterima dan terdaftar');
    await noPersonalData(citizen, 'tracking page (received)');

    // --- the PPID Utama disposes it to the Dinas Kesehatan ------------------------------------------------
    const lead = await phone();
    await loginViaForm(lead, live.baseUrl, 'utama@pky.go.id', PASSWORD);
    await visit(lead, live.baseUrl, '/admin/permohonan');
    await Promise.all([lead.waitForURL(/\/admin\/permohonan\/[0-9a-f-]{36}$/), lead.click(`main a:text-is("${number}")`)]);
    const requestPath = new URL(lead.url()).pathname;
    await checked(lead, 'request page (lead)');
    await lead.check(`#f-unitIds-${dinkes}`);
    await lead.fill('#f-instruction', 'Mohon siapkan data DBD per kelurahan; nama pasien tidak diberikan.');
    await submitIn(lead, '/disposisi');
    expect(lead.url()).toContain('ok=disposed');
    await checked(lead, 'request after disposition');

    // --- the unit answers -----------------------------------------------------------------------------------
    const unit = await phone();
    await loginViaForm(unit, live.baseUrl, 'dinkes@pky.go.id', PASSWORD);
    await visit(unit, live.baseUrl, '/admin/permohonan');
    await Promise.all([unit.waitForURL(/\/admin\/permohonan\/[0-9a-f-]{36}$/), unit.click(`main a:text-is("${number}")`)]);
    await unit.fill('#f-answer', 'Data DBD 2025 per kelurahan tersedia (30 kelurahan, 1 berkas xlsx); nama pasien dikecualikan.');
    await submitIn(unit, '/jawaban-unit');
    expect(unit.url()).toContain('ok=answered_unit');
    await checked(unit, 'request after the unit answer', 'perjalanan-02-jawaban-unit-360');

    // --- the written notice: granted in part, the patients' names withheld (Ps 17 h) ---------------------------
    // In two steps: the decision first (a GET), then only its fields.
    await lead.goto(`${live.baseUrl}${requestPath}`);
    await lead.check('#f-hasil-diberikan_sebagian');
    await Promise.all([lead.waitForURL(/hasil=diberikan_sebagian/), lead.click('main [data-next-step] form[method="get"] button[type="submit"]')]);
    await lead.fill('#f-materialGiven', 'Jumlah kasus DBD 2025 per kelurahan (30 kelurahan).');
    await lead.fill('#f-materialWithheld', 'Nama dan alamat pasien.');
    await lead.selectOption('#f-consequenceTestId', patientsTest);
    await lead.fill('#f-reason', 'Nama dan alamat pasien adalah rahasia pribadi (riwayat kesehatan).');
    await lead.selectOption('#f-delivery', 'email');
    await lead.fill('#f-provideWorkingDays', '2');
    await submitIn(lead, '/pemberitahuan');
    expect(lead.url()).toContain('ok=responded');
    await checked(lead, 'request answered', 'perjalanan-03-pemberitahuan-360');

    const noticeMail = (await deliver()).find((m) => m.to.includes(CITIZEN.email))!;
    expect(noticeMail.subject).toBe(`Pemberitahuan tertulis atas permohonan ${number}`);
    expect(noticeMail.text).toContain('Permohonan dikabulkan sebagian');
    await citizen.goto(`${live.baseUrl}${trackPath}`);
    await checked(citizen, 'tracking page (answered)', 'perjalanan-04-lacak-dijawab-360');
    const tracked = await main(citizen);
    for (const step of [
      'Permohonan diterima dan terdaftar',
      'Diteruskan ke unit kerja yang menguasai informasi',
      'Dinas Kesehatan',
      'Unit kerja telah menyiapkan jawaban',
      'Pemberitahuan tertulis dikirim',
      'Permohonan dikabulkan sebagian',
    ])
      expect(tracked, step).toContain(step);
    expect(tracked).not.toContain('nama pasien tidak diberikan'); // the internal instruction
    await noPersonalData(citizen, 'tracking page (answered)');
    const notice = await pdf(citizen, (await citizen.getAttribute('a[href^="/permohonan/surat/pemberitahuan.pdf"]', 'href'))!, 'perjalanan-pemberitahuan');
    for (const s of ['PEMBERITAHUAN TERTULIS', `Nomor: ${number}/PT`, CITIZEN.name, 'Jumlah kasus DBD 2025 per kelurahan', 'Pasal 17 huruf h'])
      expect(notice).toContain(s);

    // --- the citizen objects ----------------------------------------------------------------------------------------
    await Promise.all([citizen.waitForURL(/\/permohonan\/keberatan\?/), citizen.click('main a[href^="/permohonan/keberatan?"]')]);
    await checked(citizen, 'objection form', 'perjalanan-05-keberatan-360');
    await citizen.check('#f-grounds-penolakan_pasal17');
    await citizen.fill('#f-caseSummary', 'Saya hanya memerlukan jumlah kasus; alamat pasien tidak saya minta, tetapi jumlah per RT juga ditolak.');
    await Promise.all([citizen.waitForURL(/\/permohonan\/lacak\?/), citizen.click('main form[action="/permohonan/keberatan"] button[type="submit"]')]);
    const afterObjection = await main(citizen);
    expect(afterObjection).toContain('001/KEB/III/2026');
    expect(afterObjection).toContain('sedang diperiksa Atasan PPID');
    await checked(citizen, 'tracking page (objection filed)');
    const objectionMails = await deliver();
    expect(objectionMails.map((m) => m.subject).sort()).toEqual([
      'Keberatan 001/KEB/III/2026 telah diterima',
      'Keberatan baru 001/KEB/III/2026 menunggu keputusan Anda',
    ]);

    // --- the Atasan PPID answers it -----------------------------------------------------------------------------------
    const superior = await phone();
    await loginViaForm(superior, live.baseUrl, 'atasan@pky.go.id', PASSWORD);
    await visit(superior, live.baseUrl, '/admin/keberatan');
    await checked(superior, 'objection register', 'perjalanan-06-register-keberatan-360');
    await Promise.all([superior.waitForURL(/\/admin\/keberatan\/[0-9a-f-]{36}$/), superior.click('main a:text-is("001/KEB/III/2026")')]);
    await checked(superior, 'objection page');
    await superior.check('#f-decision-ditolak_menguatkan_ppid');
    await superior.fill('#f-reasons', 'Jumlah kasus per RT pada kelurahan kecil dapat mengungkap identitas pasien; jumlah per kelurahan telah diberikan.');
    await submitIn(superior, '/putusan');
    await checked(superior, 'objection decided', 'perjalanan-07-keberatan-diputus-360');
    const letterHref = (await superior.getAttribute('a[href$="/surat.pdf"]', 'href'))!;
    const letter = await pdf(superior, letterHref, 'perjalanan-tanggapan-keberatan');
    for (const s of [
      'TANGGAPAN ATAS KEBERATAN',
      '001/KEB/III/2026',
      number!,
      'Keberatan ditolak; keputusan PPID dikuatkan',
      'Komisi Informasi',
      'Ir. Hera Nugrahayu',
    ])
      expect(letter).toContain(s);
    const decidedMail = (await deliver()).find((m) => m.to.includes(CITIZEN.email))!;
    expect(decidedMail.subject).toBe('Keputusan atas keberatan 001/KEB/III/2026');

    await citizen.goto(`${live.baseUrl}${trackPath}`);
    await checked(citizen, 'tracking page (objection decided)', 'perjalanan-08-lacak-keberatan-360');
    expect(await main(citizen)).toContain('Keberatan ditolak; keputusan PPID dikuatkan');
    const applicantCopy = await pdf(
      citizen,
      (await citizen.getAttribute('a[href^="/permohonan/keberatan/surat.pdf"]', 'href'))!,
      'perjalanan-tanggapan-keberatan-pemohon',
    );
    expect(applicantCopy).toContain('TANGGAPAN ATAS KEBERATAN');
    await noPersonalData(citizen, 'tracking page (objection decided)');

    // --- the citizen goes to the Komisi Informasi; the PPID Utama records it --------------------------------------
    live.t.clock.advance(3_600_000);
    await lead.goto(`${live.baseUrl}${requestPath}`);
    await Promise.all([lead.waitForURL(/\/admin\/sengketa\/baru\?/), lead.click('main a[href^="/admin/sengketa/baru?"]')]);
    await checked(lead, 'dispute registration form', 'perjalanan-09-catat-sengketa-360');
    expect(await lead.inputValue('#f-commission')).toBe('Komisi Informasi Provinsi Kalimantan Tengah');
    await lead.fill('#f-caseNumber', '012/III/KI-KT-PS/2026');
    await submitIn(lead, '/admin/sengketa');
    expect(lead.url()).toMatch(/\/admin\/sengketa\/[0-9a-f-]{36}\?ok=registered$/);
    expect(await main(lead)).toContain('Diajukan dalam 14 hari kerja sejak tanggapan Atasan PPID');
    await checked(lead, 'dispute page', 'perjalanan-10-sengketa-360');
    await lead.check('#f-stage-ajudikasi');
    await submitIn(lead, '/tahap');
    await lead.setInputFiles('#f-file', 'tests/fixtures/dokumen.pdf');
    await submitIn(lead, '/putusan');
    expect(lead.url()).toContain('ok=decision');
    await checked(lead, 'dispute with its decision file');
    await visit(lead, live.baseUrl, '/admin/sengketa');
    await screenshot(lead, 'perjalanan-10b-daftar-sengketa-360');
    await visit(lead, live.baseUrl, '/admin/permohonan/register');
    await checked(lead, 'request register', 'perjalanan-10c-register-permohonan-360');
    await lead.goto(`${live.baseUrl}${requestPath}`);
    await checked(lead, 'request page with the whole history', 'perjalanan-11-riwayat-360');
    const history = await main(lead);
    for (const s of [
      'Riwayat perkara',
      'Keberatan 001/KEB/III/2026 diputuskan',
      'Sengketa informasi didaftarkan di Komisi Informasi Provinsi Kalimantan Tengah',
      'Tahap sengketa: Ajudikasi nonlitigasi.',
    ])
      expect(history).toContain(s);

    await citizen.goto(`${live.baseUrl}${trackPath}`);
    await checked(citizen, 'tracking page (dispute)', 'perjalanan-12-lacak-sengketa-360');
    const disputeSteps = await main(citizen);
    for (const s of ['Sengketa didaftarkan di Komisi Informasi', '012/III/KI-KT-PS/2026', 'Ajudikasi nonlitigasi', 'Unduh putusan Komisi Informasi (PDF)'])
      expect(disputeSteps).toContain(s);
    await noPersonalData(citizen, 'tracking page (dispute)');

    // The standalone objection form, for those who kept only the receipt.
    const other = await phone();
    await visit(other, live.baseUrl, '/permohonan/keberatan');
    await Promise.all([other.waitForLoadState('load'), other.click('main form button[type="submit"]')]);
    expect(await other.textContent('.error-summary')).toContain('Isi nomor pendaftaran permohonan.');
    await checked(other, 'standalone objection form with errors', 'perjalanan-13-keberatan-mandiri-360');
  });
});
