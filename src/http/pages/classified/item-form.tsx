// Back-office form that records a classified item. Works without JavaScript.
import type { FC } from 'hono/jsx';
import type { SecurityLevel } from '../../../db/schema/index.js';
import { Actions, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { BASE, levelOptions } from './shared.js';

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
      <PageHeader v={v} back={{ href: BASE, label: tx(v, '← Register', '← Register') }} title={title} />
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
