CREATE TABLE "blob_gc_marks" (
	"key" text PRIMARY KEY NOT NULL,
	"first_seen_unreferenced_at" timestamp with time zone NOT NULL
);
