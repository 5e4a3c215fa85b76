// Words for the stages and outcomes of a dispute at the Komisi Informasi (kip-domain.md §6.6), shared by
// the back office, the tracking page, the registers and the emails.
import type { DisputeOutcome, DisputeStage } from '../../db/schema/disputes.js';
import type { Messages } from '../../errors.js';

export const STAGE_LABELS: Record<DisputeStage, Messages> = {
  pemeriksaan_awal: { id: 'Pemeriksaan awal', en: 'Initial examination' },
  mediasi: { id: 'Mediasi', en: 'Mediation' },
  ajudikasi: { id: 'Ajudikasi nonlitigasi', en: 'Non-litigation adjudication' },
  putusan: { id: 'Putusan Komisi Informasi', en: 'Ruling of the Information Commission' },
  keberatan_pengadilan: { id: 'Keberatan ke pengadilan (PTUN/PN)', en: 'Appeal to the court (PTUN/PN)' },
  berkekuatan_hukum_tetap: { id: 'Berkekuatan hukum tetap', en: 'Final and binding' },
};

export const DISPUTE_OUTCOME_LABELS: Record<DisputeOutcome, Messages> = {
  dibuka: { id: 'Informasi dinyatakan terbuka', en: 'The information is declared open' },
  dibuka_sebagian: { id: 'Informasi dinyatakan terbuka sebagian', en: 'The information is declared partly open' },
  tertutup: { id: 'Informasi dinyatakan dikecualikan (permohonan sengketa ditolak)', en: 'The information is declared exempt (the claim is rejected)' },
  dicabut: { id: 'Permohonan sengketa dicabut oleh pemohon', en: 'The applicant withdrew the dispute' },
  mediasi_sepakat: { id: 'Mediasi berhasil: para pihak sepakat', en: 'Mediation succeeded: the parties agreed' },
};

/** Outcomes that open information, which must then be reclassified (UU KIP Ps 11(2)). */
export const OPENING_OUTCOMES: readonly DisputeOutcome[] = ['dibuka', 'dibuka_sebagian'];
/** Outcomes that are a ruling (amar putusan) of the commission or of a court. */
export const RULING_OUTCOMES: readonly DisputeOutcome[] = ['dibuka', 'dibuka_sebagian', 'tertutup'];
