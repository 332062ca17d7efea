-- The app's database user records reviews and checks them (an UPDATE of status and checker); it
-- never deletes one (erasing a decision removes its reviews through the foreign key's cascade).
DO $$
BEGIN
  IF current_user <> '${app_user}' THEN
    EXECUTE 'GRANT SELECT, INSERT, UPDATE ON decision_review TO "${app_user}"';
  END IF;
END;
$$;
