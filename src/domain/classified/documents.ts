// Documents of classified items: attach (type by content, level at least the item's and at most the
// uploader's clearance, encrypted before the blob store), open (clearance and need-to-know, the reader's
// reason in the read log) and download (PDFs with a visible watermark on every page). The audit log gets
// ids, numbers, levels and sizes, never file names.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { stat } from 'node:fs/promises';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { classifiedDocuments, classifiedItems, encryptedFiles, SECURITY_LEVELS, users, type SecurityLevel } from '../../db/schema/index.js';
import { emptyFile, sniffBytes, sniffFile } from '../../documents/sniff.js';
import { runFileJob } from '../../documents/sandbox.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { classifiedAccess, clearanceRank, levelRank, maxLevel } from '../../policies/classification.js';
import { recordAudit } from '../audit/record-audit.js';
import { cleanFilename } from '../dip/documents.js';
import { getPublicBody } from '../org/public-body.js';
import { decryptStoredFile, encryptForStore, insertEncryptedFile } from './encrypted-files.js';
import { bilingual, hidden, loadItemFacts, loadReadableItem, logAccess, SECURITY_LEVEL_LABELS, ZAccessReason } from './items.js';
import { revealFileName, sealFileName } from './sealed-text.js';
import { actorId, isUuid } from '../../shared/ids.js';
import { formatDate, formatTime, zoneLabel, zoneOf } from '../calendar/dates.js';

export type ClassifiedDocument = typeof classifiedDocuments.$inferSelect;

/** More than any item needs; keeps one item from growing without bound. */
export const MAX_DOCUMENTS_PER_ITEM = 100;

export type AttachClassifiedInput = {
  filename: string;
  /** The file's bytes, or the path of a file on disk (an upload streamed to a temporary file). */
  bytes?: Uint8Array | undefined;
  path?: string | undefined;
  /** Defaults to the item's level; never lower than it, never above the uploader's clearance. */
  level?: SecurityLevel | string | undefined;
  /** Size computed while the upload was written to `path`. */
  known?: { sha256: string; size: number } | undefined;
};

export type OpenedDocument = {
  bytes: Buffer;
  filename: string;
  mime: string;
  /** The document's effective level: its own, or its item's when that is higher. */
  level: SecurityLevel;
  itemId: string;
  unitId: string;
};

function tooLarge(maxBytes: number): AppError {
  return errors.tooLarge(Math.round((maxBytes / (1024 * 1024)) * 10) / 10);
}

function levelError(id: string, en: string): AppError {
  return errors.validation({ level: { id, en } });
}

/**
 * Checks, before an upload is read, that the actor may add documents to the item: they must be able to
 * read it. A refusal is logged like a refused read and answered 404.
 */
export async function assertCanAttachClassified(ctx: Ctx, itemId: string): Promise<void> {
  await loadReadableItem(ctx, itemId);
}

function chooseLevel(ctx: Ctx, itemLevel: SecurityLevel, raw: string | undefined): SecurityLevel {
  if (raw === undefined || raw === '') return itemLevel;
  if (!(SECURITY_LEVELS as readonly string[]).includes(raw)) throw levelError('Pilih tingkat klasifikasi keamanan.', 'Choose the security level.');
  const level = raw as SecurityLevel;
  if (levelRank(level) < levelRank(itemLevel)) {
    const l = SECURITY_LEVEL_LABELS[itemLevel];
    throw levelError(`Dokumen paling rendah setingkat informasinya (${l.id}).`, `A document is at least as secret as its item (${l.en}).`);
  }
  const clearance = ctx.actor.kind === 'user' ? ctx.actor.clearance : 'none';
  if (clearanceRank(clearance) < levelRank(level)) {
    throw levelError(
      'Tingkat ini di atas izin akses (clearance) Anda; Anda tidak dapat menyimpan dokumen yang tidak boleh Anda baca.',
      'This level is above your clearance; you cannot store a document you may not read.',
    );
  }
  return level;
}

/**
 * Attaches a file to a classified item. The type is decided from the content (PDFs must also be readable
 * for the watermark); the file is encrypted before it reaches the blob store (a stored blob without a row
 * is harmless ciphertext); the file row, the document row and the audit entry commit together.
 */
