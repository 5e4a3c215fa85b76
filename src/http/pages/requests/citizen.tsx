// The citizen's optional account: sign in by an emailed link, the list of one's requests and of one's
// objections on ground b filed without a request, one request.
// No JavaScript.
import { ReleasedFiles } from './files.js';
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { OwnRequestRow, OwnUnpublishedObjectionRow } from '../../../domain/citizen/account.js';
import { DECISION_LABELS } from '../../../domain/objections/objections.js';
import { OUTCOME_LABELS } from '../../../domain/requests/labels.js';
import type { TrackedRequest } from '../../../domain/requests/track-request.js';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { STATUS_LABEL, STEP_LABEL } from './track.js';
import { dateTime } from '../../dates.js';

export const en = (v: View) => v.locale === 'en';

export const longDate = (v: View, d: string) => formatLongDate(d, en(v) ? 'en' : 'id');

export const when = (v: View, d: Date | string) => dateTime(v, new Date(d), 'long');

export const AccountSignInPage: FC<{
  v: View;
  email?: string;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  sent?: boolean;
  signedOut?: boolean;
}> = ({ v, email, errors, message, sent, signedOut }) => {
  const title = tx(v, 'Permohonan saya', 'My requests');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      {sent ? (
        <div class="notice success" role="status">
          <p>
            {tx(
              v,
              'Bila alamat email itu pernah dipakai untuk mengajukan permohonan informasi atau keberatan, kami sudah mengirim tautan masuk ke sana. Tautan berlaku 30 menit dan hanya sekali pakai. Periksa juga folder spam.',
              'If that email address was used for an information request or an objection, we have sent a sign-in link to it. The link is valid for 30 minutes and works once. Check your spam folder too.',
            )}
          </p>
        </div>
      ) : null}
      {signedOut ? (
        <div class="notice" role="status">
          <p>{tx(v, 'Anda sudah keluar.', 'You are signed out.')}</p>
        </div>
      ) : null}
      <p class="lead">
        {tx(
          v,
          'Lihat semua permohonan informasi yang Anda ajukan dengan satu alamat email: status, batas waktu, surat dan data Anda. Tidak perlu kata sandi: kami mengirim tautan masuk ke email Anda. Akun ini tidak wajib; permohonan tetap dapat dilacak dengan nomor pendaftaran dan kode pelacakan.',
          'See every information request you filed with one email address: status, deadlines, letters and your data. No password: we email you a sign-in link. The account is optional; any request can still be tracked with its registration number and tracking code.',
        )}
      </p>
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/akun/masuk" novalidate class="form">
        <Csrf v={v} />
        <Input
          name="email"
          type="email"
          label={tx(v, 'Alamat email yang dipakai saat mengajukan permohonan', 'The email address you used for your requests')}
          value={email}
          errors={errors}
          required
          autocomplete="email"
          inputmode="email"
        />
        <Actions>
          <button type="submit">{tx(v, 'Kirim tautan masuk', 'Send me a sign-in link')}</button>
        </Actions>
      </form>
      <p>
        <a href="/permohonan/lacak">{tx(v, 'Lacak dengan nomor pendaftaran dan kode pelacakan', 'Track with the registration number and tracking code')}</a>
      </p>
    </PublicLayout>
  );
};

export const AccountConfirmPage: FC<{ v: View; token: string; usable: boolean }> = ({ v, token, usable }) => {
  const title = tx(v, 'Masuk ke Permohonan saya', 'Sign in to My requests');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      {usable ? (
        <>
          <p>
            {tx(
              v,
              'Tekan tombol di bawah untuk masuk. Tautan ini hanya dapat dipakai sekali.',
              'Press the button below to sign in. This link works only once.',
            )}
          </p>
          <form method="post" action={`/akun/masuk/${encodeURIComponent(token)}`} class="form">
            <Csrf v={v} />
            <Actions>
              <button type="submit">{tx(v, 'Masuk', 'Sign in')}</button>
            </Actions>
          </form>
        </>
      ) : (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>
            {tx(
              v,
              'Tautan masuk ini tidak berlaku lagi (sudah dipakai, kedaluwarsa, atau salah). Minta tautan baru.',
              'This sign-in link is no longer valid (already used, expired or wrong). Ask for a new one.',
            )}
          </h2>
          <p>
            <a href="/akun">{tx(v, 'Minta tautan baru', 'Ask for a new link')}</a>
          </p>
        </div>
      )}
    </PublicLayout>
  );
};

const SignOut: FC<{ v: View }> = ({ v }) => (
  <form method="post" action="/akun/keluar" class="inline">
    <Csrf v={v} />
    <button type="submit" class="secondary">
      {tx(v, 'Keluar', 'Sign out')}
    </button>
  </form>
);

