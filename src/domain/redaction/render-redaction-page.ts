// A page of the original as an image for marking, or as it will be released (preview); each a logged read.
import type { Ctx } from '../../context.js';
import { redactionErrors, resolvePatterns, type PageImage } from '../../documents/redact.js';
import { readPages, readWords, renderPageImage } from './engine.js';
import { loadRedaction, openSource, redactionAvailable, toolReason } from './shared.js';

/**
 * A page of the original as an image for marking, or (preview) as it will be released: marked areas
 * and pattern matches already black. Each one is a logged read of the document.
 */
export async function redactionPageImage(ctx: Ctx, id: string, page: number, opts: { preview: boolean }): Promise<PageImage> {
  const { r, doc } = await loadRedaction(ctx, id);
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();
  const pdf = await openSource(ctx, doc.id, toolReason(r, `${opts.preview ? 'pratinjau' : 'gambar'} halaman ${page}`));
  const pages = await readPages(pdf);
  if (!Number.isInteger(page) || page < 1 || page > pages.length) throw redactionErrors.noPage(page, pages.length);
  let areas: { x: number; y: number; w: number; h: number }[] = [];
  if (opts.preview) {
    const found = r.patterns.length ? resolvePatterns(await readWords(pdf, pages, { first: page, last: page }), r.patterns) : { areas: [] };
    areas = [...r.areas, ...found.areas].filter((a) => a.page === page);
  }
  return renderPageImage(pdf, page, { pages, areas });
}
