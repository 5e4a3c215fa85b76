// Words for the annual report's rows: channels, applicant types, dispute stages and outcomes.
import type { ApplicantType, DisputeOutcome, DisputeStage, RequestChannel } from '../../db/schema/index.js';

type L = { id: string; en: string };

export const CHANNEL_LABELS: Record<RequestChannel, L> = {
  web: { id: 'Laman PPID (daring)', en: 'PPID website (online)' },
  langsung: { id: 'Datang langsung', en: 'In person' },
  email: { id: 'Surat elektronik (email)', en: 'Email' },
  surat: { id: 'Surat / jasa pengiriman', en: 'Letter / courier' },
  telepon: { id: 'Telepon', en: 'Telephone' },
  faks: { id: 'Faksimili', en: 'Fax' },
};

export const APPLICANT_LABELS: Record<ApplicantType, L> = {
  perorangan: { id: 'Perorangan', en: 'Individual' },
  badan_hukum: { id: 'Badan hukum', en: 'Legal entity' },
  kelompok: { id: 'Kelompok orang / organisasi masyarakat', en: 'Group or civic organisation' },
};

export const DISPUTE_STAGE_LABELS: Record<DisputeStage, L> = {
  pemeriksaan_awal: { id: 'Pemeriksaan awal', en: 'Initial examination' },
  mediasi: { id: 'Mediasi', en: 'Mediation' },
  ajudikasi: { id: 'Ajudikasi nonlitigasi', en: 'Non-litigation adjudication' },
  putusan: { id: 'Putusan Komisi Informasi', en: 'Commission ruling' },
  keberatan_pengadilan: { id: 'Keberatan ke pengadilan', en: 'Court appeal' },
  berkekuatan_hukum_tetap: { id: 'Berkekuatan hukum tetap', en: 'Final and binding' },
};

export const DISPUTE_OUTCOME_LABELS: Record<DisputeOutcome | 'none', L> = {
  dibuka: { id: 'Informasi dinyatakan terbuka', en: 'Information declared open' },
  dibuka_sebagian: { id: 'Informasi terbuka sebagian', en: 'Information open in part' },
  tertutup: { id: 'Informasi dinyatakan dikecualikan', en: 'Information declared exempt' },
  dicabut: { id: 'Permohonan sengketa dicabut', en: 'Dispute withdrawn' },
  mediasi_sepakat: { id: 'Mediasi berhasil (kesepakatan)', en: 'Mediation agreement' },
  none: { id: 'Belum ada hasil', en: 'No result yet' },
};
