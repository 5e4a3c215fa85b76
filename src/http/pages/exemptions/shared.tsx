// Labels, status badge and text helpers shared by the consequence-test (uji konsekuensi) pages.
import type { FC } from 'hono/jsx';
import type { TestMoment, TestStatus } from '../../../db/schema/classification.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { groundLabel, groundReference } from '../../../domain/exemptions/grounds.js';
import { LONG_PERIOD_MESSAGE } from '../../../domain/exemptions/input.js';
import { validationMessage } from '../../../domain/messages/validation.js';
import { tx, type View, tm } from '../../components/layout.js';

export const day = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id').replace(/^[^,]+, /, '');

export const STATUS_LABELS: Record<TestStatus, [string, string]> = {
  draft: ['Draf', 'Draft'],
  submitted: ['Diajukan ke PPID Utama', 'Submitted to the lead PPID'],
  returned: ['Dikembalikan untuk diperbaiki', 'Returned for changes'],
  reviewed: ['Menunggu penetapan Atasan PPID', "Awaiting the superior's decision"],
  approved: ['Ditetapkan', 'Approved'],
  rejected: ['Ditolak', 'Rejected'],
  superseded: ['Diganti perpanjangan', 'Superseded by an extension'],
  released: ['Dibuka oleh putusan', 'Opened by a decision'],
  expired: ['Berakhir, informasi dibuka', 'Ended, information opened'],
};

const TONE: Record<TestStatus, string> = {
  draft: 'draft',
  submitted: 'submitted',
  returned: 'returned',
  reviewed: 'submitted',
  approved: 'published',
  rejected: 'unpublished',
  superseded: 'draft',
  released: 'draft',
  expired: 'draft',
};

export const StatusBadge: FC<{ v: View; status: TestStatus }> = ({ v, status }) => (
  <span class={`dip-status dip-status-${TONE[status]}`}>{tx(v, ...STATUS_LABELS[status])}</span>
);

export const MOMENT_LABELS: Record<TestMoment, [string, string, string, string]> = {
  proaktif: ['Sebelum ada permohonan', 'Before any request', 'Perki 1/2017 Pasal 4 ayat (2) huruf a', 'Perki 1/2017 Art. 4(2)(a)'],
  saat_permohonan: ['Saat ada permohonan informasi', 'When a request arrives', 'Pasal 4 ayat (2) huruf b', 'Art. 4(2)(b)'],
  perintah_majelis: [
    'Atas perintah Majelis Komisioner',
    'Ordered by the Commission panel',
    'Pasal 4 ayat (2) huruf c, dalam sengketa',
    'Art. 4(2)(c), in a dispute',
  ],
};

export const longPeriodMessage = (v: View) => validationMessage(LONG_PERIOD_MESSAGE, v.locale);

export const groundText = (v: View, g: string, sub: number | null) => `${groundReference(g, sub, v.locale)}: ${groundLabel(g, sub, v.locale)}`;

export function periodText(v: View, start: string, end: string | null): string {
  return end ? `${day(v, start)} – ${day(v, end)}` : tm(v, 'exemptions.shared.from_without_end', { dayStart: day(v, start) });
}
