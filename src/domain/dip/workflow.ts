// The DIP workflow: a PPID Pembantu drafts and submits; the PPID Utama returns with a note or approves
// (which publishes); editing a published entry makes a new version; unpublishing needs a reason.
// Every step is audited and notifies the other side through the outbox, in the same transaction.
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import {
  dipDocuments,
  dipEntries,
  dipReviews,
  dipSearch,
  dipVersions,
  searchTerms,
  units,
  users,
  type DipStatus,
  type PersonalDataFindings,
} from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { enqueueMail } from '../../jobs/enqueue-mail.js';
import { authorize, can } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPublicBody } from '../org/public-body.js';
import { ZDipInput, type DipInput } from './input.js';
import { searchWords } from './text.js';
import { LOCK_KEYS } from '../../db/lock-keys.js';

export type DipEntry = typeof dipEntries.$inferSelect;
export type DipVersion = typeof dipVersions.$inferSelect;

const isUuid = (id: string) => z.uuid().safeParse(id).success;

function actorId(ctx: Ctx): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.id : null;
}

const wrongState = (status: DipStatus, wanted: string) =>
  new AppError('dip_wrong_state', 409, {
    id: `Entri ini berstatus "${status}", sehingga tidak dapat ${wanted}. Muat ulang halaman untuk melihat keadaan terbaru.`,
    en: `This entry is "${status}", so it cannot be ${wanted === 'diajukan' ? 'submitted' : 'changed this way'}. Reload the page to see its current state.`,
  });

/** Slug from a title: lower-case ASCII words, at most 80 characters. */
export function slugify(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s || 'informasi';
}

async function loadEntry(ctx: Ctx, id: string, lock = false): Promise<DipEntry> {
  if (!isUuid(id)) throw errors.notFound();
  const q = ctx.db.select().from(dipEntries).where(eq(dipEntries.id, id));
  const [entry] = lock ? await q.for('update') : await q;
  if (!entry) throw errors.notFound();
  return entry;
}

async function versionOf(ctx: Ctx, id: string | null): Promise<DipVersion> {
  const [v] = id ? await ctx.db.select().from(dipVersions).where(eq(dipVersions.id, id)) : [];
  if (!v) throw new Error('entry without a working version');
  return v;
}

