// How a request or an objection came in (the channel, the officer who entered it) and its intake scans
// (the letter received, the proxy's surat kuasa), as rows of a facts list; the scans open through their own
// audited routes (…/surat-masuk, …/surat-kuasa), like the identity scan.
import type { FC } from 'hono/jsx';
import type { IntakeFacts, ScanFacts } from '../../../domain/requests/open-intake-scan.js';
import { CHANNEL_LABELS } from '../../../domain/reports/labels.js';
import { tx, type View, tm } from '../../components/layout.js';

const typeOf = (s: NonNullable<ScanFacts>) => (s.mime === 'application/pdf' ? 'PDF' : s.mime === 'image/png' ? 'PNG' : 'JPEG');

export const IntakeChannelFacts: FC<{ v: View; intake: IntakeFacts }> = ({ v, intake }) => (
  <>
    <dt>{tm(v, 'requests-intake.intake-facts.received_through')}</dt>
    <dd>
      {CHANNEL_LABELS[intake.channel][v.locale].toLowerCase()}
      {intake.enteredByName ? ` · ${tm(v, 'requests-intake.intake-facts.entered')} ${intake.enteredByName}` : ''}
    </dd>
  </>
);

const Scan: FC<{ v: View; label: [string, string]; link: [string, string]; scan: ScanFacts; href: string }> = ({ v, label, link, scan, href }) =>
  scan ? (
    <>
      <dt>{tx(v, ...label)}</dt>
      <dd>
        <a href={href}>
          {tx(v, ...link)} ({typeOf(scan)})
        </a>
        <span class="muted small block">{tm(v, 'requests-case.facts.every_view_recorded_audit_log')}</span>
      </dd>
    </>
  ) : null;

/** The scans kept at intake, when there are any and the actor may see them; nothing otherwise. */
export const IntakeScanFacts: FC<{ v: View; intake: IntakeFacts; base: string }> = ({ v, intake, base }) => (
  <>
    <Scan
      v={v}
      label={['Pindaian surat masuk', 'Scan of the letter received']}
      link={['Lihat pindaian surat', 'View the letter scan']}
      scan={intake.letterScan}
      href={`${base}/surat-masuk`}
    />
    <Scan
      v={v}
      label={['Surat kuasa', 'Power of attorney']}
      link={['Lihat surat kuasa', 'View the power of attorney']}
      scan={intake.proxyLetter}
      href={`${base}/surat-kuasa`}
    />
  </>
);
