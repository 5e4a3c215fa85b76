// Run by serve, migrate and seed-demo: makes the encryption and audit key files on the first run (saying so
// once: keep a copy apart), switches an older audit chain to the keyed hash and seals plain classified texts.
import { existsSync } from 'node:fs';
import { prepareKeyFile } from '../domain/classified/keys.js';
import { sealClassifiedText } from '../domain/classified/sealed-text.js';
import { auditKeyFileFor } from '../domain/audit/audit-key.js';
import { upgradeAuditChain } from '../domain/audit/record-audit.js';
import type { Runtime } from './runtime.js';

/** Makes the key file when there is none and nothing is encrypted yet, and says so once: keep a copy apart. Then seals plain texts. */
export async function announceKeyFile(rt: Runtime): Promise<void> {
  const { io, config, logger, ctx } = rt;
  const keys = await prepareKeyFile(ctx.db, ctx.keys!, new Date());
  if (keys.created) {
    io.stdout.write(
      `\n  Berkas kunci enkripsi dibuat / encryption key file created: ${config.encryptionKeyFile}\n` +
        `  Simpan salinannya di tempat aman TERPISAH dari cadangan; tanpa berkas ini dokumen rahasia tidak dapat dibuka.\n` +
        `  Keep a copy somewhere safe, APART from the backups; without it classified documents cannot be opened.\n\n`,
    );
  }
  await prepareAuditChain(rt);
  for (const m of keys.missing) {
    logger.warn(
      { keyId: m.id, files: m.files, items: m.items },
      'kunci induk tidak ada di berkas kunci; berkas ini tidak dapat dibuka / master key missing from the key file',
    );
  }
  await sealPlainText(rt);
}

/**
 * Seals the classified texts still stored plain (written before sealing existed, or restored from an
 * older backup): idempotent, nothing to do on a second run. Counts only go to the log, never a text.
 */
export async function sealPlainText({ logger, ctx }: Pick<Runtime, 'logger' | 'ctx'>): Promise<void> {
  const sealed = await sealClassifiedText(ctx);
  if (sealed.items || sealed.documents) logger.info(sealed, 'teks informasi berklasifikasi disegel / classified texts sealed');
}

/**
 * Makes the audit key on the first run (saying so once) and switches a chain written before the keyed
 * hash over to it (an `audit.keyed` row).
 */
export async function prepareAuditChain({ io, config, ctx }: Runtime): Promise<void> {
  const file = auditKeyFileFor(config.encryptionKeyFile);
  const had = existsSync(file);
  const switched = await upgradeAuditChain(ctx);
  if (!had && existsSync(file)) {
    io.stdout.write(
      `\n  Berkas kunci audit dibuat / audit key file created: ${file}\n` +
        `  Simpan salinannya bersama berkas kunci enkripsi; tanpa berkas ini log audit tidak dapat diperiksa.\n` +
        `  Keep a copy with the encryption key file; without it the audit log cannot be verified.\n\n`,
    );
  }
  if (switched) io.stdout.write('Rantai log audit kini berkunci (HMAC) / the audit chain is now keyed (HMAC)\n');
}
