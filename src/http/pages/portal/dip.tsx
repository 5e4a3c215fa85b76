// Portal page with the whole body's DIP table.
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { FC } from 'hono/jsx';
import type { PublicEntry } from '../../../domain/dip/public.js';
import { PublicLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader, type Crumb } from '../../components/page-header.js';
import { type Meta, MetaHead, Pager } from './navigation.js';
import { DipTable, DownloadLinks } from './dip-table.js';

export type DipPageProps = {
  v: View;
  items: PublicEntry[];
  total: number;
  page: number;
  pageSize: number;
  meta: Meta;
  crumbs: Crumb[];
  /** The latest Penetapan DIP (Perki 1/2021 Ps 23(2)(d)), when one was issued. */
  penetapan?: { number: string; decidedOn: string; versionNo: number } | null;
};

export const DipPage: FC<DipPageProps> = ({ v, items, total, page, pageSize, meta, crumbs, penetapan }) => {
  const title = tm(v, 'portal.dip.public_information_register');
  return (
    <PublicLayout v={v} title={page > 1 ? `${title} (${v.t('common.page', { n: page })})` : title} head={<MetaHead v={v} meta={meta} />}>
      <PageHeader
        v={v}
        crumbs={crumbs}
        title={title}
        lead={tx(
          v,
          `Daftar seluruh informasi publik ${v.body?.name ?? ''} yang berada di bawah penguasaannya, tidak termasuk informasi yang dikecualikan (Pasal 11 ayat 1 huruf a UU KIP).`,
          `The list of all public information held by ${v.body?.name ?? 'this public body'}, excluding exempt information (Art. 11(1)(a), Law 14/2008).`,
        )}
      />
      {penetapan ? (
        <p class="penetapan">
          {tx(
            v,
            `Ditetapkan dengan Keputusan PPID Utama Nomor ${penetapan.number} tanggal ${formatLongDate(penetapan.decidedOn, 'id').replace(/^[^,]+, /, '')} (versi ${penetapan.versionNo}). `,
            `Set by decision of the PPID Utama No. ${penetapan.number} of ${formatLongDate(penetapan.decidedOn, 'en').replace(/^[^,]+, /, '')} (version ${penetapan.versionNo}). `,
          )}
          <a href="/dip/penetapan.pdf">{tm(v, 'portal.dip.download_decision_pdf')}</a>
        </p>
      ) : null}
      {total ? (
        <>
          <DownloadLinks v={v} base="/dip" />
          <DipTable v={v} items={items} groupByUnit caption={tm(v, 'portal.dip.entries_agency_number', { total })} />
          <Pager v={v} page={page} pageSize={pageSize} total={total} path="/dip" params={{}} />
        </>
      ) : (
        <p class="empty">{tm(v, 'portal.dip.no_information_has_been_published')}</p>
      )}
    </PublicLayout>
  );
};
