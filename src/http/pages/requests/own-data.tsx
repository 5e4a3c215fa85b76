// The readable copy of everything the body holds about a citizen in a case ("Data saya"). No JavaScript.
import type { FC } from 'hono/jsx';
import { DECISION_LABELS, GROUND_LABELS } from '../../../domain/objections/objections.js';
import type { OwnData } from '../../../domain/privacy/own-data.js';
import { APPLICANT_LABELS, CHANNEL_LABELS, DISPUTE_OUTCOME_LABELS, DISPUTE_STAGE_LABELS } from '../../../domain/reports/labels.js';
import { DELIVERY_LABELS, exemptionText, FORMAT_LABELS, OUTCOME_LABELS, rupiah } from '../../../domain/requests/labels.js';
import { PublicLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { STEP_LABEL } from './track.js';
import { en, longDate, when } from './citizen.js';

const Row: FC<{ label: string; value: string | number | null | undefined }> = ({ label, value }) => (
  <>
    <dt>{label}</dt>
    <dd class="pre">{value === null || value === undefined || value === '' ? '–' : String(value)}</dd>
  </>
);

/** The readable copy of the data download; `links` says where the JSON and the letters are for this visitor. */
export const OwnDataPage: FC<{ v: View; d: OwnData; jsonHref: string; letterHref: (l: OwnData['letters'][number]) => string | null; backHref: string }> = ({
  v,
  d,
  jsonHref,
  letterHref,
  backHref,
}) => {
  const title = `${tx(v, 'Data saya', 'My data')}: ${d.request.number}`;
  const r = d.request;
  const a = r.applicant;
  const n = d.writtenNotice;
  const yes = tx(v, 'ya', 'yes');
  const no = tx(v, 'tidak', 'no');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader
        v={v}
        back={{ href: backHref, label: tx(v, '← Kembali ke permohonan', '← Back to the request') }}
        title={title}
        lead={tx(
          v,
          'Semua yang disimpan badan publik tentang Anda dalam permohonan ini, seperti yang dapat Anda lihat: data permohonan, langkah, pemberitahuan tertulis, keberatan, sengketa, surat dan email. Catatan internal petugas tidak termasuk.',
          'Everything the public body holds about you in this request, as shown to you: the request, its steps, the written notice, objections, disputes, letters and emails. Officers’ internal notes are not included.',
        )}
      />
      <p>
        <a href={jsonHref} download>
          {tx(v, 'Unduh data ini sebagai JSON', 'Download this data as JSON')}
        </a>
      </p>
      <section aria-labelledby="d-keep" class="card">
        <h2 id="d-keep">{tx(v, 'Apa yang kami simpan dan berapa lama', 'What we keep and for how long')}</h2>
        <p>{en(v) ? d.retention.text.en : d.retention.text.id}</p>
        {d.body.ppidContact.email || d.body.ppidContact.phone ? (
          <p>
            {tx(v, 'Untuk memperbaiki atau menghapus data, hubungi PPID:', 'To correct or remove your data, contact the PPID:')}{' '}
            {[d.body.ppidContact.email, d.body.ppidContact.phone].filter(Boolean).join(' · ')}
          </p>
        ) : null}
      </section>
      <h2>{tx(v, 'Pemohon', 'Applicant')}</h2>
      <dl class="facts">
        <Row label={tx(v, 'Jenis pemohon', 'Type')} value={tx(v, APPLICANT_LABELS[a.type].id, APPLICANT_LABELS[a.type].en)} />
        <Row label={tx(v, 'Nama', 'Name')} value={a.name} />
        <Row label={tx(v, 'NIK / nomor SK', 'NIK / SK number')} value={a.idNumber} />
        <Row label={tx(v, 'Alamat', 'Address')} value={a.address} />
        <Row label={tx(v, 'Pekerjaan', 'Occupation')} value={a.occupation} />
        <Row label={tx(v, 'Telepon', 'Phone')} value={a.phone} />
        <Row label="Email" value={a.email} />
        <Row label={tx(v, 'Kuasa', 'Proxy')} value={a.proxyName} />
        <Row label={tx(v, 'Pindaian identitas', 'Identity scan')} value={r.identityScan.held ? tx(v, 'disimpan terenkripsi', 'kept, encrypted') : no} />
        <Row
          label={tx(v, 'Alamat jaringan (IP)', 'Network address (IP)')}
          value={
            r.networkAddressHashHeld
              ? tx(v, 'hanya nilai hash berkunci, untuk membatasi pengiriman berulang', 'only a keyed hash, to limit repeated submissions')
              : no
          }
        />
        <Row label={tx(v, 'Persetujuan pemakaian data', 'Consent to the use of data')} value={when(v, r.consentAt)} />
      </dl>
      <h2>{tx(v, 'Permohonan', 'Request')}</h2>
      <dl class="facts">
        <Row label={tx(v, 'Nomor pendaftaran', 'Registration number')} value={r.number} />
        <Row label={tx(v, 'Saluran', 'Channel')} value={tx(v, CHANNEL_LABELS[r.channel].id, CHANNEL_LABELS[r.channel].en)} />
        <Row label={tx(v, 'Diterima', 'Received')} value={when(v, r.receivedAt)} />
        <Row label={tx(v, 'Rincian informasi', 'Information requested')} value={r.details} />
        <Row label={tx(v, 'Tujuan penggunaan', 'Purpose')} value={r.purpose} />
        <Row
          label={tx(v, 'Cara memperoleh', 'How to obtain it')}
          value={r.obtainMethod === 'salinan' ? tx(v, 'salinan', 'a copy') : tx(v, 'melihat / membaca', 'see / read')}
        />
        <Row
          label={tx(v, 'Bentuk salinan', 'Form of the copy')}
          value={r.copyFormat ? tx(v, FORMAT_LABELS[r.copyFormat]!.id, FORMAT_LABELS[r.copyFormat]!.en) : null}
        />
        <Row
          label={tx(v, 'Cara mendapatkan salinan', 'Delivery')}
          value={r.deliveryMethod ? tx(v, DELIVERY_LABELS[r.deliveryMethod]!.id, DELIVERY_LABELS[r.deliveryMethod]!.en) : null}
        />
        <Row label={tx(v, 'Unit kerja', 'Agency')} value={r.unit} />
        <Row label={tx(v, 'Jawaban tertulis paling lambat', 'Written answer due by')} value={longDate(v, r.dueDate)} />
        {r.extension ? <Row label={tx(v, 'Perpanjangan', 'Extension')} value={`${r.extension.letterNumber ?? ''} – ${r.extension.reason ?? ''}`} /> : null}
        {r.anonymisedAt ? <Row label={tx(v, 'Data pribadi dihapus', 'Personal data removed')} value={when(v, r.anonymisedAt)} /> : null}
      </dl>
      <h2>{tx(v, 'Langkah', 'Steps')}</h2>
      <ol class="steps">
        {d.steps.map((s) => (
          <li>
            <strong>{tx(v, ...STEP_LABEL[s.kind])}</strong> <span class="muted small">{when(v, s.at)}</span>
            {s.note ? <span class="block">{s.note}</span> : null}
          </li>
        ))}
      </ol>
      <h2>{tx(v, 'Pemberitahuan tertulis', 'Written notice')}</h2>
      {n ? (
        <dl class="facts">
          <Row label={tx(v, 'Nomor', 'Number')} value={n.number} />
          <Row label={tx(v, 'Tanggal', 'Date')} value={longDate(v, n.date)} />
          <Row label={tx(v, 'Keputusan', 'Decision')} value={tx(v, OUTCOME_LABELS[n.outcome].id, OUTCOME_LABELS[n.outcome].en)} />
          <Row label={tx(v, 'Informasi dikuasai', 'Information held')} value={n.held ? yes : `${no}${n.holderBody ? ` (${n.holderBody})` : ''}`} />
          <Row label={tx(v, 'Informasi yang diberikan', 'Information given')} value={n.materialGiven} />
          <Row label={tx(v, 'Bagian yang dihitamkan / dikecualikan', 'Withheld or blacked out')} value={n.materialWithheld} />
          <Row label={tx(v, 'Alasan', 'Reason')} value={n.reason} />
          <Row label={tx(v, 'Dasar pengecualian', 'Exemption')} value={n.exemptionGround ? exemptionText(n.exemptionGround) : null} />
          <Row label={tx(v, 'Ringkasan uji konsekuensi', 'Consequence test (summary)')} value={n.consequence} />
          <Row
            label={tx(v, 'Biaya', 'Cost')}
            value={n.totalCost ? `${rupiah(n.totalCost)}${n.paymentMethod ? `, ${n.paymentMethod}` : ''}` : tx(v, 'tanpa biaya', 'free')}
          />
          <Row label={tx(v, 'Ditandatangani', 'Signed by')} value={n.signedBy} />
        </dl>
      ) : (
        <p class="muted">{tx(v, 'Belum ada.', 'None yet.')}</p>
      )}
      <h2>{tx(v, 'Keberatan', 'Objections')}</h2>
      {d.objections.length ? (
        d.objections.map((o) => (
          <dl class="facts">
            <Row label={tx(v, 'Nomor', 'Number')} value={o.number} />
            <Row label={tx(v, 'Diterima', 'Received')} value={when(v, o.receivedAt)} />
            <Row
              label={tx(v, 'Alasan (Pasal 35 ayat (1))', 'Grounds (Art. 35(1))')}
              value={o.grounds.map((g) => `${GROUND_LABELS[g].letter}. ${tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}`).join('\n')}
            />
            <Row label={tx(v, 'Kasus posisi', 'What happened')} value={o.caseSummary} />
            <Row label={tx(v, 'Kuasa', 'Proxy')} value={o.proxyName} />
            <Row
              label={tx(v, 'Keputusan', 'Decision')}
              value={o.decision ? tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en) : tx(v, 'belum', 'not yet')}
            />
            <Row label={tx(v, 'Alasan keputusan', 'Reasons')} value={o.reasons} />
            <Row label={tx(v, 'Perintah kepada PPID', 'Order to the PPID')} value={o.followUp} />
            <Row label={tx(v, 'Ditandatangani', 'Signed by')} value={o.signedBy} />
          </dl>
        ))
      ) : (
        <p class="muted">{tx(v, 'Tidak ada.', 'None.')}</p>
      )}
      <h2>{tx(v, 'Sengketa di Komisi Informasi', 'Disputes at the Information Commission')}</h2>
      {d.disputes.length ? (
        d.disputes.map((x) => (
          <dl class="facts">
            <Row label={tx(v, 'Komisi Informasi', 'Commission')} value={x.commission} />
            <Row label={tx(v, 'Nomor register', 'Case number')} value={x.caseNumber} />
            <Row label={tx(v, 'Didaftarkan', 'Filed')} value={longDate(v, x.filedOn)} />
            <Row label={tx(v, 'Tahap', 'Stage')} value={tx(v, DISPUTE_STAGE_LABELS[x.stage].id, DISPUTE_STAGE_LABELS[x.stage].en)} />
            <Row label={tx(v, 'Sidang', 'Hearings')} value={x.hearings.map((h) => longDate(v, h)).join('\n')} />
            <Row label={tx(v, 'Hasil mediasi', 'Mediation result')} value={x.mediationResult} />
            <Row label={tx(v, 'Amar putusan', 'Ruling')} value={x.ruling} />
            <Row
              label={tx(v, 'Hasil', 'Result')}
              value={x.outcome ? tx(v, DISPUTE_OUTCOME_LABELS[x.outcome].id, DISPUTE_OUTCOME_LABELS[x.outcome].en) : null}
            />
          </dl>
        ))
      ) : (
        <p class="muted">{tx(v, 'Tidak ada.', 'None.')}</p>
      )}
      <h2>{tx(v, 'Surat', 'Letters')}</h2>
      <ul class="link-list">
        {d.letters.map((l) => (
          <li>
            {letterHref(l) ? <a href={letterHref(l)!}>{l.title}</a> : l.title}{' '}
            <span class="muted small">{[l.number, l.date ? longDate(v, l.date) : ''].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      <h2>{tx(v, 'Email kepada Anda', 'Emails to you')}</h2>
      {d.emails.length ? (
        <ul class="plain-list">
          {d.emails.map((m) => (
            <li>
              {m.subject} <span class="muted small">{when(v, m.queuedAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tx(v, 'Tidak ada.', 'None.')}</p>
      )}
    </PublicLayout>
  );
};
