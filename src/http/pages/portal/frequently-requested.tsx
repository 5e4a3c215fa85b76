// "Informasi yang pernah dimohon" (issue 13 item 3): published DIP entries made from answered requests,
// most requested first. Public; nothing about the requests or the applicants.
import type { FC } from 'hono/jsx';
import type { frequentlyRequested } from '../../../domain/dip/frequently-requested.js';
import { idText, PublicLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

export const FrequentlyRequestedPage: FC<{ v: View; rows: Awaited<ReturnType<typeof frequentlyRequested>> }> = ({ v, rows }) => {
  const title = tx(v, 'Informasi yang pernah dimohon', 'Information asked for before');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          'Informasi yang pernah diberikan atas permohonan dan kini diterbitkan di Daftar Informasi Publik, yang paling sering dimohon lebih dulu. Anda dapat langsung mengunduhnya tanpa mengajukan permohonan.',
          'Information given on request and now published in the Public Information Register, most requested first. You can download it directly, without a request.',
        )}
      />
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
        <p>{tx(v, 'Belum ada informasi yang diterbitkan dari permohonan.', 'No information published from requests yet.')}</p>
      )}
      <p>
        <a href="/informasi">{tx(v, 'Telusuri semua informasi', 'Browse all information')}</a>
      </p>
    </PublicLayout>
  );
};
