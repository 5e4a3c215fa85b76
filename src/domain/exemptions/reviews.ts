// Expiry reviews (UU KIP Ps 20): a review opens a set number of days before an approved test's period
// ends and reminds the Atasan PPID and the PPID Utama (when opened, weekly, and once overdue) until the
// Atasan PPID either extends the exemption with a new consequence test or releases the information, which
// then goes into the normal DIP workflow as a draft for its unit. An objection or dispute decision that
// opens the information (Ps 11(2)) takes the same release path.
import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { inTransaction, systemActor, type Ctx } from '../../context.js';
import { consequenceTests, exemptionReviews, units, type ReviewStatus } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import { canDecideTest } from '../../policies/exemptions.js';
import { recordAudit } from '../audit/record-audit.js';
import { conceal, concealTest, itemWriteKey, revealTest } from '../classified/sealed-text.js';
import { addDays, formatLongDate } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';
import { todayInBody } from '../requests/case.js';
import { addStep, factsOf, invalid, issuesOf, loadTest, mailEach, reviewsLink, unitName, usersWithRole, wrongState, type ConsequenceTest } from './common.js';
import { releaseFinalRulings } from '../disputes/release-final-rulings.js';
import { ZReleaseReason } from './input.js';
import { releaseTest } from './release-information.js';
import { actorId } from '../../shared/ids.js';

export { releaseByDecision } from './release-information.js';

const WEEK_DAYS = 7;
const DEFAULT_REVIEW_DAYS = 30;

type RunResult = { today: string; opened: number; reminded: number; overdue: number; rulingsFinal: number };

async function remind(t: Ctx, test: ConsequenceTest, dueDate: string, kind: 'opened' | 'weekly' | 'overdue') {
  const unit = await unitName(t.db, test.unitId);
  const recipients = [...(await usersWithRole(t.db, 'atasan_ppid')), ...(await usersWithRole(t.db, 'ppid_utama'))];
  await mailEach(t, recipients, 'exemption_review', (r, body) => ({
    name: r.name,
    body,
    title: test.publicTitle,
    unit,
    number: test.number ?? '',
    dueDate: formatLongDate(dueDate, r.locale === 'en' ? 'en' : 'id'),
    link: reviewsLink(t),
    kind,
  }));
}

/**
 * The daily job: opens the reviews that are due and sends the reminders. Safe to run as often as one
 * likes and from several processes at once: a review is opened once (unique per test) and a reminder is
 * claimed by moving `last_reminder_on` from the value that was read.
 */
