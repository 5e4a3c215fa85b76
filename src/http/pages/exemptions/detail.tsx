// One consequence test with its history and the actions of each role. Internal text appears only
// when the page was given it (the domain decides).
import type { FC } from 'hono/jsx';
import { SECURITY_LEVEL_LABELS } from '../../../domain/classified/items.js';
import { beyondLegalMaximum, MAX_YEARS_A_TO_F } from '../../../domain/exemptions/grounds.js';
import { legalBasisText } from '../../../domain/exemptions/input.js';
import type { TestView } from '../../../domain/exemptions/queries.js';
import { dateTime } from '../../dates.js';
import { ErrorSummary, Radios, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, tx, type View, tm } from '../../components/layout.js';
import { day, groundText, MOMENT_LABELS, periodText, STATUS_LABELS, StatusBadge } from './shared.js';
import { ActionCard } from '../../components/action-card.js';

// --- one test ---------------------------------------------------------------------------------------

const STEP_LABELS: Record<string, [string, string]> = {
  created: ['Draf dibuat', 'Draft made'],
  updated: ['Diubah', 'Changed'],
  submitted: ['Diajukan ke PPID Utama', 'Submitted to the lead PPID'],
  returned: ['Dikembalikan dengan catatan', 'Returned with a note'],
  reviewed: ['Diperiksa dan diteruskan ke Atasan PPID', 'Reviewed and forwarded to the superior'],
  approved: ['Ditetapkan Atasan PPID', 'Approved by the superior'],
  rejected: ['Ditolak Atasan PPID', 'Rejected by the superior'],
  review_opened: ['Peninjauan masa pengecualian dibuka', 'Review of the exemption period opened'],
  extension_drafted: ['Perpanjangan dirancang', 'Extension drafted'],
  expired: ['Masa berakhir, informasi dibuka', 'Period ended, information opened'],
  released: ['Dibuka oleh putusan', 'Opened by a decision'],
};

export type ActionForm = 'submit' | 'review' | 'decide';

