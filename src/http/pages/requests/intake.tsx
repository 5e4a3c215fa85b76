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
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
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
        {tx(
          v,
          'JPEG, PNG atau PDF, paling besar 5 MB. Disimpan terenkripsi; bila isian lain ditolak, pilih berkasnya lagi.',
          'JPEG, PNG or PDF, at most 5 MB. Stored encrypted; if the form is refused, choose the file again.',
        )}
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
    <h2>{tx(v, 'Penerimaan', 'Receipt')}</h2>
    <Radios
      name="channel"
      legend={tx(v, 'Diterima melalui', 'Received by')}
      value={s(values, 'channel')}
      errors={errors}
      options={INTAKE_CHANNELS.map((c) => ({ value: c, label: tx(v, CHANNEL_LABELS[c].id, CHANNEL_LABELS[c].en) }))}
    />
    <Input
      name="receivedDate"
      type="date"
      label={tx(v, 'Tanggal diterima', 'Date received')}
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
    <Input name="receivedTime" type="time" label={tx(v, 'Jam diterima', 'Time received')} value={s(values, 'receivedTime')} errors={errors} required />
    <ScanField v={v} name="letterScan" label={tx(v, 'Pindaian surat', 'Scan of the letter')} errors={errors} />
  </>
);

const ProxyFields: FC<{ v: View; values: IntakeValues; errors?: FieldErrors | undefined }> = ({ v, values, errors }) => (
  <>
    <Input
      name="proxyName"
      label={`${tx(v, 'Nama kuasa, bila pemohon bertindak melalui kuasa', 'Name of the proxy, if the applicant acts through one')} ${v.t('common.optional')}`}
      value={s(values, 'proxyName')}
      errors={errors}
    />
    <ScanField v={v} name="proxyLetter" label={tx(v, 'Surat kuasa', 'Power of attorney (surat kuasa)')} errors={errors} />
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
  const title = tx(v, 'Catat permohonan masuk', 'Record a received request');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          'Untuk permohonan yang datang langsung, lewat surat, email, telepon atau faksimili. Nomor pendaftaran, kode pelacakan dan tanda bukti sama dengan permohonan lewat laman.',
          'For requests made in person, by letter, email, phone or fax. The registration number, tracking code and receipt are the same as for the web form.',
        )}
      </p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/permohonan/baru" novalidate class="form request-form" enctype="multipart/form-data">
        <Csrf v={v} />
        <ReceiptFields v={v} values={values} errors={errors} what="request" />
        <h2>{tx(v, 'Identitas pemohon', 'Applicant')}</h2>
        <ApplicantTypeField v={v} value={s(values, 'applicantType') || 'perorangan'} errors={errors} />
        <Input name="name" label={tx(v, 'Nama lengkap', 'Full name')} value={s(values, 'name')} errors={errors} required />
        <Input
          name="idNumber"
          label={tx(v, 'NIK atau nomor SK pengesahan badan hukum', 'NIK or SK pengesahan number')}
          value={s(values, 'idNumber')}
          errors={errors}
          required
        />
        <TextArea name="address" label={tx(v, 'Alamat', 'Address')} value={s(values, 'address')} errors={errors} required rows={2} />
        <Input name="occupation" label={`${tx(v, 'Pekerjaan', 'Occupation')} ${v.t('common.optional')}`} value={s(values, 'occupation')} errors={errors} />
        <Input
          name="email"
          type="email"
          label="Email"
          hint={tx(v, 'Isi email atau telepon.', 'Give an email or a phone number.')}
          value={s(values, 'email')}
          errors={errors}
          inputmode="email"
        />
        <Input name="phone" type="tel" label={tx(v, 'Telepon', 'Phone')} value={s(values, 'phone')} errors={errors} inputmode="tel" />
        <ProxyFields v={v} values={values} errors={errors} />
        <h2>{tx(v, 'Informasi yang diminta', 'The information requested')}</h2>
        <TextArea name="details" label={tx(v, 'Rincian informasi', 'The information needed')} value={s(values, 'details')} errors={errors} required rows={4} />
        <TextArea name="purpose" label={tx(v, 'Tujuan penggunaan', 'Purpose')} value={s(values, 'purpose')} errors={errors} required rows={2} />
        {fixedUnit ? (
          <p>
            {tx(v, 'Unit kerja', 'Agency')}: <strong>{fixedUnit.name}</strong>
          </p>
        ) : (
          <Select
            name="unit"
            label={`${tx(v, 'Unit kerja yang menguasai informasi', 'Agency that holds the information')} ${v.t('common.optional')}`}
            value={s(values, 'unit')}
            errors={errors}
            options={[{ value: '', label: tx(v, '– Belum ditentukan –', '– Not decided –') }, ...units.map((u) => ({ value: u.code, label: u.name }))]}
          />
        )}
        <Radios
          name="obtainMethod"
          legend={tx(v, 'Cara memperoleh informasi', 'How to obtain it')}
          value={s(values, 'obtainMethod')}
          errors={errors}
          options={[
            { value: 'melihat', label: tx(v, 'Melihat / membaca / mendengarkan / mencatat', 'See, read, listen or take notes') },
            { value: 'salinan', label: tx(v, 'Mendapatkan salinan', 'Get a copy') },
          ]}
        />
        <Radios
          name="copyFormat"
          legend={tx(v, 'Bentuk salinan (bila salinan)', 'Form of the copy (if a copy)')}
          value={s(values, 'copyFormat')}
          errors={errors}
          options={[
            { value: 'softcopy', label: 'Softcopy' },
            { value: 'hardcopy', label: 'Hardcopy' },
          ]}
        />
        <DeliveryMethodField
          v={v}
          legend={tx(v, 'Cara mendapatkan salinan (bila salinan)', 'How to receive the copy (if a copy)')}
          value={s(values, 'deliveryMethod')}
          errors={errors}
        />
        <ConsentField
          checked={s(values, 'consent') === '1'}
          label={tx(
            v,
            'Pemohon menyatakan datanya benar dan setuju data pribadinya dipakai PPID hanya untuk melayani permohonan ini (tercantum dalam surat atau disampaikan kepada petugas).',
            'The applicant declares the details true and agrees that the PPID uses the personal data only for this request (in the letter or told to the officer).',
          )}
          errors={errors}
        />
        <Actions>
          <button type="submit">{tx(v, 'Daftarkan permohonan', 'Register the request')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};

