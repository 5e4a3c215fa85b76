// The forms on a dispute's page for those who manage it: court judgment, next stage, hearing, outcome,
// appeal, decision file, follow-up and corrections of the case details. No JavaScript needed.
import type { FC } from 'hono/jsx';
import { DISPUTE_OUTCOMES, DISPUTE_STAGES } from '../../../../db/schema/disputes.js';
import type { DisputeView } from '../../../../domain/disputes/get-dispute.js';
import { DISPUTE_OUTCOME_LABELS, RULING_OUTCOMES, STAGE_LABELS } from '../../../../domain/disputes/labels.js';
import { ActionCard } from '../../../components/action-card.js';
import { Actions, Checkbox, Input, Radios, TextArea, type FieldErrors } from '../../../components/form.js';
import { Csrf, type View, tm } from '../../../components/layout.js';
import type { DisputeForm } from './detail.js';
import { day } from './list.js';
import { DetailsFields, type Values } from './register.js';

export const DisputeActions: FC<{
  v: View;
  dv: DisputeView;
  form?: DisputeForm | undefined;
  errors?: FieldErrors | undefined;
  typed?: Values | undefined;
}> = ({ v, dv, form, errors, typed }) => {
  const d = dv.dispute;
  const errs = (f: DisputeForm) => (form === f ? errors : undefined);
  const val = (f: DisputeForm, k: string, dflt = '') => (form === f && typed?.[k] !== undefined ? typed[k]! : dflt);
  const q = `/admin/sengketa/${d.id}`;
  // UU KIP Ps 40(2): no mediation for a dispute over a Ps 17 refusal alone; the form offers only what is allowed.
  const later = DISPUTE_STAGES.slice(DISPUTE_STAGES.indexOf(d.stage) + 1).filter((s) => dv.mediation || s !== 'mediasi');
  const outcomes = DISPUTE_OUTCOMES.filter((o) => dv.mediation || o !== 'mediasi_sepakat');
  return (
    <>
      {d.stage === 'keberatan_pengadilan' ? (
        <ActionCard
          v={v}
          id="court"
          title={tm(v, 'requests-disputes.detail-actions.judgment_court_ptun_pn')}
          action={`${q}/pengadilan`}
          submit={tm(v, 'requests-disputes.detail-actions.save_date')}
        >
          <Input
            name="receivedOn"
            type="date"
            label={tm(v, 'requests-disputes.detail-actions.date_court_s_judgment_was')}
            hint={tm(v, 'requests-disputes.detail-actions.cassation_within_14_days_receipt')}
            value={val('court', 'receivedOn', d.courtRulingReceivedOn ?? '')}
            errors={errs('court')}
            required
          />
        </ActionCard>
      ) : null}
      {later.length ? (
        <ActionCard
          v={v}
          id="stage"
          title={tm(v, 'requests-disputes.detail-actions.next_stage')}
          action={`${q}/tahap`}
          submit={tm(v, 'requests-disputes.detail-actions.save_stage')}
        >
          <Radios
            name="stage"
            legend={tm(v, 'requests-disputes.detail-actions.dispute_now')}
            hint={
              dv.mediation
                ? tm(v, 'requests-disputes.detail-actions.mediation_only_objection_grounds_b')
                : tm(v, 'requests-disputes.detail-actions.dispute_over_refusal_under_art')
            }
            value={val('stage', 'stage')}
            errors={errs('stage')}
            options={later.map((s) => ({ value: s, label: STAGE_LABELS[s][v.locale] }))}
          />
        </ActionCard>
      ) : null}

      <ActionCard
        v={v}
        id="hearing"
        title={tm(v, 'requests-disputes.detail-actions.record_hearing')}
        action={`${q}/sidang`}
        submit={tm(v, 'requests-disputes.detail-actions.add_hearing')}
        secondary
      >
        <Input
          name="date"
          type="date"
          label={tm(v, 'requests-disputes.detail-actions.hearing_date')}
          value={val('hearing', 'date')}
          errors={errs('hearing')}
          required
        />
        <TextArea
          name="note"
          label={`${tm(v, 'requests-disputes.detail-actions.note_agenda_who_attended_result')} ${v.t('common.optional')}`}
          value={val('hearing', 'note')}
          errors={errs('hearing')}
          rows={3}
        />
      </ActionCard>

      <ActionCard
        v={v}
        id="outcome"
        title={tm(v, 'requests-disputes.detail-actions.outcome_dispute')}
        action={`${q}/hasil`}
        submit={tm(v, 'requests-disputes.detail-actions.save_outcome')}
        intro={
          <>
            <p class="muted small">{tm(v, 'requests-disputes.detail-actions.court_s_judgment_appeal_can')}</p>
          </>
        }
      >
        <Radios
          name="outcome"
          legend={tm(v, 'requests-case.case-history.outcome')}
          value={val('outcome', 'outcome', d.outcome ?? '')}
          errors={errs('outcome')}
          options={outcomes.map((o) => ({ value: o, label: DISPUTE_OUTCOME_LABELS[o][v.locale] }))}
        />
        <Input
          name="decidedOn"
          type="date"
          label={tm(v, 'requests-disputes.detail-actions.date_ruling_agreement')}
          value={val('outcome', 'decidedOn', d.decidedOn ?? '')}
          errors={errs('outcome')}
          required
        />
        <Input
          name="rulingReceivedOn"
          type="date"
          label={`${tm(v, 'requests-disputes.detail-actions.day_body_received_ruling')} ${v.t('common.optional')}`}
          hint={tm(v, 'requests-disputes.detail-actions.appeal_ptun_pn_can_filed')}
          value={val('outcome', 'rulingReceivedOn', d.rulingReceivedOn ?? '')}
          errors={errs('outcome')}
        />
        <TextArea
          name="ruling"
          label={tm(v, 'requests-disputes.detail-actions.operative_part_ruling_if_decided')}
          value={val('outcome', 'ruling', d.ruling)}
          errors={errs('outcome')}
          rows={4}
        />
        {dv.mediation ? (
          <TextArea
            name="mediationResult"
            label={tm(v, 'requests-disputes.detail-actions.mediation_result_agreement_if_mediated')}
            value={val('outcome', 'mediationResult', d.mediationResult)}
            errors={errs('outcome')}
            rows={3}
          />
        ) : null}
      </ActionCard>

      {d.outcome && RULING_OUTCOMES.includes(d.outcome) ? (
        <ActionCard
          v={v}
          id="appeal"
          title={tm(v, 'requests-disputes.detail-actions.appeal_against_ruling_ptun_pn')}
          action={`${q}/banding`}
          submit={tm(v, 'requests-disputes.detail-actions.save')}
          secondary
          intro={
            <>
              {d.appeal ? (
                <p>
                  {d.appeal === 'appealed'
                    ? tm(v, 'requests-disputes.detail-actions.body_appealed_court')
                    : tm(v, 'requests-disputes.detail-actions.body_will_not_appeal_ruling')}{' '}
                  ({day(v, d.appealRecordedOn!)})
                </p>
              ) : null}
            </>
          }
        >
          <Radios
            name="appeal"
            legend={tm(v, 'requests-disputes.detail-actions.what_body_does_about_ruling')}
            value={val('appeal', 'appeal', d.appeal ?? '')}
            errors={errs('appeal')}
            options={[
              { value: 'waived', label: tm(v, 'requests-disputes.detail-actions.will_not_appeal_ruling_accepted') },
              { value: 'appealed', label: tm(v, 'requests-disputes.detail-actions.appeals_ptun_pn') },
            ]}
          />
          <Input
            name="recordedOn"
            type="date"
            label={tm(v, 'requests-files.files.date')}
            value={val('appeal', 'recordedOn', d.appealRecordedOn ?? '')}
            errors={errs('appeal')}
            required
          />
        </ActionCard>
      ) : null}

      <ActionCard
        v={v}
        id="decision"
        title={tm(v, 'requests-disputes.detail-actions.decision_file_pdf')}
        action={`${q}/putusan`}
        submit={tm(v, 'requests-disputes.detail-actions.upload_decision')}
        secondary
        multipart
      >
        <div class={`field${errs('decision')?.file ? ' has-error' : ''}`}>
          <label for="f-file">{tm(v, 'requests-disputes.detail-actions.copy_commission_s_decision')}</label>
          <p class="hint" id="h-file">
            {tm(v, 'requests-disputes.detail-actions.pdf_most_20_mb_commission')}
          </p>
          {errs('decision')?.file ? (
            <p class="error" id="e-file">
              {errs('decision')!.file}
            </p>
          ) : null}
          <input
            type="file"
            id="f-file"
            name="file"
            accept=".pdf,application/pdf"
            aria-describedby={errs('decision')?.file ? 'h-file e-file' : 'h-file'}
            aria-invalid={errs('decision')?.file ? 'true' : undefined}
          />
        </div>
      </ActionCard>

      <ActionCard
        v={v}
        id="followup"
        title={tm(v, 'requests-disputes.detail-actions.follow_up')}
        action={`${q}/tindak-lanjut`}
        submit={tm(v, 'requests-disputes.detail-actions.save_follow_up')}
        secondary
      >
        <TextArea
          name="followUp"
          label={tm(v, 'requests-disputes.detail-actions.carrying_out_agreement_ruling')}
          value={val('followup', 'followUp', d.followUp)}
          errors={errs('followup')}
          rows={3}
          required
        />
        <Checkbox
          name="close"
          label={tm(v, 'requests-disputes.detail-actions.case_over_agreement_ruling_carried')}
          checked={val('followup', 'close') === '1'}
        />
        {errs('followup')?.close ? (
          <p class="error" id="e-close">
            {errs('followup')!.close}
          </p>
        ) : null}
      </ActionCard>

      <details class="card" open={form === 'data'}>
        <summary>{tm(v, 'requests-disputes.detail-actions.correct_case_details')}</summary>
        <form method="post" action={`${q}/data`} novalidate class="form">
          <Csrf v={v} />
          <DetailsFields
            v={v}
            values={{
              commission: val('data', 'commission', d.commission),
              caseNumber: val('data', 'caseNumber', d.caseNumber),
              filedOn: val('data', 'filedOn', d.filedOn),
              respondentRep: val('data', 'respondentRep', d.respondentRep),
            }}
            errors={errs('data')}
          />
          <Actions>
            <button type="submit" class="secondary">
              {tm(v, 'requests-disputes.detail-actions.save_case_details')}
            </button>
          </Actions>
        </form>
      </details>
    </>
  );
};
