// What the case holds, as records: the information asked for (always shown), the applicant (behind a
// disclosure: personal data on screen only when opened) and the finished steps, each collapsed.
import type { FC } from 'hono/jsx';
import { groundReference } from '../../../../domain/exemptions/grounds.js';
import { DELIVERY_LABELS, EXEMPTION_LABELS, FORMAT_LABELS, OUTCOME_LABELS, rupiah } from '../../../../domain/requests/labels.js';
import type { RequestCase } from '../../../../domain/requests/request-case.js';
import { tx, type View, tm } from '../../../components/layout.js';
import { IntakeChannelFacts, IntakeScanFacts } from '../intake-facts.js';
import { casePath, longDate } from './shared.js';

const OBTAIN: Record<string, [string, string]> = {
  melihat: ['Melihat / membaca / mendengarkan / mencatat', 'See, read, listen or take notes'],
  salinan: ['Mendapatkan salinan', 'Get a copy'],
};

const lbl = (v: View, m: Record<string, { id: string; en: string }>, k: string | null | undefined) => (k ? (m[k]?.[v.locale] ?? k) : '–');

export const RequestedInformation: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  const r = c.request;
  return (
    <section aria-labelledby="h-requested">
      <h2 id="h-requested">{tm(v, 'requests-case.facts.information_requested')}</h2>
      <dl class="facts">
        <dt>{tm(v, 'requests-case.facts.details')}</dt>
        <dd class="pre">{r.details}</dd>
        <dt>{tm(v, 'requests-case.facts.purpose')}</dt>
        <dd class="pre">{r.purpose}</dd>
        <IntakeChannelFacts v={v} intake={c.intake} />
        <dt>{tm(v, 'requests-case.facts.how_obtain')}</dt>
        <dd>
          {tx(v, ...(OBTAIN[r.obtainMethod] ?? ['–', '–']))}
          {r.obtainMethod === 'salinan' ? ` · ${lbl(v, FORMAT_LABELS, r.copyFormat)} · ${lbl(v, DELIVERY_LABELS, r.deliveryMethod)}` : ''}
        </dd>
      </dl>
    </section>
  );
};

export const Applicant: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  const r = c.request;
  const p = c.personal;
  if (!p) {
    return <p class="muted small">{tm(v, 'requests-case.facts.applicant_s_personal_data_name')}</p>;
  }
  return (
    <details class="filter-box case-record">
      <summary>
        {tm(v, 'requests-case.facts.applicant')}: {p.name}
      </summary>
      <dl class="facts">
        <dt>{tm(v, 'requests-case.facts.name')}</dt>
        <dd>{p.name}</dd>
        <dt>{r.applicantType === 'badan_hukum' ? tm(v, 'requests-case.facts.sk_pengesahan_number') : 'NIK'}</dt>
        <dd>{p.idNumber}</dd>
        <dt>{tm(v, 'requests-case.facts.address')}</dt>
        <dd>{p.address}</dd>
        <dt>{tm(v, 'requests-case.facts.occupation')}</dt>
        <dd>{p.occupation || '–'}</dd>
        <dt>{tm(v, 'requests-case.facts.phone')}</dt>
        <dd>{p.phone || '–'}</dd>
        <dt>Email</dt>
        <dd>{p.email || '–'}</dd>
        {p.proxyName ? (
          <>
            <dt>{tm(v, 'requests-case.facts.proxy')}</dt>
            <dd>{p.proxyName}</dd>
          </>
        ) : null}
        <dt>{tm(v, 'requests-case.facts.identity_scan')}</dt>
        <dd>
          {p.identityScan ? (
            <>
              <a href={`${casePath(c)}/identitas`}>
                {tm(v, 'requests-case.facts.view_identity_scan')} (
                {p.identityScan.mime === 'application/pdf' ? 'PDF' : p.identityScan.mime === 'image/png' ? 'PNG' : 'JPEG'})
              </a>
              <span class="muted small block">{tm(v, 'requests-case.facts.every_view_recorded_audit_log')}</span>
            </>
          ) : (
            tm(v, 'requests-case.facts.not_attached')
          )}
        </dd>
        <IntakeScanFacts v={v} intake={c.intake} base={casePath(c)} />
      </dl>
    </details>
  );
};

