// The written notice (UU KIP Ps 22(7)) in two steps that need no JavaScript: first the decision alone (a
// GET with ?hasil=…), then only the fields that decision needs. The server validates the whole notice again.
import type { FC } from 'hono/jsx';
import { REQUEST_OUTCOMES, type RequestOutcome } from '../../../../db/schema/index.js';
import { CALENDAR_CONFIRM_FIELD } from '../../../../domain/calendar/calendar-gaps.js';
import { DELIVERY_LABELS, FORMAT_LABELS, OUTCOME_LABELS } from '../../../../domain/requests/labels.js';
import { CalendarConfirm } from '../../../components/calendar-confirm.js';
import { Actions, Input, Radios, Select, TextArea } from '../../../components/form.js';
import { Csrf, tx, type View, tm } from '../../../components/layout.js';
import { ExemptionCitation } from './exemption-citation.js';
import { casePath, formErrors, typedValue, type PanelProps } from './shared.js';

/** The query parameter of the first step. */
export const OUTCOME_PARAM = 'hasil';

export const isOutcome = (x: unknown): x is RequestOutcome => typeof x === 'string' && (REQUEST_OUTCOMES as readonly string[]).includes(x);

/** Only the decisions that need more than their label: a refusal and a partial grant rest on a consequence test. */
const OUTCOME_HINTS: Partial<Record<RequestOutcome, [string, string]>> = {
  diberikan_sebagian: ['Perlu uji konsekuensi yang berlaku.', 'Needs a consequence test in force.'],
  ditolak_dikecualikan: ['Perlu uji konsekuensi yang berlaku.', 'Needs a consequence test in force.'],
};

/** Step 1: the decision only. */
const OutcomeStep: FC<PanelProps> = (p) => {
  const { v, c } = p;
  return (
    <form method="get" action={casePath(c)} class="form">
      <Radios
        name={OUTCOME_PARAM}
        legend={tm(v, 'requests-case.respond-form.step_1_2_decision')}
        value={typedValue(p, 'respond', 'outcome')}
        errors={formErrors(p, 'respond')}
        options={REQUEST_OUTCOMES.map((o) => {
          const hint = OUTCOME_HINTS[o];
          return { value: o, label: OUTCOME_LABELS[o][v.locale], ...(hint ? { hint: tx(v, ...hint) } : {}) };
        })}
      />
      <Actions>
        <button type="submit">{tm(v, 'requests-case.respond-form.continue')}</button>
      </Actions>
    </form>
  );
};

const granted = (o: RequestOutcome) => o === 'diberikan_seluruhnya' || o === 'diberikan_sebagian';
const cites = (o: RequestOutcome) => o === 'diberikan_sebagian' || o === 'ditolak_dikecualikan';
const COST_FIELDS = ['sheets', 'tariff', 'deliveryCost', 'paymentMethod'];

