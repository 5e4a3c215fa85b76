// The citizen's own pages: the optional account (sign in by an emailed link, the list of one's requests,
// one request) and the readable copy of everything the body holds about them in a case. No JavaScript.
import { ReleasedFiles } from './files.js';
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { OwnRequestRow } from '../../../domain/citizen/account.js';
import { DECISION_LABELS, GROUND_LABELS } from '../../../domain/objections/objections.js';
import type { OwnData } from '../../../domain/privacy/own-data.js';
import { APPLICANT_LABELS, CHANNEL_LABELS, DISPUTE_OUTCOME_LABELS, DISPUTE_STAGE_LABELS } from '../../../domain/reports/labels.js';
import { DELIVERY_LABELS, exemptionText, FORMAT_LABELS, OUTCOME_LABELS, rupiah } from '../../../domain/requests/labels.js';
import type { TrackedRequest } from '../../../domain/requests/track-request.js';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View } from '../../components/layout.js';
import { STATUS_LABEL, STEP_LABEL } from './track.js';

const en = (v: View) => v.locale === 'en';
const longDate = (v: View, d: string) => formatLongDate(d, en(v) ? 'en' : 'id');
const when = (v: View, d: Date | string) =>
  new Intl.DateTimeFormat(en(v) ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: v.body?.timeZone ?? 'Asia/Jakarta' }).format(
    new Date(d),
  );

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
              'Bila alamat email itu pernah dipakai untuk mengajukan permohonan informasi, kami sudah mengirim tautan masuk ke sana. Tautan berlaku 30 menit dan hanya sekali pakai. Periksa juga folder spam.',
              'If that email address was used for an information request, we have sent a sign-in link to it. The link is valid for 30 minutes and works once. Check your spam folder too.',
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

