// Back-office DIP entry detail with its workflow actions.
import type { FC } from 'hono/jsx';
import { dateTime } from '../../dates.js';
import { ErrorSummary, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { type EntryDetail, fileSize, MIME_NAMES, REVIEW_ACTIONS, StatusBadge, TEXT_STATUS } from './shared.js';
import { Changes, Facts, PersonalDataWarning } from './detail-parts.js';

// --- detail --------------------------------------------------------------------------------------------

export type DetailProps = {
  v: View;
  d: EntryDetail;
  /** Errors of the note and reason fields (return, unpublish). */
  errors?: FieldErrors | undefined;
  /** What was typed in the note and reason fields, kept on an error. */
  typed?: { note?: string; reason?: string; personalDataReason?: string };
  /** A domain error shown at the top (wrong state and the like). */
  message?: string | undefined;
};

/** What the actor may do to the entry now; mirrors the domain's own state checks. */
export function detailActions(d: EntryDetail) {
  const e = d.entry;
  const hasChange = e.workingVersionId !== e.publishedVersionId;
  const canSubmit = d.canEdit && (e.status === 'draft' || e.status === 'returned' || (e.status === 'unpublished' && hasChange));
  // A withdrawn entry is only republished after a change; the withdrawal had a reason.
  const canPublishNow =
    d.canEdit && d.working.category === 'serta_merta' && (e.status === 'draft' || e.status === 'returned' || (e.status === 'unpublished' && hasChange));
  return { canSubmit, canPublishNow };
}

export const DipDetailPage: FC<DetailProps> = ({ v, d, errors, typed, message }) => {
  const e = d.entry;
  const isPublic = !!e.publishedVersionId && e.status !== 'unpublished';
  const hasDraftChange = !!e.publishedVersionId && e.workingVersionId !== e.publishedVersionId;
  const { canSubmit, canPublishNow } = detailActions(d);
  const versionNo = new Map(d.versions.map((x) => [x.id, x.versionNo]));
  const fieldErrors = errors && Object.keys(errors).length ? errors : undefined;
  return (
    <BackofficeLayout v={v} title={d.working.title}>
      <p class="bo-crumbs">
        <a href="/admin/dip">← {v.t('bo.dip')}</a>
        {d.canReview ? (
          <>
            {' · '}
            <a href="/admin/dip/tinjauan">{v.t('bo.dip_review')}</a>
          </>
        ) : null}
      </p>
      <h1>{d.working.title}</h1>
      <p class="dip-status-line">
        <StatusBadge v={v} s={{ status: e.status, isPublic, hasDraftChange }} />
        <span class="muted">
          {e.number} · {d.unit.name}
        </span>
      </p>
      <ErrorSummary v={v} message={message} />
      {fieldErrors ? <ErrorSummary v={v} errors={fieldErrors} /> : null}
      {e.status === 'returned' && e.returnNote ? (
        <div class="warn-box" role="note">
          <strong>{tx(v, 'Dikembalikan oleh PPID Utama dengan catatan:', 'Returned by the lead PPID with this note:')}</strong>
          <p class="pre">{e.returnNote}</p>
          {d.canEdit ? <p>{tx(v, 'Perbaiki entri sesuai catatan, lalu ajukan kembali.', 'Make the changes in the note, then submit again.')}</p> : null}
        </div>
      ) : null}
      {e.status === 'submitted' ? (
        <p class="notice-plain">
          {tx(
            v,
            `Diajukan pada ${dateTime(v, e.submittedAt)}. Menunggu pemeriksaan PPID Utama; entri tidak dapat diubah selama diperiksa.`,
            `Submitted on ${dateTime(v, e.submittedAt)}. Waiting for the lead PPID; it cannot be edited during review.`,
          )}
        </p>
      ) : null}

      <PersonalDataWarning v={v} d={d} typed={typed?.personalDataReason} errors={fieldErrors} />

      <section aria-labelledby="h-public" class="card dip-card">
        <h2 id="h-public">{tx(v, 'Yang tampil di portal sekarang', 'What the portal shows now')}</h2>
        {isPublic && d.published ? (
          <>
            <p>
              {tx(
                v,
                `Versi ${d.published.versionNo}, terbit ${dateTime(v, e.publishedAt)}.`,
                `Version ${d.published.versionNo}, published ${dateTime(v, e.publishedAt)}.`,
              )}{' '}
              <a href={`/informasi/${e.slug}`}>{tx(v, 'Lihat di portal', 'View on the portal')}</a>
            </p>
            {hasDraftChange ? (
              <p class="muted">
                {tx(
                  v,
                  `Versi ${d.working.versionNo} (di bawah) belum terbit. Portal tetap menampilkan versi ${d.published.versionNo} sampai perubahan disetujui.`,
                  `Version ${d.working.versionNo} (below) is not published yet. The portal keeps showing version ${d.published.versionNo} until the change is approved.`,
                )}
              </p>
            ) : null}
          </>
        ) : e.status === 'unpublished' ? (
          <>
            <p>{tx(v, 'Tidak ada. Entri ini sudah ditarik dari portal.', 'Nothing. This entry has been withdrawn from the portal.')}</p>
            {e.unpublishReason ? (
              <p>
                <strong>{tx(v, 'Alasan penarikan:', 'Reason:')}</strong> <span class="pre">{e.unpublishReason}</span>
              </p>
            ) : null}
          </>
        ) : (
          <p>{tx(v, 'Belum ada. Entri ini belum pernah terbit.', 'Nothing yet. This entry has never been published.')}</p>
        )}
      </section>

      <section aria-labelledby="h-actions" class="card dip-card dip-actions">
        <h2 id="h-actions">{v.t('common.actions')}</h2>
        {!d.canEdit && !canSubmit && !canPublishNow && !d.canReview && !d.canUnpublish ? (
          <p>{tx(v, 'Tidak ada tindakan yang dapat Anda lakukan pada entri ini sekarang.', 'There is nothing you can do with this entry right now.')}</p>
        ) : null}
        <div class="actions">
          {d.canEdit ? (
            <a class="button" href={`/admin/dip/${e.id}/ubah`}>
              {v.t('common.edit')}
            </a>
          ) : null}
          {canSubmit ? (
            <form method="post" action={`/admin/dip/${e.id}/ajukan`} class="inline-form">
              <Csrf v={v} />
              <button type="submit">{tx(v, 'Ajukan ke PPID Utama', 'Submit to the lead PPID')}</button>
            </form>
          ) : null}
          {d.canReview ? (
            <form method="post" action={`/admin/dip/${e.id}/setujui`} class="inline-form">
              <Csrf v={v} />
              <button type="submit">{tx(v, 'Setujui & terbitkan', 'Approve & publish')}</button>
            </form>
          ) : null}
        </div>
        {canPublishNow ? (
          <form method="post" action={`/admin/dip/${e.id}/terbitkan-langsung`} class="sub-action">
            <Csrf v={v} />
            <p class="hint">
              {tx(
                v,
                'Informasi serta-merta (mis. peringatan bencana) wajib segera diumumkan, sehingga boleh terbit tanpa menunggu persetujuan. PPID Utama akan diberi tahu.',
                'Immediate information (e.g. a disaster warning) must be announced at once, so it may be published without waiting for approval. The lead PPID will be told.',
              )}
            </p>
            <button type="submit" class="secondary">
              {tx(v, 'Terbitkan langsung', 'Publish now')}
            </button>
          </form>
        ) : null}
        {d.canReview ? (
          <form method="post" action={`/admin/dip/${e.id}/kembalikan`} novalidate class="sub-action">
            <Csrf v={v} />
            <TextArea
              name="note"
              label={tx(v, 'Kembalikan dengan catatan', 'Return with a note')}
              hint={tx(
                v,
                'Tuliskan apa yang perlu diperbaiki PPID Pembantu. Catatan ini dikirim lewat email dan tampil di entri.',
                'Write what the agency needs to fix. The note is emailed and shown on the entry.',
              )}
              value={typed?.note ?? ''}
              errors={errors}
              rows={3}
              required
              maxlength={2000}
            />
            <button type="submit" class="secondary">
              {tx(v, 'Kembalikan dengan catatan', 'Return with note')}
            </button>
          </form>
        ) : null}
        {d.canUnpublish ? (
          <form method="post" action={`/admin/dip/${e.id}/tarik`} novalidate class="sub-action">
            <Csrf v={v} />
            <TextArea
              name="reason"
              label={tx(v, 'Tarik dari portal', 'Withdraw from the portal')}
              hint={tx(
                v,
                'Entri langsung hilang dari portal dan pencarian. Tuliskan alasannya; alasan dicatat dan dikirim ke unit.',
                'The entry leaves the portal and search at once. Give the reason; it is recorded and sent to the agency.',
              )}
              value={typed?.reason ?? ''}
              errors={errors}
              rows={3}
              required
              maxlength={2000}
            />
            <button type="submit" class="danger">
              {tx(v, 'Tarik dari portal', 'Withdraw')}
            </button>
          </form>
        ) : null}
      </section>

      {hasDraftChange && d.published ? <Changes v={v} working={d.working} published={d.published} /> : null}

      <section aria-labelledby="h-content">
        <h2 id="h-content">{tx(v, `Isi entri (versi ${d.working.versionNo})`, `Content (version ${d.working.versionNo})`)}</h2>
        <Facts v={v} d={d} />
      </section>

      <section aria-labelledby="h-docs">
        <h2 id="h-docs">{tx(v, 'Dokumen', 'Documents')}</h2>
        {d.documents.length === 0 && d.working.forms.includes('terekam') ? (
          <div class="warn-box" role="note">
            <p>
              {tx(
                v,
                'Bentuk "terekam" dicatat, tetapi versi ini belum memiliki dokumen. Portal akan menampilkan "Terekam: tersedia atas permintaan" dengan tombol "Minta informasi ini" sampai berkasnya dilampirkan dan disetujui.',
                'The form "recorded" is declared, but this version has no document yet. The portal will show "Recorded: available on request" with a "Request this information" button until a file is attached and approved.',
              )}
            </p>
          </div>
        ) : d.documents.length === 0 ? (
          <p>{tx(v, 'Belum ada dokumen pada versi ini.', 'No documents on this version yet.')}</p>
        ) : (
          <ul class="bo-plain dip-docs">
            {d.documents.map((doc) => (
              <li>
                <a href={`/dokumen/${doc.id}`} class="dip-doc-name">
                  {doc.filename}
                </a>
                <div class="dip-doc-facts">
                  <span>{MIME_NAMES[doc.mime] ?? doc.mime}</span>
                  <span>{fileSize(v, doc.size)}</span>
                  <span class={`text-status text-${doc.textStatus}`}>{TEXT_STATUS[doc.textStatus]?.[v.locale] ?? doc.textStatus}</span>
                  {d.canEdit ? (
                    <form method="post" action={`/admin/dip/${e.id}/dokumen/${doc.id}/hapus`} class="inline-form">
                      <Csrf v={v} />
                      <button type="submit" class="link-button">
                        {tx(v, 'Hapus', 'Remove')}
                        <span class="vh"> {doc.filename}</span>
                      </button>
                    </form>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        {d.canEdit ? (
          <form method="post" action={`/admin/dip/${e.id}/dokumen`} enctype="multipart/form-data" class="card dip-upload">
            <Csrf v={v} />
            <div class="field">
              <label for="f-file">{tx(v, 'Tambah dokumen', 'Add a document')}</label>
              <p class="hint" id="h-file">
                {isPublic
                  ? tx(
                      v,
                      'PDF, Word, Excel, ODT/ODS, CSV atau gambar. Dokumen baru ikut versi kerja dan baru tampil di portal setelah disetujui.',
                      'PDF, Word, Excel, ODT/ODS, CSV or images. A new document belongs to the working version and reaches the portal once approved.',
                    )
                  : tx(
                      v,
                      'PDF, Word, Excel, ODT/ODS, CSV atau gambar. Pastikan data pribadi sudah dihitamkan.',
                      'PDF, Word, Excel, ODT/ODS, CSV or images. Make sure personal data is blacked out.',
                    )}
              </p>
              <input id="f-file" type="file" name="file" aria-describedby="h-file" />
            </div>
            <button type="submit" class="secondary">
              {tx(v, 'Unggah', 'Upload')}
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="h-history">
        <h2 id="h-history">{tx(v, 'Riwayat', 'History')}</h2>
        <h3 id="h-versions">{tx(v, 'Versi', 'Versions')}</h3>
        <ul class="bo-plain dip-versions">
          {d.versions.map((x) => (
            <li>
              <strong>{tx(v, `Versi ${x.versionNo}`, `Version ${x.versionNo}`)}</strong>
              {' – '}
              {tx(v, 'dibuat', 'made')} {dateTime(v, x.createdAt)}
              {x.id === e.publishedVersionId && isPublic ? <span class="badge">{tx(v, 'tampil di portal', 'on the portal')}</span> : null}
              {x.id === e.workingVersionId && x.id !== e.publishedVersionId ? <span class="badge">{tx(v, 'sedang dikerjakan', 'being worked on')}</span> : null}
              {x.title !== d.working.title ? <div class="small muted">{x.title}</div> : null}
            </li>
          ))}
        </ul>
        <h3 id="h-reviews">{tx(v, 'Pengajuan dan pemeriksaan', 'Submissions and reviews')}</h3>
        {d.reviews.length === 0 ? (
          <p>{tx(v, 'Belum pernah diajukan.', 'Never submitted yet.')}</p>
        ) : (
          <ol class="bo-plain dip-reviews" aria-labelledby="h-reviews">
            {d.reviews.map((r) => (
              <li>
                <strong>{REVIEW_ACTIONS[r.action]?.[v.locale] ?? r.action}</strong>
                <div class="small muted">
                  {dateTime(v, r.at)} · {r.actorName ?? tx(v, 'Sistem', 'System')}
                  {r.versionId && versionNo.has(r.versionId) ? ` · ${tx(v, 'versi', 'version')} ${versionNo.get(r.versionId)}` : ''}
                </div>
                {r.note ? <blockquote class="pre">{r.note}</blockquote> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </BackofficeLayout>
  );
};
