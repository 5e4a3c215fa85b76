// Password reset by an emailed one-time link, and the same mechanism for invitations of new users.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { passwordResetTokens, sessions, users } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPublicBody } from '../org/public-body.js';
import { hashPassword, verifyPassword, ZPassword } from './passwords.js';
import { newToken, sha256 } from './tokens.js';
import { accountKey, clearThrottle } from './throttle.js';

export const RESET_MINUTES = 60;
export const INVITE_MINUTES = 72 * 60;

export const ZResetRequest = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email({ message: messageRef('validation.not_valid_email_address') })
    .max(254),
});

/** Issues a one-time link token for the user and queues the email in the same transaction. */
export async function issueLinkToken(ctx: Ctx, user: typeof users.$inferSelect, kind: 'password_reset' | 'account_invite'): Promise<void> {
  const token = newToken();
  const now = ctx.clock.now();
  const minutes = kind === 'password_reset' ? RESET_MINUTES : INVITE_MINUTES;
  await ctx.db.insert(passwordResetTokens).values({
    tokenHash: sha256(token),
    userId: user.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + minutes * 60_000),
  });
  const body = (await getPublicBody(ctx.db))?.name ?? 'Q-Gesy';
  const link = `${ctx.settings.baseUrl}/atur-sandi/${token}`;
  if (kind === 'password_reset') {
    await enqueueMail(ctx, {
      to: user.email,
      toName: user.name,
      locale: user.locale,
      template: 'password_reset',
      params: { name: user.name, link, minutes, body },
      secret: token,
    });
  } else {
    await enqueueMail(ctx, {
      to: user.email,
      toName: user.name,
      locale: user.locale,
      template: 'account_invite',
      params: { name: user.name, link, minutes, body, email: user.email },
      secret: token,
    });
  }
}

/** Always answers the same way, whether or not the address has an account. */
export async function requestPasswordReset(ctx: Ctx, input: z.infer<typeof ZResetRequest>): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email));
  if (!user || user.lockedAt) return;
  // At most three live links per account: enough for a lost email, not a way to flood an inbox.
  const live = await ctx.db
    .select({ t: passwordResetTokens.tokenHash })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, ctx.clock.now())));
  if (live.length >= 3) return;
  await inTransaction(ctx, async (t) => {
    await issueLinkToken(t, user, 'password_reset');
    await recordAudit(t, { action: 'auth.password_reset_requested', entityType: 'user', entityId: user.id });
  });
}

const invalidLink = () => new AppError('invalid_link', 400, catalogueMessages('accounts.password-reset.link_no_longer_valid_already'));

export async function findLinkUser(ctx: Ctx, token: string) {
  const [row] = await ctx.db
    .select({ u: users })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(and(eq(passwordResetTokens.tokenHash, sha256(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, ctx.clock.now())));
  if (!row || row.u.lockedAt) throw invalidLink();
  return row.u;
}

export const ZNewPassword = z
  .object({ password: ZPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: messageRef('validation.two_passwords_do_not_match'), path: ['confirm'] });

export async function resetPassword(ctx: Ctx, token: string, input: z.infer<typeof ZNewPassword>): Promise<void> {
  const user = await findLinkUser(ctx, token);
  const passwordHash = await hashPassword(input.password);
  await inTransaction(ctx, async (t) => {
    const now = t.clock.now();
    const used = await t.db
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.tokenHash, sha256(token)), isNull(passwordResetTokens.usedAt)))
      .returning();
    if (used.length !== 1) throw invalidLink();
    // Every other outstanding link dies with this one.
    await t.db
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await t.db.update(users).set({ passwordHash, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, user.id));
    await t.db.delete(sessions).where(eq(sessions.userId, user.id));
    await clearThrottle(t, accountKey(user.email));
    await recordAudit(t, { action: 'auth.password_reset', entityType: 'user', entityId: user.id });
  });
}

export const ZChangePassword = z
  .object({ current: z.string().min(1, { message: messageRef('validation.current_password_required') }), password: ZPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: messageRef('validation.two_passwords_do_not_match'), path: ['confirm'] });

export async function changePassword(ctx: Ctx, input: z.infer<typeof ZChangePassword>, keepSessionId: string): Promise<void> {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthenticated', 401, catalogueMessages('accounts.password-reset.please_sign_first'));
  const actor = ctx.actor;
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, input.current))) {
    throw new AppError('validation_failed', 422, catalogueMessages('accounts.password-reset.current_password_wrong'), {
      current: catalogueMessages('accounts.password-reset.current_password_wrong'),
    });
  }
  const passwordHash = await hashPassword(input.password);
  await inTransaction(ctx, async (t) => {
    const now = t.clock.now();
    await t.db.update(users).set({ passwordHash, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, user.id));
    // Other browsers signed in as this user are signed out.
    await t.db.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, keepSessionId)));
    const body = (await getPublicBody(t.db))?.name ?? 'Q-Gesy';
    await enqueueMail(t, { to: user.email, toName: user.name, locale: user.locale, template: 'password_changed', params: { name: user.name, body } });
    await recordAudit(t, { action: 'auth.password_changed', entityType: 'user', entityId: user.id });
  });
}
