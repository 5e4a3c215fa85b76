// A unit's answer to a disposition not yet answered (its PPID Pembantu, or the PPID Utama for it).
import type { FC } from 'hono/jsx';
import { Actions, Radios, TextArea } from '../../../components/form.js';
import { Csrf, tx } from '../../../components/layout.js';
import { casePath, formErrors, typedValue, type PanelProps } from './shared.js';

export const AnswerForm: FC<PanelProps & { dispositionIds: string[] }> = (p) => {
  const { v, c } = p;
  const answerable = c.dispositions.filter((d) => p.dispositionIds.includes(d.id));
  if (!answerable.length) return null;
  const errs = formErrors(p, 'answer');
  const mine = answerable[0]!;
  return (
    <form method="post" action={`${casePath(c)}/jawaban-unit`} novalidate class="form">
      <Csrf v={v} />
      {answerable.length === 1 ? (
        <>
          <input type="hidden" name="dispositionId" value={mine.id} />
          <p>
            {tx(v, 'Untuk', 'For')}: <strong>{mine.unitName}</strong>
          </p>
          <p class="muted small pre">
            {tx(v, 'Instruksi', 'Instruction')}: {mine.instruction}
          </p>
        </>
      ) : (
        <Radios
          name="dispositionId"
          legend={tx(v, 'Unit kerja', 'Agency')}
          value={typedValue(p, 'answer', 'dispositionId')}
          errors={errs}
          options={answerable.map((d) => ({ value: d.id, label: d.unitName }))}
        />
      )}
      <TextArea
        name="answer"
        label={tx(v, 'Jawaban: informasi yang tersedia dan bentuknya', 'Answer: the information available and its form')}
        value={typedValue(p, 'answer', 'answer')}
        errors={errs}
        rows={5}
        required
      />
      <TextArea
        name="note"
        label={`${tx(v, 'Catatan untuk PPID Utama', 'Note for the lead PPID')} ${v.t('common.optional')}`}
        value={typedValue(p, 'answer', 'note')}
        errors={errs}
        rows={2}
      />
      {/* slot: answer files (case-docs) */}
      <Actions>
        <button type="submit">{tx(v, 'Kirim jawaban unit', 'Send the answer')}</button>
      </Actions>
    </form>
  );
};
