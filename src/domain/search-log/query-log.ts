// The search query log: what citizens look for and do not find, per month, with no personal data.
//
// Recorded per (month, normalised query): searches, searches with no result, result links opened, the
// latest result count. Nothing about the searcher (no IP, session, user, time of day beyond updated_at of
// the row). Parts of a query that look like personal data are cut before anything is written (see
// normaliseLoggedQuery); what remains is stored only if it still has a word. Writing never fails or slows
// a search: searches and clicks are counted in memory and written in batches (SearchLogBuffer); a failed
// write is logged, not thrown.
import { messageRef, messages } from '../../i18n/catalogue.js';
import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Clock } from '../../clock.js';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { searchQueryNotes, searchQueryStats, units, users } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPublicBody } from '../org/public-body.js';
import { actorId } from '../../shared/ids.js';
import { dateOf, DEFAULT_TIME_ZONE, utcDate, yearOf, zoneOf } from '../calendar/dates.js';

/** Longest query kept (characters, cut at a word boundary). The portal refuses queries above 200. */
export const MAX_LOGGED_QUERY = 100;
/** Months kept, the current one included; older rows are deleted by the daily retention job. */
export const RETENTION_MONTHS = 24;
/** At most this many different queries per month: a flood of random queries cannot grow the table without bound. */
export const MAX_QUERIES_PER_MONTH = 20_000;

const EMAIL = /[^\s@]*@[^\s@]*/gu;
const YEAR = /^(19|20)\d\d$/u;

function digitCount(s: string): number {
  return (s.match(/\d/g) ?? []).length;
}

/**
 * The form in which a query is logged, or null when it is not logged at all.
 *
 * Lower case (NFKC), single spaces. Removed: anything with an @ (email addresses), any token with 8 or more
 * digits whatever the punctuation (NIK, NIP, KK, phone and account numbers, e.g. 6271012345670001,
 * 0812-3456-7890) unless its digit groups are all years ("2020-2021"), and runs of space-separated digit groups that together
 * make a phone number (10+ digits starting with 0 or 62) or a NIK (16 digits), unless every group is a
 * year. Empty after that (no letter or digit left): null. Longer than MAX_LOGGED_QUERY: cut at a word.
 */
export function normaliseLoggedQuery(raw: string): string | null {
  const text = raw.normalize('NFKC').toLowerCase().replace(EMAIL, ' ');
  const tokens = text.split(/\s+/u).filter(Boolean);
  const keep: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // NIK (16 digits), NIP (18), KK, phone and account numbers, however punctuated; "2020-2021" stays.
    if (digitCount(tok) >= 8 && !(tok.match(/\d+/gu) ?? []).every((g) => YEAR.test(g))) continue;
    if (/^\+?\d+$/u.test(tok)) {
      // A run of digit groups: "0812 3456 7890", "+62 812 3456 7890", "6271 0123 4567 0001".
      let j = i;
      while (j < tokens.length && /^\+?\d+$/u.test(tokens[j]!)) j++;
      const run = tokens.slice(i, j);
      const digits = run.join('').replace(/\D/g, '');
      const allYears = run.every((t) => YEAR.test(t));
      if (!allYears && run.length > 1 && ((digits.length >= 10 && /^(0|62)/u.test(digits)) || digits.length === 16)) {
        i = j - 1;
        continue;
      }
    }
    keep.push(tok);
  }
  let q = keep.join(' ').trim();
  if (!/[\p{L}\p{N}]/u.test(q)) return null;
  if (q.length > MAX_LOGGED_QUERY) {
    const cut = q.slice(0, MAX_LOGGED_QUERY + 1);
    const space = cut.lastIndexOf(' ');
    q = (space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_LOGGED_QUERY)).trim();
  }
  return q || null;
}

/** The month (YYYY-MM) of an instant (SQL) in the body's time zone. */
const monthOf = (instant: SQL) => sql`to_char(${instant} at time zone coalesce((select time_zone from public_body limit 1), ${DEFAULT_TIME_ZONE}), 'YYYY-MM')`;

