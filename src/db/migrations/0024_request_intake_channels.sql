ALTER TABLE "public_body" ADD COLUMN "units_record_intake" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "letter_scan_file_id" uuid;--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "proxy_letter_file_id" uuid;--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "entered_by" uuid;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "channel" text DEFAULT 'web' NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "letter_scan_file_id" uuid;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "proxy_letter_file_id" uuid;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "entered_by" uuid;--> statement-breakpoint
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_letter_scan_file_id_encrypted_files_id_fk" FOREIGN KEY ("letter_scan_file_id") REFERENCES "public"."encrypted_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_proxy_letter_file_id_encrypted_files_id_fk" FOREIGN KEY ("proxy_letter_file_id") REFERENCES "public"."encrypted_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_letter_scan_file_id_encrypted_files_id_fk" FOREIGN KEY ("letter_scan_file_id") REFERENCES "public"."encrypted_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_proxy_letter_file_id_encrypted_files_id_fk" FOREIGN KEY ("proxy_letter_file_id") REFERENCES "public"."encrypted_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;