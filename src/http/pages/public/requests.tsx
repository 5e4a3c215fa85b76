// The citizen's side of a request for information: the form, the confirmation with the number and the
// code, and the tracking page (steps and deadlines, no personal data). No JavaScript needed.
import { ReleasedFiles } from './request-files.js';
import type { FC } from 'hono/jsx';
import { GROUNDS } from '../../../domain/exemptions/grounds.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { DISPUTE_OUTCOME_LABELS, STAGE_LABELS } from '../../../domain/disputes/labels.js';
import { DECISION_LABELS, GROUND_LABELS } from '../../../domain/objections/objections.js';
import { OUTCOME_LABELS } from '../../../domain/requests/labels.js';
import type { ServiceStatistics } from '../../../domain/requests/statistics.js';
import type { TrackedRequest } from '../../../domain/requests/track-request.js';
import { OBJECTION_GROUNDS } from '../../../db/schema/objections.js';
import type { Unit } from '../../../domain/units/units.js';
import { Actions, Checkboxes, ErrorSummary, Input, Radios, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View } from '../../components/layout.js';

export type RequestFormValues = Record<string, string>;

/** The public entry a request form was opened for ("Minta informasi ini" on its page). */
export type RequestAbout = { title: string; number: string; href: string };

const longDate = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');

