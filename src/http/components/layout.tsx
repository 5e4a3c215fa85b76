// Public and back-office page layouts: skip link, header with the body's name and logo, navigation, footer.
import { raw } from 'hono/html';
import { calendarGapMessage } from '../../domain/calendar/calendar-gaps.js';
import type { Child, FC } from 'hono/jsx';
import type { Actor } from '../../context.js';
import type { PublicBody } from '../../domain/org/public-body.js';
import type { Locale, MessageKey, T } from '../../i18n/index.js';
import { message, type MessageId, type MessageParams } from '../../i18n/catalogue.js';
import { can, type Action } from '../../policies/index.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { isLocalizable, localizedPath } from '../locale-url.js';
import { describePage, isNoindex } from './seo.js';

/** What every page needs to render its frame. */
export type View = {
  t: T;
  locale: Locale;
  actor: Actor;
  csrf: string;
  body: PublicBody | null;
  /** The page's path as routed, i.e. without a /en prefix. */
  path: string;
  /** The query string ('' or '?…'), for the language switch and the alternates. */
  search?: string;
  /** The site's public base URL without a trailing slash (absolute canonical and alternate links). */
  base?: string;
  /** Kept out of search engines whatever its page type (error pages). */
  noindex?: boolean;
  /** Message shown once after a redirect (already translated). */
  notice?: string | undefined;
  /** Years without a holiday calendar that a deadline on this page depends on (a warning on top). */
  calendarGaps?: number[] | undefined;
  /** work-queue: things waiting for the actor's action behind each back-office navigation link. */
  workQueueNav?: Record<string, number> | undefined;
};

/** A string in both languages, for page-specific text that does not belong in the shared dictionary. */
export const tx = (v: Pick<View, 'locale'>, id: string, en: string): string => (v.locale === 'en' ? en : id);

/** A message of the catalogue (src/i18n/catalogue.ts) in the page's language, its placeholders filled. */
export const tm = (v: Pick<View, 'locale'>, id: MessageId, params?: MessageParams): string => message(v.locale, id, params);

export const Csrf: FC<{ v: View }> = ({ v }) => <input type="hidden" name={CSRF_FIELD} value={v.csrf} />;

/** An absolute URL of this site in the page's language (canonical links, Open Graph, JSON-LD). */
export function localizeUrl(v: Pick<View, 'locale' | 'base'>, url: string): string {
  if (v.locale !== 'en' || !v.base || !url.startsWith(`${v.base}/`)) return url;
  return v.base + localizedPath('en', url.slice(v.base.length));
}

/** Marks Indonesian-only content (entry titles, summaries, unit names) inside an English page. */
export const idText = (v: Pick<View, 'locale'>): 'id' | undefined => (v.locale === 'en' ? 'id' : undefined);

/** The same page in the other language: its own URL for portal pages, the language cookie elsewhere. */
const LangSwitch: FC<{ v: View }> = ({ v }) => {
  const other = v.locale === 'id' ? 'en' : 'id';
  const here = `${v.path}${v.search ?? ''}`;
  const href = isLocalizable(v.path) ? localizedPath(other, here) : `/bahasa/${other}?next=${encodeURIComponent(here)}`;
  return (
    <a class="lang" hreflang={other} href={href} lang={other}>
      {v.t('nav.switch_to')}
    </a>
  );
};

