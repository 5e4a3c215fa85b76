// Objections waiting for the Atasan PPID's written decision (UU KIP Ps 36(2): 30 working days).
import { asc, eq } from 'drizzle-orm';
import { informationRequests, objections } from '../../db/schema/index.js';
import { SOURCE_LIMIT, whenDue, type WorkQueueSource } from './types.js';

export const objectionsToDecide: WorkQueueSource = {
  key: 'objections',
  listHref: '/admin/keberatan',
  navHref: '/admin/keberatan',
  async collect(env) {
    const rows = await env.ctx.db
      .select({ id: objections.id, number: objections.number, due: objections.dueDate, requestNumber: informationRequests.number })
      .from(objections)
      .leftJoin(informationRequests, eq(informationRequests.id, objections.requestId))
      .where(eq(objections.status, 'received'))
      .orderBy(asc(objections.dueDate), asc(objections.seq))
      .limit(SOURCE_LIMIT);
    return rows.map((x) => ({
      id: x.id,
      title: x.number,
      detail: x.requestNumber ?? 'Pasal 35 ayat (1) huruf b',
      href: `/admin/keberatan/${x.id}`,
      when: whenDue(env, x.due),
    }));
  },
};
