// The demo DIP catalog: seeded through the real workflow with the picture monitoring should show,
// idempotent, its one distinctive document phrase searchable, and nothing unpublished in the index.
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, dipDocuments, dipEntries, dipReviews, dipSearch, dipVersions, units } from '../../src/db/schema/index.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { DEMO_DOC_PHRASE, seedDemoDip } from '../../src/demo/seed-dip.js';
import { verifyAuditChain } from '../../src/domain/audit/verify-audit-chain.js';
import { listPublished } from '../../src/domain/dip/public.js';
import { searchPublished } from '../../src/domain/dip/search.js';
import { copyDemoFiles, createTestDb, demoLogins, tempDir, testAuditKey, testCtx, type TestDb } from '../helpers/db.js';

// Seeding plays ~800 workflow steps; generous for a busy machine.
const SEED_TIMEOUT = 600_000;
const NOW = new Date('2026-03-16T02:00:00Z');
const DAY = 86_400_000;

describe('demo DIP catalog', () => {
  let t: TestDb;
  let ctx: ReturnType<typeof testCtx>;
  const blobs = tempDir('qgesy-demo-dip-');

  const count = async (query: ReturnType<typeof sql>) => Number(((await t.db.execute(query)).rows[0] as { n: number }).n);
  const byStatus = async () => {
    const rows = await t.db
      .select({ status: dipEntries.status, n: sql<number>`count(*)::int` })
      .from(dipEntries)
      .groupBy(dipEntries.status);
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  };

  beforeAll(async () => {
    // The run's demo snapshot (seedDemo on a migrated database, on the same clock); seedDemo ends with seedDemoDip.
    t = await createTestDb({ from: 'demo' });
    const files = copyDemoFiles(blobs.dir);
    ctx = testCtx(t, { now: NOW, blobDir: files.blobDir, keyFile: files.keyFile });
    expect(await demoLogins()).toBeGreaterThan(30);
  }, SEED_TIMEOUT);
  afterAll(async () => {
    await t?.dispose();
    blobs.cleanup();
  });

  it('has the designed counts by status', async () => {
    expect(await byStatus()).toEqual({ draft: 35, submitted: 6, returned: 7, published: 350, unpublished: 2 });
    // Every unit of the demo has entries.
    expect(await count(sql`select count(distinct unit_id)::int as n from dip_entries`)).toBe(await count(sql`select count(*)::int as n from units`));
  });

  it('has requests in every state of their handling, three objections decided (one on ground b without a request), and a dispute', async () => {
    const rows = await t.db.execute(sql`select status, count(*)::int as n from information_requests group by status order by status`);
    expect(Object.fromEntries((rows.rows as { status: string; n: number }[]).map((r) => [r.status, Number(r.n)]))).toEqual({
      received: 1,
      in_progress: 3,
      extended: 1,
      answered: 2 + 5,
    });
    expect(await count(sql`select count(*)::int as n from request_responses where outcome = 'ditolak_dikecualikan'`)).toBe(1);
    // The refusal cites the approved consequence test drafted for it, which is on the public DIK.
    expect(
      await count(sql`select count(*)::int as n from request_responses r join consequence_tests c on c.id = r.consequence_test_id
        where r.outcome = 'ditolak_dikecualikan' and c.status = 'approved' and c.request_id = r.request_id`),
    ).toBe(1);
    expect(await count(sql`select count(*)::int as n from objections where status = 'decided'`)).toBe(3);
    // Two on ground b without a request (information not published): one from the web form, decided; one at the counter, open.
    expect(
      await count(sql`select count(*)::int as n from objections where request_id is null and grounds = '{berkala_tidak_disediakan}' and unit_id is not null`),
    ).toBe(2);
    expect(await count(sql`select count(*)::int as n from objections where request_id is null and status = 'received' and channel = 'langsung'`)).toBe(1);
    // The refusal went on to the Komisi Informasi: on ground a (Ps 17) it is adjudicated, never mediated (UU KIP Ps 40(2)).
    expect(await count(sql`select count(*)::int as n from disputes where stage = 'ajudikasi'`)).toBe(1);
    expect(
      await count(sql`select count(*)::int as n from disputes d join objections o on o.id = d.objection_id
        where d.stage = 'mediasi' and o.grounds = '{penolakan_pasal17}'`),
    ).toBe(0);
    // Numbers without gaps, and no old notification left waiting for the first mail server.
    expect(await count(sql`select max(seq)::int as n from information_requests`)).toBe(12);
    expect(await count(sql`select count(*)::int as n from outbox where status = 'pending' and created_at < ${new Date(NOW.getTime() - 8 * 86_400_000)}`)).toBe(
      0,
    );
  });

  it('numbers requests and objections in the order of receipt, over a plausible year', async () => {
    const requests = (await t.db.execute(sql`select seq, number, received_at from information_requests`)).rows as {
      seq: number;
      number: string;
      received_at: string | Date;
    }[];
    const byNumber = [...requests].sort((a, b) => a.seq - b.seq).map((r) => r.number);
    const byReceipt = [...requests].sort((a, b) => new Date(a.received_at).getTime() - new Date(b.received_at).getTime()).map((r) => r.number);
    expect(byNumber).toEqual(byReceipt);
    // No gaps: 1..n.
    expect(requests.map((r) => Number(r.seq)).sort((a, b) => a - b)).toEqual(requests.map((_, i) => i + 1));
    // Spread from January to now, mostly within service hours (08.00–15.30 WIB = 01:00–08:30 UTC) on weekdays.
    const times = requests.map((r) => new Date(r.received_at));
    expect(Math.min(...times.map((d) => d.getTime()))).toBeLessThan(Date.UTC(2026, 0, 10));
    expect(new Set(times.map((d) => d.getUTCMonth())).size).toBeGreaterThanOrEqual(3);
    const inHours = times.filter((d) => d.getUTCDay() >= 1 && d.getUTCDay() <= 5 && d.getUTCHours() >= 1 && d.getUTCHours() < 8.5);
    expect(inHours.length / times.length).toBeGreaterThan(0.8);
    expect(new Set(times.map((d) => d.getUTCHours() * 60 + d.getUTCMinutes())).size).toBeGreaterThan(times.length / 2);

    const objections = (await t.db.execute(sql`select seq, number, received_at as filed_at from objections`)).rows as {
      seq: number;
      number: string;
      filed_at: string | Date;
    }[];
    expect(objections.length).toBe(4);
    expect([...objections].sort((a, b) => a.seq - b.seq).map((o) => o.number)).toEqual(
      [...objections].sort((a, b) => new Date(a.filed_at).getTime() - new Date(b.filed_at).getTime()).map((o) => o.number),
    );
    expect(objections.map((o) => Number(o.seq)).sort()).toEqual([1, 2, 3, 4]);
  });

  it('shows late units: old berkala information only, or drafts never submitted', async () => {
    const neverSubmitted = await t.db
      .select({ code: units.code, n: sql<number>`count(*)::int` })
      .from(dipEntries)
      .innerJoin(units, eq(units.id, dipEntries.unitId))
      .where(
        and(
          eq(dipEntries.status, 'draft'),
          isNull(dipEntries.publishedVersionId),
          sql`not exists (select 1 from dip_reviews r where r.entry_id = ${dipEntries.id})`,
        ),
      )
      .groupBy(units.code);
    const late = Object.fromEntries(neverSubmitted.filter((r) => Number(r.n) >= 5).map((r) => [r.code, Number(r.n)]));
    expect(Object.keys(late).sort()).toEqual(['disbudpar', 'dkppp', 'dpkukmp', 'kec-rakumpit']);
    // The stale units' public berkala information is about 2023 or earlier.
    const stale = await count(sql`
      select count(*)::int as n from dip_search s join units u on u.id = s.unit_id
      where u.code in ('dkppp', 'dpkukmp') and s.category = 'berkala' and s.year > 2023`);
    expect(stale).toBe(0);
  });

  it('carries a believable history: returns with notes, serta-merta, withdrawals, second versions', async () => {
    const actions = Object.fromEntries(
      (
        await t.db
          .select({ a: dipReviews.action, n: sql<number>`count(*)::int` })
          .from(dipReviews)
          .groupBy(dipReviews.action)
      ).map((r) => [r.a, Number(r.n)]),
    );
    expect(actions.publish_immediately).toBe(16);
    expect(actions.unpublish).toBe(2);
    expect(actions.return).toBeGreaterThan(20);
    const returned = await t.db.select({ note: dipEntries.returnNote }).from(dipEntries).where(eq(dipEntries.status, 'returned'));
    expect(returned.every((r) => (r.note ?? '').length > 20)).toBe(true);
    expect(new Set(returned.map((r) => r.note)).size).toBe(7);
    expect(returned.map((r) => r.note)).toContain('Ringkasan terlalu singkat; sebutkan periode data dan satuannya.');
    const withdrawn = await t.db.select({ reason: dipEntries.unpublishReason }).from(dipEntries).where(eq(dipEntries.status, 'unpublished'));
    expect(withdrawn.every((w) => (w.reason ?? '').length > 30)).toBe(true);

    const revised = await count(sql`select count(*)::int as n from dip_entries e join dip_versions v on v.id = e.published_version_id where v.version_no = 2`);
    expect(revised).toBe(6);
    // One revision waits for review and one is still a draft, while version 1 stays on the portal.
    const pending = await t.db
      .select({ status: dipEntries.status })
      .from(dipEntries)
      .where(and(isNotNull(dipEntries.publishedVersionId), sql`${dipEntries.workingVersionId} <> ${dipEntries.publishedVersionId}`));
    expect(pending.map((p) => p.status).sort()).toEqual(['draft', 'submitted']);

    // Publication dates spread over the last 18 months, all in the past.
    const [span] = (
      await t.db.execute(sql`
      select min(published_at) as lo, max(published_at) as hi, count(distinct date_trunc('month', published_at))::int as months
      from dip_entries where published_at is not null`)
    ).rows as { lo: string | Date; hi: string | Date; months: number }[];
    expect(new Date(span!.lo).getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 548 * DAY);
    expect(new Date(span!.hi).getTime()).toBeLessThan(NOW.getTime());
    expect(Number(span!.months)).toBeGreaterThanOrEqual(12);

    // The steps were played in time order, so the audit chain is one consistent history.
    const verified = await verifyAuditChain(t.db, testAuditKey(ctx));
    expect(verified.ok).toBe(true);
  });

  it('makes the distinctive phrase of one document findable through the public search', async () => {
    expect(await count(sql`select count(*)::int as n from dip_documents where text_status = 'done'`)).toBe(40);
    // Not in any title, summary or tag: only the document's text can find it.
    const inText = await count(sql`
      select count(*)::int as n from dip_versions
      where (title || ' ' || summary || ' ' || array_to_string(tags, ' ')) ilike ${'%' + DEMO_DOC_PHRASE + '%'}`);
    expect(inText).toBe(0);
    const docs = await t.db
      .select({ id: dipDocuments.id })
      .from(dipDocuments)
      .where(sql`${dipDocuments.text} ilike ${'%' + DEMO_DOC_PHRASE + '%'}`);
    expect(docs).toHaveLength(1);

    const rows = await t.db.execute(sql`select entry_id from dip_search where tsv @@ phraseto_tsquery('indonesian', ${DEMO_DOC_PHRASE})`);
    expect(rows.rows).toHaveLength(1);
    const found = await searchPublished(t.db, { q: `"${DEMO_DOC_PHRASE}"` });
    expect(found.total).toBe(1);
    expect(found.items[0]!.title).toMatch(/Paket Pekerjaan/);
    expect(found.items[0]!.snippetParts.some((p) => p.mark)).toBe(true);
  });

  it('keeps drafts, returned entries and withdrawn ones out of the search index', async () => {
    const leaked = await t.db
      .select({ id: dipSearch.entryId, status: dipEntries.status })
      .from(dipSearch)
      .innerJoin(dipEntries, eq(dipEntries.id, dipSearch.entryId))
      .where(sql`${dipEntries.publishedVersionId} is null or ${dipEntries.status} = 'unpublished'`);
    expect(leaked).toEqual([]);
    // Entries being revised stay searchable with the published text, never the working one.
    const mismatched = await t.db
      .select({ id: dipSearch.entryId })
      .from(dipSearch)
      .innerJoin(dipEntries, eq(dipEntries.id, dipSearch.entryId))
      .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.publishedVersionId))
      .where(sql`${dipSearch.title} <> ${dipVersions.title} or ${dipSearch.summary} <> ${dipVersions.summary}`);
    expect(mismatched).toEqual([]);
    const returnedOrDraft = await count(sql`
      select count(*)::int as n from dip_search s join dip_entries e on e.id = s.entry_id
      where e.status in ('draft', 'returned') and e.published_version_id is null`);
    expect(returnedOrDraft).toBe(0);
    // Public = published, plus the two published entries whose revision is in draft or under review.
    expect(await count(sql`select count(*)::int as n from dip_search`)).toBe(352);
  });

  it('says truthfully which entries have a file: the download flag and types follow the published documents', async () => {
    // has_file is exactly "the published version has a document".
    const wrong = await count(sql`
      select count(*)::int as n from dip_search s join dip_entries e on e.id = s.entry_id
      where s.has_file <> exists (select 1 from dip_documents d where d.version_id = e.published_version_id)`);
    expect(wrong).toBe(0);
    const withFile = await count(sql`select count(*)::int as n from dip_search where has_file`);
    expect(withFile).toBeGreaterThanOrEqual(30);
    expect(withFile).toBeLessThan(60);
    // Most entries declare "terekam" without a file: they have no file types, so the portal says "atas permintaan".
    const { items } = await listPublished(t.db, { limit: 5000 });
    expect(items).toHaveLength(352);
    const claimsOnly = items.filter((e) => e.forms.includes('terekam') && e.fileTypes.length === 0);
    expect(claimsOnly.length).toBeGreaterThan(150);
    expect(items.filter((e) => e.fileTypes.length > 0)).toHaveLength(withFile);
    expect(new Set(items.flatMap((e) => e.fileTypes))).toEqual(new Set(['PDF']));
  });

  it('does nothing on a second run', async () => {
    const before = { statuses: await byStatus(), audit: await count(sql`select count(*)::int as n from ${auditLog}`) };
    expect(await seedDemoDip(ctx)).toBeNull();
    expect(await seedDemo(ctx)).toBeNull();
    expect(await byStatus()).toEqual(before.statuses);
    expect(await count(sql`select count(*)::int as n from ${auditLog}`)).toBe(before.audit);
  });
});
