// Parts of the redaction worksheet: the page image, page navigation, area and pattern rows.
import type { FC } from 'hono/jsx';
import type { RedactionArea } from '../../../../db/schema/index.js';
import { REDACTION_LIMITS, type PatternKind, type ResolvedArea } from '../../../../documents/redact.js';
import type { AreaRowInput } from '../../../../domain/redaction/add-redaction-areas.js';
import type { PatternRowInput } from '../../../../domain/redaction/save-redaction-patterns.js';
import type { RedactionWorkspace } from '../../../../domain/redaction/open-redaction-workspace.js';
import type { FieldErrors } from '../../../components/form.js';
import { tx, type View, tm } from '../../../components/layout.js';
import { base, GroundSelect, KINDS } from './shared.js';

// --- the worksheet --------------------------------------------------------------------------------------

export type WorkspaceTyped = { areas?: AreaRowInput[]; patterns?: PatternRowInput[]; documentLabel?: string; testIds?: string[] };

const pct = (v: View, n: number) => (Math.round(n * 1000) / 10).toLocaleString(v.locale === 'en' ? 'en-GB' : 'id-ID');

const at = (n: number) => Math.round(n * 1000);

/** The page with the marked areas (red) and the pattern matches (blue, dashed) drawn over it. */
export const PageCanvas: FC<{ v: View; w: RedactionWorkspace; preview: boolean }> = ({ v, w, preview }) => {
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
            ? tm(v, 'exemptions-redaction.workspace-parts.preview_page_will_released', { wPage: w.page })
            : tm(v, 'exemptions-redaction.workspace-parts.page_original', { wPage: w.page, wPagesLength: w.pages.length })
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

export const PageNav: FC<{ v: View; w: RedactionWorkspace; preview: boolean }> = ({ v, w, preview }) => {
  const link = (p: number, pv = preview) => `${base(w.redaction.id)}?halaman=${p}${pv ? '&pratinjau=1' : ''}`;
  return (
    <nav class="redact-nav" aria-label={tm(v, 'exemptions-redaction.workspace-parts.pages_document')}>
      <p>
        {w.page > 1 ? <a href={link(w.page - 1)}>{tm(v, 'exemptions-redaction.workspace-parts.previous_page')}</a> : null}{' '}
        <strong>
          {tm(v, 'exemptions-redaction.workspace-parts.page')} {w.page} / {w.pages.length}
        </strong>{' '}
        {w.page < w.pages.length ? <a href={link(w.page + 1)}>{tm(v, 'exemptions-redaction.workspace-parts.next_page')}</a> : null}
      </p>
      <form method="get" action={base(w.redaction.id)} class="inline-form">
        <label for="f-goto" class="inline">
          {tm(v, 'exemptions-redaction.workspace-parts.go_page')}
        </label>{' '}
        <input id="f-goto" name="halaman" type="number" inputmode="numeric" min={1} max={w.pages.length} value={String(w.page)} class="short" />{' '}
        {preview ? <input type="hidden" name="pratinjau" value="1" /> : null}
        <button type="submit" class="secondary">
          {tm(v, 'exemptions-redaction.workspace-parts.open')}
        </button>
      </form>{' '}
      {w.redaction.status !== 'draft' ? null : preview ? (
        <a href={link(w.page, false)}>{tm(v, 'exemptions-redaction.workspace-parts.back_marking_original_image')}</a>
      ) : (
        <a href={link(w.page, true)}>{tm(v, 'exemptions-redaction.workspace-parts.preview_page_released')}</a>
      )}
    </nav>
  );
};

export const AreaRow: FC<{ v: View; i: number; row: AreaRowInput; errors?: FieldErrors | undefined }> = ({ v, i, row, errors }) => {
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
        {tm(v, 'exemptions-redaction.workspace-parts.new_area')} <span data-area-number>{i + 1}</span>
      </legend>
      <div class="area-fields">
        {f('page', tm(v, 'exemptions-redaction.workspace-parts.page'), { inputmode: 'numeric' })}
        {f('x', tm(v, 'exemptions-redaction.workspace-parts.left'))}
        {f('y', tm(v, 'exemptions-redaction.workspace-parts.top'))}
        {f('w', tm(v, 'exemptions-redaction.workspace-parts.width'))}
        {f('h', tm(v, 'exemptions-redaction.workspace-parts.height'))}
      </div>
      <GroundSelect
        v={v}
        id={`f-area-${i}-ground`}
        name="ground"
        value={row.ground}
        error={errors?.[`area-${i}-ground`]}
        label={tm(v, 'exemptions.detail.exemption_ground')}
      />
    </fieldset>
  );
};

export const PatternRow: FC<{ v: View; i: number; row: PatternRowInput; pages: number; found?: number | undefined; errors?: FieldErrors | undefined }> = ({
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
        {tm(v, 'exemptions-redaction.workspace-parts.pattern')} {i + 1}
        {found === undefined ? null : found > 0 ? (
          <span class="badge">{tm(v, 'exemptions-redaction.workspace-parts.found_places', { found })}</span>
        ) : (
          <span class="badge warn">{tm(v, 'exemptions-redaction.workspace-parts.not_found')}</span>
        )}
      </legend>
      <div class="pattern-fields">
        <div class={`field${err('page') ? ' has-error' : ''}`}>
          <label for={id('page')}>{tm(v, 'exemptions-redaction.workspace-parts.page')}</label>
          <Err k="page" />
          <select id={id('page')} name="ppage" aria-describedby={described('page')}>
            <option value="semua">{tm(v, 'exemptions-redaction.workspace-parts.all_pages')}</option>
            {Array.from({ length: pages }, (_, k) => (
              <option value={String(k + 1)} selected={row.page === String(k + 1)}>
                {String(k + 1)}
              </option>
            ))}
          </select>
        </div>
        <div class={`field${err('kind') ? ' has-error' : ''}`}>
          <label for={id('kind')}>{tm(v, 'exemptions-redaction.workspace-parts.kind')}</label>
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
        <label for={id('pattern')}>{tm(v, 'exemptions-redaction.workspace-parts.text_remove_phrase')}</label>
        <Err k="pattern" />
        <input id={id('pattern')} name="ptext" type="text" value={row.pattern} maxlength={200} autocomplete="off" aria-describedby={described('pattern')} />
      </div>
      <GroundSelect v={v} id={id('ground')} name="pground" value={row.ground} error={err('ground')} label={tm(v, 'exemptions.detail.exemption_ground')} />
    </fieldset>
  );
};

export const areaPosition = (v: View, a: RedactionArea | ResolvedArea) =>
  tm(v, 'exemptions-redaction.workspace-parts.from_left_from_top', { pctAH: pct(v, a.h), pctAW: pct(v, a.w), pctAX: pct(v, a.x), pctAY: pct(v, a.y) });
