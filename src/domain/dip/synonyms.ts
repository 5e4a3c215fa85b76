// The search dictionary (search_synonyms): list, add, edit and delete abbreviations and synonyms, each
// change audited. Kept by the PPID Utama and the administrator; the public search reads it through its
// own cache (search.ts), which every change invalidates by bumping the public generation (trigger).
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { asc, eq, ne, sql, and } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { SYNONYM_KINDS, searchSynonyms } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { synonymKey } from './search-query.js';
import { isUuid } from '../../shared/ids.js';

export type SynonymEntry = typeof searchSynonyms.$inferSelect;

export const MAX_EXPANSIONS = 12;

/** Expansions as typed: one per line, or separated by commas or semicolons. */
export function splitExpansions(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n;,]+/)
        .map((s) => s.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ];
}

export const ZSynonym = z
  .object({
    term: z
      .string()
      .trim()
      .min(2, { message: messageRef('dip.term_required_least_2_characters') })
      .max(100, { message: messageRef('dip.most_100_characters') })
      .refine((s) => synonymKey(s) !== '', { message: messageRef('dip.term_needs_letters_digits_besides_common') }),
    expansions: z
      .array(
        z
          .string()
          .trim()
          .min(2, { message: messageRef('dip.each_expansion_needs_2_200_characters') })
          .max(200, { message: messageRef('dip.each_expansion_needs_2_200_characters') }),
      )
      .min(1, { message: messageRef('dip.give_least_one_expansion') })
      .max(MAX_EXPANSIONS, { message: messageRef('dip.synonyms_at_most_expansions', { max: MAX_EXPANSIONS }) }),
    kind: z.enum(SYNONYM_KINDS, { message: messageRef('dip.choose_kind_abbreviation_synonym') }),
    twoWay: z.boolean().default(true),
    note: z
      .string()
      .trim()
      .max(500, { message: messageRef('validation.most_500_characters') })
      .default(''),
  })
  .refine((v) => v.expansions.every((e) => synonymKey(e) !== synonymKey(v.term)), {
    message: messageRef('dip.expansion_cannot_term_itself'),
    path: ['expansions'],
  });
export type SynonymInput = z.infer<typeof ZSynonym>;

export async function listSynonyms(ctx: Ctx): Promise<SynonymEntry[]> {
  authorize(ctx.actor, 'search.dictionary');
  return ctx.db
    .select()
    .from(searchSynonyms)
    .orderBy(asc(sql`lower(${searchSynonyms.term})`));
}

export async function getSynonym(ctx: Ctx, id: string): Promise<SynonymEntry> {
  authorize(ctx.actor, 'search.dictionary');
  const [row] = isUuid(id) ? await ctx.db.select().from(searchSynonyms).where(eq(searchSynonyms.id, id)) : [];
  if (!row) throw errors.notFound();
  return row;
}

async function assertNoDuplicate(ctx: Ctx, term: string, exceptId?: string): Promise<void> {
  const same = sql`lower(${searchSynonyms.term}) = lower(${term})`;
  const [dup] = await ctx.db
    .select({ id: searchSynonyms.id })
    .from(searchSynonyms)
    .where(exceptId ? and(same, ne(searchSynonyms.id, exceptId)) : same);
  if (dup)
    throw errors.validation({
      term: catalogueMessages('dip.synonyms.term_already_dictionary_edit_existing'),
    });
}

// An abbreviation always works both ways.
const stored = (input: SynonymInput) => ({ ...input, twoWay: input.kind === 'singkatan' ? true : input.twoWay });
const audited = ({ term, expansions, kind, twoWay, note }: SynonymInput | SynonymEntry) => ({ term, expansions, kind, twoWay, note });

export async function createSynonym(ctx: Ctx, input: SynonymInput): Promise<SynonymEntry> {
  authorize(ctx.actor, 'search.dictionary');
  return inTransaction(ctx, async (t) => {
    await assertNoDuplicate(t, input.term);
    const now = t.clock.now();
    const [row] = await t.db
      .insert(searchSynonyms)
      .values({ ...stored(input), createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(t, { action: 'search.synonym_created', entityType: 'search_synonym', entityId: row!.id, after: audited(row!) });
    return row!;
  });
}

export async function updateSynonym(ctx: Ctx, id: string, input: SynonymInput): Promise<SynonymEntry> {
  authorize(ctx.actor, 'search.dictionary');
  return inTransaction(ctx, async (t) => {
    const before = await getSynonym(t, id);
    await assertNoDuplicate(t, input.term, id);
    const [row] = await t.db
      .update(searchSynonyms)
      .set({ ...stored(input), updatedAt: t.clock.now() })
      .where(eq(searchSynonyms.id, id))
      .returning();
    await recordAudit(t, { action: 'search.synonym_updated', entityType: 'search_synonym', entityId: id, before: audited(before), after: audited(row!) });
    return row!;
  });
}

export async function deleteSynonym(ctx: Ctx, id: string): Promise<SynonymEntry> {
  authorize(ctx.actor, 'search.dictionary');
  return inTransaction(ctx, async (t) => {
    const before = await getSynonym(t, id);
    await t.db.delete(searchSynonyms).where(eq(searchSynonyms.id, id));
    await recordAudit(t, { action: 'search.synonym_deleted', entityType: 'search_synonym', entityId: id, before: audited(before) });
    return before;
  });
}
