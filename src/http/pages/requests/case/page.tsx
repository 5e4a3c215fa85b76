// One request as an officer sees it: the summary, ONE "Langkah berikutnya" panel with only the action due for
// this actor (domain/requests/next-step.ts), the information asked for, other actions behind a disclosure,
// and the case history with the finished steps collapsed. Forms of finished steps are not rendered.
import type { Child, FC } from 'hono/jsx';
import type { RequestOutcome } from '../../../../db/schema/index.js';
import type { Unit } from '../../../../domain/units/units.js';
import { ErrorSummary } from '../../../components/form.js';
import { BackofficeLayout, tx, tm } from '../../../components/layout.js';
import { CaseHistory, DisputeSummary } from '../case-history.js';
import { AnswerForm } from './answer-form.js';
import { DisposeForm } from './dispose-form.js';
import { ExtendForm } from './extend-form.js';
import { Applicant, DispositionsRecord, ExtensionRecord, NoticeRecord, RequestedInformation } from './facts.js';
import { RespondForm } from './respond-form.js';
import { ScanForm } from './scan-form.js';
import type { CaseForm, PanelProps } from './shared.js';
import { CaseSummary } from './summary.js';
import { RequestCaseFiles } from './files.js';
import { FollowUpPanel } from './follow-up.js';

type Action = { key: CaseForm; title: [string, string]; body: Child };

export const RequestCasePage: FC<PanelProps & { units: Unit[]; outcome?: RequestOutcome | null | undefined; message?: string | undefined }> = (p) => {
  const { v, c } = p;
  const title = `${tm(v, 'requests-case.page.request')} ${c.request.number}`;
  const next = c.next;
  const disposed = new Set(c.dispositions.map((d) => d.unitId));
  const unitsLeft = p.units.filter((u) => !disposed.has(u.id));
  const panel: PanelProps = { v, c, form: p.form, errors: p.errors, typed: p.typed };
  const answerIds = next.kind === 'unit_answer' ? next.dispositionIds : c.may.answer;

  // Every action this actor may take now; the one due goes into the panel, the rest behind "Tindakan lain".
  const actions: Action[] = [
    ...(c.may.dispose && unitsLeft.length
      ? [
          {
            key: 'dispose' as const,
            title: (c.dispositions.length ? ['Disposisi ke unit kerja lain', 'Pass to other agencies'] : ['Disposisi ke unit kerja', 'Pass to agencies']) as [
              string,
              string,
            ],
            body: <DisposeForm {...panel} units={p.units} />,
          },
        ]
      : []),
    ...(answerIds.length
      ? [
          {
            key: 'answer' as const,
            title: ['Jawaban unit kerja', 'Agency answer'] as [string, string],
            body: <AnswerForm {...panel} dispositionIds={answerIds} />,
          },
        ]
      : []),
    ...(c.may.extend
      ? [
          {
            key: 'extend' as const,
            title: ['Perpanjang jangka waktu (7 hari kerja)', 'Extend the time limit (7 working days)'] as [string, string],
            body: <ExtendForm {...panel} />,
          },
        ]
      : []),
    ...(c.may.respond
      ? [
          {
            key: 'respond' as const,
            title: ['Pemberitahuan tertulis', 'Written notice'] as [string, string],
            body: <RespondForm {...panel} outcome={p.outcome ?? null} />,
          },
        ]
      : []),
    ...(c.may.attachScan
      ? [
          {
            key: 'scan' as const,
            title: ['Pindaian surat bertanda tangan basah', 'Scan of a letter signed by hand'] as [string, string],
            body: <ScanForm {...panel} />,
          },
        ]
      : []),
  ];
  const dueKey: CaseForm | null = next.kind === 'unit_answer' ? 'answer' : next.kind === 'wait' || next.kind === 'done' ? null : next.kind;
  const due = actions.find((a) => a.key === dueKey) ?? null;
  const others = actions.filter((a) => a !== due);
  // A form that came back with errors, or the notice with a decision chosen, is shown opened.
  const shown: CaseForm | null = p.form ?? (p.outcome ? 'respond' : null);

  return (
    <BackofficeLayout v={v} title={title}>
      <CaseSummary v={v} c={c} title={title} />
      <ErrorSummary v={v} errors={p.errors} message={p.message} />

      <section aria-labelledby="h-next" class="card next-step" data-next-step={next.kind}>
        <h2 id="h-next">
          {tm(v, 'requests-case.page.next_step')}
          {due ? `: ${tx(v, ...due.title)}` : ''}
        </h2>
        <p>{next.why[v.locale]}</p>
        {due?.body}
      </section>

      {/* slot: proxy letter / channel (intake) */}
      <RequestedInformation v={v} c={c} />
      <Applicant v={v} c={c} />

      {others.length ? (
        <details class="filter-box other-actions" open={others.some((a) => a.key === shown)}>
          <summary>{tm(v, 'requests-case.page.other_actions')}</summary>
          {others.map((a) => (
            <details class="case-action" open={a.key === shown}>
              <summary>{tx(v, ...a.title)}</summary>
              {a.body}
            </details>
          ))}
        </details>
      ) : null}

      {/* case-docs: files, handover, publish to the DIP */}
      <RequestCaseFiles v={v} requestId={c.request.id} f={c.files} />
      {/* objections: follow-up of a granted objection */}
      <FollowUpPanel v={v} followUps={c.followUps} from="permohonan" today={c.today} />

      <CaseHistory v={v} items={c.history}>
        <DispositionsRecord v={v} c={c} />
        <ExtensionRecord v={v} c={c} />
        <NoticeRecord v={v} c={c} />
      </CaseHistory>
      <DisputeSummary v={v} c={c} />
    </BackofficeLayout>
  );
};
