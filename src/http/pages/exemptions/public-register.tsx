// The public Daftar Informasi yang Dikecualikan (DIK): the whole body's list with a unit filter, or one
// unit's. Public columns only; the table becomes cards on a phone (the DIP table's styles).
import type { FC } from 'hono/jsx';
import { groundLabel, groundReference } from '../../../domain/exemptions/grounds.js';
import { legalBasisText } from '../../../domain/exemptions/input.js';
import { periodText, type DikRow } from '../../../domain/exemptions/dik.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { Unit } from '../../../domain/units/units.js';
import { idText, PublicLayout, tx, type View, tm } from '../../components/layout.js';
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
  const title = tm(v, 'exemptions.public-register.register_exempt_information');
  const h = {
    no: 'No.',
    info: tm(v, 'exemptions.public-register.exempt_information'),
    unit: tm(v, 'exemptions.public-register.agency'),
    ground: tm(v, 'exemptions.public-register.ground_art_17'),
    legal: tm(v, 'exemptions.detail.legal_basis'),
    consequence: tm(v, 'exemptions.public-register.consequence_if_opened'),
    period: tm(v, 'exemptions.detail.period'),
    decision: tm(v, 'exemptions.public-register.decision_number_date'),
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
      <p class="lead">{tm(v, 'exemptions.public-register.information_withheld_from_public_access', { dayToday: day(v, today) })}</p>
      {!perUnitPage && units.length ? (
        <form method="get" action="/informasi-dikecualikan" class="browse-filters" aria-label={tm(v, 'exemptions.public-register.filter_agency')}>
          <div class="field">
            <label for="f-unit">{tm(v, 'exemptions.public-register.agency')}</label>
            <select id="f-unit" name="unit">
              <option value="">{tm(v, 'exemptions.public-register.all_agencies')}</option>
              {units.map((u) => (
                <option value={u.code} selected={unit?.code === u.code} lang={idText(v)}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div class="actions">
            <button type="submit" class="secondary">
              {tm(v, 'exemptions.public-register.show')}
            </button>
          </div>
        </form>
      ) : null}
      <p class="downloads">
        {tm(v, 'exemptions.public-register.download_list')}
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
                      {r.partial ? ` · ${tm(v, 'exemptions.public-register.exempt_part')}` : ''}
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
            ? tm(v, 'exemptions.public-register.has_no_exempt_information_present', { unitName: unit.name })
            : tm(v, 'exemptions.public-register.there_no_exempt_information_present')}
        </p>
      )}
      <p>
        <a href="/dip">{tm(v, 'exemptions.public-register.public_information_register')}</a>
        {' · '}
        <a href="/permohonan">{tm(v, 'exemptions.public-register.request_information')}</a>
      </p>
    </PublicLayout>
  );
};