/** Step 2: the fields of the chosen decision. */
const NoticeStep: FC<PanelProps & { outcome: RequestOutcome }> = (p) => {
  const { v, c, outcome } = p;
  const r = c.request;
  const errs = formErrors(p, 'respond');
  const val = (k: string, dflt = '') => typedValue(p, 'respond', k, dflt);
  const costsOpen = COST_FIELDS.some((k) => !!errs?.[k] || !['', '0'].includes(val(k)));
  const held = outcome === 'tidak_dikuasai' ? 'tidak' : 'ya';
  return (
    <form method="post" action={`${casePath(c)}/pemberitahuan`} novalidate class="form">
      <Csrf v={v} />
      <input type="hidden" name="outcome" value={outcome} />
      <p class="muted small">{tm(v, 'requests-case.respond-form.fill_required_law_14_2008')}</p>
      <p>
        {tm(v, 'requests-case.respond-form.step_2_2_decision')}: <strong>{OUTCOME_LABELS[outcome][v.locale]}</strong>{' '}
        <a href={casePath(c)}>{tm(v, 'requests-case.respond-form.change_decision')}</a>
      </p>
      {outcome === 'belum_didokumentasikan' ? (
        <Radios
          name="held"
          legend={tm(v, 'requests-case.respond-form.information_held_body')}
          value={val('held', 'ya')}
          errors={errs}
          options={[
            { value: 'ya', label: tm(v, 'requests-case.respond-form.yes_held') },
            { value: 'tidak', label: tm(v, 'requests-case.respond-form.not_held') },
          ]}
        />
      ) : (
        <input type="hidden" name="held" value={held} />
      )}
      {outcome === 'tidak_dikuasai' ? (
        <Input
          name="holderBody"
          label={`${tm(v, 'requests-case.respond-form.body_holds_if_known')} ${v.t('common.optional')}`}
          value={val('holderBody')}
          errors={errs}
        />
      ) : null}
      {granted(outcome) ? (
        <TextArea name="materialGiven" label={tm(v, 'requests-case.respond-form.information_given')} value={val('materialGiven')} errors={errs} rows={3} />
      ) : null}
      {cites(outcome) ? (
        <>
          <TextArea
            name="materialWithheld"
            label={
              outcome === 'diberikan_sebagian'
                ? tm(v, 'requests-case.respond-form.parts_withheld_blacked_out')
                : `${tm(v, 'requests-case.respond-form.information_withheld')} ${v.t('common.optional')}`
            }
            value={val('materialWithheld')}
            errors={errs}
            rows={2}
          />
          <ExemptionCitation v={v} c={c} value={val('consequenceTestId')} errors={errs} />
        </>
      ) : null}
      {outcome !== 'diberikan_seluruhnya' ? (
        <TextArea
          name="reason"
          label={
            outcome === 'tidak_dikuasai'
              ? `${tm(v, 'requests-case.respond-form.reasons')} ${v.t('common.optional')}`
              : tm(v, 'requests-case.respond-form.reasons')
          }
          value={val('reason')}
          errors={errs}
          rows={3}
        />
      ) : null}
      {granted(outcome) ? (
        <>
          <Radios
            name="format"
            legend={tm(v, 'requests-case.respond-form.form_information')}
            value={val('format', r.copyFormat ?? '')}
            errors={errs}
            options={[
              { value: 'softcopy', label: FORMAT_LABELS.softcopy![v.locale] },
              { value: 'hardcopy', label: FORMAT_LABELS.hardcopy![v.locale] },
            ]}
          />
          <Select
            name="delivery"
            label={tm(v, 'requests-case.respond-form.means_delivery')}
            value={val('delivery', r.deliveryMethod ?? '')}
            errors={errs}
            options={[{ value: '', label: '–' }, ...Object.entries(DELIVERY_LABELS).map(([k, l]) => ({ value: k, label: l[v.locale] }))]}
          />
          <Input
            name="provideWorkingDays"
            label={tm(v, 'requests-case.respond-form.time_provide_working_days')}
            value={val('provideWorkingDays')}
            errors={errs}
            inputmode="numeric"
          />
          <Costs {...p} open={costsOpen} />
        </>
      ) : null}
      {/* slot: notice files (case-docs) */}
      <TextArea
        name="internalNote"
        label={`${tm(v, 'requests-case.respond-form.internal_note_not_sent_applicant')} ${v.t('common.optional')}`}
        value={val('internalNote')}
        errors={errs}
        rows={2}
      />
      <CalendarConfirm v={v} form="respond" error={errs?.[CALENDAR_CONFIRM_FIELD]} checked={val(CALENDAR_CONFIRM_FIELD) === '1'} />
      <Actions>
        <button type="submit">{tm(v, 'requests-case.respond-form.issue_written_notice')}</button>
      </Actions>
    </form>
  );
};

/** Costs of copies: none for most electronic information, so folded until needed (open on an error). */
const Costs: FC<PanelProps & { open: boolean }> = (p) => {
  const v: View = p.v;
  const errs = formErrors(p, 'respond');
  const val = (k: string, dflt = '') => typedValue(p, 'respond', k, dflt);
  return (
    <details class="filter-box" open={p.open}>
      <summary>{tm(v, 'requests-case.respond-form.cost_copies_if_any')}</summary>
      <Input name="sheets" label={tm(v, 'requests-case.respond-form.number_copied_sheets')} value={val('sheets', '0')} errors={errs} inputmode="numeric" />
      <Input name="tariff" label={tm(v, 'requests-case.respond-form.tariff_per_sheet_rp')} value={val('tariff', '0')} errors={errs} inputmode="numeric" />
      <Input
        name="deliveryCost"
        label={tm(v, 'requests-case.respond-form.delivery_cost_rp')}
        hint={tm(v, 'requests-case.respond-form.total_sheets_tariff_delivery_electronic')}
        value={val('deliveryCost', '0')}
        errors={errs}
        inputmode="numeric"
      />
      <Input
        name="paymentMethod"
        label={`${tm(v, 'requests-case.respond-form.payment_method')} ${v.t('common.optional')}`}
        value={val('paymentMethod')}
        errors={errs}
      />
    </details>
  );
};

/** The notice: the decision first; with one chosen (or sent back with errors), that decision's fields. */
export const RespondForm: FC<PanelProps & { outcome: RequestOutcome | null }> = (p) => {
  const typed = p.form === 'respond' ? p.typed?.outcome : undefined;
  const outcome = isOutcome(typed) ? typed : p.outcome;
  return outcome ? <NoticeStep {...p} outcome={outcome} /> : <OutcomeStep {...p} />;
};
