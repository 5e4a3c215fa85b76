// Back-office page of the public body's profile, signers and logo.
import type { FC } from 'hono/jsx';
import type { PublicBody } from '../../../domain/org/public-body.js';
import type { RetentionStatus } from '../../../domain/privacy/retention.js';
import { RetentionSection } from './retention.js';
import { LETTER_TYPE_LABELS, LETTER_TYPES } from '../../../domain/org/signer.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { DEFAULT_TIME_ZONE, INDONESIAN_TIME_ZONES, ZONE_NAMES } from '../../../domain/calendar/dates.js';

// --- public body -------------------------------------------------------------------------------------

/** The officials who sign letters (name, jabatan, NIP), the Atasan PPID's letterhead, the Komisi Informasi and a signer per letter type. */
const SignersFieldsets: FC<{ v: View; values: Partial<PublicBody>; errors?: FieldErrors | undefined }> = ({ v, values, errors }) => {
  const nipHint = tx(v, '18 angka, tanpa spasi. Dicetak pada setiap surat.', '18 digits, no spaces. Printed on every letter.');
  const signers = values.letterSigners ?? {};
  return (
    <>
      <fieldset>
        <legend>{tx(v, 'Pejabat penanda tangan surat', 'Officials who sign letters')}</legend>
        <Input
          name="ppidPosition"
          label={tx(v, 'Jabatan PPID', 'Position of the PPID')}
          hint={tx(
            v,
            'Mis. Kepala Dinas Kominfo selaku PPID Utama. Kosong: Pejabat Pengelola Informasi dan Dokumentasi.',
            'E.g. Head of the ICT office as lead PPID. Empty: Pejabat Pengelola Informasi dan Dokumentasi.',
          )}
          value={values.ppidPosition}
          errors={errors}
        />
        <Input name="ppidNip" label={tx(v, 'NIP PPID', 'NIP of the PPID')} hint={nipHint} value={values.ppidNip} errors={errors} inputmode="numeric" />
        <Input name="atasanPpidName" label={tx(v, 'Nama Atasan PPID', 'Name of the PPID’s superior')} value={values.atasanPpidName} errors={errors} />
        <Input
          name="atasanPpidNip"
          label={tx(v, 'NIP Atasan PPID', 'NIP of the PPID’s superior')}
          hint={nipHint}
          value={values.atasanPpidNip}
          errors={errors}
          inputmode="numeric"
        />
        <Input
          name="headOfBodyName"
          label={tx(v, 'Nama pimpinan badan publik', 'Name of the head of the body')}
          value={values.headOfBodyName}
          errors={errors}
        />
        <Input
          name="headOfBodyNip"
          label={tx(v, 'NIP pimpinan badan publik (bila ada)', 'NIP of the head of the body (if any)')}
          hint={nipHint}
          value={values.headOfBodyNip}
          errors={errors}
          inputmode="numeric"
        />
        <Select
          name="penetapanApprover"
          label={tx(v, 'Persetujuan penetapan informasi yang dikecualikan', 'Approval of decisions on exempt information')}
          hint={tx(
            v,
            'PPID menetapkan dengan persetujuan pimpinan badan publik (Perki 1/2017 Pasal 4 ayat (3)).',
            'The PPID decides with the approval of the head of the body (Perki 1/2017 Art. 4(3)).',
          )}
          value={values.penetapanApprover ?? 'atas_nama'}
          errors={errors}
          options={[
            { value: 'atas_nama', label: tx(v, 'Atasan PPID atas nama (a.n.) pimpinan', 'The PPID’s superior on behalf of (a.n.) the head') },
            { value: 'kepala', label: tx(v, 'Pimpinan badan publik sendiri', 'The head of the body in person') },
          ]}
        />
        <Input
          name="atasanLetterheadUnit"
          label={tx(v, 'Kop surat Atasan PPID', 'Letterhead of the PPID’s superior')}
          hint={tx(
            v,
            'Baris di bawah nama badan publik pada tanggapan atas keberatan. Kosong: jabatan pimpinan, mis. WALI KOTA PALANGKA RAYA.',
            'The line under the body’s name on objection responses. Empty: the head of the body, e.g. WALI KOTA PALANGKA RAYA.',
          )}
          value={values.atasanLetterheadUnit}
          errors={errors}
        />
        <Input
          name="komisiInformasi"
          label={tx(v, 'Komisi Informasi yang berwenang', 'Competent Information Commission')}
          hint={tx(
            v,
            'Disebut pada tanggapan atas keberatan, mis. Komisi Informasi Provinsi Kalimantan Tengah. Kosong: menurut provinsi alamat badan publik.',
            'Named on objection responses, e.g. Komisi Informasi Provinsi Kalimantan Tengah. Empty: by the province of the body’s address.',
          )}
          value={values.komisiInformasi}
          errors={errors}
        />
      </fieldset>
      <fieldset>
        <legend>{tx(v, 'Penanda tangan per jenis surat', 'Signer per letter type')}</legend>
        <p class="hint">
          {tx(
            v,
            'Kosongkan untuk memakai pejabat di atas. Bila perkara mencatat petugas yang memutus, surat ditandatangani petugas itu dengan NIP dari akunnya; jabatan dan baris a.n. diambil dari sini.',
            'Leave empty to use the officials above. Where the case records the officer who decided, the letter is signed by that officer with the NIP of their account; the position and the a.n. line are taken from here.',
          )}
        </p>
        {LETTER_TYPES.map((type) => (
          <fieldset>
            <legend>{tx(v, LETTER_TYPE_LABELS[type].id, LETTER_TYPE_LABELS[type].en)}</legend>
            <Input name={`signer.${type}.name`} label={tx(v, 'Nama', 'Name')} value={signers[type]?.name} errors={errors} />
            <Input name={`signer.${type}.position`} label={tx(v, 'Jabatan', 'Position')} value={signers[type]?.position} errors={errors} />
            <Input name={`signer.${type}.nip`} label="NIP" value={signers[type]?.nip} errors={errors} inputmode="numeric" />
            <Input
              name={`signer.${type}.onBehalfOf`}
              label={tx(v, 'Atas nama (a.n.), bila ada', 'On behalf of (a.n.), if any')}
              value={signers[type]?.onBehalfOf}
              errors={errors}
            />
          </fieldset>
        ))}
      </fieldset>
    </>
  );
};

