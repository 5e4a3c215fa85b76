// The penetapan of a classified item's security level (issue #14): its own numbered decision (deciding
// official with NIP, legal basis, date, period, date of lowering or opening) and letter; a level change is a
// new decision kept in the item's history; decided and read only under the item's own rules (clearance and
// need-to-know); the letter names the item by number only and the audit log carries no content.
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Ctx } from '../../src/context.js';
import { auditLog, classifiedAccessLog, classifiedItems, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { createItem, readItem } from '../../src/domain/classified/items.js';
import { decideLevel, listLevelDecisions } from '../../src/domain/classified/level-decisions.js';
import { renderLevelDecision } from '../../src/letters/level-decision.js';
import { canDecideLevel, canReadLevelDecision } from '../../src/policies/classification.js';
import { createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { insertPublicBody, insertUnits } from '../helpers/factories.js';

const TITLE = 'Denah jaringan sandi Kota Zeta-91';
const text = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, ' ');

describe(`security-level decisions (${backendName})`, () => {
  let t: TestApp;
  let u: Record<string, string>;
  const as = async (email: string): Promise<Ctx> => {
    const [row] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(row!) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    await insertPublicBody(t);
    u = await insertUnits(t, [
      { code: 'diskominfo', name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian' },
      { code: 'dinkes', name: 'Dinas Kesehatan' },
      { code: 'setda', name: 'Sekretariat Daerah' },
    ]);
    await makeUser(t.ctx, { email: 'sandi@pky.go.id', roles: ['ppid_pembantu'], unitId: u.diskominfo!, name: 'Ir. Bambang Sutrisno Tingang, M.T.' });
    await makeUser(t.ctx, { email: 'tamu@pky.go.id', roles: ['ppid_pembantu'], unitId: u.dinkes!, name: 'Pembantu Dinkes' });
    await makeUser(t.ctx, { email: 'rendah@pky.go.id', roles: ['ppid_pembantu'], unitId: u.diskominfo!, name: 'Pembantu Kominfo' });
    await makeUser(t.ctx, { email: 'atasan@pky.go.id', roles: ['atasan_ppid'], unitId: u.setda!, name: 'Dr. H. Agus Salim, M.Si.' });
    await t.db.db.update(users).set({ clearance: 'rahasia', nip: '197712052005011003' }).where(eq(users.email, 'sandi@pky.go.id'));
    await t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, 'tamu@pky.go.id'));
    await t.db.db.update(users).set({ clearance: 'terbatas' }).where(eq(users.email, 'rendah@pky.go.id'));
    await t.db.db.update(users).set({ clearance: 'sangat_rahasia' }).where(eq(users.email, 'atasan@pky.go.id'));
  });
  afterAll(async () => t.dispose());

  it('security-level decision: a numbered decision and letter per level, a change is a new decision in the history, decided and read only by the item’s readers', async () => {
    t.clock.set(new Date('2026-12-07T03:00:00Z'));
    const sandi = await as('sandi@pky.go.id');
    const item = await createItem(sandi, { title: TITLE, description: 'Topologi dan kunci.', securityLevel: 'rahasia' });

    // Checked at the edge: Indonesian first.
    await expect(decideLevel(sandi, item.id, { level: 'rahasia', legalBasis: 'UU', periodStart: '2026-12-07' })).rejects.toMatchObject({
      status: 422,
      fields: { legalBasis: { id: 'Tuliskan dasar hukum penetapan (minimal 10 karakter).' } },
    });
    await expect(
      decideLevel(sandi, item.id, {
        level: 'rahasia',
        legalBasis: 'UU No. 14 Tahun 2008 Pasal 17 huruf c',
        periodStart: '2026-12-07',
        reviewOn: '2030-01-01',
        nextLevel: 'sangat_rahasia',
      }),
    ).rejects.toMatchObject({ status: 422, fields: { nextLevel: expect.anything() } });

    // The first decision sets the present level.
    const first = await decideLevel(sandi, item.id, {
      level: 'rahasia',
      legalBasis: 'UU No. 14 Tahun 2008 Pasal 17 huruf c; Perka BSSN tentang klasifikasi informasi',
      periodStart: '2026-12-07',
      periodEnd: '2031-12-06',
      reviewOn: '2029-12-07',
      nextLevel: 'terbatas',
    });
    expect(first).toMatchObject({
      number: '001/PTK/PPID/XII/2026',
      level: 'rahasia',
      previousLevel: 'rahasia',
      decisionDate: '2026-12-07',
      periodEnd: '2031-12-06',
      reviewOn: '2029-12-07',
      nextLevel: 'terbatas',
      signerName: 'Ir. Bambang Sutrisno Tingang, M.T.',
      signerNip: '197712052005011003',
    });

    // Who may decide and read: the item's own rules. Another unit's cleared officer: 404 (not even its existence);
    // the owning unit's officer below the level: 404 too. The Atasan PPID with clearance but no need-to-know: 404.
    for (const email of ['tamu@pky.go.id', 'rendah@pky.go.id', 'atasan@pky.go.id']) {
      const who = await as(email);
      await expect(
        decideLevel(who, item.id, { level: 'rahasia', legalBasis: 'UU No. 14 Tahun 2008 Pasal 17', periodStart: '2026-12-07' }),
        email,
      ).rejects.toMatchObject({ status: 404 });
      await expect(listLevelDecisions(who, item.id), email).rejects.toMatchObject({ status: 404 });
      await expect(renderLevelDecision(who, item.id, first.id, { reason: 'Memeriksa penetapan tingkat' }), email).rejects.toMatchObject({ status: 404 });
    }
    // The policy itself, on facts.
    const facts = { unitId: u.diskominfo!, level: 'rahasia' as const, grants: [] };
    const now = t.clock.now();
    expect(canDecideLevel(sandi.actor, facts, now)).toBe(true);
    expect(canReadLevelDecision(sandi.actor, facts, now)).toBe(true);
    expect(canReadLevelDecision((await as('tamu@pky.go.id')).actor, facts, now)).toBe(false);
    expect(canReadLevelDecision((await as('rendah@pky.go.id')).actor, facts, now)).toBe(false);
    const tamu = (await as('tamu@pky.go.id')).actor;
    const viaGrant = {
      ...facts,
      grants: [{ id: 'g', userId: tamu.kind === 'user' ? tamu.id : '', expiresAt: new Date(now.getTime() + 86_400_000), revokedAt: null }],
    };
    // A reader by grant reads the decisions but has no say over the level.
    expect(canReadLevelDecision(tamu, viaGrant, now)).toBe(true);
    expect(canDecideLevel(tamu, viaGrant, now)).toBe(false);

    // A change of level is a new decision: lowering needs the confirmation and a reason.
    t.clock.set(new Date('2027-02-01T03:00:00Z'));
    const lower = {
      level: 'terbatas' as const,
      legalBasis: 'UU No. 14 Tahun 2008 Pasal 17 huruf c',
      periodStart: '2027-02-01',
      periodEnd: '2029-01-31',
      reviewOn: '2029-02-01',
      nextLevel: 'terbuka' as const,
    };
    await expect(decideLevel(sandi, item.id, lower)).rejects.toMatchObject({ status: 422, fields: { confirmLower: expect.anything() } });
    const second = await decideLevel(sandi, item.id, { ...lower, confirmLower: true, reason: 'Jaringan lama sudah tidak dipakai.' });
    expect(second).toMatchObject({ number: '001/PTK/PPID/II/2027', level: 'terbatas', previousLevel: 'rahasia', nextLevel: null, reviewOn: '2029-02-01' });
    const [after] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, item.id));
    expect(after!.securityLevel).toBe('terbatas');
    expect((await listLevelDecisions(sandi, item.id)).map((d) => d.number)).toEqual(['001/PTK/PPID/XII/2026', '001/PTK/PPID/II/2027']);

    // The letter, read back: the decision's elements, the item by number only, the signer's NIP; the download is logged.
    const opened = await readItem(sandi, item.id, 'Menyiapkan surat penetapan tingkat');
    const { pdf } = await renderLevelDecision(sandi, item.id, second.id, { reading: opened.logId });
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/penetapan-tingkat-klasifikasi-${backendName}.pdf`, pdf);
    const letter = await text(pdf);
    for (const s of [
      'KEPUTUSAN PENETAPAN TINGKAT KLASIFIKASI INFORMASI',
      'Nomor: 001/PTK/PPID/II/2027',
      `Nomor register informasi ${item.number}`,
      'Tingkat klasifikasi yang ditetapkan Terbatas',
      'Tingkat sebelumnya Rahasia',
      'Dasar hukum UU No. 14 Tahun 2008 Pasal 17 huruf c',
      'Tanggal penetapan 1 Februari 2027',
      'Masa klasifikasi 1 Februari 2027 sampai dengan 31 Januari 2029',
      'Dibuka (tidak lagi diklasifikasikan) pada 1 Februari 2029',
      'Ir. Bambang Sutrisno Tingang, M.T. NIP 197712052005011003',
      // The unit's officer decides under their own title, not as the Atasan PPID.
      'PPID Pembantu Dinas Komunikasi, Informatika, Statistik dan Persandian, Ir. Bambang',
    ]) {
      expect(letter, s).toContain(s);
    }
    const firstLetter = await text((await renderLevelDecision(sandi, item.id, first.id, { reading: opened.logId })).pdf);
    expect(firstLetter).toContain('Diturunkan menjadi Terbatas pada 7 Desember 2029');
    expect(letter).not.toContain('Atasan PPID');
    for (const s of ['Zeta', 'Denah', 'Topologi']) {
      expect(letter, s).not.toContain(s);
      expect(firstLetter, s).not.toContain(s);
    }
    const downloads = await t.db.db.select().from(classifiedAccessLog).where(eq(classifiedAccessLog.action, 'download'));
    expect(downloads.map((d) => d.reason)).toEqual(['Menyiapkan surat penetapan tingkat', 'Menyiapkan surat penetapan tingkat']);
    // An opening that is not this reader's: refused.
    await expect(renderLevelDecision(sandi, item.id, second.id, { reading: 999999 })).rejects.toMatchObject({ status: 409 });
    // A decision of another item under this item's id: 404.
    const other = await createItem(sandi, { title: 'Lain', securityLevel: 'biasa' });
    await expect(renderLevelDecision(sandi, other.id, second.id, { reason: 'Memeriksa penetapan tingkat' })).rejects.toMatchObject({ status: 404 });

    // The audit log names numbers and levels, never the content.
    const audit = JSON.stringify(await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'classified.level_decided')));
    expect(audit).toContain('001/PTK/PPID/II/2027');
    expect(audit).not.toContain('Zeta');
  });
});
