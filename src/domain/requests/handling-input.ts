// What officers fill in when they handle a request: disposition, a unit's answer, extension and the written
// notice (kip-domain.md §5.4–§5.8). Form input is all strings; messages are Indonesian first.
import { z } from 'zod';
import { DELIVERY_METHODS, COPY_FORMATS } from '../../db/schema/requests.js';
import { REQUEST_OUTCOMES } from '../../db/schema/request-handling.js';
import { parseIsoDate } from '../calendar/dates.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Maksimal ${max} karakter.` });

export const HANDLING_MESSAGES_EN: Record<string, string> = {
  'Pilih minimal satu unit kerja.': 'Choose at least one agency.',
  'Unit kerja tidak dikenal.': 'Unknown agency.',
  'Tuliskan instruksi untuk unit kerja (minimal 5 karakter).': 'Write an instruction for the agency (at least 5 characters).',
  'Tanggal tidak valid; gunakan format TTTT-BB-HH, mis. 2026-03-20.': 'Not a valid date; use the form YYYY-MM-DD, e.g. 2026-03-20.',
  'Tenggat internal tidak boleh melewati batas waktu pemberitahuan tertulis.': 'The internal deadline may not be later than the written notice deadline.',
  'Tenggat internal tidak boleh sebelum hari ini.': 'The internal deadline may not be in the past.',
  'Tuliskan jawaban unit kerja (minimal 5 karakter).': "Write the agency's answer (at least 5 characters).",
  'Disposisi tidak dikenal.': 'Unknown disposition.',
  'Tuliskan alasan perpanjangan (minimal 10 karakter).': 'Give the reason for the extension (at least 10 characters).',
  'Pilih keputusan atas permohonan.': 'Choose the decision on the request.',
  'Nyatakan apakah informasi dikuasai.': 'State whether the information is held.',
  'Informasi yang diberikan harus dikuasai badan publik.': 'Information that is given must be held by the body.',
  'Bila tidak dikuasai, pilih "tidak dikuasai".': 'If it is not held, choose "not held".',
  'Sebutkan informasi yang akan diberikan.': 'Describe the information that will be given.',
  'Sebutkan bagian informasi yang dihitamkan atau dikecualikan.': 'Describe the parts withheld or blacked out.',
  'Tuliskan alasannya.': 'Give the reasons.',
  'Pilih uji konsekuensi yang telah ditetapkan dan masih berlaku (UU KIP Pasal 19).':
    'Choose an approved consequence test that is in force (Law 14/2008 Art. 19).',
  'Uji konsekuensi ini tidak (lagi) berlaku pada tanggal pemberitahuan.': 'This consequence test is not in force on the date of the notice.',
  'Pilih bentuk informasi.': 'Choose the form of the information.',
  'Pilih cara penyampaian.': 'Choose the means of delivery.',
  'Isi angka bulat 0 atau lebih, tanpa titik atau koma.': 'Enter a whole number of 0 or more, without dots or commas.',
  'Isi waktu penyediaan dalam hari kerja.': 'Enter the time to provide it, in working days.',
  'Maksimal 4000 karakter.': 'At most 4000 characters.',
  'Maksimal 2000 karakter.': 'At most 2000 characters.',
  'Maksimal 300 karakter.': 'At most 300 characters.',
};

const isoDate = z
  .string()
  .trim()
  .refine((s) => s === '' || parseIsoDate(s) !== null, { message: 'Tanggal tidak valid; gunakan format TTTT-BB-HH, mis. 2026-03-20.' });

export const ZDispose = z.object({
  unitIds: z.array(z.uuid({ message: 'Unit kerja tidak dikenal.' })).min(1, { message: 'Pilih minimal satu unit kerja.' }),
  instruction: text(2000).min(5, { message: 'Tuliskan instruksi untuk unit kerja (minimal 5 karakter).' }),
  /** Empty: the default, 5 working days before the statutory deadline. */
  internalDueDate: isoDate.default(''),
});
export type DisposeInput = z.input<typeof ZDispose>;

export const ZUnitAnswer = z.object({
  dispositionId: z.uuid({ message: 'Disposisi tidak dikenal.' }),
  answer: text(4000).min(5, { message: 'Tuliskan jawaban unit kerja (minimal 5 karakter).' }),
  note: text(2000).default(''),
});
export type UnitAnswerInput = z.input<typeof ZUnitAnswer>;

export const ZExtend = z.object({
  reason: text(2000).min(10, { message: 'Tuliskan alasan perpanjangan (minimal 10 karakter).' }),
});
export type ExtendInput = z.input<typeof ZExtend>;

const INT = /^\d{1,9}$/;
const amount = z
  .string()
  .trim()
  .refine((s) => s === '' || INT.test(s), { message: 'Isi angka bulat 0 atau lebih, tanpa titik atau koma.' })
  .transform((s) => (s === '' ? 0 : Number(s)));

