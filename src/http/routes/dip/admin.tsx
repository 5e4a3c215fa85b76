// Back-office routes of the DIP catalog: list, entry form, detail with workflow actions, review queue.
// Each handler parses the form, makes one domain call and renders or redirects (303).
import { messageRef } from '../../../i18n/catalogue.js';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { approveEntries, approveEntry } from '../../../domain/dip/approve-dip-entries.js';
import { confirmPersonalData, ZPersonalDataReason } from '../../../domain/dip/confirm-personal-data.js';
import { createDraft } from '../../../domain/dip/create-dip-draft.js';
import { getEntry } from '../../../domain/dip/get-dip-entry.js';
import { listEntries, ZEntryFilter, type EntryFilter } from '../../../domain/dip/list-dip-entries.js';
import { reviewQueue } from '../../../domain/dip/list-dip-review-queue.js';
import { publishImmediately } from '../../../domain/dip/publish-dip-entry.js';
import { returnEntry, ZReturnNote } from '../../../domain/dip/return-dip-entry.js';
import { submitEntries } from '../../../domain/dip/submit-dip-entries.js';
import { unpublishEntry, ZUnpublish } from '../../../domain/dip/unpublish-dip-entry.js';
import { updateEntry } from '../../../domain/dip/update-dip-entry.js';
import { getUnit, listUnits } from '../../../domain/units/units.js';
import { authorize, can } from '../../../policies/index.js';
import type { FieldErrors } from '../../components/form.js';
import type { View } from '../../components/layout.js';
import { fieldErrorsOf, list, readForm, str, view, type FormValues } from '../../forms.js';
import { DipDetailPage } from '../../pages/dip/detail.js';
import { DipFormPage, EMPTY_FORM, formValuesOf, type DipFormValues } from '../../pages/dip/form.js';
import { DipListPage, filterQuery } from '../../pages/dip/list.js';
import { DipReviewPage } from '../../pages/dip/review.js';
import { dipNotice, type EntryDetail } from '../../pages/dip/shared.js';
import type { Env } from '../../types.js';
import { formValues, issuesToFields, message, parseEntry, refusal } from './admin-form.js';

export const dipAdminRoutes = new Hono<Env>();

const PAGE_SIZE = 25;

type C = Context<Env>;

/** The page frame, with this area's own notices after a redirect (?ok=...&n=...). */
function dipView(c: C): View {
  const v = view(c);
  return { ...v, notice: v.notice ?? dipNotice(v, c.req.query('ok'), Number(c.req.query('n')) || 1) };
}

/** Ids ticked in a list: `ids` (and `ids[]`, as some clients name arrays). */
const idsOf = (f: FormValues) => [...list(f, 'ids'), ...list(f, 'ids[]')];

// --- who may create, and for which unit ----------------------------------------------------------------

/** The PPID Utama may draft for any unit; a PPID Pembantu only for its own. */
function createScope(c: C): { chooseUnit: boolean; ownUnit: string | null } {
  const a = c.get('actor');
  const own = a.kind === 'user' ? a.unitId : null;
  if (can(a, 'dip.edit', {})) return { chooseUnit: true, ownUnit: own };
  return { chooseUnit: false, ownUnit: own && can(a, 'dip.edit', { unitId: own }) ? own : null };
}

async function createContext(c: C) {
  const ctx = c.get('ctx');
  const scope = createScope(c);
  if (scope.chooseUnit) return { scope, create: { units: (await listUnits(ctx)).filter((u) => u.active), unitName: null } };
  authorize(ctx.actor, 'dip.edit', { unitId: scope.ownUnit });
  return { scope, create: { units: null, unitName: (await getUnit(ctx, scope.ownUnit!)).name } };
}

// --- list and submit-many ------------------------------------------------------------------------------

async function renderList(c: C, filter: EntryFilter, problem?: { status: 409 | 422; message: string }) {
  const ctx = c.get('ctx');
  const actor = c.get('actor');
  const { items, total } = await listEntries(ctx, filter, PAGE_SIZE);
  const units = can(actor, 'units.list') ? await listUnits(ctx) : null;
  const submittable = new Set(
    items.filter((e) => (e.status === 'draft' || e.status === 'returned') && can(actor, 'dip.edit', { unitId: e.unitId })).map((e) => e.id),
  );
  const { chooseUnit, ownUnit } = createScope(c);
  const page = (
    <DipListPage
      v={dipView(c)}
      items={items}
      total={total}
      pageSize={PAGE_SIZE}
      filter={filter}
      units={units}
      canCreate={chooseUnit || !!ownUnit}
      submittable={submittable}
      message={problem?.message}
    />
  );
  return problem ? c.html(page, problem.status) : c.html(page);
}

