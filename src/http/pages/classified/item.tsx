// An opened classified item with its documents, level and grants. Every form works without JavaScript.
import type { Child, FC } from 'hono/jsx';
import type { OpenedItem } from '../../../domain/classified/item-page.js';
import { SECURITY_LEVEL_LABELS } from '../../../domain/classified/items.js';
import { MAX_GRANT_DAYS } from '../../../domain/classified/grants.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { ACCEPT_ATTRIBUTE, ACCEPTED_LABEL, DOCUMENT_KINDS, kindOfMime } from '../../../documents/sniff.js';
import { dateTime } from '../../dates.js';
import { can } from '../../../policies/index.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { fileSize } from '../dip/shared.js';
import { BASE, LevelBadge, levelLabel, levelOptions, Num } from './shared.js';
import { CoverFacts } from './cover.js';

/** Which form of the item page an error or the typed values belong to. */
export type ItemForm = 'level' | 'grant';

const Reading: FC<{ reading: number }> = ({ reading }) => <input type="hidden" name="baca" value={String(reading)} />;

const typeLabel = (mime: string) => {
  const k = kindOfMime(mime);
  return k ? DOCUMENT_KINDS[k].label : mime;
};

const Section: FC<{ id: string; title: string; children?: Child }> = ({ id, title, children }) => (
  <section aria-labelledby={id}>
    <h2 id={id}>{title}</h2>
    {children}
  </section>
);

