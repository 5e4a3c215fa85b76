// The citizen's own routes: the data download of a case (by its number and code, from the tracking page)
// and the optional account at /akun (sign in by an emailed link, one's requests, their letters and data, and
// one's objections on ground b filed without a request, with the Atasan PPID's letter once decided).
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { dateInZone } from '../../../domain/calendar/dates.js';
import {
  confirmSignIn,
  CITIZEN_SESSION_HOURS,
  listOwnRequests,
  listOwnUnpublishedObjections,
  openOwnRequest,
  openOwnUnpublishedObjection,
  requestSignInLink,
  signInLinkUsable,
  signOutCitizen,
  type CitizenSession,
} from '../../../domain/citizen/account.js';
import { objectionsOf } from '../../../domain/objections/objections.js';
import { objectionSubject } from '../../../domain/objections/file-unpublished-objection.js';
import { ownData, type OwnData } from '../../../domain/privacy/own-data.js';
import { renderRequestLetter } from '../../../letters/issued-request-letters.js';
import type { InformationRequest } from '../../../domain/requests/submit-request.js';
import { describeTracked, openRequest, ZTrackQuery } from '../../../domain/requests/track-request.js';
import { AppError, errors } from '../../../errors.js';
import { issuedObjectionResponse } from '../../../letters/official.js';
import { fieldErrorsOf, parseWith, readForm, str, view } from '../../forms.js';
import { CITIZEN_COOKIE } from '../../middleware/context.js';
import { AccountConfirmPage, AccountRequestPage, AccountRequestsPage, AccountSignInPage } from '../../pages/requests/citizen.js';
import { OwnDataPage } from '../../pages/requests/own-data.js';
import { spanDate, trackedSpans, warnCalendarGaps } from '../../calendar-gaps.js';
import type { Env } from '../../types.js';
import { ipHash } from './form-tokens.js';
import { pdfResponse } from '../../pdf-response.js';
import { bodyZone } from '../../dates.js';

export const citizenRoutes = new Hono<Env>();
type C = Context<Env>;

const privateHeaders = (c: C) => {
  c.header('cache-control', 'no-store');
  c.header('x-robots-tag', 'noindex');
  c.header('referrer-policy', 'no-referrer');
};

function jsonDownload(c: C, d: OwnData): Response {
  privateHeaders(c);
  c.header('content-disposition', `attachment; filename="data-permohonan-${d.request.number.replace(/[^A-Za-z0-9]+/g, '-')}.json"`);
  return c.json(d);
}

// --- the data download, by number and code --------------------------------------------------------------

async function byCode(c: C): Promise<{ r: InformationRequest; q: string } | null> {
  const q = parseWith(ZTrackQuery, c.req.query(), c.get('locale'));
  if (!q.ok) return null;
  const r = await openRequest(c.get('ctx'), q.data.nomor, q.data.kode);
  return { r, q: `nomor=${encodeURIComponent(q.data.nomor)}&kode=${encodeURIComponent(q.data.kode)}` };
}

const trackLetterHref = (q: string) => (l: OwnData['letters'][number]) =>
  l.kind === 'tanda-bukti'
    ? `/permohonan/tanda-bukti.pdf?${q}`
    : l.kind === 'tanggapan-keberatan'
      ? `/permohonan/keberatan/surat.pdf?${q}&keberatan=${l.objectionId}`
      : `/permohonan/surat/${l.kind}.pdf?${q}`;

citizenRoutes.get('/permohonan/data-saya', async (c) => {
  const found = await byCode(c);
  if (!found) return c.redirect('/permohonan/lacak', 303);
  const d = await ownData(c.get('ctx'), found.r);
  privateHeaders(c);
  return c.html(
    <OwnDataPage
      v={view(c)}
      d={d}
      jsonHref={`/permohonan/data-saya.json?${found.q}`}
      letterHref={trackLetterHref(found.q)}
      backHref={`/permohonan/lacak?${found.q}`}
    />,
  );
});

citizenRoutes.get('/permohonan/data-saya.json', async (c) => {
  const found = await byCode(c);
  if (!found) return c.redirect('/permohonan/lacak', 303);
  return jsonDownload(c, await ownData(c.get('ctx'), found.r));
});

// --- the optional account -------------------------------------------------------------------------------

citizenRoutes.use('/akun/*', async (c, next) => {
  privateHeaders(c);
  await next();
});
citizenRoutes.use('/akun', async (c, next) => {
  privateHeaders(c);
  await next();
});

// A request's pages need the account's session; without one (expired, signed out), the sign-in page.
citizenRoutes.use('/akun/permohonan/*', async (c, next) => {
  if (!c.get('citizen')) return c.redirect('/akun', 303);
  await next();
});
citizenRoutes.use('/akun/keberatan/*', async (c, next) => {
  if (!c.get('citizen')) return c.redirect('/akun', 303);
  await next();
});
const session = (c: C): CitizenSession => c.get('citizen')!;

citizenRoutes.get('/akun', async (c) => {
  const s = c.get('citizen');
  if (!s) return c.html(<AccountSignInPage v={view(c)} sent={c.req.query('terkirim') === '1'} signedOut={c.req.query('keluar') === '1'} />);
  const ctx = c.get('ctx');
  const today = dateInZone(ctx.clock.now(), bodyZone(c)).date;
  const rows = await listOwnRequests(ctx, s);
  const objections = await listOwnUnpublishedObjections(ctx, s);
  await warnCalendarGaps(c, [
    ...rows.filter((r) => r.dueDate >= today).map((r) => ({ from: spanDate(c, r.receivedAt), to: r.dueDate })),
    ...objections.filter((o) => o.status !== 'decided' && o.dueDate >= today).map((o) => ({ from: spanDate(c, o.receivedAt), to: o.dueDate })),
  ]);
  return c.html(<AccountRequestsPage v={view(c)} email={s.email} rows={rows} objections={objections} today={today} />);
});

