// Drafting a consequence test (uji konsekuensi, UU KIP Ps 19): the unit's PPID Pembantu or the PPID
// Utama names the information concerned (new, an existing classified item they may read, a DIP entry, or
// the subject of a request) and fills in the test. The information itself becomes a classified item
// through createItem; the audit log gets ids, numbers and levels, never a title or the test's text.
import { messageRef } from '../../i18n/catalogue.js';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { consequenceTests, dipEntries, dipVersions, informationRequests, units } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import { canEditTest } from '../../policies/exemptions.js';
import { recordAudit } from '../audit/record-audit.js';
import { createItem, mayRead, moveItemToUnit, ZItemInput } from '../classified/items.js';
import { concealTest, itemWriteKey, revealTest } from '../classified/sealed-text.js';
import { disposedUnits } from '../requests/case.js';
import { addStep, factsOf, invalid, issuesOf, itemFacts, loadTest, wrongState, type ConsequenceTest, type ItemFacts } from './common.js';
import { fieldIssues, isSecurityLevel, SOURCES, ZSource, ZTestFields, type SourceInput, type TestFieldsInput } from './input.js';
import { actorId, isUuid } from '../../shared/ids.js';

/** The proposing unit: a PPID Pembantu's own; the PPID Utama's choice (their own unit by default). */
async function proposingUnit(ctx: Ctx, asked: string): Promise<string> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw errors.forbidden();
  const own = actor.unitId;
  const wanted = can(actor, 'exemption.review') && asked ? asked : own;
  if (!wanted || !isUuid(wanted)) throw invalid({ unitId: messageRef('exemptions-form.unknown_proposing_agency') });
  const [u] = await ctx.db.select({ id: units.id }).from(units).where(eq(units.id, wanted));
  if (!u) throw invalid({ unitId: messageRef('exemptions-form.unknown_proposing_agency') });
  authorize(actor, 'exemption.draft', { unitId: u.id });
  return u.id;
}

/** Item fields of the form (itemTitle, …) checked with the items core's own schema, so that all problems show at once. */
function itemIssues(raw: SourceInput): Record<string, string> {
  const r = ZItemInput.safeParse({ title: raw.itemTitle ?? '', description: raw.itemDescription ?? '', securityLevel: raw.securityLevel ?? '' });
  return r.success ? {} : issuesOf(r.error.issues, { title: 'itemTitle', description: 'itemDescription' });
}

export type DraftInput = SourceInput & TestFieldsInput;

export async function draftTest(ctx: Ctx, raw: DraftInput): Promise<ConsequenceTest> {
  authorize(ctx.actor, 'exemption.draft', { unitId: ctx.actor.kind === 'user' ? ctx.actor.unitId : null });
  const source = (SOURCES as readonly string[]).includes(raw.source ?? '') ? raw.source! : '';
  // A request's subject is tested when the request arrives (Perki 1/2017 Ps 4(2)(b)).
  const fieldsRaw: TestFieldsInput = source === 'permohonan' ? { ...raw, moment: 'saat_permohonan' } : raw;
  const fields = ZTestFields.safeParse(fieldsRaw);
  const src = ZSource.safeParse({ ...raw, source });
  const issues: Record<string, string> = {
    ...(src.success ? {} : source ? issuesOf(src.error.issues) : { source: messageRef('exemptions-form.choose_where_information_under_test_comes') }),
    ...(source === 'baru' || source === 'permohonan' ? itemIssues(raw) : {}),
    ...(source === 'dip' && raw.securityLevel && !isSecurityLevel(raw.securityLevel) ? { securityLevel: messageRef('classified.choose_security_level') } : {}),
    ...(fields.success ? {} : { ...issuesOf(fields.error.issues), ...fieldIssues(fieldsRaw) }),
  };
  if (!src.success || !fields.success || Object.keys(issues).length) throw invalid(issues);
  const f = fields.data;
  const s = src.data;
  // The unit the information belongs to owns the item and the test: the one chosen (by the PPID Utama) for
  // new information and a request's subject, the DIP entry's unit, the existing item's unit.
  let unitId = await proposingUnit(ctx, f.unitId);
  const ownedBy = async (t: Ctx, owner: string) => {
    if (owner !== unitId) authorize(t.actor, 'exemption.draft', { unitId: owner });
    unitId = owner;
  };
  return inTransaction(ctx, async (t) => {
    let item: ItemFacts | null = null;
    let requestId: string | null = null;
    if (s.source === 'baru') {
      const made = await createItem(
        t,
        { title: s.itemTitle, description: s.itemDescription, securityLevel: s.securityLevel as never },
        { origin: 'baru', unitId },
      );
      item = await itemFacts(t.db, made.id);
    } else if (s.source === 'item') {
      // The same answer for an unknown item and one the drafter may not read.
      if (!isUuid(s.itemId) || !(await mayRead(t, s.itemId))) throw invalid({ itemId: messageRef('exemptions-form.choose_classified_item_under_test') });
      item = await itemFacts(t.db, s.itemId);
      if (!item || item.status !== 'active') throw invalid({ itemId: messageRef('exemptions-form.choose_classified_item_under_test') });
      const [running] = await t.db
        .select({ id: consequenceTests.id })
        .from(consequenceTests)
        .where(and(eq(consequenceTests.itemId, item.id), inArray(consequenceTests.status, ['draft', 'submitted', 'returned', 'reviewed', 'approved'])))
        .limit(1);
      if (running) throw invalid({ itemId: messageRef('exemptions-form.information_already_has_consequence_test_progress') });
      await ownedBy(t, item.unitId);
    } else if (s.source === 'dip') {
      const [row] = isUuid(s.dipEntryId)
        ? await t.db
            .select({ e: dipEntries, v: dipVersions })
            .from(dipEntries)
            .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
            .where(eq(dipEntries.id, s.dipEntryId))
        : [];
      if (!row || !can(t.actor, 'dip.view', { unitId: row.e.unitId })) throw invalid({ dipEntryId: messageRef('exemptions-form.choose_dip_entry_exempt') });
      await ownedBy(t, row.e.unitId);
      const made = await createItem(
        t,
        { title: row.v.title, description: row.v.summary, securityLevel: (raw.securityLevel || 'biasa') as never },
        { origin: 'dip', dipEntryId: row.e.id, unitId },
      );
      item = await itemFacts(t.db, made.id);
    } else {
      const [r] = await t.db.select({ id: informationRequests.id }).from(informationRequests).where(eq(informationRequests.id, s.requestId));
      if (!r) throw invalid({ requestId: messageRef('exemptions-form.unknown_request') });
      authorize(t.actor, 'request.view', { disposedTo: await disposedUnits(t.db, r.id) });
      const made = await createItem(
        t,
        { title: s.itemTitle, description: s.itemDescription, securityLevel: s.securityLevel as never },
        { origin: 'permohonan', requestId: r.id, unitId },
      );
      item = await itemFacts(t.db, made.id);
      requestId = r.id;
    }
    if (!item) throw errors.notFound();
    const now = t.clock.now();
    const { unitId: _u, ...values } = f;
    // The internals are stored sealed under the item's data key.
    const key = await itemWriteKey(t, item.id);
    const [test] = await t.db
      .insert(consequenceTests)
      .values({ ...concealTest(values, key), itemId: item.id, unitId, requestId, status: 'draft', createdBy: actorId(t), createdAt: now, updatedAt: now })
      .returning();
    await addStep(t, test!.id, 'created');
    await recordAudit(t, {
      action: 'exemption.drafted',
      entityType: 'consequence_test',
      entityId: test!.id,
      after: { item: item.number, itemId: item.id, level: item.securityLevel, unitId, ground: f.ground, subpoint: f.subpoint, moment: f.moment, requestId },
    });
    // The drafter may read what they wrote.
    return revealTest(test!, key, `consequence_tests ${test!.id}`);
  });
}

