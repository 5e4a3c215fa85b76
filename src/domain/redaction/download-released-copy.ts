// The released (redacted) copy as a file: meant to be given out, it holds no withheld content.
import type { Ctx } from '../../context.js';
import { errors } from '../../errors.js';
import { loadRedaction, redactionRef } from './shared.js';

/** The released copy as a file (meant to be given out; no log of reads, it holds no withheld content). */
export async function releasedCopy(ctx: Ctx, id: string): Promise<{ bytes: Buffer; filename: string }> {
  const { r } = await loadRedaction(ctx, id);
  if (r.status !== 'produced' || !r.outputSha256) throw errors.notFound();
  const bytes = await ctx.blobs.get(r.outputSha256);
  if (!bytes) throw errors.notFound();
  return { bytes, filename: r.outputFilename ?? `${redactionRef(r).toLowerCase()}.pdf` };
}
