// Who signs each kind of letter, and the signature block every letter prints. The signer of a letter is the
// officer who decided, when the case records one (their name and NIP from their account), else the one
// configured for that letter type in the profile, else the profile's PPID / Atasan PPID / head of the body.
// `signatureBlock` is the one place the block is drawn: the electronic signature hooks here.
import type { PublicBody } from './public-body.js';
import type { PdfNode } from '../../documents/pdf.js';

/** The letters Q-Gesy signs, by type (keys of public_body.letter_signers). */
export const LETTER_TYPES = [
  'pemberitahuan',
  'perpanjangan',
  'penolakan',
  'tanggapan_keberatan',
  'penetapan',
  'penetapan_persetujuan',
  'penetapan_tingkat_klasifikasi',
  'lembar_penghitaman',
  'tanda_terima',
  'penetapan_dip',
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export const LETTER_TYPE_LABELS: Record<LetterType, { id: string; en: string }> = {
  pemberitahuan: { id: 'Pemberitahuan tertulis', en: 'Written notice' },
  perpanjangan: { id: 'Pemberitahuan perpanjangan', en: 'Extension notice' },
  penolakan: { id: 'Keputusan penolakan', en: 'Refusal decision' },
  tanggapan_keberatan: { id: 'Tanggapan atas keberatan (Atasan PPID)', en: 'Objection response (PPID’s superior)' },
  penetapan: { id: 'Penetapan informasi yang dikecualikan (PPID)', en: 'Decision on exempt information (PPID)' },
  penetapan_persetujuan: { id: 'Persetujuan penetapan (pimpinan / a.n.)', en: 'Approval of that decision (head / on behalf)' },
  penetapan_tingkat_klasifikasi: { id: 'Penetapan tingkat klasifikasi', en: 'Security-level decision' },
  lembar_penghitaman: { id: 'Lembar Keterangan Penghitaman', en: 'Redaction statement' },
  tanda_terima: { id: 'Tanda terima permohonan', en: 'Request receipt' },
  penetapan_dip: { id: 'Penetapan Daftar Informasi Publik (PPID Utama)', en: 'Decision on the public information list (chief PPID)' },
};

/** Whose letter it is by default: the PPID's, the Atasan PPID's, or the head of the body's. */
const ROLE: Record<LetterType, 'ppid' | 'atasan' | 'kepala'> = {
  pemberitahuan: 'ppid',
  perpanjangan: 'ppid',
  penolakan: 'ppid',
  tanggapan_keberatan: 'atasan',
  penetapan: 'ppid',
  penetapan_persetujuan: 'kepala',
  penetapan_tingkat_klasifikasi: 'atasan',
  lembar_penghitaman: 'ppid',
  tanda_terima: 'ppid',
  penetapan_dip: 'ppid',
};

/** A signer as printed: name, position (jabatan), NIP and the optional "a.n." line. */
export type Signer = { name: string; position: string; nip: string; onBehalfOf: string };

/** The officer who decided, as the case records them (name and accounts.nip). */
export type Decider = { name: string; nip: string | null } | null | undefined;

type BodyFields = Pick<
  PublicBody,
  | 'name'
  | 'shortName'
  | 'ppidContactName'
  | 'atasanPpidPosition'
  | 'headOfBodyTitle'
  | 'penetapanApprover'
  | 'letterSigners'
  | 'ppidPosition'
  | 'ppidNip'
  | 'atasanPpidName'
  | 'atasanPpidNip'
  | 'headOfBodyName'
  | 'headOfBodyNip'
>;

/** "Wali Kota Palangka Raya": the head of the body by title and place. */
export function headOfBody(body: Partial<BodyFields> | undefined): string {
  const place = (body?.shortName || body?.name || '').replace(/^(Pemerintah|Pemkot|Pemkab|Pemprov)\s+(Kota|Kabupaten|Provinsi)?\s*/i, '');
  return `${body?.headOfBodyTitle || 'Wali Kota'} ${place}`.trim();
}

/**
 * The signer of a letter of `type` (`deciderPosition`: the deciding officer's own position, when it is not
 * the role's default): the deciding officer where recorded, otherwise the configured signer
 * for the type, otherwise the profile's defaults. The position and the "a.n." line come from the setting
 * for the type, or the defaults of its role.
 */
export function resolveSigner(body: Partial<BodyFields> | undefined, type: LetterType, decider?: Decider, deciderPosition?: string): Signer {
  const set = body?.letterSigners?.[type] ?? {};
  let role = ROLE[type];
  // Approval of a penetapan by the Atasan PPID on behalf of the head (Perki 1/2017 Ps 4(3)), unless the head signs.
  const onBehalf = type === 'penetapan_persetujuan' && (body?.penetapanApprover ?? 'atas_nama') === 'atas_nama';
  if (onBehalf) role = 'atasan';
  const defaults: Signer =
    role === 'ppid'
      ? {
          name: body?.ppidContactName || 'PPID',
          position: body?.ppidPosition || 'Pejabat Pengelola Informasi dan Dokumentasi',
          nip: body?.ppidNip ?? '',
          onBehalfOf: '',
        }
      : role === 'atasan'
        ? {
            name: body?.atasanPpidName || 'Atasan PPID',
            position: `${body?.atasanPpidPosition || 'Sekretaris Daerah'} selaku Atasan PPID`,
            nip: body?.atasanPpidNip ?? '',
            onBehalfOf: onBehalf ? headOfBody(body) : '',
          }
        : { name: body?.headOfBodyName || headOfBody(body), position: headOfBody(body), nip: body?.headOfBodyNip ?? '', onBehalfOf: '' };
  // When the head signs in person, a deciding Atasan PPID is not the signer.
  const useDecider = decider && decider.name && !(type === 'penetapan_persetujuan' && !onBehalf);
  return {
    name: useDecider ? decider.name : set.name || defaults.name,
    nip: useDecider ? (decider.nip ?? '') : set.nip || defaults.nip,
    // The deciding officer's own position where the caller knows it (e.g. a unit's PPID Pembantu).
    position: set.position || (useDecider && deciderPosition) || defaults.position,
    onBehalfOf: set.onBehalfOf ?? defaults.onBehalfOf,
  };
}

/** "NIP 19xxxxxxxx…" or a dash where none is recorded: every letter prints the line. */
export const nipLine = (nip: string) => (nip ? `NIP ${nip}` : 'NIP –');

export type SignatureOptions = {
  /** Lines above the signer, e.g. "Palangka Raya, 7 Desember 2026" or "Ditetapkan di …". */
  heading?: string[];
  /** A caption above the signer, e.g. "Menyetujui,". */
  caption?: string;
  width?: number;
  /** Where the block sits: the right (the letter's signer), the left or the centre (an approval). */
  align?: 'left' | 'right' | 'center';
};

/**
 * The signature block of a letter: place and date, the "a.n." line, the position, room for the signature,
 * the name (underlined) and the NIP. The one function that draws it (electronic signatures hook here).
 */
export function signatureBlock(s: Signer, o: SignatureOptions = {}): PdfNode {
  const stack: PdfNode[] = [
    ...(o.heading ?? []).map((text) => ({ text })),
    ...(o.caption ? [{ text: o.caption, margin: [0, o.heading?.length ? 6 : 0, 0, 0] }] : []),
    ...(s.onBehalfOf ? [{ text: `a.n. ${s.onBehalfOf}`, margin: [0, o.heading?.length && !o.caption ? 6 : 0, 0, 0] }] : []),
    { text: `${s.position},` },
    { text: s.name, bold: true, decoration: 'underline', margin: [0, 44, 0, 0] },
    { text: nipLine(s.nip) },
  ];
  const block = { width: o.width ?? 230, stack, ...(o.align === 'center' ? { alignment: 'center' } : {}) };
  const space = { width: '*', text: '' };
  const columns = o.align === 'left' ? [block, space] : o.align === 'center' ? [space, block, space] : [space, block];
  return { unbreakable: true, columns };
}
