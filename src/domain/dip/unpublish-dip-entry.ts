// The PPID Utama withdraws a DIP entry from the portal, with a reason; it leaves search at once.
import { messageRef } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { dipEntries, dipReviews } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadEntry, notifyUnit, versionOf, wrongState } from './workflow-shared.js';
import { type DipEntry } from './workflow.js';
import { actorId } from '../../shared/ids.js';
import { refreshSearchRow } from './search-row.js';

export const ZUnpublish = z.object({
  reason: z
    .string()
    .trim()
    .min(10, { message: messageRef('dip-entry.give_reason_withdrawing_least_10_characters') })
    .max(2000),
});

/** The PPID Utama withdraws an entry from the portal, with a reason; it leaves search at once. */
export async function unpublishEntry(ctx: Ctx, id: string, reason: string): Promise<DipEntry> {
  authorize(ctx.actor, 'dip.review');
  const { reason: clean } = ZUnpublish.parse({ reason });
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const entry = await loadEntry(t, id, true);
    if (!entry.publishedVersionId || entry.status === 'unpublished') throw wrongState(entry.status, 'ditarik dari portal');
    const now = t.clock.now();
    // Withdrawn means no public version at all, whatever review state the entry goes through next.
    const [u] = await tx
      .update(dipEntries)
      .set({ status: 'unpublished', publishedVersionId: null, unpublishReason: clean, updatedAt: now })
      .where(eq(dipEntries.id, id))
      .returning();
    await tx.insert(dipReviews).values({ entryId: id, versionId: entry.publishedVersionId, action: 'unpublish', note: clean, actorId: actorId(t), at: now });
    await refreshSearchRow(tx, u!, now);
    await recordAudit(t, { action: 'dip.unpublished', entityType: 'dip_entry', entityId: id, details: { reason: clean } });
    await notifyUnit(t, u!, await versionOf(t, entry.publishedVersionId), 'dip_unpublished', clean);
    return u!;
  });
}
