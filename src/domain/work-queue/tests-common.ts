// Consequence tests in one state, kept to those the actor may read (clearance on the item's level): the
// others are neither counted nor titled.
import { and, asc, eq } from 'drizzle-orm';
import { classifiedItems, consequenceTests, units, type TestStatus } from '../../db/schema/index.js';
import { canSeeQueuedTest } from '../../policies/work-queue.js';
import { dateInZone } from '../calendar/dates.js';
import { SOURCE_LIMIT, whenWaiting, type QueueEnv, type QueueItem } from './types.js';

export async function testsInState(env: QueueEnv, status: TestStatus): Promise<QueueItem[]> {
  const t = consequenceTests;
  const rows = await env.ctx.db
    .select({ id: t.id, title: t.publicTitle, unitId: t.unitId, level: classifiedItems.securityLevel, since: t.updatedAt, unitName: units.name })
    .from(t)
    .innerJoin(classifiedItems, eq(classifiedItems.id, t.itemId))
    .innerJoin(units, eq(units.id, t.unitId))
    .where(and(eq(t.status, status), env.unitId ? eq(t.unitId, env.unitId) : undefined))
    .orderBy(asc(t.updatedAt), asc(t.id))
    .limit(SOURCE_LIMIT);
  return rows
    .filter((x) => canSeeQueuedTest(env.ctx.actor, { unitId: x.unitId, level: x.level }))
    .map((x) => ({
      id: x.id,
      title: x.title,
      detail: x.unitName,
      href: `/admin/uji-konsekuensi/${x.id}`,
      when: whenWaiting(env, dateInZone(x.since, env.timeZone).date),
    }));
}
