// Back-office reads of the outbox: one message with its body, and the pending count.
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.js';
import { outbox } from '../db/schema/index.js';
import { errors } from '../errors.js';
import { authorize } from '../policies/index.js';

/** The whole message, body included: without SMTP this is how an administrator passes on an invitation. */
export async function getOutboxMessage(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'outbox.view');
  const [row] = z.uuid().safeParse(id).success ? await ctx.db.select().from(outbox).where(eq(outbox.id, id)) : [];
  if (!row) throw errors.notFound();
  return row;
}

export async function pendingMailCount(ctx: Ctx): Promise<number> {
  authorize(ctx.actor, 'outbox.view');
  const [r] = await ctx.db
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.status, 'pending')));
  return Number(r?.n ?? 0);
}
