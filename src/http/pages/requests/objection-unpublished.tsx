// The citizen's objection on ground b of UU KIP Ps 35(1) without a request (information that must be
// published was not), its receipt with the number and tracking code, and its tracking page (status only).
// One plain form, no script: usable at 360 px and without JavaScript.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { TrackedObjection } from '../../../domain/objections/track-unpublished-objection.js';
import { Actions, ErrorSummary, Input, TextArea, Select, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

export type UnpublishedValues = Record<
  'name' | 'idNumber' | 'address' | 'phone' | 'email' | 'unpublishedInformation' | 'unitId' | 'caseSummary' | 'proxyName',
  string
>;
export const EMPTY_UNPUBLISHED: UnpublishedValues = {
  name: '',
  idNumber: '',
  address: '',
  phone: '',
  email: '',
  unpublishedInformation: '',
  unitId: '',
  caseSummary: '',
  proxyName: '',
};

export const UnpublishedObjectionPage: FC<{
  v: View;
  values: UnpublishedValues;
  units: { id: string; name: string }[];
  errors?: FieldErrors | undefined;
  message?: string | undefined;
}> = ({ v, values, units, errors, message }) => {
  const title = tx(v, 'Keberatan: informasi yang wajib diumumkan belum diumumkan', 'Objection: information that must be published was not');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          'Informasi berkala (Pasal 9), serta-merta (Pasal 10) dan tersedia setiap saat (Pasal 11) wajib diumumkan tanpa diminta. Bila belum diumumkan, Anda dapat mengajukan keberatan kepada Atasan PPID tanpa permohonan informasi (UU No. 14 Tahun 2008 Pasal 35 ayat (1) huruf b). Atasan PPID menanggapi secara tertulis paling lambat 30 hari kerja.',
          'Periodic (Art. 9), immediate (Art. 10) and always-available (Art. 11) information must be published without being asked for. If it was not, you may object to the PPID’s superior without a request (Law No. 14 of 2008, Art. 35(1)(b)). The superior answers in writing within 30 working days.',
        )}
      />
      <p>
        <a href="/permohonan/keberatan">{tx(v, 'Keberatan atas permohonan yang sudah Anda ajukan', 'Objection to a request you made')}</a>
      </p>
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/permohonan/keberatan/huruf-b" novalidate class="form">
        <Csrf v={v} />
        <h2>{tx(v, 'Informasi yang belum diumumkan', 'The information not published')}</h2>
        <TextArea
          name="unpublishedInformation"
          label={tx(v, 'Informasi apa yang wajib diumumkan tetapi belum diumumkan?', 'Which information must be published but was not?')}
          value={values.unpublishedInformation}
          errors={errors}
          required
          rows={4}
        />
        <Select
          name="unitId"
          label={`${tx(v, 'Unit yang menguasai informasi', 'Unit holding the information')} ${v.t('common.optional')}`}
          value={values.unitId}
          errors={errors}
          options={[{ value: '', label: tx(v, '— tidak tahu —', '— not sure —') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <TextArea
          name="caseSummary"
          label={tx(v, 'Kasus posisi', 'What happened')}
          hint={tx(v, 'Di mana Anda mencari informasi itu dan apa yang Anda harapkan.', 'Where you looked for the information and what you expect.')}
          value={values.caseSummary}
          errors={errors}
          required
          rows={5}
        />
        <h2>{tx(v, 'Data pemohon', 'Applicant')}</h2>
        <p class="muted">
          {tx(
            v,
            'Data Anda hanya dilihat petugas PPID dan Atasan PPID, tidak diumumkan.',
            'Only PPID staff and the superior see your data; it is never published.',
          )}
        </p>
        <Input name="name" label={tx(v, 'Nama lengkap', 'Full name')} value={values.name} errors={errors} required autocomplete="name" />
        <Input
          name="idNumber"
          label={`NIK ${v.t('common.optional')}`}
          hint={tx(v, '16 angka, seperti pada KTP.', '16 digits, as on the identity card.')}
          value={values.idNumber}
          errors={errors}
          inputmode="numeric"
          autocomplete="off"
        />
        <TextArea name="address" label={tx(v, 'Alamat', 'Address')} value={values.address} errors={errors} required rows={2} />
        <Input
          name="email"
          type="email"
          label={tx(v, 'Email', 'Email')}
          hint={tx(v, 'Isi email atau telepon.', 'Give an email or a phone number.')}
          value={values.email}
          errors={errors}
          autocomplete="email"
        />
        <Input name="phone" type="tel" label={tx(v, 'Telepon', 'Phone')} value={values.phone} errors={errors} autocomplete="tel" />
        <Input
          name="proxyName"
          label={`${tx(v, 'Nama kuasa, bila diajukan oleh kuasa', 'Name of the proxy, if a proxy files this')} ${v.t('common.optional')}`}
          value={values.proxyName}
          errors={errors}
        />
        <Actions>
          <button type="submit">{tx(v, 'Kirim keberatan', 'Send the objection')}</button>
        </Actions>
      </form>
    </PublicLayout>
  );
};

export const UnpublishedReceiptPage: FC<{ v: View; number: string; code: string; dueDate: string }> = ({ v, number, code, dueDate }) => {
  const title = tx(v, 'Keberatan Anda telah terdaftar', 'Your objection is registered');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{tx(v, 'Nomor registrasi keberatan', 'Objection number')}</dt>
        <dd>
          <strong>{number}</strong>
        </dd>
        <dt>{tx(v, 'Kode pelacakan', 'Tracking code')}</dt>
        <dd>
          <code>{code}</code>
        </dd>
        <dt>{tx(v, 'Tanggapan Atasan PPID paling lambat', 'The superior answers by')}</dt>
        <dd>{formatLongDate(dueDate, v.locale === 'en' ? 'en' : 'id')}</dd>
      </dl>
      <p>
        {tx(
          v,
          'Simpan nomor dan kode ini: kode hanya ditampilkan sekali. Unduh tanda bukti PDF atau cetak halaman ini.',
          'Keep this number and code: the code is shown only once. Download the PDF receipt or print this page.',
        )}
      </p>
      <p>
        <a href={`/permohonan/keberatan/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`}>
          {tx(v, 'Lacak keberatan ini', 'Track this objection')}
        </a>
      </p>
      <p>
        <a href={`/permohonan/keberatan/tanda-bukti.pdf?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`}>
          {tx(v, 'Unduh tanda bukti (PDF)', 'Download the receipt (PDF)')}
        </a>
      </p>
    </PublicLayout>
  );
};

