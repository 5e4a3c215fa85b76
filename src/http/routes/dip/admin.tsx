// Back-office routes of the DIP catalog: list, entry form, detail with workflow actions, review queue.
// Each handler parses the form, makes one domain call and renders or redirects (303).
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { ZDipInput, splitList } from '../../../domain/dip/input.js';
import { SUBTYPES } from '../../../domain/dip/subtypes.js';
import {
  approveEntries,
  approveEntry,
  createDraft,
  getEntry,
  listEntries,
  publishImmediately,
  returnEntry,
  reviewQueue,
  confirmPersonalData,
  ZPersonalDataReason,
  submitEntries,
  unpublishEntry,
  updateEntry,
  ZEntryFilter,
  ZReturnNote,
  ZUnpublish,
  type EntryFilter,
} from '../../../domain/dip/workflow.js';
import { getUnit, listUnits } from '../../../domain/units/units.js';
import { AppError } from '../../../errors.js';
import { validationMessage } from '../../../i18n/validation.js';
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

export const dipAdminRoutes = new Hono<Env>();

const PAGE_SIZE = 25;

type C = Context<Env>;

/** The page frame, with this area's own notices after a redirect (?ok=...&n=...). */
function dipView(c: C): View {
  const v = view(c);
  return { ...v, notice: v.notice ?? dipNotice(v, c.req.query('ok'), Number(c.req.query('n')) || 1) };
}

// --- input ---------------------------------------------------------------------------------------------

// The DIP schemas speak Indonesian; these are their English versions for officers who chose English.
const EN: Record<string, string> = {
  'Judul informasi wajib diisi (minimal 5 karakter).': 'The title is required (at least 5 characters).',
  'Ringkasan isi informasi wajib diisi (minimal 10 karakter).': 'The summary is required (at least 10 characters).',
  'Pilih kategori: berkala, serta-merta, atau setiap saat.': 'Choose a category: periodic, immediate or at any time.',
  'Jenis informasi tidak dikenal.': 'Choose a type of information.',
  'Penanggung jawab pembuatan informasi wajib diisi.': 'Say who is responsible for making the information.',
  'Bentuk informasi: tercetak atau terekam.': 'Form: printed or recorded.',
  'Pilih minimal satu bentuk informasi (tercetak/terekam).': 'Choose at least one form (printed/recorded).',
  'Jangka waktu penyimpanan (retensi) wajib diisi.': 'The retention period is required.',
  'Tahun harus angka, mis. 2025.': 'The year must be a number, e.g. 2025.',
  'Tahun tidak masuk akal (minimal 1945).': 'That year is not plausible (1945 at the earliest).',
  'Tahun tidak masuk akal (maksimal 2100).': 'That year is not plausible (2100 at the latest).',
  'Maksimal 20 kata kunci.': 'At most 20 keywords.',
  'Tautan harus URL lengkap (https://...).': 'A link must be a full address (https://...).',
  'Tuliskan catatan perbaikan untuk PPID Pembantu (minimal 5 karakter).': 'Write a note for the agency (at least 5 characters).',
  'Tuliskan alasan penarikan dari portal (minimal 10 karakter).': 'Give the reason for withdrawing it (at least 10 characters).',
  'Jenis informasi ini tidak cocok dengan kategori yang dipilih. Pilih jenis dari kelompok yang sesuai dengan kategorinya.':
    'This type does not fit the chosen category. Choose a type from a group that fits the category.',
  'Pilih unit pemilik entri.': 'Choose the agency that owns the entry.',
  'Pilih jenis informasi.': 'Choose a type of information.',
};

function message(m: string, locale: string): string {
  if (locale !== 'en') return m;
  const max = /^Maksimal (\d+) karakter\.$/.exec(m);
  if (max) return `At most ${max[1]} characters.`;
  return EN[m] ?? validationMessage(m, locale);
}

