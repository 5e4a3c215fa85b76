// Back-office form that registers a dispute at the Komisi Informasi. No JavaScript needed.
import type { FC } from 'hono/jsx';
import type { DisputeRegistration } from '../../../../domain/disputes/prepare-dispute-registration.js';
import { DECISION_LABELS } from '../../../../domain/objections/objections.js';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../../components/layout.js';
import { day } from './list.js';

export type Values = Record<string, string>;

export const DetailsFields: FC<{ v: View; values: Values; errors?: FieldErrors | undefined; hint?: string | undefined }> = ({ v, values, errors, hint }) => (
  <>
    <Input
      name="commission"
      label={tx(v, 'Komisi Informasi', 'Information Commission')}
      hint={tx(
        v,
        'Kota/kabupaten tanpa Komisi Informasi sendiri bersengketa di Komisi Informasi Provinsi.',
        'A city or regency without its own commission goes to the provincial one.',
      )}
      value={values.commission}
      errors={errors}
      required
    />
    <Input
      name="caseNumber"
      label={tx(v, 'Nomor register perkara', 'Case register number')}
      hint={tx(v, 'Sebagaimana tertulis pada surat panggilan atau register Komisi Informasi.', 'As written on the summons or in the commission’s register.')}
      value={values.caseNumber}
      errors={errors}
      required
    />
    <Input
      name="filedOn"
      type="date"
      label={tx(v, 'Tanggal pemohon mendaftarkan sengketa', 'Date the applicant filed the dispute')}
      hint={hint}
      value={values.filedOn}
      errors={errors}
      required
    />
    <Input
      name="respondentRep"
      label={`${tx(v, 'Kuasa badan publik (termohon)', 'The body’s representative')} ${v.t('common.optional')}`}
      value={values.respondentRep}
      errors={errors}
    />
  </>
);

export const DisputeRegisterPage: FC<{ v: View; reg: DisputeRegistration; values: Values; errors?: FieldErrors | undefined; message?: string | undefined }> = ({
  v,
  reg,
  values,
  errors,
  message,
}) => {
  const title = tx(v, 'Catat sengketa di Komisi Informasi', 'Record a dispute at the Information Commission');
  const o = reg.objection;
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={`/admin/permohonan/${reg.request.id}`}>
          {tx(v, '← Permohonan', '← Request')} {reg.request.number}
        </a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{tx(v, 'Permohonan', 'Request')}</dt>
        <dd>
          {reg.request.number} – {reg.request.details}
        </dd>
        <dt>{tx(v, 'Keberatan', 'Objection')}</dt>
        <dd>
          {o
            ? `${o.number}: ${o.decision ? DECISION_LABELS[o.decision][v.locale] : tx(v, `belum ditanggapi (batas ${day(v, o.dueDate)})`, `not yet answered (due ${day(v, o.dueDate)})`)}`
            : tx(v, 'Tidak ada keberatan yang tercatat.', 'No objection is recorded.')}
        </dd>
      </dl>
      {reg.existing ? (
        <p class="warn-box">
          {tx(v, 'Sengketa atas permohonan ini sudah dicatat.', 'A dispute on this request has already been recorded.')}{' '}
          <a href={`/admin/sengketa/${reg.existing}`}>{tx(v, 'Buka perkara', 'Open the case')}</a>
        </p>
      ) : (
        <>
          <ErrorSummary v={v} errors={errors} message={message} />
          <form method="post" action="/admin/sengketa" novalidate class="form">
            <Csrf v={v} />
            <input type="hidden" name="requestId" value={reg.request.id} />
            <DetailsFields
              v={v}
              values={values}
              errors={errors}
              hint={
                reg.lastDay
                  ? tx(
                      v,
                      `Batas pengajuan menurut UU KIP Pasal 37 ayat (2): ${day(v, reg.lastDay)}. Pengajuan yang terlambat tetap dapat dicatat.`,
                      `Last day under Law 14/2008 Art. 37(2): ${day(v, reg.lastDay)}. A late filing can still be recorded.`,
                    )
                  : undefined
              }
            />
            <Actions>
              <button type="submit">{tx(v, 'Catat sengketa', 'Record the dispute')}</button>
            </Actions>
          </form>
        </>
      )}
    </BackofficeLayout>
  );
};
