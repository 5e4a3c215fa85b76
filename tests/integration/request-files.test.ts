// issue 13 items 2–3 (case-docs): files through the request case and answers back into the DIP, over
// HTTP as the officers and the applicant use it. The unit uploads a file with its answer; the PPID adds a
// published DIP entry's documents; nothing reaches the applicant before the PPID releases it with the
// written notice; the applicant downloads it from the tracking page and the account (bytes read back,
// every download logged and in the case history); another request's file, an unreleased or exempt file
// and a wrong code are refused; the handover is recorded; "Terbitkan ke DIP" makes a draft without any of
// the applicant's data, in search and in "Informasi yang pernah dimohon" only once published.
import { readFileSync } from 'node:fs';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import {
  auditLog,
  dipDocuments,
  dipEntries,
  dipEntryRequests,
  dipVersions,
  outbox,
  requestDispositions,
  requestFileDownloads,
  requestFiles,
  requestHandovers,
  users,
} from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachDocument } from '../../src/domain/dip/documents.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { deliveredBody } from '../helpers/mail.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';
import { citizenRequest, insertPublicBody, insertUnits } from '../helpers/factories.js';

const PDF = readFileSync('tests/fixtures/dokumen.pdf');
const PNG = readFileSync('tests/fixtures/gambar.png');
const citizen = citizenRequest({
  // The request text names the applicant and their phone: none of it may reach the DIP.
  details:
    'Saya Yohanes Dambung (HP 0812 5100 2233), warga Jl. Rajawali VII No. 12, Palangka Raya, memohon salinan dokumen kontrak pembangunan drainase Jalan G. Obos tahun anggaran 2025 beserta adendumnya.',
});
const PERSONAL = [citizen.name, 'Yohanes', 'Dambung', citizen.idNumber, citizen.email!, '0812 5100 2233', '081251002233', 'Rajawali', citizen.purpose];