const ZResponseBase = z.object({
  outcome: z.enum(REQUEST_OUTCOMES, { message: 'Pilih keputusan atas permohonan.' }),
  held: z.enum(['ya', 'tidak'], { message: 'Nyatakan apakah informasi dikuasai.' }),
  holderBody: text(300).default(''),
  materialGiven: text(4000).default(''),
  materialWithheld: text(4000).default(''),
  reason: text(4000).default(''),
  /** The approved consequence test a refusal or partial grant rests on; it supplies the ground and the summary. */
  consequenceTestId: z.string().trim().max(36).default(''),
  format: z.union([z.literal(''), z.enum(COPY_FORMATS, { message: 'Pilih bentuk informasi.' })]).default(''),
  delivery: z.union([z.literal(''), z.enum(DELIVERY_METHODS, { message: 'Pilih cara penyampaian.' })]).default(''),
  sheets: amount.default(0),
  tariff: amount.default(0),
  deliveryCost: amount.default(0),
  paymentMethod: text(300).default(''),
  provideWorkingDays: z
    .string()
    .trim()
    .refine((s) => s === '' || /^\d{1,3}$/.test(s), { message: 'Isi angka bulat 0 atau lebih, tanpa titik atau koma.' })
    .default(''),
  internalNote: text(2000).default(''),
});
export type ResponseInput = z.input<typeof ZResponseBase>;

const granted = (o: unknown) => o === 'diberikan_seluruhnya' || o === 'diberikan_sebagian';

/** The checks across fields, on the raw input, so that every problem shows at once (field -> message). */
export function responseIssues(raw: Partial<Record<keyof ResponseInput, unknown>>): Record<string, string> {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const out: Record<string, string> = {};
  const o = raw.outcome;
  if (granted(o)) {
    if (str(raw.held) === 'tidak') out.held = 'Informasi yang diberikan harus dikuasai badan publik.';
    if (!str(raw.materialGiven)) out.materialGiven = 'Sebutkan informasi yang akan diberikan.';
    if (!str(raw.format)) out.format = 'Pilih bentuk informasi.';
    if (!str(raw.delivery)) out.delivery = 'Pilih cara penyampaian.';
    if (!str(raw.provideWorkingDays)) out.provideWorkingDays = 'Isi waktu penyediaan dalam hari kerja.';
  }
  if (o === 'diberikan_sebagian') {
    if (!str(raw.materialWithheld)) out.materialWithheld = 'Sebutkan bagian informasi yang dihitamkan atau dikecualikan.';
    if (!str(raw.reason)) out.reason = 'Tuliskan alasannya.';
    if (!str(raw.consequenceTestId)) out.consequenceTestId = 'Pilih uji konsekuensi yang telah ditetapkan dan masih berlaku (UU KIP Pasal 19).';
  }
  // A refusal always cites an approved consequence test (UU KIP Ps 19; docs/exemptions.md).
  if (o === 'ditolak_dikecualikan') {
    if (str(raw.held) === 'tidak') out.held = 'Bila tidak dikuasai, pilih "tidak dikuasai".';
    if (!str(raw.consequenceTestId)) out.consequenceTestId = 'Pilih uji konsekuensi yang telah ditetapkan dan masih berlaku (UU KIP Pasal 19).';
    if (!str(raw.reason)) out.reason = 'Tuliskan alasannya.';
  }
  if (o === 'belum_didokumentasikan' && !str(raw.reason)) out.reason = 'Tuliskan alasannya.';
  return out;
}

export const ZResponse = ZResponseBase.superRefine((v, ctx) => {
  for (const [path, message] of Object.entries(responseIssues(v))) ctx.addIssue({ code: 'custom', path: [path], message });
}).transform((v) => {
  const give = granted(v.outcome);
  return {
    outcome: v.outcome,
    // "Not held" is what the outcome says; otherwise the officer's statement.
    held: v.outcome === 'tidak_dikuasai' ? false : v.held === 'ya',
    holderBody: v.outcome === 'tidak_dikuasai' ? v.holderBody : '',
    materialGiven: give ? v.materialGiven : '',
    materialWithheld: v.outcome === 'diberikan_sebagian' || v.outcome === 'ditolak_dikecualikan' ? v.materialWithheld : '',
    reason: v.reason,
    consequenceTestId: (v.outcome === 'diberikan_sebagian' || v.outcome === 'ditolak_dikecualikan') && v.consequenceTestId ? v.consequenceTestId : null,
    format: give && v.format ? v.format : null,
    delivery: give && v.delivery ? v.delivery : null,
    sheets: give ? v.sheets : 0,
    tariff: give ? v.tariff : 0,
    deliveryCost: give ? v.deliveryCost : 0,
    // biaya = lembar × tarif + ongkos kirim (kip-domain.md §5.8)
    totalCost: give ? v.sheets * v.tariff + v.deliveryCost : 0,
    paymentMethod: give ? v.paymentMethod : '',
    provideWorkingDays: give && v.provideWorkingDays !== '' ? Number(v.provideWorkingDays) : null,
    internalNote: v.internalNote,
  };
});
export type ParsedResponse = z.output<typeof ZResponse>;
