// Hostile files (tests/fixtures/make-hostile.ts) sent to every upload route: DIP document upload (and its
// text extraction), classified attachment and the watermarked download, redaction of a classified PDF, DIP
// import, the decision of a dispute, the identity scan of the request form. Each answers a clear 4xx (or
// accepts a file that is only stored) and never a 5xx; an accepted DIP document ends in a terminal state,
// never pending; the app still answers /healthz after each. The sandbox itself: busy queue, timeouts,
// crashes and heap exhaustion, each with its code.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { classifiedDocuments, dipDocuments, dipEntries, disputes, encryptedFiles, informationRequests, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { encryptForStore, insertEncryptedFile } from '../../src/domain/classified/encrypted-files.js';
import { attachDocument } from '../../src/domain/dip/documents.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { BusyError, FILE_LIMITS } from '../../src/documents/file-limits.js';
import { runFileJob, sandboxPids } from '../../src/documents/sandbox.js';
import { MAX_TEXT_ATTEMPTS, startTextExtractionWorker } from '../../src/jobs/text-extraction.js';
import { AppError } from '../../src/errors.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';
import { hostileFiles, type HostileFile } from '../fixtures/make-hostile.js';

const SLOW = 600_000;
const FILE_REFUSED = /Berkas tidak dapat diproses/;