export async function runExpiryReviews(ctx: Ctx): Promise<RunResult> {
  const t0: Ctx = { ...ctx, actor: ctx.actor.kind === 'system' ? ctx.actor : systemActor('peninjauan pengecualian') };
  const today = await todayInBody(t0);
  const body = await getPublicBody(t0.db);
  const days = body?.exemptionReviewDays ?? DEFAULT_REVIEW_DAYS;
  const result: RunResult = { today, opened: 0, reminded: 0, overdue: 0, rulingsFinal: 0 };
  const due = await t0.db
    .select({ id: consequenceTests.id, periodEnd: consequenceTests.periodEnd })
    .from(consequenceTests)
    .leftJoin(exemptionReviews, eq(exemptionReviews.testId, consequenceTests.id))
    .where(
      and(
        eq(consequenceTests.status, 'approved'),
        isNotNull(consequenceTests.periodEnd),
        lte(consequenceTests.periodEnd, addDays(today, days)),
        isNull(exemptionReviews.id),
      ),
    )
    .orderBy(asc(consequenceTests.periodEnd));
  for (const row of due) {
    await inTransaction(t0, async (t) => {
      const [test] = await t.db.select().from(consequenceTests).where(eq(consequenceTests.id, row.id));
      const [review] = await t.db
        .insert(exemptionReviews)
        .values({ testId: row.id, openedAt: t.clock.now(), dueDate: row.periodEnd!, lastReminderOn: today })
        .onConflictDoNothing({ target: exemptionReviews.testId })
        .returning();
      if (!review || !test) return;
      result.opened++;
      await addStep(t, row.id, 'review_opened');
      await recordAudit(t, {
        action: 'exemption.review_opened',
        entityType: 'exemption_review',
        entityId: review.id,
        after: { test: test.number, dueDate: review.dueDate },
      });
      await remind(t, test, review.dueDate, today > review.dueDate ? 'overdue' : 'opened');
    });
  }
  const open = await t0.db
    .select({ id: exemptionReviews.id, testId: exemptionReviews.testId, dueDate: exemptionReviews.dueDate, last: exemptionReviews.lastReminderOn })
    .from(exemptionReviews)
    .where(eq(exemptionReviews.status, 'open'));
  for (const r of open) {
    const last = r.last ?? '0000-01-01';
    // Once on the first day after the period ended, otherwise a week after the last reminder.
    const kind = today > r.dueDate && last <= r.dueDate ? 'overdue' : addDays(last, WEEK_DAYS) <= today ? 'weekly' : null;
    if (!kind) continue;
    await inTransaction(t0, async (t) => {
      const claimed = await t.db
        .update(exemptionReviews)
        .set({ lastReminderOn: today })
        .where(
          and(
            eq(exemptionReviews.id, r.id),
            eq(exemptionReviews.status, 'open'),
            r.last === null ? isNull(exemptionReviews.lastReminderOn) : eq(exemptionReviews.lastReminderOn, r.last),
          ),
        )
        .returning({ id: exemptionReviews.id });
      if (!claimed.length) return;
      const [test] = await t.db.select().from(consequenceTests).where(eq(consequenceTests.id, r.testId));
      if (!test) return;
      await remind(t, test, r.dueDate, kind === 'overdue' || today > r.dueDate ? 'overdue' : 'weekly');
      if (kind === 'overdue') result.overdue++;
      else result.reminded++;
    });
  }
  // Rulings of the Komisi Informasi that opened information and became final (appeal window passed): their
  // exemptions end now (UU KIP Ps 47–48).
  result.rulingsFinal = await releaseFinalRulings(t0);
  return result;
}

export type ReviewRow = {
  id: string;
  status: ReviewStatus;
  dueDate: string;
  openedAt: Date;
  lastReminderOn: string | null;
  newTestId: string | null;
  testId: string;
  number: string | null;
  publicTitle: string;
  unitName: string;
  overdue: boolean;
};

async function listReviewRows(ctx: Ctx, opts: { all?: boolean }): Promise<ReviewRow[]> {
  const today = await todayInBody(ctx);
  const rows = await ctx.db
    .select({
      id: exemptionReviews.id,
      status: exemptionReviews.status,
      dueDate: exemptionReviews.dueDate,
      openedAt: exemptionReviews.openedAt,
      lastReminderOn: exemptionReviews.lastReminderOn,
      newTestId: exemptionReviews.newTestId,
      testId: exemptionReviews.testId,
      number: consequenceTests.number,
      publicTitle: consequenceTests.publicTitle,
      unitName: units.name,
    })
    .from(exemptionReviews)
    .innerJoin(consequenceTests, eq(consequenceTests.id, exemptionReviews.testId))
    .innerJoin(units, eq(units.id, consequenceTests.unitId))
    .where(opts.all ? undefined : eq(exemptionReviews.status, 'open'))
    .orderBy(sql`${exemptionReviews.status} <> 'open'`, asc(exemptionReviews.dueDate))
    .limit(500);
  return rows.map((r) => ({ ...r, overdue: r.status === 'open' && r.dueDate < today }));
}

/** Reviews for the back office, open ones first (soonest due): the PPID Utama prepares, the Atasan PPID decides. */
export async function listReviews(ctx: Ctx, opts: { all?: boolean } = {}): Promise<ReviewRow[]> {
  if (!can(ctx.actor, 'exemption.review')) authorize(ctx.actor, 'exemption.expiry');
  return listReviewRows(ctx, opts);
}

async function loadOpenReview(ctx: Ctx, reviewId: string) {
  const [review] = /^[0-9a-f-]{36}$/i.test(reviewId) ? await ctx.db.select().from(exemptionReviews).where(eq(exemptionReviews.id, reviewId)).for('update') : [];
  if (!review) throw errors.notFound();
  if (review.status !== 'open') throw wrongState('Peninjauan ini sudah diputuskan.', 'This review has already been decided.');
  return review;
}

