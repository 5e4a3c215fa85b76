// The continuous case history of a request (receipt to dispute) and the dispute summary, as shown on the
// back-office request page.
import type { Child, FC } from 'hono/jsx';
import { dateOf, formatLongDate, zoneOf } from '../../../domain/calendar/dates.js';
import { DISPUTE_OUTCOME_LABELS, STAGE_LABELS } from '../../../domain/disputes/labels.js';
import type { HistoryItem, HistoryKind } from '../../../domain/requests/case-history.js';
import type { RequestCase } from '../../../domain/requests/request-case.js';
import { dateOnly, dateTime } from '../../dates.js';
import { tx, type View } from '../../components/layout.js';

const KIND: Record<HistoryKind, [string, string]> = {
  received: ['Permohonan diterima', 'Request received'],
  disposed: ['Disposisi ke unit kerja', 'Passed to an agency'],
  unit_answered: ['Jawaban unit kerja', 'Agency answer'],
  extended: ['Perpanjangan waktu', 'Time extension'],
  answered: ['Pemberitahuan tertulis', 'Written notice'],
  objection_filed: ['Keberatan diajukan', 'Objection filed'],
  objection_decided: ['Tanggapan Atasan PPID', 'Decision on the objection'],
  dispute_registered: ['Sengketa di Komisi Informasi', 'Dispute at the Information Commission'],
  dispute_stage: ['Tahap sengketa', 'Dispute stage'],
  dispute_hearing: ['Sidang sengketa', 'Dispute hearing'],
  dispute_decided: ['Hasil sengketa', 'Outcome of the dispute'],
  dispute_closed: ['Perkara sengketa selesai', 'Dispute closed'],
  letter_scan: ['Pindaian surat bertanda tangan basah', 'Scan of a letter signed by hand'],
  note: ['Catatan', 'Note'],
  file_attached: ['Berkas dilampirkan', 'File attached'],
  files_released: ['Berkas dilepas kepada pemohon', 'File released to the applicant'],
  handed_over: ['Penyerahan informasi', 'Information handed over'],
  file_downloaded: ['Berkas diunduh pemohon', 'File downloaded by the applicant'],
  published_dip: ['Diterbitkan ke DIP', 'Published to the DIP'],
};

/** `children`: the records of the finished steps (collapsed), shown above the timeline. */
export const CaseHistory: FC<{ v: View; items: HistoryItem[]; children?: Child }> = ({ v, items, children }) => {
  const last = items[items.length - 1];
  return (
    <section aria-labelledby="h-history">
      <h2 id="h-history">{tx(v, 'Riwayat perkara', 'Case history')}</h2>
      {children}
      <details class="filter-box case-record">
        <summary>
          {tx(
            v,
            `Semua langkah permohonan, keberatan dan sengketa dalam urutan waktu (${items.length})`,
            `Every step of the request, the objection and the dispute, in time order (${items.length})`,
          )}
          {last ? (
            <span class="muted small block">
              {tx(v, 'Terakhir', 'Latest')}: {tx(v, ...KIND[last.kind])}, {last.dateOnly ? dateOnly(v, last.at) : dateTime(v, last.at)}
            </span>
          ) : null}
        </summary>
        <ol class="steps timeline">
          {items.map((e) => (
            <li>
              <strong>{tx(v, ...KIND[e.kind])}</strong>
              <span class="muted small block">
                <time datetime={e.dateOnly ? dateOf(e.at, zoneOf(v.body)) : e.at.toISOString()}>{e.dateOnly ? dateOnly(v, e.at) : dateTime(v, e.at)}</time>
                {e.actor ? ` · ${e.actor}` : ''}
              </span>
              <p>{e.text[v.locale]}</p>
              {e.detail ? <p class="pre small">{e.detail}</p> : null}
              {e.links.length ? (
                <ul class="inline-list">
                  {e.links.map((l) => (
                    <li>
                      <a href={l.href}>{l.label[v.locale]}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
};

export const DisputeSummary: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  const d = c.dispute;
  if (!d && !c.may.registerDispute) return null;
  return (
    <section aria-labelledby="h-dispute" class="card">
      <h2 id="h-dispute">{tx(v, 'Sengketa di Komisi Informasi', 'Dispute at the Information Commission')}</h2>
      {d ? (
        <>
          <dl class="facts">
            <dt>{tx(v, 'Komisi Informasi', 'Commission')}</dt>
            <dd>{d.commission}</dd>
            <dt>{tx(v, 'Nomor register', 'Case number')}</dt>
            <dd>{d.caseNumber}</dd>
            <dt>{tx(v, 'Didaftarkan', 'Filed on')}</dt>
            <dd>{formatLongDate(d.filedOn, v.locale)}</dd>
            <dt>{tx(v, 'Tahap', 'Stage')}</dt>
            <dd>{STAGE_LABELS[d.stage][v.locale]}</dd>
            <dt>{tx(v, 'Hasil', 'Outcome')}</dt>
            <dd>{d.outcome ? DISPUTE_OUTCOME_LABELS[d.outcome][v.locale] : tx(v, 'Belum ada', 'None yet')}</dd>
          </dl>
          <p>
            <a href={`/admin/sengketa/${d.id}`}>{tx(v, 'Buka perkara sengketa', 'Open the dispute')}</a>
          </p>
        </>
      ) : (
        <>
          <p class="muted small">
            {tx(
              v,
              'Bila pemohon mengajukan penyelesaian sengketa kepada Komisi Informasi (UU KIP Pasal 37), catat perkaranya di sini agar tercatat dalam riwayat yang sama.',
              'When the applicant takes the case to the Information Commission (Law 14/2008 Art. 37), record it here so that it joins the same case history.',
            )}
          </p>
          <p>
            <a href={`/admin/sengketa/baru?permohonan=${c.request.id}`}>{tx(v, 'Catat sengketa di Komisi Informasi', 'Record a dispute at the Commission')}</a>
          </p>
        </>
      )}
    </section>
  );
};
