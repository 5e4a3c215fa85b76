// One dispute with its stages, hearings, outcome, decision file and follow-up. No JavaScript needed.
import type { FC } from 'hono/jsx';
import type { StageDeadline } from '../../../../domain/disputes/stage-periods.js';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import type { DisputeView } from '../../../../domain/disputes/get-dispute.js';
import { DISPUTE_OUTCOME_LABELS, STAGE_LABELS } from '../../../../domain/disputes/labels.js';
import { DECISION_LABELS } from '../../../../domain/objections/objections.js';
import { ErrorSummary, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, tx, type View } from '../../../components/layout.js';
import type { Values } from './register.js';
import { day } from './list.js';
import { DisputeActions } from './detail-actions.js';

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
  const q = `/admin/sengketa/${d.id}`;
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

      {dv.may.manage ? <DisputeActions v={v} dv={dv} form={form} errors={errors} typed={typed} /> : null}
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
