// The authorization matrix, generated from the policies: every route of the app × every role (and
// anonymous) × each resource variant — the tested PPID Pembantu's own unit and another unit, and for
// classified content every security level, with and without a grant — called through HTTP on the demo
// data, with the answer the policies give (tests/helpers/route-rules.ts names each route's rule). A route
// without a rule fails the test.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Ctx, Role } from '../../src/context.js';
import {
  SECURITY_LEVELS,
  accessGrants,
  classifiedItems,
  consequenceTests,
  dipDocuments,
  dipEntries,
  disputes,
  exemptionReviews,
  informationRequests,
  letterScans,
  nonWorkingDays,
  searchSynonyms,
  objections,
  outbox,
  requestDispositions,
  requestFiles,
  type SecurityLevel,
  units,
  users,
} from '../../src/db/schema/index.js';
import { createSession, toActor } from '../../src/domain/accounts/sessions.js';
import { sha256 } from '../../src/domain/accounts/tokens.js';
import { attachClassifiedDocument } from '../../src/domain/classified/documents.js';
import { insertEncryptedFile } from '../../src/domain/classified/encrypted-files.js';
import { grantAccess } from '../../src/domain/classified/grants.js';
import { decideLevel } from '../../src/domain/classified/level-decisions.js';
import { createItem, loadItemFacts } from '../../src/domain/classified/items.js';
import { attachDecision } from '../../src/domain/disputes/attach-dispute-decision.js';
import { draftTest } from '../../src/domain/exemptions/draft-test.js';
import { runExpiryReviews } from '../../src/domain/exemptions/reviews.js';
import { decideTest, reviewTest, submitTest } from '../../src/domain/exemptions/workflow.js';
import { addAreas } from '../../src/domain/redaction/add-redaction-areas.js';
import { createRedaction } from '../../src/domain/redaction/create-redaction.js';
import { produceRedaction } from '../../src/domain/redaction/produce-redaction.js';
import { draftToken, redactionAvailable } from '../../src/domain/redaction/shared.js';
import { prepareIdentityScan } from '../../src/domain/requests/identity-scan.js';
import { CSRF_COOKIE, csrfTokenFor } from '../../src/http/middleware/csrf.js';
import { SESSION_COOKIE } from '../../src/http/middleware/context.js';
import { canChangeLevel, canGrantAccess, classifiedAccess, maxLevel, type ClassifiedFacts } from '../../src/policies/classification.js';
import { canDecideTest, canEditTest, canReviewTest, canSeeTestInternals, type TestFacts } from '../../src/policies/exemptions.js';
import { can, type Resource } from '../../src/policies/index.js';
import { issuePenetapanDip } from '../../src/domain/dip/penetapan.js';
import { ROUTE_RULES, type RouteRule, type RulePredicate, type RuleResource } from '../helpers/route-rules.js';
import { SECRET_MASK } from '../../src/mail/secret.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { deliveredBody } from '../helpers/mail.js';
import { backendName } from '../helpers/db.js';
import { approveTestBy, testInput } from '../helpers/exemptions.js';

type Who = 'anonymous' | Role;
type Facts = { classified?: ClassifiedFacts; test?: TestFacts };
type Variant = {
  label: string;
  params: Record<string, string>;
  resource: (actor: Actor) => Resource;
  /** Read again before each variant's calls: an earlier allowed call may have changed them (e.g. revoked a grant). */
  facts?: () => Promise<Facts>;
};

const DEMO = 'palangkaraya.example';
// Two units whose demo requests were answered (so that their letters exist).
const OWN = 'bpkad';
const OTHER = 'bkpsdm';
/** The clearances the matrix runs with: every level is above someone's clearance and within someone else's. */
const CLEARANCE: Record<Role, string> = { admin: 'none', ppid_utama: 'rahasia', ppid_pembantu: 'rahasia', atasan_ppid: 'sangat_rahasia', viewer: 'biasa' };
/** Query strings some routes need to show their page. */
const QUERIES: Record<string, (v: Variant) => string> = {
  'GET /admin/sengketa/baru': (v) => `permohonan=${v.params.id}`,
};
/** Form fields some POST routes take their resource from (beside the CSRF token). */
const BODIES: Record<string, (v: Variant) => Record<string, string>> = {
  'POST /admin/sengketa': (v) => ({ requestId: v.params.id! }),
};

