// Portal page of one DIP entry with its documents.
import type { FC } from 'hono/jsx';
import type { PublicDocument, PublicEntry } from '../../../domain/dip/public.js';
import { subtypeLabel } from '../../../domain/dip/subtypes.js';
import { idText, PublicLayout, tx, type View } from '../../components/layout.js';
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
        {tx(v, 'Diperbarui ', 'Updated ')}
        <time datetime={e.updatedAt.toISOString()}>{formatDate(v, e.updatedAt)}</time>
        {' · '}
        {tx(v, `versi ${e.versionNo}`, `version ${e.versionNo}`)}
        {e.firstPublishedAt.getTime() !== e.updatedAt.getTime() ? (
          <>
            {' · '}
            {tx(v, 'pertama terbit ', 'first published ')}
            <time datetime={e.firstPublishedAt.toISOString()}>{formatDate(v, e.firstPublishedAt)}</time>
          </>
        ) : null}
      </p>

      <section aria-labelledby="docs-h">
        <h2 id="docs-h">{tx(v, 'Dokumen', 'Documents')}</h2>
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
                    <a href={`/dokumen/${d.id}?pratinjau=1`} class="preview" aria-label={tx(v, `Pratinjau ${d.filename}`, `Preview ${d.filename}`)}>
                      {tx(v, 'Pratinjau', 'Preview')}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <>
            <p>
              {tx(
                v,
                'Belum ada berkas yang dapat diunduh di sini. Informasi ini tersedia atas permintaan: ajukan permohonan kepada PPID, yang wajib menjawab secara tertulis paling lambat 10 hari kerja.',
                'There is no file to download here yet. This information is available on request: ask the PPID, who must answer in writing within 10 working days.',
              )}
            </p>
            <RequestLink v={v} to={requestHref({ dip: e.number })} />
          </>
        )}
      </section>

      <section aria-labelledby="facts-h">
        <h2 id="facts-h">{tx(v, 'Keterangan DIP', 'Register details')}</h2>
        <dl class="facts">
          <dt>{tx(v, 'Nomor', 'Number')}</dt>
          <dd>{e.number}</dd>
          <dt>{tx(v, 'Kategori', 'Category')}</dt>
          <dd>{catLabel(v, e.category)}</dd>
          <dt>{tx(v, 'Jenis informasi', 'Type of information')}</dt>
          <dd>{subtypeLabel(e.subtype, v.locale)}</dd>
          <dt>{tx(v, 'Unit kerja', 'Agency')}</dt>
          <dd>
            <a href={`/unit/${e.unitCode}`} lang={idText(v)}>
              {e.unitName}
            </a>
          </dd>
          <dt>{tx(v, 'Pejabat/unit yang menguasai informasi', 'Official or unit holding the information')}</dt>
          <dd lang={idText(v)}>{e.holder || e.unitName}</dd>
          <dt>{tx(v, 'Penanggung jawab pembuatan atau penerbitan informasi', 'Responsible for making or issuing the information')}</dt>
          <dd lang={idText(v)}>{e.responsible}</dd>
          <dt>{tx(v, 'Waktu pembuatan', 'When made')}</dt>
          <dd>{e.madeWhen || '–'}</dd>
          <dt>{tx(v, 'Tempat pembuatan', 'Where made')}</dt>
          <dd>{e.madePlace || '–'}</dd>
          <dt>{tx(v, 'Bentuk informasi yang tersedia', 'Forms available')}</dt>
          <dd>{formsText(v, e) || '–'}</dd>
          <dt>{tx(v, 'Jangka waktu penyimpanan', 'Retention period')}</dt>
          <dd>{e.retention || '–'}</dd>
          {e.year || e.periodLabel ? (
            <>
              <dt>{tx(v, 'Tahun/periode', 'Year/period')}</dt>
              <dd>{[e.year, e.periodLabel].filter(Boolean).join(' – ')}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {e.tags.length ? (
        <section aria-labelledby="tags-h">
          <h2 id="tags-h">{tx(v, 'Kata kunci', 'Keywords')}</h2>
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
          <h2 id="links-h">{tx(v, 'Tautan terkait', 'Related links')}</h2>
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
        <h2 id="help-h">{tx(v, 'Butuh informasi lain?', 'Need other information?')}</h2>
        <p>
          {tx(
            v,
            'Jika informasi yang Anda perlukan belum tersedia di sini, Anda dapat mengajukan permohonan informasi kepada PPID. PPID wajib menjawab secara tertulis paling lambat 10 hari kerja.',
            'If the information you need is not here, you can send an information request to the PPID, who must answer in writing within 10 working days.',
          )}
        </p>
        <p>
          <a href={requestHref({ unit: e.unitCode })}>{tx(v, `Minta informasi lain dari ${e.unitName}`, `Request other information from ${e.unitName}`)}</a>
        </p>
      </section>
    </article>
  </PublicLayout>
);