export const RequestFormPage: FC<{
  v: View;
  values: RequestFormValues;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  units: Unit[];
  formToken: string;
  /** A scan already received with an earlier, refused submission (kept, encrypted). */
  identityScan?: { token: string; mime: string; size: number } | null;
  /** intake-gaps: the proxy's surat kuasa kept from a previous send. */
  proxyLetter?: { token: string; mime: string; size: number } | null;
  about?: RequestAbout | null;
}> = ({ v, values, errors, message, units, formToken, identityScan, about, proxyLetter }) => {
  const title = tx(v, 'Ajukan permohonan informasi', 'Request information');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Setiap warga negara Indonesia dan badan hukum Indonesia berhak meminta informasi publik (UU No. 14 Tahun 2008). Tidak perlu akun. PPID wajib menjawab secara tertulis paling lambat 10 hari kerja.',
          'Every Indonesian citizen and Indonesian legal entity may request public information (Law No. 14 of 2008). No account is needed. The PPID must answer in writing within 10 working days.',
        )}
      </p>
      <p>
        {tx(v, 'Sudah mencari di ', 'Have you searched the ')}
        <a href="/informasi">{tx(v, 'Daftar Informasi Publik', 'Public Information Register')}</a>
        {tx(v, '? Banyak informasi bisa langsung diunduh.', '? Much information can be downloaded at once.')}
      </p>
      {about ? (
        <p class="notice-plain">
          {tx(v, 'Permohonan untuk ', 'Request for ')}
          <a href={about.href}>{about.title}</a> ({about.number}).{' '}
          {tx(v, 'Rincian informasi sudah terisi; lengkapi identitas Anda.', 'The information is filled in; add your details.')}
        </p>
      ) : null}
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/permohonan" novalidate class="form request-form" enctype="multipart/form-data">
        <Csrf v={v} />
        <input type="hidden" name="formToken" value={formToken} />
        {/* Left empty by people; filled by robots that fill in every field. */}
        <div class="hp" aria-hidden="true">
          <label for="f-website">Website</label>
          <input type="text" id="f-website" name="website" tabindex={-1} autocomplete="off" value="" />
        </div>
        <h2>{tx(v, 'Identitas pemohon', 'Applicant')}</h2>
        <Radios
          name="applicantType"
          legend={tx(v, 'Jenis pemohon', 'Type of applicant')}
          value={values.applicantType ?? 'perorangan'}
          errors={errors}
          options={[
            { value: 'perorangan', label: tx(v, 'Perorangan', 'Individual') },
            { value: 'badan_hukum', label: tx(v, 'Badan hukum', 'Legal entity') },
            { value: 'kelompok', label: tx(v, 'Kelompok orang / organisasi masyarakat', 'Group or civic organisation') },
          ]}
        />
        <Input name="name" label={tx(v, 'Nama lengkap', 'Full name')} value={values.name} errors={errors} required autocomplete="name" />
        <Input
          name="idNumber"
          label={tx(v, 'NIK atau nomor SK pengesahan badan hukum', 'NIK or the legal entity’s SK pengesahan number')}
          hint={tx(
            v,
            'Perorangan dan kelompok: NIK 16 angka sesuai KTP (untuk kelompok: NIK penanggung jawab). Badan hukum: nomor SK pengesahan dari Kemenkumham.',
            'Individuals and groups: the 16-digit NIK on the identity card (for groups: the coordinator’s). Legal entities: the SK pengesahan number.',
          )}
          value={values.idNumber}
          errors={errors}
          required
          inputmode="text"
          maxlength={100}
        />
        <TextArea name="address" label={tx(v, 'Alamat', 'Address')} value={values.address} errors={errors} required rows={3} />
        <Input name="occupation" label={`${tx(v, 'Pekerjaan', 'Occupation')} ${v.t('common.optional')}`} value={values.occupation} errors={errors} />
        <Input
          name="email"
          type="email"
          label={tx(v, 'Email', 'Email')}
          hint={tx(
            v,
            'Isi email atau telepon. Dengan email, Anda menerima tanda bukti dan kabar perkembangan.',
            'Give an email or a phone number. With an email you receive the receipt and updates.',
          )}
          value={values.email}
          errors={errors}
          autocomplete="email"
          inputmode="email"
        />
        <Input name="phone" type="tel" label={tx(v, 'Telepon / WhatsApp', 'Phone')} value={values.phone} errors={errors} autocomplete="tel" inputmode="tel" />
        <Input
          name="proxyName"
          label={`${tx(v, 'Nama kuasa, bila diajukan oleh kuasa', 'Name of the proxy, if a proxy files this')} ${v.t('common.optional')}`}
          value={values.proxyName}
          errors={errors}
        />
        <IdentityScanField v={v} errors={errors} kept={identityScan ?? null} />
        <ProxyLetterField v={v} errors={errors} kept={proxyLetter ?? null} />

        <h2>{tx(v, 'Informasi yang diminta', 'The information requested')}</h2>
        <TextArea
          name="details"
          label={tx(v, 'Rincian informasi yang dibutuhkan', 'The information you need')}
          hint={tx(
            v,
            'Sebutkan sejelas mungkin: judul dokumen, tahun, kegiatan atau lokasi.',
            'Be as precise as you can: document title, year, activity or place.',
          )}
          value={values.details}
          errors={errors}
          required
          rows={5}
        />
        <TextArea
          name="purpose"
          label={tx(v, 'Tujuan penggunaan informasi', 'What you will use it for')}
          value={values.purpose}
          errors={errors}
          required
          rows={3}
        />
        <Select
          name="unit"
          label={`${tx(v, 'Unit kerja yang menguasai informasi', 'Agency that holds the information')} ${v.t('common.optional')}`}
          hint={tx(v, 'Bila tidak tahu, biarkan kosong; PPID Utama akan meneruskannya.', 'If you do not know, leave it empty; the lead PPID will route it.')}
          value={values.unit}
          errors={errors}
          options={[
            { value: '', label: tx(v, '– Tidak tahu / biar PPID yang menentukan –', '– Not sure / let the PPID decide –') },
            ...units.map((u) => ({ value: u.code, label: u.name })),
          ]}
        />
        <Radios
          name="obtainMethod"
          legend={tx(v, 'Cara memperoleh informasi', 'How you want to obtain it')}
          value={values.obtainMethod}
          errors={errors}
          options={[
            { value: 'melihat', label: tx(v, 'Melihat / membaca / mendengarkan / mencatat', 'See, read, listen or take notes') },
            { value: 'salinan', label: tx(v, 'Mendapatkan salinan (hardcopy/softcopy)', 'Get a copy (printed or electronic)') },
          ]}
        />
        <Radios
          name="copyFormat"
          legend={tx(v, 'Bentuk salinan (bila meminta salinan)', 'Form of the copy (if you want a copy)')}
          value={values.copyFormat}
          errors={errors}
          options={[
            { value: 'softcopy', label: tx(v, 'Softcopy (berkas elektronik)', 'Electronic file') },
            { value: 'hardcopy', label: tx(v, 'Hardcopy (cetak; dapat dikenai biaya salinan)', 'Printed (copying costs may apply)') },
          ]}
        />
        <Radios
          name="deliveryMethod"
          legend={tx(v, 'Cara mendapatkan salinan (bila meminta salinan)', 'How to receive the copy (if you want a copy)')}
          value={values.deliveryMethod}
          errors={errors}
          options={[
            { value: 'email', label: 'Email' },
            { value: 'ambil_langsung', label: tx(v, 'Mengambil langsung', 'Collect in person') },
            { value: 'pos', label: tx(v, 'Pos', 'Post') },
            { value: 'kurir', label: tx(v, 'Kurir', 'Courier') },
            { value: 'faksimili', label: tx(v, 'Faksimili', 'Fax') },
          ]}
        />

        <h2>{tx(v, 'Pernyataan', 'Statement')}</h2>
        <div class={`field check${errors?.consent ? ' has-error' : ''}`}>
          {errors?.consent ? (
            <p class="error" id="e-consent">
              {errors.consent}
            </p>
          ) : null}
          <input
            type="checkbox"
            id="f-consent"
            name="consent"
            value="1"
            checked={values.consent === '1'}
            aria-describedby={errors?.consent ? 'e-consent' : undefined}
          />
          <label for="f-consent">
            {tx(
              v,
              'Saya menyatakan data di atas benar. Saya setuju data pribadi saya disimpan dan dipakai oleh PPID hanya untuk melayani permohonan ini, dan tidak akan dipakai untuk tujuan lain atau dibuka kepada publik.',
              'I declare that the details above are true. I agree that the PPID keeps and uses my personal data only to handle this request; it will not be used for anything else or made public.',
            )}
          </label>
        </div>
        <Actions>
          <button type="submit">{tx(v, 'Kirim permohonan', 'Send the request')}</button>
        </Actions>
      </form>
    </PublicLayout>
  );
};

