// DIP sub-types from the Pasal 9 (berkala), Pasal 10 (serta-merta) and Pasal 11 (setiap saat) lists.
import type { DipCategory } from '../../db/schema/dip.js';

export type Subtype = { code: string; id: string; en: string; categories: DipCategory[] };

export const SUBTYPES: Subtype[] = [
  { code: 'profil', id: 'Profil badan publik', en: 'Profile of the public body', categories: ['berkala'] },
  { code: 'program_kegiatan', id: 'Ringkasan program dan kegiatan', en: 'Programmes and activities', categories: ['berkala'] },
  { code: 'rencana_kerja', id: 'Rencana kerja dan rencana strategis', en: 'Work and strategic plans', categories: ['berkala', 'setiap_saat'] },
  { code: 'kinerja', id: 'Informasi kinerja', en: 'Performance information', categories: ['berkala'] },
  { code: 'laporan_kegiatan', id: 'Laporan kegiatan', en: 'Activity reports', categories: ['berkala', 'setiap_saat'] },
  { code: 'laporan_keuangan', id: 'Laporan keuangan', en: 'Financial reports', categories: ['berkala'] },
  { code: 'rencana_anggaran', id: 'Rencana dan realisasi anggaran', en: 'Budget plans and realisation', categories: ['berkala', 'setiap_saat'] },
  { code: 'laporan_akses_informasi', id: 'Laporan akses informasi publik', en: 'Access-to-information reports', categories: ['berkala', 'setiap_saat'] },
  { code: 'regulasi', id: 'Peraturan dan kebijakan', en: 'Regulations and policies', categories: ['berkala', 'setiap_saat'] },
  { code: 'keputusan', id: 'Keputusan dan pertimbangannya', en: 'Decisions and their reasons', categories: ['berkala', 'setiap_saat'] },
  { code: 'prosedur_layanan', id: 'Prosedur dan standar pelayanan', en: 'Service procedures and standards', categories: ['berkala', 'setiap_saat'] },
  { code: 'maklumat', id: 'Maklumat pelayanan', en: 'Service charter', categories: ['berkala'] },
  { code: 'sop', id: 'Standar operasional prosedur (SOP)', en: 'Standard operating procedures', categories: ['berkala', 'setiap_saat'] },
  { code: 'pengaduan', id: 'Tata cara pengaduan', en: 'Complaint procedures', categories: ['berkala'] },
  { code: 'pengadaan', id: 'Pengadaan barang dan jasa', en: 'Procurement', categories: ['berkala', 'setiap_saat'] },
  { code: 'darurat', id: 'Peringatan dini dan keadaan darurat', en: 'Early warning and emergencies', categories: ['berkala', 'serta_merta'] },
  { code: 'statistik', id: 'Data dan statistik', en: 'Data and statistics', categories: ['berkala', 'setiap_saat'] },
  { code: 'kepegawaian', id: 'Kepegawaian', en: 'Staffing', categories: ['berkala', 'setiap_saat'] },
  { code: 'layanan_publik', id: 'Layanan publik', en: 'Public services', categories: ['berkala', 'setiap_saat'] },
  { code: 'aset', id: 'Aset dan barang milik daerah', en: 'Assets', categories: ['berkala', 'setiap_saat'] },
  { code: 'bantuan', id: 'Bantuan dan hibah', en: 'Grants and assistance', categories: ['berkala', 'setiap_saat'] },
  { code: 'pengumuman', id: 'Pengumuman', en: 'Announcements', categories: ['berkala', 'serta_merta', 'setiap_saat'] },
  { code: 'perjanjian', id: 'Perjanjian dengan pihak ketiga', en: 'Agreements with third parties', categories: ['setiap_saat'] },
  { code: 'rekrutmen', id: 'Rekrutmen', en: 'Recruitment', categories: ['berkala', 'setiap_saat'] },
  { code: 'penelitian', id: 'Hasil penelitian dan kajian', en: 'Research and studies', categories: ['setiap_saat'] },
  { code: 'risalah', id: 'Risalah rapat terbuka', en: 'Minutes of open meetings', categories: ['setiap_saat'] },
  { code: 'dip', id: 'Daftar informasi publik', en: 'Public information register', categories: ['setiap_saat'] },
  { code: 'dikecualikan', id: 'Daftar informasi yang dikecualikan', en: 'Register of exempt information', categories: ['setiap_saat'] },
  { code: 'audit', id: 'Hasil pemeriksaan dan tindak lanjutnya', en: 'Audit findings and follow-up', categories: ['berkala', 'setiap_saat'] },
  { code: 'kepatuhan', id: 'Kepatuhan dan integritas', en: 'Compliance and integrity', categories: ['berkala', 'setiap_saat'] },
  { code: 'reses', id: 'Hasil reses DPRD', en: 'Results of council recess visits', categories: ['berkala', 'setiap_saat'] },
  { code: 'inovasi', id: 'Inovasi daerah', en: 'Regional innovation', categories: ['berkala', 'setiap_saat'] },
  { code: 'promosi', id: 'Promosi daerah', en: 'Regional promotion', categories: ['berkala', 'setiap_saat'] },
  { code: 'edukasi', id: 'Edukasi publik', en: 'Public education', categories: ['berkala', 'serta_merta', 'setiap_saat'] },
  { code: 'klarifikasi', id: 'Klarifikasi informasi (hoaks)', en: 'Clarifications (hoaxes)', categories: ['serta_merta'] },
  { code: 'bencana', id: 'Bencana dan wabah', en: 'Disasters and outbreaks', categories: ['serta_merta'] },
  { code: 'lainnya', id: 'Lainnya', en: 'Other', categories: ['berkala', 'serta_merta', 'setiap_saat'] },
];

const byCode = new Map(SUBTYPES.map((s) => [s.code, s]));

export function subtypeLabel(code: string, locale: 'id' | 'en' = 'id'): string {
  const s = byCode.get(code);
  return s ? s[locale] : code;
}

export function isSubtype(code: string): boolean {
  return byCode.has(code);
}

export const CATEGORY_LABELS: Record<DipCategory, { id: string; en: string }> = {
  berkala: { id: 'Informasi berkala', en: 'Periodic information' },
  serta_merta: { id: 'Informasi serta-merta', en: 'Immediate information' },
  setiap_saat: { id: 'Informasi tersedia setiap saat', en: 'Information available at any time' },
};
