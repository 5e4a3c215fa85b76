// Back-office pages of the foundation: overview, units, users, public body profile, audit log, own account.
import type { Child, FC } from 'hono/jsx';
import { ROLES, type Role } from '../../../context.js';
import type { auditLog } from '../../../db/schema/index.js';
import type { PublicBody } from '../../../domain/org/public-body.js';
import type { RetentionStatus } from '../../../domain/privacy/retention.js';
import { RetentionSection } from './retention.js';
import { LETTER_TYPE_LABELS, LETTER_TYPES } from '../../../domain/org/signer.js';
import type { Unit } from '../../../domain/units/units.js';
import type { PublicUser } from '../../../domain/users/users.js';
import { formatDateTime, type MessageKey } from '../../../i18n/index.js';
import { can } from '../../../policies/index.js';
import { Actions, Checkbox, Checkboxes, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

const roleLabel = (v: View, r: string) => v.t(`role.${r}` as MessageKey);

export const DashboardPage: FC<{
  v: View;
  unitName: string | null;
  pendingMail: number | null;
  smtpConfigured: boolean;
  /** From 1 October: next year, when its holiday calendar is not loaded. */
  missingCalendarYear?: number | null;
  extra?: Child;
  /** work-queue: "Perlu tindakan Anda" (src/http/pages/admin/work-queue.tsx). */
  queue?: Child;
}> = ({ v, unitName, pendingMail, smtpConfigured, missingCalendarYear, extra, queue }) => {
  const a = v.actor.kind === 'user' ? v.actor : null;
  return (
    <BackofficeLayout v={v} title={v.t('bo.dashboard')}>
      <h1>{v.t('bo.dashboard')}</h1>
      {missingCalendarYear ? (
        <div class="warn-box calendar-missing" role="note">
          <p>
            {tx(
              v,
              `Kalender hari libur tahun ${missingCalendarYear} belum dimuat. Tenggat yang melewati 1 Januari ${missingCalendarYear} dapat terlalu awal.`,
              `The holiday calendar for ${missingCalendarYear} has not been loaded. Deadlines that cross 1 January ${missingCalendarYear} may be too early.`,
            )}{' '}
            {can(v.actor, 'calendar.manage') ? (
              <a href="/admin/kalender/impor">{tx(v, 'Impor dari berkas', 'Import from a file')}</a>
            ) : (
              tx(v, 'Minta administrator memuatnya.', 'Ask the administrator to load it.')
            )}
          </p>
        </div>
      ) : null}
      <p class="lead">{v.t('bo.welcome', { name: a?.name ?? '' })}</p>
      {queue}
      <dl class="facts">
        <dt>{v.t('bo.roles')}</dt>
        <dd>{a?.roles.map((r) => roleLabel(v, r)).join(', ')}</dd>
        <dt>{v.t('bo.unit')}</dt>
        <dd>{unitName ?? v.t('bo.no_unit')}</dd>
      </dl>
      {pendingMail !== null ? (
        <div class="card">
          <p>{v.t('bo.outbox_pending', { n: pendingMail })}</p>
          {!smtpConfigured ? <p class="warn">{v.t('bo.smtp_off')}</p> : null}
          <p>
            <a href="/admin/kotak-keluar">{v.t('bo.outbox')}</a>
          </p>
        </div>
      ) : null}
      {extra}
    </BackofficeLayout>
  );
};

// --- units -----------------------------------------------------------------------------------------

export const UnitsListPage: FC<{ v: View; units: (Unit & { officers: { id: string; name: string }[] })[] }> = ({ v, units }) => (
  <BackofficeLayout v={v} title={v.t('bo.units')}>
    <h1>{v.t('bo.units')}</h1>
    {can(v.actor, 'units.manage') ? (
      <p>
        <a class="button" href="/admin/unit/baru">
          {v.t('units.new')}
        </a>
      </p>
    ) : null}
    <div class="table-wrap" tabindex={0} role="region" aria-label={v.t('bo.units')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{v.t('units.name')}</th>
            <th scope="col">{v.t('units.code')}</th>
            <th scope="col">{v.t('units.officers')}</th>
            <th scope="col">{v.t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr>
              <td>
                <a href={`/admin/unit/${u.id}`}>{u.name}</a>
                {u.isPpidUtama ? <span class="badge">{v.t('units.utama')}</span> : null}
              </td>
              <td>{u.code}</td>
              <td>{u.officers.map((o) => o.name).join(', ') || '–'}</td>
              <td>{u.active ? v.t('users.active') : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </BackofficeLayout>
);

export const UnitDetailPage: FC<{ v: View; unit: Unit & { officers: { id: string; name: string; email: string; roles: string[] }[] } }> = ({ v, unit }) => (
  <BackofficeLayout v={v} title={unit.name}>
    <h1>{unit.name}</h1>
    <dl class="facts">
      <dt>{v.t('units.code')}</dt>
      <dd>{unit.code}</dd>
      <dt>{v.t('units.short')}</dt>
      <dd>{unit.shortName || '–'}</dd>
      <dt>{v.t('common.address')}</dt>
      <dd>{unit.address || '–'}</dd>
      <dt>{v.t('common.email')}</dt>
      <dd>{unit.email || '–'}</dd>
      <dt>{v.t('common.phone')}</dt>
      <dd>{unit.phone || '–'}</dd>
      <dt>{v.t('units.is_utama')}</dt>
      <dd>{unit.isPpidUtama ? v.t('common.yes') : v.t('common.no')}</dd>
    </dl>
    {can(v.actor, 'units.manage') ? (
      <p>
        <a class="button" href={`/admin/unit/${unit.id}/ubah`}>
          {v.t('units.edit')}
        </a>
      </p>
    ) : null}
    <h2>{v.t('units.members')}</h2>
    {unit.officers.length === 0 ? (
      <p>{v.t('common.none')}</p>
    ) : (
      <ul>
        {unit.officers.map((o) => (
          <li>
            {o.name} ({o.roles.map((r) => roleLabel(v, r)).join(', ')})
          </li>
        ))}
      </ul>
    )}
  </BackofficeLayout>
);

export type UnitFormValues = {
  code: string;
  name: string;
  shortName: string;
  address: string;
  email: string;
  phone: string;
  isPpidUtama: boolean;
  active: boolean;
};

export const UnitFormPage: FC<{ v: View; id?: string; values: UnitFormValues; errors?: FieldErrors | undefined }> = ({ v, id, values, errors }) => {
  const title = id ? v.t('units.edit') : v.t('units.new');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={id ? `/admin/unit/${id}` : '/admin/unit'} novalidate class="form">
        <Csrf v={v} />
        <Input name="name" label={v.t('units.name')} value={values.name} errors={errors} required />
        <Input name="shortName" label={`${v.t('units.short')} ${v.t('common.optional')}`} value={values.shortName} errors={errors} />
        <Input name="code" label={v.t('units.code')} hint="huruf kecil, angka, tanda hubung: mis. dinkes" value={values.code} errors={errors} required />
        <TextArea name="address" label={`${v.t('common.address')} ${v.t('common.optional')}`} value={values.address} errors={errors} />
        <Input name="email" type="email" label={`${v.t('common.email')} ${v.t('common.optional')}`} value={values.email} errors={errors} />
        <Input name="phone" type="tel" label={`${v.t('common.phone')} ${v.t('common.optional')}`} value={values.phone} errors={errors} />
        <Checkbox name="isPpidUtama" label={v.t('units.is_utama')} checked={values.isPpidUtama} />
        <Checkbox name="active" label={v.t('units.active')} checked={values.active} />
        <Actions>
          <button type="submit">{v.t('common.save')}</button>
          <a href={id ? `/admin/unit/${id}` : '/admin/unit'}>{v.t('common.cancel')}</a>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};

// --- users -----------------------------------------------------------------------------------------

export const UsersListPage: FC<{ v: View; users: (PublicUser & { unitName: string | null })[] }> = ({ v, users }) => (
  <BackofficeLayout v={v} title={v.t('bo.users')}>
    <h1>{v.t('bo.users')}</h1>
    <p>
      <a class="button" href="/admin/pengguna/baru">
        {v.t('users.new')}
      </a>
    </p>
    <div class="table-wrap" tabindex={0} role="region" aria-label={v.t('bo.users')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{v.t('common.name')}</th>
            <th scope="col">{v.t('common.email')}</th>
            <th scope="col">{v.t('users.roles')}</th>
            <th scope="col">{v.t('users.unit')}</th>
            <th scope="col">{v.t('common.status')}</th>
            <th scope="col">{v.t('users.last_login')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>
                <a href={`/admin/pengguna/${u.id}`}>{u.name}</a>
              </td>
              <td>{u.email}</td>
              <td>{u.roles.map((r) => roleLabel(v, r)).join(', ')}</td>
              <td>{u.unitName ?? '–'}</td>
              <td>{u.lockedAt ? <strong class="warn">{v.t('users.locked')}</strong> : v.t('users.active')}</td>
              <td>{u.lastLoginAt ? formatDateTime(v.locale, u.lastLoginAt) : v.t('users.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </BackofficeLayout>
);

export type UserFormValues = { name: string; email: string; nip: string; unitId: string; roles: string[]; locale: string };

export const UserFormPage: FC<{ v: View; user?: PublicUser; values: UserFormValues; units: Unit[]; errors?: FieldErrors | undefined }> = ({
  v,
  user,
  values,
  units,
  errors,
}) => {
  const title = user ? v.t('users.edit') : v.t('users.new');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      {user?.lockedAt ? (
        <div class="notice warn-box" role="status">
          {v.t('users.locked')}: {user.lockedReason}
        </div>
      ) : null}
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={user ? `/admin/pengguna/${user.id}` : '/admin/pengguna'} novalidate class="form">
        <Csrf v={v} />
        <Input name="name" label={v.t('common.name')} value={values.name} errors={errors} required autocomplete="off" />
        <Input name="email" type="email" label={v.t('common.email')} value={values.email} errors={errors} required autocomplete="off" />
        <Input
          name="nip"
          label={`${v.t('users.nip')} ${v.t('common.optional')}`}
          hint={v.t('users.nip_hint')}
          value={values.nip}
          errors={errors}
          inputmode="numeric"
          maxlength={18}
        />
        <Select
          name="unitId"
          label={v.t('users.unit')}
          value={values.unitId}
          errors={errors}
          options={[{ value: '', label: `– ${v.t('bo.no_unit')} –` }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <Checkboxes
          name="roles"
          legend={v.t('users.roles')}
          values={values.roles}
          errors={errors}
          options={ROLES.map((r: Role) => ({ value: r, label: roleLabel(v, r) }))}
        />
        <Select
          name="locale"
          label={v.t('users.locale')}
          value={values.locale}
          errors={errors}
          options={[
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
        />
        <Actions>
          <button type="submit">{v.t('common.save')}</button>
          <a href="/admin/pengguna">{v.t('common.cancel')}</a>
        </Actions>
      </form>
      {user ? (
        <section aria-labelledby="acct-actions" class="card">
          <h2 id="acct-actions">{v.t('common.actions')}</h2>
          <form method="post" action={`/admin/pengguna/${user.id}/kirim-tautan`} class="inline-form">
            <Csrf v={v} />
            <button type="submit" class="secondary">
              {v.t('users.send_reset')}
            </button>
          </form>
          {user.lockedAt ? (
            <form method="post" action={`/admin/pengguna/${user.id}/buka-kunci`} class="inline-form">
              <Csrf v={v} />
              <button type="submit" class="secondary">
                {v.t('users.unlock')}
              </button>
            </form>
          ) : (
            <form method="post" action={`/admin/pengguna/${user.id}/kunci`} novalidate>
              <Csrf v={v} />
              <Input name="reason" label={v.t('users.lock_reason')} errors={errors} required />
              <button type="submit" class="danger">
                {v.t('users.lock')}
              </button>
            </form>
          )}
        </section>
      ) : null}
    </BackofficeLayout>
  );
};

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

// --- audit log ---------------------------------------------------------------------------------------

type AuditRow = typeof auditLog.$inferSelect;

const short = (x: unknown): string => {
  const t = typeof x === 'string' ? x : JSON.stringify(x);
  return t.length > 80 ? `${t.slice(0, 80)}…` : t;
};

/** The audit summary as short readable lines: "field: before → after". */
function summaryLines(s: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const changes = s.changes as Record<string, [unknown, unknown]> | undefined;
  if (changes) for (const [k, [a, b]] of Object.entries(changes)) lines.push(`${k}: ${short(a)} → ${short(b)}`);
  for (const key of ['after', 'before', 'details'] as const) {
    const obj = s[key] as Record<string, unknown> | undefined;
    if (obj) for (const [k, v] of Object.entries(obj)) lines.push(`${k}: ${short(v)}`);
  }
  return lines.slice(0, 8);
}

const shortId = (id: string) => (/^[0-9a-f-]{36}$/.test(id) ? id.slice(0, 8) : id);

export const AuditPage: FC<{
  v: View;
  rows: AuditRow[];
  filter: Record<string, string | number | undefined>;
  nextHref: string | null;
  verify?: { ok: boolean; text: string } | undefined;
}> = ({ v, rows, filter, nextHref, verify }) => (
  <BackofficeLayout v={v} title={v.t('audit.title')}>
    <h1>{v.t('audit.title')}</h1>
    <p>{v.t('audit.lead')}</p>
    {verify ? (
      <div class={verify.ok ? 'notice' : 'error-summary'} role="status">
        {verify.text}
      </div>
    ) : null}
    <form method="get" action="/admin/audit" class="filters">
      <Input name="action" label={v.t('audit.action')} value={String(filter.action ?? '')} />
      <Input name="actor" label={v.t('audit.who')} value={String(filter.actor ?? '')} />
      <Input name="entity" label={v.t('audit.entity')} value={String(filter.entity ?? '')} />
      <Input name="from" type="date" label={v.t('audit.from')} value={String(filter.from ?? '')} />
      <Input name="to" type="date" label={v.t('audit.to')} value={String(filter.to ?? '')} />
      <Actions>
        <button type="submit">{v.t('common.filter')}</button>
        <a href="/admin/audit">{v.t('common.reset_filter')}</a>
        <a href="/admin/audit?verify=1">{v.t('audit.verify')}</a>
      </Actions>
    </form>
    <div class="table-wrap" tabindex={0} role="region" aria-label={v.t('audit.title')}>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{v.t('audit.when')}</th>
            <th scope="col">{v.t('audit.who')}</th>
            <th scope="col">{v.t('audit.action')}</th>
            <th scope="col">{v.t('audit.entity')}</th>
            <th scope="col">{v.t('audit.summary')}</th>
            <th scope="col">{v.t('audit.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>{r.seq}</td>
              <td>{formatDateTime(v.locale, r.at)}</td>
              <td>{r.actorName}</td>
              <td>
                <code>{r.action}</code>
              </td>
              <td>
                {r.entityType}
                {r.entityId ? (
                  <span class="muted" title={r.entityId}>
                    {' '}
                    {shortId(r.entityId)}
                  </span>
                ) : null}
              </td>
              <td class="small">
                {summaryLines(r.summary).map((l) => (
                  <div>{l}</div>
                ))}
              </td>
              <td>{r.ip ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {rows.length === 0 ? <p>{v.t('common.none')}</p> : null}
    {nextHref ? (
      <p>
        <a href={nextHref}>{v.t('common.next')} →</a>
      </p>
    ) : null}
  </BackofficeLayout>
);

// --- own account -------------------------------------------------------------------------------------

export const AccountPage: FC<{ v: View; errors?: FieldErrors | undefined; locale: string }> = ({ v, errors, locale }) => (
  <BackofficeLayout v={v} title={v.t('account.title')}>
    <h1>{v.t('account.title')}</h1>
    <section aria-labelledby="pw-h" class="card">
      <h2 id="pw-h">{v.t('account.change_password')}</h2>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/akun/sandi" novalidate>
        <Csrf v={v} />
        <Input name="current" type="password" label={v.t('account.current')} errors={errors} autocomplete="current-password" required />
        <Input name="password" type="password" label={v.t('account.new')} errors={errors} autocomplete="new-password" required />
        <Input name="confirm" type="password" label={v.t('account.confirm')} errors={errors} autocomplete="new-password" required />
        <Actions>
          <button type="submit">{v.t('account.submit')}</button>
        </Actions>
      </form>
    </section>
    <section aria-labelledby="lang-h" class="card">
      <h2 id="lang-h">{v.t('account.language')}</h2>
      <form method="post" action="/admin/akun/bahasa">
        <Csrf v={v} />
        <Select
          name="locale"
          label={v.t('nav.language')}
          value={locale}
          options={[
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
        />
        <Actions>
          <button type="submit" class="secondary">
            {v.t('account.language_submit')}
          </button>
        </Actions>
      </form>
    </section>
  </BackofficeLayout>
);
