CREATE TABLE "dip_penetapan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_no" integer NOT NULL,
	"number" text NOT NULL,
	"decided_on" text NOT NULL,
	"issued_by" uuid,
	"signer_name" text NOT NULL,
	"signer_nip" text,
	"signer_position" text NOT NULL,
	"entry_count" integer NOT NULL,
	"entries" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dip_penetapan_version_no_unique" UNIQUE("version_no"),
	CONSTRAINT "dip_penetapan_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "dip_documents" ADD COLUMN "personal_data" jsonb;--> statement-breakpoint
ALTER TABLE "dip_versions" ADD COLUMN "personal_data_reason" text;--> statement-breakpoint
ALTER TABLE "dip_versions" ADD COLUMN "personal_data_ack_by" uuid;--> statement-breakpoint
ALTER TABLE "dip_versions" ADD COLUMN "personal_data_ack_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dip_penetapan" ADD CONSTRAINT "dip_penetapan_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_versions" ADD CONSTRAINT "dip_versions_personal_data_ack_by_users_id_fk" FOREIGN KEY ("personal_data_ack_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;