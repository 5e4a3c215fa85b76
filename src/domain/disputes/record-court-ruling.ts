// The day the body received the court's (PTUN/PN) judgment on an appealed KI ruling: it starts the cassation
// window of 14 days (UU KIP Ps 50, calendar days), shown as the deadline of the court stage.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { todayInBody } from '../requests/case.js';
import { isUuid } from '../../shared/ids.js';

const M_DATE = 'Isi tanggal putusan pengadilan diterima (TTTT-BB-HH), tidak sebelum sengketa didaftarkan dan tidak setelah hari ini.';
const M_STAGE = 'Tanggal putusan pengadilan dicatat pada tahap keberatan ke pengadilan.';
const EN: Record<string, string> = {
  [M_DATE]: 'Enter the date the court’s judgment was received (YYYY-MM-DD), not before the dispute was filed and not after today.',
  [M_STAGE]: 'The date of the court’s judgment is recorded at the court appeal stage.',
};

export async function recordCourtRuling(ctx: Ctx, id: string, raw: { receivedOn: string }): Promise<void> {
  authorize(ctx.actor, 'dispute.manage');
  if (!isUuid(id)) throw errors.notFound();
  const parsed = z.object({ receivedOn: z.iso.date({ message: M_DATE }) }).safeParse(raw);
  const bad = (m: string) => errors.validation({ receivedOn: { id: m, en: EN[m]! } });
  if (!parsed.success) throw bad(M_DATE);
  await inTransaction(ctx, async (t) => {
    const [d] = await t.db.select().from(disputes).where(eq(disputes.id, id)).for('update');
    if (!d) throw errors.notFound();
    if (d.closedAt) throw errors.conflict({ id: 'Perkara sengketa ini sudah ditutup.', en: 'This dispute has been closed.' });
    if (d.stage !== 'keberatan_pengadilan') throw bad(M_STAGE);
    const on = parsed.data.receivedOn;
    if (on < d.filedOn || on > (await todayInBody(t))) throw bad(M_DATE);
    await t.db.update(disputes).set({ courtRulingReceivedOn: on, updatedAt: t.clock.now() }).where(eq(disputes.id, id));
    await recordAudit(t, {
      action: 'dispute.court_ruling',
      entityType: 'dispute',
      entityId: id,
      before: { courtRulingReceivedOn: d.courtRulingReceivedOn },
      after: { courtRulingReceivedOn: on, caseNumber: d.caseNumber },
    });
  });
}
