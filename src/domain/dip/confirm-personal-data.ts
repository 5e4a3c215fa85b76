// The PPID Utama confirms, with a reason, that the personal data found in a DIP version's documents may be published.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { dipReviews, dipVersions } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadEntry, personalDataOfVersion, versionOf } from './workflow-shared.js';
import type { DipEntry } from './workflow.js';
import { actorId } from '../../shared/ids.js';

export const ZPersonalDataReason = z.object({ reason: z.string().trim().min(20).max(1000) });

/**
 * Confirms that the personal data found in the working version's documents may be published, with the reason;
 * recorded in the entry's history and the audit log (counts only, never the values).
 */
export async function confirmPersonalData(ctx: Ctx, id: string, reason: string): Promise<DipEntry> {
  const { reason: clean } = ZPersonalDataReason.parse({ reason });
  return inTransaction(ctx, async (t) => {
    const entry = await loadEntry(t, id, true);
    if (!can(t.actor, 'dip.review') && !can(t.actor, 'dip.edit', { unitId: entry.unitId })) authorize(t.actor, 'dip.review');
    const v = await versionOf(t, entry.workingVersionId);
    const found = await personalDataOfVersion(t, v.id);
    if (!found.length) {
      throw new AppError('no_personal_data', 409, catalogueMessages('dip-entry.confirm-personal-data.no_personal_data_was_found'));
    }
    const now = t.clock.now();
    await t.db
      .update(dipVersions)
      .set({ personalDataReason: clean, personalDataAckBy: actorId(t), personalDataAckAt: now })
      .where(eq(dipVersions.id, v.id));
    await t.db.insert(dipReviews).values({ entryId: entry.id, versionId: v.id, action: 'personal_data_confirmed', note: clean, actorId: actorId(t), at: now });
    const counts = { nik: 0, phone: 0, email: 0, address: 0 };
    for (const d of found) for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += d.findings.counts[k];
    await recordAudit(t, {
      action: 'dip.personal_data_confirmed',
      entityType: 'dip_entry',
      entityId: entry.id,
      details: { versionNo: v.versionNo, documents: found.map((d) => d.filename), counts, reason: clean },
    });
    return entry;
  });
}
