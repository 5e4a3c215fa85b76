// Dispositions a unit has not answered yet, on requests still open, by the unit's own deadline.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { informationRequests, requestDispositions, units } from '../../db/schema/index.js';
import { OPEN_STATUSES } from '../requests/case.js';
import { SOURCE_LIMIT, whenDue, type WorkQueueSource } from './types.js';

export const unitDispositions: WorkQueueSource = {
  key: 'unit_dispositions',
  listHref: '/admin/permohonan?filter=terbuka',
  navHref: '/admin/permohonan',
  async collect(env) {
    const d = requestDispositions;
    const rows = await env.ctx.db
      .select({ id: d.id, requestId: d.requestId, number: informationRequests.number, due: d.internalDueDate, unitName: units.name })
      .from(d)
      .innerJoin(informationRequests, eq(informationRequests.id, d.requestId))
      .innerJoin(units, eq(units.id, d.unitId))
      .where(and(isNull(d.answeredAt), inArray(informationRequests.status, [...OPEN_STATUSES]), env.unitId ? eq(d.unitId, env.unitId) : undefined))
      .orderBy(asc(d.internalDueDate), asc(d.id))
      .limit(SOURCE_LIMIT);
    return rows.map((x) => ({
      id: x.id,
      title: x.number,
      detail: x.unitName,
      href: `/admin/permohonan/${x.requestId}`,
      when: whenDue(env, x.due),
      subject: `request:${x.requestId}`,
    }));
  },
};
