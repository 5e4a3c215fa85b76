CREATE TABLE "access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"granted_by" uuid,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "classified_access_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "classified_access_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"item_id" uuid NOT NULL,
	"document_id" uuid,
	"user_id" uuid,
	"user_name" text NOT NULL,
	"action" text NOT NULL,
	"security_level" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"grant_id" uuid,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "classified_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"security_level" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "classified_item_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "classified_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"security_level" text NOT NULL,
	"origin" text DEFAULT 'baru' NOT NULL,
	"dip_entry_id" uuid,
	"request_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"released_at" timestamp with time zone,
	"release_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "classified_items_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "consequence_test_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consequence_test_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"test_id" uuid NOT NULL,
	"action" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consequence_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"moment" text DEFAULT 'proaktif' NOT NULL,
	"request_id" uuid,
	"ground" text NOT NULL,
	"subpoint" integer,
	"legal_basis" text NOT NULL,
	"withheld_information" text NOT NULL,
	"harm" text NOT NULL,
	"public_interest" text NOT NULL,
	"partial" boolean DEFAULT false NOT NULL,
	"released_part" text DEFAULT '' NOT NULL,
	"public_title" text NOT NULL,
	"public_summary" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"number" text,
	"year" integer,
	"seq" integer,
	"decision_date" date,
	"decision_reasons" text DEFAULT '' NOT NULL,
	"signer_name" text DEFAULT '' NOT NULL,
	"signer_position" text DEFAULT '' NOT NULL,
	"signer_nip" text DEFAULT '' NOT NULL,
	"on_behalf_of" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"supersedes_id" uuid,
	"ended_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "consequence_tests_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "encrypted_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"blob_sha256" text NOT NULL,
	"wrapped_key" text NOT NULL,
	"key_id" text NOT NULL,
	"size" bigint NOT NULL,
	"mime" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exemption_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"test_id" uuid NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"new_test_id" uuid,
	"dip_entry_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"last_reminder_on" date,
	CONSTRAINT "exemption_reviews_test_id_unique" UNIQUE("test_id")
);
--> statement-breakpoint
CREATE TABLE "redactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"test_id" uuid,
	"request_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"patterns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"output_sha256" text,
	"output_size" bigint,
	"output_filename" text,
	"page_count" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"produced_by" uuid,
	"produced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"objection_id" uuid,
	"commission" text NOT NULL,
	"case_number" text NOT NULL,
	"filed_on" date NOT NULL,
	"stage" text DEFAULT 'pemeriksaan_awal' NOT NULL,
	"hearings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"respondent_rep" text DEFAULT '' NOT NULL,
	"mediation_result" text DEFAULT '' NOT NULL,
	"ruling" text DEFAULT '' NOT NULL,
	"outcome" text,
	"decided_on" date,
	"decision_sha256" text,
	"decision_filename" text,
	"follow_up" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "atasan_ppid_position" text DEFAULT 'Sekretaris Daerah' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "head_of_body_title" text DEFAULT 'Wali Kota' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "exemption_review_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "request_retention_years" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "clearance" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "identity_file_id" uuid;--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "request_responses" ADD COLUMN "consequence_test_id" uuid;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_item_id_classified_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."classified_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classified_documents" ADD CONSTRAINT "classified_documents_item_id_classified_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."classified_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classified_documents" ADD CONSTRAINT "classified_documents_file_id_encrypted_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."encrypted_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classified_documents" ADD CONSTRAINT "classified_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classified_items" ADD CONSTRAINT "classified_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classified_items" ADD CONSTRAINT "classified_items_dip_entry_id_dip_entries_id_fk" FOREIGN KEY ("dip_entry_id") REFERENCES "public"."dip_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classified_items" ADD CONSTRAINT "classified_items_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classified_items" ADD CONSTRAINT "classified_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_test_steps" ADD CONSTRAINT "consequence_test_steps_test_id_consequence_tests_id_fk" FOREIGN KEY ("test_id") REFERENCES "public"."consequence_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_test_steps" ADD CONSTRAINT "consequence_test_steps_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_tests" ADD CONSTRAINT "consequence_tests_item_id_classified_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."classified_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_tests" ADD CONSTRAINT "consequence_tests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_tests" ADD CONSTRAINT "consequence_tests_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_tests" ADD CONSTRAINT "consequence_tests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_tests" ADD CONSTRAINT "consequence_tests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_reviews" ADD CONSTRAINT "exemption_reviews_test_id_consequence_tests_id_fk" FOREIGN KEY ("test_id") REFERENCES "public"."consequence_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_reviews" ADD CONSTRAINT "exemption_reviews_dip_entry_id_dip_entries_id_fk" FOREIGN KEY ("dip_entry_id") REFERENCES "public"."dip_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemption_reviews" ADD CONSTRAINT "exemption_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redactions" ADD CONSTRAINT "redactions_document_id_classified_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."classified_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redactions" ADD CONSTRAINT "redactions_test_id_consequence_tests_id_fk" FOREIGN KEY ("test_id") REFERENCES "public"."consequence_tests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redactions" ADD CONSTRAINT "redactions_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redactions" ADD CONSTRAINT "redactions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redactions" ADD CONSTRAINT "redactions_produced_by_users_id_fk" FOREIGN KEY ("produced_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_objection_id_objections_id_fk" FOREIGN KEY ("objection_id") REFERENCES "public"."objections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_grants_user_item_idx" ON "access_grants" USING btree ("user_id","item_id");--> statement-breakpoint
