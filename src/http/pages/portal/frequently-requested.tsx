// "Informasi yang pernah dimohon" (issue 13 item 3): published DIP entries made from answered requests,
// most requested first. Public; nothing about the requests or the applicants.
import type { FC } from 'hono/jsx';
import type { frequentlyRequested } from '../../../domain/dip/frequently-requested.js';
import { idText, PublicLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

export const FrequentlyRequestedPage: FC<{ v: View; rows: Awaited<ReturnType<typeof frequentlyRequested>> }> = ({ v, rows }) => {
  const title = tm(v, 'portal.frequently-requested.information_asked_before');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'portal.frequently-requested.information_given_request_now_published')} />
      {rows.length ? (
        <ol class="plain-list">
          {rows.map((e) => (
            <li>
              <a href={`/informasi/${e.slug}`} lang={idText(v)}>
                {e.title}
              </a>
              <span class="muted small block">
                {e.unitName} · {e.number} · {tx(v, `dimohon ${e.requests} kali`, `requested ${e.requests} time${e.requests === 1 ? '' : 's'}`)}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{tm(v, 'portal.frequently-requested.no_information_published_from_requests')}</p>
      )}
      <p>
        <a href="/informasi">{tm(v, 'portal.frequently-requested.browse_all_information')}</a>
      </p>
    </PublicLayout>
  );
};
