// The PPID Utama publishes a DIP entry at once, without the review step.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { authorize } from '../../policies/index.js';
import { getPublicBody } from '../org/public-body.js';
import { actorName, leadOfficers, loadEntry, publish, versionOf, wasPublished, wrongState } from './workflow-shared.js';
import type { DipEntry } from './workflow.js';

/**
 * Serta-merta information must not wait (UU KIP Ps 10): the agency publishes it at once, the
 * PPID Utama is told, and the step is audited like an approval.
 */
export async function publishImmediately(ctx: Ctx, id: string): Promise<DipEntry> {
  return inTransaction(ctx, async (t) => {
    const entry = await loadEntry(t, id, true);
    authorize(t.actor, 'dip.edit', { unitId: entry.unitId });
    const v = await versionOf(t, entry.workingVersionId);
    if (v.category !== 'serta_merta') {
      throw new AppError('dip_not_serta_merta', 409, catalogueMessages('dip-entry.publish-dip-entry.only_immediate_serta_merta_information'));
    }
    const unchanged = entry.workingVersionId === entry.publishedVersionId || (await wasPublished(t.db as Tx, entry.workingVersionId!));
    if (entry.status === 'submitted' || ((entry.status === 'published' || entry.status === 'unpublished') && unchanged))
      throw wrongState(entry.status, 'diterbitkan langsung');
    const out = await publish(t, entry, 'publish_immediately');
    const tx = t.db as Tx;
    const [unit] = await tx.select().from(units).where(eq(units.id, entry.unitId));
    const body = (await getPublicBody(tx))?.name ?? 'Q-Gesy';
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
          count: 1,
          titles: [`${v.title} (serta-merta, sudah terbit)`],
          link: `${t.settings.baseUrl}/admin/dip/${entry.id}`,
        },
      });
    }
    return out;
  });
}
