// The daily reminders: on each working day, one digest email per assignee of what is due soon and what is
// overdue (the PPID Utama: open requests; a unit's PPID Pembantu: the open dispositions to its unit, by
// their internal due dates; the Atasan PPID: objections awaiting a decision), and one escalation email per
// case when it becomes overdue (a request or objection: to the PPID Utama and the Atasan PPID; a
// disposition: to the PPID Utama). Only numbers, dates and links: no applicant's personal data. What was
// sent is recorded per recipient in `reminders_sent` in the same transaction as the outbox mail, so that a
// second run on the same day (in-process job, cron, another instance) sends nothing new.
import { messages } from '../../i18n/catalogue.js';
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { inTransaction } from '../../context.js';
import { informationRequests, objections, remindersSent, requestDispositions, units, users } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import type { DigestSection, EscalationCase } from '../../mail/templates/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { parseIsoDate, yearOf } from '../calendar/dates.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { remindMissingCalendar } from '../calendar/next-year-reminder.js';
import { addWorkingDays, countWorkingDays, nonWorkingReasons, type WorkingCalendar } from '../calendar/working-days.js';
import { getPublicBody } from '../org/public-body.js';
import { OPEN_STATUSES, todayInBody } from '../requests/case.js';

/** A case due within this many working days is in the digest as "due soon". */
export const REMINDER_SOON_WORKING_DAYS = 2;

export type ReminderRun = {
  date: string;
  /** Why nothing was sent: the date is not a working day (weekend, holiday, cuti bersama). */
  nonWorking: string[] | null;
  digests: number;
  escalations: number;
  /** Found already sent by an earlier run that day (digests) or earlier (escalations). */
  alreadySent: { digests: number; escalations: number };
  /** From 1 October: the next year when its holiday calendar is missing, and the reminders queued for it. */
  calendarMissing?: { year: number; sent: number } | undefined;
};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Recipient = { id: string; name: string; email: string; locale: string; roles: string[]; unitId: string | null };
type Item = { id: string; number: string; due: string; request?: string; unit?: string; requestDue?: string; requestId?: string };

function state(cal: WorkingCalendar, today: string, due: string): { daysLeft: number; daysLate: number } {
  return due < today ? { daysLeft: 0, daysLate: countWorkingDays(cal, due, today) } : { daysLeft: countWorkingDays(cal, today, due), daysLate: 0 };
}

