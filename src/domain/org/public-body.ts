// The public body's profile (name, address, logo, PPID contact, service hours).
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { blobs, publicBody } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { DEFAULT_TIME_ZONE, INDONESIAN_TIME_ZONES } from '../calendar/dates.js';
import { ZOptionalEmail } from '../units/units.js';
import { LETTER_TYPES } from './signer.js';

export type PublicBody = typeof publicBody.$inferSelect;

export async function getPublicBody(db: DbOrTx): Promise<PublicBody | undefined> {
  const [row] = await db.select().from(publicBody).where(eq(publicBody.id, 1));
  return row;
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: messageRef('validation.at_most_characters', { max }) });

const nip = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(z.union([z.literal(''), z.string().regex(/^\d{18}$/, { message: messageRef('validation.nip_has_18_digits_left_empty') })]))
  .default('');

export const ZSignerSetting = z.object({ name: text(200).default(''), position: text(200).default(''), nip, onBehalfOf: text(200).default('') });

export const ZPublicBody = z.object({
  name: text(200).min(3, { message: messageRef('validation.name_public_body_required_least_3') }),
  shortName: text(60).default(''),
  address: text(500).default(''),
  phone: text(60).default(''),
  email: ZOptionalEmail,
  website: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .url({ message: messageRef('validation.website_full_url_https') }),
    ])
    .default(''),
  ppidContactName: text(200).default(''),
  ppidContactEmail: ZOptionalEmail,
  ppidContactPhone: text(60).default(''),
  serviceHours: text(1000).default(''),
  agencyOfficerLabel: z.enum(['PPID Pembantu', 'PPID Pelaksana']).default('PPID Pembantu'),
  // Left empty: the default pattern and closing time.
  requestNumberPattern: z
    .string()
    .trim()
    .max(80, { message: 'Maksimal 80 karakter.' })
    .transform((p) => p || '{nomor}/PPID/{bulan}/{tahun}')
    .refine((p) => p.includes('{nomor}') && p.includes('{tahun}'), { message: 'Pola harus memuat {nomor} dan {tahun}, agar nomor tidak terulang.' })
    .refine((p) => !/\{(?!nomor\}|tahun\}|bulan\}|bulan2\})/.test(p), { message: 'Penanda yang dikenal hanya {nomor}, {tahun}, {bulan} dan {bulan2}.' })
    .default('{nomor}/PPID/{bulan}/{tahun}'),
  // The zone of every date the body shows and counts (letters, pages, deadlines, closing time): WIB, WITA or WIT.
  timeZone: z
    .string()
    .trim()
    .transform((t) => t || DEFAULT_TIME_ZONE)
    .pipe(z.enum(INDONESIAN_TIME_ZONES, { message: 'Pilih zona waktu: WIB, WITA atau WIT.' }))
    .default(DEFAULT_TIME_ZONE),
  serviceClosingTime: z
    .string()
    .trim()
    .transform((t) => t || '16:00')
    .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Isi jam dengan format JJ:MM, mis. 16:00.' }))
    .default('16:00'),
  // Who decides consequence tests and on whose behalf (kip-domain.md §4.4), and when expiry reviews open.
  atasanPpidPosition: text(200)
    .transform((t) => t || 'Sekretaris Daerah')
    .default('Sekretaris Daerah'),
  headOfBodyTitle: text(100)
    .transform((t) => t || 'Wali Kota')
    .default('Wali Kota'),
  ppidPosition: text(200).default(''),
  ppidNip: nip,
  atasanPpidName: text(200).default(''),
  atasanPpidNip: nip,
  headOfBodyName: text(200).default(''),
  headOfBodyNip: nip,
  penetapanApprover: z
    .string()
    .transform((v) => v || 'atas_nama')
    .pipe(z.enum(['atas_nama', 'kepala'], { message: messageRef('validation.choose_who_approves_decision') }))
    .default('atas_nama'),
  atasanLetterheadUnit: text(200).default(''),
  komisiInformasi: text(200).default(''),
  // A checkbox: '1' when ticked, absent otherwise.
  unitsRecordIntake: z
    .union([z.boolean(), z.string()])
    .transform((v) => v === true || v === '1')
    .default(false),
  // Per letter type (src/domain/org/signer.ts LETTER_TYPES); a type left empty uses the defaults.
  letterSigners: z
    .partialRecord(z.enum(LETTER_TYPES), ZSignerSetting)
    .transform((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v.name || v.position || v.nip || v.onBehalfOf)))
    .default({}),
  exemptionReviewDays: z
    .union([z.number(), z.string().trim()])
    .transform((v) => (v === '' ? 30 : Number(v)))
    .pipe(
      z
        .number({ message: messageRef('validation.enter_number_days_from_1_365') })
        .int({ message: messageRef('validation.enter_number_days_from_1_365') })
        .min(1, { message: messageRef('validation.enter_number_days_from_1_365') })
        .max(365, { message: messageRef('validation.enter_number_days_from_1_365') }),
    )
    .default(30),
  // objections: working days to carry out a granted objection when the decision names none (the law sets none).
  objectionFollowUpWorkingDays: z
    .union([z.number(), z.string().trim()])
    .transform((v) => (v === '' ? 10 : Number(v)))
    .pipe(
      z
        .number({ message: messageRef('validation.enter_number_working_days_from_1') })
        .int({ message: messageRef('validation.enter_number_working_days_from_1') })
        .min(1, { message: messageRef('validation.enter_number_working_days_from_1') })
        .max(60, { message: messageRef('validation.enter_number_working_days_from_1') }),
    )
    .default(10),
});

