// The citizen's request form for information, with the identity-scan and proxy-letter fields.
// No JavaScript needed.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { Unit } from '../../../domain/units/units.js';
import { Actions, ErrorSummary, Input, Radios, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { ApplicantTypeField, ConsentField, DeliveryMethodField } from './request-fields.js';

export type RequestFormValues = Record<string, string>;

/** The public entry a request form was opened for ("Minta informasi ini" on its page). */
export type RequestAbout = { title: string; number: string; href: string };

export const longDate = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');

export const RequestFormPage: FC<{
  v: View;
  values: RequestFormValues;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  units: Unit[];
  formToken: string;
  /** A scan already received with an earlier, refused submission (kept, encrypted). */
  identityScan?: { token: string; mime: string; size: number } | null;
  /** intake-gaps: the proxy's surat kuasa kept from a previous send. */
  proxyLetter?: { token: string; mime: string; size: number } | null;
  about?: RequestAbout | null;
}> = ({ v, values, errors, message, units, formToken, identityScan, about, proxyLetter }) => {
  const title = tm(v, 'requests-form.form.request_information');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'requests-form.form.every_indonesian_citizen_indonesian_legal')} />
      <p>
        {tm(v, 'requests-form.form.have_you_searched')}
        <a href="/informasi">{tm(v, 'requests-form.form.public_information_register')}</a>
        {tm(v, 'requests-form.form.much_information_can_downloaded_once')}
      </p>
      {about ? (
        <p class="notice-plain">
          {tm(v, 'requests-form.form.request')}
          <a href={about.href}>{about.title}</a> ({about.number}). {tm(v, 'requests-form.form.information_filled_add_your_details')}
        </p>
      ) : null}
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/permohonan" novalidate class="form request-form" enctype="multipart/form-data">
        <Csrf v={v} />
        <input type="hidden" name="formToken" value={formToken} />
        {/* Left empty by people; filled by robots that fill in every field. */}
        <div class="hp" aria-hidden="true">
          <label for="f-website">Website</label>
          <input type="text" id="f-website" name="website" tabindex={-1} autocomplete="off" value="" />
        </div>
        <h2>{tm(v, 'requests-form.form.applicant')}</h2>
        <ApplicantTypeField v={v} value={values.applicantType ?? 'perorangan'} errors={errors} />
        <Input name="name" label={tm(v, 'requests-form.form.full_name')} value={values.name} errors={errors} required autocomplete="name" />
        <Input
          name="idNumber"
          label={tm(v, 'requests-form.form.nik_legal_entity_s_sk')}
          hint={tm(v, 'requests-form.form.individuals_groups_16_digit_nik')}
          value={values.idNumber}
          errors={errors}
          required
          inputmode="text"
          maxlength={100}
        />
        <TextArea name="address" label={tm(v, 'requests-case.facts.address')} value={values.address} errors={errors} required rows={3} />
        <Input name="occupation" label={`${tm(v, 'requests-case.facts.occupation')} ${v.t('common.optional')}`} value={values.occupation} errors={errors} />
        <Input
          name="email"
          type="email"
          label={tm(v, 'requests-form.form.email')}
          hint={tm(v, 'requests-form.form.give_email_phone_number_email')}
          value={values.email}
          errors={errors}
          autocomplete="email"
          inputmode="email"
        />
        <Input name="phone" type="tel" label={tm(v, 'requests-form.form.phone')} value={values.phone} errors={errors} autocomplete="tel" inputmode="tel" />
        <Input
          name="proxyName"
          label={`${tm(v, 'requests-form.form.name_proxy_if_proxy_files')} ${v.t('common.optional')}`}
          value={values.proxyName}
          errors={errors}
        />
        <IdentityScanField v={v} errors={errors} kept={identityScan ?? null} />
        <ProxyLetterField v={v} errors={errors} kept={proxyLetter ?? null} />

        <h2>{tm(v, 'requests-form.form.information_requested')}</h2>
        <TextArea
          name="details"
          label={tm(v, 'requests-form.form.information_you_need')}
          hint={tm(v, 'requests-form.form.precise_you_can_document_title')}
          value={values.details}
          errors={errors}
          required
          rows={5}
        />
        <TextArea name="purpose" label={tm(v, 'requests-form.form.what_you_will_use')} value={values.purpose} errors={errors} required rows={3} />
        <Select
          name="unit"
          label={`${tm(v, 'requests-form.form.agency_holds_information')} ${v.t('common.optional')}`}
          hint={tm(v, 'requests-form.form.if_you_do_not_know')}
          value={values.unit}
          errors={errors}
          options={[{ value: '', label: tm(v, 'requests-form.form.not_sure_let_ppid_decide') }, ...units.map((u) => ({ value: u.code, label: u.name }))]}
        />
        <Radios
          name="obtainMethod"
          legend={tm(v, 'requests-form.form.how_you_want_obtain')}
          value={values.obtainMethod}
          errors={errors}
          options={[
            { value: 'melihat', label: tm(v, 'requests-form.form.see_read_listen_take_notes') },
            { value: 'salinan', label: tm(v, 'requests-form.form.get_copy_printed_electronic') },
          ]}
        />
        <Radios
          name="copyFormat"
          legend={tm(v, 'requests-form.form.form_copy_if_you_want')}
          value={values.copyFormat}
          errors={errors}
          options={[
            { value: 'softcopy', label: tm(v, 'requests-form.form.electronic_file') },
            { value: 'hardcopy', label: tm(v, 'requests-form.form.printed_copying_costs_may_apply') },
          ]}
        />
        <DeliveryMethodField v={v} legend={tm(v, 'requests-form.form.how_receive_copy_if_you')} value={values.deliveryMethod} errors={errors} />

        <h2>{tm(v, 'requests-form.form.statement')}</h2>
        <ConsentField checked={values.consent === '1'} label={tm(v, 'requests-form.form.i_declare_details_above_are')} errors={errors} />
        <Actions>
          <button type="submit">{tm(v, 'requests-form.form.send_request')}</button>
        </Actions>
      </form>
    </PublicLayout>
  );
};

