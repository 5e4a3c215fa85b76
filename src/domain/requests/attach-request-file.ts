// Attaching a file to a request case (issue 13 item 2): with a unit's answer (its PPID Pembantu, or the
// PPID Utama for it) or by the PPID Utama for the written notice. Three sources: an upload (the DIP
// document pipeline: size limit, type by content in the file sandbox, the blob store), the documents of a
// published DIP entry, or a redacted copy produced by the redaction tool. Nothing reaches the applicant
// until the PPID releases it (release-request-file.ts). One transaction per attachment.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { and, eq, or } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { blobs, dipDocuments, dipEntries, redactions, requestDispositions, requestFiles, type RequestFileSource } from '../../db/schema/index.js';
import { emptyFile, sniffBytes } from '../../documents/sniff.js';
import { AppError, errors } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { cleanFilename } from '../dip/documents.js';
import { isPublic } from '../dip/public.js';
import { releasedCopy } from '../redaction/download-released-copy.js';
import { disposedUnits, isOpen, loadRequest } from './case.js';
import type { InformationRequest } from './submit-request.js';
import { actorId, isUuid } from '../../shared/ids.js';

export type RequestFile = typeof requestFiles.$inferSelect;

/** At most this many files on one request: keeps a case from growing without bound. */
export const MAX_FILES_PER_REQUEST = 50;

/**
 * Who attaches and for which answer: a PPID Pembantu to its own unit's disposition (while the request is
 * open), the PPID Utama to any disposition or (no disposition) to the written notice.
 */
async function target(ctx: Ctx, r: InformationRequest, dispositionId: string): Promise<string | null> {
  const disposedTo = await disposedUnits(ctx.db, r.id);
  authorize(ctx.actor, 'request.view', { disposedTo });
  const rows = await ctx.db.select().from(requestDispositions).where(eq(requestDispositions.requestId, r.id));
  const chosen = dispositionId
    ? rows.find((d) => d.id === dispositionId)
    : ctx.actor.kind === 'user' && !ctx.actor.roles.includes('ppid_utama')
      ? rows.find((d) => ctx.actor.kind === 'user' && d.unitId === ctx.actor.unitId)
      : undefined;
  if (dispositionId && !chosen) throw errors.notFound();
  if (chosen) authorize(ctx.actor, 'request.file_attach', { unitId: chosen.unitId, disposedTo });
  else authorize(ctx.actor, 'request.file_release');
  if (!can(ctx.actor, 'request.file_release') && !isOpen(r)) {
    throw errors.conflict(catalogueMessages('requests-files.attach-request-file.request_has_been_answered_further'));
  }
  return chosen?.id ?? null;
}

type NewFile = {
  source: RequestFileSource;
  sha256: string;
  size: number;
  mime: string;
  filename: string;
  exempt: boolean;
  dipDocumentId?: string;
  redactionId?: string;
};

async function insertFiles(ctx: Ctx, requestId: string, dispositionId: string, files: NewFile[]): Promise<RequestFile[]> {
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    const disposition = await target(t, r, dispositionId);
    // Files removed as attached by mistake count for nothing (remove-request-file.ts).
    const existing = (await t.db.select().from(requestFiles).where(eq(requestFiles.requestId, r.id))).filter((e) => !e.removedAt);
    if (existing.length + files.length > MAX_FILES_PER_REQUEST) {
      throw errors.conflict(catalogueMessages('requests-files.attach-request-file.request_holds_most_files', { MAX_FILES_PER_REQUEST }));
    }
    const now = t.clock.now();
    const out: RequestFile[] = [];
    for (const f of files) {
      if (existing.some((e) => e.sha256 === f.sha256 && e.dispositionId === disposition)) {
        throw errors.conflict(catalogueMessages('requests-files.attach-request-file.exactly_same_file_already_attached', { fFilename: f.filename }));
      }
      await t.db.insert(blobs).values({ sha256: f.sha256, size: f.size, mime: f.mime }).onConflictDoNothing();
      const [row] = await t.db
        .insert(requestFiles)
        .values({ ...f, requestId: r.id, dispositionId: disposition, attachedBy: actorId(t), attachedAt: now })
        .returning();
      out.push(row!);
      // Ids, source, size and type only: no file name (it may describe exempt content).
      await recordAudit(t, {
        action: 'request.file_attached',
        entityType: 'information_request',
        entityId: r.id,
        after: { number: r.number, file: row!.id, source: f.source, sha256: f.sha256, size: f.size, mime: f.mime, exempt: f.exempt, disposition },
      });
    }
    return out;
  });
}

