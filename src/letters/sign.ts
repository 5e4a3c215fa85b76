// Electronic signature of issued letters: a PAdES baseline B-B signature (SubFilter ETSI.CAdES.detached,
// SHA-256) made with the body's certificate, a PKCS#12 file issued by a certification authority (for
// Indonesian government bodies: BSrE or another PSrE). The signature block on the letter's last page names
// the signer; without a certificate the letter says it is printed and signed by hand instead.
//
// No signing library is used (see docs/architecture-notes.md, "Letter signatures"): the PKCS#12 file is
// opened with the openssl command (every PKCS#12 variant a CA issues, old RC2/3DES ones included), the
// signature is made with node:crypto, the CMS structure is written by the small DER writer below, and the
// signature dictionary is added with pdf-lib, already a dependency.
import { createHash, createPrivateKey, sign as cryptoSign, X509Certificate, type KeyObject } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import { ConfigError, type SigningConfig } from '../config/env.js';
import { contentEndOf } from '../documents/pdf.js';
import { formatDate, formatTime, wallClock, zoneLabel } from '../domain/calendar/dates.js';

/** A configuration error (the server refuses to start with its one line). */
export class SigningConfigError extends ConfigError {}

/** The body's signing identity, opened once at start-up. Never holds or logs the password. */
export type LetterSigner = {
  key: KeyObject;
  /** The signer's certificate first, then the rest of the chain found in the file (DER). */
  chain: Buffer[];
  cert: X509Certificate;
  /** The certificate's subject common name, shown in the signature block. */
  commonName: string;
  notBefore: Date;
  notAfter: Date;
};

/** Who signs a letter, as printed in the block (the certificate is the body's; the person is the official). */
export type SignerInfo = { name: string; position?: string | null | undefined; nip?: string | null | undefined };

// ---- opening the PKCS#12 file -------------------------------------------------------------------------------

function runOpenssl(args: string[], input: string): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('openssl', args, { maxBuffer: 4 * 1024 * 1024, timeout: 20_000 }, (err, stdout, stderr) =>
      resolve({ ok: !err, stdout: String(stdout), stderr: String(stderr) }),
    );
    child.stdin?.end(input);
  });
}

const cnOf = (subject: string) => /(?:^|\n)CN=([^\n]*)/.exec(subject)?.[1]?.trim() ?? subject.split('\n')[0] ?? '';

/**
 * Opens the PKCS#12 file with its password and checks the certificate is valid at `now`. Throws
 * SigningConfigError with one line (Bahasa Indonesia / English) for a missing file, a wrong password, a file
 * without a key or certificate, or a certificate that is expired or not yet valid.
 */
export async function loadLetterSigner(file: string, password: string, now: Date): Promise<LetterSigner> {
  try {
    await readFile(file);
  } catch {
    throw new SigningConfigError(`Berkas sertifikat tanda tangan tidak dapat dibaca / signing certificate file cannot be read: ${file}`);
  }
  // The password goes through stdin, never the command line (visible to other users in `ps`).
  let out = await runOpenssl(['pkcs12', '-in', file, '-nodes', '-passin', 'stdin'], password + '\n');
  if (!out.ok && /unsupported|RC2|legacy/i.test(out.stderr)) {
    out = await runOpenssl(['pkcs12', '-legacy', '-in', file, '-nodes', '-passin', 'stdin'], password + '\n');
  }
  if (!out.ok) {
    if (/mac verify|invalid password|bad decrypt/i.test(out.stderr)) {
      throw new SigningConfigError(`Kata sandi berkas sertifikat tanda tangan salah / wrong password for the signing certificate file: ${file}`);
    }
    throw new SigningConfigError(`Berkas sertifikat tanda tangan bukan PKCS#12 yang sah / not a valid PKCS#12 file: ${file}`);
  }
  const pemKeys = out.stdout.match(/-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/g) ?? [];
  const pemCerts = out.stdout.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (pemKeys.length === 0 || pemCerts.length === 0) {
    throw new SigningConfigError(
      `Berkas sertifikat tanda tangan harus berisi kunci privat dan sertifikat / the signing file must hold a private key and a certificate: ${file}`,
    );
  }
  const key = createPrivateKey(pemKeys[0]!);
  const certs = pemCerts.map((p) => new X509Certificate(p));
  const own = certs.find((c) => c.checkPrivateKey(key));
  if (!own) {
    throw new SigningConfigError(`Tidak ada sertifikat yang cocok dengan kunci privat / no certificate matches the private key: ${file}`);
  }
  const notBefore = new Date(own.validFrom);
  const notAfter = new Date(own.validTo);
  const commonName = cnOf(own.subject);
  if (now < notBefore) {
    throw new SigningConfigError(
      `Sertifikat tanda tangan "${commonName}" belum berlaku sampai ${notBefore.toISOString()} / the signing certificate is not valid before that date`,
    );
  }
  if (now > notAfter) {
    throw new SigningConfigError(
      `Sertifikat tanda tangan "${commonName}" sudah kedaluwarsa sejak ${notAfter.toISOString()} / the signing certificate expired then`,
    );
  }
  const keyType = key.asymmetricKeyType;
  if (keyType !== 'rsa' && keyType !== 'ec') {
    throw new SigningConfigError(`Jenis kunci ${keyType} tidak didukung (hanya RSA atau EC) / key type not supported (RSA or EC only)`);
  }
  const chain = [own.raw, ...certs.filter((c) => c !== own).map((c) => c.raw)];
  return { key, chain, cert: own, commonName, notBefore, notAfter };
}

