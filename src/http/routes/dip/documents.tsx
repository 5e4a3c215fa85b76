// Documents of DIP entries over HTTP: the streaming upload and the remove form in the back office, and
// downloads (public documents for everyone, others for back-office users who may view the entry).
import { catalogueMessages } from '../../../i18n/catalogue.js';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { FC } from 'hono/jsx';
import { assertCanAttach, attachDocument, documentForDownload, removeDocument } from '../../../domain/dip/documents.js';
import { kindOfMime } from '../../../documents/sniff.js';
import { AppError, errors } from '../../../errors.js';
import { BackofficeLayout, type View, tm } from '../../components/layout.js';
import { view } from '../../forms.js';
import { CSRF_COOKIE, CSRF_FIELD, csrfTokenFor } from '../../middleware/csrf.js';
import type { Env } from '../../types.js';

export const documentAdminRoutes = new Hono<Env>();
export const documentPublicRoutes = new Hono<Env>();

/** Room for the multipart framing and the small fields around the file. */
export const MULTIPART_MARGIN_BYTES = 64 * 1024;
const UPLOAD_PATH = /^\/admin\/dip\/[^/]+\/dokumen\/?$/;

/**
 * The upload route reads its own body as a stream, under its own size limit, and checks the CSRF token
 * itself before it stores a byte. app.ts skips the global 2 MB body limit and the CSRF middleware
 * (which would buffer the whole multipart body) for exactly these requests.
 */
export function isDocumentUpload(c: Context): boolean {
  return c.req.method === 'POST' && UPLOAD_PATH.test(c.req.path);
}

const DocumentErrorPage: FC<{ v: View; entryId: string; message: string }> = ({ v, entryId, message }) => (
  <BackofficeLayout v={v} title={tm(v, 'dip.documents.document_could_not_processed')}>
    <h1>{tm(v, 'dip.documents.document_could_not_processed')}</h1>
    <div class="error-summary" role="alert">
      <p>{message}</p>
    </div>
    <p>
      <a href={`/admin/dip/${entryId}`}>{tm(v, 'dip-form.form.back_entry')}</a>
    </p>
  </BackofficeLayout>
);

/** Problems with the file itself are shown on a small page with a way back; others go to the common error handling. */
function renderDocumentError(c: Context<Env>, entryId: string, err: unknown): Response | Promise<Response> {
  const shown = [400, 409, 413, 415, 422];
  const wantsJson = (c.req.header('accept') ?? '').includes('application/json');
  if (!(err instanceof AppError) || !shown.includes(err.status) || wantsJson) throw err;
  return c.html(<DocumentErrorPage v={view(c)} entryId={entryId} message={err.message_(c.get('locale'))} />, err.status as 400);
}

// --- upload ------------------------------------------------------------------------------------------------

const badForm = () => new AppError('bad_upload', 400, catalogueMessages('dip.documents.upload_incomplete_damaged_choose_file'));

const noFile = () => new AppError('no_file', 422, catalogueMessages('dip.documents.choose_file_attach_first'));

export function tooLarge(limit: number): AppError {
  return errors.tooLarge(Math.round((limit / (1024 * 1024)) * 10) / 10);
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The same checks as the CSRF middleware (which does not run for this route): origin, then the token. */
export function csrfGuard(c: Context<Env>): (token: string | undefined) => boolean {
  const { config } = c.get('deps');
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw errors.csrf();
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') {
    const own = new URL(config.baseUrl).origin;
    const hostOrigin = `${new URL(c.req.url).protocol}//${c.req.header('host') ?? ''}`;
    if (origin !== own && origin !== hostOrigin) throw errors.csrf();
  }
  const cookie = getCookie(c, CSRF_COOKIE);
  const expected = cookie && cookie.length >= 20 ? csrfTokenFor(config.sessionSecret, cookie, c.get('sessionId')) : null;
  if (expected) c.set('csrfToken', expected);
  return (token) => !!expected && !!token && sameToken(token, expected);
}

/** The file written to disk, and the form's other (small) fields. */
export type Upload = { file: string; filename: string; declaredType: string; sha256: string; size: number; fields: Record<string, string> };

/**
 * Streams the `file` part of a multipart body to a temporary file while hashing it. Never holds more
 * than a chunk in memory; stops reading as soon as the file passes `limit` bytes or the body passes
 * limit + margin. The CSRF token must arrive (header, or a `_csrf` field before the file) before any
 * byte of the file is written.
 */