/** Runs the reminders of `date` (default: today in the body's time zone). Safe to run any number of times. */
export async function runReminders(ctx: Ctx, opts: { date?: string } = {}): Promise<ReminderRun> {
  authorize(ctx.actor, 'reminders.run');
  const date = opts.date === undefined ? await todayInBody(ctx) : parseIsoDate(opts.date);
  if (!date) {
    throw errors.validation({
      date: messages('validation.not_valid_date_use_form_yyyy'),
    });
  }
  const run: ReminderRun = { date, nonWorking: null, digests: 0, escalations: 0, alreadySent: { digests: 0, escalations: 0 } };
  // Weekends and holidays included: the reminder is weekly, not per working day.
  const missing = await remindMissingCalendar(ctx, date);
  if (missing.year !== null) run.calendarMissing = { year: missing.year, sent: missing.sent };
  const cal = await loadCalendar(ctx, { fromYear: yearOf(date) - 1, toYear: yearOf(date) + 1 });
  const reasons = nonWorkingReasons(cal, date);
  if (reasons.length) return { ...run, nonWorking: reasons.map((r) => r.name) };
  const soonLimit = addWorkingDays(cal, date, REMINDER_SOON_WORKING_DAYS).due;

  const base = ctx.settings.baseUrl.replace(/\/+$/, '');
  const body = (await getPublicBody(ctx.db))?.name ?? 'PPID';

  const requests: Item[] = await ctx.db
    .select({ id: informationRequests.id, number: informationRequests.number, due: informationRequests.dueDate })
    .from(informationRequests)
    .where(and(inArray(informationRequests.status, [...OPEN_STATUSES]), lte(informationRequests.dueDate, soonLimit)))
    .orderBy(asc(informationRequests.dueDate), asc(informationRequests.seq));
  const pendingObjections: Item[] = await ctx.db
    .select({ id: objections.id, number: objections.number, due: objections.dueDate, request: sql<string>`coalesce(${informationRequests.number}, '')` })
    .from(objections)
    .leftJoin(informationRequests, eq(informationRequests.id, objections.requestId))
    .where(and(eq(objections.status, 'received'), lte(objections.dueDate, soonLimit)))
    .orderBy(asc(objections.dueDate), asc(objections.seq));
  const dispositions: (Item & { unitId: string; requestId: string })[] = await ctx.db
    .select({
      id: requestDispositions.id,
      number: informationRequests.number,
      due: requestDispositions.internalDueDate,
      requestDue: informationRequests.dueDate,
      unitId: requestDispositions.unitId,
      unit: units.name,
      requestId: informationRequests.id,
    })
    .from(requestDispositions)
    .innerJoin(informationRequests, eq(informationRequests.id, requestDispositions.requestId))
    .innerJoin(units, eq(units.id, requestDispositions.unitId))
    .where(
      and(isNull(requestDispositions.answeredAt), inArray(informationRequests.status, [...OPEN_STATUSES]), lte(requestDispositions.internalDueDate, soonLimit)),
    )
    .orderBy(asc(requestDispositions.internalDueDate), asc(informationRequests.seq));

  const people: Recipient[] = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, roles: users.roles, unitId: users.unitId })
    .from(users)
    .where(and(isNull(users.lockedAt), sql`${users.roles} && array['ppid_utama','ppid_pembantu','atasan_ppid']::text[]`))
    .orderBy(asc(users.email));
  const has = (u: Recipient, role: string) => u.roles.includes(role);
  const requestLink = (id: string) => `${base}/admin/permohonan/${id}`;
  const objectionLink = (id: string) => `${base}/admin/keberatan/${id}`;

  // --- escalations: once per case and recipient, when the case is overdue ---------------------------------
  const escalate = async (key: string, c: DistributiveOmit<EscalationCase, 'daysLate'>, to: Recipient[], audit: { entityType: string; entityId: string }) => {
    if (!to.length) return;
    await inTransaction(ctx, async (t) => {
      const now = t.clock.now();
      const fresh = await t.db
        .insert(remindersSent)
        .values(to.map((u) => ({ userId: u.id, kind: 'escalation' as const, caseKey: key, day: date, sentAt: now })))
        .onConflictDoNothing()
        .returning({ userId: remindersSent.userId });
      run.alreadySent.escalations += to.length - fresh.length;
      if (!fresh.length) return;
      const ids = new Set(fresh.map((f) => f.userId));
      const daysLate = state(cal, date, c.due).daysLate;
      for (const u of to.filter((x) => ids.has(x.id))) {
        await enqueueMail(t, {
          to: u.email,
          toName: u.name,
          locale: u.locale,
          template: 'deadline_escalation',
          params: { name: u.name, body, case: { ...c, daysLate } as EscalationCase },
        });
      }
      run.escalations += fresh.length;
      await recordAudit(t, {
        action: 'deadline.escalated',
        ...audit,
        after: { case: c.kind, number: c.number, dueDate: c.due, daysLate, recipients: fresh.length, day: date },
      });
    });
  };
  const leads = people.filter((u) => has(u, 'ppid_utama'));
  const superiors = people.filter((u) => has(u, 'atasan_ppid'));
  const leadsAndSuperiors = [...new Map([...leads, ...superiors].map((u) => [u.id, u])).values()];
  for (const r of requests.filter((x) => x.due < date)) {
    await escalate(`request:${r.id}`, { kind: 'request', number: r.number, due: r.due, link: requestLink(r.id) }, leadsAndSuperiors, {
      entityType: 'information_request',
      entityId: r.id,
    });
  }
  for (const o of pendingObjections.filter((x) => x.due < date)) {
    await escalate(
      `objection:${o.id}`,
      { kind: 'objection', number: o.number, request: o.request!, due: o.due, link: objectionLink(o.id) },
      leadsAndSuperiors,
      {
        entityType: 'objection',
        entityId: o.id,
      },
    );
  }
  for (const d of dispositions.filter((x) => x.due < date)) {
    await escalate(
      `disposition:${d.id}`,
      { kind: 'disposition', number: d.number, unit: d.unit!, due: d.due, requestDue: d.requestDue!, link: requestLink(d.requestId) },
      leads,
      { entityType: 'request_disposition', entityId: d.id },
    );
  }

  // --- digests: one per recipient and working day ----------------------------------------------------------
  const line = (i: Item, link: string) => ({
    number: i.number,
    request: i.request ?? null,
    unit: i.unit ?? null,
    due: i.due,
    ...state(cal, date, i.due),
    link,
  });
  for (const u of people) {
    const sections: DigestSection[] = [];
    if (has(u, 'ppid_utama') && requests.length) sections.push({ kind: 'requests', items: requests.map((r) => line(r, requestLink(r.id))) });
    if (has(u, 'ppid_pembantu') && u.unitId) {
      const own = dispositions.filter((d) => d.unitId === u.unitId);
      if (own.length) sections.push({ kind: 'dispositions', unit: own[0]!.unit!, items: own.map((d) => line(d, requestLink(d.requestId))) });
    }
    if (has(u, 'atasan_ppid') && pendingObjections.length)
      sections.push({ kind: 'objections', items: pendingObjections.map((o) => line(o, objectionLink(o.id))) });
    if (!sections.length) continue;
    await inTransaction(ctx, async (t) => {
      const [fresh] = await t.db
        .insert(remindersSent)
        .values({ userId: u.id, kind: 'digest', caseKey: date, day: date, sentAt: t.clock.now() })
        .onConflictDoNothing()
        .returning({ userId: remindersSent.userId });
      if (!fresh) {
        run.alreadySent.digests++;
        return;
      }
      await enqueueMail(t, {
        to: u.email,
        toName: u.name,
        locale: u.locale,
        template: 'reminder_digest',
        params: { name: u.name, body, date, sections, link: `${base}/admin` },
      });
      run.digests++;
    });
  }
  return run;
}
