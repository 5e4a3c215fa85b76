// Penetapan DIP (Perki 1/2021 Ps 23(2)(d)): the PPID Utama issues a numbered decision of the Daftar Informasi
// Publik, versioned, holding the list as it stood at that moment. The snapshot is taken from the public read
// model (public.ts: published, not withdrawn entries only), so nothing unpublished or exempt can be in it.
import ExcelJS from 'exceljs';
import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { dipPenetapan, users, type PenetapanEntry } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { dateInZone } from '../calendar/dates.js';
import { resolveSigner } from '../org/signer.js';
import { getPublicBody } from '../org/public-body.js';
import { allPublished } from './public.js';
import { actorId, isUuid } from '../../shared/ids.js';
import { LOCK_KEYS } from '../../db/lock-keys.js';

export type PenetapanDip = typeof dipPenetapan.$inferSelect;

export const ZPenetapanInput = z.object({
  number: z.string().trim().min(3).max(120),
  decidedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`))),
});
export type PenetapanInput = z.infer<typeof ZPenetapanInput>;

const CATEGORY_ORDER = { berkala: 0, serta_merta: 1, setiap_saat: 2 } as const;

/** Who signs: the issuing PPID Utama, with the name and NIP of the account (one place, one call). */
async function penetapanSigner(ctx: Ctx): Promise<{ name: string; nip: string | null; position: string }> {
  const id = actorId(ctx);
  const [u] = id ? await ctx.db.select({ name: users.name, nip: users.nip }).from(users).where(eq(users.id, id)) : [];
  // The PPID Utama who issues it signs, under the position set for this letter type (or the PPID's).
  const s = resolveSigner(await getPublicBody(ctx.db), 'penetapan_dip', u ?? null);
  return { name: s.name, nip: s.nip || null, position: s.position };
}

/** The published public list, now, in the form it is kept in the penetapan. */
export async function snapshotPublicList(db: DbOrTx, timeZone: string): Promise<PenetapanEntry[]> {
  const out: PenetapanEntry[] = [];
  for await (const page of allPublished(db)) {
    for (const e of page) {
      out.push({
        number: e.number,
        unitName: e.unitName,
        title: e.title,
        summary: e.summary,
        category: e.category,
        holder: e.holder,
        responsible: e.responsible,
        madeWhen: e.madeWhen,
        madePlace: e.madePlace,
        forms: e.forms,
        formats: e.formats,
        retention: e.retention,
        year: e.year,
        versionNo: e.versionNo,
        publishedAt: dateInZone(e.updatedAt, timeZone).date,
      });
    }
  }
  return out.sort(
    (a, b) => CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] || a.unitName.localeCompare(b.unitName) || a.number.localeCompare(b.number),
  );
}

export async function issuePenetapanDip(ctx: Ctx, input: PenetapanInput, timeZone: string): Promise<PenetapanDip> {
  authorize(ctx.actor, 'dip.penetapan_issue');
  return inTransaction(ctx, async (t) => {
    // One issuer at a time: the version number and the snapshot belong together.
    await t.db.execute(sql`select pg_advisory_xact_lock(hashtext(${LOCK_KEYS.dipPenetapan}))`);
    const [taken] = await t.db.select({ id: dipPenetapan.id }).from(dipPenetapan).where(eq(dipPenetapan.number, input.number));
    if (taken) {
      const m = { id: `Nomor ${input.number} sudah dipakai oleh penetapan lain.`, en: `Number ${input.number} is already used by another decision.` };
      throw new AppError('conflict', 409, m, { number: m });
    }
    const [last] = await t.db.select({ v: sql<number>`coalesce(max(${dipPenetapan.versionNo}), 0)::int` }).from(dipPenetapan);
    const entries = await snapshotPublicList(t.db, timeZone);
    const signer = await penetapanSigner(t);
    const [row] = await t.db
      .insert(dipPenetapan)
      .values({
        versionNo: Number(last?.v ?? 0) + 1,
        number: input.number,
        decidedOn: input.decidedOn,
        issuedBy: actorId(t),
        signerName: signer.name,
        signerNip: signer.nip,
        signerPosition: signer.position,
        entryCount: entries.length,
        entries,
        createdAt: t.clock.now(),
      })
      .returning();
    await recordAudit(t, {
      action: 'dip.penetapan_issued',
      entityType: 'dip_penetapan',
      entityId: row!.id,
      after: { number: row!.number, versionNo: row!.versionNo, decidedOn: row!.decidedOn, entries: row!.entryCount },
    });
    return row!;
  });
}

export type PenetapanSummary = Omit<PenetapanDip, 'entries'>;

const summaryColumns = {
  id: dipPenetapan.id,
  versionNo: dipPenetapan.versionNo,
  number: dipPenetapan.number,
  decidedOn: dipPenetapan.decidedOn,
  issuedBy: dipPenetapan.issuedBy,
  signerName: dipPenetapan.signerName,
  signerNip: dipPenetapan.signerNip,
  signerPosition: dipPenetapan.signerPosition,
  entryCount: dipPenetapan.entryCount,
  createdAt: dipPenetapan.createdAt,
};

export async function listPenetapanDip(ctx: Ctx): Promise<PenetapanSummary[]> {
  authorize(ctx.actor, 'dip.penetapan_view');
  return ctx.db.select(summaryColumns).from(dipPenetapan).orderBy(desc(dipPenetapan.versionNo));
}

export async function getPenetapanDip(ctx: Ctx, id: string): Promise<PenetapanDip> {
  authorize(ctx.actor, 'dip.penetapan_view');
  if (!isUuid(id)) throw errors.notFound();
  const [row] = await ctx.db.select().from(dipPenetapan).where(eq(dipPenetapan.id, id));
  if (!row) throw errors.notFound();
  return row;
}

/** The latest penetapan, for the public DIP page: it holds published public entries only. */
export async function latestPenetapanDip(db: DbOrTx): Promise<PenetapanDip | null> {
  const [row] = await db.select().from(dipPenetapan).orderBy(desc(dipPenetapan.versionNo)).limit(1);
  return row ?? null;
}

/** Number, date and version of the latest penetapan (the public DIP page shows them), without its list. */
export async function latestPenetapanSummary(db: DbOrTx): Promise<PenetapanSummary | null> {
  const [row] = await db.select(summaryColumns).from(dipPenetapan).orderBy(desc(dipPenetapan.versionNo)).limit(1);
  return row ?? null;
}

export const CATEGORY_TITLES: Record<PenetapanEntry['category'], string> = {
  berkala: 'Informasi yang wajib disediakan dan diumumkan secara berkala',
  serta_merta: 'Informasi yang wajib diumumkan secara serta-merta',
  setiap_saat: 'Informasi yang wajib tersedia setiap saat',
};

/** The penetapan's list as xlsx: one sheet, section rows per category; times in the body's time zone. */
export async function penetapanXlsx(p: PenetapanDip, meta: { bodyName: string; timeZone: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Q-Gesy';
  wb.created = p.createdAt;
  const ws = wb.addWorksheet('Penetapan DIP', { views: [{ state: 'frozen', ySplit: 5 }] });
  ws.addRow([`DAFTAR INFORMASI PUBLIK ${meta.bodyName.toUpperCase()}`]).font = { bold: true, size: 13 };
  ws.addRow([`Lampiran Penetapan Nomor ${p.number} tanggal ${p.decidedOn} (versi ${p.versionNo})`]);
  const issued = dateInZone(p.createdAt, meta.timeZone);
  const hh = String(Math.floor(issued.minutes / 60)).padStart(2, '0');
  const mm = String(issued.minutes % 60).padStart(2, '0');
  ws.addRow([`Daftar per ${issued.date} ${hh}.${mm} (${meta.timeZone}); ${p.entryCount} informasi`]);
  ws.addRow([]);
  const heads = [
    'No.',
    'Nomor register',
    'Unit',
    'Judul informasi',
    'Ringkasan',
    'Penguasa informasi',
    'Penanggung jawab',
    'Waktu pembuatan',
    'Tempat pembuatan',
    'Bentuk',
    'Jangka waktu penyimpanan',
    'Tahun',
    'Diumumkan',
  ];
  const head = ws.addRow(heads);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  [5, 16, 28, 40, 50, 22, 22, 14, 16, 16, 18, 8, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let n = 0;
  for (const cat of ['berkala', 'serta_merta', 'setiap_saat'] as const) {
    const rows = p.entries.filter((e) => e.category === cat);
    if (!rows.length) continue;
    ws.addRow([CATEGORY_TITLES[cat]]).font = { bold: true };
    for (const e of rows) {
      const row = ws.addRow([
        ++n,
        e.number,
        e.unitName,
        e.title,
        e.summary,
        e.holder,
        e.responsible,
        e.madeWhen,
        e.madePlace,
        [...e.forms, ...e.formats].join(', '),
        e.retention,
        e.year ?? '',
        e.publishedAt,
      ]);
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
