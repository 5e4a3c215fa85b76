// The citizen's objection on ground b of UU KIP Ps 35(1) without a request: the form, its receipt (number and
// tracking code, shown once; also as a PDF for whoever holds both) and the tracking page (status steps only,
// found by number and code). The form is rate-limited per address and per email (file-unpublished-objection.ts).
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { units as unitsTable } from '../../../db/schema/index.js';
import { loadLetterhead } from '../../../domain/org/letterhead.js';
import { getPublicBody } from '../../../domain/org/public-body.js';
import { objectionTrackingUrl, unpublishedObjectionReceiptPdf } from '../../../letters/objection-receipt.js';
import { pdfResponse } from '../../pdf-response.js';
import { fileUnpublishedObjection } from '../../../domain/objections/file-unpublished-objection.js';
import { openUnpublishedObjection, trackUnpublishedObjection } from '../../../domain/objections/track-unpublished-objection.js';
import { listPublicUnits } from '../../../domain/units/units.js';
import { AppError } from '../../../errors.js';
import { fieldErrorsOf, readForm, str, view } from '../../forms.js';
import {
  EMPTY_UNPUBLISHED,
  UnpublishedObjectionPage,
  UnpublishedReceiptPage,
  UnpublishedTrackPage,
  type UnpublishedValues,
} from '../../pages/requests/objection-unpublished.js';
import type { Env } from '../../types.js';
import { ipHash } from './form-tokens.js';

export const objectionGroundBRoutes = new Hono<Env>();

const FIELDS = Object.keys(EMPTY_UNPUBLISHED) as (keyof UnpublishedValues)[];

objectionGroundBRoutes.get('/permohonan/keberatan/huruf-b', async (c) => {
  const units = await listPublicUnits(c.get('ctx'));
  return c.html(<UnpublishedObjectionPage v={view(c)} values={EMPTY_UNPUBLISHED} units={units} />);
});

objectionGroundBRoutes.post('/permohonan/keberatan/huruf-b', async (c) => {
  const ctx = c.get('ctx');
  const form = await readForm(c);
  const values = Object.fromEntries(FIELDS.map((k) => [k, str(form, k)])) as UnpublishedValues;
  try {
    const { objection, code } = await fileUnpublishedObjection(ctx, { ...values, locale: c.get('locale') === 'en' ? 'en' : 'id' }, { ipHash: ipHash(c) });
    c.header('Cache-Control', 'no-store');
    return c.html(<UnpublishedReceiptPage v={view(c)} number={objection.number} code={code} dueDate={objection.dueDate} />, 201);
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    const limited = err instanceof AppError && err.status === 429;
    if (!fields && !limited) throw err;
    const units = await listPublicUnits(ctx);
    // Too many from this address or email: the form again, everything kept, with the reason.
    if (limited) return c.html(<UnpublishedObjectionPage v={view(c)} values={values} units={units} message={err.message_(c.get('locale'))} />, 429);
    return c.html(<UnpublishedObjectionPage v={view(c)} values={values} units={units} errors={fields ?? undefined} />, 422);
  }
});

objectionGroundBRoutes.get('/permohonan/keberatan/lacak', async (c) => {
  const nomor = (c.req.query('nomor') ?? '').slice(0, 100);
  const kode = (c.req.query('kode') ?? '').slice(0, 100);
  c.header('Cache-Control', 'no-store');
  if (!nomor && !kode) return c.html(<UnpublishedTrackPage v={view(c)} values={{ nomor, kode }} />);
  try {
    const tracked = await trackUnpublishedObjection(c.get('ctx'), nomor, kode);
    return c.html(<UnpublishedTrackPage v={view(c)} values={{ nomor, kode }} tracked={tracked} />);
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 404) throw err;
    const message = c.get('locale') === 'en' ? 'No objection with this number and code.' : 'Tidak ada keberatan dengan nomor dan kode ini.';
    return c.html(<UnpublishedTrackPage v={view(c)} values={{ nomor, kode }} message={message} />, 404);
  }
});

// The receipt as a PDF (tanda bukti), for whoever holds the number and the code, like the request's receipt.
objectionGroundBRoutes.get('/permohonan/keberatan/tanda-bukti.pdf', async (c) => {
  const nomor = (c.req.query('nomor') ?? '').slice(0, 100);
  const kode = (c.req.query('kode') ?? '').slice(0, 100);
  if (!nomor || !kode) return c.redirect('/permohonan/keberatan/lacak', 303);
  const ctx = c.get('ctx');
  const o = await openUnpublishedObjection(ctx, nomor, kode);
  const [unit] = o.unitId ? await ctx.db.select({ name: unitsTable.name }).from(unitsTable).where(eq(unitsTable.id, o.unitId)) : [];
  const head = await loadLetterhead(ctx, await getPublicBody(ctx.db));
  const code = kode.trim();
  const pdf = await unpublishedObjectionReceiptPdf(
    head,
    { ...o, unitName: unit?.name ?? null },
    { code, trackingUrl: objectionTrackingUrl(ctx.settings.baseUrl, o.number, code) },
  );
  return pdfResponse(c, pdf, `tanda-bukti-keberatan-${o.number}`);
});
