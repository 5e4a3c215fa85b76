// Back-office pages of redaction (penghitaman): the redactions of a classified PDF with the form to start
// one, and the worksheet: a page image to mark areas on (mouse, finger, or numbers typed in), the text
// patterns form (the no-JavaScript path), a preview of the released page, and making the released copy.
import type { FC } from 'hono/jsx';
import type { RedactionArea } from '../../../db/schema/index.js';
import { REDACTION_LIMITS, type PatternKind, type ResolvedArea } from '../../../documents/redact.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { SECURITY_LEVEL_LABELS } from '../../../domain/classified/items.js';
import { groundLabel, groundOptionGroups, groundReference } from '../../../domain/redaction/grounds.js';
import type { AreaRowInput } from '../../../domain/redaction/add-redaction-areas.js';
import type { DocumentRedactions } from '../../../domain/redaction/list-document-redactions.js';
import type { RedactionWorkspace } from '../../../domain/redaction/open-redaction-workspace.js';
import type { PatternRowInput } from '../../../domain/redaction/save-redaction-patterns.js';
import { ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

const base = (id: string) => `/admin/penghitaman/${id}`;

function when(v: View, d: Date | null): string {
  if (!d) return '–';
  return new Intl.DateTimeFormat(v.locale === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: v.body?.timeZone ?? 'Asia/Jakarta',
  }).format(d);
}

const kb = (n: number | null) => (n === null ? '–' : `${Math.max(1, Math.round(n / 1024)).toLocaleString('id-ID')} KB`);

const STATUS: Record<string, [string, string]> = {
  draft: ['Draf', 'Draft'],
  produced: ['Salinan dibuat', 'Copy made'],
};

const KINDS: Record<PatternKind, [string, string]> = {
  phrase: ['Frasa (kata persis)', 'Phrase (exact words)'],
  nik: ['NIK (16 angka)', 'NIK (16 digits)'],
  nip: ['NIP (18 angka)', 'NIP (18 digits)'],
  email: ['Alamat email', 'Email address'],
  phone: ['Nomor telepon', 'Phone number'],
};

