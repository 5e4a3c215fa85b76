// Downloading a request's file. The applicant (by the tracking number and code, or signed in to the
// citizen account) gets only files released on that very request (policy request.file_download); each
// download is logged and shown in the case history. Staff who may view the case get any of its files.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { and, eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { requestFileDownloads, requestFiles, type DownloadVia } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import type { RequestFile } from './attach-request-file.js';
import { disposedUnits, loadRequest } from './case.js';
import type { InformationRequest } from './submit-request.js';
import { isUuid } from '../../shared/ids.js';

const notReleased = () => new AppError('file_not_released', 404, catalogueMessages('requests-files.download-request-file.file_not_available_request_files'));

/**
 * `r` was opened by the caller through the tracking code (openRequest) or the citizen session
 * (openOwnRequest); `opened` says which, for the policy and the log.
 */
export async function downloadReleasedFile(ctx: Ctx, r: InformationRequest, fileId: string, via: DownloadVia): Promise<{ bytes: Buffer; file: RequestFile }> {
  const [file] = isUuid(fileId) ? await ctx.db.select().from(requestFiles).where(eq(requestFiles.id, fileId)) : [];
  const opened = via === 'tracking' ? { trackingToken: 'valid' as const } : { signedInApplicant: true };
  if (!can(ctx.actor, 'request.file_download', { ...opened, fileReleasedHere: !!file && file.requestId === r.id && !!file.releasedAt && !file.removedAt }))
    throw notReleased();
  const bytes = await ctx.blobs.get(file!.sha256);
  if (!bytes) throw errors.notFound();
  await inTransaction(ctx, (t) => t.db.insert(requestFileDownloads).values({ fileId: file!.id, requestId: r.id, at: t.clock.now(), via }));
  return { bytes, file: file! };
}

/** Any file of a case, for the staff who may view it (not logged as the applicant's download). */
export async function staffRequestFile(ctx: Ctx, requestId: string, fileId: string): Promise<{ bytes: Buffer; file: RequestFile }> {
  const r = await loadRequest(ctx.db, requestId);
  authorize(ctx.actor, 'request.view', { disposedTo: await disposedUnits(ctx.db, r.id) });
  const [file] = isUuid(fileId)
    ? await ctx.db
        .select()
        .from(requestFiles)
        .where(and(eq(requestFiles.id, fileId), eq(requestFiles.requestId, r.id)))
    : [];
  if (!file || file.removedAt) throw errors.notFound();
  const bytes = await ctx.blobs.get(file.sha256);
  if (!bytes) throw errors.notFound();
  return { bytes, file };
}
