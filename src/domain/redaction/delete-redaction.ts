// Deletes a redaction draft (a produced redaction stays: its copy may have been given out).
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { redactions } from '../../db/schema/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { changeDraft } from './shared.js';

/** Deletes a draft (a produced redaction stays: its copy may have been given out). */
export async function deleteRedaction(ctx: Ctx, id: string, input: { token: string }): Promise<{ documentId: string }> {
  return changeDraft(ctx, id, input.token, async (t, r) => {
    await (t.db as Tx).delete(redactions).where(eq(redactions.id, r.id));
    await recordAudit(t, {
      action: 'redaction.deleted',
      entityType: 'redaction',
      entityId: r.id,
      before: { documentId: r.documentId, areas: r.areas.length, patterns: r.patterns.length },
    });
    return { documentId: r.documentId };
  });
}