async function nextNumber(tx: Tx, unitCode: string, year: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEYS.dipNumber})`);
  const prefix = `DIP/${unitCode.toUpperCase()}/${year}/`;
  const rows = await tx
    .select({ number: dipEntries.number })
    .from(dipEntries)
    .where(sql`starts_with(${dipEntries.number}, ${prefix})`);
  const max = rows.reduce((m, r) => Math.max(m, Number(r.number.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

async function uniqueSlug(tx: Tx, title: string, number: string): Promise<string> {
  const base = slugify(title);
  const [taken] = await tx.select({ id: dipEntries.id }).from(dipEntries).where(eq(dipEntries.slug, base));
  return taken ? `${base}-${number.split('/').slice(1).join('-').toLowerCase()}` : base;
}

/** A PPID Pembantu (or the PPID Utama) drafts a new entry for a unit. */
export async function createDraft(ctx: Ctx, unitId: string, raw: DipInput): Promise<DipEntry> {
  authorize(ctx.actor, 'dip.edit', { unitId });
  const input = ZDipInput.parse(raw);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [unit] = isUuid(unitId) ? await tx.select().from(units).where(eq(units.id, unitId)) : [];
    if (!unit) throw errors.validation({ unitId: { id: 'Unit tidak dikenal.', en: 'Unknown agency.' } });
    const now = t.clock.now();
    const number = await nextNumber(tx, unit.code, Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(now)));
    const slug = await uniqueSlug(tx, input.title, number);
    const [entry] = await tx
      .insert(dipEntries)
      .values({ unitId, number, slug, status: 'draft', createdBy: actorId(t), createdAt: now, updatedAt: now })
      .returning();
    const [version] = await tx
      .insert(dipVersions)
      .values({ ...input, entryId: entry!.id, versionNo: 1, createdBy: actorId(t), createdAt: now })
      .returning();
    const [updated] = await tx.update(dipEntries).set({ workingVersionId: version!.id }).where(eq(dipEntries.id, entry!.id)).returning();
    await recordAudit(t, { action: 'dip.created', entityType: 'dip_entry', entityId: entry!.id, after: { number, title: input.title, unitId } });
    return updated!;
  });
}

/**
 * Saves changes. A draft or returned entry is changed in place; a published (or unpublished) entry
 * gets a new working version, and the portal keeps showing the published one until it is approved.
 */
export async function updateEntry(ctx: Ctx, id: string, raw: DipInput): Promise<DipEntry> {
  const input = ZDipInput.parse(raw);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const entry = await loadEntry(t, id, true);
    authorize(t.actor, 'dip.edit', { unitId: entry.unitId });
    if (entry.status === 'submitted') throw wrongState(entry.status, 'diubah selama diperiksa PPID Utama');
    const working = await versionOf(t, entry.workingVersionId);
    const now = t.clock.now();
    const { id: _i, entryId: _e, versionNo: _n, createdAt: _c, createdBy: _b, ...beforeFields } = working;
    let versionId = working.id;
    if (working.id === entry.publishedVersionId || (await wasPublished(tx, working.id))) {
      // Published content is never edited in place: history stays intact.
      const [v] = await tx
        .insert(dipVersions)
        .values({ ...input, entryId: entry.id, versionNo: working.versionNo + 1, createdBy: actorId(t), createdAt: now })
        .returning();
      versionId = v!.id;
      const docs = await tx.select().from(dipDocuments).where(eq(dipDocuments.versionId, working.id));
      if (docs.length) {
        await tx.insert(dipDocuments).values(docs.map(({ id: _d, versionId: _v, ...d }) => ({ ...d, versionId })));
      }
    } else {
      await tx.update(dipVersions).set(input).where(eq(dipVersions.id, working.id));
    }
    // A withdrawn entry stays withdrawn until a reviewed version is approved; a returned one keeps its note.
    const status: DipStatus = entry.status === 'returned' || entry.status === 'unpublished' ? entry.status : 'draft';
    const [updated] = await tx.update(dipEntries).set({ workingVersionId: versionId, status, updatedAt: now }).where(eq(dipEntries.id, id)).returning();
    await recordAudit(t, { action: 'dip.updated', entityType: 'dip_entry', entityId: id, before: beforeFields, after: input, details: { versionId } });
    return updated!;
  });
}

/** Published content is immutable: a version that was ever approved is never edited in place. */
async function wasPublished(tx: Tx, versionId: string): Promise<boolean> {
  const [r] = await tx
    .select({ id: dipReviews.id })
    .from(dipReviews)
    .where(and(eq(dipReviews.versionId, versionId), inArray(dipReviews.action, ['approve', 'publish_immediately'])))
    .limit(1);
  return !!r;
}

async function unitOfficers(tx: Tx, unitId: string) {
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.unitId, unitId), sql`'ppid_pembantu' = any(${users.roles})`, sql`${users.lockedAt} is null`));
}

async function leadOfficers(tx: Tx) {
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(sql`'ppid_utama' = any(${users.roles})`, sql`${users.lockedAt} is null`));
}

function actorName(ctx: Ctx): string {
  return ctx.actor.kind === 'user' ? ctx.actor.name : 'Sistem';
}

/** Submits one or many entries of the actor's units for review. All or nothing. */
export async function submitEntries(ctx: Ctx, ids: string[]): Promise<DipEntry[]> {
  // Policies first: only someone who may edit entries (the PPID Utama, or a PPID Pembantu for its unit) gets further.
  authorize(ctx.actor, 'dip.edit', { unitId: ctx.actor.kind === 'user' ? ctx.actor.unitId : null });
  if (ids.length === 0) throw errors.validation({ ids: { id: 'Pilih minimal satu entri untuk diajukan.', en: 'Choose at least one entry to submit.' } });
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const now = t.clock.now();
    const done: DipEntry[] = [];
    const byUnit = new Map<string, string[]>();
    for (const id of [...new Set(ids)]) {
      const entry = await loadEntry(t, id, true);
      authorize(t.actor, 'dip.edit', { unitId: entry.unitId });
      const hasChange = entry.workingVersionId !== entry.publishedVersionId;
      if (!(entry.status === 'draft' || entry.status === 'returned' || (entry.status === 'unpublished' && hasChange)))
        throw wrongState(entry.status, 'diajukan');
      const v = await versionOf(t, entry.workingVersionId);
      const [u] = await tx
        .update(dipEntries)
        .set({ status: 'submitted', submittedAt: now, updatedAt: now, returnNote: null })
        .where(eq(dipEntries.id, id))
        .returning();
      await tx.insert(dipReviews).values({ entryId: id, versionId: v.id, action: 'submit', actorId: actorId(t), at: now });
      await recordAudit(t, { action: 'dip.submitted', entityType: 'dip_entry', entityId: id, details: { versionNo: v.versionNo, title: v.title } });
      byUnit.set(entry.unitId, [...(byUnit.get(entry.unitId) ?? []), v.title]);
      done.push(u!);
    }
    const body = (await getPublicBody(tx))?.name ?? 'Q-Gesy';
    for (const [unitId, titles] of byUnit) {
      const [unit] = await tx.select().from(units).where(eq(units.id, unitId));
      for (const lead of await leadOfficers(tx)) {
        await enqueueMail(t, {
          to: lead.email,
          toName: lead.name,
          locale: lead.locale,
          template: 'dip_submitted',
          params: {
            name: lead.name,
            body,
            unit: unit!.name,
            actor: actorName(t),
            count: titles.length,
            titles,
            link: `${t.settings.baseUrl}/admin/dip/tinjauan`,
          },
        });
      }
    }
    return done;
  });
}

export const ZReturnNote = z.object({
  note: z.string().trim().min(5, { message: 'Tuliskan catatan perbaikan untuk PPID Pembantu (minimal 5 karakter).' }).max(2000),
});

/** The PPID Utama returns a submitted entry with a note for the agency. */
export async function returnEntry(ctx: Ctx, id: string, note: string): Promise<DipEntry> {
  authorize(ctx.actor, 'dip.review');
  const { note: clean } = ZReturnNote.parse({ note });
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const entry = await loadEntry(t, id, true);
    if (entry.status !== 'submitted') throw wrongState(entry.status, 'dikembalikan');
    const now = t.clock.now();
    const v = await versionOf(t, entry.workingVersionId);
    const [u] = await tx.update(dipEntries).set({ status: 'returned', returnNote: clean, updatedAt: now }).where(eq(dipEntries.id, id)).returning();
    await tx.insert(dipReviews).values({ entryId: id, versionId: v.id, action: 'return', note: clean, actorId: actorId(t), at: now });
    await recordAudit(t, { action: 'dip.returned', entityType: 'dip_entry', entityId: id, details: { note: clean, versionNo: v.versionNo } });
    await notifyUnit(t, entry, v, 'dip_returned', clean);
    return u!;
  });
}

async function notifyUnit(t: Ctx, entry: DipEntry, v: DipVersion, template: 'dip_returned' | 'dip_published' | 'dip_unpublished', note: string) {
  const tx = t.db as Tx;
  const [unit] = await tx.select().from(units).where(eq(units.id, entry.unitId));
  const body = (await getPublicBody(tx))?.name ?? 'Q-Gesy';
  const link = template === 'dip_published' ? `${t.settings.baseUrl}/informasi/${entry.slug}` : `${t.settings.baseUrl}/admin/dip/${entry.id}`;
  for (const o of await unitOfficers(tx, entry.unitId)) {
    const params = { name: o.name, body, unit: unit!.name, actor: actorName(t), count: 1, titles: [v.title], link };
    if (template === 'dip_published') await enqueueMail(t, { to: o.email, toName: o.name, locale: o.locale, template, params });
    else await enqueueMail(t, { to: o.email, toName: o.name, locale: o.locale, template, params: { ...params, note } });
  }
}

/** Rewrites the public search row of an entry from its published version (and that version's documents). */
export async function refreshSearchRow(tx: Tx, entry: DipEntry, now: Date): Promise<void> {
  await tx.delete(searchTerms).where(eq(searchTerms.entryId, entry.id));
  if (!entry.publishedVersionId || entry.status === 'unpublished') {
    await tx.delete(dipSearch).where(eq(dipSearch.entryId, entry.id));
    return;
  }
  const [v] = await tx.select().from(dipVersions).where(eq(dipVersions.id, entry.publishedVersionId));
  // Every document of the published version is downloadable (see publicDocument); only read ones give text.
  const all = await tx
    .select({ text: dipDocuments.text, textStatus: dipDocuments.textStatus })
    .from(dipDocuments)
    .where(eq(dipDocuments.versionId, entry.publishedVersionId))
    .orderBy(asc(dipDocuments.createdAt));
  const docs = all.filter((d) => d.textStatus === 'done' && d.text !== null);
  const row = {
    entryId: entry.id,
    unitId: entry.unitId,
    category: v!.category,
    year: v!.year,
    forms: v!.forms,
    hasFile: all.length > 0,
    title: v!.title,
    summary: v!.summary,
    tags: v!.tags.join(', '),
    docText: docs.map((d) => d.text ?? '').join('\n\n'),
    publishedAt: entry.publishedAt ?? now,
  };
  await tx.insert(dipSearch).values(row).onConflictDoUpdate({ target: dipSearch.entryId, set: row });
  const words = searchWords(`${v!.title} ${v!.summary} ${v!.tags.join(' ')}`);
  if (words.length)
    await tx
      .insert(searchTerms)
      .values(words.map((term) => ({ term, entryId: entry.id })))
      .onConflictDoNothing();
}

/** The PPID Utama approves a submitted entry: its working version becomes the published one. */
export async function approveEntry(ctx: Ctx, id: string): Promise<DipEntry> {
  authorize(ctx.actor, 'dip.review');
  return inTransaction(ctx, async (t) => publish(t, await loadEntry(t, id, true), 'approve'));
}

async function publish(t: Ctx, entry: DipEntry, action: 'approve' | 'publish_immediately'): Promise<DipEntry> {
  const tx = t.db as Tx;
  if (action === 'approve' && entry.status !== 'submitted') throw wrongState(entry.status, 'disetujui');
  const now = t.clock.now();
  const v = await versionOf(t, entry.workingVersionId);
  await requirePersonalDataCleared(t, v);
  const [u] = await tx
    .update(dipEntries)
    .set({
      status: 'published',
      publishedVersionId: v.id,
      publishedAt: now,
      firstPublishedAt: entry.firstPublishedAt ?? now,
      returnNote: null,
      unpublishReason: null,
      updatedAt: now,
    })
    .where(eq(dipEntries.id, entry.id))
    .returning();
  await tx.insert(dipReviews).values({ entryId: entry.id, versionId: v.id, action, actorId: actorId(t), at: now });
  await refreshSearchRow(tx, u!, now);
  await recordAudit(t, {
    action: 'dip.published',
    entityType: 'dip_entry',
    entityId: entry.id,
    details: { versionNo: v.versionNo, title: v.title, how: action },
  });
  await notifyUnit(t, u!, v, 'dip_published', '');
  return u!;
}

/** The documents of a version in which personal data was found, with their findings (counts, masked samples). */
export async function personalDataOfVersion(ctx: Pick<Ctx, 'db'>, versionId: string | null) {
  if (!versionId) return [];
  return (
    await ctx.db
      .select({ id: dipDocuments.id, filename: dipDocuments.filename, findings: dipDocuments.personalData })
      .from(dipDocuments)
      .where(and(eq(dipDocuments.versionId, versionId), isNotNull(dipDocuments.personalData)))
      .orderBy(asc(dipDocuments.filename))
  ).filter((d) => d.findings) as { id: string; filename: string; findings: PersonalDataFindings }[];
}

/**
 * A version whose documents hold personal data (UU KIP Ps 17 h; UU 27/2022) is published only after someone
 * confirmed, with a reason, that it may be (e.g. an official's data in office), or after the document was
 * replaced by a redacted copy (which then holds none).
 */
async function requirePersonalDataCleared(t: Ctx, v: DipVersion): Promise<void> {
  if (v.personalDataAckAt) return;
  const found = await personalDataOfVersion(t, v.id);
  if (!found.length) return;
  throw new AppError('personal_data_unconfirmed', 422, {
    id: `Dokumen ${found.map((d) => d.filename).join(', ')} memuat data pribadi (NIK, nomor telepon, email atau alamat rumah). Sebelum diterbitkan, konfirmasikan dengan alasan bahwa data itu boleh dibuka, atau ganti dengan salinan yang dihitamkan (UU 14/2008 Pasal 17 huruf h; UU 27/2022).`,
    en: `Document ${found.map((d) => d.filename).join(', ')} contains personal data (ID number, phone, email or home address). Before publication, confirm with a reason that it may be disclosed, or replace it with a redacted copy (Law 14/2008 Art. 17(h); Law 27/2022).`,
  });
}

export const ZPersonalDataReason = z.object({ reason: z.string().trim().min(20).max(1000) });

/**
 * Confirms that the personal data found in the working version's documents may be published, with the reason;
 * recorded in the entry's history and the audit log (counts only, never the values).
 */
export async function confirmPersonalData(ctx: Ctx, id: string, reason: string): Promise<DipEntry> {
  const { reason: clean } = ZPersonalDataReason.parse({ reason });
  return inTransaction(ctx, async (t) => {
    const entry = await loadEntry(t, id, true);
    if (!can(t.actor, 'dip.review') && !can(t.actor, 'dip.edit', { unitId: entry.unitId })) authorize(t.actor, 'dip.review');
    const v = await versionOf(t, entry.workingVersionId);
    const found = await personalDataOfVersion(t, v.id);
    if (!found.length) {
      throw new AppError('no_personal_data', 409, {
        id: 'Tidak ada data pribadi yang ditemukan pada dokumen versi ini; tidak ada yang perlu dikonfirmasi.',
        en: 'No personal data was found in this version’s documents; there is nothing to confirm.',
      });
    }
    const now = t.clock.now();
    await t.db
      .update(dipVersions)
      .set({ personalDataReason: clean, personalDataAckBy: actorId(t), personalDataAckAt: now })
      .where(eq(dipVersions.id, v.id));
    await t.db.insert(dipReviews).values({ entryId: entry.id, versionId: v.id, action: 'personal_data_confirmed', note: clean, actorId: actorId(t), at: now });
    const counts = { nik: 0, phone: 0, email: 0, address: 0 };
    for (const d of found) for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += d.findings.counts[k];
    await recordAudit(t, {
      action: 'dip.personal_data_confirmed',
      entityType: 'dip_entry',
      entityId: entry.id,
      details: { versionNo: v.versionNo, documents: found.map((d) => d.filename), counts, reason: clean },
    });
    return entry;
  });
}

export async function approveEntries(ctx: Ctx, ids: string[]): Promise<DipEntry[]> {
  authorize(ctx.actor, 'dip.review');
  return inTransaction(ctx, async (t) => {
    const out: DipEntry[] = [];
    for (const id of [...new Set(ids)]) out.push(await publish(t, await loadEntry(t, id, true), 'approve'));
    return out;
  });
}

/**
 * Serta-merta information must not wait (UU KIP Ps 10): the agency publishes it at once, the
 * PPID Utama is told, and the step is audited like an approval.
 */
export async function publishImmediately(ctx: Ctx, id: string): Promise<DipEntry> {
  return inTransaction(ctx, async (t) => {
    const entry = await loadEntry(t, id, true);
    authorize(t.actor, 'dip.edit', { unitId: entry.unitId });
    const v = await versionOf(t, entry.workingVersionId);
    if (v.category !== 'serta_merta') {
      throw new AppError('dip_not_serta_merta', 409, {
        id: 'Hanya informasi serta-merta yang dapat diterbitkan langsung; informasi lain diajukan ke PPID Utama.',
        en: 'Only immediate (serta-merta) information can be published at once; other information goes to the lead PPID for review.',
      });
    }
    const unchanged = entry.workingVersionId === entry.publishedVersionId || (await wasPublished(t.db as Tx, entry.workingVersionId!));
    if (entry.status === 'submitted' || ((entry.status === 'published' || entry.status === 'unpublished') && unchanged))
      throw wrongState(entry.status, 'diterbitkan langsung');
    const out = await publish(t, entry, 'publish_immediately');
    const tx = t.db as Tx;
    const [unit] = await tx.select().from(units).where(eq(units.id, entry.unitId));
    const body = (await getPublicBody(tx))?.name ?? 'Q-Gesy';
    for (const lead of await leadOfficers(tx)) {
      await enqueueMail(t, {
        to: lead.email,
        toName: lead.name,
        locale: lead.locale,
        template: 'dip_submitted',
        params: {
          name: lead.name,
          body,
          unit: unit!.name,
          actor: actorName(t),
          count: 1,
          titles: [`${v.title} (serta-merta, sudah terbit)`],
          link: `${t.settings.baseUrl}/admin/dip/${entry.id}`,
        },
      });
    }
    return out;
  });
}

export const ZUnpublish = z.object({
  reason: z.string().trim().min(10, { message: 'Tuliskan alasan penarikan dari portal (minimal 10 karakter).' }).max(2000),
});

/** The PPID Utama withdraws an entry from the portal, with a reason; it leaves search at once. */
export async function unpublishEntry(ctx: Ctx, id: string, reason: string): Promise<DipEntry> {
  authorize(ctx.actor, 'dip.review');
  const { reason: clean } = ZUnpublish.parse({ reason });
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const entry = await loadEntry(t, id, true);
    if (!entry.publishedVersionId || entry.status === 'unpublished') throw wrongState(entry.status, 'ditarik dari portal');
    const now = t.clock.now();
    // Withdrawn means no public version at all, whatever review state the entry goes through next.
    const [u] = await tx
      .update(dipEntries)
      .set({ status: 'unpublished', publishedVersionId: null, unpublishReason: clean, updatedAt: now })
      .where(eq(dipEntries.id, id))
      .returning();
    await tx.insert(dipReviews).values({ entryId: id, versionId: entry.publishedVersionId, action: 'unpublish', note: clean, actorId: actorId(t), at: now });
    await refreshSearchRow(tx, u!, now);
    await recordAudit(t, { action: 'dip.unpublished', entityType: 'dip_entry', entityId: id, details: { reason: clean } });
    await notifyUnit(t, u!, await versionOf(t, entry.publishedVersionId), 'dip_unpublished', clean);
    return u!;
  });
}

// --- reading (back office) --------------------------------------------------------------------------

export type EntryListItem = {
  id: string;
  number: string;
  slug: string;
  status: DipStatus;
  unitId: string;
  unitName: string;
  title: string;
  category: string;
  subtype: string;
  year: number | null;
  updatedAt: Date;
  isPublic: boolean;
  hasDraftChange: boolean;
  returnNote: string | null;
};

export const ZEntryFilter = z.object({
  unitId: z.uuid().optional().catch(undefined),
  status: z.enum(['draft', 'submitted', 'returned', 'published', 'unpublished']).optional().catch(undefined),
  category: z.enum(['berkala', 'serta_merta', 'setiap_saat']).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});
export type EntryFilter = z.infer<typeof ZEntryFilter>;

/** Entries visible to the actor in the back office, filtered and paged. */
export async function listEntries(ctx: Ctx, filter: EntryFilter, pageSize = 50): Promise<{ items: EntryListItem[]; total: number }> {
  authorize(ctx.actor, 'backoffice.view');
  if (filter.unitId) authorize(ctx.actor, 'dip.view', { unitId: filter.unitId });
  const where = [];
  if (filter.unitId) where.push(eq(dipEntries.unitId, filter.unitId));
  else if (!can(ctx.actor, 'dip.view', { unitId: '00000000-0000-0000-0000-000000000000' })) {
    // A PPID Pembantu without a filter sees its own unit only.
    const own = ctx.actor.kind === 'user' ? ctx.actor.unitId : null;
    if (!own) return { items: [], total: 0 };
    where.push(eq(dipEntries.unitId, own));
  }
  if (filter.status) where.push(eq(dipEntries.status, filter.status));
  if (filter.category) where.push(eq(dipVersions.category, filter.category));
  if (filter.q)
    where.push(
      sql`(${dipVersions.title} ilike ${'%' + filter.q.replace(/[\\%_]/g, '\\$&') + '%'} or ${dipEntries.number} ilike ${'%' + filter.q.replace(/[\\%_]/g, '\\$&') + '%'})`,
    );
  const cond = where.length ? and(...where) : undefined;
  const base = ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
    .where(cond);
  const [{ n } = { n: 0 }] = await base;
  const rows = await ctx.db
    .select({ e: dipEntries, v: dipVersions, unitName: units.name })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
    .innerJoin(units, eq(units.id, dipEntries.unitId))
    .where(cond)
    .orderBy(desc(dipEntries.updatedAt), desc(dipEntries.id))
    .limit(pageSize)
    .offset((filter.page - 1) * pageSize);
  return {
    total: Number(n),
    items: rows.map(({ e, v, unitName }) => ({
      id: e.id,
      number: e.number,
      slug: e.slug,
      status: e.status,
      unitId: e.unitId,
      unitName,
      title: v.title,
      category: v.category,
      subtype: v.subtype,
      year: v.year,
      updatedAt: e.updatedAt,
      isPublic: !!e.publishedVersionId && e.status !== 'unpublished',
      hasDraftChange: !!e.publishedVersionId && e.workingVersionId !== e.publishedVersionId,
      returnNote: e.returnNote,
    })),
  };
}

/** One entry for the back office: working and published versions, history, documents. */
export async function getEntry(ctx: Ctx, id: string) {
  const entry = await loadEntry(ctx, id);
  authorize(ctx.actor, 'dip.view', { unitId: entry.unitId });
  const [unit] = await ctx.db.select().from(units).where(eq(units.id, entry.unitId));
  const versions = await ctx.db.select().from(dipVersions).where(eq(dipVersions.entryId, id)).orderBy(desc(dipVersions.versionNo));
  const reviews = await ctx.db
    .select({ r: dipReviews, actorName: users.name })
    .from(dipReviews)
    .leftJoin(users, eq(users.id, dipReviews.actorId))
    .where(eq(dipReviews.entryId, id))
    .orderBy(desc(dipReviews.at));
  const working = versions.find((v) => v.id === entry.workingVersionId)!;
  const documents = await ctx.db.select().from(dipDocuments).where(eq(dipDocuments.versionId, working.id)).orderBy(asc(dipDocuments.createdAt));
  return {
    entry,
    unit: unit!,
    working,
    published: versions.find((v) => v.id === entry.publishedVersionId) ?? null,
    versions,
    reviews: reviews.map((r) => ({ ...r.r, actorName: r.actorName })),
    documents,
    canEdit: can(ctx.actor, 'dip.edit', { unitId: entry.unitId }) && entry.status !== 'submitted',
    canReview: can(ctx.actor, 'dip.review') && entry.status === 'submitted',
    canUnpublish: can(ctx.actor, 'dip.review') && !!entry.publishedVersionId && entry.status !== 'unpublished',
  };
}

/** Submitted entries waiting for the PPID Utama, oldest first. */
export async function reviewQueue(ctx: Ctx) {
  authorize(ctx.actor, 'dip.review');
  return ctx.db
    .select({
      id: dipEntries.id,
      number: dipEntries.number,
      title: dipVersions.title,
      unitName: units.name,
      submittedAt: dipEntries.submittedAt,
      category: dipVersions.category,
      isUpdate: isNotNull(dipEntries.publishedVersionId),
      // Documents of the version with personal data found, not yet confirmed (UU KIP Ps 17 h; UU 27/2022).
      personalDataDocs: sql<number>`case when ${dipVersions.personalDataAckAt} is null then (select count(*)::int from ${dipDocuments} d
        where d.version_id = ${dipVersions.id} and d.personal_data is not null) else 0 end`.mapWith(Number),
    })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
    .innerJoin(units, eq(units.id, dipEntries.unitId))
    .where(eq(dipEntries.status, 'submitted'))
    .orderBy(asc(dipEntries.submittedAt));
}

export async function entriesByIds(ctx: Ctx, ids: string[]) {
  const valid = ids.filter(isUuid);
  return valid.length ? ctx.db.select().from(dipEntries).where(inArray(dipEntries.id, valid)) : [];
}
