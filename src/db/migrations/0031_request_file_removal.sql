ALTER TABLE "request_files" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "request_files" ADD COLUMN "removed_by" uuid;--> statement-breakpoint
ALTER TABLE "request_files" ADD CONSTRAINT "request_files_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;