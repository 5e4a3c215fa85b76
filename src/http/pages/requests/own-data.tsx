// The readable copy of everything the body holds about a citizen in a case ("Data saya"). No JavaScript.
import type { FC } from 'hono/jsx';
import { DECISION_LABELS, GROUND_LABELS } from '../../../domain/objections/objections.js';
import type { OwnData } from '../../../domain/privacy/own-data.js';
import { APPLICANT_LABELS, CHANNEL_LABELS, DISPUTE_OUTCOME_LABELS, DISPUTE_STAGE_LABELS } from '../../../domain/reports/labels.js';
import { DELIVERY_LABELS, exemptionText, FORMAT_LABELS, OUTCOME_LABELS, rupiah } from '../../../domain/requests/labels.js';
import { PublicLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { STEP_LABEL } from './track.js';
import { en, longDate, when } from './citizen.js';

const Row: FC<{ label: string; value: string | number | null | undefined }> = ({ label, value }) => (
  <>
    <dt>{label}</dt>
    <dd class="pre">{value === null || value === undefined || value === '' ? '–' : String(value)}</dd>
  </>
);

/** The readable copy of the data download; `links` says where the JSON and the letters are for this visitor. */
export const OwnDataPage: FC<{ v: View; d: OwnData; jsonHref: string; letterHref: (l: OwnData['letters'][number]) => string | null; backHref: string }> = ({
  v,
  d,
  jsonHref,
  letterHref,
  backHref,
}) => {
  const title = `${tm(v, 'requests-tracking.citizen.my_data')}: ${d.request.number}`;
  const r = d.request;
  const a = r.applicant;
  const n = d.writtenNotice;
  const yes = tm(v, 'requests-tracking.own-data.yes');
  const no = tm(v, 'requests-tracking.own-data.no');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader
        v={v}
        back={{ href: backHref, label: tm(v, 'requests-tracking.own-data.back_request') }}
        title={title}
        lead={tm(v, 'requests-tracking.own-data.everything_public_body_holds_about')}
      />
      <p>
        <a href={jsonHref} download>
          {tm(v, 'requests-tracking.own-data.download_data_json')}
        </a>
      </p>
      <section aria-labelledby="d-keep" class="card">
        <h2 id="d-keep">{tm(v, 'requests-tracking.own-data.what_we_keep_how_long')}</h2>
        <p>{en(v) ? d.retention.text.en : d.retention.text.id}</p>
        {d.body.ppidContact.email || d.body.ppidContact.phone ? (
          <p>
            {tm(v, 'requests-tracking.own-data.correct_remove_your_data_contact')}{' '}
            {[d.body.ppidContact.email, d.body.ppidContact.phone].filter(Boolean).join(' · ')}
          </p>
        ) : null}
      </section>
      <h2>{tm(v, 'requests-case.facts.applicant')}</h2>
      <dl class="facts">
        <Row label={tm(v, 'requests-tracking.own-data.type')} value={tx(v, APPLICANT_LABELS[a.type].id, APPLICANT_LABELS[a.type].en)} />
        <Row label={tm(v, 'requests-case.facts.name')} value={a.name} />
        <Row label={tm(v, 'requests-tracking.own-data.nik_sk_number')} value={a.idNumber} />
        <Row label={tm(v, 'requests-case.facts.address')} value={a.address} />
        <Row label={tm(v, 'requests-case.facts.occupation')} value={a.occupation} />
        <Row label={tm(v, 'requests-case.facts.phone')} value={a.phone} />
        <Row label="Email" value={a.email} />
        <Row label={tm(v, 'requests-case.facts.proxy')} value={a.proxyName} />
        <Row label={tm(v, 'requests-case.facts.identity_scan')} value={r.identityScan.held ? tm(v, 'requests-tracking.own-data.kept_encrypted') : no} />
        <Row
          label={tm(v, 'requests-tracking.own-data.network_address_ip')}
          value={r.networkAddressHashHeld ? tm(v, 'requests-tracking.own-data.only_keyed_hash_limit_repeated') : no}
        />
        <Row label={tm(v, 'requests-tracking.own-data.consent_use_data')} value={when(v, r.consentAt)} />
      </dl>
      <h2>{tm(v, 'requests-case.page.request')}</h2>
      <dl class="facts">
        <Row label={tm(v, 'requests-intake.intake.registration_number')} value={r.number} />
        <Row label={tm(v, 'requests-tracking.own-data.channel')} value={tx(v, CHANNEL_LABELS[r.channel].id, CHANNEL_LABELS[r.channel].en)} />
        <Row label={tm(v, 'requests-case.summary.received')} value={when(v, r.receivedAt)} />
        <Row label={tm(v, 'requests-tracking.own-data.information_requested')} value={r.details} />
        <Row label={tm(v, 'requests-case.facts.purpose')} value={r.purpose} />
        <Row
          label={tm(v, 'requests-tracking.own-data.how_obtain')}
          value={r.obtainMethod === 'salinan' ? tm(v, 'requests-tracking.own-data.copy') : tm(v, 'requests-tracking.own-data.see_read')}
        />
        <Row
          label={tm(v, 'requests-tracking.own-data.form_copy')}
          value={r.copyFormat ? tx(v, FORMAT_LABELS[r.copyFormat]!.id, FORMAT_LABELS[r.copyFormat]!.en) : null}
        />
        <Row
          label={tm(v, 'requests-tracking.own-data.delivery')}
          value={r.deliveryMethod ? tx(v, DELIVERY_LABELS[r.deliveryMethod]!.id, DELIVERY_LABELS[r.deliveryMethod]!.en) : null}
        />
        <Row label={tm(v, 'requests-case.answer-form.agency')} value={r.unit} />
        <Row label={tm(v, 'requests-tracking.citizen.written_answer_due_2')} value={longDate(v, r.dueDate)} />
        {r.extension ? <Row label={tm(v, 'requests-case.facts.extension')} value={`${r.extension.letterNumber ?? ''} – ${r.extension.reason ?? ''}`} /> : null}
        {r.anonymisedAt ? <Row label={tm(v, 'requests-tracking.own-data.personal_data_removed')} value={when(v, r.anonymisedAt)} /> : null}
      </dl>
      <h2>{tm(v, 'requests-tracking.citizen.steps')}</h2>
      <ol class="steps">
        {d.steps.map((s) => (
          <li>
            <strong>{tx(v, ...STEP_LABEL[s.kind])}</strong> <span class="muted small">{when(v, s.at)}</span>
            {s.note ? <span class="block">{s.note}</span> : null}
          </li>
        ))}
      </ol>
      <h2>{tm(v, 'requests-case.facts.written_notice')}</h2>
      {n ? (
        <dl class="facts">
          <Row label={tm(v, 'requests-intake.list.number')} value={n.number} />
          <Row label={tm(v, 'requests-files.files.date')} value={longDate(v, n.date)} />
          <Row label={tm(v, 'requests-case.facts.decision')} value={tx(v, OUTCOME_LABELS[n.outcome].id, OUTCOME_LABELS[n.outcome].en)} />
          <Row label={tm(v, 'requests-tracking.own-data.information_held')} value={n.held ? yes : `${no}${n.holderBody ? ` (${n.holderBody})` : ''}`} />
          <Row label={tm(v, 'requests-case.facts.information_given')} value={n.materialGiven} />
          <Row label={tm(v, 'requests-tracking.own-data.withheld_blacked_out')} value={n.materialWithheld} />
          <Row label={tm(v, 'requests-case.facts.reason')} value={n.reason} />
          <Row label={tm(v, 'requests-tracking.own-data.exemption')} value={n.exemptionGround ? exemptionText(n.exemptionGround) : null} />
          <Row label={tm(v, 'requests-tracking.own-data.consequence_test_summary')} value={n.consequence} />
          <Row
            label={tm(v, 'requests-case.facts.cost')}
            value={n.totalCost ? `${rupiah(n.totalCost)}${n.paymentMethod ? `, ${n.paymentMethod}` : ''}` : tm(v, 'requests-tracking.own-data.free')}
          />
          <Row label={tm(v, 'requests-tracking.own-data.signed')} value={n.signedBy} />
        </dl>
      ) : (
        <p class="muted">{tm(v, 'requests-tracking.own-data.none_yet')}</p>
      )}
      <h2>{tm(v, 'requests-tracking.citizen.objections')}</h2>
      {d.objections.length ? (
        d.objections.map((o) => (
          <dl class="facts">
            <Row label={tm(v, 'requests-intake.list.number')} value={o.number} />
            <Row label={tm(v, 'requests-case.summary.received')} value={when(v, o.receivedAt)} />
            <Row
              label={tm(v, 'requests-tracking.own-data.grounds_art_35_1')}
              value={o.grounds.map((g) => `${GROUND_LABELS[g].letter}. ${tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}`).join('\n')}
            />
            <Row label={tm(v, 'requests-intake.intake.what_happened')} value={o.caseSummary} />
            <Row label={tm(v, 'requests-case.facts.proxy')} value={o.proxyName} />
            <Row
              label={tm(v, 'requests-case.facts.decision')}
              value={o.decision ? tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en) : tm(v, 'requests-tracking.own-data.not_yet')}
            />
            <Row label={tm(v, 'requests-objections.objections.reasons')} value={o.reasons} />
            <Row label={tm(v, 'requests-objections.objections.order_ppid')} value={o.followUp} />
            <Row label={tm(v, 'requests-tracking.own-data.signed')} value={o.signedBy} />
          </dl>
        ))
      ) : (
        <p class="muted">{tm(v, 'requests-tracking.own-data.none')}</p>
      )}
      <h2>{tm(v, 'requests-tracking.own-data.disputes_information_commission')}</h2>
      {d.disputes.length ? (
        d.disputes.map((x) => (
          <dl class="facts">
            <Row label={tm(v, 'requests-case.case-history.commission')} value={x.commission} />
            <Row label={tm(v, 'requests-case.case-history.case_number')} value={x.caseNumber} />
            <Row label={tm(v, 'requests-disputes.list.filed')} value={longDate(v, x.filedOn)} />
            <Row label={tm(v, 'requests-case.case-history.stage')} value={tx(v, DISPUTE_STAGE_LABELS[x.stage].id, DISPUTE_STAGE_LABELS[x.stage].en)} />
            <Row label={tm(v, 'requests-disputes.detail.hearings')} value={x.hearings.map((h) => longDate(v, h)).join('\n')} />
            <Row label={tm(v, 'requests-disputes.detail.mediation_result')} value={x.mediationResult} />
            <Row label={tm(v, 'requests-disputes.detail.ruling')} value={x.ruling} />
            <Row
              label={tm(v, 'requests-tracking.own-data.result')}
              value={x.outcome ? tx(v, DISPUTE_OUTCOME_LABELS[x.outcome].id, DISPUTE_OUTCOME_LABELS[x.outcome].en) : null}
            />
          </dl>
        ))
      ) : (
        <p class="muted">{tm(v, 'requests-tracking.own-data.none')}</p>
      )}
      <h2>{tm(v, 'requests-tracking.citizen.letters')}</h2>
      <ul class="link-list">
        {d.letters.map((l) => (
          <li>
            {letterHref(l) ? <a href={letterHref(l)!}>{l.title}</a> : l.title}{' '}
            <span class="muted small">{[l.number, l.date ? longDate(v, l.date) : ''].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      <h2>{tm(v, 'requests-tracking.own-data.emails_you')}</h2>
      {d.emails.length ? (
        <ul class="plain-list">
          {d.emails.map((m) => (
            <li>
              {m.subject} <span class="muted small">{when(v, m.queuedAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tm(v, 'requests-tracking.own-data.none')}</p>
      )}
    </PublicLayout>
  );
};
