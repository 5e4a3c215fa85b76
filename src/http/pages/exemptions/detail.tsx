// One consequence test with its history and the actions of each role. Internal text appears only
// when the page was given it (the domain decides).
import type { FC } from 'hono/jsx';
import { SECURITY_LEVEL_LABELS } from '../../../domain/classified/items.js';
import { beyondLegalMaximum, MAX_YEARS_A_TO_F } from '../../../domain/exemptions/grounds.js';
import { legalBasisText } from '../../../domain/exemptions/input.js';
import type { TestView } from '../../../domain/exemptions/queries.js';
import { dateTime } from '../../dates.js';
import { ErrorSummary, Radios, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, tx, type View } from '../../components/layout.js';
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
    <BackofficeLayout v={v} title={`${tx(v, 'Uji konsekuensi', 'Consequence test')}: ${title}`}>
      <p>
        <a href="/admin/uji-konsekuensi">{tx(v, '← Semua uji konsekuensi', '← All consequence tests')}</a>
      </p>
      <p class="muted">{tx(v, 'Uji konsekuensi', 'Consequence test')}</p>
      <h1>{title}</h1>
      <div class="dip-status-line">
        <StatusBadge v={v} status={t.status} />
        {view.inForce ? <span class="dip-status dip-status-published">{tx(v, 'Berlaku, tampil di DIK', 'In force, on the public register')}</span> : null}
      </div>
      <ErrorSummary v={v} errors={form ? errors : undefined} message={message} />
      {beyondLegalMaximum(t.ground, t.periodStart, t.periodEnd) ? (
        <div class="warn-box" role="note">
          {tx(
            v,
            `Jangka waktu melebihi ${MAX_YEARS_A_TO_F} tahun, batas untuk dasar huruf a–f menurut PP 61/2010.`,
            `The period runs beyond ${MAX_YEARS_A_TO_F} years, the limit for grounds a–f under PP 61/2010.`,
          )}
        </div>
      ) : null}
      {i && (t.status === 'returned' || t.status === 'draft') && i.note ? (
        <div class="warn-box" role="note">
          <strong>{tx(v, 'Catatan: ', 'Note: ')}</strong>
          <span class="pre">{i.note}</span>
        </div>
      ) : null}

      <dl class="facts">
        <dt>{tx(v, 'Nomor penetapan', 'Decision number')}</dt>
        <dd>{t.number ? `${t.number}, ${day(v, t.decisionDate!)}` : tx(v, 'Belum ditetapkan', 'Not decided yet')}</dd>
        <dt>{tx(v, 'Unit pengusul', 'Proposing agency')}</dt>
        <dd>{view.unit.name}</dd>
        <dt>{tx(v, 'Saat pengujian', 'When tested')}</dt>
        <dd>
          {tx(v, MOMENT_LABELS[t.moment][0], MOMENT_LABELS[t.moment][1])}
          {view.request ? (
            <>
              {' · '}
              <a href={`/admin/permohonan/${view.request.id}`}>{view.request.number}</a>
            </>
          ) : null}
        </dd>
        <dt>{tx(v, 'Informasi (register)', 'Information (register)')}</dt>
        <dd>
          {view.item.number} · {SECURITY_LEVEL_LABELS[view.item.securityLevel][v.locale]}
          <span class="muted small block">
            {tx(
              v,
              'Judul, uraian dan dokumennya hanya dapat dibuka di register informasi berklasifikasi, dengan alasan yang dicatat.',
              'Its title, description and documents can only be opened in the register of classified information, with a recorded reason.',
            )}
          </span>
        </dd>
        <dt>{tx(v, 'Dasar pengecualian', 'Exemption ground')}</dt>
        <dd>{groundText(v, t.ground, t.subpoint)}</dd>
        <dt>{tx(v, 'Dasar hukum', 'Legal basis')}</dt>
        <dd>{legalBasisText(t.legalBasis)}</dd>
        <dt>{tx(v, 'Jangka waktu', 'Period')}</dt>
        <dd>{periodText(v, t.periodStart, t.periodEnd)}</dd>
        <dt>{tx(v, 'Hasil', 'Result')}</dt>
        <dd>{t.partial ? tx(v, 'Dikecualikan sebagian', 'Exempt in part') : tx(v, 'Dikecualikan seluruhnya', 'Exempt in full')}</dd>
        {view.supersedes ? (
          <>
            <dt>{tx(v, 'Memperpanjang', 'Extends')}</dt>
            <dd>
              <a href={`/admin/uji-konsekuensi/${view.supersedes.id}`}>{view.supersedes.number}</a>
            </dd>
          </>
        ) : null}
        {view.supersededBy.length ? (
          <>
            <dt>{tx(v, 'Perpanjangan', 'Extension')}</dt>
            <dd>
              {view.supersededBy.map((s) => (
                <a href={`/admin/uji-konsekuensi/${s.id}`}>{s.number ?? tx(v, ...STATUS_LABELS[s.status])}</a>
              ))}
            </dd>
          </>
        ) : null}
        {view.review ? (
          <>
            <dt>{tx(v, 'Peninjauan masa', 'Expiry review')}</dt>
            <dd>
              {view.review.status === 'open'
                ? tx(v, `Terbuka, diputuskan paling lambat ${day(v, view.review.dueDate)}`, `Open, to be decided by ${day(v, view.review.dueDate)}`)
                : view.review.status === 'extended'
                  ? tx(v, 'Diperpanjang', 'Extended')
                  : tx(v, 'Informasi dibuka', 'Information opened')}{' '}
              <a href="/admin/uji-konsekuensi/peninjauan">{tx(v, 'Peninjauan', 'Reviews')}</a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="h-public" class="card">
        <h2 id="h-public">{tx(v, 'Untuk publik (Daftar Informasi yang Dikecualikan)', 'For the public (register of exempt information)')}</h2>
        <dl class="facts">
          <dt>{tx(v, 'Judul', 'Title')}</dt>
          <dd>{t.publicTitle}</dd>
          <dt>{tx(v, 'Ringkasan konsekuensi', 'Summary of the consequence')}</dt>
          <dd class="pre">{t.publicSummary}</dd>
        </dl>
      </section>

      <section aria-labelledby="h-internal">
        <h2 id="h-internal">{tx(v, 'Pengujian konsekuensi (internal)', 'The consequence test (internal)')}</h2>
        {i ? (
          <dl class="facts">
            <dt>{tx(v, 'Informasi yang dikecualikan', 'Information withheld')}</dt>
            <dd class="pre">{i.withheldInformation}</dd>
            <dt>{tx(v, 'Konsekuensi apabila dibuka', 'Consequence if opened')}</dt>
            <dd class="pre">{i.harm}</dd>
            <dt>{tx(v, 'Pertimbangan kepentingan publik', 'Public-interest balance')}</dt>
            <dd class="pre">{i.publicInterest}</dd>
            {t.partial ? (
              <>
                <dt>{tx(v, 'Bagian yang dapat diberikan', 'Part that can be given')}</dt>
                <dd class="pre">{i.releasedPart}</dd>
              </>
            ) : null}
            {i.decisionReasons ? (
              <>
                <dt>{tx(v, 'Pertimbangan Atasan PPID', "The superior's reasons")}</dt>
                <dd class="pre">{i.decisionReasons}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p class="muted">
            {tx(
              v,
              'Isi pengujian menggambarkan informasi yang dikecualikan dan hanya dapat dibaca dengan izin akses (clearance) setingkat klasifikasinya.',
              'The content of the test describes the withheld information and can only be read with a clearance at its level.',
            )}
          </p>
        )}
      </section>

      {t.number ? (
        <section aria-labelledby="h-decision">
          <h2 id="h-decision">{tx(v, 'Penetapan', 'Decision')}</h2>
          <p>
            {t.signerName}
            {t.signerNip ? `, NIP ${t.signerNip}` : ''} · {t.signerPosition} · a.n. {t.onBehalfOf}
          </p>
          {view.may.letter ? (
            <p>
              <a href={`${q}/penetapan.pdf`}>{tx(v, 'Surat penetapan klasifikasi (PDF)', 'Classification decision letter (PDF)')}</a>
            </p>
          ) : null}
        </section>
      ) : null}

      {view.may.edit ? (
        <ActionCard
          v={v}
          id="draft"
          title={tx(v, 'Draf', 'Draft')}
          action={`${q}/ajukan`}
          submit={tx(v, 'Ajukan ke PPID Utama', 'Submit to the lead PPID')}
          intro={
            <>
              <p>
                <a href={`${q}/ubah`}>{tx(v, 'Ubah uji konsekuensi', 'Change the consequence test')}</a>
              </p>
            </>
          }
        >
          <p class="hint">
            {tx(v, 'Setelah diajukan, draf tidak dapat diubah sampai dikembalikan.', 'Once submitted, the draft cannot be changed unless returned.')}
          </p>
        </ActionCard>
      ) : null}

      {view.may.review ? (
        <ActionCard
          v={v}
          id="review"
          title={tx(v, 'Pemeriksaan PPID Utama', 'Review by the lead PPID')}
          action={`${q}/periksa`}
          submit={tx(v, 'Simpan pemeriksaan', 'Save the review')}
        >
          <Radios
            name="action"
            legend={tx(v, 'Tindakan', 'Action')}
            value={typedVal('review', 'action') || 'forward'}
            errors={errs('review')}
            options={[
              { value: 'forward', label: tx(v, 'Teruskan ke Atasan PPID untuk ditetapkan', 'Forward to the superior for decision') },
              { value: 'return', label: tx(v, 'Kembalikan kepada pengusul dengan catatan', 'Return to the drafter with a note') },
            ]}
          />
          <TextArea
            name="note"
            label={tx(v, 'Catatan (wajib bila dikembalikan)', 'Note (required when returning)')}
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
          title={tx(v, 'Penetapan Atasan PPID', "The superior's decision")}
          action={`${q}/putusan`}
          submit={tx(v, 'Simpan keputusan', 'Save the decision')}
          intro={
            <>
              <p class="hint">
                {tx(
                  v,
                  'Dengan menyetujui, Anda menetapkan klasifikasi informasi yang dikecualikan atas nama pimpinan badan publik (Perki 1/2017 Pasal 4 ayat (3)); nomor dan surat penetapan dibuat otomatis.',
                  'By approving you decide the exemption on behalf of the head of the body (Perki 1/2017 Art. 4(3)); the number and the decision letter are produced.',
                )}
              </p>
            </>
          }
        >
          <Radios
            name="decision"
            legend={tx(v, 'Keputusan', 'Decision')}
            value={typedVal('decide', 'decision')}
            errors={errs('decide')}
            options={[
              { value: 'setujui', label: tx(v, 'Setujui dan tetapkan', 'Approve and decide') },
              { value: 'tolak', label: tx(v, 'Tolak: informasi tidak dikecualikan', 'Reject: the information is not exempt') },
              { value: 'kembalikan', label: tx(v, 'Kembalikan untuk diperbaiki', 'Return for changes') },
            ]}
          />
          <TextArea
            name="reasons"
            label={tx(v, 'Alasan (wajib bila ditolak atau dikembalikan)', 'Reasons (required when rejecting or returning)')}
            value={typedVal('decide', 'reasons')}
            errors={errs('decide')}
            rows={3}
          />
        </ActionCard>
      ) : null}

      <h2>{tx(v, 'Riwayat', 'History')}</h2>
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