export async function receiveUpload(
  c: Context<Env>,
  opts: { limit: number; dir: string; tokenOk: (t: string | undefined) => boolean },
): Promise<Upload | null> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type)) throw badForm();
  const { limit, dir, tokenOk } = opts;
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `${randomUUID()}.upload`);

  // An earlier middleware already parsed the body (the CSRF middleware does for multipart forms).
  if (c.req.raw.bodyUsed) {
    const form = await c.req.parseBody();
    const token = c.req.header('x-csrf-token') ?? (typeof form[CSRF_FIELD] === 'string' ? form[CSRF_FIELD] : undefined);
    if (!tokenOk(token)) throw errors.csrf();
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(form)) if (typeof v === 'string' && k !== CSRF_FIELD) fields[k] = v;
    const f = form['file'];
    if (!(f instanceof File) || (f.size === 0 && !f.name)) return null;
    if (f.size > limit) throw tooLarge(limit);
    const hash = createHash('sha256');
    try {
      await pipeline(Readable.fromWeb(f.stream() as never), tap(hash), createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return { file: tmp, filename: f.name, declaredType: f.type, sha256: hash.digest('hex'), size: f.size, fields };
  }

  const body = c.req.raw.body;
  if (!body) throw badForm();
  let token = c.req.header('x-csrf-token') ?? undefined;
  let total = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      total += chunk.length;
      if (total > limit + MULTIPART_MARGIN_BYTES) cb(tooLarge(limit));
      else cb(null, chunk);
    },
  });
  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: { 'content-type': type },
      // Browsers send file names as raw UTF-8.
      defParamCharset: 'utf8',
      // busboy reports 'limit' on reaching fileSize, so one byte more tells "over the limit" from "exactly at it".
      limits: { files: 1, fileSize: limit + 1, fields: 10, fieldSize: 8 * 1024, parts: 12, headerPairs: 50 },
    });
  } catch {
    throw badForm();
  }
  let fileTask: Promise<Omit<Upload, 'file' | 'fields'>> | null = null;
  let fileSink: Writable | null = null;
  const fields: Record<string, string> = {};
  bb.on('field', (name, value) => {
    if (name === CSRF_FIELD) {
      if (token === undefined) token = value;
    } else fields[name] = value;
  });
  bb.on('file', (name, stream, info) => {
    if (name !== 'file' || fileTask) {
      stream.resume();
      return;
    }
    if (!tokenOk(token)) {
      stream.resume();
      counter.destroy(errors.csrf());
      return;
    }
    const hash = createHash('sha256');
    let size = 0;
    stream.on('limit', () => counter.destroy(tooLarge(limit)));
    const sink = createWriteStream(tmp, { flags: 'wx', mode: 0o600 });
    fileSink = sink;
    fileTask = pipeline(
      stream,
      tap(hash, (n) => (size += n)),
      sink,
    ).then(() => ({ filename: info.filename ?? '', declaredType: info.mimeType, sha256: hash.digest('hex'), size }));
    fileTask.catch(() => {}); // awaited below; this only keeps an early failure from being unhandled
  });
  try {
    await pipeline(Readable.fromWeb(body as never), counter, bb);
    if (!fileTask) {
      if (!tokenOk(token)) throw errors.csrf();
      return null;
    }
    const r = await (fileTask as Promise<Omit<Upload, 'file' | 'fields'>>);
    if (r.size === 0 && !r.filename) {
      await rm(tmp, { force: true });
      return null;
    }
    return { file: tmp, ...r, fields };
  } catch (err) {
    (fileSink as Writable | null)?.destroy();
    if (fileTask) await (fileTask as Promise<unknown>).catch(() => {});
    await rm(tmp, { force: true });
    if (err instanceof AppError) throw err;
    throw badForm();
  }
}

/** A pass-through that feeds a hash (and a byte counter) on the way. */
function tap(hash: ReturnType<typeof createHash>, count?: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      count?.(chunk.length);
      cb(null, chunk);
    },
  });
}

