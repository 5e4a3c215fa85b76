// Back-office pages of user accounts: the list and the user form.
import type { FC } from 'hono/jsx';
import { ROLES, type Role } from '../../../context.js';
import type { Unit } from '../../../domain/units/units.js';
import type { PublicUser } from '../../../domain/users/users.js';
import { type MessageKey } from '../../../i18n/index.js';
import { dateTime } from '../../dates.js';
import { Actions, Checkboxes, ErrorSummary, Input, Select, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View } from '../../components/layout.js';

export const roleLabel = (v: View, r: string) => v.t(`role.${r}` as MessageKey);

// --- users -----------------------------------------------------------------------------------------

export const UsersListPage: FC<{ v: View; users: (PublicUser & { unitName: string | null })[] }> = ({ v, users }) => (
  <BackofficeLayout v={v} title={v.t('bo.users')}>
    <h1>{v.t('bo.users')}</h1>
    <p>
      <a class="button" href="/admin/pengguna/baru">
        {v.t('users.new')}
      </a>
    </p>
    <div class="table-wrap" tabindex={0} role="region" aria-label={v.t('bo.users')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{v.t('common.name')}</th>
            <th scope="col">{v.t('common.email')}</th>
            <th scope="col">{v.t('users.roles')}</th>
            <th scope="col">{v.t('users.unit')}</th>
            <th scope="col">{v.t('common.status')}</th>
            <th scope="col">{v.t('users.last_login')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>
                <a href={`/admin/pengguna/${u.id}`}>{u.name}</a>
              </td>
              <td>{u.email}</td>
              <td>{u.roles.map((r) => roleLabel(v, r)).join(', ')}</td>
              <td>{u.unitName ?? '–'}</td>
              <td>{u.lockedAt ? <strong class="warn">{v.t('users.locked')}</strong> : v.t('users.active')}</td>
              <td>{u.lastLoginAt ? dateTime(v, u.lastLoginAt) : v.t('users.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </BackofficeLayout>
);

export type UserFormValues = { name: string; email: string; nip: string; unitId: string; roles: string[]; locale: string };

export const UserFormPage: FC<{ v: View; user?: PublicUser; values: UserFormValues; units: Unit[]; errors?: FieldErrors | undefined }> = ({
  v,
  user,
  values,
  units,
  errors,
}) => {
  const title = user ? v.t('users.edit') : v.t('users.new');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      {user?.lockedAt ? (
        <div class="notice warn-box" role="status">
          {v.t('users.locked')}: {user.lockedReason}
        </div>
      ) : null}
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={user ? `/admin/pengguna/${user.id}` : '/admin/pengguna'} novalidate class="form">
        <Csrf v={v} />
        <Input name="name" label={v.t('common.name')} value={values.name} errors={errors} required autocomplete="off" />
        <Input name="email" type="email" label={v.t('common.email')} value={values.email} errors={errors} required autocomplete="off" />
        <Input
          name="nip"
          label={`${v.t('users.nip')} ${v.t('common.optional')}`}
          hint={v.t('users.nip_hint')}
          value={values.nip}
          errors={errors}
          inputmode="numeric"
          maxlength={18}
        />
        <Select
          name="unitId"
          label={v.t('users.unit')}
          value={values.unitId}
          errors={errors}
          options={[{ value: '', label: `– ${v.t('bo.no_unit')} –` }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <Checkboxes
          name="roles"
          legend={v.t('users.roles')}
          values={values.roles}
          errors={errors}
          options={ROLES.map((r: Role) => ({ value: r, label: roleLabel(v, r) }))}
        />
        <Select
          name="locale"
          label={v.t('users.locale')}
          value={values.locale}
          errors={errors}
          options={[
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
        />
        <Actions>
          <button type="submit">{v.t('common.save')}</button>
          <a href="/admin/pengguna">{v.t('common.cancel')}</a>
        </Actions>
      </form>
      {user ? (
        <section aria-labelledby="acct-actions" class="card">
          <h2 id="acct-actions">{v.t('common.actions')}</h2>
          <form method="post" action={`/admin/pengguna/${user.id}/kirim-tautan`} class="inline-form">
            <Csrf v={v} />
            <button type="submit" class="secondary">
              {v.t('users.send_reset')}
            </button>
          </form>
          {user.lockedAt ? (
            <form method="post" action={`/admin/pengguna/${user.id}/buka-kunci`} class="inline-form">
              <Csrf v={v} />
              <button type="submit" class="secondary">
                {v.t('users.unlock')}
              </button>
            </form>
          ) : (
            <form method="post" action={`/admin/pengguna/${user.id}/kunci`} novalidate>
              <Csrf v={v} />
              <Input name="reason" label={v.t('users.lock_reason')} errors={errors} required />
              <button type="submit" class="danger">
                {v.t('users.lock')}
              </button>
            </form>
          )}
        </section>
      ) : null}
    </BackofficeLayout>
  );
};
