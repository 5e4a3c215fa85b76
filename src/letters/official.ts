// The official copy of an issued letter. With the body's certificate configured, the letter is signed the
// first time it is produced after it was issued and that signed PDF is kept: every later download, by staff
// or by the applicant, gives the same bytes. Without a certificate the letter is rendered on request and
// says it is printed and signed by hand.
import type { ObjectionSubject } from '../domain/objections/file-unpublished-objection.js';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { signedLetters } from '../db/schema/index.js';
import { AppError } from '../errors.js';
import { getPublicBody } from '../domain/org/public-body.js';
import type { Objection } from '../domain/objections/objections.js';
import { renderObjectionResponse } from './objection-response-letter.js';
import { markForWetSignature, signLetterPdf, type SignerInfo } from './sign.js';
import { utcDate, zoneOf } from '../domain/calendar/dates.js';

export type LetterKey = { kind: string; ref: string };

/** The letter as it is issued: the stored signed copy, a newly signed one, or the unsigned one to sign by hand. */
export async function officialLetter(ctx: Ctx, key: LetterKey, who: SignerInfo, render: () => Promise<Buffer>): Promise<Buffer> {
  const signer = ctx.letterSigner;
  if (!signer) return markForWetSignature(await render());
  const stored = await storedLetter(ctx, key);
  if (stored) return stored;
  const now = ctx.clock.now();
  // Never a letter that claims a signature the certificate can no longer give.
  if (now > signer.notAfter || now < signer.notBefore) {
    throw new AppError('signing_certificate_invalid', 409, {
      id: `Sertifikat tanda tangan elektronik "${signer.commonName}" tidak berlaku pada saat ini (berlaku ${utcDate(signer.notBefore)} s.d. ${utcDate(signer.notAfter)} UTC). Surat tidak diterbitkan; minta administrator memasang sertifikat yang berlaku.`,
      en: `The electronic signature certificate "${signer.commonName}" is not valid now. The letter was not issued; ask the administrator to install a valid certificate.`,
    });
  }
  const body = await getPublicBody(ctx.db);
  const pdf = await signLetterPdf(await render(), signer, who, {
    at: now,
    timeZone: zoneOf(body),
    location: body?.name,
  });
  const blob = await ctx.blobs.put(pdf);
  await ctx.db
    .insert(signedLetters)
    .values({
      kind: key.kind,
      ref: key.ref,
      pdfSha256: blob.sha256,
      size: blob.size,
      signedAt: now,
      certificateName: signer.commonName,
      certificateSerial: signer.cert.serialNumber,
    })
    .onConflictDoNothing();
  // Two first downloads at once: the copy that was stored first is the official one.
  return (await storedLetter(ctx, key)) ?? pdf;
}

async function storedLetter(ctx: Ctx, key: LetterKey): Promise<Buffer | null> {
  const [row] = await ctx.db
    .select({ sha256: signedLetters.pdfSha256 })
    .from(signedLetters)
    .where(and(eq(signedLetters.kind, key.kind), eq(signedLetters.ref, key.ref)));
  return row ? ctx.blobs.get(row.sha256) : null;
}

/** The Atasan PPID's response to an objection, as issued (for staff, the applicant and the citizen's account). */
export async function issuedObjectionResponse(ctx: Ctx, o: Objection, r: ObjectionSubject): Promise<Buffer> {
  const { pdf, signer } = await renderObjectionResponse(ctx, o, r);
  return officialLetter(ctx, { kind: 'tanggapan-keberatan', ref: o.id }, { name: signer.name, position: signer.position, nip: signer.nip }, async () => pdf);
}
