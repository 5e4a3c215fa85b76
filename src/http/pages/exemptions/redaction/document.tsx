// The redactions of a classified PDF, with the form to start one.
import type { FC } from 'hono/jsx';
import { SECURITY_LEVEL_LABELS } from '../../../../domain/classified/items.js';
import type { DocumentRedactions } from '../../../../domain/redaction/list-document-redactions.js';
import { ErrorSummary, Input, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../../components/layout.js';
import { base, kb, STATUS, Unavailable, when } from './shared.js';

// --- the document's redactions ------------------------------------------------------------------------

export type CreateValues = { reason: string; testId: string; requestNumber: string };

export const DocumentRedactionsPage: FC<{ v: View; d: DocumentRedactions; values: CreateValues; errors?: FieldErrors | undefined }> = ({
  v,
  d,
  values,
  errors,
}) => {
  const title = tm(v, 'exemptions-redaction.document.redactions_document');
  const level = SECURITY_LEVEL_LABELS[d.document.level];
  return (
    <BackofficeLayout v={v} title={title}>
      <link rel="stylesheet" href="/static/redaction.css" />
      <p class="bo-crumbs">
        <a href={`/admin/informasi/${d.document.itemId}`}>{tm(v, 'exemptions-redaction.document.item', { dDocumentItemNumber: d.document.itemNumber })}</a>
      </p>
      <h1>{title}</h1>
      <p>
        {tm(v, 'exemptions-redaction.document.document_item')} <strong>{d.document.itemNumber}</strong>, {tm(v, 'exemptions-redaction.document.classified')}{' '}
        <strong>{v.locale === 'en' ? level.en : level.id}</strong>. {tm(v, 'exemptions-redaction.document.redaction_makes_copy_release_every')}
      </p>
      {!d.available ? <Unavailable v={v} /> : null}
      <h2>{tm(v, 'exemptions-redaction.document.existing_redactions')}</h2>
      {d.redactions.length === 0 ? (
        <p class="muted">{tm(v, 'exemptions-redaction.document.no_redactions_document_yet')}</p>
      ) : (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tm(v, 'exemptions-redaction.document.existing_redactions')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tm(v, 'exemptions-redaction.document.number')}</th>
                <th scope="col">{tm(v, 'exemptions-redaction.document.status')}</th>
                <th scope="col">{tm(v, 'exemptions-redaction.document.created')}</th>
                <th scope="col">{tm(v, 'exemptions-redaction.document.copy')}</th>
                <th scope="col">{tm(v, 'exemptions-redaction.document.linked')}</th>
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
                      {r.areas} {tm(v, 'exemptions-redaction.document.areas')}, {r.patterns} {tm(v, 'exemptions-redaction.document.patterns')}
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
                        <a href={`${base(r.id)}/salinan.pdf`}>{tm(v, 'exemptions-redaction.document.download_pdf')}</a> ({r.pageCount}{' '}
                        {tm(v, 'exemptions-redaction.document.pp')}, {kb(r.outputSize)})
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
                        {tm(v, 'exemptions.detail.consequence_test')} {r.testNumber}
                        <br />
                      </>
                    ) : null}
                    {r.requestNumber ? (
                      <>
                        {tm(v, 'exemptions-redaction.document.request')} {r.requestNumber}
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
          <h2 id="baru">{tm(v, 'exemptions-redaction.document.make_copy_release_redaction')}</h2>
          <ErrorSummary v={v} errors={errors} />
          <form method="post" action={`/admin/penghitaman/dokumen/${d.document.id}`} class="narrow">
            <Csrf v={v} />
            <Input
              name="reason"
              label={tm(v, 'exemptions-redaction.document.reason_opening_document')}
              hint={tm(v, 'exemptions-redaction.document.kept_read_log_classified_information')}
              value={values.reason}
              errors={errors}
              required
              maxlength={500}
            />
            <div class={`field${errors?.testId ? ' has-error' : ''}`}>
              <label for="f-testId">{tm(v, 'exemptions-redaction.document.consequence_test_partial_exemption')}</label>
              {errors?.testId ? (
                <p class="error" id="e-testId">
                  {errors.testId}
                </p>
              ) : null}
              <select id="f-testId" name="testId" aria-describedby={errors?.testId ? 'e-testId' : undefined}>
                <option value="">{tm(v, 'exemptions-redaction.document.none')}</option>
                {d.tests.map((t) => (
                  <option value={t.id} selected={t.id === values.testId}>
                    {t.label}
                  </option>
                ))}
              </select>
            </div>
            <Input
              name="requestNumber"
              label={tm(v, 'exemptions-redaction.document.registration_number_request_if_any')}
              value={values.requestNumber}
              errors={errors}
              maxlength={100}
            />
            <button type="submit">{tm(v, 'exemptions-redaction.document.start_redaction')}</button>
          </form>
        </>
      ) : null}
    </BackofficeLayout>
  );
};
