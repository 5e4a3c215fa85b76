// Back-office monitoring (monev) of the DIP: the per-unit table with sort links and a server-rendered SVG
// chart, one unit's score and missing headings, and the editor of the berkala checklist.
import type { FC } from 'hono/jsx';
import { DIP_CATEGORIES, DIP_STATUSES, type DipCategory, type DipStatus } from '../../../db/schema/dip.js';
import { BERKALA_SUBTYPES, type ChecklistHeading, type ChecklistHeadingInput } from '../../../domain/dip/checklist.js';
import { FRESH_MONTHS, OUTDATED_RULE, SCORE_RULE, type MonevReport, type MonevSort, type UnitMonev } from '../../../domain/dip/monev.js';
import { formatDateTime } from '../../../i18n/index.js';
import { can } from '../../../policies/index.js';
import { Actions, Checkbox, Checkboxes, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

const num = (v: View, x: number | null, digits = 1) =>
  x === null ? '–' : x.toLocaleString(v.locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits });

const CATEGORY_WORDS: Record<DipCategory, [string, string]> = {
  berkala: ['Berkala', 'Periodic'],
  serta_merta: ['Serta-merta', 'Immediate'],
  setiap_saat: ['Setiap saat', 'At any time'],
};
const STATUS_WORDS: Record<DipStatus, [string, string]> = {
  draft: ['Draf', 'Draft'],
  submitted: ['Diajukan', 'Submitted'],
  returned: ['Dikembalikan', 'Returned'],
  published: ['Terbit', 'Published'],
  unpublished: ['Ditarik', 'Withdrawn'],
};
const word = (v: View, w: [string, string]) => tx(v, w[0], w[1]);

/** Score bands for the bar colour; the number is always written next to the bar as well. */
export function scoreBand(score: number): 'high' | 'good' | 'low' | 'poor' {
  return score >= 80 ? 'high' : score >= 60 ? 'good' : score >= 40 ? 'low' : 'poor';
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

// Fixed pixel sizes: the chart is as wide as its box and its text never scales down on a phone.
const ROW = 44;
const BAR = 16;
const AXIS = 24;

/**
 * A horizontal bar chart of the score per unit as inline SVG: role="img" with a title and a description
 * that lists every value, a written label and number for every bar, and percentage widths so that it fits
 * any screen without scaling its text.
 */
export const ScoreChart: FC<{ v: View; units: UnitMonev[]; id?: string }> = ({ v, units, id = 'monev-chart' }) => {
  const rows = [...units].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name, 'id'));
  const height = rows.length * ROW + AXIS;
  const title = tx(v, 'Skor monev DIP per unit (0–100)', 'DIP monitoring score per agency (0–100)');
  const desc = tx(
    v,
    `Diagram batang mendatar, ${rows.length} unit, diurutkan dari skor tertinggi: ${rows.map((u) => `${u.name} ${num(v, u.score)}`).join('; ')}.`,
    `Horizontal bar chart, ${rows.length} agencies, highest score first: ${rows.map((u) => `${u.name} ${num(v, u.score)}`).join('; ')}.`,
  );
  return (
    <svg xmlns="http://www.w3.org/2000/svg" class="chart" width="100%" height={String(height)} role="img" aria-labelledby={`${id}-t ${id}-d`} id={id}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <g class="chart-grid" aria-hidden="true">
        {[0, 25, 50, 75, 100].map((p) => (
          <line x1={`${p === 100 ? 99.8 : p}%`} x2={`${p === 100 ? 99.8 : p}%`} y1="0" y2={String(height - AXIS + 4)} />
        ))}
      </g>
      {rows.map((u, i) => {
        const y = i * ROW;
        const score = u.score ?? 0;
        return (
          <g class="chart-row">
            <text class="chart-label" x="0" y={String(y + 15)}>
              {shorten(u.shortName || u.name, 34)}
            </text>
            <text class="chart-value" x="100%" y={String(y + 15)} text-anchor="end">
              {num(v, u.score)}
            </text>
            <rect class="chart-track" x="0" y={String(y + 21)} width="100%" height={String(BAR)} />
            {u.score !== null && score > 0 ? (
              <rect class={`chart-bar chart-${scoreBand(score)}`} x="0" y={String(y + 21)} width={`${score}%`} height={String(BAR)} />
            ) : null}
          </g>
        );
      })}
      <g class="chart-axis" aria-hidden="true">
        {[0, 25, 50, 75, 100].map((p) => (
          <text x={`${p}%`} y={String(height - 6)} text-anchor={p === 0 ? 'start' : p === 100 ? 'end' : 'middle'}>
            {String(p)}
          </text>
        ))}
      </g>
    </svg>
  );
};

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
          `Hari ini: tahun informasi sebelum ${report.minYear}, atau terbit sebelum ${formatDateTime('id', report.cutoff)}.`,
          `Today: information year before ${report.minYear}, or published before ${formatDateTime('en', report.cutoff)}.`,
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
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          `Kelengkapan dan kemutakhiran Daftar Informasi Publik setiap unit, keadaan ${formatDateTime('id', report.now)}.`,
          `Completeness and currency of every agency's public information list, as of ${formatDateTime('en', report.now)}.`,
        )}
      </p>
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
                  <td>{u.lastSubmittedAt ? formatDateTime(v.locale, u.lastSubmittedAt) : '–'}</td>
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
      <h1>{title}</h1>
      <p class="lead">{tx(v, `Keadaan ${formatDateTime('id', report.now)}.`, `As of ${formatDateTime('en', report.now)}.`)}</p>
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
                    <td>{formatDateTime(v.locale, e.publishedAt)}</td>
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
          <dd>{unit.lastSubmittedAt ? formatDateTime(v.locale, unit.lastSubmittedAt) : '–'}</dd>
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

