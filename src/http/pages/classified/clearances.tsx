// Back-office page of the officers' security clearances.
import type { FC } from 'hono/jsx';
import { CLEARANCES } from '../../../db/schema/index.js';
import { clearanceRank } from '../../../policies/classification.js';
import { CLEARANCE_LABELS, type ClearanceRow } from '../../../domain/classified/clearances.js';
import { ErrorSummary, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../components/layout.js';
import { BASE, ownClearance, SubNav } from './shared.js';

// --- clearances --------------------------------------------------------------------------------------------------

const ROLE_NAMES: Record<string, [string, string]> = {
  admin: ['Administrator', 'Administrator'],
  ppid_utama: ['PPID Utama', 'Lead PPID'],
  ppid_pembantu: ['PPID Pembantu', 'Agency PPID'],
  atasan_ppid: ['Atasan PPID', 'PPID superior'],
  viewer: ['Pemantau', 'Viewer'],
};

export const ClearancesPage: FC<{ v: View; rows: ClearanceRow[]; errors?: FieldErrors | undefined; message?: string | undefined }> = ({
  v,
  rows,
  errors,
  message,
}) => {
  const title = tm(v, 'classified.clearances.staff_clearances');
  const mine = ownClearance(v);
  const choices = CLEARANCES.filter((c) => clearanceRank(c) <= clearanceRank(mine));
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <SubNav v={v} current="clearances" />
      <ErrorSummary v={v} errors={errors} message={message} />
      <p class="lead">{tm(v, 'classified.clearances.clearance_highest_level_officer_may')}</p>
      <p>
        {tm(v, 'classified.clearances.your_clearance')}
        <strong>{CLEARANCE_LABELS[mine][v.locale]}</strong>
      </p>
      <ul class="plain-list">
        {rows.map((r) => (
          <li class="card cls-card">
            <p>
              <strong>{r.name}</strong> · {r.email}
              {r.locked ? <span class="muted"> · {tm(v, 'classified.clearances.locked')}</span> : null}
            </p>
            <p class="small">
              {r.roles.map((x) => tx(v, ...(ROLE_NAMES[x] ?? [x, x]))).join(', ')}
              {r.unitName ? ` · ${r.unitName}` : ''}
            </p>
            {r.mayChange ? (
              <form method="post" action={`${BASE}/izin-akses/${r.id}`} class="form inline-clearance">
                <Csrf v={v} />
                <div class="field">
                  <label for={`f-clearance-${r.id}`}>
                    {tm(v, 'classified.clearances.clearance')}
                    <span class="vh"> {r.name}</span>
                  </label>
                  <select id={`f-clearance-${r.id}`} name="clearance">
                    {choices.map((c) => (
                      <option value={c} selected={c === r.clearance}>
                        {CLEARANCE_LABELS[c][v.locale]}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" class="secondary">
                  {tm(v, 'classified.clearances.save')}
                  <span class="vh"> {r.name}</span>
                </button>
              </form>
            ) : (
              <p>
                {tm(v, 'classified.clearances.clearance_2')}
                <strong>{CLEARANCE_LABELS[r.clearance][v.locale]}</strong>
              </p>
            )}
          </li>
        ))}
      </ul>
    </BackofficeLayout>
  );
};
