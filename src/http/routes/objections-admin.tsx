// Back office of objections (mounted at /admin/keberatan): the register per year (page and xlsx), one
// objection, the Atasan PPID's decision and the response letter.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { dateInZone } from '../../domain/calendar/dates.js';
import { decideObjection, getObjection } from '../../domain/objections/objections.js';
import { objectionRegister, objectionRegisterXlsx } from '../../domain/objections/register.js';
import { AppError, errors } from '../../errors.js';
import { renderObjectionResponse } from '../../domain/objections/response-letter.js';
import { fieldErrorsOf, readForm, str, view } from '../forms.js';
import { ObjectionPage, ObjectionRegisterPage } from '../pages/admin/objections.js';
import type { Env } from '../types.js';
import { downloadHeaders, streamResponse, XLSX_TYPE } from './dip-exports.js';
import { pdfResponse } from './requests.js';

export const objectionAdminRoutes = new Hono<Env>();

const ZYear = z.coerce.number().int().min(2000).max(2100);
function registerYear(c: Context<Env>): number {
  const y = ZYear.safeParse(c.req.query('tahun'));
  return y.success ? y.data : Number(dateInZone(c.get('ctx').clock.now(), c.get('body')?.timeZone ?? 'Asia/Jakarta').date.slice(0, 4));
}

objectionAdminRoutes.get('/', async (c) => {
  const year = registerYear(c);
  return c.html(<ObjectionRegisterPage v={view(c)} year={year} rows={await objectionRegister(c.get('ctx'), year)} />);
});

objectionAdminRoutes.get('/register.xlsx', async (c) => {
  const year = registerYear(c);
  const rows = await objectionRegister(c.get('ctx'), year);
  const body = c.get('body');
  const xlsx = await objectionRegisterXlsx(rows, { year, bodyName: body?.name ?? '', timeZone: body?.timeZone ?? 'Asia/Jakarta' });
  return streamResponse(xlsx, downloadHeaders(XLSX_TYPE, `register-keberatan-${year}.xlsx`, 'no-store'));
});

objectionAdminRoutes.get('/:id', async (c) => {
  const { objection, request } = await getObjection(c.get('ctx'), c.req.param('id'));
  return c.html(<ObjectionPage v={view(c)} objection={objection} request={request} />);
});

objectionAdminRoutes.post('/:id/putusan', async (c) => {
  const ctx = c.get('ctx');
  const form = await readForm(c);
  const values = { decision: str(form, 'decision'), reasons: str(form, 'reasons'), followUp: str(form, 'followUp') };
  try {
    await decideObjection(ctx, c.req.param('id'), values as never);
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (fields || (err instanceof AppError && err.code === 'objection_not_allowed')) {
      const { objection, request } = await getObjection(ctx, c.req.param('id'));
      const message = fields ? undefined : (err as AppError).message_(c.get('locale'));
      return c.html(
        <ObjectionPage v={view(c)} objection={objection} request={request} values={values} errors={fields ?? undefined} message={message} />,
        fields ? 422 : 409,
      );
    }
    throw err;
  }
  return c.redirect(`/admin/keberatan/${c.req.param('id')}?ok=common.saved`, 303);
});

objectionAdminRoutes.get('/:id/surat.pdf', async (c) => {
  const ctx = c.get('ctx');
  const { objection, request } = await getObjection(ctx, c.req.param('id'));
  if (objection.status !== 'decided') throw errors.notFound();
  return pdfResponse(c, await renderObjectionResponse(ctx, objection, request), `tanggapan-keberatan-${objection.number}`);
});
