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