export async function updatePublicBody(ctx: Ctx, raw: z.input<typeof ZPublicBody>): Promise<void> {
  authorize(ctx.actor, 'org.manage');
  const input = ZPublicBody.parse(raw);
  await inTransaction(ctx, async (t) => {
    const before = await getPublicBody(t.db);
    const now = t.clock.now();
    await t.db
      .insert(publicBody)
      .values({ id: 1, ...input, updatedAt: now })
      .onConflictDoUpdate({ target: publicBody.id, set: { ...input, updatedAt: now } });
    await recordAudit(t, { action: 'org.updated', entityType: 'public_body', entityId: '1', before: before ? strip(before) : null, after: input });
  });
}

function strip(b: PublicBody): Record<string, unknown> {
  const { updatedAt: _u, id: _i, ...rest } = b;
  return rest;
}

const LOGO_TYPES: { mime: string; test: (b: Uint8Array) => boolean }[] = [
  { mime: 'image/png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/webp', test: (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP' },
];
export const LOGO_MAX_BYTES = 1024 * 1024;

/** Sniffs the logo's type from its bytes: the file name and the browser's claim are not trusted. */
export function sniffLogo(bytes: Uint8Array): string | null {
  return LOGO_TYPES.find((t) => t.test(bytes))?.mime ?? null;
}

export async function setLogo(ctx: Ctx, bytes: Uint8Array): Promise<void> {
  authorize(ctx.actor, 'org.manage');
  if (bytes.byteLength > LOGO_MAX_BYTES) {
    throw new AppError('logo_too_large', 413, catalogueMessages('org.public-body.logo_too_large_most_1'));
  }
  const mime = sniffLogo(bytes);
  if (!mime) {
    throw new AppError('logo_bad_type', 415, catalogueMessages('org.public-body.logo_must_png_jpeg_webp'));
  }
  const { sha256, size } = await ctx.blobs.put(bytes);
  await inTransaction(ctx, async (t) => {
    const before = await getPublicBody(t.db);
    if (!before) throw new AppError('no_public_body', 409, catalogueMessages('org.public-body.fill_public_body_profile_first'));
    await t.db.insert(blobs).values({ sha256, size, mime }).onConflictDoNothing();
    await t.db.update(publicBody).set({ logoSha256: sha256, logoMime: mime, updatedAt: t.clock.now() }).where(eq(publicBody.id, 1));
    await recordAudit(t, {
      action: 'org.logo_changed',
      entityType: 'public_body',
      entityId: '1',
      before: { logo: before.logoSha256 },
      after: { logo: sha256 },
    });
  });
}
