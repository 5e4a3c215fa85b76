// Units of the public body (SOPD): listing, creating and editing.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { asc, eq, and, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { units, users } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { isUuid } from '../../shared/ids.js';

export type Unit = typeof units.$inferSelect;

/** An email address that may be left empty (a unit's, the public body's and its PPID's contact). */
export const ZOptionalEmail = z
  .union([
    z.literal(''),
    z
      .string()
      .trim()
      .email({ message: messageRef('validation.not_valid_email_address') }),
  ])
  .default('');

export const ZUnit = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, { message: messageRef('validation.code_2_40_characters_lower_case') }),
  name: z
    .string()
    .trim()
    .min(3, { message: messageRef('validation.agency_name_required_least_3_characters') })
    .max(200, { message: messageRef('validation.most_200_characters') }),
  shortName: z
    .string()
    .trim()
    .max(60, { message: messageRef('validation.most_60_characters') })
    .default(''),
  isPpidUtama: z.boolean().default(false),
  address: z.string().trim().max(500).default(''),
  email: ZOptionalEmail,
  phone: z.string().trim().max(60).default(''),
  active: z.boolean().default(true),
});
export type UnitInput = z.infer<typeof ZUnit>;

/** Units the actor may see: all of them, or only the ppid_pembantu's own. */
export async function listUnits(ctx: Ctx): Promise<(Unit & { officers: { id: string; name: string }[] })[]> {
  authorize(ctx.actor, 'backoffice.view');
  const all = await ctx.db.select().from(units).orderBy(asc(units.name));
  const visible = all.filter((u) => can(ctx.actor, 'units.view', { unitId: u.id }));
  const officers = await ctx.db
    .select({ id: users.id, name: users.name, unitId: users.unitId })
    .from(users)
    .where(sql`'ppid_pembantu' = any(${users.roles})`);
  return visible.map((u) => ({ ...u, officers: officers.filter((o) => o.unitId === u.id).map(({ id, name }) => ({ id, name })) }));
}

export async function listPublicUnits(ctx: Pick<Ctx, 'db'>): Promise<Unit[]> {
  // By name, then the (unique) code: two units of the same name keep one order in every listing.
  return ctx.db.select().from(units).where(eq(units.active, true)).orderBy(asc(units.name), asc(units.code));
}

export async function getUnit(ctx: Ctx, id: string): Promise<Unit & { officers: { id: string; name: string; email: string; roles: string[] }[] }> {
  authorize(ctx.actor, 'backoffice.view');
  const [unit] = isUuid(id) ? await ctx.db.select().from(units).where(eq(units.id, id)) : [];
  if (!unit) throw errors.notFound();
  authorize(ctx.actor, 'units.view', { unitId: unit.id });
  const officers = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, roles: users.roles })
    .from(users)
    .where(eq(users.unitId, unit.id))
    .orderBy(asc(users.name));
  return { ...unit, officers };
}

const codeTaken = () => errors.validation({ code: catalogueMessages('units.units.code_already_used_another_unit') });

export async function createUnit(ctx: Ctx, input: UnitInput): Promise<Unit> {
  authorize(ctx.actor, 'units.manage');
  return inTransaction(ctx, async (t) => {
    const [dup] = await t.db.select({ id: units.id }).from(units).where(eq(units.code, input.code));
    if (dup) throw codeTaken();
    if (input.isPpidUtama) await t.db.update(units).set({ isPpidUtama: false }).where(eq(units.isPpidUtama, true));
    const now = t.clock.now();
    const [unit] = await t.db
      .insert(units)
      .values({ ...input, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(t, { action: 'unit.created', entityType: 'unit', entityId: unit!.id, after: input });
    return unit!;
  });
}

export async function updateUnit(ctx: Ctx, id: string, input: UnitInput): Promise<Unit> {
  authorize(ctx.actor, 'units.manage');
  return inTransaction(ctx, async (t) => {
    const [before] = await t.db.select().from(units).where(eq(units.id, id));
    if (!before) throw errors.notFound();
    const [dup] = await t.db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.code, input.code), sql`${units.id} <> ${id}`));
    if (dup) throw codeTaken();
    if (input.isPpidUtama && !before.isPpidUtama) await t.db.update(units).set({ isPpidUtama: false }).where(eq(units.isPpidUtama, true));
    const [unit] = await t.db
      .update(units)
      .set({ ...input, updatedAt: t.clock.now() })
      .where(eq(units.id, id))
      .returning();
    const { createdAt: _c, updatedAt: _u, id: _i, ...b } = before;
    await recordAudit(t, { action: 'unit.updated', entityType: 'unit', entityId: id, before: b, after: input });
    return unit!;
  });
}

export const unitNotEmpty = () => new AppError('unit_in_use', 409, catalogueMessages('units.units.unit_still_has_users'));
