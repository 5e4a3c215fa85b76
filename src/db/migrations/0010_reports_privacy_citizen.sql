CREATE TABLE "annual_report_narratives" (
	"year" integer PRIMARY KEY NOT NULL,
	"policy" text DEFAULT '' NOT NULL,
	"facilities" text DEFAULT '' NOT NULL,
	"staffing" text DEFAULT '' NOT NULL,
	"budget" text DEFAULT '' NOT NULL,
	"obstacles_internal" text DEFAULT '' NOT NULL,
	"obstacles_external" text DEFAULT '' NOT NULL,
	"recommendations" text DEFAULT '' NOT NULL,
	"follow_up_plan" text DEFAULT '' NOT NULL,
	"ppid_name" text DEFAULT '' NOT NULL,
	"ppid_nip" text DEFAULT '' NOT NULL,
	"atasan_name" text DEFAULT '' NOT NULL,
	"atasan_nip" text DEFAULT '' NOT NULL,
	"signed_on" date,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "citizen_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citizen_sign_in_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip_hash" text DEFAULT '' NOT NULL,
	"mailed" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "annual_report_narratives" ADD CONSTRAINT "annual_report_narratives_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citizen_sessions_expires_idx" ON "citizen_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "citizen_links_email_idx" ON "citizen_sign_in_links" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "citizen_links_ip_idx" ON "citizen_sign_in_links" USING btree ("ip_hash","created_at");