// Personal data in a document's text (UU KIP Ps 17 h; UU 27/2022), by the patterns' shapes and a home address
// with RT/RW: counts and masked samples, never the whole value.
import { SHAPES } from './patterns.js';

export type PersonalDataKind = 'nik' | 'phone' | 'email' | 'address';
export type PersonalDataFindings = { counts: Record<PersonalDataKind, number>; samples: string[] };

/** A NIK has a province code (11–94), a birth day (01–31, women +40) and month in positions 7–10. */
function plausibleNik(digits: string): boolean {
  const prov = Number(digits.slice(0, 2));
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  return prov >= 11 && prov <= 94 && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) && month >= 1 && month <= 12;
}

// A home address with its neighbourhood: "Jl. Rajawali No. 12 RT 02/RW 05".
const ADDRESS = /(?<![\p{L}\p{N}])(?:jl\.?|jln\.?|jalan)\s+[^\n]{2,80}?\brt\.?\s*0*\d{1,3}\s*[/,]?\s*rw\.?\s*0*\d{1,3}/giu;

/** A sample that shows what was found without revealing it: never the whole NIK, number or address. */
export function maskPersonalData(kind: PersonalDataKind, value: string): string {
  if (kind === 'nik' || kind === 'phone') {
    const d = value.replace(/\D/g, '');
    return `${d.slice(0, 4)}${'•'.repeat(Math.max(0, d.length - 6))}${d.slice(-2)}`;
  }
  if (kind === 'email') {
    const [user = '', domain = ''] = value.replace(/\s/g, '').split('@');
    return `${user.slice(0, 1)}•••@${domain}`;
  }
  const rt = /rt\.?\s*0*\d{1,3}\s*[/,]?\s*rw\.?\s*0*\d{1,3}/iu.exec(value)?.[0] ?? '';
  return `${value.slice(0, 4)}••• ${rt.replace(/\d/g, '•')}`.trim();
}

/**
 * The personal data in a text, by the redaction tool's shapes (NIK, e-mail, mobile phone) and a home address
 * with RT/RW: counts per kind and up to two masked samples per kind. Null when nothing was found.
 */
export function findPersonalData(raw: string): PersonalDataFindings | null {
  const text = raw.normalize('NFKC');
  const counts: Record<PersonalDataKind, number> = { nik: 0, phone: 0, email: 0, address: 0 };
  const samples: string[] = [];
  const add = (kind: PersonalDataKind, value: string) => {
    counts[kind]++;
    if (counts[kind] <= 2) samples.push(`${kind}: ${maskPersonalData(kind, value)}`);
  };
  for (const m of text.matchAll(SHAPES.nik)) if (plausibleNik(m[0].replace(/\D/g, ''))) add('nik', m[0]);
  for (const m of text.matchAll(SHAPES.email)) add('email', m[0]);
  for (const m of text.matchAll(SHAPES.phone)) {
    // Mobile numbers are a person's; an office's landline is not personal data.
    const d = m[0].replace(/\D/g, '');
    if (/^(?:08|628)\d{7,}$/.test(d)) add('phone', m[0]);
  }
  for (const m of text.matchAll(ADDRESS)) add('address', m[0]);
  return Object.values(counts).some((n) => n > 0) ? { counts, samples } : null;
}