export const OrgPage: FC<{
  v: View;
  values: Partial<PublicBody>;
  errors?: FieldErrors | undefined;
  logoError?: string | undefined;
  retention?: RetentionStatus | undefined;
  retentionError?: string | undefined;
  retentionTyped?: string | undefined;
}> = ({ v, values, errors, logoError, retention, retentionError, retentionTyped }) => (
  <BackofficeLayout v={v} title={v.t('org.title')}>
    <h1>{v.t('org.title')}</h1>
    <ErrorSummary v={v} errors={errors} />
    <form method="post" action="/admin/badan-publik" novalidate class="form">
      <Csrf v={v} />
      <Input name="name" label={v.t('org.name')} value={values.name} errors={errors} required />
      <Input name="shortName" label={`${v.t('org.short')} ${v.t('common.optional')}`} hint={v.t('org.short_hint')} value={values.shortName} errors={errors} />
      <TextArea name="address" label={v.t('common.address')} value={values.address} errors={errors} />
      <Input name="phone" type="tel" label={v.t('common.phone')} value={values.phone} errors={errors} />
      <Input name="email" type="email" label={v.t('common.email')} value={values.email} errors={errors} />
      <Input name="website" type="url" label={v.t('org.website')} value={values.website} errors={errors} />
      <fieldset>
        <legend>{v.t('org.ppid_contact')}</legend>
        <Input name="ppidContactName" label={v.t('org.ppid_name')} hint={v.t('org.ppid_name_hint')} value={values.ppidContactName} errors={errors} />
        <Input name="ppidContactEmail" type="email" label={v.t('org.ppid_email')} value={values.ppidContactEmail} errors={errors} />
        <Input name="ppidContactPhone" type="tel" label={v.t('org.ppid_phone')} value={values.ppidContactPhone} errors={errors} />
      </fieldset>
      <TextArea name="serviceHours" label={v.t('org.hours')} hint={v.t('org.hours_hint')} value={values.serviceHours} errors={errors} />
      <Select
        name="agencyOfficerLabel"
        label={v.t('org.label')}
        value={values.agencyOfficerLabel}
        errors={errors}
        options={[
          { value: 'PPID Pembantu', label: 'PPID Pembantu' },
          { value: 'PPID Pelaksana', label: 'PPID Pelaksana' },
        ]}
      />
      <fieldset>
        <legend>{tx(v, 'Permohonan informasi', 'Information requests')}</legend>
        <Input
          name="requestNumberPattern"
          label={tx(v, 'Pola nomor pendaftaran', 'Registration number pattern')}
          hint={tx(
            v,
            'Penanda: {nomor} (urut per tahun, 3 digit), {tahun}, {bulan} (angka Romawi), {bulan2} (01–12). Contoh: {nomor}/PPID/{bulan}/{tahun} menjadi 001/PPID/XI/2026.',
            'Markers: {nomor} (sequence per year, 3 digits), {tahun} (year), {bulan} (Roman month), {bulan2} (01–12). Example: {nomor}/PPID/{bulan}/{tahun} gives 001/PPID/XI/2026.',
          )}
          value={values.requestNumberPattern ?? '{nomor}/PPID/{bulan}/{tahun}'}
          errors={errors}
        />
        <Select
          name="timeZone"
          label={tx(v, 'Zona waktu', 'Time zone')}
          hint={tx(
            v,
            'Tanggal surat, tanggal di halaman, tenggat dan jam tutup layanan dihitung dalam zona ini.',
            'Letter dates, dates on pages, deadlines and the closing time are counted in this zone.',
          )}
          value={values.timeZone ?? DEFAULT_TIME_ZONE}
          errors={errors}
          options={INDONESIAN_TIME_ZONES.map((z) => ({ value: z, label: tx(v, ZONE_NAMES[z].id, ZONE_NAMES[z].en) }))}
        />
        <Input
          name="serviceClosingTime"
          label={tx(v, 'Jam tutup layanan', 'Service closing time')}
          hint={tx(
            v,
            'JJ:MM, waktu setempat. Permohonan yang masuk setelah jam ini dihitung diterima pada hari kerja berikutnya.',
            'HH:MM, local time. Requests received after this time count as received on the next working day.',
          )}
          value={values.serviceClosingTime ?? '16:00'}
          errors={errors}
        />
        {/* intake: may a unit's PPID Pembantu enter requests received at its office */}
        <Checkbox
          name="unitsRecordIntake"
          label={tx(
            v,
            'PPID Pembantu boleh mencatat permohonan yang diterima langsung, lewat surat, email, telepon atau faksimili di unitnya sendiri',
            'A unit’s PPID Pembantu may record requests received in person, by letter, email, phone or fax at its own unit',
          )}
          checked={values.unitsRecordIntake === true || (values as Record<string, unknown>).unitsRecordIntake === '1'}
        />
      </fieldset>
      <fieldset>
        <legend>{tx(v, 'Informasi yang dikecualikan', 'Exempt information')}</legend>
        <Input
          name="atasanPpidPosition"
          label={tx(v, 'Jabatan Atasan PPID', 'Position of the PPID’s superior')}
          hint={tx(v, 'Dicantumkan pada surat penetapan, mis. Sekretaris Daerah.', 'Named in the decision letters, e.g. Sekretaris Daerah.')}
          value={values.atasanPpidPosition ?? 'Sekretaris Daerah'}
          errors={errors}
        />
        <Input
          name="headOfBodyTitle"
          label={tx(v, 'Jabatan pimpinan badan publik (atas nama)', 'Title of the head of the body (on behalf of)')}
          hint={tx(v, 'Penetapan ditandatangani a.n. pimpinan ini, mis. Wali Kota.', 'Decisions are signed on behalf of this official, e.g. Wali Kota.')}
          value={values.headOfBodyTitle ?? 'Wali Kota'}
          errors={errors}
        />
        <Input
          name="exemptionReviewDays"
          label={tx(v, 'Peninjauan dibuka sebelum masa pengecualian berakhir (hari)', 'Reviews open before an exemption ends (days)')}
          hint={tx(
            v,
            'Atasan PPID dan PPID Utama diingatkan sejak saat itu, lalu setiap minggu (UU KIP Pasal 20).',
            'The superior and the lead PPID are reminded from then on, then weekly (Law 14/2008 Art. 20).',
          )}
          value={String(values.exemptionReviewDays ?? 30)}
          errors={errors}
          inputmode="numeric"
        />
        {/* objections: follow-up period of a granted objection */}
        <Input
          name="objectionFollowUpWorkingDays"
          label={tx(v, 'Jangka waktu melaksanakan keberatan yang dikabulkan (hari kerja)', 'Working days to carry out an upheld objection')}
          hint={tx(
            v,
            'Dipakai bila keputusan Atasan PPID tidak menyebut jangka waktu; undang-undang tidak menetapkannya.',
            'Used when the decision of the superior names no period; the law sets none.',
          )}
          value={String(values.objectionFollowUpWorkingDays ?? 10)}
          errors={errors}
          inputmode="numeric"
        />
      </fieldset>
      <SignersFieldsets v={v} values={values} errors={errors} />
      <Actions>
        <button type="submit">{v.t('common.save')}</button>
      </Actions>
    </form>
    <section class="card" aria-labelledby="logo-h">
      <h2 id="logo-h">{v.t('org.logo')}</h2>
      <img src="/logo" alt={v.t('org.logo')} width="96" height="96" />
      <form method="post" action="/admin/badan-publik/logo" enctype="multipart/form-data" novalidate>
        <Csrf v={v} />
        <div class={`field${logoError ? ' has-error' : ''}`}>
          <label for="f-logo">{v.t('org.logo')}</label>
          <p class="hint" id="h-logo">
            {v.t('org.logo_hint')}
          </p>
          {logoError ? (
            <p class="error" id="e-logo">
              {logoError}
            </p>
          ) : null}
          <input
            id="f-logo"
            type="file"
            name="logo"
            accept="image/png,image/jpeg,image/webp"
            aria-describedby={logoError ? 'h-logo e-logo' : 'h-logo'}
            aria-invalid={logoError ? 'true' : undefined}
          />
        </div>
        <Actions>
          <button type="submit" class="secondary">
            {v.t('org.logo_submit')}
          </button>
        </Actions>
      </form>
    </section>
    <RetentionSection v={v} years={values.requestRetentionYears} status={retention} error={retentionError} typed={retentionTyped} />
  </BackofficeLayout>
);
