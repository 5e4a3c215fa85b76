-- Faster public search (see src/domain/dip/search.ts).
-- 1. search_words: the distinct words of published titles, summaries and tags with the number of
--    published entries using each, for "maksud Anda" suggestions and known-word checks (search_terms
--    has a row per word and entry: millions of rows at 100,000 entries). Kept up to date by statement
--    triggers on search_terms, whatever writes it (publish, unpublish, text extraction, cascades).
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"entries" integer NOT NULL
);
--> statement-breakpoint
INSERT INTO "search_words" ("word", "entries") SELECT "term", count(*)::int FROM "search_terms" GROUP BY "term";
--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint
CREATE FUNCTION "search_words_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "search_words" ("word", "entries")
		SELECT "term", count(*)::int FROM "new_terms" GROUP BY "term" ORDER BY "term"
	ON CONFLICT ("word") DO UPDATE SET "entries" = "search_words"."entries" + excluded."entries";
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "search_words_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- Rows locked in word order, as the insert trigger does, so that concurrent publications do not deadlock.
	PERFORM 1 FROM "search_words" w WHERE w."word" IN (SELECT "term" FROM "old_terms") ORDER BY w."word" FOR UPDATE;
	UPDATE "search_words" w SET "entries" = w."entries" - o."n"
		FROM (SELECT "term", count(*)::int AS "n" FROM "old_terms" GROUP BY "term") o
		WHERE w."word" = o."term";
	DELETE FROM "search_words" w WHERE w."entries" <= 0 AND w."word" IN (SELECT "term" FROM "old_terms");
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "search_terms_words_add" AFTER INSERT ON "search_terms" REFERENCING NEW TABLE AS "new_terms" FOR EACH STATEMENT EXECUTE FUNCTION "search_words_add"();
--> statement-breakpoint
CREATE TRIGGER "search_terms_words_remove" AFTER DELETE ON "search_terms" REFERENCING OLD TABLE AS "old_terms" FOR EACH STATEMENT EXECUTE FUNCTION "search_words_remove"();
--> statement-breakpoint
-- Searches no longer read search_terms (only the triggers above use its rows): its trigram index goes.
DROP INDEX "search_terms_trgm_idx";
--> statement-breakpoint
-- 2. Ranking tiers and exact-word checks from indexes alone, without storing more per row (the heap of
--    dip_search is what a search reads): the title part of tsv (weight A), the title-and-summary part
--    (A, B), and the unstemmed words of title, summary and tags (pengadaan, which the stemmer turns into
--    the stop word "ada"). Expression indexes: the planner gets their statistics from ANALYZE.
CREATE INDEX "dip_search_title_tsv_idx" ON "dip_search" USING gin (ts_filter("tsv", '{a}')) WITH (fastupdate = off);
--> statement-breakpoint
CREATE INDEX "dip_search_head_tsv_idx" ON "dip_search" USING gin (ts_filter("tsv", '{a,b}')) WITH (fastupdate = off);
--> statement-breakpoint
CREATE INDEX "dip_search_words_idx" ON "dip_search" USING gin (to_tsvector('simple', "title" || ' ' || "summary" || ' ' || "tags")) WITH (fastupdate = off);
--> statement-breakpoint
-- Searches read the index only, never a pending list of unsorted new entries.
ALTER INDEX "dip_search_tsv_idx" SET (fastupdate = off);
--> statement-breakpoint
SELECT gin_clean_pending_list('dip_search_tsv_idx'::regclass);
--> statement-breakpoint
-- Newest first with a stable tie-break, read in index order.
DROP INDEX "dip_search_published_idx";
--> statement-breakpoint
CREATE INDEX "dip_search_published_idx" ON "dip_search" USING btree ("published_at", "entry_id");
--> statement-breakpoint
-- The year filter combines with the full-text indexes (unit and category have indexes already).
CREATE INDEX "dip_search_year_idx" ON "dip_search" USING btree ("year");
--> statement-breakpoint
ANALYZE "dip_search";
--> statement-breakpoint
ANALYZE "search_words";