const scanKind = (mime: string) => (mime === 'application/pdf' ? 'PDF' : mime === 'image/png' ? 'PNG' : 'JPEG');

/** The optional identity scan: a file input, or the scan already received with a refused submission. */
type KeptFile = { token: string; mime: string; size: number };
const IdentityScanField: FC<{ v: View; errors?: FieldErrors | undefined; kept: KeptFile | null }> = ({ v, errors, kept }) => (
  <ScanField
    v={v}
    errors={errors}
    kept={kept}
    field="identityScan"
    label={tx(v, 'Pindaian identitas', 'Identity scan')}
    hint={tx(
      v,
      'Foto atau pindaian KTP, akta/SK badan hukum, atau surat kuasa: JPEG, PNG atau PDF, paling besar 5 MB. Disimpan terenkripsi dan hanya dapat dilihat petugas yang menangani permohonan Anda; tidak pernah dikirim lewat email atau ditampilkan di halaman pelacakan.',
      'A photo or scan of the identity card, the legal entity’s deed/SK, or the letter of authority: JPEG, PNG or PDF, at most 5 MB. It is stored encrypted and only the staff handling your request can see it; it is never emailed or shown on the tracking page.',
    )}
  />
);

/** intake-gaps: the proxy's surat kuasa, optional, checked and kept as the identity scan is. */
const ProxyLetterField: FC<{ v: View; errors?: FieldErrors | undefined; kept: KeptFile | null }> = ({ v, errors, kept }) => (
  <ScanField
    v={v}
    errors={errors}
    kept={kept}
    field="proxyLetter"
    label={tx(v, 'Surat kuasa', 'Power of attorney (surat kuasa)')}
    hint={tx(
      v,
      'Bila permohonan diajukan melalui kuasa (nama kuasa diisi di atas): foto atau pindaian surat kuasa, JPEG, PNG atau PDF, paling besar 5 MB. Disimpan terenkripsi, hanya untuk petugas yang menangani permohonan.',
      'When a proxy files the request (the proxy’s name above): a photo or scan of the power of attorney, JPEG, PNG or PDF, at most 5 MB. Stored encrypted, for the staff handling the request only.',
    )}
  />
);

