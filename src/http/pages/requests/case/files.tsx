// case-docs (issue 13 items 2–3): the request case's files panel — the files that came with the units'
// answers or were added for the written notice, their release to the applicant, the downloads, the
// handover, and "Terbitkan ke DIP". Forms post to routes/requests/files.tsx; no JavaScript needed.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import type { FilesPanel } from '../../../../domain/requests/case-files.js';
import type { PublishForm } from '../../../../domain/requests/publish-answer-to-dip.js';
import { HANDOVER_LABELS } from '../../../../domain/requests/record-handover.js';
import { ACCEPT_ATTRIBUTE, ACCEPTED_LABEL } from '../../../../documents/sniff.js';
import { HANDOVER_METHODS } from '../../../../db/schema/index.js';
import { dateTime } from '../../../dates.js';
import { Actions, ErrorSummary, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../../components/layout.js';
import { fileSize } from '../files.js';

export type FilesForm = 'upload' | 'dip' | 'redaction' | 'handover';
type Props = { v: View; requestId: string; f: FilesPanel; form?: FilesForm; errors?: FieldErrors; typed?: Record<string, string>; open?: boolean };

const SOURCE: Record<string, [string, string]> = {
  upload: ['Diunggah', 'Uploaded'],
  dip: ['Dari DIP', 'From the DIP'],
  redaction: ['Salinan hasil penghitaman', 'Redacted copy'],
};

const Err: FC<{ id: string; msg?: string | undefined }> = ({ id, msg }) =>
  msg ? (
    <p class="error" id={id}>
      {msg}
    </p>
  ) : null;

/** Which answer the file goes with: a select when the officer may choose, otherwise a hidden field. */
const Target: FC<{ v: View; f: FilesPanel; form: string; value: string }> = ({ v, f, form, value }) =>
  f.may.attachTo.length > 1 ? (
    <div class="field">
      <label for={`cf-${form}-to`}>{tm(v, 'requests-files.files.attached')}</label>
      <select id={`cf-${form}-to`} name="dispositionId">
        {f.may.attachTo.map((t) => (
          <option value={t.id} selected={t.id === value}>
            {t.label}
          </option>
        ))}
      </select>
    </div>
  ) : (
    <input type="hidden" name="dispositionId" value={f.may.attachTo[0]?.id ?? ''} />
  );

export const RequestCaseFiles: FC<Props> = ({ v, requestId, f, form, errors = {}, typed = {}, open = false }) => {
  const q = `/admin/permohonan/${requestId}/berkas`;
  const errOf = (which: FilesForm, k: string) => (form === which ? errors[k] : undefined);
  const val = (which: FilesForm, k: string) => (form === which ? (typed[k] ?? '') : '');
  const when = (d: Date) => dateTime(v, d);
  if (!f.files.length && !f.may.attachTo.length && !f.handovers.length && !f.may.publishDip && !f.dipEntries.length) return null;
  return (
    <section aria-labelledby="h-case-files" class="card" id="berkas-perkara">
      <h2 id="h-case-files">{tm(v, 'requests-files.files.information_files')}</h2>
      {f.files.length ? (
        <ul class="plain-list case-files">
          {f.files.map((file) => (
            <li>
              <a href={`${q}/${file.id}`}>{file.filename}</a>{' '}
              <span class="muted small">
                ({fileSize(file.size, v.locale)}; {tx(v, ...SOURCE[file.source]!)};{' '}
                {file.unit ? `${tm(v, 'requests-files.files.answer')} ${file.unit}` : tm(v, 'requests-files.files.notice')})
              </span>
              {file.exempt ? <span class="dip-status dip-status-unpublished">{tm(v, 'requests-files.files.exempt_redacted_copy_only')}</span> : null}
              <span class="small block">
                {file.releasedAt
                  ? `${tm(v, 'requests-files.files.released_applicant')} ${when(file.releasedAt)}; ${tm(v, 'requests-files.files.downloaded')} ${file.downloads}×`
                  : tm(v, 'requests-files.files.not_released_applicant')}
              </span>
              {file.releasable ? (
                <form method="post" action={`${q}/${file.id}/lepas`} class="inline-form">
                  <Csrf v={v} />
                  <button type="submit" class="secondary">
                    {tm(v, 'requests-files.files.attach_written_notice')}
                  </button>
                </form>
              ) : !file.releasedAt && f.may.release && file.refusal ? (
                <span class="muted small block">{file.refusal}</span>
              ) : null}
              {file.removable ? (
                <details class="remove-file">
                  <summary>{tm(v, 'requests-files.files.remove')}</summary>
                  <form method="post" action={`${q}/${file.id}/hapus`} class="inline-form">
                    <Csrf v={v} />
                    <p class="small">{tm(v, 'requests-files.files.remove_hint')}</p>
                    <button type="submit" class="secondary">
                      {tm(v, 'requests-files.files.remove_confirm', { name: file.filename })}
                    </button>
                  </form>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tm(v, 'requests-files.files.no_files_yet')}</p>
      )}

      {f.may.attachTo.length ? (
        <details open={open || (!!form && form !== 'handover')}>
          <summary>{tm(v, 'requests-files.files.attach_file')}</summary>
          <form method="post" action={q} enctype="multipart/form-data" class="form">
            <Csrf v={v} />
            <h3>{tm(v, 'requests-files.files.upload_file')}</h3>
            <Target v={v} f={f} form="upload" value={val('upload', 'dispositionId')} />
            <div class={`field${errOf('upload', 'file') ? ' has-error' : ''}`}>
              <label for="cf-file">{tm(v, 'requests-files.files.file')}</label>
              <p class="hint" id="cf-file-h">
                {ACCEPTED_LABEL}; {tm(v, 'requests-files.files.checked_content')}
              </p>
              <Err id="cf-file-e" msg={errOf('upload', 'file')} />
              <input
                type="file"
                id="cf-file"
                name="file"
                accept={ACCEPT_ATTRIBUTE}
                aria-describedby={errOf('upload', 'file') ? 'cf-file-h cf-file-e' : 'cf-file-h'}
              />
            </div>
            <div class="field check">
              <input type="checkbox" id="cf-exempt" name="exempt" value="1" checked={val('upload', 'exempt') === '1'} />
              <label for="cf-exempt">{tm(v, 'requests-files.files.holds_exempt_classified_information_can')}</label>
            </div>
            <Actions>
              <button type="submit">{tm(v, 'requests-files.files.upload')}</button>
            </Actions>
          </form>
          <form method="post" action={`${q}/dip`} class="form">
            <Csrf v={v} />
            <h3>{tm(v, 'requests-files.files.from_dip')}</h3>
            <Target v={v} f={f} form="dip" value={val('dip', 'dispositionId')} />
            <div class={`field${errOf('dip', 'dipRef') ? ' has-error' : ''}`}>
              <label for="cf-dipRef">{tm(v, 'requests-files.files.number_address_published_dip_entry')}</label>
              <p class="hint" id="cf-dipRef-h">
                {tm(v, 'requests-files.files.e_g_dip_bpkad_2026')}
              </p>
              <Err id="cf-dipRef-e" msg={errOf('dip', 'dipRef')} />
              <input
                id="cf-dipRef"
                name="dipRef"
                value={val('dip', 'dipRef')}
                autocapitalize="none"
                aria-describedby={errOf('dip', 'dipRef') ? 'cf-dipRef-h cf-dipRef-e' : 'cf-dipRef-h'}
              />
            </div>
            <Actions>
              <button type="submit" class="secondary">
                {tm(v, 'requests-files.files.attach_from_dip')}
              </button>
            </Actions>
          </form>
          <form method="post" action={`${q}/penghitaman`} class="form">
            <Csrf v={v} />
            <h3>{tm(v, 'requests-files.files.redacted_copy')}</h3>
            {f.redactions.length ? (
              <>
                <Target v={v} f={f} form="redaction" value={val('redaction', 'dispositionId')} />
                <div class={`field${errOf('redaction', 'redactionId') ? ' has-error' : ''}`}>
                  <label for="cf-redactionId">{tm(v, 'requests-files.files.copy')}</label>
                  <Err id="cf-redactionId-e" msg={errOf('redaction', 'redactionId')} />
                  <select id="cf-redactionId" name="redactionId">
                    {f.redactions.map((r) => (
                      <option value={r.id}>
                        {r.ref}
                        {r.producedAt ? ` (${when(r.producedAt)})` : ''}
                      </option>
                    ))}
                  </select>
                </div>
                <Actions>
                  <button type="submit" class="secondary">
                    {tm(v, 'requests-files.files.attach_copy')}
                  </button>
                </Actions>
              </>
            ) : (
              <p class="muted small">
                {tm(v, 'requests-files.files.no_redacted_copy_request_yet')} <a href="/admin/informasi">{tm(v, 'requests-files.files.information_register')}</a>
              </p>
            )}
          </form>
        </details>
      ) : null}

      {f.handovers.length || f.may.handover ? <h3>{tm(v, 'requests-files.files.handover_information')}</h3> : null}
      {f.handovers.length ? (
        <ul class="plain-list">
          {f.handovers.map((h) => (
            <li>
              {tx(v, ...HANDOVER_LABELS[h.method])}, {formatLongDate(h.handedOn, v.locale === 'en' ? 'en' : 'id')} — {h.recipient}
              {h.note ? <span class="muted small block">{h.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {f.may.handover ? (
        <details open={form === 'handover'}>
          <summary>{tm(v, 'requests-files.files.record_handover')}</summary>
          <form method="post" action={`/admin/permohonan/${requestId}/serah-terima`} class="form">
            <Csrf v={v} />
            <fieldset class={`field${errOf('handover', 'method') ? ' has-error' : ''}`}>
              <legend>{tm(v, 'requests-files.files.way')}</legend>
              <Err id="cf-method-e" msg={errOf('handover', 'method')} />
              {HANDOVER_METHODS.map((m) => (
                <div class="check">
                  <input type="radio" id={`cf-method-${m}`} name="method" value={m} checked={val('handover', 'method') === m} />
                  <label for={`cf-method-${m}`}>{tx(v, ...HANDOVER_LABELS[m])}</label>
                </div>
              ))}
            </fieldset>
            <div class={`field${errOf('handover', 'handedOn') ? ' has-error' : ''}`}>
              <label for="cf-handedOn">{tm(v, 'requests-files.files.date')}</label>
              <Err id="cf-handedOn-e" msg={errOf('handover', 'handedOn')} />
              <input type="date" id="cf-handedOn" name="handedOn" value={val('handover', 'handedOn')} />
            </div>
            <div class={`field${errOf('handover', 'recipient') ? ' has-error' : ''}`}>
              <label for="cf-recipient">{tm(v, 'requests-files.files.received_sent')}</label>
              <Err id="cf-recipient-e" msg={errOf('handover', 'recipient')} />
              <input id="cf-recipient" name="recipient" value={val('handover', 'recipient')} maxlength={200} autocomplete="off" />
            </div>
            <div class="field">
              <label for="cf-note">{tm(v, 'requests-files.files.note_e_g_postal_tracking')}</label>
              <input id="cf-note" name="note" value={val('handover', 'note')} maxlength={1000} />
            </div>
            <Actions>
              <button type="submit" class="secondary">
                {tm(v, 'requests-files.files.save_handover')}
              </button>
            </Actions>
          </form>
        </details>
      ) : null}

      {f.dipEntries.length ? (
        <p>
          {tm(v, 'requests-files.files.dip_entries_from_request')}{' '}
          {f.dipEntries.map((e, i) => (
            <>
              {i ? ', ' : ''}
              <a href={`/admin/dip/${e.id}`}>{e.number}</a>
            </>
          ))}
        </p>
      ) : null}
      {f.may.publishDip ? (
        <p>
          <a class="button secondary" href={`/admin/permohonan/${requestId}/terbitkan-dip`}>
            {tm(v, 'requests-files.files.publish_dip')}
          </a>
        </p>
      ) : null}
    </section>
  );
};

/** The panel on its own, shown again with the message when a form of it was refused. */
export const RequestFilesPage: FC<Props & { number: string; message?: string | undefined }> = (p) => (
  <BackofficeLayout v={p.v} title={`${tm(p.v, 'requests-files.files.request_files')} ${p.number}`}>
    <p>
      <a href={`/admin/permohonan/${p.requestId}`}>
        ← {tm(p.v, 'requests-files.files.back_request')} {p.number}
      </a>
    </p>
    <h1>
      {tm(p.v, 'requests-files.files.request_files')} {p.number}
    </h1>
    <ErrorSummary v={p.v} errors={p.errors} message={p.message} />
    <RequestCaseFiles {...p} open />
  </BackofficeLayout>
);

/** "Terbitkan ke DIP": the title and summary, prefilled from the request's description of the information only. */
export const PublishDipPage: FC<{
  v: View;
  requestId: string;
  number: string;
  form: PublishForm;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  typed?: Record<string, string>;
}> = ({ v, requestId, number, form, errors = {}, message, typed }) => {
  const val = (k: 'title' | 'summary' | 'unitId' | 'existing') => typed?.[k] ?? (k === 'existing' ? '' : form[k]);
  return (
    <BackofficeLayout v={v} title={`${tm(v, 'requests-files.files.publish_dip')} — ${number}`}>
      <p>
        <a href={`/admin/permohonan/${requestId}`}>
          ← {tm(v, 'requests-files.files.back_request')} {number}
        </a>
      </p>
      <h1>{tm(v, 'requests-files.files.publish_dip')}</h1>
      <p>{tm(v, 'requests-files.files.information_was_given_full_likely')}</p>
      {form.linked.length ? (
        <p class="muted">
          {tm(v, 'requests-files.files.entries_from_request_already')} {form.linked.map((e) => e.number).join(', ')}
        </p>
      ) : null}
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action={`/admin/permohonan/${requestId}/terbitkan-dip`} class="form">
        <Csrf v={v} />
        <div class={`field${errors.title ? ' has-error' : ''}`}>
          <label for="pd-title">{tm(v, 'requests-files.files.title')}</label>
          <Err id="pd-title-e" msg={errors.title} />
          <input id="pd-title" name="title" value={val('title')} maxlength={300} required />
        </div>
        <div class={`field${errors.summary ? ' has-error' : ''}`}>
          <label for="pd-summary">{tm(v, 'requests-files.files.summary')}</label>
          <p class="hint" id="pd-summary-h">
            {tm(v, 'requests-files.files.filled_from_description_information_asked')}
          </p>
          <Err id="pd-summary-e" msg={errors.summary} />
          <textarea id="pd-summary" name="summary" rows={5} maxlength={4000} aria-describedby={errors.summary ? 'pd-summary-h pd-summary-e' : 'pd-summary-h'}>
            {val('summary')}
          </textarea>
        </div>
        {form.units.length > 1 ? (
          <div class={`field${errors.unitId ? ' has-error' : ''}`}>
            <label for="pd-unitId">{tm(v, 'requests-files.files.agency_holds')}</label>
            <Err id="pd-unitId-e" msg={errors.unitId} />
            <select id="pd-unitId" name="unitId">
              {form.units.map((u) => (
                <option value={u.id} selected={u.id === val('unitId')}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="unitId" value={form.unitId} />
        )}
        <p>
          {form.files.length
            ? `${tm(v, 'requests-files.files.files_carried_over')} ${form.files.map((x) => x.filename).join(', ')}`
            : tm(v, 'requests-files.files.no_released_files_carry_over')}
        </p>
        <details open={!!errors.existing}>
          <summary>{tm(v, 'requests-files.files.already_dip_link_published_entry')}</summary>
          <div class={`field${errors.existing ? ' has-error' : ''}`}>
            <label for="pd-existing">{tm(v, 'requests-files.files.dip_entry_number')}</label>
            <Err id="pd-existing-e" msg={errors.existing} />
            <input id="pd-existing" name="existing" value={val('existing')} autocapitalize="none" />
          </div>
        </details>
        <Actions>
          <button type="submit">{tm(v, 'requests-files.files.make_dip_draft')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
