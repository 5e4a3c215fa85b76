// One dispute with its stages, hearings, outcome, decision file and follow-up. No JavaScript needed.
import type { FC } from 'hono/jsx';
import type { StageDeadline } from '../../../../domain/disputes/stage-periods.js';
import { DISPUTE_OUTCOMES, DISPUTE_STAGES } from '../../../../db/schema/disputes.js';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import type { DisputeView } from '../../../../domain/disputes/disputes.js';
import { DISPUTE_OUTCOME_LABELS, RULING_OUTCOMES, STAGE_LABELS } from '../../../../domain/disputes/labels.js';
import { DECISION_LABELS } from '../../../../domain/objections/objections.js';
import { Actions, Checkbox, ErrorSummary, Input, Radios, TextArea, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../../components/layout.js';
import { DetailsFields, type Values } from './register.js';
import { day } from './list.js';

/** Which form of the dispute page the errors and typed values belong to. */
export type DisputeForm = 'data' | 'stage' | 'hearing' | 'outcome' | 'appeal' | 'decision' | 'followup' | 'court';

export const DisputePage: FC<{
  v: View;
  dv: DisputeView;
  form?: DisputeForm | undefined;
  errors?: FieldErrors | undefined;
  typed?: Values | undefined;
  message?: string | undefined;
}> = ({ v, dv, form, errors, typed, message }) => {
  const d = dv.dispute;
  const title = `${tx(v, 'Sengketa', 'Dispute')} ${d.caseNumber}`;
  const errs = (f: DisputeForm) => (form === f ? errors : undefined);
  const val = (f: DisputeForm, k: string, dflt = '') => (form === f && typed?.[k] !== undefined ? typed[k]! : dflt);
  const q = `/admin/sengketa/${d.id}`;
  // UU KIP Ps 40(2): no mediation for a dispute over a Ps 17 refusal alone; the form offers only what is allowed.
  const later = DISPUTE_STAGES.slice(DISPUTE_STAGES.indexOf(d.stage) + 1).filter((s) => dv.mediation || s !== 'mediasi');
  const outcomes = DISPUTE_OUTCOMES.filter((o) => dv.mediation || o !== 'mediasi_sepakat');
  const warn = dv.filing.status !== 'within';
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={`/admin/permohonan/${dv.request.id}`}>
          {tx(v, '← Permohonan', '← Request')} {dv.request.number}
        </a>
      </p>
      <h1>{title}</h1>
      <div class="dip-status-line">
        <span class="dip-status dip-status-submitted">{STAGE_LABELS[d.stage][v.locale]}</span>
        {d.closedAt ? <span class="dip-status dip-status-draft">{tx(v, 'Perkara selesai', 'Closed')}</span> : null}
      </div>
      {d.closedAt ? null : <StageDeadlineNote v={v} s={dv.stageDeadline} />}
      <ErrorSummary v={v} errors={errors} message={message} />
      <p class={warn ? 'warn-box' : 'notice-plain'}>{dv.filing.message[v.locale]}</p>
      {dv.release ? (
        <p class="warn-box">
          {!dv.release.released && d.outcome === 'dibuka'
            ? dv.release.finality === 'appealed'
              ? tx(
                  v,
                  'Putusan ini membuka informasi yang penolakannya berdasar uji konsekuensi, tetapi diajukan keberatan ke pengadilan: pengecualiannya tetap berlaku sampai putusan berkekuatan hukum tetap (UU KIP Pasal 47–50).',
                  'This ruling opens information whose refusal rested on a consequence test, but it was appealed to the court: the exemption stands until the ruling is final (Law 14/2008 Art. 47–50).',
                )
              : `${tx(
                  v,
                  'Putusan ini membuka informasi yang penolakannya berdasar uji konsekuensi, tetapi belum berkekuatan hukum tetap: para pihak dapat mengajukan keberatan ke PTUN atau PN dalam 14 hari kerja sejak menerima putusan (UU KIP Pasal 47–48). Pengecualian tetap berlaku sampai putusan final atau badan publik menyatakan tidak mengajukan keberatan.',
                  'This ruling opens information whose refusal rested on a consequence test, but it is not final yet: the parties may appeal to the administrative or district court within 14 working days of receiving it (Law 14/2008 Art. 47–48). The exemption stands until the ruling is final or the body records that it will not appeal.',
                )} ${
                  d.appealLastDay
                    ? `${tx(v, 'Batas keberatan ke pengadilan:', 'Last day to appeal:')} ${day(v, d.appealLastDay)}.`
                    : tx(v, 'Catat tanggal diterimanya putusan untuk menghitung batas itu.', 'Record the day the ruling was received to count that period.')
                }`
            : dv.release.released
              ? tx(
                  v,
                  'Hasil ini membuka informasi yang penolakannya berdasar uji konsekuensi: pengecualiannya telah diakhiri, informasi itu dikeluarkan dari Daftar Informasi yang Dikecualikan, dan draf entri DIP telah dibuat untuk unitnya (UU KIP Pasal 11 ayat (2)).',
                  'This outcome opens information whose refusal rested on a consequence test: its exemption has ended, it left the exempt register, and a DIP draft entry was made for its agency (Law 14/2008 Art. 11(2)).',
                )
              : tx(
                  v,
                  'Hasil ini membuka sebagian informasi yang penolakannya berdasar uji konsekuensi: bagian yang dibuka menjadi informasi publik (UU KIP Pasal 11 ayat (2)). Terbitkan bagian itu, dan tetapkan bagian yang tetap dikecualikan dengan uji konsekuensi baru.',
                  'This outcome opens part of information whose refusal rested on a consequence test: the opened part becomes public information (Law 14/2008 Art. 11(2)). Publish that part, and set what stays exempt with a new consequence test.',
                )}{' '}
          <a href={`/admin/uji-konsekuensi/${dv.release.consequenceTestId}`}>{tx(v, 'Uji konsekuensi', 'Consequence test')}</a>
        </p>
      ) : null}
      <dl class="facts">
        <dt>{tx(v, 'Permohonan', 'Request')}</dt>
        <dd>
          <a href={`/admin/permohonan/${dv.request.id}`}>{dv.request.number}</a> – {dv.request.details}
        </dd>
        <dt>{tx(v, 'Keberatan', 'Objection')}</dt>
        <dd>
          {dv.objection ? (
            <>
              <a href={`/admin/keberatan/${dv.objection.id}`}>{dv.objection.number}</a>
              {dv.objection.decision ? ` – ${DECISION_LABELS[dv.objection.decision][v.locale]}` : ` – ${tx(v, 'belum ditanggapi', 'not answered')}`}
            </>
          ) : (
            '–'
          )}
        </dd>
        <dt>{tx(v, 'Komisi Informasi', 'Commission')}</dt>
        <dd>{d.commission}</dd>
        <dt>{tx(v, 'Nomor register', 'Case number')}</dt>
        <dd>{d.caseNumber}</dd>
        <dt>{tx(v, 'Didaftarkan', 'Filed on')}</dt>
        <dd>{day(v, d.filedOn)}</dd>
        <dt>{tx(v, 'Kuasa badan publik', 'The body’s representative')}</dt>
        <dd>{d.respondentRep || '–'}</dd>
        <dt>{tx(v, 'Hasil', 'Outcome')}</dt>
        <dd>
          {d.outcome ? DISPUTE_OUTCOME_LABELS[d.outcome][v.locale] : tx(v, 'Belum ada', 'None yet')}
          {d.decidedOn ? ` (${day(v, d.decidedOn)})` : ''}
        </dd>
        {d.mediationResult ? (
          <>
            <dt>{tx(v, 'Hasil mediasi', 'Mediation result')}</dt>
            <dd class="pre">{d.mediationResult}</dd>
          </>
        ) : null}
        {d.ruling ? (
          <>
            <dt>{tx(v, 'Amar putusan', 'Ruling')}</dt>
            <dd class="pre">{d.ruling}</dd>
          </>
        ) : null}
        <dt>{tx(v, 'Berkas putusan', 'Decision file')}</dt>
        <dd>{d.decisionSha256 ? <a href={`${q}/putusan.pdf`}>{d.decisionFilename ?? 'putusan.pdf'}</a> : '–'}</dd>
        {d.followUp ? (
          <>
            <dt>{tx(v, 'Tindak lanjut', 'Follow-up')}</dt>
            <dd class="pre">{d.followUp}</dd>
          </>
        ) : null}
      </dl>

      <h2>{tx(v, 'Sidang', 'Hearings')}</h2>
      {d.hearings.length ? (
        <ul class="plain-list">
          {d.hearings.map((h) => (
            <li>
              <strong>{day(v, h.date)}</strong>
              {h.note ? <p class="pre">{h.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tx(v, 'Belum ada sidang yang dicatat.', 'No hearings recorded yet.')}</p>
      )}

      {dv.may.manage ? (
        <>
          {d.stage === 'keberatan_pengadilan' ? (
            <section aria-labelledby="h-court" class="card">
              <h2 id="h-court">{tx(v, 'Putusan pengadilan (PTUN/PN)', 'Judgment of the court (PTUN/PN)')}</h2>
              <form method="post" action={`${q}/pengadilan`} novalidate class="form">
                <Csrf v={v} />
                <Input
                  name="receivedOn"
                  type="date"
                  label={tx(v, 'Tanggal putusan pengadilan diterima', 'Date the court’s judgment was received')}
                  hint={tx(
                    v,
                    'Kasasi paling lambat 14 hari sejak putusan diterima (UU KIP Pasal 50).',
                    'Cassation within 14 days of receipt (Law 14/2008 Art. 50).',
                  )}
                  value={val('court', 'receivedOn', d.courtRulingReceivedOn ?? '')}
                  errors={errs('court')}
                  required
                />
                <Actions>
                  <button type="submit">{tx(v, 'Simpan tanggal', 'Save the date')}</button>
                </Actions>
              </form>
            </section>
          ) : null}
          {later.length ? (
            <section aria-labelledby="h-stage" class="card">
              <h2 id="h-stage">{tx(v, 'Tahap berikutnya', 'Next stage')}</h2>
              <form method="post" action={`${q}/tahap`} novalidate class="form">
                <Csrf v={v} />
                <Radios
                  name="stage"
                  legend={tx(v, 'Tahap sengketa sekarang', 'The dispute is now at')}
                  hint={
                    dv.mediation
                      ? tx(
                          v,
                          'Mediasi hanya untuk alasan keberatan huruf b–g; bagian sengketa atas pengecualian Pasal 17 (huruf a) diselesaikan melalui ajudikasi (UU KIP Pasal 40 ayat (2)).',
                          'Mediation is only for objection grounds b–g; the part of the dispute about an Art. 17 exemption (ground a) goes to adjudication (Law 14/2008 Art. 40(2)).',
                        )
                      : tx(
                          v,
                          'Sengketa atas penolakan berdasarkan pengecualian Pasal 17 (alasan keberatan huruf a) tidak dapat dimediasi; penyelesaiannya melalui ajudikasi nonlitigasi (UU KIP Pasal 40 ayat (2)).',
                          'A dispute over a refusal under the Art. 17 exemptions (objection ground a) cannot be mediated; it goes to non-litigation adjudication (Law 14/2008 Art. 40(2)).',
                        )
                  }
                  value={val('stage', 'stage')}
                  errors={errs('stage')}
                  options={later.map((s) => ({ value: s, label: STAGE_LABELS[s][v.locale] }))}
                />
                <Actions>
                  <button type="submit">{tx(v, 'Simpan tahap', 'Save the stage')}</button>
                </Actions>
              </form>
            </section>
          ) : null}

          <section aria-labelledby="h-hearing" class="card">
            <h2 id="h-hearing">{tx(v, 'Catat sidang', 'Record a hearing')}</h2>
            <form method="post" action={`${q}/sidang`} novalidate class="form">
              <Csrf v={v} />
              <Input name="date" type="date" label={tx(v, 'Tanggal sidang', 'Hearing date')} value={val('hearing', 'date')} errors={errs('hearing')} required />
              <TextArea
                name="note"
                label={`${tx(v, 'Catatan (agenda, yang hadir, hasil)', 'Note (agenda, who attended, result)')} ${v.t('common.optional')}`}
                value={val('hearing', 'note')}
                errors={errs('hearing')}
                rows={3}
              />
              <Actions>
                <button type="submit" class="secondary">
                  {tx(v, 'Tambah sidang', 'Add the hearing')}
                </button>
              </Actions>
            </form>
          </section>

          <section aria-labelledby="h-outcome" class="card">
            <h2 id="h-outcome">{tx(v, 'Hasil penyelesaian sengketa', 'Outcome of the dispute')}</h2>
            <p class="muted small">
              {tx(
                v,
                'Putusan pengadilan atas keberatan dapat dicatat lagi sampai perkara ditutup.',
                'A court’s judgment on appeal can be recorded again until the case is closed.',
              )}
            </p>
            <form method="post" action={`${q}/hasil`} novalidate class="form">
              <Csrf v={v} />
              <Radios
                name="outcome"
                legend={tx(v, 'Hasil', 'Outcome')}
                value={val('outcome', 'outcome', d.outcome ?? '')}
                errors={errs('outcome')}
                options={outcomes.map((o) => ({ value: o, label: DISPUTE_OUTCOME_LABELS[o][v.locale] }))}
              />
              <Input
                name="decidedOn"
                type="date"
                label={tx(v, 'Tanggal putusan / kesepakatan', 'Date of the ruling / agreement')}
                value={val('outcome', 'decidedOn', d.decidedOn ?? '')}
                errors={errs('outcome')}
                required
              />
              <Input
                name="rulingReceivedOn"
                type="date"
                label={`${tx(v, 'Tanggal putusan diterima badan publik', 'Day the body received the ruling')} ${v.t('common.optional')}`}
                hint={tx(
                  v,
                  'Keberatan ke PTUN/PN dapat diajukan dalam 14 hari kerja sejak putusan diterima (UU KIP Pasal 47–48); putusan yang membuka informasi dilaksanakan setelah berkekuatan hukum tetap.',
                  'An appeal to the PTUN/PN can be filed within 14 working days of receiving the ruling (Law 14/2008 Art. 47–48); a ruling that opens information is carried out once final.',
                )}
                value={val('outcome', 'rulingReceivedOn', d.rulingReceivedOn ?? '')}
                errors={errs('outcome')}
              />
              <TextArea
                name="ruling"
                label={tx(v, 'Amar putusan (bila diputus)', 'Operative part of the ruling (if decided)')}
                value={val('outcome', 'ruling', d.ruling)}
                errors={errs('outcome')}
                rows={4}
              />
              {dv.mediation ? (
                <TextArea
                  name="mediationResult"
                  label={tx(v, 'Hasil mediasi / kesepakatan (bila mediasi)', 'Mediation result / agreement (if mediated)')}
                  value={val('outcome', 'mediationResult', d.mediationResult)}
                  errors={errs('outcome')}
                  rows={3}
                />
              ) : null}
              <Actions>
                <button type="submit">{tx(v, 'Simpan hasil', 'Save the outcome')}</button>
              </Actions>
            </form>
          </section>

          {d.outcome && RULING_OUTCOMES.includes(d.outcome) ? (
            <section aria-labelledby="h-appeal" class="card">
              <h2 id="h-appeal">{tx(v, 'Keberatan atas putusan (PTUN/PN)', 'Appeal against the ruling (PTUN/PN)')}</h2>
              {d.appeal ? (
                <p>
                  {d.appeal === 'appealed'
                    ? tx(v, 'Badan publik mengajukan keberatan ke pengadilan', 'The body appealed to the court')
                    : tx(v, 'Badan publik tidak mengajukan keberatan; putusan berkekuatan hukum tetap', 'The body will not appeal; the ruling is final')}{' '}
                  ({day(v, d.appealRecordedOn!)})
                </p>
              ) : null}
              <form method="post" action={`${q}/banding`} novalidate class="form">
                <Csrf v={v} />
                <Radios
                  name="appeal"
                  legend={tx(v, 'Sikap badan publik atas putusan', 'What the body does about the ruling')}
                  value={val('appeal', 'appeal', d.appeal ?? '')}
                  errors={errs('appeal')}
                  options={[
                    { value: 'waived', label: tx(v, 'Tidak mengajukan keberatan (putusan diterima)', 'Will not appeal (the ruling is accepted)') },
                    { value: 'appealed', label: tx(v, 'Mengajukan keberatan ke PTUN/PN', 'Appeals to the PTUN/PN') },
                  ]}
                />
                <Input
                  name="recordedOn"
                  type="date"
                  label={tx(v, 'Tanggal', 'Date')}
                  value={val('appeal', 'recordedOn', d.appealRecordedOn ?? '')}
                  errors={errs('appeal')}
                  required
                />
                <Actions>
                  <button type="submit" class="secondary">
                    {tx(v, 'Simpan', 'Save')}
                  </button>
                </Actions>
              </form>
            </section>
          ) : null}

          <section aria-labelledby="h-decision" class="card">
            <h2 id="h-decision">{tx(v, 'Berkas putusan (PDF)', 'Decision file (PDF)')}</h2>
            <form method="post" action={`${q}/putusan`} enctype="multipart/form-data" class="form">
              <Csrf v={v} />
              <div class={`field${errs('decision')?.file ? ' has-error' : ''}`}>
                <label for="f-file">{tx(v, 'Salinan putusan Komisi Informasi', 'Copy of the commission’s decision')}</label>
                <p class="hint" id="h-file">
                  {tx(v, 'PDF, paling besar 20 MB. Putusan Komisi Informasi bersifat terbuka.', 'PDF, at most 20 MB. Commission decisions are public.')}
                </p>
                {errs('decision')?.file ? (
                  <p class="error" id="e-file">
                    {errs('decision')!.file}
                  </p>
                ) : null}
                <input
                  type="file"
                  id="f-file"
                  name="file"
                  accept=".pdf,application/pdf"
                  aria-describedby={errs('decision')?.file ? 'h-file e-file' : 'h-file'}
                  aria-invalid={errs('decision')?.file ? 'true' : undefined}
                />
              </div>
              <Actions>
                <button type="submit" class="secondary">
                  {tx(v, 'Unggah putusan', 'Upload the decision')}
                </button>
              </Actions>
            </form>
          </section>

          <section aria-labelledby="h-followup" class="card">
            <h2 id="h-followup">{tx(v, 'Tindak lanjut', 'Follow-up')}</h2>
            <form method="post" action={`${q}/tindak-lanjut`} novalidate class="form">
              <Csrf v={v} />
              <TextArea
                name="followUp"
                label={tx(v, 'Pelaksanaan kesepakatan mediasi atau putusan', 'Carrying out the agreement or the ruling')}
                value={val('followup', 'followUp', d.followUp)}
                errors={errs('followup')}
                rows={3}
                required
              />
              <Checkbox
                name="close"
                label={tx(
                  v,
                  'Perkara selesai (kesepakatan/putusan telah dilaksanakan atau sengketa dicabut)',
                  'The case is over (agreement or ruling carried out, or withdrawn)',
                )}
                checked={val('followup', 'close') === '1'}
              />
              {errs('followup')?.close ? (
                <p class="error" id="e-close">
                  {errs('followup')!.close}
                </p>
              ) : null}
              <Actions>
                <button type="submit" class="secondary">
                  {tx(v, 'Simpan tindak lanjut', 'Save the follow-up')}
                </button>
              </Actions>
            </form>
          </section>

          <details class="card" open={form === 'data'}>
            <summary>{tx(v, 'Perbaiki data perkara', 'Correct the case details')}</summary>
            <form method="post" action={`${q}/data`} novalidate class="form">
              <Csrf v={v} />
              <DetailsFields
                v={v}
                values={{
                  commission: val('data', 'commission', d.commission),
                  caseNumber: val('data', 'caseNumber', d.caseNumber),
                  filedOn: val('data', 'filedOn', d.filedOn),
                  respondentRep: val('data', 'respondentRep', d.respondentRep),
                }}
                errors={errs('data')}
              />
              <Actions>
                <button type="submit" class="secondary">
                  {tx(v, 'Simpan data perkara', 'Save the case details')}
                </button>
              </Actions>
            </form>
          </details>
        </>
      ) : null}
    </BackofficeLayout>
  );
};

/** The statutory deadline of the current stage (stage-periods.ts), with its unit and article. */
const StageDeadlineNote: FC<{ v: View; s: StageDeadline }> = ({ v, s }) => {
  const period = s.days
    ? s.unit === 'calendar'
      ? tx(v, `${s.days} hari kalender`, `${s.days} calendar days`)
      : tx(v, `${s.days} hari kerja`, `${s.days} working days`)
    : '';
  return (
    <p class="notice-plain" id="stage-deadline">
      <strong>{tx(v, 'Tenggat tahap ini: ', 'Deadline of this stage: ')}</strong>
      {s.due
        ? formatLongDate(s.due, v.locale === 'en' ? 'en' : 'id')
        : s.days
          ? tx(v, 'belum dapat dihitung (tanggal awal belum dicatat)', 'not yet known (the date it is counted from is not recorded)')
          : tx(v, 'tidak ada', 'none')}
      {' – '}
      {s.what[v.locale]}
      {period ? ` (${period}, ${s.basis})` : ` (${s.basis})`}.
    </p>
  );
};
