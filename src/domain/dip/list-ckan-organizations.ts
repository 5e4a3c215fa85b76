// CKAN organization_list: the public units, as names or as organization dicts with package counts.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { AppError } from '../../errors.js';
import { listPublicUnits, type Unit } from '../units/units.js';
import { type OpenDataCtx, unitCounts } from './opendata-shared.js';
import { type CkanOrganization, unitOrganization } from './to-ckan-package.js';

export type CkanOrgListInput = { allFields: boolean; sort: string; limit?: number | undefined; offset: number };

/** CKAN organization_list: the public units, as names or as organization dicts with package counts. */
export async function ckanOrganizationList(ctx: OpenDataCtx, input: CkanOrgListInput): Promise<string[] | CkanOrganization[]> {
  const [units, counts] = await Promise.all([listPublicUnits(ctx), unitCounts(ctx)]);
  const sort = input.sort.trim().toLowerCase().replace(/\s+/g, ' ') || 'name asc';
  const [field, dir] = sort.split(' ') as [string, string | undefined];
  const key = (u: Unit): string | number => (field === 'title' ? u.name.toLowerCase() : field === 'package_count' ? (counts.get(u.id) ?? 0) : u.code);
  if (!['name', 'title', 'package_count'].includes(field) || (dir !== undefined && dir !== 'asc' && dir !== 'desc')) {
    throw new AppError('validation_failed', 409, catalogueMessages('dip.list-ckan-organizations.unsupported_sort_use_name_title'), {
      sort: catalogueMessages('dip.list-ckan-organizations.unsupported_sort'),
    });
  }
  const sign = dir === 'desc' || (dir === undefined && field === 'package_count') ? -1 : 1;
  const sorted = [...units].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : a.code < b.code ? -1 : 1) * sign;
  });
  const page = sorted.slice(input.offset, input.limit === undefined ? undefined : input.offset + input.limit);
  if (!input.allFields) return page.map((u) => u.code);
  return page.map((u) => ({ ...unitOrganization(u, u.createdAt), package_count: counts.get(u.id) ?? 0 }));
}