describe(`hostile files on every upload route (${backendName})`, () => {
  let t: TestApp;
  let files: HostileFile[];
  let pembantu: Browser;
  let utama: Browser;
  let asPembantu: Ctx;
  let unitId = '';
  let itemId = '';
  let reading = '';
  let disputeId = '';
  const cookies = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const readingOf = (text: string) => /name="baca" value="(\d+)"/.exec(text)?.[1] ?? '';
  const byName = (n: string) => files.find((f) => f.name === n)!;
  const BOMBS = ['pageTreeBomb.pdf', 'deepNesting.pdf', 'zipBomb.docx', 'lyingZip.docx', 'zipBomb.xlsx', 'hugeCell.xlsx'];

  /** A multipart POST with the session and form token of a Browser. */
  async function multipart(b: Browser, url: string, field: string, f: HostileFile, fields: Record<string, string> = {}) {
    const fd = new FormData();
    fd.append('_csrf', b.csrf);
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    fd.append(field, new File([new Uint8Array(f.bytes)], f.name, { type: 'application/octet-stream' }));
    const encoded = new Response(fd);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const res = await t.app.request(url, {
      method: 'POST',
      body: bytes,
      headers: {
        cookie: cookies(b),
        'x-forwarded-for': '10.0.0.9',
        'content-type': encoded.headers.get('content-type')!,
        'content-length': String(bytes.length),
      },
    });
    return { status: res.status, text: await res.text(), headers: res.headers };
  }

  async function stillAnswering() {
    const res = await t.app.request('/healthz');
    expect(res.status).toBe(200);
  }

  /** Every route answers 2xx/3xx (stored) or a clear 4xx, never 5xx; bombs are refused as such. */
  function expectClear(route: string, f: HostileFile, r: { status: number; text: string }) {
    expect(r.status, `${route} ${f.name}: ${r.text.slice(0, 300)}`).toBeLessThan(500);
    if (r.status >= 400) expect(r.text.length, `${route} ${f.name} explains itself`).toBeGreaterThan(0);
  }

  const signedIn = async (email: string) => {
    const b = new Browser(t.app);
    expect((await b.login(email)).status).toBe(303);
    await b.get('/admin');
    return b;
  };

  /** Signs in again and opens the item again (the extraction test moves the clock past sessions and readings). */
  async function fresh() {
    pembantu = await signedIn('a@kota.example');
    utama = await signedIn('utama@kota.example');
    if (itemId) {
      const opened = await pembantu.post(`/admin/informasi/${itemId}/buka`, { reason: 'Menguji berkas perusak' });
      reading = readingOf(opened.text);
      expect(reading).not.toBe('');
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    files = await hostileFiles();
    const [u] = await t.db.db.insert(units).values({ code: 'satpolpp', name: 'Satuan Polisi Pamong Praja' }).returning();
    unitId = u!.id;
    await makeUser(t.ctx, { email: 'a@kota.example', roles: ['ppid_pembantu'], unitId, name: 'Andi Satpol' });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], name: 'Utama Kominfo' });
    await t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, 'a@kota.example'));
    const [a] = await t.db.db.select().from(users).where(eq(users.email, 'a@kota.example'));
    asPembantu = { ...t.ctx, actor: toActor(a!) };
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    pembantu = await signedIn('a@kota.example');
    utama = await signedIn('utama@kota.example');

    // A classified item with a reading, for attachments and downloads.
    const made = await pembantu.post('/admin/informasi', {
      title: 'Rencana operasi penertiban',
      description: 'Jadwal dan personel.',
      securityLevel: 'rahasia',
    });
    expect(made.status).toBe(303);
    itemId = /\/admin\/informasi\/([0-9a-f-]{36})/.exec(made.location ?? '')![1]!;
    const opened = await pembantu.post(`/admin/informasi/${itemId}/buka`, { reason: 'Menguji berkas perusak' });
    reading = readingOf(opened.text);
    expect(reading).not.toBe('');

    // A request and a dispute about it, for the decision upload.
    const r = await submitRequest(
      { ...t.ctx, actor: systemActor('uji') },
      {
        applicantType: 'perorangan',
        name: 'Rustam Effendi',
        idNumber: '6271031509800007',
        address: 'Jl. Beliang No. 21, Palangka Raya',
        email: 'rustam@warga.example',
        phone: '0813 4900 1122',
        details: 'Data jumlah kendaraan dinas per unit kerja tahun 2025.',
        purpose: 'Penelitian.',
        obtainMethod: 'melihat',
        consent: true,
      },
    );
    const now = t.clock.now();
    const [d] = await t.db.db
      .insert(disputes)
      .values({
        requestId: r.request.id,
        commission: 'Komisi Informasi Provinsi',
        caseNumber: '001/KI/2026',
        filedOn: '2026-03-10',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    disputeId = d!.id;
  }, SLOW);
  afterAll(async () => t.dispose());

  it(
    'DIP document upload: bombs refused with a clear 422; what is stored ends failed or not searchable, never pending',
    async () => {
      const entry = await createDraft(asPembantu, unitId, dipInput({ title: 'Berkas perusak untuk pengujian' }));
      const accepted: string[] = [];
      for (const f of files) {
        await pembantu.get(`/admin/dip/${entry.id}`);
        const r = await multipart(pembantu, `/admin/dip/${entry.id}/dokumen`, 'file', f);
        expectClear('dip upload', f, r);
        if (BOMBS.includes(f.name)) {
          expect(r.status, f.name).toBe(422);
          expect(r.text).toMatch(FILE_REFUSED);
        }
        if (f.name === 'program.pdf') expect(r.status).toBe(415);
        if (r.status === 303) accepted.push(f.name);
        await stillAnswering();
      }
      expect(accepted).toContain('longCell.xlsx');
      expect(accepted).not.toContain('lyingZip.docx'); // headers that lie are found out while inflating, at upload
      const [e] = await t.db.db.select().from(dipEntries).where(eq(dipEntries.id, entry.id));
      const docs = () => t.db.db.select().from(dipDocuments).where(eq(dipDocuments.versionId, e!.workingVersionId!));
      expect(await docs()).toHaveLength(accepted.length);

      const worker = startTextExtractionWorker({ db: t.db.db, blobs: t.ctx.blobs, clock: t.clock, pollMs: 3_600_000, workerId: 'test:hostile', ocr: null });
      try {
        while ((await worker.tick()) > 0);
        // Over a limit: terminal at the first attempt, with the reason.
        for (const name of ['longCell.xlsx']) {
          const d = (await docs()).find((x) => x.filename.startsWith(name.split('.')[0]!))!;
          expect(d.textStatus, name).toBe('failed');
          expect(d.textError).toMatch(/^gagal diproses: .* \/ processing failed: /);
        }
        // Damaged files: retried with backoff, then failed; never pending.
        for (let i = 0; i < 6 && (await docs()).some((d) => d.textStatus === 'pending'); i++) {
          t.clock.advance(7 * 3600_000);
          while ((await worker.tick()) > 0);
        }
      } finally {
        await worker.stop();
      }
      for (const d of await docs()) expect(['failed', 'not_searchable'], `${d.filename}: ${d.textError}`).toContain(d.textStatus);
      await stillAnswering();
    },
    SLOW,
  );

  it(
    'a document whose every attempt died with the process (restarts) ends failed with its reason, never pending',
    async () => {
      const entry = await createDraft(asPembantu, unitId, dipInput({ title: 'Dokumen yang mematikan proses' }));
      const doc = await attachDocument(asPembantu, entry.id, { filename: 'data.csv', bytes: Buffer.from('judul;jumlah\nsekolah;12\n') });
      // The lease of the last allowed attempt ran out: the worker holding it died (as the server did on the bomb).
      const past = new Date(t.clock.now().getTime() - 60_000);
      await t.db.db
        .update(dipDocuments)
        .set({ textAttempts: MAX_TEXT_ATTEMPTS, textNextAttemptAt: past, textClaimedBy: 'host:4242', textLastError: 'dihentikan' })
        .where(eq(dipDocuments.id, doc.id));
      const worker = startTextExtractionWorker({ db: t.db.db, blobs: t.ctx.blobs, clock: t.clock, pollMs: 3_600_000, workerId: 'test:restart', ocr: null });
      try {
        await worker.tick();
      } finally {
        await worker.stop();
      }
      const [after] = await t.db.db.select().from(dipDocuments).where(eq(dipDocuments.id, doc.id));
      expect(after!.textStatus).toBe('failed');
      expect(after!.textError).toMatch(/^gagal diproses: 4 percobaan tidak selesai \/ processing failed: /);
    },
    SLOW,
  );

  it(
    'classified attachment: every hostile file refused with a clear 4xx, nothing of it stored',
    async () => {
      await fresh();
      const STORED_AS_IS = ['longCell.xlsx', 'malformed.xlsx', 'malformed.docx'];
      const before = (await t.db.db.select().from(encryptedFiles)).length;
      for (const f of files) {
        const r = await multipart(pembantu, `/admin/informasi/${itemId}/dokumen?baca=${reading}`, 'file', f);
        expectClear('classified upload', f, r);
        // An office file whose archive is sound is stored as it is (the register never reads its cells or
        // paragraphs); bombs, PDFs that cannot be watermarked and programs are refused.
        if (STORED_AS_IS.includes(f.name)) expect(r.status, f.name).toBe(303);
        else expect(r.status, f.name).toBeGreaterThanOrEqual(400);
        if (BOMBS.includes(f.name)) expect(r.text).toMatch(FILE_REFUSED);
        await stillAnswering();
      }
      expect(await t.db.db.select().from(encryptedFiles)).toHaveLength(before + STORED_AS_IS.length);
    },
    SLOW,
  );

  it(
    'a bomb stored before the limits existed: the watermarked download and a redaction of it answer 422, the server answers on',
    async () => {
      await fresh();
      // Put the page-tree bomb in the register directly, as an old installation may hold it.
      const values = await encryptForStore(asPembantu, { bytes: byName('pageTreeBomb.pdf').bytes }, 'application/pdf');
      const fileId = await insertEncryptedFile(t.db.db, values, t.clock.now());
      const [doc] = await t.db.db
        .insert(classifiedDocuments)
        .values({ itemId, fileId, filename: 'bom.pdf', securityLevel: 'rahasia', createdAt: t.clock.now() })
        .returning();
      await pembantu.get(`/admin/informasi/${itemId}?baca=${reading}`);
      const body = new URLSearchParams({ baca: reading, _csrf: pembantu.csrf });
      const res = await t.app.request(`/admin/informasi/${itemId}/dokumen/${doc!.id}/unduh`, {
        method: 'POST',
        body,
        headers: { cookie: cookies(pembantu), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.0.0.9' },
      });
      const text = await res.text();
      expect(res.status, text.slice(0, 300)).toBe(422);
      expect(text).toMatch(FILE_REFUSED);
      await stillAnswering();

      await pembantu.get(`/admin/informasi/${itemId}?baca=${reading}`);
      const red = await pembantu.post(`/admin/penghitaman/dokumen/${doc!.id}`, { reason: 'Permohonan dikabulkan sebagian', testId: '', requestNumber: '' });
      expect(red.status, red.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(red.status).toBeLessThan(500);
      await stillAnswering();
      await t.db.db.delete(classifiedDocuments).where(inArray(classifiedDocuments.id, [doc!.id]));
    },
    SLOW,
  );

  it(
    'DIP import: every hostile file answers a clear 4xx on the import page',
    async () => {
      await fresh();
      const entriesBefore = (await t.db.db.select().from(dipEntries).where(eq(dipEntries.unitId, unitId))).length;
      for (const f of files) {
        await pembantu.get('/admin/dip/impor');
        const r = await multipart(pembantu, '/admin/dip/impor', 'file', f);
        expectClear('dip import', f, r);
        expect(r.status, f.name).toBeGreaterThanOrEqual(400);
        if (['zipBomb.xlsx', 'hugeCell.xlsx', 'longCell.xlsx'].includes(f.name)) expect(r.text, f.name).toMatch(FILE_REFUSED);
        await stillAnswering();
      }
      expect(await t.db.db.select().from(dipEntries).where(eq(dipEntries.unitId, unitId))).toHaveLength(entriesBefore);
    },
    SLOW,
  );

  it(
    'dispute decision and identity scan: bombs refused with a clear 4xx, never 5xx',
    async () => {
      await fresh();
      for (const f of files) {
        await utama.get(`/admin/sengketa/${disputeId}`);
        const r = await multipart(utama, `/admin/sengketa/${disputeId}/putusan`, 'file', f);
        expectClear('dispute decision', f, r);
        if (f.name.endsWith('.pdf') && BOMBS.includes(f.name)) expect(r.text).toMatch(FILE_REFUSED);
        await stillAnswering();
      }
      const requestsBefore = (await t.db.db.select().from(informationRequests)).length;
      for (const f of files) {
        const b = new Browser(t.app, '10.7.7.8');
        const page = await b.get('/permohonan');
        const formToken = /name="formToken" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
        t.clock.advance(20_000);
        const r = await multipart(b, '/permohonan', 'identityScan', f, {
          applicantType: 'perorangan',
          name: 'Maria Ulfah',
          idNumber: '6271034502900007',
          address: 'Jl. Tjilik Riwut Km 2, Palangka Raya',
          occupation: 'Guru',
          email: 'maria@warga.example',
          details: 'Daftar sekolah penerima bantuan rehabilitasi ruang kelas tahun 2026.',
          purpose: 'Bahan diskusi komite sekolah.',
          obtainMethod: 'melihat',
          consent: '', // never complete: a refused scan must not depend on another field
          formToken,
        });
        expectClear('identity scan', f, r);
        expect(r.status, f.name).toBe(422);
        if (['pageTreeBomb.pdf', 'deepNesting.pdf'].includes(f.name)) expect(r.text, f.name).toMatch(FILE_REFUSED);
        await stillAnswering();
      }
      expect(await t.db.db.select().from(informationRequests)).toHaveLength(requestsBefore);
    },
    SLOW,
  );
});

