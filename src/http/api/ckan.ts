// A read-only, CKAN-compatible Action API (/api/3/action/...) so that CKAN harvesters, such as Satu Data
// Indonesia's, can pull the public register. GET with query parameters or POST with a JSON body, as
// CKAN clients send them; answers and errors in CKAN's envelope and with CKAN's status codes.
import { messageRef } from '../../i18n/catalogue.js';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { APP_VERSION } from '../../version.js';
import { ckanOrganizationList } from '../../domain/dip/list-ckan-organizations.js';
import { ckanAllPackageNames, ckanPackageNames } from '../../domain/dip/list-ckan-packages.js';
import { ckanPackageSearch, CKAN_SORTS, parseFilterQuery } from '../../domain/dip/search-ckan-packages.js';
import { ckanOrganizationShow } from '../../domain/dip/show-ckan-organization.js';
import { ckanPackageShow } from '../../domain/dip/show-ckan-package.js';
import { ckanStatus } from '../../domain/dip/show-ckan-status.js';
import { DIK_PACKAGE_ID, DIK_PACKAGE_NAME, dikCkanPackage } from '../../domain/exemptions/opendata.js';
import { AppError } from '../../errors.js';
import type { Env } from '../types.js';
import { paramMessages } from './problem.js';
import { jsonWithArray, textStream } from './stream.js';

const en = (text: string) => ({ 'x-description-en': text }) as Record<string, string>;

// --- parameters (GET query strings or JSON values) ------------------------------------------------------

const M_INT = messageRef('api.must_whole_number_0_more');
const M_BOOL = messageRef('api.must_true_false');
const M_TEXT = messageRef('api.text_too_long_most_1000');
const M_ID = messageRef('api.required_name_slug_id');

const natural = (max: number, doc: { description: string; en: string; example?: number }) =>
  z.coerce
    .number({ error: M_INT })
    .int({ error: M_INT })
    .min(0, { error: M_INT })
    .transform((n) => Math.min(n, max))
    .openapi({ type: 'integer', description: doc.description, example: doc.example, ...en(doc.en) });

const bool = (doc: { description: string; en: string }) =>
  z
    .union([z.boolean(), z.enum(['true', 'false', 'True', 'False', '1', '0'])], { error: M_BOOL })
    .transform((v) => v === true || v === 'true' || v === 'True' || v === '1')
    .optional()
    .openapi({ type: 'boolean', description: doc.description, ...en(doc.en) });

const text = (doc: { description: string; en: string; example?: string }) =>
  z
    .string({ error: M_TEXT })
    .max(1000, { error: M_TEXT })
    .default('')
    .openapi({ description: doc.description, example: doc.example, ...en(doc.en) });

const id = (doc: { description: string; en: string; example: string }) =>
  z
    .string({ error: M_ID })
    .trim()
    .min(1, { error: M_ID })
    .max(200, { error: M_ID })
    .openapi({ description: doc.description, example: doc.example, ...en(doc.en) });

const ZPackageList = z.object({
  limit: natural(1000, {
    description: 'Jumlah nama per halaman (maksimal 1000); tanpa limit, semua nama.',
    en: 'Names per page (at most 1000); without a limit, every name.',
    example: 100,
  }).optional(),
  offset: natural(10_000_000, { description: 'Lewati sejumlah nama (hanya bersama limit).', en: 'Names to skip (with limit only).', example: 0 }).default(0),
});

const ZPackageShow = z.object({
  id: id({ description: 'Nama (slug) atau id paket.', en: 'Name (slug) or id of the package.', example: 'perizinan-usaha-mikro-dan-kecil-tahun-2025' }),
});

