// Words and small pieces shared by the back-office DIP pages: status badge, category and form labels, notices.
import type { FC } from 'hono/jsx';
import type { DipCategory, DipStatus, TextStatus } from '../../../db/schema/dip.js';
import { CATEGORY_LABELS } from '../../../domain/dip/subtypes.js';
import type { getEntry } from '../../../domain/dip/get-dip-entry.js';
import type { reviewQueue } from '../../../domain/dip/list-dip-review-queue.js';
import { type View, tm } from '../../components/layout.js';

export type EntryDetail = Awaited<ReturnType<typeof getEntry>>;

export type QueueItem = Awaited<ReturnType<typeof reviewQueue>>[number];

// --- words shared by the pages ------------------------------------------------------------------------

type StatusFacts = { status: DipStatus; isPublic: boolean; hasDraftChange: boolean };

/** The status of an entry in words an officer understands, and the badge style that goes with it. */
export function statusWords(v: View, s: StatusFacts): { label: string; tone: string } {
  switch (s.status) {
    case 'draft':
      return s.isPublic && s.hasDraftChange
        ? { label: tm(v, 'dip.shared.published_draft_changes_pending'), tone: 'changed' }
        : { label: tm(v, 'dip.shared.draft'), tone: 'draft' };
    case 'submitted':
      return { label: tm(v, 'dip-entry.review.submitted'), tone: 'submitted' };
    case 'returned':
      return { label: tm(v, 'dip.shared.returned'), tone: 'returned' };
    case 'published':
      return { label: tm(v, 'dip.shared.published'), tone: 'published' };
    case 'unpublished':
      return { label: tm(v, 'dip.shared.withdrawn'), tone: 'unpublished' };
  }
}

export const StatusBadge: FC<{ v: View; s: StatusFacts }> = ({ v, s }) => {
  const w = statusWords(v, s);
  return <span class={`dip-status dip-status-${w.tone}`}>{w.label}</span>;
};

export const categoryLabel = (v: View, c: string) => CATEGORY_LABELS[c as DipCategory]?.[v.locale] ?? c;

export const categoryShort = (v: View, c: string): string =>
  ({ berkala: tm(v, 'dip.shared.periodic'), serta_merta: tm(v, 'dip.shared.immediate'), setiap_saat: tm(v, 'dip.shared.any_time') })[c as DipCategory] ?? c;

export const CATEGORY_HINTS: Record<DipCategory, { id: string; en: string }> = {
  berkala: {
    id: 'Diumumkan rutin, paling sedikit 6 bulan sekali. Contoh: laporan keuangan, profil, program kerja.',
    en: 'Published regularly, at least every 6 months. E.g. financial reports, profile, work programmes.',
  },
  serta_merta: {
    id: 'Menyangkut keselamatan dan hajat hidup orang banyak; wajib diumumkan segera. Contoh: peringatan bencana, wabah.',
    en: 'Concerns public safety and livelihoods; must be announced at once. E.g. disaster warnings, outbreaks.',
  },
  setiap_saat: {
    id: 'Tersedia dan diberikan kapan saja bila diminta. Contoh: SOP, perjanjian, hasil penelitian.',
    en: 'Held and given out whenever asked. E.g. SOPs, agreements, research results.',
  },
};

const FORM_LABELS: Record<string, { id: string; en: string }> = {
  tercetak: { id: 'Tercetak (kertas)', en: 'Printed (paper)' },
  terekam: { id: 'Terekam (berkas digital / softcopy)', en: 'Recorded (digital file / softcopy)' },
};

export const formLabel = (v: View, f: string) => FORM_LABELS[f]?.[v.locale] ?? f;

export const REVIEW_ACTIONS: Record<string, { id: string; en: string }> = {
  submit: { id: 'Diajukan ke PPID Utama', en: 'Submitted to the lead PPID' },
  return: { id: 'Dikembalikan dengan catatan', en: 'Returned with a note' },
  approve: { id: 'Disetujui dan diterbitkan', en: 'Approved and published' },
  publish_immediately: { id: 'Diterbitkan langsung (serta-merta)', en: 'Published at once (immediate information)' },
  personal_data_confirmed: { id: 'Data pribadi dikonfirmasi boleh dibuka', en: 'Personal data confirmed as disclosable' },
  unpublish: { id: 'Ditarik dari portal', en: 'Withdrawn from the portal' },
};

export const TEXT_STATUS: Record<TextStatus, { id: string; en: string }> = {
  pending: { id: 'Teks sedang diproses', en: 'Text is being processed' },
  done: { id: 'Dapat dicari', en: 'Searchable' },
  not_searchable: { id: 'Tidak dapat dicari (pindaian tanpa OCR)', en: 'Not searchable (scan without OCR)' },
  failed: { id: 'Gagal dibaca', en: 'Could not be read' },
};

export const MIME_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/msword': 'Word (DOC)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.ms-excel': 'Excel (XLS)',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
  'text/html': 'HTML',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

export function fileSize(v: View, bytes: number): string {
  const nf = (n: number) => new Intl.NumberFormat(v.locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024)} KB`;
  return `${nf(bytes / (1024 * 1024))} MB`;
}

/** Notices after a redirect (?ok=...&n=...); unknown codes show nothing. */
export function dipNotice(v: View, ok: string | undefined, n: number): string | undefined {
  switch (ok) {
    case 'created':
      return tm(v, 'dip.shared.entry_saved_draft_add_documents');
    case 'saved':
      return tm(v, 'dip.shared.changes_saved');
    case 'submitted':
      return n > 1 ? tm(v, 'dip.shared.entries_submitted_lead_ppid_review', { n }) : tm(v, 'dip.shared.entry_submitted_lead_ppid_review');
    case 'returned':
      return tm(v, 'dip.shared.entry_returned_agency_your_note');
    case 'approved':
      return n > 1 ? tm(v, 'dip.shared.entries_approved_published_portal', { n }) : tm(v, 'dip.shared.entry_approved_published_portal');
    case 'published':
      return tm(v, 'dip.shared.immediate_information_published_portal_lead');
    case 'unpublished':
      return tm(v, 'dip.shared.entry_withdrawn_from_portal_no');
    default:
      return undefined;
  }
}
