// Back-office page for importing DIP drafts from a spreadsheet: the form, the list of every problem
// found (nothing saved), and the summary after a successful import.
import type { FC } from 'hono/jsx';
import type { ImportResult } from '../../../domain/dip/import-drafts.js';
import type { ImportIssue } from '../../../domain/dip/import-format.js';
import type { ImportPlan } from '../../../domain/dip/import-plan.js';
import { Actions, Select } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../components/layout.js';

// Beyond this many, the page lists the first ones and says how many more there are.
const SHOWN_ISSUES = 1000;

export type ImportPageProps = {
  v: View;
  /** Units the officer may import into (a select for the PPID Utama); null when it is the officer's own unit. */
  units: { id: string; name: string }[] | null;
  ownUnitName: string | null;
  unitId: string;
  maxMb: number;
  /** A problem with the form itself (no file, no unit, too large, not xlsx). */
  formError?: { field: 'file' | 'unitId'; message: string } | undefined;
  issues?: ImportIssue[] | undefined;
  filename?: string | undefined;
  results?: ImportResult[] | undefined;
  seconds?: number | undefined;
  /** Rows already in the register (matched by number, or by unit and title): not created again. */
  skipped?: number | undefined;
  /** The preview: what the file would create per unit; `sealed` is the confirm form's plan (absent when rows were rejected). */
  preview?: { plan: ImportPlan; sealed: string | undefined } | undefined;
};

const CAT_LABEL = { berkala: ['Berkala', 'Periodic'], serta_merta: ['Serta-merta', 'Immediate'], setiap_saat: ['Setiap saat', 'At any time'] } as const;
const STATUS_TEXT = {
  new: ['Baru: dibuat sebagai draf', 'New: becomes a draft'],
  same: ['Sudah ada, sama: dilewati', 'Already there, same: skipped'],
  differs: ['Sudah ada, isi berbeda: tidak diubah', 'Already there, differs: not changed'],
} as const;
// The first rows shown in the preview.
const PREVIEW_ROWS = 20;

