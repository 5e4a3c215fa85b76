// JSON API for requests for information: submit one, and read its public status by number and code.
// The same domain functions as the web form; the detailed validation (with messages per field in
// Indonesian and English) is the domain's, answered as a 422 problem.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { APPLICANT_TYPES, COPY_FORMATS, DELIVERY_METHODS, OBTAIN_METHODS, REQUEST_EVENT_KINDS, REQUEST_STATUSES } from '../../db/schema/requests.js';
import { DISPUTE_OUTCOMES, DISPUTE_STAGES } from '../../db/schema/disputes.js';
import { OBJECTION_DECISIONS, OBJECTION_STATUSES } from '../../db/schema/objections.js';
import type { RequestInput } from '../../domain/requests/input.js';
import { submitRequest } from '../../domain/requests/submit-request.js';
import { trackRequest } from '../../domain/requests/track-request.js';
import type { Env } from '../types.js';
import { ipHash } from '../routes/requests/form-tokens.js';
import { problemContent } from './schemas.js';
import { problemResponse } from './problem.js';
import { AppError } from '../../errors.js';

const TAG = 'Permohonan informasi';
const en = (text: string) => ({ 'x-description-en': text }) as Record<string, string>;
const str = (description: string, english: string, example?: string) =>
  z
    .string()
    .optional()
    .openapi({ description, ...(example ? { example } : {}), ...en(english) });

const RequestBody = z
  .object({
    applicantType: z.enum(APPLICANT_TYPES).openapi({ description: 'Jenis pemohon.', example: 'perorangan', ...en('Type of applicant.') }),
    name: str('Nama lengkap.', 'Full name.', 'Yohanes Dambung'),
    idNumber: str(
      'NIK 16 angka (perorangan, kelompok) atau nomor SK pengesahan (badan hukum).',
      'NIK (16 digits) or the legal entity’s SK number.',
      '6271031203870004',
    ),
    address: str('Alamat.', 'Address.', 'Jl. Rajawali VII No. 12, Palangka Raya'),
    occupation: str('Pekerjaan.', 'Occupation.'),
    phone: str('Telepon; email atau telepon wajib diisi.', 'Phone; an email or a phone is required.'),
    email: str('Email untuk tanda bukti dan kabar perkembangan.', 'Email for the receipt and updates.', 'warga@contoh.id'),
    proxyName: str('Nama kuasa, bila diajukan oleh kuasa.', 'Name of the proxy, if any.'),
    details: str('Rincian informasi yang dibutuhkan.', 'The information needed.', 'Salinan kontrak pembangunan drainase Jalan G. Obos tahun 2025.'),
    purpose: str('Tujuan penggunaan informasi.', 'What the information is for.', 'Memantau pembangunan.'),
    obtainMethod: z.enum(OBTAIN_METHODS).openapi({ description: 'Cara memperoleh informasi.', example: 'salinan', ...en('How to obtain it.') }),
    copyFormat: z
      .enum(COPY_FORMATS)
      .optional()
      .openapi({ description: 'Bentuk salinan (bila salinan).', ...en('Form of the copy.') }),
    deliveryMethod: z
      .enum(DELIVERY_METHODS)
      .optional()
      .openapi({ description: 'Cara mendapatkan salinan (bila salinan).', ...en('How to receive the copy.') }),
    unit: str('Kode unit kerja yang menguasai informasi, bila diketahui.', 'Code of the agency holding it, if known.'),
    consent: z
      .literal(true)
      .openapi({ description: 'Persetujuan pernyataan dan pemakaian data pribadi.', ...en('Agreement to the statement and to the use of personal data.') }),
  })
  .openapi('RequestSubmission');

const Submitted = z
  .object({
    number: z.string().openapi({ example: '001/PPID/XI/2026' }),
    trackingCode: z.string().openapi({ description: 'Kode rahasia untuk melacak permohonan.', ...en('Secret code to track the request.') }),
    trackingUrl: z.string(),
    receiptUrl: z.string(),
    receivedAt: z.string(),
    dueDate: z.string().openapi({ description: 'Batas pemberitahuan tertulis (TTTT-BB-HH).', ...en('Written notice due (YYYY-MM-DD).') }),
  })
  .openapi('RequestSubmitted');

const M_NUMBER = messageRef('api.registration_number_required_most_100');
const M_CODE = messageRef('api.tracking_code_required_most_100');
const StatusQuery = z.object({
  number: z.string({ error: M_NUMBER }).min(1, { error: M_NUMBER }).max(100, { error: M_NUMBER }).openapi({ example: '001/PPID/XI/2026' }),
  code: z.string({ error: M_CODE }).min(1, { error: M_CODE }).max(100, { error: M_CODE }),
});

