CREATE TABLE "dip_entry_requests" (
	"entry_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dip_entry_requests_entry_id_request_id_pk" PRIMARY KEY("entry_id","request_id")
);
--> statement-breakpoint
CREATE TABLE "request_file_downloads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"via" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"disposition_id" uuid,
	"source" text NOT NULL,
	"dip_document_id" uuid,
	"redaction_id" uuid,
	"sha256" text NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"exempt" boolean DEFAULT false NOT NULL,
	"attached_by" uuid,
	"attached_at" timestamp with time zone NOT NULL,
	"released_at" timestamp with time zone,
	"released_by" uuid
);
--> statement-breakpoint
CREATE TABLE "request_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"method" text NOT NULL,
	"handed_on" date NOT NULL,
	"recipient" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dip_entry_requests" ADD CONSTRAINT "dip_entry_requests_entry_id_dip_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."dip_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_entry_requests" ADD CONSTRAINT "dip_entry_requests_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_file_downloads" ADD CONSTRAINT "request_file_downloads_file_id_request_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."request_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_file_downloads" ADD CONSTRAINT "request_file_downloads_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_files" ADD CONSTRAINT "request_files_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_files" ADD CONSTRAINT "request_files_disposition_id_request_dispositions_id_fk" FOREIGN KEY ("disposition_id") REFERENCES "public"."request_dispositions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_files" ADD CONSTRAINT "request_files_dip_document_id_dip_documents_id_fk" FOREIGN KEY ("dip_document_id") REFERENCES "public"."dip_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_files" ADD CONSTRAINT "request_files_redaction_id_redactions_id_fk" FOREIGN KEY ("redaction_id") REFERENCES "public"."redactions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_files" ADD CONSTRAINT "request_files_attached_by_users_id_fk" FOREIGN KEY ("attached_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_files" ADD CONSTRAINT "request_files_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_handovers" ADD CONSTRAINT "request_handovers_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_handovers" ADD CONSTRAINT "request_handovers_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dip_entry_requests_request" ON "dip_entry_requests" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_file_downloads_request" ON "request_file_downloads" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "request_files_request" ON "request_files" USING btree ("request_id","attached_at");--> statement-breakpoint
CREATE INDEX "request_files_sha" ON "request_files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "request_handovers_request" ON "request_handovers" USING btree ("request_id");--> statement-breakpoint
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dip_entry_requests" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
