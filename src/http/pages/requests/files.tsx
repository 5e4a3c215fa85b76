// case-docs (issue 13 item 2): the files released to the applicant, on the tracking page and in the
// citizen account. Each link downloads the file (logged); nothing else about the file is shown.
import type { FC } from 'hono/jsx';
import type { ReleasedFile } from '../../../domain/requests/case-files.js';
import { type View, tm } from '../../components/layout.js';

export function fileSize(bytes: number, locale: string): string {
  const fmt = (n: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}

const kindOf = (mime: string) =>
  (mime.split(';')[0]!.split('/')[1] ?? '')
    .replace('vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx')
    .replace('vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx')
    .toUpperCase()
    .slice(0, 12);

/** `href(file)`: the download address (tracking page: with the number and code; account: by the request's id). */
export const ReleasedFiles: FC<{ v: View; files: ReleasedFile[]; href: (f: ReleasedFile) => string }> = ({ v, files, href }) =>
  files.length ? (
    <section aria-labelledby="released-files">
      <h2 id="released-files">{tm(v, 'requests-files.files.information_files')}</h2>
      <p class="muted small">{tm(v, 'requests-files.files.files_ppid_attached_written_notice')}</p>
      <ul class="link-list">
        {files.map((f) => (
          <li>
            <a href={href(f)} download={f.filename}>
              {f.filename}
            </a>{' '}
            <span class="muted small">
              ({kindOf(f.mime)}, {fileSize(f.size, v.locale)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  ) : null;
