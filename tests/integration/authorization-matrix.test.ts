// The authorization matrix, generated from the policies: every route of the app × every role (and
// anonymous) × each resource variant (the tested PPID Pembantu's own unit and another unit), called
// through HTTP on the demo data, with the answer the policies give (src/policies/routes.ts names each
// route's rule). A route without a rule fails the test.
import { and, eq, isNotNull } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/context.js';
import {
  dipDocuments,
  dipEntries,
  informationRequests,
  nonWorkingDays,
  objections,
  outbox,
  requestDispositions,
  units,
  users,
} from '../../src/db/schema/index.js';
import { createSession, toActor } from '../../src/domain/accounts/sessions.js';
import { sha256 } from '../../src/domain/accounts/tokens.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { CSRF_COOKIE, csrfTokenFor } from '../../src/http/middleware/csrf.js';
import { SESSION_COOKIE } from '../../src/http/middleware/context.js';
import { can, type Resource } from '../../src/policies/index.js';
import { ROUTE_RULES, type RouteRule, type RuleResource } from '../../src/policies/routes.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

type Who = 'anonymous' | Role;
type Variant = { label: string; params: Record<string, string>; query?: string; resource: (actor: Actor) => Resource };

const DEMO = 'palangkaraya.example';
// Two units whose demo requests were answered (so that their letters exist).
const OWN = 'bpkad';
const OTHER = 'bkpsdm';

