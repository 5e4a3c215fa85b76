// Open requests between two due dates, with the units they were disposed to (shared by the overdue and
// due-soon sources).
import { and, asc, eq, gte, inArray, lt, lte, type SQL } from 'drizzle-orm';
import { informationRequests, requestDispositions, units } from '../../db/schema/index.js';
import { OPEN_STATUSES } from '../requests/case.js';
import { SOURCE_LIMIT, whenDue, type QueueEnv, type QueueItem } from './types.js';

export async function openRequestsDue(env: QueueEnv, range: { before?: string; from?: string; to?: string }): Promise<QueueItem[]> {
  const r = informationRequests;
  const where: SQL[] = [inArray(r.status, [...OPEN_STATUSES])];
  if (range.before) where.push(lt(r.dueDate, range.before));
  if (range.from) where.push(gte(r.dueDate, range.from));
  if (range.to) where.push(lte(r.dueDate, range.to));
  const rows = await env.ctx.db
    .select({ id: r.id, number: r.number, dueDate: r.dueDate, unitId: r.unitId })
    .from(r)
    .where(and(...where))
    .orderBy(asc(r.dueDate), asc(r.seq))
    .limit(SOURCE_LIMIT);
  if (!rows.length) return [];
  const disposed = await env.ctx.db
    .select({ requestId: requestDispositions.requestId, name: units.name })
    .from(requestDispositions)
    .innerJoin(units, eq(units.id, requestDispositions.unitId))
    .where(
      inArray(
        requestDispositions.requestId,
        rows.map((x) => x.id),
      ),
    );
  return rows.map((x) => ({
    id: x.id,
    title: x.number,
    detail: disposed
      .filter((d) => d.requestId === x.id)
      .map((d) => d.name)
      .join(', '),
    href: `/admin/permohonan/${x.id}`,
    when: whenDue(env, x.dueDate),
    subject: `request:${x.id}`,
  }));
}
