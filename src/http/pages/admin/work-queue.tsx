// "Perlu tindakan Anda" on the back-office home: the actor's work queue by section, most urgent first, and
// for a PPID Pembantu its unit's DIP completeness checklist.
import type { FC } from 'hono/jsx';
import type { UnitMonev } from '../../../domain/dip/monev.js';
import type { WorkQueue, WorkQueueSection } from '../../../domain/work-queue/build-work-queue.js';
import { deadlineWords } from '../../../domain/work-queue/deadline-words.js';
import type { WorkQueueSourceKey } from '../../../policies/work-queue.js';
import { idText, tx, type View, tm } from '../../components/layout.js';

/** Items shown per section on the home page; the section links to its full list. */
export const ITEMS_PER_SECTION = 5;

function sectionLabel(v: View, key: WorkQueueSourceKey, dueSoonDays: number): string {
  switch (key) {
    case 'overdue_requests':
      return tm(v, 'admin.work-queue.requests_past_their_deadline');
    case 'due_soon_requests':
      return tm(v, 'admin.work-queue.requests_due_within_working_days', { dueSoonDays });
    case 'unit_dispositions':
      return tm(v, 'admin.work-queue.dispositions_waiting_unit_s_answer');
    case 'objections':
      return tm(v, 'admin.work-queue.objections_waiting_atasan_ppid_s');
    case 'objection_follow_ups':
      return tm(v, 'admin.work-queue.follow_up_objection_decisions');
    case 'tests_to_decide':
      return tm(v, 'admin.work-queue.consequence_tests_waiting_atasan_ppid');
    case 'exemption_reviews':
      return tm(v, 'admin.work-queue.exemption_period_reviews');
    case 'tests_to_review':
      return tm(v, 'admin.work-queue.consequence_tests_waiting_ppid_utama');
    case 'dip_reviews':
      return tm(v, 'admin.work-queue.dip_entries_waiting_review');
    case 'dip_returned':
      return tm(v, 'admin.work-queue.dip_entries_returned_correction');
    case 'outbox_failed':
      return tm(v, 'admin.work-queue.emails_could_not_sent');
  }
}

const Section: FC<{ v: View; s: WorkQueueSection; dueSoonDays: number }> = ({ v, s, dueSoonDays }) => {
  const id = `wq-${s.key}`;
  return (
    <section class="wq-section" aria-labelledby={id}>
      <h3 id={id}>
        {sectionLabel(v, s.key, dueSoonDays)} <span class="wq-count">({s.count})</span>
      </h3>
      <ol class="wq-list">
        {s.items.slice(0, ITEMS_PER_SECTION).map((i) => (
          <li>
            <a href={i.href} lang={idText(v)}>
              {i.title}
            </a>{' '}
            <span class={`wq-when wq-${i.when.kind}`}>{deadlineWords(i.when, v.locale)}</span>
            {i.detail ? (
              <span class="wq-detail" lang={idText(v)}>
                {i.detail}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {s.count > ITEMS_PER_SECTION ? (
        <p class="wq-more">
          <a href={s.listHref}>{tm(v, 'admin.work-queue.see_all', { sCount: s.count })}</a>
        </p>
      ) : null}
    </section>
  );
};

export const WorkQueuePanel: FC<{ v: View; queue: WorkQueue; checklist?: UnitMonev | null }> = ({ v, queue, checklist }) => {
  const busy = queue.sections.filter((s) => s.count > 0);
  const clear = queue.sections.filter((s) => s.count === 0);
  return (
    <section class="work-queue" aria-labelledby="wq-title">
      <h2 id="wq-title">
        {tm(v, 'admin.work-queue.needs_your_action')} <span class="wq-count">({queue.total})</span>
      </h2>
      {queue.sections.length === 0 ? (
        <p class="wq-empty">{tm(v, 'admin.work-queue.your_role_has_no_work')}</p>
      ) : busy.length === 0 ? (
        <p class="wq-empty">{tm(v, 'admin.work-queue.nothing_waiting_your_action_right')}</p>
      ) : (
        busy.map((s) => <Section v={v} s={s} dueSoonDays={queue.dueSoonWorkingDays} />)
      )}
      {busy.length > 0 && clear.length > 0 ? (
        <p class="wq-clear">
          {tm(v, 'admin.work-queue.nothing_waiting')}
          {clear.map((s) => sectionLabel(v, s.key, queue.dueSoonWorkingDays)).join('; ')}.
        </p>
      ) : null}
      {checklist ? <UnitChecklist v={v} unit={checklist} /> : null}
    </section>
  );
};

/** The unit's berkala checklist (monev): completeness and the headings still without a public entry. */
const UnitChecklist: FC<{ v: View; unit: UnitMonev }> = ({ v, unit }) => (
  <section class="wq-section" aria-labelledby="wq-checklist">
    <h3 id="wq-checklist">{tm(v, 'admin.work-queue.your_unit_s_periodic_dip')}</h3>
    <p>
      {unit.completeness === null
        ? tm(v, 'admin.work-queue.checklist_has_no_active_headings')
        : tx(
            v,
            `${unit.satisfied} dari ${unit.headings.length} judul wajib sudah terpenuhi (${unit.completeness.toLocaleString('id-ID')}%).`,
            `${unit.satisfied} of ${unit.headings.length} required headings are met (${unit.completeness}%).`,
          )}
    </p>
    {unit.missing.length ? (
      <>
        <p>{tm(v, 'admin.work-queue.no_public_entry_yet_headings', { unitMissingLength: unit.missing.length })}</p>
        <ul class="wq-list">
          {unit.missing.slice(0, ITEMS_PER_SECTION).map((m) => (
            <li lang={idText(v)}>{m.title}</li>
          ))}
        </ul>
      </>
    ) : null}
    {unit.outdated.length ? <p>{tm(v, 'admin.work-queue.periodic_entries_are_out_date', { unitOutdatedLength: unit.outdated.length })}</p> : null}
    <p class="wq-more">
      <a href="/admin/monev">{tm(v, 'admin.work-queue.see_full_checklist')}</a> · <a href="/admin/dip/baru">{tm(v, 'admin.work-queue.add_dip_entry')}</a>
    </p>
  </section>
);
