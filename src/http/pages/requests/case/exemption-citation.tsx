// The approved consequence test a refusal or a partial grant cites (UU KIP Ps 19), inside the written notice.
import type { FC } from 'hono/jsx';
import { groundReference } from '../../../../domain/exemptions/grounds.js';
import type { RequestCase } from '../../../../domain/requests/request-case.js';
import { Select, type FieldErrors } from '../../../components/form.js';
import { tx, type View } from '../../../components/layout.js';
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
          label={tx(
            v,
            'Uji konsekuensi yang ditetapkan (wajib bila ditolak atau dikabulkan sebagian)',
            'Approved consequence test (required if refused or granted in part)',
          )}
          hint={tx(
            v,
            'Dasar pengecualian (Pasal 17) dan ringkasan konsekuensi dalam surat diambil dari uji ini; nomor penetapannya dicantumkan.',
            'The Art. 17 ground and the summary of the consequence in the letter come from this test; its decision number is quoted.',
          )}
          value={value}
          errors={errors}
          options={[
            { value: '', label: '–' },
            ...ex.citable.map((t) => ({
              value: t.id,
              label: `${t.number} · ${t.publicTitle} (${groundReference(t.ground, t.subpoint, v.locale)}${t.periodEnd ? `, ${tx(v, 's.d.', 'until')} ${day(v, t.periodEnd)}` : ''})${t.requestId === c.request.id ? tx(v, ' · untuk permohonan ini', ' · for this request') : ''}`,
            })),
          ]}
        />
      ) : (
        <div class={`field${errors?.consequenceTestId ? ' has-error' : ''}`} id="f-consequenceTestId" tabindex={-1}>
          <p>
            <strong>{tx(v, 'Belum ada uji konsekuensi yang berlaku.', 'No consequence test is in force.')}</strong>{' '}
            {tx(
              v,
              'Penolakan atas dasar pengecualian, dan pemberian sebagian, hanya dapat didasarkan pada uji konsekuensi yang telah ditetapkan Atasan PPID.',
              'A refusal on an exemption ground, or a partial grant, can only rest on a consequence test approved by the PPID’s superior.',
            )}
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
          <p class="hint">{tx(v, 'Uji konsekuensi untuk permohonan ini yang sedang berjalan:', 'Consequence tests under way for this request:')}</p>
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
          <a href={draftHref}>{tx(v, 'Buat uji konsekuensi untuk permohonan ini', 'Draft a consequence test for this request')}</a>
        </p>
      ) : null}
    </div>
  );
};
