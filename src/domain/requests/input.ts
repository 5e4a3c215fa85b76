// What a citizen fills in to request information: the fields of the Perki 1/2010 and Perki 1/2021-era
// forms (kip-domain.md §5.2), validated with messages a citizen understands.
import { z } from 'zod';
import { APPLICANT_TYPES, DELIVERY_METHODS, OBTAIN_METHODS, COPY_FORMATS } from '../../db/schema/requests.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Maksimal ${max} karakter.` });

export const REQUEST_MESSAGES_EN: Record<string, string> = {
  'Pilih jenis pemohon.': 'Choose the type of applicant.',
  'Nama lengkap wajib diisi.': 'Your full name is required.',
  'NIK terdiri dari 16 angka, seperti pada KTP.': 'A NIK has 16 digits, as on the identity card (KTP).',
  'Nomor SK pengesahan badan hukum wajib diisi.': 'The number of the legal entity’s deed of approval (SK pengesahan) is required.',
  'Alamat wajib diisi.': 'Your address is required.',
  'Isi email atau nomor telepon, agar PPID dapat menghubungi Anda.': 'Give an email address or a phone number, so that the PPID can reach you.',
  'Nomor telepon hanya berisi angka, spasi, +, - atau tanda kurung.': 'A phone number contains only digits, spaces, +, - or brackets.',
  'Rincian informasi yang dibutuhkan wajib diisi (minimal 10 karakter).': 'Describe the information you need (at least 10 characters).',
  'Tujuan penggunaan informasi wajib diisi.': 'State what you will use the information for.',
  'Pilih cara memperoleh informasi.': 'Choose how you want to obtain the information.',
  'Pilih bentuk salinan.': 'Choose the form of the copy.',
  'Pilih cara mendapatkan salinan.': 'Choose how you want to receive the copy.',
  'Isi alamat email untuk pengiriman salinan lewat email.': 'Give an email address to receive the copy by email.',
  'Anda perlu menyetujui pernyataan ini untuk mengajukan permohonan.': 'You need to agree to this statement to submit the request.',
  'Unit tidak dikenal.': 'Unknown agency.',
};

const ZRequestBase = z.object({
  applicantType: z.enum(APPLICANT_TYPES, { message: 'Pilih jenis pemohon.' }),
  name: text(200).min(2, { message: 'Nama lengkap wajib diisi.' }),
  idNumber: text(100),
  address: text(500).min(5, { message: 'Alamat wajib diisi.' }),
  occupation: text(120).default(''),
  phone: text(40)
    .regex(/^[0-9+()\s-]*$/, { message: 'Nomor telepon hanya berisi angka, spasi, +, - atau tanda kurung.' })
    .default(''),
  email: z.union([z.literal(''), z.string().trim().toLowerCase().max(254).email({ message: 'Format email tidak valid.' })]).default(''),
  proxyName: text(200).default(''),
  details: text(4000).min(10, { message: 'Rincian informasi yang dibutuhkan wajib diisi (minimal 10 karakter).' }),
  purpose: text(2000).min(3, { message: 'Tujuan penggunaan informasi wajib diisi.' }),
  obtainMethod: z.enum(OBTAIN_METHODS, { message: 'Pilih cara memperoleh informasi.' }),
  copyFormat: z.union([z.literal(''), z.enum(COPY_FORMATS, { message: 'Pilih bentuk salinan.' })]).default(''),
  deliveryMethod: z.union([z.literal(''), z.enum(DELIVERY_METHODS, { message: 'Pilih cara mendapatkan salinan.' })]).default(''),
  /** The unit's code, when the applicant knows which agency holds the information. */
  unit: text(60).default(''),
  consent: z.boolean(),
});

/**
 * The checks that involve more than one field, on the raw input: they run even when other fields are wrong,
 * so that a citizen sees every problem of the form at once (field name -> message).
 */
export function crossFieldIssues(raw: Partial<Record<keyof z.input<typeof ZRequestBase>, unknown>>): Record<string, string> {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const out: Record<string, string> = {};
  const idNumber = str(raw.idNumber);
  if (raw.applicantType === 'badan_hukum') {
    if (idNumber.length < 3) out.idNumber = 'Nomor SK pengesahan badan hukum wajib diisi.';
  } else if (!/^\d{16}$/.test(idNumber.replace(/[\s.-]/g, ''))) {
    out.idNumber = 'NIK terdiri dari 16 angka, seperti pada KTP.';
  }
  if (!str(raw.email) && !str(raw.phone)) out.email = 'Isi email atau nomor telepon, agar PPID dapat menghubungi Anda.';
  if (raw.obtainMethod === 'salinan') {
    if (!str(raw.copyFormat)) out.copyFormat = 'Pilih bentuk salinan.';
    if (!str(raw.deliveryMethod)) out.deliveryMethod = 'Pilih cara mendapatkan salinan.';
    if (str(raw.deliveryMethod) === 'email' && !str(raw.email)) out.email = 'Isi alamat email untuk pengiriman salinan lewat email.';
  }
  if (raw.consent !== true) out.consent = 'Anda perlu menyetujui pernyataan ini untuk mengajukan permohonan.';
  return out;
}

export const ZRequestInput = ZRequestBase.superRefine((v, ctx) => {
  for (const [path, message] of Object.entries(crossFieldIssues(v))) ctx.addIssue({ code: 'custom', path: [path], message });
}).transform((v) => ({
  ...v,
  idNumber: v.applicantType === 'badan_hukum' ? v.idNumber : v.idNumber.replace(/[\s.-]/g, ''),
  // Seeing the information in person needs no copy.
  copyFormat: v.obtainMethod === 'salinan' && v.copyFormat ? v.copyFormat : null,
  deliveryMethod: v.obtainMethod === 'salinan' && v.deliveryMethod ? v.deliveryMethod : null,
}));

export type RequestInput = z.input<typeof ZRequestInput>;
export type ParsedRequest = z.output<typeof ZRequestInput>;
