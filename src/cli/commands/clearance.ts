// `qgesy clearance --email E --level L`: a user's security clearance, for the first Atasan PPID.
import { setClearanceByEmail } from '../../domain/classified/clearances.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

export async function cmdClearance(io: CliIo, flags: { email: unknown; level: unknown }): Promise<number> {
  if (typeof flags.email !== 'string' || typeof flags.level !== 'string') {
    throw new UsageError('Pemakaian / usage: qgesy clearance --email E --level none|biasa|terbatas|rahasia|sangat_rahasia');
  }
  const email = flags.email;
  const level = flags.level;
  return withRuntime(io, true, async ({ ctx }) => {
    const r = await setClearanceByEmail(ctx, email, level);
    io.stdout.write(
      r.from === r.to
        ? `${r.name} <${email}> sudah berizin / already cleared: ${r.to}\n`
        : `Izin akses / clearance of ${r.name} <${email}>: ${r.from} -> ${r.to}\n`,
    );
    return 0;
  });
}
