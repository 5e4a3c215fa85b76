// Back-office DIP entry form (create and edit), with the values it starts from.
import type { FC } from 'hono/jsx';
import { DIP_FORMS } from '../../../db/schema/dip.js';
import type { Unit } from '../../../domain/units/units.js';
import { Actions, Checkboxes, ErrorSummary, Input, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { type EntryDetail, formLabel } from './shared.js';
import { CategoryRadios, SubtypeSelect, UnitSelect } from './form-fields.js';

// --- entry form ----------------------------------------------------------------------------------------

/** The form as typed: lists are kept as the text the officer wrote, so nothing is lost on an error. */
export type DipFormValues = {
  unitId: string;
  title: string;
  summary: string;
  category: string;
  subtype: string;
  holder: string;
  responsible: string;
  madeWhen: string;
  madePlace: string;
  forms: string[];
  formats: string;
  retention: string;
  year: string;
  periodLabel: string;
  tags: string;
  links: string;
};

export const EMPTY_FORM: DipFormValues = {
  unitId: '',
  title: '',
  summary: '',
  category: '',
  subtype: '',
  holder: '',
  responsible: '',
  madeWhen: '',
  madePlace: '',
  forms: [],
  formats: '',
  retention: '',
  year: '',
  periodLabel: '',
  tags: '',
  links: '',
};

export function formValuesOf(w: EntryDetail['working'], unitId: string): DipFormValues {
  return {
    unitId,
    title: w.title,
    summary: w.summary,
    category: w.category,
    subtype: w.subtype,
    holder: w.holder,
    responsible: w.responsible,
    madeWhen: w.madeWhen,
    madePlace: w.madePlace,
    forms: w.forms,
    formats: w.formats.join(', '),
    retention: w.retention,
    year: w.year === null ? '' : String(w.year),
    periodLabel: w.periodLabel,
    tags: w.tags.join(', '),
    links: w.links.map((l) => (l.label && l.label !== l.url ? `${l.label} | ${l.url}` : l.url)).join('\n'),
  };
}

export type FormProps = {
  v: View;
  values: DipFormValues;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  /** New entry: the units to choose from (PPID Utama) or the one fixed unit's name (PPID Pembantu). */
  create?: { units: Pick<Unit, 'id' | 'name'>[] | null; unitName: string | null };
  /** Editing: the entry being changed. */
  entry?: EntryDetail;
};

export const DipFormPage: FC<FormProps> = ({ v, values, errors, message, create, entry }) => {
  const title = entry ? tx(v, `Ubah entri ${entry.entry.number}`, `Edit entry ${entry.entry.number}`) : tx(v, 'Tambah entri DIP', 'Add a DIP entry');
  const opt = ` ${v.t('common.optional')}`;
  const publishedNow = entry?.published && entry.entry.status !== 'unpublished' ? entry.published : null;
  const makesNewVersion = !!entry && (entry.working.id === entry.entry.publishedVersionId || entry.entry.status === 'unpublished');
  return (
    <BackofficeLayout v={v} title={title}>
      <p class="bo-crumbs">
        <a href={entry ? `/admin/dip/${entry.entry.id}` : '/admin/dip'}>← {entry ? tx(v, 'Kembali ke entri', 'Back to the entry') : v.t('bo.dip')}</a>
      </p>
      <h1>{title}</h1>
      {entry ? (
        <p class="lead">{entry.working.title}</p>
      ) : (
        <p class="lead">
          {tx(
            v,
            'Isi kolom-kolom Daftar Informasi Publik. Entri disimpan sebagai draf; Anda dapat melampirkan dokumen dan mengajukannya ke PPID Utama setelah disimpan.',
            'Fill in the columns of the Public Information Register. The entry is saved as a draft; you can attach documents and submit it to the lead PPID after saving.',
          )}
        </p>
      )}
      {entry?.entry.status === 'returned' && entry.entry.returnNote ? (
        <div class="warn-box" role="note">
          <strong>{tx(v, 'Catatan perbaikan dari PPID Utama:', 'Note from the lead PPID:')}</strong>
          <p class="pre">{entry.entry.returnNote}</p>
        </div>
      ) : null}
      {makesNewVersion ? (
        <div class="warn-box" role="note">
          {publishedNow
            ? tx(
                v,
                `Entri ini sudah terbit. Perubahan Anda disimpan sebagai versi baru (versi ${entry!.working.versionNo + 1}) yang harus diajukan dan disetujui PPID Utama. Sampai disetujui, portal tetap menampilkan versi ${publishedNow.versionNo}.`,
                `This entry is published. Your changes are saved as a new version (version ${entry!.working.versionNo + 1}) that must be submitted and approved by the lead PPID. Until then the portal keeps showing version ${publishedNow.versionNo}.`,
              )
            : tx(
                v,
                `Perubahan Anda disimpan sebagai versi baru (versi ${entry!.working.versionNo + 1}) yang harus diajukan dan disetujui PPID Utama sebelum terbit lagi.`,
                `Your changes are saved as a new version (version ${entry!.working.versionNo + 1}) that must be submitted and approved by the lead PPID before it is published again.`,
              )}
        </div>
      ) : publishedNow ? (
        <div class="warn-box" role="note">
          {tx(
            v,
            `Anda mengubah versi ${entry!.working.versionNo} yang belum terbit. Portal tetap menampilkan versi ${publishedNow.versionNo} sampai perubahan disetujui PPID Utama.`,
            `You are editing version ${entry!.working.versionNo}, which is not published yet. The portal keeps showing version ${publishedNow.versionNo} until the lead PPID approves the change.`,
          )}
        </div>
      ) : null}
      <ErrorSummary v={v} errors={errors} message={message && !errors ? message : undefined} />
      <form method="post" action={entry ? `/admin/dip/${entry.entry.id}` : '/admin/dip'} novalidate class="form dip-form">
        <Csrf v={v} />
        <fieldset>
          <legend class="section">{tx(v, 'Isi informasi', 'The information')}</legend>
          {create?.units ? <UnitSelect v={v} value={values.unitId} units={create.units} errors={errors} /> : null}
          {create && !create.units && create.unitName ? (
            <p>
              <strong>{tx(v, 'Unit:', 'Agency:')}</strong> {create.unitName}
            </p>
          ) : null}
          <Input
            name="title"
            label={tx(v, 'Judul informasi', 'Title')}
            hint={tx(
              v,
              'Judul yang mudah dipahami masyarakat, mis. "Laporan Keuangan Dinas Kesehatan Tahun 2025".',
              'A title the public understands, e.g. "Health Office Financial Report 2025".',
            )}
            value={values.title}
            errors={errors}
            required
            maxlength={300}
          />
          <TextArea
            name="summary"
            label={tx(v, 'Ringkasan isi informasi', 'Summary of the content')}
            hint={tx(
              v,
              'Jelaskan singkat isi informasi ini dalam 2–4 kalimat: apa isinya dan untuk apa.',
              'Describe the content briefly in 2–4 sentences: what it contains and what it is for.',
            )}
            value={values.summary}
            errors={errors}
            rows={5}
            required
            maxlength={4000}
          />
          <CategoryRadios v={v} value={values.category} errors={errors} />
          <SubtypeSelect v={v} value={values.subtype} errors={errors} />
          <div class="two-col">
            <Input
              name="year"
              label={tx(v, 'Tahun', 'Year') + opt}
              hint={tx(v, 'Tahun informasi, mis. 2025.', 'Year of the information, e.g. 2025.')}
              value={values.year}
              errors={errors}
              inputmode="numeric"
              maxlength={4}
            />
            <Input
              name="periodLabel"
              label={tx(v, 'Periode', 'Period') + opt}
              hint={tx(v, 'Mis. "Semester I", "Triwulan III", "Januari–Juni".', 'E.g. "First half", "Q3", "January–June".')}
              value={values.periodLabel}
              errors={errors}
              maxlength={100}
            />
          </div>
          <Input
            name="tags"
            label={tx(v, 'Kata kunci', 'Keywords') + opt}
            hint={tx(
              v,
              'Kata yang mungkin dicari masyarakat, dipisah koma. Mis.: izin usaha, UMKM, perizinan.',
              'Words the public may search for, separated by commas. E.g.: business licence, SME, permits.',
            )}
            value={values.tags}
            errors={errors}
          />
        </fieldset>
        <fieldset>
          <legend class="section">{tx(v, 'Asal informasi', 'Where it comes from')}</legend>
          <Input
            name="holder"
            label={tx(v, 'Pejabat atau unit yang menguasai informasi', 'Official or unit holding the information') + opt}
            hint={tx(
              v,
              'Mis. "Bidang Anggaran, Dinas Kesehatan". Kosongkan bila sama dengan unit pemilik entri.',
              'E.g. "Budget Division, Health Office". Leave empty if it is the agency that owns the entry.',
            )}
            value={values.holder}
            errors={errors}
            maxlength={300}
          />
          <Input
            name="responsible"
            label={tx(v, 'Penanggung jawab pembuatan atau penerbitan', 'Responsible for making or issuing it')}
            hint={tx(v, 'Jabatan yang bertanggung jawab, mis. "Kepala Bidang Perizinan".', 'The responsible position, e.g. "Head of the Permits Division".')}
            value={values.responsible}
            errors={errors}
            required
            maxlength={300}
          />
          <div class="two-col">
            <Input
              name="madeWhen"
              label={tx(v, 'Waktu pembuatan', 'When it was made') + opt}
              hint={tx(v, 'Mis. "Maret 2025" atau "setiap tahun".', 'E.g. "March 2025" or "every year".')}
              value={values.madeWhen}
              errors={errors}
              maxlength={100}
            />
            <Input
              name="madePlace"
              label={tx(v, 'Tempat pembuatan', 'Where it was made') + opt}
              hint={tx(v, 'Mis. kantor atau kota tempat informasi dibuat.', 'E.g. the office or city where it was made.')}
              value={values.madePlace}
              errors={errors}
              maxlength={200}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend class="section">{tx(v, 'Bentuk dan penyimpanan', 'Form and keeping')}</legend>
          <Checkboxes
            name="forms"
            legend={tx(v, 'Bentuk informasi yang tersedia', 'Forms in which it is available')}
            values={values.forms}
            errors={errors}
            options={DIP_FORMS.map((f) => ({ value: f, label: formLabel(v, f) }))}
          />
          <Input
            name="formats"
            label={tx(v, 'Format berkas', 'File formats') + opt}
            hint={tx(v, 'Dipisah koma, mis.: PDF, XLSX, DOCX.', 'Separated by commas, e.g.: PDF, XLSX, DOCX.')}
            value={values.formats}
            errors={errors}
          />
          <Input
            name="retention"
            label={tx(v, 'Jangka waktu penyimpanan (retensi arsip)', 'Retention period')}
            hint={tx(
              v,
              'Menurut Jadwal Retensi Arsip (JRA), mis. "5 tahun" atau "Permanen".',
              'As in the records retention schedule (JRA), e.g. "5 years" or "Permanent".',
            )}
            value={values.retention}
            errors={errors}
            required
            maxlength={100}
          />
        </fieldset>
        <fieldset>
          <legend class="section">{tx(v, 'Tautan', 'Links')}</legend>
          <TextArea
            name="links"
            label={tx(v, 'Tautan ke informasi di situs lain', 'Links to the information elsewhere') + opt}
            hint={tx(
              v,
              'Satu tautan per baris, dengan nama lalu garis tegak dan alamat: "Situs JDIH | https://jdih.example.go.id/perda-1-2025".',
              'One link per line: a name, a vertical bar, then the address: "Legal database | https://jdih.example.go.id/perda-1-2025".',
            )}
            value={values.links}
            errors={errors}
            rows={3}
          />
        </fieldset>
        <Actions>
          <button type="submit">{entry ? tx(v, 'Simpan perubahan', 'Save changes') : tx(v, 'Simpan sebagai draf', 'Save as draft')}</button>
          <a href={entry ? `/admin/dip/${entry.entry.id}` : '/admin/dip'}>{v.t('common.cancel')}</a>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
