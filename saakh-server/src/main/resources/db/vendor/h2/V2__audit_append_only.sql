-- H2 has no per-user grants in an embedded file database the app owns, so triggers refuse every
-- change to an audit row.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log FOR EACH ROW CALL 'dev.saakh.server.audit.AppendOnlyTrigger';
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log FOR EACH ROW CALL 'dev.saakh.server.audit.AppendOnlyTrigger';
