// The public portal of the DIP: home, search, browse, entry pages, unit and whole-body DIP tables,
// sitemap and robots.txt. Reads only the public read model (domain/dip/public.ts) and the search index.
import { Hono, type Context } from 'hono';
import type { DipCategory } from '../../../db/schema/dip.js';
import { allPublished, listPublished, publishedBySlug, publishedDocuments } from '../../../domain/dip/public.js';
import { MAX_QUERY_LENGTH } from '../../../domain/dip/search-input.js';
import { searchFacets, searchPublished } from '../../../domain/dip/search.js';
import { latestPenetapanSummary } from '../../../domain/dip/penetapan.js';
import { listPublicUnits } from '../../../domain/units/units.js';
import { dikToday, dikUnitCodes } from '../../../domain/exemptions/dik.js';
import { errors } from '../../../errors.js';
import { tx, tm } from '../../components/layout.js';
import { type Crumb } from '../../components/page-header.js';
import { view } from '../../forms.js';
import { HomePage, UnitsPage } from '../../pages/portal/home.js';
import { BrowsePage } from '../../pages/portal/browse.js';
import { breadcrumbJsonLd } from '../../pages/portal/navigation.js';
import { CATEGORIES, CATEGORY_BY_SLUG, CATEGORY_SLUGS, catLabel, href } from '../../pages/portal/shared.js';
import { DipPage } from '../../pages/portal/dip.js';
import { EntryPage } from '../../pages/portal/entry.js';
import { SearchPage, type Filters } from '../../pages/portal/search.js';
import { UnitPage } from '../../pages/portal/unit.js';
import { markSearch, resultPing } from '../../search-log.js';
import type { Env } from '../../types.js';
import { baseUrl, entryJsonLd, listQuery, unitSummaries, urlTag, viewWithQuery } from './portal-helpers.js';

export const portalRoutes = new Hono<Env>();

const LIST_PAGE_SIZE = 20;

const SEARCH_PAGE_SIZE = 20;

const TABLE_PAGE_SIZE = 50;

// --- home and units ---------------------------------------------------------------------------------

