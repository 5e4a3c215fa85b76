// User accounts managed by the administrator: list, create (with an emailed invitation), edit, lock, unlock.
import { messageRef, messages, bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ROLES, inTransaction, type Ctx, type Role } from '../../context.js';
import { sessions, units, users, loginThrottle } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword, ZPassword } from '../accounts/passwords.js';
import { issueLinkToken } from '../accounts/password-reset.js';
import { accountKey } from '../accounts/throttle.js';
import { newToken } from '../accounts/tokens.js';
import { isUuid } from '../../shared/ids.js';

export type User = typeof users.$inferSelect;
export type PublicUser = Omit<User, 'passwordHash'>;

export const ZUser = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, { message: messageRef('validation.name_required') })
      .max(200, { message: messageRef('validation.most_200_characters') }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .email({ message: messageRef('validation.not_valid_email_address') })
      .max(254),
    nip: z
      .union([
        z.literal(''),
        z
          .string()
          .trim()
          .regex(/^\d{18}$/, { message: messageRef('validation.nip_has_18_digits_left_empty') }),
      ])
      .default(''),
    unitId: z.union([z.literal(''), z.uuid({ message: messageRef('validation.unknown_agency') })]).default(''),
    roles: z.array(z.enum(ROLES, { message: messageRef('validation.unknown_role') })).min(1, { message: messageRef('validation.choose_least_one_role') }),
    locale: z.enum(['id', 'en']).default('id'),
  })
  .refine((v) => !v.roles.includes('ppid_pembantu') || v.unitId !== '', {
    message: messageRef('validation.agency_information_officer_belong_agency'),
    path: ['unitId'],
  });
export type UserInput = z.infer<typeof ZUser>;

function present(u: User): PublicUser {
  const { passwordHash: _p, ...rest } = u;
  return rest;
}

function auditView(u: Pick<User, 'name' | 'email' | 'nip' | 'unitId' | 'roles' | 'locale'>) {
  return { name: u.name, email: u.email, nip: u.nip ?? '', unitId: u.unitId ?? '', roles: u.roles, locale: u.locale };
}

export async function listUsers(ctx: Ctx): Promise<(PublicUser & { unitName: string | null })[]> {
  authorize(ctx.actor, 'users.view');
  const rows = await ctx.db.select({ u: users, unitName: units.name }).from(users).leftJoin(units, eq(units.id, users.unitId)).orderBy(asc(users.name));
  return rows.map((r) => ({ ...present(r.u), unitName: r.unitName }));
}

export async function getUser(ctx: Ctx, id: string): Promise<PublicUser> {
  authorize(ctx.actor, 'users.view');
  const [u] = isUuid(id) ? await ctx.db.select().from(users).where(eq(users.id, id)) : [];
  if (!u) throw errors.notFound();
  return present(u);
}

const emailTaken = () => errors.validation({ email: catalogueMessages('users.users.email_already_used_another_account') });

async function checkUnit(ctx: Ctx, unitId: string) {
  if (!unitId) return;
  const [u] = await ctx.db.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!u) throw errors.validation({ unitId: catalogueMessages('users.users.unknown_unit') });
}

/**
 * Creates an account. Without a password, the user gets an emailed link to choose one
 * (an administrator never needs to know another person's password).
 */
export async function createUser(ctx: Ctx, input: UserInput & { password?: string }): Promise<PublicUser> {
  authorize(ctx.actor, 'users.manage');
  if (input.password !== undefined && !ZPassword.safeParse(input.password).success) {
    throw errors.validation({ password: messages('validation.password_needs_least_10_characters') });
  }
  const passwordHash = await hashPassword(input.password ?? newToken());
  return inTransaction(ctx, async (t) => {
    const [dup] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (dup) throw emailTaken();
    await checkUnit(t, input.unitId);
    const now = t.clock.now();
    const [user] = await t.db
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        nip: input.nip || null,
        unitId: input.unitId || null,
        roles: input.roles,
        clearance: defaultClearance(input.roles),
        locale: input.locale,
        passwordHash,
        passwordChangedAt: input.password ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!input.password) await issueLinkToken(t, user!, 'account_invite');
    await recordAudit(t, { action: 'user.created', entityType: 'user', entityId: user!.id, after: auditView(user!) });
    return present(user!);
  });
}

export async function updateUser(ctx: Ctx, id: string, input: UserInput): Promise<PublicUser> {
  authorize(ctx.actor, 'users.manage');
  return inTransaction(ctx, async (t) => {
    const [before] = await t.db.select().from(users).where(eq(users.id, id));
    if (!before) throw errors.notFound();
    if (input.email !== before.email) {
      const [dup] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
      if (dup) throw emailTaken();
    }
    await checkUnit(t, input.unitId);
    guardLastAdmin(t, before, input.roles);
    await assertNotLastAdmin(t, before, input.roles);
    const [user] = await t.db
      .update(users)
      .set({
        name: input.name,
        email: input.email,
        nip: input.nip || null,
        unitId: input.unitId || null,
        roles: input.roles,
        locale: input.locale,
        updatedAt: t.clock.now(),
      })
      .where(eq(users.id, id))
      .returning();
    // New roles or a new unit take effect at the next request; sessions stay valid.
    await recordAudit(t, { action: 'user.updated', entityType: 'user', entityId: id, before: auditView(before), after: auditView(user!) });
    return present(user!);
  });
}