describe(`authorization matrix (${backendName})`, () => {
  let t: TestApp;
  const people = new Map<Who, { id: string | null; actor: Actor }>();
  const variants = new Map<RuleResource | 'none' | 'public', Variant[]>();

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    const db = t.db.db;
    const emails: Record<Role, string> = {
      admin: `admin@${DEMO}`,
      ppid_utama: `ppid.utama@${DEMO}`,
      ppid_pembantu: `ppid.${OWN}@${DEMO}`,
      atasan_ppid: `atasan.ppid@${DEMO}`,
      viewer: `pemantau@${DEMO}`,
    };
    const otherOfficer = `ppid.${OTHER}@${DEMO}`;
    const ctxOf = async (email: string): Promise<Ctx> => {
      const [u] = await db.select().from(users).where(eq(users.email, email));
      return { ...t.ctx, actor: toActor(u!) };
    };
    // Fixtures are made by people who may make them; the matrix then runs with CLEARANCE.
    for (const e of [emails.ppid_pembantu, otherOfficer, emails.ppid_utama, emails.atasan_ppid]) {
      await db.update(users).set({ clearance: 'sangat_rahasia' }).where(eq(users.email, e));
    }

    const unitOf = async (code: string) => (await db.select().from(units).where(eq(units.code, code)))[0]!;
    const own = await unitOf(OWN);
    const other = await unitOf(OTHER);
    const entryIn = async (unitId: string) =>
      (
        await db
          .select()
          .from(dipEntries)
          .where(and(eq(dipEntries.unitId, unitId), isNotNull(dipEntries.publishedVersionId)))
          .limit(1)
      )[0]!;
    const docIn = async (unitId: string) =>
      (
        await db
          .select({ id: dipDocuments.id, entryId: dipDocuments.entryId })
          .from(dipDocuments)
          .innerJoin(dipEntries, eq(dipEntries.id, dipDocuments.entryId))
          // A document of the version being worked on: the only ones the entry page offers to remove.
          .where(and(eq(dipEntries.unitId, unitId), eq(dipDocuments.versionId, dipEntries.workingVersionId)))
          .limit(1)
      )[0]!;
    const requestTo = async (unitId: string) => {
      const [d] = await db
        .select({ requestId: requestDispositions.requestId })
        .from(requestDispositions)
        .where(eq(requestDispositions.unitId, unitId))
        .limit(1);
      const disposed = await db.select({ unitId: requestDispositions.unitId }).from(requestDispositions).where(eq(requestDispositions.requestId, d!.requestId));
      return { id: d!.requestId, disposedTo: disposed.map((x) => x.unitId) };
    };
    variants.set('none', [{ label: '-', params: {}, resource: () => ({}) }]);
    variants.set('own-unit', [{ label: 'own unit', params: {}, resource: (a) => ({ unitId: a.kind === 'user' ? a.unitId : null }) }]);
    variants.set(
      'unit',
      [own, other].map((u) => ({ label: u.code, params: { id: u.id, code: u.code }, resource: () => ({ unitId: u.id }) })),
    );
    const entries = await Promise.all([own, other].map(async (u) => ({ u, e: await entryIn(u.id) })));
    variants.set(
      'dip-entry',
      entries.map(({ u, e }) => ({ label: u.code, params: { id: e.id }, resource: () => ({ unitId: u.id }) })),
    );
    const docs = await Promise.all([own, other].map(async (u) => ({ u, d: await docIn(u.id) })));
    variants.set(
      'dip-document',
      docs.map(({ u, d }) => ({ label: u.code, params: { id: d.entryId, docId: d.id }, resource: () => ({ unitId: u.id }) })),
    );
    const requests = await Promise.all([own, other].map(async (u) => ({ u, r: await requestTo(u.id) })));
    // Each fixture request carries an (encrypted) identity scan, so that its page exists.
    // … and the scan of a letter signed by hand, so that its download exists.
    const scanOf = new Map<string, string>();
    const fileOf = new Map<string, string>();
    for (const { r } of requests) {
      const values = await prepareIdentityScan(t.ctx, readFileSync('tests/fixtures/gambar.png'));
      const fileId = await insertEncryptedFile(db, values, t.clock.now());
      // intake-gaps: the same file stands for the letter received and the surat kuasa, so that their views exist.
      await db
        .update(informationRequests)
        .set({ identityFileId: fileId, letterScanFileId: fileId, proxyLetterFileId: fileId })
        .where(eq(informationRequests.id, r.id));
      const png = await t.ctx.blobs.put(readFileSync('tests/fixtures/gambar.png'));
      const [scan] = await db
        .insert(letterScans)
        .values({
          requestId: r.id,
          letterKind: 'pemberitahuan',
          scanSha256: png.sha256,
          mime: 'image/png',
          filename: 'ttd.png',
          size: png.size,
          uploadedAt: t.clock.now(),
        })
        .returning();
      scanOf.set(r.id, scan!.id);
      // case-docs: a file released on the request, so that its downloads exist.
      const [file] = await db
        .insert(requestFiles)
        .values({
          requestId: r.id,
          source: 'upload',
          sha256: png.sha256,
          filename: 'jawaban.png',
          mime: 'image/png',
          size: png.size,
          attachedAt: t.clock.now(),
          releasedAt: t.clock.now(),
        })
        .returning();
      fileOf.set(r.id, file!.id);
    }
    variants.set(
      'request',
      requests.map(({ u, r }) => ({
        label: `disposed to ${u.code}`,
        params: { id: r.id, file: 'pemberitahuan.pdf', scanId: scanOf.get(r.id)!, fileId: fileOf.get(r.id)! },
        resource: () => ({ disposedTo: r.disposedTo }),
      })),
    );
    variants.set(
      'disposition',
      requests.map(({ u, r }) => ({ label: `disposition of ${u.code}`, params: { id: r.id }, resource: () => ({ unitId: u.id, disposedTo: r.disposedTo }) })),
    );
    const [viewer] = await db.select({ id: users.id }).from(users).where(eq(users.email, emails.viewer));
    variants.set('user', [{ label: 'viewer', params: { id: viewer!.id, userId: viewer!.id }, resource: () => ({}) }]);
    const [day] = await db.select({ id: nonWorkingDays.id }).from(nonWorkingDays).limit(1);
    variants.set('calendar-day', [{ label: 'day', params: { id: day!.id }, resource: () => ({}) }]);
    const [synonym] = await db.select({ id: searchSynonyms.id }).from(searchSynonyms).limit(1);
    variants.set('synonym', [{ label: 'synonym', params: { id: synonym!.id }, resource: () => ({}) }]);
    const penetapan = await issuePenetapanDip(await ctxOf(emails.ppid_utama), { number: '001/PPID/DIP/2026', decidedOn: '2026-03-16' }, 'Asia/Jakarta');
    variants.set('penetapan', [{ label: 'penetapan', params: { id: penetapan.id }, resource: () => ({}) }]);
    const [mail] = await db.select({ id: outbox.id }).from(outbox).limit(1);
    variants.set('outbox-message', [{ label: 'mail', params: { id: mail!.id }, resource: () => ({}) }]);
    const [obj] = await db.select({ id: objections.id }).from(objections).limit(1);
    {
      // intake-gaps: the objection's letter and surat kuasa, so that their views exist.
      const fileId = await insertEncryptedFile(db, await prepareIdentityScan(t.ctx, readFileSync('tests/fixtures/gambar.png')), t.clock.now());
      await db.update(objections).set({ letterScanFileId: fileId, proxyLetterFileId: fileId }).where(eq(objections.id, obj!.id));
    }
    variants.set('objection', [{ label: 'objection', params: { id: obj!.id }, resource: () => ({}) }]);
    const [dispute] = await db.select({ id: disputes.id }).from(disputes).limit(1);
    await attachDecision(await ctxOf(emails.ppid_utama), dispute!.id, { bytes: readFileSync('tests/fixtures/dokumen.pdf'), filename: 'putusan.pdf' });
    variants.set('dispute', [{ label: 'dispute', params: { id: dispute!.id }, resource: () => ({}) }]);

    // Classified items at every level: in the tested officer's unit (A, with a grant to the PPID Utama),
    // in another unit (B), and in B with a grant to the tested officer (B+grant). Each has a PDF document
    // at its level, a draft redaction and a produced one.
    const pdf = readFileSync('tests/fixtures/dokumen.pdf');
    const until = '2026-06-01';
    const itemFacts = (id: string, level?: SecurityLevel) => async (): Promise<Facts> => {
      const f = (await loadItemFacts(db, id))!.facts;
      return { classified: level ? { ...f, level: maxLevel(f.level, level) } : f };
    };
    const itemVs: Variant[] = [];
    const grantVs: Variant[] = [];
    const docVs: Variant[] = [];
    const redactionVs: Variant[] = [];
    const producedVs: Variant[] = [];
    const canRedact = await redactionAvailable();
    if (!canRedact) console.warn('authorization matrix: poppler-utils missing, redaction routes are not called');
    const [utamaUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, emails.ppid_utama));
    const [officerUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, emails.ppid_pembantu));
    for (const [label, creator, grantee] of [
      ['A', emails.ppid_pembantu, utamaUser!.id],
      ['B', otherOfficer, null],
      ['B+grant', otherOfficer, officerUser!.id],
    ] as const) {
      const maker = await ctxOf(creator);
      // A produced copy rests on an approved consequence test of the unit covering its ground (h).
      const cover = canRedact
        ? await approveTestBy(
            { drafter: maker, utama: await ctxOf(emails.ppid_utama), atasan: await ctxOf(emails.atasan_ppid) },
            { itemTitle: `Matriks ${label} uji penghitaman`, groundCode: 'h.2' },
          )
        : null;
      for (const level of SECURITY_LEVELS) {
        const item = await createItem(maker, { title: `Matriks ${label} ${level}`, description: 'Isi uji matriks.', securityLevel: level });
        const doc = await attachClassifiedDocument(maker, item.id, { filename: 'matriks.pdf', bytes: pdf, level });
        const name = `${label} ${level}`;
        const decision = await decideLevel(maker, item.id, { level, legalBasis: 'UU No. 14 Tahun 2008 Pasal 17 (uji matriks)', periodStart: '2026-01-01' });
        itemVs.push({ label: name, params: { id: item.id, decisionId: decision.id }, resource: () => ({}), facts: itemFacts(item.id) });
        docVs.push({
          label: name,
          params: { id: item.id, docId: doc.id, documentId: doc.id },
          resource: () => ({}),
          facts: itemFacts(item.id, doc.securityLevel),
        });
        if (grantee) {
          await grantAccess(maker, item.id, { userId: grantee, reason: 'Koordinasi uji matriks otorisasi.', until });
          const [g] = await db.select({ id: accessGrants.id }).from(accessGrants).where(eq(accessGrants.itemId, item.id));
          grantVs.push({ label: name, params: { id: item.id, grantId: g!.id }, resource: () => ({}), facts: itemFacts(item.id) });
        }
        // Redaction needs poppler-utils; without it these routes answer 503 and have no fixtures here.
        if (!canRedact) continue;
        const draft = await createRedaction(maker, doc.id, { reason: 'Menyiapkan salinan untuk uji matriks.' });
        redactionVs.push({ label: name, params: { id: draft.id, file: '1.jpg', n: '0' }, resource: () => ({}), facts: itemFacts(item.id, doc.securityLevel) });
        const made = await createRedaction(maker, doc.id, { reason: 'Menyiapkan salinan untuk uji matriks.' });
        const withArea = await addAreas(maker, made.id, { token: draftToken(made), rows: [{ page: '1', x: '10', y: '10', w: '30', h: '5', ground: 'h' }] });
        await produceRedaction(maker, made.id, { token: draftToken(withArea), documentLabel: 'Dokumen uji matriks', checked: '1', testIds: [cover!.id] });
        producedVs.push({ label: name, params: { id: made.id }, resource: () => ({}), facts: itemFacts(item.id, doc.securityLevel) });
      }
    }
    variants.set('classified-item', itemVs);
    variants.set('classified-grant', grantVs);
    variants.set('classified-document', docVs);
    variants.set('redaction', redactionVs);
    variants.set('produced-redaction', producedVs);

    // Consequence tests at every level in both units: a draft, an approved one (period ending within the
    // review window, so that its expiry review opens too).
    const testFacts = (id: string) => async (): Promise<Facts> => {
      const [row] = await db
        .select({ unitId: consequenceTests.unitId, level: classifiedItems.securityLevel })
        .from(consequenceTests)
        .innerJoin(classifiedItems, eq(classifiedItems.id, consequenceTests.itemId))
        .where(eq(consequenceTests.id, id));
      return { test: row! };
    };
    const draftVs: Variant[] = [];
    const approvedVs: Variant[] = [];
    const utama = await ctxOf(emails.ppid_utama);
    const atasan = await ctxOf(emails.atasan_ppid);
    for (const [code, creator] of [
      [OWN, emails.ppid_pembantu],
      [OTHER, otherOfficer],
    ] as const) {
      const maker = await ctxOf(creator);
      for (const level of SECURITY_LEVELS) {
        const unitId = code === OWN ? own.id : other.id;
        const draft = await draftTest(maker, testInput({ itemTitle: `Uji matriks ${code} ${level} (draf)`, securityLevel: level }));
        draftVs.push({ label: `${code} ${level}`, params: { id: draft.id }, resource: () => ({ unitId }), facts: testFacts(draft.id) });
        const approved = await draftTest(maker, testInput({ itemTitle: `Uji matriks ${code} ${level}`, securityLevel: level, periodEnd: '2026-04-10' }));
        await submitTest(maker, approved.id);
        await reviewTest(utama, approved.id, 'forward', { note: '' });
        await decideTest(atasan, approved.id, { decision: 'setujui', reasons: '' });
        approvedVs.push({ label: `${code} ${level}`, params: { id: approved.id }, resource: () => ({ unitId }), facts: testFacts(approved.id) });
      }
    }
    // The PPID Utama drafts a test for the tested officer's unit: the item belongs to that unit. Its facts
    // are declared (the owner), not read back, so that an item filed under the PPID Utama's unit fails here.
    const forOwn = await draftTest(utama, testInput({ unitId: own.id, itemTitle: 'Uji matriks oleh PPID Utama untuk unit', securityLevel: 'terbatas' }));
    const ownedFacts = async (): Promise<Facts> => ({
      classified: { unitId: own.id, level: 'terbatas', grants: (await loadItemFacts(db, forOwn.itemId))!.facts.grants },
      test: { unitId: own.id, level: 'terbatas' },
    });
    itemVs.push({
      label: 'drafted by the PPID Utama for own',
      params: { id: forOwn.itemId, decisionId: '00000000-0000-4000-8000-000000000000' },
      resource: () => ({}),
      facts: ownedFacts,
    });
    draftVs.push({ label: 'drafted by the PPID Utama for own', params: { id: forOwn.id }, resource: () => ({ unitId: own.id }), facts: ownedFacts });
    await runExpiryReviews({ ...t.ctx, actor: { kind: 'system', name: 'uji matriks' } });
    const reviewVs: Variant[] = [];
    for (const v of approvedVs) {
      const [review] = await db.select({ id: exemptionReviews.id }).from(exemptionReviews).where(eq(exemptionReviews.testId, v.params.id!));
      reviewVs.push({ ...v, params: { id: review!.id } });
    }
    variants.set('draft-test', draftVs);
    variants.set('approved-test', approvedVs);
    variants.set('exemption-review', reviewVs);

    for (const [role, email] of Object.entries(emails) as [Role, string][]) {
      await db.update(users).set({ clearance: CLEARANCE[role] }).where(eq(users.email, email));
      const [u] = await db.select().from(users).where(eq(users.email, email));
      people.set(role, { id: u!.id, actor: toActor(u!) });
    }
    people.set('anonymous', { id: null, actor: { kind: 'anonymous' } });

    // Parameters of public routes: real values where they exist, so that the portal answers 200.
    const [published] = await db.select({ slug: dipEntries.slug }).from(dipEntries).where(isNotNull(dipEntries.publishedVersionId)).limit(1);
    const [anyRequest] = await db.select({ number: informationRequests.number }).from(informationRequests).limit(1);
    variants.set('public', [
      {
        label: 'public',
        params: {
          id: requests[0]!.r.id,
          code: OWN,
          slug: published!.slug,
          kategori: 'berkala',
          lang: 'id',
          docId: docs[0]!.d.id,
          filename: 'dokumen.pdf',
          token: 'x'.repeat(43),
          action: 'package_list',
          file: 'pemberitahuan.pdf',
          fileId: fileOf.get(requests[0]!.r.id)!,
        },
        resource: () => ({}),
      },
    ]);
    QUERIES['public'] = () => `nomor=${encodeURIComponent(anyRequest!.number)}&kode=salah`;
  }, 600_000);
  afterAll(async () => t?.dispose());

  const fill = (path: string, params: Record<string, string>) =>
    path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      const v = params[name];
      if (v === undefined) throw new Error(`no fixture for :${name} in ${path}`);
      return encodeURIComponent(v);
    });

  function holds(check: RulePredicate, actor: Actor, facts: Facts): boolean {
    const now = t.clock.now();
    switch (check) {
      case 'read':
        return classifiedAccess(actor, facts.classified!, now).allowed;
      case 'grant':
        return canGrantAccess(actor, facts.classified!, now);
      case 'level':
        return canChangeLevel(actor, facts.classified!, now);
      case 'edit':
        return canEditTest(actor, facts.test!);
      case 'review':
        return canReviewTest(actor, facts.test!);
      case 'decide':
        return canDecideTest(actor, facts.test!);
      case 'internals':
        return canSeeTestInternals(actor, facts.test!);
    }
  }

  function allowedFor(rule: RouteRule, actor: Actor, v: Variant, facts: Facts): boolean {
    if ('public' in rule) return true;
    const resource = v.resource(actor);
    if (!rule.actions.every((a) => can(actor, a, resource))) return false;
    if (rule.anyOf && !rule.anyOf.some((a) => can(actor, a, resource))) return false;
    return rule.check ? holds(rule.check, actor, facts) : true;
  }

  async function call(who: Who, method: string, url: string, fields: Record<string, string> = {}) {
    const person = people.get(who)!;
    const csrfCookie = randomBytes(24).toString('base64url');
    const cookies = [`${CSRF_COOKIE}=${csrfCookie}`];
    let sessionId: string | null = null;
    if (person.id) {
      const token = await createSession(t.ctx, person.id, {});
      cookies.push(`${SESSION_COOKIE}=${token}`);
      sessionId = sha256(token);
    }
    const headers: Record<string, string> = {
      cookie: cookies.join('; '),
      'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    };
    const init: RequestInit = { method, headers };
    if (method === 'POST') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      init.body = new URLSearchParams({ ...fields, _csrf: csrfTokenFor(t.deps.config.sessionSecret, csrfCookie, sessionId) });
    }
    const res = await t.app.request(url, init);
    const body = await res.text();
    return { status: res.status, headers: res.headers, body };
  }

  // Policy outbox.read_secret: the secret part of an outgoing email (tracking code, reset / sign-in /
  // invitation link) is read by nobody; the outbox pages show it masked, also to the administrator.
  it('lets no role read an outbox secret: the outbox pages show the mask, never the token', async () => {
    for (const [who, p] of people) expect(can(p.actor, 'outbox.read_secret'), who).toBe(false);
    const sealed = await t.db.db.select().from(outbox).where(isNotNull(outbox.secret)).limit(10);
    expect(sealed.length).toBeGreaterThan(0);
    for (const m of sealed) {
      const token = /(?:kode=|atur-sandi\/|akun\/masuk\/)([\w%-]+)/.exec(deliveredBody(m, t.ctx.keys))![1]!;
      for (const who of people.keys()) {
        const res = await call(who, 'GET', `/admin/kotak-keluar/${m.id}`);
        expect(res.body, `${m.template} as ${who}`).not.toContain(token);
        if (who === 'admin') expect(res.body).toContain(SECRET_MASK);
        else expect(res.status, who).not.toBe(200);
      }
    }
  });

  it('has a rule for every route, and every rule names a route that exists', () => {
    const routes = new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const missing = [...routes].filter((k) => !ROUTE_RULES[k]);
    expect(missing, `routes without a rule in tests/helpers/route-rules.ts:\n${missing.join('\n')}`).toEqual([]);
    const stale = Object.keys(ROUTE_RULES).filter((k) => !routes.has(k));
    expect(stale, 'rules for routes that no longer exist').toEqual([]);
  });

  it('answers every route as the policies say, for every role, resource variant and security level', async () => {
    const routes = [...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();
    const problems: string[] = [];
    const seen = { allowed: 0, refused: 0 };
    for (const key of routes) {
      const rule: RouteRule | undefined = ROUTE_RULES[key];
      if (!rule) continue;
      const [method, path] = key.split(' ') as [string, string];
      const kind = 'public' in rule ? 'public' : (rule.on ?? 'none');
      for (const v of variants.get(kind)!) {
        const query = (QUERIES[key] ?? (kind === 'public' ? QUERIES['public'] : undefined))?.(v);
        const url = fill(path, { ...variants.get('public')![0]!.params, ...v.params }) + (query ? `?${query}` : '');
        const facts = v.facts ? await v.facts() : {};
        // Refused callers first: an allowed call may change the fixture (e.g. delete it).
        const order = [...people.keys()].map((who) => ({ who, allowed: allowedFor(rule, people.get(who)!.actor, v, facts) }));
        order.sort((a, b) => Number(a.allowed) - Number(b.allowed));
        let removed = false;
        for (const { who, allowed } of order) {
          const res = await call(who, method, url, BODIES[key]?.(v));
          seen[allowed && !('public' in rule) ? 'allowed' : 'refused']++;
          const s = res.status;
          const loc = res.headers.get('location') ?? '';
          let ok: boolean;
          if (s >= 500) ok = false;
          else if ('public' in rule) ok = s !== 401 && s !== 403;
          // A removal done by an earlier allowed caller leaves nothing for the next one to remove.
          else if (allowed) ok = method === 'GET' ? s < 400 : s !== 401 && s !== 403 && (s !== 404 || removed);
          else if (who === 'anonymous') ok = method === 'GET' ? s === 303 && loc.startsWith('/masuk') : s === 401;
          else ok = s === 403 || s === 404;
          if (allowed && /\/(hapus|cabut)$/.test(path) && s < 400) removed = true;
          if (!ok) problems.push(`${key} [${v.label}] as ${who}: expected ${allowed ? 'allowed' : 'refused'}, got ${s}${loc ? ` → ${loc}` : ''}`);
        }
      }
    }
    console.info(`authorization matrix: ${routes.length} routes, ${seen.allowed} allowed and ${seen.refused} refused calls checked`);
    // Both answers occur often: the matrix is not all refusals (or all passes).
    expect(seen.allowed).toBeGreaterThan(300);
    expect(seen.refused).toBeGreaterThan(1000);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 1_200_000);
});