const ScanField: FC<{ v: View; errors?: FieldErrors | undefined; kept: KeptFile | null; field: string; label: string; hint: string }> = ({
  v,
  errors,
  kept,
  field,
  label,
  hint,
}) => {
  const error = errors?.[field];
  const ids = [`h-${field}`, error ? `e-${field}` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={`f-${field}`}>
        {label} {v.t('common.optional')}
      </label>
      <p class="hint" id={`h-${field}`}>
        {hint}
      </p>
      {error ? (
        <p class="error" id={`e-${field}`}>
          {error}
        </p>
      ) : null}
      {kept ? (
        <div class="notice-plain">
          <p>
            {tx(
              v,
              `Pindaian sudah diterima (${scanKind(kept.mime)}, ${Math.max(1, Math.round(kept.size / 1024))} KB); tidak perlu diunggah lagi. Pilih berkas lain hanya bila ingin menggantinya.`,
              `The scan was received (${scanKind(kept.mime)}, ${Math.max(1, Math.round(kept.size / 1024))} KB); no need to upload it again. Choose another file only to replace it.`,
            )}
          </p>
          <input type="hidden" name={`${field}Token`} value={kept.token} />
          <div class="check">
            <input type="checkbox" id={`f-${field}Remove`} name={`${field}Remove`} value="1" />
            <label for={`f-${field}Remove`}>{tx(v, 'Jangan lampirkan pindaian ini', 'Do not attach this scan')}</label>
          </div>
        </div>
      ) : null}
      <input id={`f-${field}`} type="file" name={field} accept=".jpg,.jpeg,.png,.pdf" aria-invalid={error ? 'true' : undefined} aria-describedby={ids} />
    </div>
  );
};

export const RequestSentPage: FC<{ v: View; number: string; code: string; dueDate: string; emailed: boolean }> = ({ v, number, code, dueDate, emailed }) => {
  const title = tx(v, 'Permohonan terdaftar', 'Request registered');
  const q = `nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`;
  return (
    <PublicLayout v={v} title={title}>
      <div class="notice success" role="status">
        <h1>{title}</h1>
        <p>
          {tx(v, 'Nomor pendaftaran Anda:', 'Your registration number:')} <strong class="big-number">{number}</strong>
        </p>
      </div>
      <dl class="facts">
        <dt>{tx(v, 'Kode pelacakan (rahasia)', 'Tracking code (secret)')}</dt>
        <dd>
          <code>{code}</code>
        </dd>
        <dt>{tx(v, 'Jawaban tertulis paling lambat', 'Written answer due by')}</dt>
        <dd>{longDate(v, dueDate)}</dd>
      </dl>
      <p>
        {emailed
          ? tx(v, 'Tanda bukti dan tautan pelacakan juga kami kirim ke email Anda.', 'The receipt and the tracking link were also sent to your email.')
          : tx(
              v,
              'Catat nomor dan kode ini, atau unduh tanda buktinya: tanpa email, hanya itu kunci untuk melihat permohonan Anda.',
              'Write down this number and code, or download the receipt: without an email, they are the only key to your request.',
            )}
      </p>
      <ul class="link-list">
        <li>
          <a href={`/permohonan/tanda-bukti.pdf?${q}`}>{tx(v, 'Unduh tanda bukti permohonan (PDF)', 'Download the request receipt (PDF)')}</a>
        </li>
        <li>
          <a href={`/permohonan/lacak?${q}`}>{tx(v, 'Lihat perkembangan permohonan', 'Follow the request')}</a>
        </li>
      </ul>
    </PublicLayout>
  );
};

export const STEP_LABEL: Record<TrackedRequest['steps'][number]['kind'], [string, string]> = {
  received: ['Permohonan diterima dan terdaftar', 'Request received and registered'],
  disposed: ['Diteruskan ke unit kerja yang menguasai informasi', 'Passed to the agency that holds the information'],
  unit_answered: ['Unit kerja telah menyiapkan jawaban', 'The agency has prepared its answer'],
  extended: ['Jangka waktu diperpanjang 7 hari kerja', 'Time limit extended by 7 working days'],
  answered: ['Pemberitahuan tertulis dikirim', 'Written notice sent'],
  objection_filed: ['Keberatan diajukan', 'Objection filed'],
  note: ['Catatan', 'Note'],
  dispute_registered: ['Sengketa didaftarkan di Komisi Informasi', 'Dispute filed with the Information Commission'],
  dispute_stage: ['Tahap sengketa', 'Dispute stage'],
  dispute_decided: ['Hasil penyelesaian sengketa', 'Outcome of the dispute'],
  dispute_closed: ['Perkara sengketa selesai', 'Dispute closed'],
  files_released: ['Berkas informasi dapat diunduh', 'Information files can be downloaded'],
  handed_over: ['Informasi diserahkan', 'Information handed over'],
};

export const STATUS_LABEL: Record<TrackedRequest['status'], [string, string]> = {
  received: ['Diterima', 'Received'],
  in_progress: ['Sedang diproses', 'Being handled'],
  extended: ['Diperpanjang', 'Extended'],
  answered: ['Sudah dijawab', 'Answered'],
  closed: ['Selesai', 'Closed'],
};

