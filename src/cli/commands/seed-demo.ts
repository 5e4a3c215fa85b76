// `qgesy seed-demo`: the Palangka Raya demo data, loaded once, never over a database with real accounts.
import type { Ctx } from '../../context.js';
import { formatLogins, hasNonDemoUsers, seedDemo } from '../../demo/seed-demo.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { announceKeyFile } from '../prepare-keys.js';
import { withRuntime } from '../runtime.js';

/** Demo accounts have passwords printed on the console: never add them to a system with real accounts. */
export async function refuseDemoOverRealData(ctx: Ctx, force: boolean): Promise<void> {
  if (force || !(await hasNonDemoUsers(ctx))) return;
  throw new CliError(
    'Basis data ini sudah berisi akun sungguhan; data contoh tidak dimuat. Pakai DATA_DIR lain untuk mencoba, atau --force bila memang sengaja.\n' +
      'This database already has real accounts; demo data was not loaded. Use another DATA_DIR to try it out, or --force if you really mean it.',
  );
}

export async function cmdSeedDemo(io: CliIo, flags: { force: boolean }): Promise<number> {
  return withRuntime(io, true, async (rt) => {
    const { ctx } = rt;
    await refuseDemoOverRealData(ctx, flags.force);
    // The demo stores encrypted documents: make the key file here as serve would, and say so.
    await announceKeyFile(rt);
    const logins = await seedDemo(ctx);
    io.stdout.write(logins && logins.length ? formatLogins(logins) + '\n' : 'Data contoh sudah ada / demo data already present.\n');
    return 0;
  });
}