/** After registering: the number, the code to hand over, the receipt to print (a walk-in takes it home). */
export const RequestIntakeDonePage: FC<{ v: View; id: string; number: string; code: string; dueDate: string; channel: string; receiptHref: string }> = (p) => {
  const { v } = p;
  const title = tx(v, 'Permohonan terdaftar', 'Request registered');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{tx(v, 'Nomor pendaftaran', 'Registration number')}</dt>
        <dd>
          <strong>{p.number}</strong>
        </dd>
        <dt>{tx(v, 'Kode pelacakan', 'Tracking code')}</dt>
        <dd>
          <code>{p.code}</code>
        </dd>
        <dt>{tx(v, 'Jawaban tertulis paling lambat', 'Written answer due by')}</dt>
        <dd>{formatLongDate(p.dueDate, v.locale === 'en' ? 'en' : 'id')}</dd>
      </dl>
      <p>
        {p.channel === 'langsung'
          ? tx(
              v,
              'Cetak tanda bukti dan serahkan kepada pemohon; kode pelacakan hanya tercantum di sana.',
              'Print the receipt and hand it to the applicant; the tracking code is only on it.',
            )
          : tx(
              v,
              'Kirim tanda bukti kepada pemohon; kode pelacakan hanya tercantum di sana dan di email.',
              'Send the receipt to the applicant; the tracking code is only on it and in the email.',
            )}
      </p>
      <p>
        <a href={p.receiptHref} class="button">
          {tx(v, 'Tanda bukti (PDF)', 'Receipt (PDF)')}
        </a>{' '}
        <a href={`/admin/permohonan/${p.id}`}>{tx(v, 'Buka perkara', 'Open the case')}</a> ·{' '}
        <a href="/admin/permohonan/baru">{tx(v, 'Catat permohonan lain', 'Record another request')}</a>
      </p>
    </BackofficeLayout>
  );
};

export const ObjectionIntakePage: FC<{ v: View; values: IntakeValues; errors?: FieldErrors | undefined }> = ({ v, values, errors }) => {
  const title = tx(v, 'Catat keberatan masuk', 'Record a received objection');
  const grounds = Array.isArray(values.grounds) ? values.grounds : values.grounds ? [values.grounds] : [];
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          'Untuk keberatan yang disampaikan langsung, lewat surat, email, telepon atau faksimili, atas permohonan yang sudah terdaftar.',
          'For objections made in person, by letter, email, phone or fax, to a registered request.',
        )}
      </p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/keberatan/baru" novalidate class="form" enctype="multipart/form-data">
        <Csrf v={v} />
        <Input
          name="requestNumber"
          label={tx(v, 'Nomor pendaftaran permohonan', 'Registration number of the request')}
          hint={tx(
            v,
            'Kosongkan untuk keberatan alasan huruf b (informasi yang wajib diumumkan belum diumumkan) tanpa permohonan; isi data pemohon di bawah.',
            'Leave empty for an objection on ground b (information that must be published was not) without a request; fill in the applicant below.',
          )}
          value={s(values, 'requestNumber')}
          errors={errors}
        />
        <ReceiptFields v={v} values={values} errors={errors} what="objection" />
        <fieldset>
          <legend>{tx(v, 'Tanpa nomor permohonan: alasan huruf b', 'Without a request number: ground b')}</legend>
          <Input name="name" label={tx(v, 'Nama pemohon', 'Applicant’s name')} value={s(values, 'name')} errors={errors} />
          <Input name="idNumber" label={`NIK ${v.t('common.optional')}`} value={s(values, 'idNumber')} errors={errors} inputmode="numeric" />
          <TextArea name="address" label={tx(v, 'Alamat', 'Address')} value={s(values, 'address')} errors={errors} rows={2} />
          <Input name="phone" label={tx(v, 'Telepon', 'Phone')} value={s(values, 'phone')} errors={errors} type="tel" />
          <Input name="email" label={tx(v, 'Email', 'Email')} value={s(values, 'email')} errors={errors} type="email" />
          <TextArea
            name="unpublishedInformation"
            label={tx(v, 'Informasi yang wajib diumumkan tetapi belum diumumkan', 'Information that must be published but was not')}
            value={s(values, 'unpublishedInformation')}
            errors={errors}
            rows={3}
          />
        </fieldset>
        <h2>{tx(v, 'Keberatan', 'Objection')}</h2>
        <Checkboxes
          name="grounds"
          legend={tx(v, 'Alasan keberatan (UU 14/2008 Pasal 35 ayat (1))', 'Grounds (Law 14/2008 Art. 35(1))')}
          values={grounds}
          errors={errors}
          options={OBJECTION_GROUNDS.map((g) => ({ value: g, label: `${GROUND_LABELS[g].letter}. ${tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}` }))}
        />
        <TextArea name="caseSummary" label={tx(v, 'Kasus posisi', 'What happened')} value={s(values, 'caseSummary')} errors={errors} required rows={5} />
        <ProxyFields v={v} values={values} errors={errors} />
        <Actions>
          <button type="submit">{tx(v, 'Daftarkan keberatan', 'Register the objection')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
