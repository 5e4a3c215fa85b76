// Redactions of classified PDFs for partial release (UU KIP Ps 22(7)(e)): what the use cases of this folder share.
// A draft of areas and text patterns, each with its Ps 17 ground, worked on page by page; then the released copy, made by
// documents/redact.ts and stored as an ordinary blob, because it is meant to be given out. The original
// stays encrypted and every look at it (page image, preview, production) goes through the classified read
// path: clearance, need-to-know and a row in the read log. The audit log gets ids, numbers, counts and
// grounds, never the withheld text, the patterns, titles or file names.
import { messageRef } from '../../i18n/catalogue.js';
import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { classifiedDocuments, consequenceTests, informationRequests, redactions, users, type SecurityLevel } from '../../db/schema/index.js';
import { detectPoppler, redactionErrors } from '../../documents/redact.js';
import { AppError, errors, type Messages } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { classifiedAccess, maxLevel } from '../../policies/classification.js';
import { recordAudit } from '../audit/record-audit.js';
import { openClassifiedDocument } from '../classified/documents.js';
import { hidden, loadItemFacts, logAccess, type ClassifiedItem } from '../classified/items.js';
import { isGround } from './grounds.js';
import { bilingual } from '../../i18n/catalogue.js';
import { readPages } from './engine.js';
import { isUuid } from '../../shared/ids.js';

export type Redaction = typeof redactions.$inferSelect;

export const msg = (text: string): Messages => bilingual(text);

/** "PH-1A2B3C4D": how a redaction is named on pages, in the read log and on its log page. */
export const redactionRef = (r: { id: string }) => `PH-${r.id.slice(0, 8).toUpperCase()}`;

/** Whether redaction can run on this server (poppler-utils installed). */
export async function redactionAvailable(): Promise<boolean> {
  return (await detectPoppler()) !== null;
}

// --- access ------------------------------------------------------------------------------------------

export type DocumentFacts = {
  id: string;
  itemId: string;
  item: ClassifiedItem;
  /** The document's effective level: its own, or its item's when higher. */
  level: SecurityLevel;
};

/**
 * The document, if the actor may redact it: the redaction.manage role and read access to the document
 * (clearance and need-to-know). A refusal on access is logged as a denied read and answered 404, like an
 * unknown id. Shows no content by itself.
 */
export async function documentAccess(ctx: Ctx, documentId: string): Promise<DocumentFacts> {
  authorize(ctx.actor, 'redaction.manage');
  if (!isUuid(documentId)) throw hidden();
  const [doc] = await ctx.db.select().from(classifiedDocuments).where(eq(classifiedDocuments.id, documentId));
  const loaded = doc ? await loadItemFacts(ctx.db, doc.itemId) : null;
  if (!doc || !loaded) throw hidden();
  const level = maxLevel(doc.securityLevel, loaded.item.securityLevel);
  if (!classifiedAccess(ctx.actor, { ...loaded.facts, level }, ctx.clock.now()).allowed) {
    await logAccess(ctx, { itemId: doc.itemId, documentId, action: 'denied', level, reason: '' });
    throw hidden();
  }
  return { id: doc.id, itemId: doc.itemId, item: loaded.item, level };
}

export async function loadRedaction(ctx: Ctx, id: string): Promise<{ r: Redaction; doc: DocumentFacts }> {
  authorize(ctx.actor, 'redaction.manage');
  if (!isUuid(id)) throw hidden();
  const [r] = await ctx.db.select().from(redactions).where(eq(redactions.id, id));
  if (!r) throw hidden();
  return { r, doc: await documentAccess(ctx, r.documentId) };
}

/** Opens the original through the classified read path (checked and logged) and makes sure it is a PDF. */
export async function openSource(ctx: Ctx, documentId: string, reason: string): Promise<Buffer> {
  const opened = await openClassifiedDocument(ctx, documentId, reason);
  if (opened.mime !== 'application/pdf') throw redactionErrors.notPdf();
  return opened.bytes;
}

/** The reason written in the read log for a look the tool takes on the officer's behalf. */
export const toolReason = (r: { id: string }, what: string) => `Penghitaman ${redactionRef(r)}: ${what}`;

/** A short hash of the draft: a form sent from an older state of it is refused instead of overwriting. */
export function draftToken(r: Pick<Redaction, 'areas' | 'patterns' | 'status'>): string {
  return createHash('sha256')
    .update(JSON.stringify([r.status, r.areas, r.patterns]))
    .digest('hex')
    .slice(0, 16);
}

