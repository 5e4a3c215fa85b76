// Removes one area from a redaction draft.
import type { Ctx } from '../../context.js';
import { errors } from '../../errors.js';
import { type Redaction, changeDraft, saveDraft } from './shared.js';

/** Removes one area (its number in the list, from 1). */
export async function removeArea(ctx: Ctx, id: string, input: { token: string; index: number }): Promise<Redaction> {
  return changeDraft(ctx, id, input.token, async (t, r) => {
    if (!Number.isInteger(input.index) || input.index < 1 || input.index > r.areas.length) throw errors.notFound();
    const next = r.areas.filter((_, i) => i !== input.index - 1);
    return saveDraft(t, r, { areas: next }, 'redaction.area_removed', { index: input.index, page: r.areas[input.index - 1]!.page });
  });
}
