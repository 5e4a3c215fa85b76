// The one place where errors become an HTML page or application/problem+json. No internals reach the user.
import { catalogueMessages } from '../i18n/catalogue.js';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../domain/audit/record-audit.js';
import { AppError } from '../errors.js';
import { translator, type MessageKey } from '../i18n/index.js';
import type { View } from './components/layout.js';
import { ErrorPage } from './pages/portal/error-page.js';
import type { Env } from './types.js';

function wantsJson(c: Context<Env>): boolean {
  return (
    c.req.path.startsWith('/api/') || ((c.req.header('accept') ?? '').includes('application/json') && !(c.req.header('accept') ?? '').includes('text/html'))
  );
}

function fallbackView(c: Context<Env>): View {
  const locale = c.get('locale') ?? 'id';
  return {
    t: c.get('t') ?? translator(locale),
    locale,
    actor: c.get('actor') ?? { kind: 'anonymous' },
    csrf: c.get('csrfToken') ?? '',
    body: c.get('body') ?? null,
    path: c.req.path,
    search: new URL(c.req.url).search,
    base: c.get('deps')?.config.baseUrl.replace(/\/+$/, '') ?? '',
    noindex: true,
  };
}

const TITLES: Record<number, MessageKey> = { 401: 'err.401.title', 403: 'err.403.title', 404: 'err.404.title', 429: 'err.429.title' };

/**
 * Errors that are the client's doing although they surface as exceptions: a body the parser refuses (JSON,
 * form data) and PostgreSQL's data exceptions (SQLSTATE class 22: a NUL in text, a malformed uuid or date, a
 * number out of range). They become a 400, not a 500.
 */
export function badInputError(err: unknown): AppError | null {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return dataException();
    if (e instanceof SyntaxError) return dataException();
    if (e instanceof HTTPException && e.status === 400) return dataException();
    if (e instanceof TypeError && /form ?data|multipart|boundary/i.test(e.message)) return dataException();
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

const dataException = () => new AppError('bad_input', 400, catalogueMessages('http.errors.request_could_not_processed_value'));

export async function handleError(given: unknown, c: Context<Env>): Promise<Response> {
  const err = given instanceof AppError ? given : (badInputError(given) ?? given);
  const v = fallbackView(c);
  if (err instanceof AppError) {
    if (err.code === 'forbidden') {
      // Refused access is itself an event worth keeping.
      const ctx = c.get('ctx');
      if (ctx) {
        await recordAudit(ctx, { action: 'access.denied', entityType: 'route', entityId: `${c.req.method} ${c.req.path}`.slice(0, 300) }).catch((e: unknown) =>
          c.get('log')?.error({ err: e }, 'audit of access.denied failed'),
        );
      }
    }
    // A server-side problem the user is told about plainly (e.g. a missing encryption key): the operator
    // needs its detail in the log (key ids and record ids only, never content).
    if (err.status >= 500) (c.get('log') ?? console).error({ code: err.code, detail: (err as { detail?: string }).detail }, err.messages.en);
    if (err.code === 'unauthenticated' && !wantsJson(c) && c.req.method === 'GET') {
      return c.redirect(`/masuk?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    const message = err.message_(v.locale);
    // Too much file work waiting (the file sandbox's queue is full): tell the client when to come back.
    const retryAfter = (err as { retryAfter?: unknown }).retryAfter;
    if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
    if (wantsJson(c)) {
      return c.json({ type: `about:blank#${err.code}`, title: message, status: err.status, code: err.code }, err.status as 400, {
        'content-type': 'application/problem+json',
      });
    }
    const title = v.t(TITLES[err.status] ?? 'err.generic.title');
    return c.html(<ErrorPage v={v} title={title} message={message} />, err.status as 400);
  }
  const requestId = c.get('requestId') ?? '';
  (c.get('log') ?? console).error({ err }, 'unhandled error');
  if (wantsJson(c)) {
    return c.json({ type: 'about:blank#internal', title: v.t('err.500.title'), status: 500, incident: requestId }, 500, {
      'content-type': 'application/problem+json',
    });
  }
  return c.html(<ErrorPage v={v} title={v.t('err.500.title')} message={v.t('err.500.body')} code={requestId} />, 500);
}

export function notFound(c: Context<Env>): Response | Promise<Response> {
  const v = fallbackView(c);
  if (wantsJson(c)) {
    return c.json({ type: 'about:blank#not_found', title: v.t('err.404.title'), status: 404 }, 404, { 'content-type': 'application/problem+json' });
  }
  return c.html(
    <ErrorPage
      v={v}
      title={v.t('err.404.title')}
      message={
        v.locale === 'en'
          ? 'The page you are looking for was not found. It may have moved.'
          : 'Halaman yang Anda cari tidak ditemukan. Mungkin alamatnya sudah berubah.'
      }
    />,
    404,
  );
}
