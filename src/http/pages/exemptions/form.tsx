// Back-office form of a consequence test (new and edit). No JavaScript needed.
import type { FC } from 'hono/jsx';
import { SECURITY_LEVELS, TEST_MOMENTS } from '../../../db/schema/classification.js';
import { SECURITY_LEVEL_LABELS } from '../../../domain/classified/items.js';
import { GROUNDS, MAX_YEARS_A_TO_F } from '../../../domain/exemptions/grounds.js';
import { Actions, Checkbox, ErrorSummary, Input, Radios, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { longPeriodMessage, MOMENT_LABELS } from './shared.js';

// --- form -------------------------------------------------------------------------------------------

/** A select of the Pasal 17 grounds, grouped by letter; a letter with sub-points is chosen by its sub-point. */
const GroundSelect: FC<{ v: View; value: string; error?: string | undefined }> = ({ v, value, error }) => {
  const hint = tm(v, 'exemptions-form.form.letter_sub_point_law_14');
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for="f-groundCode">{tm(v, 'exemptions-form.form.exemption_ground_art_17')}</label>
      <p class="hint" id="h-groundCode">
        {hint}
      </p>
      {error ? (
        <p class="error" id="e-groundCode">
          {error}
        </p>
      ) : null}
      <select
        id="f-groundCode"
        name="groundCode"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'h-groundCode e-groundCode' : 'h-groundCode'}
      >
        <option value="">–</option>
        {GROUNDS.map((g) =>
          g.subpoints.length ? (
            <optgroup label={`${g.letter}. ${g.label[v.locale]}`}>
              {g.subpoints.map((s, i) => (
                <option value={`${g.letter}.${i + 1}`} selected={value === `${g.letter}.${i + 1}`}>
                  {`${g.letter}.${i + 1} ${s[v.locale]}`}
                </option>
              ))}
            </optgroup>
          ) : (
            <option value={g.letter} selected={value === g.letter}>
              {`${g.letter}. ${g.label[v.locale]}`}
            </option>
          ),
        )}
      </select>
    </div>
  );
};

export type TestFormProps = {
  v: View;
  mode: 'new' | 'edit';
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  /** Edit: the test and the register number of its item. */
  testId?: string;
  itemNumber?: string;
  returnNote?: string;
  /** New, for a request (moment saat_permohonan). */
  request?: { id: string; number: string; details: string } | null;
  items?: { id: string; number: string; title: string }[];
  dipEntries?: { id: string; number: string; title: string }[];
  /** The PPID Utama chooses the proposing unit; null for a PPID Pembantu (their own). */
  units?: { id: string; name: string }[] | null;
};

