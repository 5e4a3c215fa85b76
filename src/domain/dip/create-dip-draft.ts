// A PPID Pembantu (or the PPID Utama) drafts a new DIP entry for a unit.
import { messages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { dipEntries, dipVersions, units } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { ZDipInput, type DipInput } from './input.js';
import { nextNumber, uniqueSlug } from './workflow-shared.js';
import type { DipEntry } from './workflow.js';
import { actorId, isUuid } from '../../shared/ids.js';
import { yearInZone, zoneOf } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';

/** A PPID Pembantu (or the PPID Utama) drafts a new entry for a unit. */
export async function createDraft(ctx: Ctx, unitId: string, raw: DipInput): Promise<DipEntry> {
  authorize(ctx.actor, 'dip.edit', { unitId });
  const input = ZDipInput.parse(raw);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [unit] = isUuid(unitId) ? await tx.select().from(units).where(eq(units.id, unitId)) : [];
    if (!unit) throw errors.validation({ unitId: messages('validation.unknown_agency') });
    const now = t.clock.now();
    const number = await nextNumber(tx, unit.code, yearInZone(now, zoneOf(await getPublicBody(tx))));
    const slug = await uniqueSlug(tx, input.title, number);
    const [entry] = await tx
      .insert(dipEntries)
      .values({ unitId, number, slug, status: 'draft', createdBy: actorId(t), createdAt: now, updatedAt: now })
      .returning();
    const [version] = await tx
      .insert(dipVersions)
      .values({ ...input, entryId: entry!.id, versionNo: 1, createdBy: actorId(t), createdAt: now })
      .returning();
    const [updated] = await tx.update(dipEntries).set({ workingVersionId: version!.id }).where(eq(dipEntries.id, entry!.id)).returning();
    await recordAudit(t, { action: 'dip.created', entityType: 'dip_entry', entityId: entry!.id, after: { number, title: input.title, unitId } });
    return updated!;
  });
}
