// "Terbitkan ke DIP" (issue 13 item 3, a disclosure log): information given in full on request is likely
// to be asked again, so the PPID Utama turns the answer, in one step, into a DRAFT DIP entry of the unit
// that holds it, carrying the files released to the applicant, through the ordinary DIP workflow (the entry
// is reviewed and approved as any other, and reaches the portal and search only once published). The form
// is prefilled from the request's description of the information only, with the applicant's personal data
// masked, and the use case refuses a title or summary that still holds any of it. The entry is linked to the
// request, for the portal's "informasi yang pernah dimohon". One transaction.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { dipEntries, dipEntryRequests, requestDispositions, requestFiles, requestResponses, units } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { attachDocument } from '../dip/documents.js';
import { isPublic } from '../dip/public.js';
import { createDraft } from '../dip/create-dip-draft.js';
import type { DipEntry } from '../dip/workflow.js';
import { disposedUnits, invalid, loadRequest } from './case.js';
import type { InformationRequest } from './submit-request.js';

/** The applicant's personal data as it may appear in a text: name, NIK, email, phone, address, proxy. */
function personalNeedles(r: InformationRequest): string[] {
  const out = [r.name, r.idNumber, r.email, r.address, r.proxyName];
  const digits = r.phone.replace(/\D/g, '');
  if (digits.length >= 6) out.push(digits, digits.replace(/^62/, '0'), digits.replace(/^0/, '62'));
  // Parts of the address (street, RT/RW) are as telling as the whole.
  for (const part of r.address.split(/[,;\n]/)) out.push(part.trim());
  for (const word of r.name.split(/\s+/)) if (word.length >= 4) out.push(word);
  return [...new Set(out.map((s) => s.trim()).filter((s) => s.length >= 4))];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/** Which of the applicant's personal data a text holds (none: []). Phone numbers are compared by digits. */
export function personalDataIn(r: InformationRequest, text: string): string[] {
  const t = norm(text);
  const digits = text.replace(/\D/g, '');
  return personalNeedles(r).filter((n) =>
    /^\d+$/.test(n) ? digits.includes(n) : new RegExp(`(^|[^\\p{L}\\p{N}])${norm(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(t),
  );
}

/** A text with the applicant's personal data replaced by "…". */
export function maskPersonal(r: InformationRequest, text: string): string {
  let out = text;
  for (const n of personalNeedles(r).sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), '…');
  }
  return out.replace(/(\+?\d[\d\s-]{7,}\d)/g, '…');
}

export type PublishForm = {
  title: string;
  summary: string;
  unitId: string;
  units: { id: string; name: string }[];
  files: { id: string; filename: string }[];
  linked: { id: string; number: string; status: string }[];
};

async function eligible(ctx: Ctx, r: InformationRequest) {
  authorize(ctx.actor, 'request.view', { disposedTo: await disposedUnits(ctx.db, r.id) });
  authorize(ctx.actor, 'request.publish_dip');
  const [resp] = await ctx.db.select({ outcome: requestResponses.outcome }).from(requestResponses).where(eq(requestResponses.requestId, r.id));
  if (resp?.outcome !== 'diberikan_seluruhnya') {
    throw errors.conflict(catalogueMessages('requests-case.publish-answer-to-dip.only_request_answered_information_given'));
  }
  if (r.anonymisedAt) throw errors.conflict(catalogueMessages('requests-case.publish-answer-to-dip.request_s_data_has_been'));
}

/** The units that hold it: those the request was disposed to (answered first), else the one addressed. */
async function holderUnits(ctx: Ctx, r: InformationRequest) {
  const disp = await ctx.db
    .select({ id: units.id, name: units.name, answeredAt: requestDispositions.answeredAt })
    .from(requestDispositions)
    .innerJoin(units, eq(units.id, requestDispositions.unitId))
    .where(eq(requestDispositions.requestId, r.id));
  disp.sort((a, b) => Number(!a.answeredAt) - Number(!b.answeredAt) || a.name.localeCompare(b.name));
  const list = disp.map(({ id, name }) => ({ id, name }));
  if (!list.length && r.unitId) {
    const [u] = await ctx.db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, r.unitId));
    if (u) list.push(u);
  }
  return list;
}

const releasedOwnFiles = (ctx: Ctx, requestId: string) =>
  ctx.db
    .select()
    .from(requestFiles)
    .where(and(eq(requestFiles.requestId, requestId), isNotNull(requestFiles.releasedAt), ne(requestFiles.source, 'dip')));

/** The form, prefilled from the request's description of the information only (personal data masked). */
export async function publishForm(ctx: Ctx, requestId: string): Promise<PublishForm> {
  const r = await loadRequest(ctx.db, requestId);
  await eligible(ctx, r);
  const details = maskPersonal(r, r.details).replace(/\s+/g, ' ').trim();
  const title = details.length > 120 ? `${details.slice(0, 117).replace(/\s+\S*$/, '')}…` : details;
  const linked = await ctx.db
    .select({ id: dipEntries.id, number: dipEntries.number, status: dipEntries.status })
    .from(dipEntryRequests)
    .innerJoin(dipEntries, eq(dipEntries.id, dipEntryRequests.entryId))
    .where(eq(dipEntryRequests.requestId, r.id));
  const us = await holderUnits(ctx, r);
  return {
    title,
    summary: details,
    unitId: us[0]?.id ?? '',
    units: us,
    files: (await releasedOwnFiles(ctx, r.id)).map((f) => ({ id: f.id, filename: f.filename })),
    linked,
  };
}

export const ZPublish = z.object({
  title: z
    .string()
    .trim()
    .min(5, { message: messageRef('dip-form.title_required_least_5_characters') })
    .max(300, { message: messageRef('requests-case.most_300_characters') }),
  summary: z
    .string()
    .trim()
    .min(10, { message: messageRef('dip-form.summary_required_least_10_characters') })
    .max(4000, { message: messageRef('requests-case.most_4000_characters') }),
  unitId: z.string().trim().default(''),
  /** Instead of a new draft: the number of a published entry that already holds this information. */
  existing: z.string().trim().max(100).default(''),
});
export type PublishInput = { title: string; summary: string; unitId?: string; existing?: string };

/**
 * Creates the draft (or links a published entry that already holds the information) and returns it.
 * Nothing of the applicant goes into the entry: the title and summary are checked against their data.
 */
export async function publishAnswerToDip(ctx: Ctx, requestId: string, raw: PublishInput): Promise<DipEntry> {
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    await eligible(t, r);
    const now = t.clock.now();
    const existing = typeof raw.existing === 'string' ? raw.existing.trim().slice(0, 100) : '';
    // Linking a published entry takes its number only; a new draft needs the title and summary.
    if (existing) {
      const [entry] = await t.db
        .select()
        .from(dipEntries)
        .where(and(isPublic, eq(dipEntries.number, existing.toUpperCase())));
      if (!entry) throw invalid([], { existing: 'Entri DIP yang terbit dengan nomor itu tidak ditemukan.' });
      await t.db.insert(dipEntryRequests).values({ entryId: entry.id, requestId: r.id, linkedAt: now }).onConflictDoNothing();
      await recordAudit(t, {
        action: 'request.dip_linked',
        entityType: 'information_request',
        entityId: r.id,
        after: { number: r.number, entry: entry.number },
      });
      return entry;
    }
    const parsed = ZPublish.safeParse(raw);
    if (!parsed.success) throw invalid(parsed.error.issues);
    const input = parsed.data;
    const leaks = [...personalDataIn(r, input.title), ...personalDataIn(r, input.summary)];
    if (leaks.length) {
      const m = {
        id: 'Judul atau ringkasan memuat data pribadi pemohon (nama, NIK, alamat, email atau telepon). Hapus data itu: DIP tidak boleh memuat data pribadi pemohon.',
        en: "The title or summary holds the applicant's personal data (name, ID number, address, email or phone). Remove it: the DIP must not hold the applicant's personal data.",
      };
      throw new AppError('validation_failed', 422, m, { summary: m });
    }
    const us = await holderUnits(t, r);
    const unit = us.find((u) => u.id === input.unitId) ?? (input.unitId ? undefined : us[0]);
    if (!unit) throw invalid([], { unitId: 'Pilih unit kerja yang menguasai informasi ini.' });
    const year = Number(r.startDate.slice(0, 4));
    const entry = await createDraft(t, unit.id, {
      title: input.title,
      summary: input.summary,
      category: 'setiap_saat',
      subtype: 'layanan_publik',
      holder: unit.name,
      responsible: unit.name,
      madeWhen: '',
      madePlace: '',
      forms: ['terekam'],
      formats: [],
      retention: 'Sesuai jadwal retensi arsip',
      year,
      periodLabel: '',
      tags: ['pernah dimohon'],
      links: [],
    });
    for (const f of await releasedOwnFiles(t, r.id)) {
      const bytes = await t.blobs.get(f.sha256);
      if (!bytes) throw errors.notFound();
      await attachDocument(t, entry.id, { filename: f.filename, bytes: new Uint8Array(bytes) });
    }
    await t.db.insert(dipEntryRequests).values({ entryId: entry.id, requestId: r.id, linkedAt: now });
    await recordAudit(t, {
      action: 'request.published_to_dip',
      entityType: 'information_request',
      entityId: r.id,
      after: { number: r.number, entry: entry.number, unit: unit.id },
    });
    return entry;
  });
}
