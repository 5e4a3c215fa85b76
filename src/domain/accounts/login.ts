// Sign-in with throttling per account and per IP; every attempt is audited.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { users } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { verifyPassword } from './passwords.js';
import { createSession, destroySession, toActor } from './sessions.js';
import { accountKey, clearThrottle, countAttempt, ipKey, uncountAttempt } from './throttle.js';

export const ZLogin = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { message: messageRef('validation.email_required') })
    .max(254),
  password: z
    .string()
    .min(1, { message: messageRef('validation.password_required') })
    .max(256),
});

const badCredentials = () => new AppError('bad_credentials', 401, catalogueMessages('accounts.login.wrong_email_password'));

export const throttled = (minutes: number) => new AppError('throttled', 429, catalogueMessages('accounts.login.too_many_failed_sign_attempts', { minutes }));

export async function login(
  ctx: Ctx,
  input: z.infer<typeof ZLogin>,
  meta: { previousToken?: string | null; userAgent?: string | null },
): Promise<{ token: string; actor: ReturnType<typeof toActor> }> {
  const keys = { account: accountKey(input.email), ip: ctx.ip ? ipKey(ctx.ip) : null };
  // Counted before the password is checked (atomically): a burst cannot get more checks than the limit.
  const wait = Math.max(await countAttempt(ctx, keys.account), keys.ip ? await countAttempt(ctx, keys.ip) : 0);
  if (wait > 0) {
    await recordAudit(ctx, { action: 'auth.login_throttled', entityType: 'user', details: { email: input.email } });
    throw throttled(wait);
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email));
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!ok || !user || user.lockedAt) {
    await inTransaction(ctx, async (t) => {
      await recordAudit(t, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        details: { email: input.email, reason: !user ? 'unknown_account' : user.lockedAt ? 'locked' : 'wrong_password' },
      });
    });
    if (ok && user?.lockedAt) {
      throw new AppError('account_locked', 403, catalogueMessages('accounts.login.your_account_locked_administrator_contact'));
    }
    throw badCredentials();
  }
  return inTransaction(ctx, async (t) => {
    // Rotation: whatever session the browser had before is ended, a new one is issued.
    if (meta.previousToken) await destroySession(t.db, meta.previousToken);
    const token = await createSession(t, user.id, { userAgent: meta.userAgent ?? null });
    await clearThrottle(t, keys.account);
    if (keys.ip) await uncountAttempt(t, keys.ip);
    await t.db.update(users).set({ lastLoginAt: t.clock.now() }).where(eq(users.id, user.id));
    const actor = toActor(user);
    await recordAudit({ ...t, actor }, { action: 'auth.login', entityType: 'user', entityId: user.id });
    return { token, actor };
  });
}

export async function logout(ctx: Ctx, token: string): Promise<void> {
  await inTransaction(ctx, async (t) => {
    await destroySession(t.db, token);
    if (ctx.actor.kind === 'user') {
      await recordAudit(t, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.id });
    }
  });
}