export const TestDetailPage: FC<{
  v: View;
  t: TestView;
  form?: ActionForm | undefined;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  typed?: Record<string, string> | undefined;
}> = ({ v, t: view, form, errors, message, typed }) => {
  const t = view.test;
  const i = view.internals;
  const q = `/admin/uji-konsekuensi/${t.id}`;
  const errs = (f: ActionForm) => (form === f ? errors : undefined);
  const typedVal = (f: ActionForm, k: string) => (form === f ? (typed?.[k] ?? '') : '');
  const title = t.publicTitle;
  return (
    <BackofficeLayout v={v} title={`${tm(v, 'exemptions.detail.consequence_test')}: ${title}`}>
      <p>
        <a href="/admin/uji-konsekuensi">{tm(v, 'exemptions.detail.all_consequence_tests')}</a>
      </p>
      <p class="muted">{tm(v, 'exemptions.detail.consequence_test')}</p>
      <h1>{title}</h1>
      <div class="dip-status-line">
        <StatusBadge v={v} status={t.status} />
        {view.inForce ? <span class="dip-status dip-status-published">{tm(v, 'exemptions.detail.force_public_register')}</span> : null}
      </div>
      <ErrorSummary v={v} errors={form ? errors : undefined} message={message} />
      {beyondLegalMaximum(t.ground, t.periodStart, t.periodEnd) ? (
        <div class="warn-box" role="note">
          {tm(v, 'exemptions.detail.period_runs_beyond_years_limit', { MAX_YEARS_A_TO_F })}
        </div>
      ) : null}
      {i && (t.status === 'returned' || t.status === 'draft') && i.note ? (
        <div class="warn-box" role="note">
          <strong>{tm(v, 'exemptions.detail.note')}</strong>
          <span class="pre">{i.note}</span>
        </div>
      ) : null}

      <dl class="facts">
        <dt>{tm(v, 'exemptions.detail.decision_number')}</dt>
        <dd>{t.number ? `${t.number}, ${day(v, t.decisionDate!)}` : tm(v, 'exemptions.detail.not_decided_yet')}</dd>
        <dt>{tm(v, 'exemptions.detail.proposing_agency')}</dt>
        <dd>{view.unit.name}</dd>
        <dt>{tm(v, 'exemptions.detail.when_tested')}</dt>
        <dd>
          {tx(v, MOMENT_LABELS[t.moment][0], MOMENT_LABELS[t.moment][1])}
          {view.request ? (
            <>
              {' · '}
              <a href={`/admin/permohonan/${view.request.id}`}>{view.request.number}</a>
            </>
          ) : null}
        </dd>
        <dt>{tm(v, 'exemptions.detail.information_register')}</dt>
        <dd>
          {view.item.number} · {SECURITY_LEVEL_LABELS[view.item.securityLevel][v.locale]}
          <span class="muted small block">{tm(v, 'exemptions.detail.title_description_documents_can_only')}</span>
        </dd>
        <dt>{tm(v, 'exemptions.detail.exemption_ground')}</dt>
        <dd>{groundText(v, t.ground, t.subpoint)}</dd>
        <dt>{tm(v, 'exemptions.detail.legal_basis')}</dt>
        <dd>{legalBasisText(t.legalBasis)}</dd>
        <dt>{tm(v, 'exemptions.detail.period')}</dt>
        <dd>{periodText(v, t.periodStart, t.periodEnd)}</dd>
        <dt>{tm(v, 'exemptions.detail.result')}</dt>
        <dd>{t.partial ? tm(v, 'exemptions.detail.exempt_part') : tm(v, 'exemptions.detail.exempt_full')}</dd>
        {view.supersedes ? (
          <>
            <dt>{tm(v, 'exemptions.detail.extends')}</dt>
            <dd>
              <a href={`/admin/uji-konsekuensi/${view.supersedes.id}`}>{view.supersedes.number}</a>
            </dd>
          </>
        ) : null}
        {view.supersededBy.length ? (
          <>
            <dt>{tm(v, 'exemptions.detail.extension')}</dt>
            <dd>
              {view.supersededBy.map((s) => (
                <a href={`/admin/uji-konsekuensi/${s.id}`}>{s.number ?? tx(v, ...STATUS_LABELS[s.status])}</a>
              ))}
            </dd>
          </>
        ) : null}
        {view.review ? (
          <>
            <dt>{tm(v, 'exemptions.detail.expiry_review')}</dt>
            <dd>
              {view.review.status === 'open'
                ? tm(v, 'exemptions.detail.open_decided', { viewReviewDueDate: day(v, view.review.dueDate) })
                : view.review.status === 'extended'
                  ? tm(v, 'exemptions.detail.extended')
                  : tm(v, 'exemptions.detail.information_opened')}{' '}
              <a href="/admin/uji-konsekuensi/peninjauan">{tm(v, 'exemptions.detail.reviews')}</a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="h-public" class="card">
        <h2 id="h-public">{tm(v, 'exemptions.detail.public_register_exempt_information')}</h2>
        <dl class="facts">
          <dt>{tm(v, 'exemptions.detail.title')}</dt>
          <dd>{t.publicTitle}</dd>
          <dt>{tm(v, 'exemptions.detail.summary_consequence')}</dt>
          <dd class="pre">{t.publicSummary}</dd>
        </dl>
      </section>

      <section aria-labelledby="h-internal">
        <h2 id="h-internal">{tm(v, 'exemptions.detail.consequence_test_internal')}</h2>
        {i ? (
          <dl class="facts">
            <dt>{tm(v, 'exemptions.detail.information_withheld')}</dt>
            <dd class="pre">{i.withheldInformation}</dd>
            <dt>{tm(v, 'exemptions.detail.consequence_if_opened')}</dt>
            <dd class="pre">{i.harm}</dd>
            <dt>{tm(v, 'exemptions.detail.public_interest_balance')}</dt>
            <dd class="pre">{i.publicInterest}</dd>
            {t.partial ? (
              <>
                <dt>{tm(v, 'exemptions.detail.part_can_given')}</dt>
                <dd class="pre">{i.releasedPart}</dd>
              </>
            ) : null}
            {i.decisionReasons ? (
              <>
                <dt>{tm(v, 'exemptions.detail.superior_s_reasons')}</dt>
                <dd class="pre">{i.decisionReasons}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p class="muted">{tm(v, 'exemptions.detail.content_test_describes_withheld_information')}</p>
        )}
      </section>

      {t.number ? (
        <section aria-labelledby="h-decision">
          <h2 id="h-decision">{tm(v, 'exemptions.detail.decision')}</h2>
          <p>
            {t.signerName}
            {t.signerNip ? `, NIP ${t.signerNip}` : ''} · {t.signerPosition} · a.n. {t.onBehalfOf}
          </p>
          {view.may.letter ? (
            <p>
              <a href={`${q}/penetapan.pdf`}>{tm(v, 'exemptions.detail.classification_decision_letter_pdf')}</a>
            </p>
          ) : null}
        </section>
      ) : null}

      {view.may.edit ? (
        <ActionCard
          v={v}
          id="draft"
          title={tm(v, 'exemptions.detail.draft')}
          action={`${q}/ajukan`}
          submit={tm(v, 'exemptions.detail.submit_lead_ppid')}
          intro={
            <>
              <p>
                <a href={`${q}/ubah`}>{tm(v, 'exemptions.detail.change_consequence_test')}</a>
              </p>
            </>
          }
        >
          <p class="hint">{tm(v, 'exemptions.detail.once_submitted_draft_cannot_changed')}</p>
        </ActionCard>
      ) : null}

      {view.may.review ? (
        <ActionCard
          v={v}
          id="review"
          title={tm(v, 'exemptions.detail.review_lead_ppid')}
          action={`${q}/periksa`}
          submit={tm(v, 'exemptions.detail.save_review')}
        >
          <Radios
            name="action"
            legend={tm(v, 'exemptions.detail.action')}
            value={typedVal('review', 'action') || 'forward'}
            errors={errs('review')}
            options={[
              { value: 'forward', label: tm(v, 'exemptions.detail.forward_superior_decision') },
              { value: 'return', label: tm(v, 'exemptions.detail.return_drafter_note') },
            ]}
          />
          <TextArea
            name="note"
            label={tm(v, 'exemptions.detail.note_required_when_returning')}
            value={typedVal('review', 'note')}
            errors={errs('review')}
            rows={3}
          />
        </ActionCard>
      ) : null}

      {view.may.decide ? (
        <ActionCard
          v={v}
          id="decide"
          title={tm(v, 'exemptions.detail.superior_s_decision')}
          action={`${q}/putusan`}
          submit={tm(v, 'exemptions.detail.save_decision')}
          intro={
            <>
              <p class="hint">{tm(v, 'exemptions.detail.approving_you_decide_exemption_behalf')}</p>
            </>
          }
        >
          <Radios
            name="decision"
            legend={tm(v, 'exemptions.detail.decision_2')}
            value={typedVal('decide', 'decision')}
            errors={errs('decide')}
            options={[
              { value: 'setujui', label: tm(v, 'exemptions.detail.approve_decide') },
              { value: 'tolak', label: tm(v, 'exemptions.detail.reject_information_not_exempt') },
              { value: 'kembalikan', label: tm(v, 'exemptions.detail.return_changes') },
            ]}
          />
          <TextArea
            name="reasons"
            label={tm(v, 'exemptions.detail.reasons_required_when_rejecting_returning')}
            value={typedVal('decide', 'reasons')}
            errors={errs('decide')}
            rows={3}
          />
        </ActionCard>
      ) : null}

      <h2>{tm(v, 'exemptions.detail.history')}</h2>
      <ol class="steps timeline">
        {view.steps.map((s) => (
          <li>
            <strong>{tx(v, ...(STEP_LABELS[s.action] ?? [s.action, s.action]))}</strong>
            <span class="muted small block">
              <time datetime={s.at.toISOString()}>{dateTime(v, s.at)}</time>
              {s.actorName ? ` · ${s.actorName}` : ''}
            </span>
            {s.note ? <p class="pre">{s.note}</p> : null}
          </li>
        ))}
      </ol>
    </BackofficeLayout>
  );
};
