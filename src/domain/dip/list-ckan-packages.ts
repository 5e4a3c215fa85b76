// CKAN package_list: the names of public DIP entries, paged or streamed.
import { allPublished, listPublished } from './public.js';
import type { OpenDataCtx } from './opendata-shared.js';

/**
 * CKAN package_list: the names of public entries, a page at a time, by register number alone: the order of
 * the unpaged list (ckanAllPackageNames), so that a harvester paging through it sees each name once.
 */
export async function ckanPackageNames(ctx: OpenDataCtx, p: { limit: number; offset: number }): Promise<string[]> {
  const { items } = await listPublished(ctx.db, { order: 'register', limit: p.limit, offset: p.offset });
  return items.map((e) => e.slug);
}

/** CKAN package_list without a limit: every name, streamed from the database in pages. */
export async function* ckanAllPackageNames(ctx: OpenDataCtx): AsyncGenerator<string[]> {
  for await (const page of allPublished(ctx.db)) yield page.map((e) => e.slug);
}
