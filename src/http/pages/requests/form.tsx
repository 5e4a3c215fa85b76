// The citizen's request form for information, with the identity-scan and proxy-letter fields.
// No JavaScript needed.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { Unit } from '../../../domain/units/units.js';
import { Actions, ErrorSummary, Input, Radios, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View } from '../../components/layout.js';
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
  const title = tx(v, 'Ajukan permohonan informasi', 'Request information');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          'Setiap warga negara Indonesia dan badan hukum Indonesia berhak meminta informasi publik (UU No. 14 Tahun 2008). Tidak perlu akun. PPID wajib menjawab secara tertulis paling lambat 10 hari kerja.',
          'Every Indonesian citizen and Indonesian legal entity may request public information (Law No. 14 of 2008). No account is needed. The PPID must answer in writing within 10 working days.',
        )}
      />
      <p>
        {tx(v, 'Sudah mencari di ', 'Have you searched the ')}
        <a href="/informasi">{tx(v, 'Daftar Informasi Publik', 'Public Information Register')}</a>
        {tx(v, '? Banyak informasi bisa langsung diunduh.', '? Much information can be downloaded at once.')}
      </p>
      {about ? (
        <p class="notice-plain">
          {tx(v, 'Permohonan untuk ', 'Request for ')}
          <a href={about.href}>{about.title}</a> ({about.number}).{' '}
          {tx(v, 'Rincian informasi sudah terisi; lengkapi identitas Anda.', 'The information is filled in; add your details.')}
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
        <h2>{tx(v, 'Identitas pemohon', 'Applicant')}</h2>
        <ApplicantTypeField v={v} value={values.applicantType ?? 'perorangan'} errors={errors} />
        <Input name="name" label={tx(v, 'Nama lengkap', 'Full name')} value={values.name} errors={errors} required autocomplete="name" />
        <Input
          name="idNumber"
          label={tx(v, 'NIK atau nomor SK pengesahan badan hukum', 'NIK or the legal entity’s SK pengesahan number')}
          hint={tx(
            v,
            'Perorangan dan kelompok: NIK 16 angka sesuai KTP (untuk kelompok: NIK penanggung jawab). Badan hukum: nomor SK pengesahan dari Kemenkumham.',
            'Individuals and groups: the 16-digit NIK on the identity card (for groups: the coordinator’s). Legal entities: the SK pengesahan number.',
          )}
          value={values.idNumber}
          errors={errors}
          required
          inputmode="text"
          maxlength={100}
        />
        <TextArea name="address" label={tx(v, 'Alamat', 'Address')} value={values.address} errors={errors} required rows={3} />
        <Input name="occupation" label={`${tx(v, 'Pekerjaan', 'Occupation')} ${v.t('common.optional')}`} value={values.occupation} errors={errors} />
        <Input
          name="email"
          type="email"
          label={tx(v, 'Email', 'Email')}
          hint={tx(
            v,
            'Isi email atau telepon. Dengan email, Anda menerima tanda bukti dan kabar perkembangan.',
            'Give an email or a phone number. With an email you receive the receipt and updates.',
          )}
          value={values.email}
          errors={errors}
          autocomplete="email"
          inputmode="email"
        />
        <Input name="phone" type="tel" label={tx(v, 'Telepon / WhatsApp', 'Phone')} value={values.phone} errors={errors} autocomplete="tel" inputmode="tel" />
        <Input
          name="proxyName"
          label={`${tx(v, 'Nama kuasa, bila diajukan oleh kuasa', 'Name of the proxy, if a proxy files this')} ${v.t('common.optional')}`}
          value={values.proxyName}
          errors={errors}
        />
        <IdentityScanField v={v} errors={errors} kept={identityScan ?? null} />
        <ProxyLetterField v={v} errors={errors} kept={proxyLetter ?? null} />

        <h2>{tx(v, 'Informasi yang diminta', 'The information requested')}</h2>
        <TextArea
          name="details"
          label={tx(v, 'Rincian informasi yang dibutuhkan', 'The information you need')}
          hint={tx(
            v,
            'Sebutkan sejelas mungkin: judul dokumen, tahun, kegiatan atau lokasi.',
            'Be as precise as you can: document title, year, activity or place.',
          )}
          value={values.details}
          errors={errors}
          required
          rows={5}
        />
        <TextArea
          name="purpose"
          label={tx(v, 'Tujuan penggunaan informasi', 'What you will use it for')}
          value={values.purpose}
          errors={errors}
          required
          rows={3}
        />
        <Select
          name="unit"
          label={`${tx(v, 'Unit kerja yang menguasai informasi', 'Agency that holds the information')} ${v.t('common.optional')}`}
          hint={tx(v, 'Bila tidak tahu, biarkan kosong; PPID Utama akan meneruskannya.', 'If you do not know, leave it empty; the lead PPID will route it.')}
          value={values.unit}
          errors={errors}
          options={[
            { value: '', label: tx(v, '– Tidak tahu / biar PPID yang menentukan –', '– Not sure / let the PPID decide –') },
            ...units.map((u) => ({ value: u.code, label: u.name })),
          ]}
        />
        <Radios
          name="obtainMethod"
          legend={tx(v, 'Cara memperoleh informasi', 'How you want to obtain it')}
          value={values.obtainMethod}
          errors={errors}
          options={[
            { value: 'melihat', label: tx(v, 'Melihat / membaca / mendengarkan / mencatat', 'See, read, listen or take notes') },
            { value: 'salinan', label: tx(v, 'Mendapatkan salinan (hardcopy/softcopy)', 'Get a copy (printed or electronic)') },
          ]}
        />
        <Radios
          name="copyFormat"
          legend={tx(v, 'Bentuk salinan (bila meminta salinan)', 'Form of the copy (if you want a copy)')}
          value={values.copyFormat}
          errors={errors}
          options={[
            { value: 'softcopy', label: tx(v, 'Softcopy (berkas elektronik)', 'Electronic file') },
            { value: 'hardcopy', label: tx(v, 'Hardcopy (cetak; dapat dikenai biaya salinan)', 'Printed (copying costs may apply)') },
          ]}
        />
        <DeliveryMethodField
          v={v}
          legend={tx(v, 'Cara mendapatkan salinan (bila meminta salinan)', 'How to receive the copy (if you want a copy)')}
          value={values.deliveryMethod}
          errors={errors}
        />

        <h2>{tx(v, 'Pernyataan', 'Statement')}</h2>
        <ConsentField
          checked={values.consent === '1'}
          label={tx(
            v,
            'Saya menyatakan data di atas benar. Saya setuju data pribadi saya disimpan dan dipakai oleh PPID hanya untuk melayani permohonan ini, dan tidak akan dipakai untuk tujuan lain atau dibuka kepada publik.',
            'I declare that the details above are true. I agree that the PPID keeps and uses my personal data only to handle this request; it will not be used for anything else or made public.',
          )}
          errors={errors}
        />
        <Actions>
          <button type="submit">{tx(v, 'Kirim permohonan', 'Send the request')}</button>
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
    label={tx(v, 'Pindaian identitas', 'Identity scan')}
    hint={tx(
      v,
      'Foto atau pindaian KTP, akta/SK badan hukum, atau surat kuasa: JPEG, PNG atau PDF, paling besar 5 MB. Disimpan terenkripsi dan hanya dapat dilihat petugas yang menangani permohonan Anda; tidak pernah dikirim lewat email atau ditampilkan di halaman pelacakan.',
      'A photo or scan of the identity card, the legal entity’s deed/SK, or the letter of authority: JPEG, PNG or PDF, at most 5 MB. It is stored encrypted and only the staff handling your request can see it; it is never emailed or shown on the tracking page.',
    )}
  />
);

/** intake-gaps: the proxy's surat kuasa, optional, checked and kept as the identity scan is. */
const ProxyLetterField: FC<{ v: View; errors?: FieldErrors | undefined; kept: KeptFile | null }> = ({ v, errors, kept }) => (
  <ScanField
    v={v}
    errors={errors}
    kept={kept}
    field="proxyLetter"
    label={tx(v, 'Surat kuasa', 'Power of attorney (surat kuasa)')}
    hint={tx(
      v,
      'Bila permohonan diajukan melalui kuasa (nama kuasa diisi di atas): foto atau pindaian surat kuasa, JPEG, PNG atau PDF, paling besar 5 MB. Disimpan terenkripsi, hanya untuk petugas yang menangani permohonan.',
      'When a proxy files the request (the proxy’s name above): a photo or scan of the power of attorney, JPEG, PNG or PDF, at most 5 MB. Stored encrypted, for the staff handling the request only.',
    )}
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
            {tx(
              v,
              `Pindaian sudah diterima (${scanKind(kept.mime)}, ${Math.max(1, Math.round(kept.size / 1024))} KB); tidak perlu diunggah lagi. Pilih berkas lain hanya bila ingin menggantinya.`,
              `The scan was received (${scanKind(kept.mime)}, ${Math.max(1, Math.round(kept.size / 1024))} KB); no need to upload it again. Choose another file only to replace it.`,
            )}
          </p>
          <input type="hidden" name={`${field}Token`} value={kept.token} />
          <div class="check">
            <input type="checkbox" id={`f-${field}Remove`} name={`${field}Remove`} value="1" />
            <label for={`f-${field}Remove`}>{tx(v, 'Jangan lampirkan pindaian ini', 'Do not attach this scan')}</label>
          </div>
        </div>
      ) : null}
      <input id={`f-${field}`} type="file" name={field} accept=".jpg,.jpeg,.png,.pdf" aria-invalid={error ? 'true' : undefined} aria-describedby={ids} />
    </div>
  );
};
