// Back office of disputes (mounted at /admin/sengketa): the list, registering a dispute on a request, and
// one dispute's actions. Each handler parses the form, makes one domain call and redirects (303) or shows
// the page again with the messages (409/413/415/422).
import { catalogueMessages } from '../../../i18n/catalogue.js';
import { recordCourtRuling } from '../../../domain/disputes/record-court-ruling.js';
import { Hono, type Context } from 'hono';
import { addHearing } from '../../../domain/disputes/add-dispute-hearing.js';
import { attachDecision } from '../../../domain/disputes/attach-dispute-decision.js';
import { changeStage } from '../../../domain/disputes/change-dispute-stage.js';
import { decisionFile } from '../../../domain/disputes/download-dispute-decision.js';
import { getDispute } from '../../../domain/disputes/get-dispute.js';
import { listDisputes } from '../../../domain/disputes/list-disputes.js';
import { disputeRegistration } from '../../../domain/disputes/prepare-dispute-registration.js';
import { recordAppeal } from '../../../domain/disputes/record-dispute-appeal.js';
import { recordFollowUp } from '../../../domain/disputes/record-dispute-follow-up.js';
import { recordOutcome } from '../../../domain/disputes/record-dispute-outcome.js';
import { registerDispute } from '../../../domain/disputes/register-dispute.js';
import { updateDisputeDetails } from '../../../domain/disputes/update-dispute-details.js';
import { AppError } from '../../../errors.js';
import type { View } from '../../components/layout.js';
import { fieldErrorsOf, readForm, str, view, type FormValues } from '../../forms.js';
import { DisputeListPage } from '../../pages/requests/disputes/list.js';
import { DisputePage, type DisputeForm } from '../../pages/requests/disputes/detail.js';
import { DisputeRegisterPage } from '../../pages/requests/disputes/register.js';
import { spanDate, warnCalendarGaps } from '../../calendar-gaps.js';
import type { Env } from '../../types.js';
import { pdfResponse } from '../../pdf-response.js';

export const disputeAdminRoutes = new Hono<Env>();
type C = Context<Env>;

/** The decision upload has its own body limit (app.ts), larger than a form's. */
export const DECISION_UPLOAD_PATH = /^\/admin\/sengketa\/[^/]+\/putusan$/;

const NOTICES: Record<string, [string, string]> = {
  registered: ['Sengketa dicatat dan masuk riwayat permohonan.', 'The dispute was recorded in the request’s history.'],
  saved: ['Perubahan disimpan.', 'Changes saved.'],
  stage: ['Tahap sengketa disimpan.', 'The stage was saved.'],
  hearing: ['Sidang dicatat.', 'The hearing was recorded.'],
  outcome: ['Hasil penyelesaian sengketa disimpan.', 'The outcome was saved.'],
  appeal: ['Sikap badan publik atas putusan disimpan.', 'What the body does about the ruling was saved.'],
  decision: ['Berkas putusan diunggah.', 'The decision file was uploaded.'],
  followup: ['Tindak lanjut disimpan.', 'The follow-up was saved.'],
};

function disputeView(c: C): View {
  const v = view(c);
  const n = NOTICES[c.req.query('ok') ?? ''];
  return { ...v, notice: v.notice ?? (n ? (v.locale === 'en' ? n[1] : n[0]) : undefined) };
}

const strings = (f: FormValues): Record<string, string> => Object.fromEntries(Object.keys(f).map((k) => [k, str(f, k)]));
const detailsOf = (f: FormValues) => ({
  commission: str(f, 'commission'),
  caseNumber: str(f, 'caseNumber'),
  filedOn: str(f, 'filedOn'),
  respondentRep: str(f, 'respondentRep'),
});

disputeAdminRoutes.get('/', async (c) => c.html(<DisputeListPage v={disputeView(c)} rows={await listDisputes(c.get('ctx'))} />));

disputeAdminRoutes.get('/baru', async (c) => {
  const reg = await disputeRegistration(c.get('ctx'), c.req.query('permohonan') ?? '');
  return c.html(<DisputeRegisterPage v={disputeView(c)} reg={reg} values={{ ...reg.suggested, caseNumber: '' }} />);
});

disputeAdminRoutes.post('/', async (c) => {
  const ctx = c.get('ctx');
  const f = await readForm(c);
  const requestId = str(f, 'requestId');
  try {
    const d = await registerDispute(ctx, requestId, detailsOf(f));
    return c.redirect(`/admin/sengketa/${d.id}?ok=registered`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || (err.status !== 409 && err.status !== 422)) throw err;
    const locale = c.get('locale');
    const reg = await disputeRegistration(ctx, requestId);
    const fields = fieldErrorsOf(err, locale) ?? undefined;
    return c.html(
      <DisputeRegisterPage v={disputeView(c)} reg={reg} values={detailsOf(f)} errors={fields} message={fields ? undefined : err.message_(locale)} />,
      err.status,
    );
  }
});