/** The password from SIGNING_P12_PASSWORD or from the file SIGNING_P12_PASSWORD_FILE names (its first line). */
export async function readSigningPassword(opts: { password?: string | undefined; passwordFile?: string | undefined }): Promise<string> {
  if (opts.password !== undefined) return opts.password;
  if (!opts.passwordFile) return '';
  try {
    return (await readFile(opts.passwordFile, 'utf8')).split(/\r?\n/)[0] ?? '';
  } catch {
    throw new SigningConfigError(`Berkas kata sandi sertifikat tidak dapat dibaca / password file cannot be read: ${opts.passwordFile}`);
  }
}

/** The configured certificate, opened and checked at start-up (`qgesy serve`). */
export async function openConfiguredSigner(signing: SigningConfig, now: Date): Promise<LetterSigner> {
  const password = await readSigningPassword({ password: signing.password, passwordFile: signing.passwordFile });
  return loadLetterSigner(signing.p12File, password, now);
}

// ---- DER writer (just what a CMS SignedData needs) -----------------------------------------------------------

function der(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const n = body.length;
  let len: Buffer;
  if (n < 0x80) len = Buffer.from([n]);
  else {
    const bytes: number[] = [];
    for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
    len = Buffer.from([0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
const seq = (...p: Buffer[]) => der(0x30, ...p);
/** A DER SET OF: elements sorted by their encoding. */
const setOf = (...p: Buffer[]) => der(0x31, ...[...p].sort(Buffer.compare));
const octets = (b: Buffer) => der(0x04, b);
const int = (n: number) => der(0x02, Buffer.from([n]));
const NULL = Buffer.from([0x05, 0x00]);
function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [a! * 40 + b!];
  for (const v of rest) {
    const bytes = [v & 0x7f];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) bytes.unshift((x & 0x7f) | 0x80);
    out.push(...bytes);
  }
  return der(0x06, Buffer.from(out));
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

/** Reads one TLV at `at`: where its contents start and end. */
function tlv(buf: Buffer, at: number): { tag: number; start: number; end: number } {
  const tag = buf[at]!;
  let len = buf[at + 1]!;
  let start = at + 2;
  if (len & 0x80) {
    const k = len & 0x7f;
    len = 0;
    for (let i = 0; i < k; i++) len = len * 256 + buf[at + 2 + i]!;
    start += k;
  }
  return { tag, start, end: start + len };
}

/** The issuer Name and serial number of a certificate, as DER, for the SignerInfo's IssuerAndSerialNumber. */
function issuerAndSerial(certDer: Buffer): Buffer {
  const cert = tlv(certDer, 0);
  const tbs = tlv(certDer, cert.start);
  let at = tbs.start;
  let el = tlv(certDer, at);
  if (el.tag === 0xa0) {
    at = el.end; // explicit version
    el = tlv(certDer, at);
  }
  const serial = certDer.subarray(at, el.end);
  at = el.end;
  at = tlv(certDer, at).end; // signature algorithm
  const issuer = certDer.subarray(at, tlv(certDer, at).end);
  return seq(issuer, serial);
}

/** A detached CMS SignedData over `digest` (SHA-256 of the signed byte ranges), as PAdES B-B asks. */
export function cmsSignature(signer: Pick<LetterSigner, 'key' | 'chain'>, digest: Buffer): Buffer {
  const certDer = signer.chain[0]!;
  const sha256Alg = seq(oid(OID.sha256));
  const attr = (type: string, value: Buffer) => seq(oid(type), setOf(value));
  // PAdES B-B: content type, message digest and the signing certificate (ESS v2); no signing-time attribute
  // (the time is the /M entry of the signature dictionary).
  const attrs = [
    attr(OID.contentType, oid(OID.data)),
    attr(OID.messageDigest, octets(digest)),
    attr(OID.signingCertificateV2, seq(seq(seq(octets(createHash('sha256').update(certDer).digest()), issuerSerialV2(certDer))))),
  ];
  const signedAttrsSet = setOf(...attrs);
  const ec = signer.key.asymmetricKeyType === 'ec';
  const signature = cryptoSign('sha256', signedAttrsSet, signer.key);
  const signerInfo = seq(
    int(1),
    issuerAndSerial(certDer),
    sha256Alg,
    Buffer.concat([Buffer.from([0xa0]), signedAttrsSet.subarray(1)]), // [0] IMPLICIT SET OF Attribute
    ec ? seq(oid(OID.ecdsaWithSha256)) : seq(oid(OID.rsaEncryption), NULL),
    octets(signature),
  );
  const signedData = seq(int(1), setOf(sha256Alg), seq(oid(OID.data)), der(0xa0, ...signer.chain), setOf(signerInfo));
  return seq(oid(OID.signedData), der(0xa0, signedData));
}

/** ESS IssuerSerial: the issuer as a GeneralNames (directoryName [4]) and the serial number. */
function issuerSerialV2(certDer: Buffer): Buffer {
  const ias = issuerAndSerial(certDer);
  const outer = tlv(ias, 0);
  const name = tlv(ias, outer.start);
  const issuer = ias.subarray(outer.start, name.end);
  const serial = ias.subarray(name.end, outer.end);
  return seq(seq(der(0xa4, issuer)), serial);
}

// ---- the PDF side -------------------------------------------------------------------------------------------

/** Room for the CMS (binary bytes); hex-encoded it takes twice as much in the file. */
const CONTENTS_BYTES = 16_384;
const BYTE_RANGE_PLACEHOLDER = '**********';

/** The date and time as letters show them, in the body's zone: "6 Desember 2026 13:09 WIB". */
export function signedAtText(at: Date, timeZone: string): string {
  return `${formatDate(at, 'id', timeZone)} ${formatTime(at, timeZone)} ${zoneLabel(timeZone)}`;
}

/** PDF date string D:YYYYMMDDHHmmSS+HH'mm' in the given zone. */
function pdfDate(at: Date, timeZone: string): string {
  // wallClock: the local time as a Date's UTC fields, seconds included; its distance from `at` is the offset.
  const local = wallClock(at, timeZone);
  const offMin = Math.round((local.getTime() - Math.floor(at.getTime() / 1000) * 1000) / 60000);
  const sign = offMin < 0 ? '-' : '+';
  const abs = Math.abs(offMin);
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = local.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `D:${stamp}${sign}${two(Math.floor(abs / 60))}'${two(abs % 60)}'`;
}

/** The standard PDF fonts speak WinAnsi only: keep Latin-1 letters, replace anything else. */
const winAnsi = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

type Block = { lines: { text: string; bold?: boolean; size: number }[]; border: boolean };

/**
 * Draws the block on the last page, below where the content ends (a new page when there is no room), and
 * returns the page and its rectangle [x1, y1, x2, y2] in PDF points.
 */
async function drawBlock(pdf: PDFDocument, block: Block, end: ReturnType<typeof contentEndOf>): Promise<{ page: PDFPage; rect: number[] }> {
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pad = 5;
  const lineGap = 2.5;
  const height = block.lines.reduce((h, l) => h + l.size + lineGap, 0) + 2 * pad;
  const width = 260;
  const pages = pdf.getPages();
  let page = pages[pages.length - 1]!;
  const { height: pageHeight, width: pageWidth } = page.getSize();
  // In pdfmake's terms (from the top); fall back to the page's lower part when the end is unknown.
  let top = end && end.page === pages.length ? end.top + 6 : pageHeight - 48 - height - 30;
  // The block may reach a little into the bottom margin, never down to the footer line (18 pt below it).
  const bottomLimit = (end ? end.bottom : pageHeight - 48) + 10;
  const right = end ? end.x + end.width : pageWidth - 48;
  if (top + height > bottomLimit) {
    page = pdf.addPage([pageWidth, pageHeight]);
    top = 48;
  }
  const x1 = right - width;
  const y2 = pageHeight - top;
  const y1 = y2 - height;
  if (block.border) {
    page.drawRectangle({ x: x1, y: y1, width, height, borderColor: rgb(0.2, 0.3, 0.5), borderWidth: 0.8, color: rgb(0.96, 0.97, 1) });
  }
  let y = y2 - pad;
  for (const l of block.lines) {
    y -= l.size;
    page.drawText(winAnsi(l.text), { x: x1 + pad, y, size: l.size, font: l.bold ? bold : regular, color: rgb(0.1, 0.1, 0.1), maxWidth: width - 2 * pad });
    y -= lineGap;
  }
  return { page, rect: [x1, y1, x1 + width, y2] };
}

function signerLines(who: SignerInfo): string[] {
  return [who.name, ...(who.position ? [who.position] : []), ...(who.nip ? [`NIP ${who.nip}`] : [])];
}

/**
 * A letter without an electronic signature: a note under the signature block that the letter is printed and
 * signed by hand (the officer may attach the signed scan to the case).
 */
export async function markForWetSignature(letter: Buffer): Promise<Buffer> {
  const pdf = await PDFDocument.load(letter, { updateMetadata: false });
  await drawBlock(
    pdf,
    {
      border: false,
      lines: [
        { text: 'Dicetak dan ditandatangani basah oleh pejabat yang berwenang.', size: 7.5 },
        { text: 'Printed and signed by hand by the competent official.', size: 7 },
      ],
    },
    contentEndOf(letter),
  );
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/**
 * Signs a rendered letter: the visible block (signer, position, NIP, "Ditandatangani secara elektronik", date
 * and time in the body's zone, the certificate's name) on its last page and a PAdES B-B signature over the
 * whole file. Deterministic for the same letter, signer and time.
 */
export async function signLetterPdf(
  letter: Buffer,
  signer: LetterSigner,
  who: SignerInfo,
  opts: { at: Date; timeZone: string; reason?: string; location?: string },
): Promise<Buffer> {
  const pdf = await PDFDocument.load(letter, { updateMetadata: false });
  const when = signedAtText(opts.at, opts.timeZone);
  const { page, rect } = await drawBlock(
    pdf,
    {
      border: true,
      lines: [
        { text: 'Ditandatangani secara elektronik', bold: true, size: 8.5 },
        { text: 'Electronically signed', size: 7 },
        ...signerLines(who).map((text, i) => ({ text, size: 8, bold: i === 0 })),
        { text: `Waktu: ${when}`, size: 7.5 },
        { text: `Sertifikat: ${signer.commonName}`, size: 7 },
      ],
    },
    contentEndOf(letter),
  );
  const ctx = pdf.context;
  const byteRange = PDFArray.withContext(ctx);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(BYTE_RANGE_PLACEHOLDER));
  const sig = ctx.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(CONTENTS_BYTES * 2)),
    M: PDFString.of(pdfDate(opts.at, opts.timeZone)),
    Name: PDFString.of(winAnsi(who.name)),
    Reason: PDFString.of(winAnsi(opts.reason ?? 'Surat resmi PPID')),
    ...(opts.location ? { Location: PDFString.of(winAnsi(opts.location)) } : {}),
  });
  const sigRef = ctx.register(sig);
  const ap = ctx.register(ctx.stream('', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, rect[2]! - rect[0]!, rect[3]! - rect[1]!] }));
  const widget = ctx.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: rect,
    V: sigRef,
    T: PDFString.of('Tanda tangan elektronik'),
    F: 4,
    P: page.ref,
    AP: { N: ap },
  });
  const widgetRef = ctx.register(widget);
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (annots) annots.push(widgetRef);
  else page.node.set(PDFName.of('Annots'), ctx.obj([widgetRef]));
  pdf.catalog.set(PDFName.of('AcroForm'), ctx.obj({ SigFlags: 3, Fields: [widgetRef] }));

  const bytes = Buffer.from(await pdf.save({ useObjectStreams: false }));
  return fillSignature(bytes, signer);
}

