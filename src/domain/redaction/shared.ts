// Redactions of classified PDFs for partial release (UU KIP Ps 22(7)(e)): a draft of areas and text
// patterns, each with its Ps 17 ground, worked on page by page; then the released copy, made by
// documents/redact.ts and stored as an ordinary blob, because it is meant to be given out. The original
// stays encrypted and every look at it (page image, preview, production) goes through the classified read
// path: clearance, need-to-know and a row in the read log. The audit log gets ids, numbers, counts and
// grounds, never the withheld text, the patterns, titles or file names.
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import {
  classifiedDocuments,
  consequenceTests,
  informationRequests,
  redactions,
  users,
  type RedactionArea,
  type RedactionPattern,
  type SecurityLevel,
} from '../../db/schema/index.js';
import {
  detectPoppler,
  PATTERN_KINDS,
  redactionErrors,
  resolvePatterns,
  REDACTION_LIMITS,
  type EngineOptions,
  type PageImage,
  type PageSize,
  type Rect,
  type RedactInput,
  type RedactResult,
  type ResolvedArea,
  type Word,
} from '../../documents/redact.js';
import { FILE_LIMITS } from '../../documents/file-limits.js';
import { runFileJob } from '../../documents/sandbox.js';
import { AppError, errors, type Messages } from '../../errors.js';
import { loadLetterhead } from '../../letters/letterhead.js';
import { resolveSigner } from '../../letters/signer.js';
import { authorize } from '../../policies/index.js';
import { classifiedAccess, maxLevel } from '../../policies/classification.js';
import { recordAudit } from '../audit/record-audit.js';
import { dateInZone, formatLongDate } from '../calendar/dates.js';
import { openClassifiedDocument } from '../classified/documents.js';
import { hidden, loadItemFacts, logAccess, ZAccessReason, type ClassifiedItem } from '../classified/items.js';
import { getPublicBody } from '../org/public-body.js';
import { inForceOn } from '../exemptions/queries.js';
import { groundLabel, groundReference, isGround } from './grounds.js';
import { validationMessage } from '../../i18n/validation.js';

// --- the redaction engine, in the file sandbox (a child process with limits of time and memory) -------------

function readPages(pdf: Uint8Array, opts?: EngineOptions): Promise<PageSize[]> {
  return runFileJob({ type: 'redactPages', pdf, ...(opts ? { opts } : {}) });
}

function readWords(pdf: Uint8Array, pages: PageSize[], opts?: EngineOptions & { first?: number; last?: number }): Promise<Word[][]> {
  return runFileJob({ type: 'redactWords', pdf, pages, ...(opts ? { opts } : {}) });
}

async function renderPageImage(pdf: Uint8Array, page: number, opts: EngineOptions & { areas?: Rect[]; pages?: PageSize[] }): Promise<PageImage> {
  const r = await runFileJob({ type: 'redactImage', pdf, page, opts });
  return { ...r, bytes: Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength) };
}

/** The log's labels are computed here (the child gets a table, not a function). */
async function redactPdf(pdf: Uint8Array, input: RedactInput): Promise<RedactResult> {
  const { log, ...rest } = input;
  let sent = null;
  if (log) {
    const { labelFor, ...info } = log;
    const labels: Record<string, string> = {};
    for (const g of [...input.areas.map((a) => a.ground), ...input.patterns.map((p) => p.ground)]) labels[g] = labelFor(g);
    sent = { ...info, labels };
  }
  const r = await runFileJob({ type: 'redactPdf', pdf, input: { ...rest, log: sent } }, { timeoutMs: FILE_LIMITS.redactMs });
  return { ...r, pdf: Buffer.from(r.pdf.buffer, r.pdf.byteOffset, r.pdf.byteLength) };
}

export type Redaction = typeof redactions.$inferSelect;

const isUuid = (id: string) => z.uuid().safeParse(id).success;
const actorId = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.id : null);
const msg = (id: string): Messages => ({ id, en: validationMessage(id, 'en') });

/** "PH-1A2B3C4D": how a redaction is named on pages, in the read log and on its log page. */
export const redactionRef = (r: { id: string }) => `PH-${r.id.slice(0, 8).toUpperCase()}`;

