ALTER TABLE "objection_follow_ups" ALTER COLUMN "request_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "ip_hash" text DEFAULT '' NOT NULL;