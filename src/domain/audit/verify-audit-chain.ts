// Walks the audit chain and reports the first row that was changed, inserted or deleted; checks a
// checkpoint line an operator kept off the machine (`qgesy audit checkpoint`).
import { asc, eq, gt } from 'drizzle-orm';
import { timingSafeEqual } from 'node:crypto';
import type { DbOrTx } from '../../db/client.js';
import { auditHead, auditLog } from '../../db/schema/index.js';
import { auditHmac, type AuditKey } from './audit-key.js';
import { auditRowHash, GENESIS_HASH, KEYED, KEYED_SWITCH_ACTION, PLAIN } from './hash.js';

export type VerifyProblem = 'changed' | 'inserted' | 'deleted' | 'head' | 'unkeyed' | 'key';

export type VerifyResult =
  { ok: true; rows: number; head: { seq: number; hash: string } | null } | { ok: false; rows: number; seq: number; problem: VerifyProblem; message: string };

/**
 * Checks every row with its own algorithm: plain sha256 only for the rows written before the chain was
 * keyed, HMAC-SHA256 under the audit key from the `audit.keyed` switch-over row on (or from the first row
 * of a chain started keyed). A plain row after the switch-over, a plain row dated after the audit key was
 * made, or a chain that still ends with a plain row is refused: that is what re-hashing rows without the
 * key looks like. `key` null: the key file is missing, and a keyed row cannot be checked.
 */
export async function verifyAuditChain(db: DbOrTx, key: AuditKey | null, batch = 2000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  let keyed = false;
  let lastAlg: string | null = null;
  const keyMadeAt = key ? Date.parse(key.created) : NaN;
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
      if (r.prevHash !== prevHash) {
        return fail(rows, r.seq, 'inserted', `baris audit #${r.seq} tidak menyambung ke baris sebelumnya (disisipkan atau urutan diubah)`);
      }
      if (r.alg === PLAIN) {
        if (keyed) {
          return fail(rows, r.seq, 'unkeyed', `baris audit #${r.seq} berhash polos sesudah rantai dikunci (ditulis ulang tanpa kunci audit)`);
        }
        if (r.at.getTime() >= keyMadeAt) {
          return fail(
            rows,
            r.seq,
            'unkeyed',
            `baris audit #${r.seq} berhash polos padahal ditulis sesudah kunci audit dibuat (ditulis ulang tanpa kunci audit)`,
          );
        }
      } else if (r.alg === KEYED) {
        if (!key) return fail(rows, r.seq, 'key', `baris audit #${r.seq} berkunci, tetapi berkas kunci audit tidak ada`);
        if (!keyed && rows > 0 && r.action !== KEYED_SWITCH_ACTION) {
          return fail(rows, r.seq, 'inserted', `baris audit #${r.seq} berkunci tanpa baris peralihan ${KEYED_SWITCH_ACTION} sebelumnya`);
        }
        keyed = true;
      } else {
        return fail(rows, r.seq, 'changed', `baris audit #${r.seq} memakai algoritme tak dikenal "${r.alg}"`);
      }
      const recomputed = auditRowHash({ ...r, summary: r.summary }, r.alg, key);
      if (recomputed !== r.hash) {
        return fail(rows, r.seq, 'changed', `baris audit #${r.seq} (${r.action}, ${r.at.toISOString()}) telah diubah`);
      }
      prevHash = r.hash;
      lastAlg = r.alg;
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
  if (lastAlg === PLAIN) {
    return fail(
      rows,
      lastSeq,
      'unkeyed',
      `rantai log audit belum dikunci (baris terakhir #${lastSeq} berhash polos); jalankan qgesy migrate / the audit chain is not keyed yet; run qgesy migrate`,
    );
  }
  return { ok: true, rows, head: head ? { seq: head.seq, hash: head.hash } : null };
}

function fail(rows: number, seq: number, problem: VerifyProblem, message: string): VerifyResult {
  return { ok: false, rows, seq, problem, message };
}

// --- checkpoints ------------------------------------------------------------------------------------------

const CHECKPOINT_PREFIX = 'qgesy-audit-1';
const SIG_HEX = 32;

export type Checkpoint = { seq: number; hash: string; sig: string };

function signature(key: AuditKey, seq: number, hash: string): string {
  return auditHmac(key, `${CHECKPOINT_PREFIX}:${seq}:${hash}`).slice(0, SIG_HEX);
}

/** The one line an operator keeps off the machine: `qgesy-audit-1:<seq>:<hash>:<sig>`. */
export function formatCheckpoint(key: AuditKey, head: { seq: number; hash: string }): string {
  return `${CHECKPOINT_PREFIX}:${head.seq}:${head.hash}:${signature(key, head.seq, head.hash)}`;
}

/** Parses a checkpoint line; null when it is not one (mistyped, cut short). */
export function parseCheckpoint(line: string): Checkpoint | null {
  const m = /^qgesy-audit-1:([1-9]\d{0,15}):([0-9a-f]{64}):([0-9a-f]{32})$/.exec(line.trim());
  if (!m) return null;
  return { seq: Number(m[1]), hash: m[2]!, sig: m[3]! };
}

export type CheckpointResult =
  { ok: true; seq: number } | { ok: false; seq: number | null; problem: 'format' | 'signature' | 'missing' | 'changed'; message: string };

/**
 * Does the chain still hold the checkpoint's row with the same hash? A truncated chain no longer holds
 * the row; a rewritten one holds it with another hash. Works with the triggers disabled, because the line
 * was kept where the database's writer cannot reach it.
 */
export async function checkCheckpoint(db: DbOrTx, key: AuditKey, line: string): Promise<CheckpointResult> {
  const cp = parseCheckpoint(line);
  if (!cp) {
    return { ok: false, seq: null, problem: 'format', message: 'baris titik periksa tidak sah (harus qgesy-audit-1:<seq>:<hash>:<sig>)' };
  }
  const expected = Buffer.from(signature(key, cp.seq, cp.hash));
  if (!timingSafeEqual(expected, Buffer.from(cp.sig))) {
    return {
      ok: false,
      seq: cp.seq,
      problem: 'signature',
      message: 'tanda tangan titik periksa tidak cocok dengan kunci audit ini (salah ketik, atau dari instalasi lain)',
    };
  }
  const [row] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, cp.seq));
  if (!row) {
    return { ok: false, seq: cp.seq, problem: 'missing', message: `baris audit #${cp.seq} dari titik periksa tidak ada lagi (log dipotong)` };
  }
  if (row.hash !== cp.hash) {
    return { ok: false, seq: cp.seq, problem: 'changed', message: `baris audit #${cp.seq} tidak sama dengan titik periksa (log ditulis ulang)` };
  }
  return { ok: true, seq: cp.seq };
}