CREATE INDEX "access_grants_item_idx" ON "access_grants" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "classified_access_log_item_idx" ON "classified_access_log" USING btree ("item_id","at");--> statement-breakpoint
CREATE INDEX "classified_access_log_user_idx" ON "classified_access_log" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "classified_documents_item_idx" ON "classified_documents" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "classified_items_unit_idx" ON "classified_items" USING btree ("unit_id","security_level");--> statement-breakpoint
CREATE INDEX "classified_items_request_idx" ON "classified_items" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "consequence_test_steps_test_idx" ON "consequence_test_steps" USING btree ("test_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "consequence_tests_year_seq" ON "consequence_tests" USING btree ("year","seq");--> statement-breakpoint
CREATE INDEX "consequence_tests_item_idx" ON "consequence_tests" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "consequence_tests_status_idx" ON "consequence_tests" USING btree ("status","period_end");--> statement-breakpoint
CREATE INDEX "consequence_tests_unit_idx" ON "consequence_tests" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "encrypted_files_key_idx" ON "encrypted_files" USING btree ("key_id");--> statement-breakpoint
CREATE INDEX "exemption_reviews_status_idx" ON "exemption_reviews" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "redactions_document_idx" ON "redactions" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "disputes_request_idx" ON "disputes" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "disputes_filed_idx" ON "disputes" USING btree ("filed_on");--> statement-breakpoint
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_identity_file_id_encrypted_files_id_fk" FOREIGN KEY ("identity_file_id") REFERENCES "public"."encrypted_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_responses" ADD CONSTRAINT "request_responses_consequence_test_id_consequence_tests_id_fk" FOREIGN KEY ("consequence_test_id") REFERENCES "public"."consequence_tests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- Hand-written part (not generated by drizzle-kit).
-- The public exemption list (DIK) is read from consequence_tests: its changes move the public generation.
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "consequence_tests" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
--> statement-breakpoint
-- The read log of classified items is append-only, like the audit log.
CREATE OR REPLACE FUNCTION classified_access_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'classified_access_log is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER classified_access_log_no_update BEFORE UPDATE OR DELETE ON "classified_access_log"
  FOR EACH ROW EXECUTE FUNCTION classified_access_log_append_only();
--> statement-breakpoint
CREATE TRIGGER classified_access_log_no_truncate BEFORE TRUNCATE ON "classified_access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION classified_access_log_append_only();
--> statement-breakpoint
ALTER TABLE "classified_items" ADD CONSTRAINT "classified_items_level_check" CHECK ("security_level" IN ('biasa', 'terbatas', 'rahasia', 'sangat_rahasia'));
--> statement-breakpoint
ALTER TABLE "classified_documents" ADD CONSTRAINT "classified_documents_level_check" CHECK ("security_level" IN ('biasa', 'terbatas', 'rahasia', 'sangat_rahasia'));
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_clearance_check" CHECK ("clearance" IN ('none', 'biasa', 'terbatas', 'rahasia', 'sangat_rahasia'));
--> statement-breakpoint
-- Existing staff keep reading what is ordinary; an administrator-only account starts with no clearance.
UPDATE "users" SET "clearance" = 'biasa' WHERE NOT ("roles" = ARRAY['admin']::text[]);
