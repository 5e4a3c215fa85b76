// The officers' register of requests (inbox): number, dates, a deadline badge computed on the working-day
// calendar in the body's time zone, status and units; filters; a PPID Pembantu sees its dispositions only.
import { and, asc, count, desc, eq, exists, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import { informationRequests, objectionFollowUps, requestDispositions, units, type RequestStatus } from '../../db/schema/index.js';
import { authorize, can } from '../../policies/index.js';
import { yearOf } from '../calendar/dates.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { addWorkingDays } from '../calendar/working-days.js';
import { OPEN_STATUSES, todayInBody } from './case.js';

/** A request due within this many working days is "due soon". */
export const DUE_SOON_WORKING_DAYS = 3;

export const INBOX_FILTERS = ['semua', 'baru', 'segera', 'terlambat', 'terbuka', 'selesai'] as const;
export type InboxFilterKey = (typeof INBOX_FILTERS)[number];

export const ZInboxFilter = z.object({
  filter: z.enum(INBOX_FILTERS).catch('terbuka'),
  unit: z.uuid().or(z.literal('')).catch(''),
  /** Page of INBOX_PAGE_SIZE rows, from 1; out of range is brought back to the nearest page. */
  halaman: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
});
export type InboxFilter = z.output<typeof ZInboxFilter>;

export type DeadlineBadge = 'on_time' | 'due_soon' | 'overdue' | 'done';

export type InboxItem = {
  id: string;
  number: string;
  receivedAt: Date;
  dueDate: string;
  status: RequestStatus;
  badge: DeadlineBadge;
  units: string[];
  /** The due date of an open follow-up of a granted objection, which now governs the case. */
  followUpDue: string | null;
};

/** What a granted objection left to do on a request (objection_follow_ups): open with its date, or done. */
export type FollowUpState = { status: 'open' | 'done'; dueDate: string } | null;

/**
 * The badge of a due date seen from `today`; `soonLimit` is the last date that counts as due soon. Once an
 * objection was granted, the follow-up's deadline governs: open, it is measured on its own date (also for an
 * answered request); done, the case is done (the request's own lapsed date no longer makes it "late").
 */
export function deadlineBadge(status: RequestStatus, dueDate: string, today: string, soonLimit: string, followUp: FollowUpState = null): DeadlineBadge {
  if (followUp?.status === 'done') return 'done';
  if (followUp?.status === 'open') return deadlineBadge('in_progress', followUp.dueDate, today, soonLimit);
  if (!(OPEN_STATUSES as readonly string[]).includes(status)) return 'done';
  if (dueDate < today) return 'overdue';
  return dueDate <= soonLimit ? 'due_soon' : 'on_time';
}

/** Today and the last date that is still "due soon" (3 working days ahead), in the body's time zone. */
export async function deadlineWindow(ctx: Pick<Ctx, 'db' | 'clock'>): Promise<{ today: string; soonLimit: string }> {
  const today = await todayInBody(ctx);
  const cal = await loadCalendar(ctx, { fromYear: yearOf(today), toYear: yearOf(today) + 1 });
  return { today, soonLimit: addWorkingDays(cal, today, DUE_SOON_WORKING_DAYS).due };
}

/**
 * Rows per page. The register is paged, with the total count, so that a flood of (spam) requests cannot push
 * real ones out of sight: every request of a filter is on some page.
 */
export const INBOX_PAGE_SIZE = 50;

export type InboxPage = { items: InboxItem[]; today: string; total: number; page: number; pages: number };

export async function listInbox(ctx: Ctx, filter: InboxFilter): Promise<InboxPage> {
  authorize(ctx.actor, 'request.list');
  const { today, soonLimit } = await deadlineWindow(ctx);
  const r = informationRequests;
  const where: SQL[] = [];
  // A granted objection's follow-up governs the case (see deadlineBadge): its open task's date is the due date,
  // and a request whose follow-ups are all done is no longer open.
  const f = objectionFollowUps;
  const followUpDue = sql<string | null>`(select min(${f.dueDate}) from ${f} where ${f.requestId} = ${r.id} and ${f.status} = 'open')`;
  const followUpDone = sql`exists (select 1 from ${f} where ${f.requestId} = ${r.id}) and ${followUpDue} is null`;
  const due = sql<string>`coalesce(${followUpDue}, ${r.dueDate})`;
  const open = or(and(inArray(r.status, [...OPEN_STATUSES]), sql`not (${followUpDone})`), sql`${followUpDue} is not null`)!;
  const disposedTo = (unitId: string) =>
    exists(
      ctx.db
        .select({ one: sql`1` })
        .from(requestDispositions)
        .where(and(eq(requestDispositions.requestId, r.id), eq(requestDispositions.unitId, unitId))),
    );
  // A PPID Pembantu's register holds the requests disposed to its unit, and nothing else.
  if (!can(ctx.actor, 'request.view')) {
    const own = ctx.actor.kind === 'user' ? ctx.actor.unitId : null;
    if (!own) return { items: [], today, total: 0, page: 1, pages: 1 };
    where.push(disposedTo(own));
  }
  if (filter.unit) where.push(or(eq(r.unitId, filter.unit), disposedTo(filter.unit))!);
  switch (filter.filter) {
    case 'baru':
      where.push(eq(r.status, 'received'));
      break;
    case 'segera':
      where.push(open, gte(due, today), lte(due, soonLimit));
      break;
    case 'terlambat':
      where.push(open, lt(due, today));
      break;
    case 'terbuka':
      where.push(open);
      break;
    case 'selesai':
      where.push(sql`not (${open})`);
      break;
    case 'semua':
      break;
  }
  const condition = where.length ? and(...where) : undefined;
  const [counted] = await ctx.db.select({ n: count() }).from(r).where(condition);
  const total = counted?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const current = Math.min(filter.halaman ?? 1, pages);
  const page = await ctx.db
    .select({
      id: r.id,
      number: r.number,
      receivedAt: r.receivedAt,
      dueDate: r.dueDate,
      status: r.status,
      unitId: r.unitId,
      followUpDue,
      followUpDone: sql<boolean>`${followUpDone}`,
    })
    .from(r)
    .where(condition)
    // The id last: a total order, so that paging never shows a row twice or skips one.
    .orderBy(filter.filter === 'selesai' || filter.filter === 'semua' ? desc(r.receivedAt) : asc(due), asc(r.seq), asc(r.id))
    .limit(INBOX_PAGE_SIZE)
    .offset((current - 1) * INBOX_PAGE_SIZE);
  const ids = page.map((x) => x.id);
  const disp = ids.length
    ? await ctx.db
        .select({ requestId: requestDispositions.requestId, name: units.name })
        .from(requestDispositions)
        .innerJoin(units, eq(units.id, requestDispositions.unitId))
        .where(inArray(requestDispositions.requestId, ids))
    : [];
  const addressed = new Map((await ctx.db.select({ id: units.id, name: units.name }).from(units)).map((u) => [u.id, u.name] as const));
  const items = page.map((x) => {
    const names = disp.filter((d) => d.requestId === x.id).map((d) => d.name);
    if (!names.length && x.unitId) names.push(addressed.get(x.unitId) ?? '');
    return {
      id: x.id,
      number: x.number,
      receivedAt: x.receivedAt,
      dueDate: x.dueDate,
      status: x.status,
      badge: deadlineBadge(
        x.status,
        x.dueDate,
        today,
        soonLimit,
        x.followUpDue ? { status: 'open', dueDate: x.followUpDue } : x.followUpDone ? { status: 'done', dueDate: x.dueDate } : null,
      ),
      units: names,
      followUpDue: x.followUpDue,
    };
  });
  return { items, today, total, page: current, pages };
}