citizenRoutes.post('/akun/masuk', async (c) => {
  const email = str(await readForm(c), 'email');
  try {
    await requestSignInLink(c.get('ctx'), { email }, { ipHash: ipHash(c), locale: c.get('locale') === 'en' ? 'en' : 'id' });
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (fields) return c.html(<AccountSignInPage v={view(c)} email={email} errors={fields} />, 422);
    if (err instanceof AppError && err.status === 429)
      return c.html(<AccountSignInPage v={view(c)} email={email} message={err.message_(c.get('locale'))} />, 429);
    throw err;
  }
  return c.redirect('/akun?terkirim=1', 303);
});

// The link opens a page with a button: mail scanners that follow links must not use up the link.
citizenRoutes.get('/akun/masuk/:token', async (c) => {
  const token = c.req.param('token');
  const usable = await signInLinkUsable(c.get('ctx'), token);
  return c.html(<AccountConfirmPage v={view(c)} token={token} usable={usable} />, usable ? 200 : 400);
});

citizenRoutes.post('/akun/masuk/:token', async (c) => {
  const token = c.req.param('token');
  let sessionToken: string;
  try {
    sessionToken = await confirmSignIn(c.get('ctx'), token, { previousToken: getCookie(c, CITIZEN_COOKIE) ?? null });
  } catch (err) {
    if (err instanceof AppError && err.code === 'invalid_link') return c.html(<AccountConfirmPage v={view(c)} token={token} usable={false} />, 400);
    throw err;
  }
  setCookie(c, CITIZEN_COOKIE, sessionToken, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('deps').config.secureCookies,
    path: '/akun',
    maxAge: CITIZEN_SESSION_HOURS * 3600,
  });
  return c.redirect('/akun', 303);
});

citizenRoutes.post('/akun/keluar', async (c) => {
  const token = getCookie(c, CITIZEN_COOKIE);
  if (token) await signOutCitizen(c.get('ctx'), token);
  deleteCookie(c, CITIZEN_COOKIE, { path: '/akun', secure: c.get('deps').config.secureCookies });
  return c.redirect('/akun?keluar=1', 303);
});

citizenRoutes.get('/akun/permohonan/:id', async (c) => {
  const ctx = c.get('ctx');
  const r = await openOwnRequest(ctx, session(c), c.req.param('id'));
  const tracked = await describeTracked(ctx, r);
  await warnCalendarGaps(c, trackedSpans(c, tracked));
  return c.html(<AccountRequestPage v={view(c)} id={r.id} tracked={tracked} />);
});

citizenRoutes.get('/akun/permohonan/:id/data', async (c) => {
  const ctx = c.get('ctx');
  const r = await openOwnRequest(ctx, session(c), c.req.param('id'));
  const base = `/akun/permohonan/${r.id}`;
  const d = await ownData(ctx, r);
  // The receipt carries the tracking code, which only the applicant's email and receipt hold.
  const letterHref = (l: OwnData['letters'][number]) =>
    l.kind === 'tanda-bukti' ? null : l.kind === 'tanggapan-keberatan' ? `${base}/keberatan/${l.objectionId}.pdf` : `${base}/surat/${l.kind}.pdf`;
  return c.html(<OwnDataPage v={view(c)} d={d} jsonHref={`${base}/data.json`} letterHref={letterHref} backHref={base} />);
});

citizenRoutes.get('/akun/permohonan/:id/data.json', async (c) => {
  const ctx = c.get('ctx');
  const r = await openOwnRequest(ctx, session(c), c.req.param('id'));
  return jsonDownload(c, await ownData(ctx, r));
});

citizenRoutes.get('/akun/permohonan/:id/surat/:file', async (c) => {
  const file = c.req.param('file');
  if (!file.endsWith('.pdf')) throw errors.notFound();
  const ctx = c.get('ctx');
  const r = await openOwnRequest(ctx, session(c), c.req.param('id'));
  const { pdf, filename } = await renderRequestLetter(ctx, r, file.slice(0, -4));
  return pdfResponse(c, pdf, filename.replace(/\.pdf$/, ''));
});

citizenRoutes.get('/akun/permohonan/:id/keberatan/:file', async (c) => {
  const file = c.req.param('file');
  if (!file.endsWith('.pdf')) throw errors.notFound();
  const ctx = c.get('ctx');
  const r = await openOwnRequest(ctx, session(c), c.req.param('id'));
  const o = (await objectionsOf(ctx, r.id)).find((x) => x.id === file.slice(0, -4));
  if (!o || o.status !== 'decided') throw errors.notFound();
  return pdfResponse(c, await issuedObjectionResponse(ctx, o, r), `tanggapan-keberatan-${o.number}`);
});

// The Atasan PPID's answer to one's objection without a request, once decided.
citizenRoutes.get('/akun/keberatan/:file', async (c) => {
  const file = c.req.param('file');
  if (!file.endsWith('.pdf')) throw errors.notFound();
  const ctx = c.get('ctx');
  const o = await openOwnUnpublishedObjection(ctx, session(c), file.slice(0, -4));
  if (o.status !== 'decided') throw errors.notFound();
  return pdfResponse(c, await issuedObjectionResponse(ctx, o, objectionSubject(o, null)), `tanggapan-keberatan-${o.number}`);
});
