// A public DIP entry as a CKAN package (the shape Satu Data Indonesia harvests), with its resources and organization.
import type { PublicDocument, PublicEntry } from './public.js';
import { CATEGORY_LABELS, subtypeLabel } from './subtypes.js';
import { type OpenDataCtx, documentUrl, landingPageUrl, publicDocumentsOf } from './opendata-shared.js';

export type CkanTag = { name: string; display_name: string; state: 'active'; vocabulary_id: null };
export type CkanResource = {
  id: string;
  package_id: string;
  name: string;
  description: string;
  url: string;
  format: string;
  mimetype: string;
  size: number;
  hash: string;
  position: number;
  created: string;
  last_modified: string;
  state: 'active';
  url_type: null;
  resource_type: null;
};
export type CkanOrganization = {
  id: string;
  name: string;
  title: string;
  display_name: string;
  description: string;
  image_url: string;
  type: 'organization';
  is_organization: true;
  state: 'active';
  approval_status: 'approved';
  created: string;
  package_count?: number;
};
export type CkanPackage = {
  id: string;
  name: string;
  title: string;
  notes: string;
  url: string;
  type: 'dataset';
  state: 'active';
  private: false;
  version: string;
  author: string;
  author_email: null;
  maintainer: string;
  maintainer_email: null;
  license_id: string;
  license_title: string;
  metadata_created: string;
  metadata_modified: string;
  owner_org: string;
  organization: CkanOrganization;
  num_tags: number;
  num_resources: number;
  tags: CkanTag[];
  groups: never[];
  resources: CkanResource[];
  extras: { key: string; value: string }[];
};

/**
 * CKAN's own timestamp form: UTC without a zone designator (CKAN's date parser rejects a trailing "Z",
 * and harvesters compare these strings).
 */
export const ckanTime = (d: Date): string => d.toISOString().replace(/Z$/, '');

/** CKAN accepts tags of letters, digits, space, "-", "_" and "." (2–100 characters); anything else would fail a harvest. */
export function ckanTagName(tag: string): string | null {
  const clean = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_ .-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .trim();
  return clean.length >= 2 ? clean : null;
}

const FORMAT_BY_MIME: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/msword': 'DOC',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/csv': 'CSV',
  'application/json': 'JSON',
  'text/html': 'HTML',
  'text/plain': 'TXT',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/zip': 'ZIP',
};

export function fileFormat(d: Pick<PublicDocument, 'mime' | 'filename'>): string {
  const known = FORMAT_BY_MIME[d.mime.toLowerCase()];
  if (known) return known;
  const ext = /\.([a-z0-9]{1,8})$/i.exec(d.filename)?.[1];
  return ext ? ext.toUpperCase() : '';
}

export function unitOrganization(u: { id: string; code: string; name: string; createdAt?: Date | null }, fallbackCreated: Date): CkanOrganization {
  return {
    id: u.id,
    name: u.code,
    title: u.name,
    display_name: u.name,
    description: '',
    image_url: '',
    type: 'organization',
    is_organization: true,
    state: 'active',
    approval_status: 'approved',
    created: ckanTime(u.createdAt ?? fallbackCreated),
  };
}

export function toCkanPackage(e: PublicEntry, docs: PublicDocument[], baseUrl: string): CkanPackage {
  const tags = [...new Set(e.tags.map(ckanTagName).filter((t): t is string => !!t))].map((name) => ({
    name,
    display_name: name,
    state: 'active' as const,
    vocabulary_id: null,
  }));
  const created = ckanTime(e.firstPublishedAt);
  const modified = ckanTime(e.updatedAt);
  const extra: [string, string][] = [
    ['number', e.number],
    ['category', e.category],
    ['category_label', CATEGORY_LABELS[e.category]?.id ?? e.category],
    ['subtype', e.subtype],
    ['subtype_label', subtypeLabel(e.subtype)],
    ['holder', e.holder],
    ['responsible', e.responsible],
    ['made_when', e.madeWhen],
    ['made_place', e.madePlace],
    ['forms', e.forms.join(', ')],
    ['formats', e.formats.join(', ')],
    ['retention', e.retention],
    ['year', e.year === null ? '' : String(e.year)],
    ['period', e.periodLabel],
    ['links', e.links.length ? JSON.stringify(e.links) : ''],
    ['language', 'id'],
  ];
  return {
    id: e.id,
    name: e.slug,
    title: e.title,
    notes: e.summary,
    url: landingPageUrl(baseUrl, e.slug),
    type: 'dataset',
    state: 'active',
    private: false,
    version: String(e.versionNo),
    author: e.holder,
    author_email: null,
    maintainer: e.responsible,
    maintainer_email: null,
    // The register does not record a licence; say so rather than guess one.
    license_id: 'notspecified',
    license_title: 'License not specified',
    metadata_created: created,
    metadata_modified: modified,
    owner_org: e.unitId,
    organization: unitOrganization({ id: e.unitId, code: e.unitCode, name: e.unitName }, e.firstPublishedAt),
    num_tags: tags.length,
    num_resources: docs.length,
    tags,
    groups: [],
    resources: docs.map((d, i) => ({
      id: d.id,
      package_id: e.id,
      name: d.filename,
      description: '',
      url: documentUrl(baseUrl, d),
      format: fileFormat(d),
      mimetype: d.mime,
      size: d.size,
      hash: d.sha256,
      position: i,
      created: modified,
      last_modified: modified,
      state: 'active',
      url_type: null,
      resource_type: null,
    })),
    extras: extra.filter(([, v]) => v !== '').map(([key, value]) => ({ key, value })),
  };
}

export async function packagesOf(ctx: OpenDataCtx, entries: PublicEntry[]): Promise<CkanPackage[]> {
  const docs = await publicDocumentsOf(
    ctx.db,
    entries.map((e) => e.id),
  );
  return entries.map((e) => toCkanPackage(e, docs.get(e.id) ?? [], ctx.settings.baseUrl));
}
