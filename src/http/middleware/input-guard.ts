// Refuses malformed input at the edge, before any route, CSRF check or query sees it, with a clear 400 in both
// languages instead of a 500 from deep inside (a NUL byte reaching PostgreSQL, a multipart body the parser
// chokes on). Two parts: the address (path and query) for every request, and the body of form and JSON posts.
//
// - Path: control characters (after percent-decoding) or percent-escapes that are not UTF-8.
// - Query, urlencoded and JSON bodies: NUL anywhere, or bytes that are not UTF-8 (checked on the raw bytes).
// - Multipart: a content type without boundary, a body the parser refuses (wrong boundary, truncated), more
//   than MAX_FILE_PARTS files, or a NUL / invalid UTF-8 in a text field (the parser leaves U+FFFD for bytes
//   that are not UTF-8, so a text field holding U+FFFD is refused as such).
// - JSON: a body that does not parse is left to the route (CKAN answers in its own format); the error
//   handlers map a parse error that escapes a route to 400.
//
// Routes that stream their upload to disk (document and classified uploads) parse their own bodies; the
// guard leaves those bodies alone.
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../errors.js';
import type { Env } from '../types.js';

/** File parts one form may carry; every public form has at most one. */
export const MAX_FILE_PARTS = 10;

// eslint-disable-next-line no-control-regex
const PATH_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export const badInput = (what: { id: string; en: string }) =>
  new AppError('bad_input', 400, {
    id: `Permintaan tidak dapat diproses: ${what.id} Periksa isian lalu kirim lagi. / The request could not be processed: ${what.en}`,
    en: `The request could not be processed: ${what.en} Check what you entered and send it again.`,
  });

const WHY = {
  path: { id: 'alamat halaman berisi karakter yang tidak diizinkan.', en: 'the address contains characters that are not allowed.' },
  nul: { id: 'ada isian yang berisi karakter NUL.', en: 'a field contains a NUL character.' },
  utf8: { id: 'ada isian yang bukan teks UTF-8 yang sah.', en: 'a field is not valid UTF-8 text.' },
  multipart: { id: 'isi formulir (multipart) rusak atau tidak lengkap.', en: 'the form body (multipart) is malformed or incomplete.' },
  boundary: { id: 'isi formulir (multipart) tidak menyebut batasnya (boundary).', en: 'the form body (multipart) has no boundary.' },
  files: { id: `formulir membawa lebih dari ${MAX_FILE_PARTS} berkas.`, en: `the form carries more than ${MAX_FILE_PARTS} files.` },
  json: { id: 'isi JSON bersarang terlalu dalam.', en: 'the JSON body is nested too deeply.' },
};

/** Bytes of a percent-encoded string ('+' as space when form-encoded); null when an escape is malformed. */
function percentBytes(s: string, plusIsSpace: boolean): Uint8Array | null {
  const out: number[] = [];
  const raw = Buffer.from(s, 'latin1');
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === 0x25) {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return null;
      out.push(parseInt(hex, 16));
      i += 2;
    } else if (b === 0x2b && plusIsSpace) out.push(0x20);
    else out.push(b);
  }
  return Uint8Array.from(out);
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Checks every name and value of an application/x-www-form-urlencoded string (also a query string). */
function checkUrlEncoded(text: string): void {
  if (!text) return;
  for (const pair of text.split('&')) {
    for (const part of pair.split('=')) {
      // A stray '%' is read literally by the parsers, as is any character that is not an escape.
      const bytes = percentBytes(part, true) ?? Buffer.from(part, 'utf8');
      const decoded = decodeUtf8(bytes);
      if (decoded === null) throw badInput(WHY.utf8);
      if (decoded.includes('\u0000')) throw badInput(WHY.nul);
    }
  }
}

function checkText(value: string): void {
  if (value.includes('\u0000')) throw badInput(WHY.nul);
  if (value.includes('\ufffd')) throw badInput(WHY.utf8);
}

function checkJsonValue(v: unknown, depth = 0): void {
  if (depth > 64) throw badInput(WHY.json);
  if (typeof v === 'string') {
    if (v.includes('\u0000')) throw badInput(WHY.nul);
  } else if (Array.isArray(v)) {
    for (const x of v) checkJsonValue(x, depth + 1);
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k.includes('\u0000')) throw badInput(WHY.nul);
      checkJsonValue(x, depth + 1);
    }
  }
}

/** The address: path and query of every request. */
export function urlGuard(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const url = c.req.url;
    const start = url.indexOf('/', url.indexOf('//') + 2);
    const rest = start < 0 ? '/' : url.slice(start);
    const q = rest.indexOf('?');
    const rawPath = (q < 0 ? rest : rest.slice(0, q)).split('#')[0]!;
    const bytes = percentBytes(rawPath, false);
    const path = bytes ? decodeUtf8(bytes) : null;
    if (path === null || PATH_CONTROL.test(path)) throw badInput(WHY.path);
    if (q >= 0) checkUrlEncoded(rest.slice(q + 1).split('#')[0]!);
    await next();
  };
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The body of form and JSON requests; `skip` names the routes that parse (stream) their own body. */
export function bodyGuard(skip: (c: Context<Env>) => boolean): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (!BODY_METHODS.has(c.req.method) || skip(c)) return next();
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    const media = type.split(';')[0]!.trim();
    if (media === 'multipart/form-data') {
      if (!/;\s*boundary=("[^"]+"|[^;\s]+)/i.test(c.req.header('content-type') ?? '')) throw badInput(WHY.boundary);
      let form: Record<string, string | File | (string | File)[]>;
      try {
        form = await c.req.parseBody({ all: true });
      } catch {
        throw badInput(WHY.multipart);
      }
      let files = 0;
      for (const [name, value] of Object.entries(form)) {
        checkText(name);
        for (const v of Array.isArray(value) ? value : [value]) {
          if (typeof v === 'string') checkText(v);
          else if (++files > MAX_FILE_PARTS) throw badInput(WHY.files);
        }
      }
    } else if (media === 'application/x-www-form-urlencoded') {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const text = decodeUtf8(bytes);
      if (text === null) throw badInput(WHY.utf8);
      checkUrlEncoded(text);
    } else if (media === 'application/json' || media.endsWith('+json')) {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const text = decodeUtf8(bytes);
      if (text === null) throw badInput(WHY.utf8);
      let value: unknown;
      try {
        value = text.trim() === '' ? undefined : JSON.parse(text);
      } catch {
        // The route answers in its own format (CKAN's error object, the API's problem); a parse error that
        // escapes it is mapped to 400 by the error handler.
        return next();
      }
      checkJsonValue(value);
    }
    await next();
  };
}
