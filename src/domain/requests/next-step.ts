// The one step of a request that is due for this actor (the "Langkah berikutnya" of the case page), or the
// sentence saying whom the case waits on. Pure: the state comes in, the policies decide who may act.
import type { Actor } from '../../context.js';
import type { RequestStatus } from '../../db/schema/index.js';
import type { Messages } from '../../errors.js';
import { can } from '../../policies/index.js';

export type CaseState = {
  status: RequestStatus;
  /** Today and the statutory deadline of the written notice, in the body's time zone (YYYY-MM-DD). */
  today: string;
  dueDate: string;
  /** The deadline is within the "due soon" window (3 working days). */
  dueSoon: boolean;
  /** The one extension (UU KIP Ps 22(8)) was already used. */
  extended: boolean;
  dispositions: { id: string; unitId: string; unitName: string; answered: boolean }[];
};

export type NextStepKind = 'dispose' | 'unit_answer' | 'extend' | 'respond' | 'wait' | 'done';

export type NextStep =
  | { kind: 'dispose' | 'extend' | 'respond' | 'wait' | 'done'; why: Messages }
  /** The dispositions this actor answers, in the case's order. */
  | { kind: 'unit_answer'; dispositionIds: string[]; why: Messages };

const OPEN: readonly RequestStatus[] = ['received', 'in_progress', 'extended'];
const m = (id: string, en: string): Messages => ({ id, en });
const names = (ds: CaseState['dispositions']) => ds.map((d) => d.unitName).join(', ');

export function nextStep(s: CaseState, actor: Actor): NextStep {
  if (!OPEN.includes(s.status)) {
    return {
      kind: 'done',
      why: m(
        'Permohonan sudah dijawab dengan pemberitahuan tertulis; tidak ada langkah yang jatuh tempo.',
        'The request was answered with a written notice; no step is due.',
      ),
    };
  }
  const disposedTo = s.dispositions.map((d) => d.unitId);
  const open = s.dispositions.filter((d) => !d.answered);
  const lead = can(actor, 'request.respond');
  const overdue = s.dueDate < s.today;

  if (lead) {
    if (overdue) {
      return {
        kind: 'respond',
        why: open.length
          ? m(
              `Batas waktu sudah lewat dan ${names(open)} belum menjawab: terbitkan pemberitahuan tertulis sekarang.`,
              `The deadline has passed and ${names(open)} has not answered: issue the written notice now.`,
            )
          : m('Batas waktu sudah lewat: terbitkan pemberitahuan tertulis sekarang.', 'The deadline has passed: issue the written notice now.'),
      };
    }
    if (s.dispositions.length === 0) {
      return {
        kind: 'dispose',
        why: m(
          'Permohonan belum diteruskan: pilih unit kerja yang menguasai informasi, atau langsung terbitkan pemberitahuan tertulis bila informasinya sudah ada.',
          'The request has not been passed on: choose the agencies that hold the information, or issue the written notice at once if you already have it.',
        ),
      };
    }
    if (open.length === 0) {
      return {
        kind: 'respond',
        why: m('Semua unit kerja sudah menjawab: terbitkan pemberitahuan tertulis.', 'Every agency has answered: issue the written notice to the applicant.'),
      };
    }
    if (s.dueSoon && !s.extended) {
      return {
        kind: 'extend',
        why: m(
          `Batas waktu sudah dekat dan ${names(open)} belum menjawab: perpanjang jangka waktu 7 hari kerja sebelum batas waktu berakhir.`,
          `The deadline is near and ${names(open)} has not answered: extend the time limit by 7 working days before it ends.`,
        ),
      };
    }
  }

  const mine = open.filter((d) => can(actor, 'request.unit_answer', { unitId: d.unitId, disposedTo }));
  // The PPID Utama may answer for a unit, but waits for it as long as there is time.
  if (mine.length && !lead) {
    return {
      kind: 'unit_answer',
      dispositionIds: mine.map((d) => d.id),
      why: m(
        'PPID Utama meneruskan permohonan ini kepada unit Anda: kirim jawaban unit (informasi yang tersedia dan bentuknya).',
        'The lead PPID passed this request to your agency: send its answer (the information available and its form).',
      ),
    };
  }
  if (open.length) {
    return {
      kind: 'wait',
      why: m(`Menunggu jawaban unit kerja: ${names(open)}.`, `Waiting for the answer of: ${names(open)}.`),
    };
  }
  return {
    kind: 'wait',
    why:
      s.dispositions.length === 0
        ? m('Menunggu PPID Utama meneruskan permohonan kepada unit kerja.', 'Waiting for the lead PPID to pass the request to the agencies.')
        : m('Menunggu PPID Utama menerbitkan pemberitahuan tertulis.', 'Waiting for the lead PPID to issue the written notice.'),
  };
}
