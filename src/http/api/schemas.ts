// Request and response schemas of the JSON API; they validate input and describe the OpenAPI document.
import { messageRef } from '../../i18n/catalogue.js';
import { z } from '@hono/zod-openapi';
import { DIP_CATEGORIES, DIP_FORMS } from '../../db/schema/dip.js';

const en = (text: string) => ({ 'x-description-en': text }) as Record<string, string>;

// --- parameters -----------------------------------------------------------------------------------------

const M_PAGE = messageRef('api.page_must_whole_number_from');
const M_PAGE_SIZE = messageRef('api.page_size_must_whole_number');
const M_YEAR = messageRef('api.year_must_whole_number_from');
const M_CATEGORY = messageRef('api.category_must_one_berkala_serta');
const M_UNIT = messageRef('api.unit_code_has_2_40');
const M_Q = messageRef('api.search_text_required_1_200');
const M_SLUG = messageRef('api.slug_has_lower_case_letters');

const page = z.coerce
  .number({ error: M_PAGE })
  .int({ error: M_PAGE })
  .min(1, { error: M_PAGE })
  .max(10000, { error: M_PAGE })
  .default(1)
  .openapi({ description: 'Nomor halaman, mulai dari 1.', example: 1, ...en('Page number, from 1.') });

const pageSize = z.coerce
  .number({ error: M_PAGE_SIZE })
  .int({ error: M_PAGE_SIZE })
  .min(1, { error: M_PAGE_SIZE })
  .max(100, { error: M_PAGE_SIZE })
  .default(20)
  .openapi({ description: 'Jumlah entri per halaman (1–100, bawaan 20).', example: 20, ...en('Entries per page (1–100, default 20).') });

const unit = z
  .string({ error: M_UNIT })
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, { error: M_UNIT })
  .optional()
  .openapi({ description: 'Kode unit kerja (lihat /api/v1/units).', example: 'dinkes', ...en('Unit code (see /api/v1/units).') });

const category = z
  .enum(DIP_CATEGORIES, { error: M_CATEGORY })
  .optional()
  .openapi({ description: 'Kategori informasi menurut UU 14/2008.', example: 'berkala', ...en('Category of information under Law 14/2008.') });

const year = z.coerce
  .number({ error: M_YEAR })
  .int({ error: M_YEAR })
  .min(1945, { error: M_YEAR })
  .max(2100, { error: M_YEAR })
  .optional()
  .openapi({ description: 'Tahun informasi.', example: 2025, ...en('Year the information covers.') });

export const ZListQuery = z.object({ unit, category, year, page, pageSize });

const M_DOWNLOADABLE = messageRef('api.downloadable_must_true_false');
const downloadable = z
  .enum(['true', 'false', '1', '0'], { error: M_DOWNLOADABLE })
  .transform((s) => s === 'true' || s === '1')
  .optional()
  .openapi({
    type: 'boolean',
    description: 'true: hanya informasi yang berkasnya dapat diunduh.',
    example: true,
    ...en('true: only entries with a file to download.'),
  });

export const ZSearchQuery = z.object({
  q: z
    .string({ error: M_Q })
    .trim()
    .min(1, { error: M_Q })
    .max(200, { error: M_Q })
    .openapi({
      description: 'Kata pencarian; kata dasar ikut ditemukan (perizinan → izin).',
      example: 'perizinan',
      ...en('Search words; word stems match too (perizinan → izin).'),
    }),
  unit,
  category,
  year,
  downloadable,
  page,
  pageSize,
});

export const ZSlugParam = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,119}$/, { error: M_SLUG })
    .openapi({
      param: { name: 'slug', in: 'path' },
      description: 'Slug entri, bagian akhir alamat halaman informasi.',
      example: 'perizinan-usaha-mikro-dan-kecil-tahun-2025',
      ...en('Slug of the entry, the last part of its page address.'),
    }),
});