const TrackLetters: FC<{ v: View; tracked: TrackedRequest; q: string }> = ({ v, tracked, q }) => {
  const links = [
    ...(tracked.dueDateBeforeExtension ? [['perpanjangan', tx(v, 'Surat pemberitahuan perpanjangan (PDF)', 'Extension letter (PDF)')]] : []),
    ...(tracked.notice ? [['pemberitahuan', tx(v, 'Surat pemberitahuan tertulis (PDF)', 'Written notice (PDF)')]] : []),
    ...(tracked.notice?.refusal ? [['penolakan', tx(v, 'Surat keputusan penolakan (PDF)', 'Refusal decision (PDF)')]] : []),
  ];
  if (!links.length) return null;
  return (
    <ul class="link-list">
      {links.map(([file, label]) => (
        <li>
          <a href={`/permohonan/surat/${file}.pdf?${q}`}>{label}</a>
        </li>
      ))}
    </ul>
  );
};

const TrackDispute: FC<{ v: View; d: NonNullable<TrackedRequest['dispute']>; q: string }> = ({ v, d, q }) => (
  <>
    <h3>{tx(v, 'Sengketa di Komisi Informasi', 'Dispute at the Information Commission')}</h3>
    <dl class="facts">
      <dt>{tx(v, 'Komisi Informasi', 'Commission')}</dt>
      <dd>{d.commission}</dd>
      <dt>{tx(v, 'Nomor register', 'Case number')}</dt>
      <dd>{d.caseNumber}</dd>
      <dt>{tx(v, 'Didaftarkan', 'Filed on')}</dt>
      <dd>{longDate(v, d.filedOn)}</dd>
      <dt>{tx(v, 'Tahap', 'Stage')}</dt>
      <dd>{STAGE_LABELS[d.stage][v.locale]}</dd>
      {d.outcome ? (
        <>
          <dt>{tx(v, 'Hasil', 'Outcome')}</dt>
          <dd>
            {DISPUTE_OUTCOME_LABELS[d.outcome][v.locale]}
            {d.decidedOn ? ` (${longDate(v, d.decidedOn)})` : ''}
          </dd>
        </>
      ) : null}
    </dl>
    {d.decisionFile ? (
      <p>
        <a href={`/permohonan/sengketa/putusan.pdf?${q}`}>{tx(v, 'Unduh putusan Komisi Informasi (PDF)', 'Download the decision (PDF)')}</a>
      </p>
    ) : null}
  </>
);

