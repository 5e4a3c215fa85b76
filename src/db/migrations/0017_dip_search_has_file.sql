ALTER TABLE "dip_search" ADD COLUMN "has_file" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "dip_search_has_file_idx" ON "dip_search" USING btree ("published_at","entry_id") WHERE "dip_search"."has_file";--> statement-breakpoint
-- Entries already published: a file is downloadable when the published version has a document.
UPDATE "dip_search" s SET "has_file" = true
WHERE EXISTS (
  SELECT 1 FROM "dip_entries" e JOIN "dip_documents" d ON d."version_id" = e."published_version_id"
  WHERE e."id" = s."entry_id"
);
