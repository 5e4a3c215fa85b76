// Documents attached to DIP entries: attach (type checked by content, stored by sha256), remove, list,
// and the one decision of who may download a document. Text extraction runs later, in the background.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { stat } from 'node:fs/promises';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { blobs, dipDocuments, dipEntries, dipVersions, type TextStatus } from '../../db/schema/index.js';
import { emptyFile, sniffBytes, sniffFile, DOCUMENT_KINDS, type DocumentKind } from '../../documents/sniff.js';
import { AppError, errors } from '../../errors.js';
import { publicTextError } from './text-status.js';
import { authorize, can } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { publicDocument } from './public.js';
import { actorId, isUuid } from '../../shared/ids.js';

export type DipDocument = typeof dipDocuments.$inferSelect;
type Entry = typeof dipEntries.$inferSelect;

/** More than any entry needs; keeps one entry from growing without bound. */
export const MAX_DOCUMENTS_PER_VERSION = 50;

export type AttachInput = {
  filename: string;
  /** The file's bytes, or the path of a file on disk (an upload streamed to a temporary file). */
  bytes?: Uint8Array | undefined;
  path?: string | undefined;
  /** What the browser said the file was; recorded, never trusted. */
  declaredType?: string | undefined;
  /** sha256 and size computed while the upload was written to `path`, to avoid reading it twice. */
  known?: { sha256: string; size: number } | undefined;
};

const underReview = () => new AppError('dip_wrong_state', 409, catalogueMessages('dip.documents.entry_being_reviewed_lead_ppid'));

function tooLarge(maxBytes: number): AppError {
  return errors.tooLarge(Math.round((maxBytes / (1024 * 1024)) * 10) / 10);
}

