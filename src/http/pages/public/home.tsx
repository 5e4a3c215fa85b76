import type { FC } from 'hono/jsx';
import type { Unit } from '../../../domain/units/units.js';
import { PublicLayout, type View } from '../../components/layout.js';

export const HomePage: FC<{ v: View; units: Unit[]; needsSetup: boolean }> = ({ v, units, needsSetup }) => (
  <PublicLayout v={v} title={v.t('home.title')}>
    {needsSetup ? (
      <div class="notice" role="status">
        {v.t('home.setup_needed')} <a href="/persiapan">{v.t('home.setup_link')}</a>
      </div>
    ) : null}
    <section class="hero">
      <h1>{v.t('home.title')}</h1>
      <p class="lead">{v.t('home.lead', { body: v.body?.name ?? '' })}</p>
    </section>
    <section aria-labelledby="how">
      <h2 id="how">{v.t('home.how')}</h2>
      <ol class="steps">
        <li>{v.t('home.how.1')}</li>
        <li>{v.t('home.how.2')}</li>
        <li>{v.t('home.how.3')}</li>
        <li>{v.t('home.how.4')}</li>
      </ol>
    </section>
    <section aria-labelledby="units">
      <h2 id="units">{v.t('home.units')}</h2>
      {units.length === 0 ? (
        <p>{v.t('home.no_units')}</p>
      ) : (
        <>
          <p>{v.t('home.units_count', { n: units.length })}</p>
          <ul class="unit-list">
            {units.map((u) => (
              <li>
                <span class="unit-name">{u.name}</span>
                {u.isPpidUtama ? <span class="badge">{v.t('units.utama')}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  </PublicLayout>
);

export const UnitsPage: FC<{ v: View; units: Unit[] }> = ({ v, units }) => (
  <PublicLayout v={v} title={v.t('units.title')}>
    <h1>{v.t('units.title')}</h1>
    <p class="lead">{v.t('units.lead')}</p>
    {units.length === 0 ? (
      <p>{v.t('home.no_units')}</p>
    ) : (
      <ul class="card-list">
        {units.map((u) => (
          <li class="card">
            <h2 class="h3">{u.name}</h2>
            {u.isPpidUtama ? <p><span class="badge">{v.t('units.utama')}</span></p> : null}
            {u.address ? <p>{u.address}</p> : null}
            {u.phone ? <p>{v.t('common.phone')}: {u.phone}</p> : null}
            {u.email ? (
              <p>
                {v.t('common.email')}: <a href={`mailto:${u.email}`}>{u.email}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    )}
  </PublicLayout>
);
