// A file attached to a request by mistake (the wrong document, another applicant's data) is removed
// before it is released (policies/request-files.ts removalRefusal). The row stays for the case history
// ("dihapus oleh …"); its key is emptied, so that the stored bytes are freed by the blob clean-up once no
// other row uses them. Audited with the file's id, hash and size (never its name). One transaction.
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { informationRequests, requestDispositions, requestFiles } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { removalRefusal } from '../../policies/request-files.js';
import { actorId, isUuid } from '../../shared/ids.js';
import { recordAudit } from '../audit/record-audit.js';
import type { RequestFile } from './attach-request-file.js';
import { disposedUnits, isOpen, loadRequest } from './case.js';

export async function removeRequestFile(ctx: Ctx, requestId: string, fileId: string): Promise<RequestFile> {
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    const disposedTo = await disposedUnits(t.db, r.id);
    authorize(t.actor, 'request.view', { disposedTo });
    if (!isUuid(fileId)) throw errors.notFound();
    const [file] = await t.db.select().from(requestFiles).where(eq(requestFiles.id, fileId)).for('update');
    if (!file) throw errors.notFound();
    const [disposition] = file.dispositionId
      ? await t.db.select({ unitId: requestDispositions.unitId }).from(requestDispositions).where(eq(requestDispositions.id, file.dispositionId))
      : [];
    const refusal = removalRefusal(t.actor, { file, requestId: r.id, unitId: disposition?.unitId ?? null, disposedTo, open: isOpen(r) });
    if (refusal) throw new AppError('file_removal_refused', refusal.status, refusal.message);
    const now = t.clock.now();
    const [row] = await t.db
      .update(requestFiles)
      .set({ removedAt: now, removedBy: actorId(t), sha256: '' })
      .where(eq(requestFiles.id, file.id))
      .returning();
    await t.db.update(informationRequests).set({ updatedAt: now }).where(eq(informationRequests.id, r.id));
    await recordAudit(t, {
      action: 'request.file_removed',
      entityType: 'information_request',
      entityId: r.id,
      before: { number: r.number, file: file.id, source: file.source, sha256: file.sha256, size: file.size, exempt: file.exempt },
    });
    return row!;
  });
}
