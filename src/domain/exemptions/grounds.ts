// The exemption grounds of UU KIP Pasal 17 (kip-domain.md §4.1): letters a–j with their sub-points, in
// Indonesian and English, and the period rules of Pasal 20 and PP 61 (§4.3). The letters and their
// Indonesian labels are the ones the requests area already uses (EXEMPTION_GROUNDS, EXEMPTION_LABELS).
import { EXEMPTION_GROUNDS, type ExemptionGround } from '../../db/schema/request-handling.js';
import { EXEMPTION_LABELS } from '../requests/labels.js';
import { addDays, addYears } from '../calendar/dates.js';

export type Bilingual = { id: string; en: string };
export type GroundInfo = { letter: ExemptionGround; label: Bilingual; subpoints: Bilingual[] };

const LETTER_EN: Record<ExemptionGround, string> = {
  a: 'would obstruct law enforcement',
  b: 'would harm the protection of intellectual property or fair business competition',
  c: 'would endanger national defence and security',
  d: "would reveal Indonesia's natural wealth",
  e: 'would harm national economic resilience',
  f: 'would harm foreign-relations interests',
  g: 'would reveal the content of a private authentic deed, or a last will or testament',
  h: 'would reveal personal secrets',
  i: 'memoranda or letters between or within public bodies that are secret by nature',
  j: 'information that a law forbids disclosing',
};

const SUBPOINTS: Partial<Record<ExemptionGround, Bilingual[]>> = {
  a: [
    { id: 'menghambat proses penyelidikan dan penyidikan suatu tindak pidana', en: 'hinder the inquiry or investigation of a crime' },
    {
      id: 'mengungkapkan identitas informan, pelapor, saksi, dan/atau korban yang mengetahui adanya tindak pidana',
      en: 'reveal the identity of informants, reporters, witnesses and/or victims',
    },
    {
      id: 'mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan dengan pencegahan dan penanganan segala bentuk kejahatan transnasional',
      en: 'reveal criminal intelligence data, or plans to prevent and handle transnational crime',
    },
    {
      id: 'membahayakan keselamatan dan kehidupan penegak hukum dan/atau keluarganya',
      en: 'endanger the safety and lives of law-enforcement officers and/or their families',
    },
    {
      id: 'membahayakan keamanan peralatan, sarana, dan/atau prasarana penegak hukum',
      en: 'endanger law-enforcement equipment, facilities and/or infrastructure',
    },
  ],
  c: [
    {
      id: 'informasi tentang strategi, intelijen, operasi, taktik dan teknik yang berkaitan dengan penyelenggaraan sistem pertahanan dan keamanan negara',
      en: 'strategy, intelligence, operations, tactics and techniques of the defence and security system',
    },
    {
      id: 'dokumen yang memuat tentang strategi, intelijen, operasi, teknik dan taktik yang berkaitan dengan penyelenggaraan sistem pertahanan dan keamanan negara',
      en: 'documents on the strategy, intelligence, operations, techniques and tactics of the defence and security system',
    },
    {
      id: 'jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan dalam penyelenggaraan sistem pertahanan dan keamanan negara serta rencana pengembangannya',
      en: 'the number, composition, disposition or dislocation of forces and capabilities, and development plans',
    },
    { id: 'gambar dan data tentang situasi dan keadaan pangkalan dan/atau instalasi militer', en: 'images and data on military bases or installations' },
    {
      id: 'data perkiraan kemampuan militer dan pertahanan negara lain, terbatas pada segala tindakan dan/atau indikasi negara tersebut yang dapat membahayakan kedaulatan Negara Kesatuan Republik Indonesia dan/atau data terkait kerja sama militer dengan negara lain yang disepakati dalam perjanjian tersebut sebagai rahasia atau sangat rahasia',
      en: "estimates of other countries' military capabilities that could endanger Indonesia's sovereignty, and military cooperation data that the agreement classifies as secret",
    },
    { id: 'sistem persandian negara', en: 'the state cipher system' },
    { id: 'sistem intelijen negara', en: 'the state intelligence system' },
  ],
  e: [
    {
      id: 'rencana awal pembelian dan penjualan mata uang nasional atau asing, saham dan aset vital milik negara',
      en: 'initial plans to buy or sell national or foreign currency, shares, or vital state assets',
    },
    {
      id: 'rencana awal perubahan nilai tukar, suku bunga, dan model operasi institusi keuangan',
      en: 'initial plans to change exchange rates, interest rates or the operating model of financial institutions',
    },
    {
      id: 'rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, tarif, atau pendapatan negara/daerah lainnya',
      en: 'initial plans to change bank interest rates, government loans, taxes, tariffs or other state or regional revenue',
    },
    { id: 'rencana awal penjualan atau pembelian tanah atau properti', en: 'initial plans to sell or buy land or property' },
    { id: 'rencana awal investasi asing', en: 'initial plans for foreign investment' },
    {
      id: 'proses dan hasil pengawasan perbankan, asuransi, atau lembaga keuangan lainnya',
      en: 'the process and results of supervising banks, insurers or other financial institutions',
    },
    { id: 'hal-hal yang berkaitan dengan proses pencetakan uang', en: 'matters related to the process of printing money' },
  ],
  f: [
    {
      id: 'posisi, daya tawar dan strategi yang akan dan telah diambil oleh negara dalam hubungannya dengan negosiasi internasional',
      en: 'the position, bargaining power and strategy of the state in international negotiations',
    },
    { id: 'korespondensi diplomatik antarnegara', en: 'diplomatic correspondence between states' },
    {
      id: 'sistem komunikasi dan persandian yang dipergunakan dalam menjalankan hubungan internasional',
      en: 'communication and cipher systems used in international relations',
    },
    {
      id: 'perlindungan dan pengamanan infrastruktur strategis Indonesia di luar negeri',
      en: "the protection and security of Indonesia's strategic infrastructure abroad",
    },
  ],
  h: [
    { id: 'riwayat dan kondisi anggota keluarga', en: 'the history and condition of family members' },
    {
      id: 'riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang',
      en: "the history, condition, care and treatment of a person's physical and mental health",
    },
    { id: 'kondisi keuangan, aset, pendapatan, dan rekening bank seseorang', en: "a person's financial condition, assets, income and bank accounts" },
    {
      id: 'hasil-hasil evaluasi sehubungan dengan kapabilitas, intelektualitas, dan rekomendasi kemampuan seseorang',
      en: "evaluation results about a person's capability, intellect and recommended competence",
    },
    {
      id: 'catatan yang menyangkut pribadi seseorang yang berkaitan dengan kegiatan satuan pendidikan formal dan satuan pendidikan nonformal',
      en: 'personal records related to formal or non-formal education',
    },
  ],
};

