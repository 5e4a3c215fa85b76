// Attaches the decision (putusan) of a dispute as a PDF, checked by its content; KI decisions are public.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { blobs, disputes } from '../../db/schema/index.js';
import { sniffBytes } from '../../documents/sniff.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { type Dispute, MAX_DECISION_BYTES, closedCase, loadDispute } from './shared.js';

export type DecisionUpload = { bytes: Uint8Array; filename: string };

/** A clean, short file name for the decision, always ending in .pdf. */
function decisionFilename(raw: string, caseNumber: string): string {
  const base = (raw.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/\.pdf$/i, '')
    .slice(0, 150);
  return `${base || `putusan-${caseNumber.replace(/[^A-Za-z0-9]+/g, '-')}`}.pdf`;
}

/** Attaches the decision (putusan) as a PDF, checked by its content. KI decisions are public: an ordinary blob. */
export async function attachDecision(ctx: Ctx, id: string, upload: DecisionUpload): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const d0 = await loadDispute(ctx.db, id);
  if (d0.closedAt) throw closedCase();
  const max = Math.min(MAX_DECISION_BYTES, ctx.settings.maxUploadBytes);
  if (upload.bytes.byteLength > max) throw errors.tooLarge(Math.round((max / (1024 * 1024)) * 10) / 10);
  const kind = await sniffBytes(upload.bytes).catch((err: unknown) => {
    if (err instanceof AppError && (err.status === 422 || err.status >= 500)) throw err;
    return null;
  });
  if (kind?.kind !== 'pdf') {
    throw new AppError('decision_not_pdf', 415, catalogueMessages('disputes.attach-dispute-decision.decision_must_pdf_file_files'));
  }
  const { sha256, size } = await ctx.blobs.put(upload.bytes);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    await t.db.insert(blobs).values({ sha256, size, mime: 'application/pdf' }).onConflictDoNothing();
    const [u] = await t.db
      .update(disputes)
      .set({ decisionSha256: sha256, decisionFilename: decisionFilename(upload.filename, d.caseNumber), updatedAt: t.clock.now() })
      .where(eq(disputes.id, id))
      .returning();
    await recordAudit(t, {
      action: 'dispute.decision_file',
      entityType: 'dispute',
      entityId: id,
      before: { decision: d.decisionSha256 },
      after: { decision: sha256, size, caseNumber: d.caseNumber },
    });
    return u!;
  });
}
