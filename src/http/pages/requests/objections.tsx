// Back-office pages of objections: the register (the §6.4 columns, per year) and one objection with the
// Atasan PPID's decision form.
import type { FC } from 'hono/jsx';
import { OBJECTION_DECISIONS } from '../../../db/schema/objections.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { DECISION_LABELS, GROUND_LABELS, type Objection } from '../../../domain/objections/objections.js';
import { OBJECTION_REGISTER_COLUMNS, type ObjectionRegisterRow } from '../../../domain/objections/register.js';
import type { InformationRequest } from '../../../domain/requests/submit-request.js';
import { can } from '../../../policies/index.js';
import { CALENDAR_CONFIRM_FIELD } from '../../../domain/calendar/calendar-gaps.js';
import { CalendarConfirm } from '../../components/calendar-confirm.js';
import { Actions, ErrorSummary, Input, Radios, TextArea, type FieldErrors } from '../../components/form.js';
import type { RequestFollowUp } from '../../../domain/objections/list-follow-ups.js';
import { FollowUpPanel } from './case/follow-up.js';
import type { IntakeFacts } from '../../../domain/requests/open-intake-scan.js';
import { IntakeChannelFacts, IntakeScanFacts } from './intake-facts.js';
import { RegisterTable, RegisterYear } from '../../components/register-table.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { dateOnly } from '../../dates.js';

const day = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');
const when = (v: View, d: Date) => dateOnly(v, d, 'medium');
const decisionText = (v: View, o: Pick<Objection, 'decision'>) => (o.decision ? tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en) : '–');

