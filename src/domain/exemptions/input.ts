// What an officer fills in for a consequence test (uji konsekuensi), as form strings, validated once for
// the form and the domain. Messages are references into the message catalogue (src/i18n/messages/exemptions-form.ts).
import { messageRef } from '../../i18n/catalogue.js';
import { z } from 'zod';
import { SECURITY_LEVELS, TEST_MOMENTS } from '../../db/schema/classification.js';
import { parseIsoDate } from '../calendar/dates.js';
import { beyondLegalMaximum, endRequired, legalMaximumEnd, MAX_YEARS_A_TO_F, parseGroundCode } from './grounds.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: messageRef('validation.at_most_characters', { max }) });

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

export const LONG_PERIOD_MESSAGE = messageRef('exemptions-form.period_runs_beyond_year_limit', { years: MAX_YEARS_A_TO_F });

const ZFields = z.object({
  moment: z.enum(TEST_MOMENTS, { message: messageRef('exemptions-form.choose_when_test_made') }),
  unitId: z.string().trim().default(''),
  groundCode: z.string().trim().default(''),
  legalRegulation: text(500).min(5, { message: messageRef('exemptions-form.name_regulation_legal_basis_least_5') }),
  legalArticle: text(300).min(1, { message: messageRef('exemptions-form.name_article_paragraph') }),
  withheldInformation: text(4000).min(10, { message: messageRef('exemptions-form.describe_information_withheld_least_10_characters') }),
  harm: text(4000).min(20, { message: messageRef('exemptions-form.describe_consequence_if_information_were_opened') }),
  publicInterest: text(4000).min(20, { message: messageRef('exemptions-form.describe_public_interest_balance_least_20') }),
  partial: z.enum(['tidak', 'ya'], { message: messageRef('exemptions-form.state_whether_exempt_full_part') }),
  releasedPart: text(4000).default(''),
  periodStart: z.string().trim().default(''),
  periodEnd: z.string().trim().default(''),
  acknowledgeLongPeriod: z.string().default(''),
  publicTitle: text(300).min(5, { message: messageRef('exemptions-form.write_title_public_least_5_characters') }),
  publicSummary: text(2000).min(20, { message: messageRef('exemptions-form.write_summary_consequence_public_least_20') }),
});

/** Checks across fields, on the raw input, so that every problem shows at once (field -> message). */
export function fieldIssues(raw: TestFieldsInput): Record<string, string> {
  const out: Record<string, string> = {};
  const s = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const ground = parseGroundCode(s(raw.groundCode));
  if (!ground) out.groundCode = messageRef('exemptions-form.choose_exemption_ground_art_17_sub');
  const start = s(raw.periodStart);
  const end = s(raw.periodEnd);
  const startOk = start ? parseIsoDate(start) : null;
  const endOk = end ? parseIsoDate(end) : null;
  if (!start) out.periodStart = messageRef('exemptions-form.enter_first_day_exemption_period');
  else if (!startOk) out.periodStart = messageRef('validation.not_valid_date_use_form_yyyy');
  if (end && !endOk) out.periodEnd = messageRef('validation.not_valid_date_use_form_yyyy');
  else if (!end && ground && endRequired(ground.ground)) out.periodEnd = messageRef('exemptions-form.enter_last_day_exemption_ground_cannot');
  else if (startOk && endOk && endOk < startOk) out.periodEnd = messageRef('exemptions-form.last_day_cannot_before_first_day');
  else if (ground && startOk && endOk && beyondLegalMaximum(ground.ground, startOk, endOk) && s(raw.acknowledgeLongPeriod) !== '1') {
    out.periodEnd = LONG_PERIOD_MESSAGE;
  }
  if (s(raw.partial) === 'ya' && !s(raw.releasedPart)) out.releasedPart = messageRef('exemptions-form.describe_part_still_given');
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
  z.object({
    source: z.literal('item'),
    itemId: z
      .string()
      .trim()
      .min(1, { message: messageRef('exemptions-form.choose_classified_item_under_test') }),
  }),
  z.object({
    source: z.literal('dip'),
    dipEntryId: z
      .string()
      .trim()
      .min(1, { message: messageRef('exemptions-form.choose_dip_entry_exempt') }),
  }),
  z.object({
    source: z.literal('permohonan'),
    requestId: z.uuid({ message: messageRef('exemptions-form.unknown_request') }),
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

export const ZNote = z.object({ note: text(2000).min(5, { message: messageRef('exemptions-form.write_note_least_5_characters') }) });
export const ZOptionalNote = z.object({ note: text(2000).default('') });

export const DECISIONS = ['setujui', 'tolak', 'kembalikan'] as const;
export const ZDecision = z
  .object({ decision: z.enum(DECISIONS, { message: messageRef('exemptions-form.choose_decision') }), reasons: text(4000).default('') })
  .superRefine((v, ctx) => {
    if (v.decision !== 'setujui' && v.reasons.length < 10)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: messageRef('exemptions-form.give_reasons_decision_least_10_characters') });
  });

export const ZReleaseReason = z.object({ reason: text(2000).min(10, { message: messageRef('exemptions-form.give_reason_opening_information_least_10') }) });
