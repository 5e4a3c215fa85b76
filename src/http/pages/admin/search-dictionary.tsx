// Back-office pages of the search dictionary: the list with a form to add an entry, and the edit form.
import type { FC } from 'hono/jsx';
import { SYNONYM_KINDS } from '../../../db/schema/index.js';
import type { SynonymEntry } from '../../../domain/dip/synonyms.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';

export type SynonymValues = { term: string; expansions: string; kind: string; twoWay: boolean; note: string };

export const emptySynonym = (term = ''): SynonymValues => ({ term, expansions: '', kind: 'sinonim', twoWay: false, note: '' });

const kindLabel = (v: View, kind: string) =>
  kind === 'singkatan' ? tm(v, 'admin.search-dictionary.abbreviation') : kind === 'sinonim' ? tm(v, 'admin.search-dictionary.synonym') : kind;

const direction = (v: View, e: SynonymEntry) =>
  e.kind === 'singkatan' || e.twoWay ? tm(v, 'admin.search-dictionary.both_ways') : tm(v, 'admin.search-dictionary.one_way_term_expansions');

const SynonymFields: FC<{ v: View; values: SynonymValues; errors?: FieldErrors | undefined }> = ({ v, values, errors }) => (
  <>
    <Input
      name="term"
      label={tm(v, 'admin.search-dictionary.term')}
      hint={tm(v, 'admin.search-dictionary.abbreviation_e_g_rkpd_word')}
      value={values.term}
      errors={errors}
      required
      maxlength={100}
    />
    <TextArea
      name="expansions"
      label={tm(v, 'admin.search-dictionary.expansions')}
      hint={tm(v, 'admin.search-dictionary.one_per_line_spelled_out')}
      value={values.expansions}
      errors={errors}
      required
      rows={4}
    />
    <Select
      name="kind"
      label={tm(v, 'admin.calendar.kind')}
      value={values.kind}
      errors={errors}
      options={SYNONYM_KINDS.map((k) => ({ value: k, label: kindLabel(v, k) }))}
    />
    <Checkbox name="twoWay" label={tm(v, 'admin.search-dictionary.both_ways_expansions_also_find')} checked={values.twoWay} />
    <TextArea name="note" label={tm(v, 'admin.search-dictionary.note_optional')} value={values.note} errors={errors} rows={2} maxlength={500} />
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
      <p>{tm(v, 'admin.search-dictionary.abbreviations_synonyms_used_portal_search')}</p>
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">{tm(v, 'admin.search-dictionary.add_entry')}</h2>
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
          <caption id="dict-caption">{tm(v, 'admin.search-dictionary.dictionary_entries', { entriesLength: entries.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{tm(v, 'admin.search-dictionary.term')}</th>
              <th scope="col">{tm(v, 'admin.search-dictionary.expansions')}</th>
              <th scope="col">{tm(v, 'admin.calendar.kind')}</th>
              <th scope="col">{tm(v, 'admin.search-dictionary.direction')}</th>
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
  const title = tm(v, 'admin.search-dictionary.edit_search_dictionary_entry');
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
        <h2>{tm(v, 'admin.calendar.delete')}</h2>
        <p>{tm(v, 'admin.search-dictionary.search_stops_using_entry')}</p>
        <button type="submit">{tm(v, 'admin.search-dictionary.delete_entry')}</button>
      </form>
    </BackofficeLayout>
  );
};
