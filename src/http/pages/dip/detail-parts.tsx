// Parts of the DIP entry detail page: facts, changes since publication, personal-data warning.
import type { FC } from 'hono/jsx';
import { subtypeLabel } from '../../../domain/dip/subtypes.js';
import { dateTime } from '../../dates.js';
import { TextArea, type FieldErrors } from '../../components/form.js';
import { Csrf, tx, type View, tm } from '../../components/layout.js';
import { categoryLabel, type EntryDetail, formLabel } from './shared.js';
import type { DetailProps } from './detail.js';

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
export const Changes: FC<{ v: View; working: Version; published: Version }> = ({ v, working, published }) => {
  const changed = FIELD_TEXT.map((f) => ({ f, before: f.text(v, published), after: f.text(v, working) })).filter((c) => c.before !== c.after);
  return (
    <section aria-labelledby="h-changes">
      <h2 id="h-changes">{tm(v, 'dip-entry.detail-parts.changes_from_published_version_version', { publishedVersionNo: published.versionNo })}</h2>
      {changed.length === 0 ? (
        <p>{tm(v, 'dip-entry.detail-parts.no_field_changed_perhaps_only')}</p>
      ) : (
        <dl class="facts dip-changes">
          {changed.map((c) => (
            <>
              <dt>{v.locale === 'en' ? c.f.en : c.f.id}</dt>
              <dd>
                <del>
                  <span class="vh">{tm(v, 'dip-entry.detail-parts.before')}</span>
                  {clip(c.before) || '–'}
                </del>
                <ins>
                  <span class="vh">{tm(v, 'dip-entry.detail-parts.now')}</span>
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

export const Facts: FC<{ v: View; d: EntryDetail }> = ({ v, d }) => {
  const w = d.working;
  const dash = '–';
  return (
    <dl class="facts">
      <dt>{tm(v, 'dip-entry.detail-parts.number')}</dt>
      <dd>{d.entry.number}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.owning_agency')}</dt>
      <dd>{d.unit.name}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.title')}</dt>
      <dd>{w.title}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.summary')}</dt>
      <dd class="pre">{w.summary}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.category')}</dt>
      <dd>{categoryLabel(v, w.category)}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.type')}</dt>
      <dd>{subtypeLabel(w.subtype, v.locale)}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.official_unit_holding')}</dt>
      <dd>{w.holder || d.unit.name}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.responsible_making')}</dt>
      <dd>{w.responsible || dash}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.when_where_was_made')}</dt>
      <dd>{[w.madeWhen, w.madePlace].filter(Boolean).join(', ') || dash}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.forms')}</dt>
      <dd>{w.forms.map((f) => formLabel(v, f)).join(', ') || dash}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.file_formats')}</dt>
      <dd>{w.formats.join(', ') || dash}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.retention')}</dt>
      <dd>{w.retention || dash}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.year_period')}</dt>
      <dd>{[w.year === null ? '' : String(w.year), w.periodLabel].filter(Boolean).join(', ') || dash}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.keywords')}</dt>
      <dd>{w.tags.join(', ') || dash}</dd>
      <dt>{tm(v, 'dip-entry.detail-parts.links')}</dt>
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
export const PersonalDataWarning: FC<{ v: View; d: DetailProps['d']; typed?: string | undefined; errors?: FieldErrors | undefined }> = ({
  v,
  d,
  typed,
  errors,
}) => {
  const found = d.documents.filter((doc) => doc.personalData);
  if (!found.length) return null;
  const w = d.working;
  const mayConfirm = d.canEdit || d.canReview;
  return (
    <section aria-labelledby="h-personal" class="warn-box" role="note">
      <h2 id="h-personal">{tm(v, 'dip-entry.detail-parts.personal_data_documents')}</h2>
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
          {tm(v, 'dip-entry.detail-parts.confirmed_disclosable')} ({dateTime(v, w.personalDataAckAt)}): <span class="pre">{w.personalDataReason}</span>
        </p>
      ) : (
        <>
          <p>
            {tm(v, 'dip-entry.detail-parts.information_discloses_personal_data_exempt')}{' '}
            <a href="/admin/penghitaman">{tm(v, 'dip-entry.detail-parts.open_redaction_tool')}</a>
          </p>
          {mayConfirm ? (
            <form method="post" action={`/admin/dip/${d.entry.id}/data-pribadi`} novalidate class="sub-action">
              <Csrf v={v} />
              <TextArea
                name="personalDataReason"
                errors={errors}
                label={tm(v, 'dip-entry.detail-parts.why_data_may_disclosed')}
                hint={tm(v, 'dip-entry.detail-parts.least_20_characters_recorded_entry')}
                value={typed ?? ''}
                rows={2}
                maxlength={1000}
              />
              <button type="submit" class="secondary">
                {tm(v, 'dip-entry.detail-parts.confirm_personal_data_may_disclosed')}
              </button>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
};