// --- checklist editor ------------------------------------------------------------------------------------

export type ChecklistFormValues = Record<string, ChecklistHeadingInput>;

const subtypeOptions = (v: View) => BERKALA_SUBTYPES.map((s) => ({ value: s.code, label: `${v.locale === 'en' ? s.en : s.id} (${s.code})` }));

const HeadingFields: FC<{ v: View; key_: string; values: ChecklistHeadingInput; errors?: FieldErrors | undefined }> = ({ v, key_, values, errors }) => {
  const subErr = errors?.[`subtypes_${key_}`];
  return (
    <>
      <Input name={`title_${key_}`} label={tx(v, 'Judul butir', 'Heading title')} value={values.title} errors={errors} required maxlength={300} />
      <Input name={`position_${key_}`} type="number" inputmode="numeric" label={tx(v, 'Urutan', 'Position')} value={String(values.position)} errors={errors} />
      <Checkbox name={`active_${key_}`} label={tx(v, 'Aktif (dihitung dalam monev)', 'Active (counted in monitoring)')} checked={values.active} />
      <details class="subtype-picker" open={subErr ? true : undefined}>
        <summary>
          {tx(
            v,
            `Jenis informasi yang memenuhi butir ini (${values.subtypes.length} dipilih)`,
            `Information types that meet this heading (${values.subtypes.length} chosen)`,
          )}
        </summary>
        <Checkboxes
          name={`subtypes_${key_}`}
          legend={tx(v, 'Jenis informasi', 'Information types')}
          options={subtypeOptions(v)}
          values={values.subtypes}
          errors={errors}
        />
      </details>
    </>
  );
};

export const ChecklistPage: FC<{
  v: View;
  headings: ChecklistHeading[];
  values: ChecklistFormValues;
  errors?: FieldErrors | undefined;
  addValues: ChecklistHeadingInput;
  addErrors?: FieldErrors | undefined;
}> = ({ v, headings, values, errors, addValues, addErrors }) => {
  const title = tx(v, 'Daftar periksa informasi berkala', 'Periodic information checklist');
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href="/admin/monev">{tx(v, '← Monitoring DIP', '← DIP monitoring')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors ?? addErrors} />
      <p class="lead">
        {tx(
          v,
          'Butir wajib informasi berkala (UU 14/2008 Pasal 9). Sebuah butir terpenuhi bila unit memiliki informasi berkala yang terbit di portal dengan salah satu jenis informasi yang dipilih. Butir yang tidak aktif tidak dihitung. Setiap perubahan dicatat di log audit.',
          'Mandatory periodic information headings (Law 14/2008 Art. 9). A heading is met when the agency has periodic information published on the portal with one of the chosen information types. Inactive headings are not counted. Every change is recorded in the audit log.',
        )}
      </p>
      <form method="post" action="/admin/monev/daftar-periksa" novalidate class="form">
        <Csrf v={v} />
        <input type="hidden" name="op" value="save" />
        {headings.map((h) => (
          <fieldset class="checklist-heading">
            <legend>
              {h.position}. {h.title} {h.active ? null : <span class="badge">{tx(v, 'tidak aktif', 'inactive')}</span>}
            </legend>
            <p class="hint">
              {tx(v, 'Kode', 'Code')}: <code>{h.code}</code>
            </p>
            <HeadingFields
              v={v}
              key_={h.code}
              values={values[h.code] ?? { title: h.title, subtypes: h.subtypes, position: h.position, active: h.active }}
              errors={errors}
            />
          </fieldset>
        ))}
        <Actions>
          <button type="submit">{tx(v, 'Simpan daftar periksa', 'Save the checklist')}</button>
        </Actions>
      </form>

      <section aria-labelledby="h-add" class="card">
        <h2 id="h-add">{tx(v, 'Tambah butir', 'Add a heading')}</h2>
        <form method="post" action="/admin/monev/daftar-periksa" novalidate class="form">
          <Csrf v={v} />
          <input type="hidden" name="op" value="add" />
          <HeadingFields v={v} key_="new" values={addValues} errors={addErrors} />
          <Actions>
            <button type="submit" class="secondary">
              {tx(v, 'Tambah butir', 'Add the heading')}
            </button>
          </Actions>
        </form>
      </section>
    </BackofficeLayout>
  );
};
