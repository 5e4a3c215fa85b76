// The grounds a redacted area may cite: UU KIP Ps 17, a letter and, where the letter has them, a sub-point
// (kip-domain.md §4.1). A ground is written `h` or `h.2` (Pasal 17 huruf h angka 2).
import { EXEMPTION_GROUNDS, type ExemptionGround } from '../../db/schema/request-handling.js';
import { EXEMPTION_LABELS } from '../requests/labels.js';

const LETTER_EN: Record<ExemptionGround, string> = {
  a: 'would obstruct law enforcement',
  b: 'would harm intellectual property or fair competition',
  c: 'would endanger national defence and security',
  d: "would reveal Indonesia's natural wealth",
  e: 'would harm national economic resilience',
  f: 'would harm foreign relations',
  g: 'would reveal a private authentic deed or a will',
  h: 'would reveal personal secrets',
  i: 'memoranda or letters between or within public bodies that are secret by nature',
  j: 'information a law forbids disclosing',
};

/** The sub-points of Ps 17 (huruf a, c, e, f, h), Indonesian and English. */
const SUBPOINTS: Partial<Record<ExemptionGround, { id: string; en: string }[]>> = {
  a: [
    { id: 'menghambat penyelidikan dan penyidikan tindak pidana', en: 'hinder the inquiry or investigation of a crime' },
    { id: 'mengungkapkan identitas informan, pelapor, saksi dan/atau korban', en: 'reveal informants, reporters, witnesses or victims' },
    { id: 'mengungkapkan data intelijen kriminal', en: 'reveal criminal intelligence data' },
    { id: 'membahayakan keselamatan penegak hukum dan/atau keluarganya', en: 'endanger law-enforcement officers or their families' },
    { id: 'membahayakan peralatan, sarana dan/atau prasarana penegak hukum', en: 'endanger law-enforcement equipment or facilities' },
  ],
  c: [
    { id: 'strategi, intelijen, operasi, taktik dan teknik pertahanan dan keamanan', en: 'defence and security strategy, intelligence, operations' },
    { id: 'dokumen strategi, intelijen, operasi, teknik dan taktik', en: 'documents on defence strategy and operations' },
    { id: 'jumlah, komposisi, disposisi atau dislokasi kekuatan', en: 'strength, composition or disposition of forces' },
    { id: 'gambar dan data pangkalan dan/atau instalasi militer', en: 'images and data of military bases or installations' },
    { id: 'perkiraan kemampuan militer negara lain', en: "estimates of other countries' military capabilities" },
    { id: 'sistem persandian negara', en: 'the state cipher system' },
    { id: 'sistem intelijen negara', en: 'the state intelligence system' },
  ],
  e: [
    { id: 'rencana awal pembelian dan penjualan mata uang, saham dan aset vital negara', en: 'plans to trade currency, shares or vital state assets' },
    { id: 'rencana awal perubahan nilai tukar, suku bunga dan model operasi institusi keuangan', en: 'plans to change exchange or interest rates' },
    { id: 'rencana awal perubahan suku bunga bank, pinjaman pemerintah, pajak, tarif atau pendapatan', en: 'plans to change loans, taxes, tariffs or revenue' },
    { id: 'rencana awal penjualan atau pembelian tanah atau properti', en: 'plans to sell or buy land or property' },
    { id: 'rencana awal investasi asing', en: 'plans for foreign investment' },
    { id: 'proses dan hasil pengawasan perbankan, asuransi atau lembaga keuangan', en: 'supervision of banks, insurers or financial institutions' },
    { id: 'proses pencetakan uang', en: 'the printing of money' },
  ],
  f: [
    { id: 'posisi, daya tawar dan strategi dalam negosiasi internasional', en: 'positions and strategy in international negotiations' },
    { id: 'korespondensi diplomatik antarnegara', en: 'diplomatic correspondence between states' },
    { id: 'sistem komunikasi dan persandian hubungan internasional', en: 'communication and cipher systems of foreign relations' },
    { id: 'perlindungan dan pengamanan infrastruktur strategis Indonesia di luar negeri', en: "protection of Indonesia's strategic infrastructure abroad" },
  ],
  h: [
    { id: 'riwayat dan kondisi anggota keluarga', en: 'history and condition of family members' },
    { id: 'riwayat, kondisi dan perawatan kesehatan fisik dan psikis seseorang', en: "a person's physical and mental health and treatment" },
    { id: 'kondisi keuangan, aset, pendapatan dan rekening bank seseorang', en: "a person's finances, assets, income and bank accounts" },
    { id: 'hasil evaluasi kapabilitas, intelektualitas dan rekomendasi kemampuan seseorang', en: "evaluations of a person's capability and intellect" },
    { id: 'catatan pribadi terkait pendidikan formal dan nonformal', en: 'personal records of formal or non-formal education' },
  ],
};

export type RedactionGround = { code: string; letter: ExemptionGround; subpoint: number | null };

/** Every ground an area may cite, letters first within each letter group: `a`, `a.1`, … `j`. */
export const REDACTION_GROUND_CODES: readonly string[] = EXEMPTION_GROUNDS.flatMap((l) => [l, ...(SUBPOINTS[l] ?? []).map((_, i) => `${l}.${i + 1}`)]);

export function parseGround(code: string): RedactionGround | null {
  const m = /^([a-j])(?:\.([1-9]))?$/.exec(code.trim());
  if (!m) return null;
  const letter = m[1] as ExemptionGround;
  const subpoint = m[2] ? Number(m[2]) : null;
  if (subpoint !== null && subpoint > (SUBPOINTS[letter]?.length ?? 0)) return null;
  return { code: subpoint ? `${letter}.${subpoint}` : letter, letter, subpoint };
}

export const isGround = (code: string): boolean => parseGround(code) !== null;

/** "Pasal 17 huruf h angka 2" / "Article 17(h)(2)". */
export function groundReference(code: string, locale: 'id' | 'en' = 'id'): string {
  const g = parseGround(code);
  if (!g) return code;
  if (locale === 'en') return `Article 17(${g.letter})${g.subpoint ? `(${g.subpoint})` : ''}`;
  return `Pasal 17 huruf ${g.letter}${g.subpoint ? ` angka ${g.subpoint}` : ''}`;
}

/** What the ground protects, in words: the sub-point's when there is one, else the letter's. */
export function groundLabel(code: string, locale: 'id' | 'en' = 'id'): string {
  const g = parseGround(code);
  if (!g) return code;
  const sub = g.subpoint ? SUBPOINTS[g.letter]![g.subpoint - 1]! : null;
  if (locale === 'en') return sub?.en ?? LETTER_EN[g.letter];
  return sub?.id ?? EXEMPTION_LABELS[g.letter];
}

/** Options for a ground select, grouped by letter. */
export function groundOptionGroups(locale: 'id' | 'en' = 'id'): { label: string; options: { value: string; label: string }[] }[] {
  return EXEMPTION_GROUNDS.map((l) => ({
    label: `${locale === 'en' ? 'Article 17' : 'Pasal 17'} ${l}: ${locale === 'en' ? LETTER_EN[l] : EXEMPTION_LABELS[l]}`,
    options: REDACTION_GROUND_CODES.filter((c) => c === l || c.startsWith(`${l}.`)).map((c) => ({
      value: c,
      label: `${c} – ${groundLabel(c, locale)}`,
    })),
  }));
}
