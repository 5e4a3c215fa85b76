// `qgesy create-admin [--email E --name N]`: the first administrator, the password asked for (or read from stdin).
import { createFirstAdmin } from '../../domain/users/users.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { prompt, readSecret } from '../prompt.js';
import { withRuntime } from '../runtime.js';

export async function cmdCreateAdmin(io: CliIo, flags: { email?: string | undefined; name?: string | undefined }): Promise<void> {
  await withRuntime(io, true, async ({ ctx }) => {
    const email = flags.email ?? (await prompt(io, 'Email: '));
    const name = flags.name ?? (await prompt(io, 'Nama lengkap / full name: '));
    const password = await readSecret(io, 'Kata sandi / password (min. 10): ');
    if (io.stdin.isTTY) {
      const again = await readSecret(io, 'Ulangi / repeat: ');
      if (again !== password) throw new CliError('Kata sandi tidak sama. / Passwords do not match.');
    }
    const user = await createFirstAdmin(ctx, { email, name, password });
    io.stdout.write(`Administrator dibuat / created: ${user.email}\n`);
  });
}
