// `qgesy reviews run`: the exemption expiry reviews that are due opened and their reminders queued.
import { systemActor } from '../../context.js';
import { runExpiryReviews } from '../../domain/exemptions/reviews.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

export async function cmdReviews(io: CliIo, sub: string | undefined, extra: string[]): Promise<number> {
  if (sub !== 'run' || extra.length) throw new CliError('Pemakaian / usage: qgesy reviews run');
  return withRuntime(io, true, async ({ ctx }) => {
    const r = await runExpiryReviews({ ...ctx, actor: systemActor('qgesy reviews run') });
    io.stdout.write(
      `Peninjauan pengecualian ${r.today} / exemption reviews: ${r.opened} dibuka / opened, ${r.reminded} pengingat / reminders, ${r.overdue} terlambat / overdue\n`,
    );
    return 0;
  });
}
