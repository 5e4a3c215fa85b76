// Entry of the file sandbox's child process (see sandbox.ts): receives one job at a time over IPC, runs
// it, answers with the result or the error. Exits when the parent goes away.
import { runJob, type FileJob } from './file-jobs.js';
import { serializeError } from './sandbox.js';

if (!process.send) {
  process.stderr.write('file-worker: must be started by the file sandbox (IPC channel missing)\n');
  process.exit(2);
}

process.on('disconnect', () => process.exit(0));

process.on('message', (msg: { id: number; job: FileJob }) => {
  runJob(msg.job).then(
    (result) => process.send!({ id: msg.id, ok: true, result }),
    (err: unknown) => process.send!({ id: msg.id, ok: false, error: serializeError(err) }),
  );
});
