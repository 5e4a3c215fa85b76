// JSON API for objections (keberatan, UU KIP Ps 35–36): file one on a request with its registration
// number and tracking code. The same domain function as the standalone web form; the validation (with
// messages per field in Indonesian and English) is the domain's, answered as a 422 problem.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { OBJECTION_GROUNDS, OBJECTION_STATUSES } from '../../db/schema/objections.js';
import { fileObjectionByCode, type ObjectionEntry } from '../../domain/objections/objections.js';
import { trackingUrl } from '../../domain/requests/submit-request.js';
import { AppError } from '../../errors.js';
import type { Env } from '../types.js';
import { problemResponse } from './problem.js';
import { problemContent } from './schemas.js';

const TAG = 'Permohonan informasi';
const en = (text: string) => ({ 'x-description-en': text }) as Record<string, string>;

const ObjectionBody = z
  .object({
    number: z.string().openapi({ description: 'Nomor pendaftaran permohonan.', example: '001/PPID/III/2026', ...en('Registration number of the request.') }),
    code: z
      .string()
      .openapi({ description: 'Kode pelacakan rahasia dari tanda bukti permohonan.', ...en('The secret tracking code from the request receipt.') }),
    grounds: z
      .array(z.enum(OBJECTION_GROUNDS))
      .min(1)
      .openapi({
        description:
          'Alasan keberatan menurut UU 14/2008 Pasal 35 ayat (1), minimal satu: a penolakan_pasal17, b berkala_tidak_disediakan, c tidak_ditanggapi, d tidak_sesuai_permintaan, e tidak_dipenuhi, f biaya_tidak_wajar, g melebihi_jangka_waktu.',
        example: ['tidak_ditanggapi'],
        ...en('Grounds under Law 14/2008 Art. 35(1), at least one (letters a–g as listed).'),
      }),
    caseSummary: z.string().openapi({
      description: 'Kasus posisi: apa yang terjadi dan apa yang diharapkan (minimal 20 karakter).',
      example: 'Permohonan saya belum dijawab sampai batas waktunya lewat.',
      ...en('What happened and what the applicant expects (at least 20 characters).'),
    }),
    proxyName: z
      .string()
      .optional()
      .openapi({ description: 'Nama kuasa, bila diajukan oleh kuasa (dengan surat kuasa khusus).', ...en('Name of the proxy, if a proxy files it.') }),
  })
  .openapi('ObjectionSubmission');

const Filed = z
  .object({
    number: z.string().openapi({ description: 'Nomor registrasi keberatan.', example: '001/KEB/IV/2026', ...en('Registration number of the objection.') }),
    requestNumber: z.string().openapi({ example: '001/PPID/III/2026' }),
    status: z.enum(OBJECTION_STATUSES),
    receivedAt: z.string(),
    dueDate: z
      .string()
      .openapi({ description: 'Batas tanggapan tertulis Atasan PPID (TTTT-BB-HH).', ...en("The Atasan PPID's written answer is due (YYYY-MM-DD).") }),
    trackingUrl: z.string(),
  })
  .openapi('ObjectionFiled');

const fileRoute = createRoute({
  method: 'post',
  path: '/api/v1/objections',
  operationId: 'fileObjection',
  tags: [TAG],
  summary: 'Ajukan keberatan',
  description:
    'Mengajukan keberatan kepada Atasan PPID atas sebuah permohonan (UU 14/2008 Pasal 35–36), dengan nomor pendaftaran dan kode pelacakan permohonan. Dapat diajukan dalam 30 hari kerja setelah pemberitahuan tertulis, atau setelah batas waktu jawaban lewat tanpa jawaban; satu keberatan diperiksa pada satu waktu. Nomor yang tidak dikenal dan kode yang salah dijawab sama (404).',
  'x-summary-en': 'File an objection',
  'x-description-en':
    'Files an objection with the Atasan PPID on a request (Law 14/2008 Art. 35–36), by the request’s registration number and tracking code. Possible within 30 working days of the written notice, or of the lapse of the answer deadline; one objection is examined at a time. An unknown number and a wrong code get the same answer (404).',
  request: { body: { required: true, content: { 'application/json': { schema: ObjectionBody } } } },
  responses: {
    201: { description: 'Keberatan terdaftar.', content: { 'application/json': { schema: Filed } } },
    400: { description: 'Badan permintaan bukan objek JSON.', content: problemContent },
    404: { description: 'Nomor pendaftaran dan kode pelacakan tidak cocok.', content: problemContent },
    409: { description: 'Di luar jangka waktu keberatan, atau keberatan lain masih diperiksa.', content: problemContent },
    422: { description: 'Isian tidak lengkap atau tidak sah; pesan per isian.', content: problemContent },
  },
});

export function registerObjectionApi(app: OpenAPIHono<Env>): void {
  // Documented by the schema above; validated fully by the domain (messages per field, both languages).
  app.openAPIRegistry.registerPath(fileRoute);
  app.post(fileRoute.path, async (c) => {
    const raw = (await c.req.json().catch(() => null)) as unknown;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      return problemResponse(c, new AppError('invalid_json', 400, catalogueMessages('http.objections.request_body_must_json_object')));
    }
    const { objection, request } = await fileObjectionByCode(c.get('ctx'), raw as ObjectionEntry);
    const code = String((raw as { code?: unknown }).code ?? '').trim();
    c.header('cache-control', 'no-store');
    return c.json(
      {
        number: objection.number,
        requestNumber: request.number,
        status: objection.status,
        receivedAt: objection.receivedAt.toISOString(),
        dueDate: objection.dueDate,
        trackingUrl: trackingUrl(c.get('deps').config.baseUrl, request.number, code),
      },
      201,
    );
  });
}
