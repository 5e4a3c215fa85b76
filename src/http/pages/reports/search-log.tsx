// What citizens searched for and did not find (or did not open), per month, for the PPID Utama: each query
// can become a synonym (the dictionary page) or a note to the unit that should publish it.
import type { FC } from 'hono/jsx';
import type { Unit } from '../../../domain/units/units.js';
import { LOW_CLICK_MIN_SEARCHES, RETENTION_MONTHS, type QueryRow, type SearchReport, type UnitSearchNote } from '../../../domain/search-log/query-log.js';
import { dateTime } from '../../dates.js';
import { can } from '../../../policies/index.js';
import { Actions, ErrorSummary, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function monthLabel(v: View, month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[v.locale === 'en' ? 'en' : 'id'][Number(m) - 1] ?? m} ${y}`;
}

const qs = (p: Record<string, string>) => new URLSearchParams(p).toString();

const NotesCell: FC<{ v: View; row: QueryRow }> = ({ v, row }) =>
  row.notes.length ? (
    <ul class="plain">
      {row.notes.map((n) => (
        <li>
          {tx(v, `Catatan terkirim ke ${n.unitName}`, `Note sent to ${n.unitName}`)} ({dateTime(v, n.at)})
          {n.recipients === 0 ? <strong>{tx(v, ' – unit ini tidak punya PPID Pembantu aktif', ' – this unit has no active PPID Pembantu')}</strong> : null}
        </li>
      ))}
    </ul>
  ) : (
    <span class="muted">–</span>
  );

const QueryTable: FC<{ v: View; id: string; caption: string; rows: QueryRow[]; month: string; kind: 'zero' | 'low' }> = ({
  v,
  id,
  caption,
  rows,
  month,
  kind,
}) => {
  const mayNote = can(v.actor, 'search.note');
  if (!rows.length) return <p>{tx(v, 'Tidak ada pada bulan ini.', 'None this month.')}</p>;
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-labelledby={id}>
      <table>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tx(v, 'Kata pencarian', 'Search words')}</th>
            <th scope="col" class="num">
              {tx(v, 'Dicari', 'Searches')}
            </th>
            {kind === 'zero' ? (
              <th scope="col" class="num">
                {tx(v, 'Tanpa hasil', 'No result')}
              </th>
            ) : (
              <>
                <th scope="col" class="num">
                  {tx(v, 'Hasil terakhir', 'Latest results')}
                </th>
                <th scope="col" class="num">
                  {tx(v, 'Hasil dibuka', 'Results opened')}
                </th>
              </>
            )}
            <th scope="col">{tx(v, 'Catatan ke unit', 'Notes to units')}</th>
            <th scope="col">{tx(v, 'Tindakan', 'Actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row" lang="id">
                <a href={`/cari?${qs({ q: r.query })}`}>{r.query}</a>
              </th>
              <td class="num">{r.searches}</td>
              {kind === 'zero' ? (
                <td class="num">{r.zeroResults}</td>
              ) : (
                <>
                  <td class="num">{r.lastTotal}</td>
                  <td class="num">{r.clicks}</td>
                </>
              )}
              <td>
                <NotesCell v={v} row={r} />
              </td>
              <td>
                <ul class="plain">
                  <li>
                    <a href={`/admin/pencarian/kamus?${qs({ baru: r.query })}`}>
                      {tx(v, 'Jadikan sinonim', 'Make it a synonym')}
                      <span class="sr-only">: {r.query}</span>
                    </a>
                  </li>
                  {mayNote ? (
                    <li>
                      <a href={`/admin/pencarian/catatan?${qs({ bulan: month, q: r.query })}`}>
                        {tx(v, 'Catatan ke unit', 'Note to a unit')}
                        <span class="sr-only">: {r.query}</span>
                      </a>
                    </li>
                  ) : null}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

export const SearchReportPage: FC<{ v: View; report: SearchReport }> = ({ v, report }) => {
  const title = tx(v, 'Pencarian warga', 'Citizen searches');
  const m = monthLabel(v, report.month);
  return (
    <BackofficeLayout v={v} title={`${title}: ${m}`}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          `Apa yang dicari warga di portal dan tidak ditemukan. Yang dicatat hanya kata pencarian (tanpa NIK, nomor telepon, email atau angka panjang lain) dan jumlahnya per bulan: tidak ada alamat IP, sesi atau akun. Data disimpan ${RETENTION_MONTHS} bulan.`,
          `What citizens searched for on the portal and did not find. Only the search words (without NIK, phone numbers, emails or other long numbers) and their counts per month are recorded: no IP address, session or account. Kept for ${RETENTION_MONTHS} months.`,
        )}
      </p>
      <form method="get" action="/admin/pencarian" class="filters">
        <Select name="bulan" label={tx(v, 'Bulan', 'Month')} value={report.month} options={report.months.map((x) => ({ value: x, label: monthLabel(v, x) }))} />
        <Actions>
          <button type="submit">{tx(v, 'Tampilkan', 'Show')}</button>
          <a href={`/admin/pencarian/ekspor.csv?${qs({ bulan: report.month })}`}>{tx(v, `Unduh CSV ${m}`, `Download CSV ${m}`)}</a>
        </Actions>
      </form>
      <p>
        <span class="badge">
          {tx(v, 'Pencarian', 'Searches')}: {report.totals.searches}
        </span>{' '}
        <span class="badge">
          {tx(v, 'Tanpa hasil', 'Without a result')}: {report.totals.zeroResults}
        </span>{' '}
        <span class="badge">
          {tx(v, 'Kata pencarian berbeda', 'Different queries')}: {report.totals.queries}
        </span>
      </p>
      <h2 id="zero-h">{tx(v, `Dicari tetapi tidak ditemukan – ${m}`, `Searched for but not found – ${m}`)}</h2>
      <QueryTable v={v} id="zero-h" caption={tx(v, 'Pencarian tanpa hasil', 'Searches without a result')} rows={report.zero} month={report.month} kind="zero" />
      <h2 id="low-h">{tx(v, `Ditemukan tetapi jarang dibuka – ${m}`, `Found but rarely opened – ${m}`)}</h2>
      <p class="hint">
        {tx(
          v,
          `Kata pencarian yang menemukan hasil pada sedikitnya ${LOW_CLICK_MIN_SEARCHES} pencarian, tetapi hasilnya dibuka kurang dari 1 dari 5 kali: mungkin hasilnya bukan yang dimaksud. Pembukaan hasil dihitung oleh peramban yang mendukung atribut ping (Chrome, Edge, Safari; tidak Firefox), jadi angkanya batas bawah.`,
          `Queries that found something in at least ${LOW_CLICK_MIN_SEARCHES} searches, yet whose results were opened less than 1 in 5 times: perhaps not what was meant. Opened results are counted by browsers that support the ping attribute (Chrome, Edge, Safari; not Firefox), so the figure is a lower bound.`,
        )}
      </p>
      <QueryTable
        v={v}
        id="low-h"
        caption={tx(v, 'Pencarian yang jarang dibuka', 'Searches rarely opened')}
        rows={report.lowClick}
        month={report.month}
        kind="low"
      />
    </BackofficeLayout>
  );
};

export type NoteFormValues = { unitId: string; note: string };

export const SearchNotePage: FC<{ v: View; month: string; row: QueryRow; units: Unit[]; values: NoteFormValues; errors?: FieldErrors | undefined }> = ({
  v,
  month,
  row,
  units,
  values,
  errors,
}) => {
  const title = tx(v, 'Catatan ke unit', 'Note to a unit');
  return (
    <BackofficeLayout v={v} title={`${title}: ${row.query}`}>
      <PageHeader v={v} back={{ href: `/admin/pencarian?${qs({ bulan: month })}`, label: tx(v, '← Pencarian warga', '← Citizen searches') }} title={title} />
      <dl class="facts">
        <dt>{tx(v, 'Kata pencarian', 'Search words')}</dt>
        <dd lang="id">{row.query}</dd>
        <dt>{tx(v, 'Bulan', 'Month')}</dt>
        <dd>{monthLabel(v, month)}</dd>
        <dt>{tx(v, 'Dicari / tanpa hasil / hasil dibuka', 'Searches / without a result / results opened')}</dt>
        <dd>
          {row.searches} / {row.zeroResults} / {row.clicks}
        </dd>
        <dt>{tx(v, 'Catatan yang sudah dikirim', 'Notes already sent')}</dt>
        <dd>
          <NotesCell v={v} row={row} />
        </dd>
      </dl>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/pencarian/catatan" novalidate>
        <Csrf v={v} />
        <input type="hidden" name="month" value={month} />
        <input type="hidden" name="query" value={row.query} />
        <Select
          name="unitId"
          label={tx(v, 'Unit yang seharusnya menerbitkan', 'Unit that should publish it')}
          value={values.unitId}
          errors={errors}
          options={[{ value: '', label: tx(v, '– pilih unit –', '– choose a unit –') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <TextArea
          name="note"
          label={tx(v, 'Catatan untuk PPID Pembantu unit itu', "Note for that unit's PPID Pembantu")}
          hint={tx(
            v,
            'Dikirim lewat email kepada PPID Pembantu unit itu bersama kata pencarian dan jumlahnya; tercatat di log audit.',
            "Emailed to the unit's PPID Pembantu with the search words and their counts; recorded in the audit log.",
          )}
          value={values.note}
          errors={errors}
          rows={5}
          maxlength={2000}
        />
        <Actions>
          <button type="submit">{tx(v, 'Kirim catatan', 'Send the note')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};

/** On a PPID Pembantu's overview page: what the PPID Utama asked the unit to publish. */
export const UnitSearchNotes: FC<{ v: View; notes: UnitSearchNote[] }> = ({ v, notes }) =>
  notes.length ? (
    <section class="card" aria-labelledby="search-notes-h">
      <h2 id="search-notes-h">{tx(v, 'Dicari warga, belum tersedia', 'Searched for by citizens, not yet available')}</h2>
      <p>{tx(v, 'Catatan PPID Utama untuk unit Anda dari log pencarian portal:', "The PPID Utama's notes to your unit from the portal's search log:")}</p>
      <ul>
        {notes.map((n) => (
          <li>
            <strong lang="id">“{n.query}”</strong> ({monthLabel(v, n.month)}, {dateTime(v, n.at)}): {n.note}
          </li>
        ))}
      </ul>
      <p>
        <a href="/admin/dip/baru">{tx(v, 'Tambah entri DIP', 'Add a DIP entry')}</a>
      </p>
    </section>
  ) : null;
