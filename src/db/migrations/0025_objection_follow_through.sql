CREATE TABLE "objection_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"objection_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"working_days" integer NOT NULL,
	"from_decision" boolean DEFAULT false NOT NULL,
	"due_date" date NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"done_on" date,
	"notice_id" uuid,
	"done_note" text DEFAULT '' NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"done_by_name" text DEFAULT '' NOT NULL,
	CONSTRAINT "objection_follow_ups_objection_id_unique" UNIQUE("objection_id")
);
--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "objection_follow_up_working_days" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "court_ruling_received_on" date;--> statement-breakpoint
ALTER TABLE "objection_follow_ups" ADD CONSTRAINT "objection_follow_ups_objection_id_objections_id_fk" FOREIGN KEY ("objection_id") REFERENCES "public"."objections"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objection_follow_ups" ADD CONSTRAINT "objection_follow_ups_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objection_follow_ups" ADD CONSTRAINT "objection_follow_ups_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "objection_follow_ups_request" ON "objection_follow_ups" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "objection_follow_ups_open" ON "objection_follow_ups" USING btree ("status","due_date");