// Back-office pages of the classified-information register: the list (only what the reader may read),
// recording an item, the item's cover (the reason for opening is asked first), the opened item with its
// documents, level and grants, the read log and the clearances. Every form works without JavaScript.
import type { Child, FC } from 'hono/jsx';
import { CLEARANCES, type Clearance, type SecurityLevel } from '../../../db/schema/index.js';
import { clearanceRank } from '../../../policies/classification.js';
import type { AccessLogFilter, AccessLogRow } from '../../../domain/classified/access-log.js';
import { CLEARANCE_LABELS, type ClearanceRow } from '../../../domain/classified/clearances.js';
import type { ItemCover, OpenedItem } from '../../../domain/classified/item-page.js';
import { READING_MINUTES } from '../../../domain/classified/item-page.js';
import { SECURITY_LEVEL_LABELS, type ItemRow } from '../../../domain/classified/items.js';
import { MAX_GRANT_DAYS } from '../../../domain/classified/grants.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { ACCEPT_ATTRIBUTE, ACCEPTED_LABEL, DOCUMENT_KINDS, kindOfMime } from '../../../documents/sniff.js';
import { formatDateTime } from '../../../i18n/index.js';
import { can } from '../../../policies/index.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { fileSize } from '../dip/shared.js';

const BASE = '/admin/informasi';

/** The level as a labelled badge: the words carry it, the border style repeats it (never colour alone). */
export const LevelBadge: FC<{ v: View; level: SecurityLevel }> = ({ v, level }) => (
  <span class={`level-badge level-${level}`}>
    <span class="vh">{tx(v, 'Klasifikasi: ', 'Classification: ')}</span>
    {SECURITY_LEVEL_LABELS[level][v.locale]}
  </span>
);

/** A register number that may break after its slashes on a narrow screen. */
const Num: FC<{ n: string }> = ({ n }) => (
  <>
    {n.split('/').map((part, i, all) => (
      <>
        {part}
        {i < all.length - 1 ? (
          <>
            /<wbr />
          </>
        ) : null}
      </>
    ))}
  </>
);

const levelOptions = (v: View, levels: readonly SecurityLevel[]) => levels.map((l) => ({ value: l, label: SECURITY_LEVEL_LABELS[l][v.locale] }));
const levelLabel = (v: View, l: SecurityLevel) => SECURITY_LEVEL_LABELS[l][v.locale];

