// Adds areas (positions in percent of the page, typed or drawn) to a redaction draft, each with its Ps 17 ground.
import { messageRef, type MessageId } from '../../i18n/catalogue.js';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import type { RedactionArea } from '../../db/schema/index.js';
import { redactionErrors, REDACTION_LIMITS } from '../../documents/redact.js';
import { errors, type Messages } from '../../errors.js';
import { type Redaction, ZGround, changeDraft, msg, saveDraft, sourcePageCount } from './shared.js';

const percent = (id: MessageId) =>
  z.coerce
    .number({ message: messageRef(id) })
    .min(0, messageRef(id))
    .max(100, messageRef(id));

export const ZAreaRow = z.object({
  page: z.coerce
    .number({ message: messageRef('redaction.enter_page_number') })
    .int(messageRef('redaction.enter_page_number'))
    .min(1, messageRef('redaction.enter_page_number')),
  x: percent('redaction.enter_distance_from_left_percent_0'),
  y: percent('redaction.enter_distance_from_top_percent_0'),
  w: percent('redaction.enter_width_percent_0_100').min(0.2, messageRef('redaction.area_too_small_width_height_least')),
  h: percent('redaction.enter_height_percent_0_100').min(0.2, messageRef('redaction.area_too_small_width_height_least')),
  ground: ZGround,
});
export type AreaRowInput = { page: string; x: string; y: string; w: string; h: string; ground: string };

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * Adds areas (positions in percent of the page, as typed or drawn) to the draft. Rows left entirely empty
 * are skipped; an area reaching past the page edge is cut at the edge.
 */
export async function addAreas(ctx: Ctx, id: string, input: { token: string; rows: AreaRowInput[] }): Promise<Redaction> {
  const filled = input.rows.map((row, i) => ({ row, i })).filter(({ row }) => [row.x, row.y, row.w, row.h].some((v) => v.trim() !== ''));
  if (!filled.length) throw errors.validation({ 'area-0-x': msg(messageRef('redaction.mark_area_page_image_enter_position')) });
  const fields: Record<string, Messages> = {};
  const areas: RedactionArea[] = [];
  for (const { row, i } of filled) {
    const p = ZAreaRow.safeParse(row);
    if (!p.success) {
      for (const issue of p.error.issues) fields[`area-${i}-${String(issue.path[0])}`] ??= msg(issue.message);
      continue;
    }
    const { page, x, y, ground } = p.data;
    areas.push({
      page,
      ground: ground.trim(),
      x: round(x / 100),
      y: round(y / 100),
      w: round(Math.min(p.data.w, 100 - x) / 100),
      h: round(Math.min(p.data.h, 100 - y) / 100),
    });
  }
  for (const [k, a] of areas.entries()) if (a.w <= 0 || a.h <= 0) fields[`area-${filled[k]!.i}-w`] ??= msg(messageRef('redaction.area_lie_within_page'));
  if (Object.keys(fields).length) throw errors.validation(fields);
  const pdfPages = await sourcePageCount(ctx, id);
  return changeDraft(ctx, id, input.token, async (t, r) => {
    for (const [k, a] of areas.entries()) if (a.page > pdfPages) fields[`area-${filled[k]!.i}-page`] ??= redactionErrors.noPage(a.page, pdfPages).messages;
    if (Object.keys(fields).length) throw errors.validation(fields);
    const next = [...r.areas, ...areas];
    if (next.length > REDACTION_LIMITS.maxAreas)
      throw errors.validation({ 'area-0-x': msg(messageRef('redaction.at_most_areas_per_redaction', { max: REDACTION_LIMITS.maxAreas })) });
    return saveDraft(t, r, { areas: next }, 'redaction.areas_added', { added: areas.length, pages: [...new Set(areas.map((a) => a.page))] });
  });
}
