// CKAN package_show: one public DIP entry by name (slug) or id.
import { errors } from '../../errors.js';
import { type OpenDataCtx, publicEntryByIdOrSlug } from './opendata-shared.js';
import { type CkanPackage, packagesOf } from './to-ckan-package.js';

/** CKAN package_show: by name (slug) or id. */
export async function ckanPackageShow(ctx: OpenDataCtx, idOrSlug: string): Promise<CkanPackage> {
  const e = await publicEntryByIdOrSlug(ctx.db, idOrSlug);
  if (!e) throw errors.notFound();
  const [p] = await packagesOf(ctx, [e]);
  return p!;
}
