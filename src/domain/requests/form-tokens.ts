// The request form's anti-bot token is single-use: the accepted submission spends it, in the same transaction
// as the request it registers, by an insert that does nothing when the token is already there. Of any number
// of submissions replaying one token at once, exactly one commits; the others find the row (PostgreSQL makes
// them wait on the first one's key and then see it) and are refused. A submission that fails rolls back and
// leaves the token usable.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { createHash } from 'node:crypto';
import { lt } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { spentFormTokens } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';

export const formTokenHash = (token: string) => createHash('sha256').update(`form-token:${token}`).digest('hex');

export const formTokenSpent = () => new AppError('form_token_spent', 422, catalogueMessages('requests-form.form-tokens.form_has_already_been_sent'));

/** Spends the token inside the caller's transaction; false when it was spent before. */
export async function spendFormToken(tx: DbOrTx, token: { value: string; expiresAt: Date }, now: Date): Promise<boolean> {
  const rows = await tx
    .insert(spentFormTokens)
    .values({ tokenHash: formTokenHash(token.value), spentAt: now, expiresAt: token.expiresAt })
    .onConflictDoNothing()
    .returning({ h: spentFormTokens.tokenHash });
  return rows.length === 1;
}

/** Forgets tokens that could not be used any more anyway (the form refuses them as expired). */
export async function pruneSpentFormTokens(ctx: Pick<Ctx, 'db' | 'clock'>): Promise<number> {
  const rows = await ctx.db.delete(spentFormTokens).where(lt(spentFormTokens.expiresAt, ctx.clock.now())).returning({ h: spentFormTokens.tokenHash });
  return rows.length;
}
