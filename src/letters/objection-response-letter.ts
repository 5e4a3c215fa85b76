// The Atasan PPID's response to an objection as a PDF (for the back office, the tracking page and the
// citizen's account; each caller decides who may have it): signed by the Atasan PPID who decided (name and
// NIP from their account), on the Atasan's own letterhead, naming the competent Komisi Informasi and the
// last day to bring a dispute to it (UU KIP Ps 37(2): 14 working days, on the body's calendar).
import { eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { users } from '../db/schema/index.js';
import { loadLetterhead } from '../domain/org/letterhead.js';
import { objectionResponsePdf } from './objection-response.js';
import { resolveSigner, type Signer } from '../domain/org/signer.js';
import { defaultCommission } from '../domain/disputes/commission.js';
import { disputeWindowEnd } from '../domain/disputes/check-dispute-filing.js';
import { getPublicBody } from '../domain/org/public-body.js';
import type { Objection } from '../domain/objections/objections.js';
import type { ObjectionSubject } from '../domain/objections/file-unpublished-objection.js';

/** The Komisi Informasi a dispute goes to: as set in the profile, else the province of the body's address. */
export function competentCommission(body: { komisiInformasi?: string; address?: string } | undefined): string {
  return body?.komisiInformasi || defaultCommission(body?.address) || 'Komisi Informasi Provinsi';
}

/** The letter (unsigned; src/letters/official.ts issues it) and who signs it. */
export async function renderObjectionResponse(ctx: Ctx, o: Objection, r: ObjectionSubject): Promise<{ pdf: Buffer; signer: Signer }> {
  const body = await getPublicBody(ctx.db);
  const head = await loadLetterhead(ctx, body);
  const [decider] = o.decidedBy ? await ctx.db.select({ name: users.name, nip: users.nip }).from(users).where(eq(users.id, o.decidedBy)) : [];
  const signer = resolveSigner(body, 'tanggapan_keberatan', decider ?? (o.decidedByName ? { name: o.decidedByName, nip: null } : null));
  const lastDay = o.decidedAt ? await disputeWindowEnd(ctx, o.decidedAt) : null;
  return { pdf: await objectionResponsePdf(head, o, r, { signer, commission: competentCommission(body), lastDay }), signer };
}
