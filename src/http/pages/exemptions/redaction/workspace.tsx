// The redaction worksheet: areas to mark on a page image (mouse, finger, or numbers typed in), the text
// patterns form (the no-JavaScript path), a preview of the released page, and making the released copy.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import { SECURITY_LEVEL_LABELS } from '../../../../domain/classified/items.js';
import { groundLabel, groundReference } from '../../../../domain/redaction/grounds.js';
import type { AreaRowInput } from '../../../../domain/redaction/add-redaction-areas.js';
import type { PatternRowInput } from '../../../../domain/redaction/save-redaction-patterns.js';
import type { RedactionWorkspace } from '../../../../domain/redaction/open-redaction-workspace.js';
import { ErrorSummary, Input, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../../components/layout.js';
import { areaPosition, AreaRow, PageCanvas, PageNav, PatternRow, type WorkspaceTyped } from './workspace-parts.js';
import { base, kb, KINDS, STATUS, when } from './shared.js';

export const RedactionWorkspacePage: FC<{
  v: View;
  w: RedactionWorkspace;
  preview: boolean;
  typed?: WorkspaceTyped | undefined;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
}> = ({ v, w, preview: asked, typed, errors, message }) => {
  const r = w.redaction;
  const draft = r.status === 'draft';
  // Once the copy is made there is nothing left to mark: the pages are shown as released.
  const preview = asked || !draft;
  const title = `${tx(v, 'Penghitaman', 'Redaction')} ${r.ref}`;
  const level = SECURITY_LEVEL_LABELS[w.document.level];
  const newAreas: AreaRowInput[] = typed?.areas?.length ? typed.areas : [{ page: String(w.page), x: '', y: '', w: '', h: '', ground: '' }];
  const savedPatterns: PatternRowInput[] =
    typed?.patterns ??
    r.patterns.map((p) => ({ page: p.page === null ? 'semua' : String(p.page), kind: p.kind ?? 'phrase', pattern: p.pattern, ground: p.ground }));
  const blank: PatternRowInput = { page: 'semua', kind: 'phrase', pattern: '', ground: '' };
  const patternRows = typed?.patterns ? savedPatterns : [...savedPatterns, blank, blank];
  const action = (path: string) => `${base(r.id)}/${path}?halaman=${w.page}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <link rel="stylesheet" href="/static/redaction.css" />
      <p class="bo-crumbs">
        <a href={`/admin/penghitaman/dokumen/${w.document.id}`}>{tx(v, 'Penghitaman dokumen ini', 'Redactions of this document')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} message={message} />
      <dl class="facts redact-facts">
        <dt>{tx(v, 'Dokumen', 'Document')}</dt>
        <dd>
          {tx(v, 'Informasi', 'Item')} {w.document.itemNumber} · {v.locale === 'en' ? level.en : level.id} · {w.pages.length} {tx(v, 'halaman', 'pages')}
        </dd>
        <dt>{tx(v, 'Status', 'Status')}</dt>
        <dd>
          {tx(v, STATUS[r.status]![0], STATUS[r.status]![1])} · {tx(v, 'dibuat oleh', 'created by')} {w.createdByName ?? '–'}, {when(v, r.createdAt)}
        </dd>
        {w.testLabel ? (
          <>
            <dt>{tx(v, 'Uji konsekuensi', 'Consequence test')}</dt>
            <dd>{w.testLabel}</dd>
          </>
        ) : null}
        {w.requestNumber ? (
          <>
            <dt>{tx(v, 'Permohonan', 'Request')}</dt>
            <dd>{w.requestNumber}</dd>
          </>
        ) : null}
        {r.status === 'produced' ? (
          <>
            <dt>{tx(v, 'Salinan untuk dirilis', 'Copy for release')}</dt>
            <dd>
              <a href={`${base(r.id)}/salinan.pdf`}>{tx(v, 'Unduh salinan (PDF)', 'Download the copy (PDF)')}</a> · {r.pageCount} {tx(v, 'halaman', 'pages')},{' '}
              {kb(r.outputSize)} · {w.producedByName ?? '–'}, {when(v, r.producedAt)}
            </dd>
          </>
        ) : null}
      </dl>

      <div class="redact-work">
        <div class="redact-page">
          <h2>{preview ? tx(v, 'Pratinjau hasil', 'Preview of the result') : tx(v, 'Tandai area pada halaman', 'Mark areas on the page')}</h2>
          <PageNav v={v} w={w} preview={preview} />
          {draft && !preview ? (
            <p class="hint" id="draw-hint">
              {tx(
                v,
                'Kotak merah: area yang sudah disimpan. Kotak biru bergaris: teks yang ditemukan oleh pola. Dengan JavaScript, tekan "Gambar kotak", lalu tarik kotak di atas gambar dengan tetikus atau jari; atau isi posisi area dalam persen di formulir di bawah.',
                'Red boxes: saved areas. Dashed blue boxes: text found by the patterns. With JavaScript, press "Draw a box" and drag a box over the image with the mouse or a finger; or type the position in percent in the form below.',
              )}
            </p>
          ) : null}
          <PageCanvas v={v} w={w} preview={preview} />
          <div id="redact-live" class="vh" aria-live="polite"></div>
        </div>
        <div class="redact-side">
          <h2>{tx(v, 'Area yang ditandai', 'Marked areas')}</h2>
          {r.areas.length === 0 ? (
            <p class="muted">{tx(v, 'Belum ada area.', 'No areas yet.')}</p>
          ) : (
            <div class="table-wrap" tabindex={0} role="region" aria-label={tx(v, 'Area yang ditandai', 'Marked areas')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">No.</th>
                    <th scope="col">{tx(v, 'Halaman', 'Page')}</th>
                    <th scope="col">{tx(v, 'Posisi', 'Position')}</th>
                    <th scope="col">{tx(v, 'Dasar pengecualian', 'Ground')}</th>
                    {draft ? <th scope="col">{tx(v, 'Tindakan', 'Action')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {r.areas.map((a, i) => (
                    <tr>
                      <td>{i + 1}</td>
                      <td>
                        <a href={`${base(r.id)}?halaman=${a.page}`}>{a.page}</a>
                      </td>
                      <td class="small">{areaPosition(v, a)}</td>
                      <td class="small">
                        {groundReference(a.ground, v.locale)}: {groundLabel(a.ground, v.locale)}
                      </td>
                      {draft ? (
                        <td>
                          <form method="post" action={action(`area/${i + 1}/hapus`)} class="inline">
                            <Csrf v={v} />
                            <input type="hidden" name="token" value={w.token} />
                            <button type="submit" class="link-button">
                              {tx(v, `Hapus area ${i + 1}`, `Remove area ${i + 1}`)}
                            </button>
                          </form>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          {draft ? (
            <form
              method="post"
              action={action('area')}
              class="redact-form"
              data-redact-areas
              data-label-draw={tx(v, 'Gambar kotak', 'Draw a box')}
              data-label-remove={tx(v, 'Batalkan area ini', 'Discard this area')}
              data-msg-added={tx(
                v,
                'Area {n} ditambahkan pada halaman {p}. Pilih dasar pengecualiannya, lalu simpan.',
                'Area {n} added on page {p}. Choose its ground, then save.',
              )}
            >
              <Csrf v={v} />
              <input type="hidden" name="token" value={w.token} />
              <h3>{tx(v, 'Tambah area', 'Add areas')}</h3>
              <p class="hint">
                {tx(
                  v,
                  'Posisi dalam persen dari lebar dan tinggi halaman, diukur dari sudut kiri atas. Contoh: 10, 20, 50, 5 menandai pita selebar separuh halaman, 20% dari atas.',
                  'Position in percent of the page width and height, from the top left corner. Example: 10, 20, 50, 5 marks a band half the page wide, 20% from the top.',
                )}
              </p>
              <div data-area-rows>
                {newAreas.map((row, i) => (
                  <AreaRow v={v} i={i} row={row} errors={errors} />
                ))}
              </div>
              <button type="submit">{tx(v, 'Simpan area', 'Save the areas')}</button>
            </form>
          ) : null}
        </div>
      </div>

      <h2>{tx(v, 'Pola teks', 'Text patterns')}</h2>
      <p class="hint">
        {tx(
          v,
          'Setiap kemunculan teks ini pada halaman yang dipilih dihitamkan. Frasa dicocokkan sebagai kata utuh, tanpa membedakan huruf besar dan kecil, juga bila terpotong baris; ini bukan ekspresi reguler. Jenis NIK, NIP, email dan telepon mencari data pribadi menurut bentuknya (teks dikosongkan). Halaman hasil pindaian tidak memiliki lapisan teks: tandai areanya langsung. Untuk menghapus pola, kosongkan teksnya.',
          'Every occurrence of this text on the chosen pages is removed. A phrase is matched as whole words, ignoring case, also across line breaks; it is not a regular expression. The NIK, NIP, email and phone kinds find personal data by its shape (leave the text empty). Scanned pages have no text layer: mark the area directly. To remove a pattern, empty its text.',
        )}
      </p>
      {draft ? (
        <form method="post" action={action('pola')} class="redact-form">
          <Csrf v={v} />
          <input type="hidden" name="token" value={w.token} />
          {patternRows.map((row, i) => (
            <PatternRow v={v} i={i} row={row} pages={w.pages.length} found={typed?.patterns ? undefined : w.matches[i]} errors={errors} />
          ))}
          <button type="submit">{tx(v, 'Simpan pola', 'Save the patterns')}</button>
        </form>
      ) : r.patterns.length ? (
        <ul>
          {r.patterns.map((p, i) => (
            <li>
              {tx(v, 'Pola', 'Pattern')} {i + 1}: {p.kind && p.kind !== 'phrase' ? tx(v, KINDS[p.kind][0], KINDS[p.kind][1]) : `“${p.pattern}”`} ·{' '}
              {p.page === null ? tx(v, 'semua halaman', 'all pages') : `${tx(v, 'halaman', 'page')} ${p.page}`} · {groundReference(p.ground, v.locale)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tx(v, 'Tanpa pola teks.', 'No text patterns.')}</p>
      )}

      {draft ? (
        <>
          <h2>{tx(v, 'Buat salinan untuk dirilis', 'Make the copy for release')}</h2>
          <p>
            {tx(
              v,
              'Setiap halaman dibuat ulang sebagai gambar dengan area dan teks yang cocok dihitamkan, lalu ditambah Lembar Keterangan Penghitaman yang memuat dasar pengecualian setiap area (UU KIP Pasal 22 ayat (7) huruf e). Salinan tidak memiliki lapisan teks: pembaca layar tidak dapat membacanya; sediakan versi teks bila pemohon membutuhkannya.',
              'Every page is re-made as an image with the areas and the matching text blacked out, followed by the redaction log page listing the ground of every area (UU KIP Art. 22(7)(e)). The copy has no text layer: screen readers cannot read it; provide a text version when an applicant needs one.',
            )}
          </p>
          <form method="post" action={action('buat')} class="narrow">
            <Csrf v={v} />
            <input type="hidden" name="token" value={w.token} />
            <Input
              name="documentLabel"
              label={tx(v, 'Keterangan dokumen pada lembar keterangan', 'Description of the document on the log page')}
              hint={tx(v, 'Akan dibaca pemohon: jangan memuat isi yang dikecualikan.', 'The applicant will read it: it must not contain withheld content.')}
              value={typed?.documentLabel ?? w.suggestedLabel}
              errors={errors}
              required
              maxlength={200}
            />
            <fieldset class={`field${errors?.testIds ? ' has-error' : ''}`} aria-describedby={errors?.testIds ? 'e-testIds' : 'h-testIds'}>
              <legend>{tx(v, 'Uji konsekuensi yang mendasari penghitaman', 'Consequence test the redaction rests on')}</legend>
              <p class="hint" id="h-testIds">
                {tx(
                  v,
                  'Bagian yang dihitamkan harus dikecualikan berdasarkan uji konsekuensi yang telah ditetapkan dan masih berlaku, atas dasar Pasal 17 yang sama dengan setiap area (UU KIP Pasal 17 dan 19; Perki 1/2017 Pasal 4 ayat (1)). Nomor dan tanggal penetapannya dicantumkan pada Lembar Keterangan Penghitaman.',
                  'What is blacked out must be exempt under an approved consequence test in force, on the same ground of Article 17 as each area (Law 14/2008 Art. 17 and 19; Perki 1/2017 Art. 4(1)). Its number and date are printed on the redaction log page.',
                )}
              </p>
              {errors?.testIds ? (
                <p class="error" id="e-testIds">
                  {errors.testIds}
                </p>
              ) : null}
              {w.coveringTests.length ? (
                w.coveringTests.map((t, i) => {
                  const picked = typed?.testIds ? typed.testIds.includes(t.id) : t.id === r.testId || (!r.testId && i === 0 && t.own);
                  return (
                    <div class="check">
                      <input type="checkbox" id={`f-test-${i}`} name="testIds" value={t.id} checked={picked} />
                      <label for={`f-test-${i}`}>
                        {t.number} ({formatLongDate(t.decisionDate, v.locale)}) ·{' '}
                        {groundReference(t.subpoint ? `${t.ground}.${t.subpoint}` : t.ground, v.locale)} · {t.publicTitle}
                      </label>
                    </div>
                  );
                })
              ) : (
                <p class="warn-box">
                  {tx(
                    v,
                    'Belum ada uji konsekuensi yang ditetapkan dan berlaku untuk informasi ini atau unitnya. Salinan dengan penghitaman baru dapat dibuat setelah uji konsekuensinya disetujui.',
                    'No approved consequence test in force covers this item or its agency yet. The redacted copy can be made once its test is approved.',
                  )}
                </p>
              )}
            </fieldset>
            <div class={`field check${errors?.checked ? ' has-error' : ''}`}>
              <input type="checkbox" id="f-checked" name="checked" value="1" aria-describedby={errors?.checked ? 'e-checked' : undefined} />
              <label for="f-checked">
                {tx(
                  v,
                  'Saya telah memeriksa pratinjau setiap halaman; tidak ada lagi isi yang dikecualikan yang terbaca.',
                  'I have checked the preview of every page; no withheld content can still be read.',
                )}
              </label>
            </div>
            {errors?.checked ? (
              <p class="error" id="e-checked">
                {errors.checked}
              </p>
            ) : null}
            <button type="submit">{tx(v, 'Buat salinan untuk dirilis', 'Make the copy for release')}</button>
          </form>
          <form method="post" action={`${base(r.id)}/hapus`} class="sub-action">
            <Csrf v={v} />
            <input type="hidden" name="token" value={w.token} />
            <button type="submit" class="danger">
              {tx(v, 'Hapus draf penghitaman ini', 'Delete this draft')}
            </button>
          </form>
        </>
      ) : (
        <form method="post" action={`${base(r.id)}/revisi`} class="sub-action">
          <Csrf v={v} />
          <button type="submit" class="secondary">
            {tx(v, 'Buat revisi (draf baru dengan area dan pola ini)', 'Make a revision (a new draft with these areas and patterns)')}
          </button>
        </form>
      )}
      {draft ? <script src="/static/redaction.js" defer></script> : null}
    </BackofficeLayout>
  );
};