export const TrackPage: FC<{
  v: View;
  values: { nomor: string; kode: string };
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  tracked?: TrackedRequest | undefined;
  today?: string;
}> = ({ v, values, errors, message, tracked, today = '' }) => {
  const title = tx(v, 'Lacak permohonan', 'Track a request');
  const fmtTime = (d: Date) =>
    new Intl.DateTimeFormat(v.locale === 'en' ? 'en-GB' : 'id-ID', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: v.body?.timeZone ?? 'Asia/Jakarta',
    }).format(d);
  return (
    <PublicLayout v={v} title={tracked ? `${title} ${tracked.number}` : title}>
      <h1>{title}</h1>
      {tracked ? (
        <section aria-labelledby="t-status">
          <h2 id="t-status">
            {tx(v, 'Permohonan', 'Request')} {tracked.number}
          </h2>
          <dl class="facts">
            <dt>Status</dt>
            <dd>{tx(v, ...STATUS_LABEL[tracked.status])}</dd>
            <dt>{tx(v, 'Diterima', 'Received')}</dt>
            <dd>{fmtTime(tracked.receivedAt)}</dd>
            <dt>{tx(v, 'Jawaban tertulis paling lambat', 'Written answer due by')}</dt>
            <dd>
              {longDate(v, tracked.dueDate)}{' '}
              <span class="muted small">
                (
                {tracked.dueDateBeforeExtension
                  ? tx(v, '10 + 7 hari kerja (diperpanjang) sejak', '10 + 7 working days (extended) from')
                  : tx(v, '10 hari kerja sejak', '10 working days from')}{' '}
                {longDate(v, tracked.startDate)};{' '}
                <a href={`/kalkulator-tenggat?start=${tracked.startDate}&days=${tracked.dueDateBeforeExtension ? 17 : 10}`}>
                  {tx(v, 'lihat perhitungannya', 'see how it is counted')}
                </a>
                )
              </span>
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
                <dd>{OUTCOME_LABELS[tracked.notice.outcome][v.locale === 'en' ? 'en' : 'id']}</dd>
                <dt>{tx(v, 'Tanggal pemberitahuan tertulis', 'Date of the written notice')}</dt>
                <dd>{longDate(v, tracked.notice.date)}</dd>
              </>
            ) : null}
          </dl>
          <h3>{tx(v, 'Langkah', 'Steps')}</h3>
          <ol class="steps timeline">
            {tracked.steps.map((s) => (
              <li>
                <strong>{tx(v, ...STEP_LABEL[s.kind])}</strong>
                <span class="muted small block">
                  <time datetime={s.at.toISOString()}>{fmtTime(s.at)}</time>
                </span>
                {s.note ? <p>{s.note}</p> : null}
              </li>
            ))}
          </ol>
          <p>
            <a href={`/permohonan/tanda-bukti.pdf?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`}>
              {tx(v, 'Unduh tanda bukti permohonan (PDF)', 'Download the request receipt (PDF)')}
            </a>
          </p>
          <TrackLetters v={v} tracked={tracked} q={`nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`} />
          {/* case-docs: released files */}
          <ReleasedFiles
            v={v}
            files={tracked.files}
            href={(f) => `/permohonan/berkas/${f.id}?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`}
          />
          <p>
            <a href={`/permohonan/data-saya?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`}>
              {tx(v, 'Data saya: semua yang disimpan tentang saya dalam permohonan ini', 'My data: everything held about me in this request')}
            </a>
          </p>
          <h3>{tx(v, 'Keberatan', 'Objections')}</h3>
          {tracked.objections.length ? (
            <ul class="link-list">
              {tracked.objections.map((o) => (
                <li>
                  <strong>{o.number}</strong>
                  {' – '}
                  {o.status === 'decided' && o.decision ? (
                    <>
                      {tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en)}.{' '}
                      <a
                        href={`/permohonan/keberatan/surat.pdf?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}&keberatan=${o.id}`}
                      >
                        {tx(v, 'Unduh surat tanggapan (PDF)', 'Download the response letter (PDF)')}
                      </a>
                    </>
                  ) : (
                    <>
                      {tx(v, 'sedang diperiksa Atasan PPID; tanggapan paling lambat', 'with the PPID’s superior; answer due by')} {longDate(v, o.dueDate)}
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {tracked.dispute ? (
            <TrackDispute v={v} d={tracked.dispute} q={`nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`} />
          ) : null}
          {tracked.objectionWindow && tracked.objectionWindow.lastDay >= today ? (
            <p>
              {tx(
                v,
                'Tidak puas dengan jawaban, atau belum dijawab? Anda dapat mengajukan keberatan kepada Atasan PPID sampai',
                'Not satisfied, or no answer? You may object to the PPID’s superior until',
              )}{' '}
              {longDate(v, tracked.objectionWindow.lastDay)}.{' '}
              <a href={`/permohonan/keberatan?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`}>
                {tx(v, 'Ajukan keberatan', 'File an objection')}
              </a>
            </p>
          ) : !tracked.objections.length ? (
            <p class="muted">
              {tx(
                v,
                'Keberatan dapat diajukan setelah PPID memberi jawaban tertulis, atau bila batas waktu lewat tanpa jawaban.',
                'An objection can be filed once the PPID has answered in writing, or when the deadline passes without an answer.',
              )}
            </p>
          ) : null}
        </section>
      ) : (
        <>
          <p>
            {tx(
              v,
              'Masukkan nomor pendaftaran dan kode pelacakan dari tanda bukti atau email Anda.',
              'Enter the registration number and tracking code from your receipt or email.',
            )}
          </p>
          <ErrorSummary v={v} errors={errors} message={message} />
          <form method="get" action="/permohonan/lacak" novalidate class="form">
            <Input
              name="nomor"
              label={tx(v, 'Nomor pendaftaran', 'Registration number')}
              value={values.nomor}
              errors={errors}
              required
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
            />
            <Input
              name="kode"
              label={tx(v, 'Kode pelacakan', 'Tracking code')}
              value={values.kode}
              errors={errors}
              required
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
            />
            <Actions>
              <button type="submit">{tx(v, 'Lihat', 'Show')}</button>
            </Actions>
          </form>
          <p>
            {tx(v, 'Mengajukan beberapa permohonan dengan satu email?', 'Filed several requests with one email?')}{' '}
            <a href="/akun">{tx(v, 'Lihat semuanya di Permohonan saya', 'See them all in My requests')}</a>
            {tx(v, 'Tidak puas dengan jawaban PPID, atau belum dijawab? ', 'Not satisfied with the answer, or no answer? ')}
            <a href="/permohonan/keberatan">{tx(v, 'Ajukan keberatan kepada Atasan PPID', 'File an objection with the PPID’s superior')}</a>
          </p>
        </>
      )}
    </PublicLayout>
  );
};

export const ObjectionFormPage: FC<{
  v: View;
  nomor: string;
  kode: string;
  values: { grounds: string[]; caseSummary: string; proxyName: string };
  window: { lastDay: string } | null;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
}> = ({ v, nomor, kode, values, window, errors, message }) => {
  const title = tx(v, 'Ajukan keberatan', 'File an objection');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Keberatan diajukan kepada Atasan PPID, yang wajib menanggapi secara tertulis paling lambat 30 hari kerja (UU No. 14 Tahun 2008 Pasal 35–36).',
          'An objection goes to the PPID’s superior, who must answer in writing within 30 working days (Law No. 14 of 2008, Art. 35–36).',
        )}
      </p>
      <p>
        {tx(v, 'Permohonan', 'Request')} <strong>{nomor}</strong>
        {window ? (
          <>
            {' · '}
            {tx(v, 'batas pengajuan keberatan', 'objections accepted until')} {longDate(v, window.lastDay)}
          </>
        ) : null}
      </p>
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/permohonan/keberatan" novalidate class="form">
        <Csrf v={v} />
        <input type="hidden" name="nomor" value={nomor} />
        <input type="hidden" name="kode" value={kode} />
        <ObjectionFields v={v} values={values} errors={errors} />
      </form>
    </PublicLayout>
  );
};