/** A file name that is safe to store and show: no path, no control characters, at most 200 characters, the right extension. */
export function cleanFilename(raw: string, kind: DocumentKind): string {
  const ext = DOCUMENT_KINDS[kind].ext;
  let name = (raw.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  // The extension follows the content: a Word file named "laporan.pdf" is stored as "laporan.docx".
  const m = /\.([a-z0-9]{1,5})$/i.exec(name);
  const current = m?.[1]?.toLowerCase();
  const same = current === ext || (kind === 'jpeg' && current === 'jpeg');
  if (!same) {
    const known = ['pdf', 'docx', 'xlsx', 'odt', 'ods', 'csv', 'jpg', 'jpeg', 'png', 'doc', 'xls', 'txt', 'exe', 'zip'];
    if (current && known.includes(current)) name = name.slice(0, -(current.length + 1));
    name = `${name || 'dokumen'}.${ext}`;
  }
  const dot = name.lastIndexOf('.');
  if (name.length > 200) name = name.slice(0, 200 - (name.length - dot)) + name.slice(dot);
  return name;
}

async function loadEntry(db: Ctx['db'], id: string, lock = false): Promise<Entry> {
  if (!isUuid(id)) throw errors.notFound();
  const q = db.select().from(dipEntries).where(eq(dipEntries.id, id));
  const [entry] = lock ? await q.for('update') : await q;
  if (!entry) throw errors.notFound();
  return entry;
}

/**
 * Checks, before an upload is read, that the actor may attach documents to this entry now.
 * attachDocument checks again inside its transaction.
 */
export async function assertCanAttach(ctx: Ctx, entryId: string): Promise<void> {
  if (ctx.actor.kind === 'anonymous') throw errors.unauthenticated();
  const entry = await loadEntry(ctx.db, entryId);
  authorize(ctx.actor, 'dip.edit', { unitId: entry.unitId });
  if (entry.status === 'submitted') throw underReview();
}

/**
 * The version documents are changed in. A published version is never changed in place (the portal
 * shows it): like updateEntry, the first change makes a new working version that carries copies of
 * its documents. A withdrawn entry stays withdrawn until the new version is approved.
 */
async function draftVersionFor(t: Ctx, entry: Entry): Promise<{ versionId: string; forkedFrom: string | null }> {
  const tx = t.db as Tx;
  if (!entry.workingVersionId) throw new Error('entry without a working version');
  if (entry.workingVersionId !== entry.publishedVersionId) return { versionId: entry.workingVersionId, forkedFrom: null };
  const [working] = await tx.select().from(dipVersions).where(eq(dipVersions.id, entry.workingVersionId));
  if (!working) throw new Error('entry without a working version');
  const now = t.clock.now();
  const { id: from, versionNo, createdAt: _c, createdBy: _b, ...fields } = working;
  const [v] = await tx
    .insert(dipVersions)
    .values({ ...fields, versionNo: versionNo + 1, createdBy: actorId(t), createdAt: now })
    .returning({ id: dipVersions.id });
  const docs = await tx.select().from(dipDocuments).where(eq(dipDocuments.versionId, from));
  if (docs.length) await tx.insert(dipDocuments).values(docs.map(({ id: _d, versionId: _v, ...d }) => ({ ...d, versionId: v!.id })));
  const status = entry.status === 'unpublished' ? 'unpublished' : 'draft';
  await tx.update(dipEntries).set({ workingVersionId: v!.id, status, updatedAt: now }).where(eq(dipEntries.id, entry.id));
  return { versionId: v!.id, forkedFrom: from };
}

/**
 * Attaches a file to the working version of an entry. The type is decided from the content; the bytes
 * go to the blob store first (a stored blob without a row is harmless), then the row and its audit
 * entry are written in one transaction. Text extraction is left to the background worker.
 */
export async function attachDocument(ctx: Ctx, entryId: string, input: AttachInput): Promise<DipDocument> {
  await assertCanAttach(ctx, entryId);
  if (!input.bytes === !input.path) throw new Error('attachDocument needs either bytes or path');
  const limit = ctx.settings.maxUploadBytes;
  const size = input.bytes ? input.bytes.byteLength : (input.known?.size ?? (await stat(input.path!)).size);
  if (size === 0) throw emptyFile();
  if (size > limit) throw tooLarge(limit);

  const kind = input.bytes ? await sniffBytes(input.bytes) : await sniffFile(input.path!);
  const filename = cleanFilename(input.filename, kind.kind);
  const stored = input.bytes ? await ctx.blobs.put(input.bytes) : await ctx.blobs.putFile(input.path!, input.known);

  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const entry = await loadEntry(tx, entryId, true);
    authorize(t.actor, 'dip.edit', { unitId: entry.unitId });
    if (entry.status === 'submitted') throw underReview();
    const { versionId, forkedFrom } = await draftVersionFor(t, entry);
    const existing = await tx.select({ sha256: dipDocuments.sha256 }).from(dipDocuments).where(eq(dipDocuments.versionId, versionId));
    if (existing.some((d) => d.sha256 === stored.sha256)) {
      throw errors.conflict(catalogueMessages('dip.documents.exactly_same_file_already_attached'));
    }
    if (existing.length >= MAX_DOCUMENTS_PER_VERSION) {
      throw errors.conflict(catalogueMessages('dip.documents.entry_can_hold_most_documents', { MAX_DOCUMENTS_PER_VERSION }));
    }
    const now = t.clock.now();
    await tx.insert(blobs).values({ sha256: stored.sha256, size: stored.size, mime: kind.mime }).onConflictDoNothing();
    // The same bytes were read before (another entry, an earlier upload): reuse that text.
    const [known] = await tx
      .select({ textStatus: dipDocuments.textStatus, text: dipDocuments.text, textError: dipDocuments.textError, personalData: dipDocuments.personalData })
      .from(dipDocuments)
      .where(and(eq(dipDocuments.sha256, stored.sha256), inArray(dipDocuments.textStatus, ['done', 'not_searchable'])))
      .limit(1);
    const [doc] = await tx
      .insert(dipDocuments)
      .values({
        entryId,
        versionId,
        sha256: stored.sha256,
        filename,
        mime: kind.mime,
        size: stored.size,
        textStatus: (known?.textStatus ?? 'pending') as TextStatus,
        text: known?.text ?? null,
        personalData: known?.personalData ?? null,
        textError: known?.textError ?? null,
        uploadedBy: actorId(t),
        createdAt: now,
      })
      .returning();
    if (!forkedFrom) await tx.update(dipEntries).set({ updatedAt: now }).where(eq(dipEntries.id, entryId));
    await recordAudit(t, {
      action: 'dip.document_added',
      entityType: 'dip_entry',
      entityId: entryId,
      after: { documentId: doc!.id, filename, mime: kind.mime, size: stored.size, sha256: stored.sha256 },
      details: {
        versionId,
        ...(forkedFrom ? { newVersionFrom: forkedFrom } : {}),
        ...(input.declaredType ? { declaredType: input.declaredType.slice(0, 100) } : {}),
      },
    });
    return doc!;
  });
}

