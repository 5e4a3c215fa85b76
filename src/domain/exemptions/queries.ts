// Reading consequence tests in the back office: the list with counts per status (scoped to what the actor
// may see), one test with its history and the actions the actor may take, and the tests a written notice
// may cite. Internal text is returned only to actors the policy lets read it.
import { and, asc, desc, eq, inArray, isNull, lte, or, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import {
  consequenceTests,
  consequenceTestSteps,
  exemptionReviews,
  informationRequests,
  TEST_STATUSES,
  units,
  users,
  type TestStatus,
} from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import { canDecideTest, canEditTest, canReviewTest, canSeeTestInternals } from '../../policies/exemptions.js';
import { itemReadKey, reveal, revealTest } from '../classified/sealed-text.js';
import { todayInBody } from '../requests/case.js';
import { factsOf, loadTest, type ConsequenceTest, type ItemFacts } from './common.js';
import { isUuid } from '../../shared/ids.js';

export const ZTestFilter = z.object({
  status: z.enum(TEST_STATUSES).optional().catch(undefined),
  unit: z.uuid().optional().catch(undefined),
});
export type TestFilter = z.infer<typeof ZTestFilter>;

export type TestRow = Pick<
  ConsequenceTest,
  'id' | 'status' | 'publicTitle' | 'ground' | 'subpoint' | 'periodStart' | 'periodEnd' | 'number' | 'decisionDate' | 'unitId' | 'updatedAt' | 'moment'
> & { unitName: string };

/** The unit a PPID Pembantu is limited to, or null for roles that see every unit. */
function scopeUnit(ctx: Ctx): string | null | 'none' {
  const a = ctx.actor;
  if (can(a, 'exemption.review') || can(a, 'exemption.decide')) return null;
  return a.kind === 'user' && a.unitId ? a.unitId : 'none';
}

export async function listTests(ctx: Ctx, filter: TestFilter): Promise<{ rows: TestRow[]; counts: Record<TestStatus, number>; total: number }> {
  const scope = scopeUnit(ctx);
  authorize(ctx.actor, 'exemption.view', { unitId: scope === null ? filter.unit : scope === 'none' ? null : scope });
  const counts = Object.fromEntries(TEST_STATUSES.map((s) => [s, 0])) as Record<TestStatus, number>;
  if (scope === 'none') return { rows: [], counts, total: 0 };
  const unitCond = scope ? eq(consequenceTests.unitId, scope) : filter.unit ? eq(consequenceTests.unitId, filter.unit) : undefined;
  for (const r of await ctx.db
    .select({ status: consequenceTests.status, n: sql<number>`count(*)::int` })
    .from(consequenceTests)
    .where(unitCond)
    .groupBy(consequenceTests.status)) {
    counts[r.status] = Number(r.n);
  }
  const rows = await ctx.db
    .select({
      id: consequenceTests.id,
      status: consequenceTests.status,
      publicTitle: consequenceTests.publicTitle,
      ground: consequenceTests.ground,
      subpoint: consequenceTests.subpoint,
      periodStart: consequenceTests.periodStart,
      periodEnd: consequenceTests.periodEnd,
      number: consequenceTests.number,
      decisionDate: consequenceTests.decisionDate,
      unitId: consequenceTests.unitId,
      updatedAt: consequenceTests.updatedAt,
      moment: consequenceTests.moment,
      unitName: units.name,
    })
    .from(consequenceTests)
    .innerJoin(units, eq(units.id, consequenceTests.unitId))
    .where(and(unitCond, filter.status ? eq(consequenceTests.status, filter.status) : undefined))
    .orderBy(desc(consequenceTests.updatedAt), desc(consequenceTests.id))
    .limit(500);
  return { rows, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

const STEP_ORDER = `{${['created', 'updated', 'submitted', 'returned', 'reviewed', 'approved', 'rejected', 'review_opened', 'extension_drafted', 'expired', 'released'].join(',')}}`;

export type TestStep = { action: string; note: string; at: Date; actorName: string | null };

/** The test's own text, or null when the actor may not read it. */
export type Internals = Pick<ConsequenceTest, 'withheldInformation' | 'harm' | 'publicInterest' | 'releasedPart' | 'note' | 'decisionReasons'>;

export async function getTest(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'backoffice.view');
  const { test, item } = await loadTest(ctx.db, id);
  const facts = factsOf(test, item);
  // Another unit's test answers like an unknown id.
  if (!can(ctx.actor, 'exemption.view', { unitId: test.unitId })) throw errors.notFound();
  // The internals are stored sealed; they are opened only for an actor the policy lets read them.
  const mayRead = canSeeTestInternals(ctx.actor, facts);
  const key = mayRead ? await itemReadKey(ctx, test.itemId) : null;
  const what = `consequence_tests ${test.id}`;
  const internals: Internals | null = mayRead
    ? revealTest(
        {
          withheldInformation: test.withheldInformation,
          harm: test.harm,
          publicInterest: test.publicInterest,
          releasedPart: test.releasedPart,
          note: test.note,
          decisionReasons: test.decisionReasons,
        },
        key,
        what,
      )
    : null;
  const steps: TestStep[] = (
    await ctx.db
      .select({ action: consequenceTestSteps.action, note: consequenceTestSteps.note, at: consequenceTestSteps.at, actorName: users.name })
      .from(consequenceTestSteps)
      .leftJoin(users, eq(users.id, consequenceTestSteps.actorId))
      .where(eq(consequenceTestSteps.testId, id))
      // Steps in the same instant (one transaction) in the order the way goes.
      .orderBy(asc(consequenceTestSteps.at), sql`array_position(${STEP_ORDER}::text[], ${consequenceTestSteps.action})`, asc(consequenceTestSteps.id))
  ).map((s) => ({ ...s, note: internals ? reveal(s.note, key, what) : '' }));
  key?.fill(0);
  const [unit] = await ctx.db.select({ name: units.name, code: units.code }).from(units).where(eq(units.id, test.unitId));
  const [request] = test.requestId
    ? await ctx.db
        .select({ id: informationRequests.id, number: informationRequests.number })
        .from(informationRequests)
        .where(eq(informationRequests.id, test.requestId))
    : [];
  const [review] = await ctx.db.select().from(exemptionReviews).where(eq(exemptionReviews.testId, id));
  const related = await ctx.db
    .select({ id: consequenceTests.id, number: consequenceTests.number, status: consequenceTests.status, supersedesId: consequenceTests.supersedesId })
    .from(consequenceTests)
    .where(or(test.supersedesId ? eq(consequenceTests.id, test.supersedesId) : sql`false`, eq(consequenceTests.supersedesId, id)));
  const today = await todayInBody(ctx);
  const open = test.status === 'draft' || test.status === 'returned';
  return {
    test: { ...test, withheldInformation: '', harm: '', publicInterest: '', releasedPart: '', note: '', decisionReasons: '' } as ConsequenceTest,
    internals,
    item: item as ItemFacts,
    unit: unit ?? { name: '', code: '' },
    request: request ?? null,
    review: review ?? null,
    supersedes: related.find((r) => r.id === test.supersedesId) ?? null,
    supersededBy: related.filter((r) => r.supersedesId === id),
    steps,
    today,
    inForce: await isInForce(ctx, id, today),
    may: {
      edit: open && canEditTest(ctx.actor, facts),
      /** Whether the policy lets the actor edit the test at all, whatever its state. */
      editor: canEditTest(ctx.actor, facts),
      submit: open && canEditTest(ctx.actor, facts),
      review: test.status === 'submitted' && canReviewTest(ctx.actor, facts),
      decide: test.status === 'reviewed' && canDecideTest(ctx.actor, facts),
      letter: !!test.number && !!internals,
    },
  };
}
export type TestView = Awaited<ReturnType<typeof getTest>>;

async function isInForce(ctx: Ctx, id: string, today: string): Promise<boolean> {
  const [r] = await ctx.db
    .select({ id: consequenceTests.id })
    .from(consequenceTests)
    .where(and(eq(consequenceTests.id, id), inForceOn(today)));
  return !!r;
}

/** A test the written notice of a request may cite: approved, its period running today. */
export type CitableTest = Pick<
  ConsequenceTest,
  'id' | 'number' | 'publicTitle' | 'publicSummary' | 'ground' | 'subpoint' | 'periodEnd' | 'requestId' | 'decisionDate'
>;

/**
 * In force today: approved with its period running, or superseded by an extension that has not started
 * yet (the exemption goes on without a gap until the new period begins).
 */
export const inForceOn = (today: string) => {
  const running = and(lte(consequenceTests.periodStart, today), or(isNull(consequenceTests.periodEnd), gte(consequenceTests.periodEnd, today)));
  return and(
    running,
    or(
      eq(consequenceTests.status, 'approved'),
      and(
        eq(consequenceTests.status, 'superseded'),
        sql`not exists (select 1 from consequence_tests n where n.supersedes_id = ${consequenceTests.id} and n.status = 'approved' and n.period_start <= ${today})`,
      ),
    ),
  );
};

export async function citableTests(db: DbOrTx, today: string, requestId?: string): Promise<CitableTest[]> {
  const rows = await db
    .select({
      id: consequenceTests.id,
      number: consequenceTests.number,
      publicTitle: consequenceTests.publicTitle,
      publicSummary: consequenceTests.publicSummary,
      ground: consequenceTests.ground,
      subpoint: consequenceTests.subpoint,
      periodEnd: consequenceTests.periodEnd,
      requestId: consequenceTests.requestId,
      decisionDate: consequenceTests.decisionDate,
    })
    .from(consequenceTests)
    .where(inForceOn(today))
    .orderBy(asc(consequenceTests.year), asc(consequenceTests.seq))
    .limit(1000);
  // The request's own tests first.
  return requestId ? [...rows.filter((r) => r.requestId === requestId), ...rows.filter((r) => r.requestId !== requestId)] : rows;
}

/** Tests drafted for a request that are not (yet) in force: for the officer's overview. */
export async function testsOfRequest(db: DbOrTx, requestId: string) {
  if (!isUuid(requestId)) return [];
  return db
    .select({ id: consequenceTests.id, status: consequenceTests.status, publicTitle: consequenceTests.publicTitle, number: consequenceTests.number })
    .from(consequenceTests)
    .where(and(eq(consequenceTests.requestId, requestId), inArray(consequenceTests.status, ['draft', 'submitted', 'returned', 'reviewed', 'rejected'])))
    .orderBy(asc(consequenceTests.createdAt));
}
