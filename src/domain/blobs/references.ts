// The one list of every column that holds a blob-store key (the sha256 of the stored bytes). Garbage
// collection (gc.ts) deletes a stored blob only when none of these columns names it, so a column that holds
// keys and is missing here would lose its files: tests/integration/blob-gc.test.ts fails when the schema
// has a column that looks like a key (…sha256…, …blob…, …key…, …storage…) and is in neither list below.
import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { dipDocuments, disputes, encryptedFiles, letterScans, publicBody, redactions, requestFiles, signedLetters } from '../../db/schema/index.js';

export type BlobReference = { table: PgTable; column: PgColumn; what: string };

/**
 * Where blob keys are stored. Classified documents and identity scans refer to `encrypted_files` by id, and
 * that row holds the key of the ciphertext; letters, notices and reports are rendered on request and never
 * stored (except the signed official copies in `signed_letters`); extracted text lives in `dip_documents.text`, not in the blob store.
 */
export const BLOB_REFERENCES: readonly BlobReference[] = [
  { table: dipDocuments, column: dipDocuments.sha256, what: 'dokumen DIP (semua versi) / DIP documents (every version)' },
  {
    table: encryptedFiles,
    column: encryptedFiles.blobSha256,
    what: 'berkas terenkripsi: dokumen dikecualikan, pindaian identitas / encrypted files: classified documents, identity scans',
  },
  { table: redactions, column: redactions.outputSha256, what: 'salinan hasil penghitaman / released redacted copies' },
  { table: disputes, column: disputes.decisionSha256, what: 'putusan sengketa / dispute decisions' },
  { table: publicBody, column: publicBody.logoSha256, what: 'logo badan publik / the public body’s logo' },
  { table: signedLetters, column: signedLetters.pdfSha256, what: 'surat bertanda tangan elektronik / electronically signed letters' },
  { table: letterScans, column: letterScans.scanSha256, what: 'pindaian surat bertanda tangan basah / scans of letters signed by hand' },
  { table: requestFiles, column: requestFiles.sha256, what: 'berkas jawaban permohonan / files answering a request' },
];

/**
 * Columns whose names look like they could hold a blob key but do not (`table.column`: why). A new column
 * that matches the pattern must go into BLOB_REFERENCES or here.
 */
export const NOT_BLOB_REFERENCES: Readonly<Record<string, string>> = {
  'blobs.sha256': 'metadata of stored blobs (size, type), not a use; deleted together with the blob',
  'blob_gc_marks.key': 'the garbage collector’s own marks',
  'encrypted_files.wrapped_key': 'a wrapped data key (encryption), not a blob',
  'encrypted_files.key_id': 'which master key wrapped the data key',
  'classified_items.wrapped_key': 'the item’s wrapped data key for its sealed texts, not a blob',
  'classified_items.key_id': 'which master key wrapped the item’s data key',
  'classified_item_counters.key': 'the name of a register counter',
  'login_throttle.key': 'the name of a throttle counter',
  'reminders_sent.case_key': 'which case a reminder was about',
};

/** The pattern of column names that must be accounted for in one of the two lists. */
export const BLOB_LIKE_COLUMN = /sha256|blob|key|storage/i;

export const referenceName = (r: BlobReference): string => `${getTableConfig(r.table).name}.${r.column.name}`;

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

function referenceQueries(keys?: string[]): SQL[] {
  return BLOB_REFERENCES.map((r) => {
    const t = getTableConfig(r.table);
    const table = sql.raw(`${t.schema ? `${ident(t.schema)}.` : ''}${ident(t.name)}`);
    const col = sql.raw(ident(r.column.name));
    const filter = keys
      ? sql`${col} in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )})`
      : sql`${col} is not null`;
    return sql`select ${col} as k from ${table} where ${filter}`;
  });
}

/** Every blob key some row refers to. */
export async function referencedBlobKeys(db: DbOrTx): Promise<Set<string>> {
  const r = await db.execute(sql.join(referenceQueries(), sql` union `));
  return new Set((r.rows as { k: string }[]).map((x) => x.k));
}

/** Those of `keys` that some row refers to (one query, whatever the number of keys up to a few thousand). */
export async function referencedAmong(db: DbOrTx, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const r = await db.execute(sql.join(referenceQueries(keys), sql` union `));
  return new Set((r.rows as { k: string }[]).map((x) => x.k));
}

/** Whether any row refers to the blob. */
export async function blobInUse(db: DbOrTx, sha: string): Promise<boolean> {
  return (await referencedAmong(db, [sha])).size > 0;
}
