// A new redaction draft with the areas and patterns of an existing one, to correct a produced copy.
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { redactions } from '../../db/schema/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { type Redaction, loadRedaction } from './shared.js';
import { actorId } from '../../shared/ids.js';

/** A new draft with the areas and patterns of an existing redaction, to correct a produced copy. */
export async function reviseRedaction(ctx: Ctx, id: string): Promise<Redaction> {
  const { r, doc } = await loadRedaction(ctx, id);
  return inTransaction(ctx, async (t) => {
    const [n] = await (t.db as Tx)
      .insert(redactions)
      .values({
        documentId: r.documentId,
        testId: r.testId,
        requestId: r.requestId,
        areas: r.areas,
        patterns: r.patterns,
        createdBy: actorId(t),
        createdAt: t.clock.now(),
      })
      .returning();
    await recordAudit(t, {
      action: 'redaction.created',
      entityType: 'redaction',
      entityId: n!.id,
      after: { documentId: r.documentId, itemNumber: doc.item.number, revises: r.id, areas: r.areas.length, patterns: r.patterns.length },
    });
    return n!;
  });
}
