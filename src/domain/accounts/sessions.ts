// Server-side sessions: the cookie holds a random token, the database its sha256.
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Ctx, Role, UserActor } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { CLEARANCES, sessions, users, type Clearance } from '../../db/schema/index.js';
import { newToken, sha256 } from './tokens.js';

export async function createSession(ctx: Ctx, userId: string, meta: { userAgent?: string | null }): Promise<string> {
  const token = newToken();
  const now = ctx.clock.now();
  await ctx.db.insert(sessions).values({
    id: sha256(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ctx.settings.sessionTtlHours * 3600_000),
    ip: ctx.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export async function destroySession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sha256(token)));
}

export function toActor(u: typeof users.$inferSelect): UserActor {
  return {
    kind: 'user',
    id: u.id,
    name: u.name,
    email: u.email,
    roles: u.roles as Role[],
    unitId: u.unitId,
    locale: u.locale === 'en' ? 'en' : 'id',
    clearance: (CLEARANCES as readonly string[]).includes(u.clearance) ? (u.clearance as Clearance) : 'none',
  };
}

/** The user behind a session token, or null when the session is unknown, expired or the account locked. */
export async function resolveSession(ctx: Ctx, token: string): Promise<{ actor: UserActor; sessionId: string } | null> {
  const id = sha256(token);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .select({ s: sessions, u: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  if (!row || row.u.lockedAt) return null;
  // Sliding expiry, written at most every five minutes to spare the database.
  if (now.getTime() - row.s.lastSeenAt.getTime() > 5 * 60_000) {
    await ctx.db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + ctx.settings.sessionTtlHours * 3600_000) })
      .where(eq(sessions.id, id));
  }
  return { actor: toActor(row.u), sessionId: id };
}

export async function purgeExpiredSessions(ctx: Ctx): Promise<void> {
  await ctx.db.delete(sessions).where(lt(sessions.expiresAt, ctx.clock.now()));
}
