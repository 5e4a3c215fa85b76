// The public body (Badan Publik) and its units (SOPD).
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Who signs one kind of letter, as configured in the profile; an empty field falls back (src/domain/org/signer.ts). */
export type SignerSetting = { name?: string; position?: string; nip?: string; onBehalfOf?: string };

export const publicBody = pgTable('public_body', {
  id: integer('id').primaryKey().default(1),
  name: text('name').notNull(),
  shortName: text('short_name').notNull().default(''),
  address: text('address').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  website: text('website').notNull().default(''),
  logoSha256: text('logo_sha256'),
  logoMime: text('logo_mime'),
  ppidContactName: text('ppid_contact_name').notNull().default(''),
  ppidContactEmail: text('ppid_contact_email').notNull().default(''),
  ppidContactPhone: text('ppid_contact_phone').notNull().default(''),
  serviceHours: text('service_hours').notNull().default(''),
  timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
  agencyOfficerLabel: text('agency_officer_label').notNull().default('PPID Pembantu'),
  /** Registration numbers of requests: {nomor} (3 digits), {tahun}, {bulan} (Roman month), {bulan2} (01–12). */
  requestNumberPattern: text('request_number_pattern').notNull().default('{nomor}/PPID/{bulan}/{tahun}'),
  /** Requests received after this time (HH:MM, body's time zone) count from the next working day. */
  serviceClosingTime: text('service_closing_time').notNull().default('16:00'),
  /** Whether a unit's PPID Pembantu may enter requests received at its own office (walk-in, letter...); off by default. */
  unitsRecordIntake: boolean('units_record_intake').notNull().default(false),
  /** Position of the Atasan PPID, named in the penetapan and objection letters (e.g. Sekretaris Daerah). */
  atasanPpidPosition: text('atasan_ppid_position').notNull().default('Sekretaris Daerah'),
  /** The head of the body on whose behalf (a.n.) the Atasan PPID decides consequence tests. */
  headOfBodyTitle: text('head_of_body_title').notNull().default('Wali Kota'),
  /** The PPID official (jabatan), the NIP of the PPID named in ppidContactName. */
  ppidPosition: text('ppid_position').notNull().default(''),
  ppidNip: text('ppid_nip').notNull().default(''),
  /** The Atasan PPID (name and NIP) when no deciding officer is recorded on a case. */
  atasanPpidName: text('atasan_ppid_name').notNull().default(''),
  atasanPpidNip: text('atasan_ppid_nip').notNull().default(''),
  /** The head of the body (pimpinan), who approves the penetapan of exempt information (Perki 1/2017 Ps 4(3)). */
  headOfBodyName: text('head_of_body_name').notNull().default(''),
  headOfBodyNip: text('head_of_body_nip').notNull().default(''),
  /** Who approves a penetapan: the head in person ('kepala') or the Atasan PPID on the head's behalf ('atas_nama'). */
  penetapanApprover: text('penetapan_approver').$type<'kepala' | 'atas_nama'>().notNull().default('atas_nama'),
  /** The unit line of the Atasan PPID's own letterhead; empty: derived from the position (letterhead.ts). */
  atasanLetterheadUnit: text('atasan_letterhead_unit').notNull().default(''),
  /** The Komisi Informasi competent for disputes with this body (UU KIP Ps 37); empty: derived from the address. */
  komisiInformasi: text('komisi_informasi').notNull().default(''),
  /** Signer per letter type (LETTER_TYPES in src/domain/org/signer.ts); a missing type uses the defaults. */
  letterSigners: jsonb('letter_signers').$type<Record<string, SignerSetting>>().notNull().default({}),
  /** Expiry reviews (UU KIP Ps 20) open this many days before an exemption ends. */
  exemptionReviewDays: integer('exemption_review_days').notNull().default(30),
  /** Closed requests are anonymised after this many years (null: kept until an operator decides). */
  requestRetentionYears: integer('request_retention_years'),
  /**
   * Working days the PPID has to give the information after the Atasan PPID grants an objection, when the
   * decision names no period of its own: UU KIP sets none (kip-domain.md §6.5), so the body decides; 10 mirrors
   * the response period of Ps 22(7).
   */
  objectionFollowUpWorkingDays: integer('objection_follow_up_working_days').notNull().default(10),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const units = pgTable('units', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull().default(''),
  isPpidUtama: boolean('is_ppid_utama').notNull().default(false),
  address: text('address').notNull().default(''),
  email: text('email').notNull().default(''),
  phone: text('phone').notNull().default(''),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