const ZPackageSearch = z.object({
  q: text({
    description:
      'Kata pencarian (teks penuh bahasa Indonesia; semua kata harus cocok; singkatan, sinonim dan bentuk e-ktp/ektp ikut dicari); kosong atau *:* untuk semua.',
    en: 'Search words (Indonesian full text; every word must match; abbreviations, synonyms and forms like e-ktp/ektp are included); empty or *:* for all.',
    example: 'perizinan',
  }),
  fq: text({
    description: 'Penyaring: organization:<kode unit>. metadata_modified:[… TO …] diterima tetapi diabaikan.',
    en: 'Filter: organization:<unit code>. metadata_modified:[… TO …] is accepted and ignored.',
    example: 'organization:dpmptsp',
  }),
  rows: natural(1000, { description: 'Jumlah hasil (bawaan 10, maksimal 1000).', en: 'Number of results (default 10, at most 1000).', example: 10 }).default(
    10,
  ),
  start: natural(10_000_000, { description: 'Posisi hasil pertama (mulai 0).', en: 'Offset of the first result (from 0).', example: 0 }).default(0),
  sort: text({
    description: `Urutan tanpa q: ${CKAN_SORTS.join('; ')}. Dengan q selalu menurut relevansi.`,
    en: `Order without q: ${CKAN_SORTS.join('; ')}. With q always by relevance.`,
    example: 'metadata_modified desc',
  }),
});

const ZOrganizationList = z.object({
  all_fields: bool({ description: 'true: data lengkap organisasi, bukan hanya nama.', en: 'true: full organization data, not just names.' }),
  sort: text({
    description: 'name, title atau package_count, dengan asc atau desc.',
    en: 'name, title or package_count, with asc or desc.',
    example: 'name asc',
  }),
  limit: natural(1000, { description: 'Jumlah organisasi.', en: 'Number of organizations.', example: 100 }).optional(),
  offset: natural(100_000, { description: 'Lewati sejumlah organisasi.', en: 'Organizations to skip.', example: 0 }).default(0),
});

const ZOrganizationShow = z.object({
  id: id({ description: 'Kode unit (nama organisasi) atau id.', en: 'Unit code (organization name) or id.', example: 'dpmptsp' }),
  include_datasets: bool({
    description: 'true: sertakan paket unit ini (maksimal 1000, terbaru dahulu).',
    en: 'true: include the unit’s packages (at most 1000, newest first).',
  }),
});

// --- envelope ------------------------------------------------------------------------------------------

const helpUrl = (c: Context<Env>, action: string) => `${c.get('deps').config.baseUrl}/api#ckan-${action}`;

class CkanRequestError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message ?? body.__type));
  }
}

function ckanError(c: Context<Env>, action: string, err: unknown): Response {
  if (err instanceof CkanRequestError) return c.json({ help: helpUrl(c, action), success: false, error: err.body }, err.status);
  if (!(err instanceof AppError)) throw err;
  let status: 400 | 404 | 409 = 409;
  let type = 'Validation Error';
  if (err.status === 404) {
    status = 404;
    type = 'Not Found Error';
  } else if (err.code === 'search_query_error') {
    status = 400;
    type = 'Search Query Error';
  }
  const error: Record<string, unknown> = { __type: type, message: err.messages.id, message_en: err.messages.en };
  for (const [field, m] of Object.entries(err.fields ?? {})) error[field] = [m.id];
  return c.json({ help: helpUrl(c, action), success: false, error }, status);
}

/** Query parameters, overridden by a POST body (JSON, as CKAN clients send, or a form). */
async function params(c: Context<Env>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...c.req.query() };
  if (c.req.method !== 'POST') return out;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    for (const [k, v] of Object.entries(await c.req.parseBody())) if (typeof v === 'string' && k !== '_csrf') out[k] = v;
    return out;
  }
  const raw = (await c.req.text()).trim();
  if (!raw) return out;
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new CkanRequestError(400, {
      __type: 'Bad Request',
      message: 'Badan permintaan bukan JSON yang sah.',
      message_en: 'Bad request - JSON Error: the body is not valid JSON.',
    });
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new CkanRequestError(400, {
      __type: 'Bad Request',
      message: 'Badan permintaan harus objek JSON.',
      message_en: 'Bad request - JSON Error: the body must be a JSON object.',
    });
  }
  return { ...out, ...(body as Record<string, unknown>) };
}

