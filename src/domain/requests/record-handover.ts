// The handover of the information (issue 13 item 2): how (in person, by post, by email, by download), on
// which date and to whom — recorded by the PPID Utama for copies given in person or sent, and shown in the
// case history. The recipient's name is personal data: staff only, never on the tracking page. One transaction.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { HANDOVER_METHODS, informationRequests, requestEvents, requestHandovers, requestResponses } from '../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { disposedUnits, invalid, loadRequest, todayInBody, wrongState } from './case.js';
import { actorId } from '../../shared/ids.js';

export const HANDOVER_LABELS: Record<(typeof HANDOVER_METHODS)[number], [string, string]> = {
  langsung: ['Diserahkan langsung', 'Handed over in person'],
  pos: ['Dikirim melalui pos', 'Sent by post'],
  email: ['Dikirim melalui email', 'Sent by email'],
  unduh: ['Diunduh pemohon', 'Downloaded by the applicant'],
};

export const ZHandover = z.object({
  method: z.enum(HANDOVER_METHODS, { error: 'Pilih cara penyerahan.' }),
  handedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Isi tanggal penyerahan (tttt-bb-hh).' }),
  recipient: z
    .string()
    .trim()
    .min(3, { message: 'Isi nama penerima (minimal 3 karakter).' })
    .max(200, { message: messageRef('validation.most_200_characters') }),
  note: z.string().trim().max(1000, { message: 'Maksimal 1000 karakter.' }).default(''),
});
export type HandoverInput = { method: string; handedOn: string; recipient: string; note?: string };

export async function recordHandover(ctx: Ctx, requestId: string, raw: HandoverInput) {
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    authorize(t.actor, 'request.view', { disposedTo: await disposedUnits(t.db, r.id) });
    authorize(t.actor, 'request.handover');
    const parsed = ZHandover.safeParse(raw);
    if (!parsed.success) throw invalid(parsed.error.issues);
    const input = parsed.data;
    const [resp] = await t.db.select({ noticeDate: requestResponses.noticeDate }).from(requestResponses).where(eq(requestResponses.requestId, r.id));
    if (!resp) throw wrongState(catalogueMessages('requests-files.record-handover.handover_recorded_after_written_notice'));
    const today = await todayInBody(t);
    if (input.handedOn > today || input.handedOn < r.startDate) {
      throw invalid([], { handedOn: 'Tanggal penyerahan harus di antara tanggal permohonan dan hari ini.' });
    }
    const now = t.clock.now();
    const [row] = await t.db
      .insert(requestHandovers)
      .values({ requestId: r.id, ...input, recordedBy: actorId(t), recordedAt: now })
      .returning();
    await t.db.update(informationRequests).set({ updatedAt: now }).where(eq(informationRequests.id, r.id));
    await t.db.insert(requestEvents).values({
      requestId: r.id,
      at: now,
      kind: 'handed_over',
      publicNote: `Informasi: ${HANDOVER_LABELS[input.method][0].toLowerCase()}.`,
      actorId: actorId(t),
    });
    await recordAudit(t, {
      action: 'request.handover',
      entityType: 'information_request',
      entityId: r.id,
      after: { number: r.number, method: input.method, handedOn: input.handedOn },
    });
    return row!;
  });
}
