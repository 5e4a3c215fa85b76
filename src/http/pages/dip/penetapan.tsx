// Back-office page of the Penetapan DIP (Perki 1/2021 Ps 23(2)(d)): the versions issued, each with its letter
// (PDF) and list (xlsx), and, for the PPID Utama, the form that issues a new one from the list as it stands.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { PenetapanSummary } from '../../../domain/dip/penetapan.js';
import { can } from '../../../policies/index.js';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';

export type PenetapanValues = { number: string; decidedOn: string };

export const PenetapanDipPage: FC<{
  v: View;
  list: PenetapanSummary[];
  publicCount: number;
  values: PenetapanValues;
  errors?: FieldErrors | undefined;
}> = ({ v, list, publicCount, values, errors }) => {
  const title = tm(v, 'dip.penetapan.public_information_register_decisions');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>{tm(v, 'dip.penetapan.ppid_utama_sets_public_information')}</p>
      {can(v.actor, 'dip.penetapan_issue') ? (
        <section aria-labelledby="new-heading">
          <h2 id="new-heading">{tm(v, 'dip.penetapan.issue_new_version')}</h2>
          <p>{tm(v, 'dip.penetapan.list_now_holds_public_entries', { publicCount })}</p>
          <ErrorSummary v={v} errors={errors} />
          <form method="post" action="/admin/penetapan-dip" novalidate class="narrow">
            <Csrf v={v} />
            <Input
              name="number"
              label={tm(v, 'dip.penetapan.decision_number')}
              hint={tm(v, 'dip.penetapan.e_g_001_ppid_dip')}
              value={values.number}
              errors={errors}
              required
              maxlength={120}
            />
            <Input name="decidedOn" type="date" label={tm(v, 'dip.penetapan.date_decision')} value={values.decidedOn} errors={errors} required />
            <Actions>
              <button type="submit">{tm(v, 'dip.penetapan.issue')}</button>
            </Actions>
          </form>
        </section>
      ) : null}
      <div class="table-wrap" tabindex={0} role="region" aria-labelledby="pen-caption">
        <table>
          <caption id="pen-caption">{tm(v, 'dip.penetapan.versions', { listLength: list.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{tm(v, 'dip.penetapan.version')}</th>
              <th scope="col">{tm(v, 'dip-entry.detail-parts.number')}</th>
              <th scope="col">{tm(v, 'dip.penetapan.date')}</th>
              <th scope="col">{tm(v, 'dip.penetapan.entries')}</th>
              <th scope="col">{tm(v, 'dip.penetapan.signed')}</th>
              <th scope="col">{tm(v, 'dip.penetapan.files')}</th>
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