const Head: FC<{ v: View; title: string; extra?: Child; backoffice?: boolean; description?: string | undefined }> = ({
  v,
  title,
  extra,
  backoffice,
  description,
}) => {
  const search = v.search ?? '';
  const alternates = !backoffice && v.base && isLocalizable(v.path);
  // A page kept out of the index names no canonical URL (the two would be contradicting signals).
  const noindex = !!backoffice || !!v.noindex || isNoindex(v.path, search);
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} – ${v.body?.shortName || v.body?.name || 'Q-Gesy'}`}</title>
      <link rel="stylesheet" href="/static/app.css" />
      <link rel="icon" href="/logo" />
      {noindex ? <meta name="robots" content={backoffice ? 'noindex, nofollow' : 'noindex, follow'} /> : null}
      {/* Pages of the portal module write their own canonical link and description (MetaHead): */}
      {!backoffice && !extra ? (
        <>
          <meta name="description" content={description ?? describePage(v.path, v.locale)} />
          {v.base && !noindex ? <link rel="canonical" href={v.base + localizedPath(v.locale, v.path)} /> : null}
        </>
      ) : null}
      {alternates ? (
        <>
          <link rel="alternate" hreflang="id" href={v.base + v.path + search} />
          <link rel="alternate" hreflang="en" href={v.base + localizedPath('en', v.path + search)} />
          <link rel="alternate" hreflang="x-default" href={v.base + v.path + search} />
        </>
      ) : null}
      {extra}
    </head>
  );
};

const Brand: FC<{ v: View }> = ({ v }) => (
  <a class="brand" href="/">
    <img src="/logo" alt="" width="40" height="40" />
    <span>
      <span class="brand-name" lang={idText(v)}>
        {v.body?.name ?? 'Q-Gesy'}
      </span>
      <span class="brand-sub">PPID · {v.t('app.tagline')}</span>
    </span>
  </a>
);

const Notice: FC<{ v: View }> = ({ v }) => (
  <>
    {v.notice ? (
      <div class="notice" role="status">
        {v.notice}
      </div>
    ) : null}
    {v.calendarGaps?.length ? (
      <div class="warn-box calendar-gap" role="note" data-calendar-gap={v.calendarGaps.join(',')}>
        <strong>{v.locale === 'en' ? 'Warning: ' : 'Peringatan: '}</strong>
        {calendarGapMessage(v.calendarGaps)[v.locale === 'en' ? 'en' : 'id']}
      </div>
    ) : null}
  </>
);

const Footer: FC<{ v: View }> = ({ v }) => {
  const b = v.body;
  return (
    <footer class="site-footer">
      <div class="wrap footer-grid">
        {b && (b.ppidContactName || b.ppidContactEmail || b.ppidContactPhone || b.address) ? (
          <section aria-labelledby="f-contact">
            <h2 id="f-contact">{v.t('footer.contact')}</h2>
            <p>
              {b.ppidContactName && (
                <>
                  {b.ppidContactName}
                  <br />
                </>
              )}
              {b.address && (
                <>
                  <span lang={idText(v)}>{b.address}</span>
                  <br />
                </>
              )}
              {b.ppidContactPhone && (
                <>
                  {v.t('common.phone')}: <a href={`tel:${b.ppidContactPhone.replace(/[^+\d]/g, '')}`}>{b.ppidContactPhone}</a>
                  <br />
                </>
              )}
              {b.ppidContactEmail && (
                <>
                  {v.t('common.email')}: <a href={`mailto:${b.ppidContactEmail}`}>{b.ppidContactEmail}</a>
                </>
              )}
            </p>
          </section>
        ) : null}
        {b?.serviceHours ? (
          <section aria-labelledby="f-hours">
            <h2 id="f-hours">{v.t('footer.hours')}</h2>
            <p class="pre" lang={idText(v)}>
              {b.serviceHours}
            </p>
          </section>
        ) : null}
        <section aria-labelledby="f-about">
          <h2 id="f-about">{v.t('nav.about')}</h2>
          <p>{v.t('footer.law')}</p>
          <p>
            <a href="/kalkulator-tenggat">{v.t('footer.calculator')}</a>
          </p>
          <p>
            <a href="/permohonan/lacak">{tm(v, 'components.layout.track_request')}</a>
          </p>
          <p>
            <a href="/akun">{tm(v, 'components.layout.my_requests')}</a>
          </p>
          <p>
            <a href="/permohonan/keberatan">{tm(v, 'components.layout.file_objection')}</a>
          </p>
          <p>
            <a href="/statistik-layanan">{tm(v, 'components.layout.service_statistics')}</a>
          </p>
          <p>
            <a href="/informasi-dikecualikan">{tm(v, 'components.layout.exempt_information')}</a>
          </p>
          <p class="muted">{v.t('footer.powered')}</p>
        </section>
      </div>
    </footer>
  );
};

const UserBox: FC<{ v: View }> = ({ v }) =>
  v.actor.kind === 'user' ? (
    <form method="post" action="/keluar" class="inline">
      <Csrf v={v} />
      <button type="submit" class="link-button">
        {v.t('nav.logout')}
      </button>
    </form>
  ) : (
    <a href="/masuk">{v.t('nav.login')}</a>
  );

/**
 * `head`: page-specific elements for <head> (canonical link, description, Open Graph, JSON-LD); a page
 * without them gets its description (`description`, else the one seo.ts keeps for its path) and canonical
 * link here. On a phone the navigation folds into a `<details>` menu that needs no JavaScript.
 */
export const PublicLayout: FC<{ v: View; title: string; head?: Child; description?: string; children?: Child }> = ({
  v,
  title,
  head,
  description,
  children,
}) => (
  <>
    {raw('<!DOCTYPE html>')}
    <html lang={v.locale}>
      <Head v={v} title={title} extra={head} description={description} />
      <body>
        <a class="skip" href="#main">
          {v.t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <Brand v={v} />
            <details class="menu">
              <summary>{v.t('nav.menu')}</summary>
              <nav aria-label={v.t('nav.main')} class="main-nav">
                <ul>
                  <li>
                    <a href="/" aria-current={v.path === '/' ? 'page' : undefined}>
                      {v.t('nav.home')}
                    </a>
                  </li>
                  <li>
                    <a href="/informasi" aria-current={/^\/(informasi|kategori|dip)(\/|\?|$)/.test(v.path) ? 'page' : undefined}>
                      {tm(v, 'components.layout.information_list')}
                    </a>
                  </li>
                  <li>
                    <a href="/cari" aria-current={/^\/cari(\?|$)/.test(v.path) ? 'page' : undefined}>
                      {tm(v, 'components.layout.search')}
                    </a>
                  </li>
                  <li>
                    <a href="/unit" aria-current={/^\/unit(\/|\?|$)/.test(v.path) ? 'page' : undefined}>
                      {v.t('nav.units')}
                    </a>
                  </li>
                  <li>
                    <a href="/permohonan" aria-current={/^\/permohonan(\/|\?|$)/.test(v.path) ? 'page' : undefined}>
                      {tm(v, 'components.layout.request_information')}
                    </a>
                  </li>
                  {v.actor.kind === 'user' ? (
                    <li>
                      <a href="/admin">{v.t('nav.backoffice')}</a>
                    </li>
                  ) : null}
                  <li>
                    <UserBox v={v} />
                  </li>
                  <li>
                    <LangSwitch v={v} />
                  </li>
                </ul>
              </nav>
            </details>
          </div>
        </header>
        <main id="main" tabindex={-1} class="wrap">
          <Notice v={v} />
          {children}
        </main>
        <Footer v={v} />
      </body>
    </html>
  </>
);

type NavItem = { href: string; label: MessageKey; action: Action; unit?: boolean };

const BACKOFFICE_NAV: NavItem[] = [
  { href: '/admin', label: 'bo.dashboard', action: 'backoffice.view' },
  { href: '/admin/permohonan', label: 'bo.requests', action: 'request.list' },
  { href: '/admin/dip', label: 'bo.dip', action: 'backoffice.view' },
  { href: '/admin/dip/tinjauan', label: 'bo.dip_review', action: 'dip.review' },
  { href: '/admin/penetapan-dip', label: 'bo.penetapan_dip', action: 'dip.penetapan_view' },
  { href: '/admin/monev', label: 'bo.monev', action: 'dip.monitor' },
  { href: '/admin/pencarian', label: 'bo.search_insights', action: 'search.insights' },
  { href: '/admin/unit', label: 'bo.units', action: 'units.list' },
  { href: '/admin/pengguna', label: 'bo.users', action: 'users.view' },
  { href: '/admin/badan-publik', label: 'bo.org', action: 'org.manage' },
  { href: '/admin/pencarian/kamus', label: 'bo.search_dictionary', action: 'search.dictionary' },
  { href: '/admin/kalender', label: 'bo.calendar', action: 'calendar.view' },
  { href: '/admin/keberatan', label: 'bo.objections', action: 'objection.view' },
  { href: '/admin/informasi', label: 'bo.classified', action: 'classified.list' },
  { href: '/admin/laporan-tahunan', label: 'bo.annual_report', action: 'report.annual' },
  { href: '/admin/uji-konsekuensi', label: 'bo.exemptions', action: 'exemption.view', unit: true },
  { href: '/admin/uji-konsekuensi/peninjauan', label: 'bo.exemption_reviews', action: 'exemption.expiry' },
  { href: '/admin/sengketa', label: 'bo.disputes', action: 'dispute.view' },
  { href: '/admin/audit', label: 'bo.audit', action: 'audit.view' },
  { href: '/admin/kotak-keluar', label: 'bo.outbox', action: 'outbox.view' },
  { href: '/admin/akun', label: 'bo.account', action: 'account.manage_own' },
];

/** work-queue: the count of waiting work on a navigation link, spoken as part of the link's text. */
const NavCount: FC<{ v: View; href: string }> = ({ v, href }) => {
  const n = v.workQueueNav?.[href] ?? 0;
  if (!n) return null;
  return (
    <>
      {' '}
      <span class="nav-count" aria-hidden="true">
        {n}
      </span>
      <span class="visually-hidden">{tm(v, 'components.layout.need_action', { n })}</span>
    </>
  );
};

export const BackofficeLayout: FC<{ v: View; title: string; children?: Child }> = ({ v, title, children }) => {
  // A unit-scoped item is asked about the actor's own unit (a PPID Pembantu sees its own unit's work).
  const items = BACKOFFICE_NAV.filter((i) => can(v.actor, i.action, i.unit && v.actor.kind === 'user' ? { unitId: v.actor.unitId } : {}));
  const ownUnit = v.actor.kind === 'user' && v.actor.unitId && !can(v.actor, 'units.list') ? v.actor.unitId : null;
  // The longest matching link is the current one (/admin/dip/tinjauan, not also /admin/dip).
  const matches = (href: string) => (href === '/admin' ? v.path === '/admin' : v.path === href || v.path.startsWith(`${href}/`));
  const best = [...items.map((i) => i.href), ...(ownUnit ? ['/admin/unit', '/admin/monev'] : [])].filter(matches).sort((a, b) => b.length - a.length)[0];
  const current = (href: string) => (href === best ? 'page' : undefined);
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={v.locale}>
        <Head v={v} title={title} backoffice />
        <body class="backoffice">
          <a class="skip" href="#main">
            {v.t('nav.skip')}
          </a>
          <header class="site-header">
            <div class="wrap header-row">
              <Brand v={v} />
              <nav aria-label={v.t('nav.main')} class="main-nav">
                <ul>
                  <li>
                    <a href="/">{v.t('nav.home')}</a>
                  </li>
                  <li>
                    <span class="who">{v.actor.kind === 'user' ? v.actor.name : ''}</span>
                  </li>
                  <li>
                    <UserBox v={v} />
                  </li>
                  <li>
                    <LangSwitch v={v} />
                  </li>
                </ul>
              </nav>
            </div>
          </header>
          <div class="wrap bo-grid">
            {/* On a phone the workspace links fold into a menu (no JavaScript), so that the page's own
                content starts near the top; on wide screens the menu is always open (app.css). */}
            <details class="bo-menu">
              <summary>
                {tm(v, 'components.layout.workspace_menu')}
                <NavCount v={v} href="/admin" />
              </summary>
              <nav aria-label={v.t('bo.nav')} class="bo-nav">
                <ul>
                  {items.map((i) => (
                    <li>
                      <a href={i.href} aria-current={current(i.href)}>
                        {v.t(i.label)}
                        <NavCount v={v} href={i.href} />
                      </a>
                    </li>
                  ))}
                  {ownUnit ? (
                    <li>
                      <a href={`/admin/unit/${ownUnit}`} aria-current={current('/admin/unit')}>
                        {v.t('bo.my_unit')}
                      </a>
                    </li>
                  ) : null}
                  {ownUnit && !can(v.actor, 'dip.monitor') ? (
                    <li>
                      <a href="/admin/monev" aria-current={current('/admin/monev')}>
                        {tm(v, 'components.layout.my_unit_s_dip_score')}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </nav>
            </details>
            <main id="main" tabindex={-1}>
              <Notice v={v} />
              {children}
            </main>
          </div>
        </body>
      </html>
    </>
  );
};
