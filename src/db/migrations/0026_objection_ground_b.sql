ALTER TABLE "objections" ALTER COLUMN "request_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "applicant_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "applicant_id_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "applicant_address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "applicant_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "applicant_email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "locale" text DEFAULT 'id' NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "unpublished_information" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "tracking_token_hash" text;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_request_unless_ground_b" CHECK ("objections"."request_id" is not null or ("objections"."grounds" = array['berkala_tidak_disediakan']::text[] and "objections"."applicant_name" <> '' and "objections"."unpublished_information" <> ''));