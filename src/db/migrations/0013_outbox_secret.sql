ALTER TABLE "outbox" ADD COLUMN "secret" text;--> statement-breakpoint
-- hand-written:
-- Messages already sent no longer need their secret: mask the tracking codes and link tokens that bodies
-- written before this version hold in plain text, so that the outbox page never shows them.
UPDATE "outbox" SET "text_body" = regexp_replace("text_body", '(kode=|/atur-sandi/|/akun/masuk/)[A-Za-z0-9_%-]+', '\1••••••••', 'g')
  WHERE "status" = 'sent' AND "text_body" ~ '(kode=|/atur-sandi/|/akun/masuk/)[A-Za-z0-9_%-]';