/** What the buffer holds for one query in one hour (UTC): the month is decided from the hour at write time. */
type Pending = { hour: string; query: string; searches: number; zero: number; lastTotal: number; clicks: number };

type LogFn = (obj: Record<string, unknown>, msg: string) => void;

/** Different queries (per hour) the buffer holds at most; more are dropped until the next write, and counted. */
export const MAX_PENDING = 5_000;
/** The buffer is written this long after its first entry. */
export const FLUSH_DELAY_MS = 5_000;

/**
 * Searches and clicks are counted in memory and written in batches: one statement for the searches and one
 * for the clicks every few seconds, however many page views there were. A cached search page costs a Map
 * update, not a database write (the portal serves thousands of cached pages a second; one upsert each
 * would queue on PGlite's single connection). The price: counts of the last few seconds are lost when
 * the process dies. Bounded: at most MAX_PENDING different queries wait; a write that fails is logged and
 * dropped, never retried, never thrown at a search.
 */
export class SearchLogBuffer {
  private pending = new Map<string, Pending>();
  private dropped = 0;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: { warn: LogFn },
    private readonly delayMs = FLUSH_DELAY_MS,
  ) {}

  private entry(query: string): Pending | null {
    const hour = new Date(Math.floor(this.clock.now().getTime() / 3_600_000) * 3_600_000).toISOString();
    const key = `${hour} ${query}`;
    let e = this.pending.get(key);
    if (!e) {
      if (this.pending.size >= MAX_PENDING) {
        this.dropped++;
        return null;
      }
      e = { hour, query, searches: 0, zero: 0, lastTotal: 0, clicks: 0 };
      this.pending.set(key, e);
    }
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.delayMs);
      this.timer.unref();
    }
    return e;
  }

  /** Counts a search (raw query as typed) and the number of results it showed. Synchronous, never throws. */
  search(rawQuery: string, total: number): void {
    const query = normaliseLoggedQuery(rawQuery);
    if (!query) return;
    const e = this.entry(query);
    if (!e) return;
    e.searches++;
    if (total <= 0) e.zero++;
    e.lastTotal = Math.max(0, Math.trunc(total));
  }

  /** Counts an opened result of a query; only counted for a query logged this month, never above its searches. */
  click(rawQuery: string): void {
    const query = normaliseLoggedQuery(rawQuery);
    if (!query) return;
    const e = this.entry(query);
    if (e) e.clicks++;
  }

  /** Writes what is waiting (and waits for a write under way). Never throws. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = [...this.pending.values()];
    const dropped = this.dropped;
    this.pending = new Map();
    this.dropped = 0;
    this.writing = this.writing.then(async () => {
      if (dropped) this.log.warn({ dropped }, 'log pencarian penuh, sebagian tidak dicatat / search log buffer full, some queries not counted');
      if (!batch.length) return;
      try {
        await writeBatch(this.db, this.clock.now(), batch);
      } catch (err) {
        this.log.warn({ err: err instanceof Error ? err.message : String(err), queries: batch.length }, 'log pencarian gagal / search log write failed');
      }
    });
    return this.writing;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

const buffers = new WeakMap<Db, SearchLogBuffer>();

/** The search log buffer of a database (one per database per process). */
export function searchLogFor(db: Db, clock: Clock, log: { warn: LogFn }): SearchLogBuffer {
  let b = buffers.get(db);
  if (!b) {
    b = new SearchLogBuffer(db, clock, log);
    buffers.set(db, b);
  }
  return b;
}

/**
 * One batch: the searches in one upsert (a new query only while its month has fewer than
 * MAX_QUERIES_PER_MONTH), then the clicks in one update, capped at the searches.
 */