portalRoutes.get('/', async (c) => {
  const v = view(c);
  const { units, byCategory, total } = await unitSummaries(c);
  const latest = total ? (await listPublished(c.get('ctx').db, { order: 'newest', limit: 6 })).items : [];
  const base = baseUrl(c);
  const meta = {
    canonical: `${base}/`,
    description: v.t('home.lead', { body: v.body?.name || tm(v, 'portal.home.public_body') }),
    ogType: 'website' as const,
    ogTitle: `${v.t('home.title')} – ${v.body?.name ?? 'PPID'}`,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: v.body?.name ?? 'PPID',
      url: `${base}/`,
      potentialAction: { '@type': 'SearchAction', target: `${base}/cari?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
    },
  };
  return c.html(
    <HomePage v={v} units={units} needsSetup={!!c.get('deps').setup.token} categoryCounts={byCategory} total={total} latest={latest} meta={meta} />,
  );
});

portalRoutes.get('/unit', async (c) => {
  const { units } = await unitSummaries(c);
  const v = view(c);
  const description = tm(v, 'portal.portal.agencies_their_ppids_each_agency', { unitsLength: units.length });
  return c.html(<UnitsPage v={v} units={units} meta={{ canonical: `${baseUrl(c)}/unit`, description }} />);
});

portalRoutes.get('/unit/:code', async (c) => {
  const code = c.req.param('code');
  if (!/^[a-z0-9][a-z0-9-]{0,59}$/.test(code)) throw errors.notFound();
  const v = view(c);
  const { hal } = listQuery(c);
  const { units } = await unitSummaries(c);
  const db = c.get('ctx').db;
  const list = await listPublished(db, { unitCode: code, order: 'number', limit: TABLE_PAGE_SIZE, offset: (hal - 1) * TABLE_PAGE_SIZE });
  let unit = units.find((u) => u.code === code);
  if (!unit) {
    // An inactive unit still has a page while it has public entries, so that links to it keep working.
    const first = list.items[0] ?? (await listPublished(db, { unitCode: code, limit: 1 })).items[0];
    if (!first) throw errors.notFound();
    const now = new Date(0);
    unit = {
      id: first.unitId,
      code,
      name: first.unitName,
      shortName: '',
      isPpidUtama: false,
      address: '',
      email: '',
      phone: '',
      active: false,
      createdAt: now,
      updatedAt: now,
      count: list.total,
      byCategory: {},
    };
  }
  const base = baseUrl(c);
  const path = `/unit/${code}`;
  const crumbs: Crumb[] = [{ label: v.t('nav.home'), href: '/' }, { label: v.t('units.title'), href: '/unit' }, { label: unit.name }];
  const canonical = base + href(path, { hal: hal > 1 ? hal : undefined });
  return c.html(
    <UnitPage
      v={v}
      unit={unit}
      items={list.items}
      total={list.total}
      page={hal}
      pageSize={TABLE_PAGE_SIZE}
      crumbs={crumbs}
      meta={{
        canonical,
        description: tm(v, 'portal.portal.public_information_register_entries', { listTotal: list.total, unitName: unit.name }),
        ogType: 'website',
        ogTitle: unit.name,
        jsonLd: {
          '@context': 'https://schema.org',
          '@graph': [
            {
              '@type': 'GovernmentOrganization',
              name: unit.name,
              url: base + path,
              ...(unit.email ? { email: unit.email } : {}),
              ...(unit.phone ? { telephone: unit.phone } : {}),
            },
            breadcrumbJsonLd(base, crumbs, canonical),
          ],
        },
      }}
    />,
  );
});

// --- DIP table --------------------------------------------------------------------------------------

portalRoutes.get('/dip', async (c) => {
  const v = view(c);
  const { hal } = listQuery(c);
  const list = await listPublished(c.get('ctx').db, { order: 'number', limit: TABLE_PAGE_SIZE, offset: (hal - 1) * TABLE_PAGE_SIZE });
  const penetapan = await latestPenetapanSummary(c.get('ctx').db);
  const base = baseUrl(c);
  const canonical = base + href('/dip', { hal: hal > 1 ? hal : undefined });
  const crumbs: Crumb[] = [
    { label: v.t('nav.home'), href: '/' },
    { label: tm(v, 'portal.browse.information_list'), href: '/informasi' },
    { label: tm(v, 'portal.home.dip_table') },
  ];
  return c.html(
    <DipPage
      v={v}
      items={list.items}
      total={list.total}
      page={hal}
      pageSize={TABLE_PAGE_SIZE}
      crumbs={crumbs}
      penetapan={penetapan}
      meta={{
        canonical,
        description: tx(v, `Daftar Informasi Publik ${v.body?.name ?? ''}: ${list.total} informasi.`, `Public Information Register: ${list.total} entries.`),
        ogType: 'website',
        ogTitle: tm(v, 'portal.dip.public_information_register'),
      }}
    />,
  );
});

// --- browse -----------------------------------------------------------------------------------------

async function browse(c: Context<Env>, category: DipCategory | null) {
  const v = viewWithQuery(c);
  const p = listQuery(c);
  const ctx = c.get('ctx');
  const [units, facets] = await Promise.all([listPublicUnits(ctx), searchFacets(ctx.db)]);
  const cat = category ?? (p.kategori ? CATEGORY_BY_SLUG[p.kategori]! : undefined);
  const unit = p.unit ? units.find((u) => u.code === p.unit) : undefined;
  const list = await listPublished(ctx.db, {
    unitId: unit?.id,
    category: cat,
    year: p.tahun,
    order: 'newest',
    limit: LIST_PAGE_SIZE,
    offset: (p.hal - 1) * LIST_PAGE_SIZE,
  });
  const path = category ? `/kategori/${CATEGORY_SLUGS[category]}` : '/informasi';
  const f: Filters = { q: '', unit: unit?.code, kategori: p.kategori, tahun: p.tahun };
  const base = baseUrl(c);
  const canonical = base + href(path, { unit: f.unit, kategori: category ? undefined : f.kategori, tahun: f.tahun, hal: p.hal > 1 ? p.hal : undefined });
  const title = category ? catLabel(v, category) : tm(v, 'portal.browse.public_information');
  return c.html(
    <BrowsePage
      v={v}
      f={f}
      category={category}
      units={units}
      years={facets.years}
      items={list.items}
      total={list.total}
      page={p.hal}
      pageSize={LIST_PAGE_SIZE}
      path={path}
      meta={{
        canonical,
        description: tx(v, `${title}: ${list.total} informasi dari ${v.body?.name ?? 'badan publik'}.`, `${title}: ${list.total} entries.`),
        ogType: 'website',
        ogTitle: title,
      }}
    />,
  );
}

portalRoutes.get('/informasi', (c) => browse(c, null));

portalRoutes.get('/kategori/:kategori', (c) => {
  const category = CATEGORY_BY_SLUG[c.req.param('kategori')];
  if (!category) throw errors.notFound();
  return browse(c, category);
});

// --- search -----------------------------------------------------------------------------------------

portalRoutes.get('/cari', async (c) => {
  const v = viewWithQuery(c);
  const p = listQuery(c);
  const q = (c.req.query('q') ?? '').replace(/\s+/g, ' ').trim();
  const ctx = c.get('ctx');
  const [units, facets] = await Promise.all([listPublicUnits(ctx), searchFacets(ctx.db)]);
  const unit = p.unit ? units.find((u) => u.code === p.unit) : undefined;
  const f: Filters = { q, unit: unit?.code, kategori: p.kategori, tahun: p.tahun, bentuk: p.bentuk, unduh: p.unduh === '1' };
  const canonical =
    baseUrl(c) + href('/cari', { q, unit: f.unit, kategori: f.kategori, tahun: f.tahun, bentuk: f.bentuk, unduh: p.unduh, hal: p.hal > 1 ? p.hal : undefined });
  const page = { v, units, years: facets.years, canonical };
  if (q.length > MAX_QUERY_LENGTH) {
    const refused = tm(v, 'portal.portal.your_search_text_too_long', { MAX_QUERY_LENGTH, qLength: q.length });
    return c.html(<SearchPage {...page} f={{ ...f, q: q.slice(0, MAX_QUERY_LENGTH) }} result={null} refused={refused} />, 400);
  }
  if (!q && !unit && !p.kategori && !p.tahun && !p.bentuk && !f.unduh) return c.html(<SearchPage {...page} f={f} result={null} />);
  const result = await searchPublished(ctx.db, {
    q,
    unitId: unit?.id,
    category: p.kategori ? CATEGORY_BY_SLUG[p.kategori] : undefined,
    year: p.tahun,
    form: p.bentuk,
    downloadable: f.unduh || undefined,
    page: p.hal,
    pageSize: SEARCH_PAGE_SIZE,
  });
  c.get('log').debug({ ms: result.tookMs, total: result.total }, 'search');
  // Counted by the search log (src/http/search-log.ts); a suggestion's hits are not results of q.
  if (q) markSearch(c, result.suggestionApplied ? 0 : result.total, p.hal);
  return c.html(<SearchPage {...page} f={f} result={result} ping={resultPing(q)} />);
});

portalRoutes.get('/informasi/:slug', async (c) => {
  const slug = c.req.param('slug');
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) throw errors.notFound();
  const db = c.get('ctx').db;
  const e = await publishedBySlug(db, slug);
  if (!e) throw errors.notFound();
  const docs = await publishedDocuments(db, e.id);
  const v = view(c);
  const base = baseUrl(c);
  const canonical = `${base}/informasi/${e.slug}`;
  const crumbs: Crumb[] = [
    { label: v.t('nav.home'), href: '/' },
    { label: tm(v, 'portal.browse.information_list'), href: '/informasi' },
    { label: e.unitName, href: `/unit/${e.unitCode}` },
    { label: e.title },
  ];
  const bodyName = v.body?.name ?? 'PPID';
  return c.html(
    <EntryPage
      v={v}
      e={e}
      docs={docs}
      crumbs={crumbs}
      meta={{ canonical, description: e.summary, ogType: 'article', ogTitle: e.title, jsonLd: entryJsonLd(base, e, docs, bodyName, canonical, crumbs) }}
    />,
  );
});

portalRoutes.get('/sitemap.xml', async (c) => {
  const base = baseUrl(c);
  const ctx = c.get('ctx');
  const units = await listPublicUnits(ctx);
  const log = c.get('log');
  async function* parts(): AsyncGenerator<string> {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
    for (const p of ['/', '/informasi', '/dip', '/informasi-dikecualikan', '/unit', '/permohonan', '/kalkulator-tenggat', '/statistik-layanan'])
      yield urlTag(base + p);
    for (const cat of CATEGORIES) yield urlTag(`${base}/kategori/${CATEGORY_SLUGS[cat]}`);
    for (const u of units) yield urlTag(`${base}/unit/${u.code}`);
    // A unit's list of exempt information, where it has any today.
    for (const code of await dikUnitCodes(ctx.db, (await dikToday(ctx)).today)) yield urlTag(`${base}/unit/${code}/informasi-dikecualikan`);
    // One page of entries at a time: the whole catalogue is never held in memory.
    for await (const page of allPublished(ctx.db)) yield page.map((e) => urlTag(`${base}/informasi/${e.slug}`, e.updatedAt)).join('');
    yield '</urlset>\n';
  }
  const it = parts();
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await it.next();
        if (done) controller.close();
        else controller.enqueue(enc.encode(value));
      } catch (err) {
        log.error({ err }, 'sitemap failed');
        controller.error(err);
      }
    },
    async cancel() {
      await it.return(undefined);
    },
  });
  return c.body(body, 200, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' });
});

portalRoutes.get('/robots.txt', (c) => {
  // The applicant's own pages (reached with a secret code) are never for search engines.
  // The empty tracking and objection forms may be found; what follows them (a number and code) may not.
  const lines = ['Disallow: /admin', 'Disallow: /akun', 'Disallow: /permohonan/', 'Allow: /permohonan/lacak$', 'Allow: /permohonan/keberatan$'];
  const text = ['User-agent: *', 'Allow: /', ...lines, ...lines.map((l) => l.replace(': /', ': /en/')), '', `Sitemap: ${baseUrl(c)}/sitemap.xml`, ''].join(
    '\n',
  );
  return c.text(text, 200, { 'cache-control': 'public, max-age=3600' });
});
