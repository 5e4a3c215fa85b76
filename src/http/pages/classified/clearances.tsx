// Back-office page of the officers' security clearances.
import type { FC } from 'hono/jsx';
import { CLEARANCES } from '../../../db/schema/index.js';
import { clearanceRank } from '../../../policies/classification.js';
import { CLEARANCE_LABELS, type ClearanceRow } from '../../../domain/classified/clearances.js';
import { ErrorSummary, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
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
  const title = tx(v, 'Izin akses (clearance) petugas', 'Staff clearances');
  const mine = ownClearance(v);
  const choices = CLEARANCES.filter((c) => clearanceRank(c) <= clearanceRank(mine));
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <SubNav v={v} current="clearances" />
      <ErrorSummary v={v} errors={errors} message={message} />
      <p class="lead">
        {tx(
          v,
          'Izin akses menentukan tingkat tertinggi yang boleh dibaca seorang petugas, selalu bersama perlu-tahu (unitnya sendiri atau akses yang diberikan). Anda tidak dapat mengubah izin Anda sendiri, memberi izin di atas izin Anda, atau mengubah izin petugas yang lebih tinggi dari Anda. Administrator sistem tidak memerlukan izin akses.',
          'A clearance is the highest level an officer may read, always together with need-to-know (their own unit, or access given). You cannot change your own, give one above yours, or change that of an officer cleared higher than you. System administrators need no clearance.',
        )}
      </p>
      <p>
        {tx(v, 'Izin Anda: ', 'Your clearance: ')}
        <strong>{CLEARANCE_LABELS[mine][v.locale]}</strong>
      </p>
      <ul class="plain-list">
        {rows.map((r) => (
          <li class="card cls-card">
            <p>
              <strong>{r.name}</strong> · {r.email}
              {r.locked ? <span class="muted"> · {tx(v, 'terkunci', 'locked')}</span> : null}
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
                    {tx(v, 'Izin akses', 'Clearance')}
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
                  {tx(v, 'Simpan', 'Save')}
                  <span class="vh"> {r.name}</span>
                </button>
              </form>
            ) : (
              <p>
                {tx(v, 'Izin akses: ', 'Clearance: ')}
                <strong>{CLEARANCE_LABELS[r.clearance][v.locale]}</strong>
              </p>
            )}
          </li>
        ))}
      </ul>
    </BackofficeLayout>
  );
};
