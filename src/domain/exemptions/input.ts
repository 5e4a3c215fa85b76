// What an officer fills in for a consequence test (uji konsekuensi), as form strings, validated once for
// the form and the domain. Messages are Indonesian first; their English is in EXEMPTION_MESSAGES_EN.
import { z } from 'zod';
import { SECURITY_LEVELS, TEST_MOMENTS } from '../../db/schema/classification.js';
import { parseIsoDate } from '../calendar/dates.js';
import { beyondLegalMaximum, endRequired, legalMaximumEnd, MAX_YEARS_A_TO_F, parseGroundCode } from './grounds.js';

export const EXEMPTION_MESSAGES_EN: Record<string, string> = {
  'Pilih asal informasi yang diuji.': 'Choose where the information under test comes from.',
  'Pilih informasi berklasifikasi yang diuji.': 'Choose the classified item under test.',
  'Pilih entri DIP yang akan dikecualikan.': 'Choose the DIP entry to exempt.',
  'Informasi ini sudah memiliki uji konsekuensi yang sedang berjalan atau berlaku.': 'This information already has a consequence test in progress or in force.',
  'Permohonan tidak dikenal.': 'Unknown request.',
  'Pilih saat pengujian.': 'Choose when the test is made.',
  'Pilih dasar pengecualian (UU KIP Pasal 17) beserta angkanya bila ada.': 'Choose the exemption ground (Art. 17) with its sub-point where it has one.',
  'Sebutkan peraturan yang menjadi dasar hukum (minimal 5 karakter).': 'Name the regulation that is the legal basis (at least 5 characters).',
  'Sebutkan pasal dan ayatnya.': 'Name the article and paragraph.',
  'Uraikan informasi yang dikecualikan (minimal 10 karakter).': 'Describe the information to be withheld (at least 10 characters).',
  'Uraikan konsekuensi bila informasi dibuka (minimal 20 karakter).': 'Describe the consequence if the information were opened (at least 20 characters).',
  'Uraikan pertimbangan kepentingan publik (minimal 20 karakter).': 'Describe the public-interest balance (at least 20 characters).',
  'Nyatakan apakah dikecualikan seluruhnya atau sebagian.': 'State whether it is exempt in full or in part.',
  'Sebutkan bagian yang tetap dapat diberikan.': 'Describe the part that can still be given.',
  'Isi tanggal mulai jangka waktu pengecualian.': 'Enter the first day of the exemption period.',
  'Isi tanggal akhir: pengecualian atas dasar ini tidak boleh tanpa batas waktu.': 'Enter the last day: an exemption on this ground cannot be without end.',
  'Tanggal akhir tidak boleh sebelum tanggal mulai.': 'The last day cannot be before the first day.',
  'Tanggal tidak valid; gunakan format TTTT-BB-HH, mis. 2026-03-20.': 'Not a valid date; use the form YYYY-MM-DD, e.g. 2026-03-20.',
  'Tulis judul untuk publik (minimal 5 karakter).': 'Write a title for the public (at least 5 characters).',
  'Tulis ringkasan konsekuensi untuk publik (minimal 20 karakter).': 'Write a summary of the consequence for the public (at least 20 characters).',
  'Unit pengusul tidak dikenal.': 'Unknown proposing agency.',
  'Uji konsekuensi diajukan atas nama unit pemilik informasi; informasi ini milik unit lain.':
    'A consequence test is proposed in the name of the agency the information belongs to; this information belongs to another agency.',
  'Tuliskan catatan (minimal 5 karakter).': 'Write a note (at least 5 characters).',
  'Tuliskan alasan keputusan (minimal 10 karakter).': 'Give the reasons for the decision (at least 10 characters).',
  'Pilih keputusan.': 'Choose a decision.',
  'Tuliskan alasan pembukaan informasi (minimal 10 karakter).': 'Give the reason for opening the information (at least 10 characters).',
  'Maksimal 300 karakter.': 'At most 300 characters.',
  'Maksimal 500 karakter.': 'At most 500 characters.',
  'Maksimal 2000 karakter.': 'At most 2000 characters.',
  'Maksimal 4000 karakter.': 'At most 4000 characters.',
  [`Jangka waktu melebihi batas ${MAX_YEARS_A_TO_F} tahun (PP 61/2010) untuk dasar huruf a–f. Perpendek, atau centang pernyataan bahwa jangka waktu ini disengaja.`]: `The period runs beyond the ${MAX_YEARS_A_TO_F}-year limit (PP 61/2010) for grounds a–f. Shorten it, or tick the statement that this period is intended.`,
};

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Maksimal ${max} karakter.` });

export const SOURCES = ['baru', 'item', 'dip', 'permohonan'] as const;
export type TestSource = (typeof SOURCES)[number];

/** The information concerned (only when a test is created). */
export type SourceInput = {
  source?: string;
  itemTitle?: string;
  itemDescription?: string;
  securityLevel?: string;
  itemId?: string;
  dipEntryId?: string;
  requestId?: string;
};

/** The fields of the test itself (create and edit). */
export type TestFieldsInput = {
  moment?: string;
  unitId?: string;
  groundCode?: string;
  legalRegulation?: string;
  legalArticle?: string;
  withheldInformation?: string;
  harm?: string;
  publicInterest?: string;
  partial?: string;
  releasedPart?: string;
  periodStart?: string;
  periodEnd?: string;
  acknowledgeLongPeriod?: string;
  publicTitle?: string;
  publicSummary?: string;
};

export const LONG_PERIOD_MESSAGE = `Jangka waktu melebihi batas ${MAX_YEARS_A_TO_F} tahun (PP 61/2010) untuk dasar huruf a–f. Perpendek, atau centang pernyataan bahwa jangka waktu ini disengaja.`;

const ZFields = z.object({
  moment: z.enum(TEST_MOMENTS, { message: 'Pilih saat pengujian.' }),
  unitId: z.string().trim().default(''),
  groundCode: z.string().trim().default(''),
  legalRegulation: text(500).min(5, { message: 'Sebutkan peraturan yang menjadi dasar hukum (minimal 5 karakter).' }),
  legalArticle: text(300).min(1, { message: 'Sebutkan pasal dan ayatnya.' }),
  withheldInformation: text(4000).min(10, { message: 'Uraikan informasi yang dikecualikan (minimal 10 karakter).' }),
  harm: text(4000).min(20, { message: 'Uraikan konsekuensi bila informasi dibuka (minimal 20 karakter).' }),
  publicInterest: text(4000).min(20, { message: 'Uraikan pertimbangan kepentingan publik (minimal 20 karakter).' }),
  partial: z.enum(['tidak', 'ya'], { message: 'Nyatakan apakah dikecualikan seluruhnya atau sebagian.' }),
  releasedPart: text(4000).default(''),
  periodStart: z.string().trim().default(''),
  periodEnd: z.string().trim().default(''),
  acknowledgeLongPeriod: z.string().default(''),
  publicTitle: text(300).min(5, { message: 'Tulis judul untuk publik (minimal 5 karakter).' }),
  publicSummary: text(2000).min(20, { message: 'Tulis ringkasan konsekuensi untuk publik (minimal 20 karakter).' }),
});

/** Checks across fields, on the raw input, so that every problem shows at once (field -> message). */
export function fieldIssues(raw: TestFieldsInput): Record<string, string> {
  const out: Record<string, string> = {};
  const s = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const ground = parseGroundCode(s(raw.groundCode));
  if (!ground) out.groundCode = 'Pilih dasar pengecualian (UU KIP Pasal 17) beserta angkanya bila ada.';
  const start = s(raw.periodStart);
  const end = s(raw.periodEnd);
  const startOk = start ? parseIsoDate(start) : null;
  const endOk = end ? parseIsoDate(end) : null;
  if (!start) out.periodStart = 'Isi tanggal mulai jangka waktu pengecualian.';
  else if (!startOk) out.periodStart = 'Tanggal tidak valid; gunakan format TTTT-BB-HH, mis. 2026-03-20.';
  if (end && !endOk) out.periodEnd = 'Tanggal tidak valid; gunakan format TTTT-BB-HH, mis. 2026-03-20.';
  else if (!end && ground && endRequired(ground.ground)) out.periodEnd = 'Isi tanggal akhir: pengecualian atas dasar ini tidak boleh tanpa batas waktu.';
  else if (startOk && endOk && endOk < startOk) out.periodEnd = 'Tanggal akhir tidak boleh sebelum tanggal mulai.';
  else if (ground && startOk && endOk && beyondLegalMaximum(ground.ground, startOk, endOk) && s(raw.acknowledgeLongPeriod) !== '1') {
    out.periodEnd = LONG_PERIOD_MESSAGE;
  }
  if (s(raw.partial) === 'ya' && !s(raw.releasedPart)) out.releasedPart = 'Sebutkan bagian yang tetap dapat diberikan.';
  return out;
}

export const ZTestFields = ZFields.superRefine((v, ctx) => {
  for (const [path, message] of Object.entries(fieldIssues(v))) ctx.addIssue({ code: 'custom', path: [path], message });
}).transform((v) => {
  const g = parseGroundCode(v.groundCode)!;
  const periodEnd = v.periodEnd ? parseIsoDate(v.periodEnd)! : null;
  return {
    moment: v.moment,
    unitId: v.unitId,
    ground: g.ground,
    subpoint: g.subpoint,
    legalBasis: joinLegalBasis(v.legalRegulation, v.legalArticle),
    withheldInformation: v.withheldInformation,
    harm: v.harm,
    publicInterest: v.publicInterest,
    partial: v.partial === 'ya',
    releasedPart: v.partial === 'ya' ? v.releasedPart : '',
    periodStart: parseIsoDate(v.periodStart)!,
    // g and h may have no end (Ps 20); fieldIssues made sure the others have one.
    periodEnd,
    publicTitle: v.publicTitle,
    publicSummary: v.publicSummary,
  };
});
export type TestFields = z.output<typeof ZTestFields>;

export const ZSource = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('baru'),
    itemTitle: z.string(),
    itemDescription: z.string().default(''),
    securityLevel: z.string(),
  }),
  z.object({ source: z.literal('item'), itemId: z.string().trim().min(1, { message: 'Pilih informasi berklasifikasi yang diuji.' }) }),
  z.object({ source: z.literal('dip'), dipEntryId: z.string().trim().min(1, { message: 'Pilih entri DIP yang akan dikecualikan.' }) }),
  z.object({
    source: z.literal('permohonan'),
    requestId: z.uuid({ message: 'Permohonan tidak dikenal.' }),
    itemTitle: z.string(),
    itemDescription: z.string().default(''),
    securityLevel: z.string(),
  }),
]);

export const isSecurityLevel = (s: string): s is (typeof SECURITY_LEVELS)[number] => (SECURITY_LEVELS as readonly string[]).includes(s);

// The legal basis is one column: the regulation and the article on two lines.
export function joinLegalBasis(regulation: string, article: string): string {
  return `${regulation.trim().replace(/\s*\n\s*/g, ' ')}\n${article.trim().replace(/\s*\n\s*/g, ' ')}`;
}

export function splitLegalBasis(legalBasis: string): { regulation: string; article: string } {
  const i = legalBasis.indexOf('\n');
  return i < 0 ? { regulation: legalBasis, article: '' } : { regulation: legalBasis.slice(0, i), article: legalBasis.slice(i + 1) };
}

/** "UU No. 36 Tahun 2009 tentang Kesehatan, Pasal 57 ayat (1)". */
export function legalBasisText(legalBasis: string): string {
  const { regulation, article } = splitLegalBasis(legalBasis);
  return article ? `${regulation}, ${article}` : regulation;
}

export { legalMaximumEnd };

export const ZNote = z.object({ note: text(2000).min(5, { message: 'Tuliskan catatan (minimal 5 karakter).' }) });
export const ZOptionalNote = z.object({ note: text(2000).default('') });

export const DECISIONS = ['setujui', 'tolak', 'kembalikan'] as const;
export const ZDecision = z.object({ decision: z.enum(DECISIONS, { message: 'Pilih keputusan.' }), reasons: text(4000).default('') }).superRefine((v, ctx) => {
  if (v.decision !== 'setujui' && v.reasons.length < 10)
    ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'Tuliskan alasan keputusan (minimal 10 karakter).' });
});

export const ZReleaseReason = z.object({ reason: text(2000).min(10, { message: 'Tuliskan alasan pembukaan informasi (minimal 10 karakter).' }) });