/** Whether redaction can run on this server (poppler-utils installed). */
export async function redactionAvailable(): Promise<boolean> {
  return (await detectPoppler()) !== null;
}

// --- access ------------------------------------------------------------------------------------------

type DocumentFacts = {
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
async function documentAccess(ctx: Ctx, documentId: string): Promise<DocumentFacts> {
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

async function loadRedaction(ctx: Ctx, id: string): Promise<{ r: Redaction; doc: DocumentFacts }> {
  authorize(ctx.actor, 'redaction.manage');
  if (!isUuid(id)) throw hidden();
  const [r] = await ctx.db.select().from(redactions).where(eq(redactions.id, id));
  if (!r) throw hidden();
  return { r, doc: await documentAccess(ctx, r.documentId) };
}

/** Opens the original through the classified read path (checked and logged) and makes sure it is a PDF. */
async function openSource(ctx: Ctx, documentId: string, reason: string): Promise<Buffer> {
  const opened = await openClassifiedDocument(ctx, documentId, reason);
  if (opened.mime !== 'application/pdf') throw redactionErrors.notPdf();
  return opened.bytes;
}

/** The reason written in the read log for a look the tool takes on the officer's behalf. */
const toolReason = (r: { id: string }, what: string) => `Penghitaman ${redactionRef(r)}: ${what}`;

/** A short hash of the draft: a form sent from an older state of it is refused instead of overwriting. */
export function draftToken(r: Pick<Redaction, 'areas' | 'patterns' | 'status'>): string {
  return createHash('sha256')
    .update(JSON.stringify([r.status, r.areas, r.patterns]))
    .digest('hex')
    .slice(0, 16);
}

const changedMeanwhile = () => errors.conflict(msg('Lembar kerja ini baru saja diubah di tempat lain. Muat ulang halaman, lalu ulangi perubahan Anda.'));
const alreadyProduced = () =>
  errors.conflict(msg('Salinan untuk dirilis sudah dibuat dari penghitaman ini, sehingga tidak dapat diubah lagi. Buat revisi untuk mengubahnya.'));

/** Runs a change on a draft: row locked, token checked, still a draft. */
async function changeDraft<T>(ctx: Ctx, id: string, token: string, fn: (t: Ctx, r: Redaction, doc: DocumentFacts) => Promise<T>): Promise<T> {
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

// --- the document's redactions -----------------------------------------------------------------------

export type RedactionRow = Pick<Redaction, 'id' | 'status' | 'createdAt' | 'producedAt' | 'pageCount' | 'outputSize'> & {
  ref: string;
  areas: number;
  patterns: number;
  createdByName: string | null;
  producedByName: string | null;
  testNumber: string | null;
  requestNumber: string | null;
};

export type TestChoice = { id: string; label: string };

export type DocumentRedactions = {
  document: { id: string; itemId: string; itemNumber: string; level: SecurityLevel };
  redactions: RedactionRow[];
  /** The partial consequence tests of the item, to link a new redaction to. */
  tests: TestChoice[];
  /** The request the item is the subject of, if any: the default link. */
  requestNumber: string | null;
  available: boolean;
};

async function rows(ctx: Ctx, where: ReturnType<typeof eq>): Promise<RedactionRow[]> {
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

function testLabel(t: { number: string | null; publicTitle: string; status: string }): string {
  return `${t.number ?? 'Uji konsekuensi (belum ditetapkan)'} – ${t.publicTitle} (${t.status})`;
}

/** The redactions of one document (who made them, when, whether the copy exists), newest first. */
export async function documentRedactions(ctx: Ctx, documentId: string): Promise<DocumentRedactions> {
  const doc = await documentAccess(ctx, documentId);
  const tests = await ctx.db
    .select({ id: consequenceTests.id, number: consequenceTests.number, publicTitle: consequenceTests.publicTitle, status: consequenceTests.status })
    .from(consequenceTests)
    .where(and(eq(consequenceTests.itemId, doc.itemId), eq(consequenceTests.partial, true)))
    .orderBy(desc(consequenceTests.createdAt));
  let requestNumber: string | null = null;
  if (doc.item.requestId) {
    const [req] = await ctx.db.select({ number: informationRequests.number }).from(informationRequests).where(eq(informationRequests.id, doc.item.requestId));
    requestNumber = req?.number ?? null;
  }
  return {
    document: { id: doc.id, itemId: doc.itemId, itemNumber: doc.item.number, level: doc.level },
    redactions: await rows(ctx, eq(redactions.documentId, doc.id)),
    tests: tests.map((t) => ({ id: t.id, label: testLabel(t) })),
    requestNumber,
    available: await redactionAvailable(),
  };
}

// --- starting one --------------------------------------------------------------------------------------

export const ZCreateRedaction = z.object({
  reason: ZAccessReason,
  testId: z.string().trim().default(''),
  requestNumber: z.string().trim().max(100, 'Nomor permohonan paling banyak 100 karakter.').default(''),
});
export type CreateRedactionInput = z.input<typeof ZCreateRedaction>;

function fieldErrors(issues: z.core.$ZodIssue[]): AppError {
  const fields: Record<string, Messages> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('-') || '_';
    fields[key] ??= msg(issue.message);
  }
  return errors.validation(fields);
}

async function resolveLinks(ctx: Ctx, doc: DocumentFacts, input: { testId: string; requestNumber: string }) {
  let testId: string | null = null;
  if (input.testId) {
    const [t] = isUuid(input.testId)
      ? await ctx.db
          .select({ id: consequenceTests.id })
          .from(consequenceTests)
          .where(and(eq(consequenceTests.id, input.testId), eq(consequenceTests.itemId, doc.itemId), eq(consequenceTests.partial, true)))
      : [];
    if (!t) throw errors.validation({ testId: msg('Pilih uji konsekuensi (pengecualian sebagian) dari informasi ini.') });
    testId = t.id;
  }
  let requestId: string | null = null;
  if (input.requestNumber) {
    const [req] = await ctx.db.select({ id: informationRequests.id }).from(informationRequests).where(eq(informationRequests.number, input.requestNumber));
    if (!req) throw errors.validation({ requestNumber: msg('Permohonan dengan nomor pendaftaran ini tidak ditemukan.') });
    requestId = req.id;
  }
  return { testId, requestId };
}

/**
 * Starts a redaction of a classified PDF: the officer's reason for opening it goes to the read log, the
 * document is checked to be a PDF that can be redacted here (pages, password, damage), and the empty draft
 * is recorded with its links to a partial consequence test and/or a request.
 */
export async function createRedaction(ctx: Ctx, documentId: string, raw: CreateRedactionInput): Promise<Redaction> {
  const doc = await documentAccess(ctx, documentId);
  const parsed = ZCreateRedaction.safeParse(raw);
  if (!parsed.success) throw fieldErrors(parsed.error.issues);
  const links = await resolveLinks(ctx, doc, parsed.data);
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();
  const pdf = await openSource(ctx, documentId, parsed.data.reason);
  await readPages(pdf);
  return inTransaction(ctx, async (t) => {
    const [r] = await (t.db as Tx)
      .insert(redactions)
      .values({ documentId, testId: links.testId, requestId: links.requestId, createdBy: actorId(t), createdAt: t.clock.now() })
      .returning();
    await recordAudit(t, {
      action: 'redaction.created',
      entityType: 'redaction',
      entityId: r!.id,
      after: { documentId, itemId: doc.itemId, itemNumber: doc.item.number, securityLevel: doc.level, testId: links.testId, requestId: links.requestId },
    });
    return r!;
  });
}

// --- the workspace ---------------------------------------------------------------------------------------

export type RedactionWorkspace = {
  redaction: Redaction & { ref: string };
  document: { id: string; itemId: string; itemNumber: string; level: SecurityLevel };
  pages: PageSize[];
  page: number;
  /** Boxes the patterns find on the page shown. */
  patternAreas: ResolvedArea[];
  /** How many places each pattern is found in the whole document. */
  matches: number[];
  token: string;
  testLabel: string | null;
  requestNumber: string | null;
  createdByName: string | null;
  producedByName: string | null;
  /** A public description for the log page: the test's public title, or the item's number. */
  suggestedLabel: string;
  /** Approved consequence tests in force that a copy may rest on (the item's own first, then its unit's). */
  coveringTests: CoveringTest[];
};

/** One page of the draft to work on; the look at the document is logged as a read. */
export async function redactionWorkspace(ctx: Ctx, id: string, page: number): Promise<RedactionWorkspace> {
  const { r, doc } = await loadRedaction(ctx, id);
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();
  const pdf = await openSource(ctx, doc.id, toolReason(r, `lembar kerja halaman ${page}`));
  const pages = await readPages(pdf);
  if (!Number.isInteger(page) || page < 1 || page > pages.length) throw redactionErrors.noPage(page, pages.length);
  const found = r.patterns.length ? resolvePatterns(await readWords(pdf, pages), r.patterns) : { areas: [], matches: [] };
  const [row] = await rows(ctx, eq(redactions.id, r.id));
  let test: { number: string | null; publicTitle: string; status: string } | undefined;
  if (r.testId) {
    [test] = await ctx.db
      .select({ number: consequenceTests.number, publicTitle: consequenceTests.publicTitle, status: consequenceTests.status })
      .from(consequenceTests)
      .where(eq(consequenceTests.id, r.testId));
  }
  return {
    redaction: { ...r, ref: redactionRef(r) },
    document: { id: doc.id, itemId: doc.itemId, itemNumber: doc.item.number, level: doc.level },
    pages,
    page,
    patternAreas: found.areas.filter((a) => a.page === page),
    matches: found.matches,
    token: draftToken(r),
    testLabel: test ? testLabel(test) : null,
    requestNumber: row?.requestNumber ?? null,
    createdByName: row?.createdByName ?? null,
    producedByName: row?.producedByName ?? null,
    suggestedLabel: test?.publicTitle || `Dokumen informasi ${doc.item.number}`,
    coveringTests: await coveringTests(ctx, doc),
  };
}

/**
 * A page of the original as an image for marking, or (preview) as it will be released: marked areas
 * and pattern matches already black. Each one is a logged read of the document.
 */
export async function redactionPageImage(ctx: Ctx, id: string, page: number, opts: { preview: boolean }): Promise<PageImage> {
  const { r, doc } = await loadRedaction(ctx, id);
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();
  const pdf = await openSource(ctx, doc.id, toolReason(r, `${opts.preview ? 'pratinjau' : 'gambar'} halaman ${page}`));
  const pages = await readPages(pdf);
  if (!Number.isInteger(page) || page < 1 || page > pages.length) throw redactionErrors.noPage(page, pages.length);
  let areas: { x: number; y: number; w: number; h: number }[] = [];
  if (opts.preview) {
    const found = r.patterns.length ? resolvePatterns(await readWords(pdf, pages, { first: page, last: page }), r.patterns) : { areas: [] };
    areas = [...r.areas, ...found.areas].filter((a) => a.page === page);
  }
  return renderPageImage(pdf, page, { pages, areas });
}

// --- editing the draft -----------------------------------------------------------------------------------

const percent = (field: string) =>
  z.coerce
    .number({ message: `Isi ${field} dalam persen (0–100).` })
    .min(0, `Isi ${field} dalam persen (0–100).`)
    .max(100, `Isi ${field} dalam persen (0–100).`);

const ZGround = z.string().trim().refine(isGround, 'Pilih dasar pengecualian (UU KIP Pasal 17).');

export const ZAreaRow = z.object({
  page: z.coerce.number({ message: 'Isi nomor halaman.' }).int('Isi nomor halaman.').min(1, 'Isi nomor halaman.'),
  x: percent('jarak dari kiri'),
  y: percent('jarak dari atas'),
  w: percent('lebar').min(0.2, 'Area terlalu kecil: lebar dan tinggi paling sedikit 0,2%.'),
  h: percent('tinggi').min(0.2, 'Area terlalu kecil: lebar dan tinggi paling sedikit 0,2%.'),
  ground: ZGround,
});
export type AreaRowInput = { page: string; x: string; y: string; w: string; h: string; ground: string };

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * Adds areas (positions in percent of the page, as typed or drawn) to the draft. Rows left entirely empty
 * are skipped; an area reaching past the page edge is cut at the edge.
 */
export async function addAreas(ctx: Ctx, id: string, input: { token: string; rows: AreaRowInput[] }): Promise<Redaction> {
  const filled = input.rows.map((row, i) => ({ row, i })).filter(({ row }) => [row.x, row.y, row.w, row.h].some((v) => v.trim() !== ''));
  if (!filled.length) throw errors.validation({ 'area-0-x': msg('Tandai area pada gambar halaman, atau isi posisinya dalam persen.') });
  const fields: Record<string, Messages> = {};
  const areas: RedactionArea[] = [];
  for (const { row, i } of filled) {
    const p = ZAreaRow.safeParse(row);
    if (!p.success) {
      for (const issue of p.error.issues) fields[`area-${i}-${String(issue.path[0])}`] ??= msg(issue.message);
      continue;
    }
    const { page, x, y, ground } = p.data;
    areas.push({
      page,
      ground: ground.trim(),
      x: round(x / 100),
      y: round(y / 100),
      w: round(Math.min(p.data.w, 100 - x) / 100),
      h: round(Math.min(p.data.h, 100 - y) / 100),
    });
  }
  for (const [k, a] of areas.entries()) if (a.w <= 0 || a.h <= 0) fields[`area-${filled[k]!.i}-w`] ??= msg('Area harus berada di dalam halaman.');
  if (Object.keys(fields).length) throw errors.validation(fields);
  const pdfPages = await sourcePageCount(ctx, id);
  return changeDraft(ctx, id, input.token, async (t, r) => {
    for (const [k, a] of areas.entries()) if (a.page > pdfPages) fields[`area-${filled[k]!.i}-page`] ??= redactionErrors.noPage(a.page, pdfPages).messages;
    if (Object.keys(fields).length) throw errors.validation(fields);
    const next = [...r.areas, ...areas];
    if (next.length > REDACTION_LIMITS.maxAreas)
      throw errors.validation({ 'area-0-x': msg(`Paling banyak ${REDACTION_LIMITS.maxAreas} area per penghitaman.`) });
    return saveDraft(t, r, { areas: next }, 'redaction.areas_added', { added: areas.length, pages: [...new Set(areas.map((a) => a.page))] });
  });
}

/** Removes one area (its number in the list, from 1). */
export async function removeArea(ctx: Ctx, id: string, input: { token: string; index: number }): Promise<Redaction> {
  return changeDraft(ctx, id, input.token, async (t, r) => {
    if (!Number.isInteger(input.index) || input.index < 1 || input.index > r.areas.length) throw errors.notFound();
    const next = r.areas.filter((_, i) => i !== input.index - 1);
    return saveDraft(t, r, { areas: next }, 'redaction.area_removed', { index: input.index, page: r.areas[input.index - 1]!.page });
  });
}

export const ZPatternRow = z.object({
  /** '' or 'semua' = every page, else a page number. */
  page: z
    .string()
    .trim()
    .regex(/^(|semua|\d{1,4})$/, 'Pilih halaman.'),
  kind: z.enum(PATTERN_KINDS as [string, ...string[]], { message: 'Jenis pola tidak dikenal.' }),
  pattern: z.string().trim().max(200, 'Teks pola paling banyak 200 karakter.'),
  ground: ZGround,
});
export type PatternRowInput = { page: string; kind: string; pattern: string; ground: string };

/**
 * Replaces the draft's patterns with the rows of the form. A phrase row with no text is dropped (that is
 * how a pattern is removed); a shape row (NIK, NIP, email, phone) needs no text.
 */
export async function savePatterns(ctx: Ctx, id: string, input: { token: string; rows: PatternRowInput[] }): Promise<Redaction> {
  const fields: Record<string, Messages> = {};
  const patterns: RedactionPattern[] = [];
  input.rows.forEach((row, i) => {
    const kind = row.kind || 'phrase';
    if (kind === 'phrase' && !row.pattern.trim()) return;
    const p = ZPatternRow.safeParse({ ...row, kind });
    if (!p.success) {
      for (const issue of p.error.issues) fields[`pattern-${i}-${String(issue.path[0])}`] ??= msg(issue.message);
      return;
    }
    if (kind === 'phrase' && p.data.pattern.length < 2) {
      fields[`pattern-${i}-pattern`] = msg('Tuliskan teks yang akan dihitamkan (paling sedikit 2 karakter).');
      return;
    }
    const page = p.data.page === '' || p.data.page === 'semua' ? null : Number(p.data.page);
    patterns.push({
      page,
      pattern: kind === 'phrase' ? p.data.pattern : '',
      ground: p.data.ground,
      ...(kind === 'phrase' ? {} : { kind: kind as NonNullable<RedactionPattern['kind']> }),
    });
  });
  if (patterns.length > REDACTION_LIMITS.maxPatterns)
    fields['pattern-0-pattern'] ??= msg(`Paling banyak ${REDACTION_LIMITS.maxPatterns} pola per penghitaman.`);
  if (Object.keys(fields).length) throw errors.validation(fields);
  const pdfPages = await sourcePageCount(ctx, id);
  return changeDraft(ctx, id, input.token, async (t, r) => {
    input.rows.forEach((row, i) => {
      const n = Number(row.page);
      if (row.page && row.page !== 'semua' && n > pdfPages) fields[`pattern-${i}-page`] = redactionErrors.noPage(n, pdfPages).messages;
    });
    if (Object.keys(fields).length) throw errors.validation(fields);
    return saveDraft(t, r, { patterns }, 'redaction.patterns_saved', {
      patterns: patterns.length,
      kinds: patterns.map((p) => p.kind ?? 'phrase'),
      grounds: patterns.map((p) => p.ground),
    });
  });
}

/** The number of pages of the source, read from the document (a logged read like every other look). */
async function sourcePageCount(ctx: Ctx, id: string): Promise<number> {
  const { r, doc } = await loadRedaction(ctx, id);
  if (r.status !== 'draft') throw alreadyProduced();
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();
  const pdf = await openSource(ctx, doc.id, toolReason(r, 'memeriksa nomor halaman'));
  return (await readPages(pdf)).length;
}

async function saveDraft(
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

/** Deletes a draft (a produced redaction stays: its copy may have been given out). */
export async function deleteRedaction(ctx: Ctx, id: string, input: { token: string }): Promise<{ documentId: string }> {
  return changeDraft(ctx, id, input.token, async (t, r) => {
    await (t.db as Tx).delete(redactions).where(eq(redactions.id, r.id));
    await recordAudit(t, {
      action: 'redaction.deleted',
      entityType: 'redaction',
      entityId: r.id,
      before: { documentId: r.documentId, areas: r.areas.length, patterns: r.patterns.length },
    });
    return { documentId: r.documentId };
  });
}

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

// --- the released copy -------------------------------------------------------------------------------------

/** An approved consequence test a redacted copy may rest on, as the form offers it and the log cites it. */
export type CoveringTest = {
  id: string;
  number: string;
  decisionDate: string;
  ground: string;
  subpoint: number | null;
  legalBasis: string;
  publicTitle: string;
  /** The item's own test (else one of its unit's). */
  own: boolean;
};

/**
 * The approved tests in force today that may cover what a copy withholds (UU KIP Ps 17, 19; Perki 1/2017
 * Ps 4(1)): the item's own, then the other tests of the item's unit (e.g. bank account numbers, exempt
 * wherever they appear in the unit's documents). Public fields only.
 */
async function coveringTests(ctx: Ctx, doc: DocumentFacts): Promise<CoveringTest[]> {
  const tz = (await getPublicBody(ctx.db))?.timeZone ?? 'Asia/Jakarta';
  const today = dateInZone(ctx.clock.now(), tz).date;
  const list = await ctx.db
    .select({
      id: consequenceTests.id,
      itemId: consequenceTests.itemId,
      number: consequenceTests.number,
      decisionDate: consequenceTests.decisionDate,
      ground: consequenceTests.ground,
      subpoint: consequenceTests.subpoint,
      legalBasis: consequenceTests.legalBasis,
      publicTitle: consequenceTests.publicTitle,
    })
    .from(consequenceTests)
    .where(and(inForceOn(today), or(eq(consequenceTests.itemId, doc.itemId), eq(consequenceTests.unitId, doc.item.unitId))))
    .orderBy(asc(consequenceTests.year), asc(consequenceTests.seq));
  return list
    .filter((t) => t.number && t.decisionDate)
    .map((t) => ({ ...t, number: t.number!, decisionDate: t.decisionDate!, own: t.itemId === doc.itemId }))
    .sort((a, b) => Number(b.own) - Number(a.own));
}

const NO_TEST =
  'Pilih uji konsekuensi yang telah ditetapkan yang mendasari penghitaman ini: bagian yang dihitamkan harus dikecualikan berdasarkan uji konsekuensi (UU KIP Pasal 17 dan 19; Perki 1/2017 Pasal 4 ayat (1)).';

/** The tests chosen for the copy: approved, in force, of the item or its unit, covering every ground used. */
async function citedTests(ctx: Ctx, doc: DocumentFacts, r: Redaction, ids: string[]): Promise<CoveringTest[]> {
  const offered = await coveringTests(ctx, doc);
  const chosen = offered.filter((t) => ids.includes(t.id));
  if (!chosen.length || chosen.length !== new Set(ids).size) throw errors.validation({ testIds: msg(NO_TEST) });
  const letters = [...new Set([...r.areas.map((a) => a.ground), ...r.patterns.map((p) => p.ground)].map((g) => g.split('.')[0]!))].sort();
  const missing = letters.filter((l) => !chosen.some((t) => t.ground === l));
  if (missing.length) {
    const list = missing.join(', ');
    throw errors.validation({
      testIds: {
        id: `Uji konsekuensi yang dipilih tidak mencakup dasar pengecualian Pasal 17 huruf ${list} yang dipakai pada penghitaman; pilih uji konsekuensi atas dasar itu atau ubah dasar areanya.`,
        en: `The chosen consequence tests do not cover the exemption ground Article 17(${list}) used in the redaction; choose a test on that ground or change the ground of the areas.`,
      },
    });
  }
  return chosen;
}

/** How the log cites a test: its number and date, and its ground of Pasal 17 with the further legal basis. */
export function citeTest(t: Pick<CoveringTest, 'number' | 'decisionDate' | 'ground' | 'subpoint' | 'legalBasis'>): string {
  const date = formatLongDate(t.decisionDate).replace(/^[^,]+, /, '');
  const ground = groundReference(t.subpoint ? `${t.ground}.${t.subpoint}` : t.ground);
  return `Penetapan Nomor ${t.number} tanggal ${date}; ${ground} UU No. 14 Tahun 2008${t.legalBasis ? `; ${t.legalBasis}` : ''}`;
}

export const ZProduce = z.object({
  documentLabel: z
    .string()
    .trim()
    .min(3, 'Tuliskan keterangan dokumen untuk salinan (3–200 karakter), tanpa isi yang dikecualikan.')
    .max(200, 'Tuliskan keterangan dokumen untuk salinan (3–200 karakter), tanpa isi yang dikecualikan.'),
  checked: z.literal('1', { message: 'Centang pernyataan bahwa Anda telah memeriksa pratinjau setiap halaman.' }),
  testIds: z.array(z.string().trim().max(40)).max(20).default([]),
});

/** A file name from the public label: letters, digits and hyphens only. */
function outputName(label: string, r: { id: string }): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'dokumen'}-dihitamkan-${redactionRef(r).toLowerCase()}.pdf`;
}

/**
 * Makes the released copy: the original opened (logged), the engine run outside any transaction (it takes
 * seconds), the copy stored as an ordinary blob, then the redaction marked produced with the copy's hash,
 * size, name and page count, in one transaction with its audit entry.
 */
export async function produceRedaction(
  ctx: Ctx,
  id: string,
  input: { token: string; documentLabel: string; checked: string; testIds?: string[] },
): Promise<Redaction> {
  const { r, doc } = await loadRedaction(ctx, id);
  const parsed = ZProduce.safeParse(input);
  if (!parsed.success) throw fieldErrors(parsed.error.issues);
  if (r.status !== 'draft') throw alreadyProduced();
  if (draftToken(r) !== input.token) throw changedMeanwhile();
  if (!r.areas.length && !r.patterns.length) throw errors.validation({ _: msg('Tandai minimal satu area atau pola teks sebelum membuat salinan.') });
  // A partial release rests on an approved test that covers what is withheld (UU KIP Ps 17, 19; Perki 1/2017 Ps 4(1)).
  const cited = await citedTests(ctx, doc, r, parsed.data.testIds.filter(Boolean));
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();

  const body = await getPublicBody(ctx.db);
  const tz = body?.timeZone ?? 'Asia/Jakarta';
  const now = ctx.clock.now();
  const references: { label: string; value: string }[] = [{ label: 'Nomor register informasi', value: doc.item.number }];
  if (r.requestId) {
    const [q] = await ctx.db.select({ number: informationRequests.number }).from(informationRequests).where(eq(informationRequests.id, r.requestId));
    if (q) references.push({ label: 'Nomor pendaftaran permohonan', value: q.number });
  }
  const pdf = await openSource(ctx, doc.id, toolReason(r, 'membuat salinan untuk dirilis'));
  const result = await redactPdf(pdf, {
    areas: r.areas,
    patterns: r.patterns,
    now,
    log: {
      letterhead: await loadLetterhead(ctx, body),
      documentLabel: parsed.data.documentLabel,
      references,
      producedOn: formatLongDate(dateInZone(now, tz).date).replace(/^[^,]+, /, ''),
      producedBy: ctx.actor.kind === 'user' ? ctx.actor.name : 'Sistem',
      // Signed by the officer who produced the copy, with the NIP of their account.
      signer: resolveSigner(
        body,
        'lembar_penghitaman',
        ctx.actor.kind === 'user' ? (await ctx.db.select({ name: users.name, nip: users.nip }).from(users).where(eq(users.id, ctx.actor.id)))[0] : null,
      ),
      reference: redactionRef(r),
      tests: cited.map((t) => ({ citation: citeTest(t), title: t.publicTitle })),
      labelFor: (g) => `${groundReference(g)}: ${groundLabel(g)}`,
    },
  });
  const stored = await ctx.blobs.put(result.pdf);
  const filename = outputName(parsed.data.documentLabel, r);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [locked] = await tx.select().from(redactions).where(eq(redactions.id, id)).for('update');
    if (!locked) throw hidden();
    if (locked.status !== 'draft') throw alreadyProduced();
    if (draftToken(locked) !== input.token) throw changedMeanwhile();
    const [updated] = await tx
      .update(redactions)
      .set({
        status: 'produced',
        // The test the copy rests on (the first cited; all of them are on its log page and in the audit).
        testId: cited[0]!.id,
        outputSha256: stored.sha256,
        outputSize: stored.size,
        outputFilename: filename,
        pageCount: result.pageCount,
        producedBy: actorId(t),
        producedAt: t.clock.now(),
      })
      .where(eq(redactions.id, id))
      .returning();
    await recordAudit(t, {
      action: 'redaction.produced',
      entityType: 'redaction',
      entityId: id,
      after: {
        documentId: r.documentId,
        itemNumber: doc.item.number,
        areas: r.areas.length,
        patterns: r.patterns.length,
        boxes: result.areas.length,
        grounds: [...new Set(result.areas.map((a) => a.ground))].sort(),
        sourcePages: result.sourcePages,
        pageCount: result.pageCount,
        outputSha256: stored.sha256,
        outputSize: stored.size,
        tests: cited.map((t) => t.number),
      },
    });
    return updated!;
  });
}

/** The released copy as a file (meant to be given out; no log of reads, it holds no withheld content). */
export async function releasedCopy(ctx: Ctx, id: string): Promise<{ bytes: Buffer; filename: string }> {
  const { r } = await loadRedaction(ctx, id);
  if (r.status !== 'produced' || !r.outputSha256) throw errors.notFound();
  const bytes = await ctx.blobs.get(r.outputSha256);
  if (!bytes) throw errors.notFound();
  return { bytes, filename: r.outputFilename ?? `${redactionRef(r).toLowerCase()}.pdf` };
}
