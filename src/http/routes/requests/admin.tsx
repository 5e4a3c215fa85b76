// Back-office routes of requests: the register (inbox), one request, and the officers' actions. Each
// handler parses the form, makes one domain call and redirects (303) or shows the page again (422/409).
import { Hono, type Context } from 'hono';
import { answerDisposition } from '../../../domain/requests/answer-disposition.js';
import { disposedUnits, loadRequest } from '../../../domain/requests/case.js';
import { disposeRequest } from '../../../domain/requests/dispose-request.js';
import { extendRequest } from '../../../domain/requests/extend-request.js';
import { listInbox, ZInboxFilter } from '../../../domain/requests/inbox.js';
import { getRequestCase } from '../../../domain/requests/request-case.js';
import { renderRequestLetter } from '../../../letters/issued-request-letters.js';
import { respondRequest } from '../../../domain/requests/respond-request.js';
import { registerXlsx, requestRegister } from '../../../domain/requests/register.js';
import { CALENDAR_CONFIRM_FIELD } from '../../../domain/calendar/calendar-gaps.js';
import { dateInZone, zoneOf } from '../../../domain/calendar/dates.js';
import { computeDeadline } from '../../../domain/calendar/load-calendar.js';
import { EXTENSION_WORKING_DAYS, OBJECTION_FILING_WORKING_DAYS } from '../../../domain/calendar/periods.js';
import { z } from 'zod';
import { attachLetterScan, letterScanFile } from '../../../domain/requests/letter-scans.js';
import { listUnits } from '../../../domain/units/units.js';
import { AppError } from '../../../errors.js';
import { authorize, can } from '../../../policies/index.js';
import { warnCalendarGaps } from '../../calendar-gaps.js';
import { RequestRegisterPage } from '../../pages/requests/register.js';
import { downloadHeaders, streamResponse, XLSX_TYPE } from '../dip/exports.js';
import { pdfResponse } from '../../pdf-response.js';
import type { View } from '../../components/layout.js';
import { fieldErrorsOf, list, readForm, str, view, type FormValues } from '../../forms.js';
import { RequestInboxPage } from '../../pages/requests/list.js';
import { RequestCasePage } from '../../pages/requests/case/page.js';
import type { CaseForm } from '../../pages/requests/case/shared.js';
import { isOutcome, OUTCOME_PARAM } from '../../pages/requests/case/respond-form.js';
import type { Env } from '../../types.js';
import { bodyZone } from '../../dates.js';

export const requestAdminRoutes = new Hono<Env>();
type C = Context<Env>;

const NOTICES: Record<string, [string, string]> = {
  disposed: ['Disposisi terkirim ke unit kerja.', 'Passed to the agencies.'],
  answered_unit: ['Jawaban unit tersimpan; PPID Utama diberi tahu.', "The agency's answer was saved; the lead PPID was told."],
  scan: ['Pindaian surat dilampirkan dan tampil di riwayat perkara.', 'The scan of the letter was attached and is shown in the case history.'],
  extended: ['Jangka waktu diperpanjang 7 hari kerja; surat perpanjangan dibuat.', 'Extended by 7 working days; the extension letter was produced.'],
  responded: ['Pemberitahuan tertulis diterbitkan.', 'The written notice was issued.'],
};

function caseView(c: C): View {
  const v = view(c);
  const n = NOTICES[c.req.query('ok') ?? ''];
  return { ...v, notice: v.notice ?? (n ? (v.locale === 'en' ? n[1] : n[0]) : undefined) };
}

requestAdminRoutes.get('/', async (c) => {
  const ctx = c.get('ctx');
  const filter = ZInboxFilter.parse(c.req.query());
  const inbox = await listInbox(ctx, filter);
  const units = can(ctx.actor, 'units.list') ? await listUnits(ctx) : null;
  return c.html(<RequestInboxPage v={caseView(c)} inbox={inbox} filter={filter} units={units} />);
});

async function renderCase(
  c: C,
  id: string,
  status: 200 | 409 | 413 | 415 | 422 = 200,
  extras: { form?: CaseForm; errors?: Record<string, string>; typed?: FormValues; message?: string } = {},
) {
  const ctx = c.get('ctx');
  const rc = await getRequestCase(ctx, id);
  const r = rc.request;
  // The deadlines the page shows, and those the letters its forms issue would print: the extension's new
  // deadline (UU KIP Ps 22(8)) and the notice's objection window of 30 working days (Ps 36(1)).
  await warnCalendarGaps(c, [
    { from: r.startDate, to: r.dueDate },
    rc.may.extend ? { from: r.dueDate, to: (await computeDeadline(ctx, r.dueDate, EXTENSION_WORKING_DAYS)).due } : {},
    rc.may.respond ? { from: rc.today, to: (await computeDeadline(ctx, rc.today, OBJECTION_FILING_WORKING_DAYS)).due } : {},
  ]);
  const units = rc.may.dispose ? (await listUnits(ctx)).filter((u) => u.active) : [];
  // The written notice's first step (the decision) is a GET: ?hasil=<outcome> opens its fields; anything else, the choice.
  const hasil = c.req.method === 'GET' ? c.req.query(OUTCOME_PARAM) : undefined;
  const outcome = isOutcome(hasil) ? hasil : null;
  return c.html(<RequestCasePage v={caseView(c)} c={rc} units={units} outcome={outcome} {...extras} />, status);
}

const ZYear = z.coerce.number().int().min(2000).max(2100);
function registerYear(c: C): number {
  const y = ZYear.safeParse(c.req.query('tahun'));
  return y.success ? y.data : Number(dateInZone(c.get('ctx').clock.now(), bodyZone(c)).date.slice(0, 4));
}

