CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "berkala_checklist" (
	"code" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"subtypes" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dip_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" bigint NOT NULL,
	"text_status" text DEFAULT 'pending' NOT NULL,
	"text" text,
	"text_error" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dip_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"working_version_id" uuid,
	"published_version_id" uuid,
	"return_note" text,
	"unpublish_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"first_published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dip_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"version_id" uuid,
	"action" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dip_search" (
	"entry_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"category" text NOT NULL,
	"year" integer,
	"forms" text[] NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"tags" text DEFAULT '' NOT NULL,
	"doc_text" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', coalesce(title, '')), 'A') || setweight(to_tsvector('indonesian', coalesce(summary, '') || ' ' || coalesce(tags, '')), 'B') || setweight(to_tsvector('indonesian', left(coalesce(doc_text, ''), 500000)), 'C')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dip_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"category" text NOT NULL,
	"subtype" text NOT NULL,
	"holder" text DEFAULT '' NOT NULL,
	"responsible" text NOT NULL,
	"made_when" text DEFAULT '' NOT NULL,
	"made_place" text DEFAULT '' NOT NULL,
	"forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"formats" text[] DEFAULT '{}'::text[] NOT NULL,
	"retention" text DEFAULT '' NOT NULL,
	"year" integer,
	"period_label" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text NOT NULL,
	"entry_id" uuid NOT NULL,
	CONSTRAINT "search_terms_term_entry_id_pk" PRIMARY KEY("term","entry_id")
);
--> statement-breakpoint
ALTER TABLE "dip_documents" ADD CONSTRAINT "dip_documents_entry_id_dip_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."dip_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_documents" ADD CONSTRAINT "dip_documents_version_id_dip_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."dip_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_documents" ADD CONSTRAINT "dip_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_entries" ADD CONSTRAINT "dip_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_entries" ADD CONSTRAINT "dip_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_reviews" ADD CONSTRAINT "dip_reviews_entry_id_dip_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."dip_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_reviews" ADD CONSTRAINT "dip_reviews_version_id_dip_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."dip_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_reviews" ADD CONSTRAINT "dip_reviews_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_search" ADD CONSTRAINT "dip_search_entry_id_dip_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."dip_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_versions" ADD CONSTRAINT "dip_versions_entry_id_dip_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."dip_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_versions" ADD CONSTRAINT "dip_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_terms" ADD CONSTRAINT "search_terms_entry_id_dip_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."dip_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dip_documents_version_idx" ON "dip_documents" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "dip_documents_sha_idx" ON "dip_documents" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "dip_documents_text_status_idx" ON "dip_documents" USING btree ("text_status");--> statement-breakpoint
CREATE UNIQUE INDEX "dip_entries_number_uq" ON "dip_entries" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "dip_entries_slug_uq" ON "dip_entries" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "dip_entries_unit_status_idx" ON "dip_entries" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "dip_entries_status_idx" ON "dip_entries" USING btree ("status");--> statement-breakpoint
CREATE INDEX "dip_reviews_entry_idx" ON "dip_reviews" USING btree ("entry_id","at");--> statement-breakpoint
CREATE INDEX "dip_search_tsv_idx" ON "dip_search" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "dip_search_unit_idx" ON "dip_search" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "dip_search_category_idx" ON "dip_search" USING btree ("category");--> statement-breakpoint
CREATE INDEX "dip_search_published_idx" ON "dip_search" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dip_versions_entry_no_uq" ON "dip_versions" USING btree ("entry_id","version_no");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
-- The minimum "berkala" headings (Perki 1/2010; kept in Perki 1/2021 practice) and the DIP sub-types that
-- satisfy each. The PPID Utama can edit them.
INSERT INTO "berkala_checklist" ("code", "title", "subtypes", "position") VALUES
  ('profil', 'Profil badan publik (kedudukan, struktur, tugas dan fungsi, profil pejabat)', '{profil}', 1),
  ('ringkasan_program', 'Ringkasan program dan/atau kegiatan yang sedang dijalankan', '{program_kegiatan,rencana_kerja}', 2),
  ('kinerja', 'Informasi kinerja (laporan program dan kegiatan yang telah atau sedang dijalankan)', '{kinerja,laporan_kegiatan}', 3),
  ('laporan_keuangan', 'Laporan keuangan', '{laporan_keuangan,rencana_anggaran}', 4),
  ('laporan_akses_informasi', 'Ringkasan laporan akses informasi publik', '{laporan_akses_informasi}', 5),
  ('peraturan_kebijakan', 'Peraturan, keputusan dan/atau kebijakan yang mengikat atau berdampak bagi publik', '{regulasi,keputusan}', 6),
  ('hak_tata_cara', 'Hak dan tata cara memperoleh informasi, mengajukan keberatan dan sengketa, serta penanggung jawabnya', '{prosedur_layanan,maklumat,sop}', 7),
  ('pengaduan', 'Tata cara pengaduan penyalahgunaan wewenang atau pelanggaran oleh pejabat', '{pengaduan}', 8),
  ('pengadaan', 'Pengumuman pengadaan barang dan jasa', '{pengadaan}', 9),
  ('peringatan_dini', 'Prosedur peringatan dini dan evakuasi keadaan darurat', '{darurat}', 10)
ON CONFLICT ("code") DO NOTHING;