const Preview: FC<{ v: View; plan: ImportPlan; sealed: string | undefined; filename?: string | undefined }> = ({ v, plan, sealed, filename }) => {
  const create = plan.perUnit.reduce((n, u) => n + u.create, 0);
  const same = plan.perUnit.reduce((n, u) => n + u.same, 0);
  const differs = plan.perUnit.reduce((n, u) => n + u.differs, 0);
  return (
    <section aria-labelledby="preview-title" class="import-preview">
      <h2 id="preview-title">{tm(v, 'dip-import.import.import_preview', { filename: filename ? ` "${filename}"` : '' })}</h2>
      <p role="status" class="preview-summary">
        {tm(v, 'dip-import.import.new_drafts_agencies_already_there', {
          create,
          uCreateLength: plan.perUnit.filter((u) => u.create).length,
          planRejectedLength: plan.rejected.length,
          sameDiffers: same + differs,
        })}
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label={tm(v, 'dip-import.import.per_agency')}>
        <table class="table">
          <caption>{tm(v, 'dip-import.import.what_will_created_per_agency')}</caption>
          <thead>
            <tr>
              <th scope="col">{tm(v, 'dip-import.import.agency')}</th>
              {(['berkala', 'serta_merta', 'setiap_saat'] as const).map((k) => (
                <th scope="col">{tx(v, CAT_LABEL[k][0], CAT_LABEL[k][1])}</th>
              ))}
              <th scope="col">{tm(v, 'dip-import.import.new_drafts')}</th>
              <th scope="col">{tm(v, 'dip-import.import.already_there_same')}</th>
              <th scope="col">{tm(v, 'dip-import.import.already_there_differs')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.perUnit.map((u) => (
              <tr>
                <th scope="row">{u.unitName}</th>
                <td>{u.byCategory.berkala}</td>
                <td>{u.byCategory.serta_merta}</td>
                <td>{u.byCategory.setiap_saat}</td>
                <td>{u.create}</td>
                <td>{u.same}</td>
                <td>{u.differs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.rows.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tm(v, 'dip-import.import.first_rows')}>
          <table class="table">
            <caption>{tm(v, 'dip-import.import.first_rows_2', { planRowsLength: Math.min(PREVIEW_ROWS, plan.rows.length) })}</caption>
            <thead>
              <tr>
                <th scope="col">{tm(v, 'dip-import.import.row')}</th>
                <th scope="col">{tm(v, 'dip-import.import.agency')}</th>
                <th scope="col">{tm(v, 'dip-entry.detail-parts.title')}</th>
                <th scope="col">{tm(v, 'dip-entry.detail-parts.category')}</th>
                <th scope="col">{tm(v, 'dip-import.import.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.slice(0, PREVIEW_ROWS).map((r) => (
                <tr>
                  <td>{r.row}</td>
                  <td>{r.unitName}</td>
                  <td>{r.input.title}</td>
                  <td>{tx(v, CAT_LABEL[r.input.category][0], CAT_LABEL[r.input.category][1])}</td>
                  <td>
                    {tx(v, STATUS_TEXT[r.status][0], STATUS_TEXT[r.status][1])}
                    {r.existingNumber ? ` (${r.existingNumber})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {plan.ignored.length ? (
        <p class="hint">
          {tm(v, 'dip-import.import.columns_not_read')}
          {plan.ignored.join(', ')}
        </p>
      ) : null}
      {plan.rejected.length ? (
        <Issues v={v} issues={plan.rejected} filename={filename} />
      ) : sealed ? (
        <form method="post" action="/admin/dip/impor" class="form">
          <Csrf v={v} />
          <input type="hidden" name="step" value="confirm" />
          <input type="hidden" name="plan" value={sealed} />
          <input type="hidden" name="skipped" value={String(same + differs)} />
          <Actions>
            <button type="submit" disabled={create === 0}>
              {tm(v, 'dip-import.import.create_drafts', { create })}
            </button>
            <a href="/admin/dip/impor">{v.t('common.cancel')}</a>
          </Actions>
        </form>
      ) : null}
    </section>
  );
};

const Issues: FC<{ v: View; issues: ImportIssue[]; filename?: string | undefined }> = ({ v, issues, filename }) => {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <div class="error-summary import-issues" role="alert" aria-labelledby="issues-title" tabindex={-1}>
      <h2 id="issues-title">
        {tm(v, 'dip-import.import.file_was_not_imported_problems', { filename: filename ? `"${filename}" ` : '', issuesLength: issues.length })}
      </h2>
      <p>{tm(v, 'dip-import.import.fix_these_rows_your_file')}</p>
      <ul class="issue-list">
        {shown.map((i) => (
          <li>{i.message}</li>
        ))}
      </ul>
      {issues.length > shown.length ? (
        <p>{tm(v, 'dip-import.import.more_problems_not_shown_fix', { lengthShownLength: issues.length - shown.length })}</p>
      ) : null}
    </div>
  );
};

export const DipImportPage: FC<ImportPageProps> = ({
  v,
  units,
  ownUnitName,
  unitId,
  maxMb,
  formError,
  issues,
  filename,
  results,
  seconds,
  skipped,
  preview,
}) => {
  const title = tm(v, 'dip-import.import.import_dip_from_excel');
  const fileErr = formError?.field === 'file' ? formError.message : undefined;
  const unitErr = formError?.field === 'unitId' ? formError.message : undefined;
  if (results) {
    const total = results.reduce((n, r) => n + r.count, 0);
    const listHref = results.length === 1 ? `/admin/dip?unitId=${results[0]!.unitId}&status=draft` : '/admin/dip?status=draft';
    return (
      <BackofficeLayout v={v} title={tm(v, 'dip-import.import.import_complete')}>
        <h1>{tm(v, 'dip-import.import.import_complete')}</h1>
        <div class="notice" role="status">
          {results.map((result) => (
            <p>
              {tm(v, 'dip-import.import.dip_drafts_were_created_numbers', {
                resultCount: result.count,
                resultFirstNumber: result.firstNumber,
                resultLastNumber: result.lastNumber,
                resultUnitName: result.unitName,
              })}
            </p>
          ))}
          {!results.length ? <p>{tm(v, 'dip-import.import.no_new_drafts_were_created')}</p> : null}
          {skipped ? <p>{tm(v, 'dip-import.import.rows_were_already_register_were', { skipped })}</p> : null}
        </div>
        <dl class="facts">
          <dt>{tm(v, 'dip-import.import.file')}</dt>
          <dd>{filename || '–'}</dd>
          <dt>{tm(v, 'dip-import.import.rows_imported')}</dt>
          <dd>{total}</dd>
          <dt>{tm(v, 'dip-import.import.agencies')}</dt>
          <dd>{results.length}</dd>
          <dt>{tm(v, 'dip-import.import.time_taken')}</dt>
          <dd>{tx(v, `${(seconds ?? 0).toLocaleString('id-ID')} detik`, `${(seconds ?? 0).toLocaleString('en-GB')} seconds`)}</dd>
        </dl>
        <p>{tm(v, 'dip-import.import.drafts_are_not_portal_yet')}</p>
        <Actions>
          <a class="button" href={listHref}>
            {tm(v, 'dip-import.import.see_imported_drafts')}
          </a>
          <a href="/admin/dip/impor">{tm(v, 'dip-import.import.import_another_file')}</a>
        </Actions>
      </BackofficeLayout>
    );
  }
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      {preview ? <Preview v={v} plan={preview.plan} sealed={preview.sealed} filename={filename} /> : null}
      {issues?.length ? <Issues v={v} issues={issues} filename={filename} /> : null}
      {formError ? (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
          <h2 id="error-summary-title">{tm(v, 'dip-import.import.file_cannot_imported_yet')}</h2>
          <ul>
            <li>
              <a href={`#f-${formError.field}`}>{formError.message}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <p class="lead">{tm(v, 'dip-import.import.upload_excel_workbook_xlsx_your')}</p>
      <ol class="steps">
        <li>
          <a href="/admin/dip/templat.xlsx" download>
            {tm(v, 'dip-import.import.download_excel_template')}
          </a>{' '}
          {tm(v, 'dip-import.import.instructions_drop_down_lists')}
        </li>
        <li>{tm(v, 'dip-import.import.fill_one_row_per_item')}</li>
        <li>{tm(v, 'dip-import.import.upload_file_below')}</li>
      </ol>
      <form method="post" action="/admin/dip/impor" enctype="multipart/form-data" novalidate class="form">
        <Csrf v={v} />
        {units ? (
          <Select
            name="unitId"
            label={tm(v, 'dip-import.import.agency_holds_information')}
            value={unitId}
            errors={unitErr ? { unitId: unitErr } : undefined}
            options={[{ value: '', label: tm(v, 'dip-import.import.choose_agency') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
        ) : (
          <p>
            <strong>{tm(v, 'dip-import.import.agency')}:</strong> {ownUnitName ?? '–'}
          </p>
        )}
        <div class={`field${fileErr ? ' has-error' : ''}`}>
          <label for="f-file">{tm(v, 'dip-import.import.excel_file_xlsx')}</label>
          <p class="hint" id="h-file">
            {tm(v, 'dip-import.import.most_mb_template_q_gesy', { maxMb })}
          </p>
          {fileErr ? (
            <p class="error" id="e-file">
              {fileErr}
            </p>
          ) : null}
          <input
            id="f-file"
            type="file"
            name="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileErr ? 'h-file e-file' : 'h-file'}
            aria-invalid={fileErr ? 'true' : undefined}
          />
        </div>
        <p class="hint">{tm(v, 'dip-import.import.large_files_thousands_rows_take')}</p>
        <Actions>
          <button type="submit" name="step" value="preview">
            {tm(v, 'dip-import.import.check_preview')}
          </button>
          <button type="submit" name="step" value="import" class="secondary">
            {tm(v, 'dip-import.import.check_import_once')}
          </button>
          <a href="/admin/dip">{v.t('common.cancel')}</a>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
