// The DIP workflow: a PPID Pembantu drafts and submits; the PPID Utama returns with a note or approves
// (which publishes); editing a published entry makes a new version; unpublishing needs a reason.
// Every step is audited and notifies the other side through the outbox, in the same transaction. What its use cases share.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { dipDocuments, dipEntries, dipReviews, dipVersions, units, users, type DipStatus, type PersonalDataFindings } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPublicBody } from '../org/public-body.js';
import { LOCK_KEYS } from '../../db/lock-keys.js';
import { type DipEntry, type DipVersion, slugify } from './workflow.js';
import { actorId, isUuid } from '../../shared/ids.js';
import { refreshSearchRow } from './search-row.js';

export const wrongState = (status: DipStatus, wanted: string) =>
  new AppError('dip_wrong_state', 409, {
    id: `Entri ini berstatus "${status}", sehingga tidak dapat ${wanted}. Muat ulang halaman untuk melihat keadaan terbaru.`,
    en: `This entry is "${status}", so it cannot be ${wanted === 'diajukan' ? 'submitted' : 'changed this way'}. Reload the page to see its current state.`,
  });

export async function loadEntry(ctx: Ctx, id: string, lock = false): Promise<DipEntry> {
  if (!isUuid(id)) throw errors.notFound();
  const q = ctx.db.select().from(dipEntries).where(eq(dipEntries.id, id));
  const [entry] = lock ? await q.for('update') : await q;
  if (!entry) throw errors.notFound();
  return entry;
}

export async function versionOf(ctx: Ctx, id: string | null): Promise<DipVersion> {
  const [v] = id ? await ctx.db.select().from(dipVersions).where(eq(dipVersions.id, id)) : [];
  if (!v) throw new Error('entry without a working version');
  return v;
}

export async function nextNumber(tx: Tx, unitCode: string, year: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEYS.dipNumber})`);
  const prefix = `DIP/${unitCode.toUpperCase()}/${year}/`;
  const rows = await tx
    .select({ number: dipEntries.number })
    .from(dipEntries)
    .where(sql`starts_with(${dipEntries.number}, ${prefix})`);
  const max = rows.reduce((m, r) => Math.max(m, Number(r.number.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

export async function uniqueSlug(tx: Tx, title: string, number: string): Promise<string> {
  const base = slugify(title);
  const [taken] = await tx.select({ id: dipEntries.id }).from(dipEntries).where(eq(dipEntries.slug, base));
  return taken ? `${base}-${number.split('/').slice(1).join('-').toLowerCase()}` : base;
}

/** Published content is immutable: a version that was ever approved is never edited in place. */
export async function wasPublished(tx: Tx, versionId: string): Promise<boolean> {
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

export async function leadOfficers(tx: Tx) {
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(sql`'ppid_utama' = any(${users.roles})`, sql`${users.lockedAt} is null`));
}

export function actorName(ctx: Ctx): string {
  return ctx.actor.kind === 'user' ? ctx.actor.name : 'Sistem';
}

export async function notifyUnit(t: Ctx, entry: DipEntry, v: DipVersion, template: 'dip_returned' | 'dip_published' | 'dip_unpublished', note: string) {
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

export async function publish(t: Ctx, entry: DipEntry, action: 'approve' | 'publish_immediately'): Promise<DipEntry> {
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
  throw new AppError(
    'personal_data_unconfirmed',
    422,
    catalogueMessages('dip-entry.workflow-shared.document_contains_personal_data_id', { dFilenameJoin: found.map((d) => d.filename).join(', ') }),
  );
}