/** The objection's own fields (grounds, what happened, proxy) and its send button, on the tracking page and the standalone form. */
export const ObjectionFields: FC<{
  v: View;
  values: { grounds: string[]; caseSummary: string; proxyName: string };
  errors?: FieldErrors | undefined;
  /** Explain what a proxy must bring (the standalone form, where no request page has said it). */
  proxyHint?: boolean;
}> = ({ v, values, errors, proxyHint = false }) => (
  <>
    <Checkboxes
      name="grounds"
      legend={tx(v, 'Alasan keberatan (UU 14/2008 Pasal 35 ayat (1))', 'Grounds (Law 14/2008 Art. 35(1))')}
      values={values.grounds}
      errors={errors}
      options={OBJECTION_GROUNDS.map((g) => ({ value: g, label: `${GROUND_LABELS[g].letter}. ${tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}` }))}
    />
    <TextArea
      name="caseSummary"
      label={tx(v, 'Kasus posisi', 'What happened')}
      hint={tx(v, 'Uraikan apa yang terjadi dan apa yang Anda harapkan.', 'Describe what happened and what you expect.')}
      value={values.caseSummary}
      errors={errors}
      required
      rows={6}
    />
    <Input
      name="proxyName"
      label={`${tx(v, 'Nama kuasa, bila diajukan oleh kuasa', 'Name of the proxy, if a proxy files this')} ${v.t('common.optional')}`}
      hint={
        proxyHint
          ? tx(v, 'Kuasa melampirkan surat kuasa khusus bermeterai kepada PPID.', 'A proxy gives the PPID a special power of attorney with a duty stamp.')
          : undefined
      }
      value={values.proxyName}
      errors={errors}
    />
    <Actions>
      <button type="submit">{tx(v, 'Kirim keberatan', 'Send the objection')}</button>
    </Actions>
  </>
);

