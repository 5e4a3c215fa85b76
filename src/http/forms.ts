// Turns a submitted form into zod-checked input, and validation failures into per-field messages.
import { catalogueMessages } from '../i18n/catalogue.js';
import type { Context } from 'hono';
import { z, type ZodType } from 'zod';
import { AppError } from '../errors.js';
import type { MessageKey } from '../i18n/index.js';
import { validationMessage } from '../domain/messages/validation.js';
import type { FieldErrors } from './components/form.js';
import type { View } from './components/layout.js';
import type { Env } from './types.js';

export type FormValues = Record<string, string | string[]>;

export async function readForm(c: Context<Env>): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export const str = (v: FormValues, k: string): string => {
  const x = v[k];
  return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
};
export const list = (v: FormValues, k: string): string[] => {
  const x = v[k];
  return Array.isArray(x) ? x : x ? [x] : [];
};

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseWith<S extends ZodType>(schema: S, input: unknown, locale = 'id'): Parsed<z.output<S>> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? '_');
    errors[key] ??= validationMessage(issue.message, locale);
  }
  return { ok: false, errors };
}

/** Field messages carried by an AppError (validation), or null when the error is not about fields. */
export function fieldErrorsOf(err: unknown, locale: string): FieldErrors | null {
  if (!(err instanceof AppError) || !err.fields) return null;
  const out: FieldErrors = {};
  for (const [k, m] of Object.entries(err.fields)) out[k] = locale === 'en' ? m.en : m.id;
  return out;
}

// Notices that may be shown after a redirect (?ok=...); anything else in the URL is ignored.
const NOTICES: MessageKey[] = [
  'common.saved',
  'login.logged_out',
  'forgot.sent',
  'reset.done',
  'setup.done_demo',
  'setup.done_admin',
  'account.changed',
  'account.language_saved',
  'units.created',
  'users.created',
  'users.locked_done',
  'users.unlocked_done',
  'users.reset_sent',
  'org.logo_done',
  'outbox.retried',
  'outbox.resent',
  'calendar.deleted',
  'search_log.note_sent',
  'calendar.imported',
];

export function view(c: Context<Env>): View {
  const ok = c.req.query('ok');
  const t = c.get('t');
  return {
    t,
    locale: c.get('locale'),
    actor: c.get('actor'),
    csrf: c.get('csrfToken'),
    body: c.get('body'),
    path: c.req.path,
    search: new URL(c.req.url).search,
    base: c.get('deps').config.baseUrl.replace(/\/+$/, ''),
    notice: ok && (NOTICES as string[]).includes(ok) ? t(ok as MessageKey) : undefined,
    calendarGaps: c.get('calendarGaps'),
    workQueueNav: c.get('workQueue')?.nav, // work-queue: nav badges
  };
}

// C0 controls, DEL and C1 controls: browsers drop tab, CR and LF from a URL, so "/\t/host" becomes "//host".
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const HERE = 'http://q-gesy.invalid';

export const badRedirect = () => new AppError('bad_redirect', 400, catalogueMessages('http.forms.return_address_next_contains_characters'));

/**
 * A redirect target from user input is only ever a path on this site, after the normalisation a browser would
 * apply: no scheme, no "//" or "/\" (another host), no backslash at all; control characters are refused (400)
 * rather than silently dropped. Anything else falls back.
 */
export function safeNext(next: string | undefined, fallback = '/'): string {
  if (!next) return fallback;
  if (CONTROL.test(next)) throw badRedirect();
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE || url.pathname.startsWith('//')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
