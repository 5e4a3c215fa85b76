// `qgesy audit verify [--checkpoint BARIS]` and `qgesy audit checkpoint`: the audit log hash chain checked, and
// a line to keep off the machine that later shows a log cut short or rewritten.
import { auditKeyFileFor, auditKeyIfAny, AuditKeyError } from '../../domain/audit/audit-key.js';
import { checkCheckpoint, formatCheckpoint, verifyAuditChain } from '../../domain/audit/verify-audit-chain.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

export async function cmdAuditVerify(io: CliIo, checkpoint: string | undefined): Promise<number> {
  return withRuntime(io, false, async ({ ctx }) => {
    const key = auditKeyIfAny(ctx.keys);
    const r = await verifyAuditChain(ctx.db, key);
    let code = 0;
    if (r.ok) {
      io.stdout.write(`OK: rantai log audit utuh, ${r.rows} baris diperiksa / audit chain intact, ${r.rows} rows checked\n`);
      if (r.head && key) io.stdout.write(`Titik periksa terbaru / latest checkpoint: ${formatCheckpoint(key, r.head)}\n`);
    } else {
      io.stdout.write(`GAGAL / FAILED at row #${r.seq} (${r.problem}): ${r.message}\n`);
      code = 1;
    }
    if (checkpoint !== undefined) {
      if (!key) throw new AuditKeyError(`Berkas kunci audit tidak ditemukan: ${auditKeyFileFor(ctx.keys!.file)} / The audit key file was not found`);
      const c = await checkCheckpoint(ctx.db, key, checkpoint);
      if (c.ok) io.stdout.write(`OK: titik periksa #${c.seq} ada di rantai / checkpoint #${c.seq} is in the chain\n`);
      else {
        io.stdout.write(`GAGAL / FAILED: titik periksa / checkpoint${c.seq ? ` #${c.seq}` : ''} (${c.problem}): ${c.message}\n`);
        code = 1;
      }
    }
    return code;
  });
}

/** One line for the operator to keep off the machine; `audit verify --checkpoint` checks it later. */
export async function cmdAuditCheckpoint(io: CliIo): Promise<number> {
  return withRuntime(io, false, async ({ ctx }) => {
    const key = auditKeyIfAny(ctx.keys);
    const r = await verifyAuditChain(ctx.db, key);
    if (!r.ok) {
      io.stdout.write(`GAGAL / FAILED at row #${r.seq} (${r.problem}): ${r.message}\n`);
      io.stderr.write('Rantai log audit tidak utuh; titik periksa tidak dibuat / the audit chain is broken; no checkpoint made\n');
      return 1;
    }
    if (!r.head || !key) throw new CliError('Log audit masih kosong; belum ada yang dapat ditandai / the audit log is empty; nothing to mark yet');
    io.stdout.write(`${formatCheckpoint(key, r.head)}\n`);
    return 0;
  });
}
