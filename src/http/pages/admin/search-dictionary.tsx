// Back-office pages of the search dictionary: the list with a form to add an entry, and the edit form.
import type { FC } from 'hono/jsx';
import { SYNONYM_KINDS } from '../../../db/schema/index.js';
import type { SynonymEntry } from '../../../domain/dip/synonyms.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

export type SynonymValues = { term: string; expansions: string; kind: string; twoWay: boolean; note: string };

export const emptySynonym = (term = ''): SynonymValues => ({ term, expansions: '', kind: 'sinonim', twoWay: false, note: '' });

const kindLabel = (v: View, kind: string) =>
  kind === 'singkatan' ? tx(v, 'Singkatan', 'Abbreviation') : kind === 'sinonim' ? tx(v, 'Sinonim', 'Synonym') : kind;

const direction = (v: View, e: SynonymEntry) =>
  e.kind === 'singkatan' || e.twoWay ? tx(v, 'dua arah', 'both ways') : tx(v, 'satu arah (istilah → padanan)', 'one way (term → expansions)');

const SynonymFields: FC<{ v: View; values: SynonymValues; errors?: FieldErrors | undefined }> = ({ v, values, errors }) => (
  <>
    <Input
      name="term"
      label={tx(v, 'Istilah', 'Term')}
      hint={tx(v, 'Singkatan (mis. RKPD) atau kata yang diketik warga (mis. lelang).', 'An abbreviation (e.g. RKPD) or the word citizens type (e.g. lelang).')}
      value={values.term}
      errors={errors}
      required
      maxlength={100}
    />
    <TextArea
      name="expansions"
      label={tx(v, 'Padanan', 'Expansions')}
      hint={tx(
        v,
        'Satu per baris: kepanjangan singkatan atau istilah resmi (mis. Rencana Kerja Pemerintah Daerah; tender; pengadaan barang).',
        'One per line: the spelled-out form or the official terms (e.g. Rencana Kerja Pemerintah Daerah; tender; pengadaan barang).',
      )}
      value={values.expansions}
      errors={errors}
      required
      rows={4}
    />
    <Select
      name="kind"
      label={tx(v, 'Jenis', 'Kind')}
      value={values.kind}
      errors={errors}
      options={SYNONYM_KINDS.map((k) => ({ value: k, label: kindLabel(v, k) }))}
    />
    <Checkbox
      name="twoWay"
      label={tx(
        v,
        'Dua arah: padanan juga menemukan istilahnya (singkatan selalu dua arah)',
        'Both ways: the expansions also find the term (abbreviations always work both ways)',
      )}
      checked={values.twoWay}
    />
    <TextArea name="note" label={tx(v, 'Catatan (tidak wajib)', 'Note (optional)')} value={values.note} errors={errors} rows={2} maxlength={500} />
  </>
);

export const SearchDictionaryPage: FC<{ v: View; entries: SynonymEntry[]; values: SynonymValues; errors?: FieldErrors | undefined }> = ({
  v,
  entries,
  values,
  errors,
}) => {
  const title = v.t('bo.search_dictionary');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          'Singkatan dan sinonim yang dipakai pencarian portal dan API: kata yang diketik warga juga menemukan bentuk lainnya. Perubahan langsung berlaku dan tercatat di log audit.',
          'Abbreviations and synonyms used by the portal search and the APIs: a word a citizen types also finds its other forms. Changes apply at once and are written to the audit log.',
        )}
      </p>
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">{tx(v, 'Tambah entri', 'Add an entry')}</h2>
        <ErrorSummary v={v} errors={errors} />
        <form method="post" action="/admin/pencarian/kamus" novalidate class="narrow">
          <Csrf v={v} />
          <SynonymFields v={v} values={values} errors={errors} />
          <Actions>
            <button type="submit">{v.t('common.save')}</button>
          </Actions>
        </form>
      </section>
      <div class="table-wrap" tabindex={0} role="region" aria-labelledby="dict-caption">
        <table>
          <caption id="dict-caption">{tx(v, `Isi kamus (${entries.length})`, `Dictionary entries (${entries.length})`)}</caption>
          <thead>
            <tr>
              <th scope="col">{tx(v, 'Istilah', 'Term')}</th>
              <th scope="col">{tx(v, 'Padanan', 'Expansions')}</th>
              <th scope="col">{tx(v, 'Jenis', 'Kind')}</th>
              <th scope="col">{tx(v, 'Arah', 'Direction')}</th>
              <th scope="col">{v.t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <td>
                  <span lang="id">{e.term}</span>
                </td>
                <td lang="id">{e.expansions.join('; ')}</td>
                <td>{kindLabel(v, e.kind)}</td>
                <td class="small">{direction(v, e)}</td>
                <td>
                  <a href={`/admin/pencarian/kamus/${e.id}/ubah`}>
                    {v.t('common.edit')}
                    <span class="visually-hidden"> {e.term}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </BackofficeLayout>
  );
};

export const SynonymFormPage: FC<{ v: View; id: string; values: SynonymValues; errors?: FieldErrors | undefined }> = ({ v, id, values, errors }) => {
  const title = tx(v, 'Ubah entri kamus pencarian', 'Edit search dictionary entry');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={`/admin/pencarian/kamus/${id}`} novalidate class="narrow">
        <Csrf v={v} />
        <SynonymFields v={v} values={values} errors={errors} />
        <Actions>
          <button type="submit">{v.t('common.save')}</button> <a href="/admin/pencarian/kamus">{v.t('common.cancel')}</a>
        </Actions>
      </form>
      <form method="post" action={`/admin/pencarian/kamus/${id}/hapus`}>
        <Csrf v={v} />
        <h2>{tx(v, 'Hapus', 'Delete')}</h2>
        <p>{tx(v, 'Pencarian tidak lagi memakai entri ini.', 'The search stops using this entry.')}</p>
        <button type="submit">{tx(v, 'Hapus entri ini', 'Delete this entry')}</button>
      </form>
    </BackofficeLayout>
  );
};
