// "Perlu tindakan Anda" on the back-office home: the actor's work queue by section, most urgent first, and
// for a PPID Pembantu its unit's DIP completeness checklist.
import type { FC } from 'hono/jsx';
import type { UnitMonev } from '../../../domain/dip/monev.js';
import type { WorkQueue, WorkQueueSection } from '../../../domain/work-queue/build-work-queue.js';
import { deadlineWords } from '../../../domain/work-queue/deadline-words.js';
import type { WorkQueueSourceKey } from '../../../policies/work-queue.js';
import { idText, tx, type View } from '../../components/layout.js';

/** Items shown per section on the home page; the section links to its full list. */
export const ITEMS_PER_SECTION = 5;

function sectionLabel(v: View, key: WorkQueueSourceKey, dueSoonDays: number): string {
  switch (key) {
    case 'overdue_requests':
      return tx(v, 'Permohonan melewati tenggat', 'Requests past their deadline');
    case 'due_soon_requests':
      return tx(v, `Permohonan jatuh tempo dalam ${dueSoonDays} hari kerja`, `Requests due within ${dueSoonDays} working days`);
    case 'unit_dispositions':
      return tx(v, 'Disposisi menunggu jawaban unit', "Dispositions waiting for the unit's answer");
    case 'objections':
      return tx(v, 'Keberatan menunggu putusan Atasan PPID', "Objections waiting for the Atasan PPID's decision");
    case 'objection_follow_ups':
      return tx(v, 'Tindak lanjut putusan keberatan', 'Follow-up of objection decisions');
    case 'tests_to_decide':
      return tx(v, 'Uji konsekuensi menunggu keputusan Atasan PPID', "Consequence tests waiting for the Atasan PPID's decision");
    case 'exemption_reviews':
      return tx(v, 'Peninjauan masa pengecualian', 'Exemption period reviews');
    case 'tests_to_review':
      return tx(v, 'Uji konsekuensi menunggu tinjauan PPID Utama', "Consequence tests waiting for the PPID Utama's review");
    case 'dip_reviews':
      return tx(v, 'Entri DIP menunggu tinjauan', 'DIP entries waiting for review');
    case 'dip_returned':
      return tx(v, 'Entri DIP dikembalikan untuk diperbaiki', 'DIP entries returned for correction');
    case 'outbox_failed':
      return tx(v, 'Email yang gagal terkirim', 'Emails that could not be sent');
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
          <a href={s.listHref}>{tx(v, `Lihat semua (${s.count})`, `See all (${s.count})`)}</a>
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
        {tx(v, 'Perlu tindakan Anda', 'Needs your action')} <span class="wq-count">({queue.total})</span>
      </h2>
      {queue.sections.length === 0 ? (
        <p class="wq-empty">
          {tx(
            v,
            'Peran Anda tidak memiliki daftar pekerjaan. Gunakan menu untuk membaca register dan laporan.',
            'Your role has no work list. Use the menu to read the registers and reports.',
          )}
        </p>
      ) : busy.length === 0 ? (
        <p class="wq-empty">
          {tx(
            v,
            'Tidak ada yang menunggu tindakan Anda saat ini. Permohonan yang mendekati tenggat, disposisi, entri DIP dan keputusan yang menunggu akan muncul di sini.',
            'Nothing is waiting for your action right now. Requests near their deadline, dispositions, DIP entries and decisions that wait will appear here.',
          )}
        </p>
      ) : (
        busy.map((s) => <Section v={v} s={s} dueSoonDays={queue.dueSoonWorkingDays} />)
      )}
      {busy.length > 0 && clear.length > 0 ? (
        <p class="wq-clear">
          {tx(v, 'Tidak ada yang menunggu: ', 'Nothing waiting: ')}
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
    <h3 id="wq-checklist">{tx(v, 'Kelengkapan DIP berkala unit Anda', "Your unit's periodic DIP completeness")}</h3>
    <p>
      {unit.completeness === null
        ? tx(v, 'Daftar periksa belum berisi judul aktif.', 'The checklist has no active headings yet.')
        : tx(
            v,
            `${unit.satisfied} dari ${unit.headings.length} judul wajib sudah terpenuhi (${unit.completeness.toLocaleString('id-ID')}%).`,
            `${unit.satisfied} of ${unit.headings.length} required headings are met (${unit.completeness}%).`,
          )}
    </p>
    {unit.missing.length ? (
      <>
        <p>{tx(v, `Belum ada entri publik untuk ${unit.missing.length} judul:`, `No public entry yet for ${unit.missing.length} headings:`)}</p>
        <ul class="wq-list">
          {unit.missing.slice(0, ITEMS_PER_SECTION).map((m) => (
            <li lang={idText(v)}>{m.title}</li>
          ))}
        </ul>
      </>
    ) : null}
    {unit.outdated.length ? (
      <p>
        {tx(v, `${unit.outdated.length} entri berkala sudah kedaluwarsa dan perlu diperbarui.`, `${unit.outdated.length} periodic entries are out of date.`)}
      </p>
    ) : null}
    <p class="wq-more">
      <a href="/admin/monev">{tx(v, 'Lihat daftar periksa lengkap', 'See the full checklist')}</a> ·{' '}
      <a href="/admin/dip/baru">{tx(v, 'Tambah entri DIP', 'Add a DIP entry')}</a>
    </p>
  </section>
);
