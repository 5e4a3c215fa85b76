// The body's letterhead (kop surat) for every letter Q-Gesy writes: logo, name, address and contacts,
// closed by a double rule, as on Indonesian official letters.
import type { Ctx } from '../../context.js';
import type { PublicBody } from './public-body.js';
import type { PdfNode } from '../../documents/pdf.js';
import { headOfBody } from './signer.js';

export type Letterhead = { body: PublicBody | undefined; logo: string | null };

/** The body and its logo as a data URL (PNG and JPEG only: what the PDF renderer can embed). */
export async function loadLetterhead(ctx: Pick<Ctx, 'blobs'>, body: PublicBody | undefined): Promise<Letterhead> {
  let logo: string | null = null;
  if (body?.logoSha256 && (body.logoMime === 'image/png' || body.logoMime === 'image/jpeg')) {
    const bytes = await ctx.blobs.get(body.logoSha256);
    if (bytes) logo = `data:${body.logoMime};base64,${bytes.toString('base64')}`;
  }
  return { body, logo };
}

/**
 * The Atasan PPID's own letterhead line: as set in the profile, else the head of the body, whose superior
 * official of the PPID answers objections (UU KIP Ps 36).
 */
export function atasanUnitLine(b: PublicBody | undefined): string {
  return b?.atasanLetterheadUnit || headOfBody(b);
}

/** The kop: the body, then the office writing (the PPID's by default; `unit` for another, e.g. the Atasan PPID). */
export function letterheadNodes(h: Letterhead, unit?: { line: string; sub?: string }): PdfNode[] {
  const b = h.body;
  const contacts = [b?.phone ? `Telp. ${b.phone}` : '', b?.email ? `Email ${b.email}` : '', b?.website ?? ''].filter(Boolean).join(' · ');
  const text: PdfNode[] = [
    { text: (b?.name ?? 'Badan Publik').toUpperCase(), style: 'khName' },
    { text: (unit?.line ?? 'PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)').toUpperCase(), style: 'khUnit' },
    ...(unit?.sub ? [{ text: unit.sub, style: 'khAddr' }] : []),
    ...(b?.address ? [{ text: b.address, style: 'khAddr' }] : []),
    ...(contacts ? [{ text: contacts, style: 'khAddr' }] : []),
  ];
  return [
    {
      columns: [
        h.logo ? { image: h.logo, fit: [56, 56], width: 64 } : { text: '', width: 0 },
        { stack: text, alignment: 'center', width: '*' },
        { text: '', width: h.logo ? 64 : 0 },
      ],
      columnGap: 8,
    },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 6, x2: 515, y2: 6, lineWidth: 2 },
        { type: 'line', x1: 0, y1: 9, x2: 515, y2: 9, lineWidth: 0.5 },
      ],
      margin: [0, 0, 0, 12],
    },
  ];
}

export const LETTER_STYLES = {
  khName: { fontSize: 13, bold: true },
  khUnit: { fontSize: 10.5, bold: true, margin: [0, 2, 0, 0] },
  khAddr: { fontSize: 8.5, margin: [0, 1, 0, 0] },
  title: { fontSize: 12, bold: true, alignment: 'center', decoration: 'underline', margin: [0, 4, 0, 0] },
  number: { fontSize: 10, alignment: 'center', margin: [0, 2, 0, 12] },
  label: { color: '#333333' },
  small: { fontSize: 8.5, color: '#333333' },
};
