-- The title's words in published order: one row per stemmed word of dip_search.title_tsv, with the
-- entry's publication time and filter columns (search-title-postings.ts). Filled from the rows already
-- published, then kept by a row trigger on dip_search, so that no way of writing a search row (publish,
-- edit, withdraw, text extraction, a restore, a bulk seed) can leave it behind. The indexes are built
-- after the fill: on 1,000,000 entries (about 11 million words) the migration takes a few minutes.
CREATE TABLE "search_title_postings" (
	"lexeme" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"entry_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer,
	"category" text NOT NULL,
	"has_file" boolean NOT NULL
);
--> statement-breakpoint
INSERT INTO "search_title_postings" ("lexeme", "published_at", "entry_id", "unit_id", "year", "category", "has_file")
  SELECT u.lexeme, s.published_at, s.entry_id, s.unit_id, s.year, s.category, s.has_file FROM "dip_search" s, unnest(s.title_tsv) u;
--> statement-breakpoint
CREATE INDEX "search_title_postings_order_idx" ON "search_title_postings" USING btree ("lexeme","published_at" DESC NULLS FIRST,"entry_id" DESC NULLS FIRST,"unit_id","year","category","has_file");--> statement-breakpoint
CREATE INDEX "search_title_postings_entry_idx" ON "search_title_postings" USING btree ("entry_id");--> statement-breakpoint
-- The search checks a candidate's title vector (phrases, forms of several words) from this index alone.
CREATE INDEX "dip_search_title_check_idx" ON "dip_search" USING btree ("entry_id") INCLUDE ("title_tsv");--> statement-breakpoint
-- The planner chooses how to join the words' ranges by how common each stem is: keep a thousand.
ALTER TABLE "search_title_postings" ALTER COLUMN "lexeme" SET STATISTICS 1000;--> statement-breakpoint
CREATE FUNCTION qgesy_title_postings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM search_title_postings WHERE entry_id = OLD.entry_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO search_title_postings (lexeme, published_at, entry_id, unit_id, year, category, has_file)
      SELECT u.lexeme, NEW.published_at, NEW.entry_id, NEW.unit_id, NEW.year, NEW.category, NEW.has_file FROM unnest(NEW.title_tsv) u;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_title_postings AFTER INSERT OR UPDATE OR DELETE ON "dip_search" FOR EACH ROW EXECUTE FUNCTION qgesy_title_postings();