/** The objections on ground b filed without a request with this email: status, the answer's date, the letter once decided. */
const OwnUnpublishedObjections: FC<{ v: View; rows: OwnUnpublishedObjectionRow[]; today: string }> = ({ v, rows, today }) => (
  <section aria-labelledby="own-obj-h">
    <h2 id="own-obj-h">
      {tx(v, 'Keberatan tanpa permohonan (informasi yang wajib diumumkan)', 'Objections without a request (information that must be published)')}
    </h2>
    <ul class="card-list own-objections">
      {rows.map((o) => (
        <li class="card">
          <h3>{o.number}</h3>
          <dl class="facts">
            <dt>{tx(v, 'Diterima', 'Received')}</dt>
            <dd>{when(v, o.receivedAt)}</dd>
            {o.status === 'decided' && o.decision ? (
              <>
                <dt>{tx(v, 'Putusan Atasan PPID', 'The superior’s decision')}</dt>
                <dd>{tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en)}</dd>
              </>
            ) : (
              <>
                <dt>Status</dt>
                <dd>{tx(v, 'Diperiksa Atasan PPID', 'With the PPID’s superior')}</dd>
                <dt>{tx(v, 'Tanggapan tertulis paling lambat', 'Written answer due by')}</dt>
                <dd>
                  {longDate(v, o.dueDate)}
                  {o.dueDate < today ? <strong class="warn"> {tx(v, '– sudah lewat', '– passed')}</strong> : null}
                </dd>
              </>
            )}
          </dl>
          {o.status === 'decided' ? (
            <p>
              <a href={`/akun/keberatan/${o.id}.pdf`}>
                {tx(v, 'Surat tanggapan Atasan PPID (PDF)', 'The superior’s answer (PDF)')}
                <span class="vh"> {o.number}</span>
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  </section>
);

export const AccountRequestsPage: FC<{ v: View; email: string; rows: OwnRequestRow[]; objections?: OwnUnpublishedObjectionRow[]; today: string }> = ({
  v,
  email,
  rows,
  objections = [],
  today,
}) => {
  const title = tx(v, 'Permohonan saya', 'My requests');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(v, 'Masuk sebagai', 'Signed in as')} <strong>{email}</strong>
      </p>
      <SignOut v={v} />
      {rows.length === 0 ? (
        <p>{tx(v, 'Belum ada permohonan yang diajukan dengan alamat email ini.', 'No request has been filed with this email address.')}</p>
      ) : (
        <ul class="card-list own-requests">
          {rows.map((r) => {
            const overdue = !r.outcome && r.dueDate < today;
            return (
              <li class="card">
                <h2 class="h3">
                  <a href={`/akun/permohonan/${r.id}`}>{r.number}</a>
                </h2>
                <dl class="facts">
                  <dt>Status</dt>
                  <dd>{tx(v, ...STATUS_LABEL[r.status])}</dd>
                  <dt>{tx(v, 'Diterima', 'Received')}</dt>
                  <dd>{when(v, r.receivedAt)}</dd>
                  {r.outcome && r.noticeDate ? (
                    <>
                      <dt>{tx(v, 'Keputusan', 'Decision')}</dt>
                      <dd>
                        {tx(v, OUTCOME_LABELS[r.outcome].id, OUTCOME_LABELS[r.outcome].en)} ({longDate(v, r.noticeDate)})
                      </dd>
                    </>
                  ) : (
                    <>
                      <dt>{tx(v, 'Jawaban tertulis paling lambat', 'Written answer due by')}</dt>
                      <dd>
                        {longDate(v, r.dueDate)}
                        {r.extended ? ` (${tx(v, 'diperpanjang', 'extended')})` : ''}
                        {overdue ? <strong class="warn"> {tx(v, '– sudah lewat', '– passed')}</strong> : null}
                      </dd>
                    </>
                  )}
                  {r.openObjections ? (
                    <>
                      <dt>{tx(v, 'Keberatan', 'Objection')}</dt>
                      <dd>{tx(v, 'sedang diperiksa Atasan PPID', 'with the PPID’s superior')}</dd>
                    </>
                  ) : null}
                </dl>
                <ul class="inline-list">
                  <li>
                    <a href={`/akun/permohonan/${r.id}`}>
                      {tx(v, 'Lihat perkembangan', 'Follow it')}
                      <span class="vh"> {r.number}</span>
                    </a>
                  </li>
                  <li>
                    <a href={`/akun/permohonan/${r.id}/data`}>
                      {tx(v, 'Data saya', 'My data')}
                      <span class="vh"> {r.number}</span>
                    </a>
                  </li>
                  <li>
                    <a href={`/akun/permohonan/${r.id}/data.json`}>
                      {tx(v, 'Unduh data (JSON)', 'Download data (JSON)')}
                      <span class="vh"> {r.number}</span>
                    </a>
                  </li>
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {objections.length ? <OwnUnpublishedObjections v={v} rows={objections} today={today} /> : null}
      <p class="muted small">
        {tx(
          v,
          'Untuk mengajukan keberatan, buka tautan pelacakan dari email tanda bukti permohonan (memuat kode pelacakan).',
          'To file an objection, open the tracking link in the receipt email (it holds the tracking code).',
        )}
      </p>
    </PublicLayout>
  );
};

/** One request in the account: the tracking view, with the letters served from the account. */
export const AccountRequestPage: FC<{ v: View; id: string; tracked: TrackedRequest }> = ({ v, id, tracked }) => {
  const title = `${tx(v, 'Permohonan', 'Request')} ${tracked.number}`;
  const base = `/akun/permohonan/${id}`;
  const letters = [
    ...(tracked.dueDateBeforeExtension ? [['perpanjangan', tx(v, 'Surat pemberitahuan perpanjangan (PDF)', 'Extension letter (PDF)')]] : []),
    ...(tracked.notice ? [['pemberitahuan', tx(v, 'Surat pemberitahuan tertulis (PDF)', 'Written notice (PDF)')]] : []),
    ...(tracked.notice?.refusal ? [['penolakan', tx(v, 'Surat keputusan penolakan (PDF)', 'Refusal decision (PDF)')]] : []),
  ];
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader v={v} back={{ href: '/akun', label: tx(v, '← Semua permohonan saya', '← All my requests') }} title={title} />
      <dl class="facts">
        <dt>Status</dt>
        <dd>{tx(v, ...STATUS_LABEL[tracked.status])}</dd>
        <dt>{tx(v, 'Diterima', 'Received')}</dt>
        <dd>{when(v, tracked.receivedAt)}</dd>
        <dt>{tx(v, 'Jawaban tertulis paling lambat', 'Written answer due by')}</dt>
        <dd>
          {longDate(v, tracked.dueDate)}
          {tracked.dueDateBeforeExtension ? ` (${tx(v, 'diperpanjang dari', 'extended from')} ${longDate(v, tracked.dueDateBeforeExtension)})` : ''}
        </dd>
        {tracked.unitName ? (
          <>
            <dt>{tx(v, 'Unit kerja', 'Agency')}</dt>
            <dd>{tracked.unitName}</dd>
          </>
        ) : null}
        {tracked.notice ? (
          <>
            <dt>{tx(v, 'Keputusan', 'Decision')}</dt>
            <dd>
              {tx(v, OUTCOME_LABELS[tracked.notice.outcome].id, OUTCOME_LABELS[tracked.notice.outcome].en)} ({longDate(v, tracked.notice.date)})
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{tx(v, 'Langkah', 'Steps')}</h2>
      <ol class="steps timeline">
        {tracked.steps.map((s) => (
          <li>
            <strong>{tx(v, ...STEP_LABEL[s.kind])}</strong>
            <span class="muted small block">
              <time datetime={s.at.toISOString()}>{when(v, s.at)}</time>
            </span>
            {s.note ? <p>{s.note}</p> : null}
          </li>
        ))}
      </ol>
      {/* case-docs: released files */}
      <ReleasedFiles v={v} files={tracked.files} href={(f) => `${base}/berkas/${f.id}`} />
      {letters.length || tracked.objections.some((o) => o.status === 'decided') ? (
        <>
          <h2>{tx(v, 'Surat', 'Letters')}</h2>
          <ul class="link-list">
            {letters.map(([file, label]) => (
              <li>
                <a href={`${base}/surat/${file}.pdf`}>{label}</a>
              </li>
            ))}
            {tracked.objections
              .filter((o) => o.status === 'decided')
              .map((o) => (
                <li>
                  <a href={`${base}/keberatan/${o.id}.pdf`}>
                    {tx(v, 'Tanggapan atas keberatan', 'Answer to the objection')} {o.number} (PDF)
                  </a>
                </li>
              ))}
          </ul>
        </>
      ) : null}
      {tracked.objections.length ? (
        <>
          <h2>{tx(v, 'Keberatan', 'Objections')}</h2>
          <ul class="plain-list">
            {tracked.objections.map((o) => (
              <li>
                <strong>{o.number}</strong> –{' '}
                {o.status === 'decided' && o.decision
                  ? tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en)
                  : `${tx(v, 'sedang diperiksa Atasan PPID; tanggapan paling lambat', 'with the PPID’s superior; answer due by')} ${longDate(v, o.dueDate)}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{tx(v, 'Data saya', 'My data')}</h2>
      <ul class="link-list">
        <li>
          <a href={`${base}/data`}>{tx(v, 'Semua data saya pada permohonan ini', 'All my data in this request')}</a>
        </li>
        <li>
          <a href={`${base}/data.json`}>{tx(v, 'Unduh sebagai JSON', 'Download as JSON')}</a>
        </li>
      </ul>
    </PublicLayout>
  );
};