// --- responses ------------------------------------------------------------------------------------------

const Bilingual = z.object({ id: z.string(), en: z.string() }).openapi('Label');

const EntryExample = {
  id: '5b0f7a52-2f8e-4c57-9a3e-0c1f3f0e9d21',
  number: 'DIP/DPMPTSP/2026/0001',
  slug: 'perizinan-usaha-mikro-dan-kecil-tahun-2025',
  url: 'https://ppid.contoh.go.id/informasi/perizinan-usaha-mikro-dan-kecil-tahun-2025',
  title: 'Perizinan Usaha Mikro dan Kecil Tahun 2025',
  summary: 'Daftar izin usaha mikro dan kecil yang diterbitkan, termasuk syarat dan alur pengurusannya.',
  category: 'berkala',
  categoryLabel: { id: 'Informasi berkala', en: 'Periodic information' },
  subtype: 'layanan_publik',
  subtypeLabel: { id: 'Layanan publik', en: 'Public services' },
  unit: { code: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP' },
  holder: 'Kepala Dinas',
  responsible: 'Kepala Bidang Perizinan',
  madeWhen: '2025',
  madePlace: 'Palangka Raya',
  forms: ['tercetak', 'terekam'],
  formats: ['PDF'],
  retention: '5 tahun',
  year: 2025,
  periodLabel: '',
  tags: ['izin', 'umkm'],
  links: [],
  version: 1,
  firstPublishedAt: '2026-03-16T02:00:00.000Z',
  updatedAt: '2026-03-16T02:00:00.000Z',
};

export const EntrySchema = z
  .object({
    id: z.uuid(),
    number: z.string().openapi({ description: 'Nomor register DIP.' }),
    slug: z.string(),
    url: z.url().openapi({ description: 'Halaman informasi di portal.' }),
    title: z.string(),
    summary: z.string().openapi({ description: 'Ringkasan isi informasi.' }),
    category: z.enum(DIP_CATEGORIES),
    categoryLabel: Bilingual,
    subtype: z.string().openapi({ description: 'Jenis informasi (Pasal 9–11 UU 14/2008).' }),
    subtypeLabel: Bilingual,
    unit: z.object({ code: z.string(), name: z.string() }),
    holder: z.string().openapi({ description: 'Pejabat atau unit yang menguasai informasi.' }),
    responsible: z.string().openapi({ description: 'Penanggung jawab pembuatan atau penerbitan informasi.' }),
    madeWhen: z.string(),
    madePlace: z.string(),
    forms: z.array(z.enum(DIP_FORMS)),
    formats: z.array(z.string()),
    retention: z.string().openapi({ description: 'Jangka waktu penyimpanan.' }),
    year: z.int().nullable(),
    periodLabel: z.string(),
    tags: z.array(z.string()),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    version: z.int().openapi({ description: 'Nomor versi yang diterbitkan.' }),
    firstPublishedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Entry', { example: EntryExample });

export const DocumentSchema = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    mime: z.string(),
    size: z.int().openapi({ description: 'Ukuran dalam byte.' }),
    sha256: z.string(),
    url: z.url().openapi({ description: 'Alamat unduhan.' }),
  })
  .openapi('Document');

export const EntryDetailSchema = EntrySchema.extend({ documents: z.array(DocumentSchema) }).openapi('EntryDetail', {
  example: {
    ...EntryExample,
    documents: [
      {
        id: '0d3c8f4e-8c1b-4a7e-b1c2-6f5e4d3c2b1a',
        filename: 'daftar-izin-2025.pdf',
        mime: 'application/pdf',
        size: 184320,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        url: 'https://ppid.contoh.go.id/dokumen/0d3c8f4e-8c1b-4a7e-b1c2-6f5e4d3c2b1a/daftar-izin-2025.pdf',
      },
    ],
  },
});

export const EntryListSchema = z
  .object({ total: z.int(), page: z.int(), pageSize: z.int(), items: z.array(EntrySchema) })
  .openapi('EntryList', { example: { total: 1, page: 1, pageSize: 20, items: [EntryExample] } });

export const UnitSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    shortName: z.string(),
    isPpidUtama: z.boolean(),
    address: z.string(),
    email: z.string(),
    phone: z.string(),
    entryCount: z.int().openapi({ description: 'Jumlah informasi publik yang diterbitkan unit ini.' }),
  })
  .openapi('Unit');

