// The approved consequence test a refusal or a partial grant cites (UU KIP Ps 19), inside the written notice.
import type { FC } from 'hono/jsx';
import { groundReference } from '../../../../domain/exemptions/grounds.js';
import type { RequestCase } from '../../../../domain/requests/request-case.js';
import { Select, type FieldErrors } from '../../../components/form.js';
import { tx, type View, tm } from '../../../components/layout.js';
import { STATUS_LABELS } from '../../exemptions/shared.js';
import { longDate } from './shared.js';

const day = (v: View, d: string) => longDate(v, d).replace(/^[^,]+, /, '');

/**
 * The approved consequence test a refusal or a partial grant cites (UU KIP Ps 19): the ones in force,
 * this request's own first; when there is none, the way to draft one for this request.
 */
export const ExemptionCitation: FC<{ v: View; c: RequestCase; value: string; errors?: FieldErrors | undefined }> = ({ v, c, value, errors }) => {
  const ex = c.exemptions;
  if (!ex) return null;
  const draftHref = `/admin/uji-konsekuensi/baru?permohonan=${c.request.id}`;
  return (
    <div class="card">
      {ex.citable.length ? (
        <Select
          name="consequenceTestId"
          label={tm(v, 'requests-case.exemption-citation.approved_consequence_test_required_if')}
          hint={tm(v, 'requests-case.exemption-citation.art_17_ground_summary_consequence')}
          value={value}
          errors={errors}
          options={[
            { value: '', label: '–' },
            ...ex.citable.map((t) => ({
              value: t.id,
              label: `${t.number} · ${t.publicTitle} (${groundReference(t.ground, t.subpoint, v.locale)}${t.periodEnd ? `, ${tm(v, 'requests-case.exemption-citation.until')} ${day(v, t.periodEnd)}` : ''})${t.requestId === c.request.id ? tm(v, 'requests-case.exemption-citation.request') : ''}`,
            })),
          ]}
        />
      ) : (
        <div class={`field${errors?.consequenceTestId ? ' has-error' : ''}`} id="f-consequenceTestId" tabindex={-1}>
          <p>
            <strong>{tm(v, 'requests-case.exemption-citation.no_consequence_test_force')}</strong>{' '}
            {tm(v, 'requests-case.exemption-citation.refusal_exemption_ground_partial_grant')}
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
          <p class="hint">{tm(v, 'requests-case.exemption-citation.consequence_tests_under_way_request')}</p>
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
          <a href={draftHref}>{tm(v, 'requests-case.exemption-citation.draft_consequence_test_request')}</a>
        </p>
      ) : null}
    </div>
  );
};
