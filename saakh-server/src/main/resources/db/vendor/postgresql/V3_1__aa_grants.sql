-- The app's database user works the AA tables like the other data tables.
DO $$
BEGIN
  IF current_user <> '${app_user}' THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON aa_consent, fi_session TO "${app_user}"';
  END IF;
END;
$$;
