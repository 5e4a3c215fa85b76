// The steps of a case's files for its history (case-history.ts): each file attached (with the unit's
// answer or for the notice), each release with the written notice, each handover (way, date, recipient),
// each download by the applicant, each file removed as attached by mistake, and the DIP entry made from
// the answer. Staff only.
import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { dipEntries, dipEntryRequests } from '../../db/schema/index.js';
import { formatLongDate } from '../calendar/dates.js';
import type { HistoryItem } from './case-history.js';
import { caseFiles } from './case-files.js';
import { HANDOVER_LABELS } from './record-handover.js';
import type { InformationRequest } from './submit-request.js';

const SOURCE: Record<string, [string, string]> = {
  upload: ['diunggah', 'uploaded'],
  dip: ['dari DIP', 'from the DIP'],
  redaction: ['salinan hasil penghitaman', 'redacted copy'],
};
const VIA: Record<string, [string, string]> = { tracking: ['halaman lacak', 'the tracking page'], account: ['akun pemohon', "the applicant's account"] };

export async function fileHistoryItems(
  ctx: Ctx,
  r: InformationRequest,
  disposedTo: readonly string[],
  who: (id: string | null | undefined) => string | null,
): Promise<HistoryItem[]> {
  const cf = await caseFiles(ctx, r, disposedTo);
  const base = `/admin/permohonan/${r.id}/berkas`;
  const items: HistoryItem[] = [];
  const item = (i: Omit<HistoryItem, 'dateOnly' | 'detail' | 'links'> & Partial<HistoryItem>) => items.push({ dateOnly: false, detail: '', links: [], ...i });
  const byId = new Map(cf.files.map((f) => [f.id, f] as const));
  for (const f of [...cf.files, ...cf.removed].sort((a, b) => a.attachedAt.getTime() - b.attachedAt.getTime())) {
    const [sid, sen] = SOURCE[f.source]!;
    item({
      at: f.attachedAt,
      kind: 'file_attached',
      actor: who(f.attachedBy),
      text: {
        id: `Berkas ${f.filename} (${sid}) dilampirkan${f.unit ? ` pada jawaban ${f.unit}` : ' untuk pemberitahuan tertulis'}${f.exempt ? '; ditandai memuat informasi dikecualikan' : ''}.`,
        en: `File ${f.filename} (${sen}) attached${f.unit ? ` to the answer of ${f.unit}` : ' for the written notice'}${f.exempt ? '; marked as holding exempt information' : ''}.`,
      },
      links: f.removedAt ? [] : [{ href: `${base}/${f.id}`, label: { id: `Unduh ${f.filename}`, en: `Download ${f.filename}` } }],
    });
    if (f.removedAt) {
      item({
        at: f.removedAt,
        kind: 'file_removed',
        actor: who(f.removedBy),
        text: {
          id: `Berkas ${f.filename} dihapus sebelum dilepas (dilampirkan keliru).`,
          en: `File ${f.filename} removed before release (attached by mistake).`,
        },
      });
    }
    if (f.releasedAt) {
      item({
        at: f.releasedAt,
        kind: 'files_released',
        actor: who(f.releasedBy),
        text: {
          id: `Berkas ${f.filename} dilepas kepada pemohon bersama pemberitahuan tertulis.`,
          en: `File ${f.filename} released to the applicant with the written notice.`,
        },
      });
    }
  }
  for (const h of cf.handovers) {
    const [lid, len] = HANDOVER_LABELS[h.method];
    item({
      at: h.recordedAt,
      kind: 'handed_over',
      actor: who(h.recordedBy),
      text: {
        id: `${lid} pada ${formatLongDate(h.handedOn)} kepada ${h.recipient}.`,
        en: `${len} on ${formatLongDate(h.handedOn, 'en')} to ${h.recipient}.`,
      },
      detail: h.note,
    });
  }
  for (const d of cf.downloads) {
    const f = byId.get(d.fileId);
    const [vid, ven] = VIA[d.via]!;
    item({
      at: d.at,
      kind: 'file_downloaded',
      actor: null,
      text: { id: `Pemohon mengunduh ${f?.filename ?? 'berkas'} melalui ${vid}.`, en: `The applicant downloaded ${f?.filename ?? 'a file'} from ${ven}.` },
    });
  }
  const links = await ctx.db
    .select({ at: dipEntryRequests.linkedAt, id: dipEntries.id, number: dipEntries.number })
    .from(dipEntryRequests)
    .innerJoin(dipEntries, eq(dipEntries.id, dipEntryRequests.entryId))
    .where(eq(dipEntryRequests.requestId, r.id))
    .orderBy(asc(dipEntryRequests.linkedAt));
  for (const l of links) {
    item({
      at: l.at,
      kind: 'published_dip',
      actor: null,
      text: {
        id: `Draf entri DIP ${l.number} dibuat dari jawaban ini (tanpa data pemohon).`,
        en: `DIP draft entry ${l.number} made from this answer (without the applicant's data).`,
      },
      links: [{ href: `/admin/dip/${l.id}`, label: { id: `Buka entri ${l.number}`, en: `Open entry ${l.number}` } }],
    });
  }
  return items;
}
