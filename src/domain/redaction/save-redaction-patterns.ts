// Replaces a redaction draft's text patterns (phrases, or shapes such as NIK, NIP, email, phone) with the rows of the form.
import { messageRef } from '../../i18n/catalogue.js';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import type { RedactionPattern } from '../../db/schema/index.js';
import { PATTERN_KINDS, redactionErrors, REDACTION_LIMITS } from '../../documents/redact.js';
import { errors, type Messages } from '../../errors.js';
import { type Redaction, ZGround, changeDraft, msg, saveDraft, sourcePageCount } from './shared.js';

export const ZPatternRow = z.object({
  /** '' or 'semua' = every page, else a page number. */
  page: z
    .string()
    .trim()
    .regex(/^(|semua|\d{1,4})$/, messageRef('redaction.choose_page')),
  kind: z.enum(PATTERN_KINDS as [string, ...string[]], { message: messageRef('redaction.unknown_kind_pattern') }),
  pattern: z.string().trim().max(200, messageRef('redaction.pattern_have_most_200_characters')),
  ground: ZGround,
});
export type PatternRowInput = { page: string; kind: string; pattern: string; ground: string };

/**
 * Replaces the draft's patterns with the rows of the form. A phrase row with no text is dropped (that is
 * how a pattern is removed); a shape row (NIK, NIP, email, phone) needs no text.
 */
export async function savePatterns(ctx: Ctx, id: string, input: { token: string; rows: PatternRowInput[] }): Promise<Redaction> {
  const fields: Record<string, Messages> = {};
  const patterns: RedactionPattern[] = [];
  input.rows.forEach((row, i) => {
    const kind = row.kind || 'phrase';
    if (kind === 'phrase' && !row.pattern.trim()) return;
    const p = ZPatternRow.safeParse({ ...row, kind });
    if (!p.success) {
      for (const issue of p.error.issues) fields[`pattern-${i}-${String(issue.path[0])}`] ??= msg(issue.message);
      return;
    }
    if (kind === 'phrase' && p.data.pattern.length < 2) {
      fields[`pattern-${i}-pattern`] = msg(messageRef('redaction.write_text_remove_least_2_characters'));
      return;
    }
    const page = p.data.page === '' || p.data.page === 'semua' ? null : Number(p.data.page);
    patterns.push({
      page,
      pattern: kind === 'phrase' ? p.data.pattern : '',
      ground: p.data.ground,
      ...(kind === 'phrase' ? {} : { kind: kind as NonNullable<RedactionPattern['kind']> }),
    });
  });
  if (patterns.length > REDACTION_LIMITS.maxPatterns)
    fields['pattern-0-pattern'] ??= msg(messageRef('redaction.at_most_patterns_per_redaction', { max: REDACTION_LIMITS.maxPatterns }));
  if (Object.keys(fields).length) throw errors.validation(fields);
  const pdfPages = await sourcePageCount(ctx, id);
  return changeDraft(ctx, id, input.token, async (t, r) => {
    input.rows.forEach((row, i) => {
      const n = Number(row.page);
      if (row.page && row.page !== 'semua' && n > pdfPages) fields[`pattern-${i}-page`] = redactionErrors.noPage(n, pdfPages).messages;
    });
    if (Object.keys(fields).length) throw errors.validation(fields);
    return saveDraft(t, r, { patterns }, 'redaction.patterns_saved', {
      patterns: patterns.length,
      kinds: patterns.map((p) => p.kind ?? 'phrase'),
      grounds: patterns.map((p) => p.ground),
    });
  });
}
