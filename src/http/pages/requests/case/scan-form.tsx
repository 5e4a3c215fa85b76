// The scan of a letter printed and signed by hand (when no certificate signs the letters).
import type { FC } from 'hono/jsx';
import { SCAN_LETTER_KINDS } from '../../../../domain/requests/letter-scans.js';
import { Actions } from '../../../components/form.js';
import { Csrf, tx, tm } from '../../../components/layout.js';
import { casePath, formErrors, typedValue, type PanelProps } from './shared.js';

export const ScanForm: FC<PanelProps> = (p) => {
  const { v, c } = p;
  const errs = formErrors(p, 'scan');
  return (
    <>
      <p class="muted small">{tm(v, 'requests-case.scan-form.letters_are_printed_signed_hand')}</p>
      <form method="post" action={`${casePath(c)}/pindaian-surat`} enctype="multipart/form-data" class="form">
        <Csrf v={v} />
        <div class={`field${errs?.letterKind ? ' has-error' : ''}`}>
          <label for="f-letterKind">{tm(v, 'requests-case.scan-form.letter')}</label>
          {errs?.letterKind ? (
            <p class="error" id="e-letterKind">
              {errs.letterKind}
            </p>
          ) : null}
          <select id="f-letterKind" name="letterKind" aria-invalid={errs?.letterKind ? 'true' : undefined}>
            {Object.entries(SCAN_LETTER_KINDS).map(([k, [id, en]]) => (
              <option value={k} selected={typedValue(p, 'scan', 'letterKind') === k}>
                {tx(v, id, en)}
              </option>
            ))}
          </select>
        </div>
        <div class={`field${errs?.file ? ' has-error' : ''}`}>
          <label for="f-scan">{tm(v, 'requests-case.scan-form.scan_file')}</label>
          <p class="hint" id="h-scan-file">
            {tm(v, 'requests-case.scan-form.pdf_jpeg_png_most_10')}
          </p>
          {errs?.file ? (
            <p class="error" id="e-scan-file">
              {errs.file}
            </p>
          ) : null}
          <input
            type="file"
            id="f-scan"
            name="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby={errs?.file ? 'h-scan-file e-scan-file' : 'h-scan-file'}
            aria-invalid={errs?.file ? 'true' : undefined}
          />
        </div>
        <Actions>
          <button type="submit" class="secondary">
            {tm(v, 'requests-case.scan-form.attach_scan')}
          </button>
        </Actions>
      </form>
    </>
  );
};
