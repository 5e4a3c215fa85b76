// A public DIP entry as a DCAT-AP dataset (JSON-LD), with the vocabulary and concepts it uses.
import type { DipCategory } from '../../db/schema/index.js';
import type { PublicDocument, PublicEntry } from './public.js';
import { CATEGORY_LABELS, subtypeLabel } from './subtypes.js';
import { documentUrl, landingPageUrl } from './opendata-shared.js';
import { fileFormat } from './to-ckan-package.js';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
  owl: 'http://www.w3.org/2002/07/owl#',
} as const;

/** Indonesian in the EU language authority table that DCAT-AP uses. */
export const LANGUAGE_ID = 'http://publications.europa.eu/resource/authority/language/IND';

export type JsonLd = Record<string, unknown>;
export const langs = (id: string, en?: string): JsonLd[] =>
  en
    ? [
        { '@value': id, '@language': 'id' },
        { '@value': en, '@language': 'en' },
      ]
    : [{ '@value': id, '@language': 'id' }];
const dateTime = (d: Date): JsonLd => ({ '@value': d.toISOString(), '@type': 'xsd:dateTime' });
export const ref = (iri: string): JsonLd => ({ '@id': iri });

export const catalogUrl = (baseUrl: string): string => `${baseUrl}/catalog.jsonld`;

const categoryIri = (baseUrl: string, category: string) => `${catalogUrl(baseUrl)}#kategori-${category}`;
const subtypeIri = (baseUrl: string, subtype: string) => `${catalogUrl(baseUrl)}#jenis-${encodeURIComponent(subtype)}`;

export function categoryConcept(baseUrl: string, category: DipCategory): JsonLd {
  const label = CATEGORY_LABELS[category];
  return {
    '@id': categoryIri(baseUrl, category),
    '@type': 'skos:Concept',
    'skos:notation': category,
    'skos:prefLabel': langs(label?.id ?? category, label?.en),
    'skos:inScheme': ref(`${catalogUrl(baseUrl)}#kategori`),
  };
}

export function subtypeConcept(baseUrl: string, subtype: string): JsonLd {
  return {
    '@id': subtypeIri(baseUrl, subtype),
    '@type': 'skos:Concept',
    'skos:notation': subtype,
    'skos:prefLabel': langs(subtypeLabel(subtype, 'id'), subtypeLabel(subtype, 'en')),
    'skos:inScheme': ref(`${catalogUrl(baseUrl)}#jenis`),
  };
}

const MEDIA_TYPE = /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/i;

export function toDcatDataset(e: PublicEntry, docs: PublicDocument[], baseUrl: string): JsonLd {
  const landing = landingPageUrl(baseUrl, e.slug);
  const ds: JsonLd = {
    '@id': `${landing}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:identifier': e.number,
    'dct:title': langs(e.title),
    'dct:description': langs(e.summary),
    'dcat:keyword': e.tags.map((t) => ({ '@value': t, '@language': 'id' })),
    'dct:publisher': {
      '@id': `${catalogUrl(baseUrl)}#unit-${encodeURIComponent(e.unitCode)}`,
      '@type': 'foaf:Organization',
      'foaf:name': e.unitName,
      'dct:identifier': e.unitCode,
    },
    'dct:creator': { '@type': 'foaf:Agent', 'foaf:name': e.responsible },
    'dct:issued': dateTime(e.firstPublishedAt),
    'dct:modified': dateTime(e.updatedAt),
    'dcat:landingPage': ref(landing),
    // The concepts themselves are described once, in the catalogue's theme taxonomies.
    'dcat:theme': ref(categoryIri(baseUrl, e.category)),
    'dct:type': ref(subtypeIri(baseUrl, e.subtype)),
    'dct:language': ref(LANGUAGE_ID),
    'owl:versionInfo': String(e.versionNo),
  };
  if (e.year !== null) {
    ds['dct:temporal'] = {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@value': `${e.year}-01-01`, '@type': 'xsd:date' },
      'dcat:endDate': { '@value': `${e.year}-12-31`, '@type': 'xsd:date' },
    };
  }
  if (e.links.length) ds['foaf:page'] = e.links.map((l) => ({ '@id': l.url, 'dct:title': l.label }));
  ds['dcat:distribution'] = docs.map((d) => {
    const dist: JsonLd = {
      '@id': `${catalogUrl(baseUrl)}#dokumen-${d.id}`,
      '@type': 'dcat:Distribution',
      'dct:title': d.filename,
      'dcat:accessURL': ref(landing),
      'dcat:downloadURL': ref(documentUrl(baseUrl, d)),
      'dcat:byteSize': { '@value': String(d.size), '@type': 'xsd:nonNegativeInteger' },
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': ref('http://spdx.org/rdf/terms#checksumAlgorithm_sha256'),
        'spdx:checksumValue': { '@value': d.sha256, '@type': 'xsd:hexBinary' },
      },
    };
    if (MEDIA_TYPE.test(d.mime)) dist['dcat:mediaType'] = ref(`https://www.iana.org/assignments/media-types/${d.mime.toLowerCase()}`);
    const format = fileFormat(d);
    if (format) dist['dct:format'] = format;
    return dist;
  });
  return ds;
}
