// The annual public information service report (Laporan Layanan Informasi Publik, Perki 1/2021 Ps 56):
// the parts the PPID Utama writes for each year. The figures are computed from the requests, never stored.
import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

export const annualReportNarratives = pgTable('annual_report_narratives', {
  year: integer('year').primaryKey(),
  /** a. Gambaran umum kebijakan layanan informasi publik. */
  policy: text('policy').notNull().default(''),
  /** b. Gambaran umum pelaksanaan layanan: sarana dan prasarana, sumber daya manusia, anggaran. */
  facilities: text('facilities').notNull().default(''),
  staffing: text('staffing').notNull().default(''),
  budget: text('budget').notNull().default(''),
  /** e. Kendala internal dan eksternal. */
  obstaclesInternal: text('obstacles_internal').notNull().default(''),
  obstaclesExternal: text('obstacles_external').notNull().default(''),
  /** f. Rekomendasi dan rencana tindak lanjut. */
  recommendations: text('recommendations').notNull().default(''),
  followUpPlan: text('follow_up_plan').notNull().default(''),
  /** Who signs the report for that year (officials change between years). */
  ppidName: text('ppid_name').notNull().default(''),
  ppidNip: text('ppid_nip').notNull().default(''),
  atasanName: text('atasan_name').notNull().default(''),
  atasanNip: text('atasan_nip').notNull().default(''),
  /** The date on the signature block; empty: the day the file is made. */
  signedOn: date('signed_on', { mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});
