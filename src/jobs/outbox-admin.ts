// Back-office reads of the outbox: one message with its body, and the pending count.
import { and, count, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { outbox } from '../db/schema/index.js';
import { errors } from '../errors.js';
import { authorize, can } from '../policies/index.js';
import { maskSecret } from '../mail/secret.js';
import { isUuid } from '../shared/ids.js';

/** A message as the back office shows it: the secret masked (policy outbox.read_secret), never the sealed value. */
export type OutboxMessageView = Omit<typeof outbox.$inferSelect, 'secret'> & { hasSecret: boolean };

/**
 * One message with its body. Its secret (tracking code, reset / sign-in / invitation link) is masked:
 * nobody reads it here, the administrator included; "Kirim ulang / Resend" sends it to its recipient.
 */
export async function getOutboxMessage(ctx: Ctx, id: string): Promise<OutboxMessageView> {
  authorize(ctx.actor, 'outbox.view');
  const [row] = isUuid(id) ? await ctx.db.select().from(outbox).where(eq(outbox.id, id)) : [];
  if (!row) throw errors.notFound();
  const { secret, ...rest } = row;
  // No role may read a secret; the masked body is all anyone gets (the policy says so, not this code).
  const shown = can(ctx.actor, 'outbox.read_secret') ? rest : { ...rest, subject: maskSecret(rest.subject), textBody: maskSecret(rest.textBody) };
  return { ...shown, hasSecret: secret !== null };
}

export async function pendingMailCount(ctx: Ctx): Promise<number> {
  authorize(ctx.actor, 'outbox.view');
  const [r] = await ctx.db
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.status, 'pending')));
  return Number(r?.n ?? 0);
}
