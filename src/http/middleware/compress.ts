// gzip and brotli for text responses (architecture notes §22), with Node's zlib.
//
// Chosen by the request's Accept-Encoding (q-values honoured, brotli preferred on a tie), announced with
// `Vary: Accept-Encoding`. Only text types (HTML, CSS, JS, JSON, SVG, XML, CSV): PDFs, images and office
// files are compressed already. Not for bodies under 1 KB, partial (range) responses or range-capable file
// downloads, nor for a response that already carries a Content-Encoding (the page cache sends its stored
// variants itself). Dynamic responses use brotli quality 5 (fast, close to gzip -9 in size); static assets
// and cached pages are compressed once at quality 11. A strong ETag gets the coding appended, so each
// variant has its own validator.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../types.js';

export type Coding = 'br' | 'gzip';

/** Bodies below this size are sent as they are: the saving would not pay for the work. */
export const MIN_COMPRESS_BYTES = 1024;
export const DYNAMIC_BR_QUALITY = 5;
export const STATIC_BR_QUALITY = 11;

const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)[\w.+-]+|application\/(?:json|javascript|xml|[\w.+-]+\+json|[\w.+-]+\+xml|manifest\+json)|image\/svg\+xml)(?:\s*;|$)/i;

export const isCompressible = (contentType: string | null | undefined): boolean => !!contentType && COMPRESSIBLE.test(contentType.trim());

/** The coding to use for an Accept-Encoding header, or null for none (identity). */
export function negotiate(acceptEncoding: string | null | undefined): Coding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9](?:\.[0-9]{0,3})?)\s*$/i.exec(p);
      if (m) weight = Math.min(1, Number(m[1]));
    }
    q.set(name, weight);
  }
  const star = q.get('*') ?? 0;
  const br = q.get('br') ?? star;
  const gzip = q.get('gzip') ?? q.get('x-gzip') ?? star;
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? 'br' : 'gzip';
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export function compressBytes(bytes: Uint8Array, coding: Coding, quality: 'dynamic' | 'max'): Promise<Buffer> {
  if (coding === 'gzip') return gzip(bytes, { level: quality === 'max' ? 9 : 6 });
  return brotli(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality === 'max' ? STATIC_BR_QUALITY : DYNAMIC_BR_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  });
}

function compressStream(coding: Coding): zlib.Gzip | zlib.BrotliCompress {
  return coding === 'gzip'
    ? zlib.createGzip({ level: 6 })
    : zlib.createBrotliCompress({
        params: { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BR_QUALITY },
      });
}

/** The validator of one encoded variant: `"abc"` → `"abc-br"` (weak stays weak). */
export function variantEtag(etag: string, coding: Coding): string {
  const m = /^(W\/)?"([^"]*)"$/.exec(etag.trim());
  return m ? `${m[1] ?? ''}"${m[2]}-${coding}"` : etag;
}

export function addVary(headers: Headers, value = 'Accept-Encoding'): void {
  const current = headers.get('vary');
  if (!current) headers.set('vary', value);
  else if (!current.split(',').some((v) => v.trim().toLowerCase() === value.toLowerCase() || v.trim() === '*')) headers.set('vary', `${current}, ${value}`);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0] as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(total);
  let at = 0;
  for (const ch of chunks) {
    out.set(ch, at);
    at += ch.byteLength;
  }
  return out;
}

/** Compressed static files, computed once per file content: path and coding → content hash and bytes. */
type StaticVariant = { sha: string; bytes: Buffer };

export function compression(): MiddlewareHandler<Env> {
  const statics = new Map<string, StaticVariant>();
  return async (c, next) => {
    await next();
    if (c.get('encoded')) return;
    const res = c.res;
    // Headers and status only until it is decided: reading `body` turns node-server's light response into a
    // full one and costs a cached hit about half its throughput.
    const type = res.headers.get('content-type');
    if (!isCompressible(type)) return;
    if (res.status === 204 || res.status === 206 || res.status === 304 || res.headers.has('content-range') || res.headers.get('accept-ranges') === 'bytes')
      return;
    addVary(res.headers);
    if (res.headers.has('content-encoding')) return;
    const coding = negotiate(c.req.header('accept-encoding'));
    if (!coding) return;
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared < MIN_COMPRESS_BYTES || !res.body) return;

    // Read until the body is known to be large enough (or ends): small bodies go out as they are.
    const reader = res.body.getReader();
    const head: Uint8Array[] = [];
    let total = 0;
    let done = false;
    while (total < 64 * 1024) {
      const r = await reader.read();
      if (r.done) {
        done = true;
        break;
      }
      head.push(r.value);
      total += r.value.byteLength;
    }
    const headers = new Headers(res.headers);
    const status = res.status;
    c.res = undefined; // replaced below, not merged with the old headers
    if (done && total < MIN_COMPRESS_BYTES) {
      c.res = new Response(concat(head, total), { status, headers });
      return;
    }
    headers.set('content-encoding', coding);
    const etag = headers.get('etag');
    if (etag) headers.set('etag', variantEtag(etag, coding));
    if (done) {
      const bytes = concat(head, total);
      let out: Buffer;
      if (c.req.path.startsWith('/static/')) {
        const sha = createHash('sha1').update(bytes).digest('base64');
        const key = `${c.req.path}\u0000${coding}`;
        const known = statics.get(key);
        if (known?.sha === sha) out = known.bytes;
        else {
          out = await compressBytes(bytes, coding, 'max');
          if (statics.size > 500) statics.clear();
          statics.set(key, { sha, bytes: out });
        }
      } else out = await compressBytes(bytes, coding, 'dynamic');
      headers.set('content-length', String(out.byteLength));
      c.res = new Response(new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength), { status, headers });
      return;
    }
    // A long stream (an export, the sitemap): compressed as it flows, never held whole.
    headers.delete('content-length');
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const ch of head) controller.enqueue(ch);
      },
      async pull(controller) {
        const r = await reader.read();
        if (r.done) controller.close();
        else controller.enqueue(r.value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    const zipper = compressStream(coding);
    const input = Readable.fromWeb(source as never);
    input.on('error', (err) => zipper.destroy(err));
    const compressed = input.pipe(zipper);
    c.res = new Response(Readable.toWeb(compressed) as ReadableStream<Uint8Array>, { status, headers });
  };
}
