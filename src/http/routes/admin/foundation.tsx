// Back-office routes of the foundation: overview, units, users, public body, audit log, own account.
// Each parses input, calls one domain function and renders the result.
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { ROLES } from '../../../context.js';
import { listAudit, ZAuditFilter } from '../../../domain/audit/list-audit.js';
import { auditKeyIfAny } from '../../../domain/audit/audit-key.js';
import { verifyAuditChain } from '../../../domain/audit/verify-audit-chain.js';
import { changePassword, ZChangePassword } from '../../../domain/accounts/password-reset.js';
import { getPublicBody, setLogo, updatePublicBody, ZPublicBody, ZSignerSetting, type PublicBody } from '../../../domain/org/public-body.js';
import { LETTER_TYPES } from '../../../domain/org/signer.js';
import { validationMessage } from '../../../domain/messages/validation.js';
import { createUnit, getUnit, listUnits, updateUnit, ZUnit } from '../../../domain/units/units.js';
import { createUser, getUser, listUsers, lockUser, sendResetLink, setOwnLocale, unlockUser, updateUser, ZLock, ZUser } from '../../../domain/users/users.js';
import { dateInZone } from '../../../domain/calendar/dates.js';
import { missingNextYear } from '../../../domain/calendar/next-year-reminder.js';
import { AppError } from '../../../errors.js';
import { authorize, can } from '../../../policies/index.js';
import { searchNotesForUnit } from '../../../domain/search-log/query-log.js';
import { retentionStatus } from '../../../domain/privacy/retention.js';
import { buildWorkQueue } from '../../../domain/work-queue/build-work-queue.js'; // work-queue
import { monevReport } from '../../../domain/dip/monev.js'; // work-queue
import type { FieldErrors } from '../../components/form.js';
import { fieldErrorsOf, list, parseWith, readForm, str, view, type FormValues } from '../../forms.js';
import { LANG_COOKIE } from '../../middleware/context.js';
import { AccountPage } from '../../pages/admin/account.js';
import { AuditPage } from '../../pages/admin/audit.js';
import { DashboardPage } from '../../pages/admin/dashboard.js';
import { OrgPage } from '../../pages/admin/org.js';
import { UnitDetailPage, UnitFormPage, UnitsListPage, type UnitFormValues } from '../../pages/admin/units.js';
import { UserFormPage, UsersListPage, type UserFormValues } from '../../pages/admin/users.js';
import type { Env } from '../../types.js';
import { pendingMailCount } from './outbox.js';
import { UnitSearchNotes } from '../../pages/reports/search-log.js';
import { WorkQueuePanel } from '../../pages/admin/work-queue.js'; // work-queue

export const foundationRoutes = new Hono<Env>();
import { bodyZone } from '../../dates.js';

foundationRoutes.get('/', async (c) => {
  const actor = c.get('actor');
  const ctx = c.get('ctx');
  let unitName: string | null = null;
  if (actor.kind === 'user' && actor.unitId) unitName = (await getUnit(ctx, actor.unitId)).name;
  const pending = can(actor, 'outbox.view') ? await pendingMailCount(ctx) : null;
  // A unit's PPID Pembantu sees what the PPID Utama asked it to publish (also when no email went out).
  const v = view(c);
  const notes = actor.kind === 'user' && actor.unitId && actor.roles.includes('ppid_pembantu') ? await searchNotesForUnit(ctx, actor.unitId) : [];
  // From 1 October: next year's holiday calendar, for those who keep or check the calendar.
  const missingCalendarYear = can(actor, 'calendar.view') ? await missingNextYear(ctx, dateInZone(ctx.clock.now(), bodyZone(c)).date) : null;
  // work-queue: "Perlu tindakan Anda", and a PPID Pembantu's DIP checklist (policies/work-queue.ts).
  const queue = c.get('workQueue') ?? (await buildWorkQueue(ctx));
  const checklist = queue.plan.unitChecklist ? ((await monevReport(ctx)).units[0] ?? null) : null;
  return c.html(
    <DashboardPage
      v={v}
      queue={<WorkQueuePanel v={v} queue={queue} checklist={checklist} />}
      unitName={unitName}
      pendingMail={pending}
      smtpConfigured={!!c.get('deps').config.smtpUrl}
      missingCalendarYear={missingCalendarYear}
      extra={<UnitSearchNotes v={v} notes={notes} />}
    />,
  );
});

// --- units ---------------------------------------------------------------------------------------------

