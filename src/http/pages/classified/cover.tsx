// A classified item's cover: the reason for opening it is asked first.
import type { FC } from 'hono/jsx';
import type { SecurityLevel } from '../../../db/schema/index.js';
import type { ItemCover } from '../../../domain/classified/item-page.js';
import { READING_MINUTES } from '../../../domain/classified/item-page.js';
import { Actions, ErrorSummary, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { BASE, LevelBadge, Num } from './shared.js';

// --- one item ----------------------------------------------------------------------------------------------

export const CoverFacts: FC<{ v: View; number: string; level: SecurityLevel; unitName: string }> = ({ v, number, level, unitName }) => (
  <dl class="facts">
    <dt>{tx(v, 'Nomor', 'Number')}</dt>
    <dd>{number}</dd>
    <dt>{tx(v, 'Klasifikasi', 'Level')}</dt>
    <dd>
      <LevelBadge v={v} level={level} />
    </dd>
    <dt>{tx(v, 'Unit pemilik', 'Holding unit')}</dt>
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
  const title = `${tx(v, 'Informasi', 'Item')} ${cover.number}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={BASE}>{tx(v, '← Register', '← Register')}</a>
      </p>
      <h1 class="wrap-anywhere">
        {tx(v, 'Informasi', 'Item')} <Num n={cover.number} />
      </h1>
      <ErrorSummary v={v} errors={errors} message={message} />
      <CoverFacts v={v} number={cover.number} level={cover.level} unitName={cover.unitName} />
      <section aria-labelledby="h-open" class="card cls-card">
        <h2 id="h-open">{tx(v, 'Alasan membuka', 'Reason for opening')}</h2>
        <p>
          {tx(
            v,
            `Isi informasi ini baru ditampilkan setelah Anda menuliskan alasan membukanya. Alasan, nama Anda dan waktunya dicatat di log baca; alasan berlaku untuk tampilan dan unduhan selama ${READING_MINUTES} menit.`,
            `The content is shown once you give your reason for opening it. The reason, your name and the time are kept in the read log; the reason covers views and downloads for ${READING_MINUTES} minutes.`,
          )}
        </p>
        <form method="post" action={`${BASE}/${cover.id}/buka`} novalidate class="form">
          <Csrf v={v} />
          <TextArea
            name="reason"
            label={tx(v, 'Alasan membuka informasi ini', 'Your reason for opening this item')}
            hint={tx(
              v,
              'Mis. “Menyiapkan uji konsekuensi atas permohonan 012/PPID/III/2026”.',
              'E.g. “Preparing the consequence test for request 012/PPID/III/2026”.',
            )}
            value={reason ?? ''}
            errors={errors}
            rows={2}
            required
            maxlength={500}
          />
          <Actions>
            <button type="submit">{tx(v, 'Buka informasi', 'Open the item')}</button>
          </Actions>
        </form>
      </section>
    </BackofficeLayout>
  );
};
