// Back-office pages of requests for information: the register (inbox) with deadline badges and filters,
// and one request with its history, letters and the actions the officer may take. No JavaScript needed.
import type { FC } from 'hono/jsx';
import { can } from '../../../policies/index.js';
import { REQUEST_OUTCOMES, type RequestStatus } from '../../../db/schema/index.js';
import { groundReference } from '../../../domain/exemptions/grounds.js';
import { STATUS_LABELS } from './exemptions.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { INBOX_PAGE_SIZE, type DeadlineBadge, type InboxFilter, type InboxPage } from '../../../domain/requests/inbox.js';
import { DELIVERY_LABELS, EXEMPTION_LABELS, FORMAT_LABELS, OUTCOME_LABELS, rupiah } from '../../../domain/requests/labels.js';
import type { RequestCase } from '../../../domain/requests/request-case.js';
import type { Unit } from '../../../domain/units/units.js';
import { formatDateTime } from '../../../i18n/index.js';
import { CALENDAR_CONFIRM_FIELD } from '../../../domain/calendar/calendar-gaps.js';
import { CalendarConfirm } from '../../components/calendar-confirm.js';
import { Actions, Checkboxes, ErrorSummary, Input, Radios, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { CaseHistory, DisputeSummary } from './case-history.js';
import { SCAN_LETTER_KINDS } from '../../../letters/scans.js';
import { FollowUpDueNote, FollowUpPanel } from './request-case-follow-up.js'; // objections: follow-up of a granted objection

const longDate = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');

const STATUS: Record<RequestStatus, [string, string]> = {
  received: ['Baru diterima', 'New'],
  in_progress: ['Sedang diproses', 'In progress'],
  extended: ['Diperpanjang', 'Extended'],
  answered: ['Sudah dijawab', 'Answered'],
  closed: ['Selesai', 'Closed'],
};

const BADGE: Record<DeadlineBadge, { label: [string, string]; tone: string }> = {
  on_time: { label: ['Tepat waktu', 'On time'], tone: 'published' },
  due_soon: { label: ['Tenggat ≤ 3 hari kerja', 'Due within 3 working days'], tone: 'returned' },
  overdue: { label: ['Terlambat', 'Overdue'], tone: 'unpublished' },
  done: { label: ['Selesai', 'Done'], tone: 'draft' },
};

export const DeadlineBadgeView: FC<{ v: View; badge: DeadlineBadge }> = ({ v, badge }) => (
  <span class={`dip-status dip-status-${BADGE[badge].tone}`}>{tx(v, ...BADGE[badge].label)}</span>
);

const FILTERS: { key: InboxFilter['filter']; label: [string, string] }[] = [
  { key: 'terbuka', label: ['Belum dijawab', 'Open'] },
  { key: 'baru', label: ['Baru', 'New'] },
  { key: 'segera', label: ['Segera jatuh tempo', 'Due soon'] },
  { key: 'terlambat', label: ['Terlambat', 'Overdue'] },
  { key: 'selesai', label: ['Sudah dijawab', 'Answered'] },
  { key: 'semua', label: ['Semua', 'All'] },
];

const inboxHref = (f: InboxFilter['filter'], unit: string, page = 1) =>
  `/admin/permohonan?filter=${f}${unit ? `&unit=${unit}` : ''}${page > 1 ? `&halaman=${page}` : ''}`;

/** The pages to link: the first, the last, and two on each side of the current one. */
function pageNumbers(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

export const RequestInboxPage: FC<{
  v: View;
  inbox: InboxPage;
  filter: InboxFilter;
  units: Unit[] | null;
}> = ({ v, inbox, filter, units }) => {
  const { items, today, total, page, pages } = inbox;
  const first = total === 0 ? 0 : (page - 1) * INBOX_PAGE_SIZE + 1;
  const last = (page - 1) * INBOX_PAGE_SIZE + items.length;
  const title = tx(v, 'Permohonan informasi', 'Information requests');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          `Register permohonan. Tenggat dihitung dalam hari kerja menurut kalender; hari ini ${longDate(v, today)}.`,
          `The request register. Deadlines are counted in working days on the calendar; today is ${longDate(v, today)}.`,
        )}
      </p>
      {can(v.actor, 'request.register') ? (
        <p>
          <a href="/admin/permohonan/register">{tx(v, 'Buku register permohonan (dengan unduhan xlsx)', 'Request register book (with xlsx download)')}</a>
        </p>
      ) : null}
      <nav aria-label={tx(v, 'Saringan permohonan', 'Request filters')}>
        <ul class="inline-list">
          {FILTERS.map((f) => (
            <li>
              <a href={inboxHref(f.key, filter.unit)} aria-current={filter.filter === f.key ? 'page' : undefined}>
                {tx(v, ...f.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {units ? (
        <form method="get" action="/admin/permohonan" class="filters" role="search" aria-label={tx(v, 'Saring menurut unit', 'Filter by agency')}>
          <input type="hidden" name="filter" value={filter.filter} />
          <Select
            name="unit"
            label={tx(v, 'Unit kerja', 'Agency')}
            value={filter.unit}
            options={[{ value: '', label: tx(v, 'Semua unit', 'All agencies') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
          <Actions>
            <button type="submit" class="secondary">
              {v.t('common.filter')}
            </button>
          </Actions>
        </form>
      ) : null}
      {items.length === 0 ? (
        <p>{tx(v, 'Tidak ada permohonan dalam saringan ini.', 'No requests match this filter.')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Nomor', 'Number')}</th>
                <th scope="col">{tx(v, 'Diterima', 'Received')}</th>
                <th scope="col">{tx(v, 'Batas waktu', 'Due')}</th>
                <th scope="col">{v.t('common.status')}</th>
                <th scope="col">{tx(v, 'Unit', 'Agency')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr>
                  <td>
                    <a href={`/admin/permohonan/${r.id}`}>{r.number}</a>
                  </td>
                  <td data-label={tx(v, 'Diterima', 'Received')}>{formatDateTime(v.locale, r.receivedAt)}</td>
                  <td data-label={tx(v, 'Batas waktu', 'Due')}>
                    {longDate(v, r.dueDate)} <DeadlineBadgeView v={v} badge={r.badge} />
                    {/* objections: follow-up due date */ <FollowUpDueNote v={v} due={r.followUpDue} />}
                  </td>
                  <td data-label={v.t('common.status')}>{tx(v, ...STATUS[r.status])}</td>
                  <td data-label={tx(v, 'Unit', 'Agency')}>{r.units.join(', ') || tx(v, '– belum ditentukan –', '– not yet routed –')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted" data-inbox-total={total}>
        {tx(
          v,
          `${first}–${last} dari ${total} permohonan dalam saringan ini (${INBOX_PAGE_SIZE} per halaman).`,
          `${first}–${last} of ${total} requests in this filter (${INBOX_PAGE_SIZE} a page).`,
        )}
      </p>
      {pages > 1 ? (
        <nav class="bo-pager" aria-label={tx(v, 'Halaman register', 'Register pages')}>
          {page > 1 ? (
            <a href={inboxHref(filter.filter, filter.unit, page - 1)} rel="prev">
              ← {v.t('common.prev')}
            </a>
          ) : null}
          {pageNumbers(page, pages).map((p) =>
            p === null ? (
              <span aria-hidden="true">…</span>
            ) : p === page ? (
              <span aria-current="page">{tx(v, `Halaman ${p} dari ${pages}`, `Page ${p} of ${pages}`)}</span>
            ) : (
              <a href={inboxHref(filter.filter, filter.unit, p)} aria-label={tx(v, `Halaman ${p}`, `Page ${p}`)}>
                {p}
              </a>
            ),
          )}
          {page < pages ? (
            <a href={inboxHref(filter.filter, filter.unit, page + 1)} rel="next">
              {v.t('common.next')} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </BackofficeLayout>
  );
};

const OBTAIN: Record<string, [string, string]> = {
  melihat: ['Melihat / membaca / mendengarkan / mencatat', 'See, read, listen or take notes'],
  salinan: ['Mendapatkan salinan', 'Get a copy'],
};

const lbl = (v: View, m: Record<string, { id: string; en: string }>, k: string | null | undefined) => (k ? (m[k]?.[v.locale] ?? k) : '–');

const day = (v: View, d: string) => longDate(v, d).replace(/^[^,]+, /, '');

/**
 * The approved consequence test a refusal or a partial grant cites (UU KIP Ps 19): the ones in force,
 * this request's own first; when there is none, the way to draft one for this request.
 */
const ExemptionCitation: FC<{ v: View; c: RequestCase; value: string; errors?: FieldErrors | undefined }> = ({ v, c, value, errors }) => {
  const ex = c.exemptions;
  if (!ex) return null;
  const draftHref = `/admin/uji-konsekuensi/baru?permohonan=${c.request.id}`;
  return (
    <div class="card">
      {ex.citable.length ? (
        <Select
          name="consequenceTestId"
          label={tx(
            v,
            'Uji konsekuensi yang ditetapkan (wajib bila ditolak atau dikabulkan sebagian)',
            'Approved consequence test (required if refused or granted in part)',
          )}
          hint={tx(
            v,
            'Dasar pengecualian (Pasal 17) dan ringkasan konsekuensi dalam surat diambil dari uji ini; nomor penetapannya dicantumkan.',
            'The Art. 17 ground and the summary of the consequence in the letter come from this test; its decision number is quoted.',
          )}
          value={value}
          errors={errors}
          options={[
            { value: '', label: '–' },
            ...ex.citable.map((t) => ({
              value: t.id,
              label: `${t.number} · ${t.publicTitle} (${groundReference(t.ground, t.subpoint, v.locale)}${t.periodEnd ? `, ${tx(v, 's.d.', 'until')} ${day(v, t.periodEnd)}` : ''})${t.requestId === c.request.id ? tx(v, ' · untuk permohonan ini', ' · for this request') : ''}`,
            })),
          ]}
        />
      ) : (
        <div class={`field${errors?.consequenceTestId ? ' has-error' : ''}`} id="f-consequenceTestId" tabindex={-1}>
          <p>
            <strong>{tx(v, 'Belum ada uji konsekuensi yang berlaku.', 'No consequence test is in force.')}</strong>{' '}
            {tx(
              v,
              'Penolakan atas dasar pengecualian, dan pemberian sebagian, hanya dapat didasarkan pada uji konsekuensi yang telah ditetapkan Atasan PPID.',
              'A refusal on an exemption ground, or a partial grant, can only rest on a consequence test approved by the PPID’s superior.',
            )}
          </p>
          {errors?.consequenceTestId ? (
            <p class="error" id="e-consequenceTestId">
              {errors.consequenceTestId}
            </p>
          ) : null}
        </div>
      )}
      {ex.underWay.length ? (
        <>
          <p class="hint">{tx(v, 'Uji konsekuensi untuk permohonan ini yang sedang berjalan:', 'Consequence tests under way for this request:')}</p>
          <ul class="link-list">
            {ex.underWay.map((t) => (
              <li>
                <a href={`/admin/uji-konsekuensi/${t.id}`}>{t.publicTitle}</a> <span class="muted small">({tx(v, ...STATUS_LABELS[t.status])})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ex.mayDraft ? (
        <p>
          <a href={draftHref}>{tx(v, 'Buat uji konsekuensi untuk permohonan ini', 'Draft a consequence test for this request')}</a>
        </p>
      ) : null}
    </div>
  );
};

/** Which action form the errors and typed values belong to. */
export type CaseForm = 'dispose' | 'answer' | 'extend' | 'respond' | 'scan';

export const RequestCasePage: FC<{
  v: View;
  c: RequestCase;
  units: Unit[];
  form?: CaseForm | undefined;
  errors?: FieldErrors | undefined;
  typed?: Record<string, string | string[]> | undefined;
  message?: string | undefined;
}> = ({ v, c, units, form, errors, typed, message }) => {
  const r = c.request;
  const title = `${tx(v, 'Permohonan', 'Request')} ${r.number}`;
  const val = (f: CaseForm, k: string, dflt = ''): string => {
    const x = form === f ? typed?.[k] : undefined;
    return typeof x === 'string' ? x : Array.isArray(x) ? (x[0] ?? '') : dflt;
  };
  const errs = (f: CaseForm) => (form === f ? errors : undefined);
  const q = `/admin/permohonan/${r.id}`;
  const resp = c.response;
  const disposedIds = new Set(c.dispositions.map((d) => d.unitId));
  const answerable = c.dispositions.filter((d) => c.may.answer.includes(d.id));
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href="/admin/permohonan">{tx(v, '← Semua permohonan', '← All requests')}</a>
      </p>
      <h1>{title}</h1>
      <div class="dip-status-line">
        <span class="dip-status dip-status-submitted">{tx(v, ...STATUS[r.status])}</span>
        <DeadlineBadgeView v={v} badge={c.badge} />
        {/* objections: follow-up status */ <FollowUpDueNote v={v} followUps={c.followUps} />}
      </div>
      <ErrorSummary v={v} errors={errors} message={message} />

      <dl class="facts">
        <dt>{tx(v, 'Diterima', 'Received')}</dt>
        <dd>{formatDateTime(v.locale, r.receivedAt)}</dd>
        <dt>{tx(v, 'Mulai dihitung (hari ke-0)', 'Counted from (day 0)')}</dt>
        <dd>{longDate(v, r.startDate)}</dd>
        <dt>{tx(v, 'Batas waktu pemberitahuan tertulis', 'Written notice due')}</dt>
        <dd>
          {longDate(v, r.dueDate)}
          {r.dueDateBeforeExtension ? (
            <span class="muted small block">
              {tx(v, 'Diperpanjang 7 hari kerja dari', 'Extended by 7 working days from')} {longDate(v, r.dueDateBeforeExtension)}
            </span>
          ) : null}
        </dd>
        <dt>{tx(v, 'Ditujukan kepada', 'Addressed to')}</dt>
        <dd>{c.addressedUnit ?? tx(v, 'PPID Utama (unit tidak dipilih pemohon)', 'Lead PPID (no agency chosen)')}</dd>
        <dt>{tx(v, 'Kanal', 'Channel')}</dt>
        <dd>{r.channel}</dd>
      </dl>

      <h2>{tx(v, 'Pemohon', 'Applicant')}</h2>
      {c.personal ? (
        <dl class="facts">
          <dt>{tx(v, 'Nama', 'Name')}</dt>
          <dd>{c.personal.name}</dd>
          <dt>{r.applicantType === 'badan_hukum' ? tx(v, 'Nomor SK pengesahan', 'SK pengesahan number') : 'NIK'}</dt>
          <dd>{c.personal.idNumber}</dd>
          <dt>{tx(v, 'Alamat', 'Address')}</dt>
          <dd>{c.personal.address}</dd>
          <dt>{tx(v, 'Pekerjaan', 'Occupation')}</dt>
          <dd>{c.personal.occupation || '–'}</dd>
          <dt>{tx(v, 'Telepon', 'Phone')}</dt>
          <dd>{c.personal.phone || '–'}</dd>
          <dt>Email</dt>
          <dd>{c.personal.email || '–'}</dd>
          {c.personal.proxyName ? (
            <>
              <dt>{tx(v, 'Kuasa', 'Proxy')}</dt>
              <dd>{c.personal.proxyName}</dd>
            </>
          ) : null}
          <dt>{tx(v, 'Pindaian identitas', 'Identity scan')}</dt>
          <dd>
            {c.personal.identityScan ? (
              <>
                <a href={`${q}/identitas`}>
                  {tx(v, 'Lihat pindaian identitas', 'View the identity scan')} (
                  {c.personal.identityScan.mime === 'application/pdf' ? 'PDF' : c.personal.identityScan.mime === 'image/png' ? 'PNG' : 'JPEG'})
                </a>
                <span class="muted small block">{tx(v, 'Setiap tampilan dicatat di log audit.', 'Every view is recorded in the audit log.')}</span>
              </>
            ) : (
              tx(v, 'Tidak dilampirkan', 'Not attached')
            )}
          </dd>
        </dl>
      ) : (
        <p class="muted">
          {tx(
            v,
            'Data pribadi pemohon (nama, NIK, alamat, kontak) hanya dapat dilihat oleh petugas yang menangani permohonan ini.',
            "The applicant's personal data (name, NIK, address, contacts) is visible only to the staff handling this request.",
          )}
        </p>
      )}

      <h2>{tx(v, 'Informasi yang diminta', 'Information requested')}</h2>
      <dl class="facts">
        <dt>{tx(v, 'Rincian', 'Details')}</dt>
        <dd class="pre">{r.details}</dd>
        <dt>{tx(v, 'Tujuan penggunaan', 'Purpose')}</dt>
        <dd class="pre">{r.purpose}</dd>
        <dt>{tx(v, 'Cara memperoleh', 'How to obtain')}</dt>
        <dd>{tx(v, ...(OBTAIN[r.obtainMethod] ?? ['–', '–']))}</dd>
        {r.obtainMethod === 'salinan' ? (
          <>
            <dt>{tx(v, 'Bentuk salinan', 'Form of copy')}</dt>
            <dd>{lbl(v, FORMAT_LABELS, r.copyFormat)}</dd>
            <dt>{tx(v, 'Cara mendapatkan salinan', 'Delivery')}</dt>
            <dd>{lbl(v, DELIVERY_LABELS, r.deliveryMethod)}</dd>
          </>
        ) : null}
      </dl>

      {c.dispositions.length ? (
        <>
          <h2>{tx(v, 'Disposisi dan jawaban unit', 'Dispositions and agency answers')}</h2>
          <ul class="plain-list">
            {c.dispositions.map((d) => (
              <li class="card">
                <h3>{d.unitName}</h3>
                <dl class="facts">
                  <dt>{tx(v, 'Tenggat internal', 'Internal deadline')}</dt>
                  <dd>{longDate(v, d.internalDueDate)}</dd>
                  <dt>{tx(v, 'Instruksi', 'Instruction')}</dt>
                  <dd class="pre">{d.instruction}</dd>
                  <dt>{tx(v, 'Jawaban unit', 'Agency answer')}</dt>
                  <dd class="pre">{d.answer ?? tx(v, 'Belum ada jawaban.', 'No answer yet.')}</dd>
                  {d.answerNote ? (
                    <>
                      <dt>{tx(v, 'Catatan unit', 'Agency note')}</dt>
                      <dd class="pre">{d.answerNote}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {r.extendedAt ? (
        <>
          <h2>{tx(v, 'Perpanjangan', 'Extension')}</h2>
          <dl class="facts">
            <dt>{tx(v, 'Alasan', 'Reason')}</dt>
            <dd class="pre">{r.extensionReason}</dd>
            <dt>{tx(v, 'Nomor surat', 'Letter number')}</dt>
            <dd>{r.extensionNumber}</dd>
          </dl>
          {c.may.letters ? (
            <p>
              <a href={`${q}/surat/perpanjangan.pdf`}>{tx(v, 'Surat pemberitahuan perpanjangan (PDF)', 'Extension letter (PDF)')}</a>
            </p>
          ) : null}
        </>
      ) : null}

      {resp ? (
        <>
          <h2>{tx(v, 'Pemberitahuan tertulis', 'Written notice')}</h2>
          <dl class="facts">
            <dt>{tx(v, 'Keputusan', 'Decision')}</dt>
            <dd>{OUTCOME_LABELS[resp.outcome][v.locale]}</dd>
            <dt>{tx(v, 'Nomor dan tanggal', 'Number and date')}</dt>
            <dd>
              {resp.noticeNumber}, {longDate(v, resp.noticeDate)}
            </dd>
            {resp.materialGiven ? (
              <>
                <dt>{tx(v, 'Informasi yang diberikan', 'Information given')}</dt>
                <dd class="pre">{resp.materialGiven}</dd>
              </>
            ) : null}
            {resp.exemptionGround ? (
              <>
                <dt>{tx(v, 'Dasar pengecualian', 'Exemption ground')}</dt>
                <dd>
                  {c.citedTest
                    ? groundReference(resp.exemptionGround, c.citedTest.subpoint, v.locale)
                    : `${tx(v, 'Pasal 17 huruf', 'Art. 17 letter')} ${resp.exemptionGround}`}
                  : {EXEMPTION_LABELS[resp.exemptionGround]}
                </dd>
              </>
            ) : null}
            {c.citedTest ? (
              <>
                <dt>{tx(v, 'Uji konsekuensi', 'Consequence test')}</dt>
                <dd>
                  <a href={`/admin/uji-konsekuensi/${c.citedTest.id}`}>{c.citedTest.number}</a> · {c.citedTest.publicTitle}
                </dd>
              </>
            ) : null}
            {resp.totalCost ? (
              <>
                <dt>{tx(v, 'Biaya', 'Cost')}</dt>
                <dd>{rupiah(resp.totalCost)}</dd>
              </>
            ) : null}
            {resp.internalNote ? (
              <>
                <dt>{tx(v, 'Catatan internal', 'Internal note')}</dt>
                <dd class="pre">{resp.internalNote}</dd>
              </>
            ) : null}
          </dl>
          {c.may.letters ? (
            <ul class="link-list">
              <li>
                <a href={`${q}/surat/pemberitahuan.pdf`}>{tx(v, 'Pemberitahuan tertulis (PDF)', 'Written notice (PDF)')}</a>
              </li>
              {resp.refusalNumber ? (
                <li>
                  <a href={`${q}/surat/penolakan.pdf`}>{tx(v, 'Surat keputusan penolakan (PDF)', 'Refusal decision (PDF)')}</a>
                </li>
              ) : null}
            </ul>
          ) : null}
        </>
      ) : null}

      <DisputeSummary v={v} c={c} />
      {/* objections: follow-up of a granted objection */ <FollowUpPanel v={v} followUps={c.followUps} from="permohonan" today={c.today} />}

      <CaseHistory v={v} items={c.history} />

      {c.may.attachScan ? (
        <section aria-labelledby="h-scan" class="card">
          <h2 id="h-scan">{tx(v, 'Pindaian surat bertanda tangan basah', 'Scan of a letter signed by hand')}</h2>
          <p class="muted small">
            {tx(
              v,
              'Surat dicetak dan ditandatangani basah (tanpa sertifikat elektronik). Lampirkan pindaian surat yang sudah ditandatangani; pindaian tampil di riwayat perkara.',
              'Letters are printed and signed by hand (no electronic certificate). Attach the scan of the signed letter; it is shown in the case history.',
            )}
          </p>
          <form method="post" action={`${q}/pindaian-surat`} enctype="multipart/form-data" class="form">
            <Csrf v={v} />
            <div class={`field${errs('scan')?.letterKind ? ' has-error' : ''}`}>
              <label for="f-letterKind">{tx(v, 'Surat', 'Letter')}</label>
              {errs('scan')?.letterKind ? (
                <p class="error" id="e-letterKind">
                  {errs('scan')!.letterKind}
                </p>
              ) : null}
              <select id="f-letterKind" name="letterKind" aria-invalid={errs('scan')?.letterKind ? 'true' : undefined}>
                {Object.entries(SCAN_LETTER_KINDS).map(([k, [id, en]]) => (
                  <option value={k} selected={val('scan', 'letterKind') === k}>
                    {tx(v, id, en)}
                  </option>
                ))}
              </select>
            </div>
            <div class={`field${errs('scan')?.file ? ' has-error' : ''}`}>
              <label for="f-scan">{tx(v, 'Berkas pindaian', 'Scan file')}</label>
              <p class="hint" id="h-scan-file">
                {tx(v, 'PDF, JPEG atau PNG, paling besar 10 MB.', 'PDF, JPEG or PNG, at most 10 MB.')}
              </p>
              {errs('scan')?.file ? (
                <p class="error" id="e-scan-file">
                  {errs('scan')!.file}
                </p>
              ) : null}
              <input
                type="file"
                id="f-scan"
                name="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-describedby={errs('scan')?.file ? 'h-scan-file e-scan-file' : 'h-scan-file'}
                aria-invalid={errs('scan')?.file ? 'true' : undefined}
              />
            </div>
            <Actions>
              <button type="submit" class="secondary">
                {tx(v, 'Lampirkan pindaian', 'Attach the scan')}
              </button>
            </Actions>
          </form>
        </section>
      ) : null}

      {c.may.dispose ? (
        <section aria-labelledby="h-dispose" class="card">
          <h2 id="h-dispose">{tx(v, 'Disposisi ke unit kerja', 'Pass to agencies')}</h2>
          <form method="post" action={`${q}/disposisi`} novalidate class="form">
            <Csrf v={v} />
            <Checkboxes
              name="unitIds"
              legend={tx(v, 'Unit kerja yang menguasai informasi', 'Agencies that hold the information')}
              options={units.filter((u) => !disposedIds.has(u.id)).map((u) => ({ value: u.id, label: u.name }))}
              values={form === 'dispose' ? ((Array.isArray(typed?.unitIds) ? typed?.unitIds : typed?.unitIds ? [typed.unitIds] : []) as string[]) : []}
              errors={errs('dispose')}
            />
            <TextArea
              name="instruction"
              label={tx(v, 'Instruksi (internal, tidak tampil bagi pemohon)', 'Instruction (internal, not shown to the applicant)')}
              value={val('dispose', 'instruction')}
              errors={errs('dispose')}
              rows={3}
              required
            />
            <Input
              name="internalDueDate"
              type="date"
              label={tx(v, 'Tenggat internal', 'Internal deadline')}
              hint={tx(
                v,
                `Kosongkan untuk ${c.defaultInternalDue ? longDate(v, c.defaultInternalDue) : '-'} (5 hari kerja sebelum batas waktu); tidak boleh melewati ${longDate(v, r.dueDate)}.`,
                `Leave empty for ${c.defaultInternalDue ? longDate(v, c.defaultInternalDue) : '-'} (5 working days before the deadline); not later than ${longDate(v, r.dueDate)}.`,
              )}
              value={val('dispose', 'internalDueDate')}
              errors={errs('dispose')}
            />
            <Actions>
              <button type="submit">{tx(v, 'Kirim disposisi', 'Send')}</button>
            </Actions>
          </form>
        </section>
      ) : null}

      {answerable.length ? (
        <section aria-labelledby="h-answer" class="card">
          <h2 id="h-answer">{tx(v, 'Jawaban unit kerja', 'Agency answer')}</h2>
          <form method="post" action={`${q}/jawaban-unit`} novalidate class="form">
            <Csrf v={v} />
            {answerable.length === 1 ? (
              <>
                <input type="hidden" name="dispositionId" value={answerable[0]!.id} />
                <p>
                  {tx(v, 'Untuk', 'For')}: <strong>{answerable[0]!.unitName}</strong>
                </p>
              </>
            ) : (
              <Radios
                name="dispositionId"
                legend={tx(v, 'Unit kerja', 'Agency')}
                value={val('answer', 'dispositionId')}
                errors={errs('answer')}
                options={answerable.map((d) => ({ value: d.id, label: d.unitName }))}
              />
            )}
            <TextArea
              name="answer"
              label={tx(v, 'Jawaban: informasi yang tersedia dan bentuknya', 'Answer: the information available and its form')}
              value={val('answer', 'answer')}
              errors={errs('answer')}
              rows={5}
              required
            />
            <TextArea
              name="note"
              label={`${tx(v, 'Catatan untuk PPID Utama', 'Note for the lead PPID')} ${v.t('common.optional')}`}
              value={val('answer', 'note')}
              errors={errs('answer')}
              rows={2}
            />
            <Actions>
              <button type="submit">{tx(v, 'Kirim jawaban unit', 'Send the answer')}</button>
            </Actions>
          </form>
        </section>
      ) : null}

      {c.may.extend ? (
        <section aria-labelledby="h-extend" class="card">
          <h2 id="h-extend">{tx(v, 'Perpanjang jangka waktu (7 hari kerja)', 'Extend the time limit (7 working days)')}</h2>
          <p class="muted small">
            {tx(
              v,
              'Hanya sekali dan sebelum batas waktu berakhir (UU KIP Pasal 22 ayat (8)). Alasan dicantumkan dalam surat kepada pemohon.',
              'Once only and before the deadline ends (Law 14/2008 Art. 22(8)). The reason appears in the letter to the applicant.',
            )}
          </p>
          <form method="post" action={`${q}/perpanjang`} novalidate class="form">
            <Csrf v={v} />
            <TextArea
              name="extensionReason"
              label={tx(v, 'Alasan perpanjangan', 'Reason for the extension')}
              value={val('extend', 'extensionReason')}
              errors={errs('extend')}
              rows={3}
              required
            />
            <CalendarConfirm v={v} form="extend" error={errs('extend')?.[CALENDAR_CONFIRM_FIELD]} checked={val('extend', CALENDAR_CONFIRM_FIELD) === '1'} />
            <Actions>
              <button type="submit" class="secondary">
                {tx(v, 'Perpanjang', 'Extend')}
              </button>
            </Actions>
          </form>
        </section>
      ) : null}

      {c.may.respond ? (
        <section aria-labelledby="h-respond" class="card">
          <h2 id="h-respond">{tx(v, 'Pemberitahuan tertulis', 'Written notice')}</h2>
          <p class="muted small">
            {tx(
              v,
              'Isi sesuai UU KIP Pasal 22 ayat (7). Surat pemberitahuan (dan surat keputusan penolakan bila ditolak) dibuat otomatis dan dikirim kepada pemohon.',
              'Fill in as required by Law 14/2008 Art. 22(7). The notice (and the refusal decision when refused) is produced and sent to the applicant.',
            )}
          </p>
          <form method="post" action={`${q}/pemberitahuan`} novalidate class="form">
            <Csrf v={v} />
            <Radios
              name="outcome"
              legend={tx(v, 'Keputusan', 'Decision')}
              value={val('respond', 'outcome')}
              errors={errs('respond')}
              options={REQUEST_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o][v.locale] }))}
            />
            <Radios
              name="held"
              legend={tx(v, 'Apakah informasi dikuasai badan publik?', 'Is the information held by the body?')}
              value={val('respond', 'held', 'ya')}
              errors={errs('respond')}
              options={[
                { value: 'ya', label: tx(v, 'Ya, dikuasai', 'Yes, held') },
                { value: 'tidak', label: tx(v, 'Tidak dikuasai', 'Not held') },
              ]}
            />
            <Input
              name="holderBody"
              label={`${tx(v, 'Badan publik yang menguasai (bila tidak dikuasai dan diketahui)', 'Body that holds it (if not held and known)')} ${v.t('common.optional')}`}
              value={val('respond', 'holderBody')}
              errors={errs('respond')}
            />
            <TextArea
              name="materialGiven"
              label={tx(v, 'Informasi yang akan diberikan (bila dikabulkan)', 'Information to be given (if granted)')}
              value={val('respond', 'materialGiven')}
              errors={errs('respond')}
              rows={3}
            />
            <TextArea
              name="materialWithheld"
              label={tx(v, 'Bagian yang dihitamkan / dikecualikan (bila sebagian atau ditolak)', 'Parts withheld or blacked out (if partial or refused)')}
              value={val('respond', 'materialWithheld')}
              errors={errs('respond')}
              rows={2}
            />
            <ExemptionCitation v={v} c={c} value={val('respond', 'consequenceTestId')} errors={errs('respond')} />
            <TextArea
              name="reason"
              label={tx(v, 'Alasan (wajib bila sebagian, ditolak, atau belum didokumentasikan)', 'Reasons (required if partial, refused or not documented)')}
              value={val('respond', 'reason')}
              errors={errs('respond')}
              rows={3}
            />
            <Radios
              name="format"
              legend={tx(v, 'Bentuk informasi (bila dikabulkan)', 'Form of the information (if granted)')}
              value={val('respond', 'format', r.copyFormat ?? '')}
              errors={errs('respond')}
              options={[
                { value: 'softcopy', label: FORMAT_LABELS.softcopy![v.locale] },
                { value: 'hardcopy', label: FORMAT_LABELS.hardcopy![v.locale] },
              ]}
            />
            <Select
              name="delivery"
              label={tx(v, 'Cara penyampaian (bila dikabulkan)', 'Means of delivery (if granted)')}
              value={val('respond', 'delivery', r.deliveryMethod ?? '')}
              errors={errs('respond')}
              options={[{ value: '', label: '–' }, ...Object.entries(DELIVERY_LABELS).map(([k, l]) => ({ value: k, label: l[v.locale] }))]}
            />
            <Input
              name="sheets"
              label={tx(v, 'Jumlah lembar salinan', 'Number of copied sheets')}
              value={val('respond', 'sheets', '0')}
              errors={errs('respond')}
              inputmode="numeric"
            />
            <Input
              name="tariff"
              label={tx(v, 'Tarif per lembar (Rp)', 'Tariff per sheet (Rp)')}
              value={val('respond', 'tariff', '0')}
              errors={errs('respond')}
              inputmode="numeric"
            />
            <Input
              name="deliveryCost"
              label={tx(v, 'Biaya pengiriman (Rp)', 'Delivery cost (Rp)')}
              hint={tx(
                v,
                'Jumlah biaya = lembar × tarif + biaya pengiriman; informasi elektronik umumnya gratis.',
                'Total = sheets × tariff + delivery; electronic information is usually free.',
              )}
              value={val('respond', 'deliveryCost', '0')}
              errors={errs('respond')}
              inputmode="numeric"
            />
            <Input
              name="paymentMethod"
              label={`${tx(v, 'Cara pembayaran', 'Payment method')} ${v.t('common.optional')}`}
              value={val('respond', 'paymentMethod')}
              errors={errs('respond')}
            />
            <Input
              name="provideWorkingDays"
              label={tx(v, 'Waktu penyediaan (hari kerja, bila dikabulkan)', 'Time to provide (working days, if granted)')}
              value={val('respond', 'provideWorkingDays')}
              errors={errs('respond')}
              inputmode="numeric"
            />
            <TextArea
              name="internalNote"
              label={`${tx(v, 'Catatan internal (tidak dikirim kepada pemohon)', 'Internal note (not sent to the applicant)')} ${v.t('common.optional')}`}
              value={val('respond', 'internalNote')}
              errors={errs('respond')}
              rows={2}
            />
            <CalendarConfirm v={v} form="respond" error={errs('respond')?.[CALENDAR_CONFIRM_FIELD]} checked={val('respond', CALENDAR_CONFIRM_FIELD) === '1'} />
            <Actions>
              <button type="submit">{tx(v, 'Terbitkan pemberitahuan tertulis', 'Issue the written notice')}</button>
            </Actions>
          </form>
        </section>
      ) : null}
    </BackofficeLayout>
  );
};
