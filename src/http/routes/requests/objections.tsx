// Back office of objections (mounted at /admin/keberatan): the register per year (page and xlsx), one
// objection, the Atasan PPID's decision and the response letter.
import { objectionSubject } from '../../../domain/objections/file-unpublished-objection.js';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { CALENDAR_CONFIRM_FIELD } from '../../../domain/calendar/calendar-gaps.js';
import { dateInZone, zoneOf } from '../../../domain/calendar/dates.js';
import { computeDeadline } from '../../../domain/calendar/load-calendar.js';
import { DISPUTE_FILING_WORKING_DAYS } from '../../../domain/calendar/periods.js';
import { decideObjection, getObjection, type Objection } from '../../../domain/objections/objections.js';
import { spanDate, warnCalendarGaps } from '../../calendar-gaps.js';
import { completeFollowUp } from '../../../domain/objections/complete-follow-up.js';
import { followUpsOfObjection, followUpsOfRequest } from '../../../domain/objections/list-follow-ups.js';
import { todayInBody } from '../../../domain/requests/case.js';
import { intakeFacts, seesObjectionScans } from '../../../domain/requests/open-intake-scan.js';
import { objectionRegister, objectionRegisterXlsx } from '../../../domain/objections/register.js';
import { AppError, errors } from '../../../errors.js';
import { issuedObjectionResponse } from '../../../letters/official.js';
import { fieldErrorsOf, readForm, str, view } from '../../forms.js';
import { ObjectionPage, ObjectionRegisterPage } from '../../pages/requests/objections.js';
import type { Env } from '../../types.js';
import { downloadHeaders, streamResponse, XLSX_TYPE } from '../dip/exports.js';
import { pdfResponse } from '../../pdf-response.js';
import { bodyZone } from '../../dates.js';

export const objectionAdminRoutes = new Hono<Env>();

/** intake-gaps: how the objection came in, and its scans when the actor may see the applicant's personal data. */
const objectionIntake = async (c: Context<Env>, o: Objection, requestId: string | null) =>
  intakeFacts(c.get('ctx'), o, await seesObjectionScans(c.get('ctx'), requestId));

const ZYear = z.coerce.number().int().min(2000).max(2100);
function registerYear(c: Context<Env>): number {
  const y = ZYear.safeParse(c.req.query('tahun'));
  return y.success ? y.data : Number(dateInZone(c.get('ctx').clock.now(), bodyZone(c)).date.slice(0, 4));
}

objectionAdminRoutes.get('/', async (c) => {
  const year = registerYear(c);
  return c.html(<ObjectionRegisterPage v={view(c)} year={year} rows={await objectionRegister(c.get('ctx'), year)} />);
});

objectionAdminRoutes.get('/register.xlsx', async (c) => {
  const year = registerYear(c);
  const rows = await objectionRegister(c.get('ctx'), year);
  const body = c.get('body');
  const xlsx = await objectionRegisterXlsx(rows, { year, bodyName: body?.name ?? '', timeZone: zoneOf(body) });
  return streamResponse(xlsx, downloadHeaders(XLSX_TYPE, `register-keberatan-${year}.xlsx`, 'no-store'));
});

/** The objection's due date and, while it is undecided, the 14 working days the response letter prints (UU KIP Ps 37). */
async function warnObjection(c: Context<Env>, objection: Objection) {
  const ctx = c.get('ctx');
  const today = spanDate(c, ctx.clock.now())!;
  await warnCalendarGaps(c, [
    { from: spanDate(c, objection.receivedAt), to: objection.dueDate },
    objection.status === 'decided' ? {} : { from: today, to: (await computeDeadline(ctx, today, DISPUTE_FILING_WORKING_DAYS)).due },
  ]);
}

objectionAdminRoutes.get('/:id', async (c) => {
  const ctx = c.get('ctx');
  const { objection, request } = await getObjection(ctx, c.req.param('id'));
  await warnObjection(c, objection);
  return c.html(
    <ObjectionPage
      v={view(c)}
      objection={objection}
      request={request}
      intake={await objectionIntake(c, objection, request?.id ?? null)}
      followUps={request ? await followUpsOfRequest(ctx, request.id) : await followUpsOfObjection(ctx, objection.id)}
      today={await todayInBody(ctx)}
    />,
  );
});

objectionAdminRoutes.post('/:id/putusan', async (c) => {
  const ctx = c.get('ctx');
  const form = await readForm(c);
  const values = {
    decision: str(form, 'decision'),
    reasons: str(form, 'reasons'),
    followUp: str(form, 'followUp'),
    followUpWorkingDays: str(form, 'followUpWorkingDays'),
    calendarGapConfirmed: str(form, CALENDAR_CONFIRM_FIELD),
  };
  try {
    const { calendarGapConfirmed, ...input } = values;
    await decideObjection(ctx, c.req.param('id'), input as never, { calendarGapConfirmed: calendarGapConfirmed === '1' });
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (fields || (err instanceof AppError && err.code === 'objection_not_allowed')) {
      const { objection, request } = await getObjection(ctx, c.req.param('id'));
      await warnObjection(c, objection);
      const message = fields ? undefined : (err as AppError).message_(c.get('locale'));
      return c.html(
        <ObjectionPage
          v={view(c)}
          objection={objection}
          request={request}
          intake={await objectionIntake(c, objection, request?.id ?? null)}
          values={values}
          errors={fields ?? undefined}
          message={message}
        />,
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
  return pdfResponse(c, await issuedObjectionResponse(ctx, objection, objectionSubject(objection, request)), `tanggapan-keberatan-${objection.number}`);
});

// The PPID Utama records that a granted objection was carried out (the follow-up task is closed).
objectionAdminRoutes.post('/:id/tindak-lanjut', async (c) => {
  const ctx = c.get('ctx');
  const form = await readForm(c);
  const values = { givenOn: str(form, 'givenOn'), note: str(form, 'note') };
  const back = str(form, 'dari') === 'permohonan' ? 'permohonan' : 'keberatan';
  const { objection, request } = await getObjection(ctx, c.req.param('id'));
  try {
    await completeFollowUp(ctx, objection.id, values);
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (fields || (err instanceof AppError && err.code === 'follow_up_done')) {
      const message = fields ? undefined : (err as AppError).message_(c.get('locale'));
      await warnObjection(c, objection);
      return c.html(
        <ObjectionPage
          v={view(c)}
          objection={objection}
          request={request}
          intake={await objectionIntake(c, objection, request?.id ?? null)}
          values={values}
          followUps={request ? await followUpsOfRequest(ctx, request.id) : await followUpsOfObjection(ctx, objection.id)}
          today={await todayInBody(ctx)}
          followUpErrors={fields ?? undefined}
          message={message}
        />,
        fields ? 422 : 409,
      );
    }
    throw err;
  }
  return c.redirect(
    back === 'permohonan' && request ? `/admin/permohonan/${request?.id ?? ''}?ok=common.saved` : `/admin/keberatan/${objection.id}?ok=common.saved`,
    303,
  );
});
