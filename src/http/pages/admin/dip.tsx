// Back-office pages of the DIP catalog: list, entry form, entry detail with its workflow actions, review queue.
import type { FC } from 'hono/jsx';
import { DIP_CATEGORIES, DIP_FORMS, type DipCategory, type DipStatus, type TextStatus } from '../../../db/schema/dip.js';
import { SUBTYPES, CATEGORY_LABELS, subtypeLabel } from '../../../domain/dip/subtypes.js';
import type { getEntry } from '../../../domain/dip/get-dip-entry.js';
import type { EntryFilter, EntryListItem } from '../../../domain/dip/list-dip-entries.js';
import type { reviewQueue } from '../../../domain/dip/list-dip-review-queue.js';
import type { Unit } from '../../../domain/units/units.js';
import { formatDateTime } from '../../../i18n/index.js';
import { Actions, Checkboxes, ErrorSummary, Input, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

export type EntryDetail = Awaited<ReturnType<typeof getEntry>>;
export type QueueItem = Awaited<ReturnType<typeof reviewQueue>>[number];

// --- words shared by the pages ------------------------------------------------------------------------

type StatusFacts = { status: DipStatus; isPublic: boolean; hasDraftChange: boolean };

/** The status of an entry in words an officer understands, and the badge style that goes with it. */
export function statusWords(v: View, s: StatusFacts): { label: string; tone: string } {
  switch (s.status) {
    case 'draft':
      return s.isPublic && s.hasDraftChange
        ? { label: tx(v, 'Terbit – ada perubahan draf', 'Published – draft changes pending'), tone: 'changed' }
        : { label: tx(v, 'Draf', 'Draft'), tone: 'draft' };
    case 'submitted':
      return { label: tx(v, 'Diajukan', 'Submitted'), tone: 'submitted' };
    case 'returned':
      return { label: tx(v, 'Dikembalikan', 'Returned'), tone: 'returned' };
    case 'published':
      return { label: tx(v, 'Terbit', 'Published'), tone: 'published' };
    case 'unpublished':
      return { label: tx(v, 'Ditarik', 'Withdrawn'), tone: 'unpublished' };
  }
}

export const StatusBadge: FC<{ v: View; s: StatusFacts }> = ({ v, s }) => {
  const w = statusWords(v, s);
  return <span class={`dip-status dip-status-${w.tone}`}>{w.label}</span>;
};

const categoryLabel = (v: View, c: string) => CATEGORY_LABELS[c as DipCategory]?.[v.locale] ?? c;
const categoryShort = (v: View, c: string): string =>
  ({ berkala: tx(v, 'berkala', 'periodic'), serta_merta: tx(v, 'serta-merta', 'immediate'), setiap_saat: tx(v, 'setiap saat', 'at any time') })[
    c as DipCategory
  ] ?? c;

const CATEGORY_HINTS: Record<DipCategory, { id: string; en: string }> = {
  berkala: {
    id: 'Diumumkan rutin, paling sedikit 6 bulan sekali. Contoh: laporan keuangan, profil, program kerja.',
    en: 'Published regularly, at least every 6 months. E.g. financial reports, profile, work programmes.',
  },
  serta_merta: {
    id: 'Menyangkut keselamatan dan hajat hidup orang banyak; wajib diumumkan segera. Contoh: peringatan bencana, wabah.',
    en: 'Concerns public safety and livelihoods; must be announced at once. E.g. disaster warnings, outbreaks.',
  },
  setiap_saat: {
    id: 'Tersedia dan diberikan kapan saja bila diminta. Contoh: SOP, perjanjian, hasil penelitian.',
    en: 'Held and given out whenever asked. E.g. SOPs, agreements, research results.',
  },
};

const FORM_LABELS: Record<string, { id: string; en: string }> = {
  tercetak: { id: 'Tercetak (kertas)', en: 'Printed (paper)' },
  terekam: { id: 'Terekam (berkas digital / softcopy)', en: 'Recorded (digital file / softcopy)' },
};
const formLabel = (v: View, f: string) => FORM_LABELS[f]?.[v.locale] ?? f;

const REVIEW_ACTIONS: Record<string, { id: string; en: string }> = {
  submit: { id: 'Diajukan ke PPID Utama', en: 'Submitted to the lead PPID' },
  return: { id: 'Dikembalikan dengan catatan', en: 'Returned with a note' },
  approve: { id: 'Disetujui dan diterbitkan', en: 'Approved and published' },
  publish_immediately: { id: 'Diterbitkan langsung (serta-merta)', en: 'Published at once (immediate information)' },
  personal_data_confirmed: { id: 'Data pribadi dikonfirmasi boleh dibuka', en: 'Personal data confirmed as disclosable' },
  unpublish: { id: 'Ditarik dari portal', en: 'Withdrawn from the portal' },
};

const TEXT_STATUS: Record<TextStatus, { id: string; en: string }> = {
  pending: { id: 'Teks sedang diproses', en: 'Text is being processed' },
  done: { id: 'Dapat dicari', en: 'Searchable' },
  not_searchable: { id: 'Tidak dapat dicari (pindaian tanpa OCR)', en: 'Not searchable (scan without OCR)' },
  failed: { id: 'Gagal dibaca', en: 'Could not be read' },
};

const MIME_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/msword': 'Word (DOC)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.ms-excel': 'Excel (XLS)',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
  'text/html': 'HTML',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

export function fileSize(v: View, bytes: number): string {
  const nf = (n: number) => new Intl.NumberFormat(v.locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024)} KB`;
  return `${nf(bytes / (1024 * 1024))} MB`;
}

/** Notices after a redirect (?ok=...&n=...); unknown codes show nothing. */
export function dipNotice(v: View, ok: string | undefined, n: number): string | undefined {
  switch (ok) {
    case 'created':
      return tx(
        v,
        'Entri disimpan sebagai draf. Lengkapi dokumennya, lalu ajukan ke PPID Utama.',
        'Entry saved as a draft. Add its documents, then submit it to the lead PPID.',
      );
    case 'saved':
      return tx(v, 'Perubahan disimpan.', 'Changes saved.');
    case 'submitted':
      return n > 1
        ? tx(v, `${n} entri diajukan ke PPID Utama untuk diperiksa.`, `${n} entries submitted to the lead PPID for review.`)
        : tx(v, 'Entri diajukan ke PPID Utama untuk diperiksa.', 'Entry submitted to the lead PPID for review.');
    case 'returned':
      return tx(v, 'Entri dikembalikan ke PPID Pembantu dengan catatan Anda.', 'Entry returned to the agency with your note.');
    case 'approved':
      return n > 1
        ? tx(v, `${n} entri disetujui dan terbit di portal.`, `${n} entries approved and published on the portal.`)
        : tx(v, 'Entri disetujui dan terbit di portal.', 'Entry approved and published on the portal.');
    case 'published':
      return tx(
        v,
        'Informasi serta-merta terbit di portal. PPID Utama sudah diberi tahu.',
        'The immediate information is published on the portal. The lead PPID has been told.',
      );
    case 'unpublished':
      return tx(v, 'Entri ditarik dari portal dan tidak lagi muncul di pencarian.', 'Entry withdrawn from the portal; it no longer appears in search.');
    default:
      return undefined;
  }
}

// --- list ----------------------------------------------------------------------------------------------

export type ListProps = {
  v: View;
  items: EntryListItem[];
  total: number;
  pageSize: number;
  filter: EntryFilter;
  /** Units for the filter, for those who see every unit; null for a PPID Pembantu. */
  units: Pick<Unit, 'id' | 'name'>[] | null;
  canCreate: boolean;
  /** Which rows the actor may submit. */
  submittable: Set<string>;
  message?: string | undefined;
};

export function filterQuery(f: Partial<EntryFilter>, page?: number): string {
  const p = new URLSearchParams();
  if (f.unitId) p.set('unitId', f.unitId);
  if (f.status) p.set('status', f.status);
  if (f.category) p.set('category', f.category);
  if (f.q) p.set('q', f.q);
  const pg = page ?? f.page ?? 1;
  if (pg > 1) p.set('page', String(pg));
  return p.toString();
}

const STATUS_FILTER: { value: DipStatus; id: string; en: string }[] = [
  { value: 'draft', id: 'Draf', en: 'Draft' },
  { value: 'submitted', id: 'Diajukan', en: 'Submitted' },
  { value: 'returned', id: 'Dikembalikan', en: 'Returned' },
  { value: 'published', id: 'Terbit', en: 'Published' },
  { value: 'unpublished', id: 'Ditarik', en: 'Withdrawn' },
];

const PlainSelect: FC<{ name: string; label: string; value: string; options: { value: string; label: string }[] }> = (p) => (
  <div class="field">
    <label for={`f-${p.name}`}>{p.label}</label>
    <select id={`f-${p.name}`} name={p.name}>
      {p.options.map((o) => (
        <option value={o.value} selected={o.value === p.value}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
);

export const DipListPage: FC<ListProps> = ({ v, items, total, pageSize, filter, units, canCreate, submittable, message }) => {
  const title = v.t('bo.dip');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (filter.page - 1) * pageSize + 1;
  const to = Math.min(total, filter.page * pageSize);
  const back = filterQuery(filter);
  const filtered = !!(filter.unitId || filter.status || filter.category || filter.q);
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Daftar semua informasi publik yang dikuasai unit. Entri baru disimpan sebagai draf, diajukan ke PPID Utama, dan terbit di portal setelah disetujui.',
          'All public information held by the agencies. New entries are saved as drafts, submitted to the lead PPID, and published on the portal once approved.',
        )}
      </p>
      {canCreate ? (
        <p>
          <a class="button" href="/admin/dip/baru">
            {tx(v, 'Tambah entri', 'Add entry')}
          </a>
        </p>
      ) : null}
      <form method="get" action="/admin/dip" class="filters" role="search" aria-label={tx(v, 'Saring daftar', 'Filter the list')}>
        {units ? (
          <PlainSelect
            name="unitId"
            label={tx(v, 'Unit', 'Agency')}
            value={filter.unitId ?? ''}
            options={[{ value: '', label: tx(v, 'Semua unit', 'All agencies') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
        ) : null}
        <PlainSelect
          name="status"
          label={v.t('common.status')}
          value={filter.status ?? ''}
          options={[
            { value: '', label: tx(v, 'Semua status', 'Any status') },
            ...STATUS_FILTER.map((s) => ({ value: s.value, label: v.locale === 'en' ? s.en : s.id })),
          ]}
        />
        <PlainSelect
          name="category"
          label={tx(v, 'Kategori', 'Category')}
          value={filter.category ?? ''}
          options={[{ value: '', label: tx(v, 'Semua kategori', 'All categories') }, ...DIP_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(v, c) }))]}
        />
        <Input name="q" type="search" label={tx(v, 'Cari judul atau nomor', 'Search title or number')} value={filter.q ?? ''} />
        <Actions>
          <button type="submit" class="secondary">
            {v.t('common.filter')}
          </button>
          {filtered ? <a href="/admin/dip">{v.t('common.reset_filter')}</a> : null}
        </Actions>
      </form>
      <ErrorSummary v={v} message={message} />
      {items.length === 0 ? (
        <p>
          {filtered
            ? tx(v, 'Tidak ada entri yang cocok dengan saringan ini.', 'No entries match this filter.')
            : tx(v, 'Belum ada entri DIP.', 'There are no DIP entries yet.')}
        </p>
      ) : (
        <form method="post" action="/admin/dip/ajukan" class="dip-bulk">
          <Csrf v={v} />
          <input type="hidden" name="back" value={back} />
          <p class="muted" id="dip-count">
            {tx(v, `Menampilkan ${from}–${to} dari ${total} entri.`, `Showing ${from}–${to} of ${total} entries.`)}
          </p>
          <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
            <table class="bo-dip-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span class="vh">{tx(v, 'Pilih untuk diajukan', 'Select to submit')}</span>
                  </th>
                  <th scope="col">{tx(v, 'Judul', 'Title')}</th>
                  {units ? <th scope="col">{tx(v, 'Unit', 'Agency')}</th> : null}
                  <th scope="col">{tx(v, 'Kategori', 'Category')}</th>
                  <th scope="col">{v.t('common.status')}</th>
                  <th scope="col">{tx(v, 'Diperbarui', 'Updated')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr>
                    <td class="pick">
                      {submittable.has(e.id) ? (
                        <input type="checkbox" name="ids" value={e.id} id={`pick-${e.id}`} aria-label={tx(v, `Pilih: ${e.title}`, `Select: ${e.title}`)} />
                      ) : null}
                    </td>
                    <td>
                      <a href={`/admin/dip/${e.id}`}>{e.title}</a>
                      <div class="small muted">{e.number}</div>
                      {e.status === 'returned' && e.returnNote ? (
                        <div class="return-note small">
                          <strong>{tx(v, 'Catatan PPID Utama:', 'Lead PPID note:')}</strong> {e.returnNote}
                        </div>
                      ) : null}
                    </td>
                    {units ? <td data-label={tx(v, 'Unit', 'Agency')}>{e.unitName}</td> : null}
                    <td data-label={tx(v, 'Kategori', 'Category')}>
                      {categoryShort(v, e.category)}
                      <div class="small muted">{subtypeLabel(e.subtype, v.locale)}</div>
                    </td>
                    <td data-label={v.t('common.status')}>
                      <StatusBadge v={v} s={e} />
                      {e.isPublic && (e.status === 'submitted' || e.status === 'returned') ? (
                        <div class="small muted">{tx(v, 'Versi terbit tetap tampil di portal', 'The published version stays on the portal')}</div>
                      ) : null}
                    </td>
                    <td class="nowrap" data-label={tx(v, 'Diperbarui', 'Updated')}>
                      {formatDateTime(v.locale, e.updatedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {submittable.size > 0 ? (
            <Actions>
              <button type="submit">{tx(v, 'Ajukan yang dipilih', 'Submit selected')}</button>
              <span class="hint">
                {tx(
                  v,
                  'Centang draf atau entri yang dikembalikan, lalu ajukan sekaligus ke PPID Utama.',
                  'Tick drafts or returned entries, then submit them together to the lead PPID.',
                )}
              </span>
            </Actions>
          ) : null}
        </form>
      )}
      {pages > 1 ? (
        <nav class="bo-pager" aria-label={tx(v, 'Halaman daftar', 'List pages')}>
          {filter.page > 1 ? (
            <a href={`/admin/dip?${filterQuery(filter, filter.page - 1)}`} rel="prev">
              ← {v.t('common.prev')}
            </a>
          ) : null}
          <span>{tx(v, `Halaman ${filter.page} dari ${pages}`, `Page ${filter.page} of ${pages}`)}</span>
          {filter.page < pages ? (
            <a href={`/admin/dip?${filterQuery(filter, filter.page + 1)}`} rel="next">
              {v.t('common.next')} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </BackofficeLayout>
  );
};

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

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** Category as radio buttons, each with a plain explanation. */
const CategoryRadios: FC<{ v: View; value: string; errors?: FieldErrors | undefined }> = ({ v, value, errors }) => {
  const error = errors?.category;
  return (
    <fieldset class={`field${error ? ' has-error' : ''}`} id="f-category" aria-describedby={error ? 'e-category' : undefined}>
      <legend>{tx(v, 'Kategori informasi', 'Information category')}</legend>
      {error ? (
        <p class="error" id="e-category">
          {error}
        </p>
      ) : null}
      {DIP_CATEGORIES.map((c) => (
        <div class="check radio">
          <input type="radio" id={`f-category-${c}`} name="category" value={c} checked={value === c} aria-describedby={`h-category-${c}`} />
          <label for={`f-category-${c}`}>
            {categoryLabel(v, c)}
            <span class="hint" id={`h-category-${c}`}>
              {CATEGORY_HINTS[c][v.locale]}
            </span>
          </label>
        </div>
      ))}
    </fieldset>
  );
};

/** Sub-types grouped by the categories they fit, so the choice works without JavaScript. */
function subtypeGroups(v: View): { label: string; options: { value: string; label: string }[] }[] {
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  const order = (cats: DipCategory[]) => cats.map((c) => DIP_CATEGORIES.indexOf(c)).join('');
  const sorted = [...SUBTYPES].sort(
    (a, b) => (a.categories.length === 3 ? 1 : 0) - (b.categories.length === 3 ? 1 : 0) || order(a.categories).localeCompare(order(b.categories)),
  );
  for (const s of sorted) {
    const key = order(s.categories);
    const label =
      s.categories.length === 3
        ? tx(v, 'Cocok untuk semua kategori', 'Fits every category')
        : tx(v, `Cocok untuk: ${s.categories.map((c) => categoryShort(v, c)).join(', ')}`, `Fits: ${s.categories.map((c) => categoryShort(v, c)).join(', ')}`);
    if (!groups.has(key)) groups.set(key, { label, options: [] });
    groups.get(key)!.options.push({ value: s.code, label: s[v.locale] });
  }
  return [...groups.values()];
}

const SubtypeSelect: FC<{ v: View; value: string; errors?: FieldErrors | undefined }> = ({ v, value, errors }) => {
  const error = errors?.subtype;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for="f-subtype">{tx(v, 'Jenis informasi', 'Type of information')}</label>
      <p class="hint" id="h-subtype">
        {tx(
          v,
          'Pilih jenis yang paling mendekati. Jenis dikelompokkan menurut kategori yang cocok; pilih "Lainnya" bila tidak ada yang sesuai.',
          'Choose the closest type. Types are grouped by the categories they fit; choose "Other" if none fits.',
        )}
      </p>
      {error ? (
        <p class="error" id="e-subtype">
          {error}
        </p>
      ) : null}
      <select id="f-subtype" name="subtype" aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy('h-subtype', error && 'e-subtype')}>
        <option value="" selected={value === ''}>
          {tx(v, '– Pilih jenis informasi –', '– Choose a type –')}
        </option>
        {subtypeGroups(v).map((g) => (
          <optgroup label={g.label}>
            {g.options.map((o) => (
              <option value={o.value} selected={o.value === value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
};

const UnitSelect: FC<{ v: View; value: string; units: Pick<Unit, 'id' | 'name'>[]; errors?: FieldErrors | undefined }> = ({ v, value, units, errors }) => {
  const error = errors?.unitId;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for="f-unitId">{tx(v, 'Unit pemilik entri', 'Agency that owns the entry')}</label>
      <p class="hint" id="h-unitId">
        {tx(
          v,
          'Unit yang akan mengelola entri ini. PPID Pembantu unit tersebut dapat mengubah dan mengajukannya.',
          'The agency that will manage this entry. Its information officers can edit and submit it.',
        )}
      </p>
      {error ? (
        <p class="error" id="e-unitId">
          {error}
        </p>
      ) : null}
      <select id="f-unitId" name="unitId" aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy('h-unitId', error && 'e-unitId')}>
        <option value="" selected={value === ''}>
          {tx(v, '– Pilih unit –', '– Choose an agency –')}
        </option>
        {units.map((u) => (
          <option value={u.id} selected={u.id === value}>
            {u.name}
          </option>
        ))}
      </select>
    </div>
  );
};

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

// --- detail --------------------------------------------------------------------------------------------

export type DetailProps = {
  v: View;
  d: EntryDetail;
  /** Errors of the note and reason fields (return, unpublish). */
  errors?: FieldErrors | undefined;
  /** What was typed in the note and reason fields, kept on an error. */
  typed?: { note?: string; reason?: string; personalDataReason?: string };
  /** A domain error shown at the top (wrong state and the like). */
  message?: string | undefined;
};

/** What the actor may do to the entry now; mirrors the domain's own state checks. */
export function detailActions(d: EntryDetail) {
  const e = d.entry;
  const hasChange = e.workingVersionId !== e.publishedVersionId;
  const canSubmit = d.canEdit && (e.status === 'draft' || e.status === 'returned' || (e.status === 'unpublished' && hasChange));
  // A withdrawn entry is only republished after a change; the withdrawal had a reason.
  const canPublishNow =
    d.canEdit && d.working.category === 'serta_merta' && (e.status === 'draft' || e.status === 'returned' || (e.status === 'unpublished' && hasChange));
  return { canSubmit, canPublishNow };
}

type Version = EntryDetail['working'];

/** A field of a version as one line of text, for comparing the working version with the published one. */
const FIELD_TEXT: { key: string; id: string; en: string; text: (v: View, x: Version) => string }[] = [
  { key: 'title', id: 'Judul', en: 'Title', text: (_, x) => x.title },
  { key: 'summary', id: 'Ringkasan isi', en: 'Summary', text: (_, x) => x.summary },
  { key: 'category', id: 'Kategori', en: 'Category', text: (v, x) => categoryLabel(v, x.category) },
  { key: 'subtype', id: 'Jenis', en: 'Type', text: (v, x) => subtypeLabel(x.subtype, v.locale) },
  { key: 'holder', id: 'Pejabat/unit yang menguasai', en: 'Holder', text: (_, x) => x.holder },
  { key: 'responsible', id: 'Penanggung jawab pembuatan', en: 'Responsible', text: (_, x) => x.responsible },
  { key: 'made', id: 'Waktu dan tempat pembuatan', en: 'When and where made', text: (_, x) => [x.madeWhen, x.madePlace].filter(Boolean).join(', ') },
  { key: 'forms', id: 'Bentuk informasi', en: 'Forms', text: (v, x) => x.forms.map((f) => formLabel(v, f)).join(', ') },
  { key: 'formats', id: 'Format berkas', en: 'File formats', text: (_, x) => x.formats.join(', ') },
  { key: 'retention', id: 'Retensi arsip', en: 'Retention', text: (_, x) => x.retention },
  {
    key: 'year',
    id: 'Tahun dan periode',
    en: 'Year and period',
    text: (_, x) => [x.year === null ? '' : String(x.year), x.periodLabel].filter(Boolean).join(', '),
  },
  { key: 'tags', id: 'Kata kunci', en: 'Keywords', text: (_, x) => x.tags.join(', ') },
  { key: 'links', id: 'Tautan', en: 'Links', text: (_, x) => x.links.map((l) => (l.label && l.label !== l.url ? `${l.label} (${l.url})` : l.url)).join(', ') },
];

const clip = (s: string) => (s.length > 400 ? `${s.slice(0, 400)}…` : s);

/** What a change would alter on the portal: the fields that differ from the published version. */
const Changes: FC<{ v: View; working: Version; published: Version }> = ({ v, working, published }) => {
  const changed = FIELD_TEXT.map((f) => ({ f, before: f.text(v, published), after: f.text(v, working) })).filter((c) => c.before !== c.after);
  return (
    <section aria-labelledby="h-changes">
      <h2 id="h-changes">
        {tx(v, `Perubahan dibanding versi terbit (versi ${published.versionNo})`, `Changes from the published version (version ${published.versionNo})`)}
      </h2>
      {changed.length === 0 ? (
        <p>{tx(v, 'Isi kolom tidak berubah (mungkin hanya dokumennya).', 'No field changed (perhaps only the documents).')}</p>
      ) : (
        <dl class="facts dip-changes">
          {changed.map((c) => (
            <>
              <dt>{v.locale === 'en' ? c.f.en : c.f.id}</dt>
              <dd>
                <del>
                  <span class="vh">{tx(v, 'Sebelumnya: ', 'Before: ')}</span>
                  {clip(c.before) || '–'}
                </del>
                <ins>
                  <span class="vh">{tx(v, 'Sekarang: ', 'Now: ')}</span>
                  {clip(c.after) || '–'}
                </ins>
              </dd>
            </>
          ))}
        </dl>
      )}
    </section>
  );
};

const Facts: FC<{ v: View; d: EntryDetail }> = ({ v, d }) => {
  const w = d.working;
  const dash = '–';
  return (
    <dl class="facts">
      <dt>{tx(v, 'Nomor', 'Number')}</dt>
      <dd>{d.entry.number}</dd>
      <dt>{tx(v, 'Unit pemilik', 'Owning agency')}</dt>
      <dd>{d.unit.name}</dd>
      <dt>{tx(v, 'Judul', 'Title')}</dt>
      <dd>{w.title}</dd>
      <dt>{tx(v, 'Ringkasan isi', 'Summary')}</dt>
      <dd class="pre">{w.summary}</dd>
      <dt>{tx(v, 'Kategori', 'Category')}</dt>
      <dd>{categoryLabel(v, w.category)}</dd>
      <dt>{tx(v, 'Jenis', 'Type')}</dt>
      <dd>{subtypeLabel(w.subtype, v.locale)}</dd>
      <dt>{tx(v, 'Pejabat/unit yang menguasai', 'Official/unit holding it')}</dt>
      <dd>{w.holder || d.unit.name}</dd>
      <dt>{tx(v, 'Penanggung jawab pembuatan', 'Responsible for making it')}</dt>
      <dd>{w.responsible || dash}</dd>
      <dt>{tx(v, 'Waktu dan tempat pembuatan', 'When and where it was made')}</dt>
      <dd>{[w.madeWhen, w.madePlace].filter(Boolean).join(', ') || dash}</dd>
      <dt>{tx(v, 'Bentuk informasi', 'Forms')}</dt>
      <dd>{w.forms.map((f) => formLabel(v, f)).join(', ') || dash}</dd>
      <dt>{tx(v, 'Format berkas', 'File formats')}</dt>
      <dd>{w.formats.join(', ') || dash}</dd>
      <dt>{tx(v, 'Retensi arsip', 'Retention')}</dt>
      <dd>{w.retention || dash}</dd>
      <dt>{tx(v, 'Tahun dan periode', 'Year and period')}</dt>
      <dd>{[w.year === null ? '' : String(w.year), w.periodLabel].filter(Boolean).join(', ') || dash}</dd>
      <dt>{tx(v, 'Kata kunci', 'Keywords')}</dt>
      <dd>{w.tags.join(', ') || dash}</dd>
      <dt>{tx(v, 'Tautan', 'Links')}</dt>
      <dd>
        {w.links.length === 0 ? (
          dash
        ) : (
          <ul class="bo-plain">
            {w.links.map((l) => (
              <li>
                <a href={l.url} rel="noopener noreferrer">
                  {l.label || l.url}
                </a>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
};

const KIND_LABELS: Record<string, { id: string; en: string }> = {
  nik: { id: 'NIK', en: 'ID number (NIK)' },
  phone: { id: 'nomor telepon', en: 'phone number' },
  email: { id: 'alamat email', en: 'email address' },
  address: { id: 'alamat rumah', en: 'home address' },
};

/**
 * Personal data found in the working version's documents (UU KIP Ps 17 h; UU 27/2022): counts and masked samples
 * per document, and, until someone confirms with a reason, the confirmation form and the way to a redacted copy.
 */
const PersonalDataWarning: FC<{ v: View; d: DetailProps['d']; typed?: string | undefined; errors?: FieldErrors | undefined }> = ({ v, d, typed, errors }) => {
  const found = d.documents.filter((doc) => doc.personalData);
  if (!found.length) return null;
  const w = d.working;
  const mayConfirm = d.canEdit || d.canReview;
  return (
    <section aria-labelledby="h-personal" class="warn-box" role="note">
      <h2 id="h-personal">{tx(v, 'Data pribadi dalam dokumen', 'Personal data in the documents')}</h2>
      <ul>
        {found.map((doc) => (
          <li>
            <strong>{doc.filename}</strong>:{' '}
            {Object.entries(doc.personalData!.counts)
              .filter(([, n]) => n > 0)
              .map(([k, n]) => `${n} ${tx(v, KIND_LABELS[k]!.id, KIND_LABELS[k]!.en)}`)
              .join(', ')}
            <span class="small muted"> ({doc.personalData!.samples.join('; ')})</span>
          </li>
        ))}
      </ul>
      {w.personalDataAckAt ? (
        <p>
          {tx(v, 'Dikonfirmasi boleh dibuka', 'Confirmed as disclosable')} ({formatDateTime(v.locale, w.personalDataAckAt)}):{' '}
          <span class="pre">{w.personalDataReason}</span>
        </p>
      ) : (
        <>
          <p>
            {tx(
              v,
              'Informasi yang mengungkap data pribadi dikecualikan (UU 14/2008 Pasal 17 huruf h; UU 27/2022 tentang Pelindungan Data Pribadi). Entri ini tidak dapat diterbitkan sebelum data itu dihitamkan (unggah salinan yang dihitamkan dan hapus dokumen asli) atau dikonfirmasi boleh dibuka dengan alasan, mis. data pejabat publik dalam jabatannya.',
              'Information that discloses personal data is exempt (Law 14/2008 Art. 17(h); Law 27/2022 on Personal Data Protection). This entry cannot be published until the data is redacted (upload a redacted copy and remove the original) or confirmed as disclosable with a reason, e.g. a public official’s data in office.',
            )}{' '}
            <a href="/admin/penghitaman">{tx(v, 'Buka alat penghitaman', 'Open the redaction tool')}</a>
          </p>
          {mayConfirm ? (
            <form method="post" action={`/admin/dip/${d.entry.id}/data-pribadi`} novalidate class="sub-action">
              <Csrf v={v} />
              <TextArea
                name="personalDataReason"
                errors={errors}
                label={tx(v, 'Alasan data ini boleh dibuka', 'Why this data may be disclosed')}
                hint={tx(
                  v,
                  'Minimal 20 karakter. Dicatat dalam riwayat entri dan log audit.',
                  'At least 20 characters. Recorded in the entry history and the audit log.',
                )}
                value={typed ?? ''}
                rows={2}
                maxlength={1000}
              />
              <button type="submit" class="secondary">
                {tx(v, 'Konfirmasi data pribadi boleh dibuka', 'Confirm the personal data may be disclosed')}
              </button>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
};

export const DipDetailPage: FC<DetailProps> = ({ v, d, errors, typed, message }) => {
  const e = d.entry;
  const isPublic = !!e.publishedVersionId && e.status !== 'unpublished';
  const hasDraftChange = !!e.publishedVersionId && e.workingVersionId !== e.publishedVersionId;
  const { canSubmit, canPublishNow } = detailActions(d);
  const versionNo = new Map(d.versions.map((x) => [x.id, x.versionNo]));
  const fieldErrors = errors && Object.keys(errors).length ? errors : undefined;
  return (
    <BackofficeLayout v={v} title={d.working.title}>
      <p class="bo-crumbs">
        <a href="/admin/dip">← {v.t('bo.dip')}</a>
        {d.canReview ? (
          <>
            {' · '}
            <a href="/admin/dip/tinjauan">{v.t('bo.dip_review')}</a>
          </>
        ) : null}
      </p>
      <h1>{d.working.title}</h1>
      <p class="dip-status-line">
        <StatusBadge v={v} s={{ status: e.status, isPublic, hasDraftChange }} />
        <span class="muted">
          {e.number} · {d.unit.name}
        </span>
      </p>
      <ErrorSummary v={v} message={message} />
      {fieldErrors ? <ErrorSummary v={v} errors={fieldErrors} /> : null}
      {e.status === 'returned' && e.returnNote ? (
        <div class="warn-box" role="note">
          <strong>{tx(v, 'Dikembalikan oleh PPID Utama dengan catatan:', 'Returned by the lead PPID with this note:')}</strong>
          <p class="pre">{e.returnNote}</p>
          {d.canEdit ? <p>{tx(v, 'Perbaiki entri sesuai catatan, lalu ajukan kembali.', 'Make the changes in the note, then submit again.')}</p> : null}
        </div>
      ) : null}
      {e.status === 'submitted' ? (
        <p class="notice-plain">
          {tx(
            v,
            `Diajukan pada ${formatDateTime(v.locale, e.submittedAt)}. Menunggu pemeriksaan PPID Utama; entri tidak dapat diubah selama diperiksa.`,
            `Submitted on ${formatDateTime(v.locale, e.submittedAt)}. Waiting for the lead PPID; it cannot be edited during review.`,
          )}
        </p>
      ) : null}

      <PersonalDataWarning v={v} d={d} typed={typed?.personalDataReason} errors={fieldErrors} />

      <section aria-labelledby="h-public" class="card dip-card">
        <h2 id="h-public">{tx(v, 'Yang tampil di portal sekarang', 'What the portal shows now')}</h2>
        {isPublic && d.published ? (
          <>
            <p>
              {tx(
                v,
                `Versi ${d.published.versionNo}, terbit ${formatDateTime(v.locale, e.publishedAt)}.`,
                `Version ${d.published.versionNo}, published ${formatDateTime(v.locale, e.publishedAt)}.`,
              )}{' '}
              <a href={`/informasi/${e.slug}`}>{tx(v, 'Lihat di portal', 'View on the portal')}</a>
            </p>
            {hasDraftChange ? (
              <p class="muted">
                {tx(
                  v,
                  `Versi ${d.working.versionNo} (di bawah) belum terbit. Portal tetap menampilkan versi ${d.published.versionNo} sampai perubahan disetujui.`,
                  `Version ${d.working.versionNo} (below) is not published yet. The portal keeps showing version ${d.published.versionNo} until the change is approved.`,
                )}
              </p>
            ) : null}
          </>
        ) : e.status === 'unpublished' ? (
          <>
            <p>{tx(v, 'Tidak ada. Entri ini sudah ditarik dari portal.', 'Nothing. This entry has been withdrawn from the portal.')}</p>
            {e.unpublishReason ? (
              <p>
                <strong>{tx(v, 'Alasan penarikan:', 'Reason:')}</strong> <span class="pre">{e.unpublishReason}</span>
              </p>
            ) : null}
          </>
        ) : (
          <p>{tx(v, 'Belum ada. Entri ini belum pernah terbit.', 'Nothing yet. This entry has never been published.')}</p>
        )}
      </section>

      <section aria-labelledby="h-actions" class="card dip-card dip-actions">
        <h2 id="h-actions">{v.t('common.actions')}</h2>
        {!d.canEdit && !canSubmit && !canPublishNow && !d.canReview && !d.canUnpublish ? (
          <p>{tx(v, 'Tidak ada tindakan yang dapat Anda lakukan pada entri ini sekarang.', 'There is nothing you can do with this entry right now.')}</p>
        ) : null}
        <div class="actions">
          {d.canEdit ? (
            <a class="button" href={`/admin/dip/${e.id}/ubah`}>
              {v.t('common.edit')}
            </a>
          ) : null}
          {canSubmit ? (
            <form method="post" action={`/admin/dip/${e.id}/ajukan`} class="inline-form">
              <Csrf v={v} />
              <button type="submit">{tx(v, 'Ajukan ke PPID Utama', 'Submit to the lead PPID')}</button>
            </form>
          ) : null}
          {d.canReview ? (
            <form method="post" action={`/admin/dip/${e.id}/setujui`} class="inline-form">
              <Csrf v={v} />
              <button type="submit">{tx(v, 'Setujui & terbitkan', 'Approve & publish')}</button>
            </form>
          ) : null}
        </div>
        {canPublishNow ? (
          <form method="post" action={`/admin/dip/${e.id}/terbitkan-langsung`} class="sub-action">
            <Csrf v={v} />
            <p class="hint">
              {tx(
                v,
                'Informasi serta-merta (mis. peringatan bencana) wajib segera diumumkan, sehingga boleh terbit tanpa menunggu persetujuan. PPID Utama akan diberi tahu.',
                'Immediate information (e.g. a disaster warning) must be announced at once, so it may be published without waiting for approval. The lead PPID will be told.',
              )}
            </p>
            <button type="submit" class="secondary">
              {tx(v, 'Terbitkan langsung', 'Publish now')}
            </button>
          </form>
        ) : null}
        {d.canReview ? (
          <form method="post" action={`/admin/dip/${e.id}/kembalikan`} novalidate class="sub-action">
            <Csrf v={v} />
            <TextArea
              name="note"
              label={tx(v, 'Kembalikan dengan catatan', 'Return with a note')}
              hint={tx(
                v,
                'Tuliskan apa yang perlu diperbaiki PPID Pembantu. Catatan ini dikirim lewat email dan tampil di entri.',
                'Write what the agency needs to fix. The note is emailed and shown on the entry.',
              )}
              value={typed?.note ?? ''}
              errors={errors}
              rows={3}
              required
              maxlength={2000}
            />
            <button type="submit" class="secondary">
              {tx(v, 'Kembalikan dengan catatan', 'Return with note')}
            </button>
          </form>
        ) : null}
        {d.canUnpublish ? (
          <form method="post" action={`/admin/dip/${e.id}/tarik`} novalidate class="sub-action">
            <Csrf v={v} />
            <TextArea
              name="reason"
              label={tx(v, 'Tarik dari portal', 'Withdraw from the portal')}
              hint={tx(
                v,
                'Entri langsung hilang dari portal dan pencarian. Tuliskan alasannya; alasan dicatat dan dikirim ke unit.',
                'The entry leaves the portal and search at once. Give the reason; it is recorded and sent to the agency.',
              )}
              value={typed?.reason ?? ''}
              errors={errors}
              rows={3}
              required
              maxlength={2000}
            />
            <button type="submit" class="danger">
              {tx(v, 'Tarik dari portal', 'Withdraw')}
            </button>
          </form>
        ) : null}
      </section>

      {hasDraftChange && d.published ? <Changes v={v} working={d.working} published={d.published} /> : null}

      <section aria-labelledby="h-content">
        <h2 id="h-content">{tx(v, `Isi entri (versi ${d.working.versionNo})`, `Content (version ${d.working.versionNo})`)}</h2>
        <Facts v={v} d={d} />
      </section>

      <section aria-labelledby="h-docs">
        <h2 id="h-docs">{tx(v, 'Dokumen', 'Documents')}</h2>
        {d.documents.length === 0 && d.working.forms.includes('terekam') ? (
          <div class="warn-box" role="note">
            <p>
              {tx(
                v,
                'Bentuk "terekam" dicatat, tetapi versi ini belum memiliki dokumen. Portal akan menampilkan "Terekam: tersedia atas permintaan" dengan tombol "Minta informasi ini" sampai berkasnya dilampirkan dan disetujui.',
                'The form "recorded" is declared, but this version has no document yet. The portal will show "Recorded: available on request" with a "Request this information" button until a file is attached and approved.',
              )}
            </p>
          </div>
        ) : d.documents.length === 0 ? (
          <p>{tx(v, 'Belum ada dokumen pada versi ini.', 'No documents on this version yet.')}</p>
        ) : (
          <ul class="bo-plain dip-docs">
            {d.documents.map((doc) => (
              <li>
                <a href={`/dokumen/${doc.id}`} class="dip-doc-name">
                  {doc.filename}
                </a>
                <div class="dip-doc-facts">
                  <span>{MIME_NAMES[doc.mime] ?? doc.mime}</span>
                  <span>{fileSize(v, doc.size)}</span>
                  <span class={`text-status text-${doc.textStatus}`}>{TEXT_STATUS[doc.textStatus]?.[v.locale] ?? doc.textStatus}</span>
                  {d.canEdit ? (
                    <form method="post" action={`/admin/dip/${e.id}/dokumen/${doc.id}/hapus`} class="inline-form">
                      <Csrf v={v} />
                      <button type="submit" class="link-button">
                        {tx(v, 'Hapus', 'Remove')}
                        <span class="vh"> {doc.filename}</span>
                      </button>
                    </form>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        {d.canEdit ? (
          <form method="post" action={`/admin/dip/${e.id}/dokumen`} enctype="multipart/form-data" class="card dip-upload">
            <Csrf v={v} />
            <div class="field">
              <label for="f-file">{tx(v, 'Tambah dokumen', 'Add a document')}</label>
              <p class="hint" id="h-file">
                {isPublic
                  ? tx(
                      v,
                      'PDF, Word, Excel, ODT/ODS, CSV atau gambar. Dokumen baru ikut versi kerja dan baru tampil di portal setelah disetujui.',
                      'PDF, Word, Excel, ODT/ODS, CSV or images. A new document belongs to the working version and reaches the portal once approved.',
                    )
                  : tx(
                      v,
                      'PDF, Word, Excel, ODT/ODS, CSV atau gambar. Pastikan data pribadi sudah dihitamkan.',
                      'PDF, Word, Excel, ODT/ODS, CSV or images. Make sure personal data is blacked out.',
                    )}
              </p>
              <input id="f-file" type="file" name="file" aria-describedby="h-file" />
            </div>
            <button type="submit" class="secondary">
              {tx(v, 'Unggah', 'Upload')}
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="h-history">
        <h2 id="h-history">{tx(v, 'Riwayat', 'History')}</h2>
        <h3 id="h-versions">{tx(v, 'Versi', 'Versions')}</h3>
        <ul class="bo-plain dip-versions">
          {d.versions.map((x) => (
            <li>
              <strong>{tx(v, `Versi ${x.versionNo}`, `Version ${x.versionNo}`)}</strong>
              {' – '}
              {tx(v, 'dibuat', 'made')} {formatDateTime(v.locale, x.createdAt)}
              {x.id === e.publishedVersionId && isPublic ? <span class="badge">{tx(v, 'tampil di portal', 'on the portal')}</span> : null}
              {x.id === e.workingVersionId && x.id !== e.publishedVersionId ? <span class="badge">{tx(v, 'sedang dikerjakan', 'being worked on')}</span> : null}
              {x.title !== d.working.title ? <div class="small muted">{x.title}</div> : null}
            </li>
          ))}
        </ul>
        <h3 id="h-reviews">{tx(v, 'Pengajuan dan pemeriksaan', 'Submissions and reviews')}</h3>
        {d.reviews.length === 0 ? (
          <p>{tx(v, 'Belum pernah diajukan.', 'Never submitted yet.')}</p>
        ) : (
          <ol class="bo-plain dip-reviews" aria-labelledby="h-reviews">
            {d.reviews.map((r) => (
              <li>
                <strong>{REVIEW_ACTIONS[r.action]?.[v.locale] ?? r.action}</strong>
                <div class="small muted">
                  {formatDateTime(v.locale, r.at)} · {r.actorName ?? tx(v, 'Sistem', 'System')}
                  {r.versionId && versionNo.has(r.versionId) ? ` · ${tx(v, 'versi', 'version')} ${versionNo.get(r.versionId)}` : ''}
                </div>
                {r.note ? <blockquote class="pre">{r.note}</blockquote> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </BackofficeLayout>
  );
};

// --- review queue --------------------------------------------------------------------------------------

export const DipReviewPage: FC<{ v: View; items: QueueItem[]; now: Date; message?: string | undefined }> = ({ v, items, now, message }) => {
  const title = v.t('bo.dip_review');
  const days = (d: Date | null) => (d ? Math.max(0, Math.floor((now.getTime() - d.getTime()) / 86_400_000)) : 0);
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Entri yang diajukan PPID Pembantu, yang paling lama menunggu di atas. Buka entri untuk memeriksa isinya atau mengembalikannya dengan catatan; centang beberapa entri untuk menyetujuinya sekaligus.',
          'Entries submitted by the agencies, longest waiting first. Open an entry to check it or return it with a note; tick several to approve them together.',
        )}
      </p>
      <ErrorSummary v={v} message={message} />
      {items.length === 0 ? (
        <p>{tx(v, 'Tidak ada entri yang menunggu pemeriksaan.', 'Nothing is waiting for review.')}</p>
      ) : (
        <form method="post" action="/admin/dip/tinjauan/setujui">
          <Csrf v={v} />
          <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
            <table class="bo-dip-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span class="vh">{tx(v, 'Pilih untuk disetujui', 'Select to approve')}</span>
                  </th>
                  <th scope="col">{tx(v, 'Judul', 'Title')}</th>
                  <th scope="col">{tx(v, 'Unit', 'Agency')}</th>
                  <th scope="col">{tx(v, 'Pengajuan', 'Kind')}</th>
                  <th scope="col">{tx(v, 'Diajukan', 'Submitted')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((q) => (
                  <tr>
                    <td class="pick">
                      <input type="checkbox" name="ids" value={q.id} id={`pick-${q.id}`} aria-label={tx(v, `Pilih: ${q.title}`, `Select: ${q.title}`)} />
                    </td>
                    <td>
                      <a href={`/admin/dip/${q.id}`}>{q.title}</a>
                      <div class="small muted">
                        {q.number} · {categoryShort(v, q.category)}
                      </div>
                      {q.personalDataDocs > 0 ? (
                        <div class="small personal-data-flag">
                          <strong>{tx(v, 'Data pribadi ditemukan', 'Personal data found')}</strong>
                          {tx(
                            v,
                            ` pada ${q.personalDataDocs} dokumen: buka entri untuk mengonfirmasi atau meminta salinan yang dihitamkan.`,
                            ` in ${q.personalDataDocs} document(s): open the entry to confirm or ask for a redacted copy.`,
                          )}
                        </div>
                      ) : null}
                    </td>
                    <td data-label={tx(v, 'Unit', 'Agency')}>{q.unitName}</td>
                    <td data-label={tx(v, 'Pengajuan', 'Kind')}>
                      {q.isUpdate ? (
                        <span class="dip-status dip-status-changed">{tx(v, 'Perubahan', 'Change')}</span>
                      ) : (
                        <span class="dip-status dip-status-draft">{tx(v, 'Baru', 'New')}</span>
                      )}
                    </td>
                    <td class="nowrap" data-label={tx(v, 'Diajukan', 'Submitted')}>
                      {formatDateTime(v.locale, q.submittedAt)}
                      <div class="small muted">
                        {days(q.submittedAt) === 0
                          ? tx(v, 'hari ini', 'today')
                          : tx(v, `${days(q.submittedAt)} hari menunggu`, `waiting ${days(q.submittedAt)} days`)}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Actions>
            <button type="submit">{tx(v, 'Setujui & terbitkan yang dipilih', 'Approve & publish selected')}</button>
          </Actions>
        </form>
      )}
    </BackofficeLayout>
  );
};
