// CKAN status_show: what the site is, and the CKAN API level it follows.
import { getPublicBody } from '../org/public-body.js';
import type { OpenDataCtx } from './opendata-shared.js';

/** CKAN status_show: what the site is; the CKAN version is the API level this subset follows. */
export async function ckanStatus(ctx: OpenDataCtx, appVersion: string) {
  const body = await getPublicBody(ctx.db);
  return {
    ckan_version: '2.10.0',
    site_title: body ? `PPID ${body.name}` : 'PPID',
    site_description: 'Daftar Informasi Publik (UU 14/2008), hanya baca / Public information register, read-only',
    site_url: ctx.settings.baseUrl,
    locale_default: 'id',
    error_emails_to: null,
    extensions: [] as string[],
    qgesy_version: appVersion,
  };
}
