ALTER TABLE "dip_documents" ADD COLUMN "text_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dip_documents" ADD COLUMN "text_next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dip_documents" ADD COLUMN "text_claimed_by" text;--> statement-breakpoint
ALTER TABLE "dip_documents" ADD COLUMN "text_last_error" text;;--> statement-breakpoint
-- The retry state of pending documents was a line in text_error: "~job attempt=N until=ISO by=WORKER | last error".
-- Move it into the columns; text_error keeps only the reason of a document that has no text.
UPDATE "dip_documents" SET
  "text_attempts" = coalesce(substring("text_error" from '^~job attempt=([0-9]+) ')::integer, 0),
  "text_next_attempt_at" = substring("text_error" from ' until=([^ ]+)')::timestamptz,
  "text_claimed_by" = nullif(substring("text_error" from ' by=([^ ]*)'), ''),
  "text_last_error" = substring("text_error" from ' [|] (.*)$'),
  "text_error" = NULL
WHERE "text_error" LIKE '~job %';
