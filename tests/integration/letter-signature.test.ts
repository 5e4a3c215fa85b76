// Electronic signature of issued letters (issue #14): a test CA and signer certificates made with the openssl
// command at test time (never committed), a PKCS#12 file with its password, a letter issued on the demo and
// checked with pdfsig (poppler-utils): the signature is valid, ETSI.CAdES.detached, names the signer's CN; one
// changed byte makes it invalid; the stored copy is served again byte for byte. Configuration errors stop the
// start with one line; without a certificate the letter says it is printed and signed by hand.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, isNotNull } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config/env.js';
import type { Ctx } from '../../src/context.js';
import { auditLog, informationRequests, letterScans, objections, requestResponses, signedLetters, users } from '../../src/db/schema/index.js';
import { renderRequestLetter } from '../../src/letters/issued-request-letters.js';
import { loadLetterSigner, SigningConfigError, type LetterSigner } from '../../src/letters/sign.js';
import { hashPassword } from '../../src/domain/accounts/passwords.js';
import { Browser, createTestApp, PASSWORD as PASSWORD_LOGIN, type TestApp } from '../helpers/app.js';
import { runCli } from '../helpers/cli.js';
import { backendName, tempDir } from '../helpers/db.js';

const PASSWORD = 'rahasia-uji-P12';
const hasPdfsig = spawnSync('pdfsig', ['-v']).error === undefined;
const hasOpenssl = spawnSync('openssl', ['version']).error === undefined;
if (!hasPdfsig) console.warn('pdfsig (poppler-utils) tidak ada / not installed: the pdfsig checks are skipped');

/** A test CA and PKCS#12 files signed by it, with the given validity periods (openssl ca, test-only keys). */
function makeCertificates(dir: string) {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  mkdirSync(path.join(dir, 'new'), { recursive: true });
  writeFileSync(path.join(dir, 'index.txt'), '');
  writeFileSync(path.join(dir, 'serial'), '1000\n');
  writeFileSync(
    path.join(dir, 'ca.cnf'),
    [
      '[ca]',
      'default_ca = uji',
      '[uji]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'new_certs_dir = $dir/new',
      'serial = $dir/serial',
      'default_md = sha256',
      'policy = any',
      'unique_subject = no',
      'copy_extensions = none',
      'x509_extensions = signer',
      '[any]',
      'commonName = supplied',
      'organizationName = optional',
      '[signer]',
      'basicConstraints = CA:FALSE',
      'keyUsage = critical, digitalSignature, nonRepudiation',
      '',
    ].join('\n'),
  );
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-subj', '/CN=CA Uji Q-Gesy');
  const p12 = (name: string, cn: string, start: string, end: string) => {
    run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/O=Pemerintah Kota Uji/CN=${cn}`);
    run(
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-keyfile',
      'ca.key',
      '-cert',
      'ca.crt',
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.crt`,
      '-startdate',
      start,
      '-enddate',
      end,
      '-notext',
    );
    run('pkcs12', '-export', '-inkey', `${name}.key`, '-in', `${name}.crt`, '-certfile', 'ca.crt', '-out', `${name}.p12`, '-passout', `pass:${PASSWORD}`);
    return path.join(dir, `${name}.p12`);
  };
  return {
    valid: p12('valid', 'PPID Kota Palangka Raya (uji)', '20250101000000Z', '20300101000000Z'),
    expired: p12('expired', 'Sertifikat Kedaluwarsa', '20240101000000Z', '20250101000000Z'),
    future: p12('future', 'Sertifikat Belum Berlaku', '20300101000000Z', '20310101000000Z'),
  };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  return (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' ');
}

function pdfsig(file: string): string {
  const r = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}

