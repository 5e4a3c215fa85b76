// The exempt-information register (DIK) in the open-data feeds: one DCAT dataset and one CKAN package,
// "daftar-informasi-dikecualikan", whose distributions are the JSON API, the xlsx and the PDF of the
// list, kept apart from the DIP entries (which are public information; the DIK lists what is not).
import type { Ctx } from '../../context.js';
import { eq } from 'drizzle-orm';
import { units } from '../../db/schema/index.js';
import { ckanTime, type CkanOrganization, type CkanPackage } from '../dip/to-ckan-package.js';
import { catalogUrl, LANGUAGE_ID } from '../dip/to-dcat-dataset.js';
import { getPublicBody } from '../org/public-body.js';
import { dikToday, listDik, type DikRow } from './dik.js';

export const DIK_PACKAGE_NAME = 'daftar-informasi-dikecualikan';
/** A stable id for the package (CKAN wants one; this one is made up for the DIK and never changes). */
export const DIK_PACKAGE_ID = '6c2f5b0e-4d1a-4e37-9b8f-0d1c2e3f4a5b';

type OpenDataCtx = Pick<Ctx, 'db' | 'settings' | 'clock'>;

const links = (baseUrl: string) => ({
  page: `${baseUrl}/informasi-dikecualikan`,
  json: `${baseUrl}/api/v1/dik`,
  xlsx: `${baseUrl}/informasi-dikecualikan.xlsx`,
  pdf: `${baseUrl}/informasi-dikecualikan.pdf`,
});

/** The last decision date in the list, as the list's modification time (or today when empty). */
function modified(rows: DikRow[], today: string): string {
  return rows.reduce((m, r) => (r.decisionDate > m ? r.decisionDate : m), '') || today;
}

async function load(ctx: OpenDataCtx) {
  const { today } = await dikToday(ctx);
  const [body, rows] = await Promise.all([getPublicBody(ctx.db), listDik(ctx.db, { today })]);
  return { today, body, rows };
}

const DESCRIPTION = (name: string, n: number) =>
  `Daftar Informasi yang Dikecualikan ${name}: ${n} informasi yang dikecualikan berdasarkan UU No. 14 Tahun 2008 Pasal 17 setelah uji konsekuensi, dengan dasar pengecualian, dasar hukum, ringkasan konsekuensi, jangka waktu dan nomor penetapan. Isi informasinya tidak disertakan.`;

export async function dikDcatDataset(ctx: OpenDataCtx): Promise<Record<string, unknown>> {
  const { today, body, rows } = await load(ctx);
  const base = ctx.settings.baseUrl.replace(/\/+$/, '');
  const l = links(base);
  const name = body?.name ?? 'Badan Publik';
  const dist = (id: string, title: string, url: string, media: string, format: string) => ({
    '@id': `${catalogUrl(base)}#dik-${id}`,
    '@type': 'dcat:Distribution',
    'dct:title': title,
    'dcat:accessURL': { '@id': l.page },
    'dcat:downloadURL': { '@id': url },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${media}` },
    'dct:format': format,
  });
  return {
    '@id': `${l.page}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:identifier': DIK_PACKAGE_NAME,
    'dct:title': [
      { '@value': `Daftar Informasi yang Dikecualikan ${name}`, '@language': 'id' },
      { '@value': `Register of exempt information of ${name}`, '@language': 'en' },
    ],
    'dct:description': [{ '@value': DESCRIPTION(name, rows.length), '@language': 'id' }],
    'dcat:keyword': [
      { '@value': 'informasi dikecualikan', '@language': 'id' },
      { '@value': 'uji konsekuensi', '@language': 'id' },
    ],
    'dct:publisher': { '@id': `${catalogUrl(base)}#badan-publik` },
    'dct:modified': { '@value': modified(rows, today), '@type': 'xsd:date' },
    'dcat:landingPage': { '@id': l.page },
    'dct:language': { '@id': LANGUAGE_ID },
    'dcat:distribution': [
      dist('json', 'JSON (API)', l.json, 'application/json', 'JSON'),
      dist('xlsx', 'Excel', l.xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'),
      dist('pdf', 'PDF', l.pdf, 'application/pdf', 'PDF'),
    ],
  };
}

export async function dikCkanPackage(ctx: OpenDataCtx): Promise<CkanPackage> {
  const { today, body, rows } = await load(ctx);
  const base = ctx.settings.baseUrl.replace(/\/+$/, '');
  const l = links(base);
  const name = body?.name ?? 'Badan Publik';
  const [lead] = await ctx.db.select().from(units).where(eq(units.isPpidUtama, true)).limit(1);
  const created = new Date(`${modified(rows, today)}T00:00:00Z`);
  const org: CkanOrganization = {
    id: lead?.id ?? DIK_PACKAGE_ID,
    name: lead?.code ?? 'ppid',
    title: lead?.name ?? `PPID ${name}`,
    display_name: lead?.name ?? `PPID ${name}`,
    description: '',
    image_url: '',
    type: 'organization',
    is_organization: true,
    state: 'active',
    approval_status: 'approved',
    created: ckanTime(lead?.createdAt ?? created),
  };
  const res = (i: number, title: string, url: string, mime: string, format: string) => ({
    id: `${DIK_PACKAGE_ID.slice(0, -1)}${i}`,
    package_id: DIK_PACKAGE_ID,
    name: title,
    description: '',
    url,
    format,
    mimetype: mime,
    size: 0,
    hash: '',
    position: i,
    created: ckanTime(created),
    last_modified: ckanTime(created),
    state: 'active' as const,
    url_type: null,
    resource_type: null,
  });
  return {
    id: DIK_PACKAGE_ID,
    name: DIK_PACKAGE_NAME,
    title: `Daftar Informasi yang Dikecualikan ${name}`,
    notes: DESCRIPTION(name, rows.length),
    url: l.page,
    type: 'dataset',
    state: 'active',
    private: false,
    version: today,
    author: `PPID ${name}`,
    author_email: null,
    maintainer: `PPID ${name}`,
    maintainer_email: null,
    license_id: 'notspecified',
    license_title: 'License not specified',
    metadata_created: ckanTime(created),
    metadata_modified: ckanTime(created),
    owner_org: org.id,
    organization: org,
    num_tags: 2,
    num_resources: 3,
    tags: ['informasi dikecualikan', 'uji konsekuensi'].map((t) => ({ name: t, display_name: t, state: 'active' as const, vocabulary_id: null })),
    groups: [],
    resources: [
      res(1, 'JSON (API)', l.json, 'application/json', 'JSON'),
      res(2, 'Excel', l.xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'),
      res(3, 'PDF', l.pdf, 'application/pdf', 'PDF'),
    ],
    extras: [
      { key: 'kind', value: 'daftar_informasi_dikecualikan' },
      { key: 'count', value: String(rows.length) },
      { key: 'date', value: today },
      { key: 'language', value: 'id' },
    ],
  };
}