export const UnpublishedTrackPage: FC<{
  v: View;
  values: { nomor: string; kode: string };
  tracked?: TrackedObjection | undefined;
  message?: string | undefined;
}> = ({ v, values, tracked, message }) => {
  const title = tx(v, 'Lacak keberatan tanpa permohonan', 'Track an objection without a request');
  const day = (d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <ErrorSummary v={v} message={message} />
      <form method="get" action="/permohonan/keberatan/lacak" class="form">
        <Input
          name="nomor"
          label={tx(v, 'Nomor registrasi keberatan', 'Objection number')}
          value={values.nomor}
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
        />
        <Input
          name="kode"
          label={tx(v, 'Kode pelacakan', 'Tracking code')}
          value={values.kode}
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
        />
        <Actions>
          <button type="submit">{tx(v, 'Lacak', 'Track')}</button>
        </Actions>
      </form>
      {tracked ? (
        <section aria-labelledby="st-h">
          <h2 id="st-h">
            {tx(v, 'Keberatan', 'Objection')} {tracked.number}
          </h2>
          <ol class="steps">
            <li>
              {tx(v, 'Diterima', 'Received')}: {day(tracked.receivedOn)}
            </li>
            <li>
              {tracked.status === 'decided' && tracked.decision
                ? `${tx(v, 'Diputuskan Atasan PPID', 'Decided by the superior')}: ${tx(v, tracked.decision.id, tracked.decision.en)}`
                : `${tx(v, 'Diperiksa Atasan PPID; tanggapan paling lambat', 'With the superior; answer due by')} ${day(tracked.dueDate)}`}
            </li>
          </ol>
        </section>
      ) : null}
    </PublicLayout>
  );
};
