-- The app's database user (${app_user}) may read and append audit rows, never change or remove
-- them. When migrations run as a separate owner (saakh.db.migrate-user), that grant is the
-- protection; the trigger also stops the owner by accident (an owner can still drop it).
REVOKE ALL ON audit_log FROM PUBLIC;

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

DO $$
BEGIN
  IF current_user <> '${app_user}' THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON app_user, api_token, customer, raw_record, clean_record, quarantine_record, clean_log, analysis_report, decision, job, policy_version TO "${app_user}"';
    EXECUTE 'GRANT SELECT, INSERT ON audit_log TO "${app_user}"';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM "${app_user}"';
  END IF;
END;
$$;
