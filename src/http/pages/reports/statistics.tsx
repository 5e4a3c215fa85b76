// Public page of the service statistics of requests, by year.
import type { FC } from 'hono/jsx';
import { GROUNDS } from '../../../domain/exemptions/grounds.js';
import { OUTCOME_LABELS } from '../../../domain/requests/labels.js';
import type { ServiceStatistics } from '../../../domain/requests/statistics.js';
import { PublicLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

export const StatisticsPage: FC<{ v: View; s: ServiceStatistics; years: number[] }> = ({ v, s, years }) => {
  const title = `${tx(v, 'Statistik layanan informasi', 'Information service statistics')} ${s.year}`;
  const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');
  const num = (n: number | null) => (n === null ? '–' : n.toLocaleString(v.locale === 'en' ? 'en-GB' : 'id-ID'));
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          'Jumlah permohonan informasi, keputusan dan lama penyelesaiannya dalam hari kerja. Tanpa data pribadi pemohon.',
          'How many requests for information, what was decided and how long answers took in working days. No personal data of applicants.',
        )}
      />
      <nav aria-label={tx(v, 'Tahun', 'Years')}>
        <p>
          {years.map((y) => (
            <>
              <a href={`/statistik-layanan?tahun=${y}`} aria-current={y === s.year ? 'page' : undefined}>
                {y}
              </a>{' '}
            </>
          ))}
        </p>
      </nav>
      <dl class="facts">
        <dt>{tx(v, 'Permohonan diterima', 'Requests received')}</dt>
        <dd>{num(s.received)}</dd>
        <dt>{tx(v, 'Sudah dijawab tertulis', 'Answered in writing')}</dt>
        <dd>{num(s.answered)}</dd>
        <dt>{tx(v, 'Masih diproses', 'Still being handled')}</dt>
        <dd>{num(s.open)}</dd>
        <dt>{tx(v, 'Dijawab dalam batas waktu', 'Answered within the deadline')}</dt>
        <dd>
          {num(s.withinDeadline)} ({pct(s.withinDeadline, s.answered)})
        </dd>
        <dt>{tx(v, 'Lama penyelesaian (hari kerja)', 'Time to answer (working days)')}</dt>
        <dd>
          {tx(v, 'rata-rata', 'mean')} {num(s.days.mean)} · {tx(v, 'median', 'median')} {num(s.days.median)} · {tx(v, 'paling lama', 'longest')}{' '}
          {num(s.days.max)}
        </dd>
        <dt>{tx(v, 'Diperpanjang', 'Extended')}</dt>
        <dd>{num(s.extended)}</dd>
        <dt>{tx(v, 'Keberatan (diputus)', 'Objections (decided)')}</dt>
        <dd>
          {num(s.objections)} ({num(s.objectionsDecided)})
        </dd>
      </dl>
      <h2>{tx(v, 'Keputusan atas permohonan', 'Decisions on requests')}</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Keputusan atas permohonan', 'Decisions on requests')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tx(v, 'Keputusan', 'Decision')}</th>
              <th scope="col">{tx(v, 'Jumlah', 'Number')}</th>
              <th scope="col">{tx(v, 'Bagian', 'Share')}</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(s.byOutcome) as (keyof typeof s.byOutcome)[]).map((o) => (
              <tr>
                <td>{tx(v, OUTCOME_LABELS[o].id, OUTCOME_LABELS[o].en)}</td>
                <td>{num(s.byOutcome[o])}</td>
                <td>{pct(s.byOutcome[o], s.answered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{tx(v, 'Penolakan menurut dasar pengecualian', 'Refusals by exemption ground')}</h2>
      {s.byOutcome.ditolak_dikecualikan ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Penolakan menurut dasar pengecualian', 'Refusals by exemption ground')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'UU 14/2008 Pasal 17', 'Art. 17 of Law 14/2008')}</th>
                <th scope="col">{tx(v, 'Jumlah', 'Number')}</th>
              </tr>
            </thead>
            <tbody>
              {GROUNDS.filter((g) => s.refusalsByGround[g.letter] > 0).map((g) => (
                <tr>
                  <td>
                    {tx(v, 'huruf', 'letter')} {g.letter}: {g.label[v.locale]}
                  </td>
                  <td>{num(s.refusalsByGround[g.letter])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{tx(v, 'Tidak ada penolakan atas dasar pengecualian pada tahun ini.', 'No refusals on exemption grounds in this year.')}</p>
      )}
      <p>
        <a href="/informasi-dikecualikan">{tx(v, 'Daftar Informasi yang Dikecualikan', 'Register of exempt information')}</a>
      </p>
      <h2>{tx(v, 'Per unit kerja', 'By agency')}</h2>
      {s.byUnit.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Per unit kerja', 'By agency')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Unit kerja', 'Agency')}</th>
                <th scope="col">{tx(v, 'Diterima', 'Received')}</th>
                <th scope="col">{tx(v, 'Dijawab', 'Answered')}</th>
              </tr>
            </thead>
            <tbody>
              {s.byUnit.map((u) => (
                <tr>
                  <td>{u.name}</td>
                  <td>{num(u.received)}</td>
                  <td>{num(u.answered)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{tx(v, 'Belum ada permohonan pada tahun ini.', 'No requests in this year.')}</p>
      )}
    </PublicLayout>
  );
};
