// The redactions of a classified PDF, with the form to start one.
import type { FC } from 'hono/jsx';
import { SECURITY_LEVEL_LABELS } from '../../../../domain/classified/items.js';
import type { DocumentRedactions } from '../../../../domain/redaction/list-document-redactions.js';
import { ErrorSummary, Input, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../../components/layout.js';
import { base, kb, STATUS, Unavailable, when } from './shared.js';

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
