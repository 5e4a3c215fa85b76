CREATE TABLE "search_query_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"query" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"note" text NOT NULL,
	"actor_id" uuid,
	"recipients" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_query_stats" (
	"month" text NOT NULL,
	"query" text NOT NULL,
	"searches" integer DEFAULT 0 NOT NULL,
	"zero_results" integer DEFAULT 0 NOT NULL,
	"clicks" integer DEFAULT 0 NOT NULL,
	"last_total" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "search_query_stats_month_query_pk" PRIMARY KEY("month","query")
);
--> statement-breakpoint
ALTER TABLE "search_query_notes" ADD CONSTRAINT "search_query_notes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_query_notes" ADD CONSTRAINT "search_query_notes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_query_notes_query_idx" ON "search_query_notes" USING btree ("month","query");--> statement-breakpoint
-- Hand-written: the log's bounds, also against writes that do not come through the application.
ALTER TABLE "search_query_stats" ADD CONSTRAINT "search_query_stats_month_ck" CHECK ("month" ~ '^[0-9]{4}-[0-9]{2}$');--> statement-breakpoint
ALTER TABLE "search_query_stats" ADD CONSTRAINT "search_query_stats_query_ck" CHECK (char_length("query") between 1 and 100);--> statement-breakpoint
ALTER TABLE "search_query_stats" ADD CONSTRAINT "search_query_stats_clicks_ck" CHECK ("clicks" <= "searches");
