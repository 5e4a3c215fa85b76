ALTER TABLE "disputes" ADD COLUMN "ruling_received_on" date;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "appeal_last_day" date;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "appeal" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "appeal_recorded_on" date;