// Back-office routes of the search dictionary (/admin/pencarian/kamus): list and add (?baru=<text> fills
// the new entry's term, e.g. from a zero-result query), edit, delete.
import { Hono } from 'hono';
import {
  createSynonym,
  deleteSynonym,
  getSynonym,
  listSynonyms,
  splitExpansions,
  updateSynonym,
  ZSynonym,
  type SynonymEntry,
} from '../../../domain/dip/synonyms.js';
import { authorize } from '../../../policies/index.js';
import { fieldErrorsOf, parseWith, readForm, str, view, type FormValues } from '../../forms.js';
import { emptySynonym, SearchDictionaryPage, SynonymFormPage, type SynonymValues } from '../../pages/admin/search-dictionary.js';
import type { Env } from '../../types.js';

export const searchDictionaryAdminRoutes = new Hono<Env>();

const formValues = (f: FormValues): SynonymValues => ({
  term: str(f, 'term'),
  expansions: str(f, 'expansions'),
  kind: str(f, 'kind'),
  twoWay: str(f, 'twoWay') === '1',
  note: str(f, 'note'),
});
const input = (v: SynonymValues) => ({ term: v.term, expansions: splitExpansions(v.expansions), kind: v.kind, twoWay: v.twoWay, note: v.note });
const valuesOf = (e: SynonymEntry): SynonymValues => ({ term: e.term, expansions: e.expansions.join('\n'), kind: e.kind, twoWay: e.twoWay, note: e.note });

searchDictionaryAdminRoutes.get('/', async (c) => {
  const ctx = c.get('ctx');
  const entries = await listSynonyms(ctx);
  // A prefill from a link (the query log's zero-result queries): plain text, clipped, never trusted as HTML.
  const prefill = (c.req.query('baru') ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
  return c.html(<SearchDictionaryPage v={view(c)} entries={entries} values={emptySynonym(prefill)} />);
});

searchDictionaryAdminRoutes.post('/', async (c) => {
  authorize(c.get('actor'), 'search.dictionary');
  const ctx = c.get('ctx');
  const values = formValues(await readForm(c));
  const parsed = parseWith(ZSynonym, input(values), c.get('locale'));
  if (!parsed.ok) return c.html(<SearchDictionaryPage v={view(c)} entries={await listSynonyms(ctx)} values={values} errors={parsed.errors} />, 422);
  try {
    await createSynonym(ctx, parsed.data);
    return c.redirect('/admin/pencarian/kamus?ok=common.saved', 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<SearchDictionaryPage v={view(c)} entries={await listSynonyms(ctx)} values={values} errors={errors} />, 422);
    throw err;
  }
});

searchDictionaryAdminRoutes.get('/:id/ubah', async (c) => {
  const entry = await getSynonym(c.get('ctx'), c.req.param('id'));
  return c.html(<SynonymFormPage v={view(c)} id={entry.id} values={valuesOf(entry)} />);
});

searchDictionaryAdminRoutes.post('/:id', async (c) => {
  authorize(c.get('actor'), 'search.dictionary');
  const id = c.req.param('id');
  await getSynonym(c.get('ctx'), id);
  const values = formValues(await readForm(c));
  const parsed = parseWith(ZSynonym, input(values), c.get('locale'));
  if (!parsed.ok) return c.html(<SynonymFormPage v={view(c)} id={id} values={values} errors={parsed.errors} />, 422);
  try {
    await updateSynonym(c.get('ctx'), id, parsed.data);
    return c.redirect('/admin/pencarian/kamus?ok=common.saved', 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<SynonymFormPage v={view(c)} id={id} values={values} errors={errors} />, 422);
    throw err;
  }
});

searchDictionaryAdminRoutes.post('/:id/hapus', async (c) => {
  authorize(c.get('actor'), 'search.dictionary');
  await deleteSynonym(c.get('ctx'), c.req.param('id'));
  return c.redirect('/admin/pencarian/kamus?ok=common.saved', 303);
});
