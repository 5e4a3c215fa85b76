// A classified item's cover: the reason for opening it is asked first.
import type { FC } from 'hono/jsx';
import type { SecurityLevel } from '../../../db/schema/index.js';
import type { ItemCover } from '../../../domain/classified/item-page.js';
import { READING_MINUTES } from '../../../domain/classified/item-page.js';
import { Actions, ErrorSummary, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
import { BASE, LevelBadge, Num } from './shared.js';

// --- one item ----------------------------------------------------------------------------------------------

export const CoverFacts: FC<{ v: View; number: string; level: SecurityLevel; unitName: string }> = ({ v, number, level, unitName }) => (
  <dl class="facts">
    <dt>{tm(v, 'classified.cover.number')}</dt>
    <dd>{number}</dd>
    <dt>{tm(v, 'classified.access-log.level')}</dt>
    <dd>
      <LevelBadge v={v} level={level} />
    </dd>
    <dt>{tm(v, 'classified.cover.holding_unit')}</dt>
    <dd>{unitName}</dd>
  </dl>
);

/** The reason form, before anything of the content is shown. */
export const ItemCoverPage: FC<{ v: View; cover: ItemCover; reason?: string; errors?: FieldErrors | undefined; message?: string | undefined }> = ({
  v,
  cover,
  reason,
  errors,
  message,
}) => {
  const title = `${tm(v, 'classified.cover.item')} ${cover.number}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={BASE}>{tm(v, 'classified.cover.register')}</a>
      </p>
      <h1 class="wrap-anywhere">
        {tm(v, 'classified.cover.item')} <Num n={cover.number} />
      </h1>
      <ErrorSummary v={v} errors={errors} message={message} />
      <CoverFacts v={v} number={cover.number} level={cover.level} unitName={cover.unitName} />
      <section aria-labelledby="h-open" class="card cls-card">
        <h2 id="h-open">{tm(v, 'classified.cover.reason_opening')}</h2>
        <p>{tm(v, 'classified.cover.content_shown_once_you_give', { READING_MINUTES })}</p>
        <form method="post" action={`${BASE}/${cover.id}/buka`} novalidate class="form">
          <Csrf v={v} />
          <TextArea
            name="reason"
            label={tm(v, 'classified.cover.your_reason_opening_item')}
            hint={tm(v, 'classified.cover.e_g_preparing_consequence_test')}
            value={reason ?? ''}
            errors={errors}
            rows={2}
            required
            maxlength={500}
          />
          <Actions>
            <button type="submit">{tm(v, 'classified.cover.open_item')}</button>
          </Actions>
        </form>
      </section>
    </BackofficeLayout>
  );
};
