ALTER TABLE "audit_log" ADD COLUMN "alg" text DEFAULT 'sha256' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "secret" text;--> statement-breakpoint
-- hand-written:
-- audit_head only moves forward, to the audit log's last row; it is never deleted or truncated. (A database
-- owner can still disable triggers; a checkpoint kept off the machine, `qgesy audit verify --checkpoint`,
-- catches what follows.)
CREATE OR REPLACE FUNCTION audit_head_forward_only() RETURNS trigger AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION 'audit_head cannot be deleted';
  END IF;
  SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  IF NEW.id <> 1 OR last_seq IS NULL OR NEW.seq <> last_seq OR NEW.hash <> last_hash THEN
    RAISE EXCEPTION 'audit_head must point at the last audit_log row';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.seq <= OLD.seq THEN
    RAISE EXCEPTION 'audit_head only moves forward';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_head_guard BEFORE INSERT OR UPDATE OR DELETE ON "audit_head"
  FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
--> statement-breakpoint
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON "audit_head"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_head_forward_only();
--> statement-breakpoint
-- Messages already sent no longer need their secret: mask the tracking codes and link tokens that bodies
-- written before this version hold in plain text, so that the outbox page never shows them.
UPDATE "outbox" SET "text_body" = regexp_replace("text_body", '(kode=|/atur-sandi/|/akun/masuk/)[A-Za-z0-9_%-]+', '\1••••••••', 'g')
  WHERE "status" = 'sent' AND "text_body" ~ '(kode=|/atur-sandi/|/akun/masuk/)[A-Za-z0-9_%-]';
