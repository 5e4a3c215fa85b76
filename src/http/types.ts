// Hono environment shared by middleware, routes and pages.
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Config } from '../config/env.js';
import type { Actor, Ctx } from '../context.js';
import type { Database } from '../db/client.js';
import type { BlobStore } from '../documents/blob-store.js';
import type { KeyRing } from '../documents/encryption.js';
import type { CitizenSession } from '../domain/citizen/account.js';
import type { PublicBody } from '../domain/org/public-body.js';
import type { WorkQueue } from '../domain/work-queue/build-work-queue.js';
import type { Locale, T } from '../i18n/index.js';
import type { LetterSigner } from '../letters/sign.js';

export type AppDeps = {
  database: Database;
  config: Config;
  clock: Clock;
  blobs: BlobStore;
  /** Master keys for encrypted files; by default read from config.encryptionKeyFile. */
  keys?: KeyRing;
  /** The certificate that signs issued letters, opened and checked at start-up; absent = signed by hand. */
  letterSigner?: LetterSigner | null;
  logger: Logger;
  /** Printed on the console while no account exists; required by the first-run page. */
  setup: { token: string | null };
  /** Seeds the demo data; injected so that the HTTP layer does not import the seeding code's data files. */
  seedDemo?: () => Promise<{ logins: { email: string; password: string; role: string }[] | null }>;
};

export type Env = {
  Variables: {
    deps: AppDeps;
    requestId: string;
    log: Logger;
    locale: Locale;
    t: T;
    actor: Actor;
    sessionToken: string | null;
    sessionId: string | null;
    /** The optional citizen account's session (only on /akun, where its cookie is sent). */
    citizen: CitizenSession | null;
    csrfToken: string;
    body: PublicBody | null;
    ip: string | null;
    ctx: Ctx;
    /** Set by a layer that already sent the response in its final encoding (a page cache hit). */
    encoded?: boolean;
    /** Years without a holiday calendar that this page's deadlines depend on (set by the route). */
    calendarGaps: number[] | undefined;
    /** work-queue: the signed-in officer's work queue, built for back-office pages (nav badges, home). */
    workQueue?: WorkQueue | undefined;
  };
};