/** The dispositions and the units' answers. */
export const DispositionsRecord: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  if (!c.dispositions.length) return null;
  const answered = c.dispositions.filter((d) => d.answer !== null).length;
  return (
    <details class="filter-box case-record">
      <summary>
        {tm(v, 'requests-case.facts.dispositions_agency_answers')} ({answered}/{c.dispositions.length} {tm(v, 'requests-case.facts.answered')})
      </summary>
      <ul class="plain-list">
        {c.dispositions.map((d) => (
          <li>
            <h3>{d.unitName}</h3>
            <dl class="facts">
              <dt>{tm(v, 'requests-case.dispose-form.internal_deadline')}</dt>
              <dd>{longDate(v, d.internalDueDate)}</dd>
              <dt>{tm(v, 'requests-case.answer-form.instruction')}</dt>
              <dd class="pre">{d.instruction}</dd>
              <dt>{tm(v, 'requests-case.facts.agency_answer')}</dt>
              <dd class="pre">{d.answer ?? tm(v, 'requests-case.facts.no_answer_yet')}</dd>
              {d.answerNote ? (
                <>
                  <dt>{tm(v, 'requests-case.facts.agency_note')}</dt>
                  <dd class="pre">{d.answerNote}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </details>
  );
};

export const ExtensionRecord: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  const r = c.request;
  if (!r.extendedAt) return null;
  return (
    <details class="filter-box case-record">
      <summary>{tm(v, 'requests-case.facts.extension')}</summary>
      <dl class="facts">
        <dt>{tm(v, 'requests-case.facts.reason')}</dt>
        <dd class="pre">{r.extensionReason}</dd>
        <dt>{tm(v, 'requests-case.facts.letter_number')}</dt>
        <dd>{r.extensionNumber}</dd>
      </dl>
      {c.may.letters ? (
        <p>
          <a href={`${casePath(c)}/surat/perpanjangan.pdf`}>{tm(v, 'requests-case.facts.extension_letter_pdf')}</a>
        </p>
      ) : null}
    </details>
  );
};

export const NoticeRecord: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  const resp = c.response;
  if (!resp) return null;
  return (
    <details class="filter-box case-record">
      <summary>{tm(v, 'requests-case.facts.written_notice')}</summary>
      <dl class="facts">
        <dt>{tm(v, 'requests-case.facts.decision')}</dt>
        <dd>{OUTCOME_LABELS[resp.outcome][v.locale]}</dd>
        <dt>{tm(v, 'requests-case.facts.number_date')}</dt>
        <dd>
          {resp.noticeNumber}, {longDate(v, resp.noticeDate)}
        </dd>
        {resp.materialGiven ? (
          <>
            <dt>{tm(v, 'requests-case.facts.information_given')}</dt>
            <dd class="pre">{resp.materialGiven}</dd>
          </>
        ) : null}
        {resp.exemptionGround ? (
          <>
            <dt>{tm(v, 'requests-case.facts.exemption_ground')}</dt>
            <dd>
              {c.citedTest
                ? groundReference(resp.exemptionGround, c.citedTest.subpoint, v.locale)
                : `${tm(v, 'requests-case.facts.art_17_letter')} ${resp.exemptionGround}`}
              : {EXEMPTION_LABELS[resp.exemptionGround]}
            </dd>
          </>
        ) : null}
        {c.citedTest ? (
          <>
            <dt>{tm(v, 'requests-case.facts.consequence_test')}</dt>
            <dd>
              <a href={`/admin/uji-konsekuensi/${c.citedTest.id}`}>{c.citedTest.number}</a> · {c.citedTest.publicTitle}
            </dd>
          </>
        ) : null}
        {resp.totalCost ? (
          <>
            <dt>{tm(v, 'requests-case.facts.cost')}</dt>
            <dd>{rupiah(resp.totalCost)}</dd>
          </>
        ) : null}
        {resp.internalNote ? (
          <>
            <dt>{tm(v, 'requests-case.facts.internal_note')}</dt>
            <dd class="pre">{resp.internalNote}</dd>
          </>
        ) : null}
      </dl>
    </details>
  );
};
