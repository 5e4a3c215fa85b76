// Security clearances of staff: the Atasan PPID's list and change (canSetClearance: never their own, never
// above their own), and the operator's `qgesy clearance` for the first Atasan PPID. Every change audited.
import { messageRef, messages, catalogueMessages } from '../../i18n/catalogue.js';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx, type Role } from '../../context.js';
import { CLEARANCES, units, users, type Clearance } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { canSetClearance } from '../../policies/classification.js';
import { recordAudit } from '../audit/record-audit.js';
import { isUuid } from '../../shared/ids.js';

export const CLEARANCE_LABELS: Record<Clearance, { id: string; en: string }> = {
  none: { id: 'Tanpa izin akses', en: 'No clearance' },
  biasa: { id: 'Biasa', en: 'Ordinary' },
  terbatas: { id: 'Terbatas', en: 'Restricted' },
  rahasia: { id: 'Rahasia', en: 'Secret' },
  sangat_rahasia: { id: 'Sangat Rahasia', en: 'Top secret' },
};

export const ZClearance = z.enum(CLEARANCES, { message: messageRef('classified.choose_clearance') });

export type ClearanceRow = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  unitName: string | null;
  clearance: Clearance;
  locked: boolean;
  /** Whether the actor may change it (canSetClearance with the present clearance). */
  mayChange: boolean;
};

const asClearance = (c: string): Clearance => ((CLEARANCES as readonly string[]).includes(c) ? (c as Clearance) : 'none');

/** Every account with its clearance, for the Atasan PPID. */
export async function listClearances(ctx: Ctx): Promise<ClearanceRow[]> {
  authorize(ctx.actor, 'clearance.manage');
  const rows = await ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      roles: users.roles,
      unitName: units.name,
      clearance: users.clearance,
      lockedAt: users.lockedAt,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .orderBy(asc(users.name));
  return rows.map((r) => {
    const clearance = asClearance(r.clearance);
    return {
      id: r.id,
      name: r.name,
      email: r.email,
      roles: r.roles as Role[],
      unitName: r.unitName,
      clearance,
      locked: !!r.lockedAt,
      mayChange: canSetClearance(ctx.actor, { userId: r.id, from: clearance, to: 'none' }),
    };
  });
}

const refused = () => new AppError('clearance_refused', 403, catalogueMessages('classified.clearances.you_cannot_change_user_s'));

async function setFor(ctx: Ctx, user: typeof users.$inferSelect, to: Clearance): Promise<{ from: Clearance; to: Clearance }> {
  const from = asClearance(user.clearance);
  if (!canSetClearance(ctx.actor, { userId: user.id, from, to })) throw refused();
  if (from === to) return { from, to };
  await inTransaction(ctx, async (t) => {
    await t.db.update(users).set({ clearance: to, updatedAt: t.clock.now() }).where(eq(users.id, user.id));
    await recordAudit(t, { action: 'user.clearance_changed', entityType: 'user', entityId: user.id, before: { clearance: from }, after: { clearance: to } });
  });
  return { from, to };
}

/** The Atasan PPID sets a user's clearance (back office). */
export async function setClearance(ctx: Ctx, userId: string, raw: string): Promise<{ from: Clearance; to: Clearance }> {
  authorize(ctx.actor, 'clearance.manage');
  const to = ZClearance.safeParse(raw);
  if (!to.success) throw errors.validation({ clearance: messages('classified.choose_clearance') });
  const [user] = isUuid(userId) ? await ctx.db.select().from(users).where(eq(users.id, userId)) : [];
  if (!user) throw errors.notFound();
  return setFor(ctx, user, to.data);
}

/** `qgesy clearance --email E --level L`: the operator's way to clear the first Atasan PPID. */
export async function setClearanceByEmail(ctx: Ctx, email: string, raw: string): Promise<{ name: string; from: Clearance; to: Clearance }> {
  const to = ZClearance.safeParse(raw);
  if (!to.success) {
    throw new AppError(
      'bad_clearance',
      422,
      catalogueMessages('classified.clearances.unknown_level_choose_one', { CLEARANCESJoin: CLEARANCES.join(', '), raw }),
    );
  }
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  if (!user) {
    throw new AppError('user_not_found', 404, catalogueMessages('classified.clearances.there_no_account_email', { email }));
  }
  return { name: user.name, ...(await setFor(ctx, user, to.data)) };
}