/** A select of Ps 17 grounds, grouped by letter. */
const GroundSelect: FC<{ v: View; id: string; name: string; value: string; error?: string | undefined; label: string }> = (p) => (
  <div class={`field${p.error ? ' has-error' : ''}`}>
    <label for={p.id}>{p.label}</label>
    {p.error ? (
      <p class="error" id={`e-${p.id}`}>
        {p.error}
      </p>
    ) : null}
    <select id={p.id} name={p.name} data-field="ground" aria-invalid={p.error ? 'true' : undefined} aria-describedby={p.error ? `e-${p.id}` : undefined}>
      <option value="">{tx(p.v, '– pilih dasar (Pasal 17) –', '– choose a ground (Article 17) –')}</option>
      {groundOptionGroups(p.v.locale).map((g) => (
        <optgroup label={g.label}>
          {g.options.map((o) => (
            <option value={o.value} selected={o.value === p.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  </div>
);

const Unavailable: FC<{ v: View }> = ({ v }) => (
  <div class="warn-box" role="alert">
    <h2>{tx(v, 'Penghitaman belum tersedia di server ini', 'Redaction is not available on this server')}</h2>
    <p>
      {tx(
        v,
        'Program pdftoppm dan pdftotext (paket poppler-utils) belum terpasang. Tanpa program itu Q-Gesy tidak dapat membuat gambar halaman maupun salinan yang dihitamkan. Minta administrator memasang poppler-utils (Debian/Ubuntu: apt-get install poppler-utils) lalu memulai ulang Q-Gesy.',
        'The programs pdftoppm and pdftotext (the poppler-utils package) are not installed. Without them Q-Gesy can make neither page images nor redacted copies. Ask the administrator to install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils) and restart Q-Gesy.',
      )}
    </p>
  </div>
);

export const RedactionUnavailablePage: FC<{ v: View }> = ({ v }) => (
  <BackofficeLayout v={v} title={tx(v, 'Penghitaman', 'Redaction')}>
    <h1>{tx(v, 'Penghitaman', 'Redaction')}</h1>
    <Unavailable v={v} />
  </BackofficeLayout>
);

// --- the document's redactions ------------------------------------------------------------------------

export type CreateValues = { reason: string; testId: string; requestNumber: string };

export const DocumentRedactionsPage: FC<{ v: View; d: DocumentRedactions; values: CreateValues; errors?: FieldErrors | undefined }> = ({
  v,
  d,
  values,
  errors,
}) => {
  const title = tx(v, 'Penghitaman dokumen', 'Redactions of a document');
  const level = SECURITY_LEVEL_LABELS[d.document.level];
  return (
    <BackofficeLayout v={v} title={title}>
      <link rel="stylesheet" href="/static/redaction.css" />
      <p class="bo-crumbs">
        <a href={`/admin/informasi/${d.document.itemId}`}>{tx(v, `Informasi ${d.document.itemNumber}`, `Item ${d.document.itemNumber}`)}</a>
      </p>
      <h1>{title}</h1>
      <p>
        {tx(v, 'Dokumen dari informasi', 'A document of item')} <strong>{d.document.itemNumber}</strong>, {tx(v, 'klasifikasi', 'classified')}{' '}
        <strong>{v.locale === 'en' ? level.en : level.id}</strong>.{' '}
        {tx(
          v,
          'Penghitaman membuat salinan untuk dirilis: setiap halaman dibuat ulang sebagai gambar dan bagian yang dikecualikan dihapus, bukan hanya ditutup. Dokumen asli tetap terlindungi.',
          'Redaction makes a copy for release: every page is re-made as an image and the withheld parts are removed, not just covered. The original stays protected.',
        )}
      </p>
      {!d.available ? <Unavailable v={v} /> : null}
      <h2>{tx(v, 'Penghitaman yang ada', 'Existing redactions')}</h2>
      {d.redactions.length === 0 ? (
        <p class="muted">{tx(v, 'Belum ada penghitaman untuk dokumen ini.', 'No redactions of this document yet.')}</p>
      ) : (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Penghitaman yang ada', 'Existing redactions')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Nomor', 'Number')}</th>
                <th scope="col">{tx(v, 'Status', 'Status')}</th>
                <th scope="col">{tx(v, 'Dibuat', 'Created')}</th>
                <th scope="col">{tx(v, 'Salinan', 'Copy')}</th>
                <th scope="col">{tx(v, 'Tautan', 'Linked to')}</th>
              </tr>
            </thead>
            <tbody>
              {d.redactions.map((r) => (
                <tr>
                  <td class="nowrap">
                    <a href={base(r.id)}>{r.ref}</a>
                  </td>
                  <td>
                    {tx(v, STATUS[r.status]![0], STATUS[r.status]![1])}
                    <br />
                    <span class="small">
                      {r.areas} {tx(v, 'area', 'areas')}, {r.patterns} {tx(v, 'pola', 'patterns')}
                    </span>
                  </td>
                  <td>
                    {r.createdByName ?? '–'}
                    <br />
                    <span class="small">{when(v, r.createdAt)}</span>
                  </td>
                  <td>
                    {r.status === 'produced' ? (
                      <>
                        <a href={`${base(r.id)}/salinan.pdf`}>{tx(v, 'Unduh PDF', 'Download PDF')}</a> ({r.pageCount} {tx(v, 'hlm', 'pp')}, {kb(r.outputSize)})
                        <br />
                        <span class="small">
                          {r.producedByName ?? '–'}, {when(v, r.producedAt)}
                        </span>
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td class="small">
                    {r.testNumber ? (
                      <>
                        {tx(v, 'Uji konsekuensi', 'Consequence test')} {r.testNumber}
                        <br />
                      </>
                    ) : null}
                    {r.requestNumber ? (
                      <>
                        {tx(v, 'Permohonan', 'Request')} {r.requestNumber}
                      </>
                    ) : null}
                    {!r.testNumber && !r.requestNumber ? '–' : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {d.available ? (
        <>
          <h2 id="baru">{tx(v, 'Buat salinan untuk dirilis (penghitaman)', 'Make a copy for release (redaction)')}</h2>
          <ErrorSummary v={v} errors={errors} />
          <form method="post" action={`/admin/penghitaman/dokumen/${d.document.id}`} class="narrow">
            <Csrf v={v} />
            <Input
              name="reason"
              label={tx(v, 'Alasan membuka dokumen', 'Reason for opening the document')}
              hint={tx(
                v,
                'Dicatat dalam log akses informasi rahasia, mis. "Permohonan 012/PPID/III/2026 dikabulkan sebagian".',
                'Kept in the read log of classified information.',
              )}
              value={values.reason}
              errors={errors}
              required
              maxlength={500}
            />
            <div class={`field${errors?.testId ? ' has-error' : ''}`}>
              <label for="f-testId">{tx(v, 'Uji konsekuensi (pengecualian sebagian)', 'Consequence test (partial exemption)')}</label>
              {errors?.testId ? (
                <p class="error" id="e-testId">
                  {errors.testId}
                </p>
              ) : null}
              <select id="f-testId" name="testId" aria-describedby={errors?.testId ? 'e-testId' : undefined}>
                <option value="">{tx(v, '– tanpa uji konsekuensi –', '– none –')}</option>
                {d.tests.map((t) => (
                  <option value={t.id} selected={t.id === values.testId}>
                    {t.label}
                  </option>
                ))}
              </select>
            </div>
            <Input
              name="requestNumber"
              label={tx(v, 'Nomor pendaftaran permohonan (jika ada)', 'Registration number of the request (if any)')}
              value={values.requestNumber}
              errors={errors}
              maxlength={100}
            />
            <button type="submit">{tx(v, 'Mulai penghitaman', 'Start the redaction')}</button>
          </form>
        </>
      ) : null}
    </BackofficeLayout>
  );
};

// --- the worksheet --------------------------------------------------------------------------------------

export type WorkspaceTyped = { areas?: AreaRowInput[]; patterns?: PatternRowInput[]; documentLabel?: string; testIds?: string[] };

const pct = (v: View, n: number) => (Math.round(n * 1000) / 10).toLocaleString(v.locale === 'en' ? 'en-GB' : 'id-ID');
const at = (n: number) => Math.round(n * 1000);

/** The page with the marked areas (red) and the pattern matches (blue, dashed) drawn over it. */
const PageCanvas: FC<{ v: View; w: RedactionWorkspace; preview: boolean }> = ({ v, w, preview }) => {
  const size = w.pages[w.page - 1]!;
  const px = (pt: number) => Math.round((pt / 72) * REDACTION_LIMITS.viewDpi);
  const areas = w.redaction.areas.map((a, i) => ({ a, i })).filter(({ a }) => a.page === w.page);
  const src = `${base(w.redaction.id)}/halaman/${w.page}.jpg${preview ? '?pratinjau=1' : ''}`;
  return (
    <div class="redact-canvas" data-redact-canvas data-page={String(w.page)}>
      <img
        src={src}
        width={String(px(size.width))}
        height={String(px(size.height))}
        alt={
          preview
            ? tx(v, `Pratinjau halaman ${w.page} seperti akan dirilis`, `Preview of page ${w.page} as it will be released`)
            : tx(v, `Halaman ${w.page} dari ${w.pages.length} dokumen asli`, `Page ${w.page} of ${w.pages.length} of the original`)
        }
      />
      {preview ? null : (
        <svg viewBox="0 0 1000 1000" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {areas.map(({ a }) => (
            <rect class="saved" x={String(at(a.x))} y={String(at(a.y))} width={String(at(a.w))} height={String(at(a.h))} />
          ))}
          {w.patternAreas.map((a) => (
            <rect class="found" x={String(at(a.x))} y={String(at(a.y))} width={String(at(a.w))} height={String(at(a.h))} />
          ))}
        </svg>
      )}
    </div>
  );
};

const PageNav: FC<{ v: View; w: RedactionWorkspace; preview: boolean }> = ({ v, w, preview }) => {
  const link = (p: number, pv = preview) => `${base(w.redaction.id)}?halaman=${p}${pv ? '&pratinjau=1' : ''}`;
  return (
    <nav class="redact-nav" aria-label={tx(v, 'Halaman dokumen', 'Pages of the document')}>
      <p>
        {w.page > 1 ? <a href={link(w.page - 1)}>{tx(v, '‹ Halaman sebelumnya', '‹ Previous page')}</a> : null}{' '}
        <strong>
          {tx(v, 'Halaman', 'Page')} {w.page} / {w.pages.length}
        </strong>{' '}
        {w.page < w.pages.length ? <a href={link(w.page + 1)}>{tx(v, 'Halaman berikutnya ›', 'Next page ›')}</a> : null}
      </p>
      <form method="get" action={base(w.redaction.id)} class="inline-form">
        <label for="f-goto" class="inline">
          {tx(v, 'Ke halaman', 'Go to page')}
        </label>{' '}
        <input id="f-goto" name="halaman" type="number" inputmode="numeric" min={1} max={w.pages.length} value={String(w.page)} class="short" />{' '}
        {preview ? <input type="hidden" name="pratinjau" value="1" /> : null}
        <button type="submit" class="secondary">
          {tx(v, 'Buka', 'Open')}
        </button>
      </form>{' '}
      {w.redaction.status !== 'draft' ? null : preview ? (
        <a href={link(w.page, false)}>{tx(v, 'Kembali menandai (gambar asli)', 'Back to marking (original image)')}</a>
      ) : (
        <a href={link(w.page, true)}>{tx(v, 'Lihat pratinjau hasil halaman ini', 'Preview this page as released')}</a>
      )}
    </nav>
  );
};

const AreaRow: FC<{ v: View; i: number; row: AreaRowInput; errors?: FieldErrors | undefined }> = ({ v, i, row, errors }) => {
  const f = (name: keyof AreaRowInput, label: string, extra: Record<string, unknown> = {}) => {
    const id = `f-area-${i}-${name}`;
    const error = errors?.[`area-${i}-${name}`];
    return (
      <div class={`field${error ? ' has-error' : ''}`}>
        <label for={id}>{label}</label>
        {error ? (
          <p class="error" id={`e-area-${i}-${name}`}>
            {error}
          </p>
        ) : null}
        <input
          id={id}
          name={name}
          data-field={name}
          type="text"
          inputmode="decimal"
          value={row[name]}
          class="short"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `e-area-${i}-${name}` : undefined}
          {...extra}
        />
      </div>
    );
  };
  return (
    <fieldset class="area-row" data-area-row>
      <legend>
        {tx(v, 'Area baru', 'New area')} <span data-area-number>{i + 1}</span>
      </legend>
      <div class="area-fields">
        {f('page', tx(v, 'Halaman', 'Page'), { inputmode: 'numeric' })}
        {f('x', tx(v, 'Kiri (%)', 'Left (%)'))}
        {f('y', tx(v, 'Atas (%)', 'Top (%)'))}
        {f('w', tx(v, 'Lebar (%)', 'Width (%)'))}
        {f('h', tx(v, 'Tinggi (%)', 'Height (%)'))}
      </div>
      <GroundSelect
        v={v}
        id={`f-area-${i}-ground`}
        name="ground"
        value={row.ground}
        error={errors?.[`area-${i}-ground`]}
        label={tx(v, 'Dasar pengecualian', 'Exemption ground')}
      />
    </fieldset>
  );
};

const PatternRow: FC<{ v: View; i: number; row: PatternRowInput; pages: number; found?: number | undefined; errors?: FieldErrors | undefined }> = ({
  v,
  i,
  row,
  pages,
  found,
  errors,
}) => {
  const err = (k: string) => errors?.[`pattern-${i}-${k}`];
  const id = (k: string) => `f-pattern-${i}-${k}`;
  const described = (k: string) => (err(k) ? `e-pattern-${i}-${k}` : undefined);
  const Err: FC<{ k: string }> = ({ k }) =>
    err(k) ? (
      <p class="error" id={`e-pattern-${i}-${k}`}>
        {err(k)}
      </p>
    ) : null;
  return (
    <fieldset class="pattern-row">
      <legend>
        {tx(v, 'Pola', 'Pattern')} {i + 1}
        {found === undefined ? null : found > 0 ? (
          <span class="badge">{tx(v, `ditemukan di ${found} tempat`, `found in ${found} places`)}</span>
        ) : (
          <span class="badge warn">{tx(v, 'tidak ditemukan', 'not found')}</span>
        )}
      </legend>
      <div class="pattern-fields">
        <div class={`field${err('page') ? ' has-error' : ''}`}>
          <label for={id('page')}>{tx(v, 'Halaman', 'Page')}</label>
          <Err k="page" />
          <select id={id('page')} name="ppage" aria-describedby={described('page')}>
            <option value="semua">{tx(v, 'Semua halaman', 'All pages')}</option>
            {Array.from({ length: pages }, (_, k) => (
              <option value={String(k + 1)} selected={row.page === String(k + 1)}>
                {String(k + 1)}
              </option>
            ))}
          </select>
        </div>
        <div class={`field${err('kind') ? ' has-error' : ''}`}>
          <label for={id('kind')}>{tx(v, 'Jenis', 'Kind')}</label>
          <Err k="kind" />
          <select id={id('kind')} name="pkind" aria-describedby={described('kind')}>
            {(Object.keys(KINDS) as PatternKind[]).map((k) => (
              <option value={k} selected={(row.kind || 'phrase') === k}>
                {tx(v, KINDS[k][0], KINDS[k][1])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class={`field${err('pattern') ? ' has-error' : ''}`}>
        <label for={id('pattern')}>{tx(v, 'Teks yang dihitamkan (untuk jenis frasa)', 'Text to remove (for a phrase)')}</label>
        <Err k="pattern" />
        <input id={id('pattern')} name="ptext" type="text" value={row.pattern} maxlength={200} autocomplete="off" aria-describedby={described('pattern')} />
      </div>
      <GroundSelect v={v} id={id('ground')} name="pground" value={row.ground} error={err('ground')} label={tx(v, 'Dasar pengecualian', 'Exemption ground')} />
    </fieldset>
  );
};

const areaPosition = (v: View, a: RedactionArea | ResolvedArea) =>
  tx(
    v,
    `${pct(v, a.x)}% dari kiri, ${pct(v, a.y)}% dari atas, ${pct(v, a.w)}% × ${pct(v, a.h)}%`,
    `${pct(v, a.x)}% from left, ${pct(v, a.y)}% from top, ${pct(v, a.w)}% × ${pct(v, a.h)}%`,
  );

export const RedactionWorkspacePage: FC<{
  v: View;
  w: RedactionWorkspace;
  preview: boolean;
  typed?: WorkspaceTyped | undefined;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
}> = ({ v, w, preview: asked, typed, errors, message }) => {
  const r = w.redaction;
  const draft = r.status === 'draft';
  // Once the copy is made there is nothing left to mark: the pages are shown as released.
  const preview = asked || !draft;
  const title = `${tx(v, 'Penghitaman', 'Redaction')} ${r.ref}`;
  const level = SECURITY_LEVEL_LABELS[w.document.level];
  const newAreas: AreaRowInput[] = typed?.areas?.length ? typed.areas : [{ page: String(w.page), x: '', y: '', w: '', h: '', ground: '' }];
  const savedPatterns: PatternRowInput[] =
    typed?.patterns ??
    r.patterns.map((p) => ({ page: p.page === null ? 'semua' : String(p.page), kind: p.kind ?? 'phrase', pattern: p.pattern, ground: p.ground }));
  const blank: PatternRowInput = { page: 'semua', kind: 'phrase', pattern: '', ground: '' };
  const patternRows = typed?.patterns ? savedPatterns : [...savedPatterns, blank, blank];
  const action = (path: string) => `${base(r.id)}/${path}?halaman=${w.page}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <link rel="stylesheet" href="/static/redaction.css" />
      <p class="bo-crumbs">
        <a href={`/admin/penghitaman/dokumen/${w.document.id}`}>{tx(v, 'Penghitaman dokumen ini', 'Redactions of this document')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} message={message} />
      <dl class="facts redact-facts">
        <dt>{tx(v, 'Dokumen', 'Document')}</dt>
        <dd>
          {tx(v, 'Informasi', 'Item')} {w.document.itemNumber} · {v.locale === 'en' ? level.en : level.id} · {w.pages.length} {tx(v, 'halaman', 'pages')}
        </dd>
        <dt>{tx(v, 'Status', 'Status')}</dt>
        <dd>
          {tx(v, STATUS[r.status]![0], STATUS[r.status]![1])} · {tx(v, 'dibuat oleh', 'created by')} {w.createdByName ?? '–'}, {when(v, r.createdAt)}
        </dd>
        {w.testLabel ? (
          <>
            <dt>{tx(v, 'Uji konsekuensi', 'Consequence test')}</dt>
            <dd>{w.testLabel}</dd>
          </>
        ) : null}
        {w.requestNumber ? (
          <>
            <dt>{tx(v, 'Permohonan', 'Request')}</dt>
            <dd>{w.requestNumber}</dd>
          </>
        ) : null}
        {r.status === 'produced' ? (
          <>
            <dt>{tx(v, 'Salinan untuk dirilis', 'Copy for release')}</dt>
            <dd>
              <a href={`${base(r.id)}/salinan.pdf`}>{tx(v, 'Unduh salinan (PDF)', 'Download the copy (PDF)')}</a> · {r.pageCount} {tx(v, 'halaman', 'pages')},{' '}
              {kb(r.outputSize)} · {w.producedByName ?? '–'}, {when(v, r.producedAt)}
            </dd>
          </>
        ) : null}
      </dl>

      <div class="redact-work">
        <div class="redact-page">
          <h2>{preview ? tx(v, 'Pratinjau hasil', 'Preview of the result') : tx(v, 'Tandai area pada halaman', 'Mark areas on the page')}</h2>
          <PageNav v={v} w={w} preview={preview} />
          {draft && !preview ? (
            <p class="hint" id="draw-hint">
              {tx(
                v,
                'Kotak merah: area yang sudah disimpan. Kotak biru bergaris: teks yang ditemukan oleh pola. Dengan JavaScript, tekan "Gambar kotak", lalu tarik kotak di atas gambar dengan tetikus atau jari; atau isi posisi area dalam persen di formulir di bawah.',
                'Red boxes: saved areas. Dashed blue boxes: text found by the patterns. With JavaScript, press "Draw a box" and drag a box over the image with the mouse or a finger; or type the position in percent in the form below.',
              )}
            </p>
          ) : null}
          <PageCanvas v={v} w={w} preview={preview} />
          <div id="redact-live" class="vh" aria-live="polite"></div>
        </div>
        <div class="redact-side">
          <h2>{tx(v, 'Area yang ditandai', 'Marked areas')}</h2>
          {r.areas.length === 0 ? (
            <p class="muted">{tx(v, 'Belum ada area.', 'No areas yet.')}</p>
          ) : (
            <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Area yang ditandai', 'Marked areas')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">No.</th>
                    <th scope="col">{tx(v, 'Halaman', 'Page')}</th>
                    <th scope="col">{tx(v, 'Posisi', 'Position')}</th>
                    <th scope="col">{tx(v, 'Dasar pengecualian', 'Ground')}</th>
                    {draft ? <th scope="col">{tx(v, 'Tindakan', 'Action')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {r.areas.map((a, i) => (
                    <tr>
                      <td>{i + 1}</td>
                      <td>
                        <a href={`${base(r.id)}?halaman=${a.page}`}>{a.page}</a>
                      </td>
                      <td class="small">{areaPosition(v, a)}</td>
                      <td class="small">
                        {groundReference(a.ground, v.locale)}: {groundLabel(a.ground, v.locale)}
                      </td>
                      {draft ? (
                        <td>
                          <form method="post" action={action(`area/${i + 1}/hapus`)} class="inline">
                            <Csrf v={v} />
                            <input type="hidden" name="token" value={w.token} />
                            <button type="submit" class="link-button">
                              {tx(v, `Hapus area ${i + 1}`, `Remove area ${i + 1}`)}
                            </button>
                          </form>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          {draft ? (
            <form
              method="post"
              action={action('area')}
              class="redact-form"
              data-redact-areas
              data-label-draw={tx(v, 'Gambar kotak', 'Draw a box')}
              data-label-remove={tx(v, 'Batalkan area ini', 'Discard this area')}
              data-msg-added={tx(
                v,
                'Area {n} ditambahkan pada halaman {p}. Pilih dasar pengecualiannya, lalu simpan.',
                'Area {n} added on page {p}. Choose its ground, then save.',
              )}
            >
              <Csrf v={v} />
              <input type="hidden" name="token" value={w.token} />
              <h3>{tx(v, 'Tambah area', 'Add areas')}</h3>
              <p class="hint">
                {tx(
                  v,
                  'Posisi dalam persen dari lebar dan tinggi halaman, diukur dari sudut kiri atas. Contoh: 10, 20, 50, 5 menandai pita selebar separuh halaman, 20% dari atas.',
                  'Position in percent of the page width and height, from the top left corner. Example: 10, 20, 50, 5 marks a band half the page wide, 20% from the top.',
                )}
              </p>
              <div data-area-rows>
                {newAreas.map((row, i) => (
                  <AreaRow v={v} i={i} row={row} errors={errors} />
                ))}
              </div>
              <button type="submit">{tx(v, 'Simpan area', 'Save the areas')}</button>
            </form>
          ) : null}
        </div>
      </div>

      <h2>{tx(v, 'Pola teks', 'Text patterns')}</h2>
      <p class="hint">
        {tx(
          v,
          'Setiap kemunculan teks ini pada halaman yang dipilih dihitamkan. Frasa dicocokkan sebagai kata utuh, tanpa membedakan huruf besar dan kecil, juga bila terpotong baris; ini bukan ekspresi reguler. Jenis NIK, NIP, email dan telepon mencari data pribadi menurut bentuknya (teks dikosongkan). Halaman hasil pindaian tidak memiliki lapisan teks: tandai areanya langsung. Untuk menghapus pola, kosongkan teksnya.',
          'Every occurrence of this text on the chosen pages is removed. A phrase is matched as whole words, ignoring case, also across line breaks; it is not a regular expression. The NIK, NIP, email and phone kinds find personal data by its shape (leave the text empty). Scanned pages have no text layer: mark the area directly. To remove a pattern, empty its text.',
        )}
      </p>
      {draft ? (
        <form method="post" action={action('pola')} class="redact-form">
          <Csrf v={v} />
          <input type="hidden" name="token" value={w.token} />
          {patternRows.map((row, i) => (
            <PatternRow v={v} i={i} row={row} pages={w.pages.length} found={typed?.patterns ? undefined : w.matches[i]} errors={errors} />
          ))}
          <button type="submit">{tx(v, 'Simpan pola', 'Save the patterns')}</button>
        </form>
      ) : r.patterns.length ? (
        <ul>
          {r.patterns.map((p, i) => (
            <li>
              {tx(v, 'Pola', 'Pattern')} {i + 1}: {p.kind && p.kind !== 'phrase' ? tx(v, KINDS[p.kind][0], KINDS[p.kind][1]) : `“${p.pattern}”`} ·{' '}
              {p.page === null ? tx(v, 'semua halaman', 'all pages') : `${tx(v, 'halaman', 'page')} ${p.page}`} · {groundReference(p.ground, v.locale)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tx(v, 'Tanpa pola teks.', 'No text patterns.')}</p>
      )}

      {draft ? (
        <>
          <h2>{tx(v, 'Buat salinan untuk dirilis', 'Make the copy for release')}</h2>
          <p>
            {tx(
              v,
              'Setiap halaman dibuat ulang sebagai gambar dengan area dan teks yang cocok dihitamkan, lalu ditambah Lembar Keterangan Penghitaman yang memuat dasar pengecualian setiap area (UU KIP Pasal 22 ayat (7) huruf e). Salinan tidak memiliki lapisan teks: pembaca layar tidak dapat membacanya; sediakan versi teks bila pemohon membutuhkannya.',
              'Every page is re-made as an image with the areas and the matching text blacked out, followed by the redaction log page listing the ground of every area (UU KIP Art. 22(7)(e)). The copy has no text layer: screen readers cannot read it; provide a text version when an applicant needs one.',
            )}
          </p>
          <form method="post" action={action('buat')} class="narrow">
            <Csrf v={v} />
            <input type="hidden" name="token" value={w.token} />
            <Input
              name="documentLabel"
              label={tx(v, 'Keterangan dokumen pada lembar keterangan', 'Description of the document on the log page')}
              hint={tx(v, 'Akan dibaca pemohon: jangan memuat isi yang dikecualikan.', 'The applicant will read it: it must not contain withheld content.')}
              value={typed?.documentLabel ?? w.suggestedLabel}
              errors={errors}
              required
              maxlength={200}
            />
            <fieldset class={`field${errors?.testIds ? ' has-error' : ''}`} aria-describedby={errors?.testIds ? 'e-testIds' : 'h-testIds'}>
              <legend>{tx(v, 'Uji konsekuensi yang mendasari penghitaman', 'Consequence test the redaction rests on')}</legend>
              <p class="hint" id="h-testIds">
                {tx(
                  v,
                  'Bagian yang dihitamkan harus dikecualikan berdasarkan uji konsekuensi yang telah ditetapkan dan masih berlaku, atas dasar Pasal 17 yang sama dengan setiap area (UU KIP Pasal 17 dan 19; Perki 1/2017 Pasal 4 ayat (1)). Nomor dan tanggal penetapannya dicantumkan pada Lembar Keterangan Penghitaman.',
                  'What is blacked out must be exempt under an approved consequence test in force, on the same ground of Article 17 as each area (Law 14/2008 Art. 17 and 19; Perki 1/2017 Art. 4(1)). Its number and date are printed on the redaction log page.',
                )}
              </p>
              {errors?.testIds ? (
                <p class="error" id="e-testIds">
                  {errors.testIds}
                </p>
              ) : null}
              {w.coveringTests.length ? (
                w.coveringTests.map((t, i) => {
                  const picked = typed?.testIds ? typed.testIds.includes(t.id) : t.id === r.testId || (!r.testId && i === 0 && t.own);
                  return (
                    <div class="check">
                      <input type="checkbox" id={`f-test-${i}`} name="testIds" value={t.id} checked={picked} />
                      <label for={`f-test-${i}`}>
                        {t.number} ({formatLongDate(t.decisionDate, v.locale)}) ·{' '}
                        {groundReference(t.subpoint ? `${t.ground}.${t.subpoint}` : t.ground, v.locale)} · {t.publicTitle}
                      </label>
                    </div>
                  );
                })
              ) : (
                <p class="warn-box">
                  {tx(
                    v,
                    'Belum ada uji konsekuensi yang ditetapkan dan berlaku untuk informasi ini atau unitnya. Salinan dengan penghitaman baru dapat dibuat setelah uji konsekuensinya disetujui.',
                    'No approved consequence test in force covers this item or its agency yet. The redacted copy can be made once its test is approved.',
                  )}
                </p>
              )}
            </fieldset>
            <div class={`field check${errors?.checked ? ' has-error' : ''}`}>
              <input type="checkbox" id="f-checked" name="checked" value="1" aria-describedby={errors?.checked ? 'e-checked' : undefined} />
              <label for="f-checked">
                {tx(
                  v,
                  'Saya telah memeriksa pratinjau setiap halaman; tidak ada lagi isi yang dikecualikan yang terbaca.',
                  'I have checked the preview of every page; no withheld content can still be read.',
                )}
              </label>
            </div>
            {errors?.checked ? (
              <p class="error" id="e-checked">
                {errors.checked}
              </p>
            ) : null}
            <button type="submit">{tx(v, 'Buat salinan untuk dirilis', 'Make the copy for release')}</button>
          </form>
          <form method="post" action={`${base(r.id)}/hapus`} class="sub-action">
            <Csrf v={v} />
            <input type="hidden" name="token" value={w.token} />
            <button type="submit" class="danger">
              {tx(v, 'Hapus draf penghitaman ini', 'Delete this draft')}
            </button>
          </form>
        </>
      ) : (
        <form method="post" action={`${base(r.id)}/revisi`} class="sub-action">
          <Csrf v={v} />
          <button type="submit" class="secondary">
            {tx(v, 'Buat revisi (draf baru dengan area dan pola ini)', 'Make a revision (a new draft with these areas and patterns)')}
          </button>
        </form>
      )}
      {draft ? <script src="/static/redaction.js" defer></script> : null}
    </BackofficeLayout>
  );
};
