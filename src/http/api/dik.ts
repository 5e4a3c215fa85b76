// GET /api/v1/dik: the public register of exempt information (DIK) as JSON, described in the OpenAPI
// document. The same public columns as the portal page, nothing of the information itself.
import { messageRef } from '../../i18n/catalogue.js';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { units } from '../../db/schema/index.js';
import { dikToday, listDik, toApiDik } from '../../domain/exemptions/dik.js';
import { errors } from '../../errors.js';
import type { Env } from '../types.js';
import { problemContent } from './schemas.js';

const en = (text: string) => ({ 'x-description-en': text }) as Record<string, string>;

const M_UNIT = messageRef('api.unit_code_has_2_40');

const ZDikQuery = z.object({
  unit: z
    .string({ error: M_UNIT })
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, { error: M_UNIT })
    .optional()
    .openapi({ description: 'Kode unit kerja (lihat /api/v1/units).', example: 'dinkes', ...en('Unit code (see /api/v1/units).') }),
});

const Bilingual = z.object({ id: z.string(), en: z.string() });

const DikItemSchema = z
  .object({
    number: z.string().openapi({ description: 'Nomor surat penetapan klasifikasi.', ...en('Number of the classification decision.') }),
    decisionDate: z.iso.date().openapi({ description: 'Tanggal penetapan.', ...en('Date of the decision.') }),
    title: z
      .string()
      .openapi({ description: 'Judul informasi yang dikecualikan, ditulis untuk publik.', ...en('Title of the exempt information, written for the public.') }),
    consequenceSummary: z.string().openapi({ description: 'Ringkasan konsekuensi bila informasi dibuka.', ...en('Summary of the consequence if opened.') }),
    partial: z.boolean().openapi({ description: 'true: dikecualikan sebagian.', ...en('true: exempt in part.') }),
    unit: z.object({ code: z.string(), name: z.string(), url: z.url() }),
    ground: z.object({
      letter: z.string().openapi({ description: 'Huruf UU 14/2008 Pasal 17 (a–j).', ...en('Letter of Art. 17 (a–j).') }),
      subpoint: z
        .int()
        .nullable()
        .openapi({ description: 'Angka di bawah huruf, bila ada.', ...en('Sub-point of the letter, if any.') }),
      reference: z.string(),
      label: Bilingual,
    }),
    legalBasis: z.object({ regulation: z.string(), article: z.string(), text: z.string() }),
    period: z.object({
      start: z.iso.date(),
      end: z.iso
        .date()
        .nullable()
        .openapi({ description: 'null: tanpa batas waktu (hanya huruf g dan h).', ...en('null: without end (letters g and h only).') }),
    }),
  })
  .openapi('ExemptInformation');

const DikListSchema = z
  .object({
    date: z.iso.date().openapi({ description: 'Tanggal daftar ini berlaku.', ...en('The date the list is for.') }),
    total: z.int(),
    items: z.array(DikItemSchema),
  })
  .openapi('ExemptInformationList', {
    example: {
      date: '2026-03-20',
      total: 1,
      items: [
        {
          number: '001/PENETAPAN/PPID/III/2026',
          decisionDate: '2026-03-20',
          title: 'Rekam medis pasien rumah sakit daerah',
          consequenceSummary: 'Membuka rekam medis perorangan mengungkap rahasia pribadi tentang kesehatan pasien.',
          partial: false,
          unit: { code: 'dinkes', name: 'Dinas Kesehatan', url: 'https://ppid.contoh.go.id/unit/dinkes/informasi-dikecualikan' },
          ground: {
            letter: 'h',
            subpoint: 2,
            reference: 'Pasal 17 huruf h angka 2',
            label: { id: 'mengungkap rahasia pribadi: riwayat, kondisi dan perawatan…', en: 'would reveal personal secrets: the history, condition, care…' },
          },
          legalBasis: {
            regulation: 'UU No. 17 Tahun 2023 tentang Kesehatan',
            article: 'Pasal 4 ayat (1) huruf i',
            text: 'UU No. 17 Tahun 2023 tentang Kesehatan, Pasal 4 ayat (1) huruf i',
          },
          period: { start: '2026-03-01', end: '2031-02-28' },
        },
      ],
    },
  });

const dikRoute = createRoute({
  method: 'get',
  path: '/api/v1/dik',
  operationId: 'listExemptInformation',
  tags: ['Daftar Informasi yang Dikecualikan'],
  summary: 'Daftar informasi yang dikecualikan',
  description:
    'Informasi yang dikecualikan (UU 14/2008 Pasal 17) berdasarkan uji konsekuensi yang ditetapkan dan masih dalam jangka waktu pengecualian hari ini: judul untuk publik, unit, dasar pengecualian, dasar hukum, ringkasan konsekuensi, jangka waktu dan nomor penetapan. Isi informasinya tidak pernah disertakan.',
  'x-summary-en': 'List exempt information',
  'x-description-en':
    'Information exempt under Art. 17 of Law 14/2008 by an approved consequence test whose period runs today: public title, unit, ground, legal basis, summary of the consequence, period and decision number. The information itself is never included.',
  request: { query: ZDikQuery },
  responses: {
    200: { description: 'Seluruh daftar (tanpa halaman).', content: { 'application/json': { schema: DikListSchema } } },
    400: { description: 'Parameter tidak valid.', content: problemContent },
    404: { description: 'Unit tidak dikenal.', content: problemContent },
  },
});

export function registerDikApi(app: OpenAPIHono<Env>): void {
  app.openapi(dikRoute, async (c) => {
    const { unit: code } = c.req.valid('query');
    const ctx = c.get('ctx');
    const [unit] = code ? await ctx.db.select({ id: units.id }).from(units).where(eq(units.code, code)) : [];
    if (code && !unit) throw errors.notFound();
    const { today } = await dikToday(ctx);
    const baseUrl = c.get('deps').config.baseUrl.replace(/\/+$/, '');
    const rows = await listDik(ctx.db, { today, unitId: unit?.id });
    return c.json({ date: today, total: rows.length, items: rows.map((r) => toApiDik(r, baseUrl)) }, 200);
  });
}
