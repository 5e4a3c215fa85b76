// The Buku Register Permohonan as a back-office page, a year at a time, with its xlsx download.
import type { FC } from 'hono/jsx';
import { REGISTER_COLUMNS, type RegisterRow } from '../../../domain/requests/register.js';
import { BackofficeLayout, type View, tm } from '../../components/layout.js';
import { RegisterTable, RegisterYear } from '../../components/register-table.js';
import { dateOnly } from '../../dates.js';

export const RequestRegisterPage: FC<{ v: View; year: number; rows: RegisterRow[] }> = ({ v, year, rows }) => {
  const title = `${tm(v, 'requests-intake.register.request_register')} ${year}`;
  const day = (d: Date) => dateOnly(v, d, 'medium');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>{tm(v, 'requests-intake.register.columns_perki_1_2010_register')}</p>
      <RegisterYear
        v={v}
        action="/admin/permohonan/register"
        year={year}
        xlsx="/admin/permohonan/register.xlsx"
        download={tm(v, 'requests-intake.register.download_register_xlsx')}
      />
      {rows.length === 0 ? (
        <p class="muted">{tm(v, 'requests-intake.register.no_requests_year')}</p>
      ) : (
        <RegisterTable title={title} heads={REGISTER_COLUMNS.map((c) => c.head)}>
          {rows.map((r) => (
            <tr>
              {REGISTER_COLUMNS.map((c) => (
                <td data-label={c.head}>{c.key === 'receivedAt' ? day(r.receivedAt) : String(r[c.key]) || '–'}</td>
              ))}
            </tr>
          ))}
        </RegisterTable>
      )}
    </BackofficeLayout>
  );
};