export async function attachClassifiedDocument(ctx: Ctx, itemId: string, input: AttachClassifiedInput): Promise<ClassifiedDocument> {
  await assertCanAttachClassified(ctx, itemId);
  if (!input.bytes === !input.path) throw new Error('attachClassifiedDocument needs either bytes or path');
  const loaded = (await loadItemFacts(ctx.db, itemId))!;
  const level = chooseLevel(ctx, loaded.item.securityLevel, input.level);

  const limit = ctx.settings.maxUploadBytes;
  const size = input.bytes ? input.bytes.byteLength : (input.known?.size ?? (await stat(input.path!)).size);
  if (size === 0) throw emptyFile();
  if (size > limit) throw tooLarge(limit);
  const kind = input.bytes ? await sniffBytes(input.bytes) : await sniffFile(input.path!);
  // A PDF that cannot be watermarked could never be handed out as the register promises: refuse it now.
  if (kind.kind === 'pdf') await runFileJob({ type: 'markable', ...(input.bytes ? { bytes: input.bytes } : { path: input.path! }) });
  const filename = cleanFilename(input.filename, kind.kind);
  const stored = await encryptForStore(ctx, input.bytes ? { bytes: input.bytes } : { path: input.path! }, kind.mime);
  // The file name is protected content too: sealed under the file's own data key.
  const sealedName = sealFileName(ctx, stored, filename);

  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [item] = await tx.select().from(classifiedItems).where(eq(classifiedItems.id, itemId)).for('update');
    const facts = await loadItemFacts(tx, itemId);
    if (!item || !facts || !classifiedAccess(t.actor, facts.facts, t.clock.now()).allowed) throw hidden();
    if (levelRank(level) < levelRank(item.securityLevel)) chooseLevel(t, item.securityLevel, level);
    const [n] = await tx.select({ n: count() }).from(classifiedDocuments).where(eq(classifiedDocuments.itemId, itemId));
    if (n!.n >= MAX_DOCUMENTS_PER_ITEM) {
      throw errors.conflict(catalogueMessages('classified.documents.item_can_hold_most_documents', { MAX_DOCUMENTS_PER_ITEM }));
    }
    const now = t.clock.now();
    const fileId = await insertEncryptedFile(tx, stored, now);
    const [doc] = await tx
      .insert(classifiedDocuments)
      .values({ itemId, fileId, filename: sealedName, securityLevel: level, uploadedBy: actorId(t), createdAt: now })
      .returning();
    await tx.update(classifiedItems).set({ updatedAt: now }).where(eq(classifiedItems.id, itemId));
    await recordAudit(t, {
      action: 'classified.document_added',
      entityType: 'classified_item',
      entityId: itemId,
      after: { number: item.number, documentId: doc!.id, securityLevel: level, mime: kind.mime, size: stored.size, keyId: stored.keyId },
    });
    return { ...doc!, filename };
  });
}

type Opening = { doc: ClassifiedDocument; level: SecurityLevel; unitId: string; grantId: string | null; reason: string };

/** Access to one document (its effective level), the reason checked; a refusal is logged and answered 404. */
async function decideDocument(ctx: Ctx, documentId: string, rawReason: string): Promise<Opening> {
  authorize(ctx.actor, 'classified.list');
  if (!isUuid(documentId)) throw hidden();
  const [doc] = await ctx.db.select().from(classifiedDocuments).where(eq(classifiedDocuments.id, documentId));
  const loaded = doc ? await loadItemFacts(ctx.db, doc.itemId) : null;
  if (!doc || !loaded) throw hidden();
  const level = maxLevel(doc.securityLevel, loaded.item.securityLevel);
  const access = classifiedAccess(ctx.actor, { ...loaded.facts, level }, ctx.clock.now());
  if (!access.allowed) {
    await logAccess(ctx, { itemId: doc.itemId, documentId, action: 'denied', level, reason: '' });
    throw hidden();
  }
  const reason = ZAccessReason.safeParse(rawReason);
  if (!reason.success) throw errors.validation({ reason: bilingual(reason.error.issues[0]!.message) });
  return { doc, level, unitId: loaded.item.unitId, grantId: access.grantId, reason: reason.data };
}

/**
 * Opens a document for a reader who may read it, with their stated reason; the read is logged (action
 * 'view' by default) after the file decrypted, so a failed opening logs nothing it did not show. Returns
 * the original bytes: for other back-office work (e.g. redaction). What is handed to a person as a file
 * goes through downloadClassifiedDocument, which puts the watermark on PDFs.
 */
export async function openClassifiedDocument(
  ctx: Ctx,
  documentId: string,
  reason: string,
  opts: { action?: 'view' | 'download' } = {},
): Promise<OpenedDocument> {
  const o = await decideDocument(ctx, documentId, reason);
  const file = await decryptStoredFile(ctx, o.doc.fileId);
  await logAccess(ctx, { itemId: o.doc.itemId, documentId, action: opts.action ?? 'view', level: o.level, reason: o.reason, grantId: o.grantId });
  return {
    bytes: file.bytes,
    filename: revealFileName(ctx, file, o.doc.filename, o.doc.id),
    mime: file.mime,
    level: o.level,
    itemId: o.doc.itemId,
    unitId: o.unitId,
  };
}

