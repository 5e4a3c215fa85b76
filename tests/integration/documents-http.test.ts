// DIP documents over HTTP: multipart upload (type refused, size limit while streaming, CSRF), removal,
// and downloads with their headers, access rules and byte ranges.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { dipDocuments, dipEntries, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachDocument } from '../../src/domain/dip/documents.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { handleError, notFound } from '../../src/http/errors.js';
import { requestContext } from '../../src/http/middleware/context.js';
import { contentDisposition, documentAdminRoutes, documentPublicRoutes, isDocumentUpload, parseRange } from '../../src/http/routes/dip/documents.js';
import type { Env } from '../../src/http/types.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const LIMIT = 256 * 1024;
// Generous: argon2 hashing and logins in the set-up are slow on a busy 2-core machine.
const SLOW = 180_000;

describe('documents over HTTP', () => {
  let ta: TestApp;
  let pembantu: Browser;
  let outsider: Browser;
  let asPembantu: Ctx;
  let asUtama: Ctx;
  let unitId: string;
  /** The app as app.ts composes it once the upload route skips the global body limit and CSRF middleware. */
  let streaming: Hono<Env>;

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await ta.db.db.select().from(users).where(eq(users.email, email));
    return { ...ta.ctx, actor: toActor(u!) };
  };
  const cookies = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const docsOf = async (entryId: string) => {
    const [e] = await ta.db.db.select().from(dipEntries).where(eq(dipEntries.id, entryId));
    return ta.db.db.select().from(dipDocuments).where(eq(dipDocuments.versionId, e!.workingVersionId!));
  };
  const leftovers = () => {
    const dir = path.join(ta.deps.config.dataDir, 'tmp', 'unggahan');
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  type UploadOpts = { token?: 'field' | 'header' | 'none' | 'after'; chunked?: boolean; declareLength?: number; app?: Hono<Env> };
  async function upload(b: Browser, entryId: string, file: { name: string; bytes: Uint8Array; type?: string }, opts: UploadOpts = {}) {
    const token = opts.token ?? 'field';
    const fd = new FormData();
    if (token === 'field') fd.append('_csrf', b.csrf);
    fd.append('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? 'application/octet-stream' }));
    if (token === 'after') fd.append('_csrf', b.csrf);
    const encoded = new Response(fd);
    const headers: Record<string, string> = { cookie: cookies(b), 'x-forwarded-for': '10.0.0.9', 'content-type': encoded.headers.get('content-type')! };
    if (token === 'header') headers['x-csrf-token'] = b.csrf;
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    let body: BodyInit = bytes;
    if (opts.chunked) {
      // A body without Content-Length, sent in pieces, as a browser or proxy may.
      body = new ReadableStream({
        start(ctl) {
          for (let i = 0; i < bytes.length; i += 16 * 1024) ctl.enqueue(bytes.subarray(i, i + 16 * 1024));
          ctl.close();
        },
      });
    } else headers['content-length'] = String(opts.declareLength ?? bytes.length);
    const res = await (opts.app ?? ta.app).request(`/admin/dip/${entryId}/dokumen`, {
      method: 'POST',
      body,
      headers,
      ...(opts.chunked ? { duplex: 'half' } : {}),
    } as RequestInit);
    return { res, status: res.status, text: await res.text(), location: res.headers.get('location') };
  }

  beforeAll(async () => {
    ta = await createTestApp({ config: { maxUploadBytes: LIMIT } });
    const [u] = await ta.db.db.insert(units).values({ code: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah' }).returning();
    const [other] = await ta.db.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' }).returning();
    unitId = u!.id;
    await makeUser(ta.ctx, { email: 'pembantu@bappeda.example', roles: ['ppid_pembantu'], unitId });
    await makeUser(ta.ctx, { email: 'pembantu@dishub.example', roles: ['ppid_pembantu'], unitId: other!.id });
    await makeUser(ta.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    asPembantu = await as('pembantu@bappeda.example');
    asUtama = await as('utama@kota.example');
    pembantu = new Browser(ta.app, '10.0.0.2');
    await pembantu.login('pembantu@bappeda.example');
    await pembantu.get('/admin');
    outsider = new Browser(ta.app, '10.0.0.3');
    await outsider.login('pembantu@dishub.example');
    await outsider.get('/admin');

    streaming = new Hono<Env>();
    streaming.use('*', async (c, next) => {
      c.set('deps', ta.deps);
      await next();
    });
    streaming.use('*', requestContext());
    streaming.route('/admin/dip', documentAdminRoutes);
    streaming.route('/', documentPublicRoutes);
    streaming.notFound(notFound);
    streaming.onError(handleError);
  }, SLOW);
  afterAll(async () => ta.dispose());

  describe('upload', () => {
    it('attaches a PDF and redirects to the entry', async () => {
      const e = await createDraft(asPembantu, unitId, dipInput({ title: 'Rencana Kerja Pemerintah Daerah 2026' }));
      const r = await upload(pembantu, e.id, { name: 'RKPD 2026 – final.pdf', bytes: fixture('dokumen.pdf'), type: 'application/pdf' });
      expect(r.status).toBe(303);
      expect(r.location).toBe(`/admin/dip/${e.id}`);
      const [d] = await docsOf(e.id);
      expect(d).toMatchObject({ filename: 'RKPD 2026 – final.pdf', mime: 'application/pdf', textStatus: 'pending', size: fixture('dokumen.pdf').length });
      // The token in a header: the body is streamed, not parsed by the CSRF middleware.
      const r2 = await upload(pembantu, e.id, { name: 'lampiran.xlsx', bytes: fixture('dokumen.xlsx') }, { token: 'header' });
      expect(r2.status).toBe(303);
      expect((await docsOf(e.id)).map((x) => x.filename).sort()).toEqual(['RKPD 2026 – final.pdf', 'lampiran.xlsx']);
      expect(leftovers()).toEqual([]);
    });

    it('refuses a Windows program named .pdf with a clear message and a way back', async () => {
      const e = await createDraft(asPembantu, unitId, dipInput({ title: 'Entri Uji Berkas Program' }));
      for (const token of ['field', 'header'] as const) {
        const r = await upload(pembantu, e.id, { name: 'laporan.pdf', bytes: fixture('program.pdf'), type: 'application/pdf' }, { token });
        expect(r.status).toBe(415);
        expect(r.text).toContain('Jenis berkas ini tidak diterima');
        expect(r.text).toContain('bukan dokumen');
        expect(r.text).toContain('PDF, DOCX, XLSX, ODT, ODS, CSV (UTF-8), JPEG, PNG');
        expect(r.text).toContain(`href="/admin/dip/${e.id}"`);
      }
      expect(await docsOf(e.id)).toHaveLength(0);
      expect(leftovers()).toEqual([]);
    });

    it('refuses a file over the configured limit with 413, before it is stored', async () => {
      const e = await createDraft(asPembantu, unitId, dipInput({ title: 'Entri Uji Batas Ukuran' }));
      const big = Buffer.concat([fixture('dokumen.pdf'), Buffer.alloc(LIMIT + 10_000, 0x20)]);
      const huge = Buffer.concat([fixture('dokumen.pdf'), Buffer.alloc(LIMIT + 200_000, 0x20)]);
      const cases: [string, Uint8Array, UploadOpts][] = [
        ['field token (parsed by the CSRF middleware)', big, {}],
        ['header token, streamed', big, { token: 'header' }],
        ['declared length over the limit', huge, { token: 'header' }],
        ['chunked, no length', huge, { token: 'header', chunked: true }],
        ['streaming app, field token', big, { app: streaming }],
        ['streaming app, chunked', huge, { app: streaming, chunked: true }],
      ];
      for (const [what, bytes, opts] of cases) {
        const r = await upload(pembantu, e.id, { name: 'besar.pdf', bytes }, opts);
        expect(r.status, what).toBe(413);
        expect(r.text, what).toContain('terlalu besar');
        expect(r.text, what).toContain('0.3 MB');
      }
      expect(await docsOf(e.id)).toHaveLength(0);
      expect(leftovers()).toEqual([]);
      // Just under the limit is fine.
      const fits = Buffer.concat([fixture('dokumen.pdf'), Buffer.alloc(LIMIT - fixture('dokumen.pdf').length, 0x20)]);
      expect((await upload(pembantu, e.id, { name: 'pas.pdf', bytes: fits }, { app: streaming })).status).toBe(303);
    });

    it('streams with the token as the first field, and refuses without a valid token before storing', async () => {
      const e = await createDraft(asPembantu, unitId, dipInput({ title: 'Entri Uji Token' }));
      expect((await upload(pembantu, e.id, { name: 'a.odt', bytes: fixture('dokumen.odt') }, { app: streaming })).status).toBe(303);
      expect((await upload(pembantu, e.id, { name: 'b.ods', bytes: fixture('dokumen.ods') }, { app: streaming, chunked: true })).status).toBe(303);
      for (const app of [ta.app, streaming]) {
        expect((await upload(pembantu, e.id, { name: 'c.csv', bytes: fixture('dokumen.csv') }, { app, token: 'none' })).status).toBe(403);
      }
      // A token after the file comes too late for a stream.
      expect((await upload(pembantu, e.id, { name: 'd.csv', bytes: fixture('dokumen.csv') }, { app: streaming, token: 'after' })).status).toBe(403);
      const cross = await streaming.request(`/admin/dip/${e.id}/dokumen`, {
        method: 'POST',
        headers: { cookie: cookies(pembantu), 'sec-fetch-site': 'cross-site', 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x--\r\n',
      });
      expect(cross.status).toBe(403);
      expect((await docsOf(e.id)).map((d) => d.filename).sort()).toEqual(['a.odt', 'b.ods']);
      expect(leftovers()).toEqual([]);
    });

    it('asks for a file when none was chosen, and keeps other units and the public out', async () => {
      const e = await createDraft(asPembantu, unitId, dipInput({ title: 'Entri Uji Tanpa Berkas' }));
      const r = await upload(pembantu, e.id, { name: '', bytes: new Uint8Array(0) });
      expect(r.status).toBe(422);
      expect(r.text).toContain('Pilih berkas');
      expect((await upload(outsider, e.id, { name: 'a.pdf', bytes: fixture('dokumen.pdf') })).status).toBe(403);
      const anon = new Browser(ta.app, '10.0.0.4');
      await anon.get('/masuk');
      expect((await upload(anon, e.id, { name: 'a.pdf', bytes: fixture('dokumen.pdf') })).status).toBe(401);
      expect((await upload(pembantu, '00000000-0000-4000-8000-000000000000', { name: 'a.pdf', bytes: fixture('dokumen.pdf') })).status).toBe(404);
      expect(await docsOf(e.id)).toHaveLength(0);
    });

    it('removes a document with the form on the entry page', async () => {
      const e = await createDraft(asPembantu, unitId, dipInput({ title: 'Entri Uji Hapus' }));
      const d = await attachDocument(asPembantu, e.id, { filename: 'hapus.png', bytes: fixture('gambar.png') });
      expect((await outsider.post(`/admin/dip/${e.id}/dokumen/${d.id}/hapus`, {})).status).toBe(403);
      const r = await pembantu.post(`/admin/dip/${e.id}/dokumen/${d.id}/hapus`, {});
      expect(r.status).toBe(303);
      expect(r.location).toBe(`/admin/dip/${e.id}`);
      expect(await docsOf(e.id)).toHaveLength(0);
    });

    it('only the upload route is exempt from the global body limit and CSRF middleware', () => {
      const req = (method: string, p: string) => ({ req: { method, path: p } }) as Parameters<typeof isDocumentUpload>[0];
      expect(isDocumentUpload(req('POST', '/admin/dip/0c9a/dokumen'))).toBe(true);
      expect(isDocumentUpload(req('POST', '/admin/dip/0c9a/dokumen/'))).toBe(true);
      expect(isDocumentUpload(req('GET', '/admin/dip/0c9a/dokumen'))).toBe(false);
      expect(isDocumentUpload(req('POST', '/admin/dip/0c9a/dokumen/1/hapus'))).toBe(false);
      expect(isDocumentUpload(req('POST', '/admin/dip/0c9a'))).toBe(false);
    });
  });

  describe('download', () => {
    let draftDoc: string;
    let publicDoc: string;
    const pdf = fixture('dokumen.pdf');

    beforeAll(async () => {
      const draft = await createDraft(asPembantu, unitId, dipInput({ title: 'Dokumen Draf Belum Terbit' }));
      draftDoc = (await attachDocument(asPembantu, draft.id, { filename: 'draf.pdf', bytes: fixture('dokumen.docx') })).id;
      const pub = await createDraft(asPembantu, unitId, dipInput({ title: 'Laporan Keuangan Terbit' }));
      publicDoc = (await attachDocument(asPembantu, pub.id, { filename: 'Laporan Keuangan "2025" Ümit.pdf', bytes: pdf })).id;
      await submitEntries(asPembantu, [pub.id]);
      await approveEntry(asUtama, pub.id);
    }, SLOW);

    it('a document of a draft entry is 404 for the public and for other units, visible to its unit', async () => {
      expect((await ta.app.request(`/dokumen/${draftDoc}`)).status).toBe(404);
      expect((await ta.app.request(`/dokumen/${draftDoc}/draf.docx`)).status).toBe(404);
      expect((await outsider.get(`/dokumen/${draftDoc}`)).status).toBe(404);
      const own = await pembantu.get(`/dokumen/${draftDoc}`);
      expect(own.status).toBe(200);
      expect(own.res.headers.get('cache-control')).toBe('private, no-store');
      expect((await ta.app.request('/dokumen/bukan-uuid')).status).toBe(404);
      expect((await ta.app.request('/dokumen/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });

    it('serves a public document with safe headers', async () => {
      const res = await ta.app.request(`/dokumen/${publicDoc}/laporan.pdf`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
      const h = res.headers;
      expect(h.get('content-type')).toBe('application/pdf');
      expect(h.get('content-length')).toBe(String(pdf.length));
      // Quotes were dropped from the stored name; the ASCII fallback loses the umlaut's dots only.
      expect(h.get('content-disposition')).toBe(
        `attachment; filename="Laporan Keuangan 2025 Umit.pdf"; filename*=UTF-8''Laporan%20Keuangan%202025%20%C3%9Cmit.pdf`,
      );
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
      expect(h.get('accept-ranges')).toBe('bytes');
      expect(h.get('cache-control')).toBe('public, no-cache');
      const preview = await ta.app.request(`/dokumen/${publicDoc}?pratinjau=1`);
      expect(preview.headers.get('content-disposition')).toMatch(/^inline; /);
      expect((await ta.app.request(`/dokumen/${publicDoc}`, { headers: { 'if-none-match': h.get('etag')! } })).status).toBe(304);
      const head = await ta.app.request(`/dokumen/${publicDoc}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(pdf.length));
      expect((await head.arrayBuffer()).byteLength).toBe(0);
    });

    it('sends a sandboxing CSP of its own (kept once the global security headers stop overwriting it)', async () => {
      for (const q of ['', '?pratinjau=1']) {
        const res = await streaming.request(`/dokumen/${publicDoc}${q}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
      }
      // Through the whole app, a restrictive CSP is there either way.
      expect((await ta.app.request(`/dokumen/${publicDoc}`)).headers.get('content-security-policy')).toMatch(/default-src '(none|self)'/);
    });

    it('answers byte ranges with 206, and impossible ones with 416', async () => {
      const get = (range: string, extra: Record<string, string> = {}) => ta.app.request(`/dokumen/${publicDoc}`, { headers: { range, ...extra } });
      let res = await get('bytes=0-9');
      expect(res.status).toBe(206);
      expect(res.headers.get('content-range')).toBe(`bytes 0-9/${pdf.length}`);
      expect(res.headers.get('content-length')).toBe('10');
      expect(Buffer.from(await res.arrayBuffer()).equals(pdf.subarray(0, 10))).toBe(true);
      res = await get('bytes=-7');
      expect(res.status).toBe(206);
      expect(Buffer.from(await res.arrayBuffer()).equals(pdf.subarray(pdf.length - 7))).toBe(true);
      res = await get(`bytes=100-`);
      expect(res.headers.get('content-range')).toBe(`bytes 100-${pdf.length - 1}/${pdf.length}`);
      expect(Buffer.from(await res.arrayBuffer()).equals(pdf.subarray(100))).toBe(true);
      res = await get(`bytes=${pdf.length - 5}-${pdf.length + 1000}`);
      expect(res.status).toBe(206);
      expect((await res.arrayBuffer()).byteLength).toBe(5);
      res = await get(`bytes=${pdf.length}-`);
      expect(res.status).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${pdf.length}`);
      // Several ranges, or an If-Range that no longer matches: the whole file.
      expect((await get('bytes=0-1,5-6')).status).toBe(200);
      expect((await get('bytes=0-9', { 'if-range': '"other"' })).status).toBe(200);
      expect((await get('bytes=0-9', { 'if-range': (await get('bytes=0-0')).headers.get('etag')! })).status).toBe(206);
    });

    it('parses ranges and file names carefully', () => {
      expect(parseRange('bytes=0-0', 10)).toEqual({ start: 0, end: 0 });
      expect(parseRange('bytes=-0', 10)).toBe('unsatisfiable');
      expect(parseRange('bytes=-20', 10)).toEqual({ start: 0, end: 9 });
      expect(parseRange('bytes=5-2', 10)).toBeNull();
      expect(parseRange('items=0-1', 10)).toBeNull();
      expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
      expect(contentDisposition('attachment', 'a\r\nb;c.pdf')).toBe(`attachment; filename="a__b;c.pdf"; filename*=UTF-8''a%0D%0Ab%3Bc.pdf`);
      expect(contentDisposition('inline', `"x" \\ (y)'s.pdf`)).toBe(`inline; filename="_x_ _ (y)'s.pdf"; filename*=UTF-8''%22x%22%20%5C%20%28y%29%27s.pdf`);
      expect(contentDisposition('attachment', '日本.pdf')).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf`);
    });
  });
});
