// The standalone objection form, for applicants who kept their receipt (number and tracking code) but not
// the tracking link: everything on one page, so that one round trip on a slow connection is enough.
import type { FC } from 'hono/jsx';
import { ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { ObjectionFields } from './objection-form.js';

export type ObjectionEntryValues = { nomor: string; kode: string; grounds: string[]; caseSummary: string; proxyName: string };

export const ObjectionEntryPage: FC<{ v: View; values: ObjectionEntryValues; errors?: FieldErrors | undefined; message?: string | undefined }> = ({
  v,
  values,
  errors,
  message,
}) => {
  const title = tx(v, 'Ajukan keberatan', 'File an objection');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          'Keberatan diajukan kepada Atasan PPID bila permohonan informasi Anda ditolak, tidak ditanggapi, atau dijawab tidak sebagaimana diminta. Atasan PPID wajib menanggapi secara tertulis paling lambat 30 hari kerja (UU No. 14 Tahun 2008 Pasal 35–36).',
          'You may object to the PPID’s superior when your request was refused, not answered, or not answered as asked. The superior must answer in writing within 30 working days (Law No. 14 of 2008, Art. 35–36).',
        )}
      />
      <p>
        {tx(
          v,
          'Keberatan dapat diajukan dalam 30 hari kerja setelah pemberitahuan tertulis, atau setelah batas waktu jawaban lewat tanpa jawaban. Nomor pendaftaran dan kode pelacakan ada pada tanda bukti permohonan dan email Anda.',
          'An objection can be filed within 30 working days of the written notice, or of the lapse of the answer deadline. The registration number and tracking code are on your request receipt and in your email.',
        )}
      </p>
      <p>
        <a href="/permohonan/keberatan/huruf-b">
          {tx(
            v,
            'Belum mengajukan permohonan? Keberatan karena informasi yang wajib diumumkan belum diumumkan (Pasal 35 ayat (1) huruf b) tidak memerlukan nomor permohonan.',
            'No request? An objection because information that must be published was not (Art. 35(1)(b)) needs no request number.',
          )}
        </a>
      </p>
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/permohonan/keberatan" novalidate class="form">
        <Csrf v={v} />
        <input type="hidden" name="entry" value="1" />
        <h2>{tx(v, 'Permohonan Anda', 'Your request')}</h2>
        <Input
          name="nomor"
          label={tx(v, 'Nomor pendaftaran permohonan', 'Registration number of the request')}
          hint={tx(v, 'Contoh: 001/PPID/III/2026', 'For example: 001/PPID/III/2026')}
          value={values.nomor}
          errors={errors}
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
        />
        <Input
          name="kode"
          label={tx(v, 'Kode pelacakan', 'Tracking code')}
          value={values.kode}
          errors={errors}
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
        />
        <h2>{tx(v, 'Keberatan', 'Objection')}</h2>
        <ObjectionFields v={v} values={values} errors={errors} proxyHint />
      </form>
    </PublicLayout>
  );
};
