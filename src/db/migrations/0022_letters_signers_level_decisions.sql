CREATE TABLE "classified_level_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"number" text NOT NULL,
	"level" text NOT NULL,
	"previous_level" text,
	"legal_basis" text NOT NULL,
	"decision_date" date NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date,
	"review_on" date,
	"next_level" text,
	"decided_by" uuid,
	"signer_name" text NOT NULL,
	"signer_position" text DEFAULT '' NOT NULL,
	"signer_nip" text DEFAULT '' NOT NULL,
	"on_behalf_of" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "classified_level_decisions_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "ppid_position" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "ppid_nip" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "atasan_ppid_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "atasan_ppid_nip" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "head_of_body_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "head_of_body_nip" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "penetapan_approver" text DEFAULT 'atas_nama' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "atasan_letterhead_unit" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "komisi_informasi" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "letter_signers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "classified_level_decisions" ADD CONSTRAINT "classified_level_decisions_item_id_classified_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."classified_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classified_level_decisions" ADD CONSTRAINT "classified_level_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "classified_level_decisions_item_idx" ON "classified_level_decisions" USING btree ("item_id","created_at");