const Status = z
  .object({
    number: z.string(),
    status: z.enum(REQUEST_STATUSES),
    receivedAt: z.string(),
    startDate: z.string(),
    dueDate: z.string(),
    unit: z.string().nullable(),
    steps: z.array(z.object({ kind: z.enum(REQUEST_EVENT_KINDS), at: z.string(), note: z.string() })),
    objections: z.array(
      z.object({
        number: z.string(),
        status: z.enum(OBJECTION_STATUSES),
        receivedAt: z.string(),
        dueDate: z.string(),
        decision: z.enum(OBJECTION_DECISIONS).nullable(),
        decidedAt: z.string().nullable(),
      }),
    ),
    dispute: z
      .object({
        commission: z.string(),
        caseNumber: z.string(),
        filedOn: z.string(),
        stage: z.enum(DISPUTE_STAGES),
        outcome: z.enum(DISPUTE_OUTCOMES).nullable(),
        decidedOn: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: 'Sengketa di Komisi Informasi, bila ada.', ...en('The dispute at the Information Commission, if any.') }),
  })
  .openapi('RequestStatus');

const submitRoute = createRoute({
  method: 'post',
  path: '/api/v1/requests',
  operationId: 'submitRequest',
  tags: [TAG],
  summary: 'Ajukan permohonan informasi',
  description:
    'Mendaftarkan permohonan informasi publik (UU 14/2008 Pasal 22). Tanpa akun. Jawaban memuat nomor pendaftaran, kode pelacakan rahasia dan batas waktu pemberitahuan tertulis (10 hari kerja). Dibatasi per alamat jaringan dan per email.',
  'x-summary-en': 'Submit a request for information',
  'x-description-en':
    'Registers a request for public information (Law 14/2008 Art. 22). No account needed. The answer has the registration number, the secret tracking code and the due date of the written notice (10 working days). Limited per network address and per email.',
  request: { body: { required: true, content: { 'application/json': { schema: RequestBody } } } },
  responses: {
    201: { description: 'Permohonan terdaftar.', content: { 'application/json': { schema: Submitted } } },
    400: { description: 'Badan permintaan bukan JSON yang sah.', content: problemContent },
    422: { description: 'Isian tidak lengkap atau tidak sah; pesan per isian.', content: problemContent },
    429: { description: 'Terlalu banyak permohonan dari alamat atau email ini dalam satu jam.', content: problemContent },
  },
});

const statusRoute = createRoute({
  method: 'get',
  path: '/api/v1/requests/status',
  operationId: 'requestStatus',
  tags: [TAG],
  summary: 'Status permohonan',
  description: 'Langkah dan tenggat satu permohonan, dengan nomor pendaftaran dan kode pelacakannya; tanpa data pribadi.',
  'x-summary-en': 'Status of a request',
  'x-description-en': 'The steps and deadlines of one request, by its registration number and tracking code; no personal data.',
  request: { query: StatusQuery },
  responses: {
    200: { description: 'Status permohonan.', content: { 'application/json': { schema: Status } } },
    400: { description: 'Parameter tidak valid.', content: problemContent },
    404: { description: 'Nomor dan kode tidak cocok.', content: problemContent },
  },
});

export function registerRequestApi(app: OpenAPIHono<Env>): void {
  // The body schema documents the fields; the domain validates them fully (with the cross-field rules and
  // messages per field), so this route is registered for the document only and parsed by hand.
  app.openAPIRegistry.registerPath(submitRoute);
  app.post(submitRoute.path, async (c) => {
    const raw = (await c.req.json().catch(() => null)) as unknown;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      const err = new AppError('invalid_json', 400, catalogueMessages('http.objections.request_body_must_json_object'));
      return problemResponse(c, err);
    }
    const locale = c.req.header('accept-language')?.toLowerCase().startsWith('en') ? 'en' : 'id';
    const { request, token, trackingUrl } = await submitRequest(c.get('ctx'), raw as RequestInput, { channel: 'web', ipHash: ipHash(c), locale });
    const base = c.get('deps').config.baseUrl;
    return c.json(
      {
        number: request.number,
        trackingCode: token,
        trackingUrl,
        receiptUrl: `${base}/permohonan/tanda-bukti.pdf?nomor=${encodeURIComponent(request.number)}&kode=${encodeURIComponent(token)}`,
        receivedAt: request.receivedAt.toISOString(),
        dueDate: request.dueDate,
      },
      201,
    );
  });

  app.openapi(statusRoute, async (c) => {
    const q = c.req.valid('query');
    const r = await trackRequest(c.get('ctx'), q.number, q.code);
    c.header('cache-control', 'no-store');
    return c.json(
      {
        number: r.number,
        status: r.status,
        receivedAt: r.receivedAt.toISOString(),
        startDate: r.startDate,
        dueDate: r.dueDate,
        unit: r.unitName,
        steps: r.steps.map((s) => ({ kind: s.kind, at: s.at.toISOString(), note: s.note })),
        objections: r.objections.map((o) => ({
          number: o.number,
          status: o.status,
          receivedAt: o.receivedAt.toISOString(),
          dueDate: o.dueDate,
          decision: o.decision,
          decidedAt: o.decidedAt?.toISOString() ?? null,
        })),
        dispute: r.dispute
          ? {
              commission: r.dispute.commission,
              caseNumber: r.dispute.caseNumber,
              filedOn: r.dispute.filedOn,
              stage: r.dispute.stage,
              outcome: r.dispute.outcome,
              decidedOn: r.dispute.decidedOn,
            }
          : null,
      },
      200,
    );
  });
}
