// issue 16: nginx + two `qgesy serve` instances + a worker on PostgreSQL and S3 (deploy/cluster.ts). For 60 s
// citizens submit requests and an officer uploads files through nginx while one instance is killed with
// kill -9 and restarted: every acknowledged request and file is there, numbers have no gaps, every email
// went out exactly once. Then the drain: an upload in flight when SIGTERM arrives still completes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NGINX, startCluster, type Cluster } from '../../deploy/cluster.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { informationRequests, outbox, requestFiles, units } from '../../src/db/schema/index.js';
import { s3BlobStore } from '../../src/documents/s3-store.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { freshPostgresDatabase, testCtx, usingPostgres } from '../helpers/db.js';
import { citizenRequest } from '../helpers/factories.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const skipReason = !usingPostgres
  ? 'TEST_DATABASE_URL is not set (the cluster needs PostgreSQL, not PGlite)'
  : !existsSync(NGINX)
    ? `nginx is not installed at ${NGINX}`
    : null;
if (skipReason) console.warn(`cluster test skipped: ${skipReason}`);

const LOAD_MS = 60_000;
const KILL_AT_MS = 20_000;
const RESTART_AT_MS = 30_000;
const CITIZENS = 10;
const UPLOADERS = 2;

type Res = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** One HTTP exchange from a chosen loopback address (each citizen comes from an address of its own). */
function send(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string; localAddress?: string; timeoutMs?: number } = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: opts.method ?? 'GET', headers: opts.headers, agent: false, localAddress: opts.localAddress, timeout: opts.timeoutMs ?? 60_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Cookies and the CSRF token of one visitor, as a browser keeps them. */
class Visitor {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(
    private base: string,
    public address = '127.0.0.1',
  ) {}
  private headers(extra: Record<string, string> = {}) {
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...extra };
  }
  private remember(res: Res) {
    const set = res.headers['set-cookie'] ?? [];
    for (const sc of set) {
      const [pair] = sc.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.text);
    if (m) this.csrf = m[1]!;
    return res;
  }
  async get(p: string) {
    return this.remember(await send(this.base + p, { headers: this.headers(), localAddress: this.address }));
  }
  async post(p: string, form: Record<string, string>) {
    const body = new URLSearchParams({ ...form, _csrf: this.csrf }).toString();
    return this.remember(
      await send(this.base + p, {
        method: 'POST',
        body,
        headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
        localAddress: this.address,
      }),
    );
  }
  /** A multipart upload of one file, as the request files page sends it. */
  async upload(p: string, file: { name: string; bytes: Buffer }, base = this.base) {
    const { body, type } = await multipart(this.csrf, file);
    return this.remember(await send(base + p, { method: 'POST', body, headers: this.headers({ 'content-type': type }), localAddress: this.address }));
  }
  cookieHeader() {
    return this.headers().cookie;
  }
}