async function renderDispute(
  c: C,
  id: string,
  status: 200 | 409 | 413 | 415 | 422 = 200,
  extras: { form?: DisputeForm; errors?: Record<string, string>; typed?: Record<string, string>; message?: string } = {},
) {
  const dv = await getDispute(c.get('ctx'), id);
  // The filing window after the Atasan's answer (UU KIP Ps 37) and the appeal window of a ruling (Ps 47-48).
  await warnCalendarGaps(c, [
    { from: spanDate(c, dv.objection?.decidedAt), to: dv.filing.lastDay },
    { from: dv.dispute.decidedOn, to: dv.dispute.appealLastDay },
  ]);
  return c.html(<DisputePage v={disputeView(c)} dv={dv} {...extras} />, status);
}

disputeAdminRoutes.get('/:id', (c) => renderDispute(c, c.req.param('id')));

/** One action: read the form, call the domain, redirect; a refusal the officer can act on shows the page again. */
function action(path: string, form: DisputeForm, ok: string, run: (c: C, id: string, f: FormValues) => Promise<unknown>) {
  disputeAdminRoutes.post(`/:id/${path}`, async (c) => {
    const id = c.req.param('id');
    const f = await readForm(c);
    try {
      await run(c, id, f);
    } catch (err) {
      if (!(err instanceof AppError) || ![409, 413, 415, 422].includes(err.status)) throw err;
      const locale = c.get('locale');
      const errors = fieldErrorsOf(err, locale) ?? undefined;
      return renderDispute(c, id, err.status as 409, { form, errors, typed: strings(f), message: errors ? undefined : err.message_(locale) });
    }
    return c.redirect(`/admin/sengketa/${id}?ok=${ok}`, 303);
  });
}

action('data', 'data', 'saved', (c, id, f) => updateDisputeDetails(c.get('ctx'), id, detailsOf(f)));
action('tahap', 'stage', 'stage', (c, id, f) => changeStage(c.get('ctx'), id, { stage: str(f, 'stage') as never }));
action('sidang', 'hearing', 'hearing', (c, id, f) => addHearing(c.get('ctx'), id, { date: str(f, 'date'), note: str(f, 'note') }));
action('hasil', 'outcome', 'outcome', (c, id, f) =>
  recordOutcome(c.get('ctx'), id, {
    outcome: str(f, 'outcome') as never,
    decidedOn: str(f, 'decidedOn'),
    ruling: str(f, 'ruling'),
    mediationResult: str(f, 'mediationResult'),
    rulingReceivedOn: str(f, 'rulingReceivedOn'),
  }),
);
action('banding', 'appeal', 'appeal', (c, id, f) => recordAppeal(c.get('ctx'), id, { appeal: str(f, 'appeal') as never, recordedOn: str(f, 'recordedOn') }));
action('tindak-lanjut', 'followup', 'followup', (c, id, f) =>
  recordFollowUp(c.get('ctx'), id, { followUp: str(f, 'followUp'), close: str(f, 'close') === '1' }),
);
// disputes: the day the court's judgment was received (the cassation window of UU KIP Ps 50).
action('pengadilan', 'court', 'saved', (c, id, f) => recordCourtRuling(c.get('ctx'), id, { receivedOn: str(f, 'receivedOn') }));

disputeAdminRoutes.post('/:id/putusan', async (c) => {
  const id = c.req.param('id');
  const ctx = c.get('ctx');
  const body = await c.req.parseBody();
  const file = body['file'];
  const locale = c.get('locale');
  try {
    if (!(file instanceof File) || file.size === 0) {
      throw new AppError('no_file', 422, catalogueMessages('requests-disputes.disputes.choose_decision_s_pdf_file'), {
        file: catalogueMessages('requests-disputes.disputes.choose_decision_s_pdf_file'),
      });
    }
    await attachDecision(ctx, id, { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name });
  } catch (err) {
    if (!(err instanceof AppError) || ![409, 413, 415, 422].includes(err.status)) throw err;
    const fields = fieldErrorsOf(err, locale) ?? { file: err.message_(locale) };
    return renderDispute(c, id, err.status as 415, { form: 'decision', errors: fields });
  }
  return c.redirect(`/admin/sengketa/${id}?ok=decision`, 303);
});

disputeAdminRoutes.get('/:id/putusan.pdf', async (c) => {
  const { bytes, filename } = await decisionFile(c.get('ctx'), c.req.param('id'));
  return pdfResponse(c, bytes, filename.replace(/\.pdf$/i, ''));
});
