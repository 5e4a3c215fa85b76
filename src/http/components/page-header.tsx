// The head of a page: an optional back link or breadcrumbs, the title (the page's one h1), an optional
// sub-navigation under it, and an optional lead paragraph. The same markup every page wrote by hand.
import type { Child, FC } from 'hono/jsx';
import { type View, tm } from './layout.js';

export type Crumb = { label: string; href?: string };

export const Breadcrumbs: FC<{ v: View; items: Crumb[] }> = ({ v, items }) => (
  <nav aria-label={tm(v, 'components.page-header.breadcrumb')} class="crumbs">
    <ol>
      {items.map((c) => (
        <li>{c.href ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
      ))}
    </ol>
  </nav>
);

export const PageHeader: FC<{
  v: View;
  title: Child;
  /** A link back to where the page was opened from ("← Kembali"), above the title. */
  back?: { href: string; label: Child };
  /** The portal's trail of pages, above the title. */
  crumbs?: Crumb[];
  /** Tabs between pages of one area, under the title. */
  nav?: Child;
  lead?: Child;
}> = ({ v, title, back, crumbs, nav, lead }) => (
  <>
    {back ? (
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    ) : null}
    {crumbs ? <Breadcrumbs v={v} items={crumbs} /> : null}
    <h1>{title}</h1>
    {nav ?? null}
    {lead !== undefined ? <p class="lead">{lead}</p> : null}
  </>
);
