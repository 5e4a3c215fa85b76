// The citizen's objection form (keberatan) and the fields it shares with the other objection forms.
import type { FC } from 'hono/jsx';
import { GROUND_LABELS } from '../../../domain/objections/objections.js';
import { OBJECTION_GROUNDS } from '../../../db/schema/objections.js';
import { Actions, Checkboxes, ErrorSummary, Input, TextArea, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { longDate } from './form.js';

export const ObjectionFormPage: FC<{
  v: View;
  nomor: string;
  kode: string;
  values: { grounds: string[]; caseSummary: string; proxyName: string };
  window: { lastDay: string } | null;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
}> = ({ v, nomor, kode, values, window, errors, message }) => {
  const title = tm(v, 'requests-objections.objection-entry.file_objection');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'requests-objections.objection-form.objection_goes_ppid_s_superior')} />
      <p>
        {tm(v, 'requests-case.page.request')} <strong>{nomor}</strong>
        {window ? (
          <>
            {' · '}
            {tm(v, 'requests-objections.objection-form.objections_accepted_until')} {longDate(v, window.lastDay)}
          </>
        ) : null}
      </p>
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/permohonan/keberatan" novalidate class="form">
        <Csrf v={v} />
        <input type="hidden" name="nomor" value={nomor} />
        <input type="hidden" name="kode" value={kode} />
        <ObjectionFields v={v} values={values} errors={errors} />
      </form>
    </PublicLayout>
  );
};

/** The objection's own fields (grounds, what happened, proxy) and its send button, on the tracking page and the standalone form. */
export const ObjectionFields: FC<{
  v: View;
  values: { grounds: string[]; caseSummary: string; proxyName: string };
  errors?: FieldErrors | undefined;
  /** Explain what a proxy must bring (the standalone form, where no request page has said it). */
  proxyHint?: boolean;
}> = ({ v, values, errors, proxyHint = false }) => (
  <>
    <Checkboxes
      name="grounds"
      legend={tm(v, 'requests-intake.intake.grounds_law_14_2008_art')}
      values={values.grounds}
      errors={errors}
      options={OBJECTION_GROUNDS.map((g) => ({ value: g, label: `${GROUND_LABELS[g].letter}. ${tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}` }))}
    />
    <TextArea
      name="caseSummary"
      label={tm(v, 'requests-intake.intake.what_happened')}
      hint={tm(v, 'requests-objections.objection-form.describe_what_happened_what_you')}
      value={values.caseSummary}
      errors={errors}
      required
      rows={6}
    />
    <Input
      name="proxyName"
      label={`${tm(v, 'requests-form.form.name_proxy_if_proxy_files')} ${v.t('common.optional')}`}
      hint={proxyHint ? tm(v, 'requests-objections.objection-form.proxy_gives_ppid_special_power') : undefined}
      value={values.proxyName}
      errors={errors}
    />
    <Actions>
      <button type="submit">{tm(v, 'requests-objections.objection-form.send_objection')}</button>
    </Actions>
  </>
);