export const StatisticsPage: FC<{ v: View; s: ServiceStatistics; years: number[] }> = ({ v, s, years }) => {
  const title = `${tx(v, 'Statistik layanan informasi', 'Information service statistics')} ${s.year}`;
  const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');
  const num = (n: number | null) => (n === null ? '–' : n.toLocaleString(v.locale === 'en' ? 'en-GB' : 'id-ID'));
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Jumlah permohonan informasi, keputusan dan lama penyelesaiannya dalam hari kerja. Tanpa data pribadi pemohon.',
          'How many requests for information, what was decided and how long answers took in working days. No personal data of applicants.',
        )}
      </p>
      <nav aria-label={tx(v, 'Tahun', 'Years')}>
        <p>
          {years.map((y) => (
            <>
              <a href={`/statistik-layanan?tahun=${y}`} aria-current={y === s.year ? 'page' : undefined}>
                {y}
              </a>{' '}
            </>
          ))}
        </p>
      </nav>
      <dl class="facts">
        <dt>{tx(v, 'Permohonan diterima', 'Requests received')}</dt>
        <dd>{num(s.received)}</dd>
        <dt>{tx(v, 'Sudah dijawab tertulis', 'Answered in writing')}</dt>
        <dd>{num(s.answered)}</dd>
        <dt>{tx(v, 'Masih diproses', 'Still being handled')}</dt>
        <dd>{num(s.open)}</dd>
        <dt>{tx(v, 'Dijawab dalam batas waktu', 'Answered within the deadline')}</dt>
        <dd>
          {num(s.withinDeadline)} ({pct(s.withinDeadline, s.answered)})
        </dd>
        <dt>{tx(v, 'Lama penyelesaian (hari kerja)', 'Time to answer (working days)')}</dt>
        <dd>
          {tx(v, 'rata-rata', 'mean')} {num(s.days.mean)} · {tx(v, 'median', 'median')} {num(s.days.median)} · {tx(v, 'paling lama', 'longest')}{' '}
          {num(s.days.max)}
        </dd>
        <dt>{tx(v, 'Diperpanjang', 'Extended')}</dt>
        <dd>{num(s.extended)}</dd>
        <dt>{tx(v, 'Keberatan (diputus)', 'Objections (decided)')}</dt>
        <dd>
          {num(s.objections)} ({num(s.objectionsDecided)})
        </dd>
      </dl>
      <h2>{tx(v, 'Keputusan atas permohonan', 'Decisions on requests')}</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Keputusan atas permohonan', 'Decisions on requests')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tx(v, 'Keputusan', 'Decision')}</th>
              <th scope="col">{tx(v, 'Jumlah', 'Number')}</th>
              <th scope="col">{tx(v, 'Bagian', 'Share')}</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(s.byOutcome) as (keyof typeof s.byOutcome)[]).map((o) => (
              <tr>
                <td>{tx(v, OUTCOME_LABELS[o].id, OUTCOME_LABELS[o].en)}</td>
                <td>{num(s.byOutcome[o])}</td>
                <td>{pct(s.byOutcome[o], s.answered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{tx(v, 'Penolakan menurut dasar pengecualian', 'Refusals by exemption ground')}</h2>
      {s.byOutcome.ditolak_dikecualikan ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Penolakan menurut dasar pengecualian', 'Refusals by exemption ground')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'UU 14/2008 Pasal 17', 'Art. 17 of Law 14/2008')}</th>
                <th scope="col">{tx(v, 'Jumlah', 'Number')}</th>
              </tr>
            </thead>
            <tbody>
              {GROUNDS.filter((g) => s.refusalsByGround[g.letter] > 0).map((g) => (
                <tr>
                  <td>
                    {tx(v, 'huruf', 'letter')} {g.letter}: {g.label[v.locale]}
                  </td>
                  <td>{num(s.refusalsByGround[g.letter])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{tx(v, 'Tidak ada penolakan atas dasar pengecualian pada tahun ini.', 'No refusals on exemption grounds in this year.')}</p>
      )}
      <p>
        <a href="/informasi-dikecualikan">{tx(v, 'Daftar Informasi yang Dikecualikan', 'Register of exempt information')}</a>
      </p>
      <h2>{tx(v, 'Per unit kerja', 'By agency')}</h2>
      {s.byUnit.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Per unit kerja', 'By agency')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Unit kerja', 'Agency')}</th>
                <th scope="col">{tx(v, 'Diterima', 'Received')}</th>
                <th scope="col">{tx(v, 'Dijawab', 'Answered')}</th>
              </tr>
            </thead>
            <tbody>
              {s.byUnit.map((u) => (
                <tr>
                  <td>{u.name}</td>
                  <td>{num(u.received)}</td>
                  <td>{num(u.answered)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{tx(v, 'Belum ada permohonan pada tahun ini.', 'No requests in this year.')}</p>
      )}
    </PublicLayout>
  );
};
