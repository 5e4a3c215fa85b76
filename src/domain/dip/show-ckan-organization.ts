// CKAN organization_show: one public unit by code or id, optionally with its newest packages.
import { errors } from '../../errors.js';
import { listPublicUnits } from '../units/units.js';
import { listPublished } from './public.js';
import { type OpenDataCtx, unitCounts } from './opendata-shared.js';
import { type CkanOrganization, type CkanPackage, packagesOf, unitOrganization } from './to-ckan-package.js';

/** CKAN organization_show: one public unit by code or id, optionally with its newest packages. */
export async function ckanOrganizationShow(
  ctx: OpenDataCtx,
  input: { id: string; includeDatasets: boolean },
): Promise<CkanOrganization & { packages?: CkanPackage[] }> {
  const unit = (await listPublicUnits(ctx)).find((u) => u.code === input.id || u.id === input.id);
  if (!unit) throw errors.notFound();
  const counts = await unitCounts(ctx);
  const org = { ...unitOrganization(unit, unit.createdAt), package_count: counts.get(unit.id) ?? 0 };
  if (!input.includeDatasets) return org;
  const { items } = await listPublished(ctx.db, { unitId: unit.id, order: 'newest', limit: 1000 });
  return { ...org, packages: await packagesOf(ctx, items) };
}
