// The statutory periods of UU KIP, all in working days (hari kerja), none in calendar days (kip-domain.md §5.4, §6).
import type { Messages } from '../../errors.js';

/** Written notice (pemberitahuan tertulis) after receipt of a request: UU KIP Ps 22(7). */
export const RESPONSE_WORKING_DAYS = 10;
/** Extension of the response period, with written reasons, counted from the first deadline: UU KIP Ps 22(8). */
export const EXTENSION_WORKING_DAYS = 7;
/** Filing an objection (keberatan) after its ground arises: UU KIP Ps 36(1). */
export const OBJECTION_FILING_WORKING_DAYS = 30;
/** The Atasan PPID's written answer after receipt of the objection: UU KIP Ps 36(2). */
export const SUPERIOR_RESPONSE_WORKING_DAYS = 30;
/** Filing a dispute (sengketa) with the Komisi Informasi after the Atasan's answer: UU KIP Ps 37(1)–(2). */
export const DISPUTE_FILING_WORKING_DAYS = 14;

export type StatutoryPeriod = { key: string; workingDays: number; basis: string; label: Messages; from: Messages };

export const STATUTORY_PERIODS = [
  {
    key: 'pemberitahuan',
    workingDays: RESPONSE_WORKING_DAYS,
    basis: 'UU KIP Ps 22(7)',
    label: { id: 'Pemberitahuan tertulis atas permohonan', en: 'Written notice on a request' },
    from: { id: 'tanggal permohonan diterima', en: 'the date the request was received' },
  },
  {
    key: 'perpanjangan',
    workingDays: EXTENSION_WORKING_DAYS,
    basis: 'UU KIP Ps 22(8)',
    label: { id: 'Perpanjangan waktu pemberitahuan', en: 'Extension of the notice period' },
    from: { id: 'tenggat pemberitahuan yang pertama', en: 'the first notice deadline' },
  },
  {
    key: 'keberatan',
    workingDays: OBJECTION_FILING_WORKING_DAYS,
    basis: 'UU KIP Ps 36(1)',
    label: { id: 'Pengajuan keberatan', en: 'Filing an objection' },
    from: { id: 'tanggal alasan keberatan timbul', en: 'the date the ground for objection arose' },
  },
  {
    key: 'tanggapan-atasan',
    workingDays: SUPERIOR_RESPONSE_WORKING_DAYS,
    basis: 'UU KIP Ps 36(2)',
    label: { id: 'Tanggapan tertulis Atasan PPID', en: "The Atasan PPID's written response" },
    from: { id: 'tanggal keberatan diterima', en: 'the date the objection was received' },
  },
  {
    key: 'sengketa',
    workingDays: DISPUTE_FILING_WORKING_DAYS,
    basis: 'UU KIP Ps 37(1)–(2)',
    label: { id: 'Pengajuan sengketa ke Komisi Informasi', en: 'Filing a dispute with the Information Commission' },
    from: { id: 'tanggal tanggapan Atasan PPID diterima', en: "the date the Atasan PPID's response was received" },
  },
] as const satisfies readonly StatutoryPeriod[];

export type StatutoryPeriodKey = (typeof STATUTORY_PERIODS)[number]['key'];

export function statutoryPeriod(key: string): StatutoryPeriod | undefined {
  return STATUTORY_PERIODS.find((p) => p.key === key);
}