dipAdminRoutes.get('/', async (c) => renderList(c, ZEntryFilter.parse(c.req.query())));

dipAdminRoutes.post('/ajukan', async (c) => {
  const form = await readForm(c);
  const filter = ZEntryFilter.parse(Object.fromEntries(new URLSearchParams(str(form, 'back'))));
  const ids = idsOf(form);
  try {
    const done = await submitEntries(c.get('ctx'), ids);
    const q = filterQuery(filter);
    return c.redirect(`/admin/dip?${q ? `${q}&` : ''}ok=submitted&n=${done.length}`, 303);
  } catch (err) {
    const r = refusal(err, c.get('locale'));
    if (!r) throw err;
    return renderList(c, filter, { status: r.status, message: r.fields?.ids ?? r.message });
  }
});

// --- new entry -----------------------------------------------------------------------------------------

dipAdminRoutes.get('/baru', async (c) => {
  const { scope, create } = await createContext(c);
  return c.html(<DipFormPage v={dipView(c)} values={{ ...EMPTY_FORM, unitId: scope.ownUnit ?? '', holder: create.unitName ?? '' }} create={create} />);
});

dipAdminRoutes.post('/', async (c) => {
  const { scope, create } = await createContext(c);
  const values = formValues(await readForm(c));
  const unitId = scope.chooseUnit ? values.unitId : scope.ownUnit!;
  const locale = c.get('locale');
  const parsed = parseEntry(values, locale);
  const unitError: FieldErrors =
    scope.chooseUnit && !z.uuid().safeParse(unitId).success ? { unitId: message(messageRef('dip.choose_agency_owns_entry'), locale) } : {};
  const invalid = (errors: FieldErrors) => c.html(<DipFormPage v={dipView(c)} values={values} errors={errors} create={create} />, 422);
  if (!parsed.ok || unitError.unitId) return invalid({ ...unitError, ...(parsed.ok ? {} : parsed.errors) });
  try {
    const entry = await createDraft(c.get('ctx'), unitId, parsed.data);
    return c.redirect(`/admin/dip/${entry.id}?ok=created`, 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, locale);
    if (errors) return invalid(errors);
    throw err;
  }
});

// --- review queue (before /:id) ------------------------------------------------------------------------

async function renderQueue(c: C, problem?: { status: 409 | 422; message: string }) {
  const ctx = c.get('ctx');
  const page = <DipReviewPage v={dipView(c)} items={await reviewQueue(ctx)} now={ctx.clock.now()} message={problem?.message} />;
  return problem ? c.html(page, problem.status) : c.html(page);
}

dipAdminRoutes.get('/tinjauan', async (c) => renderQueue(c));

dipAdminRoutes.post('/tinjauan/setujui', async (c) => {
  authorize(c.get('actor'), 'dip.review');
  const ids = idsOf(await readForm(c));
  if (ids.length === 0)
    return renderQueue(c, {
      status: 422,
      message: c.get('locale') === 'en' ? 'Tick at least one entry to approve.' : 'Centang minimal satu entri untuk disetujui.',
    });
  try {
    const done = await approveEntries(c.get('ctx'), ids);
    return c.redirect(`/admin/dip/tinjauan?ok=approved&n=${done.length}`, 303);
  } catch (err) {
    const r = refusal(err, c.get('locale'));
    if (!r) throw err;
    return renderQueue(c, r);
  }
});

// --- one entry -----------------------------------------------------------------------------------------

type DetailExtras = { errors?: FieldErrors; typed?: { note?: string; reason?: string; personalDataReason?: string }; message?: string };

async function renderDetail(c: C, id: string, status: 200 | 409 | 422 = 200, extras: DetailExtras = {}) {
  const d = await getEntry(c.get('ctx'), id);
  return c.html(<DipDetailPage v={dipView(c)} d={d} errors={extras.errors} typed={extras.typed} message={extras.message} />, status);
}

dipAdminRoutes.get('/:id', async (c) => renderDetail(c, c.req.param('id')));

function renderEdit(c: C, d: EntryDetail, values: DipFormValues, status: 200 | 409 | 422, errors?: FieldErrors, msg?: string) {
  return c.html(<DipFormPage v={dipView(c)} values={values} errors={errors} message={msg} entry={d} />, status);
}

dipAdminRoutes.get('/:id/ubah', async (c) => {
  const d = await getEntry(c.get('ctx'), c.req.param('id'));
  authorize(c.get('actor'), 'dip.edit', { unitId: d.entry.unitId });
  if (!d.canEdit) {
    const msg =
      c.get('locale') === 'en'
        ? 'This entry is being reviewed by the lead PPID and cannot be edited now.'
        : 'Entri ini sedang diperiksa PPID Utama, sehingga belum dapat diubah.';
    return c.html(<DipDetailPage v={dipView(c)} d={d} message={msg} />, 409);
  }
  return renderEdit(c, d, formValuesOf(d.working, d.entry.unitId), 200);
});

