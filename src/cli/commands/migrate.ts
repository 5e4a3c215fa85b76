// `qgesy migrate`: the database migrations as a deliberate step before starting (serve migrates by itself).
import { existsSync } from 'node:fs';
import type { CliIo } from '../io.js';
import { prepareAuditChain, sealPlainText } from '../prepare-keys.js';
import { withRuntime } from '../runtime.js';

export async function cmdMigrate(io: CliIo): Promise<number> {
  return withRuntime(io, true, async (rt) => {
    const { database } = rt;
    await prepareAuditChain(rt);
    const m = await database.migrationStatus();
    // With a key file in place, migrating also seals what is still plain (serve does it otherwise).
    if (existsSync(rt.config.encryptionKeyFile)) await sealPlainText(rt);
    io.stdout.write(`Migrasi selesai / migrations done: ${m.applied}/${m.expected}\n`);
    return 0;
  });
}