requestAdminRoutes.get('/register', async (c) => {
  const year = registerYear(c);
  return c.html(<RequestRegisterPage v={view(c)} year={year} rows={await requestRegister(c.get('ctx'), year)} />);
});

requestAdminRoutes.get('/register.xlsx', async (c) => {
  const year = registerYear(c);
  const rows = await requestRegister(c.get('ctx'), year);
  const body = c.get('body');
  const xlsx = await registerXlsx(rows, { year, bodyName: body?.name ?? '', timeZone: zoneOf(body) });
  return streamResponse(xlsx, downloadHeaders(XLSX_TYPE, `register-permohonan-${year}.xlsx`, 'no-store'));
});

requestAdminRoutes.get('/:id', (c) => renderCase(c, c.req.param('id')));

/** One action: read the form, call the domain, redirect; a refusal the officer can act on shows the page again. */
function action(path: string, form: CaseForm, ok: string, run: (c: C, id: string, f: FormValues) => Promise<unknown>, rename: Record<string, string> = {}) {
  requestAdminRoutes.post(`/:id/${path}`, async (c) => {
    const id = c.req.param('id');
    const f = await readForm(c);
    try {
      await run(c, id, f);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 409 && err.status !== 422)) throw err;
      const locale = c.get('locale');
      const fields = fieldErrorsOf(err, locale);
      const errors = fields ? Object.fromEntries(Object.entries(fields).map(([k, m]) => [rename[k] ?? k, m])) : undefined;
      return renderCase(c, id, err.status, { form, errors, typed: f, message: fields ? undefined : err.message_(locale) });
    }
    return c.redirect(`/admin/permohonan/${id}?ok=${ok}`, 303);
  });
}

action('disposisi', 'dispose', 'disposed', (c, id, f) =>
  disposeRequest(c.get('ctx'), id, { unitIds: list(f, 'unitIds'), instruction: str(f, 'instruction'), internalDueDate: str(f, 'internalDueDate') }),
);
action('jawaban-unit', 'answer', 'answered_unit', (c, id, f) =>
  answerDisposition(c.get('ctx'), id, { dispositionId: str(f, 'dispositionId'), answer: str(f, 'answer'), note: str(f, 'note') }),
);
const confirmed = (f: FormValues) => ({ calendarGapConfirmed: str(f, CALENDAR_CONFIRM_FIELD) === '1' });
action('perpanjang', 'extend', 'extended', (c, id, f) => extendRequest(c.get('ctx'), id, { reason: str(f, 'extensionReason') }, confirmed(f)), {
  reason: 'extensionReason',
});

const RESPONSE_FIELDS = [
  'outcome',
  'held',
  'holderBody',
  'materialGiven',
  'materialWithheld',
  'reason',
  'consequenceTestId',
  'format',
  'delivery',
  'sheets',
  'tariff',
  'deliveryCost',
  'paymentMethod',
  'provideWorkingDays',
  'internalNote',
] as const;

// A missing or unknown decision sends the officer back to the first step, whose field is ?hasil.
action(
  'pemberitahuan',
  'respond',
  'responded',
  (c, id, f) =>
    respondRequest(c.get('ctx'), id, Object.fromEntries(RESPONSE_FIELDS.map((k) => [k, str(f, k)])) as Parameters<typeof respondRequest>[2], confirmed(f)),
  { outcome: OUTCOME_PARAM },
);

// The scan of a letter printed and signed by hand: attached by the PPID, read by those who may open the letters.
requestAdminRoutes.post('/:id/pindaian-surat', async (c) => {
  const id = c.req.param('id');
  const ctx = c.get('ctx');
  const body = await c.req.parseBody();
  const file = body['file'];
  const locale = c.get('locale');
  const typed = { letterKind: typeof body['letterKind'] === 'string' ? body['letterKind'] : '' };
  try {
    // No file: an empty upload, refused by the domain after the policy (a refused caller gets 403, not 422).
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0);
    await attachLetterScan(ctx, id, { letterKind: typed.letterKind, bytes, filename: file instanceof File ? file.name : '' });
  } catch (err) {
    if (!(err instanceof AppError) || ![413, 415, 422].includes(err.status)) throw err;
    const fields = fieldErrorsOf(err, locale) ?? { file: err.message_(locale) };
    return renderCase(c, id, err.status as 422, { form: 'scan', errors: fields, typed });
  }
  return c.redirect(`/admin/permohonan/${id}?ok=scan`, 303);
});

requestAdminRoutes.get('/:id/pindaian-surat/:scanId', async (c) => {
  const { bytes, scan } = await letterScanFile(c.get('ctx'), c.req.param('id'), c.req.param('scanId'));
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': scan.mime,
    'content-disposition': `attachment; filename="${scan.filename.replace(/[^A-Za-z0-9._-]+/g, '-')}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex',
  });
});

// The letters carry the applicant's name and address: only for the staff who may see them.
requestAdminRoutes.get('/:id/surat/:file', async (c) => {
  const ctx = c.get('ctx');
  const file = c.req.param('file');
  if (!file.endsWith('.pdf')) return c.notFound();
  const r = await loadRequest(ctx.db, c.req.param('id'));
  const disposedTo = await disposedUnits(ctx.db, r.id);
  authorize(ctx.actor, 'request.view', { disposedTo });
  authorize(ctx.actor, 'request.personal_data', { disposedTo });
  const { pdf, filename } = await renderRequestLetter(ctx, r, file.slice(0, -4));
  return pdfResponse(c, pdf, filename.replace(/\.pdf$/, ''));
});