describe('the file sandbox', () => {
  const codeOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return 'ok';
    } catch (err) {
      return err instanceof AppError ? err.code : String(err);
    }
  };

  it('stops a job over its time limit with its whole process group, and the next job runs', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const pidFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'qgesy-probe-')), 'pid');
    expect(await codeOf(runFileJob({ type: 'probe', action: 'spawnSleep', pidFile }, { timeoutMs: 3000 }))).toBe('file_timeout');
    const tool = Number(readFileSync(pidFile, 'utf8'));
    expect(tool).toBeGreaterThan(0);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && alive(tool); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(tool), 'the tool the child started is gone too').toBe(false);
    expect(await codeOf(runFileJob({ type: 'probe', action: 'echo' }))).toBe('ok');
  }, 60_000);

  it('text extraction refuses every bomb with file_limit before a library unpacks it (headers that lie included)', async () => {
    const files = await hostileFiles();
    const mime = (n: string) => (n.endsWith('.pdf') ? 'application/pdf' : n.endsWith('.docx') ? 'docx' : 'xlsx');
    for (const name of ['pageTreeBomb.pdf', 'deepNesting.pdf', 'zipBomb.docx', 'lyingZip.docx', 'zipBomb.xlsx', 'hugeCell.xlsx', 'longCell.xlsx']) {
      const f = files.find((x) => x.name === name)!;
      expect(await codeOf(runFileJob({ type: 'extract', bytes: f.bytes, mime: mime(name), ocr: null })), name).toBe('file_limit');
    }
  }, 180_000);

  it('a crash is file_crash, a heap over the cap is file_memory', async () => {
    expect(await codeOf(runFileJob({ type: 'probe', action: 'crash' }))).toBe('file_crash');
    expect(await codeOf(runFileJob({ type: 'probe', action: 'alloc' }, { timeoutMs: 120_000 }))).toBe('file_memory');
  }, 180_000);

  it('at most two children; beyond the queue the caller is told to come back (503, Retry-After)', async () => {
    const jobs = Array.from({ length: FILE_LIMITS.children + FILE_LIMITS.queue }, () => runFileJob({ type: 'probe', action: 'sleep', ms: 1500 }));
    const over = runFileJob({ type: 'probe', action: 'echo' });
    const err = await over.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BusyError);
    expect((err as BusyError).status).toBe(503);
    expect((err as BusyError).retryAfter).toBeGreaterThan(0);
    expect(sandboxPids().length).toBeLessThanOrEqual(FILE_LIMITS.children);
    await Promise.all(jobs);
  }, 120_000);
});
