// The public Daftar Informasi yang Dikecualikan: /informasi-dikecualikan (with ?unit=), one unit's list at
// /unit/:code/informasi-dikecualikan, and the xlsx and PDF downloads. Read only through domain/exemptions/dik.ts.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { units } from '../../../db/schema/index.js';
import { dikFilename, dikPdf, dikToday, dikXlsx, listDik, nextDayStarts, type DikExportMeta } from '../../../domain/exemptions/dik.js';
import { listPublicUnits } from '../../../domain/units/units.js';
import { errors } from '../../../errors.js';
import { tx, tm } from '../../components/layout.js';
import type { Crumb } from '../../components/page-header.js';
import { view } from '../../forms.js';
import { PAGE_VALID_UNTIL } from '../../page-cache.js';
import { DikPage } from '../../pages/exemptions/public-register.js';
import type { Env } from '../../types.js';
import { downloadHeaders, streamResponse, XLSX_TYPE } from '../dip/exports.js';
import { bodyZone } from '../../dates.js';

export const dikRoutes = new Hono<Env>();

const ZUnitCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/)
  .optional()
  .catch(undefined);

async function unitByCode(c: Context<Env>, code: string | undefined) {
  if (!code) return null;
  const [u] = await c.get('ctx').db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(eq(units.code, code));
  return u ?? null;
}

const baseUrl = (c: Context<Env>) => c.get('deps').config.baseUrl.replace(/\/+$/, '');

async function page(c: Context<Env>, code: string | undefined, perUnitPage: boolean) {
  const ctx = c.get('ctx');
  const unit = await unitByCode(c, code);
  if (perUnitPage && !unit) throw errors.notFound();
  const { today, timeZone } = await dikToday(ctx);
  const [rows, all] = await Promise.all([listDik(ctx.db, { today, unitId: unit?.id }), listPublicUnits(ctx)]);
  const v = view(c);
  const path = perUnitPage ? `/unit/${unit!.code}/informasi-dikecualikan` : '/informasi-dikecualikan';
  const title = tm(v, 'exemptions.public-register.register_exempt_information');
  const crumbs: Crumb[] = perUnitPage
    ? [
        { label: v.t('nav.home'), href: '/' },
        { label: v.t('units.title'), href: '/unit' },
        { label: unit!.name, href: `/unit/${unit!.code}` },
        { label: title },
      ]
    : [{ label: v.t('nav.home'), href: '/' }, { label: title }];
  // The list changes when a day begins (a period starts or ends) without any write: the cached page goes stale then.
  c.header(PAGE_VALID_UNTIL, String(nextDayStarts(ctx.clock.now(), timeZone).getTime()));
  return c.html(
    <DikPage
      v={v}
      rows={rows}
      today={today}
      units={all}
      unit={unit}
      perUnitPage={perUnitPage}
      crumbs={crumbs}
      meta={{
        canonical: `${baseUrl(c)}${perUnitPage ? path : unit ? `/unit/${unit.code}/informasi-dikecualikan` : path}`,
        description: tx(
          v,
          `Daftar Informasi yang Dikecualikan ${unit?.name ?? v.body?.name ?? ''}: ${rows.length} informasi, dengan dasar pengecualian, jangka waktu dan nomor penetapan.`,
          `Register of exempt information of ${unit?.name ?? v.body?.name ?? 'this body'}: ${rows.length} items, with ground, period and decision number.`,
        ),
        ogType: 'website',
        ogTitle: unit ? `${title} – ${unit.name}` : title,
      }}
    />,
  );
}

dikRoutes.get('/informasi-dikecualikan', (c) => page(c, ZUnitCode.parse(c.req.query('unit')), false));
dikRoutes.get('/unit/:code/informasi-dikecualikan', (c) => {
  const code = ZUnitCode.parse(c.req.param('code'));
  if (!code) throw errors.notFound();
  return page(c, code, true);
});

async function download(c: Context<Env>, ext: 'xlsx' | 'pdf') {
  const ctx = c.get('ctx');
  const code = ZUnitCode.parse(c.req.query('unit'));
  const unit = await unitByCode(c, code);
  if (code && !unit) throw errors.notFound();
  const { today } = await dikToday(ctx);
  const rows = await listDik(ctx.db, { today, unitId: unit?.id });
  const meta: DikExportMeta = {
    bodyName: c.get('body')?.name ?? 'Badan Publik',
    baseUrl: baseUrl(c),
    now: ctx.clock.now(),
    unit: unit ?? undefined,
    timeZone: bodyZone(c),
  };
  const headers = downloadHeaders(ext === 'xlsx' ? XLSX_TYPE : 'application/pdf', dikFilename(meta, ext));
  return streamResponse(ext === 'xlsx' ? dikXlsx(rows, meta) : await dikPdf(rows, meta), headers);
}

dikRoutes.get('/informasi-dikecualikan.xlsx', (c) => download(c, 'xlsx'));
dikRoutes.get('/informasi-dikecualikan.pdf', (c) => download(c, 'pdf'));
