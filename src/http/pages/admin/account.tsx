// Back-office page of one's own account: password and language.
import type { FC } from 'hono/jsx';
import { Actions, ErrorSummary, Input, Select, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View } from '../../components/layout.js';

// --- own account -------------------------------------------------------------------------------------

export const AccountPage: FC<{ v: View; errors?: FieldErrors | undefined; locale: string }> = ({ v, errors, locale }) => (
  <BackofficeLayout v={v} title={v.t('account.title')}>
    <h1>{v.t('account.title')}</h1>
    <section aria-labelledby="pw-h" class="card">
      <h2 id="pw-h">{v.t('account.change_password')}</h2>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/akun/sandi" novalidate>
        <Csrf v={v} />
        <Input name="current" type="password" label={v.t('account.current')} errors={errors} autocomplete="current-password" required />
        <Input name="password" type="password" label={v.t('account.new')} errors={errors} autocomplete="new-password" required />
        <Input name="confirm" type="password" label={v.t('account.confirm')} errors={errors} autocomplete="new-password" required />
        <Actions>
          <button type="submit">{v.t('account.submit')}</button>
        </Actions>
      </form>
    </section>
    <section aria-labelledby="lang-h" class="card">
      <h2 id="lang-h">{v.t('account.language')}</h2>
      <form method="post" action="/admin/akun/bahasa">
        <Csrf v={v} />
        <Select
          name="locale"
          label={v.t('nav.language')}
          value={locale}
          options={[
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
        />
        <Actions>
          <button type="submit" class="secondary">
            {v.t('account.language_submit')}
          </button>
        </Actions>
      </form>
    </section>
  </BackofficeLayout>
);
