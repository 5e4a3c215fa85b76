import type { FC } from 'hono/jsx';
import { PublicLayout, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

export const ErrorPage: FC<{ v: View; title: string; message: string; code?: string | undefined }> = ({ v, title, message, code }) => (
  <PublicLayout v={v} title={title}>
    <PageHeader v={v} title={title} lead={message} />
    {code ? (
      <p>
        {v.t('err.code')}: <code>{code}</code>
      </p>
    ) : null}
    <p>
      <a href="/">{v.t('err.home')}</a>
    </p>
  </PublicLayout>
);
