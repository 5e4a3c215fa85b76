// Edits a DIP entry's working version; editing a published entry makes a new version.
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { dipDocuments, dipEntries, dipVersions, type DipStatus } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { ZDipInput, type DipInput } from './input.js';
import { loadEntry, versionOf, wasPublished, wrongState } from './workflow-shared.js';
import type { DipEntry } from './workflow.js';
import { actorId } from '../../shared/ids.js';

/**
 * Saves changes. A draft or returned entry is changed in place; a published (or unpublished) entry
 * gets a new working version, and the portal keeps showing the published one until it is approved.
 */
export async function updateEntry(ctx: Ctx, id: string, raw: DipInput): Promise<DipEntry> {
  const input = ZDipInput.parse(raw);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const entry = await loadEntry(t, id, true);
    authorize(t.actor, 'dip.edit', { unitId: entry.unitId });
    if (entry.status === 'submitted') throw wrongState(entry.status, 'diubah selama diperiksa PPID Utama');
    const working = await versionOf(t, entry.workingVersionId);
    const now = t.clock.now();
    const { id: _i, entryId: _e, versionNo: _n, createdAt: _c, createdBy: _b, ...beforeFields } = working;
    let versionId = working.id;
    if (working.id === entry.publishedVersionId || (await wasPublished(tx, working.id))) {
      // Published content is never edited in place: history stays intact.
      const [v] = await tx
        .insert(dipVersions)
        .values({ ...input, entryId: entry.id, versionNo: working.versionNo + 1, createdBy: actorId(t), createdAt: now })
        .returning();
      versionId = v!.id;
      const docs = await tx.select().from(dipDocuments).where(eq(dipDocuments.versionId, working.id));
      if (docs.length) {
        await tx.insert(dipDocuments).values(docs.map(({ id: _d, versionId: _v, ...d }) => ({ ...d, versionId })));
      }
    } else {
      await tx.update(dipVersions).set(input).where(eq(dipVersions.id, working.id));
    }
    // A withdrawn entry stays withdrawn until a reviewed version is approved; a returned one keeps its note.
    const status: DipStatus = entry.status === 'returned' || entry.status === 'unpublished' ? entry.status : 'draft';
    const [updated] = await tx.update(dipEntries).set({ workingVersionId: versionId, status, updatedAt: now }).where(eq(dipEntries.id, id)).returning();
    await recordAudit(t, { action: 'dip.updated', entityType: 'dip_entry', entityId: id, before: beforeFields, after: input, details: { versionId } });
    return updated!;
  });
}