async function writeBatch(db: DbOrTx, now: Date, batch: Pending[]): Promise<void> {
  const rows = JSON.stringify(
    batch.map((p, seq) => ({ hour: p.hour, query: p.query, searches: p.searches, zero: p.zero, last_total: p.lastTotal, clicks: p.clicks, seq })),
  );
  const input = sql`(select ${monthOf(sql`x.hour`)} as month, x.query, x.searches, x.zero, x.last_total, x.clicks, x.seq
    from jsonb_to_recordset(${rows}::jsonb) as x(hour timestamptz, query text, searches int, zero int, last_total int, clicks int, seq int))`;
  const grouped = sql`(select i.month, i.query, sum(i.searches)::int as searches, sum(i.zero)::int as zero,
      (array_agg(i.last_total order by i.seq desc) filter (where i.searches > 0))[1] as last_total, sum(i.clicks)::int as clicks
    from ${input} i group by i.month, i.query)`;
  // Whether a month still takes new queries is decided once per month of the batch (one bounded index
  // range count; materialized, or the planner runs the count again for every row); a query already in
  // the month is always counted (a primary-key probe).
  await db.execute(sql`
    with b as ${grouped},
    room as materialized (
      select m.month, (select count(*) from (select 1 from search_query_stats x where x.month = m.month limit ${MAX_QUERIES_PER_MONTH}) y) < ${MAX_QUERIES_PER_MONTH} as open
      from (select distinct month from b) m
    )
    insert into search_query_stats as s (month, query, searches, zero_results, clicks, last_total, updated_at)
    select b.month, b.query, b.searches, b.zero, 0, b.last_total, ${now.toISOString()}::timestamptz
    from b join room r on r.month = b.month
    where b.searches > 0 and (r.open or exists (select 1 from search_query_stats x where x.month = b.month and x.query = b.query))
    on conflict (month, query) do update set
      searches = s.searches + excluded.searches,
      zero_results = s.zero_results + excluded.zero_results,
      last_total = excluded.last_total,
      updated_at = excluded.updated_at`);
  if (batch.some((p) => p.clicks > 0)) {
    await db.execute(sql`
      update search_query_stats s set clicks = least(s.searches, s.clicks + b.clicks)
      from ${grouped} b
      where b.clicks > 0 and s.month = b.month and s.query = b.query and s.clicks < s.searches`);
  }
}

/** Deletes the months before the retention window (RETENTION_MONTHS, the current month included). */
export async function pruneSearchLog(db: DbOrTx, now: Date): Promise<{ stats: number; notes: number }> {
  // Months are the body's (monthOf above), so the current month is too.
  const today = dateOf(now, zoneOf(await getPublicBody(db)));
  const first = new Date(Date.UTC(yearOf(today), Number(today.slice(5, 7)) - 1 - (RETENTION_MONTHS - 1), 1));
  const cutoff = utcDate(first).slice(0, 7);
  const stats = await db.delete(searchQueryStats).where(lt(searchQueryStats.month, cutoff)).returning({ m: searchQueryStats.month });
  const notes = await db.delete(searchQueryNotes).where(lt(searchQueryNotes.month, cutoff)).returning({ id: searchQueryNotes.id });
  return { stats: stats.length, notes: notes.length };
}

// --- the report -------------------------------------------------------------------------------------------

export type NoteSummary = { unitName: string; at: Date; recipients: number };
export type QueryRow = {
  query: string;
  searches: number;
  zeroResults: number;
  clicks: number;
  lastTotal: number;
  notes: NoteSummary[];
};
export type SearchReport = {
  month: string;
  months: string[];
  zero: QueryRow[];
  lowClick: QueryRow[];
  totals: { searches: number; zeroResults: number; queries: number };
};

/** Low-click queries: found something in at least this many searches, and opened in less than 1 in 5 of them. */
export const LOW_CLICK_MIN_SEARCHES = 3;
const REPORT_ROWS = 50;

export const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, { message: messageRef('search-log.not_valid_month_use_form_yyyy') });

export async function currentMonth(db: DbOrTx, now: Date): Promise<string> {
  const r = await db.execute(sql`select ${monthOf(sql`${now.toISOString()}::timestamptz`)} as month`);
  return String((r.rows[0] as { month: string }).month);
}