dipAdminRoutes.post('/:id', async (c) => {
  const ctx = c.get('ctx');
  const d = await getEntry(ctx, c.req.param('id'));
  authorize(ctx.actor, 'dip.edit', { unitId: d.entry.unitId });
  const values = formValues(await readForm(c));
  const parsed = parseEntry(values, c.get('locale'));
  if (!parsed.ok) return renderEdit(c, d, values, 422, parsed.errors);
  try {
    await updateEntry(ctx, d.entry.id, parsed.data);
    return c.redirect(`/admin/dip/${d.entry.id}?ok=saved`, 303);
  } catch (err) {
    const r = refusal(err, c.get('locale'));
    if (!r) throw err;
    return renderEdit(c, d, values, r.status, r.fields ?? undefined, r.message);
  }
});

/** A workflow step without input: one domain call, then back to the entry with a notice. */
function step(path: string, run: (c: C, id: string) => Promise<unknown>, ok: string) {
  dipAdminRoutes.post(`/:id/${path}`, async (c) => {
    const id = c.req.param('id');
    try {
      await run(c, id);
    } catch (err) {
      const r = refusal(err, c.get('locale'));
      if (!r) throw err;
      return renderDetail(c, id, r.status, { message: r.message });
    }
    return c.redirect(`/admin/dip/${id}?ok=${ok}`, 303);
  });
}

step('ajukan', (c, id) => submitEntries(c.get('ctx'), [id]), 'submitted');

step('setujui', (c, id) => approveEntry(c.get('ctx'), id), 'approved');

step('terbitkan-langsung', (c, id) => publishImmediately(c.get('ctx'), id), 'published');

dipAdminRoutes.post('/:id/kembalikan', async (c) => {
  const id = c.req.param('id');
  authorize(c.get('actor'), 'dip.review');
  const note = str(await readForm(c), 'note');
  const parsed = ZReturnNote.safeParse({ note });
  if (!parsed.success) return renderDetail(c, id, 422, { errors: issuesToFields(parsed.error.issues, c.get('locale')), typed: { note } });
  try {
    await returnEntry(c.get('ctx'), id, parsed.data.note);
  } catch (err) {
    const r = refusal(err, c.get('locale'));
    if (!r) throw err;
    return renderDetail(c, id, r.status, { message: r.message, typed: { note } });
  }
  return c.redirect(`/admin/dip/${id}?ok=returned`, 303);
});

dipAdminRoutes.post('/:id/data-pribadi', async (c) => {
  const id = c.req.param('id');
  const d = await getEntry(c.get('ctx'), id);
  if (!can(c.get('actor'), 'dip.review') && !can(c.get('actor'), 'dip.edit', { unitId: d.entry.unitId })) authorize(c.get('actor'), 'dip.review');
  const reason = str(await readForm(c), 'personalDataReason');
  const parsed = ZPersonalDataReason.safeParse({ reason });
  if (!parsed.success) {
    const errs = Object.fromEntries(Object.values(issuesToFields(parsed.error.issues, c.get('locale'))).map((m) => ['personalDataReason', m]));
    return renderDetail(c, id, 422, { errors: errs, typed: { personalDataReason: reason } });
  }
  try {
    await confirmPersonalData(c.get('ctx'), id, parsed.data.reason);
  } catch (err) {
    const r = refusal(err, c.get('locale'));
    if (!r) throw err;
    return renderDetail(c, id, r.status, { message: r.message, typed: { personalDataReason: reason } });
  }
  return c.redirect(`/admin/dip/${id}`, 303);
});

dipAdminRoutes.post('/:id/tarik', async (c) => {
  const id = c.req.param('id');
  authorize(c.get('actor'), 'dip.review');
  const reason = str(await readForm(c), 'reason');
  const parsed = ZUnpublish.safeParse({ reason });
  if (!parsed.success) return renderDetail(c, id, 422, { errors: issuesToFields(parsed.error.issues, c.get('locale')), typed: { reason } });
  try {
    await unpublishEntry(c.get('ctx'), id, parsed.data.reason);
  } catch (err) {
    const r = refusal(err, c.get('locale'));
    if (!r) throw err;
    return renderDetail(c, id, r.status, { message: r.message, typed: { reason } });
  }
  return c.redirect(`/admin/dip/${id}?ok=unpublished`, 303);
});
