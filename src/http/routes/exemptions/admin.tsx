// Back office of consequence tests (mounted at /admin/uji-konsekuensi): the list, the form, one test with
// its actions, the penetapan PDF, and the expiry reviews. Each handler parses the form, makes one domain
// call and redirects (303), or shows the page again with the messages (409/422).
import { catalogueMessages } from '../../../i18n/catalogue.js';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { listReadableItems } from '../../../domain/classified/items.js';
import { listEntries } from '../../../domain/dip/list-dip-entries.js';
import { draftTest, updateTest, type DraftInput } from '../../../domain/exemptions/draft-test.js';
import { groundCode } from '../../../domain/exemptions/grounds.js';
import { splitLegalBasis } from '../../../domain/exemptions/input.js';
import { renderPenetapan } from '../../../letters/penetapan-letter.js';
import { getTest, listTests, ZTestFilter } from '../../../domain/exemptions/queries.js';
import { extendByReview, listReviews, releaseByReview } from '../../../domain/exemptions/reviews.js';
import { decideTest, reviewTest, submitTest } from '../../../domain/exemptions/workflow.js';
import { disposedUnits, loadRequest } from '../../../domain/requests/case.js';
import { listUnits } from '../../../domain/units/units.js';
import { AppError, errors } from '../../../errors.js';
import { authorize, can } from '../../../policies/index.js';
import type { View } from '../../components/layout.js';
import { fieldErrorsOf, readForm, str, view, type FormValues } from '../../forms.js';
import { ReviewsPage } from '../../pages/exemptions/reviews.js';
import { TestDetailPage, type ActionForm } from '../../pages/exemptions/detail.js';
import { TestFormPage, type TestFormProps } from '../../pages/exemptions/form.js';
import { TestListPage } from '../../pages/exemptions/list.js';
import type { Env } from '../../types.js';
import { pdfResponse } from '../../pdf-response.js';

export const exemptionAdminRoutes = new Hono<Env>();
type C = Context<Env>;

const NOTICES: Record<string, [string, string]> = {
  saved: ['Draf uji konsekuensi disimpan.', 'The draft consequence test was saved.'],
  submitted: ['Diajukan ke PPID Utama; PPID Utama diberi tahu lewat email.', 'Submitted to the lead PPID, who was told by email.'],
  forwarded: ['Diteruskan ke Atasan PPID untuk ditetapkan.', 'Forwarded to the superior for decision.'],
  returned: ['Dikembalikan kepada pengusul dengan catatan.', 'Returned to the drafter with a note.'],
  approved: ['Ditetapkan; nomor dan surat penetapan telah dibuat.', 'Approved; the number and the decision letter were produced.'],
  rejected: ['Uji konsekuensi ditolak.', 'The consequence test was rejected.'],
  extension: ['Draf uji konsekuensi perpanjangan dibuat untuk unit.', 'A draft extension test was made for the agency.'],
  released: ['Informasi dibuka; draf entri DIP dibuat untuk unitnya.', 'The information was opened; a DIP draft was made for its agency.'],
};

function noticeView(c: C): View {
  const v = view(c);
  const n = NOTICES[c.req.query('ok') ?? ''];
  return { ...v, notice: v.notice ?? (n ? (v.locale === 'en' ? n[1] : n[0]) : undefined) };
}

const FIELDS = [
  'source',
  'itemTitle',
  'itemDescription',
  'securityLevel',
  'itemId',
  'dipEntryId',
  'requestId',
  'moment',
  'unitId',
  'groundCode',
  'legalRegulation',
  'legalArticle',
  'withheldInformation',
  'harm',
  'publicInterest',
  'partial',
  'releasedPart',
  'periodStart',
  'periodEnd',
  'acknowledgeLongPeriod',
  'publicTitle',
  'publicSummary',
] as const;

const formValues = (f: FormValues): Record<string, string> => Object.fromEntries(FIELDS.map((k) => [k, str(f, k)]));

/** What the form offers the actor: units (PPID Utama), readable items, DIP entries, the request. */
async function formOptions(c: C, requestId?: string): Promise<Omit<TestFormProps, 'v' | 'mode' | 'values'>> {
  const ctx = c.get('ctx');
  const actor = ctx.actor;
  const units = can(actor, 'exemption.review') ? (await listUnits(ctx)).filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })) : null;
  let request: TestFormProps['request'] = null;
  if (requestId) {
    const r = await loadRequest(ctx.db, requestId);
    authorize(actor, 'request.view', { disposedTo: await disposedUnits(ctx.db, r.id) });
    request = { id: r.id, number: r.number, details: r.details };
  }
  const items = can(actor, 'classified.list')
    ? (await listReadableItems(ctx, { limit: 300 })).filter((i) => i.status === 'active').map((i) => ({ id: i.id, number: i.number, title: i.title }))
    : [];
  const dip = (await listEntries(ctx, { page: 1 }, 500)).items.map((e) => ({ id: e.id, number: e.number, title: e.title }));
  return { units, request, items, dipEntries: dip };
}