/** The zero-result and low-click queries of a month, most searched first, with the notes sent about them. */
export async function searchReport(ctx: Ctx, month?: string): Promise<SearchReport> {
  authorize(ctx.actor, 'search.insights');
  const m = month ?? (await currentMonth(ctx.db, ctx.clock.now()));
  const monthRows = await ctx.db.selectDistinct({ month: searchQueryStats.month }).from(searchQueryStats).orderBy(desc(searchQueryStats.month));
  const months = monthRows.map((r) => r.month);
  if (!months.includes(m)) months.unshift(m);
  months.sort().reverse();
  const cols = {
    query: searchQueryStats.query,
    searches: searchQueryStats.searches,
    zeroResults: searchQueryStats.zeroResults,
    clicks: searchQueryStats.clicks,
    lastTotal: searchQueryStats.lastTotal,
  };
  const zero = await ctx.db
    .select(cols)
    .from(searchQueryStats)
    .where(and(eq(searchQueryStats.month, m), sql`${searchQueryStats.zeroResults} > 0`))
    .orderBy(desc(searchQueryStats.zeroResults), desc(searchQueryStats.searches), asc(searchQueryStats.query))
    .limit(REPORT_ROWS);
  const found = sql`(${searchQueryStats.searches} - ${searchQueryStats.zeroResults})`;
  const lowClick = await ctx.db
    .select(cols)
    .from(searchQueryStats)
    .where(and(eq(searchQueryStats.month, m), sql`${found} >= ${LOW_CLICK_MIN_SEARCHES}`, sql`${searchQueryStats.clicks} * 5 < ${found}`))
    .orderBy(desc(found), asc(searchQueryStats.clicks), asc(searchQueryStats.query))
    .limit(REPORT_ROWS);
  const [totals] = await ctx.db
    .select({
      searches: sql<number>`coalesce(sum(${searchQueryStats.searches}), 0)::int`,
      zeroResults: sql<number>`coalesce(sum(${searchQueryStats.zeroResults}), 0)::int`,
      queries: sql<number>`count(*)::int`,
    })
    .from(searchQueryStats)
    .where(eq(searchQueryStats.month, m));
  const queries = [...new Set([...zero, ...lowClick].map((r) => r.query))];
  const notes = queries.length
    ? await ctx.db
        .select({ query: searchQueryNotes.query, unitName: units.name, at: searchQueryNotes.createdAt, recipients: searchQueryNotes.recipients })
        .from(searchQueryNotes)
        .innerJoin(units, eq(units.id, searchQueryNotes.unitId))
        .where(and(eq(searchQueryNotes.month, m), inArray(searchQueryNotes.query, queries)))
        .orderBy(asc(searchQueryNotes.createdAt), asc(searchQueryNotes.id))
    : [];
  const withNotes = (r: Omit<QueryRow, 'notes'>): QueryRow => ({
    ...r,
    notes: notes.filter((n) => n.query === r.query).map(({ unitName, at, recipients }) => ({ unitName, at, recipients })),
  });
  return {
    month: m,
    months,
    zero: zero.map(withNotes),
    lowClick: lowClick.map(withNotes),
    totals: { searches: Number(totals?.searches ?? 0), zeroResults: Number(totals?.zeroResults ?? 0), queries: Number(totals?.queries ?? 0) },
  };
}

/** One query of a month, for the note form; null when it is not in the log. */
export async function loggedQuery(ctx: Ctx, month: string, query: string): Promise<QueryRow | null> {
  authorize(ctx.actor, 'search.insights');
  const [row] = await ctx.db
    .select({
      query: searchQueryStats.query,
      searches: searchQueryStats.searches,
      zeroResults: searchQueryStats.zeroResults,
      clicks: searchQueryStats.clicks,
      lastTotal: searchQueryStats.lastTotal,
    })
    .from(searchQueryStats)
    .where(and(eq(searchQueryStats.month, month), eq(searchQueryStats.query, query)));
  if (!row) return null;
  const notes = await ctx.db
    .select({ unitName: units.name, at: searchQueryNotes.createdAt, recipients: searchQueryNotes.recipients })
    .from(searchQueryNotes)
    .innerJoin(units, eq(units.id, searchQueryNotes.unitId))
    .where(and(eq(searchQueryNotes.month, month), eq(searchQueryNotes.query, query)))
    .orderBy(asc(searchQueryNotes.createdAt));
  return { ...row, notes };
}