/** Removes a document from the working version of an entry (earlier versions keep theirs). */
export async function removeDocument(ctx: Ctx, entryId: string, docId: string): Promise<void> {
  if (ctx.actor.kind === 'anonymous') throw errors.unauthenticated();
  if (!isUuid(docId)) throw errors.notFound();
  await inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const entry = await loadEntry(tx, entryId, true);
    authorize(t.actor, 'dip.edit', { unitId: entry.unitId });
    if (entry.status === 'submitted') throw underReview();
    const [doc] = await tx
      .select()
      .from(dipDocuments)
      .where(and(eq(dipDocuments.id, docId), eq(dipDocuments.entryId, entryId)));
    // Only documents of the working version can be removed (the form shows those).
    if (!doc || doc.versionId !== entry.workingVersionId) throw errors.notFound();
    const { versionId, forkedFrom } = await draftVersionFor(t, entry);
    // After a new version was made, the document to remove is its copy there.
    const [target] = forkedFrom
      ? await tx
          .select()
          .from(dipDocuments)
          .where(and(eq(dipDocuments.versionId, versionId), eq(dipDocuments.sha256, doc.sha256), eq(dipDocuments.filename, doc.filename)))
          .limit(1)
      : [doc];
    if (!target) throw errors.notFound();
    await tx.delete(dipDocuments).where(eq(dipDocuments.id, target.id));
    const now = t.clock.now();
    if (!forkedFrom) await tx.update(dipEntries).set({ updatedAt: now }).where(eq(dipEntries.id, entryId));
    await recordAudit(t, {
      action: 'dip.document_removed',
      entityType: 'dip_entry',
      entityId: entryId,
      before: { documentId: doc.id, filename: doc.filename, sha256: doc.sha256, size: doc.size },
      details: { versionId, ...(forkedFrom ? { newVersionFrom: forkedFrom } : {}) },
    });
  });
}

export type DocumentListItem = {
  id: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  textStatus: TextStatus;
  /** Why there is no text (not_searchable, failed) or what went wrong last time (pending retry). */
  textNote: string | null;
  createdAt: Date;
};

/** Documents of the working version (or of a given version) of an entry, for the back office. */
export async function listDocuments(ctx: Ctx, entryId: string, opts: { versionId?: string } = {}): Promise<DocumentListItem[]> {
  if (ctx.actor.kind === 'anonymous') throw errors.unauthenticated();
  const entry = await loadEntry(ctx.db, entryId);
  authorize(ctx.actor, 'dip.view', { unitId: entry.unitId });
  const versionId = opts.versionId ?? entry.workingVersionId;
  if (!versionId || !isUuid(versionId)) return [];
  const rows = await ctx.db
    .select()
    .from(dipDocuments)
    .where(and(eq(dipDocuments.entryId, entryId), eq(dipDocuments.versionId, versionId)))
    .orderBy(asc(dipDocuments.createdAt), asc(dipDocuments.filename));
  return rows.map((d) => ({
    id: d.id,
    filename: d.filename,
    mime: d.mime,
    size: d.size,
    sha256: d.sha256,
    textStatus: d.textStatus,
    textNote: publicTextError(d),
    createdAt: d.createdAt,
  }));
}

/**
 * Who may download a document: everyone when it belongs to the published version of a public entry;
 * otherwise a back-office user who may view the entry's unit. Anyone else gets null (shown as 404,
 * so that the existence of unpublished documents is not revealed).
 */
export async function documentForDownload(ctx: Ctx, docId: string): Promise<{ doc: DipDocument; isPublic: boolean } | null> {
  if (!isUuid(docId)) return null;
  const pub = await publicDocument(ctx.db, docId);
  if (pub) return { doc: pub.d, isPublic: true };
  if (ctx.actor.kind !== 'user' && ctx.actor.kind !== 'system') return null;
  const [row] = await ctx.db
    .select({ d: dipDocuments, unitId: dipEntries.unitId })
    .from(dipDocuments)
    .innerJoin(dipEntries, eq(dipEntries.id, dipDocuments.entryId))
    .where(eq(dipDocuments.id, docId));
  if (!row || !can(ctx.actor, 'dip.view', { unitId: row.unitId })) return null;
  return { doc: row.d, isPublic: false };
}
