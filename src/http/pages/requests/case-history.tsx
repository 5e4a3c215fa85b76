// The continuous case history of a request (receipt to dispute) and the dispute summary, as shown on the
// back-office request page.
import type { Child, FC } from 'hono/jsx';
import { dateOf, formatLongDate, zoneOf } from '../../../domain/calendar/dates.js';
import { DISPUTE_OUTCOME_LABELS, STAGE_LABELS } from '../../../domain/disputes/labels.js';
import type { HistoryItem, HistoryKind } from '../../../domain/requests/case-history.js';
import type { RequestCase } from '../../../domain/requests/request-case.js';
import { dateOnly, dateTime } from '../../dates.js';
import { tx, type View, tm } from '../../components/layout.js';

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
  file_removed: ['Berkas dihapus', 'File removed'],
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
      <h2 id="h-history">{tm(v, 'requests-case.case-history.case_history')}</h2>
      {children}
      <details class="filter-box case-record">
        <summary>
          {tm(v, 'requests-case.case-history.every_step_request_objection_dispute', { itemsLength: items.length })}
          {last ? (
            <span class="muted small block">
              {tm(v, 'requests-case.case-history.latest')}: {tx(v, ...KIND[last.kind])}, {last.dateOnly ? dateOnly(v, last.at) : dateTime(v, last.at)}
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
      <h2 id="h-dispute">{tm(v, 'requests-case.case-history.dispute_information_commission')}</h2>
      {d ? (
        <>
          <dl class="facts">
            <dt>{tm(v, 'requests-case.case-history.commission')}</dt>
            <dd>{d.commission}</dd>
            <dt>{tm(v, 'requests-case.case-history.case_number')}</dt>
            <dd>{d.caseNumber}</dd>
            <dt>{tm(v, 'requests-case.case-history.filed')}</dt>
            <dd>{formatLongDate(d.filedOn, v.locale)}</dd>
            <dt>{tm(v, 'requests-case.case-history.stage')}</dt>
            <dd>{STAGE_LABELS[d.stage][v.locale]}</dd>
            <dt>{tm(v, 'requests-case.case-history.outcome')}</dt>
            <dd>{d.outcome ? DISPUTE_OUTCOME_LABELS[d.outcome][v.locale] : tm(v, 'requests-case.case-history.none_yet')}</dd>
          </dl>
          <p>
            <a href={`/admin/sengketa/${d.id}`}>{tm(v, 'requests-case.case-history.open_dispute')}</a>
          </p>
        </>
      ) : (
        <>
          <p class="muted small">{tm(v, 'requests-case.case-history.when_applicant_takes_case_information')}</p>
          <p>
            <a href={`/admin/sengketa/baru?permohonan=${c.request.id}`}>{tm(v, 'requests-case.case-history.record_dispute_commission')}</a>
          </p>
        </>
      )}
    </section>
  );
};
