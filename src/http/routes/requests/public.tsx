// Requests for information, the citizen's side: form, confirmation, tracking page and receipt PDF.
import type { Context } from 'hono';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { units } from '../../../db/schema/index.js';
import { prepareIdentityScan, prepareScanFile, type ScanKind } from '../../../domain/requests/identity-scan.js';
import { getPublicBody } from '../../../domain/org/public-body.js';
import { publishedByNumber } from '../../../domain/dip/public.js';
import type { RequestInput } from '../../../domain/requests/input.js';
import { requestInputProblems, submitRequest, trackingUrl } from '../../../domain/requests/submit-request.js';
import { renderRequestLetter } from '../../../letters/issued-request-letters.js';
import { openRequest, trackRequest, ZTrackQuery } from '../../../domain/requests/track-request.js';
import { listPublicUnits } from '../../../domain/units/units.js';
import { AppError, errors } from '../../../errors.js';
import { loadLetterhead } from '../../../domain/org/letterhead.js';
import { receiptPdf } from '../../../letters/receipt.js';
import { dateInZone } from '../../../domain/calendar/dates.js';
import { decisionFileOfRequest } from '../../../domain/disputes/download-dispute-decision.js';
import { fileObjection, fileObjectionByCode, objectionsOf, objectionWindow } from '../../../domain/objections/objections.js';
import { issuedObjectionResponse } from '../../../letters/official.js';
import { fieldErrorsOf, list, parseWith, readForm, str, view } from '../../forms.js';
import { ObjectionFormPage } from '../../pages/requests/objection-form.js';
import { RequestFormPage, type RequestAbout, type RequestFormValues } from '../../pages/requests/form.js';
import { RequestSentPage } from '../../pages/requests/sent.js';
import { StatisticsPage } from '../../pages/reports/statistics.js';
import { TrackPage } from '../../pages/requests/track.js';
import { serviceStatistics } from '../../../domain/requests/statistics.js';
import { ObjectionEntryPage, type ObjectionEntryValues } from '../../pages/requests/objection-entry.js';
import { trackedSpans, warnCalendarGaps } from '../../calendar-gaps.js';
import type { Env } from '../../types.js';
import { FORM_MAX_MS, FORM_MIN_MS, formAge, formToken, ipHash, keepScan, keptScan, type KeptScan } from './form-tokens.js';
import { pdfResponse } from '../../pdf-response.js';
import { bodyZone } from '../../dates.js';

/** intake-gaps: the proxy's surat kuasa on the web form. */
const PROXY_LETTER: ScanKind = { field: 'proxyLetter', id: 'Surat kuasa', en: 'The power of attorney' };

export const requestRoutes = new Hono<Env>();

const FIELDS = [
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

async function formPage(
  c: Context<Env>,
  values: RequestFormValues,
  status: 200 | 422 | 429,
  errors?: Record<string, string>,
  message?: string,
  scan?: KeptScan | null,
  about?: RequestAbout | null,
  proxyLetter?: KeptScan | null,
) {
  const units = await listPublicUnits(c.get('ctx'));
  return c.html(
    <RequestFormPage
      v={view(c)}
      values={values}
      errors={errors}
      message={message}
      units={units}
      formToken={formToken(c)}
      identityScan={scan ?? null}
      about={about ?? null}
      proxyLetter={proxyLetter ?? null}
    />,
    status,
  );
}

const en = (c: Context<Env>) => c.get('locale') === 'en';

/**
 * What a link from the portal may fill in ("Minta informasi ini"): `dip`, the number of a public entry;
 * `q`, the words of a search that found nothing; `unit`, the code of the agency to preselect. Read leniently:
 * a value that is malformed or too long is ignored, never an error, and nothing of it is shown as it came.
 */
const ZPrefill = z.object({
  dip: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9][A-Za-z0-9/._-]*$/)
    .optional()
    .catch(undefined),
  q: z
    .string()
    .max(200)
    .transform((s) =>
      s
        .replace(/[\p{C}]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .optional()
    .catch(undefined),
  unit: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/)
    .optional()
    .catch(undefined),
});

/**
 * The form's values from the prefill parameters. An entry is looked up through the public read model, so
 * that only a published entry that is not withdrawn can be named: its title, number and unit come from the
 * database, never from the parameter text. A number that names nothing public fills in nothing.
 */
