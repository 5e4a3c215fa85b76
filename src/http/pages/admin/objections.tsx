// Back-office pages of objections: the register (Perki 1/2021 columns) and one objection with the Atasan
// PPID's decision form.
import type { FC } from 'hono/jsx';
import { OBJECTION_DECISIONS } from '../../../db/schema/objections.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { DECISION_LABELS, GROUND_LABELS, type Objection, type ObjectionRow } from '../../../domain/objections/objections.js';
import type { InformationRequest } from '../../../domain/requests/submit-request.js';
import { can } from '../../../policies/index.js';
import { Actions, ErrorSummary, Radios, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

const day = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');
const when = (v: View, d: Date) =>
  new Intl.DateTimeFormat(v.locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeZone: v.body?.timeZone ?? 'Asia/Jakarta' }).format(d);
const decisionText = (v: View, o: Pick<Objection, 'decision'>) => (o.decision ? tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en) : '–');

export const ObjectionRegisterPage: FC<{ v: View; rows: ObjectionRow[] }> = ({ v, rows }) => {
  const title = tx(v, 'Register keberatan', 'Objection register');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          'Setiap keberatan atas permohonan informasi, dengan keputusan Atasan PPID.',
          'Every objection to a request, with the decision of the PPID’s superior.',
        )}
      </p>
      {rows.length === 0 ? (
        <p class="muted">{tx(v, 'Belum ada keberatan.', 'No objections yet.')}</p>
      ) : (
        <div class="table-wrap" tabindex={0} role="region" aria-label={title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Nomor', 'Number')}</th>
                <th scope="col">{tx(v, 'Diterima', 'Received')}</th>
                <th scope="col">{tx(v, 'Pemohon', 'Applicant')}</th>
                <th scope="col">{tx(v, 'Nomor permohonan', 'Request')}</th>
                <th scope="col">{tx(v, 'Alasan (Ps 35)', 'Grounds (Art. 35)')}</th>
                <th scope="col">{tx(v, 'Tenggat tanggapan', 'Answer due')}</th>
                <th scope="col">{tx(v, 'Keputusan', 'Decision')}</th>
                <th scope="col">{tx(v, 'Tanggal tanggapan', 'Answered on')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr>
                  <td>
                    <a href={`/admin/keberatan/${o.id}`}>{o.number}</a>
                  </td>
                  <td>{when(v, o.receivedAt)}</td>
                  <td>{o.applicantName}</td>
                  <td>{o.requestNumber}</td>
                  <td>{o.grounds.map((g) => GROUND_LABELS[g].letter).join(', ')}</td>
                  <td>{day(v, o.dueDate)}</td>
                  <td>{o.status === 'decided' ? decisionText(v, o) : tx(v, 'Menunggu keputusan', 'Awaiting decision')}</td>
                  <td>{o.decidedAt ? when(v, o.decidedAt) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackofficeLayout>
  );
};

export const ObjectionPage: FC<{
  v: View;
  objection: Objection;
  request: InformationRequest;
  values?: Record<string, string>;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
}> = ({ v, objection: o, request: r, values = {}, errors, message }) => {
  const title = `${tx(v, 'Keberatan', 'Objection')} ${o.number}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{tx(v, 'Diterima', 'Received')}</dt>
        <dd>{when(v, o.receivedAt)}</dd>
        <dt>{tx(v, 'Tanggapan paling lambat', 'Answer due by')}</dt>
        <dd>{day(v, o.dueDate)}</dd>
        <dt>{tx(v, 'Permohonan', 'Request')}</dt>
        <dd>
          {r.number} – {r.details}
        </dd>
        <dt>{tx(v, 'Pemohon', 'Applicant')}</dt>
        <dd>
          {r.name}
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
