// Walks the audit chain and reports the first row that was changed, inserted or deleted.
import { asc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { auditHead, auditLog } from '../../db/schema/index.js';
import { auditRowHash, GENESIS_HASH } from './hash.js';

export type VerifyResult =
  | { ok: true; rows: number; head: { seq: number; hash: string } | null }
  | { ok: false; rows: number; seq: number; problem: 'changed' | 'inserted' | 'deleted' | 'head'; message: string };

export async function verifyAuditChain(db: DbOrTx, batch = 2000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    if (page.length === 0) break;
    for (const r of page) {
      if (r.seq > expectedSeq) {
        return fail(rows, expectedSeq, 'deleted', `baris audit #${expectedSeq} hilang (dihapus); baris berikutnya yang ada #${r.seq}`);
      }
      const recomputed = auditRowHash({ ...r, summary: r.summary });
      if (r.prevHash !== prevHash) {
        return fail(rows, r.seq, 'inserted', `baris audit #${r.seq} tidak menyambung ke baris sebelumnya (disisipkan atau urutan diubah)`);
      }
      if (recomputed !== r.hash) {
        return fail(rows, r.seq, 'changed', `baris audit #${r.seq} (${r.action}, ${r.at.toISOString()}) telah diubah`);
      }
      prevHash = r.hash;
      expectedSeq = r.seq + 1;
      rows++;
    }
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  const lastSeq = expectedSeq - 1;
  if ((head?.seq ?? 0) !== lastSeq || (head && head.hash !== prevHash)) {
    const missing = head && lastSeq < head.seq ? lastSeq + 1 : lastSeq;
    return fail(
      rows,
      missing,
      lastSeq < (head?.seq ?? 0) ? 'deleted' : 'head',
      head && lastSeq < head.seq
        ? `baris audit #${lastSeq + 1} sampai #${head.seq} hilang (dihapus dari akhir log)`
        : `penanda akhir log audit tidak cocok dengan baris terakhir #${lastSeq}`,
    );
  }
  return { ok: true, rows, head: head ? { seq: head.seq, hash: head.hash } : null };
}

function fail(rows: number, seq: number, problem: 'changed' | 'inserted' | 'deleted' | 'head', message: string): VerifyResult {
  return { ok: false, rows, seq, problem, message };
}
