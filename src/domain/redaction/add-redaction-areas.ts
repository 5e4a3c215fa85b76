// Adds areas (positions in percent of the page, typed or drawn) to a redaction draft, each with its Ps 17 ground.
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import type { RedactionArea } from '../../db/schema/index.js';
import { redactionErrors, REDACTION_LIMITS } from '../../documents/redact.js';
import { errors, type Messages } from '../../errors.js';
import { type Redaction, ZGround, changeDraft, msg, saveDraft, sourcePageCount } from './shared.js';

const percent = (field: string) =>
  z.coerce
    .number({ message: `Isi ${field} dalam persen (0–100).` })
    .min(0, `Isi ${field} dalam persen (0–100).`)
    .max(100, `Isi ${field} dalam persen (0–100).`);

export const ZAreaRow = z.object({
  page: z.coerce.number({ message: 'Isi nomor halaman.' }).int('Isi nomor halaman.').min(1, 'Isi nomor halaman.'),
  x: percent('jarak dari kiri'),
  y: percent('jarak dari atas'),
  w: percent('lebar').min(0.2, 'Area terlalu kecil: lebar dan tinggi paling sedikit 0,2%.'),
  h: percent('tinggi').min(0.2, 'Area terlalu kecil: lebar dan tinggi paling sedikit 0,2%.'),
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
  if (!filled.length) throw errors.validation({ 'area-0-x': msg('Tandai area pada gambar halaman, atau isi posisinya dalam persen.') });
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
  for (const [k, a] of areas.entries()) if (a.w <= 0 || a.h <= 0) fields[`area-${filled[k]!.i}-w`] ??= msg('Area harus berada di dalam halaman.');
  if (Object.keys(fields).length) throw errors.validation(fields);
  const pdfPages = await sourcePageCount(ctx, id);
  return changeDraft(ctx, id, input.token, async (t, r) => {
    for (const [k, a] of areas.entries()) if (a.page > pdfPages) fields[`area-${filled[k]!.i}-page`] ??= redactionErrors.noPage(a.page, pdfPages).messages;
    if (Object.keys(fields).length) throw errors.validation(fields);
    const next = [...r.areas, ...areas];
    if (next.length > REDACTION_LIMITS.maxAreas)
      throw errors.validation({ 'area-0-x': msg(`Paling banyak ${REDACTION_LIMITS.maxAreas} area per penghitaman.`) });
    return saveDraft(t, r, { areas: next }, 'redaction.areas_added', { added: areas.length, pages: [...new Set(areas.map((a) => a.page))] });
  });
}
