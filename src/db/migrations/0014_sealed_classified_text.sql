ALTER TABLE "classified_items" ADD COLUMN "wrapped_key" text;--> statement-breakpoint
ALTER TABLE "classified_items" ADD COLUMN "key_id" text;--> statement-breakpoint
CREATE INDEX "classified_items_key_idx" ON "classified_items" USING btree ("key_id");