async function prefill(c: Context<Env>): Promise<{ values: RequestFormValues; about: RequestAbout | null }> {
  const p = ZPrefill.parse(c.req.query());
  const ctx = c.get('ctx');
  const units = await listPublicUnits(ctx);
  const known = (code: string | undefined) => (code && units.some((u) => u.code === code) ? code : undefined);
  if (p.dip) {
    const e = await publishedByNumber(ctx.db, p.dip);
    if (e) {
      const details = en(c)
        ? `Information: ${e.title} (DIP number ${e.number}, ${e.unitName})`
        : `Informasi: ${e.title} (nomor DIP ${e.number}, ${e.unitName})`;
      const unit = known(e.unitCode);
      return { values: { details, ...(unit ? { unit } : {}) }, about: { title: e.title, number: e.number, href: `/informasi/${e.slug}` } };
    }
  }
  const values: RequestFormValues = {};
  if (p.q && p.q.length >= 2) values.details = en(c) ? `Information about: ${p.q}` : `Informasi tentang: ${p.q}`;
  const unit = known(p.unit);
  if (unit) values.unit = unit;
  return { values, about: null };
}

requestRoutes.get('/permohonan', async (c) => {
  const { values, about } = await prefill(c);
  return formPage(c, values, 200, undefined, undefined, null, about);
});

requestRoutes.post('/permohonan', async (c) => {
  const form = await readForm(c);
  const values: RequestFormValues = Object.fromEntries(FIELDS.map((k) => [k, str(form, k)]));
  const removeScan = str(form, 'identityScanRemove') === '1';
  let kept: KeptScan | null = removeScan ? null : keptScan(c, str(form, 'identityScanToken'));
  // intake-gaps: the proxy's surat kuasa, kept across sends as the identity scan is.
  let proxy: KeptScan | null = str(form, 'proxyLetterRemove') === '1' ? null : keptScan(c, str(form, 'proxyLetterToken'));
  // Robots: a filled hidden field, or a form sent faster than a person can type.
  if (str(form, 'website')) {
    return formPage(c, values, 422, undefined, en(c) ? 'The request could not be processed.' : 'Permohonan tidak dapat diproses.');
  }
  const sentToken = str(form, 'formToken');
  const age = formAge(c, sentToken);
  if (age === null || age < FORM_MIN_MS || age > FORM_MAX_MS) {
    return formPage(
      c,
      values,
      422,
      undefined,
      en(c)
        ? 'The form was sent too quickly or has expired. Your entries are kept: check them and send again.'
        : 'Formulir terkirim terlalu cepat atau sudah kedaluwarsa. Isian Anda tetap tersimpan: periksa lalu kirim lagi.',
      kept,
      null,
      proxy,
    );
  }
  const ctx = c.get('ctx');
  // A newly chosen scan replaces a kept one; it is checked and stored encrypted before the request is.
  const input = { ...values, consent: values.consent === '1' } as unknown as RequestInput;
  const body = await c.req.parseBody();
  const file = body['identityScan'];
  const proxyFile = body['proxyLetter'];
  const scanErrors: Record<string, string> = {};
  if (file instanceof File && (file.size > 0 || file.name)) {
    try {
      kept = keepScan(c, await prepareIdentityScan(ctx, new Uint8Array(await file.arrayBuffer())));
    } catch (err) {
      const fields = fieldErrorsOf(err, c.get('locale'));
      if (!fields) throw err;
      Object.assign(scanErrors, fields);
    }
  }
  if (proxyFile instanceof File && (proxyFile.size > 0 || proxyFile.name)) {
    try {
      proxy = keepScan(c, await prepareScanFile(ctx, new Uint8Array(await proxyFile.arrayBuffer()), PROXY_LETTER));
    } catch (err) {
      const fields = fieldErrorsOf(err, c.get('locale'));
      if (!fields) throw err;
      Object.assign(scanErrors, fields);
    }
  }
  if (Object.keys(scanErrors).length) {
    // Every problem at once: the scans' and the rest of the form's.
    const others = fieldErrorsOf(errors.validation(requestInputProblems(input) ?? {}), c.get('locale')) ?? {};
    return formPage(c, values, 422, { ...others, ...scanErrors }, undefined, kept, null, proxy);
  }
  try {
    const { request, token } = await submitRequest(ctx, input, {
      ipHash: ipHash(c),
      locale: c.get('locale') === 'en' ? 'en' : 'id',
      identityScan: kept ? keptScan(c, kept.token)?.values : undefined,
      proxyLetter: proxy ? keptScan(c, proxy.token)?.values : undefined,
      formToken: { value: sentToken, expiresAt: new Date(c.get('deps').clock.now().getTime() - age + FORM_MAX_MS) },
    });
    const q = `nomor=${encodeURIComponent(request.number)}&kode=${encodeURIComponent(token)}${request.email ? '&email=1' : ''}`;
    return c.redirect(`/permohonan/terdaftar?${q}`, 303);
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (fields) return formPage(c, values, 422, fields, undefined, kept, null, proxy);
    if (err instanceof AppError && err.status === 429) return formPage(c, values, 429, undefined, err.message_(c.get('locale')), kept, null, proxy);
    if (err instanceof AppError && err.code === 'form_token_spent')
      return formPage(c, values, 422, undefined, err.message_(c.get('locale')), kept, null, proxy);
    throw err;
  }
});