const unitValues = (f: FormValues): UnitFormValues => ({
  code: str(f, 'code'),
  name: str(f, 'name'),
  shortName: str(f, 'shortName'),
  address: str(f, 'address'),
  email: str(f, 'email'),
  phone: str(f, 'phone'),
  isPpidUtama: str(f, 'isPpidUtama') === '1',
  active: str(f, 'active') === '1',
});

foundationRoutes.get('/unit', async (c) => {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'units.list');
  return c.html(<UnitsListPage v={view(c)} units={await listUnits(ctx)} />);
});

foundationRoutes.get('/unit/baru', (c) => {
  authorize(c.get('actor'), 'units.manage');
  return c.html(
    <UnitFormPage v={view(c)} values={{ code: '', name: '', shortName: '', address: '', email: '', phone: '', isPpidUtama: false, active: true }} />,
  );
});

foundationRoutes.post('/unit', async (c) => {
  authorize(c.get('actor'), 'units.manage');
  const values = unitValues(await readForm(c));
  const parsed = parseWith(ZUnit, values, c.get('locale'));
  if (!parsed.ok) return c.html(<UnitFormPage v={view(c)} values={values} errors={parsed.errors} />, 422);
  try {
    const unit = await createUnit(c.get('ctx'), parsed.data);
    return c.redirect(`/admin/unit/${unit.id}?ok=units.created`, 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<UnitFormPage v={view(c)} values={values} errors={errors} />, 422);
    throw err;
  }
});

foundationRoutes.get('/unit/:id', async (c) => {
  const unit = await getUnit(c.get('ctx'), c.req.param('id'));
  return c.html(<UnitDetailPage v={view(c)} unit={unit} />);
});

foundationRoutes.get('/unit/:id/ubah', async (c) => {
  authorize(c.get('actor'), 'units.manage');
  const unit = await getUnit(c.get('ctx'), c.req.param('id'));
  return c.html(<UnitFormPage v={view(c)} id={unit.id} values={unit} />);
});

foundationRoutes.post('/unit/:id', async (c) => {
  authorize(c.get('actor'), 'units.manage');
  const id = c.req.param('id');
  await getUnit(c.get('ctx'), id);
  const values = unitValues(await readForm(c));
  const parsed = parseWith(ZUnit, values, c.get('locale'));
  if (!parsed.ok) return c.html(<UnitFormPage v={view(c)} id={id} values={values} errors={parsed.errors} />, 422);
  try {
    await updateUnit(c.get('ctx'), id, parsed.data);
    return c.redirect(`/admin/unit/${id}?ok=common.saved`, 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<UnitFormPage v={view(c)} id={id} values={values} errors={errors} />, 422);
    throw err;
  }
});

// --- users ---------------------------------------------------------------------------------------------

const userValues = (f: FormValues): UserFormValues => ({
  name: str(f, 'name'),
  email: str(f, 'email'),
  nip: str(f, 'nip'),
  unitId: str(f, 'unitId'),
  roles: list(f, 'roles').filter((r) => (ROLES as readonly string[]).includes(r)),
  locale: str(f, 'locale') || 'id',
});

async function allUnits(c: { get: (k: 'ctx') => Env['Variables']['ctx'] }) {
  return listUnits(c.get('ctx'));
}

foundationRoutes.get('/pengguna', async (c) => {
  return c.html(<UsersListPage v={view(c)} users={await listUsers(c.get('ctx'))} />);
});

foundationRoutes.get('/pengguna/baru', async (c) => {
  authorize(c.get('actor'), 'users.manage');
  return c.html(<UserFormPage v={view(c)} units={await allUnits(c)} values={{ name: '', email: '', nip: '', unitId: '', roles: [], locale: 'id' }} />);
});

foundationRoutes.post('/pengguna', async (c) => {
  authorize(c.get('actor'), 'users.manage');
  const values = userValues(await readForm(c));
  const parsed = parseWith(ZUser, values, c.get('locale'));
  if (!parsed.ok) return c.html(<UserFormPage v={view(c)} units={await allUnits(c)} values={values} errors={parsed.errors} />, 422);
  try {
    const user = await createUser(c.get('ctx'), parsed.data);
    return c.redirect(`/admin/pengguna/${user.id}?ok=users.created`, 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<UserFormPage v={view(c)} units={await allUnits(c)} values={values} errors={errors} />, 422);
    throw err;
  }
});