describe.skipIf(!hasOpenssl)(`electronic signature of letters (${backendName})`, () => {
  const tmp = tempDir('qgesy-sign-');
  let certs: ReturnType<typeof makeCertificates>;
  let t: TestApp;
  let signer: LetterSigner;
  const outDir = 'test-results';

  beforeAll(async () => {
    certs = makeCertificates(tmp.dir);
    t = await createTestApp({ demo: true });
    signer = await loadLetterSigner(certs.valid, PASSWORD, t.clock.now());
    mkdirSync(outDir, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
    tmp.cleanup();
  });

  const withSigner = (): Ctx => ({ ...t.ctx, letterSigner: signer });

  async function decidedRequest() {
    const [row] = await t.db.db
      .select({ r: informationRequests })
      .from(informationRequests)
      .innerJoin(requestResponses, eq(requestResponses.requestId, informationRequests.id))
      .orderBy(informationRequests.id)
      .limit(1);
    return row!.r;
  }

  it('opening the PKCS#12 file: wrong password, expired, not yet valid, missing file are refused with one line', async () => {
    const now = t.clock.now();
    await expect(loadLetterSigner(certs.valid, 'salah', now)).rejects.toThrow(/Kata sandi berkas sertifikat tanda tangan salah/);
    await expect(loadLetterSigner(certs.expired, PASSWORD, now)).rejects.toThrow(/sudah kedaluwarsa sejak 2025-01-01/);
    await expect(loadLetterSigner(certs.future, PASSWORD, now)).rejects.toThrow(/belum berlaku sampai 2030-01-01/);
    await expect(loadLetterSigner(path.join(tmp.dir, 'tidak-ada.p12'), PASSWORD, now)).rejects.toThrow(SigningConfigError);
    await expect(loadLetterSigner(path.join(tmp.dir, 'ca.crt'), PASSWORD, now)).rejects.toThrow(/bukan PKCS#12|kata sandi/i);
    expect(signer.commonName).toBe('PPID Kota Palangka Raya (uji)');
  });

  it('configuration: password without the file, or both password forms, is a ConfigError that never shows the password', () => {
    expect(() => loadConfig({ SIGNING_P12_PASSWORD: 'x' })).toThrow(ConfigError);
    expect(() => loadConfig({ SIGNING_P12: 'a.p12', SIGNING_P12_PASSWORD: 'x', SIGNING_P12_PASSWORD_FILE: 'f' })).toThrow(/tidak keduanya/);
    const c = loadConfig({ SIGNING_P12: 'a.p12', SIGNING_P12_PASSWORD_FILE: '/run/secrets/p12' });
    expect(c.signing).toMatchObject({ p12File: path.resolve('a.p12'), passwordFile: '/run/secrets/p12', password: undefined });
    expect(loadConfig({}).signing).toBeUndefined();
  });

  it('the server refuses to start with a wrong password or an expired certificate, and does not print the password', async () => {
    const dataDir = path.join(tmp.dir, 'data');
    const wrong = await runCli(['serve'], { DATA_DIR: dataDir, SIGNING_P12: certs.valid, SIGNING_P12_PASSWORD: 'bukan-kata-sandinya' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Kata sandi berkas sertifikat tanda tangan salah / wrong password');
    expect(wrong.stderr + wrong.stdout).not.toContain('bukan-kata-sandinya');
    writeFileSync(path.join(tmp.dir, 'pw'), `${PASSWORD}\n`, { mode: 0o600 });
    const expired = await runCli(['serve'], { DATA_DIR: dataDir, SIGNING_P12: certs.expired, SIGNING_P12_PASSWORD_FILE: path.join(tmp.dir, 'pw') });
    expect(expired.code).toBe(1);
    expect(expired.stderr).toMatch(/Sertifikat tanda tangan "Sertifikat Kedaluwarsa" sudah kedaluwarsa/);
    expect(expired.stderr + expired.stdout).not.toContain(PASSWORD);
  });

  it('an issued letter is signed (PAdES, ETSI.CAdES.detached) and verified by pdfsig; downloads give the same bytes; one changed byte is invalid', async () => {
    const r = await decidedRequest();
    const first = await renderRequestLetter(withSigner(), r, 'pemberitahuan');
    t.clock.advance(60_000);
    const again = await renderRequestLetter(withSigner(), r, 'pemberitahuan');
    expect(Buffer.compare(first.pdf, again.pdf)).toBe(0);
    const [stored] = await t.db.db
      .select()
      .from(signedLetters)
      .where(and(eq(signedLetters.kind, 'pemberitahuan'), eq(signedLetters.ref, r.id)));
    expect(stored).toMatchObject({ certificateName: 'PPID Kota Palangka Raya (uji)', size: first.pdf.length });

    const text = await pdfText(first.pdf);
    expect(text).toContain('Ditandatangani secara elektronik');
    expect(text).toContain('WIB');
    expect(text).not.toContain('Dicetak dan ditandatangani basah');
    const file = path.join(outDir, `surat-bertanda-tangan-${backendName}.pdf`);
    writeFileSync(file, first.pdf);
    if (!hasPdfsig) return;
    const report = pdfsig(file);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain('Signer Certificate Common Name: PPID Kota Palangka Raya (uji)');
    expect(report).toContain('Total document signed');

    // One byte of the signed content changed (inside the first signed range, a letter of the text stream).
    const tampered = Buffer.from(first.pdf);
    const at = tampered.indexOf('/Producer');
    expect(at).toBeGreaterThan(0);
    tampered[at + 2] = tampered[at + 2] === 0x72 ? 0x52 : 0x72;
    const bad = path.join(outDir, `surat-diubah-${backendName}.pdf`);
    writeFileSync(bad, tampered);
    const badReport = pdfsig(bad);
    expect(badReport).not.toContain('Signature is Valid.');
    expect(badReport).toMatch(/Signature Validation: Signature is Invalid|Digest Mismatch/i);
  });

  it('over HTTP: the officer and the objection response get the signed copy; the bytes are the stored copy', async () => {
    t.deps.letterSigner = signer;
    try {
      const r = await decidedRequest();
      await t.db.db
        .update(users)
        .set({ passwordHash: await hashPassword(PASSWORD_LOGIN) })
        .where(eq(users.email, 'ppid.utama@palangkaraya.example'));
      const b = new Browser(t.app, '10.9.0.1');
      expect((await b.login('ppid.utama@palangkaraya.example')).status).toBe(303);
      const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await t.app.request(`/admin/permohonan/${r.id}/surat/pemberitahuan.pdf`, { headers: { cookie } });
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      const [stored] = await t.db.db
        .select()
        .from(signedLetters)
        .where(and(eq(signedLetters.kind, 'pemberitahuan'), eq(signedLetters.ref, r.id)));
      expect(bytes.equals((await t.ctx.blobs.get(stored!.pdfSha256))!)).toBe(true);

      const [o] = await t.db.db.select().from(objections).where(isNotNull(objections.decidedAt)).limit(1);
      if (o) {
        const resp = await t.app.request(`/admin/keberatan/${o.id}/surat.pdf`, { headers: { cookie } });
        expect(resp.status).toBe(200);
        {
          const pdf = Buffer.from(await resp.arrayBuffer());
          expect(await pdfText(pdf)).toContain('Ditandatangani secara elektronik');
          if (hasPdfsig) {
            const f = path.join(outDir, `tanggapan-keberatan-bertanda-tangan-${backendName}.pdf`);
            writeFileSync(f, pdf);
            expect(pdfsig(f)).toContain('Signature is Valid.');
          }
        }
      }
    } finally {
      t.deps.letterSigner = null;
    }
  });

  it('a certificate that expired while the server runs: the letter is refused (409), never issued as signed', async () => {
    const r = await decidedRequest();
    const expiredNow: LetterSigner = { ...signer, notAfter: new Date(t.clock.now().getTime() - 1000) };
    // Already issued and kept: still served as stored.
    expect((await renderRequestLetter({ ...t.ctx, letterSigner: expiredNow }, r, 'pemberitahuan')).pdf.length).toBeGreaterThan(0);
    const [other] = await t.db.db
      .select({ r: informationRequests })
      .from(informationRequests)
      .innerJoin(requestResponses, eq(requestResponses.requestId, informationRequests.id))
      .orderBy(informationRequests.id)
      .offset(1)
      .limit(1);
    await expect(renderRequestLetter({ ...t.ctx, letterSigner: expiredNow }, other!.r, 'pemberitahuan')).rejects.toMatchObject({
      status: 409,
      code: 'signing_certificate_invalid',
    });
  });

  it('without a certificate the letter says it is printed and signed by hand', async () => {
    const r = await decidedRequest();
    const { pdf } = await renderRequestLetter(t.ctx, r, 'pemberitahuan');
    const text = await pdfText(pdf);
    expect(text).toContain('Dicetak dan ditandatangani basah');
    expect(text).not.toContain('Ditandatangani secara elektronik');
    if (hasPdfsig) {
      const f = path.join(outDir, `surat-tanpa-sertifikat-${backendName}.pdf`);
      writeFileSync(f, pdf);
      expect(pdfsig(f)).toMatch(/does not contain any signatures/);
    }
  });

  describe('without a certificate: the scan of the letter signed by hand', () => {
    const DEMO = 'palangkaraya.example';
    async function as(email: string) {
      await t.db.db
        .update(users)
        .set({ passwordHash: await hashPassword(PASSWORD_LOGIN) })
        .where(eq(users.email, email));
      const b = new Browser(t.app, '10.9.1.1');
      expect((await b.login(email)).status, email).toBe(303);
      await b.get('/admin');
      return b;
    }
    const cookie = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    async function upload(b: Browser, path: string, letterKind: string, file: { name: string; bytes: Uint8Array; type: string } | null) {
      const form = new FormData();
      form.append('_csrf', b.csrf);
      form.append('letterKind', letterKind);
      if (file) form.append('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      else form.append('file', new File([], '', { type: 'application/octet-stream' }));
      const res = await t.app.request(path, { method: 'POST', body: form, headers: { cookie: cookie(b) } });
      return { status: res.status, text: await res.text(), location: res.headers.get('location') };
    }

    it('the PPID attaches a PDF or PNG scan (checked by content, size-limited); it is in the case history and only the case’s handlers can download it', async () => {
      const r = await decidedRequest();
      const q = `/admin/permohonan/${r.id}`;
      const utama = await as(`ppid.utama@${DEMO}`);
      const page = await utama.get(q);
      expect(page.text).toContain('Pindaian surat bertanda tangan basah');
      expect(page.text).toContain(`${q}/pindaian-surat`);

      // Refused: a program named .pdf, a text file, nothing, an unknown letter, too large.
      const exe = await upload(utama, `${q}/pindaian-surat`, 'pemberitahuan', {
        name: 'surat.pdf',
        bytes: readFileSync('tests/fixtures/program.pdf'),
        type: 'application/pdf',
      });
      expect(exe.status).toBe(415);
      expect(exe.text).toContain('Pindaian harus berupa PDF, JPEG atau PNG');
      const csv = await upload(utama, `${q}/pindaian-surat`, 'pemberitahuan', {
        name: 'surat.png',
        bytes: readFileSync('tests/fixtures/dokumen.csv'),
        type: 'image/png',
      });
      expect(csv.status).toBe(415);
      expect((await upload(utama, `${q}/pindaian-surat`, 'pemberitahuan', null)).status).toBe(422);
      const odd = await upload(utama, `${q}/pindaian-surat`, 'surat-cinta', {
        name: 'a.pdf',
        bytes: readFileSync('tests/fixtures/pindaian.pdf'),
        type: 'application/pdf',
      });
      expect(odd.status).toBe(422);
      expect(odd.text).toContain('Pilih surat yang dipindai');
      const big = await upload(utama, `${q}/pindaian-surat`, 'pemberitahuan', {
        name: 'besar.pdf',
        bytes: new Uint8Array(11 * 1024 * 1024),
        type: 'application/pdf',
      });
      expect(big.status).toBe(413);
      expect(await t.db.db.select().from(letterScans).where(eq(letterScans.requestId, r.id))).toHaveLength(0);

      const pdf = readFileSync('tests/fixtures/pindaian.pdf');
      const ok = await upload(utama, `${q}/pindaian-surat`, 'pemberitahuan', { name: 'C:\\Scan\\Surat <ttd>.PDF', bytes: pdf, type: 'application/pdf' });
      expect(ok.status).toBe(303);
      expect(ok.location).toBe(`${q}?ok=scan`);
      const png = await upload(utama, `${q}/pindaian-surat`, 'penolakan', {
        name: 'hal1.png',
        bytes: readFileSync('tests/fixtures/gambar.png'),
        type: 'application/octet-stream',
      });
      expect(png.status).toBe(303);
      const scans = await t.db.db.select().from(letterScans).where(eq(letterScans.requestId, r.id));
      expect(scans.map((s) => [s.letterKind, s.mime]).sort()).toEqual([
        ['pemberitahuan', 'application/pdf'],
        ['penolakan', 'image/png'],
      ]);
      const pdfScan = scans.find((s) => s.mime === 'application/pdf')!;
      expect(pdfScan.filename).not.toMatch(/[\\<>:]/);
      const audits = await t.db.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'request.letter_scan'), eq(auditLog.entityId, r.id)));
      expect(audits).toHaveLength(2);

      // In the case history, with its link.
      const after = await utama.get(q);
      expect(after.text).toContain('Pindaian surat bertanda tangan basah');
      expect(after.text).toContain('Pindaian Pemberitahuan tertulis yang ditandatangani basah dilampirkan.');
      expect(after.text).toContain(`${q}/pindaian-surat/${pdfScan.id}`);

      // Downloadable by the PPID Utama, byte for byte; not by the Atasan PPID or a viewer (no personal data).
      const got = await t.app.request(`${q}/pindaian-surat/${pdfScan.id}`, { headers: { cookie: cookie(utama) } });
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
      for (const email of [`atasan.ppid@${DEMO}`, `pemantau@${DEMO}`]) {
        const b = await as(email);
        const res = await t.app.request(`${q}/pindaian-surat/${pdfScan.id}`, { headers: { cookie: cookie(b) } });
        expect(res.status, email).toBe(403);
        expect((await b.get(q)).text, email).not.toContain('/pindaian-surat/');
        expect((await upload(b, `${q}/pindaian-surat`, 'pemberitahuan', { name: 'a.pdf', bytes: pdf, type: 'application/pdf' })).status, email).toBe(403);
      }
      expect((await t.app.request(`${q}/pindaian-surat/${pdfScan.id}`)).status).not.toBe(200);
      expect((await t.app.request(`${q}/pindaian-surat/bukan-uuid`, { headers: { cookie: cookie(utama) } })).status).toBe(404);

      // With a certificate configured the form is not offered.
      t.deps.letterSigner = signer;
      try {
        expect((await utama.get(q)).text).not.toContain(`action="${q}/pindaian-surat"`);
      } finally {
        t.deps.letterSigner = null;
      }
    });
  });
});