/** zod issues as one message per form field; a bad link names its line. */
function issuesToFields(issues: z.core.$ZodIssue[], locale: string): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_');
    const line = key === 'links' && typeof issue.path[1] === 'number' ? issue.path[1] + 1 : null;
    const text = message(issue.message, locale);
    out[key] ??= line ? (locale === 'en' ? `Line ${line}: ${text}` : `Baris ${line}: ${text}`) : text;
  }
  return out;
}

const subtypeFits = new Map(SUBTYPES.map((s) => [s.code, s.categories as string[]]));

// The form groups sub-types by category; without JavaScript nothing stops a mismatch, so it is checked here.
const ZDipForm = ZDipInput.superRefine((d, ctx) => {
  const fits = subtypeFits.get(d.subtype);
  if (fits && !fits.includes(d.category)) {
    ctx.addIssue({
      code: 'custom',
      path: ['subtype'],
      message: 'Jenis informasi ini tidak cocok dengan kategori yang dipilih. Pilih jenis dari kelompok yang sesuai dengan kategorinya.',
    });
  }
});

const formValues = (f: FormValues): DipFormValues => ({
  unitId: str(f, 'unitId'),
  title: str(f, 'title'),
  summary: str(f, 'summary'),
  category: str(f, 'category'),
  subtype: str(f, 'subtype'),
  holder: str(f, 'holder'),
  responsible: str(f, 'responsible'),
  madeWhen: str(f, 'madeWhen'),
  madePlace: str(f, 'madePlace'),
  forms: list(f, 'forms'),
  formats: str(f, 'formats'),
  retention: str(f, 'retention'),
  year: str(f, 'year'),
  periodLabel: str(f, 'periodLabel'),
  tags: str(f, 'tags'),
  links: str(f, 'links'),
});

/** "Label | https://..." per line; a line without a label uses the address as its label. */
function parseLinks(text: string): { label: string; url: string }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const i = l.lastIndexOf('|');
      const url = (i < 0 ? l : l.slice(i + 1)).trim();
      const label = i < 0 ? '' : l.slice(0, i).trim();
      return { label: label || url, url };
    });
}

function parseEntry(v: DipFormValues, locale: string) {
  const year = v.year.trim();
  const r = ZDipForm.safeParse({
    title: v.title,
    summary: v.summary,
    category: v.category,
    subtype: v.subtype,
    holder: v.holder,
    responsible: v.responsible,
    madeWhen: v.madeWhen,
    madePlace: v.madePlace,
    forms: v.forms,
    formats: splitList(v.formats),
    retention: v.retention,
    year: year === '' ? null : /^\d{1,4}$/.test(year) ? Number(year) : Number.NaN,
    periodLabel: v.periodLabel,
    tags: splitList(v.tags),
    links: parseLinks(v.links),
  });
  if (r.success) return { ok: true, data: r.data } as const;
  const errors = issuesToFields(r.error.issues, locale);
  // "Unknown type" reads oddly when nothing was chosen yet.
  if (errors.subtype && v.subtype === '') errors.subtype = message('Pilih jenis informasi.', locale);
  return { ok: false, errors } as const;
}

/** Ids ticked in a list: `ids` (and `ids[]`, as some clients name arrays). */
const idsOf = (f: FormValues) => [...list(f, 'ids'), ...list(f, 'ids[]')];

/**
 * A domain refusal the officer can act on (wrong state, validation) as a message for the page;
 * anything else (403, 404, bugs) goes to the app's error handler.
 */
function refusal(err: unknown, locale: string): { status: 409 | 422; message: string; fields: FieldErrors | null } | null {
  if (err instanceof AppError && (err.status === 409 || err.status === 422)) {
    return { status: err.status, message: err.message_(locale), fields: fieldErrorsOf(err, locale) };
  }
  return null;
}

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
  const unitError: FieldErrors = scope.chooseUnit && !z.uuid().safeParse(unitId).success ? { unitId: message('Pilih unit pemilik entri.', locale) } : {};
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