export const TestFormPage: FC<TestFormProps> = (p) => {
  const { v, values: val, errors } = p;
  const title = p.mode === 'new' ? tm(v, 'exemptions-form.form.new_consequence_test') : tm(v, 'exemptions.detail.change_consequence_test');
  const action = p.mode === 'new' ? '/admin/uji-konsekuensi' : `/admin/uji-konsekuensi/${p.testId}`;
  const levelOptions = SECURITY_LEVELS.map((l) => ({ value: l, label: SECURITY_LEVEL_LABELS[l][v.locale] }));
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader
        v={v}
        back={{ href: p.testId ? `/admin/uji-konsekuensi/${p.testId}` : '/admin/uji-konsekuensi', label: tm(v, 'exemptions-form.form.back') }}
        title={title}
        lead={tm(v, 'exemptions-form.form.consequence_test_weighs_harm_opening')}
      />
      {p.returnNote ? (
        <div class="warn-box" role="note">
          <strong>{tm(v, 'exemptions-form.form.return_note')}</strong>
          <span class="pre">{p.returnNote}</span>
        </div>
      ) : null}
      <ErrorSummary v={v} errors={errors} message={p.message} />
      <form method="post" action={action} novalidate class="form dip-form">
        <Csrf v={v} />
        {p.mode === 'new' ? (
          <fieldset>
            <legend class="section">{tm(v, 'exemptions-form.form.1_information_tested')}</legend>
            <p class="hint">{tm(v, 'exemptions-form.form.title_description_are_recorded_register')}</p>
            {p.request ? (
              <>
                <input type="hidden" name="source" value="permohonan" />
                <input type="hidden" name="requestId" value={p.request.id} />
                <p>
                  {tm(v, 'exemptions-form.form.request')} <strong>{p.request.number}</strong>
                  {tm(v, 'exemptions-form.form.test_made_when_request_arrives')}
                </p>
                <p class="muted small pre">{p.request.details}</p>
              </>
            ) : !p.items?.length && !p.dipEntries?.length ? (
              // Nothing recorded yet that this officer may read: the information is new.
              <input type="hidden" name="source" value="baru" />
            ) : (
              <Radios
                name="source"
                legend={tm(v, 'exemptions-form.form.where_information_comes_from')}
                value={val.source ?? 'baru'}
                errors={errors}
                options={[
                  {
                    value: 'baru',
                    label: tm(v, 'exemptions-form.form.new_information'),
                    hint: tm(v, 'exemptions-form.form.fill_title_description_level_below'),
                  },
                  ...(p.items?.length
                    ? [
                        {
                          value: 'item',
                          label: tm(v, 'exemptions-form.form.classified_item_already_recorded'),
                          hint: tm(v, 'exemptions-form.form.choose_from_those_you_may'),
                        },
                      ]
                    : []),
                  ...(p.dipEntries?.length
                    ? [
                        {
                          value: 'dip',
                          label: tm(v, 'exemptions-form.form.entry_public_register'),
                          hint: tm(v, 'exemptions-form.form.once_approved_entry_withdrawn_from'),
                        },
                      ]
                    : []),
                ]}
              />
            )}
            <fieldset>
              <legend>{p.request ? tm(v, 'exemptions-form.form.information_requested') : tm(v, 'exemptions-form.form.new_information')}</legend>
              <Input name="itemTitle" label={tm(v, 'exemptions-form.form.title_information_internal')} value={val.itemTitle} errors={errors} />
              <TextArea
                name="itemDescription"
                label={`${tm(v, 'exemptions-form.form.description_internal')} ${v.t('common.optional')}`}
                value={val.itemDescription}
                errors={errors}
                rows={3}
              />
            </fieldset>
            {!p.request && p.items?.length ? (
              <Select
                name="itemId"
                label={tm(v, 'exemptions-form.form.classified_item_already_recorded_2')}
                value={val.itemId}
                errors={errors}
                options={[{ value: '', label: '–' }, ...p.items.map((i) => ({ value: i.id, label: `${i.number} · ${i.title}` }))]}
              />
            ) : null}
            {!p.request && p.dipEntries?.length ? (
              <Select
                name="dipEntryId"
                label={tm(v, 'exemptions-form.form.dip_entry')}
                value={val.dipEntryId}
                errors={errors}
                options={[{ value: '', label: '–' }, ...p.dipEntries.map((e) => ({ value: e.id, label: `${e.number} · ${e.title}` }))]}
              />
            ) : null}
            <Select
              name="securityLevel"
              label={tm(v, 'exemptions-form.form.security_level')}
              hint={tm(v, 'exemptions-form.form.new_information_request_s_subject')}
              value={val.securityLevel || 'terbatas'}
              errors={errors}
              options={levelOptions}
            />
          </fieldset>
        ) : (
          <p>
            {tm(v, 'exemptions-form.form.information_tested_register_number')} <strong>{p.itemNumber}</strong>
          </p>
        )}

        <fieldset>
          <legend class="section">{tm(v, 'exemptions-form.form.2_exemption_ground')}</legend>
          {p.request ? (
            <input type="hidden" name="moment" value="saat_permohonan" />
          ) : (
            <Radios
              name="moment"
              legend={tm(v, 'exemptions-form.form.when_test_made')}
              value={val.moment || 'proaktif'}
              errors={errors}
              options={TEST_MOMENTS.map((m) => ({
                value: m,
                label: tx(v, MOMENT_LABELS[m][0], MOMENT_LABELS[m][1]),
                hint: tx(v, MOMENT_LABELS[m][2], MOMENT_LABELS[m][3]),
              }))}
            />
          )}
          {p.units ? (
            <Select
              name="unitId"
              label={tm(v, 'exemptions.detail.proposing_agency')}
              value={val.unitId}
              errors={errors}
              options={[{ value: '', label: tm(v, 'exemptions-form.form.my_agency') }, ...p.units.map((u) => ({ value: u.id, label: u.name }))]}
            />
          ) : null}
          <GroundSelect v={v} value={val.groundCode ?? ''} error={errors?.groundCode} />
          <Input
            name="legalRegulation"
            label={tm(v, 'exemptions-form.form.legal_basis_regulation')}
            hint={tm(v, 'exemptions-form.form.e_g_law_no_17')}
            value={val.legalRegulation}
            errors={errors}
          />
          <Input
            name="legalArticle"
            label={tm(v, 'exemptions-form.form.legal_basis_article_paragraph')}
            hint={tm(v, 'exemptions-form.form.e_g_article_4_1')}
            value={val.legalArticle}
            errors={errors}
          />
        </fieldset>

        <fieldset>
          <legend class="section">{tm(v, 'exemptions-form.form.3_consequence_test_internal')}</legend>
          <p class="hint">{tm(v, 'exemptions-form.form.only_authorised_ppid_superior_read')}</p>
          <TextArea
            name="withheldInformation"
            label={tm(v, 'exemptions.detail.information_withheld')}
            value={val.withheldInformation}
            errors={errors}
            rows={3}
          />
          <TextArea name="harm" label={tm(v, 'exemptions-form.form.consequence_if_information_were_opened')} value={val.harm} errors={errors} rows={4} />
          <TextArea
            name="publicInterest"
            label={tm(v, 'exemptions.detail.public_interest_balance')}
            hint={tm(v, 'exemptions-form.form.why_closing_information_protects_greater')}
            value={val.publicInterest}
            errors={errors}
            rows={4}
          />
          <Radios
            name="partial"
            legend={tm(v, 'exemptions.detail.result')}
            value={val.partial || 'tidak'}
            errors={errors}
            options={[
              { value: 'tidak', label: tm(v, 'exemptions.detail.exempt_full') },
              {
                value: 'ya',
                label: tm(v, 'exemptions-form.form.exempt_part_rest_given_exempt'),
              },
            ]}
          />
          <TextArea name="releasedPart" label={tm(v, 'exemptions-form.form.part_can_still_given_if')} value={val.releasedPart} errors={errors} rows={2} />
        </fieldset>

        <fieldset>
          <legend class="section">{tm(v, 'exemptions-form.form.4_exemption_period')}</legend>
          <p class="hint">{tm(v, 'exemptions-form.form.grounds_f_are_not_permanent', { MAX_YEARS_A_TO_F })}</p>
          <Input name="periodStart" type="date" label={tm(v, 'exemptions-form.form.from')} value={val.periodStart} errors={errors} />
          <Input name="periodEnd" type="date" label={tm(v, 'exemptions-form.form.until')} value={val.periodEnd} errors={errors} />
          {/* Asked only once the period was found to run past the maximum (or was confirmed before). */}
          {val.acknowledgeLongPeriod === '1' || errors?.periodEnd === longPeriodMessage(v) ? (
            <Checkbox
              name="acknowledgeLongPeriod"
              checked={val.acknowledgeLongPeriod === '1'}
              label={tm(v, 'exemptions-form.form.period_beyond_years_intended', { MAX_YEARS_A_TO_F })}
            />
          ) : null}
        </fieldset>

        <fieldset class="public-fields">
          <legend class="section">{tm(v, 'exemptions-form.form.5_what_public_sees')}</legend>
          <div class="warn-box" role="note">
            <strong>{tm(v, 'exemptions-form.form.shown_portal')}</strong>
            {tm(v, 'exemptions-form.form.title_summary_are_published_register')}
          </div>
          <Input name="publicTitle" label={tm(v, 'exemptions-form.form.title_public')} value={val.publicTitle} errors={errors} />
          <TextArea name="publicSummary" label={tm(v, 'exemptions-form.form.summary_consequence_public')} value={val.publicSummary} errors={errors} rows={3} />
        </fieldset>
        <Actions>
          <button type="submit">{tm(v, 'exemptions-form.form.save_draft')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