export const ItemPage: FC<{
  v: View;
  o: OpenedItem;
  form?: ItemForm | undefined;
  errors?: FieldErrors | undefined;
  typed?: Record<string, string> | undefined;
  message?: string | undefined;
}> = ({ v, o, form, errors, typed, message }) => {
  const it = o.item;
  const q = `${BASE}/${it.id}`;
  const title = `${tx(v, 'Informasi', 'Item')} ${it.number}`;
  const val = (f: ItemForm, k: string, d = '') => (form === f ? (typed?.[k] ?? d) : d);
  const errs = (f: ItemForm) => (form === f ? errors : undefined);
  const longDate = (d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={BASE}>{tx(v, '← Register', '← Register')}</a>
      </p>
      <h1 class="wrap-anywhere">
        {tx(v, 'Informasi', 'Item')} <Num n={it.number} />
      </h1>
      <ErrorSummary v={v} errors={errors} message={message} />
      <div class="warn-box">
        <p>
          {tx(v, 'Dibuka dengan alasan: ', 'Opened for: ')}
          <strong>{o.reason}</strong>
        </p>
        <p class="small">
          {tx(
            v,
            'Setiap tampilan dan unduhan dicatat di log baca atas nama Anda. Unduhan PDF diberi tanda air berisi nama, email dan waktu.',
            'Every view and download is logged in your name. PDF downloads carry a watermark with your name, email and the time.',
          )}
        </p>
      </div>
      <CoverFacts v={v} number={it.number} level={it.securityLevel} unitName={o.unitName} />

      <Section id="h-content" title={tx(v, 'Isi', 'Content')}>
        <dl class="facts">
          <dt>{tx(v, 'Judul', 'Title')}</dt>
          <dd>{it.title}</dd>
          <dt>{tx(v, 'Uraian', 'Description')}</dt>
          <dd class="pre">{it.description || '–'}</dd>
          <dt>{tx(v, 'Dicatat', 'Recorded')}</dt>
          <dd>{dateTime(v, it.createdAt)}</dd>
          {o.via === 'grant' ? (
            <>
              <dt>{tx(v, 'Akses Anda', 'Your access')}</dt>
              <dd>{tx(v, 'Diberikan kepada Anda oleh unit pemilik (perlu tahu).', 'Given to you by the holding unit (need-to-know).')}</dd>
            </>
          ) : null}
        </dl>
      </Section>

      <Section id="h-docs" title={tx(v, 'Dokumen', 'Documents')}>
        {o.documents.length === 0 ? (
          <p>{tx(v, 'Belum ada dokumen yang dapat Anda buka.', 'No documents you can open yet.')}</p>
        ) : (
          <ul class="bo-plain dip-docs">
            {o.documents.map((d) => (
              <li>
                <span class="dip-doc-name">{d.filename}</span>
                <div class="dip-doc-facts">
                  <LevelBadge v={v} level={d.level} />
                  <span>{typeLabel(d.mime)}</span>
                  <span>{fileSize(v, d.size)}</span>
                  <form method="post" action={`${q}/dokumen/${d.id}/unduh`} class="inline-form">
                    <Csrf v={v} />
                    <Reading reading={o.reading} />
                    <button type="submit" class="link-button">
                      {tx(v, 'Unduh', 'Download')}
                      <span class="vh"> {d.filename}</span>
                    </button>
                  </form>
                  {d.mime === 'application/pdf' && can(v.actor, 'redaction.manage') ? (
                    <a href={`/admin/penghitaman/dokumen/${d.id}`}>
                      {tx(v, 'Buat salinan untuk dirilis (penghitaman)', 'Make a copy for release (redaction)')}
                      <span class="vh"> {d.filename}</span>
                    </a>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        <form method="post" action={`${q}/dokumen?baca=${o.reading}`} enctype="multipart/form-data" class="card dip-upload cls-card">
          <Csrf v={v} />
          <h3>{tx(v, 'Tambah dokumen', 'Add a document')}</h3>
          <Select
            name="level"
            label={tx(v, 'Klasifikasi dokumen', 'Document level')}
            hint={tx(v, 'Paling rendah setingkat informasinya, paling tinggi setingkat izin akses Anda.', 'At least the item’s level, at most your clearance.')}
            value={it.securityLevel}
            options={levelOptions(v, o.uploadLevels)}
          />
          <div class="field">
            <label for="f-file">{tx(v, 'Berkas', 'File')}</label>
            <p class="hint" id="h-file">
              {tx(
                v,
                `${ACCEPTED_LABEL}. Berkas dienkripsi sebelum disimpan. PDF yang dilindungi kata sandi tidak diterima.`,
                `${ACCEPTED_LABEL}. Files are encrypted before they are stored. Password-protected PDFs are not accepted.`,
              )}
            </p>
            <input id="f-file" type="file" name="file" accept={ACCEPT_ATTRIBUTE} aria-describedby="h-file" />
          </div>
          <button type="submit" class="secondary">
            {tx(v, 'Unggah', 'Upload')}
          </button>
        </form>
      </Section>

      <Section id="h-decisions" title={tx(v, 'Penetapan tingkat klasifikasi', 'Security-level decisions')}>
        {o.decisions.length === 0 ? (
          <p>{tx(v, 'Belum ada penetapan tingkat klasifikasi untuk informasi ini.', 'No security-level decision has been recorded for this item yet.')}</p>
        ) : (
          <ol class="plain-list">
            {o.decisions.map((d, i) => (
              <li class="card cls-card">
                <p>
                  <strong>
                    <Num n={d.number} />
                  </strong>{' '}
                  · {longDate(d.decisionDate)} · {levelLabel(v, d.level)}
                  {i === o.decisions.length - 1 ? ` · ${tx(v, 'berlaku', 'in force')}` : ''}
                </p>
                <p class="small">
                  {tx(v, 'Masa klasifikasi', 'Classification period')}: {longDate(d.periodStart)} –{' '}
                  {d.periodEnd ? longDate(d.periodEnd) : tx(v, 'sampai ditetapkan lain', 'until decided otherwise')}
                  {d.reviewOn
                    ? ` · ${d.nextLevel ? tx(v, `diturunkan menjadi ${levelLabel(v, d.nextLevel)}`, `lowered to ${levelLabel(v, d.nextLevel)}`) : tx(v, 'dibuka', 'opened')} ${longDate(d.reviewOn)}`
                    : ''}
                  {' · '}
                  {d.signerName}
                  {d.signerNip ? `, NIP ${d.signerNip}` : ''}
                </p>
                <form method="post" action={`${q}/penetapan-tingkat/${d.id}/unduh`}>
                  <Csrf v={v} />
                  <Reading reading={o.reading} />
                  <button type="submit" class="secondary">
                    {tx(v, `Unduh surat ${d.number} (PDF)`, `Download letter ${d.number} (PDF)`)}
                  </button>
                </form>
              </li>
            ))}
          </ol>
        )}
      </Section>

      {o.may.changeLevel ? (
        <section aria-labelledby="h-level" class="card cls-card">
          <h2 id="h-level">{tx(v, 'Tetapkan tingkat klasifikasi', 'Decide the level')}</h2>
          <p class="small">
            {tx(
              v,
              'Setiap penetapan diberi nomor dan surat, dan disimpan dalam riwayat informasi ini; perubahan tingkat adalah penetapan baru. Menaikkan tingkat juga menaikkan dokumen yang lebih rendah. Menurunkan tingkat membuka informasi bagi lebih banyak petugas: centang pernyataan dan tuliskan alasannya. Alasan dicatat di log audit, yang juga dibaca petugas tanpa izin akses: jangan menuliskan isi informasi.',
              'Each decision gets a number and a letter and is kept in this item’s history; a change of level is a new decision. Raising the level raises lower documents too. Lowering it opens the item to more officers: tick the statement and give the reason. The reason goes into the audit log, which officers without clearance read too: do not write the content.',
            )}
          </p>
          <form method="post" action={`${q}/tingkat`} novalidate class="form">
            <Csrf v={v} />
            <Reading reading={o.reading} />
            <Select
              name="newLevel"
              label={tx(v, 'Tingkat yang ditetapkan', 'Level decided')}
              value={val('level', 'newLevel', it.securityLevel)}
              options={levelOptions(v, o.levelChoices)}
              errors={errs('level')}
            />
            <TextArea
              name="legalBasis"
              label={tx(v, 'Dasar hukum', 'Legal basis')}
              hint={tx(
                v,
                'Mis. UU No. 14 Tahun 2008 Pasal 17 huruf c dan peraturan klasifikasi yang berlaku.',
                'E.g. Law 14/2008 Art. 17(c) and the applicable classification rules.',
              )}
              value={val('level', 'legalBasis')}
              errors={errs('level')}
              rows={2}
              maxlength={500}
            />
            <Input
              name="periodStart"
              type="date"
              label={tx(v, 'Awal masa klasifikasi', 'Start of the classification period')}
              value={val('level', 'periodStart', o.today)}
              errors={errs('level')}
            />
            <Input
              name="periodEnd"
              type="date"
              label={`${tx(v, 'Akhir masa klasifikasi', 'End of the classification period')} ${tx(v, '(opsional)', '(optional)')}`}
              value={val('level', 'periodEnd')}
              errors={errs('level')}
            />
            <Input
              name="reviewOn"
              type="date"
              label={`${tx(v, 'Tanggal diturunkan atau dibuka', 'Date of lowering or opening')} ${tx(v, '(opsional)', '(optional)')}`}
              value={val('level', 'reviewOn')}
              errors={errs('level')}
            />
            <Select
              name="nextLevel"
              label={tx(v, 'Pada tanggal itu', 'On that date')}
              value={val('level', 'nextLevel', 'terbuka')}
              options={[
                { value: 'terbuka', label: tx(v, 'Dibuka (tidak lagi diklasifikasikan)', 'Opened (no longer classified)') },
                ...levelOptions(v, o.levelChoices).map((x) => ({ ...x, label: `${tx(v, 'Diturunkan menjadi', 'Lowered to')} ${x.label}` })),
              ]}
              errors={errs('level')}
            />
            <TextArea
              name="levelReason"
              label={tx(v, 'Alasan perubahan (wajib bila menurunkan)', 'Reason for the change (required when lowering)')}
              value={val('level', 'levelReason')}
              errors={errs('level')}
              rows={2}
              maxlength={500}
            />
            <Checkbox
              name="confirmLower"
              label={tx(v, 'Saya menurunkan tingkat klasifikasi dengan sengaja', 'I am lowering the level on purpose')}
              checked={val('level', 'confirmLower') === '1'}
            />
            {errs('level')?.confirmLower ? (
              <p class="error" id="e-confirmLower">
                {errs('level')!.confirmLower}
              </p>
            ) : null}
            <Actions>
              <button type="submit" class="secondary">
                {tx(v, 'Tetapkan tingkat', 'Decide the level')}
              </button>
            </Actions>
          </form>
        </section>
      ) : null}

      {o.grants ? (
        <Section id="h-grants" title={tx(v, 'Akses perlu-tahu di luar unit', 'Need-to-know outside the unit')}>
          {o.grants.length === 0 ? (
            <p>{tx(v, 'Belum ada akses yang diberikan.', 'No access given yet.')}</p>
          ) : (
            <ul class="plain-list">
              {o.grants.map((g) => (
                <li class="card cls-card">
                  <p>
                    <strong>{g.userName}</strong>
                    {g.unitName ? ` · ${g.unitName}` : ''}{' '}
                    <span class={`dip-status ${g.active ? 'dip-status-published' : 'dip-status-draft'}`}>
                      {g.active ? tx(v, 'Berlaku', 'In force') : g.revokedAt ? tx(v, 'Dicabut', 'Revoked') : tx(v, 'Berakhir', 'Ended')}
                    </span>
                  </p>
                  <dl class="facts">
                    <dt>{tx(v, 'Alasan', 'Reason')}</dt>
                    <dd class="pre">{g.reason}</dd>
                    <dt>{tx(v, 'Diberikan', 'Given')}</dt>
                    <dd>
                      {dateTime(v, g.grantedAt)}
                      {g.grantedBy ? ` · ${g.grantedBy}` : ''}
                    </dd>
                    <dt>{tx(v, 'Berlaku sampai dengan', 'In force up to and including')}</dt>
                    <dd>{longDate(g.until)}</dd>
                    {g.revokedAt ? (
                      <>
                        <dt>{tx(v, 'Dicabut', 'Revoked')}</dt>
                        <dd>
                          {dateTime(v, g.revokedAt)}
                          {g.revokedBy ? ` · ${g.revokedBy}` : ''}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  {g.active ? (
                    <form method="post" action={`${q}/akses/${g.id}/cabut`} class="inline-form">
                      <Csrf v={v} />
                      <Reading reading={o.reading} />
                      <button type="submit" class="secondary">
                        {tx(v, 'Cabut akses', 'Revoke access')}
                        <span class="vh"> {g.userName}</span>
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <section aria-labelledby="h-grant" class="card cls-card">
            <h3 id="h-grant">{tx(v, 'Beri akses kepada petugas lain', 'Give access to another officer')}</h3>
            {o.candidates.length === 0 ? (
              <p>
                {tx(
                  v,
                  `Tidak ada petugas di luar unit ini yang izin aksesnya setingkat ${SECURITY_LEVEL_LABELS[it.securityLevel].id} atau lebih. Izin akses diatur oleh Atasan PPID.`,
                  `No officer outside this unit is cleared for ${SECURITY_LEVEL_LABELS[it.securityLevel].en} or higher. Clearances are set by the Atasan PPID.`,
                )}
              </p>
            ) : (
              <form method="post" action={`${q}/akses`} novalidate class="form">
                <Csrf v={v} />
                <Reading reading={o.reading} />
                <Select
                  name="userId"
                  label={tx(v, 'Petugas', 'Officer')}
                  hint={tx(v, 'Hanya petugas yang izin aksesnya cukup untuk tingkat informasi ini.', 'Only officers cleared for this item’s level.')}
                  value={val('grant', 'userId')}
                  options={[
                    { value: '', label: tx(v, '– pilih petugas –', '– choose an officer –') },
                    ...o.candidates.map((c) => ({ value: c.id, label: c.unitName ? `${c.name} (${c.unitName})` : c.name })),
                  ]}
                  errors={errs('grant')}
                />
                <TextArea
                  name="grantReason"
                  label={tx(v, 'Mengapa petugas ini perlu tahu', 'Why this officer needs to know')}
                  value={val('grant', 'grantReason')}
                  errors={errs('grant')}
                  rows={2}
                  required
                  maxlength={500}
                />
                <Input
                  name="until"
                  type="date"
                  label={tx(v, 'Berlaku sampai dengan tanggal', 'In force up to and including')}
                  hint={tx(
                    v,
                    `Paling lama ${MAX_GRANT_DAYS} hari: ${longDate(o.today)} sampai ${longDate(o.lastGrantDate)}. Format TTTT-BB-HH.`,
                    `At most ${MAX_GRANT_DAYS} days: ${longDate(o.today)} to ${longDate(o.lastGrantDate)}. Format YYYY-MM-DD.`,
                  )}
                  value={val('grant', 'until')}
                  errors={errs('grant')}
                  required
                />
                <Actions>
                  <button type="submit">{tx(v, 'Beri akses', 'Give access')}</button>
                </Actions>
              </form>
            )}
          </section>
        </Section>
      ) : null}
    </BackofficeLayout>
  );
};
