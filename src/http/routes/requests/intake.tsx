// Staff intake routes (mounted at /admin, before the request and objection routes whose /:id would take
// "baru"): a request or an objection received in person, by letter, email, phone or fax.
import { Hono, type Context } from 'hono';
import { recordObjectionIntake } from '../../../domain/objections/record-objection-intake.js';
import { prepareScanFile, type ScanKind } from '../../../domain/requests/identity-scan.js';
import { openObjectionIntakeScan, openRequestIntakeScan } from '../../../domain/requests/open-intake-scan.js';
import type { RequestInput } from '../../../domain/requests/input.js';
import { intakeScope, nowOnBodyClock, recordRequestIntake, type IntakeFiles } from '../../../domain/requests/record-request-intake.js';
import { requestInputProblems } from '../../../domain/requests/submit-request.js';
import { listPublicUnits } from '../../../domain/units/units.js';
import { AppError, errors } from '../../../errors.js';
import { authorize } from '../../../policies/index.js';
import type { FieldErrors } from '../../components/form.js';
import { fieldErrorsOf, list, readForm, str, view, type FormValues } from '../../forms.js';
import { ObjectionIntakePage, RequestIntakeDonePage, RequestIntakePage, type IntakeValues } from '../../pages/requests/intake.js';
import type { Env } from '../../types.js';
import { inlineScan } from './identity-scan.js';

export const intakeAdminRoutes = new Hono<Env>();
type C = Context<Env>;

const REQUEST_FIELDS = [
  'channel',
  'receivedDate',
  'receivedTime',
  'applicantType',
  'name',
  'idNumber',
  'address',
  'occupation',
  'phone',
  'email',
  'proxyName',
  'details',
  'purpose',
  'obtainMethod',
  'copyFormat',
  'deliveryMethod',
  'unit',
  'consent',
] as const;

const SCANS: ScanKind[] = [
  { field: 'letterScan', id: 'Pindaian surat', en: 'The scan of the letter' },
  { field: 'proxyLetter', id: 'Surat kuasa', en: 'The power of attorney' },
];

/** The chosen scans, checked by content and stored encrypted; the field errors of those refused. */
async function readScans(c: C): Promise<{ files: IntakeFiles; errors: FieldErrors }> {
  const body = await c.req.parseBody();
  const files: IntakeFiles = {};
  const out: FieldErrors = {};
  for (const kind of SCANS) {
    const f = body[kind.field];
    if (!(f instanceof File) || (f.size === 0 && !f.name)) continue;
    try {
      files[kind.field as keyof IntakeFiles] = await prepareScanFile(c.get('ctx'), new Uint8Array(await f.arrayBuffer()), kind);
    } catch (err) {
      const fields = fieldErrorsOf(err, c.get('locale'));
      if (!fields) throw err;
      Object.assign(out, fields);
    }
  }
  return { files, errors: out };
}

async function requestForm(c: C, values: IntakeValues, status: 200 | 422, errs?: FieldErrors) {
  const ctx = c.get('ctx');
  const scope = await intakeScope(ctx);
  const units = await listPublicUnits(ctx);
  const fixed = scope.unitId ? (units.find((u) => u.id === scope.unitId) ?? null) : null;
  return c.html(<RequestIntakePage v={view(c)} values={values} errors={errs} units={units} fixedUnit={fixed} />, status);
}

const receiptOf = (values: FormValues) => ({
  channel: str(values, 'channel'),
  receivedDate: str(values, 'receivedDate'),
  receivedTime: str(values, 'receivedTime'),
});

intakeAdminRoutes.get('/permohonan/baru', async (c) => {
  const now = await nowOnBodyClock(c.get('ctx'));
  return requestForm(c, { receivedDate: now.date, receivedTime: now.time }, 200);
});

