// What the case holds, as records: the information asked for (always shown), the applicant (behind a
// disclosure: personal data on screen only when opened) and the finished steps, each collapsed.
import type { FC } from 'hono/jsx';
import { groundReference } from '../../../../domain/exemptions/grounds.js';
import { DELIVERY_LABELS, EXEMPTION_LABELS, FORMAT_LABELS, OUTCOME_LABELS, rupiah } from '../../../../domain/requests/labels.js';
import type { RequestCase } from '../../../../domain/requests/request-case.js';
import { tx, type View } from '../../../components/layout.js';
import { IntakeChannelFacts, IntakeScanFacts } from '../intake-facts.js';
import { casePath, longDate } from './shared.js';

const OBTAIN: Record<string, [string, string]> = {
  melihat: ['Melihat / membaca / mendengarkan / mencatat', 'See, read, listen or take notes'],
  salinan: ['Mendapatkan salinan', 'Get a copy'],
};

const lbl = (v: View, m: Record<string, { id: string; en: string }>, k: string | null | undefined) => (k ? (m[k]?.[v.locale] ?? k) : '–');

export const RequestedInformation: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  const r = c.request;
  return (
    <section aria-labelledby="h-requested">
      <h2 id="h-requested">{tx(v, 'Informasi yang diminta', 'Information requested')}</h2>
      <dl class="facts">
        <dt>{tx(v, 'Rincian', 'Details')}</dt>
        <dd class="pre">{r.details}</dd>
        <dt>{tx(v, 'Tujuan penggunaan', 'Purpose')}</dt>
        <dd class="pre">{r.purpose}</dd>
        <IntakeChannelFacts v={v} intake={c.intake} />
        <dt>{tx(v, 'Cara memperoleh', 'How to obtain')}</dt>
        <dd>
          {tx(v, ...(OBTAIN[r.obtainMethod] ?? ['–', '–']))}
          {r.obtainMethod === 'salinan' ? ` · ${lbl(v, FORMAT_LABELS, r.copyFormat)} · ${lbl(v, DELIVERY_LABELS, r.deliveryMethod)}` : ''}
        </dd>
      </dl>
    </section>
  );
};

export const Applicant: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  const r = c.request;
  const p = c.personal;
  if (!p) {
    return (
      <p class="muted small">
        {tx(
          v,
          'Data pribadi pemohon (nama, NIK, alamat, kontak) hanya dapat dilihat oleh petugas yang menangani permohonan ini.',
          "The applicant's personal data (name, NIK, address, contacts) is visible only to the staff handling this request.",
        )}
      </p>
    );
  }
  return (
    <details class="filter-box case-record">
      <summary>
        {tx(v, 'Pemohon', 'Applicant')}: {p.name}
      </summary>
      <dl class="facts">
        <dt>{tx(v, 'Nama', 'Name')}</dt>
        <dd>{p.name}</dd>
        <dt>{r.applicantType === 'badan_hukum' ? tx(v, 'Nomor SK pengesahan', 'SK pengesahan number') : 'NIK'}</dt>
        <dd>{p.idNumber}</dd>
        <dt>{tx(v, 'Alamat', 'Address')}</dt>
        <dd>{p.address}</dd>
        <dt>{tx(v, 'Pekerjaan', 'Occupation')}</dt>
        <dd>{p.occupation || '–'}</dd>
        <dt>{tx(v, 'Telepon', 'Phone')}</dt>
        <dd>{p.phone || '–'}</dd>
        <dt>Email</dt>
        <dd>{p.email || '–'}</dd>
        {p.proxyName ? (
          <>
            <dt>{tx(v, 'Kuasa', 'Proxy')}</dt>
            <dd>{p.proxyName}</dd>
          </>
        ) : null}
        <dt>{tx(v, 'Pindaian identitas', 'Identity scan')}</dt>
        <dd>
          {p.identityScan ? (
            <>
              <a href={`${casePath(c)}/identitas`}>
                {tx(v, 'Lihat pindaian identitas', 'View the identity scan')} (
                {p.identityScan.mime === 'application/pdf' ? 'PDF' : p.identityScan.mime === 'image/png' ? 'PNG' : 'JPEG'})
              </a>
              <span class="muted small block">{tx(v, 'Setiap tampilan dicatat di log audit.', 'Every view is recorded in the audit log.')}</span>
            </>
          ) : (
            tx(v, 'Tidak dilampirkan', 'Not attached')
          )}
        </dd>
        <IntakeScanFacts v={v} intake={c.intake} base={casePath(c)} />
      </dl>
    </details>
  );
};

