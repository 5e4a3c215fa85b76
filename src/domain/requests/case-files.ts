// What the case page's "Berkas" panel and the history show of a request's files: each file with the
// answer it came with, whether it was released and how often the applicant downloaded it; the handovers;
// the produced redacted copies made for this request; the DIP entries made from it. And the released files
// only, for the applicant's tracking page and account (no uploader, no unit, no exempt flag).
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import {
  dipEntries,
  dipEntryRequests,
  redactions,
  requestDispositions,
  requestFileDownloads,
  requestFiles,
  requestHandovers,
  requestResponses,
  units,
} from '../../db/schema/index.js';
import type { RequestOutcome } from '../../db/schema/index.js';
import { can } from '../../policies/index.js';
import { releaseRefusal, removalRefusal } from '../../policies/request-files.js';
import { isOpen } from './case.js';
import { redactionRef } from '../redaction/shared.js';
import type { RequestFile } from './attach-request-file.js';
import type { InformationRequest } from './submit-request.js';

export type CaseFile = RequestFile & {
  unit: string | null;
  /** The unit whose answer the file came with (null: for the written notice). */
  unitId: string | null;
  downloads: number;
  releasable: boolean;
  refusal: string | null;
  /** This actor may remove it as attached by mistake (policies/request-files.ts removalRefusal). */
  removable: boolean;
};
export type CaseFiles = {
  /** The files of the case; those removed as attached by mistake are in `removed`, for the history only. */
  files: CaseFile[];
  removed: CaseFile[];
  handovers: (typeof requestHandovers.$inferSelect)[];
  redactions: { id: string; ref: string; producedAt: Date | null }[];
  dipEntries: { id: string; number: string; status: string }[];
  downloads: (typeof requestFileDownloads.$inferSelect)[];
};

/** For staff who may view the request (the caller checked request.view, with the units it is disposed to). */
export async function caseFiles(ctx: Ctx, r: InformationRequest, disposedTo: readonly string[], locale: 'id' | 'en' = 'id'): Promise<CaseFiles> {
  const rows = await ctx.db
    .select({ f: requestFiles, unit: units.name, unitId: requestDispositions.unitId })
    .from(requestFiles)
    .leftJoin(requestDispositions, eq(requestDispositions.id, requestFiles.dispositionId))
    .leftJoin(units, eq(units.id, requestDispositions.unitId))
    .where(eq(requestFiles.requestId, r.id))
    .orderBy(asc(requestFiles.attachedAt));
  const downloads = await ctx.db.select().from(requestFileDownloads).where(eq(requestFileDownloads.requestId, r.id)).orderBy(asc(requestFileDownloads.at));
  const [resp] = await ctx.db.select({ outcome: requestResponses.outcome }).from(requestResponses).where(eq(requestResponses.requestId, r.id));
  const all = rows.map(({ f, unit, unitId }): CaseFile => {
    const refusal = f.releasedAt || f.removedAt ? null : releaseRefusal(ctx.actor, { file: f, requestId: r.id, outcome: resp?.outcome ?? null });
    return {
      ...f,
      unit,
      unitId,
      downloads: downloads.filter((d) => d.fileId === f.id).length,
      releasable: !f.releasedAt && !f.removedAt && !refusal,
      refusal: refusal ? refusal.message[locale] : null,
      removable: !removalRefusal(ctx.actor, { file: f, requestId: r.id, unitId, disposedTo, open: isOpen(r) }),
    };
  });
  const files = all.filter((f) => !f.removedAt);
  const removed = all.filter((f) => f.removedAt);
  const handovers = await ctx.db.select().from(requestHandovers).where(eq(requestHandovers.requestId, r.id)).orderBy(asc(requestHandovers.recordedAt));
  const made = await ctx.db
    .select({ id: redactions.id, producedAt: redactions.producedAt })
    .from(redactions)
    .where(and(eq(redactions.requestId, r.id), eq(redactions.status, 'produced'), isNotNull(redactions.outputSha256)));
  const entries = await ctx.db
    .select({ id: dipEntries.id, number: dipEntries.number, status: dipEntries.status })
    .from(dipEntryRequests)
    .innerJoin(dipEntries, eq(dipEntries.id, dipEntryRequests.entryId))
    .where(eq(dipEntryRequests.requestId, r.id));
  return { files, removed, handovers, redactions: made.map((m) => ({ ...m, ref: redactionRef(m) })), dipEntries: entries, downloads };
}

export type ReleasedFile = { id: string; filename: string; mime: string; size: number; releasedAt: Date };

/** The files released to the applicant on this request, for the tracking page and the citizen account. */
export async function releasedFiles(ctx: Pick<Ctx, 'db'>, requestId: string): Promise<ReleasedFile[]> {
  const rows = await ctx.db
    .select({ id: requestFiles.id, filename: requestFiles.filename, mime: requestFiles.mime, size: requestFiles.size, releasedAt: requestFiles.releasedAt })
    .from(requestFiles)
    .where(and(eq(requestFiles.requestId, requestId), isNotNull(requestFiles.releasedAt)))
    .orderBy(asc(requestFiles.releasedAt), asc(requestFiles.filename));
  return rows.map((x) => ({ ...x, releasedAt: x.releasedAt! }));
}

export type FilesPanel = CaseFiles & {
  may: {
    /** Answers this actor may attach files to: the dispositions, and '' (the written notice) for the PPID Utama. */
    attachTo: { id: string; label: string }[];
    release: boolean;
    handover: boolean;
    /** "Terbitkan ke DIP": information given in full, the PPID Utama. */
    publishDip: boolean;
  };
  outcome: RequestOutcome | null;
};

/** The case page's files panel (the caller checked request.view). */
export async function filesPanel(ctx: Ctx, r: InformationRequest, disposedTo: readonly string[], locale: 'id' | 'en' = 'id'): Promise<FilesPanel> {
  const cf = await caseFiles(ctx, r, disposedTo, locale);
  const disp = await ctx.db
    .select({ id: requestDispositions.id, unitId: requestDispositions.unitId, unit: units.name })
    .from(requestDispositions)
    .innerJoin(units, eq(units.id, requestDispositions.unitId))
    .where(eq(requestDispositions.requestId, r.id))
    .orderBy(asc(units.name));
  const [resp] = await ctx.db.select({ outcome: requestResponses.outcome }).from(requestResponses).where(eq(requestResponses.requestId, r.id));
  const utama = can(ctx.actor, 'request.file_release');
  const open = isOpen(r);
  const attachTo = [
    ...(utama ? [{ id: '', label: locale === 'en' ? 'Written notice (lead PPID)' : 'Pemberitahuan tertulis (PPID Utama)' }] : []),
    ...disp
      .filter((d) => (utama || open) && can(ctx.actor, 'request.file_attach', { unitId: d.unitId, disposedTo }))
      .map((d) => ({ id: d.id, label: `${locale === 'en' ? 'Answer of' : 'Jawaban'} ${d.unit}` })),
  ];
  return {
    ...cf,
    outcome: resp?.outcome ?? null,
    may: {
      attachTo: r.anonymisedAt ? [] : attachTo,
      release: utama && !!resp,
      handover: can(ctx.actor, 'request.handover') && !!resp,
      publishDip: can(ctx.actor, 'request.publish_dip') && resp?.outcome === 'diberikan_seluruhnya',
    },
  };
}