// --- list -------------------------------------------------------------------------------------------

exemptionAdminRoutes.get('/', async (c) => {
  const ctx = c.get('ctx');
  const filter = ZTestFilter.parse(c.req.query());
  const { rows, counts, total } = await listTests(ctx, filter);
  const units =
    can(ctx.actor, 'exemption.review') || can(ctx.actor, 'exemption.decide') ? (await listUnits(ctx)).map((u) => ({ id: u.id, name: u.name })) : null;
  return c.html(
    <TestListPage
      v={noticeView(c)}
      rows={rows}
      counts={counts}
      total={total}
      filter={filter}
      units={units}
      mayDraft={can(ctx.actor, 'exemption.draft', { unitId: ctx.actor.kind === 'user' ? ctx.actor.unitId : null })}
      mayReviews={can(ctx.actor, 'exemption.review') || can(ctx.actor, 'exemption.expiry')}
    />,
  );
});

// --- new --------------------------------------------------------------------------------------------

const ZRequestParam = z.uuid().optional().catch(undefined);

exemptionAdminRoutes.get('/baru', async (c) => {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'exemption.draft', { unitId: ctx.actor.kind === 'user' ? ctx.actor.unitId : null });
  const requestId = ZRequestParam.parse(c.req.query('permohonan'));
  const options = await formOptions(c, requestId);
  const values: Record<string, string> = { source: requestId ? 'permohonan' : 'baru', moment: requestId ? 'saat_permohonan' : 'proaktif', partial: 'tidak' };
  return c.html(<TestFormPage v={view(c)} mode="new" values={values} {...options} />);
});

exemptionAdminRoutes.post('/', async (c) => {
  const ctx = c.get('ctx');
  const f = await readForm(c);
  const values = formValues(f);
  try {
    const test = await draftTest(ctx, values as DraftInput);
    return c.redirect(`/admin/uji-konsekuensi/${test.id}?ok=saved`, 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (!errors) throw err;
    const requestId = values.source === 'permohonan' ? ZRequestParam.parse(values.requestId) : undefined;
    return c.html(<TestFormPage v={view(c)} mode="new" values={values} errors={errors} {...await formOptions(c, requestId)} />, 422);
  }
});

// --- reviews (before /:id) --------------------------------------------------------------------------

async function reviewsPage(
  c: C,
  status: 200 | 409 | 422 = 200,
  extras: { errors?: Record<string, string>; message?: string; typed?: Record<string, string> } = {},
) {
  const ctx = c.get('ctx');
  const all = c.req.query('semua') === '1';
  const rows = await listReviews(ctx, { all });
  return c.html(<ReviewsPage v={noticeView(c)} rows={rows} all={all} mayDecide={can(ctx.actor, 'exemption.expiry')} {...extras} />, status);
}

exemptionAdminRoutes.get('/peninjauan', (c) => reviewsPage(c));

exemptionAdminRoutes.post('/peninjauan/:id/perpanjang', async (c) => {
  try {
    const fresh = await extendByReview(c.get('ctx'), c.req.param('id'));
    return c.redirect(`/admin/uji-konsekuensi/${fresh.id}?ok=extension`, 303);
  } catch (err) {
    if (err instanceof AppError && err.status === 409) return reviewsPage(c, 409, { message: err.message_(c.get('locale')) });
    throw err;
  }
});

exemptionAdminRoutes.post('/peninjauan/:id/buka', async (c) => {
  const id = c.req.param('id');
  const f = await readForm(c);
  const reason = str(f, `reason-${id}`);
  try {
    await releaseByReview(c.get('ctx'), id, { reason });
    return c.redirect('/admin/uji-konsekuensi/peninjauan?ok=released', 303);
  } catch (err) {
    if (!(err instanceof AppError) || (err.status !== 409 && err.status !== 422)) throw err;
    const fields = fieldErrorsOf(err, c.get('locale'));
    return reviewsPage(c, err.status, {
      errors: fields?.reason ? { [`reason-${id}`]: fields.reason } : undefined,
      message: fields ? undefined : err.message_(c.get('locale')),
      typed: { [`reason-${id}`]: reason },
    });
  }
});

// --- one test ---------------------------------------------------------------------------------------

async function detail(
  c: C,
  id: string,
  status: 200 | 409 | 422 = 200,
  extras: { form?: ActionForm; errors?: Record<string, string>; message?: string; typed?: Record<string, string> } = {},
) {
  const t = await getTest(c.get('ctx'), id);
  return c.html(<TestDetailPage v={noticeView(c)} t={t} {...extras} />, status);
}

exemptionAdminRoutes.get('/:id', (c) => detail(c, c.req.param('id')));

exemptionAdminRoutes.get('/:id/ubah', async (c) => {
  const ctx = c.get('ctx');
  const t = await getTest(ctx, c.req.param('id'));
  if (!t.may.editor || !t.internals) throw errors.forbidden();
  if (!t.may.edit) {
    throw new AppError('exemption_wrong_state', 409, catalogueMessages('exemptions.admin.consequence_test_under_review_decided'));
  }
  const legal = splitLegalBasis(t.test.legalBasis);
  const values: Record<string, string> = {
    moment: t.test.moment,
    unitId: t.test.unitId,
    groundCode: groundCode(t.test.ground, t.test.subpoint),
    legalRegulation: legal.regulation,
    legalArticle: legal.article,
    withheldInformation: t.internals!.withheldInformation,
    harm: t.internals!.harm,
    publicInterest: t.internals!.publicInterest,
    partial: t.test.partial ? 'ya' : 'tidak',
    releasedPart: t.internals!.releasedPart,
    periodStart: t.test.periodStart,
    periodEnd: t.test.periodEnd ?? '',
    publicTitle: t.test.publicTitle,
    publicSummary: t.test.publicSummary,
  };
  const units = can(ctx.actor, 'exemption.review') ? (await listUnits(ctx)).filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })) : null;
  return c.html(
    <TestFormPage
      v={view(c)}
      mode="edit"
      testId={t.test.id}
      itemNumber={t.item.number}
      returnNote={t.test.status === 'returned' ? t.internals!.note : undefined}
      values={values}
      units={units}
      request={null}
    />,
  );
});