/**
 * The Atasan PPID extends: a new consequence test is drafted from the old one (period from the day after
 * the old one ends, for the same length) for the unit to complete and submit; it goes through the normal
 * way, and its approval ends the old test (superseded) and the review (extended).
 */
export async function extendByReview(ctx: Ctx, reviewId: string): Promise<ConsequenceTest> {
  authorize(ctx.actor, 'exemption.expiry');
  return inTransaction(ctx, async (t) => {
    const review = await loadOpenReview(t, reviewId);
    const { test: old, item } = await loadTest(t.db, review.testId, true);
    if (!canDecideTest(t.actor, factsOf(old, item))) throw errors.notFound();
    if (review.newTestId) {
      const [pending] = await t.db.select({ status: consequenceTests.status }).from(consequenceTests).where(eq(consequenceTests.id, review.newTestId));
      if (pending && pending.status !== 'rejected') {
        throw wrongState('Uji konsekuensi perpanjangan sudah dibuat dan sedang berjalan.', 'An extension test has already been drafted and is in progress.');
      }
    }
    const now = t.clock.now();
    const start = old.periodEnd ? addDays(old.periodEnd, 1) : await todayInBody(t);
    const lengthDays = old.periodEnd ? Math.round((Date.parse(old.periodEnd) - Date.parse(old.periodStart)) / 86_400_000) : 365;
    const {
      id: _id,
      number: _n,
      year: _y,
      seq: _s,
      decisionDate: _d,
      decisionReasons: _r,
      signerName: _sn,
      signerPosition: _sp,
      signerNip: _snip,
      onBehalfOf: _o,
      decidedBy: _db,
      decidedAt: _da,
      endedAt: _e,
      ...copy
    } = old;
    // The copy keeps the internals sealed under the item's key (the same item); anything still plain is sealed.
    const key = await itemWriteKey(t, item.id);
    const [fresh] = await t.db
      .insert(consequenceTests)
      .values({
        ...concealTest(copy, key),
        status: 'draft',
        moment: 'proaktif',
        requestId: null,
        note: conceal(`Perpanjangan atas Penetapan Nomor ${old.number}: periksa kembali uji konsekuensi dan jangka waktunya, lalu ajukan.`, key),
        periodStart: start,
        periodEnd: addDays(start, Math.max(lengthDays, 1)),
        supersedesId: old.id,
        createdBy: old.createdBy ?? actorId(t),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await t.db
      .update(exemptionReviews)
      .set({ newTestId: fresh!.id, decidedBy: actorId(t) })
      .where(eq(exemptionReviews.id, review.id));
    await addStep(t, fresh!.id, 'created', `Perpanjangan atas ${old.number}`, key);
    await addStep(t, old.id, 'extension_drafted');
    await recordAudit(t, {
      action: 'exemption.extension_drafted',
      entityType: 'exemption_review',
      entityId: review.id,
      after: { test: old.number, newTestId: fresh!.id, item: item.number },
    });
    return revealTest(fresh!, key, `consequence_tests ${fresh!.id}`);
  });
}

/** The Atasan PPID releases at the review: the exemption ends and the information goes to the DIP workflow. */
export async function releaseByReview(ctx: Ctx, reviewId: string, raw: { reason?: string }): Promise<{ dipEntryId: string }> {
  authorize(ctx.actor, 'exemption.expiry');
  const parsed = ZReleaseReason.safeParse({ reason: raw.reason ?? '' });
  if (!parsed.success) throw invalid(issuesOf(parsed.error.issues));
  return inTransaction(ctx, async (t) => {
    const review = await loadOpenReview(t, reviewId);
    const { test, item } = await loadTest(t.db, review.testId, true);
    if (!canDecideTest(t.actor, factsOf(test, item))) throw errors.notFound();
    if (test.status !== 'approved') throw wrongState('Uji konsekuensi ini tidak lagi berlaku.', 'This consequence test is no longer in force.');
    return releaseTest(t, test, 'expired', parsed.data.reason);
  });
}

/** Open reviews of tests, by test id (for the test page). */
export async function openReviewOf(ctx: Ctx, testIds: string[]) {
  if (!testIds.length) return [];
  return ctx.db
    .select()
    .from(exemptionReviews)
    .where(and(inArray(exemptionReviews.testId, testIds), eq(exemptionReviews.status, 'open')));
}