requestRoutes.get('/permohonan/terdaftar', async (c) => {
  const q = parseWith(ZTrackQuery, c.req.query(), c.get('locale'));
  if (!q.ok) return c.redirect('/permohonan/lacak', 303);
  const tracked = await trackRequest(c.get('ctx'), q.data.nomor, q.data.kode);
  return c.html(<RequestSentPage v={view(c)} number={tracked.number} code={q.data.kode} dueDate={tracked.dueDate} emailed={c.req.query('email') === '1'} />);
});

requestRoutes.get('/permohonan/lacak', async (c) => {
  const raw = { nomor: c.req.query('nomor') ?? '', kode: c.req.query('kode') ?? '' };
  if (!('nomor' in c.req.query()) && !('kode' in c.req.query())) return c.html(<TrackPage v={view(c)} values={raw} />);
  const q = parseWith(ZTrackQuery, raw, c.get('locale'));
  if (!q.ok) return c.html(<TrackPage v={view(c)} values={raw} errors={q.errors} />, 422);
  try {
    const tracked = await trackRequest(c.get('ctx'), q.data.nomor, q.data.kode);
    c.header('cache-control', 'no-store');
    c.header('x-robots-tag', 'noindex');
    const today = dateInZone(c.get('ctx').clock.now(), bodyZone(c)).date;
    await warnCalendarGaps(c, trackedSpans(c, tracked));
    return c.html(<TrackPage v={view(c)} values={raw} tracked={tracked} today={today} />);
  } catch (err) {
    if (err instanceof AppError && err.code === 'tracking_no_match') {
      return c.html(<TrackPage v={view(c)} values={raw} message={err.message_(c.get('locale'))} />, 404);
    }
    throw err;
  }
});

requestRoutes.get('/permohonan/tanda-bukti.pdf', async (c) => {
  const q = parseWith(ZTrackQuery, c.req.query(), c.get('locale'));
  if (!q.ok) return c.redirect('/permohonan/lacak', 303);
  const ctx = c.get('ctx');
  const r = await openRequest(ctx, q.data.nomor, q.data.kode);
  const [unit] = r.unitId ? await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, r.unitId)) : [];
  const head = await loadLetterhead(ctx, await getPublicBody(ctx.db));
  const pdf = await receiptPdf(
    head,
    { ...r, unitName: unit?.name ?? null },
    { code: q.data.kode, trackingUrl: trackingUrl(ctx.settings.baseUrl, r.number, q.data.kode) },
  );
  return pdfResponse(c, pdf, `tanda-bukti-${r.number}`);
});

// --- objections -----------------------------------------------------------------------------------------

const EMPTY_ENTRY: ObjectionEntryValues = { nomor: '', kode: '', grounds: [], caseSummary: '', proxyName: '' };

requestRoutes.get('/permohonan/keberatan', async (c) => {
  // Without the number and code in the address: the standalone form, for those who kept only the receipt.
  if (!('nomor' in c.req.query()) && !('kode' in c.req.query())) return c.html(<ObjectionEntryPage v={view(c)} values={EMPTY_ENTRY} />);
  const q = parseWith(ZTrackQuery, c.req.query(), c.get('locale'));
  if (!q.ok) return c.redirect('/permohonan/lacak', 303);
  const ctx = c.get('ctx');
  const r = await openRequest(ctx, q.data.nomor, q.data.kode);
  const window = await objectionWindow(ctx, r);
  return c.html(<ObjectionFormPage v={view(c)} nomor={r.number} kode={q.data.kode} values={{ grounds: [], caseSummary: '', proxyName: '' }} window={window} />);
});