documentAdminRoutes.post('/:id/dokumen', async (c) => {
  const ctx = c.get('ctx');
  const entryId = c.req.param('id');
  const limit = ctx.settings.maxUploadBytes;
  try {
    // Cheap refusals before a byte of the body is read.
    const declared = Number(c.req.header('content-length'));
    if (Number.isFinite(declared) && declared > limit + MULTIPART_MARGIN_BYTES) throw tooLarge(limit);
    await assertCanAttach(ctx, entryId);
    const tokenOk = csrfGuard(c);
    const upload = await receiveUpload(c, { limit, dir: path.join(c.get('deps').config.dataDir, 'tmp', 'unggahan'), tokenOk });
    if (!upload) throw noFile();
    try {
      await attachDocument(ctx, entryId, {
        filename: upload.filename,
        path: upload.file,
        declaredType: upload.declaredType,
        known: { sha256: upload.sha256, size: upload.size },
      });
    } finally {
      await rm(upload.file, { force: true });
    }
  } catch (err) {
    return renderDocumentError(c, entryId, err);
  }
  return c.redirect(`/admin/dip/${entryId}`, 303);
});

documentAdminRoutes.post('/:id/dokumen/:docId/hapus', async (c) => {
  const entryId = c.req.param('id');
  try {
    await removeDocument(c.get('ctx'), entryId, c.req.param('docId'));
  } catch (err) {
    return renderDocumentError(c, entryId, err);
  }
  return c.redirect(`/admin/dip/${entryId}`, 303);
});

// --- download ----------------------------------------------------------------------------------------------

/** attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded (RFC 6266 / RFC 5987). */
export function contentDisposition(kind: 'attachment' | 'inline', filename: string): string {
  const ascii =
    filename
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_')
      .trim() || 'dokumen';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** One byte range of `size` bytes, or 'unsatisfiable', or null when the header is absent or not usable (serve everything). */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Several ranges or another unit: RFC 9110 lets us answer with the whole file.
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return null;
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start >= size || size === 0) return 'unsatisfiable';
  return { start, end };
}

// A download is never a page of ours: no scripts, no plugins, no same-origin access, no framing. The
// PDF preview gets the same policy; Chromium's viewer still renders a top-level PDF under it (checked
// with Debian's Chromium 156); inside a sandboxed iframe it would not, so the preview is a link.
const DOWNLOAD_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

async function download(c: Context<Env>): Promise<Response> {
  const ctx = c.get('ctx');
  const found = await documentForDownload(ctx, c.req.param('docId') ?? '');
  if (!found) throw errors.notFound();
  const { doc, isPublic } = found;
  const preview = c.req.query('pratinjau') === '1' && kindOfMime(doc.mime) === 'pdf';
  const etag = `"${doc.sha256}"`;
  const headers: Record<string, string> = {
    'content-type': doc.mime,
    'content-disposition': contentDisposition(preview ? 'inline' : 'attachment', doc.filename),
    'x-content-type-options': 'nosniff',
    'content-security-policy': DOWNLOAD_CSP,
    etag,
    'accept-ranges': 'bytes',
    // A public document may be withdrawn at any moment, on any instance: a cache (browser, proxy) may keep
    // it but asks again each time; the ETag makes that a 304 while it is public, a 404 once it is not.
    'cache-control': isPublic ? 'public, no-cache' : 'private, no-store',
  };
  const inm = c.req.header('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}` || t.trim() === '*')) {
    return c.body(null, 304, { etag, 'cache-control': headers['cache-control']! });
  }
  const ifRange = c.req.header('if-range');
  const range = !ifRange || ifRange === etag ? parseRange(c.req.header('range'), doc.size) : null;
  if (range === 'unsatisfiable') {
    return c.body(null, 416, { 'content-range': `bytes */${doc.size}`, 'x-content-type-options': 'nosniff', 'content-security-policy': DOWNLOAD_CSP });
  }
  const status = range ? 206 : 200;
  const length = range ? range.end - range.start + 1 : doc.size;
  headers['content-length'] = String(length);
  if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${doc.size}`;
  if (c.req.method === 'HEAD') return c.body(null, status, headers);
  const stream = await ctx.blobs.read(doc.sha256, range ?? undefined);
  if (!stream) {
    c.get('log').error({ documentId: doc.id, sha256: doc.sha256 }, 'berkas dokumen hilang dari penyimpanan / document file missing from the store');
    throw errors.notFound();
  }
  return c.body(Readable.toWeb(stream) as ReadableStream, status, headers);
}

documentPublicRoutes.get('/dokumen/:docId', download);
documentPublicRoutes.get('/dokumen/:docId/:filename', download);