async function multipart(csrf: string, file: { name: string; bytes: Buffer }): Promise<{ body: Buffer; type: string }> {
  const fd = new FormData();
  fd.append('_csrf', csrf);
  fd.append('file', new File([new Uint8Array(file.bytes)], file.name, { type: 'text/csv' }));
  const encoded = new Response(fd);
  return { body: Buffer.from(await encoded.arrayBuffer()), type: encoded.headers.get('content-type')! };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const formOf = (over: Record<string, string>) =>
  Object.fromEntries(Object.entries(citizenRequest()).map(([k, v]) => [k, over[k] ?? (k === 'consent' ? (v ? '1' : '') : String(v ?? ''))]));

describe.skipIf(!!skipReason)('several instances behind nginx, one killed under load (postgres, s3rver, nginx)', () => {
  let cluster: Cluster;
  let db: Database;
  let smtp: TestSmtp;
  let drop: () => Promise<void>;
  let staff: Visitor;

  beforeAll(async () => {
    // An empty database: the cluster migrates it and makes its own key files, as a first start does.
    const fresh = await freshPostgresDatabase();
    drop = fresh.drop;
    smtp = await startSmtp();
    cluster = await startCluster({ databaseUrl: fresh.url, instances: 2, smtpUrl: smtp.url });
    db = await openDatabase({ databaseUrl: fresh.url, poolMax: 4 });
    await db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' });
    const keyFile = path.join(cluster.env.DATA_DIR!, 'keys', 'master.key');
    await makeUser(testCtx(db, { keyFile, now: new Date() }), { email: 'utama@ppid.example', roles: ['ppid_utama'] });
    staff = new Visitor(cluster.url, '127.0.9.1');
    await staff.get('/masuk');
    expect((await staff.post('/masuk', { email: 'utama@ppid.example', password: PASSWORD })).status).toBe(303);
    await staff.get('/admin');
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
    await smtp?.close();
    await db?.close();
    await drop?.();
  });

  it('keeps every acknowledged request, file and email while an instance is killed with kill -9 and restarted', async () => {
    const start = Date.now();
    const end = start + LOAD_MS;
    const acknowledged: { number: string; email: string }[] = [];
    const failed: { what: string; status: number | string; at: number }[] = [];
    const files: { requestId: string; sha256: string; bytes: Buffer }[] = [];
    let addresses = 0;
    const nextAddress = () => {
      addresses++;
      return `127.0.${1 + Math.floor(addresses / 250)}.${2 + (addresses % 250)}`;
    };

    const citizen = async (c: number) => {
      for (let n = 0; Date.now() < end; n++) {
        const v = new Visitor(cluster.url, nextAddress());
        const email = `warga-${c}-${n}@warga.example`;
        try {
          const page = await v.get('/permohonan');
          const token = /name="formToken" value="([^"]+)"/.exec(page.text)?.[1];
          if (page.status !== 200 || !token) {
            failed.push({ what: 'form', status: page.status, at: Date.now() - start });
            await sleep(200);
            continue;
          }
          // The form refuses what is sent faster than a person types (3 s).
          await sleep(3_100);
          const sent = await v.post('/permohonan', { ...formOf({ email, name: `Warga ${c}-${n}` }), formToken: token });
          const number = sent.status === 303 ? new URL(sent.headers.location!, cluster.url).searchParams.get('nomor') : null;
          if (number) acknowledged.push({ number, email });
          else failed.push({ what: 'submit', status: sent.status, at: Date.now() - start });
        } catch (err) {
          failed.push({ what: 'submit', status: (err as Error).message, at: Date.now() - start });
        }
      }
    };

    const uploader = async (u: number) => {
      for (let n = 0; Date.now() < end; n++) {
        if (!acknowledged.length) {
          await sleep(500);
          continue;
        }
        const number = acknowledged[Math.floor(Math.random() * acknowledged.length)]!.number;
        const [r] = await db.db.select({ id: informationRequests.id }).from(informationRequests).where(eq(informationRequests.number, number));
        const bytes = Buffer.from(`nomor,isi\n${n},"berkas ${u}-${n} ${Date.now()} ${Math.random()}"\n`);
        try {
          const res = await staff.upload(`/admin/permohonan/${r!.id}/berkas`, { name: `jawaban-${u}-${n}.csv`, bytes });
          if (res.status === 303) files.push({ requestId: r!.id, sha256: createHash('sha256').update(bytes).digest('hex'), bytes });
          else failed.push({ what: 'upload', status: res.status, at: Date.now() - start });
        } catch (err) {
          failed.push({ what: 'upload', status: (err as Error).message, at: Date.now() - start });
        }
      }
    };

    const victim = cluster.instances[0]!;
    const chaos = (async () => {
      await sleep(KILL_AT_MS);
      const pid = victim.pid;
      await victim.kill('SIGKILL');
      const killedAt = Date.now() - start;
      await sleep(RESTART_AT_MS - KILL_AT_MS);
      await victim.restart();
      return { pid, killedAt, readyAt: Date.now() - start, logAt: statSync(cluster.nginxAccessLog).size };
    })();

    const [kill] = await Promise.all([
      chaos,
      ...Array.from({ length: CITIZENS }, (_, c) => citizen(c)),
      ...Array.from({ length: UPLOADERS }, (_, u) => uploader(u)),
    ]);

    // Every acknowledged request is stored, and the year's numbers run 1..N without a gap.
    const rows = await db.db
      .select({ number: informationRequests.number, seq: informationRequests.seq, year: informationRequests.year })
      .from(informationRequests);
    const stored = new Set(rows.map((r) => r.number));
    expect(acknowledged.filter((a) => !stored.has(a.number))).toEqual([]);
    expect(new Set(acknowledged.map((a) => a.number)).size).toBe(acknowledged.length);
    for (const year of new Set(rows.map((r) => r.year))) {
      const seqs = rows
        .filter((r) => r.year === year)
        .map((r) => r.seq)
        .sort((a, b) => a - b);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }

    // Every acknowledged file is attached and readable, byte for byte, from the bucket.
    const attached = files.length
      ? await db.db
          .select({ requestId: requestFiles.requestId, sha256: requestFiles.sha256 })
          .from(requestFiles)
          .where(
            inArray(
              requestFiles.sha256,
              files.map((f) => f.sha256),
            ),
          )
      : [];
    const s3 = s3BlobStore({
      endpoint: cluster.env.S3_ENDPOINT,
      region: cluster.env.S3_REGION!,
      bucket: cluster.env.S3_BUCKET!,
      accessKeyId: cluster.env.S3_ACCESS_KEY_ID,
      secretAccessKey: cluster.env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: true,
    });
    for (const f of files) {
      expect(
        attached.some((a) => a.requestId === f.requestId && a.sha256 === f.sha256),
        `file ${f.sha256} on ${f.requestId}`,
      ).toBe(true);
      expect((await s3.get(f.sha256))?.equals(f.bytes), `blob ${f.sha256}`).toBe(true);
    }
    s3.client.destroy();

    // The worker empties the outbox; each message went out exactly once (its Message-ID seen once).
    const drainUntil = Date.now() + 60_000;
    while (Date.now() < drainUntil) {
      const [pending] = await db.db.select({ id: outbox.id }).from(outbox).where(ne(outbox.status, 'sent')).limit(1);
      if (!pending) break;
      await sleep(250);
    }
    await sleep(1_000);
    const mails = await db.db.select({ id: outbox.id, status: outbox.status, messageId: outbox.messageId, to: outbox.toAddress }).from(outbox);
    expect(mails.filter((m) => m.status !== 'sent')).toEqual([]);
    const seen = new Map<string, number>();
    for (const m of smtp.received) seen.set(m.messageId ?? '', (seen.get(m.messageId ?? '') ?? 0) + 1);
    expect(mails.filter((m) => seen.get(m.messageId) !== 1)).toEqual([]);
    expect(smtp.received.length).toBe(mails.length);
    // Each acknowledged request with an email address got its receipt.
    const receipts = await db.db
      .select({ to: outbox.toAddress })
      .from(outbox)
      .where(
        and(
          inArray(
            outbox.toAddress,
            acknowledged.map((a) => a.email),
          ),
        ),
      );
    expect(new Set(receipts.map((r) => r.to)).size).toBe(acknowledged.length);

    // What nginx saw: requests sent on to the other instance after the kill.
    const log = readFileSync(cluster.nginxAccessLog, 'utf8').split('\n').filter(Boolean);
    const retried = log.filter((l) => /upstream=\S+, /.test(l)).length;
    const errors = log.filter((l) => /" 50[234] /.test(l)).length;
    // The restarted instance takes its share again.
    const after = readFileSync(cluster.nginxAccessLog).subarray(kill.logAt).toString('utf8').split('\n').filter(Boolean);
    const backOnVictim = after.filter((l) => l.includes(`upstream=127.0.0.1:${victim.port} `)).length;
    expect(backOnVictim).toBeGreaterThan(0);
    const during = failed.filter((f) => f.at >= kill.killedAt - 1_000 && f.at <= kill.readyAt + 5_000);
    console.log(
      [
        `cluster: ${LOAD_MS / 1000} s, ${CITIZENS} citizens + ${UPLOADERS} uploaders through nginx, 2 instances + worker`,
        `  requests acknowledged: ${acknowledged.length} (all stored, numbers 1..${rows.length} without a gap)`,
        `  files acknowledged: ${files.length} (all attached, all read back from S3)`,
        `  kill -9 of pid ${kill.pid} at ${(kill.killedAt / 1000).toFixed(1)} s, back at ${(kill.readyAt / 1000).toFixed(1)} s`,
        `  failed: ${failed.length} (${during.length} around the kill): ${JSON.stringify(failed.slice(0, 8))}`,
        `  nginx: ${log.length} requests, ${retried} sent on to the next instance, ${errors} answered 502/503/504; ` +
          `after the restart ${backOnVictim} of ${after.length} went to the restarted instance`,
        `  emails: ${mails.length} in the outbox, ${smtp.received.length} received by SMTP, each Message-ID once`,
      ].join('\n'),
    );
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(files.length).toBeGreaterThan(5);
  }, 240_000);

  it('drains on SIGTERM: an upload in flight completes and commits, new connections go elsewhere', async () => {
    const target = cluster.instances[1]!;
    // The request with the fewest files: the load above may have filled some to the cap (MAX_FILES_PER_REQUEST).
    const fewest = await db.db.execute(
      sql`select r.id from ${informationRequests} r left join ${requestFiles} f on f.request_id = r.id group by r.id order by count(f.id), r.id limit 1`,
    );
    const r = fewest.rows[0] as { id: string } | undefined;
    const bytes = Buffer.from(`nomor,isi\n1,"terkirim saat berhenti ${Date.now()}"\n`);
    const { body, type } = await multipart(staff.csrf, { name: 'saat-berhenti.csv', bytes });
    // Straight to the instance, half the body now and the rest after SIGTERM: a request in flight.
    const socket = net.connect(target.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    let response = '';
    socket.on('data', (c: Buffer) => (response += c.toString('utf8')));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(
      `POST /admin/permohonan/${r!.id}/berkas HTTP/1.1\r\nHost: 127.0.0.1:${target.port}\r\nCookie: ${staff.cookieHeader()}\r\n` +
        `Content-Type: ${type}\r\nContent-Length: ${body.length}\r\nX-Forwarded-For: 127.0.9.1\r\n\r\n`,
    );
    socket.write(body.subarray(0, body.length >> 1));
    await sleep(300);
    const termAt = Date.now();
    const exited = target.kill('SIGTERM');
    await sleep(700);
    // Draining: no new connection is accepted; nginx answers from the other instance.
    const refused = await new Promise<boolean>((resolve) => {
      const probe = net.connect(target.port, '127.0.0.1');
      probe.once('connect', () => (probe.destroy(), resolve(false)));
      probe.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
    for (let i = 0; i < 4; i++) expect((await send(`${cluster.url}/permohonan`)).status).toBe(200);
    socket.write(body.subarray(body.length >> 1));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 303 /);
    // The answer came, and the instance closed the connection after it (`closed` above) instead of keeping it.
    const answeredAt = Date.now();
    expect(await exited).toBe(0);
    const exitedAt = Date.now();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(await db.db.select({ id: requestFiles.id }).from(requestFiles).where(eq(requestFiles.sha256, sha256))).toHaveLength(1);
    await target.restart();
    expect((await send(`http://127.0.0.1:${target.port}/readyz`)).status).toBe(200);
    console.log(
      `drain: SIGTERM with an upload half sent; answered 303 after ${answeredAt - termAt} ms (body finished at 700 ms), ` +
        `exit 0 after ${exitedAt - termAt} ms, ready again ${Date.now() - exitedAt} ms later`,
    );
  }, 60_000);
});
