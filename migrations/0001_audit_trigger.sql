-- Generic audit trigger: every insert, update and delete on an audited table writes one row to
-- audit_log in the same transaction. The actor comes from transaction-local settings that
-- withActor() sets (canbang.actor_id, canbang.actor_username, canbang.ip); without them the
-- actor is the system (seeds, migrations). Trigger arguments name secret columns: their values
-- never reach the log, only the fact that they changed.
CREATE OR REPLACE FUNCTION canbang_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_j jsonb;
  new_j jsonb;
  row_j jsonb;
  k text;
  unit_id integer;
  prov text;
BEGIN
  IF coalesce(current_setting('canbang.skip_audit', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  -- sort_key and search_text are derived from the name, last_login_at is recorded as a login
  -- event: all three are noise in a row log.
  IF TG_OP <> 'INSERT' THEN old_j := to_jsonb(OLD) - 'sort_key' - 'search_text' - 'last_login_at'; END IF;
  IF TG_OP <> 'DELETE' THEN new_j := to_jsonb(NEW) - 'sort_key' - 'search_text' - 'last_login_at'; END IF;
  FOREACH k IN ARRAY coalesce(TG_ARGV, '{}'::text[]) LOOP
    IF TG_OP = 'UPDATE' AND (old_j -> k) IS DISTINCT FROM (new_j -> k) THEN
      new_j := jsonb_set(new_j, ARRAY[k], '"(đã thay đổi)"'::jsonb);
    ELSIF new_j IS NOT NULL THEN
      new_j := new_j - k;
    END IF;
    IF old_j IS NOT NULL THEN old_j := old_j - k; END IF;
  END LOOP;
  IF TG_OP = 'UPDATE' AND old_j = new_j THEN
    RETURN NULL;
  END IF;
  row_j := coalesce(new_j, old_j);
  prov := row_j ->> 'province_code';
  IF TG_TABLE_NAME = 'admin_units' THEN
    unit_id := (row_j ->> 'id')::integer;
  ELSE
    unit_id := (row_j ->> 'admin_unit_id')::integer;
  END IF;
  IF unit_id IS NULL AND row_j ? 'organisation_id' AND (row_j ->> 'organisation_id') IS NOT NULL THEN
    SELECT o.admin_unit_id, o.province_code INTO unit_id, prov
      FROM organisations o WHERE o.id = (row_j ->> 'organisation_id')::uuid;
  END IF;
  INSERT INTO audit_log (actor_id, actor_username, action, entity, entity_id, province_code, admin_unit_id, before, after, ip)
  VALUES (
    nullif(current_setting('canbang.actor_id', true), '')::uuid,
    nullif(current_setting('canbang.actor_username', true), ''),
    lower(TG_OP),
    TG_TABLE_NAME,
    row_j ->> 'id',
    prov,
    unit_id,
    old_j,
    new_j,
    nullif(current_setting('canbang.ip', true), '')
  );
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER admin_units_audit AFTER INSERT OR UPDATE OR DELETE ON admin_units
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER organisations_audit AFTER INSERT OR UPDATE OR DELETE ON organisations
  FOR EACH ROW EXECUTE FUNCTION canbang_audit();
--> statement-breakpoint
CREATE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION canbang_audit('password_hash');
