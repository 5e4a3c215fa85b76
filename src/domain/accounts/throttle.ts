// Login throttling per account and per IP, kept in the database so that every instance shares it.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { loginThrottle } from '../../db/schema/index.js';

export const THROTTLE = {
  windowMinutes: 15,
  maxPerAccount: 5,
  maxPerIp: 30,
};

export const accountKey = (email: string) => `acct:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Minutes to wait when the account or the IP is blocked; 0 when not blocked. */
export async function throttleWait(ctx: Ctx, keys: { account: string; ip: string | null }): Promise<number> {
  const list = [keys.account, ...(keys.ip ? [keys.ip] : [])];
  const rows = await ctx.db.select().from(loginThrottle).where(inArray(loginThrottle.key, list));
  const now = ctx.clock.now().getTime();
  const windowMs = THROTTLE.windowMinutes * 60_000;
  let wait = 0;
  for (const r of rows) {
    const limit = r.key.startsWith('acct:') ? THROTTLE.maxPerAccount : THROTTLE.maxPerIp;
    const until = r.lastFailureAt.getTime() + windowMs;
    if (r.failures >= limit && until > now) wait = Math.max(wait, Math.ceil((until - now) / 60_000));
  }
  return wait;
}

export async function recordFailure(ctx: Ctx, key: string): Promise<void> {
  const now = ctx.clock.now();
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000).toISOString();
  const nowIso = now.toISOString();
  // A failure outside the window starts the count again.
  await ctx.db
    .insert(loginThrottle)
    .values({ key, failures: 1, firstFailureAt: now, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${loginThrottle.lastFailureAt} < ${windowStart}::timestamptz then 1 else ${loginThrottle.failures} + 1 end`,
        firstFailureAt: sql`case when ${loginThrottle.lastFailureAt} < ${windowStart}::timestamptz then ${nowIso}::timestamptz else ${loginThrottle.firstFailureAt} end`,
        lastFailureAt: now,
      },
    });
}

export async function clearThrottle(ctx: Ctx, key: string): Promise<void> {
  await ctx.db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
