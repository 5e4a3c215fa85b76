// Back-office DIP entry detail with its workflow actions.
import type { FC } from 'hono/jsx';
import { dateTime } from '../../dates.js';
import { ErrorSummary, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
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
          <strong>{tm(v, 'dip-entry.detail.returned_lead_ppid_note')}</strong>
          <p class="pre">{e.returnNote}</p>
          {d.canEdit ? <p>{tm(v, 'dip-entry.detail.make_changes_note_then_submit')}</p> : null}
        </div>
      ) : null}
      {e.status === 'submitted' ? (
        <p class="notice-plain">{tm(v, 'dip-entry.detail.submitted_waiting_lead_ppid_cannot', { dateTimeESubmittedAt: dateTime(v, e.submittedAt) })}</p>
      ) : null}

      <PersonalDataWarning v={v} d={d} typed={typed?.personalDataReason} errors={fieldErrors} />

      <section aria-labelledby="h-public" class="card dip-card">
        <h2 id="h-public">{tm(v, 'dip-entry.detail.what_portal_shows_now')}</h2>
        {isPublic && d.published ? (
          <>
            <p>
              {tm(v, 'dip-entry.detail.version_published', { dPublishedVersionNo: d.published.versionNo, dateTimeEPublishedAt: dateTime(v, e.publishedAt) })}{' '}
              <a href={`/informasi/${e.slug}`}>{tm(v, 'dip-entry.detail.view_portal')}</a>
            </p>
            {hasDraftChange ? (
              <p class="muted">
                {tm(v, 'dip-entry.detail.version_below_not_published_yet', {
                  dPublishedVersionNo: d.published.versionNo,
                  dWorkingVersionNo: d.working.versionNo,
                })}
              </p>
            ) : null}
          </>
        ) : e.status === 'unpublished' ? (
          <>
            <p>{tm(v, 'dip-entry.detail.nothing_entry_has_been_withdrawn')}</p>
            {e.unpublishReason ? (
              <p>
                <strong>{tm(v, 'dip-entry.detail.reason')}</strong> <span class="pre">{e.unpublishReason}</span>
              </p>
            ) : null}
          </>
        ) : (
          <p>{tm(v, 'dip-entry.detail.nothing_yet_entry_has_never')}</p>
        )}
      </section>

      <section aria-labelledby="h-actions" class="card dip-card dip-actions">
        <h2 id="h-actions">{v.t('common.actions')}</h2>
        {!d.canEdit && !canSubmit && !canPublishNow && !d.canReview && !d.canUnpublish ? <p>{tm(v, 'dip-entry.detail.there_nothing_you_can_do')}</p> : null}
        <div class="actions">
          {d.canEdit ? (
            <a class="button" href={`/admin/dip/${e.id}/ubah`}>
              {v.t('common.edit')}
            </a>
          ) : null}
          {canSubmit ? (
            <form method="post" action={`/admin/dip/${e.id}/ajukan`} class="inline-form">
              <Csrf v={v} />
              <button type="submit">{tm(v, 'dip-entry.detail.submit_lead_ppid')}</button>
            </form>
          ) : null}
          {d.canReview ? (
            <form method="post" action={`/admin/dip/${e.id}/setujui`} class="inline-form">
              <Csrf v={v} />
              <button type="submit">{tm(v, 'dip-entry.detail.approve_publish')}</button>
            </form>
          ) : null}
        </div>
        {canPublishNow ? (
          <form method="post" action={`/admin/dip/${e.id}/terbitkan-langsung`} class="sub-action">
            <Csrf v={v} />
            <p class="hint">{tm(v, 'dip-entry.detail.immediate_information_e_g_disaster')}</p>
            <button type="submit" class="secondary">
              {tm(v, 'dip-entry.detail.publish_now')}
            </button>
          </form>
        ) : null}
        {d.canReview ? (
          <form method="post" action={`/admin/dip/${e.id}/kembalikan`} novalidate class="sub-action">
            <Csrf v={v} />
            <TextArea
              name="note"
              label={tm(v, 'dip-entry.detail.return_note')}
              hint={tm(v, 'dip-entry.detail.write_what_agency_needs_fix')}
              value={typed?.note ?? ''}
              errors={errors}
              rows={3}
              required
              maxlength={2000}
            />
            <button type="submit" class="secondary">
              {tm(v, 'dip-entry.detail.return_note_2')}
            </button>
          </form>
        ) : null}
        {d.canUnpublish ? (
          <form method="post" action={`/admin/dip/${e.id}/tarik`} novalidate class="sub-action">
            <Csrf v={v} />
            <TextArea
              name="reason"
              label={tm(v, 'dip-entry.detail.withdraw_from_portal')}
              hint={tm(v, 'dip-entry.detail.entry_leaves_portal_search_once')}
              value={typed?.reason ?? ''}
              errors={errors}
              rows={3}
              required
              maxlength={2000}
            />
            <button type="submit" class="danger">
              {tm(v, 'dip-entry.detail.withdraw')}
            </button>
          </form>
        ) : null}
      </section>

      {hasDraftChange && d.published ? <Changes v={v} working={d.working} published={d.published} /> : null}

      <section aria-labelledby="h-content">
        <h2 id="h-content">{tm(v, 'dip-entry.detail.content_version', { dWorkingVersionNo: d.working.versionNo })}</h2>
        <Facts v={v} d={d} />
      </section>

      <section aria-labelledby="h-docs">
        <h2 id="h-docs">{tm(v, 'dip-entry.detail.documents')}</h2>
        {d.documents.length === 0 && d.working.forms.includes('terekam') ? (
          <div class="warn-box" role="note">
            <p>{tm(v, 'dip-entry.detail.form_recorded_declared_but_version')}</p>
          </div>
        ) : d.documents.length === 0 ? (
          <p>{tm(v, 'dip-entry.detail.no_documents_version_yet')}</p>
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
                        {tm(v, 'dip-entry.detail.remove')}
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
              <label for="f-file">{tm(v, 'dip-entry.detail.add_document')}</label>
              <p class="hint" id="h-file">
                {isPublic ? tm(v, 'dip-entry.detail.pdf_word_excel_odt_ods') : tm(v, 'dip-entry.detail.pdf_word_excel_odt_ods_2')}
              </p>
              <input id="f-file" type="file" name="file" aria-describedby="h-file" />
            </div>
            <button type="submit" class="secondary">
              {tm(v, 'dip-entry.detail.upload')}
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="h-history">
        <h2 id="h-history">{tm(v, 'dip-entry.detail.history')}</h2>
        <h3 id="h-versions">{tm(v, 'dip-entry.detail.versions')}</h3>
        <ul class="bo-plain dip-versions">
          {d.versions.map((x) => (
            <li>
              <strong>{tm(v, 'dip-entry.detail.version', { xVersionNo: x.versionNo })}</strong>
              {' – '}
              {tm(v, 'dip-entry.detail.made')} {dateTime(v, x.createdAt)}
              {x.id === e.publishedVersionId && isPublic ? <span class="badge">{tm(v, 'dip-entry.detail.portal')}</span> : null}
              {x.id === e.workingVersionId && x.id !== e.publishedVersionId ? <span class="badge">{tm(v, 'dip-entry.detail.being_worked')}</span> : null}
              {x.title !== d.working.title ? <div class="small muted">{x.title}</div> : null}
            </li>
          ))}
        </ul>
        <h3 id="h-reviews">{tm(v, 'dip-entry.detail.submissions_reviews')}</h3>
        {d.reviews.length === 0 ? (
          <p>{tm(v, 'dip-entry.detail.never_submitted_yet')}</p>
        ) : (
          <ol class="bo-plain dip-reviews" aria-labelledby="h-reviews">
            {d.reviews.map((r) => (
              <li>
                <strong>{REVIEW_ACTIONS[r.action]?.[v.locale] ?? r.action}</strong>
                <div class="small muted">
                  {dateTime(v, r.at)} · {r.actorName ?? tm(v, 'dip-entry.detail.system')}
                  {r.versionId && versionNo.has(r.versionId) ? ` · ${tm(v, 'dip-entry.detail.version_2')} ${versionNo.get(r.versionId)}` : ''}
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
