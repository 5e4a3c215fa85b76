// Every PostgreSQL advisory-lock key Q-Gesy takes, in one place, so that no two uses share a lock by accident.
// No migration's SQL takes an advisory lock (tests/unit/lock-keys.test.ts checks that this stays so, or that it uses these).

/**
 * Keys of the advisory locks. PostgreSQL has two lock spaces: one bigint key (`pg_advisory_xact_lock(bigint)`) and
 * two int keys (`pg_advisory_xact_lock(int, int)`); the `*Ns` keys are the first key of a two-key lock. All numbers are
 * kept distinct across both spaces anyway.
 */
export const LOCK_KEYS = {
  /** Two-key lock, first key: the text-extraction worker claims one sha256 at a time (second key: hashtext(sha256)). src/jobs/text-extraction.ts */
  textClaimNs: 7243_2008,
  /** Two-key lock, first key: rate limits per key ("request-ip:…", "request-email:…"); second key: lockIdOf(key). src/domain/limits/keyed-lock.ts */
  limitNs: 7243_2011,
  /** DIP register numbers are handed out one at a time, whether an entry is drafted in a form or imported. src/domain/dip/workflow-shared.ts (nextNumber), import-drafts.ts */
  dipNumber: 7243_2008_09,
  /** Session-level lock around running the committed migrations, so instances may start together. src/db/client.ts */
  migration: 7243_2008_14,
  /** Audit writers one at a time, so each row links to the one before it. src/domain/audit/record-audit.ts */
  audit: 7243_2008_17,
  /** One retention (anonymisation) run at a time across instances (try-lock). src/domain/privacy/retention.ts */
  anonymise: 7243_2008_27,
  /** One blob garbage-collection marking pass at a time across instances (try-lock). src/domain/blobs/gc.ts */
  blobGc: 7243_2008_31,
  /**
   * One Penetapan DIP issuer at a time: a text key, hashed in SQL as `pg_advisory_xact_lock(hashtext('dip_penetapan'))`
   * (a 32-bit value in the bigint space). src/domain/dip/penetapan.ts
   */
  dipPenetapan: 'dip_penetapan',
} as const;
