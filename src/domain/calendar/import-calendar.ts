// Importing a year's national holidays and cuti bersama: a preview of what the file adds, changes and
// already finds on record, then one transaction that applies exactly that preview (or nothing).
//
// The confirm step carries the parsed days back (the web form, as a hidden field) with a token: the sha256 of
// the planned changes and of the calendar rows they were planned against. Applying plans again inside the
// transaction and refuses (409) when the token differs, i.e. when the calendar changed since the preview.
// Local holidays (libur lokal) are never changed by an import.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { createHash } from 'node:crypto';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { nonWorkingDays } from '../../db/schema/index.js';
import { errors, type Messages } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { parseIsoDate, yearOf } from './dates.js';
import type { ImportedDay, ParsedCalendarFile, RejectedLine } from './import-file.js';
import { recomputeOpenDeadlines } from './on-calendar-changed.js';

type Row = typeof nonWorkingDays.$inferSelect;
export type PlannedDay = { date: string; kind: ImportedDay['kind']; name: string };
export type CalendarImportPlan = {
  years: number[];
  source: string;
  filename: string;
  add: PlannedDay[];
  change: { id: string; before: PlannedDay & { source: string }; after: PlannedDay }[];
  present: PlannedDay[];
  rejected: RejectedLine[];
  token: string;
};

/** What the confirm step sends back: the days of the file, the legal basis and the file's name. */
export const ZImportPayload = z.object({
  source: z.string().trim().max(500),
  filename: z.string().max(255),
  days: z
    .array(
      z.object({
        date: z.string().refine((s) => parseIsoDate(s) !== null),
        kind: z.enum(['libur_nasional', 'cuti_bersama']),
        name: z.string().trim().min(3).max(200),
      }),
    )
    .min(1)
    .max(200),
});
export type ImportPayload = z.infer<typeof ZImportPayload>;

const sameName = (a: string, b: string) => a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

async function rowsOfYears(ctx: Ctx, years: number[]): Promise<Row[]> {
  if (!years.length) return [];
  return ctx.db
    .select()
    .from(nonWorkingDays)
    .where(and(gte(nonWorkingDays.date, `${Math.min(...years)}-01-01`), lte(nonWorkingDays.date, `${Math.max(...years)}-12-31`)))
    .orderBy(asc(nonWorkingDays.date), asc(nonWorkingDays.id));
}

/** The plan of an import against the calendar as it is in `ctx` now. */
async function plan(ctx: Ctx, payload: ImportPayload, rejectedInFile: RejectedLine[], lines?: number[]): Promise<CalendarImportPlan> {
  const years = [...new Set(payload.days.map((d) => yearOf(d.date)))].sort();
  const rows = await rowsOfYears(ctx, years);
  const rejected = [...rejectedInFile];
  const add: PlannedDay[] = [];
  const change: CalendarImportPlan['change'] = [];
  const present: PlannedDay[] = [];
  const seen = new Map<string, number>();
  const taken = new Set<string>();
  payload.days.forEach((d, i) => {
    const line = lines?.[i] ?? i + 1;
    const key = `${d.date}|${d.name.toLowerCase()}`;
    if (seen.has(key)) {
      rejected.push({
        line,
        text: `${d.date} ${d.name}`,
        reason: { id: `Sama dengan baris ${seen.get(key)} dalam berkas.`, en: `Same as line ${seen.get(key)} of the file.` },
      });
      return;
    }
    seen.set(key, line);
    const sameDay = rows.filter((r) => r.date === d.date && r.kind !== 'libur_lokal' && !taken.has(r.id));
    const exact = sameDay.find((r) => sameName(r.name, d.name) && r.kind === d.kind);
    const planned = { date: d.date, kind: d.kind, name: d.name };
    if (exact) {
      taken.add(exact.id);
      present.push(planned);
      return;
    }
    // A national holiday or cuti bersama already on that date under another name or kind: corrected.
    const other = sameDay.find((r) => sameName(r.name, d.name)) ?? sameDay[0];
    if (other && !rows.some((r) => r.date === d.date && r.id !== other.id && sameName(r.name, d.name))) {
      taken.add(other.id);
      change.push({
        id: other.id,
        before: { date: other.date, kind: other.kind as PlannedDay['kind'], name: other.name, source: other.source },
        after: planned,
      });
      return;
    }
    if (rows.some((r) => r.date === d.date && sameName(r.name, d.name))) {
      rejected.push({
        line,
        text: `${d.date} ${d.name}`,
        reason: { id: 'Nama ini sudah tercatat sebagai libur lokal pada tanggal itu.', en: 'This name is already on record as a local holiday on that date.' },
      });
      return;
    }
    add.push(planned);
  });
  rejected.sort((a, b) => a.line - b.line);
  const token = createHash('sha256')
    .update(
      JSON.stringify({
        source: payload.source,
        add,
        change,
        rows: rows.map((r) => [r.id, r.date, r.kind, r.name, r.source, r.stopsClock, r.updatedAt.toISOString()]),
      }),
    )
    .digest('hex');
  return { years, source: payload.source, filename: payload.filename, add, change, present, rejected, token };
}

