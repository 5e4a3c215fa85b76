// Portal page of one DIP entry with its documents.
import type { FC } from 'hono/jsx';
import type { PublicDocument, PublicEntry } from '../../../domain/dip/public.js';
import { subtypeLabel } from '../../../domain/dip/subtypes.js';
import { idText, PublicLayout, type View, tm } from '../../components/layout.js';
import { Breadcrumbs, type Crumb } from '../../components/page-header.js';
import { type Meta, MetaHead } from './navigation.js';
import { CATEGORY_SLUGS, catLabel, docType, documentHref, formatBytes, formatDate, href, requestHref, RequestLink } from './shared.js';
import { formsText } from './dip-table.js';

// --- one entry --------------------------------------------------------------------------------------

export type EntryPageProps = { v: View; e: PublicEntry; docs: PublicDocument[]; crumbs: Crumb[]; meta: Meta };

export const EntryPage: FC<EntryPageProps> = ({ v, e, docs, crumbs, meta }) => (
  <PublicLayout v={v} title={e.title} head={<MetaHead v={v} meta={meta} />}>
    {/* The heading below names the entry: the trail stops at its parent. */}
    <Breadcrumbs v={v} items={crumbs.slice(0, -1)} />
    <article class="entry">
      <h1 lang={idText(v)}>{e.title}</h1>
      <p class="entry-tags">
        <a class={`cat cat-${CATEGORY_SLUGS[e.category]}`} href={`/kategori/${CATEGORY_SLUGS[e.category]}`}>
          {catLabel(v, e.category)}
        </a>{' '}
        <span class="badge">{subtypeLabel(e.subtype, v.locale)}</span>
      </p>
      <p class="lead pre" lang={idText(v)}>
        {e.summary}
      </p>
      <p class="muted small updated">
        {tm(v, 'portal.entry.updated')}
        <time datetime={e.updatedAt.toISOString()}>{formatDate(v, e.updatedAt)}</time>
        {' · '}
        {tm(v, 'portal.entry.version', { eVersionNo: e.versionNo })}
        {e.firstPublishedAt.getTime() !== e.updatedAt.getTime() ? (
          <>
            {' · '}
            {tm(v, 'portal.entry.first_published')}
            <time datetime={e.firstPublishedAt.toISOString()}>{formatDate(v, e.firstPublishedAt)}</time>
          </>
        ) : null}
      </p>

      <section aria-labelledby="docs-h">
        <h2 id="docs-h">{tm(v, 'portal.entry.documents')}</h2>
        {docs.length ? (
          <ul class="docs">
            {docs.map((d) => (
              <li>
                <a href={documentHref(d)} class="doc-link">
                  {d.filename}
                </a>{' '}
                <span class="muted">
                  ({docType(d)}, {formatBytes(v, d.size)})
                </span>
                {d.mime === 'application/pdf' ? (
                  <>
                    {' '}
                    <a href={`/dokumen/${d.id}?pratinjau=1`} class="preview" aria-label={tm(v, 'portal.entry.preview', { dFilename: d.filename })}>
                      {tm(v, 'portal.entry.preview_2')}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <>
            <p>{tm(v, 'portal.entry.there_no_file_download_here')}</p>
            <RequestLink v={v} to={requestHref({ dip: e.number })} />
          </>
        )}
      </section>

      <section aria-labelledby="facts-h">
        <h2 id="facts-h">{tm(v, 'portal.entry.register_details')}</h2>
        <dl class="facts">
          <dt>{tm(v, 'portal.dip-table.number')}</dt>
          <dd>{e.number}</dd>
          <dt>{tm(v, 'portal.entry.category')}</dt>
          <dd>{catLabel(v, e.category)}</dd>
          <dt>{tm(v, 'portal.entry.type_information')}</dt>
          <dd>{subtypeLabel(e.subtype, v.locale)}</dd>
          <dt>{tm(v, 'portal.entry.agency')}</dt>
          <dd>
            <a href={`/unit/${e.unitCode}`} lang={idText(v)}>
              {e.unitName}
            </a>
          </dd>
          <dt>{tm(v, 'portal.dip-table.official_unit_holding_information')}</dt>
          <dd lang={idText(v)}>{e.holder || e.unitName}</dd>
          <dt>{tm(v, 'portal.dip-table.responsible_making_issuing_information')}</dt>
          <dd lang={idText(v)}>{e.responsible}</dd>
          <dt>{tm(v, 'portal.entry.when_made')}</dt>
          <dd>{e.madeWhen || '–'}</dd>
          <dt>{tm(v, 'portal.entry.where_made')}</dt>
          <dd>{e.madePlace || '–'}</dd>
          <dt>{tm(v, 'portal.dip-table.forms_available')}</dt>
          <dd>{formsText(v, e) || '–'}</dd>
          <dt>{tm(v, 'portal.dip-table.retention_period')}</dt>
          <dd>{e.retention || '–'}</dd>
          {e.year || e.periodLabel ? (
            <>
              <dt>{tm(v, 'portal.entry.year_period')}</dt>
              <dd>{[e.year, e.periodLabel].filter(Boolean).join(' – ')}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {e.tags.length ? (
        <section aria-labelledby="tags-h">
          <h2 id="tags-h">{tm(v, 'portal.entry.keywords')}</h2>
          <ul class="tag-list">
            {e.tags.map((tag) => (
              <li>
                <a href={href('/cari', { q: /\s/.test(tag) ? `"${tag.replace(/"/g, '')}"` : tag })} class="badge">
                  {tag}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {e.links.length ? (
        <section aria-labelledby="links-h">
          <h2 id="links-h">{tm(v, 'portal.entry.related_links')}</h2>
          <ul>
            {e.links.map((l) => (
              <li>
                <a href={l.url} rel="noopener noreferrer">
                  {l.label || l.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="help-h" class="help">
        <h2 id="help-h">{tm(v, 'portal.entry.need_other_information')}</h2>
        <p>{tm(v, 'portal.entry.if_information_you_need_not')}</p>
        <p>
          <a href={requestHref({ unit: e.unitCode })}>{tm(v, 'portal.entry.request_other_information_from', { eUnitName: e.unitName })}</a>
        </p>
      </section>
    </article>
  </PublicLayout>
);
