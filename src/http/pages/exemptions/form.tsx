// Back-office form of a consequence test (new and edit). No JavaScript needed.
import type { FC } from 'hono/jsx';
import { SECURITY_LEVELS, TEST_MOMENTS } from '../../../db/schema/classification.js';
import { SECURITY_LEVEL_LABELS } from '../../../domain/classified/items.js';
import { GROUNDS, MAX_YEARS_A_TO_F } from '../../../domain/exemptions/grounds.js';
import { Actions, Checkbox, ErrorSummary, Input, Radios, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { longPeriodMessage, MOMENT_LABELS } from './shared.js';

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
      <PageHeader
        v={v}
        back={{ href: p.testId ? `/admin/uji-konsekuensi/${p.testId}` : '/admin/uji-konsekuensi', label: tx(v, '← Kembali', '← Back') }}
        title={title}
        lead={tx(
          v,
          'Uji konsekuensi menimbang akibat bila informasi dibuka terhadap kepentingan publik (UU KIP Pasal 2 ayat (4) dan Pasal 19). Setelah disimpan sebagai draf, ajukan kepada PPID Utama.',
          'A consequence test weighs the harm of opening the information against the public interest (Law 14/2008 Art. 2(4) and 19). Once saved as a draft, submit it to the lead PPID.',
        )}
      />
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
