// Back-office page of the Penetapan DIP (Perki 1/2021 Ps 23(2)(d)): the versions issued, each with its letter
// (PDF) and list (xlsx), and, for the PPID Utama, the form that issues a new one from the list as it stands.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { PenetapanSummary } from '../../../domain/dip/penetapan.js';
import { can } from '../../../policies/index.js';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

export type PenetapanValues = { number: string; decidedOn: string };

export const PenetapanDipPage: FC<{
  v: View;
  list: PenetapanSummary[];
  publicCount: number;
  values: PenetapanValues;
  errors?: FieldErrors | undefined;
}> = ({ v, list, publicCount, values, errors }) => {
  const title = tx(v, 'Penetapan Daftar Informasi Publik', 'Public Information Register decisions');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          'PPID Utama menetapkan Daftar Informasi Publik dengan keputusan bernomor (Perki 1/2021 Pasal 23 ayat (2) huruf d). Setiap penetapan menyimpan daftar sebagaimana adanya saat ditetapkan: hanya informasi publik yang sudah diterbitkan.',
          'The PPID Utama sets the Public Information Register by a numbered decision (Perki 1/2021 Art. 23(2)(d)). Each decision keeps the list as it stood when issued: published public information only.',
        )}
      </p>
      {can(v.actor, 'dip.penetapan_issue') ? (
        <section aria-labelledby="new-heading">
          <h2 id="new-heading">{tx(v, 'Tetapkan versi baru', 'Issue a new version')}</h2>
          <p>{tx(v, `Daftar saat ini memuat ${publicCount} informasi publik.`, `The list now holds ${publicCount} public entries.`)}</p>
          <ErrorSummary v={v} errors={errors} />
          <form method="post" action="/admin/penetapan-dip" novalidate class="narrow">
            <Csrf v={v} />
            <Input
              name="number"
              label={tx(v, 'Nomor keputusan', 'Decision number')}
              hint={tx(v, 'Mis. 001/PPID/DIP/2026.', 'E.g. 001/PPID/DIP/2026.')}
              value={values.number}
              errors={errors}
              required
              maxlength={120}
            />
            <Input name="decidedOn" type="date" label={tx(v, 'Tanggal penetapan', 'Date of the decision')} value={values.decidedOn} errors={errors} required />
            <Actions>
              <button type="submit">{tx(v, 'Tetapkan', 'Issue')}</button>
            </Actions>
          </form>
        </section>
      ) : null}
      <div class="table-wrap" tabindex={0} role="region" aria-labelledby="pen-caption">
        <table>
          <caption id="pen-caption">{tx(v, `Versi penetapan (${list.length})`, `Versions (${list.length})`)}</caption>
          <thead>
            <tr>
              <th scope="col">{tx(v, 'Versi', 'Version')}</th>
              <th scope="col">{tx(v, 'Nomor', 'Number')}</th>
              <th scope="col">{tx(v, 'Tanggal', 'Date')}</th>
              <th scope="col">{tx(v, 'Jumlah informasi', 'Entries')}</th>
              <th scope="col">{tx(v, 'Ditandatangani', 'Signed by')}</th>
              <th scope="col">{tx(v, 'Berkas', 'Files')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr>
                <td>{p.versionNo}</td>
                <td>{p.number}</td>
                <td>{formatLongDate(p.decidedOn, v.locale === 'en' ? 'en' : 'id')}</td>
                <td>{p.entryCount}</td>
                <td>{p.signerName}</td>
                <td>
                  <a href={`/admin/penetapan-dip/${p.id}/penetapan.pdf`}>
                    PDF<span class="visually-hidden"> {p.number}</span>
                  </a>{' '}
                  ·{' '}
                  <a href={`/admin/penetapan-dip/${p.id}/penetapan.xlsx`}>
                    XLSX<span class="visually-hidden"> {p.number}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </BackofficeLayout>
  );
};
