// The Buku Register Permohonan as a back-office page, a year at a time, with its xlsx download.
import type { FC } from 'hono/jsx';
import { REGISTER_COLUMNS, type RegisterRow } from '../../../domain/requests/register.js';
import { BackofficeLayout, tx, type View } from '../../components/layout.js';
import { RegisterTable, RegisterYear } from '../../components/register-table.js';
import { dateOnly } from '../../dates.js';

export const RequestRegisterPage: FC<{ v: View; year: number; rows: RegisterRow[] }> = ({ v, year, rows }) => {
  const title = `${tx(v, 'Buku register permohonan', 'Request register')} ${year}`;
  const day = (d: Date) => dateOnly(v, d, 'medium');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          'Kolom menurut format register Perki 1/2010. Berisi data pribadi pemohon: hanya untuk PPID Utama.',
          'Columns as in the Perki 1/2010 register. It holds applicants’ personal data: for the lead PPID only.',
        )}
      </p>
      <RegisterYear
        v={v}
        action="/admin/permohonan/register"
        year={year}
        xlsx="/admin/permohonan/register.xlsx"
        download={tx(v, 'Unduh register (xlsx)', 'Download the register (xlsx)')}
      />
      {rows.length === 0 ? (
        <p class="muted">{tx(v, 'Belum ada permohonan pada tahun ini.', 'No requests in this year.')}</p>
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
