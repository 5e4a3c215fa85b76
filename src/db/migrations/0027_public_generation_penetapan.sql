-- The portal's DIP page (/dip) shows the latest penetapan DIP (number, date, version), but dip_penetapan
-- had no public_changed trigger (migration 0003): issuing a penetapan left every instance serving the
-- cached /dip page with the previous one. Now it moves the public generation like every other table the
-- portal reads.
CREATE TRIGGER public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dip_penetapan" FOR EACH STATEMENT EXECUTE FUNCTION qgesy_public_changed();