/** Writes the byte range and the CMS into the placeholders of a saved PDF. */
function fillSignature(pdf: Buffer, signer: LetterSigner): Buffer {
  const placeholder = `/ByteRange [ 0 /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER} ]`;
  const brAt = pdf.indexOf(placeholder);
  if (brAt < 0) throw new Error('signature placeholder not found');
  const contentsAt = pdf.indexOf('/Contents <', brAt);
  const start = contentsAt < 0 ? -1 : pdf.indexOf('<', contentsAt); // the '<' of the hex string
  const end = pdf.indexOf('>', start) + 1;
  if (start < 0 || end - start !== CONTENTS_BYTES * 2 + 2) throw new Error('signature contents placeholder not found');
  const range = [0, start, end, pdf.length - end];
  let text = `/ByteRange [${range.join(' ')}]`;
  if (text.length > placeholder.length) throw new Error('byte range does not fit');
  text = text.padEnd(placeholder.length, ' ');
  pdf.write(text, brAt, 'latin1');
  const digest = createHash('sha256').update(pdf.subarray(0, start)).update(pdf.subarray(end)).digest();
  const cms = cmsSignature(signer, digest);
  if (cms.length > CONTENTS_BYTES) throw new Error('signature larger than its placeholder');
  pdf.write(cms.toString('hex').padEnd(CONTENTS_BYTES * 2, '0'), start + 1, 'latin1');
  return pdf;
}
