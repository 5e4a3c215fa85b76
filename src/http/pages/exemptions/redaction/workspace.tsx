// The redaction worksheet: areas to mark on a page image (mouse, finger, or numbers typed in), the text
// patterns form (the no-JavaScript path), a preview of the released page, and making the released copy.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import { SECURITY_LEVEL_LABELS } from '../../../../domain/classified/items.js';
import { groundLabel, groundReference } from '../../../../domain/redaction/grounds.js';
import type { AreaRowInput } from '../../../../domain/redaction/add-redaction-areas.js';
import type { PatternRowInput } from '../../../../domain/redaction/save-redaction-patterns.js';
import type { RedactionWorkspace } from '../../../../domain/redaction/open-redaction-workspace.js';
import { ErrorSummary, Input, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../../components/layout.js';
import { areaPosition, AreaRow, PageCanvas, PageNav, PatternRow, type WorkspaceTyped } from './workspace-parts.js';
import { base, kb, KINDS, STATUS, when } from './shared.js';

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
  const title = `${tm(v, 'exemptions-redaction.shared.redaction')} ${r.ref}`;
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
        <a href={`/admin/penghitaman/dokumen/${w.document.id}`}>{tm(v, 'exemptions-redaction.workspace.redactions_document')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} message={message} />
      <dl class="facts redact-facts">
        <dt>{tm(v, 'exemptions-redaction.workspace.document')}</dt>
        <dd>
          {tm(v, 'exemptions-redaction.workspace.item')} {w.document.itemNumber} · {v.locale === 'en' ? level.en : level.id} · {w.pages.length}{' '}
          {tm(v, 'exemptions-redaction.workspace.pages')}
        </dd>
        <dt>{tm(v, 'exemptions-redaction.document.status')}</dt>
        <dd>
          {tx(v, STATUS[r.status]![0], STATUS[r.status]![1])} · {tm(v, 'exemptions-redaction.workspace.created')} {w.createdByName ?? '–'},{' '}
          {when(v, r.createdAt)}
        </dd>
        {w.testLabel ? (
          <>
            <dt>{tm(v, 'exemptions.detail.consequence_test')}</dt>
            <dd>{w.testLabel}</dd>
          </>
        ) : null}
        {w.requestNumber ? (
          <>
            <dt>{tm(v, 'exemptions-redaction.document.request')}</dt>
            <dd>{w.requestNumber}</dd>
          </>
        ) : null}
        {r.status === 'produced' ? (
          <>
            <dt>{tm(v, 'exemptions-redaction.workspace.copy_release')}</dt>
            <dd>
              <a href={`${base(r.id)}/salinan.pdf`}>{tm(v, 'exemptions-redaction.workspace.download_copy_pdf')}</a> · {r.pageCount}{' '}
              {tm(v, 'exemptions-redaction.workspace.pages')}, {kb(r.outputSize)} · {w.producedByName ?? '–'}, {when(v, r.producedAt)}
            </dd>
          </>
        ) : null}
      </dl>

      <div class="redact-work">
        <div class="redact-page">
          <h2>{preview ? tm(v, 'exemptions-redaction.workspace.preview_result') : tm(v, 'exemptions-redaction.workspace.mark_areas_page')}</h2>
          <PageNav v={v} w={w} preview={preview} />
          {draft && !preview ? (
            <p class="hint" id="draw-hint">
              {tm(v, 'exemptions-redaction.workspace.red_boxes_saved_areas_dashed')}
            </p>
          ) : null}
          <PageCanvas v={v} w={w} preview={preview} />
          <div id="redact-live" class="vh" aria-live="polite"></div>
        </div>
        <div class="redact-side">
          <h2>{tm(v, 'exemptions-redaction.workspace.marked_areas')}</h2>
          {r.areas.length === 0 ? (
            <p class="muted">{tm(v, 'exemptions-redaction.workspace.no_areas_yet')}</p>
          ) : (
            <div class="table-wrap" tabindex={0} role="region" aria-label={tm(v, 'exemptions-redaction.workspace.marked_areas')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">No.</th>
                    <th scope="col">{tm(v, 'exemptions-redaction.workspace-parts.page')}</th>
                    <th scope="col">{tm(v, 'exemptions-redaction.workspace.position')}</th>
                    <th scope="col">{tm(v, 'exemptions-redaction.workspace.ground')}</th>
                    {draft ? <th scope="col">{tm(v, 'exemptions.detail.action')}</th> : null}
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
                              {tm(v, 'exemptions-redaction.workspace.remove_area', { i: i + 1 })}
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
              data-label-draw={tm(v, 'exemptions-redaction.workspace.draw_box')}
              data-label-remove={tm(v, 'exemptions-redaction.workspace.discard_area')}
              data-msg-added={tx(
                v,
                'Area {n} ditambahkan pada halaman {p}. Pilih dasar pengecualiannya, lalu simpan.',
                'Area {n} added on page {p}. Choose its ground, then save.',
              )}
            >
              <Csrf v={v} />
              <input type="hidden" name="token" value={w.token} />
              <h3>{tm(v, 'exemptions-redaction.workspace.add_areas')}</h3>
              <p class="hint">{tm(v, 'exemptions-redaction.workspace.position_percent_page_width_height')}</p>
              <div data-area-rows>
                {newAreas.map((row, i) => (
                  <AreaRow v={v} i={i} row={row} errors={errors} />
                ))}
              </div>
              <button type="submit">{tm(v, 'exemptions-redaction.workspace.save_areas')}</button>
            </form>
          ) : null}
        </div>
      </div>

      <h2>{tm(v, 'exemptions-redaction.workspace.text_patterns')}</h2>
      <p class="hint">{tm(v, 'exemptions-redaction.workspace.every_occurrence_text_chosen_pages')}</p>
      {draft ? (
        <form method="post" action={action('pola')} class="redact-form">
          <Csrf v={v} />
          <input type="hidden" name="token" value={w.token} />
          {patternRows.map((row, i) => (
            <PatternRow v={v} i={i} row={row} pages={w.pages.length} found={typed?.patterns ? undefined : w.matches[i]} errors={errors} />
          ))}
          <button type="submit">{tm(v, 'exemptions-redaction.workspace.save_patterns')}</button>
        </form>
      ) : r.patterns.length ? (
        <ul>
          {r.patterns.map((p, i) => (
            <li>
              {tm(v, 'exemptions-redaction.workspace-parts.pattern')} {i + 1}:{' '}
              {p.kind && p.kind !== 'phrase' ? tx(v, KINDS[p.kind][0], KINDS[p.kind][1]) : `“${p.pattern}”`} ·{' '}
              {p.page === null ? tm(v, 'exemptions-redaction.workspace.all_pages') : `${tm(v, 'exemptions-redaction.workspace.page')} ${p.page}`} ·{' '}
              {groundReference(p.ground, v.locale)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tm(v, 'exemptions-redaction.workspace.no_text_patterns')}</p>
      )}

      {draft ? (
        <>
          <h2>{tm(v, 'exemptions-redaction.workspace.make_copy_release')}</h2>
          <p>{tm(v, 'exemptions-redaction.workspace.every_page_re_made_image')}</p>
          <form method="post" action={action('buat')} class="narrow">
            <Csrf v={v} />
            <input type="hidden" name="token" value={w.token} />
            <Input
              name="documentLabel"
              label={tm(v, 'exemptions-redaction.workspace.description_document_log_page')}
              hint={tm(v, 'exemptions-redaction.workspace.applicant_will_read_must_not')}
              value={typed?.documentLabel ?? w.suggestedLabel}
              errors={errors}
              required
              maxlength={200}
            />
            <fieldset class={`field${errors?.testIds ? ' has-error' : ''}`} aria-describedby={errors?.testIds ? 'e-testIds' : 'h-testIds'}>
              <legend>{tm(v, 'exemptions-redaction.workspace.consequence_test_redaction_rests')}</legend>
              <p class="hint" id="h-testIds">
                {tm(v, 'exemptions-redaction.workspace.what_blacked_out_must_exempt')}
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
                <p class="warn-box">{tm(v, 'exemptions-redaction.workspace.no_approved_consequence_test_force')}</p>
              )}
            </fieldset>
            <div class={`field check${errors?.checked ? ' has-error' : ''}`}>
              <input type="checkbox" id="f-checked" name="checked" value="1" aria-describedby={errors?.checked ? 'e-checked' : undefined} />
              <label for="f-checked">{tm(v, 'exemptions-redaction.workspace.i_have_checked_preview_every')}</label>
            </div>
            {errors?.checked ? (
              <p class="error" id="e-checked">
                {errors.checked}
              </p>
            ) : null}
            <button type="submit">{tm(v, 'exemptions-redaction.workspace.make_copy_release')}</button>
          </form>
          <form method="post" action={`${base(r.id)}/hapus`} class="sub-action">
            <Csrf v={v} />
            <input type="hidden" name="token" value={w.token} />
            <button type="submit" class="danger">
              {tm(v, 'exemptions-redaction.workspace.delete_draft')}
            </button>
          </form>
        </>
      ) : (
        <form method="post" action={`${base(r.id)}/revisi`} class="sub-action">
          <Csrf v={v} />
          <button type="submit" class="secondary">
            {tm(v, 'exemptions-redaction.workspace.make_revision_new_draft_these')}
          </button>
        </form>
      )}
      {draft ? <script src="/static/redaction.js" defer></script> : null}
    </BackofficeLayout>
  );
};
