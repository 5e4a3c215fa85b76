CREATE TABLE "reminders_sent" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"case_key" text NOT NULL,
	"day" date NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reminders_sent_user_id_kind_case_key_pk" PRIMARY KEY("user_id","kind","case_key")
);
--> statement-breakpoint
ALTER TABLE "reminders_sent" ADD CONSTRAINT "reminders_sent_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;