export const GROUNDS: readonly GroundInfo[] = EXEMPTION_GROUNDS.map((letter) => ({
  letter,
  label: { id: EXEMPTION_LABELS[letter], en: LETTER_EN[letter] },
  subpoints: SUBPOINTS[letter] ?? [],
}));

const byLetter = new Map(GROUNDS.map((g) => [g.letter, g]));

export function groundInfo(letter: string): GroundInfo | undefined {
  return byLetter.get(letter as ExemptionGround);
}

/** The form's single value for a ground: "a.1", "b", "h.3". */
export const groundCode = (letter: string, subpoint: number | null | undefined) => (subpoint ? `${letter}.${subpoint}` : letter);

/**
 * A ground code parsed and checked against the catalogue: a letter with sub-points needs one of them, a
 * letter without sub-points takes none. Null when the code is not a valid ground.
 */
export function parseGroundCode(code: string): { ground: ExemptionGround; subpoint: number | null } | null {
  const m = /^([a-j])(?:\.(\d{1,2}))?$/.exec(code.trim());
  if (!m) return null;
  const g = byLetter.get(m[1] as ExemptionGround)!;
  const sub = m[2] ? Number(m[2]) : null;
  if (g.subpoints.length === 0) return sub === null ? { ground: g.letter, subpoint: null } : null;
  if (sub === null || sub < 1 || sub > g.subpoints.length) return null;
  return { ground: g.letter, subpoint: sub };
}

/** "Pasal 17 huruf h angka 2" / "Art. 17(h)(2)". */
export function groundReference(letter: string, subpoint: number | null | undefined, locale: 'id' | 'en' = 'id'): string {
  if (locale === 'en') return `Art. 17(${letter})${subpoint ? `(${subpoint})` : ''}`;
  return `Pasal 17 huruf ${letter}${subpoint ? ` angka ${subpoint}` : ''}`;
}

/** The label of a letter, or of its sub-point when one is given. */
export function groundLabel(letter: string, subpoint: number | null | undefined, locale: 'id' | 'en' = 'id'): string {
  const g = groundInfo(letter);
  if (!g) return letter;
  const sub = subpoint ? g.subpoints[subpoint - 1] : undefined;
  return sub ? `${g.label[locale]}: ${sub[locale]}` : g.label[locale];
}

/** "UU No. 14 Tahun 2008 Pasal 17 huruf h angka 2: mengungkap rahasia pribadi: riwayat dan kondisi anggota keluarga". */
export function groundFullText(letter: string, subpoint: number | null | undefined): string {
  return `UU No. 14 Tahun 2008 ${groundReference(letter, subpoint)}: ${groundLabel(letter, subpoint)}`;
}

// --- periods (UU KIP Ps 20, PP 61) ------------------------------------------------------------------

/** Grounds a–f are not permanent (Ps 20(1)); PP 61 sets at most 30 years (confirmed for a, read for b–f). */
export const MAX_YEARS_A_TO_F = 30;
const NOT_PERMANENT: readonly string[] = ['a', 'b', 'c', 'd', 'e', 'f'];
/** Deeds, wills and personal secrets may stay closed without an end. */
const MAY_BE_PERMANENT: readonly string[] = ['g', 'h'];

export function endRequired(letter: string): boolean {
  return !MAY_BE_PERMANENT.includes(letter);
}

/** The last day of the legal maximum for grounds a–f (start + 30 years − 1 day), or null when none applies. */
export function legalMaximumEnd(letter: string, start: string): string | null {
  if (!NOT_PERMANENT.includes(letter)) return null;
  return addDays(addYears(start, MAX_YEARS_A_TO_F), -1);
}

/** Whether a period runs past the legal maximum of its ground (a warning the officer must acknowledge). */
export function beyondLegalMaximum(letter: string, start: string, end: string | null): boolean {
  const max = legalMaximumEnd(letter, start);
  return max !== null && end !== null && end > max;
}
