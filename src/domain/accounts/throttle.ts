// Login throttling per account and per IP, kept in the database so that every instance shares it.
// Every attempt is counted BEFORE its password is checked, by one atomic upsert that returns the new
// count: concurrent attempts queue on the row, so a burst can never have more passwords checked than the
// limit (a count read first and written after the check let 29 of 30 concurrent guesses through).
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { loginThrottle } from '../../db/schema/index.js';

export const THROTTLE = {
  windowMinutes: 15,
  maxPerAccount: 5,
  maxPerIp: 30,
};

export const accountKey = (email: string) => `acct:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

const limitOf = (key: string) => (key.startsWith('acct:') ? THROTTLE.maxPerAccount : THROTTLE.maxPerIp);

/**
 * Counts one attempt on a key and returns the minutes to wait when this attempt is over the limit (0 when
 * it may go on to the password check). A count outside the window starts again at 1; while a key is
 * blocked, further attempts are counted but do not push the end of the block further out.
 */
export async function countAttempt(ctx: Ctx, key: string): Promise<number> {
  const limit = limitOf(key);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const windowMs = THROTTLE.windowMinutes * 60_000;
  const windowStart = new Date(now.getTime() - windowMs).toISOString();
  const expired = sql`${loginThrottle.lastFailureAt} < ${windowStart}::timestamptz`;
  const [row] = await ctx.db
    .insert(loginThrottle)
    .values({ key, failures: 1, firstFailureAt: now, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${loginThrottle.failures} + 1 end`,
        firstFailureAt: sql`case when ${expired} then ${nowIso}::timestamptz else ${loginThrottle.firstFailureAt} end`,
        lastFailureAt: sql`case when not (${expired}) and ${loginThrottle.failures} >= ${limit} then ${loginThrottle.lastFailureAt} else ${nowIso}::timestamptz end`,
      },
    })
    .returning({ failures: loginThrottle.failures, lastFailureAt: loginThrottle.lastFailureAt });
  if (!row || row.failures <= limit) return 0;
  const until = row.lastFailureAt.getTime() + windowMs;
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}

/** Gives back an attempt that turned out to be a successful sign-in (the IP's count is of failures). */
export async function uncountAttempt(ctx: Ctx, key: string): Promise<void> {
  await ctx.db
    .update(loginThrottle)
    .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
    .where(eq(loginThrottle.key, key));
}

export async function clearThrottle(ctx: Ctx, key: string): Promise<void> {
  await ctx.db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
