// DIP entries in one workflow state with the title of the version being worked on.
import { and, asc, eq } from 'drizzle-orm';
import { dipEntries, dipVersions, units, type DipStatus } from '../../db/schema/index.js';
import { dateInZone } from '../calendar/dates.js';
import { SOURCE_LIMIT, whenWaiting, type QueueEnv, type QueueItem } from './types.js';

/** `since`: the submission for entries under review, the last change (the return) for returned ones. */
export async function dipEntriesIn(env: QueueEnv, status: DipStatus, since: 'submittedAt' | 'updatedAt'): Promise<QueueItem[]> {
  const e = dipEntries;
  const rows = await env.ctx.db
    .select({ id: e.id, number: e.number, title: dipVersions.title, at: e[since], updatedAt: e.updatedAt, unitName: units.name })
    .from(e)
    .innerJoin(dipVersions, eq(dipVersions.id, e.workingVersionId))
    .innerJoin(units, eq(units.id, e.unitId))
    .where(and(eq(e.status, status), env.unitId ? eq(e.unitId, env.unitId) : undefined))
    .orderBy(asc(e[since]), asc(e.id))
    .limit(SOURCE_LIMIT);
  return rows.map((x) => ({
    id: x.id,
    title: x.title,
    detail: `${x.number} · ${x.unitName}`,
    href: `/admin/dip/${x.id}`,
    when: whenWaiting(env, dateInZone(x.at ?? x.updatedAt, env.timeZone).date),
  }));
}
