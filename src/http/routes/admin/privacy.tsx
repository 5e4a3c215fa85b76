// Back-office route of the retention setting (a form on the body profile page).
import { Hono } from 'hono';
import { getPublicBody } from '../../../domain/org/public-body.js';
import { retentionStatus, setRequestRetention } from '../../../domain/privacy/retention.js';
import { authorize } from '../../../policies/index.js';
import { fieldErrorsOf, readForm, str, view } from '../../forms.js';
import { OrgPage } from '../../pages/admin/org.js';
import type { Env } from '../../types.js';

export const privacyAdminRoutes = new Hono<Env>();

privacyAdminRoutes.post('/badan-publik/retensi', async (c) => {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'org.manage');
  const years = str(await readForm(c), 'years');
  try {
    await setRequestRetention(ctx, { years });
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (!fields) throw err;
    const values = (await getPublicBody(ctx.db)) ?? {};
    return c.html(<OrgPage v={view(c)} values={values} retention={await retentionStatus(ctx)} retentionError={fields.years} retentionTyped={years} />, 422);
  }
  return c.redirect('/admin/badan-publik?ok=common.saved#retensi', 303);
});
