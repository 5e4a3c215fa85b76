// Public routes (the portal pages are in portal.tsx): language switch, sign-in and sign-out, password reset, first-run setup, logo.
import { messageRef } from '../../../i18n/catalogue.js';
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { inTransaction } from '../../../context.js';
import { login, logout, ZLogin } from '../../../domain/accounts/login.js';
import { ZPassword } from '../../../domain/accounts/passwords.js';
import { findLinkUser, requestPasswordReset, resetPassword, ZNewPassword, ZResetRequest } from '../../../domain/accounts/password-reset.js';
import { getPublicBody, ZPublicBody, updatePublicBody } from '../../../domain/org/public-body.js';
import { countUsers, createFirstAdmin } from '../../../domain/users/users.js';
import { AppError } from '../../../errors.js';
import { isLocale } from '../../../i18n/index.js';
import { validationMessage } from '../../../domain/messages/validation.js';
import { systemActor } from '../../../context.js';
import { fieldErrorsOf, parseWith, readForm, safeNext, str, view } from '../../forms.js';
import { LANG_COOKIE, SESSION_COOKIE } from '../../middleware/context.js';
import { ForgotPage, LoginPage, ResetPage, SetupPage } from '../../pages/portal/auth.js';
import type { Env } from '../../types.js';
import { localizedPath, stripLocale } from '../../locale-url.js';
import { DEFAULT_LOGO_SVG } from '../../components/default-logo.js';

export const publicRoutes = new Hono<Env>();

publicRoutes.get('/bahasa/:lang', (c) => {
  const lang = c.req.param('lang');
  if (isLocale(lang)) {
    setCookie(c, LANG_COOKIE, lang, { path: '/', sameSite: 'Lax', maxAge: 365 * 86400, secure: c.get('deps').config.secureCookies, httpOnly: true });
  }
  // A portal page has its own URL per language (/en/...); the cookie still chooses the back office's.
  const next = stripLocale(safeNext(c.req.query('next')));
  return c.redirect(isLocale(lang) ? localizedPath(lang, next) : next, 303);
});

publicRoutes.get('/logo', async (c) => {
  const body = c.get('body');
  if (body?.logoSha256) {
    const bytes = await c.get('deps').blobs.get(body.logoSha256);
    if (bytes) {
      return c.body(new Uint8Array(bytes), 200, {
        'content-type': body.logoMime ?? 'application/octet-stream',
        'cache-control': 'public, max-age=300',
        etag: `"${body.logoSha256}"`,
      });
    }
  }
  return c.body(DEFAULT_LOGO_SVG, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=300' });
});

// --- sign-in -----------------------------------------------------------------------------------

function sessionCookie(c: Context<Env>, token: string) {
  const { config } = c.get('deps');
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: config.sessionTtlHours * 3600,
  });
}

publicRoutes.get('/masuk', (c) => {
  if (c.get('actor').kind === 'user') return c.redirect('/admin', 303);
  return c.html(<LoginPage v={view(c)} next={safeNext(c.req.query('next'), '')} />);
});

publicRoutes.post('/masuk', async (c) => {
  const form = await readForm(c);
  const v = view(c);
  const next = safeNext(str(form, 'next'), '/admin');
  const parsed = parseWith(ZLogin, { email: str(form, 'email'), password: str(form, 'password') }, c.get('locale'));
  if (!parsed.ok) return c.html(<LoginPage v={v} values={{ email: str(form, 'email') }} errors={parsed.errors} next={next} />, 422);
  try {
    const { token } = await login(c.get('ctx'), parsed.data, { previousToken: c.get('sessionToken'), userAgent: c.req.header('user-agent') });
    sessionCookie(c, token);
    return c.redirect(next, 303);
  } catch (err) {
    if (err instanceof AppError && ['bad_credentials', 'throttled', 'account_locked'].includes(err.code)) {
      return c.html(<LoginPage v={v} values={{ email: parsed.data.email }} message={err.message_(v.locale)} next={next} />, err.status as 401);
    }
    throw err;
  }
});

publicRoutes.post('/keluar', async (c) => {
  const token = c.get('sessionToken');
  if (token) await logout(c.get('ctx'), token);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return c.redirect('/masuk?ok=login.logged_out', 303);
});

// --- password reset --------------------------------------------------------------------------------

publicRoutes.get('/lupa-sandi', (c) => c.html(<ForgotPage v={view(c)} />));

publicRoutes.post('/lupa-sandi', async (c) => {
  const form = await readForm(c);
  const parsed = parseWith(ZResetRequest, { email: str(form, 'email') }, c.get('locale'));
  if (!parsed.ok) return c.html(<ForgotPage v={view(c)} values={{ email: str(form, 'email') }} errors={parsed.errors} />, 422);
  await requestPasswordReset(c.get('ctx'), parsed.data);
  return c.redirect('/masuk?ok=forgot.sent', 303);
});

