import type { FC } from 'hono/jsx';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

type FormProps = { v: View; values?: Record<string, string>; errors?: FieldErrors; message?: string | undefined };

export const LoginPage: FC<FormProps & { next?: string }> = ({ v, values, errors, message, next }) => (
  <PublicLayout v={v} title={v.t('login.title')}>
    <div class="narrow">
      <h1>{v.t('login.title')}</h1>
      <p>{v.t('login.lead')}</p>
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/masuk" novalidate>
        <Csrf v={v} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <Input name="email" label={v.t('login.email')} type="email" value={values?.email} errors={errors} autocomplete="username" required />
        <Input name="password" label={v.t('login.password')} type="password" errors={errors} autocomplete="current-password" required />
        <Actions>
          <button type="submit">{v.t('login.submit')}</button>
        </Actions>
      </form>
      <p>
        <a href="/lupa-sandi">{v.t('login.forgot')}</a>
      </p>
    </div>
  </PublicLayout>
);

export const ForgotPage: FC<FormProps> = ({ v, values, errors }) => (
  <PublicLayout v={v} title={v.t('forgot.title')}>
    <div class="narrow">
      <h1>{v.t('forgot.title')}</h1>
      <p>{v.t('forgot.lead')}</p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/lupa-sandi" novalidate>
        <Csrf v={v} />
        <Input name="email" label={v.t('login.email')} type="email" value={values?.email} errors={errors} autocomplete="email" required />
        <Actions>
          <button type="submit">{v.t('forgot.submit')}</button>
        </Actions>
      </form>
    </div>
  </PublicLayout>
);

export const ResetPage: FC<FormProps & { token: string; email: string }> = ({ v, errors, token, email }) => (
  <PublicLayout v={v} title={v.t('reset.title')}>
    <div class="narrow">
      <h1>{v.t('reset.title')}</h1>
      <p>{v.t('reset.lead', { email })}</p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={`/atur-sandi/${token}`} novalidate>
        <Csrf v={v} />
        <Input name="password" label={v.t('reset.password')} type="password" errors={errors} autocomplete="new-password" required />
        <Input name="confirm" label={v.t('reset.confirm')} type="password" errors={errors} autocomplete="new-password" required />
        <Actions>
          <button type="submit">{v.t('reset.submit')}</button>
        </Actions>
      </form>
    </div>
  </PublicLayout>
);

export const SetupPage: FC<FormProps & { demoAvailable: boolean }> = ({ v, values, errors, message, demoAvailable }) => (
  <PublicLayout v={v} title={v.t('setup.title')}>
    <PageHeader v={v} title={v.t('setup.title')} lead={v.t('setup.lead')} />
    <ErrorSummary v={v} errors={errors} message={message} />
    <div class="two-col">
      <section aria-labelledby="setup-admin" class="card">
        <h2 id="setup-admin">{v.t('setup.admin')}</h2>
        <form method="post" action="/persiapan/admin" novalidate>
          <Csrf v={v} />
          <Input name="code" label={v.t('setup.code')} hint={v.t('setup.code_hint')} value={values?.code} errors={errors} autocomplete="off" required />
          <Input name="bodyName" label={v.t('setup.body_name')} hint={v.t('setup.body_hint')} value={values?.bodyName} errors={errors} required />
          <Input name="name" label={v.t('setup.name')} value={values?.name} errors={errors} autocomplete="name" required />
          <Input name="email" label={v.t('login.email')} type="email" value={values?.email} errors={errors} autocomplete="email" required />
          <Input
            name="password"
            label={v.t('reset.password')}
            hint={v.t('reset.lead', { email: '' }).replace(/^.*?\. /, '')}
            type="password"
            errors={errors}
            autocomplete="new-password"
            required
          />
          <Input name="confirm" label={v.t('reset.confirm')} type="password" errors={errors} autocomplete="new-password" required />
          <Actions>
            <button type="submit">{v.t('setup.submit')}</button>
          </Actions>
        </form>
      </section>
      {demoAvailable ? (
        <section aria-labelledby="setup-demo" class="card">
          <h2 id="setup-demo">{v.t('setup.demo')}</h2>
          <p>{v.t('setup.demo_lead')}</p>
          <form method="post" action="/persiapan/demo" novalidate>
            <Csrf v={v} />
            <Input name="democode" label={v.t('setup.code')} hint={v.t('setup.code_hint')} errors={errors} autocomplete="off" required />
            <Actions>
              <button type="submit" class="secondary">
                {v.t('setup.demo_submit')}
              </button>
            </Actions>
          </form>
        </section>
      ) : null}
    </div>
  </PublicLayout>
);
