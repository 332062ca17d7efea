-- H2 fires no trigger on TRUNCATE: it drops the rows without a DELETE, so V2's triggers do not stop
-- TRUNCATE TABLE audit_log. H2 refuses to truncate a table that a foreign key references, so this
-- empty table is that reference. (Numbered 2.1, not 3, so it cannot collide with a shared V3.)
-- In an embedded database the app owns, these guards stop accidents, not an administrator who
-- disables referential integrity or drops a trigger; the hash chain finds what they change.
CREATE TABLE audit_log_truncate_guard (
  seq BIGINT NOT NULL REFERENCES audit_log(seq)
);
