// Signing letters, measured: a two-page letter rendered with pdfmake, then the wet-signature note and the
// PAdES signature (src/letters/sign.ts) N times each, with a throw-away test CA made by the openssl command.
// Prints the time per letter and the bytes a signature adds; asserts nothing.
// Usage: npx tsx bench/letter-signing.ts [--n 30]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderPdf } from '../src/documents/pdf.js';
import { loadLetterSigner, markForWetSignature, signLetterPdf } from '../src/letters/sign.js';

const nAt = process.argv.indexOf('--n');
const n = nAt > 0 ? Number(process.argv[nAt + 1]) : 30;
const dir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-sign-'));
try {
  const run = (...a: string[]) => execFileSync('openssl', a, { cwd: dir, stdio: 'ignore' });
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '30', '-subj', '/CN=Bench CA');
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 's.key', '-out', 's.csr', '-subj', '/CN=Bench Signer');
  run('x509', '-req', '-in', 's.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 's.crt', '-days', '30');
  run('pkcs12', '-export', '-inkey', 's.key', '-in', 's.crt', '-certfile', 'ca.crt', '-out', 's.p12', '-passout', 'pass:bench');
  let t = performance.now();
  const signer = await loadLetterSigner(path.join(dir, 's.p12'), 'bench', new Date());
  const openMs = performance.now() - t;
  const letter = () => renderPdf({ pageSize: 'A4', pageMargins: [48, 32, 48, 48], content: [{ text: 'Isi surat. '.repeat(900) }] });
  const times = { render: 0, wet: 0, sign: 0 };
  let plain = 0;
  let signed = 0;
  for (let i = 0; i < n; i++) {
    t = performance.now();
    const pdf = await letter();
    times.render += performance.now() - t;
    t = performance.now();
    await markForWetSignature(pdf);
    times.wet += performance.now() - t;
    t = performance.now();
    const s = await signLetterPdf(
      pdf,
      signer,
      { name: 'Pejabat Uji', position: 'PPID', nip: '198001012005011001' },
      { at: new Date(), timeZone: 'Asia/Jakarta' },
    );
    times.sign += performance.now() - t;
    plain = pdf.length;
    signed = s.length;
  }
  console.log(`machine: ${os.cpus().length} CPU, ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg()[0]!.toFixed(1)}`);
  console.log(`opening the PKCS#12 (openssl, once at start-up): ${openMs.toFixed(0)} ms`);
  console.log(
    `per letter (n=${n}): render ${(times.render / n).toFixed(1)} ms, wet note ${(times.wet / n).toFixed(1)} ms, PAdES signature ${(times.sign / n).toFixed(1)} ms`,
  );
  console.log(`size: ${plain} B unsigned, ${signed} B signed (+${signed - plain} B, of which 32 768 B the reserved signature)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
