// A unit's answer to a disposition not yet answered (its PPID Pembantu, or the PPID Utama for it).
import type { FC } from 'hono/jsx';
import { Actions, Radios, TextArea } from '../../../components/form.js';
import { Csrf, tm } from '../../../components/layout.js';
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
            {tm(v, 'requests-case.answer-form.text')}: <strong>{mine.unitName}</strong>
          </p>
          <p class="muted small pre">
            {tm(v, 'requests-case.answer-form.instruction')}: {mine.instruction}
          </p>
        </>
      ) : (
        <Radios
          name="dispositionId"
          legend={tm(v, 'requests-case.answer-form.agency')}
          value={typedValue(p, 'answer', 'dispositionId')}
          errors={errs}
          options={answerable.map((d) => ({ value: d.id, label: d.unitName }))}
        />
      )}
      <TextArea
        name="answer"
        label={tm(v, 'requests-case.answer-form.answer_information_available_form')}
        value={typedValue(p, 'answer', 'answer')}
        errors={errs}
        rows={5}
        required
      />
      <TextArea
        name="note"
        label={`${tm(v, 'requests-case.answer-form.note_lead_ppid')} ${v.t('common.optional')}`}
        value={typedValue(p, 'answer', 'note')}
        errors={errs}
        rows={2}
      />
      {/* slot: answer files (case-docs) */}
      <Actions>
        <button type="submit">{tm(v, 'requests-case.answer-form.send_answer')}</button>
      </Actions>
    </form>
  );
};