export const AccountRequestsPage: FC<{ v: View; email: string; rows: OwnRequestRow[]; today: string }> = ({ v, email, rows, today }) => {
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
      <p>
        <a href="/akun">{tx(v, '← Semua permohonan saya', '← All my requests')}</a>
      </p>
      <h1>{title}</h1>
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

const Row: FC<{ label: string; value: string | number | null | undefined }> = ({ label, value }) => (
  <>
    <dt>{label}</dt>
    <dd class="pre">{value === null || value === undefined || value === '' ? '–' : String(value)}</dd>
  </>
);

/** The readable copy of the data download; `links` says where the JSON and the letters are for this visitor. */
export const OwnDataPage: FC<{ v: View; d: OwnData; jsonHref: string; letterHref: (l: OwnData['letters'][number]) => string | null; backHref: string }> = ({
  v,
  d,
  jsonHref,
  letterHref,
  backHref,
}) => {
  const title = `${tx(v, 'Data saya', 'My data')}: ${d.request.number}`;
  const r = d.request;
  const a = r.applicant;
  const n = d.writtenNotice;
  const yes = tx(v, 'ya', 'yes');
  const no = tx(v, 'tidak', 'no');
  return (
    <PublicLayout v={v} title={title}>
      <p>
        <a href={backHref}>{tx(v, '← Kembali ke permohonan', '← Back to the request')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Semua yang disimpan badan publik tentang Anda dalam permohonan ini, seperti yang dapat Anda lihat: data permohonan, langkah, pemberitahuan tertulis, keberatan, sengketa, surat dan email. Catatan internal petugas tidak termasuk.',
          'Everything the public body holds about you in this request, as shown to you: the request, its steps, the written notice, objections, disputes, letters and emails. Officers’ internal notes are not included.',
        )}
      </p>
      <p>
        <a href={jsonHref} download>
          {tx(v, 'Unduh data ini sebagai JSON', 'Download this data as JSON')}
        </a>
      </p>
      <section aria-labelledby="d-keep" class="card">
        <h2 id="d-keep">{tx(v, 'Apa yang kami simpan dan berapa lama', 'What we keep and for how long')}</h2>
        <p>{en(v) ? d.retention.text.en : d.retention.text.id}</p>
        {d.body.ppidContact.email || d.body.ppidContact.phone ? (
          <p>
            {tx(v, 'Untuk memperbaiki atau menghapus data, hubungi PPID:', 'To correct or remove your data, contact the PPID:')}{' '}
            {[d.body.ppidContact.email, d.body.ppidContact.phone].filter(Boolean).join(' · ')}
          </p>
        ) : null}
      </section>
      <h2>{tx(v, 'Pemohon', 'Applicant')}</h2>
      <dl class="facts">
        <Row label={tx(v, 'Jenis pemohon', 'Type')} value={tx(v, APPLICANT_LABELS[a.type].id, APPLICANT_LABELS[a.type].en)} />
        <Row label={tx(v, 'Nama', 'Name')} value={a.name} />
        <Row label={tx(v, 'NIK / nomor SK', 'NIK / SK number')} value={a.idNumber} />
        <Row label={tx(v, 'Alamat', 'Address')} value={a.address} />
        <Row label={tx(v, 'Pekerjaan', 'Occupation')} value={a.occupation} />
        <Row label={tx(v, 'Telepon', 'Phone')} value={a.phone} />
        <Row label="Email" value={a.email} />
        <Row label={tx(v, 'Kuasa', 'Proxy')} value={a.proxyName} />
        <Row label={tx(v, 'Pindaian identitas', 'Identity scan')} value={r.identityScan.held ? tx(v, 'disimpan terenkripsi', 'kept, encrypted') : no} />
        <Row
          label={tx(v, 'Alamat jaringan (IP)', 'Network address (IP)')}
          value={
            r.networkAddressHashHeld
              ? tx(v, 'hanya nilai hash berkunci, untuk membatasi pengiriman berulang', 'only a keyed hash, to limit repeated submissions')
              : no
          }
        />
        <Row label={tx(v, 'Persetujuan pemakaian data', 'Consent to the use of data')} value={when(v, r.consentAt)} />
      </dl>
      <h2>{tx(v, 'Permohonan', 'Request')}</h2>
      <dl class="facts">
        <Row label={tx(v, 'Nomor pendaftaran', 'Registration number')} value={r.number} />
        <Row label={tx(v, 'Saluran', 'Channel')} value={tx(v, CHANNEL_LABELS[r.channel].id, CHANNEL_LABELS[r.channel].en)} />
        <Row label={tx(v, 'Diterima', 'Received')} value={when(v, r.receivedAt)} />
        <Row label={tx(v, 'Rincian informasi', 'Information requested')} value={r.details} />
        <Row label={tx(v, 'Tujuan penggunaan', 'Purpose')} value={r.purpose} />
        <Row
          label={tx(v, 'Cara memperoleh', 'How to obtain it')}
          value={r.obtainMethod === 'salinan' ? tx(v, 'salinan', 'a copy') : tx(v, 'melihat / membaca', 'see / read')}
        />
        <Row
          label={tx(v, 'Bentuk salinan', 'Form of the copy')}
          value={r.copyFormat ? tx(v, FORMAT_LABELS[r.copyFormat]!.id, FORMAT_LABELS[r.copyFormat]!.en) : null}
        />
        <Row
          label={tx(v, 'Cara mendapatkan salinan', 'Delivery')}
          value={r.deliveryMethod ? tx(v, DELIVERY_LABELS[r.deliveryMethod]!.id, DELIVERY_LABELS[r.deliveryMethod]!.en) : null}
        />
        <Row label={tx(v, 'Unit kerja', 'Agency')} value={r.unit} />
        <Row label={tx(v, 'Jawaban tertulis paling lambat', 'Written answer due by')} value={longDate(v, r.dueDate)} />
        {r.extension ? <Row label={tx(v, 'Perpanjangan', 'Extension')} value={`${r.extension.letterNumber ?? ''} – ${r.extension.reason ?? ''}`} /> : null}
        {r.anonymisedAt ? <Row label={tx(v, 'Data pribadi dihapus', 'Personal data removed')} value={when(v, r.anonymisedAt)} /> : null}
      </dl>
      <h2>{tx(v, 'Langkah', 'Steps')}</h2>
      <ol class="steps">
        {d.steps.map((s) => (
          <li>
            <strong>{tx(v, ...STEP_LABEL[s.kind])}</strong> <span class="muted small">{when(v, s.at)}</span>
            {s.note ? <span class="block">{s.note}</span> : null}
          </li>
        ))}
      </ol>
      <h2>{tx(v, 'Pemberitahuan tertulis', 'Written notice')}</h2>
      {n ? (
        <dl class="facts">
          <Row label={tx(v, 'Nomor', 'Number')} value={n.number} />
          <Row label={tx(v, 'Tanggal', 'Date')} value={longDate(v, n.date)} />
          <Row label={tx(v, 'Keputusan', 'Decision')} value={tx(v, OUTCOME_LABELS[n.outcome].id, OUTCOME_LABELS[n.outcome].en)} />
          <Row label={tx(v, 'Informasi dikuasai', 'Information held')} value={n.held ? yes : `${no}${n.holderBody ? ` (${n.holderBody})` : ''}`} />
          <Row label={tx(v, 'Informasi yang diberikan', 'Information given')} value={n.materialGiven} />
          <Row label={tx(v, 'Bagian yang dihitamkan / dikecualikan', 'Withheld or blacked out')} value={n.materialWithheld} />
          <Row label={tx(v, 'Alasan', 'Reason')} value={n.reason} />
          <Row label={tx(v, 'Dasar pengecualian', 'Exemption')} value={n.exemptionGround ? exemptionText(n.exemptionGround) : null} />
          <Row label={tx(v, 'Ringkasan uji konsekuensi', 'Consequence test (summary)')} value={n.consequence} />
          <Row
            label={tx(v, 'Biaya', 'Cost')}
            value={n.totalCost ? `${rupiah(n.totalCost)}${n.paymentMethod ? `, ${n.paymentMethod}` : ''}` : tx(v, 'tanpa biaya', 'free')}
          />
          <Row label={tx(v, 'Ditandatangani', 'Signed by')} value={n.signedBy} />
        </dl>
      ) : (
        <p class="muted">{tx(v, 'Belum ada.', 'None yet.')}</p>
      )}
      <h2>{tx(v, 'Keberatan', 'Objections')}</h2>
      {d.objections.length ? (
        d.objections.map((o) => (
          <dl class="facts">
            <Row label={tx(v, 'Nomor', 'Number')} value={o.number} />
            <Row label={tx(v, 'Diterima', 'Received')} value={when(v, o.receivedAt)} />
            <Row
              label={tx(v, 'Alasan (Pasal 35 ayat (1))', 'Grounds (Art. 35(1))')}
              value={o.grounds.map((g) => `${GROUND_LABELS[g].letter}. ${tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}`).join('\n')}
            />
            <Row label={tx(v, 'Kasus posisi', 'What happened')} value={o.caseSummary} />
            <Row label={tx(v, 'Kuasa', 'Proxy')} value={o.proxyName} />
            <Row
              label={tx(v, 'Keputusan', 'Decision')}
              value={o.decision ? tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en) : tx(v, 'belum', 'not yet')}
            />
            <Row label={tx(v, 'Alasan keputusan', 'Reasons')} value={o.reasons} />
            <Row label={tx(v, 'Perintah kepada PPID', 'Order to the PPID')} value={o.followUp} />
            <Row label={tx(v, 'Ditandatangani', 'Signed by')} value={o.signedBy} />
          </dl>
        ))
      ) : (
        <p class="muted">{tx(v, 'Tidak ada.', 'None.')}</p>
      )}
      <h2>{tx(v, 'Sengketa di Komisi Informasi', 'Disputes at the Information Commission')}</h2>
      {d.disputes.length ? (
        d.disputes.map((x) => (
          <dl class="facts">
            <Row label={tx(v, 'Komisi Informasi', 'Commission')} value={x.commission} />
            <Row label={tx(v, 'Nomor register', 'Case number')} value={x.caseNumber} />
            <Row label={tx(v, 'Didaftarkan', 'Filed')} value={longDate(v, x.filedOn)} />
            <Row label={tx(v, 'Tahap', 'Stage')} value={tx(v, DISPUTE_STAGE_LABELS[x.stage].id, DISPUTE_STAGE_LABELS[x.stage].en)} />
            <Row label={tx(v, 'Sidang', 'Hearings')} value={x.hearings.map((h) => longDate(v, h)).join('\n')} />
            <Row label={tx(v, 'Hasil mediasi', 'Mediation result')} value={x.mediationResult} />
            <Row label={tx(v, 'Amar putusan', 'Ruling')} value={x.ruling} />
            <Row
              label={tx(v, 'Hasil', 'Result')}
              value={x.outcome ? tx(v, DISPUTE_OUTCOME_LABELS[x.outcome].id, DISPUTE_OUTCOME_LABELS[x.outcome].en) : null}
            />
          </dl>
        ))
      ) : (
        <p class="muted">{tx(v, 'Tidak ada.', 'None.')}</p>
      )}
      <h2>{tx(v, 'Surat', 'Letters')}</h2>
      <ul class="link-list">
        {d.letters.map((l) => (
          <li>
            {letterHref(l) ? <a href={letterHref(l)!}>{l.title}</a> : l.title}{' '}
            <span class="muted small">{[l.number, l.date ? longDate(v, l.date) : ''].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      <h2>{tx(v, 'Email kepada Anda', 'Emails to you')}</h2>
      {d.emails.length ? (
        <ul class="plain-list">
          {d.emails.map((m) => (
            <li>
              {m.subject} <span class="muted small">{when(v, m.queuedAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tx(v, 'Tidak ada.', 'None.')}</p>
      )}
    </PublicLayout>
  );
};
