// The scan of a letter printed and signed by hand (when no certificate signs the letters).
import type { FC } from 'hono/jsx';
import { SCAN_LETTER_KINDS } from '../../../../domain/requests/letter-scans.js';
import { Actions } from '../../../components/form.js';
import { Csrf, tx } from '../../../components/layout.js';
import { casePath, formErrors, typedValue, type PanelProps } from './shared.js';

export const ScanForm: FC<PanelProps> = (p) => {
  const { v, c } = p;
  const errs = formErrors(p, 'scan');
  return (
    <>
      <p class="muted small">
        {tx(
          v,
          'Surat dicetak dan ditandatangani basah (tanpa sertifikat elektronik). Lampirkan pindaian surat yang sudah ditandatangani; pindaian tampil di riwayat perkara.',
          'Letters are printed and signed by hand (no electronic certificate). Attach the scan of the signed letter; it is shown in the case history.',
        )}
      </p>
      <form method="post" action={`${casePath(c)}/pindaian-surat`} enctype="multipart/form-data" class="form">
        <Csrf v={v} />
        <div class={`field${errs?.letterKind ? ' has-error' : ''}`}>
          <label for="f-letterKind">{tx(v, 'Surat', 'Letter')}</label>
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
          <label for="f-scan">{tx(v, 'Berkas pindaian', 'Scan file')}</label>
          <p class="hint" id="h-scan-file">
            {tx(v, 'PDF, JPEG atau PNG, paling besar 10 MB.', 'PDF, JPEG or PNG, at most 10 MB.')}
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
            {tx(v, 'Lampirkan pindaian', 'Attach the scan')}
          </button>
        </Actions>
      </form>
    </>
  );
};
