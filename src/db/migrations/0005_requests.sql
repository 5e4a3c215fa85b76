CREATE TABLE "information_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"tracking_token_hash" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"channel" text DEFAULT 'web' NOT NULL,
	"applicant_type" text NOT NULL,
	"name" text NOT NULL,
	"id_number" text NOT NULL,
	"address" text NOT NULL,
	"occupation" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"proxy_name" text DEFAULT '' NOT NULL,
	"details" text NOT NULL,
	"purpose" text NOT NULL,
	"obtain_method" text NOT NULL,
	"copy_format" text,
	"delivery_method" text,
	"unit_id" uuid,
	"locale" text DEFAULT 'id' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"ip_hash" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "information_requests_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "request_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"public_note" text DEFAULT '' NOT NULL,
	"actor_id" uuid
);
--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "request_number_pattern" text DEFAULT '{nomor}/PPID/{bulan}/{tahun}' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_body" ADD COLUMN "service_closing_time" text DEFAULT '16:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "information_requests_year_seq" ON "information_requests" USING btree ("year","seq");--> statement-breakpoint
CREATE INDEX "information_requests_received" ON "information_requests" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "information_requests_email" ON "information_requests" USING btree (lower("email"),"received_at");--> statement-breakpoint
CREATE INDEX "information_requests_ip" ON "information_requests" USING btree ("ip_hash","received_at");--> statement-breakpoint
CREATE INDEX "request_events_request" ON "request_events" USING btree ("request_id","at");