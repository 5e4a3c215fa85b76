// The citizen's own data and the optional account, through HTTP: the data download from the tracking page
// (the applicant's data, no internal notes, what is kept and for how long), and the account at /akun (a
// link that works once and expires, the same answer for any address, rate limits, only that email's
// requests, its cookie, CSRF bound to its session, sign-out).
import { and, desc, eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, citizenSessions, citizenSignInLinks, outbox, publicBody } from '../../src/db/schema/index.js';
import { LINKS_PER_EMAIL_HOUR, LINKS_PER_IP_HOUR } from '../../src/domain/citizen/account.js';
import type { OwnData } from '../../src/domain/privacy/own-data.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { deliveredBody } from '../helpers/mail.js';
import { backendName } from '../helpers/db.js';
import { APPLICANT, CASE_SUMMARY, INSTRUCTION, INTERNAL_NOTE, OTHER_EMAIL, seedReportYear, type SeededYear } from '../helpers/report-year.js';

const NOW = new Date('2026-03-16T02:00:00Z');

describe(`the citizen's own data and account (${backendName})`, () => {
  let t: TestApp;
  let s: SeededYear;
  let ipNo = 10;
  /** A fresh visitor on a fresh address (the per-address limit is tested on purpose below). */
  const visitor = () => new Browser(t.app, `10.5.0.${ipNo++}`);
  const q = (key: keyof SeededYear['requests']) => `nomor=${encodeURIComponent(s.requests[key].number)}&kode=${encodeURIComponent(s.tokens[key])}`;

  beforeAll(async () => {
    t = await createTestApp();
    s = await seedReportYear(t.ctx, t.clock);
    await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama Rahasia' });
    t.clock.set(NOW);
  }, 120_000);
  afterAll(async () => t?.dispose());

  describe('data download from the tracking page', () => {
    it('gives the applicant everything held about them in the case, as JSON and as a page, without internal notes', async () => {
      const b = visitor();
      const track = await b.get(`/permohonan/lacak?${q('r2')}`);
      expect(track.text).toContain(`/permohonan/data-saya?${q('r2').replace(/&/g, '&amp;')}`);

      const res = await t.app.request(`/permohonan/data-saya.json?${q('r2')}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="data-permohonan-.*\.json"/);
      const raw = await res.text();
      const d = JSON.parse(raw) as OwnData;
      expect(d.request.number).toBe(s.requests.r2.number);
      expect(d.request.applicant).toMatchObject({
        type: 'badan_hukum',
        name: APPLICANT.name,
        idNumber: 'AHU-0012345.AH.01.04 Tahun 2019',
        email: OTHER_EMAIL,
        address: APPLICANT.address,
      });
      expect(d.request.details).toBe(APPLICANT.details);
      expect(d.request.networkAddressHashHeld).toBe(true);
      expect(d.steps.map((x) => x.kind)).toEqual(['received', 'answered', 'objection_filed', 'note']);
      expect(d.writtenNotice).toMatchObject({ outcome: 'ditolak_dikecualikan', reason: 'Memuat data pribadi pihak ketiga.', exemptionGround: 'h' });
      expect(d.writtenNotice).not.toHaveProperty('internalNote');
      expect(d.objections[0]).toMatchObject({ caseSummary: CASE_SUMMARY, decision: 'ditolak_menguatkan_ppid', signedBy: 'Ir. Sekda Kota' });
      expect(d.disputes[0]).toMatchObject({ caseNumber: '012/KI-KT/PS/VIII/2025', stage: 'mediasi', hearings: ['2025-09-01'] });
      expect(d.letters.map((l) => l.kind)).toEqual(['tanda-bukti', 'pemberitahuan', 'penolakan', 'tanggapan-keberatan']);
      expect(d.emails.length).toBeGreaterThanOrEqual(3);
      expect(d.retention.years).toBeNull();
      expect(d.retention.text.id).toContain('belum menetapkan jangka waktu penyimpanan');
      // Internal: the officers' notes, the disposition's instruction, hearing notes, staff, classified titles.
      for (const x of [
        INTERNAL_NOTE,
        'Petugas Utama Rahasia',
        'Pemohon Yohanes Dambung hadir',
        'Data pribadi penyedia',
        s.tokens.r2,
        'trackingTokenHash',
        'ip-hash-of-the-applicant',
      ]) {
        expect(raw).not.toContain(x);
      }
      const r3 = await (await t.app.request(`/permohonan/data-saya.json?${q('r3')}`)).text();
      expect(r3).not.toContain(INSTRUCTION);
      expect(JSON.parse(r3).request.extension.reason).toBe('Dokumen masih dikumpulkan dari puskesmas.');

      const page = await b.get(`/permohonan/data-saya?${q('r2')}`);
      expect(page.status).toBe(200);
      expect(page.res.headers.get('cache-control')).toBe('no-store');
      for (const x of [
        'Apa yang kami simpan dan berapa lama',
        APPLICANT.name,
        'AHU-0012345.AH.01.04 Tahun 2019',
        CASE_SUMMARY,
        '012/KI-KT/PS/VIII/2025',
        'Surat keputusan penolakan',
      ]) {
        expect(page.text).toContain(x);
      }
      expect(page.text).not.toContain(INTERNAL_NOTE);
      expect(page.text).toContain(`/permohonan/surat/penolakan.pdf?${q('r2').replace(/&/g, '&amp;')}`);
    });

    it('says how long the data is kept once a period is set; refuses a wrong code like an unknown number', async () => {
      await t.db.db.update(publicBody).set({ requestRetentionYears: 3 });
      const d = (await (await t.app.request(`/permohonan/data-saya.json?${q('r1')}`)).json()) as OwnData;
      expect(d.retention).toMatchObject({ years: 3 });
      expect(d.retention.text.id).toContain('dihapus 3 tahun setelah langkah terakhir');
      expect(d.request.identityScan).toMatchObject({ held: true, type: 'image/jpeg' });
      const en = visitor();
      expect((await en.get(`/en/permohonan/data-saya?${q('r1')}`)).text).toContain('removed 3 years after the last step');
      await t.db.db.update(publicBody).set({ requestRetentionYears: null });

      const wrong = await t.app.request(`/permohonan/data-saya.json?nomor=${encodeURIComponent(s.requests.r1.number)}&kode=salah-kode`);
      expect(wrong.status).toBe(404);
      expect(await wrong.text()).not.toContain(APPLICANT.name);
      const page = await visitor().get(`/permohonan/data-saya?nomor=${encodeURIComponent(s.requests.r1.number)}&kode=salah-kode`);
      expect(page.status).toBe(404);
      expect(page.text).toContain('Nomor pendaftaran dan kode pelacakan tidak cocok');
      const none = await t.app.request('/permohonan/data-saya');
      expect(none.status).toBe(303);
      expect(none.headers.get('location')).toBe('/permohonan/lacak');
    });
  });

  describe('the optional account', () => {
    const linkOf = async (email: string) => {
      const [m] = await t.db.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toAddress, email), eq(outbox.template, 'citizen_sign_in')))
        .orderBy(desc(outbox.createdAt))
        .limit(1);
      const token = m ? /\/akun\/masuk\/([A-Za-z0-9_-]+)/.exec(deliveredBody(m, t.ctx.keys))?.[1] : undefined;
      if (!token) throw new Error(`no sign-in mail to ${email}`);
      return token;
    };
    const mails = async (email: string) =>
      (
        await t.db.db
          .select()
          .from(outbox)
          .where(and(eq(outbox.toAddress, email), eq(outbox.template, 'citizen_sign_in')))
      ).length;

    async function askLink(b: Browser, email: string) {
      await b.get('/akun');
      return b.post('/akun/masuk', { email });
    }
    async function signIn(b: Browser, token: string) {
      const page = await b.get(`/akun/masuk/${token}`);
      expect(page.status).toBe(200);
      return b.post(`/akun/masuk/${token}`, {});
    }

    it('answers the same for any address; mails a hashed, single-use link only where there are requests', async () => {
      const b = visitor();
      const form = await b.get('/akun');
      expect(form.status).toBe(200);
      expect(form.res.headers.get('cache-control')).toBe('no-store');
      expect(form.text).toContain('Kirim tautan masuk');
      expect((await b.post('/akun/masuk', { email: APPLICANT.email! }, { csrf: null })).status).toBe(403);
      const bad = await b.post('/akun/masuk', { email: 'bukan-email' });
      expect(bad.status).toBe(422);
      expect(bad.text).toContain('Format email tidak valid.');
      expect(bad.text).toContain('value="bukan-email"');

      const known = await askLink(b, ` ${APPLICANT.email!.toUpperCase()} `);
      const unknown = await askLink(visitor(), 'tidak.pernah@warga.example');
      for (const r of [known, unknown]) {
        expect(r.status).toBe(303);
        expect(r.location).toBe('/akun?terkirim=1');
      }
      const a = await b.get('/akun?terkirim=1');
      const u = await visitor().get('/akun?terkirim=1');
      const notice = (x: string) => /<div class="notice success"[\s\S]*?<\/div>/.exec(x)?.[0].replace(/value="[^"]*"/g, '');
      expect(notice(a.text)).toBe(notice(u.text));
      expect(notice(a.text)).toContain('Bila alamat email itu pernah dipakai');
      expect(await mails(APPLICANT.email!)).toBe(1);
      expect(await mails('tidak.pernah@warga.example')).toBe(0);
      const rows = await t.db.db.select().from(citizenSignInLinks);
      expect(rows.map((r) => r.email).sort()).toEqual([APPLICANT.email, 'tidak.pernah@warga.example'].sort());
      const token = await linkOf(APPLICANT.email!);
      expect(rows.some((r) => r.tokenHash === token)).toBe(false);
      const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.template, 'citizen_sign_in'));
      expect(mail!.subject).toBe('Tautan masuk: permohonan informasi Anda');
      expect(mail!.textBody).toContain('berlaku 30 menit, hanya sekali pakai');
      // The audit log keeps an opaque id, never the address.
      const audits = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'citizen.sign_in_link'));
      expect(audits.length).toBe(2);
      expect(JSON.stringify(audits)).not.toContain(APPLICANT.email!);
    });

    it('signs in once with the link (the page asks first), lists only that email’s requests, and signs out', async () => {
      const b = visitor();
      await askLink(b, APPLICANT.email!);
      const token = await linkOf(APPLICANT.email!);
      const before = b.csrf;
      // Opening the link (as a mail scanner would) does not use it up.
      expect((await b.get(`/akun/masuk/${token}`)).status).toBe(200);
      const ok = await signIn(b, token);
      expect(ok.status).toBe(303);
      expect(ok.location).toBe('/akun');
      const cookie = ok.res.headers.getSetCookie().find((c) => c.startsWith('qg_warga='))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\/akun/);
      expect(cookie).not.toMatch(/Secure/i);
      expect(await t.db.db.select().from(citizenSessions)).toHaveLength(1);

      const list = await b.get('/akun');
      expect(list.status).toBe(200);
      for (const k of ['r1', 'r4', 'r5', 'old'] as const) expect(list.text).toContain(s.requests[k].number);
      for (const k of ['r2', 'r3'] as const) expect(list.text).not.toContain(`>${s.requests[k].number}<`);
      expect(list.text).toContain(APPLICANT.email!);
      expect(list.text).toContain('Sudah dijawab');
      expect(list.text).toContain('sedang diperiksa Atasan PPID');

      const one = await b.get(`/akun/permohonan/${s.requests.r1.id}`);
      expect(one.status).toBe(200);
      expect(one.text).toContain('Permohonan diterima dan terdaftar');
      expect(one.text).toContain(`/akun/permohonan/${s.requests.r1.id}/surat/pemberitahuan.pdf`);
      const pdf = await t.app.request(`/akun/permohonan/${s.requests.r1.id}/surat/pemberitahuan.pdf`, {
        headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      expect(pdf.status).toBe(200);
      const text = (await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true })).text;
      expect(text).toContain('PEMBERITAHUAN TERTULIS');
      const data = await b.get(`/akun/permohonan/${s.requests.r1.id}/data`);
      expect(data.text).toContain(APPLICANT.idNumber);
      const json = (await (
        await t.app.request(`/akun/permohonan/${s.requests.r4.id}/data.json`, { headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } })
      ).json()) as OwnData;
      expect(json.request.number).toBe(s.requests.r4.number);
      // Someone else's request, or no request at all: the same 404.
      for (const id of [s.requests.r2.id, s.requests.r3.id, '00000000-0000-4000-8000-000000000000', 'bukan-id']) {
        expect((await b.get(`/akun/permohonan/${id}`)).status, id).toBe(404);
        expect((await b.get(`/akun/permohonan/${id}/data.json`)).status, id).toBe(404);
      }

      // The link worked once.
      expect((await b.get(`/akun/masuk/${token}`)).status).toBe(400);
      const again = await b.post(`/akun/masuk/${token}`, {});
      expect(again.status).toBe(400);
      expect(again.text).toContain('Tautan masuk ini tidak berlaku lagi');

      // The form token of before the sign-in is bound to no session: refused now.
      await b.get('/akun');
      expect((await b.post('/akun/keluar', {}, { csrf: before })).status).toBe(403);
      const out = await b.post('/akun/keluar', {});
      expect(out.status).toBe(303);
      expect(out.location).toBe('/akun?keluar=1');
      expect(await t.db.db.select().from(citizenSessions)).toHaveLength(0);
      const after = await b.get('/akun?keluar=1');
      expect(after.text).toContain('Anda sudah keluar.');
      expect(after.text).not.toContain(s.requests.r1.number);
      // An old copy of the cookie is worth nothing.
      const stale = await t.app.request(`/akun/permohonan/${s.requests.r1.id}`, { headers: { cookie: cookie.split(';')[0]! } });
      expect(stale.status).toBe(303);
      expect(stale.headers.get('location')).toBe('/akun');
    });

    it('refuses an expired or wrong link', async () => {
      const b = visitor();
      await askLink(b, APPLICANT.email!);
      const token = await linkOf(APPLICANT.email!);
      t.clock.advance(31 * 60_000);
      try {
        expect((await b.get(`/akun/masuk/${token}`)).status).toBe(400);
        expect((await b.post(`/akun/masuk/${token}`, {})).status).toBe(400);
        expect((await b.get(`/akun/masuk/${token.slice(0, -2)}xx`)).status).toBe(400);
        expect((await b.post('/akun/masuk/salah', {})).status).toBe(400);
        expect(await t.db.db.select().from(citizenSessions)).toHaveLength(0);
      } finally {
        t.clock.set(NOW);
      }
    });

    it('limits links per email and per address, the same whether or not the email has requests', async () => {
      t.clock.set(new Date(NOW.getTime() + 2 * 3600_000));
      for (const email of ['lain.sekali@warga.example', OTHER_EMAIL]) {
        for (let i = 0; i < LINKS_PER_EMAIL_HOUR; i++) expect((await askLink(visitor(), email)).status).toBe(303);
        const over = await askLink(visitor(), email);
        expect(over.status, email).toBe(429);
        expect(over.text).toContain('Terlalu banyak tautan masuk diminta');
      }
      const one = visitor();
      for (let i = 0; i < LINKS_PER_IP_HOUR; i++) expect((await askLink(one, `alamat${i}@warga.example`)).status).toBe(303);
      expect((await askLink(one, 'satu.lagi@warga.example')).status).toBe(429);
      // An hour later the address may ask again.
      t.clock.advance(3600_000 + 1000);
      expect((await askLink(one, 'satu.lagi@warga.example')).status).toBe(303);
    });

    it('keeps the citizen session apart from the staff session, and marks the cookie Secure on https', async () => {
      const staff = visitor();
      await staff.login('utama@pky.go.id');
      const page = await staff.get('/akun');
      expect(page.text).toContain('Kirim tautan masuk');
      expect(page.text).not.toContain(s.requests.r1.number);

      const https = await createTestApp({ config: { baseUrl: 'https://ppid.palangkaraya.example', secureCookies: true } });
      try {
        await seedReportYear(https.ctx, https.clock);
        https.clock.set(NOW);
        const b = new Browser(https.app, '10.6.0.1');
        await b.get('/akun');
        expect((await b.post('/akun/masuk', { email: APPLICANT.email! }, { headers: { origin: 'https://ppid.palangkaraya.example' } })).status).toBe(303);
        const [m] = await https.db.db.select().from(outbox).where(eq(outbox.template, 'citizen_sign_in'));
        expect(m!.textBody).toContain('https://ppid.palangkaraya.example/akun/masuk/');
        const token = /\/akun\/masuk\/([A-Za-z0-9_-]+)/.exec(deliveredBody(m!, https.ctx.keys))![1]!;
        await b.get(`/akun/masuk/${token}`);
        const ok = await b.post(`/akun/masuk/${token}`, {}, { headers: { origin: 'https://ppid.palangkaraya.example' } });
        expect(ok.status).toBe(303);
        expect(ok.res.headers.getSetCookie().find((c) => c.startsWith('qg_warga='))).toMatch(/;\s*Secure/i);
      } finally {
        await https.dispose();
      }
    });
  });
});