/** Checks, before an upload's bytes are read, that the actor may attach to this request. */
export async function assertCanAttachFile(ctx: Ctx, requestId: string, dispositionId: string): Promise<void> {
  const r = await loadRequest(ctx.db, requestId);
  await target(ctx, r, dispositionId);
}

export async function attachUploadedFile(
  ctx: Ctx,
  requestId: string,
  input: { dispositionId: string; bytes: Uint8Array; filename: string; exempt: boolean },
): Promise<RequestFile> {
  await assertCanAttachFile(ctx, requestId, input.dispositionId);
  const limit = ctx.settings.maxUploadBytes;
  if (input.bytes.byteLength === 0) {
    const m = emptyFile().messages;
    throw new AppError('document_empty', 422, m, { file: m });
  }
  if (input.bytes.byteLength > limit) throw errors.tooLarge(Math.round((limit / (1024 * 1024)) * 10) / 10);
  // The type is decided from the content, in the file sandbox (a child process), as for DIP documents.
  const kind = await sniffBytes(input.bytes);
  const stored = await ctx.blobs.put(input.bytes);
  const [row] = await insertFiles(ctx, requestId, input.dispositionId, [
    { source: 'upload', sha256: stored.sha256, size: stored.size, mime: kind.mime, filename: cleanFilename(input.filename, kind.kind), exempt: input.exempt },
  ]);
  return row!;
}

/**
 * The documents of a published DIP entry, named by its number, its slug or its portal address. Only the
 * published version's documents: what the portal gives anyone already.
 */
export async function attachDipDocuments(ctx: Ctx, requestId: string, input: { dispositionId: string; dipRef: string }): Promise<RequestFile[]> {
  await assertCanAttachFile(ctx, requestId, input.dispositionId);
  const ref = input.dipRef.trim().replace(/[?#].*$/, '');
  const slug = ref.split('/informasi/').pop()!.replace(/\/+$/, '');
  const notFound = () => {
    const m = {
      id: 'Entri DIP yang terbit dengan nomor atau alamat itu tidak ditemukan, atau tidak memuat dokumen.',
      en: 'No published DIP entry with that number or address was found, or it has no documents.',
    };
    return new AppError('dip_ref_unknown', 422, m, { dipRef: m });
  };
  if (!ref || ref.length > 300) throw notFound();
  const docs = await ctx.db
    .select({ d: dipDocuments })
    .from(dipDocuments)
    .innerJoin(dipEntries, and(eq(dipEntries.id, dipDocuments.entryId), eq(dipDocuments.versionId, dipEntries.publishedVersionId)))
    .where(and(isPublic, or(eq(dipEntries.number, ref.toUpperCase()), eq(dipEntries.slug, slug.toLowerCase()))));
  if (!docs.length) throw notFound();
  return insertFiles(
    ctx,
    requestId,
    input.dispositionId,
    docs.map(({ d }) => ({ source: 'dip' as const, sha256: d.sha256, size: d.size, mime: d.mime, filename: d.filename, exempt: false, dipDocumentId: d.id })),
  );
}

/**
 * A copy made by the redaction tool for this request (or any produced copy the officer may read: the tool's
 * own check — redaction.manage, clearance and need-to-know on the classified document — decides).
 */
export async function attachRedactedCopy(ctx: Ctx, requestId: string, input: { dispositionId: string; redactionId: string }): Promise<RequestFile> {
  await assertCanAttachFile(ctx, requestId, input.dispositionId);
  const unknown = () => {
    const m = { id: 'Pilih salinan hasil penghitaman yang sudah dibuat.', en: 'Choose a redacted copy that has been produced.' };
    return new AppError('redaction_unknown', 422, m, { redactionId: m });
  };
  if (!isUuid(input.redactionId)) throw unknown();
  const [r] = await ctx.db.select({ id: redactions.id }).from(redactions).where(eq(redactions.id, input.redactionId));
  if (!r) throw unknown();
  const copy = await releasedCopy(ctx, r.id);
  const stored = await ctx.blobs.put(copy.bytes);
  const [row] = await insertFiles(ctx, requestId, input.dispositionId, [
    { source: 'redaction', sha256: stored.sha256, size: stored.size, mime: 'application/pdf', filename: copy.filename, exempt: false, redactionId: r.id },
  ]);
  return row!;
}
