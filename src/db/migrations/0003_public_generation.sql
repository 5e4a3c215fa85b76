-- Public generation: a counter that changes whenever a transaction that changed anything the public
-- portal shows commits. The portal's page cache (src/http/page-cache.ts) keeps rendered pages only for
-- the generation they were rendered at, so an unpublished entry is never served from the cache.
--
-- How: a statement-level trigger on every table the public pages read marks the transaction once (a row
-- in public_changes, guarded by a transaction-local setting). That row's DEFERRED constraint trigger
-- runs at commit, after every other lock of the transaction was taken, so the single counter row is
-- locked only for the moment of the commit (no deadlock with other row locks). It bumps the counter
-- (read by other processes on PostgreSQL) and sends a notification (delivered at commit; the embedded
-- database's listener in this process sees it before the committing call returns).
CREATE TABLE "public_generation" (
  "id" integer PRIMARY KEY CHECK ("id" = 1),
  "n" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "public_generation" ("id", "n") VALUES (1, 0);
--> statement-breakpoint
CREATE TABLE "public_changes" (
  "id" bigserial PRIMARY KEY
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION qgesy_public_changed() RETURNS trigger AS $$
BEGIN
  IF coalesce(current_setting('qgesy.public_changed', true), '') <> 'y' THEN
    PERFORM set_config('qgesy.public_changed', 'y', true);
    INSERT INTO public_changes DEFAULT VALUES;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION qgesy_public_commit() RETURNS trigger AS $$
BEGIN
  UPDATE public_generation SET n = n + 1 WHERE id = 1;
  DELETE FROM public_changes WHERE id = NEW.id;
  PERFORM pg_notify('qgesy_public', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER public_changes_commit AFTER INSERT ON "public_changes"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION qgesy_public_commit();
--> statement-breakpoint
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public_body" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
--> statement-breakpoint
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
--> statement-breakpoint
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dip_entries" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
--> statement-breakpoint
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dip_versions" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
--> statement-breakpoint
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dip_documents" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
--> statement-breakpoint
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dip_search" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
--> statement-breakpoint
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "search_terms" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