/** The dispositions and the units' answers. */
export const DispositionsRecord: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  if (!c.dispositions.length) return null;
  const answered = c.dispositions.filter((d) => d.answer !== null).length;
  return (
    <details class="filter-box case-record">
      <summary>
        {tx(v, 'Disposisi dan jawaban unit', 'Dispositions and agency answers')} ({answered}/{c.dispositions.length} {tx(v, 'dijawab', 'answered')})
      </summary>
      <ul class="plain-list">
        {c.dispositions.map((d) => (
          <li>
            <h3>{d.unitName}</h3>
            <dl class="facts">
              <dt>{tx(v, 'Tenggat internal', 'Internal deadline')}</dt>
              <dd>{longDate(v, d.internalDueDate)}</dd>
              <dt>{tx(v, 'Instruksi', 'Instruction')}</dt>
              <dd class="pre">{d.instruction}</dd>
              <dt>{tx(v, 'Jawaban unit', 'Agency answer')}</dt>
              <dd class="pre">{d.answer ?? tx(v, 'Belum ada jawaban.', 'No answer yet.')}</dd>
              {d.answerNote ? (
                <>
                  <dt>{tx(v, 'Catatan unit', 'Agency note')}</dt>
                  <dd class="pre">{d.answerNote}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </details>
  );
};

export const ExtensionRecord: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  const r = c.request;
  if (!r.extendedAt) return null;
  return (
    <details class="filter-box case-record">
      <summary>{tx(v, 'Perpanjangan', 'Extension')}</summary>
      <dl class="facts">
        <dt>{tx(v, 'Alasan', 'Reason')}</dt>
        <dd class="pre">{r.extensionReason}</dd>
        <dt>{tx(v, 'Nomor surat', 'Letter number')}</dt>
        <dd>{r.extensionNumber}</dd>
      </dl>
      {c.may.letters ? (
        <p>
          <a href={`${casePath(c)}/surat/perpanjangan.pdf`}>{tx(v, 'Surat pemberitahuan perpanjangan (PDF)', 'Extension letter (PDF)')}</a>
        </p>
      ) : null}
    </details>
  );
};

export const NoticeRecord: FC<{ v: View; c: RequestCase }> = ({ v, c }) => {
  const resp = c.response;
  if (!resp) return null;
  return (
    <details class="filter-box case-record">
      <summary>{tx(v, 'Pemberitahuan tertulis', 'Written notice')}</summary>
      <dl class="facts">
        <dt>{tx(v, 'Keputusan', 'Decision')}</dt>
        <dd>{OUTCOME_LABELS[resp.outcome][v.locale]}</dd>
        <dt>{tx(v, 'Nomor dan tanggal', 'Number and date')}</dt>
        <dd>
          {resp.noticeNumber}, {longDate(v, resp.noticeDate)}
        </dd>
        {resp.materialGiven ? (
          <>
            <dt>{tx(v, 'Informasi yang diberikan', 'Information given')}</dt>
            <dd class="pre">{resp.materialGiven}</dd>
          </>
        ) : null}
        {resp.exemptionGround ? (
          <>
            <dt>{tx(v, 'Dasar pengecualian', 'Exemption ground')}</dt>
            <dd>
              {c.citedTest
                ? groundReference(resp.exemptionGround, c.citedTest.subpoint, v.locale)
                : `${tx(v, 'Pasal 17 huruf', 'Art. 17 letter')} ${resp.exemptionGround}`}
              : {EXEMPTION_LABELS[resp.exemptionGround]}
            </dd>
          </>
        ) : null}
        {c.citedTest ? (
          <>
            <dt>{tx(v, 'Uji konsekuensi', 'Consequence test')}</dt>
            <dd>
              <a href={`/admin/uji-konsekuensi/${c.citedTest.id}`}>{c.citedTest.number}</a> · {c.citedTest.publicTitle}
            </dd>
          </>
        ) : null}
        {resp.totalCost ? (
          <>
            <dt>{tx(v, 'Biaya', 'Cost')}</dt>
            <dd>{rupiah(resp.totalCost)}</dd>
          </>
        ) : null}
        {resp.internalNote ? (
          <>
            <dt>{tx(v, 'Catatan internal', 'Internal note')}</dt>
            <dd class="pre">{resp.internalNote}</dd>
          </>
        ) : null}
      </dl>
    </details>
  );
};
