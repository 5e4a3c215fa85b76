// Back-office pages of units: the list, one unit, and the unit form.
import type { FC } from 'hono/jsx';
import type { Unit } from '../../../domain/units/units.js';
import { can } from '../../../policies/index.js';
import { Actions, Checkbox, ErrorSummary, Input, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View } from '../../components/layout.js';
import { roleLabel } from './users.js';

// --- units -----------------------------------------------------------------------------------------

export const UnitsListPage: FC<{ v: View; units: (Unit & { officers: { id: string; name: string }[] })[] }> = ({ v, units }) => (
  <BackofficeLayout v={v} title={v.t('bo.units')}>
    <h1>{v.t('bo.units')}</h1>
    {can(v.actor, 'units.manage') ? (
      <p>
        <a class="button" href="/admin/unit/baru">
          {v.t('units.new')}
        </a>
      </p>
    ) : null}
    <div class="table-wrap" tabindex={0} role="region" aria-label={v.t('bo.units')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{v.t('units.name')}</th>
            <th scope="col">{v.t('units.code')}</th>
            <th scope="col">{v.t('units.officers')}</th>
            <th scope="col">{v.t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr>
              <td>
                <a href={`/admin/unit/${u.id}`}>{u.name}</a>
                {u.isPpidUtama ? <span class="badge">{v.t('units.utama')}</span> : null}
              </td>
              <td>{u.code}</td>
              <td>{u.officers.map((o) => o.name).join(', ') || '–'}</td>
              <td>{u.active ? v.t('users.active') : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </BackofficeLayout>
);

export const UnitDetailPage: FC<{ v: View; unit: Unit & { officers: { id: string; name: string; email: string; roles: string[] }[] } }> = ({ v, unit }) => (
  <BackofficeLayout v={v} title={unit.name}>
    <h1>{unit.name}</h1>
    <dl class="facts">
      <dt>{v.t('units.code')}</dt>
      <dd>{unit.code}</dd>
      <dt>{v.t('units.short')}</dt>
      <dd>{unit.shortName || '–'}</dd>
      <dt>{v.t('common.address')}</dt>
      <dd>{unit.address || '–'}</dd>
      <dt>{v.t('common.email')}</dt>
      <dd>{unit.email || '–'}</dd>
      <dt>{v.t('common.phone')}</dt>
      <dd>{unit.phone || '–'}</dd>
      <dt>{v.t('units.is_utama')}</dt>
      <dd>{unit.isPpidUtama ? v.t('common.yes') : v.t('common.no')}</dd>
    </dl>
    {can(v.actor, 'units.manage') ? (
      <p>
        <a class="button" href={`/admin/unit/${unit.id}/ubah`}>
          {v.t('units.edit')}
        </a>
      </p>
    ) : null}
    <h2>{v.t('units.members')}</h2>
    {unit.officers.length === 0 ? (
      <p>{v.t('common.none')}</p>
    ) : (
      <ul>
        {unit.officers.map((o) => (
          <li>
            {o.name} ({o.roles.map((r) => roleLabel(v, r)).join(', ')})
          </li>
        ))}
      </ul>
    )}
  </BackofficeLayout>
);

export type UnitFormValues = {
  code: string;
  name: string;
  shortName: string;
  address: string;
  email: string;
  phone: string;
  isPpidUtama: boolean;
  active: boolean;
};

export const UnitFormPage: FC<{ v: View; id?: string; values: UnitFormValues; errors?: FieldErrors | undefined }> = ({ v, id, values, errors }) => {
  const title = id ? v.t('units.edit') : v.t('units.new');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={id ? `/admin/unit/${id}` : '/admin/unit'} novalidate class="form">
        <Csrf v={v} />
        <Input name="name" label={v.t('units.name')} value={values.name} errors={errors} required />
        <Input name="shortName" label={`${v.t('units.short')} ${v.t('common.optional')}`} value={values.shortName} errors={errors} />
        <Input name="code" label={v.t('units.code')} hint="huruf kecil, angka, tanda hubung: mis. dinkes" value={values.code} errors={errors} required />
        <TextArea name="address" label={`${v.t('common.address')} ${v.t('common.optional')}`} value={values.address} errors={errors} />
        <Input name="email" type="email" label={`${v.t('common.email')} ${v.t('common.optional')}`} value={values.email} errors={errors} />
        <Input name="phone" type="tel" label={`${v.t('common.phone')} ${v.t('common.optional')}`} value={values.phone} errors={errors} />
        <Checkbox name="isPpidUtama" label={v.t('units.is_utama')} checked={values.isPpidUtama} />
        <Checkbox name="active" label={v.t('units.active')} checked={values.active} />
        <Actions>
          <button type="submit">{v.t('common.save')}</button>
          <a href={id ? `/admin/unit/${id}` : '/admin/unit'}>{v.t('common.cancel')}</a>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
