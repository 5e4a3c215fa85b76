// Back office of objections (mounted at /admin/keberatan): the register, one objection, the Atasan PPID's
// decision and the response letter.
import { Hono } from 'hono';
import { decideObjection, getObjection, listObjections } from '../../domain/objections/objections.js';
import { getPublicBody } from '../../domain/org/public-body.js';
import { AppError, errors } from '../../errors.js';
import { loadLetterhead } from '../../letters/letterhead.js';
import { objectionResponsePdf } from '../../letters/objection-response.js';
import { fieldErrorsOf, readForm, str, view } from '../forms.js';
import { ObjectionPage, ObjectionRegisterPage } from '../pages/admin/objections.js';
import type { Env } from '../types.js';
import { pdfResponse } from './requests.js';

export const objectionAdminRoutes = new Hono<Env>();

objectionAdminRoutes.get('/', async (c) => c.html(<ObjectionRegisterPage v={view(c)} rows={await listObjections(c.get('ctx'))} />));

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
  return pdfResponse(
    c,
    await objectionResponsePdf(await loadLetterhead(ctx, await getPublicBody(ctx.db)), objection, request),
    `tanggapan-keberatan-${objection.number}`,
  );
});