// --- a note to the unit -----------------------------------------------------------------------------------

export const ZSearchNote = z.object({
  month: ZMonth,
  query: z.string().min(1).max(MAX_LOGGED_QUERY),
  unitId: z.uuid({ message: messageRef('search-log.choose_unit_should_publish_information') }),
  note: z
    .string()
    .trim()
    .min(5, { message: messageRef('search-log.write_note_unit_least_5_characters') })
    .max(2000, { message: messageRef('search-log.note_too_long_most_2000_characters') }),
});
export type SearchNoteInput = z.input<typeof ZSearchNote>;

/**
 * The PPID Utama asks a unit to publish what a query looked for: the note is kept with the query, mailed
 * (outbox, same transaction) to the unit's PPID Pembantu like a DIP return note, and audited.
 */
export async function sendSearchNote(ctx: Ctx, raw: SearchNoteInput): Promise<{ id: string; recipients: number }> {
  authorize(ctx.actor, 'search.note');
  const input = ZSearchNote.parse(raw);
  return inTransaction(ctx, async (t) => {
    const [row] = await t.db
      .select({ searches: searchQueryStats.searches, zeroResults: searchQueryStats.zeroResults })
      .from(searchQueryStats)
      .where(and(eq(searchQueryStats.month, input.month), eq(searchQueryStats.query, input.query)));
    if (!row) throw errors.notFound();
    const [unit] = await t.db.select().from(units).where(eq(units.id, input.unitId));
    if (!unit || !unit.active) {
      const m = messages('search-log.choose_unit_should_publish_information');
      throw new AppError('validation_failed', 422, m, { unitId: m });
    }
    const officers = await t.db
      .select({ email: users.email, name: users.name, locale: users.locale })
      .from(users)
      .where(and(eq(users.unitId, unit.id), sql`'ppid_pembantu' = any(${users.roles})`, sql`${users.lockedAt} is null`))
      .orderBy(asc(users.email));
    const now = t.clock.now();
    const [note] = await t.db
      .insert(searchQueryNotes)
      .values({
        month: input.month,
        query: input.query,
        unitId: unit.id,
        note: input.note,
        actorId: actorId(t),
        recipients: officers.length,
        createdAt: now,
      })
      .returning({ id: searchQueryNotes.id });
    await recordAudit(t, {
      action: 'search.note_sent',
      entityType: 'search_query',
      entityId: `${input.month} ${input.query}`,
      details: { unit: unit.code, note: input.note, recipients: officers.length, searches: row.searches, zeroResults: row.zeroResults },
    });
    const body = (await getPublicBody(t.db))?.name ?? 'Q-Gesy';
    const actor = t.actor.kind === 'user' ? t.actor.name : 'PPID Utama';
    for (const o of officers) {
      await enqueueMail(t, {
        to: o.email,
        toName: o.name,
        locale: o.locale,
        template: 'search_note',
        params: {
          name: o.name,
          body,
          unit: unit.name,
          actor,
          query: input.query,
          month: input.month,
          searches: row.searches,
          zeroResults: row.zeroResults,
          note: input.note,
          link: `${t.settings.baseUrl}/admin/dip/baru`,
        },
      });
    }
    return { id: note!.id, recipients: officers.length };
  });
}

export type UnitSearchNote = { month: string; query: string; note: string; at: Date };

/**
 * The notes sent to a unit (newest first, at most `limit`), for its PPID Pembantu's overview page: the note
 * also reaches the unit when no email can be sent.
 */
export async function searchNotesForUnit(ctx: Ctx, unitId: string, limit = 10): Promise<UnitSearchNote[]> {
  authorize(ctx.actor, 'dip.edit', { unitId });
  return ctx.db
    .select({ month: searchQueryNotes.month, query: searchQueryNotes.query, note: searchQueryNotes.note, at: searchQueryNotes.createdAt })
    .from(searchQueryNotes)
    .where(eq(searchQueryNotes.unitId, unitId))
    .orderBy(desc(searchQueryNotes.createdAt), desc(searchQueryNotes.id))
    .limit(limit);
}
