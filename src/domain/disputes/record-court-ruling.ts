// The day the body received the court's (PTUN/PN) judgment on an appealed KI ruling: it starts the cassation
// window of 14 days (UU KIP Ps 50, calendar days), shown as the deadline of the court stage.
import { messageRef, bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { todayInBody } from '../requests/case.js';
import { isUuid } from '../../shared/ids.js';

const M_DATE = messageRef('disputes.enter_date_court_s_judgment_received');
const M_STAGE = messageRef('disputes.date_court_s_judgment_recorded_court');

export async function recordCourtRuling(ctx: Ctx, id: string, raw: { receivedOn: string }): Promise<void> {
  authorize(ctx.actor, 'dispute.manage');
  if (!isUuid(id)) throw errors.notFound();
  const parsed = z.object({ receivedOn: z.iso.date({ message: M_DATE }) }).safeParse(raw);
  const bad = (m: string) => errors.validation({ receivedOn: bilingual(m) });
  if (!parsed.success) throw bad(M_DATE);
  await inTransaction(ctx, async (t) => {
    const [d] = await t.db.select().from(disputes).where(eq(disputes.id, id)).for('update');
    if (!d) throw errors.notFound();
    if (d.closedAt) throw errors.conflict(catalogueMessages('disputes.record-court-ruling.dispute_has_been_closed'));
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