function guardLastAdmin(ctx: Ctx, before: User, roles: Role[]) {
  if (ctx.actor.kind === 'user' && ctx.actor.id === before.id && before.roles.includes('admin') && !roles.includes('admin')) {
    throw new AppError('self_demote', 409, catalogueMessages('users.users.you_cannot_remove_administrator_role'));
  }
}

async function assertNotLastAdmin(ctx: Ctx, before: User, roles: Role[] | null) {
  if (!before.roles.includes('admin') || (roles && roles.includes('admin'))) return;
  const admins = await ctx.db.select({ id: users.id, roles: users.roles, lockedAt: users.lockedAt }).from(users);
  const active = admins.filter((a) => a.roles.includes('admin') && !a.lockedAt && a.id !== before.id);
  if (active.length === 0) {
    throw new AppError('last_admin', 409, catalogueMessages('users.users.there_must_least_one_active'));
  }
}

export const ZLock = z.object({
  reason: z
    .string()
    .trim()
    .min(3, { message: messageRef('validation.give_reason_locking_least_3_characters') })
    .max(500),
});

export async function lockUser(ctx: Ctx, id: string, input: z.infer<typeof ZLock>): Promise<void> {
  authorize(ctx.actor, 'users.manage');
  await inTransaction(ctx, async (t) => {
    const [before] = await t.db.select().from(users).where(eq(users.id, id));
    if (!before) throw errors.notFound();
    if (t.actor.kind === 'user' && t.actor.id === id) {
      throw new AppError('self_lock', 409, catalogueMessages('users.users.you_cannot_lock_your_own'));
    }
    await assertNotLastAdmin(t, before, null);
    await t.db.update(users).set({ lockedAt: t.clock.now(), lockedReason: input.reason, updatedAt: t.clock.now() }).where(eq(users.id, id));
    await t.db.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(t, { action: 'user.locked', entityType: 'user', entityId: id, details: { reason: input.reason } });
  });
}

export async function unlockUser(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx.actor, 'users.manage');
  await inTransaction(ctx, async (t) => {
    const [before] = await t.db.select().from(users).where(eq(users.id, id));
    if (!before) throw errors.notFound();
    await t.db.update(users).set({ lockedAt: null, lockedReason: null, updatedAt: t.clock.now() }).where(eq(users.id, id));
    // Unlocking also lifts a login throttle on the account.
    await t.db.delete(loginThrottle).where(eq(loginThrottle.key, accountKey(before.email)));
    await recordAudit(t, { action: 'user.unlocked', entityType: 'user', entityId: id });
  });
}

/** An administrator sends a user a fresh link to choose a new password. */
export async function sendResetLink(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx.actor, 'users.manage');
  await inTransaction(ctx, async (t) => {
    const [user] = await t.db.select().from(users).where(eq(users.id, id));
    if (!user) throw errors.notFound();
    await issueLinkToken(t, user, 'password_reset');
    await recordAudit(t, { action: 'user.reset_link_sent', entityType: 'user', entityId: id });
  });
}

/** For the CLI and the first-run page: an administrator with a chosen password. */
export async function createFirstAdmin(ctx: Ctx, input: { name: string; email: string; password: string }): Promise<PublicUser> {
  const parsed = ZUser.safeParse({ name: input.name, email: input.email, roles: ['admin'] });
  const pw = ZPassword.safeParse(input.password);
  if (!parsed.success || !pw.success) {
    const fields: Record<string, { id: string; en: string }> = {};
    for (const issue of [...(parsed.error?.issues ?? []), ...(pw.error?.issues.map((i) => ({ ...i, path: ['password'] })) ?? [])]) {
      const k = String(issue.path[0] ?? '_');
      fields[k] ??= bilingual(issue.message);
    }
    throw errors.validation(fields);
  }
  return createUser(ctx, { ...parsed.data, password: input.password });
}

export async function countUsers(ctx: Pick<Ctx, 'db'>): Promise<number> {
  const rows = await ctx.db.select({ id: users.id }).from(users).limit(1);
  return rows.length;
}

/** A signed-in user chooses the language of pages and emails. */
export async function setOwnLocale(ctx: Ctx, locale: 'id' | 'en'): Promise<void> {
  authorize(ctx.actor, 'account.manage_own');
  if (ctx.actor.kind !== 'user') throw errors.unauthenticated();
  const { id, locale: before } = ctx.actor;
  await inTransaction(ctx, async (t) => {
    await t.db.update(users).set({ locale, updatedAt: t.clock.now() }).where(eq(users.id, id));
    await recordAudit(t, { action: 'user.locale_changed', entityType: 'user', entityId: id, before: { locale: before }, after: { locale } });
  });
}

/**
 * Staff start able to read what is classified Biasa (with need-to-know); an account that is only an
 * administrator starts with no clearance at all. Higher levels are given by the Atasan PPID.
 */
export function defaultClearance(roles: readonly string[]): 'none' | 'biasa' {
  return roles.length > 0 && roles.every((r) => r === 'admin') ? 'none' : 'biasa';
}