export function payloadOf(parsed: ParsedCalendarFile, opts: { source: string; filename: string }): ImportPayload {
  return { source: opts.source.trim(), filename: opts.filename, days: parsed.days.map(({ date, kind, name }) => ({ date, kind, name })) };
}

const noDays: Messages = {
  id: 'Tidak ada baris yang dapat diimpor; perbaiki baris yang ditolak lalu unggah ulang.',
  en: 'There is no line that can be imported; fix the rejected lines and upload again.',
};

/** The preview of a parsed file: nothing is written. */
export async function previewCalendarImport(ctx: Ctx, parsed: ParsedCalendarFile, opts: { source: string; filename: string }): Promise<CalendarImportPlan> {
  authorize(ctx.actor, 'calendar.manage');
  if (!parsed.days.length) throw errors.validation({ file: noDays });
  return plan(
    ctx,
    payloadOf(parsed, opts),
    parsed.rejected,
    parsed.days.map((d) => d.line),
  );
}

/**
 * Applies the import previewed with `token`, in one transaction: additions, corrections, one audit entry
 * for the import, and the recomputation of the open deadlines that the changed dates touch.
 */
export async function applyCalendarImport(ctx: Ctx, payload: ImportPayload, token: string): Promise<CalendarImportPlan> {
  authorize(ctx.actor, 'calendar.manage');
  return inTransaction(ctx, async (t) => {
    const p = await plan(t, payload, []);
    if (p.token !== token) {
      throw errors.conflict(catalogueMessages('calendar.import-calendar.calendar_changed_since_preview_was'));
    }
    const now = t.clock.now();
    const source = p.source || `Impor ${p.filename}`.slice(0, 500);
    if (p.add.length) {
      await t.db.insert(nonWorkingDays).values(p.add.map((d) => ({ ...d, source, stopsClock: true, createdAt: now, updatedAt: now })));
    }
    for (const c of p.change) {
      await t.db.update(nonWorkingDays).set({ kind: c.after.kind, name: c.after.name, source, updatedAt: now }).where(eq(nonWorkingDays.id, c.id));
    }
    await recordAudit(t, {
      action: 'calendar.imported',
      entityType: 'non_working_day',
      entityId: null,
      after: {
        filename: p.filename,
        years: p.years,
        source,
        added: p.add,
        changed: p.change.map((c) => ({ id: c.id, before: c.before, after: c.after })),
        alreadyPresent: p.present.length,
      },
    });
    const dates = [...new Set([...p.add.map((d) => d.date), ...p.change.map((c) => c.after.date)])];
    await recomputeOpenDeadlines(t, { action: 'imported', dates });
    return p;
  });
}
