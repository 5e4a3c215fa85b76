// Submits one or many DIP entries of the actor's units for review, all or nothing, and tells the PPID Utama.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { dipEntries, dipReviews, units } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPublicBody } from '../org/public-body.js';
import { actorName, leadOfficers, loadEntry, versionOf, wrongState } from './workflow-shared.js';
import type { DipEntry } from './workflow.js';
import { actorId } from '../../shared/ids.js';

/** Submits one or many entries of the actor's units for review. All or nothing. */
export async function submitEntries(ctx: Ctx, ids: string[]): Promise<DipEntry[]> {
  // Policies first: only someone who may edit entries (the PPID Utama, or a PPID Pembantu for its unit) gets further.
  authorize(ctx.actor, 'dip.edit', { unitId: ctx.actor.kind === 'user' ? ctx.actor.unitId : null });
  if (ids.length === 0) throw errors.validation({ ids: catalogueMessages('dip-entry.submit-dip-entries.choose_least_one_entry_submit') });
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const now = t.clock.now();
    const done: DipEntry[] = [];
    const byUnit = new Map<string, string[]>();
    for (const id of [...new Set(ids)]) {
      const entry = await loadEntry(t, id, true);
      authorize(t.actor, 'dip.edit', { unitId: entry.unitId });
      const hasChange = entry.workingVersionId !== entry.publishedVersionId;
      if (!(entry.status === 'draft' || entry.status === 'returned' || (entry.status === 'unpublished' && hasChange)))
        throw wrongState(entry.status, 'diajukan');
      const v = await versionOf(t, entry.workingVersionId);
      const [u] = await tx
        .update(dipEntries)
        .set({ status: 'submitted', submittedAt: now, updatedAt: now, returnNote: null })
        .where(eq(dipEntries.id, id))
        .returning();
      await tx.insert(dipReviews).values({ entryId: id, versionId: v.id, action: 'submit', actorId: actorId(t), at: now });
      await recordAudit(t, { action: 'dip.submitted', entityType: 'dip_entry', entityId: id, details: { versionNo: v.versionNo, title: v.title } });
      byUnit.set(entry.unitId, [...(byUnit.get(entry.unitId) ?? []), v.title]);
      done.push(u!);
    }
    const body = (await getPublicBody(tx))?.name ?? 'Q-Gesy';
    for (const [unitId, titles] of byUnit) {
      const [unit] = await tx.select().from(units).where(eq(units.id, unitId));
      for (const lead of await leadOfficers(tx)) {
        await enqueueMail(t, {
          to: lead.email,
          toName: lead.name,
          locale: lead.locale,
          template: 'dip_submitted',
          params: {
            name: lead.name,
            body,
            unit: unit!.name,
            actor: actorName(t),
            count: titles.length,
            titles,
            link: `${t.settings.baseUrl}/admin/dip/tinjauan`,
          },
        });
      }
    }
    return done;
  });
}
