// Back-office view of the email outbox: list, read one message, queue a failed one again.
import { Hono } from 'hono';
import { z } from 'zod';
import { getOutboxMessage, pendingMailCount } from '../../../jobs/outbox-admin.js';
import { listOutbox, resendMessage } from '../../../jobs/outbox-worker.js';
import { view } from '../../forms.js';
import { OutboxMessagePage, OutboxPage } from '../../pages/admin/outbox.js';
import type { Env } from '../../types.js';

export { pendingMailCount };
export const outboxRoutes = new Hono<Env>();

const PAGE = 50;
const ZQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});

outboxRoutes.get('/', async (c) => {
  const q = ZQuery.parse(c.req.query());
  const { items, counts, total } = await listOutbox(c.get('ctx'), { status: q.status, limit: PAGE, offset: (q.page - 1) * PAGE });
  const href = (p: number) => `/admin/kotak-keluar?${new URLSearchParams({ ...(q.status ? { status: q.status } : {}), page: String(p) })}`;
  return c.html(
    <OutboxPage
      v={view(c)}
      items={items}
      counts={counts}
      status={q.status ?? ''}
      smtpConfigured={!!c.get('deps').config.smtpUrl}
      prevHref={q.page > 1 ? href(q.page - 1) : null}
      nextHref={q.page * PAGE < total ? href(q.page + 1) : null}
    />,
  );
});

outboxRoutes.get('/:id', async (c) => {
  const m = await getOutboxMessage(c.get('ctx'), c.req.param('id'));
  c.header('referrer-policy', 'no-referrer');
  return c.html(<OutboxMessagePage v={view(c)} m={m} />);
});

// "Kirim ulang / Resend": a pending or failed message is queued again, a sent one gets a fresh copy.
outboxRoutes.post('/:id/kirim-ulang', async (c) => {
  const r = await resendMessage(c.get('ctx'), c.req.param('id'));
  return c.redirect(`/admin/kotak-keluar/${r.id}?ok=${r.copied ? 'outbox.resent' : 'outbox.retried'}`, 303);
});
