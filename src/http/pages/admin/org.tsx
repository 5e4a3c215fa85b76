// Back-office page of the public body's profile, signers and logo.
import type { FC } from 'hono/jsx';
import type { PublicBody } from '../../../domain/org/public-body.js';
import type { RetentionStatus } from '../../../domain/privacy/retention.js';
import { RetentionSection } from './retention.js';
import { LETTER_TYPE_LABELS, LETTER_TYPES } from '../../../domain/org/signer.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../components/layout.js';
import { DEFAULT_TIME_ZONE, INDONESIAN_TIME_ZONES, ZONE_NAMES } from '../../../domain/calendar/dates.js';

// --- public body -------------------------------------------------------------------------------------

/** The officials who sign letters (name, jabatan, NIP), the Atasan PPID's letterhead, the Komisi Informasi and a signer per letter type. */
const SignersFieldsets: FC<{ v: View; values: Partial<PublicBody>; errors?: FieldErrors | undefined }> = ({ v, values, errors }) => {
  const nipHint = tm(v, 'admin.org.18_digits_no_spaces_printed');
  const signers = values.letterSigners ?? {};
  return (
    <>
      <fieldset>
        <legend>{tm(v, 'admin.org.officials_who_sign_letters')}</legend>
        <Input
          name="ppidPosition"
          label={tm(v, 'admin.org.position_ppid')}
          hint={tm(v, 'admin.org.e_g_head_ict_office')}
          value={values.ppidPosition}
          errors={errors}
        />
        <Input name="ppidNip" label={tm(v, 'admin.org.nip_ppid')} hint={nipHint} value={values.ppidNip} errors={errors} inputmode="numeric" />
        <Input name="atasanPpidName" label={tm(v, 'admin.org.name_ppid_s_superior')} value={values.atasanPpidName} errors={errors} />
        <Input
          name="atasanPpidNip"
          label={tm(v, 'admin.org.nip_ppid_s_superior')}
          hint={nipHint}
          value={values.atasanPpidNip}
          errors={errors}
          inputmode="numeric"
        />
        <Input name="headOfBodyName" label={tm(v, 'admin.org.name_head_body')} value={values.headOfBodyName} errors={errors} />
        <Input
          name="headOfBodyNip"
          label={tm(v, 'admin.org.nip_head_body_if_any')}
          hint={nipHint}
          value={values.headOfBodyNip}
          errors={errors}
          inputmode="numeric"
        />
        <Select
          name="penetapanApprover"
          label={tm(v, 'admin.org.approval_decisions_exempt_information')}
          hint={tm(v, 'admin.org.ppid_decides_approval_head_body')}
          value={values.penetapanApprover ?? 'atas_nama'}
          errors={errors}
          options={[
            { value: 'atas_nama', label: tm(v, 'admin.org.ppid_s_superior_behalf_n') },
            { value: 'kepala', label: tm(v, 'admin.org.head_body_person') },
          ]}
        />
        <Input
          name="atasanLetterheadUnit"
          label={tm(v, 'admin.org.letterhead_ppid_s_superior')}
          hint={tm(v, 'admin.org.line_under_body_s_name')}
          value={values.atasanLetterheadUnit}
          errors={errors}
        />
        <Input
          name="komisiInformasi"
          label={tm(v, 'admin.org.competent_information_commission')}
          hint={tm(v, 'admin.org.named_objection_responses_e_g')}
          value={values.komisiInformasi}
          errors={errors}
        />
      </fieldset>
      <fieldset>
        <legend>{tm(v, 'admin.org.signer_per_letter_type')}</legend>
        <p class="hint">{tm(v, 'admin.org.leave_empty_use_officials_above')}</p>
        {LETTER_TYPES.map((type) => (
          <fieldset>
            <legend>{tx(v, LETTER_TYPE_LABELS[type].id, LETTER_TYPE_LABELS[type].en)}</legend>
            <Input name={`signer.${type}.name`} label={tm(v, 'admin.calendar.name')} value={signers[type]?.name} errors={errors} />
            <Input name={`signer.${type}.position`} label={tm(v, 'admin.org.position')} value={signers[type]?.position} errors={errors} />
            <Input name={`signer.${type}.nip`} label="NIP" value={signers[type]?.nip} errors={errors} inputmode="numeric" />
            <Input name={`signer.${type}.onBehalfOf`} label={tm(v, 'admin.org.behalf_n_if_any')} value={signers[type]?.onBehalfOf} errors={errors} />
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
        <legend>{tm(v, 'admin.org.information_requests')}</legend>
        <Input
          name="requestNumberPattern"
          label={tm(v, 'admin.org.registration_number_pattern')}
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
          label={tm(v, 'admin.org.time_zone')}
          hint={tm(v, 'admin.org.letter_dates_dates_pages_deadlines')}
          value={values.timeZone ?? DEFAULT_TIME_ZONE}
          errors={errors}
          options={INDONESIAN_TIME_ZONES.map((z) => ({ value: z, label: tx(v, ZONE_NAMES[z].id, ZONE_NAMES[z].en) }))}
        />
        <Input
          name="serviceClosingTime"
          label={tm(v, 'admin.org.service_closing_time')}
          hint={tm(v, 'admin.org.hh_mm_local_time_requests')}
          value={values.serviceClosingTime ?? '16:00'}
          errors={errors}
        />
        {/* intake: may a unit's PPID Pembantu enter requests received at its office */}
        <Checkbox
          name="unitsRecordIntake"
          label={tm(v, 'admin.org.unit_s_ppid_pembantu_may')}
          checked={values.unitsRecordIntake === true || (values as Record<string, unknown>).unitsRecordIntake === '1'}
        />
      </fieldset>
      <fieldset>
        <legend>{tm(v, 'admin.org.exempt_information')}</legend>
        <Input
          name="atasanPpidPosition"
          label={tm(v, 'admin.org.position_ppid_s_superior')}
          hint={tm(v, 'admin.org.named_decision_letters_e_g')}
          value={values.atasanPpidPosition ?? 'Sekretaris Daerah'}
          errors={errors}
        />
        <Input
          name="headOfBodyTitle"
          label={tm(v, 'admin.org.title_head_body_behalf')}
          hint={tm(v, 'admin.org.decisions_are_signed_behalf_official')}
          value={values.headOfBodyTitle ?? 'Wali Kota'}
          errors={errors}
        />
        <Input
          name="exemptionReviewDays"
          label={tm(v, 'admin.org.reviews_open_before_exemption_ends')}
          hint={tm(v, 'admin.org.superior_lead_ppid_are_reminded')}
          value={String(values.exemptionReviewDays ?? 30)}
          errors={errors}
          inputmode="numeric"
        />
        {/* objections: follow-up period of a granted objection */}
        <Input
          name="objectionFollowUpWorkingDays"
          label={tm(v, 'admin.org.working_days_carry_out_upheld')}
          hint={tm(v, 'admin.org.used_when_decision_superior_names')}
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