foundationRoutes.get('/pengguna/:id', async (c) => {
  const user = await getUser(c.get('ctx'), c.req.param('id'));
  return c.html(
    <UserFormPage
      v={view(c)}
      user={user}
      units={await allUnits(c)}
      values={{ name: user.name, email: user.email, nip: user.nip ?? '', unitId: user.unitId ?? '', roles: user.roles, locale: user.locale }}
    />,
  );
});

foundationRoutes.post('/pengguna/:id', async (c) => {
  authorize(c.get('actor'), 'users.manage');
  const user = await getUser(c.get('ctx'), c.req.param('id'));
  const values = userValues(await readForm(c));
  const parsed = parseWith(ZUser, values, c.get('locale'));
  if (!parsed.ok) return c.html(<UserFormPage v={view(c)} user={user} units={await allUnits(c)} values={values} errors={parsed.errors} />, 422);
  try {
    await updateUser(c.get('ctx'), user.id, parsed.data);
    return c.redirect(`/admin/pengguna/${user.id}?ok=common.saved`, 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<UserFormPage v={view(c)} user={user} units={await allUnits(c)} values={values} errors={errors} />, 422);
    if (err instanceof AppError && err.status === 409) {
      return c.html(<UserFormPage v={view(c)} user={user} units={await allUnits(c)} values={values} errors={{ roles: err.message_(c.get('locale')) }} />, 409);
    }
    throw err;
  }
});

foundationRoutes.post('/pengguna/:id/kunci', async (c) => {
  authorize(c.get('actor'), 'users.manage');
  const user = await getUser(c.get('ctx'), c.req.param('id'));
  const parsed = parseWith(ZLock, { reason: str(await readForm(c), 'reason') }, c.get('locale'));
  const rerender = (errors: Record<string, string>, status: 409 | 422) =>
    c.html(<UserFormPage v={view(c)} user={user} units={[]} values={{ ...user, nip: user.nip ?? '', unitId: user.unitId ?? '' }} errors={errors} />, status);
  if (!parsed.ok) return rerender(parsed.errors, 422);
  try {
    await lockUser(c.get('ctx'), user.id, parsed.data);
  } catch (err) {
    if (err instanceof AppError && err.status === 409) return rerender({ reason: err.message_(c.get('locale')) }, 409);
    throw err;
  }
  return c.redirect(`/admin/pengguna/${user.id}?ok=users.locked_done`, 303);
});

foundationRoutes.post('/pengguna/:id/buka-kunci', async (c) => {
  await unlockUser(c.get('ctx'), c.req.param('id'));
  return c.redirect(`/admin/pengguna/${c.req.param('id')}?ok=users.unlocked_done`, 303);
});

foundationRoutes.post('/pengguna/:id/kirim-tautan', async (c) => {
  await sendResetLink(c.get('ctx'), c.req.param('id'));
  return c.redirect(`/admin/pengguna/${c.req.param('id')}?ok=users.reset_sent`, 303);
});

// --- public body ---------------------------------------------------------------------------------------

const ORG_FIELDS = [
  'name',
  'shortName',
  'address',
  'phone',
  'email',
  'website',
  'ppidContactName',
  'ppidContactEmail',
  'ppidContactPhone',
  'serviceHours',
  'agencyOfficerLabel',
  'requestNumberPattern',
  'timeZone',
  'serviceClosingTime',
  'atasanPpidPosition',
  'headOfBodyTitle',
  'exemptionReviewDays',
  'objectionFollowUpWorkingDays',
  'ppidPosition',
  'ppidNip',
  'atasanPpidName',
  'atasanPpidNip',
  'headOfBodyName',
  'headOfBodyNip',
  'penetapanApprover',
  'atasanLetterheadUnit',
  'komisiInformasi',
  'unitsRecordIntake', // intake
] as const;

/** The signer per letter type from fields `signer.<type>.<field>`, and errors keyed the same way. */
function signersOf(form: FormValues): Record<string, Record<string, string>> {
  return Object.fromEntries(
    LETTER_TYPES.map((type) => [type, Object.fromEntries(['name', 'position', 'nip', 'onBehalfOf'].map((f) => [f, str(form, `signer.${type}.${f}`)]))]),
  );
}
function signerErrors(signers: Record<string, Record<string, string>>, locale: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [type, raw] of Object.entries(signers)) {
    const r = ZSignerSetting.safeParse(raw);
    if (!r.success) for (const i of r.error.issues) out[`signer.${type}.${String(i.path[0])}`] ??= validationMessage(i.message, locale);
  }
  return out;
}

