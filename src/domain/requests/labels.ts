// Words for the outcomes, exemption grounds and money of the written notice, shared by pages, letters and emails.
import type { ExemptionGround, RequestOutcome } from '../../db/schema/request-handling.js';

export const OUTCOME_LABELS: Record<RequestOutcome, { id: string; en: string }> = {
  diberikan_seluruhnya: { id: 'Permohonan dikabulkan seluruhnya', en: 'Granted in full' },
  diberikan_sebagian: { id: 'Permohonan dikabulkan sebagian', en: 'Granted in part' },
  ditolak_dikecualikan: { id: 'Permohonan ditolak: informasi yang dikecualikan', en: 'Refused: exempt information' },
  tidak_dikuasai: { id: 'Informasi tidak dikuasai', en: 'Information not held' },
  belum_didokumentasikan: { id: 'Informasi belum didokumentasikan', en: 'Information not yet documented' },
};

/** UU KIP Ps 17, one line per letter (kip-domain.md §4.1). */
export const EXEMPTION_LABELS: Record<ExemptionGround, string> = {
  a: 'menghambat proses penegakan hukum',
  b: 'mengganggu perlindungan hak kekayaan intelektual atau persaingan usaha tidak sehat',
  c: 'membahayakan pertahanan dan keamanan negara',
  d: 'mengungkapkan kekayaan alam Indonesia',
  e: 'merugikan ketahanan ekonomi nasional',
  f: 'merugikan kepentingan hubungan luar negeri',
  g: 'mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang',
  h: 'mengungkap rahasia pribadi',
  i: 'memorandum atau surat-surat antar/intra badan publik yang menurut sifatnya dirahasiakan',
  j: 'informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang',
};

export const exemptionText = (g: ExemptionGround) => `UU No. 14 Tahun 2008 Pasal 17 huruf ${g}: ${EXEMPTION_LABELS[g]}`;

/** Outcomes that open the route to an objection to the Atasan PPID (kip-domain.md §5.6). */
export const OBJECTION_OUTCOMES: readonly RequestOutcome[] = ['diberikan_sebagian', 'ditolak_dikecualikan', 'tidak_dikuasai', 'belum_didokumentasikan'];

export function rupiah(n: number): string {
  return `Rp${new Intl.NumberFormat('id-ID').format(n)}`;
}

export const FORMAT_LABELS: Record<string, { id: string; en: string }> = {
  softcopy: { id: 'Softcopy (berkas elektronik)', en: 'Electronic file' },
  hardcopy: { id: 'Hardcopy (cetak)', en: 'Printed copy' },
};
export const DELIVERY_LABELS: Record<string, { id: string; en: string }> = {
  email: { id: 'Email', en: 'Email' },
  ambil_langsung: { id: 'Mengambil langsung', en: 'Collect in person' },
  pos: { id: 'Pos', en: 'Post' },
  kurir: { id: 'Kurir', en: 'Courier' },
  faksimili: { id: 'Faksimili', en: 'Fax' },
};

/** Letter numbers derive from the registration number, so that each letter is traceable to its request. */
export const letterNumbers = (requestNumber: string) => ({
  notice: `${requestNumber}/PT`,
  refusal: `${requestNumber}/SK-TOLAK`,
  extension: `${requestNumber}/PERPANJANGAN`,
});
