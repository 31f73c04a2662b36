-- The audit trail is append-only in the database itself, whatever code runs: UPDATE, DELETE and
-- TRUNCATE of audit_log and of its hash chain raise. The one exception is `canbang restore
-- --replace`, which empties them inside its transaction with canbang.restoring set, and only as the
-- tables' owner: an application role that is not the owner (see the README) never can, and
-- where such a role named canbang_app exists it also loses the privileges outright.
CREATE OR REPLACE FUNCTION canbang_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('canbang.restoring', true), '') = 'on'
     AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  RAISE EXCEPTION 'Nhật ký % chỉ được ghi thêm: không được sửa hay xóa (%).', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION canbang_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION canbang_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION canbang_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION canbang_append_only();
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'canbang_app') THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_chain FROM canbang_app;
  END IF;
END
$$;
--> statement-breakpoint
-- What the hash chain covers of an audit row: its columns as a JSON array, the time as epoch
-- seconds, so that neither the session's time zone nor the driver changes the text (a backup made
-- on PGlite verifies after a restore on PostgreSQL).
CREATE OR REPLACE FUNCTION canbang_audit_row_text(a audit_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(a.id, extract(epoch FROM a.at)::text, a.actor_id, a.actor_username, a.action,
    a.entity, a.entity_id, a.province_code, a.admin_unit_id, a.before, a.after, a.ip)::text
$$;