intakeAdminRoutes.post('/permohonan/baru', async (c) => {
  const ctx = c.get('ctx');
  await intakeScope(ctx);
  const form = await readForm(c);
  const values: IntakeValues = Object.fromEntries(REQUEST_FIELDS.map((k) => [k, str(form, k)]));
  const input = { ...values, consent: values.consent === '1' } as unknown as RequestInput;
  const scans = await readScans(c);
  try {
    if (Object.keys(scans.errors).length) {
      // Every problem at once: the scans' and the rest of the form's.
      const others = fieldErrorsOf(errors.validation(requestInputProblems(input) ?? {}), c.get('locale')) ?? {};
      return requestForm(c, values, 422, { ...others, ...scans.errors });
    }
    const { request, token } = await recordRequestIntake(ctx, input, receiptOf(form), scans.files);
    // Shown, not redirected to: the code stays out of the address bar and the server's logs.
    c.header('cache-control', 'no-store');
    return c.html(
      <RequestIntakeDonePage
        v={view(c)}
        id={request.id}
        number={request.number}
        code={token}
        dueDate={request.dueDate}
        channel={request.channel}
        receiptHref={`/permohonan/tanda-bukti.pdf?nomor=${encodeURIComponent(request.number)}&kode=${encodeURIComponent(token)}`}
      />,
      201,
    );
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (fields) return requestForm(c, values, 422, fields);
    throw err;
  }
});

const OBJECTION_FIELDS = ['requestNumber', 'channel', 'receivedDate', 'receivedTime', 'caseSummary', 'proxyName'] as const;
// Ground b without a request number: the applicant and the unpublished information.
const UNPUBLISHED_FIELDS = ['name', 'idNumber', 'address', 'phone', 'email', 'unpublishedInformation'] as const;

intakeAdminRoutes.get('/keberatan/baru', async (c) => {
  authorize(c.get('ctx').actor, 'objection.intake');
  const now = await nowOnBodyClock(c.get('ctx'));
  return c.html(<ObjectionIntakePage v={view(c)} values={{ receivedDate: now.date, receivedTime: now.time, requestNumber: c.req.query('nomor') ?? '' }} />);
});

intakeAdminRoutes.post('/keberatan/baru', async (c) => {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'objection.intake');
  const form = await readForm(c);
  const values: IntakeValues = {
    ...Object.fromEntries([...OBJECTION_FIELDS, ...UNPUBLISHED_FIELDS].map((k) => [k, str(form, k)])),
    grounds: list(form, 'grounds'),
  };
  const scans = await readScans(c);
  const again = (errs: FieldErrors, status: 409 | 422) => c.html(<ObjectionIntakePage v={view(c)} values={values} errors={errs} />, status);
  if (Object.keys(scans.errors).length) return again(scans.errors, 422);
  try {
    const o = await recordObjectionIntake(
      ctx,
      {
        requestNumber: str(form, 'requestNumber'),
        grounds: list(form, 'grounds') as never,
        caseSummary: str(form, 'caseSummary'),
        proxyName: str(form, 'proxyName'),
        ...Object.fromEntries(UNPUBLISHED_FIELDS.map((k) => [k, str(form, k)])),
      },
      receiptOf(form),
      scans.files,
    );
    return c.redirect(`/admin/keberatan/${o.id}`, 303);
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (fields) return again(fields, 422);
    // Too late, too early, or already objected: said on the form, nothing stored.
    if (err instanceof AppError && err.code === 'objection_not_allowed') return again({ receivedDate: err.message_(c.get('locale')) }, 409);
    throw err;
  }
});

// The letter received and the proxy's surat kuasa, for the staff allowed the applicant's personal data
// (as the identity scan, identity-scan-admin.tsx): shown inline, never cached, each view audited.
intakeAdminRoutes.get('/permohonan/:id/surat-masuk', async (c) =>
  inlineScan(c, 'surat-masuk', await openRequestIntakeScan(c.get('ctx'), c.req.param('id'), 'letter')),
);
intakeAdminRoutes.get('/permohonan/:id/surat-kuasa', async (c) =>
  inlineScan(c, 'surat-kuasa', await openRequestIntakeScan(c.get('ctx'), c.req.param('id'), 'proxy')),
);
intakeAdminRoutes.get('/keberatan/:id/surat-masuk', async (c) =>
  inlineScan(c, 'surat-masuk', await openObjectionIntakeScan(c.get('ctx'), c.req.param('id'), 'letter')),
);
intakeAdminRoutes.get('/keberatan/:id/surat-kuasa', async (c) =>
  inlineScan(c, 'surat-kuasa', await openObjectionIntakeScan(c.get('ctx'), c.req.param('id'), 'proxy')),
);