publicRoutes.get('/atur-sandi/:token', async (c) => {
  const token = c.req.param('token');
  const user = await findLinkUser(c.get('ctx'), token);
  c.header('referrer-policy', 'no-referrer');
  return c.html(<ResetPage v={view(c)} token={token} email={user.email} />);
});

publicRoutes.post('/atur-sandi/:token', async (c) => {
  const token = c.req.param('token');
  const user = await findLinkUser(c.get('ctx'), token);
  const form = await readForm(c);
  const parsed = parseWith(ZNewPassword, { password: str(form, 'password'), confirm: str(form, 'confirm') }, c.get('locale'));
  if (!parsed.ok) return c.html(<ResetPage v={view(c)} token={token} email={user.email} errors={parsed.errors} />, 422);
  await resetPassword(c.get('ctx'), token, parsed.data);
  return c.redirect('/masuk?ok=reset.done', 303);
});

// --- first run --------------------------------------------------------------------------------------

function codeMatches(expected: string | null, given: string): boolean {
  if (!expected) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given.trim().toUpperCase());
  return a.length === b.length && timingSafeEqual(a, b);
}

async function setupOpen(c: { get: (k: 'deps') => Env['Variables']['deps'] }): Promise<boolean> {
  const deps = c.get('deps');
  if (!deps.setup.token) return false;
  if ((await countUsers({ db: deps.database.db })) > 0) {
    deps.setup.token = null;
    return false;
  }
  return true;
}

publicRoutes.get('/persiapan', async (c) => {
  if (!(await setupOpen(c))) return c.redirect('/masuk', 303);
  return c.html(<SetupPage v={view(c)} demoAvailable={!!c.get('deps').seedDemo} values={{ bodyName: c.get('body')?.name ?? '' }} />);
});

const ZSetup = z
  .object({
    code: z
      .string()
      .trim()
      .min(1, { message: messageRef('validation.setup_code_required') }),
    bodyName: ZPublicBody.shape.name,
    name: z
      .string()
      .trim()
      .min(2, { message: messageRef('validation.name_required') })
      .max(200),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .email({ message: messageRef('validation.not_valid_email_address') }),
    password: ZPassword,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: messageRef('validation.two_passwords_do_not_match'), path: ['confirm'] });

const wrongCode = { code: messageRef('validation.wrong_setup_code_look_code_printed') };

publicRoutes.post('/persiapan/admin', async (c) => {
  if (!(await setupOpen(c))) return c.redirect('/masuk', 303);
  const deps = c.get('deps');
  const form = await readForm(c);
  const values = { code: str(form, 'code'), bodyName: str(form, 'bodyName'), name: str(form, 'name'), email: str(form, 'email') };
  const parsed = parseWith(ZSetup, { ...values, password: str(form, 'password'), confirm: str(form, 'confirm') }, c.get('locale'));
  const demoAvailable = !!deps.seedDemo;
  if (!parsed.ok) return c.html(<SetupPage v={view(c)} values={values} errors={parsed.errors} demoAvailable={demoAvailable} />, 422);
  if (!codeMatches(deps.setup.token, parsed.data.code))
    return c.html(
      <SetupPage v={view(c)} values={values} errors={{ code: validationMessage(wrongCode.code, c.get('locale')) }} demoAvailable={demoAvailable} />,
      422,
    );
  const ctx = { ...c.get('ctx'), actor: systemActor('persiapan pertama') };
  try {
    await inTransaction(ctx, async (t) => {
      const existing = await getPublicBody(t.db);
      await updatePublicBody(t, { ...ZPublicBody.parse({ ...(existing ?? {}), name: parsed.data.bodyName }) });
      await createFirstAdmin(t, parsed.data);
    });
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<SetupPage v={view(c)} values={values} errors={errors} demoAvailable={demoAvailable} />, 422);
    throw err;
  }
  deps.setup.token = null;
  return c.redirect('/masuk?ok=setup.done_admin', 303);
});

publicRoutes.post('/persiapan/demo', async (c) => {
  if (!(await setupOpen(c))) return c.redirect('/masuk', 303);
  const deps = c.get('deps');
  const form = await readForm(c);
  if (!deps.seedDemo) return c.redirect('/persiapan', 303);
  if (!codeMatches(deps.setup.token, str(form, 'democode'))) {
    return c.html(<SetupPage v={view(c)} errors={{ democode: validationMessage(wrongCode.code, c.get('locale')) }} demoAvailable />, 422);
  }
  await deps.seedDemo();
  deps.setup.token = null;
  return c.redirect('/masuk?ok=setup.done_demo', 303);
});