function parse<S extends z.ZodType>(schema: S, input: Record<string, unknown>): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields = paramMessages(r.error);
  const error: Record<string, unknown> = {
    __type: 'Validation Error',
    message: `Parameter tidak valid: ${Object.keys(fields).join(', ')}.`,
    message_en: `Invalid parameters: ${Object.keys(fields).join(', ')}.`,
  };
  for (const [k, m] of Object.entries(fields)) error[k] = [m.id];
  throw new CkanRequestError(409, error);
}

type Action = (c: Context<Env>, input: Record<string, unknown>) => Promise<Response>;

const ok = (c: Context<Env>, action: string, result: unknown) => c.json({ help: helpUrl(c, action), success: true, result });

const odCtx = (c: Context<Env>) => c.get('ctx');

/** How many DIP entries are public: where the DIK package sits in a listing. */
const dipCount = async (c: Context<Env>) => (await ckanPackageSearch(odCtx(c), { q: '', fq: '', rows: 0, start: 0, sort: '' })).count;

const ACTIONS: Record<string, Action> = {
  // The register of exempt information is one package of its own, after the DIP entries in every
  // listing (its place is the DIP count, whatever the order of the entries).
  async package_list(c, input) {
    const p = parse(ZPackageList, input);
    if (p.limit !== undefined) {
      if (p.limit === 0) return ok(c, 'package_list', []);
      const names = await ckanPackageNames(odCtx(c), { limit: p.limit, offset: p.offset });
      if (names.length < p.limit && p.offset <= (await dipCount(c))) names.push(DIK_PACKAGE_NAME);
      return ok(c, 'package_list', names);
    }
    const head = `{"help":${JSON.stringify(helpUrl(c, 'package_list'))},"success":true,"result":[`;
    const ctx = odCtx(c);
    async function* names() {
      yield* ckanAllPackageNames(ctx);
      yield [DIK_PACKAGE_NAME];
    }
    const body = textStream(jsonWithArray(head, names()), c.get('log'));
    return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' });
  },
  async package_show(c, input) {
    const p = parse(ZPackageShow, input);
    if (p.id === DIK_PACKAGE_NAME || p.id === DIK_PACKAGE_ID) return ok(c, 'package_show', await dikCkanPackage(odCtx(c)));
    return ok(c, 'package_show', await ckanPackageShow(odCtx(c), p.id));
  },
  async package_search(c, input) {
    const p = parse(ZPackageSearch, input);
    const r = await ckanPackageSearch(odCtx(c), p);
    const q = p.q.trim();
    // A listing of everything (no words, no unit) has the DIK package too, last.
    if ((q === '' || q === '*:*' || q === '*') && !parseFilterQuery(p.fq).organization) {
      const at = r.count;
      const inWindow = p.rows > 0 && at >= p.start && at < p.start + p.rows;
      return ok(c, 'package_search', { ...r, count: r.count + 1, results: inWindow ? [...r.results, await dikCkanPackage(odCtx(c))] : r.results });
    }
    return ok(c, 'package_search', r);
  },
  async organization_list(c, input) {
    const p = parse(ZOrganizationList, input);
    return ok(
      c,
      'organization_list',
      await ckanOrganizationList(odCtx(c), { allFields: p.all_fields ?? false, sort: p.sort, limit: p.limit, offset: p.offset }),
    );
  },
  async organization_show(c, input) {
    const p = parse(ZOrganizationShow, input);
    return ok(c, 'organization_show', await ckanOrganizationShow(odCtx(c), { id: p.id, includeDatasets: p.include_datasets ?? false }));
  },
  async status_show(c) {
    return ok(c, 'status_show', await ckanStatus(odCtx(c), APP_VERSION));
  },
};

async function run(c: Context<Env>, action: string): Promise<Response> {
  const fn = ACTIONS[action];
  try {
    if (!fn) {
      throw new CkanRequestError(400, {
        __type: 'Bad Request',
        message: `Aksi tidak dikenal: ${action.slice(0, 60)}. API ini hanya-baca: ${Object.keys(ACTIONS).join(', ')}.`,
        message_en: `Bad request - Action name not known: ${action.slice(0, 60)}. This API is read-only: ${Object.keys(ACTIONS).join(', ')}.`,
      });
    }
    return await fn(c, await params(c));
  } catch (err) {
    return ckanError(c, action, err);
  }
}

