// Per-request context: request id, logger, client IP, locale, the signed-in user and the domain ctx.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { anonymous } from '../../context.js';
import { resolveSession } from '../../domain/accounts/sessions.js';
import { resolveCitizenSession } from '../../domain/citizen/account.js';
import { getPublicBody } from '../../domain/org/public-body.js';
import { isLocale, translator, type Locale } from '../../i18n/index.js';
import { isLocalizable, urlLocale } from '../locale-url.js';
import type { Env } from '../types.js';

export const SESSION_COOKIE = 'qg_sid';
export const LANG_COOKIE = 'qg_lang';
/** The optional citizen account's session (Path=/akun): separate from the staff's. */
export const CITIZEN_COOKIE = 'qg_warga';

export function requestContext(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const deps = c.get('deps');
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    c.set('log', deps.logger.child({ reqId: requestId }));

    let ip: string | null = null;
    if (deps.config.trustProxy) {
      // The right-most address is the one our own proxy saw; the rest is client-supplied.
      const xff = c.req.header('x-forwarded-for');
      ip =
        xff
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .pop() ?? null;
    }
    if (!ip) {
      try {
        ip = getConnInfo(c).remote.address ?? null;
      } catch {
        ip = null; // app.request() in tests has no socket
      }
    }
    c.set('ip', ip);

    const base = {
      db: deps.database.db,
      clock: deps.clock,
      ip,
      blobs: deps.blobs,
      keys: deps.keys,
      letterSigner: deps.letterSigner ?? null,
      settings: { baseUrl: deps.config.baseUrl, sessionTtlHours: deps.config.sessionTtlHours, maxUploadBytes: deps.config.maxUploadBytes },
    };
    c.set('actor', anonymous);
    c.set('sessionToken', null);
    c.set('sessionId', null);
    c.set('ctx', { ...base, actor: anonymous });

    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length >= 20 && token.length <= 100) {
      const session = await resolveSession({ ...base, actor: anonymous }, token);
      if (session) {
        c.set('actor', session.actor);
        c.set('sessionToken', token);
        c.set('sessionId', session.sessionId);
        c.set('ctx', { ...base, actor: session.actor });
      }
    }

    // Before the CSRF check, which binds the form token to this session too.
    c.set('citizen', null);
    const citizenToken = getCookie(c, CITIZEN_COOKIE);
    if (citizenToken) c.set('citizen', await resolveCitizenSession(base, citizenToken));

    const cookieLang = getCookie(c, LANG_COOKIE);
    const actor = c.get('actor');
    // A page's language is its URL's (/en/...); the cookie and the officer's own setting only choose it
    // where a page has one URL for both languages (back office, API, citizen account).
    const preferred: Locale = isLocale(cookieLang) ? cookieLang : actor.kind === 'user' ? actor.locale : 'id';
    const locale: Locale = urlLocale(c.req.url) ?? (isLocalizable(c.req.path) ? 'id' : preferred);
    c.set('locale', locale);
    c.set('t', translator(locale));
    c.set('body', (await getPublicBody(deps.database.db)) ?? null);
    await next();
  };
}
