// The public Daftar Informasi yang Dikecualikan (DIK): the whole body's list with a unit filter, or one
// unit's. Public columns only; the table becomes cards on a phone (the DIP table's styles).
import type { FC } from 'hono/jsx';
import { groundLabel, groundReference } from '../../../domain/exemptions/grounds.js';
import { legalBasisText } from '../../../domain/exemptions/input.js';
import { periodText, type DikRow } from '../../../domain/exemptions/dik.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { Unit } from '../../../domain/units/units.js';
import { idText, PublicLayout, tx, type View } from '../../components/layout.js';
import { Breadcrumbs, type Crumb } from '../../components/page-header.js';
import { MetaHead, type Meta } from '../portal/navigation.js';

const day = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id').replace(/^[^,]+, /, '');

export type DikPageProps = {
  v: View;
  rows: DikRow[];
  today: string;
  units: Unit[];
  /** The unit of a per-unit page or of the filter. */
  unit: Pick<Unit, 'code' | 'name'> | null;
  perUnitPage: boolean;
  crumbs: Crumb[];
  meta: Meta;
};

export const DikPage: FC<DikPageProps> = ({ v, rows, today, units, unit, perUnitPage, crumbs, meta }) => {
  const title = tx(v, 'Daftar Informasi yang Dikecualikan', 'Register of Exempt Information');
  const h = {
    no: 'No.',
    info: tx(v, 'Informasi yang dikecualikan', 'Exempt information'),
    unit: tx(v, 'Unit kerja', 'Agency'),
    ground: tx(v, 'Dasar pengecualian (Pasal 17)', 'Ground (Art. 17)'),
    legal: tx(v, 'Dasar hukum', 'Legal basis'),
    consequence: tx(v, 'Konsekuensi bila dibuka', 'Consequence if opened'),
    period: tx(v, 'Jangka waktu', 'Period'),
    decision: tx(v, 'Nomor dan tanggal penetapan', 'Decision number and date'),
  };
  const q = unit ? `?unit=${encodeURIComponent(unit.code)}` : '';
  return (
    <PublicLayout v={v} title={unit ? `${title} – ${unit.name}` : title} head={<MetaHead v={v} meta={meta} />}>
      <Breadcrumbs v={v} items={crumbs} />
      <h1>
        {title}
        {perUnitPage && unit ? (
          <span class="block h3" lang={idText(v)}>
            {unit.name}
          </span>
        ) : null}
      </h1>
      <p class="lead">
        {tx(
          v,
          `Informasi yang dikecualikan dari akses publik berdasarkan UU No. 14 Tahun 2008 Pasal 17, setelah pengujian konsekuensi dan penetapan pejabat yang berwenang, dan masih dalam jangka waktu pengecualian per ${day(v, today)}. Isi informasinya tidak ditampilkan. Anda tetap boleh mengajukan permohonan; bila ditolak, Anda dapat mengajukan keberatan.`,
          `Information withheld from public access under Law No. 14 of 2008 Art. 17, after a consequence test and the decision of the competent official, and still within its exemption period as of ${day(v, today)}. The information itself is not shown. You may still request it; if refused, you may object.`,
        )}
      </p>
      {!perUnitPage && units.length ? (
        <form method="get" action="/informasi-dikecualikan" class="browse-filters" aria-label={tx(v, 'Saring menurut unit kerja', 'Filter by agency')}>
          <div class="field">
            <label for="f-unit">{tx(v, 'Unit kerja', 'Agency')}</label>
            <select id="f-unit" name="unit">
              <option value="">{tx(v, 'Semua unit kerja', 'All agencies')}</option>
              {units.map((u) => (
                <option value={u.code} selected={unit?.code === u.code} lang={idText(v)}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div class="actions">
            <button type="submit" class="secondary">
              {tx(v, 'Tampilkan', 'Show')}
            </button>
          </div>
        </form>
      ) : null}
      <p class="downloads">
        {tx(v, 'Unduh daftar: ', 'Download the list: ')}
        <a href={`/informasi-dikecualikan.xlsx${q}`}>Excel</a>
        <a href={`/informasi-dikecualikan.pdf${q}`}>PDF</a>
        <a href={`/api/v1/dik${q}`}>JSON</a>
      </p>
      {rows.length ? (
        <div class="dip-table-wrap">
          <table class="dip-table dik-table">
            <caption>{tx(v, `${rows.length} informasi yang dikecualikan`, rows.length === 1 ? '1 exempt item' : `${rows.length} exempt items`)}</caption>
            <thead>
              <tr>
                <th scope="col">{h.no}</th>
                <th scope="col">{h.info}</th>
                <th scope="col">{h.ground}</th>
                <th scope="col">{h.legal}</th>
                <th scope="col">{h.consequence}</th>
                <th scope="col">{h.period}</th>
                <th scope="col">{h.decision}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr>
                  <td data-label={h.no} class="no">
                    {i + 1}
                  </td>
                  <td data-label={h.info} class="sum">
                    <span class="title" lang={idText(v)}>
                      {r.publicTitle}
                    </span>
                    <span class="cat-line">
                      <a href={`/unit/${r.unitCode}/informasi-dikecualikan`} lang={idText(v)}>
                        {r.unitName}
                      </a>
                      {r.partial ? ` · ${tx(v, 'dikecualikan sebagian', 'exempt in part')}` : ''}
                    </span>
                  </td>
                  <td data-label={h.ground}>
                    <strong>{groundReference(r.ground, r.subpoint, v.locale)}</strong>: {groundLabel(r.ground, r.subpoint, v.locale)}
                  </td>
                  <td data-label={h.legal} lang={idText(v)}>
                    {legalBasisText(r.legalBasis)}
                  </td>
                  <td data-label={h.consequence} lang={idText(v)}>
                    {r.publicSummary}
                  </td>
                  <td data-label={h.period}>{periodText(r, v.locale === 'en' ? 'en' : 'id')}</td>
                  <td data-label={h.decision} class="num">
                    {r.number}
                    <span class="block muted small">{day(v, r.decisionDate)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">
          {unit
            ? tx(v, `${unit.name} tidak memiliki informasi yang dikecualikan saat ini.`, `${unit.name} has no exempt information at present.`)
            : tx(v, 'Tidak ada informasi yang dikecualikan saat ini.', 'There is no exempt information at present.')}
        </p>
      )}
      <p>
        <a href="/dip">{tx(v, 'Daftar Informasi Publik', 'Public Information Register')}</a>
        {' · '}
        <a href="/permohonan">{tx(v, 'Ajukan permohonan informasi', 'Request information')}</a>
      </p>
    </PublicLayout>
  );
};
