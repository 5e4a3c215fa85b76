// Emails the outbox gave up on after its last retry, waiting for the administrator to send them again.
import { asc, eq } from 'drizzle-orm';
import { outbox } from '../../db/schema/index.js';
import { dateInZone } from '../calendar/dates.js';
import { SOURCE_LIMIT, whenWaiting, type WorkQueueSource } from './types.js';

export const outboxFailed: WorkQueueSource = {
  key: 'outbox_failed',
  listHref: '/admin/kotak-keluar',
  navHref: '/admin/kotak-keluar',
  async collect(env) {
    const rows = await env.ctx.db
      .select({ id: outbox.id, subject: outbox.subject, template: outbox.template, at: outbox.createdAt })
      .from(outbox)
      .where(eq(outbox.status, 'failed'))
      .orderBy(asc(outbox.createdAt), asc(outbox.id))
      .limit(SOURCE_LIMIT);
    return rows.map((x) => ({
      id: x.id,
      title: x.subject,
      detail: x.template,
      href: `/admin/kotak-keluar/${x.id}`,
      when: whenWaiting(env, dateInZone(x.at, env.timeZone).date),
    }));
  },
};