/** "1 Des 2026 10.15 WIB": the time in the body's zone, as on an Indonesian official document. */
export function watermarkTime(at: Date, timeZone: string): string {
  return `${formatDate(at, 'id', timeZone, 'medium')} ${formatTime(at, timeZone).replace(':', '.')} ${zoneLabel(timeZone)}`;
}

/** The watermark's line: "RAHASIA · dibuka oleh Nama <email> · 1 Des 2026 10.15 WIB". */
export function watermarkLine(level: SecurityLevel, reader: { name: string; email: string }, at: Date, timeZone: string): string {
  return `${SECURITY_LEVEL_LABELS[level].id.toUpperCase()} · dibuka oleh ${reader.name} <${reader.email}> · ${watermarkTime(at, timeZone)}`;
}

/**
 * A document as a file for the reader: PDFs carry the watermark (level, reader, time in the body's zone) on
 * every page; other types are handed out as stored. Logged as 'download' once the file is ready.
 */
export async function downloadClassifiedDocument(ctx: Ctx, documentId: string, reason: string): Promise<OpenedDocument & { watermarked: boolean }> {
  const o = await decideDocument(ctx, documentId, reason);
  const file = await decryptStoredFile(ctx, o.doc.fileId);
  let bytes = file.bytes;
  const isPdf = file.mime === 'application/pdf';
  if (isPdf && ctx.actor.kind === 'user') {
    const body = await getPublicBody(ctx.db);
    const line = watermarkLine(o.level, ctx.actor, ctx.clock.now(), zoneOf(body));
    // In the file sandbox: a hostile PDF costs a child process its time limit, not the server its thread.
    const marked = await runFileJob({ type: 'watermark', bytes, mark: { headline: SECURITY_LEVEL_LABELS[o.level].id.toUpperCase(), line } });
    bytes = Buffer.from(marked.buffer, marked.byteOffset, marked.byteLength);
  }
  await logAccess(ctx, { itemId: o.doc.itemId, documentId, action: 'download', level: o.level, reason: o.reason, grantId: o.grantId });
  const filename = revealFileName(ctx, file, o.doc.filename, o.doc.id);
  return { bytes, filename, mime: file.mime, level: o.level, itemId: o.doc.itemId, unitId: o.unitId, watermarked: isPdf };
}

export type DocumentRow = {
  id: string;
  filename: string;
  level: SecurityLevel;
  mime: string;
  size: number;
  createdAt: Date;
  uploadedBy: string | null;
};

/**
 * The documents of an item that the actor may read (effective level within their clearance), for the item
 * page shown after readItem logged the read. Filtered in SQL; documents above the reader's clearance are
 * not listed at all.
 */
export async function listItemDocuments(ctx: Ctx, itemId: string): Promise<DocumentRow[]> {
  authorize(ctx.actor, 'classified.list');
  const loaded = await loadItemFacts(ctx.db, itemId);
  if (!loaded || !classifiedAccess(ctx.actor, loaded.facts, ctx.clock.now()).allowed || ctx.actor.kind !== 'user') throw hidden();
  const clearance = ctx.actor.clearance;
  const allowed = SECURITY_LEVELS.filter((l) => levelRank(l) <= clearanceRank(clearance));
  const rows = await ctx.db
    .select({
      id: classifiedDocuments.id,
      filename: classifiedDocuments.filename,
      level: classifiedDocuments.securityLevel,
      mime: encryptedFiles.mime,
      size: encryptedFiles.size,
      wrappedKey: encryptedFiles.wrappedKey,
      keyId: encryptedFiles.keyId,
      createdAt: classifiedDocuments.createdAt,
      uploadedBy: users.name,
    })
    .from(classifiedDocuments)
    .innerJoin(encryptedFiles, eq(encryptedFiles.id, classifiedDocuments.fileId))
    .leftJoin(users, eq(users.id, classifiedDocuments.uploadedBy))
    .where(and(eq(classifiedDocuments.itemId, itemId), inArray(classifiedDocuments.securityLevel, allowed)))
    .orderBy(asc(classifiedDocuments.createdAt));
  // Names are opened only here, for a reader the policy allowed (checked above) and documents within their clearance.
  return rows.map(({ wrappedKey, keyId, ...r }) => ({
    ...r,
    filename: revealFileName(ctx, { wrappedKey, keyId }, r.filename, r.id),
    level: maxLevel(r.level, loaded.item.securityLevel),
  }));
}