export const ObjectionRegisterPage: FC<{ v: View; year: number; rows: ObjectionRegisterRow[] }> = ({ v, year, rows }) => {
  const title = `${tx(v, 'Register keberatan', 'Objection register')} ${year}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          'Setiap keberatan atas permohonan informasi dengan kolom register keberatan (a–k), termasuk keputusan Atasan PPID dan tanggapan pemohon. Berisi data pribadi pemohon.',
          'Every objection to a request with the columns of the objection register (a–k), including the decision of the PPID’s superior and the applicant’s reply. It holds applicants’ personal data.',
        )}
      </p>
      {can(v.actor, 'objection.intake') ? (
        <p>
          <a class="button" href="/admin/keberatan/baru">
            {tx(v, 'Catat keberatan', 'Record an objection')}
          </a>{' '}
          <span class="muted small">
            {tx(v, '(diterima langsung, surat, email, telepon atau faksimile)', '(received in person, by letter, email, phone or fax)')}
          </span>
        </p>
      ) : null}
      <RegisterYear
        v={v}
        action="/admin/keberatan"
        year={year}
        xlsx="/admin/keberatan/register.xlsx"
        download={tx(v, 'Unduh register keberatan (xlsx)', 'Download the objection register (xlsx)')}
      />
      {rows.length === 0 ? (
        <p class="muted">{tx(v, 'Belum ada keberatan pada tahun ini.', 'No objections in this year.')}</p>
      ) : (
        <RegisterTable title={title} heads={OBJECTION_REGISTER_COLUMNS.map((c) => c.head)}>
          {rows.map((r) => (
            <tr>
              {OBJECTION_REGISTER_COLUMNS.map((c) =>
                c.key === 'number' ? (
                  <td data-label={c.head}>
                    <a href={`/admin/keberatan/${r.id}`}>{r.number}</a>
                  </td>
                ) : (
                  <td data-label={c.head} class={c.key === 'applicant' || c.key === 'grounds' ? 'pre' : undefined}>
                    {c.key === 'receivedAt' ? when(v, r.receivedAt) : String(r[c.key]) || '–'}
                  </td>
                ),
              )}
            </tr>
          ))}
        </RegisterTable>
      )}
    </BackofficeLayout>
  );
};

export const ObjectionPage: FC<{
  v: View;
  objection: Objection;
  /** Null for ground b filed without a request (the applicant is then the objection's own). */
  request: InformationRequest | null;
  values?: Record<string, string>;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  followUps?: RequestFollowUp[];
  today?: string;
  /** Errors of the follow-up form (shown in its own section). */
  followUpErrors?: FieldErrors | undefined;
  /** intake-gaps: how the objection came in, and its scans (shown only when allowed). */
  intake?: IntakeFacts | undefined;
}> = ({ v, objection: o, request: r, values = {}, errors, message, followUps = [], today = '', followUpErrors, intake }) => {
  const title = `${tx(v, 'Keberatan', 'Objection')} ${o.number}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{tx(v, 'Diterima', 'Received')}</dt>
        <dd>{when(v, o.receivedAt)}</dd>
        {intake ? <IntakeChannelFacts v={v} intake={intake} /> : null}
        <dt>{tx(v, 'Tanggapan paling lambat', 'Answer due by')}</dt>
        <dd>{day(v, o.dueDate)}</dd>
        <dt>{tx(v, 'Permohonan', 'Request')}</dt>
        {r ? (
          <dd>
            {r.number} – {r.details}
          </dd>
        ) : (
          <>
            <dd>{tx(v, 'Tanpa permohonan (Pasal 35 ayat (1) huruf b)', 'No request (Art. 35(1)(b))')}</dd>
            <dt>{tx(v, 'Informasi yang wajib diumumkan tetapi belum diumumkan', 'Information that must be published but was not')}</dt>
            <dd class="pre">{o.unpublishedInformation}</dd>
          </>
        )}
        <dt>{tx(v, 'Pemohon', 'Applicant')}</dt>
        <dd>
          {r
            ? r.name
            : [o.applicantName, o.applicantIdNumber ? `NIK ${o.applicantIdNumber}` : '', o.applicantAddress, o.applicantPhone, o.applicantEmail]
                .filter(Boolean)
                .join(' · ')}
          {o.proxyName ? ` (${tx(v, 'kuasa', 'proxy')}: ${o.proxyName})` : ''}
        </dd>
        <dt>{tx(v, 'Alasan keberatan', 'Grounds')}</dt>
        <dd>
          <ul>
            {o.grounds.map((g) => (
              <li>
                {GROUND_LABELS[g].letter}. {tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{tx(v, 'Kasus posisi', 'What happened')}</dt>
        <dd class="pre">{o.caseSummary}</dd>
        {intake ? <IntakeScanFacts v={v} intake={intake} base={`/admin/keberatan/${o.id}`} /> : null}
      </dl>
      {o.status === 'decided' ? (
        <section aria-labelledby="d-h">
          <h2 id="d-h">{tx(v, 'Keputusan', 'Decision')}</h2>
          <p>
            <strong>{decisionText(v, o)}</strong> · {o.decidedByName} · {o.decidedAt ? when(v, o.decidedAt) : ''}
          </p>
          <p class="pre">{o.reasons}</p>
          <p>
            <a href={`/admin/keberatan/${o.id}/surat.pdf`}>{tx(v, 'Surat tanggapan (PDF)', 'Response letter (PDF)')}</a>
          </p>
          <FollowUpPanel
            v={v}
            followUps={followUps.filter((f) => f.objectionId === o.id)}
            from="keberatan"
            today={today}
            values={values}
            publish={!o.requestId}
            errors={followUpErrors}
            message={followUpErrors ? undefined : message}
          />
        </section>
      ) : can(v.actor, 'objection.decide') ? (
        <section aria-labelledby="d-h">
          <h2 id="d-h">{tx(v, 'Putuskan keberatan', 'Decide the objection')}</h2>
          <ErrorSummary v={v} errors={errors} message={message} />
          <form method="post" action={`/admin/keberatan/${o.id}/putusan`} novalidate class="form">
            <Csrf v={v} />
            <Radios
              name="decision"
              legend={tx(v, 'Keputusan', 'Decision')}
              value={values.decision}
              errors={errors}
              options={OBJECTION_DECISIONS.map((d) => ({ value: d, label: tx(v, DECISION_LABELS[d].id, DECISION_LABELS[d].en) }))}
            />
            <TextArea
              name="reasons"
              label={tx(v, 'Alasan keputusan', 'Reasons')}
              hint={tx(
                v,
                'Wajib; bila keputusan PPID dikuatkan, alasan tertulis ini dilampirkan (Pasal 36 ayat (3)).',
                'Required; when the PPID’s decision is upheld, these written reasons are attached (Art. 36(3)).',
              )}
              value={values.reasons}
              errors={errors}
              rows={6}
              required
            />
            <TextArea
              name="followUp"
              label={`${tx(v, 'Perintah kepada PPID', 'Order to the PPID')} ${v.t('common.optional')}`}
              value={values.followUp}
              errors={errors}
              rows={3}
            />
            <Input
              name="followUpWorkingDays"
              type="number"
              inputmode="numeric"
              label={`${tx(v, 'Jangka waktu PPID memberikan informasi (hari kerja)', 'Working days for the PPID to give the information')} ${v.t('common.optional')}`}
              hint={tx(
                v,
                `Untuk keberatan yang diterima. Undang-undang tidak menetapkan jangka waktu; bila kosong dipakai ketentuan badan publik (${v.body?.objectionFollowUpWorkingDays ?? 10} hari kerja).`,
                `For upheld objections. The law sets no period; when empty, the body's setting is used (${v.body?.objectionFollowUpWorkingDays ?? 10} working days).`,
              )}
              value={values.followUpWorkingDays}
              errors={errors}
            />
            <CalendarConfirm v={v} form="decide" error={errors?.[CALENDAR_CONFIRM_FIELD]} checked={values.calendarGapConfirmed === '1'} />
            <Actions>
              <button type="submit">{tx(v, 'Simpan keputusan dan kirim surat', 'Save the decision and send the letter')}</button>
            </Actions>
          </form>
        </section>
      ) : (
        <p class="muted">{tx(v, 'Menunggu keputusan Atasan PPID.', 'Awaiting the decision of the PPID’s superior.')}</p>
      )}
    </BackofficeLayout>
  );
};
