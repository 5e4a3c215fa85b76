// The email outbox never shows a usable secret (issue #11): a tracking code opens a citizen's request
// (name, NIK, address via the data download), a reset / sign-in / invitation link opens an account. The
// stored body holds a placeholder, the secret is sealed apart with the envelope keys; the administrator's
// outbox page shows •••••••• and offers "Kirim ulang / Resend"; the real SMTP server receives the working
// link; nobody's role reads the secret (policy outbox.read_secret).
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { auditLog, outbox, units, users } from '../../src/db/schema/index.js';
import { issueLinkToken } from '../../src/domain/accounts/password-reset.js';
import { requestSignInLink } from '../../src/domain/citizen/account.js';
import { rotateKeys } from '../../src/domain/classified/keys.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.js';
import { SECRET_MASK, SECRET_PLACEHOLDER } from '../../src/mail/secret.js';
import { ROLES } from '../../src/context.js';
import { can } from '../../src/policies/index.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { citizenRequest } from '../helpers/factories.js';
import { deliveredBody, readMail } from '../helpers/mail.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

describe(`outbox secrets (${backendName})`, () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let admin: Browser;
  let trackingCode = '';
  let requestNumber = '';

  const mailTo = async (to: string, template: string) => {
    const rows = await t.db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, to), eq(outbox.template, template)));
    return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  };
  const deliver = async () => {
    const w = startOutboxWorker({
      db: t.db.db,
      keys: t.ctx.keys,
      smtpUrl: smtp.url,
      mailFrom: 'PPID <ppid@uji.example>',
      clock: t.clock,
      pollMs: 3_600_000,
      workerId: `w-${randomUUID()}`,
    });
    try {
      while ((await w.tick()) > 0);
    } finally {
      await w.stop();
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    smtp = await startSmtp();
    await t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' });
    await makeUser(t.ctx, { email: 'admin@uji.example', roles: ['admin'] });
    const pembantu = await makeUser(t.ctx, { email: 'pembantu@uji.example', roles: ['ppid_pembantu'] });
    const system = { ...t.ctx, actor: systemActor('uji') };
    // A citizen's request (tracking code), a password reset and an invitation (link tokens), a citizen sign-in link.
    const s = await submitRequest(system, citizenRequest());
    trackingCode = s.token;
    requestNumber = s.request.number;
    const [u] = await t.db.db.select().from(users).where(eq(users.id, pembantu.id));
    await issueLinkToken(t.ctx, u!, 'password_reset');
    await issueLinkToken(t.ctx, u!, 'account_invite');
    await requestSignInLink(system, { email: 'yohanes@warga.example' }, { locale: 'id', ipHash: 'uji' });
    admin = new Browser(t.app, '10.7.0.1');
    await admin.login('admin@uji.example');
  });
  afterAll(async () => {
    await smtp.close();
    await t.dispose();
  });

  it('stores no secret in the body: a placeholder there, the secret sealed apart', async () => {
    const rows = await t.db.db.select().from(outbox);
    const secretTemplates = ['request_received', 'password_reset', 'account_invite', 'citizen_sign_in'];
    for (const tpl of secretTemplates) {
      const r = rows.find((x) => x.template === tpl);
      expect(r, tpl).toBeDefined();
      expect(r!.textBody, tpl).toContain(SECRET_PLACEHOLDER);
      expect(r!.secret, tpl).toMatch(/^v1:[0-9a-f]{16}:/);
      // The tokens are not anywhere in the row, sealed value included.
      const delivered = deliveredBody(r!, t.ctx.keys);
      const token = /(?:kode=|atur-sandi\/|akun\/masuk\/)([\w%-]+)/.exec(delivered)![1]!;
      expect(JSON.stringify(r), tpl).not.toContain(token);
    }
    expect(JSON.stringify(rows)).not.toContain(trackingCode);
    // Mail without a secret is stored as is.
    expect(rows.filter((x) => !secretTemplates.includes(x.template)).every((x) => x.secret === null)).toBe(true);
  });

  it("shows the administrator's outbox page no usable token, only the mask and a resend button", async () => {
    const list = await admin.get('/admin/kotak-keluar');
    expect(list.status).toBe(200);
    const rows = await t.db.db.select().from(outbox);
    const tokens = rows.filter((r) => r.secret).map((r) => /(?:kode=|atur-sandi\/|akun\/masuk\/)([\w%-]+)/.exec(deliveredBody(r, t.ctx.keys))![1]!);
    expect(tokens).toHaveLength(4);
    for (const r of rows) {
      const page = await admin.get(`/admin/kotak-keluar/${r.id}`);
      expect(page.status).toBe(200);
      for (const token of tokens) expect(page.text, r.template).not.toContain(token);
      expect(page.text).not.toContain(SECRET_PLACEHOLDER);
      if (r.secret) {
        expect(page.text, r.template).toContain(SECRET_MASK);
        expect(page.text).toContain('Kirim ulang');
        expect(page.text).not.toContain(r.secret);
      }
    }
    for (const token of tokens) expect(list.text).not.toContain(token);
    expect(trackingCode.length).toBeGreaterThan(8);
  });

  it('delivers the working link to the real SMTP server', async () => {
    await deliver();
    const got = smtp.received.filter((m) => m.to.includes('yohanes@warga.example')).map(readMail);
    const receipt = got.find((m) => m.subject.includes(requestNumber));
    expect(receipt, 'the receipt mail reached the SMTP server').toBeDefined();
    expect(receipt!.text).toContain(`kode=${encodeURIComponent(trackingCode)}`);
    expect(receipt!.text).not.toContain(SECRET_PLACEHOLDER);
    expect(receipt!.text).not.toContain(SECRET_MASK);
    // The link works: it opens the tracking page.
    const link = /(http:\/\/localhost:3000\/permohonan\/lacak\?\S+)/.exec(receipt!.text)![1]!;
    const page = await new Browser(t.app, '10.7.0.9').get(link.replace('http://localhost:3000', ''));
    expect(page.status).toBe(200);
    expect(page.text).toContain(requestNumber);
    // The reset link from the mail sets a new password.
    const reset = smtp.received
      .filter((m) => m.to.includes('pembantu@uji.example'))
      .map(readMail)
      .find((m) => m.subject === 'Atur ulang kata sandi Anda');
    const resetPath = /http:\/\/localhost:3000(\/atur-sandi\/\S+)/.exec(reset!.text)![1]!;
    expect((await new Browser(t.app, '10.7.0.8').get(resetPath)).status).toBe(200);
    // Sent rows: nothing of the secret became readable.
    for (const r of await t.db.db.select().from(outbox)) expect(r.textBody).not.toContain(trackingCode);
  });

  it('resends a sent message as a fresh copy that reaches the recipient with the same working link', async () => {
    const [receipt] = await mailTo('yohanes@warga.example', 'request_received');
    t.clock.advance(60_000);
    expect(receipt!.status).toBe('sent');
    const before = smtp.received.length;
    await admin.get(`/admin/kotak-keluar/${receipt!.id}`);
    const r = await admin.post(`/admin/kotak-keluar/${receipt!.id}/kirim-ulang`, {});
    expect(r.status).toBe(303);
    const copies = await mailTo('yohanes@warga.example', 'request_received');
    expect(copies).toHaveLength(2);
    const copy = copies.find((c) => c.id !== receipt!.id)!;
    expect(r.location).toBe(`/admin/kotak-keluar/${copy.id}?ok=outbox.resent`);
    expect(copy).toMatchObject({ status: 'pending', attempts: 0, textBody: receipt!.textBody, secret: receipt!.secret });
    expect(copy.messageId).not.toBe(receipt!.messageId);
    const shown = await admin.get(r.location!);
    expect(shown.text).toContain('Salinan email ini dijadwalkan');
    expect(shown.text).not.toContain(trackingCode);
    const [audit] = await t.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.resent'), eq(auditLog.entityId, copy.id)));
    expect(audit!.summary).toMatchObject({ details: { copyOf: receipt!.id, template: 'request_received' } });

    await deliver();
    const again = smtp.received.slice(before).map(readMail);
    expect(again).toHaveLength(1);
    expect(again[0]!.text).toContain(`kode=${encodeURIComponent(trackingCode)}`);
  });

  it('no role reads a secret, and staff other than the administrator cannot resend', async () => {
    for (const role of ROLES) {
      const actor = {
        kind: 'user' as const,
        id: 'x',
        name: 'x',
        email: 'x@x',
        roles: [role],
        unitId: null,
        locale: 'id' as const,
        clearance: 'sangat_rahasia' as const,
      };
      expect(can(actor, 'outbox.read_secret'), role).toBe(false);
    }
    expect(can(systemActor(), 'outbox.read_secret')).toBe(false);
    expect(can({ kind: 'anonymous' }, 'outbox.read_secret')).toBe(false);
  });

  it('a message whose secret cannot be opened (no key ring) fails to send, recorded without the secret', async () => {
    await issueLinkToken(t.ctx, (await t.db.db.select().from(users).where(eq(users.email, 'pembantu@uji.example')))[0]!, 'password_reset');
    const w = startOutboxWorker({
      db: t.db.db,
      keys: undefined,
      smtpUrl: smtp.url,
      mailFrom: 'PPID <ppid@uji.example>',
      clock: t.clock,
      pollMs: 3_600_000,
      workerId: `w-${randomUUID()}`,
    });
    const before = smtp.received.length;
    try {
      await w.tick();
    } finally {
      await w.stop();
    }
    expect(smtp.received.length).toBe(before);
    const [r] = (await t.db.db.execute(sql`select status, last_error from outbox where status = 'pending' and last_error is not null`)).rows as {
      last_error: string;
    }[];
    expect(r!.last_error).toContain('without a key file');
  });

  it('keeps a queued secret sendable across a key rotation that drops the old key', async () => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, 'pembantu@uji.example'));
    t.clock.advance(60_000);
    await issueLinkToken(t.ctx, u!, 'account_invite');
    const queued = (await mailTo('pembantu@uji.example', 'account_invite')).find((m) => m.status === 'pending')!;
    const oldKey = queued.secret!.split(':')[1];
    const r = await rotateKeys(t.db.db, t.ctx.keys!, new Date(), { dropRetired: true });
    expect(r.dropped).toContain(oldKey);
    const [after] = await t.db.db.select().from(outbox).where(eq(outbox.id, queued.id));
    expect(after!.secret!.split(':')[1]).toBe(r.newKeyId);
    const before = smtp.received.length;
    await deliver();
    const got = smtp.received
      .slice(before)
      .map(readMail)
      .find((m) => m.text.includes('/atur-sandi/'));
    expect(got, 'the invitation reached the SMTP server').toBeDefined();
    expect(got!.text).toMatch(/\/atur-sandi\/[\w-]{40,}/);
  });
});