const scanKind = (mime: string) => (mime === 'application/pdf' ? 'PDF' : mime === 'image/png' ? 'PNG' : 'JPEG');

/** The optional identity scan: a file input, or the scan already received with a refused submission. */
type KeptFile = { token: string; mime: string; size: number };

const IdentityScanField: FC<{ v: View; errors?: FieldErrors | undefined; kept: KeptFile | null }> = ({ v, errors, kept }) => (
  <ScanField
    v={v}
    errors={errors}
    kept={kept}
    field="identityScan"
    label={tm(v, 'requests-case.facts.identity_scan')}
    hint={tm(v, 'requests-form.form.photo_scan_identity_card_legal')}
  />
);

/** intake-gaps: the proxy's surat kuasa, optional, checked and kept as the identity scan is. */
const ProxyLetterField: FC<{ v: View; errors?: FieldErrors | undefined; kept: KeptFile | null }> = ({ v, errors, kept }) => (
  <ScanField
    v={v}
    errors={errors}
    kept={kept}
    field="proxyLetter"
    label={tm(v, 'requests-form.form.power_attorney_surat_kuasa')}
    hint={tm(v, 'requests-form.form.when_proxy_files_request_proxy')}
  />
);

const ScanField: FC<{ v: View; errors?: FieldErrors | undefined; kept: KeptFile | null; field: string; label: string; hint: string }> = ({
  v,
  errors,
  kept,
  field,
  label,
  hint,
}) => {
  const error = errors?.[field];
  const ids = [`h-${field}`, error ? `e-${field}` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={`f-${field}`}>
        {label} {v.t('common.optional')}
      </label>
      <p class="hint" id={`h-${field}`}>
        {hint}
      </p>
      {error ? (
        <p class="error" id={`e-${field}`}>
          {error}
        </p>
      ) : null}
      {kept ? (
        <div class="notice-plain">
          <p>
            {tm(v, 'requests-form.form.scan_was_received_kb_no', {
              roundKeptSize: Math.max(1, Math.round(kept.size / 1024)),
              scanKindKeptMime: scanKind(kept.mime),
            })}
          </p>
          <input type="hidden" name={`${field}Token`} value={kept.token} />
          <div class="check">
            <input type="checkbox" id={`f-${field}Remove`} name={`${field}Remove`} value="1" />
            <label for={`f-${field}Remove`}>{tm(v, 'requests-form.form.do_not_attach_scan')}</label>
          </div>
        </div>
      ) : null}
      <input id={`f-${field}`} type="file" name={field} accept=".jpg,.jpeg,.png,.pdf" aria-invalid={error ? 'true' : undefined} aria-describedby={ids} />
    </div>
  );
};
