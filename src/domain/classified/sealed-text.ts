// The protected texts of the classified register, sealed at rest (docs/exemptions.md, "Encryption at
// rest"): an item's title and description and the internals of its consequence tests (withheld
// information, harm, public-interest balance, released part, notes, decision reasons and the notes of the
// test's steps) are sealed under the item's own data key, kept wrapped by a master key in
// `classified_items.wrapped_key`; a document's file name is sealed under the data key of its encrypted
// file. The database and the backups then hold only `enc1:…` values for them.
//
// Sealing happens on every write; opening happens only after a policy has allowed the reader, in the domain
// function that shows the text (readItem, listReadableItems, getTest, renderPenetapan, the document
// readers). Nothing that feeds a public page, the API, search, the sitemap, exports, logs or emails opens
// them. Values written before sealing existed are sealed by `sealClassifiedText` at start-up; until then
// `reveal` passes a plain value through unchanged.
import { and, eq, inArray, isNull, or, sql, type Column } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { classifiedDocuments, classifiedItems, consequenceTests, consequenceTestSteps, encryptedFiles } from '../../db/schema/index.js';
import {
  DecryptionError,
  isSealed,
  KeyRingError,
  newDataKey,
  openText,
  SEALED_PREFIX,
  sealText,
  unwrapDataKey,
  wrapDataKey,
  type KeyRing,
} from '../../documents/encryption.js';
import { errors } from '../../errors.js';
import { EncryptionProblem, keysUnavailable } from './encrypted-files.js';

/** The internal fields of a consequence test, sealed under its item's key. */
export const SEALED_TEST_FIELDS = ['withheldInformation', 'harm', 'publicInterest', 'releasedPart', 'note', 'decisionReasons'] as const;
export type SealedTestField = (typeof SEALED_TEST_FIELDS)[number];

function damagedText(detail: string): EncryptionProblem {
  return new EncryptionProblem(
    'sealed_text_damaged',
    {
      id: 'Teks terenkripsi informasi ini rusak atau tidak cocok dengan kuncinya, sehingga tidak dapat ditampilkan. Hubungi administrator sistem.',
      en: 'The encrypted text of this item is damaged or does not match its key, so it cannot be shown. Contact the system administrator.',
    },
    detail,
  );
}

function ringOf(ctx: Pick<Ctx, 'keys'>): KeyRing {
  if (!ctx.keys) throw keysUnavailable('no key ring in this context');
  return ctx.keys;
}

/** Turns key-ring and decryption failures into the 503 a user can read; the detail (ids only) is for the log. */
function translate(err: unknown, what: string): never {
  if (err instanceof KeyRingError) throw keysUnavailable(`${err.message} (${what})`);
  if (err instanceof DecryptionError) throw damagedText(`${err.message} (${what})`);
  throw err;
}

/** A data key from its wrapped form, or null when there is none (a value from before sealing). */
export function unwrapKey(ctx: Pick<Ctx, 'keys'>, row: { wrappedKey: string | null; keyId: string | null }, what: string): Buffer | null {
  if (!row.wrappedKey || !row.keyId) return null;
  try {
    return unwrapDataKey(ringOf(ctx).get(row.keyId), row.wrappedKey);
  } catch (err) {
    return translate(err, what);
  }
}

/** The plain text of a stored value: sealed values are opened, plain ones (not sealed yet) pass. */
export function reveal(value: string, key: Buffer | null, what = 'sealed text'): string {
  if (!isSealed(value)) return value;
  if (!key) throw damagedText(`${what}: sealed but no data key`);
  try {
    return openText(value, key);
  } catch (err) {
    return translate(err, what);
  }
}

/** A value to store: sealed under the key; an empty text stays empty, a sealed one stays as it is. */
export function conceal(value: string, key: Buffer): string {
  return value === '' || isSealed(value) ? value : sealText(value, key);
}

/** The same object with the test internals it has sealed. */
export function concealTest<T extends Partial<Record<SealedTestField, string>>>(values: T, key: Buffer): T {
  const out: Record<string, unknown> = { ...values };
  for (const f of SEALED_TEST_FIELDS) if (typeof out[f] === 'string') out[f] = conceal(out[f], key);
  return out as T;
}