requestRoutes.post('/permohonan/keberatan', async (c) => {
  const form = await readForm(c);
  const nomor = str(form, 'nomor');
  const kode = str(form, 'kode');
  const values = { grounds: list(form, 'grounds'), caseSummary: str(form, 'caseSummary'), proxyName: str(form, 'proxyName') };
  const ctx = c.get('ctx');
  if (str(form, 'entry') === '1') return fileFromEntryForm(c, { nomor, kode, ...values });
  try {
    await fileObjection(ctx, nomor, kode, values as never);
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (fields || (err instanceof AppError && err.code === 'objection_not_allowed')) {
      const r = await openRequest(ctx, nomor, kode);
      const window = await objectionWindow(ctx, r);
      const message = fields ? undefined : (err as AppError).message_(c.get('locale'));
      return c.html(
        <ObjectionFormPage v={view(c)} nomor={r.number} kode={kode} values={values} window={window} errors={fields ?? undefined} message={message} />,
        fields ? 422 : 409,
      );
    }
    throw err;
  }
  return c.redirect(`/permohonan/lacak?nomor=${encodeURIComponent(nomor)}&kode=${encodeURIComponent(kode)}`, 303);
});

/** The standalone form: every field checked at once, then the number and code, then the period. */
async function fileFromEntryForm(c: Context<Env>, values: ObjectionEntryValues) {
  const locale = c.get('locale');
  try {
    await fileObjectionByCode(c.get('ctx'), {
      number: values.nomor,
      code: values.kode,
      grounds: values.grounds as never,
      caseSummary: values.caseSummary,
      proxyName: values.proxyName,
    });
  } catch (err) {
    if (!(err instanceof AppError) || ![404, 409, 422].includes(err.status)) throw err;
    const fields = fieldErrorsOf(err, locale);
    const errors = fields ? Object.fromEntries(Object.entries(fields).map(([k, m]) => [k === 'number' ? 'nomor' : k === 'code' ? 'kode' : k, m])) : undefined;
    return c.html(<ObjectionEntryPage v={view(c)} values={values} errors={errors} message={errors ? undefined : err.message_(locale)} />, err.status as 404);
  }
  return c.redirect(`/permohonan/lacak?nomor=${encodeURIComponent(values.nomor.trim())}&kode=${encodeURIComponent(values.kode.trim())}`, 303);
}

requestRoutes.get('/permohonan/keberatan/surat.pdf', async (c) => {
  const q = parseWith(ZTrackQuery, c.req.query(), c.get('locale'));
  if (!q.ok) return c.redirect('/permohonan/lacak', 303);
  const ctx = c.get('ctx');
  const r = await openRequest(ctx, q.data.nomor, q.data.kode);
  const o = (await objectionsOf(ctx, r.id)).find((x) => x.id === c.req.query('keberatan'));
  if (!o || o.status !== 'decided') throw errors.notFound();
  return pdfResponse(c, await issuedObjectionResponse(ctx, o, r), `tanggapan-keberatan-${o.number}`);
});

// The Komisi Informasi's decision on the request's dispute, for whoever holds the number and the code.
requestRoutes.get('/permohonan/sengketa/putusan.pdf', async (c) => {
  const q = parseWith(ZTrackQuery, c.req.query(), c.get('locale'));
  if (!q.ok) return c.redirect('/permohonan/lacak', 303);
  const ctx = c.get('ctx');
  const r = await openRequest(ctx, q.data.nomor, q.data.kode);
  const { bytes, filename } = await decisionFileOfRequest(ctx, r.id);
  return pdfResponse(c, bytes, filename.replace(/\.pdf$/i, ''));
});

// The letters of the request's handling (written notice, refusal decision, extension), for whoever holds
// the number and the code, like the receipt.
requestRoutes.get('/permohonan/surat/:file', async (c) => {
  const file = c.req.param('file');
  if (!file.endsWith('.pdf')) return c.notFound();
  const q = parseWith(ZTrackQuery, c.req.query(), c.get('locale'));
  if (!q.ok) return c.redirect('/permohonan/lacak', 303);
  const r = await openRequest(c.get('ctx'), q.data.nomor, q.data.kode);
  const { pdf, filename } = await renderRequestLetter(c.get('ctx'), r, file.slice(0, -4));
  return pdfResponse(c, pdf, filename.replace(/\.pdf$/, ''));
});

// --- public statistics ------------------------------------------------------------------------------------

requestRoutes.get('/statistik-layanan', async (c) => {
  const ctx = c.get('ctx');
  const thisYear = Number(dateInZone(ctx.clock.now(), bodyZone(c)).date.slice(0, 4));
  const asked = Number(c.req.query('tahun'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
  const years = Array.from({ length: Math.min(5, thisYear - 2000 + 1) }, (_, i) => thisYear - i);
  return c.html(<StatisticsPage v={view(c)} s={await serviceStatistics(ctx, year)} years={years} />);
});
