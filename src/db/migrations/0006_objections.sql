CREATE TABLE "objection_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"request_id" uuid NOT NULL,
	"grounds" text[] NOT NULL,
	"case_summary" text NOT NULL,
	"proxy_name" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_date" date NOT NULL,
	"decision" text,
	"reasons" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "objections_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "objections_year_seq" ON "objections" USING btree ("year","seq");--> statement-breakpoint
CREATE INDEX "objections_request" ON "objections" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "objections_received" ON "objections" USING btree ("received_at");