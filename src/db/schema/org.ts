// The public body (Badan Publik) and its units (SOPD).
import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
  /** Position of the Atasan PPID, named in the penetapan and objection letters (e.g. Sekretaris Daerah). */
  atasanPpidPosition: text('atasan_ppid_position').notNull().default('Sekretaris Daerah'),
  /** The head of the body on whose behalf (a.n.) the Atasan PPID decides consequence tests. */
  headOfBodyTitle: text('head_of_body_title').notNull().default('Wali Kota'),
  /** Expiry reviews (UU KIP Ps 20) open this many days before an exemption ends. */
  exemptionReviewDays: integer('exemption_review_days').notNull().default(30),
  /** Closed requests are anonymised after this many years (null: kept until an operator decides). */
  requestRetentionYears: integer('request_retention_years'),
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