foundationRoutes.get('/badan-publik', async (c) => {
  authorize(c.get('actor'), 'org.manage');
  return c.html(<OrgPage v={view(c)} values={(await getPublicBody(c.get('ctx').db)) ?? {}} retention={await retentionStatus(c.get('ctx'))} />);
});

foundationRoutes.post('/badan-publik', async (c) => {
  authorize(c.get('actor'), 'org.manage');
  const form = await readForm(c);
  const signers = signersOf(form);
  const values = { ...Object.fromEntries(ORG_FIELDS.map((k) => [k, str(form, k)])), letterSigners: signers };
  const parsed = parseWith(ZPublicBody, values, c.get('locale'));
  if (!parsed.ok) {
    const { letterSigners: _l, ...errors } = { ...parsed.errors, ...signerErrors(signers, c.get('locale')) };
    return c.html(<OrgPage v={view(c)} values={values as Partial<PublicBody>} errors={errors} />, 422);
  }
  await updatePublicBody(c.get('ctx'), parsed.data);
  return c.redirect('/admin/badan-publik?ok=common.saved', 303);
});

foundationRoutes.post('/badan-publik/logo', async (c) => {
  authorize(c.get('actor'), 'org.manage');
  const body = await c.req.parseBody();
  const file = body['logo'];
  const current = (await getPublicBody(c.get('ctx').db)) ?? {};
  if (!(file instanceof File) || file.size === 0) {
    return c.html(
      <OrgPage v={view(c)} values={current} logoError={c.get('locale') === 'en' ? 'Choose an image file first.' : 'Pilih berkas gambar terlebih dahulu.'} />,
      422,
    );
  }
  try {
    await setLogo(c.get('ctx'), new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    if (err instanceof AppError && err.status < 500)
      return c.html(<OrgPage v={view(c)} values={current} logoError={err.message_(c.get('locale'))} />, err.status as 422);
    throw err;
  }
  return c.redirect('/admin/badan-publik?ok=org.logo_done', 303);
});

// --- audit log -----------------------------------------------------------------------------------------

foundationRoutes.get('/audit', async (c) => {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'audit.view');
  const filter = ZAuditFilter.parse(c.req.query());
  const { rows, nextBefore } = await listAudit(ctx, filter);
  let verify: { ok: boolean; text: string } | undefined;
  if (c.req.query('verify')) {
    const r = await verifyAuditChain(ctx.db, auditKeyIfAny(ctx.keys));
    verify = r.ok
      ? { ok: true, text: c.get('t')('audit.verify_ok', { n: r.rows }) }
      : { ok: false, text: c.get('t')('audit.verify_bad', { message: r.message }) };
  }
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && k !== 'before') params.set(k, String(v));
  if (nextBefore) params.set('before', String(nextBefore));
  return c.html(<AuditPage v={view(c)} rows={rows} filter={filter} nextHref={nextBefore ? `/admin/audit?${params}` : null} verify={verify} />);
});

// --- own account ---------------------------------------------------------------------------------------

foundationRoutes.get('/akun', (c) => {
  const a = c.get('actor');
  return c.html(<AccountPage v={view(c)} locale={a.kind === 'user' ? a.locale : 'id'} />);
});

foundationRoutes.post('/akun/sandi', async (c) => {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'account.manage_own');
  const form = await readForm(c);
  const parsed = parseWith(ZChangePassword, { current: str(form, 'current'), password: str(form, 'password'), confirm: str(form, 'confirm') }, c.get('locale'));
  const locale = ctx.actor.kind === 'user' ? ctx.actor.locale : 'id';
  if (!parsed.ok) return c.html(<AccountPage v={view(c)} errors={parsed.errors} locale={locale} />, 422);
  try {
    await changePassword(ctx, parsed.data, c.get('sessionId')!);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<AccountPage v={view(c)} errors={errors} locale={locale} />, 422);
    throw err;
  }
  return c.redirect('/admin/akun?ok=account.changed', 303);
});

foundationRoutes.post('/akun/bahasa', async (c) => {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'account.manage_own');
  const locale = z
    .enum(['id', 'en'])
    .catch('id')
    .parse(str(await readForm(c), 'locale'));
  await setOwnLocale(ctx, locale);
  setCookie(c, LANG_COOKIE, locale, { path: '/', sameSite: 'Lax', maxAge: 365 * 86400, httpOnly: true, secure: c.get('deps').config.secureCookies });
  return c.redirect('/admin/akun?ok=account.language_saved', 303);
});
