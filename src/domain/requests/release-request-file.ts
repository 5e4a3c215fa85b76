// The PPID Utama releases a file to the applicant with the written notice (policy request.file_release
// and policies/request-files.ts): from then on the applicant downloads it from the tracking page and the
// citizen account. A step of the case (public note without the file name). One transaction.
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { informationRequests, requestEvents, requestFiles, requestResponses } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { releaseRefusal } from '../../policies/request-files.js';
import { recordAudit } from '../audit/record-audit.js';
import { disposedUnits, loadRequest } from './case.js';
import type { RequestFile } from './attach-request-file.js';
import { actorId, isUuid } from '../../shared/ids.js';

export async function releaseRequestFile(ctx: Ctx, requestId: string, fileId: string): Promise<RequestFile> {
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    authorize(t.actor, 'request.view', { disposedTo: await disposedUnits(t.db, r.id) });
    authorize(t.actor, 'request.file_release');
    if (!isUuid(fileId)) throw errors.notFound();
    const [file] = await t.db.select().from(requestFiles).where(eq(requestFiles.id, fileId)).for('update');
    if (!file || file.removedAt) throw errors.notFound();
    const [resp] = await t.db.select({ outcome: requestResponses.outcome }).from(requestResponses).where(eq(requestResponses.requestId, r.id));
    const refusal = releaseRefusal(t.actor, { file, requestId: r.id, outcome: resp?.outcome ?? null });
    if (refusal) throw new AppError('file_release_refused', refusal.status, refusal.message);
    const now = t.clock.now();
    const [row] = await t.db
      .update(requestFiles)
      .set({ releasedAt: now, releasedBy: actorId(t) })
      .where(eq(requestFiles.id, file.id))
      .returning();
    await t.db.update(informationRequests).set({ updatedAt: now }).where(eq(informationRequests.id, r.id));
    await t.db.insert(requestEvents).values({
      requestId: r.id,
      at: now,
      kind: 'files_released',
      publicNote: 'Berkas informasi dilampirkan pada pemberitahuan tertulis dan dapat diunduh pemohon.',
      actorId: actorId(t),
    });
    await recordAudit(t, {
      action: 'request.file_released',
      entityType: 'information_request',
      entityId: r.id,
      after: { number: r.number, file: file.id, source: file.source, sha256: file.sha256 },
    });
    return row!;
  });
}
