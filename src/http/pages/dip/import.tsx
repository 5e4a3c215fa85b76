// Back-office page for importing DIP drafts from a spreadsheet: the form, the list of every problem
// found (nothing saved), and the summary after a successful import.
import type { FC } from 'hono/jsx';
import type { ImportResult } from '../../../domain/dip/import-drafts.js';
import type { ImportIssue } from '../../../domain/dip/import-format.js';
import type { ImportPlan } from '../../../domain/dip/import-plan.js';
import { Actions, Select } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

// Beyond this many, the page lists the first ones and says how many more there are.
const SHOWN_ISSUES = 1000;

export type ImportPageProps = {
  v: View;
  /** Units the officer may import into (a select for the PPID Utama); null when it is the officer's own unit. */
  units: { id: string; name: string }[] | null;
  ownUnitName: string | null;
  unitId: string;
  maxMb: number;
  /** A problem with the form itself (no file, no unit, too large, not xlsx). */
  formError?: { field: 'file' | 'unitId'; message: string } | undefined;
  issues?: ImportIssue[] | undefined;
  filename?: string | undefined;
  results?: ImportResult[] | undefined;
  seconds?: number | undefined;
  /** Rows already in the register (matched by number, or by unit and title): not created again. */
  skipped?: number | undefined;
  /** The preview: what the file would create per unit; `sealed` is the confirm form's plan (absent when rows were rejected). */
  preview?: { plan: ImportPlan; sealed: string | undefined } | undefined;
};

const CAT_LABEL = { berkala: ['Berkala', 'Periodic'], serta_merta: ['Serta-merta', 'Immediate'], setiap_saat: ['Setiap saat', 'At any time'] } as const;
const STATUS_TEXT = {
  new: ['Baru: dibuat sebagai draf', 'New: becomes a draft'],
  same: ['Sudah ada, sama: dilewati', 'Already there, same: skipped'],
  differs: ['Sudah ada, isi berbeda: tidak diubah', 'Already there, differs: not changed'],
} as const;
// The first rows shown in the preview.
const PREVIEW_ROWS = 20;

