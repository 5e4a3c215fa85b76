// Back-office monitoring (monev) of the DIP: the per-unit table with sort links and the chart, and one
// unit's score and missing headings.
import type { FC } from 'hono/jsx';
import { DIP_CATEGORIES, DIP_STATUSES } from '../../../db/schema/dip.js';
import { FRESH_MONTHS, OUTDATED_RULE, SCORE_RULE, type MonevReport, type MonevSort, type UnitMonev } from '../../../domain/dip/monev.js';
import { dateTime } from '../../dates.js';
import { can } from '../../../policies/index.js';
import { Actions } from '../../components/form.js';
import { BackofficeLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { CATEGORY_WORDS, num, ScoreChart, STATUS_WORDS, word } from './monev-chart.js';

const Rules: FC<{ v: View; report: MonevReport }> = ({ v, report }) => (
  <section aria-labelledby="h-rules" class="monev-rules">
    <h2 id="h-rules">{tx(v, 'Cara menghitung', 'How the figures are computed')}</h2>
    <dl class="facts">
      <dt>{tx(v, 'Kelengkapan', 'Completeness')}</dt>
      <dd>
        {tx(
          v,
          `Butir wajib daftar periksa berkala (${report.headingCount} butir aktif) yang terpenuhi, dibagi jumlah butir. Sebuah butir terpenuhi bila unit memiliki informasi berkala yang terbit di portal dengan jenis informasi yang tercantum pada butir itu.`,
          `Mandatory headings of the periodic checklist (${report.headingCount} active) that are met, divided by their number. A heading is met when the agency has periodic information published on the portal with one of the heading's information types.`,
        )}
      </dd>
      <dt>{tx(v, 'Kedaluwarsa', 'Out of date')}</dt>
      <dd>
        {tx(v, OUTDATED_RULE.id, OUTDATED_RULE.en)}{' '}
        {tx(
          v,
          `Hari ini: tahun informasi sebelum ${report.minYear}, atau terbit sebelum ${dateTime({ ...v, locale: 'id' }, report.cutoff)}.`,
          `Today: information year before ${report.minYear}, or published before ${dateTime({ ...v, locale: 'en' }, report.cutoff)}.`,
        )}
      </dd>
      <dt>{tx(v, 'Skor', 'Score')}</dt>
      <dd>{tx(v, SCORE_RULE.id, SCORE_RULE.en)}</dd>
    </dl>
  </section>
);

type SortProps = { sort: MonevSort; dir: 'asc' | 'desc' };

const SortHeader: FC<{ v: View; label: string; col: MonevSort; current: SortProps }> = ({ v, label, col, current }) => {
  const active = current.sort === col;
  // Text columns start A→Z, number columns start with the highest.
  const first = col === 'unit' ? 'asc' : 'desc';
  const next = active ? (current.dir === 'asc' ? 'desc' : 'asc') : first;
  const hint = next === 'asc' ? tx(v, 'urutkan naik', 'sort ascending') : tx(v, 'urutkan turun', 'sort descending');
  return (
    <th scope="col" aria-sort={active ? (current.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a href={`/admin/monev?sort=${col}&dir=${next}`} class="sort-link">
        {label}
        <span class="visually-hidden">{` (${hint})`}</span>
        {active ? (
          <span aria-hidden="true" class="sort-mark">
            {current.dir === 'asc' ? ' ▲' : ' ▼'}
          </span>
        ) : null}
      </a>
    </th>
  );
};

export const MonevOverviewPage: FC<{ v: View; report: MonevReport; sorted: UnitMonev[]; current: SortProps }> = ({ v, report, sorted, current }) => {
  const title = tx(v, 'Monitoring DIP', 'DIP monitoring');
  const t = report.totals;
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          `Kelengkapan dan kemutakhiran Daftar Informasi Publik setiap unit, keadaan ${dateTime({ ...v, locale: 'id' }, report.now)}.`,
          `Completeness and currency of every agency's public information list, as of ${dateTime({ ...v, locale: 'en' }, report.now)}.`,
        )}
      />
      <Actions>
        <a class="button" href="/admin/monev/ekspor.xlsx" download>
          {tx(v, 'Unduh Excel (.xlsx)', 'Download Excel (.xlsx)')}
        </a>
        {can(v.actor, 'checklist.manage') ? (
          <a href="/admin/monev/daftar-periksa">{tx(v, 'Ubah daftar periksa berkala', 'Edit the periodic checklist')}</a>
        ) : null}
      </Actions>
      <dl class="facts monev-totals">
        <dt>{tx(v, 'Unit', 'Agencies')}</dt>
        <dd>{report.units.length}</dd>
        <dt>{tx(v, 'Entri DIP', 'DIP entries')}</dt>
        <dd>
          {t.total} ({DIP_CATEGORIES.map((c) => `${word(v, CATEGORY_WORDS[c]).toLowerCase()} ${t.byCategory[c]}`).join(', ')})
        </dd>
        <dt>{tx(v, 'Rata-rata skor', 'Average score')}</dt>
        <dd>{num(v, t.averageScore)}</dd>
        <dt>{tx(v, 'Informasi berkala kedaluwarsa', 'Out-of-date periodic information')}</dt>
        <dd>{t.outdated}</dd>
        <dt>{tx(v, 'Sedang dikembalikan', 'Currently returned')}</dt>
        <dd>{t.returnedNow}</dd>
      </dl>

      <section aria-labelledby="h-chart">
        <h2 id="h-chart">{tx(v, 'Skor per unit', 'Score per agency')}</h2>
        {report.headingCount === 0 ? (
          <p>
            {tx(
              v,
              'Belum ada butir daftar periksa berkala yang aktif, sehingga skor belum dapat dihitung.',
              'No periodic checklist heading is active, so there is no score yet.',
            )}
          </p>
        ) : (
          <figure class="monev-figure">
            <ScoreChart v={v} units={report.units} />
            <figcaption class="hint">
              {tx(
                v,
                'Angka di kanan setiap batang adalah skor. Rincian lengkap ada pada tabel di bawah.',
                'The number at the right of each bar is the score. The full figures are in the table below.',
              )}
            </figcaption>
          </figure>
        )}
      </section>

      <section aria-labelledby="h-table">
        <h2 id="h-table">{tx(v, 'Rincian per unit', 'Figures per agency')}</h2>
        <p class="hint">{tx(v, 'Pilih judul kolom untuk mengurutkan.', 'Choose a column heading to sort.')}</p>
        <div class="table-wrap" tabindex={0} role="region" aria-labelledby="h-table">
          <table class="monev-table">
            <thead>
              <tr>
                <SortHeader v={v} label={tx(v, 'Unit', 'Agency')} col="unit" current={current} />
                <SortHeader v={v} label={tx(v, 'Skor', 'Score')} col="score" current={current} />
                <SortHeader v={v} label={tx(v, 'Kelengkapan', 'Completeness')} col="completeness" current={current} />
                <SortHeader v={v} label={tx(v, 'Kedaluwarsa', 'Out of date')} col="outdated" current={current} />
                <SortHeader v={v} label={tx(v, 'Entri', 'Entries')} col="total" current={current} />
                <SortHeader v={v} label={tx(v, 'Terbit', 'Published')} col="published" current={current} />
                <SortHeader v={v} label={tx(v, 'Dikembalikan (kini / pernah)', 'Returned (now / ever)')} col="returned" current={current} />
                <SortHeader v={v} label={tx(v, 'Pengajuan terakhir', 'Last submission')} col="last" current={current} />
                {DIP_CATEGORIES.map((c) => (
                  <th scope="col">{word(v, CATEGORY_WORDS[c])}</th>
                ))}
                {DIP_STATUSES.filter((s) => s !== 'published' && s !== 'returned').map((s) => (
                  <th scope="col">{word(v, STATUS_WORDS[s])}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((u) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/monev/unit/${u.unitId}`}>{u.name}</a>
                  </th>
                  <td class="num">
                    <strong>{num(v, u.score)}</strong>
                  </td>
                  <td class="num">
                    {u.completeness === null ? '–' : `${num(v, u.completeness)}%`} <span class="muted small">({`${u.satisfied}/${report.headingCount}`})</span>
                  </td>
                  <td class="num">{u.outdated.length}</td>
                  <td class="num">{u.total}</td>
                  <td class="num">{u.byStatus.published}</td>
                  <td class="num">
                    {u.returnedNow} / {u.returnedEver}
                  </td>
                  <td>{u.lastSubmittedAt ? dateTime(v, u.lastSubmittedAt) : '–'}</td>
                  {DIP_CATEGORIES.map((c) => (
                    <td class="num">{u.byCategory[c]}</td>
                  ))}
                  {DIP_STATUSES.filter((s) => s !== 'published' && s !== 'returned').map((s) => (
                    <td class="num">{u.byStatus[s]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <Rules v={v} report={report} />
    </BackofficeLayout>
  );
};

const HEADING_STATE = (v: View, h: { satisfied: boolean; fresh: boolean }) =>
  h.fresh
    ? { label: tx(v, 'Terpenuhi', 'Met'), tone: 'ok' }
    : h.satisfied
      ? { label: tx(v, 'Terpenuhi, kedaluwarsa', 'Met, out of date'), tone: 'old' }
      : { label: tx(v, 'Belum terpenuhi', 'Not met'), tone: 'missing' };

export const MonevUnitPage: FC<{ v: View; report: MonevReport; unit: UnitMonev; showAll: boolean }> = ({ v, report, unit, showAll }) => {
  const title = tx(v, `Monitoring DIP: ${unit.name}`, `DIP monitoring: ${unit.name}`);
  return (
    <BackofficeLayout v={v} title={title}>
      {showAll ? (
        <p>
          <a href="/admin/monev">{tx(v, '← Semua unit', '← All agencies')}</a>
        </p>
      ) : null}
      <PageHeader v={v} title={title} lead={tx(v, `Keadaan ${dateTime({ ...v, locale: 'id' }, report.now)}.`, `As of ${dateTime({ ...v, locale: 'en' }, report.now)}.`)} />
      <div class="monev-score card">
        <p>
          <span class="monev-score-label">{tx(v, 'Skor', 'Score')}</span> <span class="monev-score-value">{num(v, unit.score)}</span>{' '}
          <span class="muted">/ 100</span>
        </p>
        <p>
          {tx(v, 'Kelengkapan', 'Completeness')}: {unit.completeness === null ? '–' : `${num(v, unit.completeness)}%`} ({unit.satisfied}/{report.headingCount}{' '}
          {tx(v, 'butir', 'headings')}) · {tx(v, 'Berkala kedaluwarsa', 'Out-of-date periodic items')}: {unit.outdated.length}
        </p>
        <p>
          <a href="/admin/monev/ekspor.xlsx" download>
            {tx(v, 'Unduh Excel (.xlsx)', 'Download Excel (.xlsx)')}
          </a>
        </p>
      </div>

      <section aria-labelledby="h-missing">
        <h2 id="h-missing">{tx(v, 'Butir wajib yang belum terpenuhi', 'Mandatory headings not yet met')}</h2>
        {unit.missing.length === 0 ? (
          <p>{tx(v, 'Semua butir wajib berkala sudah terpenuhi.', 'Every mandatory periodic heading is met.')}</p>
        ) : (
          <ul class="missing-list">
            {unit.missing.map((m) => (
              <li>{m.title}</li>
            ))}
          </ul>
        )}
        <p>
          <a href="/admin/dip/baru">{tx(v, 'Tambah informasi berkala', 'Add periodic information')}</a>
        </p>
      </section>

      <section aria-labelledby="h-headings">
        <h2 id="h-headings">{tx(v, 'Daftar periksa berkala', 'Periodic checklist')}</h2>
        <div class="table-wrap" tabindex={0} role="region" aria-labelledby="h-headings">
          <table>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Butir', 'Heading')}</th>
                <th scope="col">{tx(v, 'Keadaan', 'State')}</th>
              </tr>
            </thead>
            <tbody>
              {unit.headings.map((h) => {
                const s = HEADING_STATE(v, h);
                return (
                  <tr>
                    <td>{h.title}</td>
                    <td>
                      <span class={`status heading-${s.tone}`}>{s.label}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="h-outdated">
        <h2 id="h-outdated">{tx(v, 'Informasi berkala kedaluwarsa', 'Out-of-date periodic information')}</h2>
        {unit.outdated.length === 0 ? (
          <p>{tx(v, 'Tidak ada.', 'None.')}</p>
        ) : (
          <div class="table-wrap" tabindex={0} role="region" aria-labelledby="h-outdated">
            <table>
              <thead>
                <tr>
                  <th scope="col">{tx(v, 'Nomor', 'Number')}</th>
                  <th scope="col">{tx(v, 'Judul', 'Title')}</th>
                  <th scope="col">{tx(v, 'Tahun', 'Year')}</th>
                  <th scope="col">{tx(v, 'Terbit', 'Published')}</th>
                  <th scope="col">{tx(v, 'Alasan', 'Reason')}</th>
                </tr>
              </thead>
              <tbody>
                {unit.outdated.map((e) => (
                  <tr>
                    <td>
                      <code>{e.number}</code>
                    </td>
                    <td>
                      <a href={`/admin/dip/${e.entryId}`}>{e.title}</a>
                    </td>
                    <td>{e.year ?? '–'}</td>
                    <td>{dateTime(v, e.publishedAt)}</td>
                    <td>
                      {e.reason === 'year'
                        ? tx(v, 'tahun informasi lama', 'old information year')
                        : e.reason === 'age'
                          ? tx(v, `terbit lebih dari ${FRESH_MONTHS} bulan lalu`, `published over ${FRESH_MONTHS} months ago`)
                          : tx(v, `tahun lama dan terbit lebih dari ${FRESH_MONTHS} bulan lalu`, `old year and published over ${FRESH_MONTHS} months ago`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="h-counts">
        <h2 id="h-counts">{tx(v, 'Entri DIP unit ini', "This agency's DIP entries")}</h2>
        <dl class="facts">
          <dt>{tx(v, 'Jumlah entri', 'Entries')}</dt>
          <dd>{unit.total}</dd>
          <dt>{tx(v, 'Menurut kategori', 'By category')}</dt>
          <dd>{DIP_CATEGORIES.map((c) => `${word(v, CATEGORY_WORDS[c])}: ${unit.byCategory[c]}`).join(' · ')}</dd>
          <dt>{tx(v, 'Menurut status', 'By status')}</dt>
          <dd>{DIP_STATUSES.map((s) => `${word(v, STATUS_WORDS[s])}: ${unit.byStatus[s]}`).join(' · ')}</dd>
          <dt>{tx(v, 'Pengajuan terakhir', 'Last submission')}</dt>
          <dd>{unit.lastSubmittedAt ? dateTime(v, unit.lastSubmittedAt) : '–'}</dd>
          <dt>{tx(v, 'Dikembalikan', 'Returned')}</dt>
          <dd>
            {tx(
              v,
              `${unit.returnedNow} saat ini, ${unit.returnedEver} entri pernah dikembalikan`,
              `${unit.returnedNow} now, ${unit.returnedEver} entries ever returned`,
            )}
          </dd>
        </dl>
      </section>
      <Rules v={v} report={report} />
    </BackofficeLayout>
  );
};
