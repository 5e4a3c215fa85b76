// Penetapan DIP over HTTP: the back-office page (/admin/penetapan-dip) with its files, and the latest penetapan's
// letter on the public portal (/dip/penetapan.pdf), which holds published public entries only.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { dateInZone, zoneOf } from '../../../domain/calendar/dates.js';
import {
  getPenetapanDip,
  issuePenetapanDip,
  latestPenetapanDip,
  listPenetapanDip,
  penetapanXlsx,
  ZPenetapanInput,
  type PenetapanDip,
} from '../../../domain/dip/penetapan.js';
import { publicCounts } from '../../../domain/dip/public.js';
import { getPublicBody } from '../../../domain/org/public-body.js';
import { errors } from '../../../errors.js';
import { penetapanDipPdf } from '../../../letters/penetapan-dip.js';
import { loadLetterhead } from '../../../domain/org/letterhead.js';
import { authorize } from '../../../policies/index.js';
import type { FieldErrors } from '../../components/form.js';
import { fieldErrorsOf, parseWith, readForm, str, view } from '../../forms.js';
import { PenetapanDipPage, type PenetapanValues } from '../../pages/dip/penetapan.js';
import type { Env } from '../../types.js';
import { downloadHeaders } from './exports.js';
import { pdfResponse } from '../../pdf-response.js';

export const penetapanAdminRoutes = new Hono<Env>();
export const penetapanPublicRoutes = new Hono<Env>();

const fileName = (p: PenetapanDip) => `penetapan-dip-v${p.versionNo}-${p.number.replace(/[^A-Za-z0-9]+/g, '-')}`;

async function letter(c: Context<Env>, p: PenetapanDip): Promise<Buffer> {
  const ctx = c.get('ctx');
  return penetapanDipPdf(await loadLetterhead(ctx, await getPublicBody(ctx.db)), p);
}

async function page(c: Context<Env>, values: PenetapanValues, errs?: FieldErrors, status: 200 | 409 | 422 = 200) {
  const ctx = c.get('ctx');
  const list = await listPenetapanDip(ctx);
  const publicCount = (await publicCounts(ctx.db)).reduce((s, r) => s + r.n, 0);
  return c.html(<PenetapanDipPage v={view(c)} list={list} publicCount={publicCount} values={values} errors={errs} />, status);
}

penetapanAdminRoutes.get('/', async (c) => {
  authorize(c.get('actor'), 'dip.penetapan_view');
  const body = await getPublicBody(c.get('ctx').db);
  return page(c, { number: '', decidedOn: dateInZone(c.get('ctx').clock.now(), zoneOf(body)).date });
});

penetapanAdminRoutes.post('/', async (c) => {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'dip.penetapan_issue');
  const f = await readForm(c);
  const values: PenetapanValues = { number: str(f, 'number'), decidedOn: str(f, 'decidedOn') };
  const parsed = parseWith(ZPenetapanInput, values, c.get('locale'));
  if (!parsed.ok) return page(c, values, parsed.errors, 422);
  const body = await getPublicBody(ctx.db);
  try {
    await issuePenetapanDip(ctx, parsed.data, zoneOf(body));
  } catch (err) {
    const fieldErrs = fieldErrorsOf(err, c.get('locale'));
    if (fieldErrs) return page(c, values, fieldErrs, 409);
    throw err;
  }
  return c.redirect('/admin/penetapan-dip', 303);
});

penetapanAdminRoutes.get('/:id/penetapan.pdf', async (c) => {
  const p = await getPenetapanDip(c.get('ctx'), c.req.param('id'));
  return pdfResponse(c, await letter(c, p), fileName(p));
});

penetapanAdminRoutes.get('/:id/penetapan.xlsx', async (c) => {
  const ctx = c.get('ctx');
  const p = await getPenetapanDip(ctx, c.req.param('id'));
  const body = await getPublicBody(ctx.db);
  const xlsx = await penetapanXlsx(p, { bodyName: body?.name ?? 'Badan Publik', timeZone: zoneOf(body) });
  return c.body(
    new Uint8Array(xlsx),
    200,
    downloadHeaders('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${fileName(p)}.xlsx`, 'no-store'),
  );
});

/** The latest penetapan's letter, for everyone: its list holds published public entries only. */
penetapanPublicRoutes.get('/dip/penetapan.pdf', async (c) => {
  const p = await latestPenetapanDip(c.get('ctx').db);
  if (!p) throw errors.notFound();
  return pdfResponse(c, await letter(c, p), fileName(p));
});
