// What the panels of the request case page share: status and deadline labels, dates, and the form state
// (which form the errors and typed values belong to).
import type { FC } from 'hono/jsx';
import type { RequestStatus } from '../../../../db/schema/index.js';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import type { DeadlineBadge } from '../../../../domain/requests/inbox.js';
import type { RequestCase } from '../../../../domain/requests/request-case.js';
import type { FieldErrors } from '../../../components/form.js';
import { tx, type View } from '../../../components/layout.js';

export const longDate = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');

export const STATUS: Record<RequestStatus, [string, string]> = {
  received: ['Baru diterima', 'New'],
  in_progress: ['Sedang diproses', 'In progress'],
  extended: ['Diperpanjang', 'Extended'],
  answered: ['Sudah dijawab', 'Answered'],
  closed: ['Selesai', 'Closed'],
};

const BADGE: Record<DeadlineBadge, { label: [string, string]; tone: string }> = {
  on_time: { label: ['Tepat waktu', 'On time'], tone: 'published' },
  due_soon: { label: ['Tenggat ≤ 3 hari kerja', 'Due within 3 working days'], tone: 'returned' },
  overdue: { label: ['Terlambat', 'Overdue'], tone: 'unpublished' },
  done: { label: ['Selesai', 'Done'], tone: 'draft' },
};

export const DeadlineBadgeView: FC<{ v: View; badge: DeadlineBadge }> = ({ v, badge }) => (
  <span class={`dip-status dip-status-${BADGE[badge].tone}`}>{tx(v, ...BADGE[badge].label)}</span>
);

/** Which action form the errors and typed values belong to. */
export type CaseForm = 'dispose' | 'answer' | 'extend' | 'respond' | 'scan';

/** The case, the actor's view, and what a refused form sent back (errors and typed values). */
export type PanelProps = {
  v: View;
  c: RequestCase;
  form?: CaseForm | undefined;
  errors?: FieldErrors | undefined;
  typed?: Record<string, string | string[]> | undefined;
};

/** The value typed into `f` (when the page comes back with its errors), else `dflt`. */
export function typedValue(p: PanelProps, f: CaseForm, k: string, dflt = ''): string {
  const x = p.form === f ? p.typed?.[k] : undefined;
  return typeof x === 'string' ? x : Array.isArray(x) ? (x[0] ?? '') : dflt;
}
export const formErrors = (p: PanelProps, f: CaseForm) => (p.form === f ? p.errors : undefined);
export const casePath = (c: RequestCase) => `/admin/permohonan/${c.request.id}`;