// --- routes and their documentation --------------------------------------------------------------------

const DOCS: { action: string; query?: z.ZodObject; summary: string; summaryEn: string; example: unknown }[] = [
  {
    action: 'package_list',
    query: ZPackageList,
    summary: 'Nama (slug) semua paket',
    summaryEn: 'Names (slugs) of all packages',
    example: ['perizinan-usaha-mikro-dan-kecil-tahun-2025'],
  },
  {
    action: 'package_show',
    query: ZPackageShow,
    summary: 'Satu paket dengan sumber daya (dokumen)',
    summaryEn: 'One package with its resources (documents)',
    example: {
      name: 'perizinan-usaha-mikro-dan-kecil-tahun-2025',
      title: 'Perizinan Usaha Mikro dan Kecil Tahun 2025',
      organization: { name: 'dpmptsp' },
      resources: [],
    },
  },
  {
    action: 'package_search',
    query: ZPackageSearch,
    summary: 'Cari paket (q, fq, rows, start, sort)',
    summaryEn: 'Search packages (q, fq, rows, start, sort)',
    example: {
      count: 1,
      sort: 'score desc, metadata_modified desc',
      results: [{ name: 'perizinan-usaha-mikro-dan-kecil-tahun-2025' }],
      facets: {},
      search_facets: {},
    },
  },
  {
    action: 'organization_list',
    query: ZOrganizationList,
    summary: 'Unit kerja sebagai organisasi CKAN',
    summaryEn: 'Units as CKAN organizations',
    example: ['dinkes', 'dpmptsp'],
  },
  {
    action: 'organization_show',
    query: ZOrganizationShow,
    summary: 'Satu unit kerja',
    summaryEn: 'One unit',
    example: { name: 'dpmptsp', title: 'Dinas Penanaman Modal dan PTSP', package_count: 1 },
  },
  {
    action: 'status_show',
    summary: 'Keterangan situs',
    summaryEn: 'About this site',
    example: { ckan_version: '2.10.0', site_title: 'PPID Pemerintah Kota Contoh', locale_default: 'id' },
  },
];

const CkanSuccess = z.object({ help: z.string(), success: z.literal(true), result: z.unknown() }).openapi('CkanSuccess');
const CkanFailure = z
  .object({
    help: z.string(),
    success: z.literal(false),
    error: z
      .object({ __type: z.enum(['Not Found Error', 'Validation Error', 'Search Query Error', 'Bad Request']), message: z.string(), message_en: z.string() })
      .catchall(z.unknown()),
  })
  .openapi('CkanError');

export function registerCkan(app: OpenAPIHono<Env>): void {
  for (const base of ['/api/3/action', '/api/action']) {
    app.get(`${base}/:action`, (c) => run(c, c.req.param('action')));
    app.post(`${base}/:action`, (c) => run(c, c.req.param('action')));
  }
  for (const d of DOCS) {
    app.openAPIRegistry.registerPath({
      method: 'get',
      path: `/api/3/action/${d.action}`,
      operationId: `ckan_${d.action}`,
      tags: ['CKAN'],
      summary: d.summary,
      description: 'Kompatibel dengan CKAN Action API (hanya baca). Juga menerima POST dengan badan JSON berisi parameter yang sama.',
      'x-summary-en': d.summaryEn,
      'x-description-en': 'Compatible with the CKAN Action API (read-only). Also accepts POST with a JSON body of the same parameters.',
      ...(d.query ? { request: { query: d.query } } : {}),
      responses: {
        200: {
          description: 'Berhasil, dalam amplop CKAN.',
          content: {
            'application/json': { schema: CkanSuccess, example: { help: `https://ppid.contoh.go.id/api#ckan-${d.action}`, success: true, result: d.example } },
          },
        },
        ...(d.query
          ? {
              404: { description: 'Tidak ditemukan.', content: { 'application/json': { schema: CkanFailure } } },
              409: { description: 'Parameter tidak valid.', content: { 'application/json': { schema: CkanFailure } } },
            }
          : {}),
      },
    });
  }
}
