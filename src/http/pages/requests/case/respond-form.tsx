// The written notice (UU KIP Ps 22(7)) in two steps that need no JavaScript: first the decision alone (a
// GET with ?hasil=…), then only the fields that decision needs. The server validates the whole notice again.
import type { FC } from 'hono/jsx';
import { REQUEST_OUTCOMES, type RequestOutcome } from '../../../../db/schema/index.js';
import { CALENDAR_CONFIRM_FIELD } from '../../../../domain/calendar/calendar-gaps.js';
import { DELIVERY_LABELS, FORMAT_LABELS, OUTCOME_LABELS } from '../../../../domain/requests/labels.js';
import { CalendarConfirm } from '../../../components/calendar-confirm.js';
import { Actions, Input, Radios, Select, TextArea } from '../../../components/form.js';
import { Csrf, tx, type View } from '../../../components/layout.js';
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
        legend={tx(v, 'Langkah 1 dari 2: keputusan', 'Step 1 of 2: the decision')}
        value={typedValue(p, 'respond', 'outcome')}
        errors={formErrors(p, 'respond')}
        options={REQUEST_OUTCOMES.map((o) => {
          const hint = OUTCOME_HINTS[o];
          return { value: o, label: OUTCOME_LABELS[o][v.locale], ...(hint ? { hint: tx(v, ...hint) } : {}) };
        })}
      />
      <Actions>
        <button type="submit">{tx(v, 'Lanjut', 'Continue')}</button>
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
      <p class="muted small">
        {tx(
          v,
          'Isi sesuai UU KIP Pasal 22 ayat (7). Surat pemberitahuan (dan surat keputusan penolakan bila ditolak) dibuat otomatis dan dikirim kepada pemohon.',
          'Fill in as required by Law 14/2008 Art. 22(7). The notice (and the refusal decision when refused) is produced and sent to the applicant.',
        )}
      </p>
      <p>
        {tx(v, 'Langkah 2 dari 2. Keputusan', 'Step 2 of 2. Decision')}: <strong>{OUTCOME_LABELS[outcome][v.locale]}</strong>{' '}
        <a href={casePath(c)}>{tx(v, 'Ganti keputusan', 'Change the decision')}</a>
      </p>
      {outcome === 'belum_didokumentasikan' ? (
        <Radios
          name="held"
          legend={tx(v, 'Apakah informasi dikuasai badan publik?', 'Is the information held by the body?')}
          value={val('held', 'ya')}
          errors={errs}
          options={[
            { value: 'ya', label: tx(v, 'Ya, dikuasai', 'Yes, held') },
            { value: 'tidak', label: tx(v, 'Tidak dikuasai', 'Not held') },
          ]}
        />
      ) : (
        <input type="hidden" name="held" value={held} />
      )}
      {outcome === 'tidak_dikuasai' ? (
        <Input
          name="holderBody"
          label={`${tx(v, 'Badan publik yang menguasai (bila diketahui)', 'Body that holds it (if known)')} ${v.t('common.optional')}`}
          value={val('holderBody')}
          errors={errs}
        />
      ) : null}
      {granted(outcome) ? (
        <TextArea
          name="materialGiven"
          label={tx(v, 'Informasi yang akan diberikan', 'Information to be given')}
          value={val('materialGiven')}
          errors={errs}
          rows={3}
        />
      ) : null}
      {cites(outcome) ? (
        <>
          <TextArea
            name="materialWithheld"
            label={
              outcome === 'diberikan_sebagian'
                ? tx(v, 'Bagian yang dihitamkan / dikecualikan', 'Parts withheld or blacked out')
                : `${tx(v, 'Informasi yang dikecualikan', 'Information withheld')} ${v.t('common.optional')}`
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
          label={outcome === 'tidak_dikuasai' ? `${tx(v, 'Alasan', 'Reasons')} ${v.t('common.optional')}` : tx(v, 'Alasan', 'Reasons')}
          value={val('reason')}
          errors={errs}
          rows={3}
        />
      ) : null}
      {granted(outcome) ? (
        <>
          <Radios
            name="format"
            legend={tx(v, 'Bentuk informasi', 'Form of the information')}
            value={val('format', r.copyFormat ?? '')}
            errors={errs}
            options={[
              { value: 'softcopy', label: FORMAT_LABELS.softcopy![v.locale] },
              { value: 'hardcopy', label: FORMAT_LABELS.hardcopy![v.locale] },
            ]}
          />
          <Select
            name="delivery"
            label={tx(v, 'Cara penyampaian', 'Means of delivery')}
            value={val('delivery', r.deliveryMethod ?? '')}
            errors={errs}
            options={[{ value: '', label: '–' }, ...Object.entries(DELIVERY_LABELS).map(([k, l]) => ({ value: k, label: l[v.locale] }))]}
          />
          <Input
            name="provideWorkingDays"
            label={tx(v, 'Waktu penyediaan (hari kerja)', 'Time to provide (working days)')}
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
        label={`${tx(v, 'Catatan internal (tidak dikirim kepada pemohon)', 'Internal note (not sent to the applicant)')} ${v.t('common.optional')}`}
        value={val('internalNote')}
        errors={errs}
        rows={2}
      />
      <CalendarConfirm v={v} form="respond" error={errs?.[CALENDAR_CONFIRM_FIELD]} checked={val(CALENDAR_CONFIRM_FIELD) === '1'} />
      <Actions>
        <button type="submit">{tx(v, 'Terbitkan pemberitahuan tertulis', 'Issue the written notice')}</button>
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
      <summary>{tx(v, 'Biaya salinan (bila ada)', 'Cost of copies (if any)')}</summary>
      <Input name="sheets" label={tx(v, 'Jumlah lembar salinan', 'Number of copied sheets')} value={val('sheets', '0')} errors={errs} inputmode="numeric" />
      <Input name="tariff" label={tx(v, 'Tarif per lembar (Rp)', 'Tariff per sheet (Rp)')} value={val('tariff', '0')} errors={errs} inputmode="numeric" />
      <Input
        name="deliveryCost"
        label={tx(v, 'Biaya pengiriman (Rp)', 'Delivery cost (Rp)')}
        hint={tx(
          v,
          'Jumlah biaya = lembar × tarif + biaya pengiriman; informasi elektronik umumnya gratis.',
          'Total = sheets × tariff + delivery; electronic information is usually free.',
        )}
        value={val('deliveryCost', '0')}
        errors={errs}
        inputmode="numeric"
      />
      <Input
        name="paymentMethod"
        label={`${tx(v, 'Cara pembayaran', 'Payment method')} ${v.t('common.optional')}`}
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