/** Links between the register's pages, for the roles that have them. */
const SubNav: FC<{ v: View; current: 'list' | 'log' | 'clearances' }> = ({ v, current }) => {
  const links: [string, 'list' | 'log' | 'clearances', string][] = [[BASE, 'list', tx(v, 'Register', 'Register')]];
  if (can(v.actor, 'classified.access_log')) links.push([`${BASE}/log`, 'log', tx(v, 'Log baca', 'Read log')]);
  if (can(v.actor, 'clearance.manage')) links.push([`${BASE}/izin-akses`, 'clearances', tx(v, 'Izin akses petugas', 'Staff clearances')]);
  if (links.length < 2) return null;
  return (
    <nav aria-label={tx(v, 'Halaman register informasi berklasifikasi', 'Classified register pages')}>
      <ul class="inline-list">
        {links.map(([href, key, label]) => (
          <li>
            <a href={href} aria-current={current === key ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
};

const ownClearance = (v: View): Clearance => (v.actor.kind === 'user' ? v.actor.clearance : 'none');

// --- the register ----------------------------------------------------------------------------------------

export const ClassifiedListPage: FC<{ v: View; rows: ItemRow[]; q: string; limit: number }> = ({ v, rows, q, limit }) => {
  const title = tx(v, 'Informasi berklasifikasi', 'Classified information');
  const clearance = ownClearance(v);
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <SubNav v={v} current="list" />
      <p class="lead">
        {tx(
          v,
          'Informasi yang tidak terbuka untuk umum. Anda hanya melihat informasi unit Anda atau yang aksesnya diberikan kepada Anda, setingkat izin akses Anda. Setiap pembukaan dicatat bersama alasannya.',
          'Information that is not open to the public. You see only your unit’s items, or those you were given access to, up to your clearance. Every opening is logged with its reason.',
        )}
      </p>
      <p>
        {tx(v, 'Izin akses (clearance) Anda: ', 'Your clearance: ')}
        <strong>{CLEARANCE_LABELS[clearance][v.locale]}</strong>
      </p>
      {can(v.actor, 'classified.create') ? (
        <p>
          <a href={`${BASE}/baru`} class="button">
            {tx(v, 'Catat informasi baru', 'Record new information')}
          </a>
        </p>
      ) : null}
      <form method="get" action={BASE} class="filters" role="search" aria-label={tx(v, 'Cari di register', 'Search the register')}>
        <Input name="q" type="search" label={tx(v, 'Cari judul, uraian atau nomor', 'Search title, description or number')} value={q} maxlength={200} />
        <Actions>
          <button type="submit" class="secondary">
            {tx(v, 'Cari', 'Search')}
          </button>
        </Actions>
      </form>
      <p role="status">
        {q
          ? tx(v, `${rows.length} informasi cocok dengan “${q}”.`, `${rows.length} items match “${q}”.`)
          : tx(v, `${rows.length} informasi dapat Anda buka.`, `${rows.length} items you can open.`)}
        {rows.length >= limit
          ? tx(v, ` Hanya ${limit} terbaru yang ditampilkan; persempit pencarian.`, ` Only the newest ${limit} are shown; narrow the search.`)
          : ''}
      </p>
      {rows.length ? (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Nomor', 'Number')}</th>
                <th scope="col">{tx(v, 'Judul', 'Title')}</th>
                <th scope="col">{tx(v, 'Klasifikasi', 'Level')}</th>
                <th scope="col">{tx(v, 'Unit', 'Unit')}</th>
                <th scope="col">{tx(v, 'Dicatat', 'Recorded')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a href={`${BASE}/${r.id}`}>{r.number}</a>
                  </td>
                  <td data-label={tx(v, 'Judul', 'Title')}>{r.title}</td>
                  <td data-label={tx(v, 'Klasifikasi', 'Level')}>
                    <LevelBadge v={v} level={r.securityLevel} />
                  </td>
                  <td data-label={tx(v, 'Unit', 'Unit')}>
                    {r.unitName}
                    {r.via === 'grant' ? <span class="muted small block">{tx(v, 'akses diberikan kepada Anda', 'access given to you')}</span> : null}
                  </td>
                  <td data-label={tx(v, 'Dicatat', 'Recorded')}>{formatDateTime(v.locale, r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </BackofficeLayout>
  );
};

export type ItemFormValues = { title: string; description: string; securityLevel: string };

export const ItemFormPage: FC<{ v: View; values: ItemFormValues; levels: SecurityLevel[]; errors?: FieldErrors | undefined }> = ({
  v,
  values,
  levels,
  errors,
}) => {
  const title = tx(v, 'Catat informasi baru', 'Record new information');
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={BASE}>{tx(v, '← Register', '← Register')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} />
      <p>
        {tx(
          v,
          'Informasi dicatat untuk unit Anda. Tingkat klasifikasi paling tinggi setingkat izin akses Anda. Judul dan uraian hanya dapat dibaca petugas yang berhak dan tidak pernah tampil di portal.',
          'The item is recorded for your unit. Its level can be at most your clearance. The title and description can be read only by officers entitled to them and never appear on the portal.',
        )}
      </p>
      {levels.length === 0 ? (
        <div class="warn-box">
          <p>
            {tx(
              v,
              'Anda belum memiliki izin akses (clearance), sehingga belum dapat mencatat informasi berklasifikasi. Izin akses diberikan oleh Atasan PPID.',
              'You have no clearance yet, so you cannot record classified information. Clearances are given by the Atasan PPID.',
            )}
          </p>
        </div>
      ) : null}
      <form method="post" action={BASE} novalidate class="form">
        <Csrf v={v} />
        <Input name="title" label={tx(v, 'Judul informasi', 'Title')} value={values.title} errors={errors} required maxlength={300} />
        <TextArea
          name="description"
          label={tx(v, 'Uraian (boleh dikosongkan)', 'Description (optional)')}
          value={values.description}
          errors={errors}
          rows={5}
          maxlength={10000}
        />
        <Select
          name="securityLevel"
          label={tx(v, 'Tingkat klasifikasi keamanan', 'Security level')}
          hint={tx(v, 'Biasa < Terbatas < Rahasia < Sangat Rahasia.', 'Ordinary < Restricted < Secret < Top secret.')}
          value={values.securityLevel}
          options={[{ value: '', label: tx(v, '– pilih –', '– choose –') }, ...levelOptions(v, levels)]}
          errors={errors}
        />
        <Actions>
          <button type="submit">{tx(v, 'Catat', 'Record')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};

// --- one item ----------------------------------------------------------------------------------------------

const CoverFacts: FC<{ v: View; number: string; level: SecurityLevel; unitName: string }> = ({ v, number, level, unitName }) => (
  <dl class="facts">
    <dt>{tx(v, 'Nomor', 'Number')}</dt>
    <dd>{number}</dd>
    <dt>{tx(v, 'Klasifikasi', 'Level')}</dt>
    <dd>
      <LevelBadge v={v} level={level} />
    </dd>
    <dt>{tx(v, 'Unit pemilik', 'Holding unit')}</dt>
    <dd>{unitName}</dd>
  </dl>
);

/** The reason form, before anything of the content is shown. */
export const ItemCoverPage: FC<{ v: View; cover: ItemCover; reason?: string; errors?: FieldErrors | undefined; message?: string | undefined }> = ({
  v,
  cover,
  reason,
  errors,
  message,
}) => {
  const title = `${tx(v, 'Informasi', 'Item')} ${cover.number}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={BASE}>{tx(v, '← Register', '← Register')}</a>
      </p>
      <h1 class="wrap-anywhere">
        {tx(v, 'Informasi', 'Item')} <Num n={cover.number} />
      </h1>
      <ErrorSummary v={v} errors={errors} message={message} />
      <CoverFacts v={v} number={cover.number} level={cover.level} unitName={cover.unitName} />
      <section aria-labelledby="h-open" class="card cls-card">
        <h2 id="h-open">{tx(v, 'Alasan membuka', 'Reason for opening')}</h2>
        <p>
          {tx(
            v,
            `Isi informasi ini baru ditampilkan setelah Anda menuliskan alasan membukanya. Alasan, nama Anda dan waktunya dicatat di log baca; alasan berlaku untuk tampilan dan unduhan selama ${READING_MINUTES} menit.`,
            `The content is shown once you give your reason for opening it. The reason, your name and the time are kept in the read log; the reason covers views and downloads for ${READING_MINUTES} minutes.`,
          )}
        </p>
        <form method="post" action={`${BASE}/${cover.id}/buka`} novalidate class="form">
          <Csrf v={v} />
          <TextArea
            name="reason"
            label={tx(v, 'Alasan membuka informasi ini', 'Your reason for opening this item')}
            hint={tx(
              v,
              'Mis. “Menyiapkan uji konsekuensi atas permohonan 012/PPID/III/2026”.',
              'E.g. “Preparing the consequence test for request 012/PPID/III/2026”.',
            )}
            value={reason ?? ''}
            errors={errors}
            rows={2}
            required
            maxlength={500}
          />
          <Actions>
            <button type="submit">{tx(v, 'Buka informasi', 'Open the item')}</button>
          </Actions>
        </form>
      </section>
    </BackofficeLayout>
  );
};

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
          <dd>{formatDateTime(v.locale, it.createdAt)}</dd>
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
                      {formatDateTime(v.locale, g.grantedAt)}
                      {g.grantedBy ? ` · ${g.grantedBy}` : ''}
                    </dd>
                    <dt>{tx(v, 'Berlaku sampai dengan', 'In force up to and including')}</dt>
                    <dd>{longDate(g.until)}</dd>
                    {g.revokedAt ? (
                      <>
                        <dt>{tx(v, 'Dicabut', 'Revoked')}</dt>
                        <dd>
                          {formatDateTime(v.locale, g.revokedAt)}
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

export const ClassifiedErrorPage: FC<{ v: View; back: string; message: string }> = ({ v, back, message }) => (
  <BackofficeLayout v={v} title={tx(v, 'Dokumen tidak dapat diproses', 'The document could not be processed')}>
    <h1>{tx(v, 'Dokumen tidak dapat diproses', 'The document could not be processed')}</h1>
    <div class="error-summary" role="alert">
      <p>{message}</p>
    </div>
    <p>
      <a href={back}>{tx(v, 'Kembali ke informasi', 'Back to the item')}</a>
    </p>
  </BackofficeLayout>
);

// --- the read log ---------------------------------------------------------------------------------------------

const ACTION_LABELS: Record<AccessLogRow['action'], [string, string]> = {
  view: ['Melihat', 'Viewed'],
  download: ['Mengunduh', 'Downloaded'],
  denied: ['Ditolak', 'Refused'],
};

export const AccessLogPage: FC<{ v: View; rows: AccessLogRow[]; filter: AccessLogFilter; nextHref: string | null }> = ({ v, rows, filter, nextHref }) => {
  const title = tx(v, 'Log baca informasi berklasifikasi', 'Classified information read log');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <SubNav v={v} current="log" />
      <p class="lead">
        {tx(
          v,
          'Setiap tampilan, unduhan dan penolakan, dengan pembaca dan alasannya. Informasi disebut dengan nomornya saja. Log ini tidak dapat diubah atau dihapus.',
          'Every view, download and refusal, with the reader and their reason. Items appear by number only. This log cannot be changed or deleted.',
        )}
      </p>
      <form method="get" action={`${BASE}/log`} class="filters" role="search" aria-label={tx(v, 'Saring log baca', 'Filter the read log')}>
        <Input name="number" label={tx(v, 'Nomor informasi', 'Item number')} value={filter.number ?? ''} maxlength={100} />
        <Input name="reader" label={tx(v, 'Pembaca (nama atau email)', 'Reader (name or email)')} value={filter.reader ?? ''} maxlength={200} />
        <Select
          name="action"
          label={tx(v, 'Tindakan', 'Action')}
          value={filter.action ?? ''}
          options={[{ value: '', label: tx(v, 'Semua', 'All') }, ...Object.entries(ACTION_LABELS).map(([k, l]) => ({ value: k, label: tx(v, ...l) }))]}
        />
        <Input name="from" type="date" label={tx(v, 'Dari tanggal', 'From')} value={filter.from ?? ''} />
        <Input name="to" type="date" label={tx(v, 'Sampai tanggal', 'To')} value={filter.to ?? ''} />
        <Actions>
          <button type="submit" class="secondary">
            {v.t('common.filter')}
          </button>
        </Actions>
      </form>
      {rows.length === 0 ? (
        <p>{tx(v, 'Tidak ada catatan dalam saringan ini.', 'No entries match this filter.')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Waktu', 'Time')}</th>
                <th scope="col">{tx(v, 'Pembaca', 'Reader')}</th>
                <th scope="col">{tx(v, 'Tindakan', 'Action')}</th>
                <th scope="col">{tx(v, 'Nomor informasi', 'Item number')}</th>
                <th scope="col">{tx(v, 'Klasifikasi', 'Level')}</th>
                <th scope="col">{tx(v, 'Alasan', 'Reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <time datetime={r.at.toISOString()}>{formatDateTime(v.locale, r.at)}</time>
                  </td>
                  <td data-label={tx(v, 'Pembaca', 'Reader')}>{r.reader}</td>
                  <td data-label={tx(v, 'Tindakan', 'Action')}>
                    {tx(v, ...ACTION_LABELS[r.action])}
                    {r.document ? tx(v, ' (dokumen)', ' (document)') : ''}
                    {r.viaGrant ? <span class="muted small block">{tx(v, 'dengan akses yang diberikan', 'with a grant')}</span> : null}
                  </td>
                  <td data-label={tx(v, 'Nomor informasi', 'Item number')}>{r.itemNumber ?? '–'}</td>
                  <td data-label={tx(v, 'Klasifikasi', 'Level')}>
                    <LevelBadge v={v} level={r.level} />
                  </td>
                  <td data-label={tx(v, 'Alasan', 'Reason')} class="pre">
                    {r.reason || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref}>{tx(v, 'Catatan yang lebih lama →', 'Older entries →')}</a>
        </p>
      ) : null}
    </BackofficeLayout>
  );
};

// --- clearances --------------------------------------------------------------------------------------------------

const ROLE_NAMES: Record<string, [string, string]> = {
  admin: ['Administrator', 'Administrator'],
  ppid_utama: ['PPID Utama', 'Lead PPID'],
  ppid_pembantu: ['PPID Pembantu', 'Agency PPID'],
  atasan_ppid: ['Atasan PPID', 'PPID superior'],
  viewer: ['Pemantau', 'Viewer'],
};

export const ClearancesPage: FC<{ v: View; rows: ClearanceRow[]; errors?: FieldErrors | undefined; message?: string | undefined }> = ({
  v,
  rows,
  errors,
  message,
}) => {
  const title = tx(v, 'Izin akses (clearance) petugas', 'Staff clearances');
  const mine = ownClearance(v);
  const choices = CLEARANCES.filter((c) => clearanceRank(c) <= clearanceRank(mine));
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <SubNav v={v} current="clearances" />
      <ErrorSummary v={v} errors={errors} message={message} />
      <p class="lead">
        {tx(
          v,
          'Izin akses menentukan tingkat tertinggi yang boleh dibaca seorang petugas, selalu bersama perlu-tahu (unitnya sendiri atau akses yang diberikan). Anda tidak dapat mengubah izin Anda sendiri, memberi izin di atas izin Anda, atau mengubah izin petugas yang lebih tinggi dari Anda. Administrator sistem tidak memerlukan izin akses.',
          'A clearance is the highest level an officer may read, always together with need-to-know (their own unit, or access given). You cannot change your own, give one above yours, or change that of an officer cleared higher than you. System administrators need no clearance.',
        )}
      </p>
      <p>
        {tx(v, 'Izin Anda: ', 'Your clearance: ')}
        <strong>{CLEARANCE_LABELS[mine][v.locale]}</strong>
      </p>
      <ul class="plain-list">
        {rows.map((r) => (
          <li class="card cls-card">
            <p>
              <strong>{r.name}</strong> · {r.email}
              {r.locked ? <span class="muted"> · {tx(v, 'terkunci', 'locked')}</span> : null}
            </p>
            <p class="small">
              {r.roles.map((x) => tx(v, ...(ROLE_NAMES[x] ?? [x, x]))).join(', ')}
              {r.unitName ? ` · ${r.unitName}` : ''}
            </p>
            {r.mayChange ? (
              <form method="post" action={`${BASE}/izin-akses/${r.id}`} class="form inline-clearance">
                <Csrf v={v} />
                <div class="field">
                  <label for={`f-clearance-${r.id}`}>
                    {tx(v, 'Izin akses', 'Clearance')}
                    <span class="vh"> {r.name}</span>
                  </label>
                  <select id={`f-clearance-${r.id}`} name="clearance">
                    {choices.map((c) => (
                      <option value={c} selected={c === r.clearance}>
                        {CLEARANCE_LABELS[c][v.locale]}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" class="secondary">
                  {tx(v, 'Simpan', 'Save')}
                  <span class="vh"> {r.name}</span>
                </button>
              </form>
            ) : (
              <p>
                {tx(v, 'Izin akses: ', 'Clearance: ')}
                <strong>{CLEARANCE_LABELS[r.clearance][v.locale]}</strong>
              </p>
            )}
          </li>
        ))}
      </ul>
    </BackofficeLayout>
  );
};
