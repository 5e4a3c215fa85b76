// The letters of a request as PDF files, for the back office and for the applicant's tracking page; each
// caller decides who may have them (the policy for staff, the number and code for the applicant).
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { consequenceTests, requestResponses } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { loadLetterhead } from '../../letters/letterhead.js';
import { extensionPdf, noticePdf, refusalPdf } from '../../letters/request-letters.js';
import { officialLetter } from '../../letters/official.js';
import { dateInZone } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';
import type { InformationRequest } from './submit-request.js';
import type { SignerInfo } from '../../letters/sign.js';

export const LETTER_KINDS = ['pemberitahuan', 'penolakan', 'perpanjangan'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** The letter as issued: signed and kept once with a certificate configured, otherwise marked for a wet signature. */
export async function renderRequestLetter(ctx: Ctx, r: InformationRequest, kind: string): Promise<{ pdf: Buffer; filename: string }> {
  const letter = await renderRequestLetterUnsigned(ctx, r, kind);
  const pdf = await officialLetter(ctx, { kind, ref: r.id }, letter.signer, async () => letter.pdf);
  return { pdf, filename: letter.filename };
}

const PPID_POSITION = 'Pejabat Pengelola Informasi dan Dokumentasi';

async function renderRequestLetterUnsigned(ctx: Ctx, r: InformationRequest, kind: string): Promise<{ pdf: Buffer; filename: string; signer: SignerInfo }> {
  const body = await getPublicBody(ctx.db);
  const head = await loadLetterhead(ctx, body);
  const slug = r.number.replace(/[^A-Za-z0-9]+/g, '-');
  if (kind === 'perpanjangan') {
    if (!r.extendedAt) throw errors.notFound();
    const date = dateInZone(r.extendedAt, body?.timeZone ?? 'Asia/Jakarta').date;
    const signer = body?.ppidContactName || 'PPID';
    return { pdf: await extensionPdf(head, r, date, signer), filename: `perpanjangan-${slug}.pdf`, signer: { name: signer, position: PPID_POSITION } };
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
  const cited = test?.number && test.decisionDate ? { number: test.number, decisionDate: test.decisionDate, subpoint: test.subpoint } : null;
  if (kind === 'penolakan') {
    if (!resp.refusalNumber) throw errors.notFound();
    return { pdf: await refusalPdf(head, r, resp, cited), filename: `penolakan-${slug}.pdf`, signer: { name: resp.signerName, position: PPID_POSITION } };
  }
  return { pdf: await noticePdf(head, r, resp, cited), filename: `pemberitahuan-${slug}.pdf`, signer: { name: resp.signerName, position: PPID_POSITION } };
}
