-- The title, title-and-summary and unstemmed-word vectors of dip_search as stored columns instead of index
-- expressions: a search that walks the published order (or rechecks a bitmap) then reads a few hundred
-- bytes per row instead of unpacking the whole vector with the document text, or parsing the text again.
-- One ALTER TABLE: the table is rewritten once.
DROP INDEX "dip_search_title_tsv_idx";--> statement-breakpoint
DROP INDEX "dip_search_head_tsv_idx";--> statement-breakpoint
DROP INDEX "dip_search_words_idx";--> statement-breakpoint
ALTER TABLE "dip_search"
  ADD COLUMN "title_tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', qgesy_search_text(coalesce(title, ''))), 'A')) STORED NOT NULL,
  ADD COLUMN "head_tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', qgesy_search_text(coalesce(title, ''))), 'A') || setweight(to_tsvector('indonesian', qgesy_search_text(coalesce(summary, '') || ' ' || coalesce(tags, ''))), 'B')) STORED NOT NULL,
  ADD COLUMN "words_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || summary || ' ' || tags)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "dip_search_title_tsv_idx" ON "dip_search" USING gin ("title_tsv") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "dip_search_head_tsv_idx" ON "dip_search" USING gin ("head_tsv") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "dip_search_words_idx" ON "dip_search" USING gin ("words_tsv") WITH (fastupdate=false);