describe(`authorization matrix (${backendName})`, () => {
  let t: TestApp;
  const people = new Map<Who, { id: string | null; actor: Actor }>();
  const variants = new Map<RuleResource | 'none', Variant[]>();

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx);
    const db = t.db.db;
    const emails: Record<Role, string> = {
      admin: `admin@${DEMO}`,
      ppid_utama: `ppid.utama@${DEMO}`,
      ppid_pembantu: `ppid.${OWN}@${DEMO}`,
      atasan_ppid: `atasan.ppid@${DEMO}`,
      viewer: `pemantau@${DEMO}`,
    };
    people.set('anonymous', { id: null, actor: { kind: 'anonymous' } });
    for (const [role, email] of Object.entries(emails) as [Role, string][]) {
      const [u] = await db.select().from(users).where(eq(users.email, email));
      people.set(role, { id: u!.id, actor: toActor(u!) });
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
    const unitVariants = (code: (u: typeof own) => string): Variant[] =>
      [own, other].map((u) => ({ label: u.code, params: { id: code(u), code: u.code }, resource: () => ({ unitId: u.id }) }));
    variants.set('none', [{ label: '-', params: {}, resource: () => ({}) }]);
    variants.set('own-unit', [{ label: 'own unit', params: {}, resource: (a) => ({ unitId: a.kind === 'user' ? a.unitId : null }) }]);
    variants.set(
      'unit',
      unitVariants((u) => u.id),
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
    variants.set(
      'request',
      requests.map(({ u, r }) => ({
        label: `disposed to ${u.code}`,
        params: { id: r.id, file: 'pemberitahuan.pdf' },
        resource: () => ({ disposedTo: r.disposedTo }),
      })),
    );
    variants.set(
      'disposition',
      requests.map(({ u, r }) => ({ label: `disposition of ${u.code}`, params: { id: r.id }, resource: () => ({ unitId: u.id, disposedTo: r.disposedTo }) })),
    );
    const [anyUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, emails.viewer));
    variants.set('user', [{ label: 'viewer', params: { id: anyUser!.id }, resource: () => ({}) }]);
    const [day] = await db.select({ id: nonWorkingDays.id }).from(nonWorkingDays).limit(1);
    variants.set('calendar-day', [{ label: 'day', params: { id: day!.id }, resource: () => ({}) }]);
    const [mail] = await db.select({ id: outbox.id }).from(outbox).limit(1);
    variants.set('outbox-message', [{ label: 'mail', params: { id: mail!.id }, resource: () => ({}) }]);
    const [obj] = await db.select({ id: objections.id }).from(objections).limit(1);
    variants.set('objection', [{ label: 'objection', params: { id: obj!.id }, resource: () => ({}) }]);
    // Parameters of public routes: real values where they exist, so that the portal answers 200.
    const [published] = await db.select({ slug: dipEntries.slug }).from(dipEntries).where(isNotNull(dipEntries.publishedVersionId)).limit(1);
    const [anyRequest] = await db.select({ number: informationRequests.number }).from(informationRequests).limit(1);
    variants.set('public' as RuleResource, [
      {
        label: 'public',
        params: {
          code: OWN,
          slug: published!.slug,
          kategori: 'berkala',
          lang: 'id',
          docId: docs[0]!.d.id,
          filename: 'dokumen.pdf',
          token: 'x'.repeat(43),
          action: 'package_list',
          file: 'pemberitahuan.pdf',
        },
        query: `nomor=${encodeURIComponent(anyRequest!.number)}&kode=salah`,
        resource: () => ({}),
      },
    ]);
  }, 180_000);
  afterAll(async () => t?.dispose());

  const fill = (path: string, params: Record<string, string>) =>
    path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      const v = params[name];
      if (v === undefined) throw new Error(`no fixture for :${name} in ${path}`);
      return encodeURIComponent(v);
    });

  async function call(who: Who, method: string, url: string) {
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
      init.body = new URLSearchParams({ _csrf: csrfTokenFor(t.deps.config.sessionSecret, csrfCookie, sessionId) });
    }
    const res = await t.app.request(url, init);
    await res.arrayBuffer();
    return res;
  }

  it('has a rule for every route, and every rule names a route that exists', () => {
    const routes = new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const missing = [...routes].filter((k) => !ROUTE_RULES[k]);
    expect(missing, `routes without a rule in src/policies/routes.ts:\n${missing.join('\n')}`).toEqual([]);
    const stale = Object.keys(ROUTE_RULES).filter((k) => !routes.has(k));
    expect(stale, 'rules for routes that no longer exist').toEqual([]);
  });

  it('answers every route as the policies say, for every role and resource variant', async () => {
    const routes = [...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();
    const problems: string[] = [];
    let calls = 0;
    for (const key of routes) {
      const rule: RouteRule | undefined = ROUTE_RULES[key];
      if (!rule) continue;
      const [method, path] = key.split(' ') as [string, string];
      const kind = 'public' in rule ? ('public' as RuleResource) : (rule.on ?? 'none');
      const vs = variants.get(kind)!;
      for (const v of vs) {
        const url = fill(path, { ...variants.get('public' as RuleResource)![0]!.params, ...v.params }) + (v.query ? `?${v.query}` : '');
        // Refused callers first: an allowed call may change the fixture (e.g. delete it).
        const order = [...people.keys()].map((who) => {
          const actor = people.get(who)!.actor;
          const allowed = 'public' in rule || rule.actions.every((a) => can(actor, a, v.resource(actor)));
          return { who, allowed };
        });
        order.sort((a, b) => Number(a.allowed) - Number(b.allowed));
        let removed = false;
        for (const { who, allowed } of order) {
          const res = await call(who, method, url);
          calls++;
          const s = res.status;
          const loc = res.headers.get('location') ?? '';
          let ok: boolean;
          if (s >= 500) ok = false;
          else if ('public' in rule) ok = s !== 401 && s !== 403;
          // A removal done by an earlier allowed caller leaves nothing for the next one to remove.
          else if (allowed) ok = method === 'GET' ? s < 400 : s !== 401 && s !== 403 && (s !== 404 || removed);
          else if (who === 'anonymous') ok = method === 'GET' ? s === 303 && loc.startsWith('/masuk') : s === 401;
          else ok = s === 403 || s === 404;
          if (allowed && path.endsWith('/hapus') && s < 400) removed = true;
          if (!ok) problems.push(`${key} [${v.label}] as ${who}: expected ${allowed ? 'allowed' : 'refused'}, got ${s}${loc ? ` → ${loc}` : ''}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(routes.length * 6 - 1);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 600_000);
});
