// A real SMTP server (smtp-server) on 127.0.0.1 for tests: records every message it receives.
import net from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export type Received = { messageId: string | undefined; from: string | undefined; to: string[]; headers: string; raw: string };
export type TestSmtp = { port: number; url: string; received: Received[]; dataStarted(): Promise<void>; close(): Promise<void> };

export function parseHeaders(raw: string): string {
  const end = raw.indexOf('\r\n\r\n');
  // Unfold continuation lines so that a folded header reads as one line.
  return (end >= 0 ? raw.slice(0, end) : raw).replace(/\r\n[ \t]+/g, ' ');
}
export function header(headers: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headers);
  return m?.[1]?.trim();
}

export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

export const servers = new Set<TestSmtp>();

/** A real SMTP server on 127.0.0.1 that records what it receives. */
export async function startSmtp(opts: { port?: number; dataDelayMs?: number; extra?: Partial<SMTPServerOptions> } = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const dataWaiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      for (const w of dataWaiters.splice(0)) w();
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = parseHeaders(raw);
        const finish = () => {
          received.push({
            messageId: header(headers, 'Message-ID'),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            to: session.envelope.rcptTo.map((r) => r.address),
            headers,
            raw,
          });
          callback();
        };
        if (opts.dataDelayMs) setTimeout(finish, opts.dataDelayMs);
        else finish();
      });
    },
    ...opts.extra,
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as net.AddressInfo).port;
  const smtp: TestSmtp = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    dataStarted: () => new Promise<void>((resolve) => dataWaiters.push(resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        servers.delete(smtp);
        server.close(() => resolve());
      }),
  };
  servers.add(smtp);
  return smtp;
}
