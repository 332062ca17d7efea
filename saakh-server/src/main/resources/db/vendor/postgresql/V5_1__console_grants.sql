-- The app's database user keeps the console's work queue.
DO $$
BEGIN
  IF current_user <> '${app_user}' THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON console_case TO "${app_user}"';
  END IF;
END;
$$;