/** The same object with the test internals it has opened (only after the policy allowed the reader). */
export function revealTest<T extends Partial<Record<SealedTestField, string>>>(values: T, key: Buffer | null, what: string): T {
  const out: Record<string, unknown> = { ...values };
  for (const f of SEALED_TEST_FIELDS) if (typeof out[f] === 'string') out[f] = reveal(out[f], key, what);
  return out as T;
}

/** A new data key for an item, wrapped by the current master key. The caller zeroes `key` when done. */
export function newItemKey(ctx: Pick<Ctx, 'keys'>): { key: Buffer; wrappedKey: string; keyId: string } {
  try {
    const master = ringOf(ctx).current();
    const key = newDataKey();
    return { key, wrappedKey: wrapDataKey(master, key), keyId: master.id };
  } catch (err) {
    return translate(err, 'new item key');
  }
}

/** The data key of an item for reading, or null when the item has none yet (its texts are still plain). */
export async function itemReadKey(ctx: Pick<Ctx, 'db' | 'keys'>, itemId: string): Promise<Buffer | null> {
  const [row] = await ctx.db
    .select({ wrappedKey: classifiedItems.wrappedKey, keyId: classifiedItems.keyId })
    .from(classifiedItems)
    .where(eq(classifiedItems.id, itemId));
  return row ? unwrapKey(ctx, row, `classified_items ${itemId}`) : null;
}

/**
 * The data key of an item for writing, in the caller's transaction. An item without one (recorded before
 * sealing) gets one now, and everything of it that is still plain is sealed in the same transaction.
 */
export async function itemWriteKey(ctx: Pick<Ctx, 'db' | 'keys'>, itemId: string): Promise<Buffer> {
  const key = await itemReadKey(ctx, itemId);
  if (key) return key;
  return (await sealItem(ctx, itemId)).key;
}

const notSealed = (col: Column) => sql`(${col} <> '' and left(${col}, ${SEALED_PREFIX.length}) <> ${SEALED_PREFIX})`;

/**
 * Seals what is still plain of one item: its key (made when missing), title, description, its tests'
 * internals and its steps' notes. Idempotent; the item row is locked for the transaction.
 */
async function sealItem(ctx: Pick<Ctx, 'db' | 'keys'>, itemId: string): Promise<{ key: Buffer; changed: number }> {
  const tx = ctx.db as Tx;
  const [item] = await tx
    .select({
      title: classifiedItems.title,
      description: classifiedItems.description,
      wrappedKey: classifiedItems.wrappedKey,
      keyId: classifiedItems.keyId,
    })
    .from(classifiedItems)
    .where(eq(classifiedItems.id, itemId))
    .for('update');
  if (!item) throw errors.notFound();
  let changed = 0;
  let key = unwrapKey(ctx, item, `classified_items ${itemId}`);
  let wrap: { wrappedKey: string; keyId: string } | null = null;
  if (!key) {
    const made = newItemKey(ctx);
    key = made.key;
    wrap = { wrappedKey: made.wrappedKey, keyId: made.keyId };
  }
  const title = conceal(item.title, key);
  const description = conceal(item.description, key);
  if (wrap || title !== item.title || description !== item.description) {
    await tx
      .update(classifiedItems)
      .set({ title, description, ...(wrap ?? {}) })
      .where(eq(classifiedItems.id, itemId));
    changed++;
  }
  const tests = await tx
    .select({
      id: consequenceTests.id,
      withheldInformation: consequenceTests.withheldInformation,
      harm: consequenceTests.harm,
      publicInterest: consequenceTests.publicInterest,
      releasedPart: consequenceTests.releasedPart,
      note: consequenceTests.note,
      decisionReasons: consequenceTests.decisionReasons,
    })
    .from(consequenceTests)
    .where(eq(consequenceTests.itemId, itemId));
  for (const t of tests) {
    const sealed = concealTest(t, key);
    if (SEALED_TEST_FIELDS.some((f) => sealed[f] !== t[f])) {
      const { id, ...values } = sealed;
      await tx.update(consequenceTests).set(values).where(eq(consequenceTests.id, id));
      changed++;
    }
  }
  if (tests.length) {
    const steps = await tx
      .select({ id: consequenceTestSteps.id, note: consequenceTestSteps.note })
      .from(consequenceTestSteps)
      .where(
        and(
          inArray(
            consequenceTestSteps.testId,
            tests.map((t) => t.id),
          ),
          notSealed(consequenceTestSteps.note),
        ),
      );
    for (const s of steps) {
      await tx
        .update(consequenceTestSteps)
        .set({ note: conceal(s.note, key) })
        .where(eq(consequenceTestSteps.id, s.id));
      changed++;
    }
  }
  return { key, changed };
}