export const changedMeanwhile = () => errors.conflict(msg(messageRef('redaction.worksheet_just_changed_elsewhere_reload_page')));
export const alreadyProduced = () => errors.conflict(msg(messageRef('redaction.copy_release_has_already_been_made')));

/** Runs a change on a draft: row locked, token checked, still a draft. */
export async function changeDraft<T>(ctx: Ctx, id: string, token: string, fn: (t: Ctx, r: Redaction, doc: DocumentFacts) => Promise<T>): Promise<T> {
  const { doc } = await loadRedaction(ctx, id);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [r] = await tx.select().from(redactions).where(eq(redactions.id, id)).for('update');
    if (!r) throw hidden();
    if (r.status !== 'draft') throw alreadyProduced();
    if (draftToken(r) !== token) throw changedMeanwhile();
    return fn(t, r, doc);
  });
}

export type RedactionRow = Pick<Redaction, 'id' | 'status' | 'createdAt' | 'producedAt' | 'pageCount' | 'outputSize'> & {
  ref: string;
  areas: number;
  patterns: number;
  createdByName: string | null;
  producedByName: string | null;
  testNumber: string | null;
  requestNumber: string | null;
};

export async function rows(ctx: Ctx, where: ReturnType<typeof eq>): Promise<RedactionRow[]> {
  const creator = alias(users, 'creator');
  const producer = alias(users, 'producer');
  const list = await ctx.db
    .select({
      r: redactions,
      createdByName: creator.name,
      producedByName: producer.name,
      testNumber: consequenceTests.number,
      testTitle: consequenceTests.publicTitle,
      requestNumber: informationRequests.number,
    })
    .from(redactions)
    .leftJoin(creator, eq(creator.id, redactions.createdBy))
    .leftJoin(producer, eq(producer.id, redactions.producedBy))
    .leftJoin(consequenceTests, eq(consequenceTests.id, redactions.testId))
    .leftJoin(informationRequests, eq(informationRequests.id, redactions.requestId))
    .where(where)
    .orderBy(desc(redactions.createdAt));
  return list.map(({ r, createdByName, producedByName, testNumber, testTitle, requestNumber }) => ({
    id: r.id,
    ref: redactionRef(r),
    status: r.status,
    createdAt: r.createdAt,
    producedAt: r.producedAt,
    pageCount: r.pageCount,
    outputSize: r.outputSize,
    areas: r.areas.length,
    patterns: r.patterns.length,
    createdByName,
    producedByName,
    testNumber: testNumber ?? (testTitle ? 'belum ditetapkan' : null),
    requestNumber,
  }));
}

export function testLabel(t: { number: string | null; publicTitle: string; status: string }): string {
  return `${t.number ?? 'Uji konsekuensi (belum ditetapkan)'} – ${t.publicTitle} (${t.status})`;
}

export function fieldErrors(issues: z.core.$ZodIssue[]): AppError {
  const fields: Record<string, Messages> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('-') || '_';
    fields[key] ??= msg(issue.message);
  }
  return errors.validation(fields);
}

export const ZGround = z.string().trim().refine(isGround, messageRef('redaction.choose_exemption_ground_uu_kip_article'));

/** The number of pages of the source, read from the document (a logged read like every other look). */
export async function sourcePageCount(ctx: Ctx, id: string): Promise<number> {
  const { r, doc } = await loadRedaction(ctx, id);
  if (r.status !== 'draft') throw alreadyProduced();
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();
  const pdf = await openSource(ctx, doc.id, toolReason(r, 'memeriksa nomor halaman'));
  return (await readPages(pdf)).length;
}

export async function saveDraft(
  ctx: Ctx,
  r: Redaction,
  change: Partial<Pick<Redaction, 'areas' | 'patterns'>>,
  action: string,
  details: Record<string, unknown>,
): Promise<Redaction> {
  const [updated] = await (ctx.db as Tx).update(redactions).set(change).where(eq(redactions.id, r.id)).returning();
  await recordAudit(ctx, {
    action,
    entityType: 'redaction',
    entityId: r.id,
    after: { documentId: r.documentId, areas: updated!.areas.length, patterns: updated!.patterns.length },
    details,
  });
  return updated!;
}
