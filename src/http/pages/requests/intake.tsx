// Staff intake pages: a request (/admin/permohonan/baru) or an objection (/admin/keberatan/baru) received
// in person, by letter, email, phone or fax, entered with the time it was actually received.
import type { FC } from 'hono/jsx';
import { OBJECTION_GROUNDS } from '../../../db/schema/objections.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { GROUND_LABELS } from '../../../domain/objections/objections.js';
import { INTAKE_CHANNELS } from '../../../domain/requests/record-request-intake.js';
import { IDENTITY_SCAN_ACCEPT } from '../../../domain/requests/identity-scan.js';
import { CHANNEL_LABELS } from '../../../domain/reports/labels.js';
import { Actions, Checkboxes, ErrorSummary, Input, Radios, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../components/layout.js';
import { ApplicantTypeField, ConsentField, DeliveryMethodField } from './request-fields.js';

export type IntakeValues = Record<string, string | string[]>;
const s = (values: IntakeValues, k: string) => {
  const x = values[k];
  return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
};

/** A file field for a scan of personal data: type checked by content, at most 5 MB, stored encrypted. */
export const ScanField: FC<{ v: View; name: string; label: string; errors?: FieldErrors | undefined }> = ({ v, name, label, errors }) => {
  const error = errors?.[name];
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={`f-${name}`}>
        {label} {v.t('common.optional')}
      </label>
      <p class="hint" id={`h-${name}`}>
        {tm(v, 'requests-intake.intake.jpeg_png_pdf_most_5')}
      </p>
      {error ? (
        <p class="error" id={`e-${name}`}>
          {error}
        </p>
      ) : null}
      <input
        type="file"
        id={`f-${name}`}
        name={name}
        accept={IDENTITY_SCAN_ACCEPT}
        aria-describedby={[`h-${name}`, error ? `e-${name}` : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
};

/** Channel, date and time received, and the scan of the letter: the part both intake forms share. */
const ReceiptFields: FC<{ v: View; values: IntakeValues; errors?: FieldErrors | undefined; what: 'request' | 'objection' }> = ({ v, values, errors, what }) => (
  <>
    <h2>{tm(v, 'requests-intake.intake.receipt')}</h2>
    <Radios
      name="channel"
      legend={tm(v, 'requests-intake.intake.received')}
      value={s(values, 'channel')}
      errors={errors}
      options={INTAKE_CHANNELS.map((c) => ({ value: c, label: tx(v, CHANNEL_LABELS[c].id, CHANNEL_LABELS[c].en) }))}
    />
    <Input
      name="receivedDate"
      type="date"
      label={tm(v, 'requests-intake.intake.date_received')}
      hint={tx(
        v,
        what === 'request'
          ? 'Tanggal dan jam sebenarnya permohonan diterima (jam badan publik); batas waktu 10 hari kerja dihitung dari sini.'
          : 'Tanggal dan jam sebenarnya keberatan diterima (jam badan publik); tenggang 30 hari kerja dihitung dari sini.',
        what === 'request'
          ? 'The actual date and time the request was received (the body’s clock); the 10 working days count from here.'
          : 'The actual date and time the objection was received (the body’s clock); the 30 working days count from here.',
      )}
      value={s(values, 'receivedDate')}
      errors={errors}
      required
    />
    <Input name="receivedTime" type="time" label={tm(v, 'requests-intake.intake.time_received')} value={s(values, 'receivedTime')} errors={errors} required />
    <ScanField v={v} name="letterScan" label={tm(v, 'requests-intake.intake.scan_letter')} errors={errors} />
  </>
);

const ProxyFields: FC<{ v: View; values: IntakeValues; errors?: FieldErrors | undefined }> = ({ v, values, errors }) => (
  <>
    <Input
      name="proxyName"
      label={`${tm(v, 'requests-intake.intake.name_proxy_if_applicant_acts')} ${v.t('common.optional')}`}
      value={s(values, 'proxyName')}
      errors={errors}
    />
    <ScanField v={v} name="proxyLetter" label={tm(v, 'requests-form.form.power_attorney_surat_kuasa')} errors={errors} />
  </>
);

export const RequestIntakePage: FC<{
  v: View;
  values: IntakeValues;
  errors?: FieldErrors | undefined;
  units: { code: string; name: string }[];
  /** A PPID Pembantu enters for its own unit only: the unit is fixed. */
  fixedUnit: { code: string; name: string } | null;
}> = ({ v, values, errors, units, fixedUnit }) => {
  const title = tm(v, 'requests-intake.intake.record_received_request');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>{tm(v, 'requests-intake.intake.requests_made_person_letter_email')}</p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/permohonan/baru" novalidate class="form request-form" enctype="multipart/form-data">
        <Csrf v={v} />
        <ReceiptFields v={v} values={values} errors={errors} what="request" />
        <h2>{tm(v, 'requests-form.form.applicant')}</h2>
        <ApplicantTypeField v={v} value={s(values, 'applicantType') || 'perorangan'} errors={errors} />
        <Input name="name" label={tm(v, 'requests-form.form.full_name')} value={s(values, 'name')} errors={errors} required />
        <Input name="idNumber" label={tm(v, 'requests-intake.intake.nik_sk_pengesahan_number')} value={s(values, 'idNumber')} errors={errors} required />
        <TextArea name="address" label={tm(v, 'requests-case.facts.address')} value={s(values, 'address')} errors={errors} required rows={2} />
        <Input
          name="occupation"
          label={`${tm(v, 'requests-case.facts.occupation')} ${v.t('common.optional')}`}
          value={s(values, 'occupation')}
          errors={errors}
        />
        <Input
          name="email"
          type="email"
          label="Email"
          hint={tm(v, 'requests-intake.intake.give_email_phone_number')}
          value={s(values, 'email')}
          errors={errors}
          inputmode="email"
        />
        <Input name="phone" type="tel" label={tm(v, 'requests-case.facts.phone')} value={s(values, 'phone')} errors={errors} inputmode="tel" />
        <ProxyFields v={v} values={values} errors={errors} />
        <h2>{tm(v, 'requests-form.form.information_requested')}</h2>
        <TextArea name="details" label={tm(v, 'requests-intake.intake.information_needed')} value={s(values, 'details')} errors={errors} required rows={4} />
        <TextArea name="purpose" label={tm(v, 'requests-case.facts.purpose')} value={s(values, 'purpose')} errors={errors} required rows={2} />
        {fixedUnit ? (
          <p>
            {tm(v, 'requests-case.answer-form.agency')}: <strong>{fixedUnit.name}</strong>
          </p>
        ) : (
          <Select
            name="unit"
            label={`${tm(v, 'requests-form.form.agency_holds_information')} ${v.t('common.optional')}`}
            value={s(values, 'unit')}
            errors={errors}
            options={[{ value: '', label: tm(v, 'requests-intake.intake.not_decided') }, ...units.map((u) => ({ value: u.code, label: u.name }))]}
          />
        )}
        <Radios
          name="obtainMethod"
          legend={tm(v, 'requests-intake.intake.how_obtain')}
          value={s(values, 'obtainMethod')}
          errors={errors}
          options={[
            { value: 'melihat', label: tm(v, 'requests-form.form.see_read_listen_take_notes') },
            { value: 'salinan', label: tm(v, 'requests-intake.intake.get_copy') },
          ]}
        />
        <Radios
          name="copyFormat"
          legend={tm(v, 'requests-intake.intake.form_copy_if_copy')}
          value={s(values, 'copyFormat')}
          errors={errors}
          options={[
            { value: 'softcopy', label: 'Softcopy' },
            { value: 'hardcopy', label: 'Hardcopy' },
          ]}
        />
        <DeliveryMethodField v={v} legend={tm(v, 'requests-intake.intake.how_receive_copy_if_copy')} value={s(values, 'deliveryMethod')} errors={errors} />
        <ConsentField checked={s(values, 'consent') === '1'} label={tm(v, 'requests-intake.intake.applicant_declares_details_true_agrees')} errors={errors} />
        <Actions>
          <button type="submit">{tm(v, 'requests-intake.intake.register_request')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};

/** After registering: the number, the code to hand over, the receipt to print (a walk-in takes it home). */
export const RequestIntakeDonePage: FC<{ v: View; id: string; number: string; code: string; dueDate: string; channel: string; receiptHref: string }> = (p) => {
  const { v } = p;
  const title = tm(v, 'requests-intake.intake.request_registered');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{tm(v, 'requests-intake.intake.registration_number')}</dt>
        <dd>
          <strong>{p.number}</strong>
        </dd>
        <dt>{tm(v, 'requests-intake.intake.tracking_code')}</dt>
        <dd>
          <code>{p.code}</code>
        </dd>
        <dt>{tm(v, 'requests-tracking.citizen.written_answer_due_2')}</dt>
        <dd>{formatLongDate(p.dueDate, v.locale === 'en' ? 'en' : 'id')}</dd>
      </dl>
      <p>
        {p.channel === 'langsung'
          ? tm(v, 'requests-intake.intake.print_receipt_hand_applicant_tracking')
          : tm(v, 'requests-intake.intake.send_receipt_applicant_tracking_code')}
      </p>
      <p>
        <a href={p.receiptHref} class="button">
          {tm(v, 'requests-intake.intake.receipt_pdf')}
        </a>{' '}
        <a href={`/admin/permohonan/${p.id}`}>{tm(v, 'requests-disputes.register.open_case')}</a> ·{' '}
        <a href="/admin/permohonan/baru">{tm(v, 'requests-intake.intake.record_another_request')}</a>
      </p>
    </BackofficeLayout>
  );
};

export const ObjectionIntakePage: FC<{ v: View; values: IntakeValues; errors?: FieldErrors | undefined }> = ({ v, values, errors }) => {
  const title = tm(v, 'requests-intake.intake.record_received_objection');
  const grounds = Array.isArray(values.grounds) ? values.grounds : values.grounds ? [values.grounds] : [];
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>{tm(v, 'requests-intake.intake.objections_made_person_letter_email')}</p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/keberatan/baru" novalidate class="form" enctype="multipart/form-data">
        <Csrf v={v} />
        <Input
          name="requestNumber"
          label={tm(v, 'requests-intake.intake.registration_number_request')}
          hint={tm(v, 'requests-intake.intake.leave_empty_objection_ground_b')}
          value={s(values, 'requestNumber')}
          errors={errors}
        />
        <ReceiptFields v={v} values={values} errors={errors} what="objection" />
        <fieldset>
          <legend>{tm(v, 'requests-intake.intake.without_request_number_ground_b')}</legend>
          <Input name="name" label={tm(v, 'requests-intake.intake.applicant_s_name')} value={s(values, 'name')} errors={errors} />
          <Input name="idNumber" label={`NIK ${v.t('common.optional')}`} value={s(values, 'idNumber')} errors={errors} inputmode="numeric" />
          <TextArea name="address" label={tm(v, 'requests-case.facts.address')} value={s(values, 'address')} errors={errors} rows={2} />
          <Input name="phone" label={tm(v, 'requests-case.facts.phone')} value={s(values, 'phone')} errors={errors} type="tel" />
          <Input name="email" label={tm(v, 'requests-form.form.email')} value={s(values, 'email')} errors={errors} type="email" />
          <TextArea
            name="unpublishedInformation"
            label={tm(v, 'requests-intake.intake.information_must_published_but_was')}
            value={s(values, 'unpublishedInformation')}
            errors={errors}
            rows={3}
          />
        </fieldset>
        <h2>{tm(v, 'requests-tracking.citizen.objection')}</h2>
        <Checkboxes
          name="grounds"
          legend={tm(v, 'requests-intake.intake.grounds_law_14_2008_art')}
          values={grounds}
          errors={errors}
          options={OBJECTION_GROUNDS.map((g) => ({ value: g, label: `${GROUND_LABELS[g].letter}. ${tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}` }))}
        />
        <TextArea name="caseSummary" label={tm(v, 'requests-intake.intake.what_happened')} value={s(values, 'caseSummary')} errors={errors} required rows={5} />
        <ProxyFields v={v} values={values} errors={errors} />
        <Actions>
          <button type="submit">{tm(v, 'requests-intake.intake.register_objection')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
