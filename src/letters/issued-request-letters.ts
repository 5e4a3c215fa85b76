// The letters of a request as PDF files, for the back office and for the applicant's tracking page; each
// caller decides who may have them (the policy for staff, the number and code for the applicant).
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { consequenceTests, requestEvents, requestResponses, users } from '../db/schema/index.js';
import { errors } from '../errors.js';
import { loadLetterhead } from '../domain/org/letterhead.js';
import { extensionPdf, noticePdf, refusalPdf } from './request-letters.js';
import { officialLetter } from './official.js';
import { resolveSigner, type Signer } from '../domain/org/signer.js';
import { dateInZone, zoneOf } from '../domain/calendar/dates.js';
import { getPublicBody } from '../domain/org/public-body.js';
import type { InformationRequest } from '../domain/requests/submit-request.js';
import type { SignerInfo } from './sign.js';

export const LETTER_KINDS = ['pemberitahuan', 'penolakan', 'perpanjangan'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** The letter as issued: signed and kept once with a certificate configured, otherwise marked for a wet signature. */
export async function renderRequestLetter(ctx: Ctx, r: InformationRequest, kind: string): Promise<{ pdf: Buffer; filename: string }> {
  const letter = await renderRequestLetterUnsigned(ctx, r, kind);
  const pdf = await officialLetter(ctx, { kind, ref: r.id }, letter.signer, async () => letter.pdf);
  return { pdf, filename: letter.filename };
}

/** What the visible electronic-signature block shows of the letter's signer. */
const signerInfo = (s: Signer): SignerInfo => ({ name: s.name, position: s.position, nip: s.nip });

async function renderRequestLetterUnsigned(ctx: Ctx, r: InformationRequest, kind: string): Promise<{ pdf: Buffer; filename: string; signer: SignerInfo }> {
  const body = await getPublicBody(ctx.db);
  const head = await loadLetterhead(ctx, body);
  const slug = r.number.replace(/[^A-Za-z0-9]+/g, '-');
  if (kind === 'perpanjangan') {
    if (!r.extendedAt) throw errors.notFound();
    const date = dateInZone(r.extendedAt, zoneOf(body)).date;
    // Signed by the officer who extended the deadline, where the case records one.
    const [ev] = await ctx.db
      .select({ name: users.name, nip: users.nip })
      .from(requestEvents)
      .innerJoin(users, eq(users.id, requestEvents.actorId))
      .where(and(eq(requestEvents.requestId, r.id), eq(requestEvents.kind, 'extended')))
      .orderBy(desc(requestEvents.at))
      .limit(1);
    const signer = resolveSigner(body, 'perpanjangan', ev);
    return { pdf: await extensionPdf(head, r, date, signer), filename: `perpanjangan-${slug}.pdf`, signer: signerInfo(signer) };
  }
  if (kind !== 'pemberitahuan' && kind !== 'penolakan') throw errors.notFound();
  const [resp] = await ctx.db.select().from(requestResponses).where(eq(requestResponses.requestId, r.id));
  if (!resp) throw errors.notFound();
  // The cited consequence test: its penetapan number and the sub-point of its ground go into the letter.
  const [test] = resp.consequenceTestId
    ? await ctx.db
        .select({ number: consequenceTests.number, decisionDate: consequenceTests.decisionDate, subpoint: consequenceTests.subpoint })
        .from(consequenceTests)
        .where(eq(consequenceTests.id, resp.consequenceTestId))
    : [];
  // Signed by the officer who recorded the decision, with the NIP of their account.
  const [decider] = resp.createdBy ? await ctx.db.select({ name: users.name, nip: users.nip }).from(users).where(eq(users.id, resp.createdBy)) : [];
  const cited = test?.number && test.decisionDate ? { number: test.number, decisionDate: test.decisionDate, subpoint: test.subpoint } : null;
  if (kind === 'penolakan') {
    if (!resp.refusalNumber) throw errors.notFound();
    const signer = resolveSigner(body, 'penolakan', decider);
    return { pdf: await refusalPdf(head, r, resp, cited, signer), filename: `penolakan-${slug}.pdf`, signer: signerInfo(signer) };
  }
  const signer = resolveSigner(body, 'pemberitahuan', decider);
  return { pdf: await noticePdf(head, r, resp, cited, signer), filename: `pemberitahuan-${slug}.pdf`, signer: signerInfo(signer) };
}
