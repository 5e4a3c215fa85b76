CREATE TABLE "letter_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"letter_kind" text NOT NULL,
	"scan_sha256" text NOT NULL,
	"mime" text NOT NULL,
	"filename" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signed_letters" (
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"pdf_sha256" text NOT NULL,
	"size" integer NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"certificate_name" text NOT NULL,
	"certificate_serial" text NOT NULL,
	CONSTRAINT "signed_letters_kind_ref_pk" PRIMARY KEY("kind","ref")
);
--> statement-breakpoint
ALTER TABLE "letter_scans" ADD CONSTRAINT "letter_scans_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_scans" ADD CONSTRAINT "letter_scans_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;