const UnitExample = {
  code: 'dinkes',
  name: 'Dinas Kesehatan',
  shortName: 'Dinkes',
  isPpidUtama: false,
  address: 'Jl. Contoh No. 1',
  email: 'ppid@dinkes.contoh.go.id',
  phone: '(0536) 123456',
  entryCount: 12,
};

export const UnitListSchema = z.object({ total: z.int(), items: z.array(UnitSchema) }).openapi('UnitList', { example: { total: 1, items: [UnitExample] } });

export const SearchHitSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    number: z.string(),
    title: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    category: z.enum(DIP_CATEGORIES),
    year: z.int().nullable(),
    snippet: z.string().openapi({ description: 'Cuplikan teks yang cocok, teks biasa.' }),
    snippetHtml: z.string().openapi({ description: 'Cuplikan yang sama sebagai HTML: teks di-escape, kata yang cocok dalam <mark>.' }),
    rank: z.number().openapi({ description: 'Makin besar makin relevan; hanya dapat dibandingkan dalam satu hasil.' }),
    hasFile: z.boolean().openapi({ description: 'true bila informasi ini memiliki berkas yang dapat diunduh.' }),
    url: z.url(),
  })
  .openapi('SearchHit');

export const SearchResultSchema = z
  .object({
    q: z.string(),
    total: z.int(),
    page: z.int(),
    pageSize: z.int(),
    suggestion: z.string().nullable().openapi({ description: 'Usulan ejaan ("maksud Anda") bila ada.' }),
    suggestionApplied: z.boolean().openapi({ description: 'true bila q tidak menemukan apa pun dan hasil ini milik usulan ejaan.' }),
    items: z.array(SearchHitSchema),
  })
  .openapi('SearchResult', {
    example: {
      q: 'perizinan',
      total: 1,
      page: 1,
      pageSize: 20,
      suggestion: null,
      suggestionApplied: false,
      items: [
        {
          id: EntryExample.id,
          slug: EntryExample.slug,
          number: EntryExample.number,
          title: EntryExample.title,
          unitCode: EntryExample.unit.code,
          unitName: EntryExample.unit.name,
          category: 'berkala',
          year: 2025,
          snippet: 'Daftar izin usaha mikro dan kecil yang diterbitkan…',
          snippetHtml: 'Daftar <mark>izin</mark> usaha mikro dan kecil yang diterbitkan…',
          rank: 0.42,
          hasFile: true,
          url: EntryExample.url,
        },
      ],
    },
  });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string().openapi({ description: 'Pesan dalam bahasa Indonesia.' }),
    title_en: z.string().openapi({ description: 'The message in English.' }),
    status: z.int(),
    code: z.string().openapi({ description: 'Kode galat yang stabil.' }),
    errors: z
      .array(z.object({ name: z.string(), message: z.string(), message_en: z.string() }))
      .optional()
      .openapi({ description: 'Pesan per parameter.' }),
  })
  .openapi('Problem', {
    example: {
      type: 'about:blank#invalid_parameter',
      title: 'Parameter permintaan tidak valid: page.',
      title_en: 'Invalid request parameters: page.',
      status: 400,
      code: 'invalid_parameter',
      errors: [{ name: 'page', message: 'Halaman harus bilangan bulat 1–10000.', message_en: 'The page must be a whole number from 1 to 10000.' }],
    },
  });

export const problemContent = { 'application/problem+json': { schema: ProblemSchema } };
