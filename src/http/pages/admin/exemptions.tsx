// Back-office pages of consequence tests (uji konsekuensi): the list with counts per status, the form
// (new and edit), one test with its history and the actions of each role, and the expiry reviews. No
// JavaScript needed. Internal text appears only when the page was given it (the domain decides).
import type { FC } from 'hono/jsx';
import { SECURITY_LEVELS, TEST_MOMENTS, TEST_STATUSES, type TestMoment, type TestStatus } from '../../../db/schema/classification.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { SECURITY_LEVEL_LABELS } from '../../../domain/classified/items.js';
import { beyondLegalMaximum, GROUNDS, groundLabel, groundReference, MAX_YEARS_A_TO_F } from '../../../domain/exemptions/grounds.js';
import { LONG_PERIOD_MESSAGE, legalBasisText } from '../../../domain/exemptions/input.js';
import { validationMessage } from '../../../domain/messages/validation.js';
import type { TestFilter, TestRow, TestView } from '../../../domain/exemptions/queries.js';
import type { ReviewRow } from '../../../domain/exemptions/reviews.js';
import { formatDateTime } from '../../../i18n/index.js';
import { Actions, Checkbox, ErrorSummary, Input, Radios, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

const day = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id').replace(/^[^,]+, /, '');

export const STATUS_LABELS: Record<TestStatus, [string, string]> = {
  draft: ['Draf', 'Draft'],
  submitted: ['Diajukan ke PPID Utama', 'Submitted to the lead PPID'],
  returned: ['Dikembalikan untuk diperbaiki', 'Returned for changes'],
  reviewed: ['Menunggu penetapan Atasan PPID', "Awaiting the superior's decision"],
  approved: ['Ditetapkan', 'Approved'],
  rejected: ['Ditolak', 'Rejected'],
  superseded: ['Diganti perpanjangan', 'Superseded by an extension'],
  released: ['Dibuka oleh putusan', 'Opened by a decision'],
  expired: ['Berakhir, informasi dibuka', 'Ended, information opened'],
};
const TONE: Record<TestStatus, string> = {
  draft: 'draft',
  submitted: 'submitted',
  returned: 'returned',
  reviewed: 'submitted',
  approved: 'published',
  rejected: 'unpublished',
  superseded: 'draft',
  released: 'draft',
  expired: 'draft',
};
export const StatusBadge: FC<{ v: View; status: TestStatus }> = ({ v, status }) => (
  <span class={`dip-status dip-status-${TONE[status]}`}>{tx(v, ...STATUS_LABELS[status])}</span>
);

const MOMENT_LABELS: Record<TestMoment, [string, string, string, string]> = {
  proaktif: ['Sebelum ada permohonan', 'Before any request', 'Perki 1/2017 Pasal 4 ayat (2) huruf a', 'Perki 1/2017 Art. 4(2)(a)'],
  saat_permohonan: ['Saat ada permohonan informasi', 'When a request arrives', 'Pasal 4 ayat (2) huruf b', 'Art. 4(2)(b)'],
  perintah_majelis: [
    'Atas perintah Majelis Komisioner',
    'Ordered by the Commission panel',
    'Pasal 4 ayat (2) huruf c, dalam sengketa',
    'Art. 4(2)(c), in a dispute',
  ],
};

const longPeriodMessage = (v: View) => validationMessage(LONG_PERIOD_MESSAGE, v.locale);

const groundText = (v: View, g: string, sub: number | null) => `${groundReference(g, sub, v.locale)}: ${groundLabel(g, sub, v.locale)}`;

function periodText(v: View, start: string, end: string | null): string {
  return end ? `${day(v, start)} – ${day(v, end)}` : tx(v, `sejak ${day(v, start)}, tanpa batas waktu`, `from ${day(v, start)}, without end`);
}

// --- list -------------------------------------------------------------------------------------------

export const TestListPage: FC<{
  v: View;
  rows: TestRow[];
  counts: Record<TestStatus, number>;
  total: number;
  filter: TestFilter;
  units: { id: string; name: string }[] | null;
  mayDraft: boolean;
  mayReviews: boolean;
}> = ({ v, rows, counts, total, filter, units, mayDraft, mayReviews }) => {
  const title = tx(v, 'Uji konsekuensi', 'Consequence tests');
  const href = (status?: string) => {
    const p = new URLSearchParams();
    if (status) p.set('status', status);
    if (filter.unit) p.set('unit', filter.unit);
    const q = p.toString();
    return `/admin/uji-konsekuensi${q ? `?${q}` : ''}`;
  };
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Informasi hanya boleh dikecualikan setelah pengujian konsekuensi yang saksama (UU KIP Pasal 19) dan penetapan Atasan PPID. Uji yang ditetapkan dan masih berlaku tampil dalam Daftar Informasi yang Dikecualikan.',
          'Information may be withheld only after a careful consequence test (Law 14/2008 Art. 19) and the decision of the PPID’s superior. Approved tests in force appear in the public register of exempt information.',
        )}
      </p>
      <ul class="link-list">
        {mayDraft ? (
          <li>
            <a href="/admin/uji-konsekuensi/baru">{tx(v, 'Buat uji konsekuensi baru', 'New consequence test')}</a>
          </li>
        ) : null}
        {mayReviews ? (
          <li>
            <a href="/admin/uji-konsekuensi/peninjauan">{tx(v, 'Peninjauan masa pengecualian', 'Reviews of exemption periods')}</a>
          </li>
        ) : null}
        <li>
          <a href="/informasi-dikecualikan">{tx(v, 'Daftar Informasi yang Dikecualikan (portal)', 'Register of exempt information (portal)')}</a>
        </li>
      </ul>
      <nav aria-label={tx(v, 'Saring menurut status', 'Filter by status')}>
        <ul class="inline-list">
          <li>
            <a href={href()} aria-current={!filter.status ? 'page' : undefined}>
              {tx(v, 'Semua', 'All')} ({total})
            </a>
          </li>
          {TEST_STATUSES.filter((s) => counts[s] > 0 || s === filter.status).map((s) => (
            <li>
              <a href={href(s)} aria-current={filter.status === s ? 'page' : undefined}>
                {tx(v, ...STATUS_LABELS[s])} ({counts[s]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {units ? (
        <form method="get" action="/admin/uji-konsekuensi" class="filters" role="search" aria-label={tx(v, 'Saring menurut unit', 'Filter by agency')}>
          {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
          <Select
            name="unit"
            label={tx(v, 'Unit pengusul', 'Proposing agency')}
            value={filter.unit ?? ''}
            options={[{ value: '', label: tx(v, 'Semua unit', 'All agencies') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
          <Actions>
            <button type="submit" class="secondary">
              {v.t('common.filter')}
            </button>
          </Actions>
        </form>
      ) : null}
      {rows.length === 0 ? (
        <p class="muted">{tx(v, 'Tidak ada uji konsekuensi dalam saringan ini.', 'No consequence tests match this filter.')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Judul untuk publik', 'Public title')}</th>
                <th scope="col">{v.t('common.status')}</th>
                <th scope="col">{tx(v, 'Unit', 'Agency')}</th>
                <th scope="col">{tx(v, 'Dasar', 'Ground')}</th>
                <th scope="col">{tx(v, 'Jangka waktu', 'Period')}</th>
                <th scope="col">{tx(v, 'Penetapan', 'Decision')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a href={`/admin/uji-konsekuensi/${r.id}`}>{r.publicTitle}</a>
                  </td>
                  <td data-label={v.t('common.status')}>
                    <StatusBadge v={v} status={r.status} />
                  </td>
                  <td data-label={tx(v, 'Unit', 'Agency')}>{r.unitName}</td>
                  <td data-label={tx(v, 'Dasar', 'Ground')}>{groundReference(r.ground, r.subpoint, v.locale)}</td>
                  <td data-label={tx(v, 'Jangka waktu', 'Period')}>{periodText(v, r.periodStart, r.periodEnd)}</td>
                  <td data-label={tx(v, 'Penetapan', 'Decision')}>{r.number ? `${r.number}, ${day(v, r.decisionDate!)}` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackofficeLayout>
  );
};

// --- form -------------------------------------------------------------------------------------------

/** A select of the Pasal 17 grounds, grouped by letter; a letter with sub-points is chosen by its sub-point. */
const GroundSelect: FC<{ v: View; value: string; error?: string | undefined }> = ({ v, value, error }) => {
  const hint = tx(
    v,
    'Huruf dan angka UU No. 14 Tahun 2008 Pasal 17. Huruf a, c, e, f dan h dipilih menurut angkanya.',
    'Letter and sub-point of Law 14/2008 Art. 17. Letters a, c, e, f and h are chosen by their sub-point.',
  );
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for="f-groundCode">{tx(v, 'Dasar pengecualian (Pasal 17)', 'Exemption ground (Art. 17)')}</label>
      <p class="hint" id="h-groundCode">
        {hint}
      </p>
      {error ? (
        <p class="error" id="e-groundCode">
          {error}
        </p>
      ) : null}
      <select
        id="f-groundCode"
        name="groundCode"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'h-groundCode e-groundCode' : 'h-groundCode'}
      >
        <option value="">–</option>
        {GROUNDS.map((g) =>
          g.subpoints.length ? (
            <optgroup label={`${g.letter}. ${g.label[v.locale]}`}>
              {g.subpoints.map((s, i) => (
                <option value={`${g.letter}.${i + 1}`} selected={value === `${g.letter}.${i + 1}`}>
                  {`${g.letter}.${i + 1} ${s[v.locale]}`}
                </option>
              ))}
            </optgroup>
          ) : (
            <option value={g.letter} selected={value === g.letter}>
              {`${g.letter}. ${g.label[v.locale]}`}
            </option>
          ),
        )}
      </select>
    </div>
  );
};

export type TestFormProps = {
  v: View;
  mode: 'new' | 'edit';
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  /** Edit: the test and the register number of its item. */
  testId?: string;
  itemNumber?: string;
  returnNote?: string;
  /** New, for a request (moment saat_permohonan). */
  request?: { id: string; number: string; details: string } | null;
  items?: { id: string; number: string; title: string }[];
  dipEntries?: { id: string; number: string; title: string }[];
  /** The PPID Utama chooses the proposing unit; null for a PPID Pembantu (their own). */
  units?: { id: string; name: string }[] | null;
};

export const TestFormPage: FC<TestFormProps> = (p) => {
  const { v, values: val, errors } = p;
  const title = p.mode === 'new' ? tx(v, 'Uji konsekuensi baru', 'New consequence test') : tx(v, 'Ubah uji konsekuensi', 'Change the consequence test');
  const action = p.mode === 'new' ? '/admin/uji-konsekuensi' : `/admin/uji-konsekuensi/${p.testId}`;
  const levelOptions = SECURITY_LEVELS.map((l) => ({ value: l, label: SECURITY_LEVEL_LABELS[l][v.locale] }));
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={p.testId ? `/admin/uji-konsekuensi/${p.testId}` : '/admin/uji-konsekuensi'}>{tx(v, '← Kembali', '← Back')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Uji konsekuensi menimbang akibat bila informasi dibuka terhadap kepentingan publik (UU KIP Pasal 2 ayat (4) dan Pasal 19). Setelah disimpan sebagai draf, ajukan kepada PPID Utama.',
          'A consequence test weighs the harm of opening the information against the public interest (Law 14/2008 Art. 2(4) and 19). Once saved as a draft, submit it to the lead PPID.',
        )}
      </p>
      {p.returnNote ? (
        <div class="warn-box" role="note">
          <strong>{tx(v, 'Catatan pengembalian: ', 'Return note: ')}</strong>
          <span class="pre">{p.returnNote}</span>
        </div>
      ) : null}
      <ErrorSummary v={v} errors={errors} message={p.message} />
      <form method="post" action={action} novalidate class="form dip-form">
        <Csrf v={v} />
        {p.mode === 'new' ? (
          <fieldset>
            <legend class="section">{tx(v, '1. Informasi yang diuji', '1. The information tested')}</legend>
            <p class="hint">
              {tx(
                v,
                'Judul dan uraian informasi dicatat dalam register informasi berklasifikasi dan hanya dapat dibaca pejabat yang berwenang; keduanya tidak pernah tampil di portal.',
                'The title and description are recorded in the register of classified information and only authorised officials may read them; they never appear on the portal.',
              )}
            </p>
            {p.request ? (
              <>
                <input type="hidden" name="source" value="permohonan" />
                <input type="hidden" name="requestId" value={p.request.id} />
                <p>
                  {tx(v, 'Untuk permohonan', 'For request')} <strong>{p.request.number}</strong>
                  {tx(v, ' (pengujian saat ada permohonan).', ' (test made when a request arrives).')}
                </p>
                <p class="muted small pre">{p.request.details}</p>
              </>
            ) : !p.items?.length && !p.dipEntries?.length ? (
              // Nothing recorded yet that this officer may read: the information is new.
              <input type="hidden" name="source" value="baru" />
            ) : (
              <Radios
                name="source"
                legend={tx(v, 'Asal informasi', 'Where the information comes from')}
                value={val.source ?? 'baru'}
                errors={errors}
                options={[
                  {
                    value: 'baru',
                    label: tx(v, 'Informasi baru', 'New information'),
                    hint: tx(v, 'Isi judul, uraian dan tingkat klasifikasi di bawah.', 'Fill in the title, description and level below.'),
                  },
                  ...(p.items?.length
                    ? [
                        {
                          value: 'item',
                          label: tx(v, 'Informasi berklasifikasi yang sudah tercatat', 'A classified item already recorded'),
                          hint: tx(v, 'Pilih dari daftar yang boleh Anda baca.', 'Choose from those you may read.'),
                        },
                      ]
                    : []),
                  ...(p.dipEntries?.length
                    ? [
                        {
                          value: 'dip',
                          label: tx(v, 'Entri Daftar Informasi Publik', 'An entry of the public register'),
                          hint: tx(v, 'Bila ditetapkan, entri ditarik dari portal.', 'Once approved, the entry is withdrawn from the portal.'),
                        },
                      ]
                    : []),
                ]}
              />
            )}
            <fieldset>
              <legend>{p.request ? tx(v, 'Informasi yang dimohon', 'The information requested') : tx(v, 'Informasi baru', 'New information')}</legend>
              <Input
                name="itemTitle"
                label={tx(v, 'Judul informasi (internal)', 'Title of the information (internal)')}
                value={val.itemTitle}
                errors={errors}
              />
              <TextArea
                name="itemDescription"
                label={`${tx(v, 'Uraian (internal)', 'Description (internal)')} ${v.t('common.optional')}`}
                value={val.itemDescription}
                errors={errors}
                rows={3}
              />
            </fieldset>
            {!p.request && p.items?.length ? (
              <Select
                name="itemId"
                label={tx(v, 'Informasi berklasifikasi yang sudah tercatat', 'Classified item already recorded')}
                value={val.itemId}
                errors={errors}
                options={[{ value: '', label: '–' }, ...p.items.map((i) => ({ value: i.id, label: `${i.number} · ${i.title}` }))]}
              />
            ) : null}
            {!p.request && p.dipEntries?.length ? (
              <Select
                name="dipEntryId"
                label={tx(v, 'Entri DIP', 'DIP entry')}
                value={val.dipEntryId}
                errors={errors}
                options={[{ value: '', label: '–' }, ...p.dipEntries.map((e) => ({ value: e.id, label: `${e.number} · ${e.title}` }))]}
              />
            ) : null}
            <Select
              name="securityLevel"
              label={tx(v, 'Tingkat klasifikasi keamanan', 'Security level')}
              hint={tx(
                v,
                'Untuk informasi baru, dari permohonan atau dari DIP; tidak boleh di atas izin akses Anda. Klasifikasi keamanan bukan dasar pengecualian.',
                'For new information, a request’s subject or a DIP entry; not above your clearance. A security level is not an exemption ground.',
              )}
              value={val.securityLevel || 'terbatas'}
              errors={errors}
              options={levelOptions}
            />
          </fieldset>
        ) : (
          <p>
            {tx(v, 'Informasi yang diuji: register nomor', 'Information tested: register number')} <strong>{p.itemNumber}</strong>
          </p>
        )}

        <fieldset>
          <legend class="section">{tx(v, '2. Dasar pengecualian', '2. Exemption ground')}</legend>
          {p.request ? (
            <input type="hidden" name="moment" value="saat_permohonan" />
          ) : (
            <Radios
              name="moment"
              legend={tx(v, 'Saat pengujian', 'When the test is made')}
              value={val.moment || 'proaktif'}
              errors={errors}
              options={TEST_MOMENTS.map((m) => ({
                value: m,
                label: tx(v, MOMENT_LABELS[m][0], MOMENT_LABELS[m][1]),
                hint: tx(v, MOMENT_LABELS[m][2], MOMENT_LABELS[m][3]),
              }))}
            />
          )}
          {p.units ? (
            <Select
              name="unitId"
              label={tx(v, 'Unit pengusul', 'Proposing agency')}
              value={val.unitId}
              errors={errors}
              options={[{ value: '', label: tx(v, 'Unit saya', 'My agency') }, ...p.units.map((u) => ({ value: u.id, label: u.name }))]}
            />
          ) : null}
          <GroundSelect v={v} value={val.groundCode ?? ''} error={errors?.groundCode} />
          <Input
            name="legalRegulation"
            label={tx(v, 'Dasar hukum: peraturan', 'Legal basis: regulation')}
            hint={tx(v, 'Mis. UU No. 17 Tahun 2023 tentang Kesehatan.', 'E.g. Law No. 17 of 2023 on Health.')}
            value={val.legalRegulation}
            errors={errors}
          />
          <Input
            name="legalArticle"
            label={tx(v, 'Dasar hukum: pasal dan ayat', 'Legal basis: article and paragraph')}
            hint={tx(v, 'Mis. Pasal 4 ayat (1) huruf i.', 'E.g. Article 4(1)(i).')}
            value={val.legalArticle}
            errors={errors}
          />
        </fieldset>

        <fieldset>
          <legend class="section">{tx(v, '3. Pengujian konsekuensi (internal)', '3. The consequence test (internal)')}</legend>
          <p class="hint">
            {tx(
              v,
              'Bagian ini hanya dibaca PPID dan Atasan PPID yang berwenang, tidak pernah tampil di portal maupun dalam email.',
              'Only the authorised PPID and superior read this part; it never appears on the portal or in emails.',
            )}
          </p>
          <TextArea
            name="withheldInformation"
            label={tx(v, 'Informasi yang dikecualikan', 'Information withheld')}
            value={val.withheldInformation}
            errors={errors}
            rows={3}
          />
          <TextArea
            name="harm"
            label={tx(v, 'Konsekuensi apabila informasi dibuka', 'Consequence if the information were opened')}
            value={val.harm}
            errors={errors}
            rows={4}
          />
          <TextArea
            name="publicInterest"
            label={tx(v, 'Pertimbangan kepentingan publik', 'Public-interest balance')}
            hint={tx(
              v,
              'Mengapa menutup informasi melindungi kepentingan yang lebih besar daripada membukanya (UU KIP Pasal 2 ayat (4)).',
              'Why closing the information protects a greater interest than opening it (Law 14/2008 Art. 2(4)).',
            )}
            value={val.publicInterest}
            errors={errors}
            rows={4}
          />
          <Radios
            name="partial"
            legend={tx(v, 'Hasil', 'Result')}
            value={val.partial || 'tidak'}
            errors={errors}
            options={[
              { value: 'tidak', label: tx(v, 'Dikecualikan seluruhnya', 'Exempt in full') },
              {
                value: 'ya',
                label: tx(
                  v,
                  'Dikecualikan sebagian (bagian lain diberikan, yang dikecualikan dihitamkan)',
                  'Exempt in part (the rest is given, the exempt part blacked out)',
                ),
              },
            ]}
          />
          <TextArea
            name="releasedPart"
            label={tx(v, 'Bagian yang tetap dapat diberikan (bila sebagian)', 'The part that can still be given (if partial)')}
            value={val.releasedPart}
            errors={errors}
            rows={2}
          />
        </fieldset>

        <fieldset>
          <legend class="section">{tx(v, '4. Jangka waktu pengecualian', '4. Exemption period')}</legend>
          <p class="hint">
            {tx(
              v,
              `Dasar huruf a–f tidak permanen dan paling lama ${MAX_YEARS_A_TO_F} tahun (UU KIP Pasal 20, PP 61/2010); huruf i dan j wajib berakhir; huruf g dan h boleh tanpa tanggal akhir.`,
              `Grounds a–f are not permanent and last at most ${MAX_YEARS_A_TO_F} years (Art. 20, PP 61/2010); i and j must end; g and h may have no end date.`,
            )}
          </p>
          <Input name="periodStart" type="date" label={tx(v, 'Mulai', 'From')} value={val.periodStart} errors={errors} />
          <Input name="periodEnd" type="date" label={tx(v, 'Berakhir', 'Until')} value={val.periodEnd} errors={errors} />
          {/* Asked only once the period was found to run past the maximum (or was confirmed before). */}
          {val.acknowledgeLongPeriod === '1' || errors?.periodEnd === longPeriodMessage(v) ? (
            <Checkbox
              name="acknowledgeLongPeriod"
              checked={val.acknowledgeLongPeriod === '1'}
              label={tx(v, `Jangka waktu lebih dari ${MAX_YEARS_A_TO_F} tahun ini disengaja.`, `This period beyond ${MAX_YEARS_A_TO_F} years is intended.`)}
            />
          ) : null}
        </fieldset>

        <fieldset class="public-fields">
          <legend class="section">{tx(v, '5. Yang ditampilkan kepada publik', '5. What the public sees')}</legend>
          <div class="warn-box" role="note">
            <strong>{tx(v, 'Tampil di portal. ', 'Shown on the portal. ')}</strong>
            {tx(
              v,
              'Judul dan ringkasan ini dimuat dalam Daftar Informasi yang Dikecualikan yang dapat dibaca siapa saja, beserta dasar pengecualian, dasar hukum, jangka waktu dan nomor penetapan. Jangan tuliskan nama orang, isi rahasia, atau hal lain yang justru dikecualikan.',
              'This title and summary are published in the register of exempt information that anyone can read, with the ground, legal basis, period and decision number. Do not write names, secret content or anything else that is itself withheld.',
            )}
          </div>
          <Input name="publicTitle" label={tx(v, 'Judul untuk publik', 'Title for the public')} value={val.publicTitle} errors={errors} />
          <TextArea
            name="publicSummary"
            label={tx(v, 'Ringkasan konsekuensi untuk publik', 'Summary of the consequence for the public')}
            value={val.publicSummary}
            errors={errors}
            rows={3}
          />
        </fieldset>
        <Actions>
          <button type="submit">{tx(v, 'Simpan draf', 'Save the draft')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};

// --- one test ---------------------------------------------------------------------------------------

const STEP_LABELS: Record<string, [string, string]> = {
  created: ['Draf dibuat', 'Draft made'],
  updated: ['Diubah', 'Changed'],
  submitted: ['Diajukan ke PPID Utama', 'Submitted to the lead PPID'],
  returned: ['Dikembalikan dengan catatan', 'Returned with a note'],
  reviewed: ['Diperiksa dan diteruskan ke Atasan PPID', 'Reviewed and forwarded to the superior'],
  approved: ['Ditetapkan Atasan PPID', 'Approved by the superior'],
  rejected: ['Ditolak Atasan PPID', 'Rejected by the superior'],
  review_opened: ['Peninjauan masa pengecualian dibuka', 'Review of the exemption period opened'],
  extension_drafted: ['Perpanjangan dirancang', 'Extension drafted'],
  expired: ['Masa berakhir, informasi dibuka', 'Period ended, information opened'],
  released: ['Dibuka oleh putusan', 'Opened by a decision'],
};

export type ActionForm = 'submit' | 'review' | 'decide';

export const TestDetailPage: FC<{
  v: View;
  t: TestView;
  form?: ActionForm | undefined;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  typed?: Record<string, string> | undefined;
}> = ({ v, t: view, form, errors, message, typed }) => {
  const t = view.test;
  const i = view.internals;
  const q = `/admin/uji-konsekuensi/${t.id}`;
  const errs = (f: ActionForm) => (form === f ? errors : undefined);
  const typedVal = (f: ActionForm, k: string) => (form === f ? (typed?.[k] ?? '') : '');
  const title = t.publicTitle;
  return (
    <BackofficeLayout v={v} title={`${tx(v, 'Uji konsekuensi', 'Consequence test')}: ${title}`}>
      <p>
        <a href="/admin/uji-konsekuensi">{tx(v, '← Semua uji konsekuensi', '← All consequence tests')}</a>
      </p>
      <p class="muted">{tx(v, 'Uji konsekuensi', 'Consequence test')}</p>
      <h1>{title}</h1>
      <div class="dip-status-line">
        <StatusBadge v={v} status={t.status} />
        {view.inForce ? <span class="dip-status dip-status-published">{tx(v, 'Berlaku, tampil di DIK', 'In force, on the public register')}</span> : null}
      </div>
      <ErrorSummary v={v} errors={form ? errors : undefined} message={message} />
      {beyondLegalMaximum(t.ground, t.periodStart, t.periodEnd) ? (
        <div class="warn-box" role="note">
          {tx(
            v,
            `Jangka waktu melebihi ${MAX_YEARS_A_TO_F} tahun, batas untuk dasar huruf a–f menurut PP 61/2010.`,
            `The period runs beyond ${MAX_YEARS_A_TO_F} years, the limit for grounds a–f under PP 61/2010.`,
          )}
        </div>
      ) : null}
      {i && (t.status === 'returned' || t.status === 'draft') && i.note ? (
        <div class="warn-box" role="note">
          <strong>{tx(v, 'Catatan: ', 'Note: ')}</strong>
          <span class="pre">{i.note}</span>
        </div>
      ) : null}

      <dl class="facts">
        <dt>{tx(v, 'Nomor penetapan', 'Decision number')}</dt>
        <dd>{t.number ? `${t.number}, ${day(v, t.decisionDate!)}` : tx(v, 'Belum ditetapkan', 'Not decided yet')}</dd>
        <dt>{tx(v, 'Unit pengusul', 'Proposing agency')}</dt>
        <dd>{view.unit.name}</dd>
        <dt>{tx(v, 'Saat pengujian', 'When tested')}</dt>
        <dd>
          {tx(v, MOMENT_LABELS[t.moment][0], MOMENT_LABELS[t.moment][1])}
          {view.request ? (
            <>
              {' · '}
              <a href={`/admin/permohonan/${view.request.id}`}>{view.request.number}</a>
            </>
          ) : null}
        </dd>
        <dt>{tx(v, 'Informasi (register)', 'Information (register)')}</dt>
        <dd>
          {view.item.number} · {SECURITY_LEVEL_LABELS[view.item.securityLevel][v.locale]}
          <span class="muted small block">
            {tx(
              v,
              'Judul, uraian dan dokumennya hanya dapat dibuka di register informasi berklasifikasi, dengan alasan yang dicatat.',
              'Its title, description and documents can only be opened in the register of classified information, with a recorded reason.',
            )}
          </span>
        </dd>
        <dt>{tx(v, 'Dasar pengecualian', 'Exemption ground')}</dt>
        <dd>{groundText(v, t.ground, t.subpoint)}</dd>
        <dt>{tx(v, 'Dasar hukum', 'Legal basis')}</dt>
        <dd>{legalBasisText(t.legalBasis)}</dd>
        <dt>{tx(v, 'Jangka waktu', 'Period')}</dt>
        <dd>{periodText(v, t.periodStart, t.periodEnd)}</dd>
        <dt>{tx(v, 'Hasil', 'Result')}</dt>
        <dd>{t.partial ? tx(v, 'Dikecualikan sebagian', 'Exempt in part') : tx(v, 'Dikecualikan seluruhnya', 'Exempt in full')}</dd>
        {view.supersedes ? (
          <>
            <dt>{tx(v, 'Memperpanjang', 'Extends')}</dt>
            <dd>
              <a href={`/admin/uji-konsekuensi/${view.supersedes.id}`}>{view.supersedes.number}</a>
            </dd>
          </>
        ) : null}
        {view.supersededBy.length ? (
          <>
            <dt>{tx(v, 'Perpanjangan', 'Extension')}</dt>
            <dd>
              {view.supersededBy.map((s) => (
                <a href={`/admin/uji-konsekuensi/${s.id}`}>{s.number ?? tx(v, ...STATUS_LABELS[s.status])}</a>
              ))}
            </dd>
          </>
        ) : null}
        {view.review ? (
          <>
            <dt>{tx(v, 'Peninjauan masa', 'Expiry review')}</dt>
            <dd>
              {view.review.status === 'open'
                ? tx(v, `Terbuka, diputuskan paling lambat ${day(v, view.review.dueDate)}`, `Open, to be decided by ${day(v, view.review.dueDate)}`)
                : view.review.status === 'extended'
                  ? tx(v, 'Diperpanjang', 'Extended')
                  : tx(v, 'Informasi dibuka', 'Information opened')}{' '}
              <a href="/admin/uji-konsekuensi/peninjauan">{tx(v, 'Peninjauan', 'Reviews')}</a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="h-public" class="card">
        <h2 id="h-public">{tx(v, 'Untuk publik (Daftar Informasi yang Dikecualikan)', 'For the public (register of exempt information)')}</h2>
        <dl class="facts">
          <dt>{tx(v, 'Judul', 'Title')}</dt>
          <dd>{t.publicTitle}</dd>
          <dt>{tx(v, 'Ringkasan konsekuensi', 'Summary of the consequence')}</dt>
          <dd class="pre">{t.publicSummary}</dd>
        </dl>
      </section>

      <section aria-labelledby="h-internal">
        <h2 id="h-internal">{tx(v, 'Pengujian konsekuensi (internal)', 'The consequence test (internal)')}</h2>
        {i ? (
          <dl class="facts">
            <dt>{tx(v, 'Informasi yang dikecualikan', 'Information withheld')}</dt>
            <dd class="pre">{i.withheldInformation}</dd>
            <dt>{tx(v, 'Konsekuensi apabila dibuka', 'Consequence if opened')}</dt>
            <dd class="pre">{i.harm}</dd>
            <dt>{tx(v, 'Pertimbangan kepentingan publik', 'Public-interest balance')}</dt>
            <dd class="pre">{i.publicInterest}</dd>
            {t.partial ? (
              <>
                <dt>{tx(v, 'Bagian yang dapat diberikan', 'Part that can be given')}</dt>
                <dd class="pre">{i.releasedPart}</dd>
              </>
            ) : null}
            {i.decisionReasons ? (
              <>
                <dt>{tx(v, 'Pertimbangan Atasan PPID', "The superior's reasons")}</dt>
                <dd class="pre">{i.decisionReasons}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p class="muted">
            {tx(
              v,
              'Isi pengujian menggambarkan informasi yang dikecualikan dan hanya dapat dibaca dengan izin akses (clearance) setingkat klasifikasinya.',
              'The content of the test describes the withheld information and can only be read with a clearance at its level.',
            )}
          </p>
        )}
      </section>

      {t.number ? (
        <section aria-labelledby="h-decision">
          <h2 id="h-decision">{tx(v, 'Penetapan', 'Decision')}</h2>
          <p>
            {t.signerName}
            {t.signerNip ? `, NIP ${t.signerNip}` : ''} · {t.signerPosition} · a.n. {t.onBehalfOf}
          </p>
          {view.may.letter ? (
            <p>
              <a href={`${q}/penetapan.pdf`}>{tx(v, 'Surat penetapan klasifikasi (PDF)', 'Classification decision letter (PDF)')}</a>
            </p>
          ) : null}
        </section>
      ) : null}

      {view.may.edit ? (
        <section aria-labelledby="h-draft" class="card">
          <h2 id="h-draft">{tx(v, 'Draf', 'Draft')}</h2>
          <p>
            <a href={`${q}/ubah`}>{tx(v, 'Ubah uji konsekuensi', 'Change the consequence test')}</a>
          </p>
          <form method="post" action={`${q}/ajukan`} novalidate class="form">
            <Csrf v={v} />
            <p class="hint">
              {tx(v, 'Setelah diajukan, draf tidak dapat diubah sampai dikembalikan.', 'Once submitted, the draft cannot be changed unless returned.')}
            </p>
            <Actions>
              <button type="submit">{tx(v, 'Ajukan ke PPID Utama', 'Submit to the lead PPID')}</button>
            </Actions>
          </form>
        </section>
      ) : null}

      {view.may.review ? (
        <section aria-labelledby="h-review" class="card">
          <h2 id="h-review">{tx(v, 'Pemeriksaan PPID Utama', 'Review by the lead PPID')}</h2>
          <form method="post" action={`${q}/periksa`} novalidate class="form">
            <Csrf v={v} />
            <Radios
              name="action"
              legend={tx(v, 'Tindakan', 'Action')}
              value={typedVal('review', 'action') || 'forward'}
              errors={errs('review')}
              options={[
                { value: 'forward', label: tx(v, 'Teruskan ke Atasan PPID untuk ditetapkan', 'Forward to the superior for decision') },
                { value: 'return', label: tx(v, 'Kembalikan kepada pengusul dengan catatan', 'Return to the drafter with a note') },
              ]}
            />
            <TextArea
              name="note"
              label={tx(v, 'Catatan (wajib bila dikembalikan)', 'Note (required when returning)')}
              value={typedVal('review', 'note')}
              errors={errs('review')}
              rows={3}
            />
            <Actions>
              <button type="submit">{tx(v, 'Simpan pemeriksaan', 'Save the review')}</button>
            </Actions>
          </form>
        </section>
      ) : null}

      {view.may.decide ? (
        <section aria-labelledby="h-decide" class="card">
          <h2 id="h-decide">{tx(v, 'Penetapan Atasan PPID', "The superior's decision")}</h2>
          <p class="hint">
            {tx(
              v,
              'Dengan menyetujui, Anda menetapkan klasifikasi informasi yang dikecualikan atas nama pimpinan badan publik (Perki 1/2017 Pasal 4 ayat (3)); nomor dan surat penetapan dibuat otomatis.',
              'By approving you decide the exemption on behalf of the head of the body (Perki 1/2017 Art. 4(3)); the number and the decision letter are produced.',
            )}
          </p>
          <form method="post" action={`${q}/putusan`} novalidate class="form">
            <Csrf v={v} />
            <Radios
              name="decision"
              legend={tx(v, 'Keputusan', 'Decision')}
              value={typedVal('decide', 'decision')}
              errors={errs('decide')}
              options={[
                { value: 'setujui', label: tx(v, 'Setujui dan tetapkan', 'Approve and decide') },
                { value: 'tolak', label: tx(v, 'Tolak: informasi tidak dikecualikan', 'Reject: the information is not exempt') },
                { value: 'kembalikan', label: tx(v, 'Kembalikan untuk diperbaiki', 'Return for changes') },
              ]}
            />
            <TextArea
              name="reasons"
              label={tx(v, 'Alasan (wajib bila ditolak atau dikembalikan)', 'Reasons (required when rejecting or returning)')}
              value={typedVal('decide', 'reasons')}
              errors={errs('decide')}
              rows={3}
            />
            <Actions>
              <button type="submit">{tx(v, 'Simpan keputusan', 'Save the decision')}</button>
            </Actions>
          </form>
        </section>
      ) : null}

      <h2>{tx(v, 'Riwayat', 'History')}</h2>
      <ol class="steps timeline">
        {view.steps.map((s) => (
          <li>
            <strong>{tx(v, ...(STEP_LABELS[s.action] ?? [s.action, s.action]))}</strong>
            <span class="muted small block">
              <time datetime={s.at.toISOString()}>{formatDateTime(v.locale, s.at)}</time>
              {s.actorName ? ` · ${s.actorName}` : ''}
            </span>
            {s.note ? <p class="pre">{s.note}</p> : null}
          </li>
        ))}
      </ol>
    </BackofficeLayout>
  );
};

// --- expiry reviews ---------------------------------------------------------------------------------

export const ReviewsPage: FC<{
  v: View;
  rows: ReviewRow[];
  all: boolean;
  mayDecide: boolean;
  /** Keyed by field name, e.g. reason-<review id>. */
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  typed?: Record<string, string> | undefined;
}> = ({ v, rows, all, mayDecide, errors, message, typed }) => {
  const title = tx(v, 'Peninjauan masa pengecualian', 'Reviews of exemption periods');
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href="/admin/uji-konsekuensi">{tx(v, '← Uji konsekuensi', '← Consequence tests')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Sebelum jangka waktu pengecualian berakhir, Atasan PPID memutuskan: diperpanjang dengan uji konsekuensi baru, atau informasi dibuka dan masuk Daftar Informasi Publik (UU KIP Pasal 20).',
          'Before an exemption period ends, the PPID’s superior decides: extend it with a new consequence test, or open the information into the public register (Law 14/2008 Art. 20).',
        )}
      </p>
      <ul class="inline-list">
        <li>
          <a href="/admin/uji-konsekuensi/peninjauan" aria-current={!all ? 'page' : undefined}>
            {tx(v, 'Terbuka', 'Open')}
          </a>
        </li>
        <li>
          <a href="/admin/uji-konsekuensi/peninjauan?semua=1" aria-current={all ? 'page' : undefined}>
            {tx(v, 'Semua', 'All')}
          </a>
        </li>
      </ul>
      <ErrorSummary v={v} errors={errors} message={message} />
      {rows.length === 0 ? (
        <p class="muted">{tx(v, 'Tidak ada peninjauan yang terbuka.', 'No open reviews.')}</p>
      ) : (
        <ul class="plain-list">
          {rows.map((r) => (
            <li class="card">
              <h2 class="h3">
                <a href={`/admin/uji-konsekuensi/${r.testId}`}>{r.publicTitle}</a>
              </h2>
              <p>
                {r.number} · {r.unitName}
              </p>
              <p>
                {r.status === 'open' ? (
                  <span class={`dip-status dip-status-${r.overdue ? 'unpublished' : 'returned'}`}>
                    {r.overdue ? tx(v, 'Terlambat: masa telah berakhir', 'Overdue: the period has ended') : tx(v, 'Menunggu keputusan', 'Awaiting decision')}
                  </span>
                ) : (
                  <span class="dip-status dip-status-draft">
                    {r.status === 'extended' ? tx(v, 'Diperpanjang', 'Extended') : tx(v, 'Informasi dibuka', 'Opened')}
                  </span>
                )}{' '}
                {tx(v, `Masa berakhir ${day(v, r.dueDate)}`, `Period ends ${day(v, r.dueDate)}`)}
              </p>
              {r.newTestId && r.status === 'open' ? (
                <p>
                  <a href={`/admin/uji-konsekuensi/${r.newTestId}`}>{tx(v, 'Uji konsekuensi perpanjangan sedang berjalan', 'Extension test in progress')}</a>
                </p>
              ) : null}
              {mayDecide && r.status === 'open' ? (
                <div class="two-col">
                  {!r.newTestId ? (
                    <form method="post" action={`/admin/uji-konsekuensi/peninjauan/${r.id}/perpanjang`} novalidate class="form">
                      <Csrf v={v} />
                      <p class="hint">
                        {tx(
                          v,
                          'Membuat draf uji konsekuensi baru dari uji ini, untuk dilengkapi unit dan ditetapkan kembali.',
                          'Drafts a new consequence test from this one, for the agency to complete and for a new decision.',
                        )}
                      </p>
                      <Actions>
                        <button type="submit" class="secondary">
                          {tx(v, 'Perpanjang dengan uji baru', 'Extend with a new test')}
                        </button>
                      </Actions>
                    </form>
                  ) : null}
                  <form method="post" action={`/admin/uji-konsekuensi/peninjauan/${r.id}/buka`} novalidate class="form">
                    <Csrf v={v} />
                    <TextArea
                      name={`reason-${r.id}`}
                      label={tx(v, 'Alasan membuka informasi', 'Reason for opening the information')}
                      value={typed?.[`reason-${r.id}`] ?? ''}
                      errors={errors}
                      rows={2}
                    />
                    <Actions>
                      <button type="submit">{tx(v, 'Buka informasi (masuk draf DIP)', 'Open the information (DIP draft)')}</button>
                    </Actions>
                  </form>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </BackofficeLayout>
  );
};