exemptionAdminRoutes.post('/:id', async (c) => {
  const ctx = c.get('ctx');
  const id = c.req.param('id');
  const values = formValues(await readForm(c));
  try {
    await updateTest(ctx, id, values);
    return c.redirect(`/admin/uji-konsekuensi/${id}?ok=saved`, 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (err instanceof AppError && err.status === 409) return detail(c, id, 409, { message: err.message_(c.get('locale')) });
    if (!errors) throw err;
    const t = await getTest(ctx, id);
    const units = can(ctx.actor, 'exemption.review') ? (await listUnits(ctx)).filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })) : null;
    return c.html(
      <TestFormPage v={view(c)} mode="edit" testId={id} itemNumber={t.item.number} values={values} errors={errors} units={units} request={null} />,
      422,
    );
  }
});

/** One workflow action: call the domain, redirect; a refusal the officer can act on shows the page again. */
function action(path: string, form: ActionForm, run: (c: C, id: string, f: FormValues) => Promise<string>) {
  exemptionAdminRoutes.post(`/:id/${path}`, async (c) => {
    const id = c.req.param('id');
    const f = await readForm(c);
    let ok: string;
    try {
      ok = await run(c, id, f);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 409 && err.status !== 422)) throw err;
      const locale = c.get('locale');
      const errors = fieldErrorsOf(err, locale) ?? undefined;
      const typed = Object.fromEntries(Object.keys(f).map((k) => [k, str(f, k)]));
      return detail(c, id, err.status, { form, errors, typed, message: errors ? undefined : err.message_(locale) });
    }
    return c.redirect(`/admin/uji-konsekuensi/${id}?ok=${ok}`, 303);
  });
}

action('ajukan', 'submit', async (c, id) => {
  await submitTest(c.get('ctx'), id);
  return 'submitted';
});
action('periksa', 'review', async (c, id, f) => {
  const what = str(f, 'action') === 'return' ? 'return' : 'forward';
  await reviewTest(c.get('ctx'), id, what, { note: str(f, 'note') });
  return what === 'return' ? 'returned' : 'forwarded';
});
action('putusan', 'decide', async (c, id, f) => {
  const t = await decideTest(c.get('ctx'), id, { decision: str(f, 'decision'), reasons: str(f, 'reasons') });
  return t.status === 'approved' ? 'approved' : t.status === 'rejected' ? 'rejected' : 'returned';
});

exemptionAdminRoutes.get('/:id/penetapan.pdf', async (c) => {
  const { pdf, filename } = await renderPenetapan(c.get('ctx'), c.req.param('id'));
  return pdfResponse(c, pdf, filename);
});
