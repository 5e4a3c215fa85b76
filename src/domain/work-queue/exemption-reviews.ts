// Expiry reviews (UU KIP Ps 20) open and due by the end of the test's period, for the Atasan PPID to decide;
// kept to the tests the actor may read.
import { and, asc, eq } from 'drizzle-orm';
import { classifiedItems, consequenceTests, exemptionReviews, units } from '../../db/schema/index.js';
import { canSeeQueuedTest } from '../../policies/work-queue.js';
import { SOURCE_LIMIT, whenDue, type WorkQueueSource } from './types.js';

export const exemptionReviewsDue: WorkQueueSource = {
  key: 'exemption_reviews',
  listHref: '/admin/uji-konsekuensi/peninjauan',
  navHref: '/admin/uji-konsekuensi/peninjauan',
  async collect(env) {
    const rows = await env.ctx.db
      .select({
        id: exemptionReviews.id,
        due: exemptionReviews.dueDate,
        title: consequenceTests.publicTitle,
        number: consequenceTests.number,
        unitId: consequenceTests.unitId,
        level: classifiedItems.securityLevel,
        unitName: units.name,
      })
      .from(exemptionReviews)
      .innerJoin(consequenceTests, eq(consequenceTests.id, exemptionReviews.testId))
      .innerJoin(classifiedItems, eq(classifiedItems.id, consequenceTests.itemId))
      .innerJoin(units, eq(units.id, consequenceTests.unitId))
      .where(and(eq(exemptionReviews.status, 'open'), env.unitId ? eq(consequenceTests.unitId, env.unitId) : undefined))
      .orderBy(asc(exemptionReviews.dueDate), asc(exemptionReviews.id))
      .limit(SOURCE_LIMIT);
    return rows
      .filter((x) => canSeeQueuedTest(env.ctx.actor, { unitId: x.unitId, level: x.level }))
      .map((x) => ({
        id: x.id,
        title: x.number ? `${x.number}: ${x.title}` : x.title,
        detail: x.unitName,
        href: '/admin/uji-konsekuensi/peninjauan',
        when: whenDue(env, x.due),
      }));
  },
};
