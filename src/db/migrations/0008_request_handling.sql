CREATE TABLE "request_dispositions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"instruction" text NOT NULL,
	"internal_due_date" date NOT NULL,
	"disposed_at" timestamp with time zone NOT NULL,
	"disposed_by" uuid,
	"answer" text,
	"answer_note" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid
);
--> statement-breakpoint
CREATE TABLE "request_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"held" boolean NOT NULL,
	"holder_body" text DEFAULT '' NOT NULL,
	"material_given" text DEFAULT '' NOT NULL,
	"material_withheld" text DEFAULT '' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"exemption_ground" text,
	"consequence" text DEFAULT '' NOT NULL,
	"format" text,
	"delivery" text,
	"sheets" integer DEFAULT 0 NOT NULL,
	"tariff" integer DEFAULT 0 NOT NULL,
	"delivery_cost" integer DEFAULT 0 NOT NULL,
	"total_cost" integer DEFAULT 0 NOT NULL,
	"payment_method" text DEFAULT '' NOT NULL,
	"provide_working_days" integer,
	"internal_note" text DEFAULT '' NOT NULL,
	"notice_number" text NOT NULL,
	"notice_date" date NOT NULL,
	"refusal_number" text,
	"signer_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "request_responses_request_id_unique" UNIQUE("request_id")
);
--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "extended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "extension_reason" text;--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "extension_number" text;--> statement-breakpoint
ALTER TABLE "information_requests" ADD COLUMN "due_date_before_extension" date;--> statement-breakpoint
ALTER TABLE "request_dispositions" ADD CONSTRAINT "request_dispositions_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_dispositions" ADD CONSTRAINT "request_dispositions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_dispositions" ADD CONSTRAINT "request_dispositions_disposed_by_users_id_fk" FOREIGN KEY ("disposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_dispositions" ADD CONSTRAINT "request_dispositions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_responses" ADD CONSTRAINT "request_responses_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_responses" ADD CONSTRAINT "request_responses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "request_dispositions_request_unit" ON "request_dispositions" USING btree ("request_id","unit_id");--> statement-breakpoint
CREATE INDEX "request_dispositions_unit" ON "request_dispositions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "information_requests_status_due" ON "information_requests" USING btree ("status","due_date");