/** Items with anything still plain: no key, a plain title or description, a test or step with plain text. */
async function itemsToSeal(db: DbOrTx): Promise<string[]> {
  const testPlain = or(...SEALED_TEST_FIELDS.map((f) => notSealed(consequenceTests[f])));
  const rows = await db
    .select({ id: classifiedItems.id })
    .from(classifiedItems)
    .where(
      or(
        isNull(classifiedItems.wrappedKey),
        notSealed(classifiedItems.title),
        notSealed(classifiedItems.description),
        sql`exists (select 1 from ${consequenceTests} where ${consequenceTests.itemId} = ${classifiedItems.id} and ${testPlain})`,
        sql`exists (select 1 from ${consequenceTestSteps} s join ${consequenceTests} c on c.id = s.test_id
                    where c.item_id = ${classifiedItems.id} and s.note <> '' and left(s.note, ${SEALED_PREFIX.length}) <> ${SEALED_PREFIX})`,
      ),
    )
    .orderBy(classifiedItems.id);
  return rows.map((r) => r.id);
}

/** Seals the file names of classified documents that are still plain, each under its own file's data key. */
export async function sealPlainDocumentNames(ctx: Pick<Ctx, 'db' | 'keys'>): Promise<number> {
  let done = 0;
  for (;;) {
    const sealed = await (ctx.db as Tx).transaction(async (tx) => {
      const rows = await tx
        .select({ id: classifiedDocuments.id, filename: classifiedDocuments.filename, wrappedKey: encryptedFiles.wrappedKey, keyId: encryptedFiles.keyId })
        .from(classifiedDocuments)
        .innerJoin(encryptedFiles, eq(encryptedFiles.id, classifiedDocuments.fileId))
        .where(notSealed(classifiedDocuments.filename))
        .orderBy(classifiedDocuments.id)
        .limit(200)
        .for('update', { of: classifiedDocuments });
      for (const r of rows) {
        const key = unwrapKey({ keys: ctx.keys }, r, `classified_documents ${r.id}`)!;
        try {
          await tx
            .update(classifiedDocuments)
            .set({ filename: conceal(r.filename, key) })
            .where(eq(classifiedDocuments.id, r.id));
        } finally {
          key.fill(0);
        }
      }
      return rows.length;
    });
    done += sealed;
    if (sealed < 200) return done;
  }
}

/**
 * The start-up step (serve, seed-demo, migrate): seals every classified text still stored plain (from
 * before sealing existed, or restored from an older backup). Idempotent: a second run finds nothing. One
 * transaction per item, so a failure leaves each item either sealed or as it was.
 */
export async function sealClassifiedText(ctx: Pick<Ctx, 'db' | 'keys'>): Promise<{ items: number; documents: number }> {
  let items = 0;
  for (const id of await itemsToSeal(ctx.db)) {
    const r = await (ctx.db as Tx).transaction((tx) => sealItem({ db: tx, keys: ctx.keys }, id));
    r.key.fill(0);
    if (r.changed) items++;
  }
  return { items, documents: await sealPlainDocumentNames(ctx) };
}

/** The sealed file name of a new document, under the data key of its encrypted file. */
export function sealFileName(ctx: Pick<Ctx, 'keys'>, file: { wrappedKey: string; keyId: string }, filename: string): string {
  const key = unwrapKey(ctx, file, 'new encrypted file')!;
  try {
    return conceal(filename, key);
  } finally {
    key.fill(0);
  }
}

/** The plain file name of a document, for a reader the policy has allowed. */
export function revealFileName(ctx: Pick<Ctx, 'keys'>, file: { wrappedKey: string; keyId: string }, filename: string, docId: string): string {
  if (!isSealed(filename)) return filename;
  const key = unwrapKey(ctx, file, `classified_documents ${docId}`);
  try {
    return reveal(filename, key, `classified_documents ${docId}`);
  } finally {
    key?.fill(0);
  }
}