describe(`files through the request case, and answers back into the DIP (${backendName})`, () => {
  let t: TestApp;
  let u: Record<string, string>;
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji') });
  const actor = async (email: string): Promise<Ctx> => {
    const [row] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(row!) };
  };
  async function as(email: string) {
    const b = new Browser(t.app, '10.3.0.1');
    expect((await b.login(email)).status, `login ${email}`).toBe(303);
    await b.get('/admin');
    return b;
  }
  const cookie = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  async function upload(b: Browser, path: string, file: { name: string; bytes: Uint8Array }, fields: Record<string, string> = {}) {
    const fd = new FormData();
    fd.append('_csrf', b.csrf);
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    fd.append('file', new File([new Uint8Array(file.bytes)], file.name, { type: 'application/octet-stream' }));
    const encoded = new Response(fd);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const res = await t.app.request(path, {
      method: 'POST',
      body,
      headers: { cookie: cookie(b), 'x-forwarded-for': '10.3.0.1', 'content-type': encoded.headers.get('content-type')! },
    });
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  }
  /** The messages a refused form shows, for the assertion's message. */
  const msgs = (r: { text: string }) => [...r.text.matchAll(/class="error[^"]*"[^>]*>([\s\S]*?)<\/(?:p|div|h2)>/g)].map((m) => m[1]).join(' | ');
  const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers: { 'x-forwarded-for': '10.3.0.9', ...headers } });

  let dipEntry: { id: string; number: string };

  beforeAll(async () => {
    t = await createTestApp();
    await insertPublicBody(t);
    u = await insertUnits(t, [
      { code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
      { code: 'dinkes', name: 'Dinas Kesehatan' },
    ]);
    await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama' });
    await makeUser(t.ctx, { email: 'pupr@pky.go.id', roles: ['ppid_pembantu'], unitId: u.dpupr!, name: 'Pembantu PUPR' });
    await makeUser(t.ctx, { email: 'dinkes@pky.go.id', roles: ['ppid_pembantu'], unitId: u.dinkes!, name: 'Pembantu Dinkes' });
    await makeUser(t.ctx, { email: 'lihat@pky.go.id', roles: ['viewer'] });
    // A published DIP entry with a document, to attach "from the DIP".
    t.clock.set(new Date('2026-03-02T02:00:00Z'));
    const pupr = await actor('pupr@pky.go.id');
    const e = await createDraft(pupr, u.dpupr!, dipInput({ title: 'Standar pelayanan perizinan bangunan gedung' }));
    await attachDocument(pupr, e.id, { filename: 'standar.png', bytes: PNG });
    await submitEntries(pupr, [e.id]);
    await approveEntry(await actor('utama@pky.go.id'), e.id);
    dipEntry = { id: e.id, number: e.number };
  });
  afterAll(async () => t?.dispose());

  let requestId = '';
  let number = '';
  let token = '';
  let other: { id: string; number: string; token: string; fileId: string };
  let unitFile = '';
  let exemptFile = '';

  it('lets the unit attach files with its answer, checked by content and size, and nobody else', async () => {
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    const sent = await submitRequest(system(), citizen);
    ({ id: requestId, number } = sent.request);
    token = sent.token;
    const path = `/admin/permohonan/${requestId}`;
    const utama = await as('utama@pky.go.id');
    expect((await utama.post(`${path}/disposisi`, { unitIds: [u.dpupr!], instruction: 'Siapkan kontrak.', internalDueDate: '' })).status).toBe(303);
    const [d] = await t.db.db.select().from(requestDispositions).where(eq(requestDispositions.requestId, requestId));

    const pupr = await as('pupr@pky.go.id');
    await pupr.get(path);
    const ok = await upload(pupr, `${path}/berkas`, { name: 'kontrak drainase.pdf', bytes: PDF }, { dispositionId: d!.id });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(`${path}#berkas-perkara`);
    const exempt = await upload(pupr, `${path}/berkas`, { name: 'rekening penyedia.png', bytes: PNG }, { dispositionId: d!.id, exempt: '1' });
    expect(exempt.status).toBe(303);
    const files = await t.db.db.select().from(requestFiles).where(eq(requestFiles.requestId, requestId));
    expect(files.map((f) => [f.filename, f.source, f.exempt, f.dispositionId, f.releasedAt])).toEqual([
      ['kontrak drainase.pdf', 'upload', false, d!.id, null],
      ['rekening penyedia.png', 'upload', true, d!.id, null],
    ]);
    unitFile = files[0]!.id;
    exemptFile = files[1]!.id;

    // Type by content (a program named .pdf), no file, the same file twice: refused with a message.
    const program = await upload(pupr, `${path}/berkas`, { name: 'kontrak.pdf', bytes: readFileSync('tests/fixtures/program.pdf') }, { dispositionId: d!.id });
    expect(program.status).toBe(415);
    expect(program.text).toContain('Jenis berkas diperiksa dari isinya');
    const empty = await upload(pupr, `${path}/berkas`, { name: 'kosong.pdf', bytes: new Uint8Array(0) }, { dispositionId: d!.id });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('kosong');
    const twice = await upload(pupr, `${path}/berkas`, { name: 'lagi.pdf', bytes: PDF }, { dispositionId: d!.id });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('sudah dilampirkan');

    // Another unit's officer, a read-only viewer: refused before anything is stored.
    const dinkes = await as('dinkes@pky.go.id');
    expect((await upload(dinkes, `${path}/berkas`, { name: 'x.pdf', bytes: PDF }, { dispositionId: d!.id })).status).toBe(403);
    const viewer = await as('lihat@pky.go.id');
    expect((await upload(viewer, `${path}/berkas`, { name: 'x.pdf', bytes: PDF })).status).toBe(403);
    // The unit cannot release anything to the applicant.
    expect((await pupr.post(`${path}/berkas/${unitFile}/lepas`, {})).status).toBe(403);

    // The PPID adds the documents of a published DIP entry, by its number; an unknown number is refused.
    await utama.get(path);
    const bad = await utama.post(`${path}/berkas/dip`, { dispositionId: '', dipRef: 'DIP/XXX/2026/0099' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('tidak ditemukan');
    expect((await utama.post(`${path}/berkas/dip`, { dispositionId: '', dipRef: dipEntry.number.toLowerCase() })).status).toBe(303);
    const [fromDip] = await t.db.db
      .select()
      .from(requestFiles)
      .where(and(eq(requestFiles.requestId, requestId), eq(requestFiles.source, 'dip')));
    expect(fromDip).toMatchObject({ filename: 'standar.png', dispositionId: null, exempt: false });

    // The case page shows the panel, and the history the attachments.
    const page = await utama.get(path);
    expect(page.text).toContain('id="berkas-perkara"');
    expect(page.text).toContain('kontrak drainase.pdf');
    expect(page.text).toContain('Dikecualikan — hanya salinan hitam');
    expect(page.text).toContain('Berkas kontrak drainase.pdf (diunggah) dilampirkan pada jawaban Dinas Pekerjaan Umum dan Penataan Ruang.');
    // Staff download of a case file.
    const staff = await t.app.request(`${path}/berkas/${unitFile}`, { headers: { cookie: cookie(utama) } });
    expect(staff.status).toBe(200);
    expect(Buffer.from(await staff.arrayBuffer()).equals(PDF)).toBe(true);
    // The audit log has ids and sizes, never the file name.
    const audits = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'request.file_attached'));
    expect(audits.length).toBe(3);
    expect(JSON.stringify(audits)).not.toContain('rekening penyedia');
  });

  it('releases files only with a written notice that gives information, never an exempt file, and shows them to the applicant', async () => {
    const path = `/admin/permohonan/${requestId}`;
    let utama = await as('utama@pky.go.id');
    await utama.get(path);
    // Before the notice: nothing can go out.
    const early = await utama.post(`${path}/berkas/${unitFile}/lepas`, {});
    expect(early.status).toBe(409);
    expect(early.text).toContain('Terbitkan pemberitahuan tertulis terlebih dahulu');
    const tracking = `/permohonan/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(token)}`;
    expect(await (await get(tracking)).text()).not.toContain('kontrak drainase.pdf');

    t.clock.set(new Date('2026-03-20T03:00:00Z'));
    // The clock jumped past the session: sign in again.
    utama = await as('utama@pky.go.id');
    await utama.get(path);
    const notice = {
      outcome: 'diberikan_seluruhnya',
      held: 'ya',
      materialGiven: 'Kontrak pembangunan drainase Jalan G. Obos 2025 beserta adendum.',
      format: 'softcopy',
      delivery: 'email',
      sheets: '0',
      tariff: '0',
      deliveryCost: '0',
      paymentMethod: '',
      provideWorkingDays: '3',
    };
    const sentNotice = await utama.post(`${path}/pemberitahuan`, notice);
    expect(sentNotice.status, msgs(sentNotice)).toBe(303);
    expect((await utama.post(`${path}/berkas/${unitFile}/lepas`, {})).status).toBe(303);
    const exempt = await utama.post(`${path}/berkas/${exemptFile}/lepas`, {});
    expect(exempt.status).toBe(409);
    expect(exempt.text).toContain('Hanya salinan hasil penghitaman');
    const again = await utama.post(`${path}/berkas/${unitFile}/lepas`, {});
    expect(again.status).toBe(409);

    const page = await get(tracking);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('Berkas informasi');
    expect(html).toContain('kontrak drainase.pdf');
    expect(html).not.toContain('rekening penyedia');
    expect(html).toContain('Berkas informasi dapat diunduh');
    // The download from the tracking page: the link as shown, the bytes read back.
    const href = /href="(\/permohonan\/berkas\/[^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
    const res = await get(href);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    const logged = await t.db.db.select().from(requestFileDownloads).where(eq(requestFileDownloads.requestId, requestId));
    expect(logged.map((l) => [l.fileId, l.via])).toEqual([[unitFile, 'tracking']]);
    const history = await utama.get(path);
    expect(history.text).toContain('Pemohon mengunduh kontrak drainase.pdf melalui halaman lacak.');
    expect(history.text).toContain('Berkas kontrak drainase.pdf dilepas kepada pemohon bersama pemberitahuan tertulis.');
    expect(history.text).toContain('diunduh 1×');
  });

  it('refuses another request’s file, an unreleased file and a wrong code, with a clear message', async () => {
    // A second request, answered and with a released file of its own.
    t.clock.set(new Date('2026-03-23T02:00:00Z'));
    const sent = await submitRequest(system(), citizenRequest({ name: 'Maria Ulina', email: 'maria@warga.example', idNumber: '6271034405900002' }));
    const path = `/admin/permohonan/${sent.request.id}`;
    const utama = await as('utama@pky.go.id');
    await utama.get(path);
    expect((await upload(utama, `${path}/berkas`, { name: 'lain.png', bytes: PNG })).status).toBe(303);
    const [f] = await t.db.db.select().from(requestFiles).where(eq(requestFiles.requestId, sent.request.id));
    await utama.get(path);
    expect(
      (
        await utama.post(`${path}/pemberitahuan`, {
          outcome: 'diberikan_seluruhnya',
          held: 'ya',
          materialGiven: 'Data.',
          format: 'softcopy',
          delivery: 'email',
          sheets: '0',
          tariff: '0',
          deliveryCost: '0',
          provideWorkingDays: '3',
        })
      ).status,
    ).toBe(303);
    expect((await utama.post(`${path}/berkas/${f!.id}/lepas`, {})).status).toBe(303);
    other = { id: sent.request.id, number: sent.request.number, token: sent.token, fileId: f!.id };

    const q = (n: string, k: string) => `nomor=${encodeURIComponent(n)}&kode=${encodeURIComponent(k)}`;
    // Released on the other request: not with this request's code, even though it exists and is released.
    const cross = await get(`/permohonan/berkas/${other.fileId}?${q(number, token)}`);
    expect(cross.status).toBe(404);
    expect(await cross.text()).toContain('Berkas ini tidak tersedia untuk permohonan ini');
    // This request's exempt file, never released: refused.
    const unreleased = await get(`/permohonan/berkas/${exemptFile}?${q(number, token)}`);
    expect(unreleased.status).toBe(404);
    expect(await unreleased.text()).toContain('setelah PPID melampirkannya pada pemberitahuan tertulis');
    // A wrong code: the tracking page's own answer.
    const wrong = await get(`/permohonan/berkas/${unitFile}?${q(number, 'salah-kode')}`);
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain('Nomor pendaftaran dan kode pelacakan tidak cocok');
    const none = await get(`/permohonan/berkas/${unitFile}`);
    expect(none.status).toBe(404);
    expect((await get(`/permohonan/berkas/bukan-uuid?${q(number, token)}`)).status).toBe(404);
    // Still only the one download logged.
    expect((await t.db.db.select().from(requestFileDownloads).where(eq(requestFileDownloads.requestId, requestId))).length).toBe(1);
  });

  it('gives the signed-in applicant the same files in the account, and only theirs', async () => {
    const b = new Browser(t.app, '10.3.0.5');
    await b.get('/akun');
    expect((await b.post('/akun/masuk', { email: citizen.email! })).status).toBe(303);
    const [m] = await t.db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, citizen.email!), eq(outbox.template, 'citizen_sign_in')))
      .orderBy(desc(outbox.createdAt))
      .limit(1);
    const link = /\/akun\/masuk\/([A-Za-z0-9_-]+)/.exec(deliveredBody(m!, t.ctx.keys))![1]!;
    await b.get(`/akun/masuk/${link}`);
    expect((await b.post(`/akun/masuk/${link}`, {})).status).toBe(303);
    const page = await b.get(`/akun/permohonan/${requestId}`);
    expect(page.text).toContain('kontrak drainase.pdf');
    const res = await t.app.request(`/akun/permohonan/${requestId}/berkas/${unitFile}`, { headers: { cookie: cookie(b) } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    // Another applicant's request, and another request's file under one's own: 404.
    expect((await t.app.request(`/akun/permohonan/${other.id}/berkas/${other.fileId}`, { headers: { cookie: cookie(b) } })).status).toBe(404);
    expect((await t.app.request(`/akun/permohonan/${requestId}/berkas/${other.fileId}`, { headers: { cookie: cookie(b) } })).status).toBe(404);
    const logged = await t.db.db.select().from(requestFileDownloads).where(eq(requestFileDownloads.requestId, requestId));
    expect(logged.map((l) => l.via)).toEqual(['tracking', 'account']);
  });

  it('records the handover (way, date, to whom) and shows it in the case history, not on the tracking page', async () => {
    const path = `/admin/permohonan/${requestId}`;
    const utama = await as('utama@pky.go.id');
    await utama.get(path);
    const bad = await utama.post(`/admin/permohonan/${requestId}/serah-terima`, { method: 'merpati', handedOn: '2030-01-01', recipient: '' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Pilih cara penyerahan.');
    expect(
      (await utama.post(`${path}/serah-terima`, { method: 'pos', handedOn: '2026-03-23', recipient: 'Yohanes Dambung', note: 'Resi RB123456789ID' })).status,
    ).toBe(303);
    const [h] = await t.db.db.select().from(requestHandovers).where(eq(requestHandovers.requestId, requestId));
    expect(h).toMatchObject({ method: 'pos', handedOn: '2026-03-23', recipient: 'Yohanes Dambung' });
    const page = await utama.get(path);
    expect(page.text).toContain('Dikirim melalui pos pada Senin, 23 Maret 2026 kepada Yohanes Dambung.');
    const pupr = await as('pupr@pky.go.id');
    expect((await pupr.post(`${path}/serah-terima`, { method: 'langsung', handedOn: '2026-03-23', recipient: 'X Y Z' })).status).toBe(403);
    const tracking = await (await get(`/permohonan/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(token)}`)).text();
    expect(tracking).toContain('Informasi diserahkan');
    expect(tracking).not.toContain('RB123456789ID');
  });

  it('publishes the answer to the DIP as a draft of the unit without any of the applicant’s data; public and searchable only once published', async () => {
    const path = `/admin/permohonan/${requestId}`;
    const utama = await as('utama@pky.go.id');
    const form = await utama.get(`${path}/terbitkan-dip`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('drainase Jalan G. Obos');
    const formFields = /<form method="post" action="[^"]*terbitkan-dip"[\s\S]*?<\/form>/.exec(form.text)![0];
    for (const p of PERSONAL) expect(formFields, p).not.toContain(p);
    // The officer types the applicant's name back in: refused.
    const leak = await utama.post(`${path}/terbitkan-dip`, {
      title: 'Kontrak drainase Jalan G. Obos 2025',
      summary: 'Dimohon oleh Yohanes Dambung: kontrak drainase.',
      unitId: u.dpupr!,
    });
    expect(leak.status).toBe(422);
    expect(leak.text).toContain('data pribadi pemohon');
    for (const field of ['summary', 'title'] as const) {
      for (const p of ['6271031203870004', 'yohanes@warga.example', '0812-5100-2233', 'Jl. Rajawali VII No. 12']) {
        const r = await utama.post(`${path}/terbitkan-dip`, {
          title: field === 'title' ? `Kontrak drainase ${p}` : 'Kontrak drainase Jalan G. Obos 2025',
          summary: field === 'summary' ? `Kontrak drainase Jalan G. Obos 2025, ${p}.` : 'Kontrak drainase Jalan G. Obos tahun 2025 dan adendumnya.',
        });
        expect(r.status, `${field}: ${p}`).toBe(422);
      }
    }
    // The pembantu cannot publish.
    const pupr = await as('pupr@pky.go.id');
    expect((await pupr.get(`${path}/terbitkan-dip`)).status).toBe(403);

    // The prefilled form as sent.
    const title = /id="pd-title" name="title" value="([^"]*)"/.exec(form.text)![1]!;
    const summary = /<textarea id="pd-summary"[^>]*>([\s\S]*?)<\/textarea>/.exec(form.text)![1]!.trim();
    const made = await utama.post(`${path}/terbitkan-dip`, { title: title.replaceAll('&amp;', '&'), summary: summary.replaceAll('&amp;', '&') });
    expect(made.status).toBe(303);
    const [link] = await t.db.db.select().from(dipEntryRequests).where(eq(dipEntryRequests.requestId, requestId));
    expect(made.location).toBe(`/admin/dip/${link!.entryId}`);
    const [entry] = await t.db.db.select().from(dipEntries).where(eq(dipEntries.id, link!.entryId));
    expect(entry).toMatchObject({ unitId: u.dpupr, status: 'draft', publishedVersionId: null });
    const [version] = await t.db.db.select().from(dipVersions).where(eq(dipVersions.entryId, entry!.id));
    const docs = await t.db.db.select().from(dipDocuments).where(eq(dipDocuments.entryId, entry!.id));
    // The released files, except what came from the DIP already; never the exempt one.
    expect(docs.map((d) => d.filename)).toEqual(['kontrak drainase.pdf']);
    const stored = JSON.stringify({ entry, version, docs: docs.map(({ text: _t, ...d }) => d) });
    for (const p of PERSONAL) expect(stored, p).not.toContain(p);
    expect(stored).not.toContain(number);

    // A draft: not on the portal, not in search, not in the list.
    const word = 'drainase';
    const before = await (await get(`/cari?q=${word}`)).text();
    expect(before).not.toContain(entry!.slug);
    expect(await (await get('/informasi-yang-pernah-dimohon')).text()).not.toContain(entry!.slug);
    expect((await get(`/informasi/${entry!.slug}`)).status).toBe(404);

    // Through the ordinary workflow: submitted, approved.
    await submitEntries(await actor('utama@pky.go.id'), [entry!.id]);
    await approveEntry(await actor('utama@pky.go.id'), entry!.id);
    const after = await (await get(`/cari?q=${word}`)).text();
    expect(after).toContain(entry!.slug);
    const pub = await (await get(`/informasi/${entry!.slug}`)).text();
    for (const p of PERSONAL) expect(pub, p).not.toContain(p);
    // A second request for the same information is linked to the published entry: it goes first in the list.
    const otherPath = `/admin/permohonan/${other.id}`;
    await utama.get(`${otherPath}/terbitkan-dip`);
    expect((await utama.post(`${otherPath}/terbitkan-dip`, { title: 'x', summary: 'x', existing: entry!.number })).status).toBe(303);
    const list = await (await get('/informasi-yang-pernah-dimohon')).text();
    expect(list).toContain(`/informasi/${entry!.slug}`);
    expect(list).toContain('dimohon 2 kali');
    for (const p of PERSONAL) expect(list, p).not.toContain(p);
    expect(await (await get('/')).text()).toContain('href="/informasi-yang-pernah-dimohon"');
    // The case history links the entry.
    expect((await utama.get(path)).text).toContain(`Draf entri DIP ${entry!.number} dibuat dari jawaban ini`);
  });

  it('refuses "Terbitkan ke DIP" and any release when the notice does not give the information in full', async () => {
    t.clock.set(new Date('2026-03-24T02:00:00Z'));
    const sent = await submitRequest(system(), citizenRequest({ email: 'lain@warga.example' }));
    const path = `/admin/permohonan/${sent.request.id}`;
    const utama = await as('utama@pky.go.id');
    await utama.get(path);
    expect((await upload(utama, `${path}/berkas`, { name: 'catatan.png', bytes: PNG })).status).toBe(303);
    const [f] = await t.db.db.select().from(requestFiles).where(eq(requestFiles.requestId, sent.request.id));
    await utama.get(path);
    expect(
      (await utama.post(`${path}/pemberitahuan`, { outcome: 'tidak_dikuasai', held: 'tidak', holderBody: 'Kementerian PUPR', reason: 'Dikuasai kementerian.' }))
        .status,
    ).toBe(303);
    const refused = await utama.post(`${path}/berkas/${f!.id}/lepas`, {});
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('tidak memberikan informasi');
    const publish = await utama.post(`${path}/terbitkan-dip`, { title: 'Kontrak drainase', summary: 'Kontrak drainase 2025 dan adendum.' });
    expect(publish.status).toBe(409);
    expect(publish.text).toContain('diberikan seluruhnya');
    expect((await utama.get(path)).text).not.toContain('/terbitkan-dip"');
  });
  it('removes a file attached by mistake before release, keeps the record, frees its key; never a released one', async () => {
    t.clock.set(new Date('2026-03-23T02:00:00Z'));
    const sent = await submitRequest(system(), citizenRequest({ details: 'Salinan jadwal pemeliharaan drainase kota tahun 2026.' }));
    const path = `/admin/permohonan/${sent.request.id}`;
    const utama = await as('utama@pky.go.id');
    expect((await utama.post(`${path}/disposisi`, { unitIds: [u.dpupr!], instruction: 'Siapkan jadwal.', internalDueDate: '' })).status).toBe(303);
    const [d] = await t.db.db.select().from(requestDispositions).where(eq(requestDispositions.requestId, sent.request.id));
    const pupr = await as('pupr@pky.go.id');
    await pupr.get(path);
    expect((await upload(pupr, `${path}/berkas`, { name: 'ktp pemohon lain.png', bytes: PNG }, { dispositionId: d!.id })).status).toBe(303);
    const [wrong] = await t.db.db.select().from(requestFiles).where(eq(requestFiles.requestId, sent.request.id));
    // The unit's page offers the removal; another unit, a viewer and a wrong request are refused.
    expect((await pupr.get(`${path}/berkas`)).text).toContain(`${path}/berkas/${wrong!.id}/hapus`);
    const dinkes = await as('dinkes@pky.go.id');
    expect((await dinkes.post(`${path}/berkas/${wrong!.id}/hapus`, {})).status).toBe(403);
    const viewer = await as('lihat@pky.go.id');
    expect((await viewer.post(`${path}/berkas/${wrong!.id}/hapus`, {})).status).toBe(403);
    expect((await utama.post(`/admin/permohonan/${requestId}/berkas/${wrong!.id}/hapus`, {})).status).toBe(404);

    const removed = await pupr.post(`${path}/berkas/${wrong!.id}/hapus`, {});
    expect(removed.status).toBe(303);
    const [row] = await t.db.db.select().from(requestFiles).where(eq(requestFiles.id, wrong!.id));
    expect(row).toMatchObject({ sha256: '' });
    expect(row!.removedAt).not.toBeNull();
    // Gone from the files panel, kept in the history; no download; removing twice is a 404.
    const page = await utama.get(path);
    expect(page.text).not.toContain(`${path}/berkas/${wrong!.id}"`);
    expect(page.text).toContain('Berkas ktp pemohon lain.png dihapus sebelum dilepas (dilampirkan keliru).');
    expect((await t.app.request(`${path}/berkas/${wrong!.id}`, { headers: { cookie: cookie(utama) } })).status).toBe(404);
    expect((await pupr.post(`${path}/berkas/${wrong!.id}/hapus`, {})).status).toBe(404);
    expect((await utama.post(`${path}/berkas/${wrong!.id}/lepas`, {})).status).toBe(404);
    // The same bytes may be attached again (the removed one counts for nothing).
    expect((await upload(pupr, `${path}/berkas`, { name: 'jadwal.png', bytes: PNG }, { dispositionId: d!.id })).status).toBe(303);
    // Audited with hash and size, never the name.
    const [audit] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'request.file_removed'));
    expect(JSON.stringify(audit!.summary)).toContain(wrong!.sha256);
    expect(JSON.stringify(audit)).not.toContain('pemohon lain');
    // A file already released to the applicant stays: 409 with the reason, for the PPID Utama too.
    const first = `/admin/permohonan/${requestId}`;
    await utama.get(first);
    const released = await utama.post(`${first}/berkas/${unitFile}/hapus`, {});
    expect(released.status).toBe(409);
    expect(released.text).toContain('sudah dilepas kepada pemohon');
    const [still] = await t.db.db.select().from(requestFiles).where(eq(requestFiles.id, unitFile));
    expect(still!.removedAt).toBeNull();
  });
});
