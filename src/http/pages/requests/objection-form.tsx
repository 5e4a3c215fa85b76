// The citizen's objection form (keberatan) and the fields it shares with the other objection forms.
import type { FC } from 'hono/jsx';
import { GROUND_LABELS } from '../../../domain/objections/objections.js';
import { OBJECTION_GROUNDS } from '../../../db/schema/objections.js';
import { Actions, Checkboxes, ErrorSummary, Input, TextArea, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View } from '../../components/layout.js';
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
  const title = tx(v, 'Ajukan keberatan', 'File an objection');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          'Keberatan diajukan kepada Atasan PPID, yang wajib menanggapi secara tertulis paling lambat 30 hari kerja (UU No. 14 Tahun 2008 Pasal 35–36).',
          'An objection goes to the PPID’s superior, who must answer in writing within 30 working days (Law No. 14 of 2008, Art. 35–36).',
        )}
      />
      <p>
        {tx(v, 'Permohonan', 'Request')} <strong>{nomor}</strong>
        {window ? (
          <>
            {' · '}
            {tx(v, 'batas pengajuan keberatan', 'objections accepted until')} {longDate(v, window.lastDay)}
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
      legend={tx(v, 'Alasan keberatan (UU 14/2008 Pasal 35 ayat (1))', 'Grounds (Law 14/2008 Art. 35(1))')}
      values={values.grounds}
      errors={errors}
      options={OBJECTION_GROUNDS.map((g) => ({ value: g, label: `${GROUND_LABELS[g].letter}. ${tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}` }))}
    />
    <TextArea
      name="caseSummary"
      label={tx(v, 'Kasus posisi', 'What happened')}
      hint={tx(v, 'Uraikan apa yang terjadi dan apa yang Anda harapkan.', 'Describe what happened and what you expect.')}
      value={values.caseSummary}
      errors={errors}
      required
      rows={6}
    />
    <Input
      name="proxyName"
      label={`${tx(v, 'Nama kuasa, bila diajukan oleh kuasa', 'Name of the proxy, if a proxy files this')} ${v.t('common.optional')}`}
      hint={
        proxyHint
          ? tx(v, 'Kuasa melampirkan surat kuasa khusus bermeterai kepada PPID.', 'A proxy gives the PPID a special power of attorney with a duty stamp.')
          : undefined
      }
      value={values.proxyName}
      errors={errors}
    />
    <Actions>
      <button type="submit">{tx(v, 'Kirim keberatan', 'Send the objection')}</button>
    </Actions>
  </>
);