const Preview: FC<{ v: View; plan: ImportPlan; sealed: string | undefined; filename?: string | undefined }> = ({ v, plan, sealed, filename }) => {
  const create = plan.perUnit.reduce((n, u) => n + u.create, 0);
  const same = plan.perUnit.reduce((n, u) => n + u.same, 0);
  const differs = plan.perUnit.reduce((n, u) => n + u.differs, 0);
  return (
    <section aria-labelledby="preview-title" class="import-preview">
      <h2 id="preview-title">{tx(v, `Pratinjau impor${filename ? ` "${filename}"` : ''}`, `Import preview${filename ? ` "${filename}"` : ''}`)}</h2>
      <p role="status" class="preview-summary">
        {tx(
          v,
          `${create} draf baru untuk ${plan.perUnit.filter((u) => u.create).length} unit; ${same + differs} sudah ada (tidak dibuat lagi); ${plan.rejected.length} baris ditolak.`,
          `${create} new drafts for ${plan.perUnit.filter((u) => u.create).length} agencies; ${same + differs} already there (not created again); ${plan.rejected.length} rows rejected.`,
        )}
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Per unit', 'Per agency')}>
        <table class="table">
          <caption>{tx(v, 'Yang akan dibuat per unit dan kategori', 'What will be created per agency and category')}</caption>
          <thead>
            <tr>
              <th scope="col">{tx(v, 'Unit', 'Agency')}</th>
              {(['berkala', 'serta_merta', 'setiap_saat'] as const).map((k) => (
                <th scope="col">{tx(v, CAT_LABEL[k][0], CAT_LABEL[k][1])}</th>
              ))}
              <th scope="col">{tx(v, 'Draf baru', 'New drafts')}</th>
              <th scope="col">{tx(v, 'Sudah ada (sama)', 'Already there (same)')}</th>
              <th scope="col">{tx(v, 'Sudah ada (berbeda)', 'Already there (differs)')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.perUnit.map((u) => (
              <tr>
                <th scope="row">{u.unitName}</th>
                <td>{u.byCategory.berkala}</td>
                <td>{u.byCategory.serta_merta}</td>
                <td>{u.byCategory.setiap_saat}</td>
                <td>{u.create}</td>
                <td>{u.same}</td>
                <td>{u.differs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.rows.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Baris pertama', 'First rows')}>
          <table class="table">
            <caption>{tx(v, `${Math.min(PREVIEW_ROWS, plan.rows.length)} baris pertama`, `First ${Math.min(PREVIEW_ROWS, plan.rows.length)} rows`)}</caption>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Baris', 'Row')}</th>
                <th scope="col">{tx(v, 'Unit', 'Agency')}</th>
                <th scope="col">{tx(v, 'Judul', 'Title')}</th>
                <th scope="col">{tx(v, 'Kategori', 'Category')}</th>
                <th scope="col">{tx(v, 'Hasil', 'Outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.slice(0, PREVIEW_ROWS).map((r) => (
                <tr>
                  <td>{r.row}</td>
                  <td>{r.unitName}</td>
                  <td>{r.input.title}</td>
                  <td>{tx(v, CAT_LABEL[r.input.category][0], CAT_LABEL[r.input.category][1])}</td>
                  <td>
                    {tx(v, STATUS_TEXT[r.status][0], STATUS_TEXT[r.status][1])}
                    {r.existingNumber ? ` (${r.existingNumber})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {plan.ignored.length ? (
        <p class="hint">
          {tx(v, 'Kolom yang tidak dibaca: ', 'Columns not read: ')}
          {plan.ignored.join(', ')}
        </p>
      ) : null}
      {plan.rejected.length ? (
        <Issues v={v} issues={plan.rejected} filename={filename} />
      ) : sealed ? (
        <form method="post" action="/admin/dip/impor" class="form">
          <Csrf v={v} />
          <input type="hidden" name="step" value="confirm" />
          <input type="hidden" name="plan" value={sealed} />
          <input type="hidden" name="skipped" value={String(same + differs)} />
          <Actions>
            <button type="submit" disabled={create === 0}>
              {tx(v, `Buat ${create} draf`, `Create ${create} drafts`)}
            </button>
            <a href="/admin/dip/impor">{v.t('common.cancel')}</a>
          </Actions>
        </form>
      ) : null}
    </section>
  );
};

const Issues: FC<{ v: View; issues: ImportIssue[]; filename?: string | undefined }> = ({ v, issues, filename }) => {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <div class="error-summary import-issues" role="alert" aria-labelledby="issues-title" tabindex={-1}>
      <h2 id="issues-title">
        {tx(
          v,
          `Berkas ${filename ? `"${filename}" ` : ''}tidak diimpor: ditemukan ${issues.length} kesalahan. Tidak ada data yang disimpan.`,
          `The file ${filename ? `"${filename}" ` : ''}was not imported: ${issues.length} problems were found. Nothing was saved.`,
        )}
      </h2>
      <p>
        {tx(v, 'Perbaiki baris berikut di berkas Anda, lalu unggah lagi seluruh berkas.', 'Fix these rows in your file, then upload the whole file again.')}
      </p>
      <ul class="issue-list">
        {shown.map((i) => (
          <li>{i.message}</li>
        ))}
      </ul>
      {issues.length > shown.length ? (
        <p>
          {tx(
            v,
            `… dan ${issues.length - shown.length} kesalahan lain yang tidak ditampilkan. Perbaiki yang di atas dahulu.`,
            `… and ${issues.length - shown.length} more problems not shown. Fix the ones above first.`,
          )}
        </p>
      ) : null}
    </div>
  );
};

export const DipImportPage: FC<ImportPageProps> = ({
  v,
  units,
  ownUnitName,
  unitId,
  maxMb,
  formError,
  issues,
  filename,
  results,
  seconds,
  skipped,
  preview,
}) => {
  const title = tx(v, 'Impor DIP dari Excel', 'Import the DIP from Excel');
  const fileErr = formError?.field === 'file' ? formError.message : undefined;
  const unitErr = formError?.field === 'unitId' ? formError.message : undefined;
  if (results) {
    const total = results.reduce((n, r) => n + r.count, 0);
    const listHref = results.length === 1 ? `/admin/dip?unitId=${results[0]!.unitId}&status=draft` : '/admin/dip?status=draft';
    return (
      <BackofficeLayout v={v} title={tx(v, 'Impor selesai', 'Import complete')}>
        <h1>{tx(v, 'Impor selesai', 'Import complete')}</h1>
        <div class="notice" role="status">
          {results.map((result) => (
            <p>
              {tx(
                v,
                `${result.count} draf DIP dibuat untuk ${result.unitName}, nomor ${result.firstNumber} sampai ${result.lastNumber}.`,
                `${result.count} DIP drafts were created for ${result.unitName}, numbers ${result.firstNumber} to ${result.lastNumber}.`,
              )}
            </p>
          ))}
          {!results.length ? <p>{tx(v, 'Tidak ada draf baru dibuat.', 'No new drafts were created.')}</p> : null}
          {skipped ? (
            <p>
              {tx(v, `${skipped} baris sudah ada di daftar dan tidak dibuat lagi.`, `${skipped} rows were already in the register and were not created again.`)}
            </p>
          ) : null}
        </div>
        <dl class="facts">
          <dt>{tx(v, 'Berkas', 'File')}</dt>
          <dd>{filename || '–'}</dd>
          <dt>{tx(v, 'Baris diimpor', 'Rows imported')}</dt>
          <dd>{total}</dd>
          <dt>{tx(v, 'Unit', 'Agencies')}</dt>
          <dd>{results.length}</dd>
          <dt>{tx(v, 'Lama proses', 'Time taken')}</dt>
          <dd>{tx(v, `${(seconds ?? 0).toLocaleString('id-ID')} detik`, `${(seconds ?? 0).toLocaleString('en-GB')} seconds`)}</dd>
        </dl>
        <p>
          {tx(
            v,
            'Draf belum tampil di portal. Periksa, lalu ajukan ke PPID Utama untuk diterbitkan.',
            'The drafts are not on the portal yet. Check them, then submit them to the lead PPID for publication.',
          )}
        </p>
        <Actions>
          <a class="button" href={listHref}>
            {tx(v, 'Lihat draf hasil impor', 'See the imported drafts')}
          </a>
          <a href="/admin/dip/impor">{tx(v, 'Impor berkas lain', 'Import another file')}</a>
        </Actions>
      </BackofficeLayout>
    );
  }
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      {preview ? <Preview v={v} plan={preview.plan} sealed={preview.sealed} filename={filename} /> : null}
      {issues?.length ? <Issues v={v} issues={issues} filename={filename} /> : null}
      {formError ? (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
          <h2 id="error-summary-title">{tx(v, 'Berkas belum dapat diimpor', 'The file cannot be imported yet')}</h2>
          <ul>
            <li>
              <a href={`#f-${formError.field}`}>{formError.message}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <p class="lead">
        {tx(
          v,
          'Unggah lembar kerja Excel (.xlsx) berisi daftar informasi publik. Setiap baris menjadi satu draf. Semua baris diperiksa lebih dahulu: bila ada satu saja yang salah, tidak ada yang disimpan dan Anda melihat daftar lengkap kesalahannya.',
          'Upload an Excel workbook (.xlsx) with your public information list. Each row becomes one draft. Every row is checked first: if even one is wrong, nothing is saved and you see the full list of problems.',
        )}
      </p>
      <ol class="steps">
        <li>
          <a href="/admin/dip/templat.xlsx" download>
            {tx(v, 'Unduh templat Excel', 'Download the Excel template')}
          </a>{' '}
          {tx(v, '(berisi petunjuk dan daftar pilihan).', '(with instructions and drop-down lists).')}
        </li>
        <li>{tx(v, 'Isi satu baris untuk setiap informasi; kolom berwarna wajib diisi.', 'Fill in one row per item; the shaded columns are required.')}</li>
        <li>{tx(v, 'Unggah berkas di bawah ini.', 'Upload the file below.')}</li>
      </ol>
      <form method="post" action="/admin/dip/impor" enctype="multipart/form-data" novalidate class="form">
        <Csrf v={v} />
        {units ? (
          <Select
            name="unitId"
            label={tx(v, 'Unit pemilik informasi', 'Agency that holds the information')}
            value={unitId}
            errors={unitErr ? { unitId: unitErr } : undefined}
            options={[{ value: '', label: tx(v, '— pilih unit —', '— choose an agency —') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
        ) : (
          <p>
            <strong>{tx(v, 'Unit', 'Agency')}:</strong> {ownUnitName ?? '–'}
          </p>
        )}
        <div class={`field${fileErr ? ' has-error' : ''}`}>
          <label for="f-file">{tx(v, 'Berkas Excel (.xlsx)', 'Excel file (.xlsx)')}</label>
          <p class="hint" id="h-file">
            {tx(
              v,
              `Maksimal ${maxMb} MB. Templat, ekspor Q-Gesy, atau tabel DIP ala Perki 1/2021 (judul kolom dua baris, baris bagian berkala/serta merta/setiap saat, beberapa unit dalam satu berkas).`,
              `At most ${maxMb} MB. The template, a Q-Gesy export, or a Perki 1/2021-style DIP table (two-row headers, berkala/serta merta/setiap saat section rows, several agencies in one file).`,
            )}
          </p>
          {fileErr ? (
            <p class="error" id="e-file">
              {fileErr}
            </p>
          ) : null}
          <input
            id="f-file"
            type="file"
            name="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileErr ? 'h-file e-file' : 'h-file'}
            aria-invalid={fileErr ? 'true' : undefined}
          />
        </div>
        <p class="hint">
          {tx(
            v,
            'Berkas besar (ribuan baris) perlu beberapa detik; jangan tutup halaman sampai hasilnya tampil.',
            'Large files (thousands of rows) take a few seconds; keep the page open until the result shows.',
          )}
        </p>
        <Actions>
          <button type="submit" name="step" value="preview">
            {tx(v, 'Periksa (pratinjau)', 'Check (preview)')}
          </button>
          <button type="submit" name="step" value="import" class="secondary">
            {tx(v, 'Periksa dan impor langsung', 'Check and import at once')}
          </button>
          <a href="/admin/dip">{v.t('common.cancel')}</a>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
