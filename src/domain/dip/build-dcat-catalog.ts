// The DCAT-AP catalogue of public DIP entries: its head, then datasets streamed a page at a time.
import { DIP_CATEGORIES } from '../../db/schema/index.js';
import { getPublicBody, type PublicBody } from '../org/public-body.js';
import { allPublished } from './public.js';
import { SUBTYPES } from './subtypes.js';
import { type OpenDataCtx, publicDocumentsOf } from './opendata-shared.js';
import { DCAT_CONTEXT, type JsonLd, LANGUAGE_ID, catalogUrl, categoryConcept, langs, ref, subtypeConcept, toDcatDataset } from './to-dcat-dataset.js';

/** The catalogue node without its datasets, which are streamed after it. */
export function dcatCatalogHead(body: PublicBody | undefined | null, baseUrl: string): JsonLd {
  const name = body?.name ?? 'Q-Gesy';
  const publisher: JsonLd = {
    '@id': `${catalogUrl(baseUrl)}#badan-publik`,
    '@type': 'foaf:Organization',
    'foaf:name': name,
    'foaf:homepage': ref(body?.website || `${baseUrl}/`),
  };
  const head: JsonLd = {
    '@context': DCAT_CONTEXT,
    '@id': catalogUrl(baseUrl),
    '@type': 'dcat:Catalog',
    'dct:title': langs(`Daftar Informasi Publik ${name}`, `Public information register of ${name}`),
    'dct:description': langs(
      `Informasi publik yang diumumkan oleh PPID ${name} berdasarkan UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik.`,
      `Public information published by the information officer (PPID) of ${name} under Law No. 14 of 2008 on Public Information Disclosure.`,
    ),
    'dct:publisher': publisher,
    'foaf:homepage': ref(`${baseUrl}/`),
    'dct:language': ref(LANGUAGE_ID),
    'dcat:themeTaxonomy': [
      {
        '@id': `${catalogUrl(baseUrl)}#kategori`,
        '@type': 'skos:ConceptScheme',
        'skos:prefLabel': langs('Kategori informasi publik (UU 14/2008)', 'Categories of public information (Law 14/2008)'),
        'skos:hasTopConcept': DIP_CATEGORIES.map((c) => categoryConcept(baseUrl, c)),
      },
      {
        '@id': `${catalogUrl(baseUrl)}#jenis`,
        '@type': 'skos:ConceptScheme',
        'skos:prefLabel': langs('Jenis informasi publik', 'Types of public information'),
        'skos:hasTopConcept': SUBTYPES.map((st) => subtypeConcept(baseUrl, st.code)),
      },
    ],
  };
  if (body?.ppidContactEmail) {
    head['dcat:contactPoint'] = {
      '@type': 'vcard:Organization',
      'vcard:fn': body.ppidContactName || `PPID ${name}`,
      'vcard:hasEmail': ref(`mailto:${body.ppidContactEmail}`),
    };
  }
  return head;
}

/** The whole DCAT catalogue: its head, then datasets a page at a time, never all in memory. */
export async function dcatCatalog(ctx: OpenDataCtx, pageSize = 500): Promise<{ head: JsonLd; datasets: AsyncGenerator<JsonLd[]> }> {
  const head = dcatCatalogHead(await getPublicBody(ctx.db), ctx.settings.baseUrl);
  async function* datasets(): AsyncGenerator<JsonLd[]> {
    for await (const page of allPublished(ctx.db, pageSize)) {
      const docs = await publicDocumentsOf(
        ctx.db,
        page.map((e) => e.id),
      );
      yield page.map((e) => toDcatDataset(e, docs.get(e.id) ?? [], ctx.settings.baseUrl));
    }
  }
  return { head, datasets: datasets() };
}