/** Changes a draft or a returned test (the information concerned stays the same). */
export async function updateTest(ctx: Ctx, id: string, raw: TestFieldsInput): Promise<ConsequenceTest> {
  authorize(ctx.actor, 'exemption.draft', { unitId: ctx.actor.kind === 'user' ? ctx.actor.unitId : null });
  return inTransaction(ctx, async (t) => {
    const { test, item } = await loadTest(t.db, id, true);
    if (!canEditTest(t.actor, factsOf(test, item))) throw errors.notFound();
    if (test.status !== 'draft' && test.status !== 'returned') {
      throw wrongState(
        'Uji konsekuensi ini sedang diperiksa atau sudah diputuskan, sehingga tidak dapat diubah.',
        'This consequence test is under review or decided, so it cannot be changed.',
      );
    }
    const fieldsRaw: TestFieldsInput = test.requestId ? { ...raw, moment: 'saat_permohonan' } : raw;
    const parsed = ZTestFields.safeParse(fieldsRaw);
    if (!parsed.success) throw invalid({ ...issuesOf(parsed.error.issues), ...fieldIssues(fieldsRaw) });
    const { unitId: asked, ...values } = parsed.data;
    const unitId = asked && asked !== test.unitId ? await proposingUnit(t, asked) : test.unitId;
    if (unitId !== item.unitId) {
      // The item belongs to the test's unit. One recorded with this draft follows it; an item with other
      // tests stays with its owner, and so does the test.
      const [other] = await t.db
        .select({ id: consequenceTests.id })
        .from(consequenceTests)
        .where(and(eq(consequenceTests.itemId, item.id), ne(consequenceTests.id, test.id)))
        .limit(1);
      if (other) throw invalid({ unitId: messageRef('exemptions-form.consequence_test_proposed_name_agency_information') });
      await moveItemToUnit(t, item.id, unitId);
    }
    const key = await itemWriteKey(t, item.id);
    const [updated] = await t.db
      .update(consequenceTests)
      .set({ ...concealTest(values, key), unitId, updatedAt: t.clock.now() })
      .where(eq(consequenceTests.id, id))
      .returning();
    await addStep(t, id, 'updated');
    await recordAudit(t, {
      action: 'exemption.updated',
      entityType: 'consequence_test',
      entityId: id,
      before: {
        unitId: test.unitId,
        ground: test.ground,
        subpoint: test.subpoint,
        periodStart: test.periodStart,
        periodEnd: test.periodEnd,
        partial: test.partial,
      },
      after: {
        unitId,
        ground: values.ground,
        subpoint: values.subpoint,
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        partial: values.partial,
      },
    });
    return revealTest(updated!, key, `consequence_tests ${id}`);
  });
}
