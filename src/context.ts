// What every domain function receives: database, who acts, the clock and where the request came from.
import type { Clock } from './clock.js';
import type { Db, DbOrTx } from './db/client.js';
import type { BlobStore } from './documents/blob-store.js';
import type { KeyRing } from './documents/encryption.js';
import type { Clearance } from './db/schema/classification.js';
import type { LetterSigner } from './letters/sign.js';

export const ROLES = ['admin', 'ppid_utama', 'ppid_pembantu', 'atasan_ppid', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type UserActor = {
  kind: 'user';
  id: string;
  name: string;
  email: string;
  roles: Role[];
  unitId: string | null;
  locale: 'id' | 'en';
  /** Security clearance: the highest level this user may read (with need-to-know); 'none' reads nothing classified. */
  clearance: Clearance;
};
export type Actor = UserActor | { kind: 'anonymous' } | { kind: 'system'; name: string };

export type Ctx = {
  db: DbOrTx;
  actor: Actor;
  clock: Clock;
  ip: string | null;
  blobs: BlobStore;
  /** The master keys of files encrypted at rest; without it they can be neither stored nor opened. */
  keys?: KeyRing | undefined;
  /** The body's certificate that signs issued letters (src/letters/sign.ts); absent = signed by hand. */
  letterSigner?: LetterSigner | null | undefined;
  /** Settings the domain needs; never process.env. */
  settings: { baseUrl: string; sessionTtlHours: number; maxUploadBytes: number };
};

export const anonymous: Actor = { kind: 'anonymous' };
export const systemActor = (name = 'sistem'): Actor => ({ kind: 'system', name });

export function actorLabel(actor: Actor): { id: string | null; name: string } {
  if (actor.kind === 'user') return { id: actor.id, name: `${actor.name} <${actor.email}>` };
  if (actor.kind === 'system') return { id: null, name: actor.name };
  return { id: null, name: 'anonim' };
}

/** Runs fn in one transaction: everything it writes (change, audit row, outbox mail) commits together. */
export async function inTransaction<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  return (ctx.db as Db).transaction(async (tx) => fn({ ...ctx, db: tx }));
}
