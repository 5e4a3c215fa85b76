// The PPID Utama returns a submitted DIP entry with a note for the agency.
import { messageRef } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { dipEntries, dipReviews } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadEntry, notifyUnit, versionOf, wrongState } from './workflow-shared.js';
import type { DipEntry } from './workflow.js';
import { actorId } from '../../shared/ids.js';

export const ZReturnNote = z.object({
  note: z
    .string()
    .trim()
    .min(5, { message: messageRef('dip-entry.write_note_agency_least_5_characters') })
    .max(2000),
});

/** The PPID Utama returns a submitted entry with a note for the agency. */
export async function returnEntry(ctx: Ctx, id: string, note: string): Promise<DipEntry> {
  authorize(ctx.actor, 'dip.review');
  const { note: clean } = ZReturnNote.parse({ note });
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const entry = await loadEntry(t, id, true);
    if (entry.status !== 'submitted') throw wrongState(entry.status, 'dikembalikan');
    const now = t.clock.now();
    const v = await versionOf(t, entry.workingVersionId);
    const [u] = await tx.update(dipEntries).set({ status: 'returned', returnNote: clean, updatedAt: now }).where(eq(dipEntries.id, id)).returning();
    await tx.insert(dipReviews).values({ entryId: id, versionId: v.id, action: 'return', note: clean, actorId: actorId(t), at: now });
    await recordAudit(t, { action: 'dip.returned', entityType: 'dip_entry', entityId: id, details: { note: clean, versionNo: v.versionNo } });
    await notifyUnit(t, entry, v, 'dip_returned', clean);
    return u!;
  });
}
